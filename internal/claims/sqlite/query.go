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

// QuantitiesByIDNoSentence is QuantitiesByID without the sentences, which
// are read out of the article's text for each quantity (most of the cost
// when the caller has them already).
func (s *Store) QuantitiesByIDNoSentence(ctx context.Context, ids []string, fn func(*claims.Quantity) error) error {
	if len(ids) == 0 {
		return nil
	}
	if len(ids) > 1000 {
		return fmt.Errorf("QuantitiesByIDNoSentence: %d ids (at most 1000)", len(ids))
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	q := strings.Replace(quantitiesQuery(`WHERE q.id IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`),
		`substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start)`, `NULL`, 1)
	q = strings.Replace(q, `JOIN articles a ON a.id = q.article_id`, ``, 1)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	return scanRows(rows, fn)
}

// LatestReviews is CurrentReviews read through claim_status, which holds
// each reviewed claim's latest review (no search for the latest per claim);
// on a database without it, CurrentReviews.
func (s *Store) LatestReviews(ctx context.Context, fn func(*Review) error) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'claim_status'`).Scan(&n); err != nil || n == 0 {
		return s.CurrentReviews(ctx, fn)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+s.reviewCols("r.")+`
		FROM claim_status cs JOIN reviews r ON r.id = cs.review_id ORDER BY r.article_id, r.quantity_start, r.claim_id`)
	if err != nil {
		return err
	}
	return scanReviews(rows, fn)
}
