package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The earlier level of a measure or an amount, set against the new one
// with "from" (or ", up from", ", down from", ", compared with", ",
// against" after a short phrase), is in the new level's unit when written
// bare (rule level-shares-unit): "rose to 6.3 million tonnes from 5.8
// million", "fell to 2.1 million cubic metres last year from 2.6 million
// in 2022", "royalties rose to 148 billion CFA francs from 121 billion",
// "her harvest had dropped to 19 tonnes from 27" (web-dev-6, four
// passages); "earned 9 million francs this season, against 3 million last
// year". The rate's form is level-shares-rate; counts, shares, ages and
// points give nothing ("to 300 jobs from 250" needs no unit word; "rose
// 5% from 30 a year earlier" is no share of 30), nor does a number a noun
// follows ("from 27 countries").
var ruleLevelSharesUnit = newRule("level-shares-unit")

func (p *parser) levelSharesUnit(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.share || c.yearLike || c.qual == claims.Range || c.qual == claims.Vague || len(p.out) == 0 {
		return
	}
	m, from := p.out[len(p.out)-1], -1
	if (m.Kind == claims.KindDate || m.Kind == claims.KindYear) && len(p.out) > 1 {
		// "to 2.1 million cubic metres last year from 2.6 million",
		// "against 1.4 mln in 1985/86 and an average 1.76 mln"
		from = p.tokenStartingFrom(m.End)
		m = p.out[len(p.out)-2]
	}
	if m.Kind != claims.KindClaim || m.Unit == "" || levelUnitsNoChange[m.Unit] || strings.IndexByte(m.Unit, '/') >= 0 {
		return
	}
	after := p.tokenStartingFrom(m.End) // the token after the level
	if after < 0 || after >= c.st {
		return
	}
	part := after == c.st-1 && p.is(after, ",") && p.wordIs(c.en, "of") && p.wordIs(c.en+1, "which")
	if !part && c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(levelUnitFollowers, p.raw(c.en)) {
		return // "from 27 countries": a count of things
	}
	if from >= 0 {
		after = from // the date stands between the level and its link
	}
	st := p.levelModifiersBefore(after, c.st)
	if !part && !p.levelLinkBetween(after, st) && !p.levelListed(m, after, st) && !(m.Change != "" && after == c.st-1 && p.is(after, "to") && lexicon.IsCurrencyCode(m.Unit)) {
		// (money changed, its new level after "to": "fell 195 mln dlrs to
		// 65.06 billion", "declined 114 mln dlrs to 65.89 billion": the wire,
		// web-dev-17 and two more Reuters documents)
		return
	}
	c.unit, c.hasUnit, c.unitRule = m.Unit, true, ruleLevelSharesUnit
	if code := lexicon.UnitNumerator(m.Unit); lexicon.IsCurrencyCode(code) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
		c.bareName = m.BareName
	}
}

