package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// resolveEntities gives the stored sources their identities across
// articles (after run and load) and prints one line of what it did.
func resolveEntities(ctx context.Context, w io.Writer, st *sqlite.Store) error {
	t := time.Now()
	es, err := st.ResolveEntities(ctx)
	if err != nil || es.Skipped {
		return err
	}
	fmt.Fprintf(w, "Sources: %d names, %d of them names of %d entities (the rest descriptions), %.2fs\n",
		es.Names, es.Aliased, es.Entities, time.Since(t).Seconds())
	return nil
}
