package extract

import "github.com/factcheck/extract/internal/claims"

// attribute sets Source and Cue on the claims of qs.
// TODO(attribution): placeholder.
func attribute(d *Doc, qs []claims.Quantity) {}