// levelLinkBetween reports whether the tokens after..st-1 are a level
// link (levelLinks): "from" right after the level, or a link after a
// comma with at most four words before it ("this season, against").
func (p *parser) levelLinkBetween(after, st int) bool {
	for _, l := range levelUnitLinks {
		b := st - len(l)
		if b < after {
			continue
		}
		match := true
		for k, w := range l {
			if p.toks[b+k].k != tWord || toLowerASCII(p.raw(b+k)) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if l[0] == "from" && (b == after || p.timeWordsBetween(after, b)) {
			return true // "to 19 tonnes from 27", "to 2.1 million cubic metres last year from 2.6 million"
		}
		if amountComparisons[l[0]] && b >= after && b-after <= 8 && p.wordsBetween(after, b) {
			// no comma before a comparison: "25,873,904 bushels vs
			// 25,873,904 last week", "7.15 billion N.Z. Dlrs in January
			// ... compared with 3.03 billion" (the wire: web-dev-17 and 40
			// more Reuters documents)
			return true
		}
		if b > after && p.is(b-1, ",") && b-1-after <= 4 {
			return p.wordsBetween(after, b-1)
		}
	}
	return false
}

// levelModifiers stand, after a determiner (levelDeterminers), between a
// level link and the earlier level: the estimates "from a projected 348
// billion", "from a revised 28.30 billion", "from a preliminary 270,000
// short tons" (the wire); the level's standing words "from its present
// 500 mln" (web-dev-20), "from their current 40,000 tonnes", "and an
// average 1.76 mln in the previous three seasons" (web-dev-20).
var levelModifiers = lexicon.WordSet(`projected revised preliminary estimated provisional present current previous average earlier`)

// levelDeterminers stand before a word of levelModifiers.
var levelDeterminers = lexicon.WordSet(`a an its their the his her our`)

// levelModifiersBefore returns the first token of the determiner and
// levelModifiers word before the earlier level at st ("a projected", "its
// present"), or st when none stands there after the token after.
func (p *parser) levelModifiersBefore(after, st int) int {
	if st-2 >= after && p.toks[st-1].k == tWord && p.toks[st-2].k == tWord && lowerIn(levelModifiers, p.raw(st-1)) && lowerIn(levelDeterminers, p.raw(st-2)) {
		return st - 2 // "fall to 328 billion yen ... from a projected 348 billion" (weka-train-0303), "from a revised 28.30 billion" (weka-train-0124)
	}
	return st
}

// amountComparisons compare two amounts: they set a level against another
// with no comma before them ("9.91 mln tonnes against 10.77 mln the
// previous season", "43 mln francs against losses of 968 mln", web-dev-20:
// the wire), and after them a price per thing too is parallel
// (rateParallel: "$12,555 in the United States, against €5,300").
var amountComparisons = lexicon.WordSet(`compared vs versus against`)

// levelUnitLinks are levelLinks and the links of a part to its whole,
// after a comma: "owns 100 acres, of which 75 are in shade houses"
// (web-dev-20), "spent 12 million euros, of which 4 million on wages".
var levelUnitLinks = append(levelLinks[:len(levelLinks):len(levelLinks)], []string{"of", "which"})

// A part of the level before it, written first and its whole after a
// comma ("has lived in the UK for 24 years, 14 of which he has spent
// working", web-dev-13), is in its unit as "100 acres, of which 75"
// (web-dev-20) is: part in levelSharesUnit.

// levelUnitFollowers may follow the earlier level: fxLevelFollowers, a verb
// of its clause, a finite "be" ("100 acres, of which 75 are in shade houses").
var levelUnitFollowers = lexicon.Union(fxLevelFollowers, lexicon.FiniteBe)

// levelListed reports a bare figure listed after an earlier level that
// took its unit from a level (level-shares-unit): the tokens after..st-1
// are "and" ("against 1.4 mln in 1985/86 and an average 1.76 mln",
// "compared with 6.70 billion in the previous quarter and 6.10 billion",
// web-dev-20: the wire).
func (p *parser) levelListed(m Mention, after, st int) bool {
	return m.rules[1] == ruleLevelSharesUnit && st == after+1 && p.wordIs(after, "and")
}

// wordsBetween reports whether the tokens from..to-1 are all words.
func (p *parser) wordsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p.toks[k].k != tWord {
			return false
		}
	}
	return true
}

// levelTimeWords end a short time phrase between a level and "from"
// ("last year", "this season", "a year earlier").
var levelTimeWords = lexicon.WordSet(`year years season month quarter week earlier yesterday`)

// timeWordsBetween reports whether the tokens after..b-1 are at most three
// words ending with a time word (levelTimeWords).
func (p *parser) timeWordsBetween(after, b int) bool {
	if b-after > 3 || b <= after || !lowerIn(levelTimeWords, p.raw(b-1)) {
		return false
	}
	for k := after; k < b; k++ {
		if p.toks[k].k != tWord {
			return false
		}
	}
	return true
}
