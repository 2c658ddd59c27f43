package review

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// inPlaceForm is what the compare page's verdict forms need: one per page,
// shared by its groups; render fills in the CSRF token.
type inPlaceForm struct {
	CSRF         string
	Reviewer     string
	Offered      []sqlite.ReviewStatus
	Ratings      []sqlite.ClaimRating
	RatingLabels map[string]string
}

func (s *Server) inPlace(r *http.Request) (*inPlaceForm, error) {
	data := map[string]any{}
	if err := s.reviewChoices(r.Context(), r, data); err != nil {
		return nil, err
	}
	f := &inPlaceForm{}
	f.Offered, _ = data["Offered"].([]sqlite.ReviewStatus)
	f.Ratings, _ = data["Ratings"].([]sqlite.ClaimRating)
	f.RatingLabels, _ = data["RatingLabels"].(map[string]string)
	if c, err := r.Cookie(reviewerCookie); err == nil {
		f.Reviewer, _ = url.QueryUnescape(c.Value)
	}
	return f, nil
}

// valueSummary is one value of a comparison group: how many claims give it,
// from how many sources and articles ("107 ×4 · 3 sources · 2 articles").
type valueSummary struct {
	Value                     string
	Claims, Sources, Articles int
}

// summaryDepth bounds the claims a group's value summary reads, and
// summaryShown the values it shows (most claims first).
const (
	summaryDepth = 2000
	summaryShown = 6
)

// valueSummary counts the group's values, over its first summaryDepth
// claims by value (the group's index), at most summaryShown of them.
func (s *Server) valueSummary(ctx context.Context, gid int64) ([]valueSummary, error) {
	rows, err := s.st.DB().QueryContext(ctx, `SELECT value, count(*), count(DISTINCT nullif(source, '')), count(DISTINCT article_id)
		FROM (SELECT value, source, article_id FROM claim_measures WHERE gid = ? ORDER BY value LIMIT ?)
		GROUP BY value HAVING count(*) > 1 ORDER BY count(*) DESC, value LIMIT ?`, gid, summaryDepth, summaryShown)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []valueSummary
	for rows.Next() {
		var v valueSummary
		var f float64
		if err := rows.Scan(&f, &v.Claims, &v.Sources, &v.Articles); err != nil {
			return nil, err
		}
		v.Value = fmtNum(f)
		out = append(out, v)
	}
	return out, rows.Err()
}

// ratingOf returns the claim verdict of each of the claims that have one.
func (s *Server) ratingOf(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	vs, err := s.currentVerdicts(ctx, ids)
	for id, v := range vs {
		if v.Rating != "" {
			out[id] = v.Rating
		}
	}
	return out, err
}

// compareBack is where a verdict given in place on the compare page
// returns: a /compare URL of this site, or "" for the claim page.
func compareBack(v string) string {
	if strings.HasPrefix(v, "/compare") && !strings.ContainsAny(v, "\r\n\\") && !strings.HasPrefix(v, "/compare/") {
		return v
	}
	return ""
}

// storyWindow is how far apart (days) two figures of one story may refer to.
const storyWindow = 10

// storyView is a story within a comparison group: figures about the same
// quantity that share an article (or a near-duplicate of it) or a source,
// and refer to days within storyWindow of each other.
type storyView struct {
	N                 int
	From, To          string // the days the figures refer to
	Sources, Articles int
	Values            []valueSummary
	Rows              []groupRow
}

// storyKeys are what stories are told apart by: the source's entity (its
// name when it has none; "" when unattributed) and the day the figure refers
// to (the start of its time, else its article's date).
func storyKeys(q *claims.Quantity, published string) (entity, day string) {
	if src := q.Source; src != nil {
		entity = strings.ToLower(src.Name)
		if src.Entity != nil && src.Entity.ID != "" {
			entity = "e:" + src.Entity.ID
		}
	}
	if t := q.Time; t != nil && t.From != "" {
		day = t.From
	} else if t != nil && t.To != "" {
		day = t.To
	} else if len(published) >= 10 {
		day = published[:10]
	}
	return entity, day
}

func dayOf(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// stories splits a page of a group's figures into stories: two figures are
// in one story when they refer to days at most storyWindow apart (or one
// has no day) and come from the same article, near-duplicate articles, or
// the same source entity. Linked figures chain (union-find). The page is
// bounded (membersPerPage figures), so this is at most 50² comparisons.
func stories(rows []groupRow) []storyView {
	if len(rows) < 2 {
		return nil
	}
	parent := make([]int, len(rows))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	arts := make([]map[string]bool, len(rows))
	for i, r := range rows {
		arts[i] = map[string]bool{r.ArticleID: true}
		for _, a := range r.Also {
			arts[i][a.ArticleID] = true
		}
	}
	near := func(a, b string) bool {
		ta, oka := dayOf(a)
		tb, okb := dayOf(b)
		if !oka || !okb {
			return true
		}
		d := ta.Sub(tb).Hours() / 24
		return d <= storyWindow && d >= -storyWindow
	}
	for i := range rows {
		for j := i + 1; j < len(rows); j++ {
			if !near(rows[i].day, rows[j].day) {
				continue
			}
			linked := rows[i].entity != "" && rows[i].entity == rows[j].entity
			for a := range arts[i] {
				linked = linked || arts[j][a]
			}
			if linked {
				parent[find(i)] = find(j)
			}
		}
	}
	byRoot := map[int]int{}
	var out []storyView
	for i, r := range rows {
		k := find(i)
		si, ok := byRoot[k]
		if !ok {
			si = len(out)
			byRoot[k] = si
			out = append(out, storyView{})
		}
		out[si].Rows = append(out[si].Rows, r)
	}
	if len(out) == len(rows) {
		return nil // no two figures in one story: the plain table says it all
	}
	for i := range out {
		st := &out[i]
		st.N = len(st.Rows)
		srcs, as := map[string]bool{}, map[string]bool{}
		vals := map[string]*valueSummary{}
		var order []string
		for _, r := range st.Rows {
			if r.day != "" && (st.From == "" || r.day < st.From) {
				st.From = r.day
			}
			if r.day > st.To {
				st.To = r.day
			}
			if r.entity != "" {
				srcs[r.entity] = true
			}
			as[r.ArticleID] = true
			v := vals[r.Interval]
			if v == nil {
				v = &valueSummary{Value: r.Interval}
				vals[r.Interval] = v
				order = append(order, r.Interval)
			}
			v.Claims++
		}
		st.Sources, st.Articles = len(srcs), len(as)
		for _, k := range order {
			if vals[k].Claims > 1 {
				st.Values = append(st.Values, *vals[k])
			}
		}
	}
	return out
}

// ratingLabels maps claim ratings to their labels.
func (s *Server) ratingLabels(ctx context.Context) (map[string]string, error) {
	rs, err := s.st.ClaimRatings(ctx)
	out := map[string]string{}
	for _, r := range rs {
		out[r.Rating] = r.Label
	}
	return out, err
}
