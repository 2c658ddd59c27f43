package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// bytesPerArticle estimates an input's articles from its uncompressed size
// (a JSONL line of a 2.9 KB article; HTML pages are larger): only whether a
// load is large for the database depends on it.
const bytesPerArticle = 2000

// bulkMinArticles: a smaller load keeps the indexes (nothing to gain).
const bulkMinArticles = 1000

// deferIndexes drops the review app's indexes when the input (of about
// inputBytes uncompressed) is large for the database (at least as many
// articles as it holds, and not a handful): keeping them up to date row by
// row costs more than building them once at the end. The restore function it returns builds them again and prints
// one line; it does nothing when nothing was deferred.
func deferIndexes(ctx context.Context, st *sqlite.Store, inputBytes int64) (restore func(w io.Writer) error, err error) {
	restore = func(io.Writer) error { return nil }
	n := inputBytes / bytesPerArticle
	if n < bulkMinArticles {
		return restore, nil
	}
	bulk, err := st.BulkLoad(ctx, n)
	if err != nil || !bulk {
		return restore, err
	}
	if _, err := st.DeferIndexes(ctx); err != nil {
		return restore, err
	}
	return func(w io.Writer) error {
		t := time.Now()
		// the extraction's heap goes back before the sorts take their memory
		debug.FreeOSMemory()
		built, err := st.RestoreIndexes(context.WithoutCancel(ctx))
		if err != nil {
			return err
		}
		if built > 0 {
			fmt.Fprintf(w, "Deferred indexes: %d built after the bulk load, %.2fs\n", built, time.Since(t).Seconds())
		}
		return nil
	}, nil
}
