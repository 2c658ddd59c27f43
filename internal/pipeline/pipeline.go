// Package pipeline runs the main job: ingest → extract → store, streaming.
// Readers feed N extraction workers; one writer batches results into
// transactions. Articles already stored with the same content hash are
// skipped before extraction.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/ingest"
)

// Options configure a run.
type Options struct {
	Workers   int       // extraction workers; 0 = GOMAXPROCS
	BatchSize int       // articles per transaction; 0 = 256
	Errors    io.Writer // one line per bad file or record
}

// Stats summarise a run.
type Stats struct {
	Articles int           // articles read
	Skipped  int           // already stored with the same content
	Stored   int           // articles written
	Claims   int           // claims extracted from the articles written
	Mentions int           // quantities extracted from the articles written
	Errors   int           // bad files or records
	Bytes    int64         // raw input bytes
	Elapsed  time.Duration // wall time
}

// ToArticle converts an ingested article into the claim model.
func ToArticle(a *ingest.Article) claims.Article {
	c := claims.Article{ID: a.ID, Origin: a.Origin, URL: a.URL, Title: a.Title, Published: a.Published,
		Text: a.Text, Authors: a.Authors, Site: a.Site, Lang: a.Lang}
	c.Hash = claims.ContentHash(&c)
	return c
}

// Run reads inputs, extracts and stores. Bad inputs are reported to
// opt.Errors and counted; the run goes on. The returned error is fatal
// (the store failed, or ctx was cancelled); what was committed stays.
func Run(ctx context.Context, st *sqlite.Store, ex *extract.Extractor, inputs []string, opt Options) (Stats, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.Errors == nil {
		opt.Errors = io.Discard
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var stats Stats
	var mu sync.Mutex // guards stats fields written by the reader
	jobs := make(chan claims.Article, opt.Workers*4)
	results := make(chan claims.Result, opt.Workers*4)

	go func() {
		defer close(jobs)
		err := ingest.Read(ctx, inputs, func(it ingest.Item) error {
			mu.Lock()
			stats.Bytes += it.Size
			if it.Err != nil {
				stats.Errors++
				fmt.Fprintln(opt.Errors, it.Err)
				mu.Unlock()
				return nil
			}
			stats.Articles++
			mu.Unlock()
			a := ToArticle(it.Article)
			if ok, err := st.Has(ctx, a.ID, a.Hash); err != nil {
				return err
			} else if ok {
				mu.Lock()
				stats.Skipped++
				mu.Unlock()
				return nil
			}
			select {
			case jobs <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil && ctx.Err() == nil {
			cancel(err)
		}
	}()

	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				r := claims.Result{Article: a, Quantities: ex.Extract(&a)}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	batch := make([]claims.Result, 0, opt.BatchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := st.Write(context.WithoutCancel(ctx), batch)
		if err != nil {
			return err
		}
		stats.Stored += n
		for i := range batch {
			stats.Mentions += len(batch[i].Quantities)
			for j := range batch[i].Quantities {
				if batch[i].Quantities[j].IsClaim() {
					stats.Claims++
				}
			}
		}
		batch = batch[:0]
		return nil
	}
	var werr error
	for r := range results {
		if werr != nil {
			continue // drain
		}
		batch = append(batch, r)
		if len(batch) >= opt.BatchSize {
			if werr = flush(); werr != nil {
				cancel(werr)
			}
		}
	}
	if werr == nil {
		werr = flush()
	}
	stats.Elapsed = time.Since(start)
	if werr != nil {
		return stats, werr
	}
	if err := context.Cause(ctx); err != nil && err != context.Canceled {
		return stats, err
	}
	return stats, ctx.Err()
}
