package review

import (
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Bounds on what one request may ask for.
const (
	maxQuery       = 8 << 10 // bytes of query string
	maxSearchBytes = 500     // bytes of the search box (q)
	maxSearchTerms = 16      // words of the search box
)

// boundRequest refuses a request whose cost has no bound: an overlong
// query string or search. It returns the message and status, or 0.
func boundRequest(r *http.Request) (string, int) {
	if len(r.URL.RawQuery) > maxQuery {
		return "query string too long", http.StatusRequestURITooLong
	}
	if q := r.URL.Query().Get("q"); len(q) > maxSearchBytes || len(strings.Fields(q)) > maxSearchTerms {
		return "search too long: at most 16 words and 500 characters", http.StatusBadRequest
	}
	return "", 0
}

// Token guesses: at most maxGuesses wrong tokens per client address within
// guessWindow; after that its attempts are refused (429) until the window
// ends.
const (
	maxGuesses  = 10
	guessWindow = 5 * time.Minute
	maxClients  = 10000 // addresses remembered; beyond, the oldest windows are forgotten
)

type guessLimiter struct {
	mu      sync.Mutex
	clients map[string]*guesses
}

type guesses struct {
	n     int
	since time.Time
}

// allowed reports whether ip may try a token now.
func (l *guessLimiter) allowed(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	g := l.clients[ip]
	return g == nil || time.Since(g.since) > guessWindow || g.n < maxGuesses
}

// fail records a wrong token from ip and reports whether ip was still
// allowed to try.
func (l *guessLimiter) fail(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.clients == nil {
		l.clients = map[string]*guesses{}
	}
	now := time.Now()
	g := l.clients[ip]
	if g == nil || now.Sub(g.since) > guessWindow {
		if len(l.clients) >= maxClients {
			for k, v := range l.clients {
				if now.Sub(v.since) > guessWindow {
					delete(l.clients, k)
				}
			}
			if len(l.clients) >= maxClients {
				clear(l.clients)
			}
		}
		g = &guesses{since: now}
		l.clients[ip] = g
	}
	g.n++
	return g.n <= maxGuesses
}

// clientIP is the request's remote address without its port.
func clientIP(r *http.Request) string {
	h, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return h
}
