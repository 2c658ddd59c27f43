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

func (a *analysis) ref(q *claims.Quantity, status string) claimRef {
	return claimRef{ID: q.ID, ArticleID: q.ArticleID, ArticleTitle: a.title(q.ArticleID), Quantity: q.Quantity.Text,
		Interval: interval(q.Low, q.High, q.Qualifier), Sentence: q.Sentence.Text, Status: status}
}

// statuses returns the current review status of every reviewed claim.
func (s *Server) statuses(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	err := s.st.CurrentReviews(r.Context(), func(rv *sqlite.Review) error {
		out[rv.ClaimID] = rv.Status
		return nil
	})
	return out, err
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	a, err := s.current(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	id := r.PathValue("id")
	q := a.claims[id]
	if q == nil {
		w.WriteHeader(http.StatusNotFound)
		s.render(w, r, "notfound", map[string]any{"ID": id})
		return
	}
	var text string
	if err := s.st.DB().QueryRowContext(ctx, `SELECT text FROM articles WHERE id = ?`, q.ArticleID).Scan(&text); err != nil {
		s.fail(w, err)
		return
	}
	status, err := s.statuses(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	// The claim's own marks, and the article's other claims as links.
	own := []mark{{Start: q.Quantity.Start, End: q.Quantity.End, Class: "hl-q", Title: "the quantity"}}
	if q.Source != nil && q.Source.End > q.Source.Start {
		own = append(own, mark{Start: q.Source.Start, End: q.Source.End, Class: "hl-src", Title: "source: " + q.Source.Name})
	}
	if q.Cue != nil && q.Cue.End > q.Cue.Start {
		own = append(own, mark{Start: q.Cue.Start, End: q.Cue.End, Class: "hl-cue", Title: "cue"})
	}
	all := append([]mark{}, own...)
	var inArticle []claimRef
	for _, o := range a.claims {
		if o.ArticleID == q.ArticleID && o.ID != q.ID {
			all = append(all, mark{Start: o.Quantity.Start, End: o.Quantity.End, Class: "hl-other", Href: "/claim/" + url.PathEscape(o.ID),
				Title: "another claim: " + interval(o.Low, o.High, o.Qualifier)})
			inArticle = append(inArticle, a.ref(o, status[o.ID]))
		}
	}
	sortRefs(inArticle, a)
	ps, pe := paragraph(text, q.Sentence.Start, q.Sentence.End)
	if q.Sentence.End <= q.Sentence.Start {
		ps, pe = paragraph(text, q.Quantity.Start, q.Quantity.End)
	}
	var sameSource []claimRef
	if q.Source != nil && q.Source.Name != "" {
		for _, o := range a.claims {
			if o.ID != q.ID && o.Source != nil && strings.EqualFold(o.Source.Name, q.Source.Name) {
				sameSource = append(sameSource, a.ref(o, status[o.ID]))
			}
		}
		sortRefs(sameSource, a)
	}
	var copies []claimRef
	for _, c := range a.copies(q.ID) {
		copies = append(copies, a.ref(c, status[c.ID]))
	}
	var dups []articleInfo
	for _, d := range a.dupOf[q.ArticleID] {
		dups = append(dups, a.articles[d])
	}
	history, err := s.st.ReviewHistory(ctx, q.ID)
	if err != nil {
		s.fail(w, err)
		return
	}
	statuses, err := s.st.ReviewStatuses(ctx)
	if err != nil {
		s.fail(w, err)
		return
	}
	labels := map[string]string{}
	for _, st := range statuses {
		labels[st.Status] = st.Label
	}
	reviewer := ""
	if c, err := r.Cookie(reviewerCookie); err == nil {
		reviewer, _ = url.QueryUnescape(c.Value)
	}
	wh, inferred := what(q)
	art := a.articles[q.ArticleID]
	data := map[string]any{
		"Q": q, "Interval": interval(q.Low, q.High, q.Qualifier), "What": wh, "WhatInferred": inferred,
		"Article": art, "ArticleLink": safeLink(art.URL),
		"Paragraph": highlight(text, ps, pe, own), "Full": highlight(text, 0, len(text), all),
		"InArticle": inArticle, "SameSource": sameSource, "Copies": copies, "Duplicates": dups,
		"History": history, "Labels": labels, "Statuses": statuses, "Reviewer": reviewer,
		"Status": status[q.ID], "Saved": r.URL.Query().Get("saved") != "", "Error": errorText(r.URL.Query().Get("error")),
	}
	s.saveOutcome(r, data)
	if g := a.groupOf[q.ID]; g != nil {
		data["Group"] = g.Key.String()
		data["GroupAnchor"] = anchor(g.Key.String())
		data["GroupSize"] = len(g.Members)
	}
	s.render(w, r, "claim", data)
}

func sortRefs(rs []claimRef, a *analysis) {
	less := func(x, y claimRef) bool {
		qx, qy := a.claims[x.ID], a.claims[y.ID]
		return qx.ArticleID < qy.ArticleID || qx.ArticleID == qy.ArticleID && qx.Quantity.Start < qy.Quantity.Start
	}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && less(rs[j], rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// handleReview records a review (and, when asked, the same review of the
// claim's copies in near-duplicate articles, in the same transaction), then
// redirects to the claim. A review that is not stored is never answered
// with a redirect: the claim page is shown again with what went wrong, the
// note as typed, and a 4xx or 5xx status.
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
		s.saveFailed(w, r, http.StatusBadRequest, errTooLong, note)
		return
	}
	var copies []string
	if r.PostFormValue("copies") == "1" {
		a, err := s.current(ctx)
		if err != nil {
			s.logf("review of %s: %v", id, err)
			s.saveFailed(w, r, http.StatusServiceUnavailable, errStore, note)
			return
		}
		for _, c := range a.copies(id) {
			copies = append(copies, c.ID)
		}
	}
	saved, err := s.st.AddReviews(ctx, id, copies, status, note, reviewer)
	switch {
	case errors.Is(err, sqlite.ErrNoClaim):
		http.Error(w, "no such claim", http.StatusNotFound)
		return
	case errors.Is(err, sqlite.ErrNoReviewer):
		s.saveFailed(w, r, http.StatusBadRequest, errReviewer, note)
		return
	case errors.Is(err, sqlite.ErrBadStatus):
		s.saveFailed(w, r, http.StatusBadRequest, errStatus, note)
		return
	case err != nil:
		s.logf("review of %s: %v", id, err)
		code := errStore
		if sqlite.IsReadOnly(err) {
			code = errReadOnly
		}
		s.saveFailed(w, r, http.StatusServiceUnavailable, code, note)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: reviewerCookie, Value: url.QueryEscape(reviewer), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: 365 * 24 * 3600})
	loc := back + "?saved=1"
	if len(copies) > 0 {
		loc += "&copies=" + strconv.Itoa(len(saved)-1) + "&of=" + strconv.Itoa(len(copies))
	}
	http.Redirect(w, r, loc, http.StatusSeeOther)
}
