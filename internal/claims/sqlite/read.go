package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// Articles calls fn for every stored article, ordered by id.
func (s *Store) Articles(ctx context.Context, fn func(*claims.Article) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id, hash, origin, url, title, published, text, authors, site, lang
		FROM articles ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a claims.Article
		var authors string
		if err := rows.Scan(&a.ID, &a.Hash, &a.Origin, &a.URL, &a.Title, &a.Published, &a.Text, &authors, &a.Site, &a.Lang); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
			return fmt.Errorf("article %s: authors: %w", a.ID, err)
		}
		if len(a.Authors) == 0 {
			a.Authors = nil
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Filter selects quantities.
type Filter struct {
	ClaimsOnly bool   // only kind = claim
	ArticleID  string // one article, or all when empty
}

// Quantities calls fn for every stored quantity matching f, ordered by
// article and position, with source, cue and sentence filled in.
func (s *Store) Quantities(ctx context.Context, f Filter, fn func(*claims.Quantity) error) error {
	var where []string
	var args []any
	if f.ClaimsOnly {
		where = append(where, `q.kind = 'claim'`)
	}
	if f.ArticleID != "" {
		// a plain equality, so that the article index is used
		where = append(where, `q.article_id = ?`)
		args = append(args, f.ArticleID)
	}
	w := ""
	if len(where) > 0 {
		w = "WHERE " + strings.Join(where, " AND ")
	}
	return scanQuantities(ctx, s.db, w, args, fn)
}

// scanQuantities runs the quantities query with a WHERE clause on q.
func scanQuantities(ctx context.Context, db querier, where string, args []any, fn func(*claims.Quantity) error) error {
	rows, err := db.QueryContext(ctx, quantitiesQuery(where), args...)
	if err != nil {
		return err
	}
	return scanRows(rows, fn)
}

// quantitiesQuery reads quantities with their claim, source and sentence.
func quantitiesQuery(where string) string {
	return `SELECT q.id, q.article_id, q.text, q.start, q."end", q.low, q.high, q.qualifier, q.unit, q.change,
			q.kind, q.subject, q.event, q.sentence_start, q.sentence_end,
			c.source_mention, c.source_start, c.source_end, c.cue, c.cue_start, c.cue_end,
			s.name, s.kind, s.role, s.affiliation, e.id, e.name,
			c.time_text, c.time_start, c.time_end, c.time_from, c.time_to, q.unit_basis,
			substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start)
		FROM quantities q
		JOIN articles a ON a.id = q.article_id
		LEFT JOIN claims c ON c.id = q.id
		LEFT JOIN sources s ON s.id = c.source_id
		LEFT JOIN entity_aliases ea ON ea.alias = s.name AND ea.kind = s.kind
		LEFT JOIN entities e ON e.id = ea.entity_id
		` + where + `
		ORDER BY q.article_id, q.start, q."end"`
}

func scanRows(rows *sql.Rows, fn func(*claims.Quantity) error) error {
	defer rows.Close()
	for rows.Next() {
		var x claims.Quantity
		var low, high sql.NullFloat64
		var change, mention, cue, sName, sKind, sRole, sAff, eID, eName, tText, tFrom, tTo sql.NullString
		var tStart, tEnd sql.NullInt64
		var sStart, sEnd, cStart, cEnd sql.NullInt64
		var sentence []byte
		if err := rows.Scan(&x.ID, &x.ArticleID, &x.Quantity.Text, &x.Quantity.Start, &x.Quantity.End, &low, &high,
			&x.Qualifier, &x.Unit, &change, &x.Kind, &x.Subject, &x.Event, &x.Sentence.Start, &x.Sentence.End,
			&mention, &sStart, &sEnd, &cue, &cStart, &cEnd, &sName, &sKind, &sRole, &sAff, &eID, &eName,
			&tText, &tStart, &tEnd, &tFrom, &tTo, &x.UnitBasis, &sentence); err != nil {
			return err
		}
		if low.Valid {
			x.Low = claims.F(low.Float64)
		}
		if high.Valid {
			x.High = claims.F(high.Float64)
		}
		if change.Valid {
			c := change.String
			x.Change = &c
		}
		// substr on a BLOB counts bytes, as our offsets do.
		x.Sentence.Text = string(sentence)
		if sName.Valid {
			x.Source = &claims.Source{Name: sName.String, Kind: claims.SourceKind(sKind.String), Role: sRole.String, Affiliation: sAff.String,
				Mention: mention.String, Start: int(sStart.Int64), End: int(sEnd.Int64)}
			if eID.Valid {
				x.Source.Entity = &claims.EntityRef{ID: eID.String, Name: eName.String}
			}
		}
		if cue.Valid {
			x.Cue = &claims.Span{Text: cue.String, Start: int(cStart.Int64), End: int(cEnd.Int64)}
		}
		if tText.Valid {
			x.Time = &claims.TimeRef{Span: claims.Span{Text: tText.String, Start: int(tStart.Int64), End: int(tEnd.Int64)},
				From: tFrom.String, To: tTo.String}
		}
		if err := fn(&x); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Counts returns how many articles, quantities and claims are stored.
func (s *Store) Counts(ctx context.Context) (articles, quantities, claimCount int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quantities),
		(SELECT count(*) FROM claims)`).Scan(&articles, &quantities, &claimCount)
	return
}
