// Command loadgen drives `extract serve` as a newsroom would: N clients
// browse the claims list (pages, sorts, filters, search), open claims,
// compare groups and near-duplicates, and save reviews. It talks to a
// loopback address only, stops after -duration or -requests (whichever comes
// first), and prints, per kind of page, the request count, latency
// percentiles and the largest response.
//
//	go run ./scripts/loadgen -url http://127.0.0.1:8080 -clients 50 -duration 60s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type stat struct {
	n, errs  int
	lat      []time.Duration
	maxBytes int
	maxPath  string
}

type recorder struct {
	mu sync.Mutex
	by map[string]*stat
}

func (r *recorder) add(kind, path string, d time.Duration, size int, err bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.by[kind]
	if s == nil {
		s = &stat{}
		r.by[kind] = s
	}
	s.n++
	if err {
		s.errs++
		return
	}
	s.lat = append(s.lat, d)
	if size > s.maxBytes {
		s.maxBytes, s.maxPath = size, path
	}
}

var (
	claimLink = regexp.MustCompile(`href="/claim/([^"/?#]+)"`)
	groupLink = regexp.MustCompile(`href="(/compare\?[gs]=\d+)`) // a group's stories, a story
	csrfField = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server `URL` (loopback only)")
	clients := flag.Int("clients", 50, "concurrent `clients`")
	duration := flag.Duration("duration", 60*time.Second, "stop after this `long`")
	maxReq := flag.Int64("requests", 100000, "stop after this many `requests` in all")
	reviewEvery := flag.Int("review-every", 5, "a client saves a review after every `N`th claim it opens (0: never)")
	token := flag.String("token", "", "bearer `token`, when the server requires one")
	flag.Parse()
	u, err := url.Parse(*base)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(2)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(os.Stderr, "loadgen: %s is not a loopback address; this tool only loads a local server\n", host)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	rec := &recorder{by: map[string]*stat{}}
	var sent atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < *clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			jar, _ := cookiejar.New(nil)
			cl := &http.Client{Jar: jar, Timeout: 60 * time.Second,
				CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			rnd := rand.New(rand.NewPCG(uint64(c), 7))
			var claims, groups []string
			opened := 0
			get := func(kind, path string) string {
				if ctx.Err() != nil || sent.Add(1) > *maxReq {
					cancel()
					return ""
				}
				req, _ := http.NewRequestWithContext(ctx, "GET", *base+path, nil)
				if *token != "" {
					req.Header.Set("Authorization", "Bearer "+*token)
				}
				t0 := time.Now()
				resp, err := cl.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						rec.add(kind, path, 0, 0, true)
					}
					return ""
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if ctx.Err() != nil {
					return "" // cut by the end of the load: the server saw its client go
				}
				rec.add(kind, path, time.Since(t0), len(b), resp.StatusCode != 200)
				return string(b)
			}
			remember := func(page string) {
				for _, m := range claimLink.FindAllStringSubmatch(page, 20) {
					if len(claims) < 200 {
						claims = append(claims, m[1])
					} else {
						claims[rnd.IntN(len(claims))] = m[1]
					}
				}
				for _, m := range groupLink.FindAllStringSubmatch(page, 20) {
					if len(groups) < 50 {
						groups = append(groups, m[1])
					}
				}
			}
			compareFilters := []string{"", "", "&q=people", "&q=killed", "&unit=percent", "&from=2020-01-01"}
			sorts := []string{"", "&sort=value&dir=desc", "&sort=date", "&sort=article&dir=desc"}
			filters := []string{"", "&status=unreviewed", "&status=verified", "&qualifier=about", "&unit=percent", "&q=people",
				"&q=million", "&source=police"}
			for ctx.Err() == nil {
				switch x := rnd.IntN(10); {
				case x < 4:
					p := fmt.Sprintf("/?page=%d%s%s", 1+rnd.IntN(20), sorts[rnd.IntN(len(sorts))], filters[rnd.IntN(len(filters))])
					remember(get("list", p))
				case x < 7 && len(claims) > 0:
					id := claims[rnd.IntN(len(claims))]
					page := get("claim", "/claim/"+id)
					opened++
					if *reviewEvery > 0 && opened%*reviewEvery == 0 {
						if m := csrfField.FindStringSubmatch(page); m != nil {
							review(ctx, cl, *base, id, m[1], *token, c, rnd, rec, &sent, *maxReq)
						}
					}
				case x < 8:
					remember(get("compare", fmt.Sprintf("/compare?page=%d%s", 1+rnd.IntN(5), compareFilters[rnd.IntN(len(compareFilters))])))
				case x < 9 && len(groups) > 0:
					g := groups[rnd.IntN(len(groups))]
					kind := "story"
					if strings.Contains(g, "?g=") {
						kind = "group"
					}
					remember(get(kind, g+fmt.Sprintf("&page=%d", 1+rnd.IntN(3))))
				default:
					remember(get("duplicates", fmt.Sprintf("/duplicates?page=%d&spage=%d", 1+rnd.IntN(20), 1+rnd.IntN(5))))
				}
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	report(rec, elapsed)
}

func review(ctx context.Context, cl *http.Client, base, id, csrf, token string, c int, rnd *rand.Rand, rec *recorder, sent *atomic.Int64, maxReq int64) {
	if sent.Add(1) > maxReq {
		return
	}
	st := []string{"verified", "disputed", "wrong_extraction", "needs_check"}[rnd.IntN(4)]
	form := url.Values{"status": {st}, "note": {"load test"}, "reviewer": {fmt.Sprintf("load-%02d", c)}, "csrf": {csrf}}
	req, _ := http.NewRequestWithContext(ctx, "POST", base+"/claim/"+url.PathEscape(id)+"/review", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	t0 := time.Now()
	resp, err := cl.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			rec.add("review", id, 0, 0, true)
		}
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if ctx.Err() != nil {
		return // cut by the end of the load
	}
	loc := resp.Header.Get("Location")
	rec.add("review", id, time.Since(t0), 0, resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "saved=1"))
}

func report(rec *recorder, elapsed time.Duration) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	var kinds []string
	total := 0
	for k, s := range rec.by {
		kinds = append(kinds, k)
		total += s.n
	}
	sort.Strings(kinds)
	fmt.Printf("%d requests in %.1fs (%.1f/s)\n", total, elapsed.Seconds(), float64(total)/elapsed.Seconds())
	fmt.Printf("%-11s %7s %6s %8s %8s %8s %8s  %s\n", "page", "count", "errors", "p50 ms", "p95 ms", "max ms", "max KB", "largest")
	for _, k := range kinds {
		s := rec.by[k]
		sort.Slice(s.lat, func(i, j int) bool { return s.lat[i] < s.lat[j] })
		pct := func(p float64) float64 {
			if len(s.lat) == 0 {
				return 0
			}
			return float64(s.lat[min(len(s.lat)-1, int(p*float64(len(s.lat))))].Microseconds()) / 1000
		}
		fmt.Printf("%-11s %7d %6d %8.1f %8.1f %8.1f %8.1f  %s\n", k, s.n, s.errs, pct(0.5), pct(0.95), pct(1), float64(s.maxBytes)/1024, s.maxPath)
	}
}
