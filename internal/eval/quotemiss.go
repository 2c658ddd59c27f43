package eval

import (
	"fmt"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// mentionKinds lists the number mentions of qs inside the content pieces
// with the kind the extractor gave each and the kind rule that decided it
// (as `extract quantities --explain` names it): `"15 years" duration
// (duration)`. It is what --show prints under an uncovered quote relation.
func mentionKinds(qs []claims.Quantity, rules []RuleNames, content []claims.Span) string {
	var b strings.Builder
	for i := range qs {
		q := &qs[i]
		if !overlapsAny(q.Quantity.Start, q.Quantity.End, content) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%q %s (%s)", q.Quantity.Text, q.Kind, orRule(ruleFor(rules, q).Kind, RuleUnknown))
	}
	if b.Len() == 0 {
		return "none found in context"
	}
	return b.String()
}
