package review

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// articleInfo is what pages show of an article besides its text.
type articleInfo struct {
	ID, Title, URL, Published string
}

// analysis is the little the server keeps between requests: the analysis
// itself (near-duplicates, copies, comparison groups) lives in the
// database's analysis tables, computed when articles are stored, and every
// page reads one bounded page of it.
type analysis struct {
	version     string // meta articles_version when last refreshed
	checked     time.Time
	orphans     int // current reviews whose claim is no longer extracted
	pending     int // articles stored before the analysis tables, not analysed yet
	unpaired    int // articles whose near-duplicates are not looked up yet
	unstoried   int // articles whose figures are not in stories yet
	backfilling bool
	reattaching bool
	changedAt   time.Time // when articles_version last changed
	menus       map[string][]option
	menusAt     time.Time
}

// refreshEvery bounds how often the cheap checks (pending analysis, menus)
// run; a change of articles_version is acted on at once.
const refreshEvery = 5 * time.Second

// current returns the server's state, first re-attaching reviews to
// re-extracted claims when articles were stored since the last request.
func (s *Server) current(ctx context.Context) (*analysis, error) {
	var v sql.NullString
	err := s.st.DB().QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'articles_version'`).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.analysis
	if a != nil && a.version == v.String && time.Since(a.checked) < refreshEvery {
		return a, nil
	}
	if a == nil {
		a = &analysis{version: "-"}
		s.analysis = a
	}
	if a.version != v.String {
		// Articles were stored: re-attach reviews to re-extracted claims in
		// the background (it reads every current review and may wait for
		// the writer's lock), never in a request.
		if a.version != "-" {
			a.changedAt = time.Now()
		}
		a.version = v.String
		a.menus = nil
		if !a.reattaching {
			a.reattaching = true
			go s.reattach()
		}
	}
	a.checked = time.Now()
	if a.pending, err = s.st.AnalysisPending(ctx); err != nil {
		return nil, err
	}
	if a.unpaired, err = s.st.Unpaired(ctx); err != nil {
		return nil, err
	}
	if a.unstoried, err = s.st.Unstoried(ctx); err != nil {
		return nil, err
	}
	// The background analysis waits until no run has stored articles for
	// runQuiet: it would compete with the run for the write lock.
	if (a.pending > 0 || a.unpaired > 0 || a.unstoried > 0) && !a.backfilling && time.Since(a.changedAt) > runQuiet {
		a.backfilling = true
		go s.backfill()
	}
	return a, nil
}

// reattach moves reviews to the claims they now are and counts those it
// could not place, until the version it saw is the current one.
func (s *Server) reattach() {
	ctx := context.Background()
	for {
		s.mu.Lock()
		v := s.analysis.version
		s.mu.Unlock()
		if moved, orphans, err := s.st.ReattachReviews(ctx); err != nil {
			s.logf("re-attaching reviews: %v", err)
		} else if moved > 0 {
			s.logf("reviews: %d re-attached to re-extracted claims, %d whose claim is gone", moved, orphans)
		}
		var orphans int
		err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM current_reviews WHERE claim_id NOT IN (SELECT id FROM claims)`).Scan(&orphans)
		s.mu.Lock()
		if err == nil {
			s.analysis.orphans = orphans
		}
		if s.analysis.version == v || err != nil {
			s.analysis.reattaching = false
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
	}
}

// runQuiet is how long articles_version must stay unchanged (no run
// storing articles) before serve analyses or pairs in the background.
const runQuiet = 10 * time.Second

// runActive reports whether articles were stored within runQuiet (the
// background analysis then stops until the next request after it).
func (s *Server) runActive() bool {
	var v sql.NullString
	s.st.DB().QueryRowContext(context.Background(), `SELECT value FROM meta WHERE key = 'articles_version'`).Scan(&v)
	s.mu.Lock()
	defer s.mu.Unlock()
	if v.String != s.analysis.version {
		s.analysis.version, s.analysis.changedAt = v.String, time.Now()
		s.analysis.menus = nil
		if !s.analysis.reattaching {
			s.analysis.reattaching = true
			go s.reattach()
		}
	}
	return time.Since(s.analysis.changedAt) <= runQuiet
}

