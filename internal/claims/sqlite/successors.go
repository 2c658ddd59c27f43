package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/factcheck/extract/internal/claims"
)

// oldClaim is a claim of an article about to be replaced.
type oldClaim struct {
	id, text, sentence string
	start              int
}

// successorsVersion is the schema version that added claim_successors.
const successorsVersion = 7

// oldClaims reads the claims of an article before it is replaced.
func (w *writer) oldClaims(articleID string) ([]oldClaim, error) {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT q.id, q.text, q.start,
			substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start)
		FROM quantities q JOIN articles a ON a.id = q.article_id WHERE q.article_id = ? AND q.kind = 'claim'`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []oldClaim
	for rows.Next() {
		var c oldClaim
		var sent []byte
		if err := rows.Scan(&c.id, &c.text, &c.start, &sent); err != nil {
			return nil, err
		}
		c.sentence = string(sent)
		out = append(out, c)
	}
	return out, rows.Err()
}

// successor is the claim of the new version of an article that an old
// claim now is: the same quantity text, the same sentence or one sharing at
// least half its words, the best overlap then the nearest position; "" when
// none (the figure left the article).
func successor(old oldClaim, text string, qs []claims.Quantity) string {
	best, bestScore, bestDist := "", -1.0, 0
	for i := range qs {
		q := &qs[i]
		if !q.IsClaim() || q.Quantity.Text != old.text {
			continue
		}
		sent := ""
		if s, e := q.Sentence.Start, q.Sentence.End; s >= 0 && s <= e && e <= len(text) {
			sent = text[s:e]
		}
		score := 2.0
		if sent != old.sentence {
			score = wordOverlap(old.sentence, sent)
			if score < 0.5 {
				continue
			}
		}
		dist := q.Quantity.Start - old.start
		if dist < 0 {
			dist = -dist
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = q.ID, score, dist
		}
	}
	return best
}

// follow records where the claims of a replaced article went and moves
// their reviews there, in the writer's transaction: reviews follow a
// changed claim during the run that changed it.
func (w *writer) follow(r *claims.Result, old []oldClaim) error {
	if !w.successors {
		return nil
	}
	for _, o := range old {
		now := successor(o, r.Article.Text, r.Quantities)
		if now == "" || now == o.id {
			continue
		}
		if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO claim_successors(old_id, new_id, article_id) VALUES(?, ?, ?)
			ON CONFLICT(old_id) DO UPDATE SET new_id = excluded.new_id, article_id = excluded.article_id`, o.id, now, r.Article.ID); err != nil {
			return err
		}
		// Older ids that led to this one lead to its successor now.
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE claim_successors SET new_id = ? WHERE new_id = ?`, now, o.id); err != nil {
			return err
		}
		res, err := w.tx.ExecContext(w.ctx, `UPDATE reviews SET claim_id = ? WHERE claim_id = ?`, now, o.id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			w.moved += int(n)
		}
	}
	return nil
}

// Successor returns the stored claim a replaced claim id now is, following
// claim_successors; "" when the id is unknown or its successor is gone.
func (s *Store) Successor(ctx context.Context, id string) (string, error) {
	if v, err := s.version(); err != nil || v < successorsVersion {
		return "", err
	}
	var now string
	err := s.db.QueryRowContext(ctx, `SELECT cs.new_id FROM claim_successors cs JOIN claims c ON c.id = cs.new_id WHERE cs.old_id = ?`, id).Scan(&now)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return now, err
}
