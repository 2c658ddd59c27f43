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
	"math/bits"
	"math/rand/v2"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/factcheck/extract/internal/claims"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Store is a claims database.
type Store struct {
	db       *sql.DB
	path     string
	sketches *sketchCache // analysis.go
	stmts    *stmtCache   // the writer's multi-row inserts (txstmts.go)

	changed, moved atomic.Int64 // articles replaced, reviews moved by Write (successors.go)
	// articles whose bucket keys wait for FlushBuckets (buckets.go), as far
	// as this Store knows
	pendingKeys atomic.Int64
	lookups     lookups // Has (lookup.go)
}

// Changed returns how many stored articles this Store's writes replaced
// because their content changed, and how many reviews moved with their
// claims.
func (s *Store) Changed() (articles, reviews int64) { return s.changed.Load(), s.moved.Load() }

// Open opens (creating if needed) the database at path and brings its schema
// up to date.
func Open(path string) (*Store, error) {
	return open(path, false, false)
}

// OpenReadOnly opens an existing database without writing to it
// (mode=ro). A database in WAL mode needs its -shm file to be read; when it
// cannot be created (a read-only directory or file system), the database is
// opened as immutable: read as its main file holds it, which is the whole of
// it once the last writer closed it.
func OpenReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s, err := open(path, true, false)
	if err != nil && (IsReadOnly(err) || cantOpen(err)) {
		if s2, err2 := open(path, true, true); err2 == nil {
			return s2, nil
		}
	}
	return s, err
}

func cantOpen(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_CANTOPEN
}

func open(path string, readOnly, immutable bool) (*Store, error) {
	q := url.Values{}
	// temp_store(MEMORY): the statement journals of the triggers go to
	// memory instead of temp files (about 30% less CPU per batch write).
	// cache_size: 16 MiB of page cache instead of 2 MiB, so inserts into the
	// id indexes (random keys) find their pages in memory rather than
	// reading them back from the file.
	// wal_autocheckpoint: the WAL is copied into the database every 32768
	// pages (128 MiB of file, not memory) instead of 1000, so that a page
	// rewritten by several batches (an index page, the end of a table) is
	// copied once: 8192 pages instead of 1000 took 30% off the CPU of the
	// commits of `extract run` at 10k articles; 32768 instead of 8192 took
	// the checkpoints of a 100k run from 3.6 to 2.4 s of CPU (the index
	// pages of random ids that a batch dirties are mostly new to it).
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "temp_store(MEMORY)",
		"cache_size(-16384)", "wal_autocheckpoint(32768)"} {
		q.Add("_pragma", p)
	}
	if !readOnly {
		q.Add("_pragma", "journal_mode(WAL)")
		// Every write transaction takes the write lock when it begins
		// (BEGIN IMMEDIATE), so that it waits for another writer (busy
		// timeout) instead of failing with SQLITE_BUSY when a read inside it
		// must become a write after another connection committed.
		q.Add("_txlock", "immediate")
	} else {
		q.Add("mode", "ro")
		if immutable {
			q.Add("immutable", "1")
		}
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, sketches: &sketchCache{}, stmts: &stmtCache{db: db}}
	if readOnly {
		v, err := s.version()
		if err == nil && v > len(migrations) {
			err = fmt.Errorf("database schema version %d is newer than this program's (%d): use a newer extract", v, len(migrations))
		}
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		return s, nil
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if len(migrations) >= pendingKeysVersion {
		var pending int64
		if err := db.QueryRow(`SELECT count(*) FROM lsh_pending`).Scan(&pending); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		s.pendingKeys.Store(pending)
	}
	// A bulk load killed before its end left the review indexes to build
	// (bulk.go).
	if _, err := s.RestoreIndexes(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// DB gives read access to the database for packages that query it directly
// (the review app, eval). A transaction begun on it takes the write lock at
// once (BEGIN IMMEDIATE, so that writers queue instead of failing): begin a
// transaction that only reads with &sql.TxOptions{ReadOnly: true}, and wrap
// a write transaction in the store's methods, which retry it when busy.
func (s *Store) DB() *sql.DB { return s.db }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	s.lookups.close()
	s.stmts.close()
	return s.db.Close()
}

// SchemaVersion is the version the code creates.
func SchemaVersion() int { return len(migrations) }

func (s *Store) version() (int, error) {
	var v int
	err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v)
	return v, err
}

