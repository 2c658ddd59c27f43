package review

import (
	"context"
	"net/http"
	"strconv"
)

// The messages a claim page shows about a review that was not saved: a
// fixed set, chosen by code (?error=CODE), never text taken from the URL.
const (
	errReviewer = "reviewer"
	errStatus   = "status"
	errRating   = "rating"
	errURL      = "evidence"
	errTooLong  = "too-long"
	errStore    = "store"
	errReadOnly = "read-only"
)

var errorTexts = map[string]string{
	errReviewer: "The review was not saved: enter your name.",
	errStatus:   "The review was not saved: answer the extraction question (correct, wrong number, wrong source, not a claim).",
	errRating:   "The review was not saved: choose one of the claim verdicts, or none.",
	errURL:      "The review was not saved: the evidence must be an http:// or https:// address.",
	errTooLong:  "The review was not saved: the note may hold 10,000 characters, the name 200 and the evidence URL 2,000.",
	errStore:    "The review was not saved: the database is busy or failing. Save it again in a moment; if it keeps failing, tell whoever runs extract serve.",
	errReadOnly: "The review was not saved: this database is open read-only (a read-only file or directory), so reviews cannot be stored.",
}

// errorText is the message for a code; an unknown code gets a generic one.
func errorText(code string) string {
	if code == "" {
		return ""
	}
	if t, ok := errorTexts[code]; ok {
		return t
	}
	return "The review was not saved."
}

// failedSave is what a claim page shows after a review that was not saved.
type failedSave struct {
	code, note string
}

type failedSaveKey struct{}

// saveFailed shows the claim page again with the error, the note as typed
// and the given status (never a redirect, which a client takes for success).
func (s *Server) saveFailed(w http.ResponseWriter, r *http.Request, status int, code, note string) {
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "2")
	}
	g := r.Clone(context.WithValue(r.Context(), failedSaveKey{}, &failedSave{code: code, note: note}))
	g.Method = http.MethodGet
	g.URL.RawQuery = ""
	s.handleClaim(&statusWriter{ResponseWriter: w, status: status}, g)
}

// saveOutcome adds to a claim page's data what happened to the last save:
// an error with the note typed, or how many near-duplicate copies got the
// review.
func (s *Server) saveOutcome(r *http.Request, data map[string]any) {
	if f, ok := r.Context().Value(failedSaveKey{}).(*failedSave); ok {
		data["Error"], data["Note"], data["Saved"] = errorText(f.code), f.note, false
		return
	}
	q := r.URL.Query()
	if n, err := strconv.Atoi(q.Get("copies")); err == nil && n >= 0 {
		of, _ := strconv.Atoi(q.Get("of"))
		data["SavedCopies"], data["CopiesOf"] = n, max(of, n)
	}
}

// statusWriter answers with status instead of 200.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if code == http.StatusOK {
		code = w.status
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.ResponseWriter.Write(b)
}
