package review

import (
	"context"
	"database/sql"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/compare"
)

// The compare pages list stories: the figures of a comparison group
// (event · subject · unit) about the same story, as the store's background
// pass keeps them (internal/claims/sqlite/stories.go). /compare pages
// through the stories that compare articles or sources, largest first,
// searchable (the group's words or a name of the story) and filtered by
// unit and dates; /compare?g=N lists one group's stories; /compare?s=N
// shows one story's figures, a page at a time, with verdicts in place.

type groupRow struct {
	ID, Quantity, Interval, Source, ArticleID, ArticleTitle, Sentence, Status, StatusLabel string
	What                                                                                   string // the words the measure was read from
	Inferred                                                                               bool
	Also                                                                                   []claimRef // the same claim in near-duplicate articles
	AlsoMore                                                                               int
	X, W                                                                                   float64 // the interval on the story's scale, in SVG units of 0–300
	Open                                                                                   bool    // the interval has no upper bound
	Published, Time                                                                        string  // the article's date, the time the figure refers to
	Rating, RatingLabel                                                                    string  // the claim verdict, "" when none
	Form                                                                                   *inPlaceForm
	Back                                                                                   string
}

// groupView is a story on the compare pages.
type groupView struct {
	Label, Anchor, Low, High, Spread, Link string
	Names                                  []string // the story's most frequent names
	From, To                               string   // the days its figures refer to
	GroupLink                              string   // the group's stories
	Sources, Articles, Claims              int
	HasNext                                bool // more figures after these
	Rows                                   []groupRow
	More                                   bool // more figures than shown: link to the story
	LogScale                               bool
	Values                                 []valueSummary // the most frequent values
	AxisFrom, AxisTo                       string
	Back                                   string // this page, for the verdict forms in place
	Form                                   *inPlaceForm
}

// Compare pages: storiesPerPage stories, each with its first rowsPerGroup
// figures and a link to all of them, membersPerPage at a time.
const (
	storiesPerPage = 20
	rowsPerGroup   = 6
	membersPerPage = 50
	alsoShown      = 3
	// maxStoriesCounted bounds the count of a filter's stories.
	maxStoriesCounted = 10000
)

// groupLabel is "event · subject", with the unit when it is not a count.
func groupLabel(event, subject, unit string) string {
	l := (compare.Key{Event: event, Subject: subject}).String()
	if unit != "" && unit != "count" {
		l += " (" + unit + ")"
	}
	return l
}

type storyRec struct {
	sid, gid                  int64
	event, subject, unit      string
	claims, articles, sources int
	from, to                  sql.NullInt64
	low, high                 sql.NullFloat64
	names                     string
}

// compareFilter is the compare page's query string.
type compareFilter struct {
	Q, Unit, From, To string
	Local             bool
	Group             int64
	Page              int
}

func parseCompareFilter(v url.Values) compareFilter {
	f := compareFilter{Q: strings.TrimSpace(v.Get("q")), Unit: v.Get("unit"), From: dateParam(v.Get("from")), To: dateParam(v.Get("to")),
		Local: v.Get("local") == "1", Page: atLeast1(v.Get("page"))}
	f.Q = cutAt(f.Q, 100)
	f.Group, _ = strconv.ParseInt(v.Get("g"), 10, 64)
	return f
}

func (f compareFilter) values(page int) url.Values {
	u := url.Values{}
	set := func(k, v string) { setNonEmpty(u, k, v) }
	set("q", f.Q)
	set("unit", f.Unit)
	set("from", f.From)
	set("to", f.To)
	if f.Local {
		u.Set("local", "1")
	}
	if f.Group != 0 {
		u.Set("g", strconv.FormatInt(f.Group, 10))
	}
	if page > 1 {
		u.Set("page", strconv.Itoa(page))
	}
	return u
}

