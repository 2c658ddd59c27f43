package main

import "testing"

// The fourteenth blind gold, HELD OUT: claims and quote speakers on 93
// VERBATIM passages of REAL 1987 Reuters wire (testdata/claims/README.md,
// web-blind-14): the held-out W documents of Reuters-21578 (the ModApte
// test half as shipped by Debian's weka 3.6.14-3, ReutersCorn-test.arff),
// one passage a document, weka-test-0602 down to weka-test-0497 (829
// claims, 605 required; two quotes holding a number). Wire copy of
// February–October 1987 in its own style ("mln", "dlrs", "pct", "cts",
// "vs"): company results and earnings tables, dividends, acquisitions, USDA
// crop estimates and supply/demand tables. Passages were chosen by a rule
// written before any was read, taken verbatim, and annotated and committed
// before the tool ever ran on them; the annotator did not read the code
// under internal/extract. Nobody tunes on them, and these tests print
// summary figures only (never a miss, even with -v).
// First run (the code of the stop's start 71c7957 with the gold 712f508,
// 2026-12-07, `go test ./cmd/extract -run TestHeldOutWeb14 -count=1 -v`,
// only the summary lines read): P 0.979, R 0.824, F1 0.895, value 0.745,
// unit 0.315, source 0.935, cue 0.889, 9 not-claim violations (tp 556,
// fp 12, fn 119); quotes: 1 of 2 numbers made claims with the right
// source, speaker 1 of 2. (The gold's checker first stopped on one
// optional table cell whose anchor could not be unique, the last "1,009"
// of "1,009 1,009" ending weka-test-0563; the lead removed that optional
// claim before the figures above, which it does not move.) The misses
// were not looked at. The floors sit a little under.
const (
	webTexts14  = "../../testdata/claims/heldout/web-blind-14.texts.jsonl"
	webGold14   = "../../testdata/claims/heldout/web-blind-14.gold.jsonl"
	webQuotes14 = "../../testdata/quotes/heldout/web-blind-14.gold.jsonl"
)

var webFloors14 = heldoutFloor{F1: 0.885, Value: 0.73, Unit: 0.30, Source: 0.92, Cue: 0.875, MaxNotClaim: 11}

// TestHeldOutWeb14Claims scores the claims gold of the passages; summary
// only (held out).
func TestHeldOutWeb14Claims(t *testing.T) {
	scorePassages(t, webTexts14, webGold14, webFloors14, false)
}

// TestHeldOutWeb14Quotes scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); summary only (held out). Two
// quotes only; floors under the first run (1 of 2, speakers 1 of 2).
func TestHeldOutWeb14Quotes(t *testing.T) {
	scoreQuotes(t, webQuotes14, readQuoteTexts(t, webTexts14), 0.49, 0.49, false)
}
