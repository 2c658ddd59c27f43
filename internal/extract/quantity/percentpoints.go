package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Points moving a percentage are percentage points (rule
// points-of-percent): the change before a new level in percent, "cut its
// deposit rate by a quarter point to 3.75%" (dev5, web-dev-7), "raised
// rates by half a point to 5.5%"; the level after a change in percentage
// points, "narrowed by 3 percentage points to 17 points" (web-dev-9). An
// index's points stay points: "fell 300 points, or 1.2%, to 35,000",
// "rose 1.2% to 7,500 points".
var rulePointsOfPercent = newRule("points-of-percent")

func (p *parser) pointsOfPercent(c *cand) {
	if c.unit != "point" || c.kind != claims.KindClaim || c.en >= len(p.toks) {
		return
	}
	switch {
	case p.wordIs(c.en, "to") && p.percentAt(c.en+1):
		// "by a quarter point to 3.75%" (not "fell 40 points to 2% below
		// its peak": a distance from a level)
	case c.st > 0 && p.wordIs(c.st-1, "to") && len(p.out) > 0:
		m := p.out[len(p.out)-1]
		if m.Unit != "percentage_point" || p.tokenStartingFrom(m.End) != c.st-1 {
			return
		}
	default:
		return
	}
	c.unit, c.unitRule = "percentage_point", rulePointsOfPercent
}

// percentAt reports a number in percent at token k ("3.75%", "5.5
// percent", "4.4 per cent").
func (p *parser) percentAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].k != tNum {
		return false
	}
	j := k + 1
	for j < len(p.toks) && p.toks[j].k == tNum && p.adj(j) { // "3.75" may be several tokens
		j++
	}
	switch {
	case p.is(j, "%") || p.wordIs(j, "percent") || p.wordIs(j, "pct"):
		j++
	case p.wordIs(j, "per") && p.wordIs(j+1, "cent"):
		j += 2
	default:
		return false
	}
	return j >= len(p.toks) || p.toks[j].k != tWord || !lowerIn(percentDistanceWords, p.raw(j))
}

// percentDistanceWords after a percent make it a distance from a level
// ("2% below its peak"), no level.
var percentDistanceWords = lexicon.WordSet(`below above under over higher lower short off`)
