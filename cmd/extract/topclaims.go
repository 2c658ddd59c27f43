package main

import (
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
)

// topClaims collects, while a run commits, the claims most worth a look:
// those with a named source first, then the largest. Amounts are only
// ranked against amounts of the same unit (dollars never against euros or
// people): the list takes the largest of each unit in turn, units with the
// most claims first, and shows them by unit. Each unit keeps its n best
// claims and a count, so the cost is bounded by the run, not the database.
type topClaims struct {
	n      int
	byUnit map[string]*unitTop
}

type unitTop struct {
	count int
	best  []claims.Quantity // at most n, best first
}

func newTopClaims(n int) *topClaims { return &topClaims{n: n, byUnit: map[string]*unitTop{}} }

// add takes the claims of one stored article (the pipeline's Committed hook).
func (t *topClaims) add(r *claims.Result) {
	if t.n <= 0 {
		return
	}
	for i := range r.Quantities {
		q := &r.Quantities[i]
		if !q.IsClaim() {
			continue
		}
		u := t.byUnit[q.Unit]
		if u == nil {
			u = &unitTop{}
			t.byUnit[q.Unit] = u
		}
		u.count++
		u.insert(q, t.n)
	}
}

// insert puts q in place among the n best, unless it is there already (an
// article given twice) or ranks below them.
func (u *unitTop) insert(q *claims.Quantity, n int) {
	for i := range u.best {
		if u.best[i].ID == q.ID {
			return
		}
	}
	k := sort.Search(len(u.best), func(i int) bool { return better(q, &u.best[i]) })
	if k >= n {
		return
	}
	c := *q
	c.Sentence.Text = "" // not printed; do not keep the article's text alive
	if len(u.best) < n {
		u.best = append(u.best, claims.Quantity{})
	}
	copy(u.best[k+1:], u.best[k:])
	u.best[k] = c
}

// better: a claim with a source ranks before one without, then the larger.
func better(a, b *claims.Quantity) bool {
	if sa, sb := a.Source != nil, b.Source != nil; sa != sb {
		return sa
	}
	return magnitude(a) > magnitude(b)
}

func magnitude(q *claims.Quantity) float64 {
	switch {
	case q.Low != nil:
		return *q.Low
	case q.High != nil:
		return *q.High
	}
	return 0
}

// print writes the list: up to n claims, taken from each unit in turn.
func (t *topClaims) print(w io.Writer) {
	if t.n <= 0 || len(t.byUnit) == 0 {
		return
	}
	var units []string
	for u := range t.byUnit {
		units = append(units, u)
	}
	sort.Slice(units, func(i, j int) bool {
		if a, b := t.byUnit[units[i]].count, t.byUnit[units[j]].count; a != b {
			return a > b
		}
		return units[i] < units[j]
	})
	taken := map[string]int{}
	for k, left := 0, true; k < t.n && left; {
		left = false
		for _, u := range units {
			if k < t.n && taken[u] < len(t.byUnit[u].best) {
				taken[u]++
				k++
				left = true
			}
		}
	}
	var top []claims.Quantity
	width := 8
	for _, u := range units {
		for _, q := range t.byUnit[u].best[:taken[u]] {
			top = append(top, q)
			width = max(width, utf8.RuneCountInString(q.Quantity.Text))
		}
	}
	fmt.Fprintf(w, "\nTop claims (ranked within each unit):\n")
	for _, q := range top {
		src := "—"
		if q.Source != nil {
			src = q.Source.Name
		}
		fmt.Fprintf(w, "  %-*s %-10s %-28s %-22s %s\n", width, q.Quantity.Text, q.Unit, quote(q.Subject, 28), quote(src, 22), q.ArticleID)
	}
}
