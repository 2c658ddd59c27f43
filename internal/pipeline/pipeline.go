// Package pipeline runs the main job: ingest → extract → store, streaming.
//
// One reader goroutine feeds N extraction workers; one writer commits their
// results in input order, in batched transactions. Memory stays flat: at most
// Options.InFlight articles are between the reader and a commit, whatever the
// size of the dump, and no set of all ids is kept.
//
// Re-runs and crashes: every article is written in the transaction of its
// batch with all its quantities, claims and sources, so a kill -9 loses at
// most the batches not yet committed, and the next run redoes exactly those.
// An article already stored with the same content hash is skipped before
// extraction (one primary-key lookup, done by the workers). Because results
// are committed in input order, an input holding two versions of one id ends
// with the later one, on the first run as on any re-run.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/ingest"
)

// Options configure a run.
type Options struct {
	Workers    int           // extraction workers; 0 = GOMAXPROCS
	BatchSize  int           // articles per transaction; 0 = 256
	FlushEvery time.Duration // commit at least this often while results wait; 0 = 2s
	Errors     io.Writer     // one line per bad file or record
	// Progress, when set, is called from the writer after each commit and
	// at least every FlushEvery, with the figures so far.
	Progress func(Stats)
}

// Stats summarise a run.
type Stats struct {
	Articles int           // articles read
	Skipped  int           // already stored with the same content
	Stored   int           // articles written
	Claims   int           // claims extracted from the articles written
	Mentions int           // quantities extracted from the articles written
	Errors   int           // bad files or records
	Bytes    int64         // raw input bytes read
	Elapsed  time.Duration // wall time
}

// ToArticle converts an ingested article into the claim model.
func ToArticle(a *ingest.Article) claims.Article {
	c := claims.Article{ID: a.ID, Origin: a.Origin, URL: a.URL, Title: a.Title, Published: a.Published,
		Text: a.Text, Authors: a.Authors, Site: a.Site, Lang: a.Lang}
	c.Hash = claims.ContentHash(&c)
	return c
}

// StoreError is a failure of the database (read-only, disk full, ...): the
// run stops; every batch committed before it stays.
type StoreError struct {
	Path string
	Err  error
}

func (e *StoreError) Error() string { return fmt.Sprintf("database %s: %v", e.Path, e.Err) }
func (e *StoreError) Unwrap() error { return e.Err }

// job is one article on its way from the reader to the writer; seq is its
// position in the input, which the writer commits in order.
type job struct {
	seq  int64
	art  claims.Article
	qs   []claims.Quantity
	skip bool // stored already with this hash when the worker looked
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
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 2 * time.Second
	}
	if opt.Errors == nil {
		opt.Errors = io.Discard
	}
	// inFlight bounds the articles read but not yet committed (memory), and
	// is the window the writer checks skips against (see writer.handle).
	inFlight := 2*opt.BatchSize + 4*opt.Workers

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var read, errs, bytes atomic.Int64
	tokens := make(chan struct{}, inFlight)
	jobs := make(chan *job, 2*opt.Workers)
	results := make(chan *job, inFlight)

	// Reader.
	readDone := make(chan error, 1)
	go func() {
		defer close(jobs)
		var seq int64
		err := ingest.Read(ctx, inputs, func(it ingest.Item) error {
			bytes.Add(it.Size)
			if it.Err != nil {
				errs.Add(1)
				fmt.Fprintln(opt.Errors, it.Err)
				return nil
			}
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			read.Add(1)
			j := &job{seq: seq, art: ToArticle(it.Article)}
			seq++
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
		readDone <- err
	}()

	// Workers.
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue // drain
				}
				ok, err := st.Has(ctx, j.art.ID, j.art.Hash)
				if err != nil {
					if ctx.Err() == nil {
						cancel(&StoreError{Path: st.Path(), Err: err})
					}
					continue
				}
				if ok {
					j.skip = true
				} else {
					j.qs = ex.Extract(&j.art)
				}
				results <- j // never blocks: cap(results) = inFlight ≥ jobs in flight
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer.
	w := &writer{st: st, ex: ex, opt: opt, window: int64(inFlight), tokens: tokens,
		pending: map[int64]*job{}, recent: map[string]recentWrite{}}
	snapshot := func() Stats {
		s := w.stats
		s.Articles, s.Errors, s.Bytes = int(read.Load()), int(errs.Load()), bytes.Load()
		s.Elapsed = time.Since(start)
		return s
	}
	w.snapshot = snapshot
	tick := time.NewTicker(opt.FlushEvery)
	defer tick.Stop()
	var werr error
loop:
	for {
		select {
		case j, ok := <-results:
			if !ok {
				break loop
			}
			if werr != nil {
				continue // drain
			}
			if werr = w.add(ctx, j); werr != nil {
				cancel(werr)
			}
		case <-tick.C:
			if werr == nil {
				if werr = w.flush(ctx); werr != nil {
					cancel(werr)
				} else if opt.Progress != nil {
					opt.Progress(snapshot())
				}
			}
		}
	}
	if werr == nil {
		werr = w.flush(ctx)
	}
	rerr := <-readDone
	stats := snapshot()
	if opt.Progress != nil {
		opt.Progress(stats)
	}
	switch {
	case werr != nil:
		return stats, werr
	case context.Cause(ctx) != nil && !errors.Is(context.Cause(ctx), context.Canceled):
		return stats, context.Cause(ctx)
	case ctx.Err() != nil:
		return stats, ctx.Err()
	case rerr != nil:
		return stats, rerr
	}
	return stats, nil
}

