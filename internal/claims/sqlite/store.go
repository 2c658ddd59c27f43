// Package sqlite stores articles, quantities, claims and sources in a SQLite
// file (modernc.org/sqlite, pure Go): WAL, a busy timeout, foreign keys, and
// one transaction per batch of articles, so a crash loses at most the batch
// being written and never leaves half an article behind.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"

	"github.com/factcheck/extract/internal/claims"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a claims database.
type Store struct {
	db   *sql.DB
	path string
}

// Open opens (creating if needed) the database at path and brings its schema
// up to date.
func Open(path string) (*Store, error) {
	return open(path, false)
}

// OpenReadOnly opens an existing database without writing to it.
func OpenReadOnly(path string) (*Store, error) {
	return open(path, true)
}

func open(path string, readOnly bool) (*Store, error) {
	q := url.Values{}
	// temp_store(MEMORY): the statement journals of the triggers go to
	// memory instead of temp files (about 30% less CPU per batch write).
	// cache_size: 16 MiB of page cache instead of 2 MiB, so inserts into the
	// id indexes (random keys) find their pages in memory rather than
	// reading them back from the file.
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "temp_store(MEMORY)",
		"cache_size(-16384)"} {
		q.Add("_pragma", p)
	}
	if !readOnly {
		q.Add("_pragma", "journal_mode(WAL)")
	} else {
		q.Add("mode", "ro")
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if readOnly {
		if _, err := s.version(); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		return s, nil
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// DB gives read access to the database for packages that query it directly
// (the review app, eval).
func (s *Store) DB() *sql.DB { return s.db }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SchemaVersion is the version the code creates.
func SchemaVersion() int { return len(migrations) }

func (s *Store) version() (int, error) {
	var v int
	err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v)
	return v, err
}

func (s *Store) migrate() error {
	v, err := s.version()
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this program's (%d)", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES('schema_version', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.Itoa(v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if _, err := tx.Exec(`PRAGMA user_version = ` + strconv.Itoa(v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Has reports whether the article id is stored with this content hash, so
// a re-run can skip it without extracting.
func (s *Store) Has(ctx context.Context, id, hash string) (bool, error) {
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil && h == hash, err
}

// Write stores a batch of results in one transaction. An article already
// stored with the same content hash is left as it is; one stored with another
// hash is replaced (its quantities, claims and sources with it). It returns
// how many articles were written (not skipped).
func (s *Store) Write(ctx context.Context, batch []claims.Result) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer w.close()
	n := 0
	for i := range batch {
		wrote, err := w.write(&batch[i])
		if err != nil {
			return 0, fmt.Errorf("store article %s: %w", batch[i].Article.ID, err)
		}
		if wrote {
			n++
		}
	}
	if err := w.index(); err != nil {
		return 0, fmt.Errorf("store: search index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return n, nil
}

type writer struct {
	ctx                                        context.Context
	tx                                         *sql.Tx
	hash, del, art, src, qty, claim, sent, fts *sql.Stmt
	qualifiers                                 map[string]bool // in the lookup table
	pending                                    []ftsRow        // claim sentences not yet in claims_fts
}

// ftsRow is a claim_sentences row waiting for the search index.
type ftsRow struct {
	rowid              int64
	quantity, sentence string
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, qualifiers: map[string]bool{}}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	w.hash = prep(`SELECT hash FROM articles WHERE id = ?`)
	w.del = prep(`DELETE FROM articles WHERE id = ?`)
	w.art = prep(`INSERT INTO articles(id, hash, origin, url, title, published, text, authors, site, lang)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	w.src = prep(`INSERT INTO sources(article_id, name, kind, role, affiliation, mentions)
		VALUES(?, ?, ?, ?, ?, ?) RETURNING id`)
	w.qty = prep(`INSERT INTO quantities(id, article_id, text, start, "end", low, high, qualifier, unit,
		change, kind, subject, event, sentence_start, sentence_end)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	w.claim = prep(`INSERT INTO claims(id, article_id, source_id, source_mention, source_start, source_end,
		cue, cue_start, cue_end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	w.sent = prep(`INSERT INTO claim_sentences(claim_id, article_id, kind, qualifier, quantity, sentence)
		VALUES(?, ?, ?, ?, ?, ?)`)
	w.fts = prep(`INSERT INTO claims_fts(rowid, quantity, sentence) VALUES(?, ?, ?)`)
	if err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.hash, w.del, w.art, w.src, w.qty, w.claim, w.sent, w.fts} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *writer) write(r *claims.Result) (bool, error) {
	a := &r.Article
	if a.Hash == "" {
		a.Hash = claims.ContentHash(a)
	}
	var old string
	switch err := w.hash.QueryRowContext(w.ctx, a.ID).Scan(&old); {
	case err == nil && old == a.Hash:
		return false, nil
	case err == nil:
		// The delete triggers take the article's claims out of claims_fts,
		// so the index must hold every row written so far.
		if err := w.index(); err != nil {
			return false, err
		}
		if _, err := w.del.ExecContext(w.ctx, a.ID); err != nil {
			return false, err
		}
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	if _, err := w.art.ExecContext(w.ctx, a.ID, a.Hash, a.Origin, a.URL, a.Title, a.Published, a.Text,
		string(authors), a.Site, a.Lang); err != nil {
		return false, err
	}
	sourceIDs, err := w.writeSources(a.ID, r.Quantities)
	if err != nil {
		return false, err
	}
	for i := range r.Quantities {
		q := &r.Quantities[i]
		if _, err := w.qty.ExecContext(w.ctx, q.ID, a.ID, q.Quantity.Text, q.Quantity.Start, q.Quantity.End,
			nullF(q.Low), nullF(q.High), q.Qualifier, q.Unit, nullS(q.Change), q.Kind, q.Subject, q.Event,
			q.Sentence.Start, q.Sentence.End); err != nil {
			return false, fmt.Errorf("quantity %q at %d: %w", q.Quantity.Text, q.Quantity.Start, err)
		}
		if !q.IsClaim() {
			continue
		}
		var srcID, mention, sStart, sEnd, cue, cStart, cEnd any
		if q.Source != nil {
			mention, sStart, sEnd = q.Source.Mention, q.Source.Start, q.Source.End
			if id, ok := sourceIDs[q.Source.Name]; ok {
				srcID = id
			}
		}
		if q.Cue != nil {
			cue, cStart, cEnd = q.Cue.Text, q.Cue.Start, q.Cue.End
		}
		if _, err := w.claim.ExecContext(w.ctx, q.ID, a.ID, srcID, mention, sStart, sEnd, cue, cStart, cEnd); err != nil {
			return false, err
		}
		if err := w.sentence(a, q); err != nil {
			return false, err
		}
	}
	return true, nil
}

// sentence stores the claim's sentence for the review app's search; the
// search index itself is written by index.
func (w *writer) sentence(a *claims.Article, q *claims.Quantity) error {
	if !w.qualifiers[q.Qualifier] {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT OR IGNORE INTO qualifiers(qualifier) VALUES(?)`, q.Qualifier); err != nil {
			return err
		}
		w.qualifiers[q.Qualifier] = true
	}
	var sentence string
	if s, e := q.Sentence.Start, q.Sentence.End; 0 <= s && s <= e && e <= len(a.Text) {
		sentence = a.Text[s:e]
	}
	res, err := w.sent.ExecContext(w.ctx, q.ID, a.ID, q.Kind, q.Qualifier, q.Quantity.Text, sentence)
	if err != nil {
		return fmt.Errorf("claim sentence %q at %d: %w", q.Quantity.Text, q.Quantity.Start, err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	w.pending = append(w.pending, ftsRow{rowid, q.Quantity.Text, sentence})
	return nil
}

// index adds the pending claim sentences to claims_fts. It runs once per
// batch, after every other statement: FTS5 keeps the terms of consecutive
// single-row inserts in memory and writes them as one index segment at
// commit, whereas any statement with a savepoint in between (a trigger, a
// delete) would make it flush a segment of its own.
func (w *writer) index() error {
	for _, r := range w.pending {
		if _, err := w.fts.ExecContext(w.ctx, r.rowid, r.quantity, r.sentence); err != nil {
			return err
		}
	}
	w.pending = w.pending[:0]
	return nil
}

// writeSources stores one row per distinct resolved source name of the
// article's claims, with every mention of it.
func (w *writer) writeSources(articleID string, qs []claims.Quantity) (map[string]int64, error) {
	type agg struct {
		src      *claims.Source
		mentions []claims.Span
	}
	var order []string
	byName := map[string]*agg{}
	for i := range qs {
		src := qs[i].Source
		if !qs[i].IsClaim() || src == nil || src.Name == "" {
			continue
		}
		g := byName[src.Name]
		if g == nil {
			g = &agg{src: src}
			byName[src.Name] = g
			order = append(order, src.Name)
		}
		if g.src.Role == "" && src.Role != "" || g.src.Affiliation == "" && src.Affiliation != "" || g.src.Kind == "" && src.Kind != "" {
			merged := *g.src
			if merged.Role == "" {
				merged.Role = src.Role
			}
			if merged.Affiliation == "" {
				merged.Affiliation = src.Affiliation
			}
			if merged.Kind == "" {
				merged.Kind = src.Kind
			}
			g.src = &merged
		}
		m := claims.Span{Text: src.Mention, Start: src.Start, End: src.End}
		dup := false
		for _, x := range g.mentions {
			dup = dup || x == m
		}
		if !dup {
			g.mentions = append(g.mentions, m)
		}
	}
	ids := make(map[string]int64, len(order))
	for _, name := range order {
		g := byName[name]
		ms, _ := json.Marshal(g.mentions)
		var id int64
		if err := w.src.QueryRowContext(w.ctx, articleID, name, g.src.Kind, g.src.Role, g.src.Affiliation, string(ms)).Scan(&id); err != nil {
			return nil, fmt.Errorf("source %q: %w", name, err)
		}
		ids[name] = id
	}
	return ids, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nullF(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func nullS(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}
