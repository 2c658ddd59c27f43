package review

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// claimRef is a link to a claim with what a list of claims shows.
type claimRef struct {
	ID, ArticleID, ArticleTitle, Quantity, Interval, Sentence, Status string
}

func ref(q *claims.Quantity, art articleInfo, status string) claimRef {
	return claimRef{ID: q.ID, ArticleID: q.ArticleID, ArticleTitle: art.title(), Quantity: q.Quantity.Text,
		Interval: interval(q.Low, q.High, q.Qualifier), Sentence: q.Sentence.Text, Status: status}
}

// handleReview records a review (and, when asked, the same review of the
// claim's copies in near-duplicate articles), then redirects to the claim.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if !s.csrfOK(r) {
		http.Error(w, "invalid or missing CSRF token; reload the page and try again", http.StatusForbidden)
		return
	}
	id := r.PathValue("id")
	back := "/claim/" + url.PathEscape(id)
	status, note, reviewer := r.PostFormValue("status"), strings.TrimSpace(r.PostFormValue("note")), strings.TrimSpace(r.PostFormValue("reviewer"))
	if len(note) > 10000 || len(reviewer) > 200 {
		http.Error(w, "note or reviewer name too long", http.StatusBadRequest)
		return
	}
	if _, err := s.st.AddReview(ctx, id, status, note, reviewer); err != nil {
		if errors.Is(err, sqlite.ErrNoClaim) {
			http.Error(w, "no such claim", http.StatusNotFound)
			return
		}
		http.Redirect(w, r, back+"?error="+url.QueryEscape(err.Error()), http.StatusSeeOther)
		return
	}
	if r.PostFormValue("copies") == "1" {
		if ids, _, err := s.copyIDs(ctx, id, maxCopyReviews); err == nil {
			for _, c := range ids {
				if _, err := s.st.AddReview(ctx, c, status, note, reviewer); err != nil {
					s.logf("review of copy %s: %v", c, err)
				}
			}
		}
	}
	http.SetCookie(w, &http.Cookie{Name: reviewerCookie, Value: url.QueryEscape(reviewer), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: 365 * 24 * 3600})
	http.Redirect(w, r, back+"?saved=1", http.StatusSeeOther)
}
