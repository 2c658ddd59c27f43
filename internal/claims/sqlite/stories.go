package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/compare"
	"github.com/factcheck/extract/internal/extract/text"
)

// Stories: the figures of each comparison group split into stories
// (compare.LinkStories gives the definition), kept in tables and grown a
// batch of articles at a time by StoriesPending, which extract serve runs in
// the background after pairing (near-duplicates are story keys):
//
//   - stories: one row per story, with its group, counts of claims, articles
//     and sources, the days it covers, its value range, its most frequent
//     names, and shown (1: figures from two articles or sources, 2: two
//     figures of one article and source, 0: a lone figure);
//   - story_claims: each claim's story, with what the pages read of it;
//   - story_keys: each claim's story keys (its article, its source entity,
//     the names of its sentence and title; its near-duplicate articles are
//     looked up, not stored)
//     with the days it refers to, the index a new figure's candidates are
//     looked up in: per key at most storyCandidates figures of the group
//     that begin within compare.StoryWindow days and storyPeriods that
//     begin before, so that a figure costs at most (storyCandidates +
//     storyPeriods) × its keys rows read whatever the database's size;
//   - story_name_df: in how many articles each name was found, for
//     compare.Common (an entity's count is entities.sources);
//   - stories_fts: the stories' names, for the compare page's search.
//
// A story grows to at most maxStoryClaims figures: a link that would merge
// two stories past it is not followed (the figure joins the larger). When
// a re-run replaces an article, its claims leave their stories (a trigger)
// and the stories are recounted by the next pass; a story that such a claim
// linked stays whole. Document frequencies grow as articles come: a name
// links stories until it becomes common, and links made before stay.
const storiesSchema = `
CREATE TABLE stories (
	sid      INTEGER PRIMARY KEY,
	gid      INTEGER NOT NULL,
	claims   INTEGER NOT NULL DEFAULT 0,
	articles INTEGER NOT NULL DEFAULT 0,
	sources  INTEGER NOT NULL DEFAULT 0,
	day_from INTEGER, -- days since 1970-01-01; NULL when unknown
	day_to   INTEGER,
	low      REAL,
	high     REAL,
	names    TEXT NOT NULL DEFAULT '', -- "name<TAB>figures" lines, most figures first
	shown    INTEGER NOT NULL DEFAULT 0,
	dirty    INTEGER NOT NULL DEFAULT 0 -- a claim left it: recount
);
CREATE INDEX stories_rank ON stories(shown, sources DESC, claims DESC, sid);
CREATE INDEX stories_group ON stories(gid, shown, sources DESC, claims DESC, sid);
CREATE INDEX stories_dirty ON stories(sid) WHERE dirty = 1;
CREATE TABLE story_claims (
	claim_id   TEXT PRIMARY KEY,
	sid        INTEGER NOT NULL,
	article_id TEXT NOT NULL,
	source     TEXT NOT NULL, -- its entity, else its lower-cased name; '' when unattributed
	value      REAL NOT NULL,
	day_from   INTEGER NOT NULL,
	day_to     INTEGER NOT NULL
) WITHOUT ROWID;
-- a story's figures in time (its page, a page at a time), covering its
-- value summary
CREATE INDEX story_claims_sid ON story_claims(sid, day_from, value DESC, source, article_id);
-- is the article, the source new to the story (its counts kept as figures come)
CREATE INDEX story_claims_article ON story_claims(sid, article_id);
CREATE INDEX story_claims_source ON story_claims(sid, source);
CREATE TABLE story_keys (
	gid      INTEGER NOT NULL,
	key      TEXT NOT NULL,
	day_from INTEGER NOT NULL,
	claim_id TEXT NOT NULL,
	day_to   INTEGER NOT NULL,
	PRIMARY KEY (gid, key, day_from, claim_id)
) WITHOUT ROWID;
CREATE TABLE story_name_df (
	name     TEXT PRIMARY KEY,
	articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE stories_fts USING fts5(names, tokenize='unicode61 remove_diacritics 2');
-- A replaced article's claims leave their stories, which are recounted.
CREATE TRIGGER claim_measures_story_ad AFTER DELETE ON claim_measures BEGIN
	DELETE FROM story_claims WHERE claim_id = old.claim_id;
END;
CREATE TRIGGER story_claims_ad AFTER DELETE ON story_claims BEGIN
	UPDATE stories SET dirty = 1 WHERE sid = old.sid;
END;
-- The last article_sigs.aid grouped into stories.
INSERT INTO meta(key, value) VALUES ('stories_aid', '0');
`

