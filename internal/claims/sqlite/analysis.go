package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/compare"
)

// The review app's analysis, kept in tables and computed incrementally,
// never for the whole database at once:
//
//   - when an article is stored (in the same transaction): its LSH bucket
//     keys (article_sigs, lsh_buckets: compare.BandKeys), what each of its
//     claims measures (claim_measures, in cmp_groups whose counts of claims,
//     articles and sources are summed per batch, and counted down by a trigger
//     when claims go) and the units of its claims;
//   - by PairPending, an incremental pass over the articles not paired yet
//     (extract serve runs it in the background): each article's
//     near-duplicates among those stored before it, found by reading its
//     buckets and checking the best candidates exactly (near_duplicates, at
//     most compare.MaxNeighbours per article), and the claims made
//     identically in both (claim_copies: sets of copies; rep is the copy
//     shown, the first by article and position).
//
// A replaced article's rows go with it (foreign keys and triggers; bucket
// rows of a gone article are skipped when read). Databases written before
// migration 4 are analysed by AnalysePending, a bounded batch at a time.
const analysisSchema = `
CREATE TABLE article_sigs (
	aid        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
	shingles   INTEGER NOT NULL,
	paired     INTEGER NOT NULL DEFAULT 0 -- near-duplicates looked up (PairPending)
);
CREATE INDEX article_sigs_unpaired ON article_sigs(aid) WHERE paired = 0;
CREATE TABLE lsh_buckets (
	key INTEGER NOT NULL,
	aid INTEGER NOT NULL,
	PRIMARY KEY (key, aid)
) WITHOUT ROWID;
CREATE TABLE near_duplicates (
	a           TEXT NOT NULL,
	b           TEXT NOT NULL,
	containment REAL NOT NULL,
	PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_b ON near_duplicates(b);
-- An article's pairs go with its signature (which goes with the article):
-- a trigger, not foreign keys, so that inserting a pair checks nothing.
CREATE TRIGGER article_sigs_ad AFTER DELETE ON article_sigs BEGIN
	DELETE FROM near_duplicates WHERE a = old.article_id;
	DELETE FROM near_duplicates WHERE b = old.article_id;
END;

CREATE TABLE claim_copies (
	claim_id   TEXT PRIMARY KEY REFERENCES quantities(id) ON DELETE CASCADE,
	rep        TEXT NOT NULL,
	article_id TEXT NOT NULL,
	start      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_copies_rep ON claim_copies(rep, article_id, start);
-- When the copy shown goes (its article was replaced), the next one is shown.
` + copiesDeleteTrigger + `
CREATE TABLE cmp_groups (
	gid      INTEGER PRIMARY KEY,
	event    TEXT NOT NULL,
	subject  TEXT NOT NULL,
	unit     TEXT NOT NULL,
	claims   INTEGER NOT NULL DEFAULT 0,
	articles INTEGER NOT NULL DEFAULT 0,
	sources  INTEGER NOT NULL DEFAULT 0,
	UNIQUE (event, subject, unit)
);
CREATE INDEX cmp_groups_rank ON cmp_groups(sources DESC, claims DESC, gid);
CREATE TABLE claim_measures (
	claim_id     TEXT PRIMARY KEY REFERENCES quantities(id) ON DELETE CASCADE,
	gid          INTEGER NOT NULL,
	article_id   TEXT NOT NULL,
	source       TEXT NOT NULL, -- lower-cased name; '' when unattributed
	value        REAL NOT NULL,
	subject_text TEXT NOT NULL,
	event_text   TEXT NOT NULL,
	inferred     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_measures_group ON claim_measures(gid, value);
-- How many claims of a group each article (kind 0), source (1) and subject
-- wording (2) has.
CREATE TABLE cmp_group_counts (
	gid   INTEGER NOT NULL,
	kind  INTEGER NOT NULL,
	value TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (gid, kind, value)
) WITHOUT ROWID;
CREATE INDEX cmp_group_counts_n ON cmp_group_counts(gid, kind, n DESC);
CREATE TRIGGER claim_measures_ai AFTER INSERT ON claim_measures BEGIN
	INSERT INTO cmp_group_counts(gid, kind, value, n) VALUES (new.gid, 0, new.article_id, 1), (new.gid, 1, new.source, 1),
		(new.gid, 2, new.subject_text, 1)
		ON CONFLICT(gid, kind, value) DO UPDATE SET n = n + 1;
	UPDATE cmp_groups SET claims = claims + 1,
		articles = articles + ((SELECT n FROM cmp_group_counts WHERE gid = new.gid AND kind = 0 AND value = new.article_id) = 1),
		sources = sources + ((SELECT n FROM cmp_group_counts WHERE gid = new.gid AND kind = 1 AND value = new.source) = 1)
	WHERE gid = new.gid;
END;
` + measuresDeleteTrigger + `
-- The review export and the claim page read an article's claims and an
-- article's reviews: without this index the current-review view scans.
CREATE INDEX IF NOT EXISTS reviews_claim ON reviews(claim_id, id);

-- Bumped by every stored article (a replaced one is stored anew): the review
-- app re-attaches reviews and refreshes what it caches when it changes.
INSERT INTO meta(key, value) VALUES ('articles_version', '0');
CREATE TRIGGER articles_version_ai AFTER INSERT ON articles BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'articles_version';
END;

-- The claims list sorted by date and by value, a page at a time.
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX quantities_claim_value ON quantities(coalesce((low + high) / 2, low, high), id) WHERE kind = 'claim';

-- Each reviewed claim's current status (its latest review), kept by
-- triggers, so that the list filtered by status reads the reviewed claims
-- instead of probing every claim.
CREATE TABLE claim_status (
	claim_id  TEXT PRIMARY KEY,
	status    TEXT NOT NULL,
	review_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_status_status ON claim_status(status, claim_id);
INSERT INTO claim_status(claim_id, status, review_id) SELECT claim_id, status, id FROM current_reviews;
CREATE TRIGGER reviews_status_ai AFTER INSERT ON reviews BEGIN
	INSERT INTO claim_status(claim_id, status, review_id) VALUES (new.claim_id, new.status, new.id)
		ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, review_id = excluded.review_id
		WHERE excluded.review_id > claim_status.review_id;
END;
-- Re-attaching moves reviews to another claim id: both ids are recomputed.
CREATE TRIGGER reviews_status_au AFTER UPDATE OF claim_id, status ON reviews BEGIN
	DELETE FROM claim_status WHERE claim_id IN (old.claim_id, new.claim_id);
	INSERT OR REPLACE INTO claim_status(claim_id, status, review_id)
		SELECT claim_id, status, id FROM reviews r WHERE claim_id IN (old.claim_id, new.claim_id)
			AND id = (SELECT max(id) FROM reviews WHERE claim_id = r.claim_id);
END;

-- The units claims are given in, for the review app's filter menu (reading
-- them off quantities scans the table).
CREATE TABLE claim_units (
	unit TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO claim_units(unit) SELECT DISTINCT unit FROM quantities WHERE kind = 'claim';

-- Set while articles stored before this migration wait for AnalysePending.
INSERT INTO meta(key, value) SELECT 'analysis_pending', '0' WHERE EXISTS (SELECT 1 FROM articles);
`

