package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/export"
	"github.com/factcheck/extract/internal/review"
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

const exportSynopsis = `export [--db PATH] --what articles|claims|quantities|reviews [--format jsonl|csv|claimreview] [--site-url URL]

Prints what the database holds: articles ({"id","origin","url","title",
"published","text",...}), claims (numeric claims with source and cue),
quantities (every number mention, of every kind) as jsonl or csv, or reviews
as csv (their default) or claimreview (schema.org ClaimReview JSON-LD of the
claims given a claim verdict: true, false, misleading, unverifiable; its url
is the article's, or the claim's page under --site-url). CSV cells that a spreadsheet would run as a
formula (=, +, -, @, tab, CR first) are prefixed with a quote.
Offsets are byte offsets into the article's "text"; low/high null mean an
open interval. "unit" is count, percent, an ISO 4217 code or a measure's
normalised name; a rate keeps its denominator ("USD/kWh", "USD/hour",
"mph"). "unit_basis" (money) says how the currency was decided: written,
or, for a bare "$" and for a name several countries use alone ("Rs",
"rupees", "Sh", "shillings", "pesos", "pounds", the letter K of "K500
million", "francs", "crowns" ...), url-domain, lang, dateline,
ticker-exchange (a wire code's exchange: "<SFMF.PA>"), article-currency,
article-places (the country the article names most) or default
(USD; INR, KES, MXN, GBP, ZMW ...); sentence-places when the one place
its sentence names decided it ("A Toronto condo sells for $1.1 million").`

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", exportSynopsis, stderr)
	db := fs.String("db", defaultDB, "SQLite database `path`")
	what := fs.String("what", "", "what to export: "+strings.Join(exportNames(), ", "))
	format := fs.String("format", "", "output `format`: jsonl (default) or csv; for reviews csv (default) or claimreview")
	siteURL := fs.String("site-url", "", "for --format claimreview: the review app's public `URL`; each ClaimReview's url is then its claim page there (default: the article's URL)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *format == "" {
		*format = "jsonl"
		if *what == "reviews" {
			*format = "csv"
		}
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
	if !exportFormats[*what][*format] {
		fmt.Fprintf(stderr, "extract export: --what %s --format %s: no such format; %s can be exported as %s\n", *what, *format, *what, strings.Join(formatNames(*what), " or "))
		return exitUsage
	}
	st, err := openRead(*db)
	if err != nil {
		fmt.Fprintln(stderr, "extract export:", err)
		return exitInput
	}
	defer st.Close()
	if *what == "reviews" {
		fn = func(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error {
			return review.ExportReviewsSite(ctx, st, format, *siteURL, w)
		}
	}
	if err := fn(context.Background(), st, *format, stdout); err != nil {
		fmt.Fprintf(stderr, "extract export: database %s: %v\n", *db, err)
		return exitInput
	}
	return exitOK
}

// exportFormats lists the formats of each --what.
var exportFormats = map[string]map[string]bool{
	"articles":   {"jsonl": true, "csv": true},
	"claims":     {"jsonl": true, "csv": true},
	"quantities": {"jsonl": true, "csv": true},
	"reviews":    {"csv": true, "claimreview": true},
}

func formatNames(what string) []string {
	var names []string
	for f := range exportFormats[what] {
		names = append(names, f)
	}
	sort.Strings(names)
	return names
}

func exportNames() []string {
	var names []string
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
