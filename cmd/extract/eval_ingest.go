package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/factcheck/extract/internal/eval"
	"github.com/factcheck/extract/internal/ingest"
)

const evalIngestSynopsis = `eval ingest (--truth FILE | --snippets FILE) [--worst N] INPUT...

Scores the article bodies read from INPUTs against a ground-truth file
({id: {"articleBody", "url"}}, as ../shared/eval/ingest-dev/ground-truth.json)
with the article-extraction benchmark's metric: 4-grams of \w+ tokens,
per-page precision and recall, their means over pages, and F1 from the means.
An article matches a truth id by its id without extensions (page.html.gz →
page). Prints the worst pages, the corpus figures and a one-line JSON summary.

With --snippets FILE ({id: {"url", "with": [...], "without": [...]}}, as
../shared/eval/ingest-web/trafilatura/snippets.json) it scores as
trafilatura's evaluation does instead: whitespace collapsed, each snippet a
case-sensitive substring test, counts summed over the pages; precision =
with-found / (with-found + without-found), recall = with-found / all with.`

// runEvalIngest implements "extract eval ingest" (dispatched from eval.go).
func runEvalIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval ingest", evalIngestSynopsis, stderr)
	truthPath := fs.String("truth", "", "ground-truth `file` (JSON {id: {articleBody, url}})")
	snipPath := fs.String("snippets", "", "snippets `file` (JSON {id: {url, with, without}}) instead of --truth")
	worst := fs.Int("worst", 10, "list the `N` worst pages")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if (*truthPath == "") == (*snipPath == "") || fs.NArg() == 0 {
		if (*truthPath == "") == (*snipPath == "") {
			fmt.Fprintln(stderr, "extract eval ingest: give one of --truth or --snippets")
		}
		fs.Usage()
		return exitUsage
	}
	var truth map[string]eval.IngestTruth
	var snips map[string]eval.SnippetPage
	var err error
	if *snipPath != "" {
		snips, err = eval.ReadSnippets(*snipPath)
	} else {
		truth, err = eval.ReadIngestTruth(*truthPath)
	}
	if err != nil {
		fmt.Fprintln(stderr, "extract eval ingest:", err)
		return exitInput
	}
	pred := map[string]string{}
	errs := map[string]string{}
	failed := 0
	err = ingest.Read(context.Background(), fs.Args(), func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintln(stderr, it.Err)
			var ie *ingest.Error
			if errors.As(it.Err, &ie) {
				errs[truthID(filepath.Base(ie.File))] = ie.Reason
			}
			return nil
		}
		pred[truthID(it.Article.ID)] = it.Article.Text
		return nil
	})
	if err != nil {
		fmt.Fprintln(stderr, "extract eval ingest:", err)
		return exitInput
	}
	if snips != nil {
		if eval.SnippetReport(stdout, snips, pred, errs, *worst) == 0 {
			fmt.Fprintln(stderr, "extract eval ingest: no input article matches a snippets id")
			return exitInput
		}
	} else {
		r := eval.ScoreIngest(truth, pred, errs)
		if len(r.Pages) == 0 {
			fmt.Fprintln(stderr, "extract eval ingest: no input article matches a truth id")
			return exitInput
		}
		r.Print(stdout, *worst)
	}
	if failed > 0 {
		return exitInput
	}
	return exitOK
}

// truthID strips a file id's extensions: "abc.html.gz" → "abc".
func truthID(id string) string {
	for {
		ext := filepath.Ext(id)
		switch strings.ToLower(ext) {
		case ".gz", ".html", ".htm", ".txt", ".text", ".xhtml":
			id = strings.TrimSuffix(id, ext)
			continue
		}
		return id
	}
}

func init() { evalCommands["ingest"] = runEvalIngest }
