package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/export"
)

func init() {
	register(command{name: "export", summary: "print stored articles, claims or quantities as JSONL or CSV", run: runExport})
}

// exporters maps --what to its writer. Other files add theirs in init
// (e.g. reviews).
var exporters = map[string]func(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error{
	"articles":   export.Articles,
	"claims":     export.Claims,
	"quantities": export.Quantities,
}

const exportSynopsis = `export [--db PATH] --what articles|claims|quantities|reviews [--format jsonl|csv|claimreview]

Prints what the database holds: articles ({"id","origin","url","title",
"published","text",...}), claims (numeric claims with source and cue),
quantities (every number mention, of every kind) as jsonl or csv, or reviews
as csv or claimreview (schema.org ClaimReview JSON-LD of verified and
disputed claims).
Offsets are byte offsets into the article's "text"; low/high null mean an
open interval. "unit" is count, percent, an ISO 4217 code or a measure's
normalised name; a rate keeps its denominator ("USD/kWh", "USD/hour",
"mph"). "unit_basis" (money) says how the currency was decided: written,
or, for a bare "$", url-domain, lang, dateline, article-currency or
default (USD).`

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", exportSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	what := fs.String("what", "", "what to export: "+strings.Join(exportNames(), ", "))
	format := fs.String("format", "jsonl", "output `format`: jsonl or csv (reviews also: claimreview)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fn, ok := exporters[*what]
	if !ok || fs.NArg() > 0 {
		if *what == "" {
			fmt.Fprintln(stderr, "extract export: --what is required")
		} else if !ok {
			fmt.Fprintf(stderr, "extract export: unknown --what %q\n", *what)
		}
		fs.Usage()
		return exitUsage
	}
	st, err := sqlite.OpenReadOnly(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract export:", err)
		return exitInput
	}
	defer st.Close()
	if err := fn(context.Background(), st, *format, stdout); err != nil {
		fmt.Fprintln(stderr, "extract export:", err)
		if strings.Contains(err.Error(), "format") {
			return exitUsage
		}
		return exitInput
	}
	return exitOK
}

func exportNames() []string {
	var names []string
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
