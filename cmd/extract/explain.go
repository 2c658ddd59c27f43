package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract"
)

func init() {
	register(command{
		name:    "explain",
		summary: "print, per number mention of texts, the named rules that decided its reading",
		run:     runExplain,
	})
}

const explainSynopsis = `explain [--lines] [FILE...]   (no FILE or "-": stdin)

For each number mention of each text prints its reading and the named rule
that decided each part: its kind (and so whether it is a claim: a rule of
quantity.kindRules, "lone-number" for a number alone on a line of a
longer text, a page rule of the facade such as "pipe-table-cell" or
"footnote-number", "default-claim" when none applies), its unit (a
currency row, a unit word, "default-count"), its qualifier (a qualifier
form before or after the value, "default-exact"), its change where it
states one (a change rule such as "change-verb") and, for claims, the
attribution rule that found its source and cue ("according-to",
"verb-cue/strong", "quote-tail/lead": a family, then after "/" the form
inside it) and the rule that named the source (a step of name
resolution, then after "/" the rule inside it that decided where there is
one: "proper-name", "proper-name/org-short-form",
"org-head/previous-subject", "document-author/named-document", a
document's owner by its rule such as "document-agent", "caps-label", …).
A claim inside a direct quote prints a "quote" line: the quote's bytes
and the rule that found it, its opening mark ("double-curly",
"double-straight", "single-straight", "two-apostrophes", …) then
"/paragraphs" when it runs over paragraphs and "/unclosed" when no mark
closes it.
A "guard" line names a check inside a rule that decided the mention: one
of the number grammar ("guarded-code": "the NIS 2 directive" is no
money; "qualifier-form-context", "adjectival-period-adverb") or of
attribution, with the source the claim would get without it
("measure-acronym", "unit-letter-no-name", "code-before-number",
"place-acronym-no-org", "surname-first-nearest", "domain-modifier",
"inverted-not-clause": attribution is read again with each guard off).
A claim with no source prints "source none (no cue: the article asserts
it)", or, when its sentence holds a cue verb that a rule turned down, the
rejection nearest it: "source none (cue "indicate" rejected:
evidence-subject)" (counted-subject: "51 percent of respondents said",
see-no-forecaster, zero-relative, reduced-relative, no-complement, …, or
a verb's own condition such as see-forecast). A claim whose source a rule
took away as the reporter's description prints the reason and the rule:
"source none (an age in apposition is the reporter's) rule
appositive-age-unsourced", package-size-unsourced ("a 50-kg bag").
"extract quantities --explain" prints the same. The rule names are those
of the source code (internal/extract).`

func runExplain(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("explain", explainSynopsis, stderr)
	lines := fs.Bool("lines", false, "treat each input line as a separate text (id FILE:LINE)")
	if st, ok := parse(fs, args); !ok {
		return st
	}
	return explainFiles(fs.Args(), *lines, stdout, stderr, "explain")
}

// explainFiles prints the explanations of the texts of files.
func explainFiles(files []string, lines bool, stdout, stderr io.Writer, cmd string) int {
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "extract %s: loading models: %v\n", cmd, err)
		return exitInput
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	return eachText(files, lines, stderr, cmd, func(id, text string) {
		for _, x := range ex.Explain(&claims.Article{ID: id, Text: text}) {
			writeExplanation(out, id, x)
		}
	})
}

// writeExplanation prints one mention and the rules that decided it.
func writeExplanation(w io.Writer, id string, x extract.Explanation) {
	q := x.Quantity
	fmt.Fprintf(w, "%s %d-%d %s\n", id, q.Quantity.Start, q.Quantity.End, strconv.Quote(q.Quantity.Text))
	claim := "no"
	if q.IsClaim() {
		claim = "yes"
	}
	fmt.Fprintf(w, "  kind       %-14s rule %s (claim: %s)\n", q.Kind, x.Rules.Kind, claim)
	fmt.Fprintf(w, "  value      %-14s\n", interval(q.Low, q.High))
	if q.Unit != "" {
		fmt.Fprintf(w, "  unit       %-14s rule %s\n", q.Unit, orNone(x.Rules.Unit))
	}
	fmt.Fprintf(w, "  qualifier  %-14s rule %s\n", q.Qualifier, orNone(x.Rules.Qualifier))
	if q.Change != nil {
		fmt.Fprintf(w, "  change     %-14s rule %s\n", *q.Change, orNone(x.Rules.Change))
	} else if x.Rules.Change != "" {
		// a rule that decided no change: "300 times more potent than carbon
		// dioxide" (comparison-than-other), "lost $3 million" (loss-amount)
		fmt.Fprintf(w, "  change     %-14s rule %s\n", "none", x.Rules.Change)
	}
	if x.Rules.Guard != "" {
		fmt.Fprintf(w, "  guard      %s\n", x.Rules.Guard)
	}
	if !q.IsClaim() {
		return
	}
	if q.Subject != "" || q.Event != "" {
		fmt.Fprintf(w, "  subject    %q event %q\n", q.Subject, q.Event)
	}
	switch {
	case q.Source != nil:
		fmt.Fprintf(w, "  source     %q (%s) rule %s, name by %s\n", q.Source.Name, orNone(string(q.Source.Kind)), x.Attribution.Cue, orNone(x.Attribution.Name))
	case x.Attribution.Unsourced() != "":
		fmt.Fprintf(w, "  source     none (%s) rule %s\n", x.Attribution.Unsourced(), x.Attribution.Cue)
	case x.Attribution.Cue != "":
		fmt.Fprintf(w, "  source     none (the cue names no one) rule %s\n", x.Attribution.Cue)
	case x.Attribution.Rejected != "":
		fmt.Fprintf(w, "  source     none (cue %q rejected: %s)\n", x.Attribution.RejectedCue, x.Attribution.Rejected)
	default:
		fmt.Fprintf(w, "  source     none (no cue: the article asserts it)\n")
	}
	if q.Cue != nil {
		fmt.Fprintf(w, "  cue        %q rule %s\n", q.Cue.Text, x.Attribution.Cue)
	}
	if x.Attribution.Quote != "" {
		fmt.Fprintf(w, "  quote      %d-%d rule %s\n", x.Attribution.QuoteStart, x.Attribution.QuoteEnd, x.Attribution.Quote)
	}
	for _, g := range x.Attribution.Guards {
		fmt.Fprintf(w, "  guard      %s\n", g)
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// interval prints a mention's bounds ("-" for an open side).
func interval(lo, hi *float64) string {
	f := func(v *float64) string {
		if v == nil {
			return "-"
		}
		return strconv.FormatFloat(*v, 'g', -1, 64)
	}
	if lo != nil && hi != nil && *lo == *hi {
		return f(lo)
	}
	return "[" + f(lo) + ", " + f(hi) + "]"
}
