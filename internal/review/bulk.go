package review

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// maxBulk is the most claims one bulk verdict records (a page of the list
// is pageSize rows; a forged form cannot make one transaction huge).
const maxBulk = 500

// reviewChoices adds to a page's data what a review form offers: the
// extraction answers and claim ratings still offered, and the reviewer's
// name from the cookie.
func (s *Server) reviewChoices(ctx context.Context, r *http.Request, data map[string]any) error {
	statuses, err := s.st.ReviewStatuses(ctx)
	if err != nil {
		return err
	}
	var offered []sqlite.ReviewStatus
	for _, st := range statuses {
		if st.Offered {
			offered = append(offered, st)
		}
	}
	ratings, err := s.st.ClaimRatings(ctx)
	if err != nil {
		return err
	}
	var rs []sqlite.ClaimRating
	labels := map[string]string{}
	for _, rt := range ratings {
		labels[rt.Rating] = rt.Label
		if rt.Offered {
			rs = append(rs, rt)
		}
	}
	data["Offered"], data["Ratings"], data["RatingLabels"] = offered, rs, labels
	if name, ok := reviewerName(r); ok {
		data["Reviewer"] = name
	}
	return nil
}

// listBack is the list URL a bulk form returns to: a path on this site
// starting with "/?" or "/" itself, anything else is "/".
func listBack(v string) string {
	if v == "/" || strings.HasPrefix(v, "/?") && !strings.ContainsAny(v, "\r\n\\") {
		return v
	}
	return "/"
}

// handleBulk records one verdict for the claims picked on the list, in one
// transaction, then returns to the list saying how many were stored. Like a
// single review, a verdict that is not stored is answered with an error
// status, never a redirect.
func (s *Server) handleBulk(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ids := r.PostForm["id"]
	back := listBack(r.PostFormValue("back"))
	v := sqlite.Verdict{Status: r.PostFormValue("status"), Rating: r.PostFormValue("rating"),
		EvidenceURL: strings.TrimSpace(r.PostFormValue("evidence")), Note: strings.TrimSpace(r.PostFormValue("note")),
		Reviewer: strings.TrimSpace(r.PostFormValue("reviewer"))}
	bad := func(code int, msg string) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(code)
		w.Write([]byte(msg + "\n\nGo back to the list to try again: nothing was saved.\n"))
	}
	switch {
	case len(ids) == 0:
		bad(http.StatusBadRequest, "No claims were selected: tick the rows to record the verdict for.")
		return
	case len(ids) > maxBulk:
		bad(http.StatusBadRequest, "At most "+strconv.Itoa(maxBulk)+" claims can be given one verdict at once.")
		return
	case verdictTooLong(v.Note, v.Reviewer, v.EvidenceURL):
		bad(http.StatusBadRequest, errorText(errTooLong))
		return
	}
	saved, err := s.st.AddVerdicts(r.Context(), ids, v)
	if err != nil {
		status, code := verdictFailure(err)
		if status == http.StatusServiceUnavailable {
			s.logf("bulk review of %d claims: %v", len(ids), err)
			w.Header().Set("Retry-After", "2")
		}
		bad(status, errorText(code))
		return
	}
	rememberReviewer(w, v.Reviewer)
	sep := "?"
	if strings.Contains(back, "?") {
		sep = "&"
	}
	http.Redirect(w, r, back+sep+"bulk="+strconv.Itoa(len(saved))+"&of="+strconv.Itoa(len(ids)), http.StatusSeeOther)
}

// listExtras adds to the list page's data the bulk verdict form's choices,
// the URL to come back to, and the outcome of the last bulk verdict.
func (s *Server) listExtras(r *http.Request, data map[string]any) error {
	if err := s.reviewChoices(r.Context(), r, data); err != nil {
		return err
	}
	q := r.URL.Query()
	if n, err := strconv.Atoi(q.Get("bulk")); err == nil && n >= 0 {
		of, _ := strconv.Atoi(q.Get("of"))
		data["BulkSaved"], data["BulkOf"] = n, max(n, of)
		q.Del("bulk")
		q.Del("of")
	}
	data["Back"] = "/"
	if len(q) > 0 {
		data["Back"] = "/?" + q.Encode()
	}
	// The export links carry the filter, not the page.
	f := parseFilter(q)
	if err := s.facets(r, f, data); err != nil {
		return err
	}
	enc := f.values(1).Encode()
	if enc != "" {
		enc = "?" + enc
	}
	data["ExportCSV"], data["ExportJSONL"] = "/export/claims.csv"+enc, "/export/claims.jsonl"+enc
	data["In"] = f.values(1).Encode() // claim links carry the filter: save & next walks it
	return nil
}
