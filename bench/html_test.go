// Package bench compares extract's HTML throughput with go-trafilatura's.
// It is its own module so that the main module does not depend on
// go-trafilatura (a benchmark-only comparison).
//
//	cd bench && go test -bench . -benchtime 3x
package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/pipeline"
)

// pagesDir finds ../shared/eval/ingest-dev/html beside the repository.
func pagesDir(tb testing.TB) string {
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "eval", "ingest-dev", "html")
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			tb.Skip("shared/eval/ingest-dev/html not found beside the repository")
		}
	}
}

// loadPages reads the pages, gunzipped, in memory (for go-trafilatura).
func loadPages(tb testing.TB, dir string) ([][]byte, int64) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.html*"))
	var pages [][]byte
	var n int64
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		var r io.Reader = f
		if strings.HasSuffix(p, ".gz") {
			if r, err = gzip.NewReader(f); err != nil {
				tb.Fatal(err)
			}
		}
		b, err := io.ReadAll(r)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, b)
		n += int64(len(b))
	}
	if len(pages) == 0 {
		tb.Skip("no pages")
	}
	return pages, n
}

// ours runs the whole `extract run` (read + gunzip + HTML to text +
// extraction + SQLite) over the pages into a new database.
func ours(tb testing.TB, ex *extract.Extractor, dir, db string, want int) time.Duration {
	st, err := sqlite.Open(db)
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	s, err := pipeline.Run(context.Background(), st, ex, []string{dir}, pipeline.Options{})
	d := time.Since(start)
	if err != nil || s.Stored+s.Errors != want {
		tb.Fatalf("extract run: %+v, %v", s, err)
	}
	return d
}

// theirs runs go-trafilatura's extraction alone over the pages already in
// memory, on as many goroutines as extract has workers.
func theirs(tb testing.TB, pages [][]byte) time.Duration {
	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(pages) {
					return
				}
				trafilatura.Extract(bytes.NewReader(pages[i]), trafilatura.Options{})
			}
		}()
	}
	wg.Wait()
	return time.Since(start)
}

// BenchmarkHTML measures, in the same run, extract end to end and
// go-trafilatura's extraction alone on the ingest-dev pages, and reports
// pages/s and MB/s (of uncompressed HTML) for each and their ratio
// (≥ 1 means extract end to end is faster than go-trafilatura alone).
func BenchmarkHTML(b *testing.B) {
	dir := pagesDir(b)
	pages, size := loadPages(b, dir)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	tmp := b.TempDir()
	// warm up both (models, caches)
	ours(b, ex, dir, filepath.Join(tmp, "warm.db"), len(pages))
	theirs(b, pages)
	var tOurs, tTheirs time.Duration
	i := 0
	for b.Loop() {
		tOurs += ours(b, ex, dir, filepath.Join(tmp, strconv.Itoa(i)+".db"), len(pages))
		tTheirs += theirs(b, pages)
		i++
	}
	n := float64(i * len(pages))
	mb := float64(i) * float64(size) / 1e6
	b.ReportMetric(n/tOurs.Seconds(), "extract_pages/s")
	b.ReportMetric(mb/tOurs.Seconds(), "extract_MB/s")
	b.ReportMetric(n/tTheirs.Seconds(), "trafilatura_pages/s")
	b.ReportMetric(mb/tTheirs.Seconds(), "trafilatura_MB/s")
	b.ReportMetric(tTheirs.Seconds()/tOurs.Seconds(), "ratio")
	b.ReportMetric(0, "ns/op")
}