func (s *Store) migrate() error {
	for {
		done, err := s.migrateOne()
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, reading the version inside the
// write transaction: two programs opening an old database at once (a run
// and serve) apply each migration once.
func (s *Store) migrateOne() (done bool, err error) {
	err = s.retry(context.Background(), func() error {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		defer tx.Rollback()
		var v int
		if err := tx.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("database schema version %d is newer than this program's (%d): use a newer extract", v, len(migrations))
		}
		if v == len(migrations) {
			done = true
			return nil
		}
		if _, err := tx.Exec(migrations[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES('schema_version', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.Itoa(v+1)); err != nil {
			return err
		}
		if _, err := tx.Exec(`PRAGMA user_version = ` + strconv.Itoa(v+1)); err != nil {
			return err
		}
		return tx.Commit()
	})
	return done, err
}

// Write stores a batch of results in one transaction. An article already
// stored with the same content hash is left as it is; one stored with another
// hash is replaced (its quantities, claims and sources with it). It returns
// how many articles were written (not skipped).
//
// An article the database refuses (rows that break a constraint, such as a
// quantity id stored already for another article, or a value too big for
// SQLite) does not stop the batch: the batch is written again article by
// article, the refused ones are left out, and Write returns the others'
// count with a *RefusedError naming each refused article. Any other error
// (disk full, read-only file, ...) is fatal and nothing of the batch is
// stored. A database busy with another writer (a reviewer, a second run) is
// waited for: the transaction takes the write lock when it begins and
// retries with backoff when SQLite cannot wait.
func (s *Store) Write(ctx context.Context, batch []claims.Result) (int, error) {
	var n int
	var refused []ArticleError
	err := s.retry(ctx, func() error {
		var err error
		n, err = s.writeBatch(ctx, batch)
		refused = nil
		if err != nil && articleFault(err) {
			n, refused, err = s.writeEach(ctx, batch)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	if due, err := s.flushDue(ctx); err != nil {
		return n, err
	} else if due {
		if _, err := s.FlushBuckets(ctx); err != nil {
			return n, err
		}
	}
	if len(refused) > 0 {
		return n, &RefusedError{Articles: refused}
	}
	return n, nil
}

// ArticleError is an article the database refused.
type ArticleError struct {
	ID, Origin string
	Err        error
}

func (e *ArticleError) Error() string {
	if e.Origin != "" && e.Origin != e.ID {
		return fmt.Sprintf("%s: article %s: not stored: %v", e.Origin, e.ID, e.Err)
	}
	return fmt.Sprintf("article %s: not stored: %v", e.ID, e.Err)
}

func (e *ArticleError) Unwrap() error { return e.Err }

// RefusedError lists the articles of a batch that were not stored; the rest
// of the batch was.
type RefusedError struct {
	Articles []ArticleError
}

func (e *RefusedError) Error() string {
	if len(e.Articles) == 1 {
		return e.Articles[0].Error()
	}
	return fmt.Sprintf("%d articles not stored, the first: %v", len(e.Articles), &e.Articles[0])
}

// articleFault reports whether err comes from the rows of an article (a
// constraint they break, a value too big) rather than from the database.
func articleFault(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_TOOBIG, sqlite3.SQLITE_MISMATCH, sqlite3.SQLITE_RANGE:
		return true
	}
	return false
}

// busy reports whether err means another connection holds the lock.
func busy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	c := e.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// retryFor bounds how long a write keeps retrying a busy database, on top
// of the busy timeout each attempt waits.
const retryFor = 2 * time.Minute

// retry runs fn, a whole write transaction, again with growing pauses while
// it fails because the database is busy: the busy timeout makes SQLite wait
// for the lock, but some conflicts (a snapshot gone stale, a lock taken while
// the WAL is recovered or checkpointed) are returned at once.
func (s *Store) retry(ctx context.Context, fn func() error) error {
	pause := 10 * time.Millisecond
	deadline := time.Now().Add(retryFor)
	for {
		err := fn()
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return err
		}
		t := time.NewTimer(pause + time.Duration(rand.Int64N(int64(pause))))
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		pause = min(2*pause, time.Second)
	}
}

// writeBatch writes the batch in one transaction.
func (s *Store) writeBatch(ctx context.Context, batch []claims.Result) (int, error) {
	if err := s.stmts.warm(ctx); err != nil {
		return 0, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx, s.stmts)
	if err != nil {
		return 0, err
	}
	defer w.close()
	w.sketches = s.sketches
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
	if err := w.finish(); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	if err := w.analyse(); err != nil { // analysis.go
		return 0, fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.pendingKeys.Add(int64(w.keyed))
	s.changed.Add(int64(len(w.replaced)))
	s.moved.Add(int64(w.moved))
	return n, nil
}

// writeEach writes the batch in one transaction, each article inside a
// savepoint with its rows flushed, so that an article the database refuses
// is rolled back alone and named.
func (s *Store) writeEach(ctx context.Context, batch []claims.Result) (int, []ArticleError, error) {
	if err := s.stmts.warm(ctx); err != nil {
		return 0, nil, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx, s.stmts)
	if err != nil {
		return 0, nil, err
	}
	defer w.close()
	w.sketches = s.sketches
	n := 0
	var refused []ArticleError
	for i := range batch {
		if _, err := tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
			return 0, nil, err
		}
		moved, stored := w.moved, len(w.stored)
		wrote, err := w.write(&batch[i])
		if err == nil {
			err = w.finish()
		}
		if err != nil {
			if !articleFault(err) {
				return 0, nil, fmt.Errorf("store article %s: %w", batch[i].Article.ID, err)
			}
			if _, rerr := tx.ExecContext(ctx, `ROLLBACK TO article`); rerr != nil {
				return 0, nil, rerr
			}
			if rerr := w.reset(); rerr != nil {
				return 0, nil, rerr
			}
			a := &batch[i].Article
			delete(w.replaced, a.ID)
			w.moved = moved
			w.stored = w.stored[:stored]
			refused = append(refused, ArticleError{ID: a.ID, Origin: a.Origin, Err: err})
		} else if wrote {
			n++
		}
		if _, err := tx.ExecContext(ctx, `RELEASE article`); err != nil {
			return 0, nil, err
		}
	}
	// The articles stored are analysed as in writeBatch.
	if err := w.analyse(); err != nil { // analysis.go
		return 0, nil, fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, err
	}
	s.pendingKeys.Add(int64(w.keyed))
	s.changed.Add(int64(len(w.replaced)))
	s.moved.Add(int64(w.moved))
	return n, refused, nil
}

type writer struct {
	ctx                     context.Context
	tx                      *sql.Tx
	hash, unindex, del, art *sql.Stmt
	src, qty, claim, fts    *rowInserter
	qualifiers              map[string]bool // in the lookup table
	// The largest quantities rowid and sources id: the writer numbers new
	// rows itself, so that claims_fts rows (keyed by the quantities rowid)
	// and claims (pointing at sources) need no read-back.
	lastQuantity, lastSource int64
	stored                   []*claims.Result // written, to analyse at the end of the batch
	rowids                   map[string]int64 // the quantities rowid of each claim written, by id, for the analysis
	sketches                 *sketchCache
	inserts                  *stmtCache      // the store's multi-row inserts (rowInserter)
	successors               bool            // the database has claim_successors (successors.go)
	replaced                 map[string]bool // articles this transaction replaced (content changed)
	moved                    int             // reviews moved to a changed claim
	keyed                    int             // articles analysed with bucket keys (waiting for FlushBuckets)
}

func newWriter(ctx context.Context, tx *sql.Tx, cache *stmtCache) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, inserts: cache, qualifiers: map[string]bool{}, replaced: map[string]bool{}, rowids: map[string]int64{}}
	var version int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return nil, err
	}
	w.successors = version >= successorsVersion
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	rows := func(head string, cols int) *rowInserter { return newRowInserter(tx, cache, rowsPerInsert, head, cols) }
	w.hash = prep(`SELECT hash FROM articles WHERE id = ?`)
	w.unindex = prep(`INSERT INTO claims_fts(claims_fts, rowid, quantity, sentence)
		SELECT 'delete', q.rowid, q.text, CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start) AS TEXT)
		FROM quantities q JOIN articles a ON a.id = q.article_id WHERE q.article_id = ? AND q.kind = 'claim'`)
	w.del = prep(`DELETE FROM articles WHERE id = ?`)
	w.art = prep(`INSERT INTO articles(id, hash, origin, url, title, published, text, authors, site, lang)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	w.src = rows(`INSERT INTO sources(id, article_id, name, kind, role, affiliation, mentions) VALUES `, 7)
	w.qty = rows(`INSERT INTO quantities(rowid, id, article_id, text, start, "end", low, high, qualifier, unit,
		change, kind, subject, event, sentence_start, sentence_end, unit_basis) VALUES `, 17)
	w.claim = rows(`INSERT INTO claims(id, article_id, source_id, source_mention, source_start, source_end,
		cue, cue_start, cue_end, time_text, time_start, time_end, time_from, time_to) VALUES `, 14)
	// the batch's index rows in as few statements as possible: FTS5 flushes
	// a segment at the start of each (a multi-row insert opens a savepoint),
	// so one statement of the batch's row count, prepared in tx
	w.fts = newRowInserter(tx, nil, 10000, `INSERT INTO claims_fts(rowid, quantity, sentence) VALUES `, 3)
	w.claim.deps = []*rowInserter{w.qty, w.src}
	if err == nil {
		err = w.lastRowids()
	}
	if err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

// reset forgets the rows buffered and the state read since the last
// savepoint, after a rollback to it.
func (w *writer) reset() error {
	for _, r := range []*rowInserter{w.src, w.qty, w.claim, w.fts} {
		clear(r.args)
		r.args = r.args[:0]
	}
	clear(w.qualifiers)
	return w.lastRowids()
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.hash, w.unindex, w.del, w.art} {
		if st != nil {
			st.Close()
		}
	}
	for _, r := range []*rowInserter{w.src, w.qty, w.claim, w.fts} {
		if r != nil {
			r.close()
		}
	}
}

func (w *writer) write(r *claims.Result) (bool, error) {
	a := &r.Article
	if a.Hash == "" {
		a.Hash = claims.ContentHash(a)
	}
	var old string
	var before []oldClaim
	switch err := w.hash.QueryRowContext(w.ctx, a.ID).Scan(&old); {
	case err == nil && old == a.Hash:
		return false, nil
	case err == nil:
		w.replaced[a.ID] = true
		if w.successors {
			if before, err = w.oldClaims(a.ID); err != nil {
				return false, err
			}
		}
		// Every row written so far must be stored and indexed before the
		// old version's claims leave the index (with their old text) and
		// the tables.
		if err := w.finish(); err != nil {
			return false, err
		}
		if _, err := w.unindex.ExecContext(w.ctx, a.ID); err != nil {
			return false, fmt.Errorf("search index: %w", err)
		}
		if _, err := w.del.ExecContext(w.ctx, a.ID); err != nil {
			return false, err
		}
		// New rows may now reuse the ids of the deleted ones.
		if err := w.lastRowids(); err != nil {
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
		w.lastQuantity++
		if err := w.qty.add(w.ctx, w.lastQuantity, q.ID, a.ID, q.Quantity.Text, q.Quantity.Start, q.Quantity.End,
			nullF(q.Low), nullF(q.High), q.Qualifier, q.Unit, nullS(q.Change), q.Kind, q.Subject, q.Event,
			q.Sentence.Start, q.Sentence.End, q.UnitBasis); err != nil {
			return false, fmt.Errorf("quantities: %w", err)
		}
		if !q.IsClaim() {
			continue
		}
		w.rowids[q.ID] = w.lastQuantity
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
		var tText, tStart, tEnd, tFrom, tTo any
		if t := q.Time; t != nil {
			tText, tStart, tEnd, tFrom, tTo = t.Text, t.Start, t.End, nullEmpty(t.From), nullEmpty(t.To)
		}
		if err := w.claim.add(w.ctx, q.ID, a.ID, srcID, mention, sStart, sEnd, cue, cStart, cEnd, tText, tStart, tEnd, tFrom, tTo); err != nil {
			return false, fmt.Errorf("claims: %w", err)
		}
		if err := w.index(a, q, w.lastQuantity); err != nil {
			return false, err
		}
	}
	if len(before) > 0 {
		if err := w.follow(r, before); err != nil {
			return false, fmt.Errorf("claim successors: %w", err)
		}
	}
	w.stored = append(w.stored, r)
	return true, nil
}

// index adds the claim to the lookup table of qualifiers (the review app's
// filter) and to the search index, keyed by its quantities rowid.
func (w *writer) index(a *claims.Article, q *claims.Quantity, rowid int64) error {
	if !w.qualifiers[string(q.Qualifier)] {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT OR IGNORE INTO qualifiers(qualifier) VALUES(?)`, q.Qualifier); err != nil {
			return err
		}
		w.qualifiers[string(q.Qualifier)] = true
	}
	var sentence string
	if s, e := q.Sentence.Start, q.Sentence.End; 0 <= s && s <= e && e <= len(a.Text) {
		sentence = a.Text[s:e]
	}
	if err := w.fts.add(w.ctx, rowid, q.Quantity.Text, sentence); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return nil
}

