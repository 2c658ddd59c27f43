package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// Bounds: "60 and above", and two bounds that make a range
// ("more than 100 and less than 300").

var (
	ruleAndSuffix = newRule("and-suffix")
	ruleBoundPair = newRule("bound-pair")
)

// andSuffixes are the words after "and" that bound the number before
// them (rule and-suffix): "salaries of Rs 10 lakh and above", "those 65
// and over", "500 and more", "scores of 12 and under". An age bound
// ("people aged 60 and above", "18 and older") describes a population and
// is left to the kind rule age.
var andSuffixes = map[string]claims.Qualifier{
	"above": claims.AtLeast, "over": claims.AtLeast, "more": claims.AtLeast, "up": claims.AtLeast,
	"higher": claims.AtLeast, "greater": claims.AtLeast,
	"below": claims.AtMost, "under": claims.AtMost, "less": claims.AtMost, "fewer": claims.AtMost,
	"lower": claims.AtMost,
}

// notAfterAndSuffix are the words that make the word after "and" start a
// phrase of its own: "5 and more than 10", "65 and over the years", "10
// and up to 20", "3 and more importantly".
var notAfterAndSuffix = map[string]bool{
	"than": true, "the": true, "a": true, "an": true, "to": true, "of": true, "his": true, "her": true,
	"their": true, "its": true, "this": true, "that": true, "importantly": true, "recently": true,
	"often": true, "and": true, "or": true,
}

// andSuffix reads "and above", "and over", "and older" after c; it reports
// whether it did.
func (p *parser) andSuffix(c *cand) bool {
	j := c.en
	if p.key(j) != "and" || j+1 >= len(p.toks) || p.toks[j+1].k != tWord {
		return false
	}
	if c.kind == claims.KindDuration {
		return false // "48 months and above" stays a duration
	}
	switch p.key(c.st - 1) {
	case "aged", "age", "ages":
		return false // "people age 12 and older": the kind rule age
	case "to", "than", "least", "most", "over", "under", "above", "below":
		return false // a bound before: "up to 45% and more"
	}
	q, ok := andSuffixes[strings.ToLower(p.raw(j+1))] // ("older" is no vocabulary word)
	if !ok {
		return false
	}
	if next := j + 2; next < len(p.toks) && p.toks[next].k == tWord && (notAfterAndSuffix[strings.ToLower(p.raw(next))] || p.toks[next].w == nil && !p.capitalised(next)) {
		return false
	}
	if next := j + 2; p.isNumAt(next) {
		return false
	}
	c.qual = q
	if q == claims.AtLeast {
		c.lo, c.open = c.v, 'h'
	} else {
		c.hi, c.open = c.v, 'l'
	}
	c.en = j + 2
	c.qualRule = ruleAndSuffix
	return true
}

// boundLinks join two bounds into a range: "more than 100 and less than
// 300", "above 1000 but below 1500".
var boundLinkWords = map[string]bool{"and": true, "but": true, ", and": true, ", but": true}

// joinBoundPair makes the last two mentions one range when they are a
// lower and an upper bound of the same unit joined by "and" or "but"
// (rule bound-pair): "greater than 100 and smaller than 300", "at most 100
// and at least 20", "above 1000 and below 1500" are [100, 300], [20,
// 100], [1000, 1500].
func (p *parser) joinBoundPair() {
	n := len(p.out)
	if n < 2 {
		return
	}
	a, b := &p.out[n-2], &p.out[n-1]
	if b.Qualifier == claims.Exact || a.Qualifier == claims.Exact || a.Kind != claims.KindClaim || b.Kind != claims.KindClaim || a.Unit != b.Unit || b.Start-a.End > 7 {
		return
	}
	if !boundLinkWords[strings.ToLower(strings.TrimSpace(p.text[a.End:b.Start]))] {
		return
	}
	ia, ib := &p.bounds[n-2], &p.bounds[n-1]
	// (until mentions fills them in, a mention's bounds are in p.bounds:
	// open 'h' is no high bound, 'l' no low one)
	lower := func(m *Mention, iv *interval) bool {
		return (m.Qualifier == claims.MoreThan || m.Qualifier == claims.AtLeast) && iv.open == 'h'
	}
	upper := func(m *Mention, iv *interval) bool {
		return (m.Qualifier == claims.LessThan || m.Qualifier == claims.AtMost) && iv.open == 'l'
	}
	var lo, hi float64
	switch {
	case lower(a, ia) && upper(b, ib):
		lo, hi = ia.lo, ib.hi
	case upper(a, ia) && lower(b, ib):
		lo, hi = ib.lo, ia.hi
	default:
		return
	}
	if lo >= hi {
		return
	}
	a.End, a.Qualifier = b.End, claims.Range
	*ia = interval{lo: lo, hi: hi}
	a.rules[2] = ruleBoundPair
	if a.Change == "" {
		a.Change = b.Change
	}
	p.out, p.bounds = p.out[:n-1], p.bounds[:n-1]
}