// backfill analyses the articles of a database written before the analysis
// tables existed, then pairs the articles not paired yet with their
// near-duplicates, then puts their figures in stories, a small transaction
// at a time so that reviews and runs
// are never held up for long. A failure (the database busy with a run) ends
// it; the next request after refreshEvery starts it again.
func (s *Server) backfill() {
	defer func() {
		s.mu.Lock()
		s.analysis.backfilling = false
		s.mu.Unlock()
	}()
	for _, step := range []struct {
		what string
		run  func(context.Context, int) (int, error)
	}{{"analysed", s.st.AnalysePending}, {"paired", s.st.PairPending}, {"put in stories the figures of", s.st.StoriesPending}} {
		start, total := time.Now(), 0
		for {
			if s.runActive() {
				return
			}
			n, err := step.run(context.Background(), 50)
			if err != nil {
				s.logf("%s %d stored articles, then: %v", step.what, total, err)
				return
			}
			if n == 0 {
				break
			}
			total += n
		}
		if total > 100 {
			s.logf("%s %d stored articles in %s", step.what, total, time.Since(start).Round(time.Second))
		}
	}
}

// maxConns bounds the server's database connections: each keeps its own
// page cache (16 MiB) and sorts in memory, so 50 browsers with a connection
// each took 1.5 GB. maxPages pages are built at once, the other requests
// wait their turn once (rather than at each of their queries, behind every
// other request's), and a page's queries never wait for a connection.
const (
	maxConns = 8
	maxPages = 3
)

func limitConns(st *sqlite.Store) chan struct{} {
	st.DB().SetMaxOpenConns(maxConns)
	st.DB().SetMaxIdleConns(maxConns)
	return make(chan struct{}, maxPages)
}

// enter waits for a turn to build a page; false when the client left.
// The caller defers the function returned, which logs pages slower than
// slowPage to build.
func (s *Server) enter(r *http.Request) (func(), bool) {
	select {
	case s.gate <- struct{}{}:
	case <-r.Context().Done():
		return nil, false
	}
	start := time.Now()
	return func() {
		<-s.gate
		if d := time.Since(start); d > slowPage {
			s.logf("slow page: %s took %s", r.URL.RequestURI(), d.Round(time.Millisecond))
		}
	}, true
}

// slowPage is the build time above which a page is logged.
const slowPage = 500 * time.Millisecond

// claimsByID loads claims with their sentences, source and cue.
func (s *Server) claimsByID(ctx context.Context, ids []string) (map[string]*claims.Quantity, error) {
	out := map[string]*claims.Quantity{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		if err := s.st.QuantitiesByID(ctx, ids[:n], func(q *claims.Quantity) error {
			c := *q
			out[c.ID] = &c
			return nil
		}); err != nil {
			return nil, err
		}
		ids = ids[n:]
	}
	return out, nil
}

// statusOf returns the current review status of each of the claims.
func (s *Server) statusOf(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT claim_id, status FROM current_reviews WHERE claim_id IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, st string
		if err := rows.Scan(&id, &st); err != nil {
			return nil, err
		}
		out[id] = st
	}
	return out, rows.Err()
}

// articles returns the title, URL and date of each of the articles.
func (s *Server) articles(ctx context.Context, ids []string) (map[string]articleInfo, error) {
	out := map[string]articleInfo{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT id, title, url, published FROM articles WHERE id IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a articleInfo
		if err := rows.Scan(&a.ID, &a.Title, &a.URL, &a.Published); err != nil {
			return nil, err
		}
		out[a.ID] = a
	}
	return out, rows.Err()
}

