package pipeline

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/shard"
)

// Load merges shard files (see package shard) into the store, in batched
// transactions. Like Run it is idempotent: an article stored with the same
// content hash is left alone, one stored with another hash is replaced; bad
// lines are reported to opt.Errors and counted, and loading goes on.
// Memory holds one batch.
func Load(ctx context.Context, st *sqlite.Store, paths []string, opt Options) (Stats, error) {
	start := time.Now()
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1024
	}
	if opt.Errors == nil {
		opt.Errors = io.Discard
	}
	var stats Stats
	batch := make([]claims.Result, 0, opt.BatchSize)
	var places []string // the shard line of each article of the batch
	last := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := st.Write(context.WithoutCancel(ctx), batch)
		refused, err := refusedArticles(err)
		if err != nil {
			return &StoreError{Path: st.Path(), Err: err}
		}
		for i := range refused {
			stats.Errors++
			place := ""
			for k := range batch {
				if batch[k].Article.ID == refused[i].ID && batch[k].Article.Origin == refused[i].Origin {
					place = places[k] + ": "
				}
			}
			fmt.Fprintf(opt.Errors, "%sarticle %s: not stored: %v\n", place, refused[i].ID, refused[i].Err)
		}
		stats.Stored += n
		stats.Skipped += len(batch) - n - len(refused)
		for i := range batch {
			if isRefused(refused, &batch[i].Article) {
				batch[i] = claims.Result{}
				continue
			}
			stats.Mentions += len(batch[i].Quantities)
			for k := range batch[i].Quantities {
				if batch[i].Quantities[k].IsClaim() {
					stats.Claims++
				}
			}
			batch[i] = claims.Result{}
		}
		batch, places = batch[:0], places[:0]
		if opt.Progress != nil && time.Since(last) > time.Second {
			last = time.Now()
			s := stats
			s.Elapsed = time.Since(start)
			opt.Progress(s)
		}
		return nil
	}
	for _, p := range paths {
		err := shard.Read(p, func(r *claims.Result, at string, size int64, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			stats.Bytes += size
			if err != nil {
				stats.Errors++
				fmt.Fprintln(opt.Errors, err)
				return nil
			}
			stats.Articles++
			stats.Text += int64(len(r.Article.Text))
			batch, places = append(batch, *r), append(places, at)
			if len(batch) >= opt.BatchSize {
				return flush()
			}
			return nil
		})
		if err != nil {
			stats.Elapsed = time.Since(start)
			if _, ok := err.(*StoreError); ok {
				return stats, err
			}
			// ctx cancelled: keep what was read, complete articles only.
			if ferr := flush(); ferr != nil {
				return stats, ferr
			}
			return stats, err
		}
	}
	err := flush()
	if err == nil {
		// the bucket keys of the last batches into the LSH index
		if _, ferr := st.FlushBuckets(ctx); ferr != nil {
			err = &StoreError{Path: st.Path(), Err: ferr}
		}
	}
	stats.Elapsed = time.Since(start)
	return stats, err
}
