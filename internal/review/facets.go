package review

import (
	"context"
	"net/http"
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
}

// countFacets counts, over the first maxFacetClaims+1 claims of the list's
// query (from and args as queryList builds them), their units, qualifiers,
// review statuses and how many have a source; within countBudget, else
// what it read so far.
func (s *Server) countFacets(ctx context.Context, from string, args []any, fc *facetCounts) error {
	cctx, cancel := context.WithTimeout(ctx, facetBudget)
	defer cancel()
	rows, err := s.st.DB().QueryContext(cctx, `SELECT q2.unit, q2.qualifier, c2.source_id IS NOT NULL, coalesce(cs2.status, '')
		FROM (SELECT c.id AS id`+from+` LIMIT `+strconv.Itoa(maxFacetClaims+1)+`) x
		JOIN quantities q2 ON q2.id = x.id JOIN claims c2 ON c2.id = x.id LEFT JOIN claim_status cs2 ON cs2.claim_id = x.id`, args...)
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
		var unit, qual, status string
		var attributed bool
		if err := rows.Scan(&unit, &qual, &attributed, &status); err != nil {
			return err
		}
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
	fc := &facetCounts{Units: map[string]int{}, Qualifiers: map[string]int{}, Statuses: map[string]int{}}
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
	if more {
		data["FacetNote"] = "n+: counted among the first " + strconv.Itoa(maxFacetClaims) + " claims of this filter"
	}
	return nil
}