// claimsWithArticles loads claims by id with their current review status
// and their articles.
func (s *Server) claimsWithArticles(ctx context.Context, ids []string) (map[string]*claims.Quantity, map[string]string, map[string]articleInfo, error) {
	qs, err := s.claimsByID(ctx, ids)
	if err != nil {
		return nil, nil, nil, err
	}
	status, err := s.statusOf(ctx, ids)
	if err != nil {
		return nil, nil, nil, err
	}
	arts, err := s.articlesOf(ctx, qs)
	if err != nil {
		return nil, nil, nil, err
	}
	return qs, status, arts, nil
}

// articlesOf loads the articles of the claims qs.
func (s *Server) articlesOf(ctx context.Context, qs map[string]*claims.Quantity) (map[string]articleInfo, error) {
	var artIDs []string
	for _, q := range qs {
		artIDs = append(artIDs, q.ArticleID)
	}
	return s.articles(ctx, artIDs)
}

// refs loads claims by id, in the order given, as links with their status.
func (s *Server) refs(ctx context.Context, ids []string) ([]claimRef, error) {
	qs, status, arts, err := s.claimsWithArticles(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []claimRef
	for _, id := range ids {
		if q := qs[id]; q != nil {
			out = append(out, ref(q, arts[q.ArticleID], status[id]))
		}
	}
	return out, nil
}

// ids runs a query returning claim ids.
func (s *Server) ids(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.st.DB().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// copyIDs returns the other copies of a claim in near-duplicate articles,
// first limit of them, and how many there are.
func (s *Server) copyIDs(ctx context.Context, id string, limit int) ([]string, int, error) {
	var n int
	if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM claim_copies WHERE rep = (SELECT rep FROM claim_copies WHERE claim_id = ?)`, id).
		Scan(&n); err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return nil, 0, nil
	}
	ids, err := s.ids(ctx, `SELECT claim_id FROM claim_copies WHERE rep = (SELECT rep FROM claim_copies WHERE claim_id = ?1) AND claim_id != ?1
		ORDER BY article_id, start LIMIT ?2`, id, limit)
	return ids, n - 1, err
}

// copiesOf returns, for each of the claims, its first limit other copies
// in near-duplicate articles and how many there are: one query for the
// sets, one per set read through claim_copies_rep in order.
func (s *Server) copiesOf(ctx context.Context, ids []string, limit int) (map[string][]string, map[string]int, error) {
	first, count := map[string][]string{}, map[string]int{}
	if len(ids) == 0 {
		return first, count, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT x.claim_id, x.rep, (SELECT count(*) FROM claim_copies WHERE rep = x.rep)
		FROM claim_copies x WHERE x.claim_id IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args...)
	if err != nil {
		return nil, nil, err
	}
	repOf := map[string]string{}
	for rows.Next() {
		var c, rep string
		var n int
		if err := rows.Scan(&c, &rep, &n); err != nil {
			rows.Close()
			return nil, nil, err
		}
		if n > 1 {
			repOf[c], count[c] = rep, n-1
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	members := map[string][]string{}
	for _, rep := range repOf {
		if _, done := members[rep]; done {
			continue
		}
		m, err := s.ids(ctx, `SELECT claim_id FROM claim_copies WHERE rep = ? ORDER BY article_id, start LIMIT ?`, rep, limit+1)
		if err != nil {
			return nil, nil, err
		}
		members[rep] = m
	}
	for c, rep := range repOf {
		for _, o := range members[rep] {
			if o != c && len(first[c]) < limit {
				first[c] = append(first[c], o)
			}
		}
	}
	return first, count, nil
}

// refMap loads claims by id as links with their status, in three queries.
func (s *Server) refMap(ctx context.Context, ids []string) (map[string]claimRef, error) {
	refs, err := s.refs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]claimRef, len(refs))
	for _, r := range refs {
		out[r.ID] = r
	}
	return out, nil
}

// title is an article's title, or its id when it has none.
func (a articleInfo) title() string {
	if a.Title != "" {
		return a.Title
	}
	return a.ID
}