// finish writes the buffered rows (quantities and sources before the
// claims that refer to them), the search index last. It runs before a
// delete and at the end of the batch: FTS5 keeps the terms of consecutive
// inserts in memory and writes them as one index segment at commit, whereas
// any statement with a savepoint in between (a trigger, a delete) makes it
// flush a segment of its own.
func (w *writer) finish() error {
	for _, r := range []struct {
		name string
		ins  *rowInserter
	}{{"quantities", w.qty}, {"sources", w.src}, {"claims", w.claim}, {"search index", w.fts}} {
		if err := r.ins.flush(w.ctx); err != nil {
			return fmt.Errorf("%s: %w", r.name, err)
		}
	}
	return nil
}

// lastRowids reads the largest quantities rowid and sources id; new rows
// are numbered after them.
func (w *writer) lastRowids() error {
	return w.tx.QueryRowContext(w.ctx, `SELECT (SELECT coalesce(max(rowid), 0) FROM quantities),
		(SELECT coalesce(max(id), 0) FROM sources)`).Scan(&w.lastQuantity, &w.lastSource)
}

// rowsPerInsert is how many rows one multi-row INSERT writes at most: one
// statement per row costs more than the row itself (binding, database/sql).
const rowsPerInsert = 32

// rowInserter buffers the rows of one table and inserts them in
// statements of up to max rows. With a cache, the statements are the
// store's, prepared once for its life (stmtCache), and the rows left at
// the end are inserted in statements of a power of two rows each, so that
// a table needs at most log2(max)+1 of them; without one (claims_fts: a
// single statement per batch, see newWriter) each row count is prepared
// once per transaction. The rows of deps (the tables its foreign keys
// point to) are written first.
type rowInserter struct {
	max   int // rows per statement at most
	tx    *sql.Tx
	cache *stmtCache // nil: prepared in tx
	head  string     // INSERT INTO t(columns) VALUES
	cols  int
	stmts map[int]*sql.Stmt // by row count, in tx
	args  []any
	deps  []*rowInserter
}

