package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/pipeline"
)

func init() {
	register(command{name: "run", summary: "ingest, extract and store the claims of articles (the main job)", run: runRun})
}

const runSynopsis = `run [--db PATH] [--workers N] [--batch N] [--top N] [--cpuprofile FILE] INPUT...

Reads INPUT (files or directories, recursively; "-" for stdin): .txt, .html/.htm,
.jsonl/.ndjson, .warc, any of them .gz. Extracts every number mention and the
numeric claims with their sources, and stores them in the SQLite database.
Re-running over the same input changes nothing. Bad files or records are
reported one per line on stderr and the run goes on (exit status 1).

Progress goes to stderr: a bar when stderr is a terminal, otherwise a log
line every 10 seconds. The run can be killed at any moment (Ctrl-C, kill -9):
what was committed stays, and running it again finishes the job.`

func runRun(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("run", runSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	workers := fs.Int("workers", 0, "extraction workers (default: number of CPUs)")
	top := fs.Int("top", 10, "print the `N` top claims after the summary")
	batch := fs.Int("batch", 256, "articles per transaction")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C ends the process at once

	st, err := sqlite.Open(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	defer st.Close()
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
	prog := newProgress(stderr, "run", inputBytes(fs.Args()))
	stats, err := pipeline.Run(ctx, st, ex, fs.Args(), pipeline.Options{Workers: *workers, BatchSize: *batch,
		Errors: prog.errors(), Progress: prog.update})
	prog.finish()
	printSummary(stdout, stats)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("interrupted: the %d articles committed by this run stay; run it again to finish", stats.Stored)
		}
		fmt.Fprintln(stderr, "extract run:", err)
		return exitInput
	}
	if *top > 0 {
		if err := printTopClaims(ctx, stdout, st, *top); err != nil {
			fmt.Fprintln(stderr, "extract run:", err)
			return exitInput
		}
	}
	if stats.Errors > 0 {
		return exitInput
	}
	return exitOK
}

func printSummary(w io.Writer, s pipeline.Stats) {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(w, "%d articles (%d new, %d unchanged), %d claims among %d number mentions, %d errors, %.2fs (%.0f articles/s, %.2f MB/s of input, %.2f MB/s of text%s)\n",
		s.Articles, s.Stored, s.Skipped, s.Claims, s.Mentions, s.Errors, secs,
		float64(s.Articles)/secs, float64(s.Bytes)/1e6/secs, float64(s.Text)/1e6/secs, peakRSS())
}

// printTopClaims prints the claims most worth a look: those with a named
// source first, then by size of the number.
func printTopClaims(ctx context.Context, w io.Writer, st *sqlite.Store, n int) error {
	var all []claims.Quantity
	err := st.Quantities(ctx, sqlite.Filter{ClaimsOnly: true}, func(q *claims.Quantity) error {
		all = append(all, *q)
		return nil
	})
	if err != nil || len(all) == 0 {
		return err
	}
	sort.SliceStable(all, func(i, j int) bool {
		si, sj := all[i].Source != nil, all[j].Source != nil
		if si != sj {
			return si
		}
		return magnitude(&all[i]) > magnitude(&all[j])
	})
	if len(all) > n {
		all = all[:n]
	}
	fmt.Fprintf(w, "\nTop claims:\n")
	for _, q := range all {
		src := "—"
		if q.Source != nil {
			src = q.Source.Name
		}
		fmt.Fprintf(w, "  %-18s %-10s %-28s %-22s %s\n", quote(q.Quantity.Text, 18), q.Unit, quote(q.Subject, 28), quote(src, 22), q.ArticleID)
	}
	return nil
}

func magnitude(q *claims.Quantity) float64 {
	switch {
	case q.Low != nil:
		return *q.Low
	case q.High != nil:
		return *q.High
	}
	return 0
}

func quote(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