// Bounds of the story pass.
const (
	storyCandidates = 16   // figures read per key lookup, that begin within the window
	storyPeriods    = 32   // and that begin before it
	maxStoryClaims  = 5000 // figures of one story at most
	storyNamesKept  = 8    // names kept per story
)

// Unstoried reports how many analysed articles wait for StoriesPending.
func (s *Store) Unstoried(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM article_sigs
		WHERE aid > (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'stories_aid')`).Scan(&n)
	return n, err
}

// storyFig is a claim being placed in a story.
type storyFig struct {
	id, article, source string
	gid                 int64
	value               float64
	from, to            int
	keys                []string
	names               []compare.Name
}

// storyPass is one transaction of StoriesPending.
type storyPass struct {
	txStmts
	sizes   map[int64]int                        // figures per story, as this pass changes them
	names   map[int64]map[string]*storyNameCount // names per touched story
	touched map[int64]bool                       // names, shown and search to rewrite
	recount map[int64]bool                       // counts to recompute (merged, or a figure left)
	total   int                                  // articles analysed, for compare.Common
}

type storyNameCount struct {
	display string
	n       int
}

// StoryMergedInto returns the story a merged story's figures went to (a
// link to the old one leads there), or false when sid was never merged.
func (s *Store) StoryMergedInto(ctx context.Context, sid int64) (int64, bool, error) {
	var into int64
	err := s.db.QueryRowContext(ctx, `SELECT into_sid FROM story_merges WHERE sid = ?`, sid).Scan(&into)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return into, err == nil, err
}

// StoriesPending places the claims of up to limit analysed articles (in
// the order they were analysed, once paired) in stories, recounts the
// stories that changed, and returns how many articles it did (when none
// waited, how many stories it recounted); 0 when nothing waits.
func (s *Store) StoriesPending(ctx context.Context, limit int) (int, error) {
	tx, done, err := s.backgroundTx(ctx)
	if err != nil {
		return 0, err
	}
	defer done()
	var cursor int64
	if err := tx.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'stories_aid'`).Scan(&cursor); err != nil {
		return 0, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.aid, s.article_id, s.paired, a.title, a.published, a.text FROM article_sigs s
		JOIN articles a ON a.id = s.article_id WHERE s.aid > ? ORDER BY s.aid LIMIT ?`, cursor, limit)
	if err != nil {
		return 0, err
	}
	type art struct {
		aid                        int64
		id, title, published, text string
	}
	var todo []art
	for rows.Next() {
		var x art
		var paired bool
		if err := rows.Scan(&x.aid, &x.id, &paired, &x.title, &x.published, &x.text); err != nil {
			rows.Close()
			return 0, err
		}
		if !paired {
			break // its near-duplicates are story keys: wait for pairing
		}
		todo = append(todo, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	p := &storyPass{txStmts: newTxStmts(ctx, tx), sizes: map[int64]int{},
		names: map[int64]map[string]*storyNameCount{}, touched: map[int64]bool{}, recount: map[int64]bool{}}
	defer func() {
		for _, st := range p.stmts {
			st.Close()
		}
	}()
	if len(todo) > 0 {
		nlp, err := text.LoadNLP()
		if err != nil {
			return 0, err
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM article_sigs`).Scan(&p.total); err != nil {
			return 0, err
		}
		// Each article's figures and names; the names' document
		// frequencies first, for the whole batch.
		figs := make([][]*storyFig, len(todo))
		for i, x := range todo {
			if figs[i], err = p.figures(nlp, x.id, x.title, x.published, x.text); err != nil {
				return 0, fmt.Errorf("stories of %s: %w", x.id, err)
			}
		}
		// names are common among the articles in stories, this batch's
		// included (their document frequencies count no others: during a
		// backfill, all analysed articles would make every name rare)
		var storied int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM article_sigs WHERE aid <= ?`, todo[len(todo)-1].aid).Scan(&storied); err != nil {
			return 0, err
		}
		common, err := p.countNames(figs, storied)
		if err != nil {
			return 0, err
		}
		for i, x := range todo {
			for _, f := range figs[i] {
				if err := p.place(f, common); err != nil {
					return 0, fmt.Errorf("stories of %s: %w", x.id, err)
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'stories_aid'`, todo[len(todo)-1].aid); err != nil {
			return 0, err
		}
	}
	// Stories a replaced article's claims left.
	dirty, err := queryInts(ctx, tx, `SELECT sid FROM stories WHERE dirty = 1 LIMIT 1000`)
	if err != nil {
		return 0, err
	}
	for _, sid := range dirty {
		p.touched[sid], p.recount[sid] = true, true
	}
	if err := p.finish(); err != nil {
		return 0, err
	}
	if len(todo) == 0 && len(dirty) == 0 {
		return 0, nil
	}
	if len(todo) == 0 {
		return len(dirty), tx.Commit() // stories recounted: there may be more
	}
	return len(todo), tx.Commit()
}