// recentWrite is the last write of an id still inside the skip window.
type recentWrite struct {
	seq  int64
	hash string
}

// writer commits jobs in input order.
type writer struct {
	st       *sqlite.Store
	ex       *extract.Extractor
	opt      Options
	window   int64
	tokens   chan struct{}
	snapshot func() Stats

	next    int64          // seq of the next job to handle
	pending map[int64]*job // jobs that arrived before their turn (≤ window)
	batch   []claims.Result

	// recent holds the ids written by jobs whose commit a worker's "already
	// stored" answer may not have seen. Tokens bound the jobs read but not
	// handled (or handled, written and not committed) to window, so when a
	// job commits with the writer at seq next, every job read before that
	// commit has seq < next+window: its entry expires there.
	recent map[string]recentWrite
	order  []recentEntry // entries in seq order; expires is set on commit
	stats  Stats
}

type recentEntry struct {
	seq, expires int64 // expires = 0: not committed yet
	id           string
}

func (w *writer) add(ctx context.Context, j *job) error {
	w.pending[j.seq] = j
	for {
		j, ok := w.pending[w.next]
		if !ok {
			return nil
		}
		delete(w.pending, w.next)
		w.next++
		if err := w.handle(ctx, j); err != nil {
			return err
		}
	}
}

func (w *writer) handle(ctx context.Context, j *job) error {
	k := 0
	for k < len(w.order) && w.order[k].expires != 0 && w.order[k].expires <= j.seq {
		e := w.order[k]
		if r, ok := w.recent[e.id]; ok && r.seq == e.seq {
			delete(w.recent, e.id)
		}
		k++
	}
	if k > 0 {
		w.order = append(w.order[:0], w.order[k:]...)
	}
	if j.skip {
		r, ok := w.recent[j.art.ID]
		if !ok || r.hash == j.art.Hash {
			w.stats.Skipped++
			<-w.tokens // nothing to commit
			return nil
		}
		// An earlier version of this id in the same input replaced the
		// stored one after the worker looked: this version must be written
		// again to end as the input says.
		j.qs = w.ex.Extract(&j.art)
	}
	w.recent[j.art.ID] = recentWrite{seq: j.seq, hash: j.art.Hash}
	w.order = append(w.order, recentEntry{seq: j.seq, id: j.art.ID})
	w.batch = append(w.batch, claims.Result{Article: j.art, Quantities: j.qs})
	if len(w.batch) >= w.opt.BatchSize {
		if err := w.flush(ctx); err != nil {
			return err
		}
		if w.opt.Progress != nil {
			w.opt.Progress(w.snapshot())
		}
	}
	return nil
}

// flush commits the batch and releases the tokens of its jobs.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	// The batch is committed even when ctx is cancelled (Ctrl-C): it is
	// complete, and the reader has stopped.
	n, err := w.st.Write(context.WithoutCancel(ctx), w.batch)
	if err != nil {
		return &StoreError{Path: w.st.Path(), Err: err}
	}
	w.stats.Stored += n
	w.stats.Skipped += len(w.batch) - n // same id and hash twice in the input
	for i := range w.batch {
		w.stats.Mentions += len(w.batch[i].Quantities)
		for k := range w.batch[i].Quantities {
			if w.batch[i].Quantities[k].IsClaim() {
				w.stats.Claims++
			}
		}
		w.batch[i] = claims.Result{}
		<-w.tokens
	}
	w.batch = w.batch[:0]
	for i := len(w.order) - 1; i >= 0 && w.order[i].expires == 0; i-- {
		w.order[i].expires = w.next + w.window
	}
	return nil
}
