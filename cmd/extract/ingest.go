package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/factcheck/extract/internal/export"
	"github.com/factcheck/extract/internal/ingest"
	"github.com/factcheck/extract/internal/pipeline"
)

func init() {
	register(command{name: "ingest", summary: "print the clean articles read from INPUTs (no claim extraction)", run: runIngest})
}

const ingestSynopsis = `ingest [--format jsonl|csv] INPUT...

Reads articles and prints them as the articles export ({"id","origin","url",
"title","published","text",...}), without extracting claims. INPUT is a file,
a directory (read recursively) or "-" for stdin: .html/.htm pages, .txt
articles or scraped page dumps, .jsonl/.ndjson dumps whose lines are
{"id","url","title","published","text"} or {"id","url","html"}, .warc WARC
archives; any of them gzip-compressed (.gz). Bad files and records are
reported on stderr, one line each, and the rest is still read (exit 1).`

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("ingest", ingestSynopsis, stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 || (*format != "jsonl" && *format != "csv") {
		if fs.NArg() > 0 {
			fmt.Fprintf(stderr, "extract ingest: unknown --format %q\n", *format)
		}
		fs.Usage()
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	aw, err := export.NewArticleWriter(stdout, *format)
	if err != nil {
		fmt.Fprintln(stderr, "extract ingest:", err)
		return exitUsage
	}
	failed := 0
	err = ingest.Read(ctx, fs.Args(), func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			aw.Flush() // keep the error line after the articles before it
			fmt.Fprintln(stderr, it.Err)
			return nil
		}
		a := pipeline.ToArticle(it.Article)
		if err := a.Check(); err != nil { // refused as run refuses it
			failed++
			aw.Flush()
			fmt.Fprintf(stderr, "%s: %v\n", it.Article.Origin, err)
			return nil
		}
		return aw.Write(&a)
	})
	if ferr := aw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(stderr, "extract ingest:", err)
		return exitInput
	}
	if failed > 0 {
		return exitInput
	}
	return exitOK
}