func newRowInserter(tx *sql.Tx, cache *stmtCache, max int, head string, cols int) *rowInserter {
	return &rowInserter{max: max, tx: tx, cache: cache, head: head, cols: cols, stmts: map[int]*sql.Stmt{}}
}

func (r *rowInserter) add(ctx context.Context, vals ...any) error {
	r.args = append(r.args, vals...)
	if len(r.args) < r.max*r.cols {
		return nil
	}
	return r.flush(ctx)
}

func (r *rowInserter) flush(ctx context.Context) error {
	for _, d := range r.deps {
		if err := d.flush(ctx); err != nil {
			return err
		}
	}
	var err error
	for off := 0; off < len(r.args) && err == nil; {
		n := (len(r.args) - off) / r.cols
		if n < r.max && r.cache != nil {
			n = 1 << (bits.Len(uint(n)) - 1)
		}
		var st *sql.Stmt
		if st, err = r.stmt(ctx, n); err == nil {
			_, err = st.ExecContext(ctx, r.args[off:off+n*r.cols]...)
		}
		off += n * r.cols
	}
	clear(r.args)
	r.args = r.args[:0]
	return err
}

// stmt returns the statement of n rows, in the transaction.
func (r *rowInserter) stmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st := r.stmts[n]; st != nil {
		return st, nil
	}
	q := r.head + placeholders(n, r.cols)
	var st *sql.Stmt
	var err error
	if r.cache != nil {
		st, err = r.cache.stmt(ctx, r.tx, q)
	} else {
		st, err = r.tx.PrepareContext(ctx, q)
	}
	if err != nil {
		return nil, err
	}
	r.stmts[n] = st
	return st, nil
}

