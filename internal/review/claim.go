package review

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
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
// claim's copies in near-duplicate articles, in the same transaction), then
// redirects to the claim. A review that is not stored is never answered
// with a redirect: the claim page is shown again with what went wrong, the
// note as typed, and a 4xx or 5xx status.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !s.postedForm(w, r) {
		return
	}
	id := r.PathValue("id")
	back := "/claim/" + url.PathEscape(id)
	status, note, reviewer := r.PostFormValue("status"), strings.TrimSpace(r.PostFormValue("note")), strings.TrimSpace(r.PostFormValue("reviewer"))
	rating, evidence := r.PostFormValue("rating"), strings.TrimSpace(r.PostFormValue("evidence"))
	if verdictTooLong(note, reviewer, evidence) {
		s.saveFailed(w, r, http.StatusBadRequest, errTooLong, note)
		return
	}
	var copies []string
	if r.PostFormValue("copies") == "1" {
		ids, _, err := s.copyIDs(ctx, id, maxCopyReviews)
		if err != nil {
			s.logf("review of %s: %v", id, err)
			s.saveFailed(w, r, http.StatusServiceUnavailable, errStore, note)
			return
		}
		copies = ids
	}
	saved, err := s.st.AddVerdict(ctx, id, copies, sqlite.Verdict{Status: status, Rating: rating, EvidenceURL: evidence, Note: note, Reviewer: reviewer})
	switch {
	case errors.Is(err, sqlite.ErrNoClaim):
		http.Error(w, "no such claim", http.StatusNotFound)
		return
	case err != nil:
		httpStatus, code := verdictFailure(err)
		if httpStatus == http.StatusServiceUnavailable {
			s.logf("review of %s: %v", id, err)
		}
		s.saveFailed(w, r, httpStatus, code, note)
		return
	}
	rememberReviewer(w, reviewer)
	if r.PostFormValue("next") == "unreviewed" {
		var next string
		var err error
		in := queueIn(r.PostFormValue("in"))
		if in != nil {
			next, err = s.nextInFilter(ctx, *in, id) // the list the claim was opened from
		} else {
			next, err = s.nextUnreviewed(ctx, id)
		}
		if err != nil {
			s.logf("next unreviewed after %s: %v", id, err)
		}
		if next != "" {
			rememberReviewer(w, reviewer)
			loc := "/claim/" + url.PathEscape(next) + "?saved=1&prev=" + url.QueryEscape(id)
			if in != nil {
				loc += "&in=" + url.QueryEscape(in.values(1).Encode())
			}
			if len(copies) > 0 {
				loc += "&copies=" + strconv.Itoa(len(saved)-1) + "&of=" + strconv.Itoa(len(copies))
			}
			http.Redirect(w, r, loc, http.StatusSeeOther)
			return
		}
		if err == nil {
			// nothing left to review in the list (or anywhere): say so
			loc := back + "?saved=1&done=1"
			if in != nil {
				loc += "&in=" + url.QueryEscape(in.values(1).Encode())
			}
			http.Redirect(w, r, loc, http.StatusSeeOther)
			return
		}
	}
	if b := compareBack(r.PostFormValue("back")); b != "" {
		// a verdict given in place on the compare page: back to its row
		if i := strings.IndexByte(b, '#'); i >= 0 {
			b = b[:i]
		}
		http.Redirect(w, r, b+"#c-"+url.PathEscape(id), http.StatusSeeOther)
		return
	}
	loc := back + "?saved=1"
	if len(copies) > 0 {
		loc += "&copies=" + strconv.Itoa(len(saved)-1) + "&of=" + strconv.Itoa(len(copies))
	}
	http.Redirect(w, r, loc, http.StatusSeeOther)
}
