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
	if m.Kind == claims.KindDate && len(p.out) > 1 {
		// "to 2.1 million cubic metres last year from 2.6 million"
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
	if c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(fxLevelFollowers, p.raw(c.en)) {
		return // "from 27 countries": a count of things
	}
	if from >= 0 {
		after = from // the date stands between the level and its link
	}
	st := c.st
	if st-2 >= after && lowerIn(estimateWords, p.raw(st-1)) && indefiniteArticles[p.key(st-2)] {
		st -= 2 // an estimate between the link and the level: "fall to 328 billion yen ... from a projected 348 billion" (weka-train-0303), "from a revised 28.30 billion" (weka-train-0124)
	}
	if !p.levelLinkBetween(after, st) && !(m.Change != "" && after == c.st-1 && p.is(after, "to") && lexicon.IsCurrencyCode(m.Unit)) {
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
	for _, l := range levelLinks {
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
		if bareLevelLinks[l[0]] && b >= after && b-after <= 4 && p.wordsBetween(after, b) {
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

// estimateWords may stand with "a"/"an" between a level link and the
// earlier level: "from a projected 348 billion", "from a revised 28.30
// billion", "from a preliminary 270,000 short tons" (the wire).
var estimateWords = lexicon.WordSet(`projected revised preliminary estimated provisional`)

// bareLevelLinks set a level against another with no comma before them.
var bareLevelLinks = lexicon.WordSet(`compared vs versus`)

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
