package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// quarterSpanBefore place a number of quarters in time, a span of
// business quarters and no share: "in the first two quarters of his
// campaign" (quantities web-dev-12), "writedowns in the first two
// quarters" (web-dev-17), "a record for the first three quarters of any
// year" (claims articles-dev-4, a not-claim), "the past three quarters".
// ("for three straight quarters", a word between the number and
// "quarters", is no share the grammar reads and not this rule's: it stays
// a count.)
var quarterSpanBefore = lexicon.WordSet(`first last past next previous recent final`)

// quarterSpanAfterIn may follow "in N quarters" when it is a span: "the
// first growth in eight quarters." (quantities dev5), "in two quarters,
// sales fell"; "in three quarters of cases" is a share.
var quarterSpanAfterIn = lexicon.WordSet(`in since and or but as while`)

// quarterSpan reads a number in words before "quarters" that counts
// business quarters, not three-quarters of something (kind rule
// quarter-span): the grammar reads "two quarters" as the share 50 percent
// (a fraction, fractionAt); after a word that places a span in time
// (quarterSpanBefore) or "in" with no "of" after it, it is a span of
// quarters, a duration in unit quarter of the number of quarters, as
// the golds label it (quantities dev5, web-dev-12, web-dev-17; claims
// articles-dev-4). A hyphened "three-quarters", a share after "of" ("in
// three quarters of cases") and a count in digits ("for 11 quarters")
// are not this rule's.
func (p *parser) quarterSpan(c *cand) bool {
	if !c.share || !c.words || c.unit != "percent" || c.qual != "" || c.en-c.st != 2 || c.valSt != c.st || c.valEn != c.en {
		return false
	}
	if p.key(c.en-1) != "quarters" || !p.toks[c.en-1].sp {
		return false
	}
	w := p.w(c.st)
	if w == nil || !w.isCard || w.card < 2 {
		return false
	}
	prev := p.key(c.st - 1)
	switch {
	case quarterSpanBefore[prev]:
	case prev == "in" && (p.clauseEndAt(c.en) || quarterSpanAfterIn[p.key(c.en)]):
	default:
		return false
	}
	c.kind, c.unit, c.hasUnit, c.share = claims.KindDuration, "quarter", true, false
	c.v, c.lo, c.hi = w.card, w.card, w.card
	return true
}