func queryInts(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	return column[int64](tx.QueryContext(ctx, q, args...))
}

// column reads the one column of rows (closing them) into a slice.
func column[T any](rows *sql.Rows, err error) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// figures reads an article's claims that have a measure, with their keys
// before common names are left out.
func (p *storyPass) figures(nlp *text.NLP, id, title, published, body string) ([]*storyFig, error) {
	st, err := p.stmt(`SELECT m.claim_id, m.gid, m.value, coalesce(c.time_from, ''), coalesce(c.time_to, ''), q.sentence_start, q.sentence_end,
		coalesce(s.name, ''), coalesce(ea.entity_id, ''), coalesce(e.sources, 0)
		FROM quantities q JOIN claim_measures m ON m.qrow = q.rowid JOIN claims c ON c.id = q.id
		LEFT JOIN sources s ON s.id = c.source_id
		LEFT JOIN entity_aliases ea ON ea.alias = s.name AND ea.kind = s.kind
		LEFT JOIN entities e ON e.id = ea.entity_id
		WHERE q.article_id = ? AND q.kind = 'claim' ORDER BY q.start`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(p.ctx, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*storyFig
	sentNames := map[[2]int][]compare.Name{}
	var titleNames []compare.Name
	titleDone := false
	dups, err := p.nearDuplicates(id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		f := &storyFig{article: id}
		var tf, tt, src, entity string
		var ss, se, entitySources int
		if err := rows.Scan(&f.id, &f.gid, &f.value, &tf, &tt, &ss, &se, &src, &entity, &entitySources); err != nil {
			return nil, err
		}
		f.from, f.to = compare.Days(tf, tt, published)
		f.keys = append(f.keys, compare.ArticleKey(id))
		for _, d := range dups {
			f.keys = append(f.keys, compare.ArticleKey(d))
		}
		switch {
		case entity != "":
			f.source = "e:" + entity
			if !compare.Common(entitySources, p.total) {
				f.keys = append(f.keys, compare.SourceKey(entity))
			}
		case src != "":
			f.source = strings.ToLower(src)
		}
		k := [2]int{ss, se}
		ns, ok := sentNames[k]
		if !ok {
			if 0 <= ss && ss <= se && se <= len(body) {
				ns = compare.Names(nlp, body[ss:se])
			}
			sentNames[k] = ns
		}
		if !titleDone {
			titleNames, titleDone = compare.TitleNames(nlp, title), true
		}
		f.names = append([]compare.Name{}, ns...)
		for _, n := range titleNames {
			if !slices.ContainsFunc(f.names, func(m compare.Name) bool { return m.Key == n.Key }) {
				f.names = append(f.names, n)
			}
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// nearDuplicates lists the articles paired with id.
func (p *storyPass) nearDuplicates(id string) ([]string, error) {
	st, err := p.stmt(`SELECT b FROM near_duplicates WHERE a = ?1 UNION SELECT a FROM near_duplicates WHERE b = ?1`)
	if err != nil {
		return nil, err
	}
	return column[string](st.QueryContext(p.ctx, id))
}

// countNames adds the batch's articles to the names' document frequencies
// and returns the set of names now common among total articles.
func (p *storyPass) countNames(figs [][]*storyFig, total int) (map[string]bool, error) {
	common := map[string]bool{}
	for _, fs := range figs {
		seen := map[string]bool{}
		for _, f := range fs {
			for _, n := range f.names {
				if seen[n.Key] {
					continue
				}
				seen[n.Key] = true
				st, err := p.stmt(`INSERT INTO story_name_df(name, articles) VALUES (?, 1)
					ON CONFLICT(name) DO UPDATE SET articles = articles + 1 RETURNING articles`)
				if err != nil {
					return nil, err
				}
				var df int
				if err := st.QueryRowContext(p.ctx, n.Key).Scan(&df); err != nil {
					return nil, err
				}
				common[n.Key] = compare.Common(df, total)
			}
		}
	}
	return common, nil
}

// place puts a figure in a story: the stories of the figures it links
// with, merged (the largest kept), or a new one.
func (p *storyPass) place(f *storyFig, common map[string]bool) error {
	for _, n := range f.names {
		if !common[n.Key] {
			f.keys = append(f.keys, compare.NameKey(n.Key))
		}
	}
	sids, err := p.candidates(f)
	if err != nil {
		return err
	}
	keep, err := p.join(f, sids)
	if err != nil {
		return err
	}
	if !p.recount[keep] {
		// the story's counts, kept as figures come (a merge recounts)
		if err := p.count(keep, f); err != nil {
			return err
		}
	}
	if err := p.exec(`INSERT OR REPLACE INTO story_claims(claim_id, sid, article_id, source, value, day_from, day_to) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		f.id, keep, f.article, f.source, f.value, f.from, f.to); err != nil {
		return err
	}
	for _, k := range f.keys {
		if compare.IsArticleKey(k) && k != compare.ArticleKey(f.article) {
			continue // a near-duplicate's key: looked up, not stored (its own figures carry it)
		}
		if err := p.exec(`INSERT OR IGNORE INTO story_keys(gid, key, day_from, claim_id, day_to) VALUES (?, ?, ?, ?, ?)`,
			f.gid, k, f.from, f.id, f.to); err != nil {
			return err
		}
	}
	p.sizes[keep]++
	p.touched[keep] = true
	ns, err := p.storyNames(keep)
	if err != nil {
		return err
	}
	for _, n := range f.names {
		if common[n.Key] {
			continue
		}
		c := ns[n.Key]
		if c == nil {
			c = &storyNameCount{display: n.Display}
			ns[n.Key] = c
		}
		c.n++
	}
	return nil
}

// candidates lists the stories of the figures a figure links with, in the
// order met. Per key: the latest storyCandidates figures that begin within
// the window, and among the storyPeriods figures that began before it (up
// to MaxPeriod days), those whose period reaches into it; each an index
// range read, at most storyCandidates + storyPeriods rows; the keys of
// claims a re-run removed (still in story_keys) are passed over, so they
// take no candidate's place.
func (p *storyPass) candidates(f *storyFig) ([]int64, error) {
	look, err := p.stmt(`SELECT DISTINCT sc.sid FROM (
		SELECT * FROM (SELECT sk.claim_id FROM story_keys sk JOIN story_claims live ON live.claim_id = sk.claim_id
			WHERE sk.gid = ?1 AND sk.key = ?2 AND sk.day_from BETWEEN ?3 AND ?4
			ORDER BY sk.day_from DESC LIMIT ` + strconv.Itoa(storyCandidates) + `)
		UNION ALL
		SELECT claim_id FROM (SELECT sk.claim_id, sk.day_to FROM story_keys sk JOIN story_claims live ON live.claim_id = sk.claim_id
			WHERE sk.gid = ?1 AND sk.key = ?2 AND sk.day_from BETWEEN ?5 AND ?3 - 1
			ORDER BY sk.day_from DESC LIMIT ` + strconv.Itoa(storyPeriods) + `) WHERE day_to >= ?3
		) k JOIN story_claims sc ON sc.claim_id = k.claim_id`)
	if err != nil {
		return nil, err
	}
	lo, hi := f.from-compare.StoryWindow, f.to+compare.StoryWindow
	var sids []int64
	seen := map[int64]bool{}
	for _, k := range f.keys {
		rows, err := look.QueryContext(p.ctx, f.gid, k, lo, hi, lo-compare.MaxPeriod)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var sid int64
			if err := rows.Scan(&sid); err != nil {
				rows.Close()
				return nil, err
			}
			if !seen[sid] {
				seen[sid] = true
				sids = append(sids, sid)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return sids, nil
}

// join returns the story a figure joins: the largest of its candidates,
// with the others merged into it while they fit in maxStoryClaims, or a new
// story when there is none or the largest is full.
func (p *storyPass) join(f *storyFig, sids []int64) (int64, error) {
	newStory := func() (int64, error) {
		st, err := p.stmt(`INSERT INTO stories(gid) VALUES (?) RETURNING sid`)
		if err != nil {
			return 0, err
		}
		var sid int64
		if err := st.QueryRowContext(p.ctx, f.gid).Scan(&sid); err != nil {
			return 0, err
		}
		p.sizes[sid] = 0
		return sid, nil
	}
	if len(sids) == 0 {
		return newStory()
	}
	for _, sid := range sids {
		if _, err := p.size(sid); err != nil {
			return 0, err
		}
	}
	sort.Slice(sids, func(i, j int) bool {
		if p.sizes[sids[i]] != p.sizes[sids[j]] {
			return p.sizes[sids[i]] > p.sizes[sids[j]]
		}
		return sids[i] < sids[j]
	})
	keep := sids[0]
	for _, other := range sids[1:] {
		if p.sizes[keep]+p.sizes[other]+1 > maxStoryClaims {
			continue
		}
		if err := p.merge(keep, other); err != nil {
			return 0, err
		}
	}
	if p.sizes[keep]+1 > maxStoryClaims {
		return newStory() // full: a story of its own
	}
	return keep, nil
}

// size is a story's figure count, read once per pass.
func (p *storyPass) size(sid int64) (int, error) {
	if n, ok := p.sizes[sid]; ok {
		return n, nil
	}
	st, err := p.stmt(`SELECT count(*) FROM story_claims WHERE sid = ?`)
	if err != nil {
		return 0, err
	}
	var n int
	err = st.QueryRowContext(p.ctx, sid).Scan(&n)
	p.sizes[sid] = n
	return n, err
}

// storyNames returns a story's name counts, read from its row once.
func (p *storyPass) storyNames(sid int64) (map[string]*storyNameCount, error) {
	if ns := p.names[sid]; ns != nil {
		return ns, nil
	}
	ns := map[string]*storyNameCount{}
	st, err := p.stmt(`SELECT names FROM stories WHERE sid = ?`)
	if err != nil {
		return nil, err
	}
	var s string
	if err := st.QueryRowContext(p.ctx, sid).Scan(&s); err != nil && err != sql.ErrNoRows {
		return nil, err
	}
	for _, n := range ParseStoryNames(s) {
		ns[strings.ToLower(n.Name)] = &storyNameCount{display: n.Name, n: n.Figures}
	}
	p.names[sid] = ns
	return ns, nil
}

// merge moves story other's figures into keep.
func (p *storyPass) merge(keep, other int64) error {
	if err := p.exec(`UPDATE story_claims SET sid = ? WHERE sid = ?`, keep, other); err != nil {
		return err
	}
	if err := p.exec(`DELETE FROM stories WHERE sid = ?`, other); err != nil {
		return err
	}
	if err := p.exec(`DELETE FROM stories_fts WHERE rowid = ?`, other); err != nil {
		return err
	}
	// a link to other (or to a story merged into it before) leads to keep
	if err := p.exec(`UPDATE story_merges SET into_sid = ? WHERE into_sid = ?`, keep, other); err != nil {
		return err
	}
	if err := p.exec(`INSERT OR REPLACE INTO story_merges(sid, into_sid) VALUES (?, ?)`, other, keep); err != nil {
		return err
	}
	kn, err := p.storyNames(keep)
	if err != nil {
		return err
	}
	on, err := p.storyNames(other)
	if err != nil {
		return err
	}
	for k, c := range on {
		if x := kn[k]; x != nil {
			x.n += c.n
		} else {
			kn[k] = c
		}
	}
	delete(p.names, other)
	p.sizes[keep] += p.sizes[other]
	delete(p.sizes, other)
	delete(p.touched, other)
	delete(p.recount, other)
	p.touched[keep], p.recount[keep] = true, true
	return nil
}

// count adds a figure to its story's counts, days and range, before its
// row is written.
func (p *storyPass) count(sid int64, f *storyFig) error {
	var newArticle, newSource int
	st, err := p.stmt(`SELECT NOT EXISTS (SELECT 1 FROM story_claims WHERE sid = ?1 AND article_id = ?2),
		?3 != '' AND NOT EXISTS (SELECT 1 FROM story_claims WHERE sid = ?1 AND source = ?3)`)
	if err != nil {
		return err
	}
	if err := st.QueryRowContext(p.ctx, sid, f.article, f.source).Scan(&newArticle, &newSource); err != nil {
		return err
	}
	var from, to any
	if f.from != compare.UnknownDay {
		from, to = f.from, f.to
	}
	return p.exec(`UPDATE stories SET claims = claims + 1, articles = articles + ?2, sources = sources + ?3,
		day_from = coalesce(min(day_from, ?4), day_from, ?4), day_to = coalesce(max(day_to, ?5), day_to, ?5),
		low = coalesce(min(low, ?6), ?6), high = coalesce(max(high, ?6), ?6) WHERE sid = ?1`,
		sid, newArticle, newSource, from, to, f.value)
}

// finish recounts the stories merged or left by a figure, and writes the
// names, shown flag and search entry of every story touched.
func (p *storyPass) finish() error {
	sids := make([]int64, 0, len(p.touched))
	for sid := range p.touched {
		sids = append(sids, sid)
	}
	sort.Slice(sids, func(i, j int) bool { return sids[i] < sids[j] })
	agg, err := p.stmt(`SELECT count(*), count(DISTINCT article_id), count(DISTINCT nullif(source, '')),
		min(nullif(day_from, ` + strconv.Itoa(compare.UnknownDay) + `)), max(nullif(day_to, ` + strconv.Itoa(compare.UnknownDay) + `)), min(value), max(value)
		FROM story_claims WHERE sid = ?`)
	if err != nil {
		return err
	}
	for _, sid := range sids {
		var n, arts, srcs int
		if p.recount[sid] {
			var from, to sql.NullInt64
			var low, high sql.NullFloat64
			if err := agg.QueryRowContext(p.ctx, sid).Scan(&n, &arts, &srcs, &from, &to, &low, &high); err != nil {
				return err
			}
			if err := p.exec(`UPDATE stories SET claims = ?, articles = ?, sources = ?, day_from = ?, day_to = ?, low = ?, high = ?, dirty = 0
				WHERE sid = ?`, n, arts, srcs, from, to, low, high, sid); err != nil {
				return err
			}
		} else if err := p.tx.QueryRowContext(p.ctx, `SELECT claims, articles, sources FROM stories WHERE sid = ?`, sid).Scan(&n, &arts, &srcs); err != nil {
			return err
		}
		if err := p.exec(`DELETE FROM stories_fts WHERE rowid = ?`, sid); err != nil {
			return err
		}
		if n == 0 {
			if err := p.exec(`DELETE FROM stories WHERE sid = ?`, sid); err != nil {
				return err
			}
			continue
		}
		shown := 0
		switch {
		case n >= 2 && (arts >= 2 || srcs >= 2):
			shown = 1
		case n >= 2:
			shown = 2
		}
		names := ""
		if ns := p.names[sid]; ns != nil {
			names = formatStoryNames(ns)
		} else if err := p.tx.QueryRowContext(p.ctx, `SELECT names FROM stories WHERE sid = ?`, sid).Scan(&names); err != nil {
			return err
		}
		if err := p.exec(`UPDATE stories SET names = ?, shown = ? WHERE sid = ?`, names, shown, sid); err != nil {
			return err
		}
		if names != "" {
			var words []string
			for _, sn := range ParseStoryNames(names) {
				words = append(words, sn.Name)
			}
			if err := p.exec(`INSERT INTO stories_fts(rowid, names) VALUES (?, ?)`, sid, strings.Join(words, " · ")); err != nil {
				return err
			}
		}
	}
	return nil
}

// StoryName is a name of a story and how many of its figures carry it.
type StoryName struct {
	Name    string
	Figures int
}

// ParseStoryNames reads stories.names.
func ParseStoryNames(s string) []StoryName {
	var out []StoryName
	for _, line := range strings.Split(s, "\n") {
		name, n, ok := strings.Cut(line, "\t")
		if !ok || name == "" {
			continue
		}
		k, _ := strconv.Atoi(n)
		out = append(out, StoryName{name, k})
	}
	return out
}

func formatStoryNames(ns map[string]*storyNameCount) string {
	type kv struct {
		key string
		c   *storyNameCount
	}
	var all []kv
	for k, c := range ns {
		all = append(all, kv{k, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c.n != all[j].c.n {
			return all[i].c.n > all[j].c.n
		}
		// a longer name first ("Omar Mateen" before "Mateen"), then by name
		if len(all[i].key) != len(all[j].key) {
			return len(all[i].key) > len(all[j].key)
		}
		return all[i].key < all[j].key
	})
	var b strings.Builder
	for i, x := range all {
		if i == storyNamesKept {
			break
		}
		fmt.Fprintf(&b, "%s\t%d\n", strings.ReplaceAll(x.c.display, "\t", " "), x.c.n)
	}
	return b.String()
}
