// Package pipeline runs the main job: ingest → extract → store, streaming.
//
// N readers (one input file each at a time) feed N extraction workers; one
// writer commits their results in input order, in batched transactions,
// except that an article still being extracted DeferAfter after its turn
// came is passed over and committed when done, so that one slow article does
// not hold back the others. Ctrl-C (ctx cancelled) stops the run at once:
// the complete articles at hand are committed, extractions under way are
// abandoned.
// Memory stays flat: a fixed number of articles per reader is between
// reading and the writer, plus one batch, whatever the size of the dump, and
// no set of all ids is kept.
//
// Re-runs and crashes: every article is written in the transaction of its
// batch with all its quantities, claims and sources, so a kill -9 loses at
// most the batches not yet committed, and the next run redoes exactly those.
// An article already stored with the same content hash is skipped before
// extraction (one primary-key lookup, done by the workers). Because results
// are committed in input order (a deferred article is dropped when a later
// version of its id is written), an input holding two versions of one id
// ends with the later one, on the first run as on any re-run.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
	BatchSize  int           // articles per transaction; 0 = 1024
	FlushEvery time.Duration // commit at least this often while results wait; 0 = 2s
	// DeferAfter: an article still being extracted this long after its
	// turn to be committed came no longer holds back the articles after it:
	// they are committed, and it is committed when done. 0 = 2s.
	DeferAfter time.Duration
	Errors     io.Writer // one line per bad file or record
	// Progress, when set, is called from the writer after each commit and
	// at least every FlushEvery, with the figures so far.
	Progress func(Stats)
	// Committed, when set, is called from the writer with each article
	// the run wrote (new or changed), after its transaction committed.
	Committed func(*claims.Result)
}

