package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// indexSQL lists the database's index definitions, sorted.
func indexSQL(t *testing.T, st *Store) []string {
	t.Helper()
	out, err := column[string](st.DB().Query(`SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDeferIndexes: a bulk load drops the review indexes, the writes and
// a replacement go on without them, and they come back as they were: at
// the load's end, or when the next program opens a database whose load
// was killed before it.
func TestDeferIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := indexSQL(t, st)
	if bulk, err := st.BulkLoad(ctx, 10); err != nil || !bulk {
		t.Fatalf("BulkLoad(10) on an empty database = %v, %v; want true", bulk, err)
	}
	n, err := st.DeferIndexes(ctx)
	if err != nil || n != len(deferredIndexes) {
		t.Fatalf("DeferIndexes = %d, %v; want %d", n, err, len(deferredIndexes))
	}
	if got := indexSQL(t, st); len(got) != len(want)-n {
		t.Fatalf("%d indexes left after deferring %d of %d", len(got), n, len(want))
	}
	if n, err := st.DeferIndexes(ctx); err != nil || n != 0 {
		t.Fatalf("DeferIndexes again = %d, %v; want 0 (their definitions kept)", n, err)
	}
	src := &claims.Source{Name: "Foro Penal", Mention: "the group", Start: 0, End: 9, Kind: "organization"}
	for _, r := range []struct{ id, text string }{{"a1", "the group says 12 and 7."}, {"a2", "the group says 12."}, {"a1", "the group says 13 and 7."}} {
		res := testResult(r.id, r.text, claim(r.text[15:17], 15, src))
		if _, err := st.Write(ctx, []claims.Result{res}); err != nil {
			t.Fatalf("write %s without the review indexes: %v", r.id, err)
		}
	}
	if bulk, err := st.BulkLoad(ctx, 1); err != nil || bulk {
		t.Errorf("BulkLoad(1) on 2 articles = %v, %v; want false", bulk, err)
	}
	st.Close() // killed before RestoreIndexes
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := indexSQL(t, st); !slices.Equal(got, want) {
		t.Errorf("indexes after reopening:\n%q\nwant\n%q", got, want)
	}
	if n, err := st.RestoreIndexes(ctx); err != nil || n != 0 {
		t.Errorf("RestoreIndexes with nothing deferred = %d, %v", n, err)
	}
	if _, err := st.DeferIndexes(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := st.RestoreIndexes(ctx); err != nil || n != len(deferredIndexes) {
		t.Errorf("RestoreIndexes = %d, %v; want %d", n, err, len(deferredIndexes))
	}
	if got := indexSQL(t, st); !slices.Equal(got, want) {
		t.Errorf("indexes after RestoreIndexes:\n%q\nwant\n%q", got, want)
	}
}
