package review

import (
	"context"
	"net/http"
	"sort"
	"strconv"
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

// countFacets counts, over the first maxFacetClaims+1 claims of the list's
// query (from and args as queryList builds them), their units, qualifiers,
// review statuses and how many have a source; within countBudget, else
// what it read so far.
func (s *Server) countFacets(ctx context.Context, from string, args []any, fc *facetCounts) error {
	cctx, cancel := context.WithTimeout(ctx, facetBudget)
	defer cancel()
	rows, err := s.st.DB().QueryContext(cctx, `SELECT q2.unit, q2.qualifier, c2.source_id IS NOT NULL, coalesce(cs2.status, ''),
		coalesce(e2.name, s2.name, ''), q2.article_id
		FROM (SELECT c.id AS id`+from+` LIMIT `+strconv.Itoa(maxFacetClaims+1)+`) x
		JOIN quantities q2 ON q2.id = x.id JOIN claims c2 ON c2.id = x.id LEFT JOIN claim_status cs2 ON cs2.claim_id = x.id
		LEFT JOIN sources s2 ON s2.id = c2.source_id LEFT JOIN entity_aliases ea2 ON ea2.alias = s2.name AND ea2.kind = s2.kind
		LEFT JOIN entities e2 ON e2.id = ea2.entity_id`, args...)
	if err != nil {
		if ctx.Err() == nil && cctx.Err() != nil {
			return nil // too slow to count: no counts
		}
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if fc.Read == maxFacetClaims {
			fc.Read++ // more than counted
			break
		}
		var unit, qual, status, source, article string
		var attributed bool
		if err := rows.Scan(&unit, &qual, &attributed, &status, &source, &article); err != nil {
			if ctx.Err() == nil && cctx.Err() != nil {
				break // out of time (the rows close when it runs out): what was read
			}
			return err
		}
		if source != "" {
			fc.Sources[source]++
		}
		fc.Articles[article]++
		fc.Read++
		fc.Units[unit]++
		fc.Qualifiers[qual]++
		fc.Statuses[status]++
		if attributed {
			fc.Attributed++
		}
	}
	if err := rows.Err(); err != nil && !(ctx.Err() == nil && cctx.Err() != nil) {
		return err
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
