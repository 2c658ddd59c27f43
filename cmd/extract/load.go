package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/pipeline"
)

func init() {
	register(command{name: "load", summary: "merge sharded JSONL result exports (e.g. from the Beam pipeline) into the database", run: runLoad})
}

const loadSynopsis = `load [--db PATH] [--batch N] SHARD...

Merges shard files — JSONL(.gz), one line per article with everything
extracted from it, as the Beam pipeline (beam/) writes them — into the SQLite
database. A SHARD may be a directory: its *.jsonl and *.jsonl.gz files are
loaded in name order. Loading is idempotent: an article already stored with
the same content is left alone, so shards can be loaded again, or after an
interrupted load. Bad lines are reported on stderr and loading goes on
(exit status 1).`

func runLoad(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("load", loadSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	batch := fs.Int("batch", 1024, "articles per transaction")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "extract load: no SHARD: name the shard files or directories to load")
		fs.Usage()
		return exitUsage
	}
	var paths []string
	for _, a := range fs.Args() {
		fi, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(stderr, "extract load: shard %s: no such file or directory\n", a)
			return exitInput
		}
		if !fi.IsDir() {
			paths = append(paths, a)
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			fmt.Fprintln(stderr, "extract load:", err)
			return exitInput
		}
		var names []string
		for _, e := range ents {
			n := e.Name()
			if !e.IsDir() && !strings.HasPrefix(n, ".") && (strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".jsonl.gz")) {
				names = append(names, filepath.Join(a, n))
			}
		}
		sort.Strings(names)
		paths = append(paths, names...)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C ends the process at once
	if *batch < 1 {
		fmt.Fprintf(stderr, "extract load: --batch %d: at least 1 article per transaction\n", *batch)
		return exitUsage
	}
	st, created, err := openWrite(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract load:", err)
		return exitInput
	}
	stored := false
	defer func() {
		st.Close()
		if created && !stored {
			removeDB(*db)
		}
	}()
	_, text := inputBytes(paths)
	restore, err := deferIndexes(ctx, st, text)
	if err != nil {
		fmt.Fprintln(stderr, "extract load:", err)
		return exitInput
	}
	prog := newProgress(stderr, "load", -1)
	stats, err := pipeline.Load(ctx, st, paths, pipeline.Options{BatchSize: *batch, Errors: prog.errors(), Progress: prog.update})
	prog.finish()
	stored = stats.Stored > 0
	printSummary(stdout, stats, st)
	if rerr := restore(stdout); rerr != nil {
		fmt.Fprintln(stderr, "extract load:", rerr)
		return exitInput
	}
	if err != nil {
		fmt.Fprintln(stderr, "extract load:", err)
		return exitInput
	}
	if err := resolveEntities(ctx, stdout, st); err != nil {
		fmt.Fprintln(stderr, "extract load: resolving source entities:", err)
		return exitInput
	}
	if stats.Errors > 0 {
		return exitInput
	}
	return exitOK
}
