package review

import (
	"context"
	"fmt"
	"sort"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/compare"
)

// articleInfo is what pages show of an article besides its text.
type articleInfo struct {
	ID, Title, URL, Published string
}

// analysis is everything computed over the whole database: comparison
// groups, near-duplicate articles and their shared claims. It is rebuilt
// when the database changes (see fingerprint).
type analysis struct {
	fp       string
	claims   map[string]*claims.Quantity
	articles map[string]articleInfo
	groups   []compare.Group
	groupOf  map[string]*compare.Group // claim id → its comparison group
	pairs    []compare.Pair
	dupOf    map[string][]string // article id → ids of its near-duplicates
	shared   []compare.Shared    // claims made identically in near-duplicate articles
	sharedOf map[string]int      // claim id → index in shared
	hidden   map[string]struct{} // claim ids shown under another copy (not the first of their shared group)
}

// fingerprint changes whenever articles are added, replaced or deleted:
// the store deletes and reinserts an article whose content changed, which
// gives it a new rowid.
func fingerprint(ctx context.Context, st *sqlite.Store) (string, error) {
	var n, maxRow, nq int64
	err := st.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT coalesce(max(rowid), 0) FROM articles),
		(SELECT count(*) FROM quantities)`).Scan(&n, &maxRow, &nq)
	return fmt.Sprintf("%d/%d/%d", n, maxRow, nq), err
}

// current returns the analysis of the database as it is now; when the
// database has changed since the last one, reviews are first re-attached to
// re-extracted claims.
func (s *Server) current(ctx context.Context) (*analysis, error) {
	fp, err := fingerprint(ctx, s.st)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.analysis != nil && s.analysis.fp == fp {
		return s.analysis, nil
	}
	if moved, orphans, err := s.st.ReattachReviews(ctx); err != nil {
		return nil, fmt.Errorf("re-attaching reviews: %w", err)
	} else if moved > 0 || orphans > 0 {
		s.logf("reviews: %d re-attached to re-extracted claims, %d whose claim is gone", moved, orphans)
	}
	a, err := analyse(ctx, s.st)
	if err != nil {
		return nil, err
	}
	a.fp = fp
	s.analysis = a
	return a, nil
}

func analyse(ctx context.Context, st *sqlite.Store) (*analysis, error) {
	a := &analysis{claims: map[string]*claims.Quantity{}, articles: map[string]articleInfo{}, groupOf: map[string]*compare.Group{},
		dupOf: map[string][]string{}, sharedOf: map[string]int{}, hidden: map[string]struct{}{}}
	var docs []compare.Doc
	if err := st.Articles(ctx, func(x *claims.Article) error {
		a.articles[x.ID] = articleInfo{ID: x.ID, Title: x.Title, URL: x.URL, Published: x.Published}
		docs = append(docs, compare.Doc{ID: x.ID, Text: x.Text})
		return nil
	}); err != nil {
		return nil, err
	}
	var all []*claims.Quantity
	byArticle := map[string][]*claims.Quantity{}
	if err := st.Quantities(ctx, sqlite.Filter{ClaimsOnly: true}, func(q *claims.Quantity) error {
		c := *q
		all = append(all, &c)
		a.claims[c.ID] = &c
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], &c)
		return nil
	}); err != nil {
		return nil, err
	}
	a.pairs = compare.NearDuplicates(docs)
	for _, p := range a.pairs {
		a.dupOf[p.A] = append(a.dupOf[p.A], p.B)
		a.dupOf[p.B] = append(a.dupOf[p.B], p.A)
	}
	a.shared = compare.SharedClaims(a.pairs, byArticle)
	for i, sh := range a.shared {
		for j, q := range sh.Claims {
			a.sharedOf[q.ID] = i
			if j > 0 {
				a.hidden[q.ID] = struct{}{}
			}
		}
	}
	a.groups = compare.Build(all, 2)
	for i := range a.groups {
		for _, m := range a.groups[i].Members {
			a.groupOf[m.Q.ID] = &a.groups[i]
		}
	}
	return a, nil
}

// hiddenIDs lists the claim ids shown under another copy, sorted.
func (a *analysis) hiddenIDs() []string {
	out := make([]string, 0, len(a.hidden))
	for id := range a.hidden {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// copies returns the other copies of a claim in near-duplicate articles.
func (a *analysis) copies(id string) []*claims.Quantity {
	i, ok := a.sharedOf[id]
	if !ok {
		return nil
	}
	var out []*claims.Quantity
	for _, q := range a.shared[i].Claims {
		if q.ID != id {
			out = append(out, q)
		}
	}
	return out
}

// title is an article's title, or its id when it has none.
func (a *analysis) title(id string) string {
	if t := a.articles[id].Title; t != "" {
		return t
	}
	return id
}
