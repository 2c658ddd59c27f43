package main

import (
	"bytes"
	"context"
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
// a small dump (two JSONL files, one gzip-compressed, plus the corpus text
// files), loads its shards with pipeline.Load (`extract load`), and checks
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
	want := 65 + len(ents)
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
