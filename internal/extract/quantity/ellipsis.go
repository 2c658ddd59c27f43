package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare number whose unit is left out because the mention before it in
// the sentence gives it (rule elliptical-unit): "drew 13 percentage points
// from Sanders and 7 from Trump" (7 percentage points), "her four years at
// the university -- two for her bachelor's degree and two for her
// master's" (two years each; PolNeAR texts of the quantity dev sets and
// the PolNeAR train gold). The number is followed by a preposition
// (`ellipsisPrepositions`) and either joins the mention by a conjunction
// or comma when that mention is followed by the same preposition (the two
// stand in parallel), or opens a breakdown after a spaced dash. A
// count gives nothing: "20 people in Kabul and 3 in Kandahar" needs no
// unit word.

var ruleEllipticalUnit = newRule("elliptical-unit")

// ellipsisPrepositions may follow a number whose unit is left out ("7
// from Trump", "two for her master's"); not "of" ("3 of them").
var ellipsisPrepositions = lexicon.WordSet(`from for in among at on to with by`)

func (p *parser) ellipticalUnit(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.scaled || c.share || c.yearLike || c.qual != "" || len(p.out) == 0 {
		return
	}
	prep := p.raw(c.en) // (lower case: a preposition inside the sentence)
	if c.en >= len(p.toks) || !ellipsisPrepositions[prep] || p.toks[c.en].k != tWord {
		return
	}
	m := p.out[len(p.out)-1]
	if m.Unit == "" || m.Unit == "count" || m.Unit == "age" || strings.Contains(m.Unit, "/") {
		return
	}
	after := -1 // the token after the mention
	for j := range p.toks {
		if p.toks[j].s >= m.End {
			after = j
			break
		}
	}
	if after < 0 || after >= c.st || c.st-after > 12 {
		return
	}
	b := c.st - 1
	switch {
	case (p.key(b) == "and" || p.key(b) == "or" || p.is(b, ",")) && strings.EqualFold(p.raw(after), prep):
	case p.isHyphen(b) && (!p.adj(b) || p.isHyphen(b-1)) || p.is(b, "--"):
		// a spaced dash ("--" may be two tokens) opens a breakdown
	default:
		return
	}
	c.unit, c.hasUnit = m.Unit, true
	if lexicon.IsCurrencyCode(m.Unit) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
	}
	c.unitRule = ruleEllipticalUnit
}
