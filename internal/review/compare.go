package review

import (
	"math"
	"net/http"
	"net/url"
	"strconv"

	"github.com/factcheck/extract/internal/claims"
)

// axis maps a group's values onto 0–300 SVG units: linear over the
// group's range (so that 99 and 107 stand apart), or logarithmic when asked
// (?scale=log), for figures that span orders of magnitude.
type axis struct {
	log    bool
	a0, a1 float64
}

// from and to are the values at the axis's ends.
func (ax axis) from() float64 {
	if ax.log {
		return math.Pow(10, ax.a0)
	}
	return ax.a0
}

func (ax axis) to() float64 {
	if ax.log {
		return math.Pow(10, ax.a1)
	}
	return ax.a1
}

const axisWidth = 300

func newAxis(low, high float64, logScale bool) axis {
	if logScale && low > 0 && high/low > 10 {
		return axis{log: true, a0: math.Log10(low / 1.5), a1: math.Log10(high * 1.5)}
	}
	if high <= low {
		if high <= 0 {
			high = 1
		}
		return axis{a0: 0, a1: high * 1.1}
	}
	pad := (high - low) * 0.08
	a0 := low - pad
	if low >= 0 && a0 < 0 {
		a0 = 0
	}
	return axis{a0: a0, a1: high + pad}
}

func (ax axis) pos(v float64) float64 {
	if ax.log {
		if v <= 0 {
			return 0
		}
		v = math.Log10(v)
	}
	p := (v - ax.a0) / (ax.a1 - ax.a0) * axisWidth
	return math.Max(0, math.Min(p, axisWidth))
}

// bar places a claim's interval on the axis: x and width, and whether it is
// open above.
func (ax axis) bar(q *claims.Quantity) (x, w float64, open bool) {
	x = 0
	if q.Low != nil {
		x = ax.pos(*q.Low)
	}
	if q.High == nil {
		return x, axisWidth - x, true
	}
	w = math.Max(ax.pos(*q.High)-x, 3)
	if x+w > axisWidth {
		x = axisWidth - w
	}
	return x, w, false
}

type dupPairView struct {
	A, B        articleInfo
	Containment string
}

type sharedView struct {
	Quantity, Interval, Sentence string
	Claims                       []claimRef
	More                         int
}

// Near-duplicates page: pairsPerPage pairs (best first) and sharedPerPage
// shared claims, each with up to sharedShown copies.
const (
	pairsPerPage  = 50
	sharedPerPage = 20
	sharedShown   = 10
)

func (s *Server) handleDuplicates(w http.ResponseWriter, r *http.Request) {
	leave, ok := s.enter(r)
	if !ok {
		return
	}
	defer leave()
	ctx := r.Context()
	if _, err := s.current(ctx); err != nil {
		s.fail(w, err)
		return
	}
	v := r.URL.Query()
	page, spage := atLeast1(v.Get("page")), atLeast1(v.Get("spage"))
	labels, err := s.statusLabels(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT a, b, containment FROM near_duplicates ORDER BY a, b LIMIT ? OFFSET ?`,
		pairsPerPage+1, (page-1)*pairsPerPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	type pr struct {
		a, b string
		c    float64
	}
	var prs []pr
	var artIDs []string
	for rows.Next() {
		var p pr
		if err := rows.Scan(&p.a, &p.b, &p.c); err != nil {
			rows.Close()
			s.fail(w, err)
			return
		}
		prs = append(prs, p)
		artIDs = append(artIDs, p.a, p.b)
	}
	rows.Close()
	morePairs := len(prs) > pairsPerPage
	if morePairs {
		prs = prs[:pairsPerPage]
	}
	arts, err := s.articles(ctx, artIDs)
	if err != nil {
		s.fail(w, err)
		return
	}
	var pairs []dupPairView
	for _, p := range prs {
		a, b := arts[p.a], arts[p.b]
		if a.ID == "" || b.ID == "" {
			continue
		}
		pairs = append(pairs, dupPairView{A: a, B: b, Containment: strconv.Itoa(int(math.Round(p.c*100))) + "%"})
	}
	reps, err := s.ids(ctx, `SELECT DISTINCT rep FROM claim_copies ORDER BY rep LIMIT ? OFFSET ?`,
		sharedPerPage+1, (spage-1)*sharedPerPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	moreShared := len(reps) > sharedPerPage
	if moreShared {
		reps = reps[:sharedPerPage]
	}
	others, counts, err := s.copiesOf(ctx, reps, sharedShown-1)
	if err != nil {
		s.fail(w, err)
		return
	}
	all := append([]string{}, reps...)
	for _, o := range others {
		all = append(all, o...)
	}
	refs, err := s.refMap(ctx, all)
	if err != nil {
		s.fail(w, err)
		return
	}
	var shared []sharedView
	for _, rep := range reps {
		first, ok := refs[rep]
		if !ok || counts[rep] == 0 {
			continue
		}
		v := sharedView{Quantity: first.Quantity, Interval: first.Interval, Sentence: first.Sentence, Claims: []claimRef{first}}
		for _, o := range others[rep] {
			if r, ok := refs[o]; ok {
				v.Claims = append(v.Claims, r)
			}
		}
		v.More = counts[rep] + 1 - len(v.Claims)
		shared = append(shared, v)
	}
	data := map[string]any{"Pairs": pairs, "Shared": shared, "Labels": labels, "PageNo": page, "SPageNo": spage}
	link := func(p, sp int) string {
		u := url.Values{}
		if p > 1 {
			u.Set("page", strconv.Itoa(p))
		}
		if sp > 1 {
			u.Set("spage", strconv.Itoa(sp))
		}
		return "/duplicates?" + u.Encode()
	}
	if page > 1 {
		data["PrevPairs"] = link(page-1, spage)
	}
	if morePairs {
		data["NextPairs"] = link(page+1, spage)
	}
	if spage > 1 {
		data["PrevShared"] = link(page, spage-1)
	}
	if moreShared {
		data["NextShared"] = link(page, spage+1)
	}
	s.render(w, r, "duplicates", data)
}