// measuresDeleteTrigger counts a deleted claim_measures row (a replaced
// article's) out of its group (migrations 4 and 14).
// copiesDeleteTrigger shows the next copy when the copy shown goes (the
// analysis schema, and migration 15 that rebuilds claim_copies).
const copiesDeleteTrigger = `CREATE TRIGGER claim_copies_ad AFTER DELETE ON claim_copies WHEN old.rep = old.claim_id BEGIN
	UPDATE claim_copies SET rep = (SELECT claim_id FROM claim_copies WHERE rep = old.rep ORDER BY article_id, start LIMIT 1)
	WHERE rep = old.rep;
END;
`

const measuresDeleteTrigger = `CREATE TRIGGER claim_measures_ad AFTER DELETE ON claim_measures BEGIN
	UPDATE cmp_group_counts SET n = n - 1 WHERE gid = old.gid AND kind = 0 AND value = old.article_id;
	UPDATE cmp_group_counts SET n = n - 1 WHERE gid = old.gid AND kind = 1 AND value = old.source;
	UPDATE cmp_group_counts SET n = n - 1 WHERE gid = old.gid AND kind = 2 AND value = old.subject_text;
	UPDATE cmp_groups SET claims = claims - 1,
		articles = articles - ((SELECT n FROM cmp_group_counts WHERE gid = old.gid AND kind = 0 AND value = old.article_id) = 0),
		sources = sources - ((SELECT n FROM cmp_group_counts WHERE gid = old.gid AND kind = 1 AND value = old.source) = 0)
	WHERE gid = old.gid;
	DELETE FROM cmp_group_counts WHERE gid = old.gid AND kind IN (0, 1, 2) AND value IN (old.article_id, old.source, old.subject_text) AND n <= 0;
END;
`