func (r *rowInserter) close() {
	for _, st := range r.stmts {
		st.Close()
	}
}

// placeholders is "(?, ?), (?, ?)" for 2 rows of 2 columns.
func placeholders(rows, cols int) string {
	row := "(" + strings.Repeat("?, ", cols-1) + "?)"
	return strings.Repeat(row+", ", rows-1) + row
}

// writeSources stores one row per distinct resolved source name of the
// article's claims, with every mention of it.
func (w *writer) writeSources(articleID string, qs []claims.Quantity) (map[string]int64, error) {
	type agg struct {
		src      *claims.Source
		mentions []claims.Span
		seen     map[claims.Span]bool // (a scan of mentions was quadratic in an article of many)
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
			g = &agg{src: src, seen: map[claims.Span]bool{}}
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
		if m := (claims.Span{Text: src.Mention, Start: src.Start, End: src.End}); !g.seen[m] {
			g.seen[m] = true
			g.mentions = append(g.mentions, m)
		}
	}
	ids := make(map[string]int64, len(order))
	for _, name := range order {
		g := byName[name]
		ms, _ := json.Marshal(g.mentions)
		w.lastSource++
		if err := w.src.add(w.ctx, w.lastSource, articleID, name, g.src.Kind, g.src.Role, g.src.Affiliation, string(ms)); err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
		ids[name] = w.lastSource
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

func nullEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullS(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// IsReadOnly reports whether err means the database cannot be written (a
// read-only file, directory or file system, or a database opened read-only).
func IsReadOnly(err error) bool {
	var e *sqlite.Error
	if errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_READONLY {
		return true
	}
	return false
}
