package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// Has answers from its one lookup connection (small page cache) for any
// number of workers at once, and sees what a later Write stores.
func TestHasSharedLookup(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := testResult("a1", "the group says 12.", claim("12", 15, nil))
	if ok, err := st.Has(ctx, "a1", r.Article.Hash); err != nil || ok {
		t.Fatalf("before the write: Has = %v, %v", ok, err)
	}
	if _, err := st.Write(ctx, []claims.Result{r}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				id, hash, want := "a1", r.Article.Hash, true
				switch (g + i) % 3 {
				case 1:
					hash, want = "other", false
				case 2:
					id, want = fmt.Sprintf("missing-%d", i), false
				}
				if ok, err := st.Has(ctx, id, hash); err != nil || ok != want {
					errs <- fmt.Errorf("Has(%s, %s) = %v, %v; want %v", id, hash, ok, err, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var cache int
	if err := st.lookups.conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
		t.Fatal(err)
	}
	if want := -1024; cache != want {
		t.Errorf("lookup connection's cache_size = %d, want %d", cache, want)
	}
}