// dayNumber is an ISO date (or YYYY, YYYY-MM: its first or last day) as
// days since 1970.
func dayNumber(s string, last bool) (int, bool) {
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	l, ok := layouts[len(s)]
	if !ok {
		return 0, false
	}
	t, err := time.Parse(l, s)
	if err != nil {
		return 0, false
	}
	if last {
		switch len(s) {
		case 4:
			t = t.AddDate(1, 0, -1)
		case 7:
			t = t.AddDate(0, 1, -1)
		}
	}
	return int(t.Unix() / 86400), true
}

// where is the filter as SQL over stories s joined with cmp_groups g.
func (f compareFilter) where() (string, []any) {
	conds := []string{"s.shown = 1"}
	if f.Local {
		conds[0] = "s.shown = 2"
	}
	var args []any
	if f.Group != 0 {
		conds = []string{"s.gid = ?", "s.shown > 0"}
		args = append(args, f.Group)
	}
	if f.Q != "" {
		like := "%" + likeEscape(f.Q) + "%"
		c := `s.gid IN (SELECT gid FROM cmp_groups WHERE event LIKE ? ESCAPE '\' OR subject LIKE ? ESCAPE '\' OR unit LIKE ? ESCAPE '\')`
		args = append(args, like, like, like)
		if m := ftsQuery(f.Q); m != "" {
			c = "(" + c + ` OR s.sid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?))`
			args = append(args, m)
		}
		conds = append(conds, c)
	}
	if f.Unit != "" {
		conds = append(conds, "g.unit = ?")
		args = append(args, f.Unit)
	}
	if d, ok := dayNumber(f.From, false); ok {
		conds = append(conds, "s.day_to >= ?")
		args = append(args, d)
	}
	if d, ok := dayNumber(f.To, true); ok {
		conds = append(conds, "s.day_from <= ?")
		args = append(args, d)
	}
	return strings.Join(conds, " AND "), args
}

