package review

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/compare"
)

// pageSize is the number of claims per list page.
const pageSize = 50

// listFilter is the claims list's query string.
type listFilter struct {
	Source, Article, Unit, Qualifier, Status, Q string
	Sort, Dir                                   string
	Attributed                                  bool   // claims with a source only
	Min, Max                                    string // value range (the interval overlaps it)
	From, To                                    string // date range: the claim's time, else its article's date
	All                                         bool   // show every copy of claims shared by near-duplicates
	Page                                        int
	// each, when set, makes queryList stream the ids of every claim the
	// filter matches, in the list's order, instead of a page (filterexport.go).
	each    func(id string) error
	eachMax int // at most this many ids (0: maxExport+1)
	// facets, when set, makes queryList count the facets of the filter's
	// first maxFacetClaims claims instead (facets.go).
	facets *facetCounts
	// nav, when set, makes queryList read the claims after (or before) a
	// claim in article order (queue.go).
	nav *navCursor
}

func parseFilter(v url.Values) listFilter {
	f := listFilter{Source: v.Get("source"), Article: v.Get("article"), Unit: v.Get("unit"), Qualifier: v.Get("qualifier"),
		Status: v.Get("status"), Q: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort"), Dir: v.Get("dir"), All: v.Get("copies") == "all"}
	switch f.Sort {
	case "article", "date", "value":
	default:
		f.Sort = "article"
	}
	if f.Dir != "desc" {
		f.Dir = "asc"
	}
	f.Attributed = v.Get("attributed") == "1"
	f.Min, f.Max = numParam(v.Get("min")), numParam(v.Get("max"))
	f.From, f.To = dateParam(v.Get("from")), dateParam(v.Get("to"))
	f.Page = atLeast1(v.Get("page"))
	return f
}

// values is f as a query string, with page p.
func (f listFilter) values(p int) url.Values {
	v := url.Values{}
	set := func(k, x string) { setNonEmpty(v, k, x) }
	set("source", f.Source)
	set("article", f.Article)
	set("unit", f.Unit)
	set("qualifier", f.Qualifier)
	set("status", f.Status)
	set("q", f.Q)
	if f.Attributed {
		v.Set("attributed", "1")
	}
	set("min", f.Min)
	set("max", f.Max)
	set("from", f.From)
	set("to", f.To)
	if f.Sort != "article" {
		set("sort", f.Sort)
	}
	if f.Dir != "asc" {
		set("dir", f.Dir)
	}
	if f.All {
		v.Set("copies", "all")
	}
	if p > 1 {
		v.Set("page", strconv.Itoa(p))
	}
	return v
}

// SortLink is the list URL sorted by key, toggling the direction when it
// is already sorted by it.
func (f listFilter) SortLink(key string) string {
	g := f
	if g.Sort == key && g.Dir == "asc" {
		g.Dir = "desc"
	} else {
		g.Dir = "asc"
	}
	g.Sort = key
	return "/?" + g.values(1).Encode()
}

// row is a claim in the list.
type row struct {
	ID, ArticleID, ArticleTitle, Published string
	Quantity, Interval, Qualifier, Unit    string
	What                                   string
	WhatInferred                           bool
	Source, Cue                            string
	Status, StatusLabel                    string
	Copies                                 int
	Sentence                               []segment // number, source, cue, time and search hits marked (rowtext.go)
	Time                                   string
}

// what is "event · subject" as extracted, or inferred from the sentence.
func what(q *claims.Quantity) (string, bool) {
	m, _ := compare.Of(q)
	parts := []string{}
	if m.EventText != "" {
		parts = append(parts, m.EventText)
	}
	if m.SubjectText != "" {
		parts = append(parts, m.SubjectText)
	}
	return strings.Join(parts, " · "), m.Inferred
}

// maxListed bounds how far the list pages, and maxCounted how far it
// counts: counting or skipping more rows costs a scan of the whole table on
// a big database; narrow the filter to see the rest.
const (
	maxListed   = 10000
	maxCounted  = 1000
	countBudget = 150 * time.Millisecond
	// pageBudget bounds the search for a page's rows: a filter that
	// matches few claims, read in an order no index serves, deep in the
	// list, gives up and asks for a narrower filter.
	pageBudget = 2 * time.Second
)

// claimsJoin is the list query's join of the claims to the quantities.
const claimsJoin = ` JOIN claims c ON c.id = q.id`

// walkBudget is how long the list of a review status reads claims in
// article order before it sorts the claims of the status instead.
var walkBudget = 50 * time.Millisecond

var errTooSlow = errors.New("this page takes too long to find: narrow the filter, or sort by article")

// listOrder is the ORDER BY of the list's query.
func listOrder(f listFilter, byText bool) string {
	dir := " ASC"
	if f.Dir == "desc" {
		dir = " DESC"
	}
	order := "q.article_id" + dir + ", q.start" + dir
	if byText {
		order = "f.rowid" + dir
	}
	switch f.Sort {
	case "date":
		order = "a.published" + dir + ", a.id" + dir + ", q.start"
	case "value":
		order = "coalesce((q.low + q.high) / 2, q.low, q.high)" + dir
	}
	return order
}

func (s *Server) queryList(ctx context.Context, f listFilter) (rows []row, total int, more bool, err error) {
	lq := newListQuery(f)
	if f.each != nil {
		order := listOrder(f, lq.byText)
		if lq.navOrder != "" {
			order = lq.navOrder
		}
		return nil, 0, false, s.streamList(ctx, lq.from, order, lq.qargs, f.eachMax, f.each)
	}
	memo, key := listMemoOf(ctx), f.values(1).Encode()
	if f.facets != nil {
		ids, ok := memo.get(key)
		if !ok {
			var err error
			if ids, ok, err = s.filterIDs(ctx, lq.count, lq.qargs, facetBudget); err != nil || !ok {
				return nil, 0, false, err // too slow to count: no counts
			}
		}
		return nil, 0, false, s.countFacets(ctx, ids, f.facets)
	}
	budget := countBudget
	if lq.byMatch {
		// a search's count holds what its list and facets read (below):
		// the time it takes is not spent again
		budget = 2 * countBudget
	}
	counted, complete, err := s.filterIDs(ctx, lq.count, lq.qargs, budget)
	if err != nil {
		return nil, 0, false, err
	}
	total = len(counted)
	if complete {
		memo.put(key, counted)
	} else {
		total = maxCounted + 1 // too many to count in time
	}
	offset := (f.Page - 1) * pageSize
	if offset >= maxListed {
		return nil, total, false, nil
	}
	hits, more, err := s.pageHits(ctx, f, lq, counted, complete, total, offset)
	if err != nil {
		if errors.Is(err, errTooSlow) {
			return nil, total, false, err
		}
		return nil, 0, false, err
	}
	rows, err = s.listRows(ctx, f, hits)
	if err != nil {
		return nil, 0, false, err
	}
	return rows, total, more, nil
}

// listQuery is the SQL of a list filter: its conditions, the FROM of its
// page query (joins and conditions included) and of its count.
type listQuery struct {
	where    []string
	args     []any
	m        string // the search, as an FTS5 query ("" for none)
	navOrder string // the ORDER BY of a queue step (f.nav)
	// what drives the query: the claims of a review status, the search
	// index's matches in stored order (byText), a date filter, a search
	byStatus, byText, byDate, byMatch bool
	joins, cond, from                 string
	qargs                             []any // args, then the search
	claimsFirst                       bool  // by article, filters on the claim only
	count                             string
}

// newListQuery writes the SQL of a filter.
func newListQuery(f listFilter) *listQuery {
	lq := &listQuery{where: []string{"1 = 1"}}
	lq.conditions(f)
	lq.navigation(f)
	if !f.All {
		// a claim repeated in near-duplicate articles is listed once
		lq.add("(cc.claim_id IS NULL OR cc.rep = cc.claim_id)")
	}
	lq.pageFrom(f)
	lq.countFrom(f)
	return lq
}

func (lq *listQuery) add(cond string, vals ...any) {
	lq.where = append(lq.where, cond)
	lq.args = append(lq.args, vals...)
}

// conditions adds the filter's conditions on the claim, its source, its
// article and its review.
func (lq *listQuery) conditions(f listFilter) {
	if f.Source != "" {
		// the name as stored, or any name of the entity so called (the
		// type-ahead offers entities: "Trump" finds "Donald Trump" and
		// "President Trump" too)
		lq.add(`s.name COLLATE NOCASE IN (SELECT ? UNION SELECT ea.alias FROM entities e JOIN entity_aliases ea ON ea.entity_id = e.id
			WHERE e.name = ? COLLATE NOCASE)`, f.Source, f.Source)
	}
	if f.Article != "" {
		lq.add("c.article_id = ?", f.Article)
	}
	if f.Unit != "" {
		lq.add("q.unit = ?", f.Unit)
	}
	if f.Qualifier != "" {
		lq.add("q.qualifier = ?", f.Qualifier)
	}
	if f.Attributed {
		lq.add("c.source_id IS NOT NULL")
	}
	if f.Min != "" {
		lq.add("coalesce(q.high, q.low) >= ?", mustFloat(f.Min))
	}
	if f.Max != "" {
		lq.add("coalesce(q.low, q.high) <= ?", mustFloat(f.Max))
	}
	lq.byDate = f.From != "" || f.To != ""
	if f.From != "" {
		lq.add("coalesce(c.time_to, c.time_from, nullif(a.published, '')) >= ?", f.From)
	}
	if f.To != "" {
		lq.add("coalesce(c.time_from, c.time_to, nullif(a.published, '')) <= ?", f.To+"~")
	}
	switch f.Status {
	case "":
	case "unreviewed":
		lq.add("NOT EXISTS (SELECT 1 FROM reviews WHERE claim_id = c.id)")
	default:
		// driven from the claims with this status (see pageFrom)
		lq.add("cs.status = ?", f.Status)
	}
	lq.m = ftsQuery(f.Q)
	lq.byStatus = f.Status != "" && f.Status != "unreviewed"
	lq.byText = lq.m != "" && f.Sort == "article" && !lq.byStatus && f.nav == nil
	lq.byMatch = lq.m != "" && !lq.byStatus
}

// navigation adds the condition and order of a queue step: the claims
// after (or before) one, within its article in reading order, articles in
// the list's direction.
func (lq *listQuery) navigation(f listFilter) {
	n := f.nav
	if n == nil {
		return
	}
	cmp, dir := ">", " ASC"
	if !n.forward {
		cmp, dir = "<", " DESC"
	}
	acmp, adir := cmp, dir
	if f.Dir == "desc" {
		acmp, adir = map[string]string{">": "<", "<": ">"}[cmp], map[string]string{" ASC": " DESC", " DESC": " ASC"}[dir]
	}
	switch {
	case n.sameArticle:
		lq.add("q.article_id = ? AND q.start "+cmp+" ?", n.article, n.start)
		lq.navOrder = "q.start" + dir
	case f.Sort == "date":
		lq.add("(a.published, a.id) "+acmp+" (?, ?)", n.published, n.article)
		lq.navOrder = "a.published" + adir + ", a.id" + adir + ", q.start" + dir
	default:
		lq.add("q.article_id "+acmp+" ?", n.article)
		lq.navOrder = "q.article_id" + adir + ", q.start" + dir
	}
}

// pageFrom writes the FROM of the page query. It is driven by quantities
// (kind = 'claim'), whose indexes give each sort order a page at a time:
// by article and position (quantities_article), by value
// (quantities_claim_value, which holds the id, so filters on the claim are
// checked without reading the row), by date through articles_published; a
// text search without another order reads the search index's matches in
// stored order. Articles are read for the page's rows only.
func (lq *listQuery) pageFrom(f listFilter) {
	// The search's matches when another order or the statuses drive the
	// query: probed (the unary + keeps the planner from reading every
	// match and sorting them when an index gives the order).
	matchCond := ""
	if lq.m != "" && !lq.byText {
		matchCond = ` AND +q.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`
	}
	lq.joins = claimsJoin
	if f.Source != "" {
		lq.joins += ` JOIN sources s ON s.id = c.source_id`
	}
	if !f.All {
		lq.joins += ` LEFT JOIN claim_copies cc ON cc.claim_id = c.id`
	}
	if lq.byDate && f.Sort != "date" {
		lq.joins += ` JOIN articles a ON a.id = q.article_id`
	}
	lq.cond = ` WHERE q.kind = 'claim' AND ` + strings.Join(lq.where, " AND ") + matchCond
	lq.from = ` FROM quantities q` + lq.joins + lq.cond
	// Sorted by article with filters on the claim only: read from claims
	// in article order (claims_article), whose rows are checked at less
	// cost than the quantities' (the unreviewed claims behind 40k reviews
	// in a third of the time).
	lq.claimsFirst = f.Sort == "article" && !lq.byText && !lq.byStatus && f.nav == nil && lq.m == "" && !lq.byDate &&
		f.Unit == "" && f.Qualifier == "" && f.Min == "" && f.Max == ""
	switch {
	case lq.byStatus:
		// the claims with this status, at most the number of reviews,
		// sorted (rather than every claim read in order and probed)
		lq.from = ` FROM claim_status cs CROSS JOIN quantities q ON q.id = cs.claim_id` + lq.joins + lq.cond
		if f.Sort == "date" {
			lq.from = ` FROM claim_status cs CROSS JOIN quantities q ON q.id = cs.claim_id JOIN articles a ON a.id = q.article_id` + lq.joins + lq.cond
		}
	case f.Sort == "date":
		// CROSS JOIN keeps articles (by articles_published) the outer loop
		lq.from = ` FROM articles a CROSS JOIN quantities q ON q.article_id = a.id` + lq.joins + lq.cond
	case lq.byText:
		lq.from = ` FROM claims_fts f CROSS JOIN quantities q ON q.rowid = f.rowid` + lq.joins + lq.cond + ` AND claims_fts MATCH ?`
	}
	lq.qargs = append([]any{}, lq.args...)
	if lq.m != "" {
		lq.qargs = append(lq.qargs, lq.m)
	}
}

// countFrom writes the count query: the ids of the filter's first
// maxCounted+1 claims (facets.go counts the facets among them), joining
// only what the filters need, in no particular order; a search is read
// from the search index (in stored order, the list's when it sorts by
// article) unless the statuses drive it, so that its prefix is set up once.
func (lq *listQuery) countFrom(f listFilter) {
	count := ` FROM claims c`
	if lq.byStatus {
		count = ` FROM claim_status cs CROSS JOIN claims c ON c.id = cs.claim_id`
	}
	if f.Unit != "" || f.Qualifier != "" || lq.m != "" || f.Min != "" || f.Max != "" {
		count += ` JOIN quantities q ON q.id = c.id`
	}
	if lq.byMatch {
		count = ` FROM claims_fts f CROSS JOIN quantities q ON q.rowid = f.rowid JOIN claims c ON c.id = q.id`
	}
	if lq.byDate {
		count += ` JOIN articles a ON a.id = c.article_id`
	}
	if f.Source != "" {
		count += ` JOIN sources s ON s.id = c.source_id`
	}
	if !f.All {
		count += ` LEFT JOIN claim_copies cc ON cc.claim_id = c.id`
	}
	count += ` WHERE ` + strings.Join(lq.where, " AND ")
	switch {
	case lq.byMatch:
		count += ` AND claims_fts MATCH ?`
		if lq.byText && f.Dir == "desc" {
			count += ` ORDER BY f.rowid DESC`
		} else {
			count += ` ORDER BY f.rowid ASC`
		}
	case lq.m != "":
		count += ` AND +q.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`
	}
	lq.count = count
}

// pageHits reads the ids of the page's claims. A filter's page is among
// the claims counted when they are all of them (sorted here), or when the
// list is in the search index's order and the page is among the first
// maxCounted+1: a search is not set up again, nor the claims of a status
// sorted.
func (s *Server) pageHits(ctx context.Context, f listFilter, lq *listQuery, counted []string, complete bool, total, offset int) ([]pageHit, bool, error) {
	order := listOrder(f, lq.byText)
	copies := `CASE WHEN cc.rep IS NULL THEN 0 ELSE (SELECT count(*) - 1 FROM claim_copies c2 WHERE c2.rep = cc.rep) END`
	if f.All {
		copies = `NULL`
	}
	var page []string
	fromCounted := false
	if complete {
		switch {
		case total <= maxCounted:
			page, fromCounted = counted, true
		case lq.byText && offset+pageSize < len(counted):
			page, offset, fromCounted = counted[offset:offset+pageSize+1], 0, true
		}
	}
	rest := strings.TrimPrefix(lq.joins, claimsJoin) + lq.cond
	switch {
	case fromCounted && len(page) == 0:
		return nil, false, nil
	case fromCounted:
		js, err := json.Marshal(page)
		if err != nil {
			return nil, false, err
		}
		return s.listPage(ctx, copies+` FROM quantities q JOIN claims c ON c.id = q.id LEFT JOIN claim_copies cc ON cc.claim_id = q.id
			JOIN articles a ON a.id = q.article_id WHERE q.id IN (SELECT value FROM json_each(?))`,
			strings.ReplaceAll(order, "f.rowid", "q.rowid"), []any{string(js)}, offset, pageBudget)
	case lq.byStatus && f.Sort == "article" && f.nav == nil:
		// Many claims with the status: read in article order and probed,
		// which finds a page at once where the status is common; where it
		// is rare (a deep page), the claims of the status are sorted.
		hits, more, err := s.listPage(ctx, copies+` FROM claims c CROSS JOIN claim_status cs ON cs.claim_id = c.id CROSS JOIN quantities q ON q.id = c.id`+rest,
			strings.ReplaceAll(order, "q.article_id", "c.article_id"), lq.qargs, offset, walkBudget)
		if errors.Is(err, errTooSlow) {
			return s.listPage(ctx, copies+lq.from, order, lq.qargs, offset, pageBudget)
		}
		return hits, more, err
	case lq.claimsFirst:
		return s.listPage(ctx, copies+` FROM claims c CROSS JOIN quantities q ON q.id = c.id`+rest,
			strings.ReplaceAll(order, "q.article_id", "c.article_id"), lq.qargs, offset, pageBudget)
	}
	return s.listPage(ctx, copies+lq.from, order, lq.qargs, offset, pageBudget)
}

// listRows reads the page's claims, their reviews and articles, and the
// search's matches in their sentences.
func (s *Server) listRows(ctx context.Context, f listFilter, hits []pageHit) ([]row, error) {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.id)
	}
	qs, status, arts, err := s.claimsWithArticles(ctx, ids)
	if err != nil {
		return nil, err
	}
	labels, err := s.statusLabels(ctx)
	if err != nil {
		return nil, err
	}
	ftsHits, err := s.ftsHits(ctx, qs, ids, f.Q) // the search's matches in each sentence (rowtext.go)
	if err != nil {
		return nil, err
	}
	var rows []row
	for _, h := range hits {
		q := qs[h.id]
		if q == nil {
			continue // replaced meanwhile
		}
		art := arts[q.ArticleID]
		r := row{ID: h.id, ArticleID: q.ArticleID, ArticleTitle: art.title(), Published: art.Published,
			Quantity: q.Quantity.Text, Interval: interval(q.Low, q.High, q.Qualifier), Qualifier: string(q.Qualifier), Unit: q.Unit,
			Status: status[h.id], StatusLabel: labels[status[h.id]]}
		if h.copies.Valid && !f.All {
			r.Copies = int(h.copies.Int64)
		}
		r.What, r.WhatInferred = what(q)
		if hl, ok := ftsHits[h.id]; ok {
			r.Sentence = rowSentenceHits(q, hl)
		} else {
			r.Sentence = rowSentence(q, f.Q)
		}
		r.Time = timeLabel(q.Time)
		if q.Source != nil {
			r.Source = q.Source.Name
		}
		if q.Cue != nil {
			r.Cue = q.Cue.Text
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// pageHit is a claim of a list page and its number of copies.
type pageHit struct {
	id     string
	copies sql.NullInt64
}

// listPage reads a page of the list: SELECT c.id, <sel> ORDER BY order,
// pageSize rows from offset, and whether more follow; errTooSlow after
// budget.
func (s *Server) listPage(ctx context.Context, sel, order string, args []any, offset int, budget time.Duration) (hits []pageHit, more bool, err error) {
	pctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	// one row more than the page: is there a next page
	args = append(append([]any{}, args...), pageSize+1, offset)
	rs, err := s.st.DB().QueryContext(pctx, `SELECT c.id, `+sel+` ORDER BY `+order+` LIMIT ? OFFSET ?`, args...)
	tooSlow := func(err error) error {
		if ctx.Err() == nil && pctx.Err() != nil {
			return errTooSlow
		}
		return err
	}
	if err != nil {
		return nil, false, tooSlow(err)
	}
	defer rs.Close()
	for rs.Next() {
		if len(hits) == pageSize {
			return hits, true, nil
		}
		var h pageHit
		if err := rs.Scan(&h.id, &h.copies); err != nil {
			return nil, false, tooSlow(err)
		}
		hits = append(hits, h)
	}
	if err := rs.Err(); err != nil {
		return nil, false, tooSlow(err)
	}
	return hits, false, nil
}

// statusLabels maps review statuses to their display labels.
func (s *Server) statusLabels(ctx context.Context) (map[string]string, error) {
	sts, err := s.st.ReviewStatuses(ctx)
	out := map[string]string{}
	for _, st := range sts {
		out[st.Status] = st.Label
	}
	return out, err
}

// option is a choice in a filter menu.
type option struct{ Value, Label string }

func (s *Server) options(ctx context.Context, query string) ([]option, error) {
	rs, err := s.st.DB().QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []option
	for rs.Next() {
		var o option
		var label sql.NullString
		if err := rs.Scan(&o.Value, &label); err != nil {
			return nil, err
		}
		o.Label = label.String
		if o.Label == "" {
			o.Label = o.Value
		}
		out = append(out, o)
	}
	return out, rs.Err()
}

// menuTTL is how long the filter menus are reused.
const menuTTL = time.Minute

// menus returns the filter menus: units, qualifiers and statuses (sources
// and articles are typed: a menu of every one of them is megabytes).
func (s *Server) menus(ctx context.Context, a *analysis) (map[string][]option, error) {
	s.mu.Lock()
	m := a.menus
	fresh := time.Since(a.menusAt) < menuTTL
	s.mu.Unlock()
	if m != nil && fresh {
		return m, nil
	}
	queries := map[string]string{
		"Units":      `SELECT unit, unit FROM claim_units WHERE unit != '' ORDER BY unit`,
		"Qualifiers": `SELECT qualifier, qualifier FROM qualifiers ORDER BY rowid`,
		"Statuses":   `SELECT status, label FROM review_statuses ORDER BY position`,
	}
	m = map[string][]option{}
	for k, q := range queries {
		o, err := s.options(ctx, q)
		if err != nil {
			return nil, err
		}
		m[k] = o
	}
	s.mu.Lock()
	a.menus, a.menusAt = m, time.Now()
	s.mu.Unlock()
	return m, nil
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	leave, ok := s.enter(r)
	if !ok {
		return
	}
	defer leave()
	r = withListMemo(r) // the facets count among the claims the list counted
	ctx := r.Context()
	a, err := s.current(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	f := parseFilter(r.URL.Query())
	rows, total, more, err := s.queryList(ctx, f)
	tooSlow := errors.Is(err, errTooSlow)
	if err != nil && !tooSlow {
		s.fail(w, err)
		return
	}
	menus, err := s.menus(ctx, a)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.mu.Lock()
	orphans, pending, unpaired := a.orphans, a.pending, a.unpaired
	s.mu.Unlock()
	data := map[string]any{"F": f, "Rows": rows, "Total": min(total, maxCounted), "More": total > maxCounted, "PageNo": f.Page,
		"Orphans": orphans, "Pending": pending, "Unpaired": unpaired, "MaxPages": maxListed / pageSize}
	if tooSlow {
		data["TooSlow"] = errTooSlow.Error()
	}
	for k, o := range menus {
		data[k] = o
	}
	if err := s.listExtras(r, data); err != nil {
		s.fail(w, err)
		return
	}
	pages := 0
	if total <= maxCounted {
		pages = (total + pageSize - 1) / pageSize
	}
	data["Pages"] = pages
	if f.Page > 1 {
		p := f.Page - 1
		if pages > 0 {
			p = min(p, pages)
		}
		data["Prev"] = "/?" + f.values(p).Encode()
	}
	if more && f.Page < maxListed/pageSize {
		data["Next"] = "/?" + f.values(f.Page+1).Encode()
	}
	s.render(w, r, "list", data)
}
