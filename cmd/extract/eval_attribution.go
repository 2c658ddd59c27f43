package main

import (
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/eval"
	"github.com/factcheck/extract/internal/extract"
)

func init() { evalCommands["attribution"] = runEvalAttribution }

const evalAttributionSynopsis = `eval attribution --polnear DIR [--split dev|train] [--cues CLASSES] [--show N] [--cue-counts] [--quotes] [--by-rule]

Runs the extractor over DIR/<split>/text and scores its attribution against
the PolNeAR relations in DIR/<split>/attributions whose content holds a
number (primary: the quantity recogniser finds a mention in the content that
is not a date, year, time, ordinal or identifier, nor a duration used as a
modifier or a time reference — "the 30-second speech", "15 years ago", "in
the last 24 hours" — nor the word "one": ANNOTATION.md's non-claims; the
quote coverage is also printed counting those) and, second, those whose
content holds any digit: recall (a claim inside the content), source accuracy (the claim's
source mention overlaps the annotated source) and cue accuracy (its cue
overlaps the annotated cue); of the relations holding a number whose
content opens with a quotation mark, how many hold a claim (covered) and
the speaker accuracy of their claims. --cue-counts prints the annotated cues of the
split by first word instead (the counts behind the cue lexicon; use train).
--quotes scores instead the speaker of every relation whose content opens
with a quotation mark, numbers or not (the source a claim at the content's
first word would get), then of those whose content holds a number.
--cues scores only the relations whose annotated cue is of the given
classes, read from the lemma of the cue's head word: reporting (said,
according to, reported, a statement, a poll shows …), belief (expects,
thinks, plans …) or other (narrated acts and attitudes: signed, ordered,
praised …, which ANNOTATION.md leaves unsourced); comma-separated, e.g.
--cues reporting,belief. --cue-counts with --cues counts the classes.
--by-rule adds, per source rule and per "name by" rule (as "extract
explain" names them), the claims it decided among those inside the scored
relations holding a number, and those outside every content (right when
unsourced: the article's own), with how many have the right source; the
cases --show lists then name their rules too.`

// runEvalAttribution implements "extract eval attribution" (dispatched from eval.go).
func runEvalAttribution(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval attribution", evalAttributionSynopsis, stderr)
	dir := fs.String("polnear", "", "PolNeAR `dir` holding train/ and dev/")
	split := fs.String("split", "dev", "`split` to score: dev or train")
	show := fs.Int("show", 0, "list the first `N` misses and wrong sources")
	cueCounts := fs.Bool("cue-counts", false, "print the split's annotated cue counts and stop")
	quotes := fs.Bool("quotes", false, "score the speaker of every quote relation (numbers or not) and stop")
	byRule := fs.Bool("by-rule", false, "add per-rule source accuracy (source rule and name-by rule)")
	cueClasses := fs.String("cues", "all", "score only relations whose annotated cue is of these `classes`: reporting, belief, other (comma-separated) or all")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *dir == "" || fs.NArg() > 0 {
		if *dir == "" {
			fmt.Fprintln(stderr, "extract eval attribution: --polnear is required")
		}
		fs.Usage()
		return exitUsage
	}
	cues, err := eval.ParseCueFilter(*cueClasses)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval attribution: --cues:", err)
		return exitUsage
	}
	arts, err := eval.ReadPolNeAR(*dir, *split, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "extract eval attribution:", err)
		return exitInput
	}
	if *cueCounts {
		n := eval.CueCounts(arts)
		if cues != nil {
			n = eval.CueClassCounts(arts)
		}
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return n[keys[i]] > n[keys[j]] || n[keys[i]] == n[keys[j]] && keys[i] < keys[j] })
		for _, k := range keys {
			fmt.Fprintf(stdout, "%d\t%s\n", n[k], k)
		}
		return exitOK
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintln(stderr, "extract eval attribution:", err)
		return exitInput
	}
	if *quotes {
		qs := eval.QuoteScore{Number: holdsNumber, Cues: cues}
		for i := range arts {
			qs.AddQuotes(&arts[i], ex.SourcesAt)
		}
		qs.Print(stdout, *split, *show)
		return exitOK
	}
	results := make([][]claims.Quantity, len(arts))
	var rules [][]eval.RuleNames
	if *byRule || *show > 0 { // (--show lists each uncovered quote's numbers with their kind rules)
		rules = make([][]eval.RuleNames, len(arts))
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if rules != nil {
					results[i], rules[i] = explained(ex, &claims.Article{ID: arts[i].ID, Text: arts[i].Text})
					continue
				}
				results[i] = ex.ExtractText(arts[i].ID, arts[i].Text)
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	s := eval.AttributionScore{Reporting: extract.ReportingCue, Number: holdsNumber, AnyNumber: holdsAnyNumber, Cues: cues}
	for i := range arts {
		if rules != nil {
			s.AddExplained(&arts[i], results[i], rules[i])
			continue
		}
		s.Add(&arts[i], results[i])
	}
	if *byRule {
		s.ByRule.Print(stdout)
		fmt.Fprintln(stdout)
	}
	s.Print(stdout, *split, *show)
	return exitOK
}

// holdsNumber reports whether text holds a claim-like number: a mention
// the quantity recogniser does not class as a date, year, time, ordinal or
// identifier, and that is in none of the forms eval.NotClaimForm names
// (durations as modifiers or time references, the word "one"): the
// scorer's primary population ("relations whose content holds a number").
func holdsNumber(text string) bool {
	for _, m := range extract.FindQuantities(text) {
		if numberKind(m.Kind) && eval.NotClaimForm(text, m.Start, m.End, string(m.Kind)) == "" {
			return true
		}
	}
	return false
}

// holdsAnyNumber is holdsNumber without the forms: the population before
// they were read (durations and "one" counted as numbers), printed beside.
func holdsAnyNumber(text string) bool {
	for _, m := range extract.FindQuantities(text) {
		if numberKind(m.Kind) {
			return true
		}
	}
	return false
}

func numberKind(k claims.Kind) bool {
	switch k {
	case claims.KindDate, claims.KindYear, claims.KindTime, claims.KindOrdinal, claims.KindIdentifier:
		return false
	}
	return true
}