// analyser computes the analysis of stored articles inside a write
// transaction.
type analyser struct {
	txStmts
	gids   map[compare.Key]int64
	units  map[string]bool // in claim_units
	bucket *sql.Stmt       // the members of the buckets of one article (preparePairing)
	textOf *sql.Stmt
	claims *sql.Stmt
	pairs  *rowInserter
	// claim_measures rows, written a batch at a time
	measureRows *rowInserter
	cache       *sketchCache
	inserts     *stmtCache    // the store's multi-row inserts (rowInserter)
	memo        *compare.Memo // claims' measures and words, for matching copies
}

// sketch is what pairing needs of a stored article: its shingles and its
// claims with their sentences.
type sketch struct {
	shingles []uint64
	claims   []*claims.Quantity
}

// sketchCache keeps the sketches of recently analysed articles, keyed by
// their article_sigs aid (never reused) and id: a new article's candidates
// are mostly recent ones, which would otherwise be read and shingled again
// for every article that finds them. Bounded: cleared when full.
type sketchCache struct {
	mu sync.Mutex
	m  map[sketchKey]*sketch
}

type sketchKey struct {
	aid int64
	id  string
}

const sketchCacheSize = 4096

func (c *sketchCache) get(k sketchKey) *sketch {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func (c *sketchCache) put(k sketchKey, s *sketch) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= sketchCacheSize {
		c.m = make(map[sketchKey]*sketch, sketchCacheSize)
	}
	c.m[k] = s
}

// newAnalyser analyses in tx, with the store's statements (stmts; nil for
// a transaction on a connection of its own, backgroundTx).
func newAnalyser(ctx context.Context, tx *sql.Tx, cache *sketchCache, stmts *stmtCache) *analyser {
	a := &analyser{txStmts: newTxStmts(ctx, tx), gids: map[compare.Key]int64{}, units: map[string]bool{}, cache: cache, memo: compare.NewMemo(), inserts: stmts}
	a.pairs = newRowInserter(tx, stmts, 16, `INSERT OR IGNORE INTO near_duplicates(a, b, containment) VALUES `, 3)
	a.measureRows = newRowInserter(tx, stmts, rowsPerInsert, `INSERT OR REPLACE INTO claim_measures(qrow, claim_id, gid, article_id, source, value,
		subject_text, event_text, inferred) VALUES `, 9)
	return a
}

// Rows per multi-row statement of the analysis at ingest.
const (
	bucketsPerInsert = 256
	sigsPerInsert    = 64
	countsPerInsert  = 256
	groupsPerUpdate  = 256
)

// preparePairing prepares the statements that pairing (PairPending) reads
// with; storing articles does not need them.
func (a *analyser) preparePairing() error {
	// One statement reads every bucket of an article, each up to BucketCap
	// most recent members, with the member's article id.
	var parts []string
	for i := 0; i < compare.Bands; i++ {
		parts = append(parts, fmt.Sprintf(`SELECT * FROM (SELECT aid FROM lsh_buckets WHERE key = ?%d AND aid < ?%d ORDER BY aid DESC LIMIT %d)`,
			i+1, compare.Bands+1, compare.BucketCap))
	}
	var err error
	// Counted in SQL: only the best candidates come back to Go.
	if a.bucket, err = a.tx.PrepareContext(a.ctx, `SELECT b.aid, s.article_id, b.n FROM (SELECT aid, count(*) AS n FROM (`+
		strings.Join(parts, " UNION ALL ")+`) GROUP BY aid ORDER BY n DESC, aid DESC LIMIT `+fmt.Sprint(compare.MaxCandidates+1)+`) b
		JOIN article_sigs s ON s.aid = b.aid ORDER BY b.n DESC, b.aid DESC`); err != nil {
		return err
	}
	if a.textOf, err = a.tx.PrepareContext(a.ctx, `SELECT text FROM articles WHERE id = ?`); err != nil {
		return err
	}
	a.claims, err = a.tx.PrepareContext(a.ctx, quantitiesQuery(`WHERE q.article_id = ? AND q.kind = 'claim'`))
	return err
}

func (a *analyser) close() {
	for _, st := range []*sql.Stmt{a.bucket, a.textOf, a.claims} {
		if st != nil {
			st.Close()
		}
	}
	for _, st := range a.stmts {
		st.Close()
	}
	for _, r := range []*rowInserter{a.pairs, a.measureRows} {
		if r != nil {
			r.close()
		}
	}
}

