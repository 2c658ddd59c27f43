package review

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/compare"
)

// pageSize is the number of claims per list page.
const pageSize = 50

// listFilter is the claims list's query string.
type listFilter struct {
	Source, Article, Unit, Qualifier, Status, Q string
	Sort, Dir                                   string
	All                                         bool // show every copy of claims shared by near-duplicates
	Page                                        int
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
	f.Page, _ = strconv.Atoi(v.Get("page"))
	if f.Page < 1 {
		f.Page = 1
	}
	return f
}

// values is f as a query string, with page p.
func (f listFilter) values(p int) url.Values {
	v := url.Values{}
	set := func(k, x string) {
		if x != "" {
			v.Set(k, x)
		}
	}
	set("source", f.Source)
	set("article", f.Article)
	set("unit", f.Unit)
	set("qualifier", f.Qualifier)
	set("status", f.Status)
	set("q", f.Q)
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

func (s *Server) queryList(ctx context.Context, a *analysis, f listFilter) (rows []row, total int, err error) {
	where := []string{"1 = 1"}
	var args []any
	add := func(cond string, vals ...any) {
		where = append(where, cond)
		args = append(args, vals...)
	}
	if f.Source != "" {
		add("s.name = ?", f.Source)
	}
	if f.Article != "" {
		add("c.article_id = ?", f.Article)
	}
	if f.Unit != "" {
		add("q.unit = ?", f.Unit)
	}
	if f.Qualifier != "" {
		add("q.qualifier = ?", f.Qualifier)
	}
	switch f.Status {
	case "":
	case "unreviewed":
		add("r.status IS NULL")
	default:
		add("r.status = ?", f.Status)
	}
	if m := ftsQuery(f.Q); m != "" {
		add(`q.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`, m)
	}
	if !f.All && len(a.hidden) > 0 {
		ids, _ := json.Marshal(a.hiddenIDs())
		add("c.id NOT IN (SELECT value FROM json_each(?))", string(ids))
	}
	from := ` FROM claims c JOIN quantities q ON q.id = c.id JOIN articles a ON a.id = c.article_id
		LEFT JOIN sources s ON s.id = c.source_id
		LEFT JOIN current_reviews r ON r.claim_id = c.id
		LEFT JOIN review_statuses rs ON rs.status = r.status
		WHERE ` + strings.Join(where, " AND ")
	if err := s.st.DB().QueryRowContext(ctx, `SELECT count(*)`+from, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	dir := " ASC"
	if f.Dir == "desc" {
		dir = " DESC"
	}
	order := "c.article_id" + dir + ", q.start"
	switch f.Sort {
	case "date":
		order = "a.published" + dir + ", c.article_id, q.start"
	case "value":
		order = "coalesce((q.low + q.high) / 2, q.low, q.high)" + dir + ", c.article_id, q.start"
	}
	qargs := append(append([]any{}, args...), pageSize, (f.Page-1)*pageSize)
	rs, err := s.st.DB().QueryContext(ctx, `SELECT c.id, coalesce(r.status, ''), coalesce(rs.label, '')`+from+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, qargs...)
	if err != nil {
		return nil, 0, err
	}
	defer rs.Close()
	for rs.Next() {
		var id, status, label string
		if err := rs.Scan(&id, &status, &label); err != nil {
			return nil, 0, err
		}
		q := a.claims[id]
		if q == nil {
			continue // stored after the analysis was built; shown on the next load
		}
		r := row{ID: id, ArticleID: q.ArticleID, ArticleTitle: a.title(q.ArticleID), Published: a.articles[q.ArticleID].Published,
			Quantity: q.Quantity.Text, Interval: interval(q.Low, q.High, q.Qualifier), Qualifier: string(q.Qualifier), Unit: q.Unit,
			Status: status, StatusLabel: label, Copies: len(a.copies(id))}
		r.What, r.WhatInferred = what(q)
		if q.Source != nil {
			r.Source = q.Source.Name
		}
		if q.Cue != nil {
			r.Cue = q.Cue.Text
		}
		rows = append(rows, r)
	}
	return rows, total, rs.Err()
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

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a, err := s.current(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	f := parseFilter(r.URL.Query())
	rows, total, err := s.queryList(ctx, a, f)
	if err != nil {
		s.fail(w, err)
		return
	}
	menus := map[string]string{
		"Sources":    `SELECT DISTINCT s.name, s.name FROM sources s JOIN claims c ON c.source_id = s.id ORDER BY s.name COLLATE NOCASE`,
		"Articles":   `SELECT id, CASE WHEN title = '' THEN id ELSE title END FROM articles ORDER BY id`,
		"Units":      `SELECT DISTINCT q.unit, q.unit FROM quantities q JOIN claims c ON c.id = q.id WHERE q.unit != '' ORDER BY q.unit`,
		"Qualifiers": `SELECT qualifier, qualifier FROM qualifiers ORDER BY rowid`,
		"Statuses":   `SELECT status, label FROM review_statuses ORDER BY position`,
	}
	data := map[string]any{"F": f, "Rows": rows, "Total": total, "PageNo": f.Page, "Hidden": len(a.hidden)}
	for k, q := range menus {
		o, err := s.options(ctx, q)
		if err != nil {
			s.fail(w, err)
			return
		}
		data[k] = o
	}
	pages := (total + pageSize - 1) / pageSize
	data["Pages"] = pages
	if f.Page > 1 {
		data["Prev"] = "/?" + f.values(f.Page-1).Encode()
	}
	if f.Page < pages {
		data["Next"] = "/?" + f.values(f.Page+1).Encode()
	}
	var orphans int
	s.st.DB().QueryRowContext(ctx, `SELECT count(*) FROM current_reviews WHERE claim_id NOT IN (SELECT id FROM claims)`).Scan(&orphans)
	data["Orphans"] = orphans
	s.render(w, r, "list", data)
}
