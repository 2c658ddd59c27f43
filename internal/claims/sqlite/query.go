package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// QuantitiesByID calls fn for the stored quantities with these ids (at most
// 1000), with source, cue and sentence, ordered by article and position.
func (s *Store) QuantitiesByID(ctx context.Context, ids []string, fn func(*claims.Quantity) error) error {
	if len(ids) == 0 {
		return nil
	}
	if len(ids) > 1000 {
		return fmt.Errorf("QuantitiesByID: %d ids (at most 1000)", len(ids))
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return scanQuantities(ctx, s.db, `WHERE q.id IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args, fn)
}
