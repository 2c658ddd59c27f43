// Package review is `extract serve`: a local web app over the claims
// database for fact-checkers. It lists and filters claims, shows each in its
// article with the quantity, source and cue highlighted, records reviews
// (with history, in the database's reviews table only), compares the figures
// different sources give for the same thing, flags near-duplicate articles,
// and exports reviews as schema.org ClaimReview or CSV.
//
// Everything from the database is untrusted: it is rendered through
// html/template, links are only made for http(s) URLs, a Content Security
// Policy forbids inline script, POSTs carry a CSRF token, and Host headers
// are checked so that a DNS-rebinding page cannot reach a loopback server.
package review

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure a Server.
type Options struct {
	// Token, when set, is required: as "Authorization: Bearer <token>" or
	// through the login form, which sets a cookie.
	Token string
	// Addr is the address the server listens on; when it is a loopback
	// address, requests must name a loopback host (or Addr's host) in their
	// Host header.
	Addr string
	// SiteURL is the app's public address (https://host/prefix), which
	// the ClaimReview export builds each review's url from (the claim's
	// page); without it, the article's URL, or for an article without one
	// the claim's page at the address the request came to.
	SiteURL string
	// Log receives one line per failed request; nil discards.
	Log *log.Logger
}

// Server is the review app.
type Server struct {
	st    *sqlite.Store
	opt   Options
	key   []byte // signs CSRF tokens
	pages map[string]*template.Template
	mux   *http.ServeMux

	mu       sync.Mutex
	analysis *analysis

	guesses guessLimiter  // wrong tokens by client address
	gate    chan struct{} // pages being built (analysis.go)
}

