package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/pipeline"
)

func init() {
	register(command{name: "run", summary: "ingest, extract and store the claims of articles (the main job)", run: runRun})
}

const runSynopsis = `run [--db PATH] [--workers N] [--batch N] [--top N] [--cpuprofile FILE] [-v] INPUT...

Reads INPUT (files or directories, recursively; "-" for stdin): .txt, .html/.htm,
.jsonl/.ndjson, .warc, any of them .gz. Extracts every number mention and the
numeric claims with their sources, and stores them in the SQLite database.
Re-running over the same input changes nothing. Bad files or records are
reported one per line on stderr and the run goes on (exit status 1).

Progress goes to stderr: a bar when stderr is a terminal, otherwise a log
line every 10 seconds. The run can be killed at any moment (Ctrl-C, kill -9):
what was committed stays, and running it again finishes the job. Ctrl-C
stops it at once, saying how many articles it stored; a second Ctrl-C ends it
without that. An article the database refuses is reported and skipped; a
first run that stores nothing leaves no database file behind. An article read
with a warning (a guessed charset, a mismatched HTTP length) is stored and the
warning printed on one "warning:" line. A run whose input holds at least as
many articles as the database (and a thousand or more) drops the review app's
indexes and the unique indexes of the quantity and claim ids while it writes
and builds them at its end (a "Deferred indexes:" line); killed before, the
next program that opens the database for writing builds them. After the run, every stored source
name is given its identity across articles (internal/entity; one "Sources:"
line), then the top claims of the articles it stored (new or changed).
` + inputRules

func runRun(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", runSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "`N` extraction workers, one per CPU by default")
	top := fs.Int("top", 10, "print the `N` top claims after the summary (0: none)")
	batch := fs.Int("batch", 1024, "articles per transaction")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	verbose := fs.Bool("v", false, "list the files of directory inputs that are skipped")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if msg := checkRunFlags(fs.NArg(), *workers, *top, *batch); msg != "" {
		fmt.Fprintln(stderr, "extract run:", msg)
		fs.Usage()
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C ends the process at once
	batchGC()

	st, created, err := openWrite(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	stored := false
	defer func() {
		st.Close()
		if created && !stored {
			removeDB(*db) // a first run that stored nothing leaves no empty database
		}
	}()
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	if *cpuprofile != "" {
		stopProfile, err := startCPUProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "extract run:", err)
			return exitUsage
		}
		defer stopProfile()
	}
	size, text := inputBytes(fs.Args())
	restore, err := deferIndexes(ctx, st, text)
	if err != nil {
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	prog := newProgress(stderr, "run", size)
	tops := newTopClaims(*top)
	stats, err := pipeline.Run(ctx, st, ex, fs.Args(), pipeline.Options{Workers: *workers, BatchSize: *batch,
		Errors: prog.errors(), Progress: prog.update, Committed: tops.add})
	prog.finish()
	stored = stats.Stored > 0
	printSummary(stdout, stats, st)
	if rerr := restore(stdout); rerr != nil {
		fmt.Fprintln(stderr, "extract run:", rerr)
		return exitInput
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("interrupted: the %d articles committed by this run stay; run it again to finish", stats.Stored)
		}
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	if !reportSkipped(ctx, stderr, "extract run", fs.Args(), stats.Articles, stats.Errors, *verbose) {
		return exitInput
	}
	if err := resolveEntities(ctx, stdout, st); err != nil {
		fmt.Fprintln(stderr, "extract run: resolving source entities:", err)
		return exitInput
	}
	tops.print(stdout)
	if stats.Errors > 0 {
		return exitInput
	}
	return exitOK
}

// printSummary prints the run's one-line summary: articles new, changed
// (stored before with other content: replaced, their reviews moved to the
// claims they now are) and unchanged.
func printSummary(w io.Writer, s pipeline.Stats, st *sqlite.Store) {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	warnings := ""
	if s.Warnings > 0 {
		warnings = fmt.Sprintf(", %d read with a warning", s.Warnings)
	}
	changed, moved := st.Changed()
	if moved > 0 {
		warnings += fmt.Sprintf(", %d review(s) moved to the changed claims", moved)
	}
	fmt.Fprintf(w, "%d articles (%d new, %d changed, %d unchanged%s), %d claims among %d number mentions, %d errors, %.2fs (%.0f articles/s, %.2f MB/s of input, %.2f MB/s of text%s)\n",
		s.Articles, s.Stored-int(changed), changed, s.Skipped, warnings, s.Claims, s.Mentions, s.Errors, secs,
		float64(s.Articles)/secs, float64(s.Bytes)/1e6/secs, float64(s.Text)/1e6/secs, peakRSS())
}

func quote(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// checkRunFlags returns what is wrong with run's arguments, or "".
func checkRunFlags(inputs, workers, top, batch int) string {
	switch {
	case inputs == 0:
		return `no INPUT: name the files or directories to read, or "-" for stdin`
	case workers < 1:
		return fmt.Sprintf("--workers %d: at least 1 worker is needed", workers)
	case top < 0:
		return fmt.Sprintf("--top %d: give 0 for no top claims, or a positive count", top)
	case batch < 1:
		return fmt.Sprintf("--batch %d: at least 1 article per transaction", batch)
	}
	return ""
}

// batchGC sets the garbage collector for a batch run, unless GOGC or
// GOMEMLIMIT say otherwise: extraction makes mostly short-lived garbage,
// and collecting when the heap has tripled rather than doubled costs 7%
// less CPU per article; the soft limit keeps the heap, whatever the input,
// under 100 MiB (the collector then runs as often as it must).
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(100 << 20)
	}
}
