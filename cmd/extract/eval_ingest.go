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

const evalIngestSynopsis = `eval ingest --truth FILE [--worst N] INPUT...

Scores the article bodies read from INPUTs against a ground-truth file
({id: {"articleBody", "url"}}, as ../shared/eval/ingest-dev/ground-truth.json)
with the article-extraction benchmark's metric: 4-grams of \w+ tokens,
per-page precision and recall, their means over pages, and F1 from the means.
An article matches a truth id by its id without extensions (page.html.gz →
page). Prints the worst pages, the corpus figures and a one-line JSON summary.`

// runEvalIngest implements "extract eval ingest" (dispatched from eval.go).
func runEvalIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval ingest", evalIngestSynopsis, stderr)
	truthPath := fs.String("truth", "", "ground-truth `file` (JSON {id: {articleBody, url}})")
	worst := fs.Int("worst", 10, "list the `N` worst pages")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *truthPath == "" || fs.NArg() == 0 {
		if *truthPath == "" {
			fmt.Fprintln(stderr, "extract eval ingest: --truth is required")
		}
		fs.Usage()
		return exitUsage
	}
	truth, err := eval.ReadIngestTruth(*truthPath)
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
	r := eval.ScoreIngest(truth, pred, errs)
	if len(r.Pages) == 0 {
		fmt.Fprintln(stderr, "extract eval ingest: no input article matches a truth id")
		return exitInput
	}
	r.Print(stdout, *worst)
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