// New returns the app over st, whose schema must include the review tables
// (open it with sqlite.Open).
func New(st *sqlite.Store, opt Options) (*Server, error) {
	if !st.HasReviews() {
		return nil, fmt.Errorf("%s: no review tables (open the database read-write to upgrade it)", st.Path())
	}
	s := &Server{st: st, opt: opt, key: make([]byte, 32), pages: map[string]*template.Template{}}
	s.gate = limitConns(st) // analysis.go
	if _, err := rand.Read(s.key); err != nil {
		return nil, err
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	static, _ := fs.Sub(staticFS, "static")
	m := http.NewServeMux()
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /{$}", s.handleList)
	m.HandleFunc("GET /claim/{id}", s.handleClaim)
	m.HandleFunc("POST /claim/{id}/review", s.handleReview)
	m.HandleFunc("POST /review/bulk", s.handleBulk)
	m.HandleFunc("GET /suggest", s.handleSuggest)
	m.HandleFunc("GET /export/claims.csv", s.handleExportClaims("csv"))
	m.HandleFunc("GET /export/claims.jsonl", s.handleExportClaims("jsonl"))
	m.HandleFunc("GET /compare", s.handleCompare)
	m.HandleFunc("GET /duplicates", s.handleDuplicates)
	m.HandleFunc("GET /export/reviews.jsonld", s.handleExport("claimreview"))
	m.HandleFunc("GET /export/reviews.csv", s.handleExport("csv"))
	m.HandleFunc("GET /login", s.handleLoginForm)
	m.HandleFunc("POST /login", s.handleLogin)
	s.mux = m
	return s, nil
}

func (s *Server) logf(format string, args ...any) {
	if s.opt.Log != nil {
		s.opt.Log.Printf(format, args...)
	}
}

// ServeHTTP applies the security checks and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "+
		"form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if !s.hostAllowed(r.Host) {
		http.Error(w, "forbidden host", http.StatusForbidden)
		return
	}
	if msg, code := boundRequest(r); code != 0 {
		http.Error(w, msg, code)
		return
	}
	if s.opt.Token != "" && r.Header.Get("Authorization") != "" && !s.guesses.allowed(clientIP(r)) {
		// even a right token: a guesser must learn nothing
		w.Header().Set("Retry-After", strconv.Itoa(int(guessWindow.Seconds())))
		http.Error(w, "too many wrong tokens from this address; wait a while", http.StatusTooManyRequests)
		return
	}
	if s.opt.Token != "" && !s.authenticated(r) && r.URL.Path != "/login" && !strings.HasPrefix(r.URL.Path, "/static/") {
		if r.Header.Get("Authorization") != "" {
			s.guesses.fail(clientIP(r))
		}
		if r.Method == http.MethodGet && r.Header.Get("Authorization") == "" {
			http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="extract"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// hostAllowed guards against DNS rebinding: a server on a loopback address
// answers only to loopback host names.
func (s *Server) hostAllowed(host string) bool {
	lh, _, err := net.SplitHostPort(s.opt.Addr)
	if err != nil {
		lh = s.opt.Addr
	}
	ip := net.ParseIP(lh)
	if !(lh == "localhost" || ip != nil && ip.IsLoopback()) {
		return true // listening on a public or unspecified address: the operator chose it (use --token)
	}
	h, _, err := net.SplitHostPort(host)
	if err != nil {
		h = host
	}
	h = strings.Trim(h, "[]")
	if h == "localhost" || h == lh {
		return true
	}
	hip := net.ParseIP(h)
	return hip != nil && hip.IsLoopback()
}

const (
	authCookie     = "extract_auth"
	csrfCookie     = "extract_csrf"
	reviewerCookie = "extract_reviewer"
)

func (s *Server) authCookieValue() string {
	m := hmac.New(sha256.New, []byte(s.opt.Token))
	m.Write([]byte("extract serve login"))
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Server) bearer(r *http.Request) bool {
	a := r.Header.Get("Authorization")
	if s.opt.Token == "" || !strings.HasPrefix(a, "Bearer ") {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimPrefix(a, "Bearer ")), []byte(s.opt.Token)) == 1
}

func (s *Server) authenticated(r *http.Request) bool {
	if s.bearer(r) {
		return true
	}
	c, err := r.Cookie(authCookie)
	return err == nil && subtle.ConstantTimeCompare([]byte(c.Value), []byte(s.authCookieValue())) == 1
}

// csrfToken returns the token forms must carry: an HMAC of the browser's
// CSRF cookie, which it sets when missing.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	v := ""
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 64 {
		v = c.Value
	} else {
		b := make([]byte, 32)
		rand.Read(b)
		v = hex.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	}
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(v))
	return hex.EncodeToString(m.Sum(nil))
}

// csrfOK checks a POST's token against its cookie. Requests authenticated
// by a bearer token need none: browsers never add that header on their own.
func (s *Server) csrfOK(r *http.Request) bool {
	if s.bearer(r) {
		return true
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(c.Value))
	want := hex.EncodeToString(m.Sum(nil))
	return subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(want)) == 1
}

func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "login", map[string]any{"Next": safeNext(r.URL.Query().Get("next")), "Failed": false})
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if !s.csrfChecked(w, r) {
		return
	}
	next := safeNext(r.PostFormValue("next"))
	if !s.guesses.allowed(clientIP(r)) {
		w.Header().Set("Retry-After", strconv.Itoa(int(guessWindow.Seconds())))
		http.Error(w, "too many wrong tokens from this address; wait a while", http.StatusTooManyRequests)
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(s.opt.Token)) != 1 {
		s.guesses.fail(clientIP(r))
		w.WriteHeader(http.StatusUnauthorized)
		s.render(w, r, "login", map[string]any{"Next": next, "Failed": true})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: authCookie, Value: s.authCookieValue(), Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps redirects on this site: a path on it, after dropping the
// control characters browsers ignore in a URL ("/\t/evil.example" is
// "//evil.example" to them) and reading backslashes as slashes, as they do.
func safeNext(n string) string {
	n = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, n)
	u, err := url.Parse(strings.ReplaceAll(n, "\\", "/"))
	if err != nil || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") || u.Scheme != "" || u.Host != "" || u.User != nil ||
		!strings.HasPrefix(n, "/") || len(n) > 2000 {
		return "/"
	}
	return n
}
