package review

import (
	"context"
	"net/http"
	"strings"

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
	f.Reviewer, _ = reviewerName(r)
	return f, nil
}

// valueSummary is one value of a story: how many claims give it,
// from how many sources and articles ("107 ×4 · 3 sources · 2 articles").
type valueSummary struct {
	Value                     string
	Claims, Sources, Articles int
}

// summaryDepth bounds the claims a story's value summary reads, and
// summaryShown the values it shows (most claims first).
const (
	summaryDepth = 2000
	summaryShown = 6
)

// valueSummary counts the story's values, over its first summaryDepth
// claims in time (story_claims_sid), at most summaryShown of them.
func (s *Server) valueSummary(ctx context.Context, sid int64) ([]valueSummary, error) {
	rows, err := s.st.DB().QueryContext(ctx, `SELECT value, count(*), count(DISTINCT nullif(source, '')), count(DISTINCT article_id)
		FROM (SELECT value, source, article_id FROM story_claims WHERE sid = ? ORDER BY day_from, value DESC LIMIT ?)
		GROUP BY value ORDER BY count(*) DESC, value LIMIT ?`, sid, summaryDepth, summaryShown)
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

// ratingLabels maps claim ratings to their labels.
func (s *Server) ratingLabels(ctx context.Context) (map[string]string, error) {
	rs, err := s.st.ClaimRatings(ctx)
	out := map[string]string{}
	for _, r := range rs {
		out[r.Rating] = r.Label
	}
	return out, err
}
