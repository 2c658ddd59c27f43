package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/shard"
)

// TestLoad: shards of the corpus (as the Beam pipeline writes them) load
// with `extract load` into the database `extract run` makes; loading again
// changes nothing; bad usage exits 2.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	ref := runCorpus(t)

	st, err := sqlite.OpenReadOnly(ref)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	shards := filepath.Join(dir, "shards")
	os.MkdirAll(shards, 0o755)
	var lines [2][]byte
	i := 0
	err = st.Articles(context.Background(), func(a *claims.Article) error {
		r := claims.Result{Article: *a, Quantities: ex.Extract(a)}
		b, err := shard.Marshal(&r)
		lines[i%2] = append(lines[i%2], b...)
		i++
		return err
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for k, b := range lines {
		if err := os.WriteFile(filepath.Join(shards, "claims-0000"+string(rune('0'+k))+"-of-00002.jsonl"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	db := filepath.Join(dir, "loaded.db")
	code, out, errs := cli(t, "load", "--db", db, shards)
	if code != exitOK || !strings.Contains(out, "5 articles (5 new, 0 changed, 0 unchanged)") {
		t.Fatalf("load: exit %d\n%s%s", code, out, errs)
	}
	if got, want := exports(t, db), exports(t, ref); got != want {
		t.Fatalf("loaded database differs from extract run's:\n%s", firstLineDiff(want, got))
	}
	code, out, _ = cli(t, "load", "--db", db, shards)
	if code != exitOK || !strings.Contains(out, "0 new, 0 changed, 5 unchanged") {
		t.Fatalf("second load: exit %d: %s", code, out)
	}
	if code, _, _ := cli(t, "load", "--db", db); code != exitUsage {
		t.Errorf("load without shards: exit %d, want %d", code, exitUsage)
	}
	if code, _, errs := cli(t, "load", "--db", db, filepath.Join(dir, "missing.jsonl")); code != exitInput || !strings.Contains(errs, "missing.jsonl") {
		t.Errorf("load of a missing file: exit %d, stderr %q", code, errs)
	}
}