func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) {
	leave, ok := s.enter(r)
	if !ok {
		return
	}
	defer leave()
	ctx := r.Context()
	a, err := s.current(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	v := r.URL.Query()
	labels, err := s.statusLabels(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	if sid := v.Get("s"); sid != "" {
		s.handleStory(w, r, sid, labels)
		return
	}
	f := parseCompareFilter(v)
	cond, args := f.where()
	var total int
	if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM stories s JOIN cmp_groups g ON g.gid = s.gid WHERE `+cond+
		` LIMIT `+strconv.Itoa(maxStoriesCounted+1)+`)`, args...).Scan(&total); err != nil {
		s.fail(w, err)
		return
	}
	order := `s.sources DESC, s.claims DESC, s.sid`
	if f.Group != 0 {
		order = `s.shown, s.sources DESC, s.claims DESC, s.sid`
	}
	recs, err := s.storyRecs(ctx, cond, args, order, storiesPerPage, (f.Page-1)*storiesPerPage)
	if err != nil {
		s.fail(w, err)
		return
	}
	var views []groupView
	for _, g := range recs {
		view, err := s.storyView(r, g, rowsPerGroup, 0, labels)
		if err != nil {
			s.fail(w, err)
			return
		}
		views = append(views, view) // verdicts in place on the story's own page (the overview stays small)
	}
	var localN int
	if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM stories WHERE shown = 2 LIMIT ?)`, maxStoriesCounted+1).Scan(&localN); err != nil {
		s.fail(w, err)
		return
	}
	units, err := s.menus(ctx, a)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.mu.Lock()
	unstoried := a.unstoried
	s.mu.Unlock()
	data := map[string]any{"Groups": views, "Labels": labels, "F": f, "Q": f.Q, "Local": f.Local, "LocalCount": localN,
		"Total": min(total, maxStoriesCounted), "TotalMore": total > maxStoriesCounted, "PageNo": f.Page,
		"Pages": (min(total, maxStoriesCounted) + storiesPerPage - 1) / storiesPerPage, "Units": units["Units"], "Unstoried": unstoried}
	if f.Group != 0 {
		var ev, subj, unit string
		var claimsN, lone int
		if err := s.st.DB().QueryRowContext(ctx, `SELECT event, subject, unit, claims FROM cmp_groups WHERE gid = ?`, f.Group).Scan(&ev, &subj, &unit, &claimsN); err == sql.ErrNoRows {
			http.NotFound(w, r)
			return
		} else if err != nil {
			s.fail(w, err)
			return
		}
		if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM stories WHERE gid = ? AND shown = 0 LIMIT ?)`, f.Group, maxStoriesCounted+1).Scan(&lone); err != nil {
			s.fail(w, err)
			return
		}
		data["GroupLabel"], data["GroupClaims"], data["GroupLone"] = groupLabel(ev, subj, unit), claimsN, lone
	}
	if f.Page > 1 {
		data["Prev"] = "/compare?" + f.values(f.Page-1).Encode()
	}
	if f.Page*storiesPerPage < total {
		data["Next"] = "/compare?" + f.values(f.Page+1).Encode()
	}
	if !f.Local && f.Group == 0 && f.Page == 1 && localN > 0 && f.Q == "" && f.Unit == "" && f.From == "" && f.To == "" {
		// the first few single-article stories, folded
		lrecs, err := s.storyRecs(ctx, `s.shown = 2`, nil, `s.sources DESC, s.claims DESC, s.sid`, 5, 0)
		if err != nil {
			s.fail(w, err)
			return
		}
		var lv []groupView
		for _, g := range lrecs {
			view, err := s.storyView(r, g, rowsPerGroup, 0, labels)
			if err != nil {
				s.fail(w, err)
				return
			}
			lv = append(lv, view)
		}
		data["LocalGroups"] = lv
	}
	s.render(w, r, "compare", data)
}

// handleStory is one story's page: every figure, a page at a time, with
// verdicts in place.
func (s *Server) handleStory(w http.ResponseWriter, r *http.Request, sidParam string, labels map[string]string) {
	ctx := r.Context()
	sid, _ := strconv.ParseInt(sidParam, 10, 64)
	page := atLeast1(r.URL.Query().Get("page"))
	recs, err := s.storyRecs(ctx, `s.sid = ?`, []any{sid}, `s.sid`, 1, 0)
	if err != nil {
		s.fail(w, err)
		return
	}
	if len(recs) == 0 {
		// merged into another story meanwhile (the background pass joins
		// stories as articles come): the page of the story it became
		into, ok, err := s.st.StoryMergedInto(ctx, sid)
		if err != nil {
			s.fail(w, err)
			return
		}
		if ok && into != sid {
			recs, err = s.storyRecs(ctx, `s.sid = ?`, []any{into}, `s.sid`, 1, 0)
			if err != nil {
				s.fail(w, err)
				return
			}
			sid, sidParam = into, strconv.FormatInt(into, 10)
		}
	}
	if len(recs) == 0 {
		http.NotFound(w, r) // gone with its articles
		return
	}
	form, err := s.inPlace(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	view, err := s.storyView(r, recs[0], membersPerPage, (page-1)*membersPerPage, labels)
	if err != nil {
		s.fail(w, err)
		return
	}
	view.Form = form
	for i := range view.Rows {
		view.Rows[i].Form, view.Rows[i].Back = form, view.Back
	}
	data := map[string]any{"Groups": []groupView{view}, "One": true, "Labels": labels, "PageNo": page, "InPlace": form}
	if page > 1 {
		data["Prev"] = "/compare?" + url.Values{"s": {sidParam}, "page": {strconv.Itoa(page - 1)}}.Encode()
	}
	if view.HasNext {
		data["Next"] = "/compare?" + url.Values{"s": {sidParam}, "page": {strconv.Itoa(page + 1)}}.Encode()
	}
	s.render(w, r, "compare", data)
}

func atLeast1(s string) int {
	n, _ := strconv.Atoi(s)
	return max(n, 1)
}

// setNonEmpty sets the query parameter k to x unless x is empty (a
// filter's URL leaves out what it does not set).
func setNonEmpty(v url.Values, k, x string) {
	if x != "" {
		v.Set(k, x)
	}
}

// likeEscaper escapes a LIKE pattern's wildcards for ESCAPE '\'.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

func likeEscape(s string) string { return likeEscaper.Replace(s) }

// storyRecs reads a page of stories.
func (s *Server) storyRecs(ctx context.Context, cond string, args []any, order string, limit, offset int) ([]storyRec, error) {
	rows, err := s.st.DB().QueryContext(ctx, `SELECT s.sid, s.gid, g.event, g.subject, g.unit, s.claims, s.articles, s.sources,
		s.day_from, s.day_to, s.low, s.high, s.names FROM stories s JOIN cmp_groups g ON g.gid = s.gid
		WHERE `+cond+` ORDER BY `+order+` LIMIT `+strconv.Itoa(limit)+` OFFSET `+strconv.Itoa(offset), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storyRec
	for rows.Next() {
		var g storyRec
		if err := rows.Scan(&g.sid, &g.gid, &g.event, &g.subject, &g.unit, &g.claims, &g.articles, &g.sources,
			&g.from, &g.to, &g.low, &g.high, &g.names); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// storyView builds a story's summary and limit of its figures from offset,
// in the order of the days they refer to; a claim whose copy shown is in
// the same story is left out (listed under that copy).
func (s *Server) storyView(r *http.Request, g storyRec, limit, offset int, labels map[string]string) (groupView, error) {
	ctx := r.Context()
	label := groupLabel(g.event, g.subject, g.unit)
	v := groupView{Label: label, Anchor: "s-" + strconv.FormatInt(g.sid, 10), Sources: g.sources, Articles: g.articles, Claims: g.claims,
		Link: "/compare?s=" + strconv.FormatInt(g.sid, 10), GroupLink: "/compare?g=" + strconv.FormatInt(g.gid, 10)}
	for _, n := range sqlite.ParseStoryNames(g.names) {
		if len(v.Names) == 4 {
			break
		}
		if !slices.ContainsFunc(v.Names, func(m string) bool { return slices.Contains(strings.Fields(m), n.Name) }) {
			v.Names = append(v.Names, n.Name) // "Ruiz" said once, by "Ana Ruiz"
		}
	}
	if g.from.Valid {
		v.From = compare.DayString(int(g.from.Int64))
	}
	if g.to.Valid {
		v.To = compare.DayString(int(g.to.Int64))
	}
	low, high := g.low.Float64, g.high.Float64
	v.Low, v.High = fmtNum(low), fmtNum(high)
	if low > 0 {
		if sp := high / low; !math.IsInf(sp, 0) && sp != 1 {
			v.Spread = "×" + strconv.FormatFloat(sp, 'f', 2, 64)
		}
	}
	const shown = `FROM story_claims sc JOIN quantities q ON q.id = sc.claim_id JOIN claim_measures m ON m.qrow = q.rowid LEFT JOIN claim_copies cc ON cc.claim_id = sc.claim_id
		WHERE sc.sid = ?1 AND (cc.claim_id IS NULL OR cc.rep = cc.claim_id
			OR NOT EXISTS (SELECT 1 FROM story_claims s2 WHERE s2.claim_id = cc.rep AND s2.sid = sc.sid))`
	// one more than asked: is there a next page
	rows, err := s.st.DB().QueryContext(ctx, `SELECT sc.claim_id, m.subject_text, m.event_text, m.inferred `+shown+`
		ORDER BY sc.day_from, sc.value DESC LIMIT ?2 OFFSET ?3`, g.sid, limit+1, offset)
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
	qs, status, arts, err := s.claimsWithArticles(ctx, ids)
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
	ax := newAxis(low, high, r.URL.Query().Get("scale") == "log")
	v.LogScale = ax.log
	v.AxisFrom, v.AxisTo = fmtNum(ax.from()), fmtNum(ax.to())
	if v.Values, err = s.valueSummary(ctx, g.sid); err != nil {
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
