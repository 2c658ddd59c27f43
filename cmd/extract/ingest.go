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

const ingestSynopsis = `ingest [--format jsonl|csv] [-v] INPUT...

Reads articles and prints them as the articles export ({"id","origin","url",
"title","published","text",...}), without extracting claims. INPUT is a file,
a directory (read recursively) or "-" for stdin: .html/.htm pages, .txt
articles or scraped page dumps, .jsonl/.ndjson dumps whose lines are
{"id","url","title","published","text"} or {"id","url","html"}, .warc WARC
archives; any of them gzip-compressed (.gz). Bad files and records are
reported on stderr, one line each, and the rest is still read (exit 1).
` + inputRules

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("ingest", ingestSynopsis, stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
	verbose := fs.Bool("v", false, "list the files of directory inputs that are skipped")
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
	failed, read := 0, 0
	err = ingest.Read(ctx, fs.Args(), func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			aw.Flush() // keep the error line after the articles before it
			fmt.Fprintln(stderr, it.Err)
			return nil
		}
		if it.Warning != "" {
			aw.Flush()
			fmt.Fprintln(stderr, "warning:", it.Warning)
		}
		read++
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
	if !reportSkipped(ctx, stderr, "extract ingest", fs.Args(), read, failed, *verbose) || failed > 0 {
		return exitInput
	}
	return exitOK
}

// inputRules is the part of run's and ingest's help about what is read.
const inputRules = `
In a directory, files whose extension names no format are skipped (their
count is printed; -v lists them). A file named with another extension is
read only when its content is unmistakably a WARC archive, an HTML page or
JSON Lines, and refused otherwise (name a plain-text article .txt). Named
pipes and other special files are not read. URLs are not fetched. A .txt in
another encoding than UTF-8 is read as Windows-1252 (Latin-1) when it fits
it, with a warning. A text typed at a fixed width (hard-wrapped lines,
paragraphs indented or parted by blank lines) is read as one article: its
lines are joined into paragraphs and none is dropped. A JSONL record's
"title" is not looked for in its "text"; a first line that opens with it
gives up only the title. A run that reads no article is an error.`

// reportSkipped prints the count of the files skipped in directory inputs
// (and their names when verbose), and says so when nothing was read. It
// reports whether the run read something.
func reportSkipped(ctx context.Context, stderr io.Writer, cmd string, inputs []string, read, failed int, verbose bool) bool {
	skipped := ingest.Skipped(ctx, inputs)
	if verbose {
		for _, s := range skipped {
			fmt.Fprintf(stderr, "%s: skipped: %s\n", s.Path, s.Reason)
		}
	}
	if len(skipped) > 0 {
		more := " (-v lists them)"
		if verbose {
			more = ""
		}
		fmt.Fprintf(stderr, "%s: skipped %d file%s of no known format in the input directories%s\n", cmd, len(skipped), plural(len(skipped)), more)
	}
	if read > 0 || ctx.Err() != nil {
		return true
	}
	switch {
	case failed > 0:
		fmt.Fprintf(stderr, "%s: no article read: every input failed (see above)\n", cmd)
	case len(skipped) > 0:
		fmt.Fprintf(stderr, "%s: no article read: no file of a known format (%s, optionally .gz) in the inputs\n", cmd, ingest.Extensions)
	default:
		fmt.Fprintf(stderr, "%s: no article read: the inputs hold no article\n", cmd)
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
