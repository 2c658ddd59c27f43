package review

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"
)

// maxFacetClaims bounds the claims the facet counts read: they are exact
// for a filter matching fewer, counts among its first maxFacetClaims
// otherwise (the page says so).
const maxFacetClaims = 1000

// facetBudget is how long the facet counts may take; slower, the page goes
// without them (a variable: tests on a slow machine lift it).
var facetBudget = 2 * countBudget

// facetCounts are the counts shown beside the list's filters.
type facetCounts struct {
	Read       int // claims read (maxFacetClaims+1: more)
	Units      map[string]int
	Qualifiers map[string]int
	Statuses   map[string]int // "" is not reviewed
	Attributed int
	Sources    map[string]int // by entity name, else source name
	Articles   map[string]int // by article id
}

// facetTop is how many sources and articles the facets list.
const facetTop = 5

// facetLink is a value of the source or article facet: how many claims of
// the filter it has, and the filter narrowed to it.
type facetLink struct {
	Label, Link string
	N           int
}

// filterIDs reads the ids of the first maxCounted+1 claims of a filter
// (from: the count's FROM … WHERE … as queryList builds it) within budget;
// complete is false when it ran out of time.
func (s *Server) filterIDs(ctx context.Context, from string, args []any, budget time.Duration) (ids []string, complete bool, err error) {
	cctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	tooSlow := func() bool { return ctx.Err() == nil && cctx.Err() != nil }
	rows, err := s.st.DB().QueryContext(cctx, `SELECT c.id`+from+` LIMIT `+strconv.Itoa(maxCounted+1), args...)
	if err != nil {
		if tooSlow() {
			return nil, false, nil
		}
		return nil, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			if tooSlow() {
				return ids, false, nil
			}
			return nil, false, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		if tooSlow() {
			return ids, false, nil
		}
		return nil, false, err
	}
	return ids, true, nil
}

// listMemo keeps, for one request, the claims a filter's count read, so
// that the facets count among them instead of running the filter again
// (a search's prefix is set up once).
type listMemo struct {
	mu  sync.Mutex
	ids map[string][]string // by filter (listFilter.values(1))
}

type listMemoKey struct{}

// withListMemo gives r's context a memo for the list's queries.
func withListMemo(r *http.Request) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), listMemoKey{}, &listMemo{ids: map[string][]string{}}))
}

// listMemoOf is ctx's memo, or nil (which remembers nothing).
func listMemoOf(ctx context.Context) *listMemo {
	m, _ := ctx.Value(listMemoKey{}).(*listMemo)
	return m
}

func (m *listMemo) get(key string) ([]string, bool) {
	if m == nil {
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	ids, ok := m.ids[key]
	return ids, ok
}

func (m *listMemo) put(key string, ids []string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ids[key] = ids
}

// countFacets counts the units, qualifiers, review statuses, sources and
// articles of the claims ids (the filter's first maxFacetClaims+1, read by
// filterIDs), and how many have a source; within facetBudget, else what it
// read so far.
func (s *Server) countFacets(ctx context.Context, ids []string, fc *facetCounts) error {
	fc.Read = len(ids) // maxFacetClaims+1: more than counted
	if len(ids) > maxFacetClaims {
		ids = ids[:maxFacetClaims]
	}
	if len(ids) == 0 {
		return nil
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, facetBudget)
	defer cancel()
	rows, err := s.st.DB().QueryContext(cctx, `SELECT q2.unit, q2.qualifier, c2.source_id IS NOT NULL, coalesce(cs2.status, ''),
		coalesce(e2.name, s2.name, ''), q2.article_id
		FROM json_each(?) x
		JOIN quantities q2 ON q2.id = x.value JOIN claims c2 ON c2.id = x.value LEFT JOIN claim_status cs2 ON cs2.claim_id = x.value
		LEFT JOIN sources s2 ON s2.id = c2.source_id LEFT JOIN entity_aliases ea2 ON ea2.alias = s2.name AND ea2.kind = s2.kind
		LEFT JOIN entities e2 ON e2.id = ea2.entity_id`, string(js))
	if err != nil {
		fc.Read = 0
		if ctx.Err() == nil && cctx.Err() != nil {
			return nil // too slow to count: no counts
		}
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var unit, qual, status, source, article string
		var attributed bool
		if err := rows.Scan(&unit, &qual, &attributed, &status, &source, &article); err != nil {
			if ctx.Err() == nil && cctx.Err() != nil {
				fc.Read = maxFacetClaims + 1 // out of time: at least what was read
				break
			}
			return err
		}
		if source != "" {
			fc.Sources[source]++
		}
		fc.Articles[article]++
		fc.Units[unit]++
		fc.Qualifiers[qual]++
		fc.Statuses[status]++
		if attributed {
			fc.Attributed++
		}
	}
	if err := rows.Err(); err != nil {
		if !(ctx.Err() == nil && cctx.Err() != nil) {
			return err
		}
		fc.Read = maxFacetClaims + 1
	}
	return nil
}

// facets adds the counts to the list's menus (copies: the menus are
// cached) and the counts of the checkboxes.
func (s *Server) facets(r *http.Request, f listFilter, data map[string]any) error {
	fc := &facetCounts{Units: map[string]int{}, Qualifiers: map[string]int{}, Statuses: map[string]int{},
		Sources: map[string]int{}, Articles: map[string]int{}}
	g := f
	g.facets, g.each = fc, nil
	if _, _, _, err := s.queryList(r.Context(), g); err != nil {
		return err
	}
	if fc.Read == 0 {
		return nil
	}
	more := fc.Read > maxFacetClaims
	n := func(k int) string {
		if more {
			return " (" + strconv.Itoa(k) + "+)" // at least: counted among the first maxFacetClaims
		}
		return " (" + strconv.Itoa(k) + ")"
	}
	label := func(key string, counts map[string]int) {
		opts, _ := data[key].([]option)
		out := make([]option, len(opts))
		for i, o := range opts {
			out[i] = o
			out[i].Label = o.Label + n(counts[o.Value])
		}
		data[key] = out
	}
	label("Units", fc.Units)
	label("Qualifiers", fc.Qualifiers)
	label("Statuses", fc.Statuses)
	data["FacetUnreviewed"] = n(fc.Statuses[""])
	data["FacetAttributed"] = n(fc.Attributed)
	// The sources and articles with the most claims of the filter, each a
	// link to the filter narrowed to it (none when the filter has one).
	if f.Source == "" {
		var links []facetLink
		for _, k := range topKeys(fc.Sources, facetTop) {
			g := f
			g.Source = k
			links = append(links, facetLink{Label: k, N: fc.Sources[k], Link: "/?" + g.values(1).Encode()})
		}
		data["FacetSources"] = links
	}
	if f.Article == "" {
		ids := topKeys(fc.Articles, facetTop)
		arts, err := s.articles(r.Context(), ids)
		if err != nil {
			return err
		}
		var links []facetLink
		for _, k := range ids {
			g := f
			g.Article = k
			links = append(links, facetLink{Label: arts[k].title(), N: fc.Articles[k], Link: "/?" + g.values(1).Encode()})
		}
		data["FacetArticles"] = links
	}
	data["FacetMore"] = more
	if more {
		data["FacetNote"] = "n+: counted among the first " + strconv.Itoa(maxFacetClaims) + " claims of this filter"
	}
	return nil
}

// topKeys are the n keys with the largest counts (then by key).
func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}