// article analyses one stored article: its buckets and near-duplicates,
// the claims it shares with them, and what its claims measure. qs are its
// claims with their sentences.
// prepared is the CPU part of an article's analysis, computed before the
// transaction's serial part (in parallel for a batch).
type prepared struct {
	sh       []uint64
	keys     []int64
	measures []measure // one per claim of qs
}

type measure struct {
	m     compare.Measure
	ok    bool
	value float64
}

func prepare(text string, qs []*claims.Quantity) *prepared {
	p := &prepared{sh: compare.Shingles(text)}
	p.keys = compare.BandKeys(p.sh)
	p.measures = make([]measure, len(qs))
	for i, q := range qs {
		v := compare.Value(q)
		if !q.IsClaim() || math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		m, ok := compare.Of(q)
		p.measures[i] = measure{m, ok, v}
	}
	return p
}

// prepareAll prepares n articles on every core.
func prepareAll(n int, get func(i int) (string, []*claims.Quantity)) []*prepared {
	out := make([]*prepared, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				text, qs := get(i)
				out[i] = prepare(text, qs)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// analysed is an article to analyse: its id, its claims with their
// sentences and their quantities rowids, and the CPU part of its analysis.
type analysed struct {
	id   string
	qs   []*claims.Quantity
	rows []int64
	p    *prepared
}

// articles analyses stored articles (distinct ids): their signatures,
// their bucket keys and what their claims measure, each table written in
// multi-row statements for the whole batch. The keys wait in lsh_pending
// until flushBuckets moves them into lsh_buckets, many batches at a time
// (buckets.go).
func (a *analyser) articles(arts []analysed) error {
	// Signatures, numbered by SQLite (AUTOINCREMENT) in the order given.
	pending := newRowInserter(a.tx, a.inserts, sigsPerInsert, `INSERT INTO lsh_pending(aid, keys) VALUES `, 2)
	defer pending.close()
	for lo := 0; lo < len(arts); lo += sigsPerInsert {
		hi := min(lo+sigsPerInsert, len(arts))
		args := make([]any, 0, 2*(hi-lo))
		for _, x := range arts[lo:hi] {
			args = append(args, x.id, len(x.p.sh))
		}
		st, err := a.stmt(`INSERT INTO article_sigs(article_id, shingles) VALUES ` + placeholders(hi-lo, 2) + ` RETURNING aid, article_id`)
		if err != nil {
			return fmt.Errorf("analysis: %w", err)
		}
		rows, err := st.QueryContext(a.ctx, args...)
		if err != nil {
			return fmt.Errorf("analysis: %w", err)
		}
		byID := make(map[string]int64, hi-lo)
		for rows.Next() {
			var aid int64
			var id string
			if err := rows.Scan(&aid, &id); err != nil {
				rows.Close()
				return fmt.Errorf("analysis: %w", err)
			}
			byID[id] = aid
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("analysis: %w", err)
		}
		for i := lo; i < hi; i++ {
			aid := byID[arts[i].id]
			if aid == 0 {
				return fmt.Errorf("analysis: article %s: no signature row", arts[i].id)
			}
			if keys := encodeKeys(arts[i].p.keys); keys != nil {
				if err := pending.add(a.ctx, aid, keys); err != nil {
					return fmt.Errorf("analysis: %w", err)
				}
			}
		}
	}
	if err := pending.flush(a.ctx); err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	if err := a.measures(arts); err != nil {
		return fmt.Errorf("measures: %w", err)
	}
	return nil
}

// pair looks a stored article up in the buckets of the articles stored
// before it, checks the best candidates, and records its near-duplicates and
// the claims it shares with them.
func (a *analyser) pair(id string, aid int64, sh []uint64, keys []int64, qs []*claims.Quantity) error {
	args := make([]any, len(keys)+1)
	for i, k := range keys {
		args[i] = k
	}
	args[len(keys)] = aid
	rows, err := a.bucket.QueryContext(a.ctx, args...)
	if err != nil {
		return err
	}
	var cands []compare.Candidate[sketchKey]
	for rows.Next() {
		var c compare.Candidate[sketchKey]
		if err := rows.Scan(&c.ID.aid, &c.ID.id, &c.Hits); err != nil {
			rows.Close()
			return err
		}
		if c.ID.aid != aid && len(cands) < compare.MaxCandidates {
			cands = append(cands, c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var ferr error
	sketches := map[sketchKey]*sketch{}
	found := compare.Verify(sh, cands, func(k sketchKey) []uint64 {
		sk, err := a.sketch(k)
		if err != nil && ferr == nil {
			ferr = err
		}
		if sk == nil {
			return nil
		}
		sketches[k] = sk
		return sk.shingles
	})
	if ferr != nil {
		return ferr
	}
	own := &sketch{shingles: sh}
	for _, q := range qs { // copies: the caller may reuse its results
		c := *q
		own.claims = append(own.claims, &c)
	}
	a.cache.put(sketchKey{aid, id}, own)
	for _, n := range found {
		x, y := id, n.ID.id
		if x > y {
			x, y = y, x
		}
		if err := a.pairs.add(a.ctx, x, y, n.Containment); err != nil {
			return err
		}
	}
	if err := a.pairs.flush(a.ctx); err != nil {
		return err
	}
	if len(qs) == 0 {
		return nil
	}
	for _, n := range found {
		theirs := sketches[n.ID].claims
		if len(theirs) == 0 {
			continue
		}
		shared := a.memo.SharedClaims([]compare.Pair{{A: id, B: n.ID.id}}, map[string][]*claims.Quantity{id: qs, n.ID.id: theirs})
		for _, s := range shared {
			for _, c := range s.Claims[1:] {
				if err := a.join(s.Claims[0], c); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (a *analyser) queryRow(q string, args []any, dest ...any) error {
	st, err := a.stmt(q)
	if err != nil {
		return err
	}
	return st.QueryRowContext(a.ctx, args...).Scan(dest...)
}

// sketch returns a stored article's shingles and claims, from the cache or
// the database; nil when the article is gone.
func (a *analyser) sketch(k sketchKey) (*sketch, error) {
	if sk := a.cache.get(k); sk != nil {
		return sk, nil
	}
	var t string
	if err := a.textOf.QueryRowContext(a.ctx, k.id).Scan(&t); err == sql.ErrNoRows {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	sk := &sketch{shingles: compare.Shingles(t)}
	rows, err := a.claims.QueryContext(a.ctx, k.id)
	if err != nil {
		return nil, err
	}
	err = scanRows(rows, func(q *claims.Quantity) error {
		c := *q
		sk.claims = append(sk.claims, &c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	a.cache.put(k, sk)
	return sk, nil
}

// join puts two copies of a claim in one set.
func (a *analyser) join(x, y *claims.Quantity) error {
	rep := func(q *claims.Quantity) (string, string, int, error) {
		var r, art string
		var start int
		err := a.queryRow(`SELECT r.claim_id, r.article_id, r.start FROM claim_copies c JOIN claim_copies r ON r.claim_id = c.rep
			WHERE c.claim_id = ?`, []any{q.ID}, &r, &art, &start)
		if err == sql.ErrNoRows {
			err = a.exec(`INSERT INTO claim_copies(claim_id, rep, article_id, start) VALUES(?, ?, ?, ?)`,
				q.ID, q.ID, q.ArticleID, q.Quantity.Start)
			return q.ID, q.ArticleID, q.Quantity.Start, err
		}
		return r, art, start, err
	}
	rx, ax, sx, err := rep(x)
	if err != nil {
		return err
	}
	ry, ay, sy, err := rep(y)
	if err != nil || rx == ry {
		return err
	}
	keep, drop := rx, ry
	if ay < ax || ay == ax && sy < sx {
		keep, drop = ry, rx
	}
	return a.exec(`UPDATE claim_copies SET rep = ? WHERE rep = ?`, keep, drop)
}

// countKey is a row of cmp_group_counts: how many claims of group gid
// an article (kind 0), a source (1) or a subject wording (2) has.
type countKey struct {
	gid   int64
	kind  int
	value string
}

// measures records what each claim of the articles measures, in its
// comparison group, and keeps the groups' counts: the counts a batch adds
// are summed here and applied with one upsert per count row and one update
// per group (the trigger that kept them row by row cost more than the rows).
// Deleted rows (a replaced article's) are counted down by a trigger.
func (a *analyser) measures(arts []analysed) error {
	c := &groupCounts{deltas: map[countKey]int{}, groups: map[int64]*[3]int{}}
	for _, x := range arts {
		for i, q := range x.qs {
			if err := a.measure(q, x.rows[i], &x.p.measures[i], c); err != nil {
				return err
			}
		}
	}
	if err := a.measureRows.flush(a.ctx); err != nil {
		return err
	}
	if err := a.upsertCounts(c); err != nil {
		return err
	}
	return a.updateGroups(c)
}

// groupCounts is what a batch adds to the comparison groups: per count row
// (group, kind, value) its delta, and per group its claims, new articles
// and new sources (written in key and group order).
type groupCounts struct {
	deltas map[countKey]int
	keys   []countKey
	groups map[int64]*[3]int
	gorder []int64
}

func (c *groupCounts) count(k countKey) {
	if _, ok := c.deltas[k]; !ok {
		c.keys = append(c.keys, k)
	}
	c.deltas[k]++
}

// measure writes the claim_measures row of one claim (row: its quantities
// rowid; m: what prepare found it measures) and counts it in its group.
func (a *analyser) measure(q *claims.Quantity, row int64, m *measure, c *groupCounts) error {
	if q.IsClaim() && !a.units[q.Unit] {
		if err := a.exec(`INSERT OR IGNORE INTO claim_units(unit) VALUES(?)`, q.Unit); err != nil {
			return err
		}
		a.units[q.Unit] = true
	}
	if !m.ok {
		return nil
	}
	gid, ok := a.gids[m.m.Key]
	if !ok {
		if err := a.queryRow(`INSERT INTO cmp_groups(event, subject, unit) VALUES(?, ?, ?)
				ON CONFLICT(event, subject, unit) DO UPDATE SET event = excluded.event RETURNING gid`,
			[]any{m.m.Event, m.m.Subject, m.m.Unit}, &gid); err != nil {
			return err
		}
		a.gids[m.m.Key] = gid
	}
	src := ""
	if q.Source != nil {
		src = strings.ToLower(q.Source.Name)
	}
	inferred := 0
	if m.m.Inferred {
		inferred = 1
	}
	subject := strings.ToLower(strings.TrimSpace(m.m.SubjectText))
	if err := a.measureRows.add(a.ctx, row, q.ID, gid, q.ArticleID, src, m.value, subject, m.m.EventText, inferred); err != nil {
		return err
	}
	g := c.groups[gid]
	if g == nil {
		g = &[3]int{}
		c.groups[gid] = g
		c.gorder = append(c.gorder, gid)
	}
	g[0]++
	c.count(countKey{gid, 0, q.ArticleID})
	c.count(countKey{gid, 1, src})
	c.count(countKey{gid, 2, subject})
	return nil
}

// upsertCounts adds the batch's count rows: a row whose count after the
// upsert is what this batch added is new, a new article or source of its
// group. The rows go in key order, so that each page of the table (keyed
// by group, a random place for each claim of a batch) is read and written
// once per batch, its rows together.
func (a *analyser) upsertCounts(c *groupCounts) error {
	slices.SortFunc(c.keys, func(x, y countKey) int {
		return cmp.Or(cmp.Compare(x.gid, y.gid), cmp.Compare(x.kind, y.kind), strings.Compare(x.value, y.value))
	})
	for lo := 0; lo < len(c.keys); lo += countsPerInsert {
		hi := min(lo+countsPerInsert, len(c.keys))
		args := make([]any, 0, 4*(hi-lo))
		for _, k := range c.keys[lo:hi] {
			args = append(args, k.gid, k.kind, k.value, c.deltas[k])
		}
		st, err := a.stmt(`INSERT INTO cmp_group_counts(gid, kind, value, n) VALUES ` + placeholders(hi-lo, 4) +
			` ON CONFLICT(gid, kind, value) DO UPDATE SET n = n + excluded.n RETURNING gid, kind, value, n`)
		if err != nil {
			return err
		}
		rows, err := st.QueryContext(a.ctx, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k countKey
			var n int
			if err := rows.Scan(&k.gid, &k.kind, &k.value, &n); err != nil {
				rows.Close()
				return err
			}
			if k.kind < 2 && n == c.deltas[k] {
				c.groups[k.gid][k.kind+1]++
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// updateGroups adds the batch's claims, new articles and new sources to
// their groups, one update per groupsPerUpdate groups, in group order.
func (a *analyser) updateGroups(c *groupCounts) error {
	slices.Sort(c.gorder)
	for lo := 0; lo < len(c.gorder); lo += groupsPerUpdate {
		hi := min(lo+groupsPerUpdate, len(c.gorder))
		args := make([]any, 0, 4*(hi-lo))
		for _, gid := range c.gorder[lo:hi] {
			g := c.groups[gid]
			args = append(args, gid, g[0], g[1], g[2])
		}
		if err := a.exec(`UPDATE cmp_groups SET claims = claims + d.column2, articles = articles + d.column3, sources = sources + d.column4
			FROM (VALUES `+placeholders(hi-lo, 4)+`) AS d WHERE cmp_groups.gid = d.column1`, args...); err != nil {
			return err
		}
	}
	return nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// articleClaims reads an article's claims with their sentences, source and
// cue.
func articleClaims(ctx context.Context, db querier, articleID string) ([]*claims.Quantity, error) {
	var out []*claims.Quantity
	err := scanQuantities(ctx, db, `WHERE q.article_id = ? AND q.kind = 'claim'`, []any{articleID}, func(q *claims.Quantity) error {
		c := *q
		out = append(out, &c)
		return nil
	})
	return out, err
}

// claimRowids reads the quantities rowids of an article's claims qs.
func claimRowids(ctx context.Context, db querier, articleID string, qs []*claims.Quantity) ([]int64, error) {
	rs, err := db.QueryContext(ctx, `SELECT id, rowid FROM quantities WHERE article_id = ? AND kind = 'claim'`, articleID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	rowOf := map[string]int64{}
	for rs.Next() {
		var id string
		var row int64
		if err := rs.Scan(&id, &row); err != nil {
			return nil, err
		}
		rowOf[id] = row
	}
	rows := make([]int64, len(qs))
	for i, q := range qs {
		rows[i] = rowOf[q.ID]
	}
	return rows, rs.Err()
}

// AnalysisPending reports how many stored articles still wait for their
// analysis (a database written before the analysis tables existed).
func (s *Store) AnalysisPending(ctx context.Context) (int, error) {
	var flag sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'analysis_pending'`).Scan(&flag)
	if err == sql.ErrNoRows || err == nil && !flag.Valid {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM article_sigs)`).Scan(&n)
	return max(n, 0), err
}

// AnalysePending analyses up to limit stored articles that have no analysis
// yet, in one transaction, and returns how many it did; 0 once every
// article is analysed (it then clears the pending mark, so later calls cost
// one lookup). Articles written by this program are analysed when stored:
// only databases from before the analysis tables need this.
func (s *Store) AnalysePending(ctx context.Context, limit int) (int, error) {
	var cursor int64
	err := s.db.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'analysis_pending'`).Scan(&cursor)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	tx, done, err := s.backgroundTx(ctx)
	if err != nil {
		return 0, err
	}
	defer done()
	// The articles after the cursor (a rowid) without a signature.
	rows, err := tx.QueryContext(ctx, `SELECT a.rowid, a.id, a.text FROM articles a
		WHERE a.rowid > ? AND NOT EXISTS (SELECT 1 FROM article_sigs s WHERE s.article_id = a.id)
		ORDER BY a.rowid LIMIT ?`, cursor, limit)
	if err != nil {
		return 0, err
	}
	type art struct{ id, text string }
	var todo []art
	last := cursor
	for rows.Next() {
		var x art
		if err := rows.Scan(&last, &x.id, &x.text); err != nil {
			rows.Close()
			return 0, err
		}
		todo = append(todo, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(todo) == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM meta WHERE key = 'analysis_pending'`)
		if err == nil {
			err = tx.Commit()
		}
		return 0, err
	}
	an := newAnalyser(ctx, tx, s.sketches, nil)
	defer an.close()
	qss := make([][]*claims.Quantity, len(todo))
	rowss := make([][]int64, len(todo))
	for i, x := range todo {
		if qss[i], err = articleClaims(ctx, tx, x.id); err != nil {
			return 0, err
		}
		if rowss[i], err = claimRowids(ctx, tx, x.id, qss[i]); err != nil {
			return 0, err
		}
	}
	pre := prepareAll(len(todo), func(i int) (string, []*claims.Quantity) { return todo[i].text, qss[i] })
	arts := make([]analysed, len(todo))
	for i, x := range todo {
		arts[i] = analysed{x.id, qss[i], rowss[i], pre[i]}
	}
	if err := an.articles(arts); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'analysis_pending'`, last); err != nil {
		return 0, err
	}
	return len(todo), tx.Commit()
}

// openImmediate opens the database for one background write transaction
// that takes the write lock when it begins (BEGIN IMMEDIATE), waiting for it
// up to the busy timeout: a transaction that reads first and writes later
// fails at once when another writer committed in between.
func (s *Store) openImmediate() (*sql.DB, error) {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "temp_store(MEMORY)", "cache_size(-16384)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+s.path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// backgroundTx begins a background write transaction on its own
// connection (openImmediate); done rolls back what was not committed and
// closes the connection.
func (s *Store) backgroundTx(ctx context.Context) (tx *sql.Tx, done func(), err error) {
	db, err := s.openImmediate()
	if err != nil {
		return nil, nil, err
	}
	if tx, err = db.BeginTx(ctx, nil); err != nil {
		db.Close()
		return nil, nil, err
	}
	return tx, func() { tx.Rollback(); db.Close() }, nil
}

// Unpaired reports how many stored articles wait for PairPending.
func (s *Store) Unpaired(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM article_sigs WHERE paired = 0`).Scan(&n)
	return n, err
}

// PairPending finds the near-duplicates of up to limit stored articles not
// paired yet, oldest first, each among the articles stored before it (LSH
// candidates from its buckets, checked exactly), records them and the claims
// they share, and returns how many articles it paired. Storing an article
// computes its signature, buckets and measures; pairing, most of the cost,
// is left to this incremental pass (run by `extract serve` in the
// background), so that `extract run` does not pay for it.
func (s *Store) PairPending(ctx context.Context, limit int) (int, error) {
	tx, done, err := s.backgroundTx(ctx)
	if err != nil {
		return 0, err
	}
	defer done()
	rows, err := tx.QueryContext(ctx, `SELECT s.aid, s.article_id, a.text FROM article_sigs s JOIN articles a ON a.id = s.article_id
		WHERE s.paired = 0 ORDER BY s.aid LIMIT ?`, limit)
	if err != nil {
		return 0, err
	}
	type art struct {
		aid      int64
		id, text string
	}
	var todo []art
	for rows.Next() {
		var x art
		if err := rows.Scan(&x.aid, &x.id, &x.text); err != nil {
			rows.Close()
			return 0, err
		}
		todo = append(todo, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(todo) == 0 {
		return 0, err
	}
	// The bucket keys still waiting in article_sigs go into lsh_buckets
	// first: pairing reads the buckets of every article before its own.
	if _, err := flushBuckets(ctx, tx, nil); err != nil {
		return 0, fmt.Errorf("buckets: %w", err)
	}
	an := newAnalyser(ctx, tx, s.sketches, nil)
	defer an.close()
	if err := an.preparePairing(); err != nil {
		return 0, err
	}
	qss := make([][]*claims.Quantity, len(todo))
	for i, x := range todo {
		if qss[i], err = articleClaims(ctx, tx, x.id); err != nil {
			return 0, err
		}
	}
	pre := prepareAll(len(todo), func(i int) (string, []*claims.Quantity) { return todo[i].text, qss[i] })
	for i, x := range todo {
		if pre[i].keys != nil {
			if err := an.pair(x.id, x.aid, pre[i].sh, pre[i].keys, qss[i]); err != nil {
				return 0, fmt.Errorf("near-duplicates of %s: %w", x.id, err)
			}
		}
		if err := an.exec(`UPDATE article_sigs SET paired = 1 WHERE aid = ?`, x.aid); err != nil {
			return 0, err
		}
	}
	return len(todo), tx.Commit()
}

// analyse runs the analysis of the articles this writer stored.
func (w *writer) analyse() error {
	if len(w.stored) == 0 {
		return nil
	}
	an := newAnalyser(w.ctx, w.tx, w.sketches, w.inserts)
	defer an.close()
	last := map[string]int{} // an article written twice in the batch: its last version
	for i, r := range w.stored {
		last[r.Article.ID] = i
	}
	type job struct {
		r    *claims.Result
		qs   []*claims.Quantity
		rows []int64
	}
	var jobs []job
	for i, r := range w.stored {
		if last[r.Article.ID] != i {
			continue
		}
		var qs []*claims.Quantity
		var rows []int64
		for i := range r.Quantities {
			q := &r.Quantities[i]
			if !q.IsClaim() {
				continue
			}
			rows = append(rows, w.rowids[q.ID])
			if q.Sentence.Text == "" && 0 <= q.Sentence.Start && q.Sentence.Start <= q.Sentence.End && q.Sentence.End <= len(r.Article.Text) {
				c := *q
				c.Sentence.Text = r.Article.Text[q.Sentence.Start:q.Sentence.End]
				q = &c
			}
			qs = append(qs, q)
		}
		jobs = append(jobs, job{r, qs, rows})
	}
	pre := prepareAll(len(jobs), func(i int) (string, []*claims.Quantity) { return jobs[i].r.Article.Text, jobs[i].qs })
	arts := make([]analysed, len(jobs))
	for i, j := range jobs {
		arts[i] = analysed{j.r.Article.ID, j.qs, j.rows, pre[i]}
	}
	if err := an.articles(arts); err != nil {
		return err
	}
	for _, p := range pre {
		if len(p.keys) > 0 {
			w.keyed++
		}
	}
	w.stored = w.stored[:0]
	clear(w.rowids)
	return nil
}
