package extract

import "github.com/factcheck/extract/internal/claims"

// subjectEvent finds the noun phrase a claim counts and its governing predicate.
// TODO(quantities): placeholder.
func subjectEvent(d *Doc, q *claims.Quantity) (subject, event string) {
	return "", ""
}
