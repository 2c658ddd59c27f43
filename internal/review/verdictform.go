package review

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// What a review form (one claim's, or the list's bulk verdict) shares: the
// form and its CSRF token, the limits of what it may hold, the store's
// refusals and the reviewer's name kept in a cookie.

// postedForm parses a review form's POST and checks its CSRF token,
// answering 400 or 403 and false when either fails.
func (s *Server) postedForm(w http.ResponseWriter, r *http.Request) bool {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return false
	}
	return s.csrfChecked(w, r)
}

// csrfChecked answers 403 and false when r has no valid CSRF token.
func (s *Server) csrfChecked(w http.ResponseWriter, r *http.Request) bool {
	if !s.csrfOK(r) {
		http.Error(w, "invalid or missing CSRF token; reload the page and try again", http.StatusForbidden)
		return false
	}
	return true
}

// verdictTooLong reports a note, reviewer name or evidence URL longer
// than a review may hold (errTooLong).
func verdictTooLong(note, reviewer, evidence string) bool {
	return len(note) > 10000 || len(reviewer) > 200 || len(evidence) > 2000
}

// verdictRefusals are the store's refusals of a verdict, each with the
// code of its message: the reviewer can mend them (400).
var verdictRefusals = []struct {
	err  error
	code string
}{
	{sqlite.ErrNoReviewer, errReviewer},
	{sqlite.ErrBadStatus, errStatus},
	{sqlite.ErrBadRating, errRating},
	{sqlite.ErrBadURL, errURL},
}

// verdictFailure is the status and message code for a verdict the store
// did not save: 400 for a refusal (verdictRefusals), else 503 with
// errReadOnly or errStore (logged by the caller).
func verdictFailure(err error) (int, string) {
	for _, v := range verdictRefusals {
		if errors.Is(err, v.err) {
			return http.StatusBadRequest, v.code
		}
	}
	if sqlite.IsReadOnly(err) {
		return http.StatusServiceUnavailable, errReadOnly
	}
	return http.StatusServiceUnavailable, errStore
}

// reviewerName is the reviewer's name from the cookie, and whether there
// is one.
func reviewerName(r *http.Request) (string, bool) {
	c, err := r.Cookie(reviewerCookie)
	if err != nil {
		return "", false
	}
	name, _ := url.QueryUnescape(c.Value)
	return name, true
}

// rememberReviewer keeps the reviewer's name in a cookie for a year.
func rememberReviewer(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{Name: reviewerCookie, Value: url.QueryEscape(name), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: 365 * 24 * 3600})
}
