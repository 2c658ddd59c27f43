package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// lostTimeVerbs take the time lost as their object (kind rule time-lost).
var lostTimeVerbs = lexicon.WordSet(`lose loses lost losing`)

// timeLost reports a duration right after a verb of losing: the time lost
// is a measure, a claim ("We lost two hours this morning when part of the
// tunnel fell", articles-dev-2; "Did he lose 20 minutes?", PolNeAR train;
// both quotes). A duration placing a time ("lost four years later", "lost
// the seat two years ago": the object comes first) or hyphened into a
// modifier ("lost 10-year bonds") is left to the rule "duration", as
// copula-duration leaves them.
func (p *parser) timeLost(c *cand) bool {
	if c.kind != claims.KindDuration || c.st < 1 || p.compoundHyphen(c.en) || p.isHyphen(c.en-1) || placingAfter[p.key(c.en)] || p.singularUnitModifier(c) {
		return false
	}
	for j := c.valSt; j < c.en; j++ {
		if p.isHyphen(j) {
			return false
		}
	}
	return p.toks[c.st-1].k == tWord && lostTimeVerbs[p.lw(c.st-1)]
}
