package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/export"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/pipeline"
	"github.com/factcheck/extract/internal/synth"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// TestPrismMatchesRun runs the pipeline on the in-process prism runner over
// a small dump (two JSONL files, one gzip-compressed, a WARC.gz of HTML
// pages, and the corpus text files), loads its shards with pipeline.Load (`extract load`), and checks
// that the database holds the same articles, quantities and claims as
// pipeline.Run (`extract run`) over the same input; loading again changes
// nothing.
func TestPrismMatchesRun(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	pool, err := synth.LoadPool("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	writeDump(t, pool, filepath.Join(in, "a.jsonl.gz"), 0, 40)
	writeDump(t, pool, filepath.Join(in, "b.jsonl"), 40, 25)
	writeWARC(t, pool, filepath.Join(in, "c.warc.gz"), 65, 10)
	ents, _ := os.ReadDir("../corpus")
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("../corpus", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	out := filepath.Join(dir, "out", "claims")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, filepath.Join(in, "*"), out, 3)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	shards, _ := filepath.Glob(out + "-*-of-00003.jsonl.gz")
	if len(shards) == 0 {
		t.Fatalf("no shard written under %s", filepath.Dir(out))
	}

	loaded := openStore(t, filepath.Join(dir, "beam.db"))
	ls, err := pipeline.Load(ctx, loaded, shards, pipeline.Options{})
	if err != nil || ls.Errors > 0 {
		t.Fatalf("load: %+v, %v", ls, err)
	}
	want := 75 + len(ents)
	if ls.Stored != want {
		t.Fatalf("load stored %d articles, want %d", ls.Stored, want)
	}

	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	run := openStore(t, filepath.Join(dir, "run.db"))
	rs, err := pipeline.Run(ctx, run, ex, []string{in}, pipeline.Options{})
	if err != nil || rs.Errors > 0 || rs.Stored != want {
		t.Fatalf("run: %+v, %v", rs, err)
	}
	for _, what := range []string{"articles", "quantities", "claims"} {
		a, b := dump(t, loaded, what), dump(t, run, what)
		if a != b {
			t.Errorf("%s: beam+load differs from run:\n%s", what, firstDiff(a, b))
		}
	}

	before := dump(t, loaded, "quantities")
	ls2, err := pipeline.Load(ctx, loaded, shards, pipeline.Options{})
	if err != nil || ls2.Stored != 0 || ls2.Skipped != want {
		t.Fatalf("second load: %+v, %v", ls2, err)
	}
	if after := dump(t, loaded, "quantities"); after != before {
		t.Errorf("second load changed the database:\n%s", firstDiff(before, after))
	}
}

func writeDump(t *testing.T, pool *synth.Pool, path string, start, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pool.WriteJSONL(f, synth.Options{Seed: 7, Start: start, Count: n}, strings.HasSuffix(path, ".gz")); err != nil {
		t.Fatal(err)
	}
}

// writeWARC writes n synthetic articles as HTML pages in WARC response
// records, one gzip member per record (as CC-NEWS files are).
func writeWARC(t *testing.T, pool *synth.Pool, path string, start, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i := start; i < start+n; i++ {
		r := pool.Article(7, i)
		var body strings.Builder
		fmt.Fprintf(&body, "<!doctype html><html><head><title>%s</title><meta property=\"article:published_time\" content=\"%s\"></head><body><article><h1>%s</h1>",
			html.EscapeString(r.Title), r.Published, html.EscapeString(r.Title))
		for _, p := range strings.Split(r.Text, "\n") {
			fmt.Fprintf(&body, "<p>%s</p>", html.EscapeString(p))
		}
		body.WriteString("</article></body></html>")
		payload := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body.String()
		rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			i, r.URL, len(payload), payload)
		zw := gzip.NewWriter(f)
		zw.Write([]byte(rec))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func dump(t *testing.T, st *sqlite.Store, what string) string {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch what {
	case "articles":
		err = export.Articles(context.Background(), st, "jsonl", &buf)
	case "quantities":
		err = export.Quantities(context.Background(), st, "jsonl", &buf)
	default:
		err = export.Claims(context.Background(), st, "jsonl", &buf)
	}
	if err != nil {
		t.Fatal(err)
	}
	if buf.Len() == 0 {
		t.Fatalf("empty %s export", what)
	}
	return buf.String()
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  beam: " + x + "\n  run:  " + y
		}
	}
	return ""
}
