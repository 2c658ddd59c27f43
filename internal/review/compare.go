package review

import (
	"database/sql"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/compare"
)

// anchor makes an HTML id from a group label.
func anchor(label string) string {
	var b strings.Builder
	b.WriteString("g-")
	dash := false
	for _, r := range strings.ToLower(label) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

type groupRow struct {
	ID, Quantity, Interval, Source, ArticleID, ArticleTitle, Sentence, Status, StatusLabel string
	What                                                                                   string // the words the measure was read from
	Inferred                                                                               bool
	Also                                                                                   []claimRef // the same claim in near-duplicate articles
	AlsoMore                                                                               int
	X, W                                                                                   float64 // the interval on the group's scale, in SVG units of 0–300
	Open                                                                                   bool    // the interval has no upper bound
	Published, Time                                                                        string  // the article's date, the time the figure refers to
	Rating, RatingLabel                                                                    string  // the claim verdict, "" when none
	entity, day                                                                            string  // the source's entity (or name), the day the figure refers to (comparestory.go)
	Form                                                                                   *inPlaceForm
	Back                                                                                   string
}

type groupView struct {
	Label, Anchor, Low, High, Spread, Link string
	Subjects                               []string
	Sources, Articles, Claims              int
	HasNext                                bool // more figures after these
	Rows                                   []groupRow
	More                                   bool // more figures than shown: link to the group
	LogScale                               bool
	Values                                 []valueSummary // the most frequent values (comparestory.go)
	AxisFrom, AxisTo                       string
	Back                                   string // this page, for the verdict forms in place
	Form                                   *inPlaceForm
	Stories                                []storyView // on a group's page: its figures by story (comparestory.go)
}

// Compare pages: groupsPerPage groups, each with its first rowsPerGroup
// figures and a link to all of them, membersPerPage at a time.
const (
	groupsPerPage  = 20
	rowsPerGroup   = 10
	membersPerPage = 50
	alsoShown      = 3
)

// groupLabel is "event · subject", with the unit when it is not a count.
func groupLabel(event, subject, unit string) string {
	l := (compare.Key{Event: event, Subject: subject}).String()
	if unit != "" && unit != "count" {
		l += " (" + unit + ")"
	}
	return l
}

type groupRec struct {
	gid                       int64
	event, subject, unit      string
	claims, articles, sources int
}

func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) {
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
	page := atLeast1(v.Get("page"))
	labels, err := s.statusLabels(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	form, err := s.inPlace(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	if g := v.Get("g"); g != "" {
		// One group, every figure, a page at a time.
		gid, _ := strconv.ParseInt(g, 10, 64)
		recs, err := s.groups(r, `gid = ?`, []any{gid}, 1, 0)
		if err != nil {
			s.fail(w, err)
			return
		}
		if len(recs) == 0 {
			http.NotFound(w, r)
			return
		}
		view, err := s.groupView(r, recs[0], membersPerPage, (page-1)*membersPerPage, labels)
		if err != nil {
			s.fail(w, err)
			return
		}
		view.Form = form
		for i := range view.Rows {
			view.Rows[i].Form, view.Rows[i].Back = form, view.Back
		}
		view.Stories = stories(view.Rows)
		data := map[string]any{"Groups": []groupView{view}, "One": true, "Labels": labels, "PageNo": page, "InPlace": form}
		if page > 1 {
			data["Prev"] = "/compare?" + url.Values{"g": {g}, "page": {strconv.Itoa(page - 1)}}.Encode()
		}
		if view.HasNext {
			data["Next"] = "/compare?" + url.Values{"g": {g}, "page": {strconv.Itoa(page + 1)}}.Encode()
		}
		s.render(w, r, "compare", data)
		return
	}
	// Groups that compare articles or sources first; figures that one
	// article gives from one source are folded away below them.
	q := strings.TrimSpace(v.Get("q"))
	if len(q) > 100 {
		q = q[:100]
	}
	local := v.Get("local") == "1"
	cond := `claims >= 2 AND (articles >= 2 OR sources >= 2)`
	if local {
		cond = `claims >= 2 AND articles < 2 AND sources < 2`
	}
	var args []any
	if q != "" {
		cond += ` AND (event LIKE ?1 ESCAPE '\' OR subject LIKE ?1 ESCAPE '\' OR unit LIKE ?1 ESCAPE '\')`
		args = append(args, "%"+likeEscape(q)+"%")
	}
	var total, localN int
	if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM cmp_groups WHERE `+cond, args...).Scan(&total); err != nil {
		s.fail(w, err)
		return
	}
	s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM cmp_groups WHERE claims >= 2 AND articles < 2 AND sources < 2`).Scan(&localN)
	recs, err := s.groups(r, cond, args, groupsPerPage, (page-1)*groupsPerPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	var views []groupView
	for _, g := range recs {
		view, err := s.groupView(r, g, rowsPerGroup, 0, labels)
		if err != nil {
			s.fail(w, err)
			return
		}
		if len(view.Rows) < 2 {
			continue // every member is a copy of one claim
		}
		views = append(views, view) // verdicts in place on the group's own page (the overview stays small)
	}
	data := map[string]any{"Groups": views, "Labels": labels, "Q": q, "Local": local, "LocalCount": localN,
		"Total": total, "PageNo": page, "Pages": (total + groupsPerPage - 1) / groupsPerPage}
	link := func(p int) string {
		u := url.Values{}
		if q != "" {
			u.Set("q", q)
		}
		if local {
			u.Set("local", "1")
		}
		if p > 1 {
			u.Set("page", strconv.Itoa(p))
		}
		return "/compare?" + u.Encode()
	}
	if page > 1 {
		data["Prev"] = link(page - 1)
	}
	if page*groupsPerPage < total {
		data["Next"] = link(page + 1)
	}
	if !local && page == 1 && localN > 0 {
		// the first few single-article groups, folded
		lrecs, err := s.groups(r, `claims >= 2 AND articles < 2 AND sources < 2`, nil, 5, 0)
		if err != nil {
			s.fail(w, err)
			return
		}
		var lv []groupView
		for _, g := range lrecs {
			view, err := s.groupView(r, g, rowsPerGroup, 0, labels)
			if err != nil {
				s.fail(w, err)
				return
			}
			if len(view.Rows) >= 2 {
				lv = append(lv, view)
			}
		}
		data["LocalGroups"] = lv
	}
	s.render(w, r, "compare", data)
}

func atLeast1(s string) int {
	n, _ := strconv.Atoi(s)
	return max(n, 1)
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// groups reads a page of comparison groups, largest first.
func (s *Server) groups(r *http.Request, cond string, args []any, limit, offset int) ([]groupRec, error) {
	rows, err := s.st.DB().QueryContext(r.Context(), `SELECT gid, event, subject, unit, claims, articles, sources FROM cmp_groups
		WHERE `+cond+` ORDER BY sources DESC, claims DESC, gid LIMIT `+strconv.Itoa(limit)+` OFFSET `+strconv.Itoa(offset), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []groupRec
	for rows.Next() {
		var g groupRec
		if err := rows.Scan(&g.gid, &g.event, &g.subject, &g.unit, &g.claims, &g.articles, &g.sources); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// groupView builds a group's summary and limit of its figures from
// offset, largest first; a claim whose copy shown is in the same group is
// left out (listed under that copy).
func (s *Server) groupView(r *http.Request, g groupRec, limit, offset int, labels map[string]string) (groupView, error) {
	ctx := r.Context()
	label := groupLabel(g.event, g.subject, g.unit)
	v := groupView{Label: label, Anchor: anchor(label), Sources: g.sources, Articles: g.articles, Claims: g.claims,
		Link: "/compare?g=" + strconv.FormatInt(g.gid, 10)}
	var low, high sql.NullFloat64
	if err := s.st.DB().QueryRowContext(ctx, `SELECT (SELECT min(value) FROM claim_measures WHERE gid = ?1),
		(SELECT max(value) FROM claim_measures WHERE gid = ?1)`, g.gid).Scan(&low, &high); err != nil {
		return v, err
	}
	v.Low, v.High = fmtNum(low.Float64), fmtNum(high.Float64)
	if low.Float64 > 0 {
		if sp := high.Float64 / low.Float64; !math.IsInf(sp, 0) {
			v.Spread = "×" + strconv.FormatFloat(sp, 'f', 2, 64)
		}
	}
	subj, err := s.ids(ctx, `SELECT value FROM cmp_group_counts WHERE gid = ? AND kind = 2 AND n > 0 ORDER BY n DESC, value LIMIT 5`, g.gid)
	if err != nil {
		return v, err
	}
	v.Subjects = subj
	const shown = `FROM claim_measures m LEFT JOIN claim_copies cc ON cc.claim_id = m.claim_id
		WHERE m.gid = ?1 AND (cc.claim_id IS NULL OR cc.rep = cc.claim_id
			OR NOT EXISTS (SELECT 1 FROM claim_measures m2 WHERE m2.claim_id = cc.rep AND m2.gid = m.gid))`
	// one more than asked: is there a next page
	rows, err := s.st.DB().QueryContext(ctx, `SELECT m.claim_id, m.subject_text, m.event_text, m.inferred `+shown+`
		ORDER BY m.value DESC, m.claim_id DESC LIMIT ?2 OFFSET ?3`, g.gid, limit+1, offset)
	if err != nil {
		return v, err
	}
	type member struct {
		id, subj, ev string
		inferred     bool
	}
	var ms []member
	var ids []string
	for rows.Next() {
		if len(ms) == limit {
			v.HasNext = true
			break
		}
		var m member
		if err := rows.Scan(&m.id, &m.subj, &m.ev, &m.inferred); err != nil {
			rows.Close()
			return v, err
		}
		ms = append(ms, m)
		ids = append(ids, m.id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, err
	}
	qs, err := s.claimsByID(ctx, ids)
	if err != nil {
		return v, err
	}
	status, err := s.statusOf(ctx, ids)
	if err != nil {
		return v, err
	}
	var artIDs []string
	for _, q := range qs {
		artIDs = append(artIDs, q.ArticleID)
	}
	arts, err := s.articles(ctx, artIDs)
	if err != nil {
		return v, err
	}
	also, alsoN, err := s.copiesOf(ctx, ids, alsoShown)
	if err != nil {
		return v, err
	}
	var alsoIDs []string
	for _, a := range also {
		alsoIDs = append(alsoIDs, a...)
	}
	alsoRefs, err := s.refMap(ctx, alsoIDs)
	if err != nil {
		return v, err
	}
	ax := newAxis(low.Float64, high.Float64, r.URL.Query().Get("scale") == "log")
	v.LogScale = ax.log
	v.AxisFrom, v.AxisTo = fmtNum(ax.from()), fmtNum(ax.to())
	if v.Values, err = s.valueSummary(ctx, g.gid); err != nil {
		return v, err
	}
	v.Back = r.URL.RequestURI()
	ratings, err := s.ratingOf(ctx, ids)
	if err != nil {
		return v, err
	}
	ratingLabels, err := s.ratingLabels(ctx)
	if err != nil {
		return v, err
	}
	for _, m := range ms {
		q := qs[m.id]
		if q == nil {
			continue
		}
		row := groupRow{ID: q.ID, Quantity: q.Quantity.Text, Interval: interval(q.Low, q.High, q.Qualifier), ArticleID: q.ArticleID,
			ArticleTitle: arts[q.ArticleID].title(), Sentence: q.Sentence.Text, Status: status[q.ID], StatusLabel: labels[status[q.ID]],
			Inferred: m.inferred}
		if q.Source != nil {
			row.Source = q.Source.Name
		}
		row.What = strings.TrimSpace(m.ev + " · " + m.subj)
		row.Published, row.Time, row.Rating = arts[q.ArticleID].Published, timeLabel(q.Time), ratings[q.ID]
		row.RatingLabel = ratingLabels[row.Rating]
		row.entity, row.day = storyKeys(q, arts[q.ArticleID].Published)
		row.X, row.W, row.Open = ax.bar(q)
		for _, id := range also[q.ID] {
			if r, ok := alsoRefs[id]; ok {
				row.Also = append(row.Also, r)
			}
		}
		row.AlsoMore = alsoN[q.ID] - len(row.Also)
		v.Rows = append(v.Rows, row)
	}
	v.More = v.HasNext && limit == rowsPerGroup
	return v, nil
}

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