// Stats summarise a run.
type Stats struct {
	Articles int           // articles read
	Skipped  int           // already stored with the same content
	Stored   int           // articles written
	Claims   int           // claims extracted from the articles written
	Mentions int           // quantities extracted from the articles written
	Errors   int           // bad files or records
	Warnings int           // articles read with a warning (guessed charset, …)
	Bytes    int64         // raw input bytes read (compressed, for .gz)
	Text     int64         // bytes of article text read
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

// job is one article on its way from a reader to the writer, or the end of
// an input file (eof). The writer handles jobs in input order: by file, then
// by position in the file.
type job struct {
	file, item int64 // position in the input
	ticket     int64 // when it was read (for the skip window)
	tokens     chan struct{}
	art        claims.Article
	qs         []claims.Quantity
	skip       bool // stored already with this hash when the worker looked
	failed     bool // extraction failed (reported): nothing to store
	eof        bool // end of file: item is its article count
}

// unit is one input file (or stdin, or an input ingest will report as bad)
// for one reader.
type unit struct {
	index int64
	path  string
}

// Run reads inputs, extracts and stores. Bad inputs are reported to
// opt.Errors and counted; the run goes on. The returned error is fatal
// (the store failed, or ctx was cancelled); what was committed stays.
//
// Input files are read by Workers readers at once (HTML parsing is as
// costly as extraction), extracted by Workers workers, and committed by
// one writer in input order: the order ingest.Read gives.
func Run(ctx context.Context, st *sqlite.Store, ex Extractor, inputs []string, opt Options) (Stats, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1024
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 2 * time.Second
	}
	if opt.DeferAfter <= 0 {
		opt.DeferAfter = 2 * time.Second
	}
	if opt.Errors == nil {
		opt.Errors = io.Discard
	}
	readers := opt.Workers
	// Keep a connection per worker (hash lookups) and the writer's open:
	// database/sql closes idle connections beyond 2 by default, and a
	// closed connection throws away its page cache.
	st.DB().SetMaxIdleConns(opt.Workers + 4)
	// Into an empty database nothing can be stored already: no lookups
	// (the store still leaves a repeated article as it is).
	var any int
	if err := st.DB().QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles)`).Scan(&any); err != nil {
		return Stats{}, &StoreError{Path: st.Path(), Err: err}
	}
	// Each reader may have perReader articles read and not yet handled by
	// the writer: memory is bounded by readers*perReader articles plus one
	// batch, whatever the size of the input.
	perReader := 64 + 2*opt.Workers
	aheadFiles := 4 * readers // files handed out beyond the writer's

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{ctx: ctx, cancel: cancel, st: st, ex: ex, opt: opt, empty: any == 0, perReader: perReader,
		out: &outstanding{set: map[int64]struct{}{}}, busy: &extracting{at: map[[2]int64]extractingJob{}},
		jobs: make(chan *job, 2*opt.Workers), results: make(chan *job, readers*perReader+readers+1),
		units: make(chan unit), fileTokens: make(chan struct{}, aheadFiles)}
	go r.list(inputs)
	var rwg sync.WaitGroup
	for range readers {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			r.readFiles()
		}()
	}
	go func() { rwg.Wait(); close(r.jobs) }()
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.extractJobs()
		}()
	}
	go func() { wg.Wait(); close(r.results) }()
	return r.write(start)
}

// run is one Run: a lister of the input files, readers (one file each at
// a time), extraction workers and the writer, joined by channels.
type run struct {
	ctx       context.Context
	cancel    context.CancelCauseFunc
	st        *sqlite.Store
	ex        Extractor
	opt       Options
	empty     bool // the database held no article: nothing to look up
	perReader int  // articles a reader may have read ahead of the writer

	read, errs, warns, bytes, text, tickets atomic.Int64
	errMu                                   sync.Mutex // readers and workers report bad input concurrently
	out                                     *outstanding
	busy                                    *extracting
	jobs, results                           chan *job
	units                                   chan unit
	fileTokens                              chan struct{}
	listErr                                 error
}

// problem prints a bad file, record or article on its line and counts it
// (an error), or a warning.
func (r *run) problem(line string, warning bool) {
	if warning {
		r.warns.Add(1)
	} else {
		r.errs.Add(1)
	}
	r.errMu.Lock()
	fmt.Fprintln(r.opt.Errors, line)
	r.errMu.Unlock()
}

// list hands out the files to read, in ingest.Read's order, at most
// aheadFiles beyond the writer's.
func (r *run) list(inputs []string) {
	defer close(r.units)
	r.listErr = listInputs(r.ctx, inputs, func(path string, i int64) error {
		select {
		case r.fileTokens <- struct{}{}:
		case <-r.ctx.Done():
			return context.Cause(r.ctx)
		}
		select {
		case r.units <- unit{index: i, path: path}:
			return nil
		case <-r.ctx.Done():
			return context.Cause(r.ctx)
		}
	})
}

// readFiles is a reader: it reads the files handed out, one at a time,
// and passes their articles to the workers, ending each file with an eof
// job for the writer.
func (r *run) readFiles() {
	tokens := make(chan struct{}, r.perReader)
	for u := range r.units {
		var k int64
		err := ingest.Read(r.ctx, []string{u.path}, func(it ingest.Item) error {
			r.bytes.Add(it.Size)
			if it.Err != nil {
				r.problem(it.Err.Error(), false)
				return nil
			}
			if err := checkArticle(it.Article); err != nil {
				r.problem(err.Error(), false)
				return nil
			}
			if it.Warning != "" {
				// read, but the user should know how (a guessed
				// charset, a mismatched HTTP length)
				r.problem("warning: "+it.Warning, true)
			}
			select {
			case tokens <- struct{}{}:
			case <-r.ctx.Done():
				return context.Cause(r.ctx)
			}
			r.read.Add(1)
			r.text.Add(int64(len(it.Article.Text)))
			j := &job{file: u.index, item: k, tokens: tokens, art: ToArticle(it.Article)}
			k++
			j.ticket = r.tickets.Add(1)
			r.out.add(j.ticket)
			select {
			case r.jobs <- j:
				return nil
			case <-r.ctx.Done():
				return context.Cause(r.ctx)
			}
		})
		if err != nil {
			if r.ctx.Err() == nil {
				r.cancel(err)
			}
			continue
		}
		r.results <- &job{file: u.index, item: k, eof: true}
	}
}

// extractJobs is a worker: it extracts the articles not stored yet with
// the same content, and passes every job on to the writer.
func (r *run) extractJobs() {
	for j := range r.jobs {
		if r.ctx.Err() != nil {
			continue // drain
		}
		ok, err := false, error(nil)
		if !r.empty {
			ok, err = r.st.Has(r.ctx, j.art.ID, j.art.Hash)
		}
		if err != nil {
			if r.ctx.Err() == nil {
				r.cancel(&StoreError{Path: r.st.Path(), Err: err})
			}
			continue
		}
		if ok {
			j.skip = true
		} else {
			r.busy.start(j)
			j.qs, err = safeExtract(r.ex, &j.art)
			r.busy.end(j)
			if err != nil {
				j.failed = true
				r.problem(err.Error(), false)
			}
		}
		r.results <- j // never blocks: cap(results) ≥ jobs and eofs in flight
	}
}

// write is the writer: it commits the results in input order, a batch at
// a time, until the workers are done or ctx ends, and returns the run's
// figures.
func (r *run) write(start time.Time) (Stats, error) {
	ctx, opt := r.ctx, r.opt
	w := &writer{st: r.st, ex: r.ex, opt: opt, report: func(err error) { r.problem(err.Error(), false) }, fileTokens: r.fileTokens,
		out: r.out, tickets: &r.tickets, pending: map[[2]int64]*job{}, eofs: map[int64]int64{}, recent: map[string]recentWrite{},
		busy: r.busy, deferred: map[[2]int64]string{}}
	snapshot := func() Stats {
		s := w.stats
		s.Articles, s.Errors, s.Warnings, s.Bytes, s.Text = int(r.read.Load()), int(r.errs.Load()), int(r.warns.Load()), r.bytes.Load(), r.text.Load()
		s.Elapsed = time.Since(start)
		return s
	}
	w.snapshot = snapshot
	tick := time.NewTicker(min(opt.FlushEvery, opt.DeferAfter/2))
	defer tick.Stop()
	var werr error
	// When ctx ends (Ctrl-C, a fatal error) the writer does not wait for
	// the readers and workers: an extraction or a read may take long (a huge
	// article, a pipe nobody writes to). It stores the complete articles it
	// has, and Run returns; the goroutines still busy end with the process.
	add := func(j *job) {
		if werr == nil {
			if werr = w.add(ctx, j); werr != nil {
				r.cancel(werr)
			}
		}
	}
loop:
	for {
		select {
		case j, ok := <-r.results:
			if !ok {
				break loop
			}
			add(j)
		case <-tick.C:
			if werr == nil {
				if werr = w.flush(ctx); werr != nil {
					r.cancel(werr)
				} else if opt.Progress != nil {
					opt.Progress(snapshot())
				}
			}
			if werr == nil {
				if werr = w.deferSlow(ctx); werr != nil {
					r.cancel(werr)
				}
			}
		case <-ctx.Done():
			for more := true; more; {
				select {
				case j, ok := <-r.results:
					if more = ok; ok {
						add(j)
					}
				default:
					more = false
				}
			}
			break loop
		}
	}
	if werr == nil {
		werr = w.flush(ctx)
	}
	if err := w.wait(); werr == nil {
		werr = err
	}
	if werr == nil && ctx.Err() == nil {
		// the bucket keys of the last batches into the LSH index (stopped
		// runs leave them to the next flush)
		if _, err := r.st.FlushBuckets(ctx); err != nil {
			werr = &StoreError{Path: r.st.Path(), Err: err}
		}
	}
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
	case r.listErr != nil:
		return stats, r.listErr
	}
	return stats, nil
}

// Extractor finds an article's quantities and claims: *extract.Extractor.
type Extractor interface {
	Extract(a *claims.Article) []claims.Quantity
}

var _ Extractor = (*extract.Extractor)(nil)

// safeExtract extracts the article's quantities; a bug that panics on one
// article is reported as that article's error instead of ending the run.
func safeExtract(ex Extractor, a *claims.Article) (qs []claims.Quantity, err error) {
	defer func() {
		if p := recover(); p != nil {
			// (on one line, whatever the panic's value holds)
			err = fmt.Errorf("%s: article %s: internal error in extraction (not stored; please report it): %s", a.Origin, a.ID, strings.Join(strings.Fields(fmt.Sprint(p)), " "))
		}
	}()
	return ex.Extract(a), nil
}

// listInputs calls fn for each file ingest.Read would read, in its order:
// inputs in order, directories walked in lexical order without hidden files
// and directories, keeping files of a known format. An input that is not a
// readable directory is passed as it is (ingest reports it if bad).
func listInputs(ctx context.Context, inputs []string, fn func(path string, i int64) error) error {
	var i int64
	next := func(p string) error {
		err := fn(p, i)
		i++
		return err
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		fi, err := os.Stat(in)
		if in == "-" || err != nil || !fi.IsDir() {
			if err := next(in); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == in {
					return next(p)
				}
				if err := next(p); err != nil {
					return err
				}
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if p != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !ingest.Known(p) {
				return nil
			}
			return next(p)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// outstanding is the set of tickets of jobs read and not yet handled.
type outstanding struct {
	mu  sync.Mutex
	set map[int64]struct{}
}

func (o *outstanding) add(t int64) {
	o.mu.Lock()
	o.set[t] = struct{}{}
	o.mu.Unlock()
}

func (o *outstanding) done(t int64) {
	o.mu.Lock()
	delete(o.set, t)
	o.mu.Unlock()
}

// min is the smallest outstanding ticket, or def when there is none.
func (o *outstanding) min(def int64) int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	m := def
	for t := range o.set {
		m = min(m, t)
	}
	return m
}

// recentWrite is the last write of an id still inside the skip window.
type recentWrite struct {
	ticket int64
	hash   string
}

// writer commits jobs in input order.
type writer struct {
	st         *sqlite.Store
	ex         Extractor
	opt        Options
	report     func(error)
	fileTokens chan struct{}
	out        *outstanding
	tickets    *atomic.Int64
	snapshot   func() Stats

	file, item int64             // position of the next job to handle
	pending    map[[2]int64]*job // jobs that arrived before their turn
	eofs       map[int64]int64   // article counts of files read to the end
	batch      []claims.Result

	// The batch being committed by its own goroutine while the writer
	// collects the next one (committed is nil when there is none), and a
	// spare slice for the next batch.
	committing []claims.Result
	committed  chan commitResult
	spare      []claims.Result

	// recent holds the ids written by jobs whose commit a worker's "already
	// stored" answer may not have seen: a job read (given its ticket) before
	// a commit may have been checked before it. An entry committed when
	// the ticket counter was at C is dropped once every job with a ticket
	// below C has been handled.
	recent map[string]recentWrite
	order  []recentEntry // entries in commit order; expires is set on commit
	stats  Stats

	// Articles passed over while still being extracted (see deferSlow), by
	// position, with their id; "" once a later version of the id was
	// written (the deferred one is then dropped: the input's later version
	// wins, as in input order).
	busy     *extracting
	deferred map[[2]int64]string
}

type commitResult struct {
	n   int
	err error
}

type recentEntry struct {
	ticket, expires int64 // expires = 0: not committed yet
	id              string
}

func (w *writer) add(ctx context.Context, j *job) error {
	pos := [2]int64{j.file, j.item}
	if id, ok := w.deferred[pos]; ok && !j.eof {
		delete(w.deferred, pos)
		if id == "" {
			// superseded by a later version of the id
			<-j.tokens
			w.out.done(j.ticket)
			w.stats.Skipped++
			return nil
		}
		return w.handle(ctx, j)
	}
	if j.eof {
		w.eofs[j.file] = j.item
	} else {
		w.pending[pos] = j
	}
	return w.advance(ctx)
}

// advance handles the jobs whose turn has come, in input order.
func (w *writer) advance(ctx context.Context) error {
	for {
		if j, ok := w.pending[[2]int64{w.file, w.item}]; ok {
			delete(w.pending, [2]int64{w.file, w.item})
			w.item++
			if err := w.handle(ctx, j); err != nil {
				return err
			}
			continue
		}
		if n, ok := w.eofs[w.file]; ok && n == w.item {
			delete(w.eofs, w.file)
			w.file, w.item = w.file+1, 0
			<-w.fileTokens
			continue
		}
		return nil
	}
}

// deferSlow passes over the article whose turn it is when it has been in
// extraction for longer than DeferAfter, so that one slow article does not
// hold back the commits of the others: the writer goes on in input order
// and commits it when its extraction ends. Ids and content do not depend on
// the order of commits; an id written while an earlier version of it is
// deferred drops the deferred one, so the input's later version still wins.
// A kill -9 meanwhile loses nothing committed: the re-run redoes the
// deferred article like any other not stored.
func (w *writer) deferSlow(ctx context.Context) error {
	for {
		pos := [2]int64{w.file, w.item}
		if _, ok := w.pending[pos]; ok {
			return nil
		}
		x, ok := w.busy.get(pos)
		if !ok || time.Since(x.since) < w.opt.DeferAfter {
			return nil
		}
		w.deferred[pos] = x.id
		// It needs no protection of the skip window (see recent): it is
		// no skip, and a later version of its id drops it.
		w.out.done(x.ticket)
		w.item++
		if err := w.advance(ctx); err != nil {
			return err
		}
	}
}

func (w *writer) handle(ctx context.Context, j *job) error {
	<-j.tokens
	w.out.done(j.ticket)
	if j.failed {
		return nil // reported; a later run retries it
	}
	if len(w.deferred) > 0 {
		// an earlier version of this id, deferred, is superseded
		pos := [2]int64{j.file, j.item}
		for p, id := range w.deferred {
			if id == j.art.ID && (p[0] < pos[0] || p[0] == pos[0] && p[1] < pos[1]) {
				w.deferred[p] = ""
			}
		}
	}
	if j.skip {
		r, ok := w.recent[j.art.ID]
		if !ok || r.hash == j.art.Hash {
			w.stats.Skipped++
			return nil
		}
		// An earlier version of this id in the same input replaced the
		// stored one after the worker looked: this version must be written
		// again to end as the input says.
		var err error
		if j.qs, err = safeExtract(w.ex, &j.art); err != nil {
			w.report(err)
			return nil
		}
	}
	w.recent[j.art.ID] = recentWrite{ticket: j.ticket, hash: j.art.Hash}
	w.order = append(w.order, recentEntry{ticket: j.ticket, id: j.art.ID})
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

// flush starts committing the batch, after the previous commit has ended,
// and returns: the writer collects the next batch while this one commits
// (otherwise the readers and workers, which may run only so far ahead of
// the writer, wait for every commit and one core idles). wait ends it.
func (w *writer) flush(ctx context.Context) error {
	if err := w.wait(); err != nil {
		return err
	}
	if len(w.batch) == 0 {
		return nil
	}
	b, done := w.batch, make(chan commitResult, 1)
	w.batch, w.committing, w.committed = w.spare[:0], b, done
	// The batch is committed even when ctx is cancelled (Ctrl-C): it is
	// complete, and the readers have stopped.
	go func() {
		n, err := w.st.Write(context.WithoutCancel(ctx), b)
		done <- commitResult{n, err}
	}()
	return nil
}

// wait waits for the batch being committed, if any, counts it, and drops
// the recent writes no job can need any more.
func (w *writer) wait() error {
	if w.committed == nil {
		return nil
	}
	r := <-w.committed
	b := w.committing
	w.committing, w.committed = nil, nil
	refused, err := refusedArticles(r.err)
	if err != nil {
		return &StoreError{Path: w.st.Path(), Err: err}
	}
	for i := range refused {
		w.report(&refused[i])
	}
	w.stats.Stored += r.n
	w.stats.Skipped += len(b) - r.n - len(refused) // same id and hash twice in the input
	for i := range b {
		if isRefused(refused, &b[i].Article) {
			b[i] = claims.Result{}
			continue
		}
		w.stats.Mentions += len(b[i].Quantities)
		for k := range b[i].Quantities {
			if b[i].Quantities[k].IsClaim() {
				w.stats.Claims++
			}
		}
		if w.opt.Committed != nil {
			w.opt.Committed(&b[i])
		}
		b[i] = claims.Result{}
	}
	w.spare = b[:0]
	// The committed batch's entries are the oldest not yet committed ones
	// (the batch being collected follows them). The ticket counter read
	// now is at least the one at commit: a later expiry only keeps an
	// entry longer.
	c := w.tickets.Load() + 1
	for i, k := 0, 0; i < len(w.order) && k < len(b); i++ {
		if w.order[i].expires == 0 {
			w.order[i].expires = c
			k++
		}
	}
	low := w.out.min(c)
	k := 0
	for k < len(w.order) && w.order[k].expires != 0 && w.order[k].expires <= low {
		e := w.order[k]
		if r, ok := w.recent[e.id]; ok && r.ticket == e.ticket {
			delete(w.recent, e.id)
		}
		k++
	}
	w.order = append(w.order[:0], w.order[k:]...)
	return nil
}

// refusedArticles splits the error of a store write into the articles the
// database refused (reported, the run goes on) and a fatal error.
func refusedArticles(err error) ([]sqlite.ArticleError, error) {
	var re *sqlite.RefusedError
	if errors.As(err, &re) {
		return re.Articles, nil
	}
	return nil, err
}

func isRefused(refused []sqlite.ArticleError, a *claims.Article) bool {
	for i := range refused {
		if refused[i].ID == a.ID && refused[i].Origin == a.Origin {
			return true
		}
	}
	return false
}

// extracting records which articles are being extracted, and since when.
type extracting struct {
	mu sync.Mutex
	at map[[2]int64]extractingJob
}

type extractingJob struct {
	id     string
	ticket int64
	since  time.Time
}

func (e *extracting) start(j *job) {
	e.mu.Lock()
	e.at[[2]int64{j.file, j.item}] = extractingJob{id: j.art.ID, ticket: j.ticket, since: time.Now()}
	e.mu.Unlock()
}

func (e *extracting) end(j *job) {
	e.mu.Lock()
	delete(e.at, [2]int64{j.file, j.item})
	e.mu.Unlock()
}

// get returns the article at pos if it is being extracted.
func (e *extracting) get(pos [2]int64) (extractingJob, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	x, ok := e.at[pos]
	return x, ok
}

// checkArticle refuses an article whose id or metadata is unfit to store
// (see claims.Article.Check), naming where it came from.
func checkArticle(a *ingest.Article) error {
	c := claims.Article{ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Site: a.Site, Lang: a.Lang, Authors: a.Authors}
	if err := c.Check(); err != nil {
		return fmt.Errorf("%s: not stored: %w", a.Origin, err)
	}
	return nil
}
