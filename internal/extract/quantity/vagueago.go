package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// agoAnchors after a span of time place an event in time: "thousands of
// years ago", "a few hundred years earlier", "decades later".
var agoAnchors = lexicon.WordSet(`ago earlier later before`)

// vagueAgo reports a vague span of time that places an event (kind rule
// vague-ago, a duration as "two years ago" is): "scriptures written
// thousands of years ago", "its roots in France a few hundred years
// earlier", "hundreds of years later" (web-dev-14; the "N ago" and "N
// later" durations of web-dev-12 and web-dev-6 in digits). A vague count
// of years that is measured stays a claim: "thousands of years of
// history".
func (p *parser) vagueAgo(c *cand) bool {
	if c.qual != claims.Vague || c.currency {
		return false
	}
	k := c.en
	if p.key(k) == "of" {
		k++
	}
	w := p.w(k)
	if w == nil || w.tunit == "" || p.toks[k].k != tWord {
		return false
	}
	return agoAnchors[p.lw(k+1)]
}
