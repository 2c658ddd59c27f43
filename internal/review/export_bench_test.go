package review

import (
	"context"
	"io"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// BenchmarkExportReviews exports the reviews of the database named by
// $EXTRACT_BENCH_DB (skipped when unset), e.g. one made by
// scripts/serve-bench.sh with 40,000 seeded reviews.
func BenchmarkExportReviews(b *testing.B) {
	path := os.Getenv("EXTRACT_BENCH_DB")
	if path == "" {
		b.Skip("EXTRACT_BENCH_DB not set")
	}
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, format := range []string{"csv", "claimreview"} {
		b.Run(format, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := ExportReviews(context.Background(), st, format, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPages builds the main pages over $EXTRACT_BENCH_DB (skipped when
// unset): the server time of each, without the network.
func BenchmarkPages(b *testing.B) {
	path := os.Getenv("EXTRACT_BENCH_DB")
	if path == "" {
		b.Skip("EXTRACT_BENCH_DB not set")
	}
	st, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s, err := New(st, Options{Addr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	get := func(p string) string {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("GET", "http://127.0.0.1"+p, nil))
		if w.Code != 200 {
			b.Fatalf("%s: %d", p, w.Code)
		}
		return w.Body.String()
	}
	m := regexp.MustCompile(`href="(/claim/[^"]+)"`).FindStringSubmatch(get("/"))
	// The first request starts the background passes (re-attaching
	// reviews, analysis): their CPU is the process's too, so the pages
	// are timed once they are done.
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		s.mu.Lock()
		busy := s.analysis != nil && (s.analysis.reattaching || s.analysis.backfilling)
		s.mu.Unlock()
		if !busy {
			break
		}
	}
	cmp := get("/compare")
	g := regexp.MustCompile(`href="(/compare\?g=\d+)`).FindStringSubmatch(cmp)
	sty := regexp.MustCompile(`href="(/compare\?s=\d+)`).FindStringSubmatch(cmp)
	pages := map[string]string{"list": "/?page=6", "list-value": "/?sort=value&dir=desc&page=3", "list-verified": "/?status=verified",
		"list-attributed": "/?attributed=1", "compare": "/compare", "compare-page-5": "/compare?page=5", "compare-search": "/compare?q=people",
		"compare-dates": "/compare?from=2024-01&to=2024-06", "duplicates": "/duplicates?page=5&spage=3",
		"list-search": "/?q=people", "list-unreviewed": "/?status=unreviewed", "list-search-2": "/?q=police+said",
		"list-search-rare": "/?q=prisoners", "list-search-unit": "/?q=people&unit=percent",
		"list-search-value": "/?q=people&sort=value&dir=desc", "list-search-date": "/?q=people&sort=date"}
	// EXTRACT_BENCH_PAGES=name=path,name=path times those pages instead
	if extra := os.Getenv("EXTRACT_BENCH_PAGES"); extra != "" {
		pages = map[string]string{}
		for _, kv := range strings.Split(extra, ",") {
			k, v, _ := strings.Cut(kv, "=")
			pages[k] = v
		}
	}
	if sty != nil {
		pages["story"] = sty[1]
	}
	if m != nil {
		pages["claim"] = m[1]
	}
	if g != nil {
		pages["group"] = g[1]
	}
	for name, p := range pages {
		b.Run(name, func(b *testing.B) {
			n := 0
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				n = len(get(p))
			}
			b.ReportMetric(float64(n)/1024, "KB")
			// CPU time (user + sys) of the process per page: what a busy
			// machine's wall clock does not tell
			b.ReportMetric(float64(cpuTime()-c0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
