package main

import "testing"

// The tenth blind gold, HELD OUT: claims and quote speakers on 39 VERBATIM
// passages of 31 real English news pages (testdata/claims/README.md,
// web-blind-10): the held-out pages of the sixteenth stop, Mozilla
// Readability's test pages (body = the text of expected.html, from
// codeberg.org/readeck/go-readability/v2 v2.1.3, test-pages/) and GoOse's
// test sites (github.com/advancedlogic/GoOse sites/, body = the text of
// `extract ingest`). Real text of 2011-2023 news of named outlets (BBC
// News, The New York Times, The Washington Post, The Guardian, Bloomberg,
// CNN, Fox News/AP, NBC News, ABC News, Reuters, The Seattle Times, the
// Herald Sun, Quanta, Engadget, The Verge, CNET, WebMD, LWN.net, BuzzFeed
// News, HuffPost, Yahoo, Spiceworks, the ACLU): markets live pages,
// public finance, banking, elections, terrorism, weather, sport, science,
// technology reviews, health, courts and features. Passages were chosen by
// a rule written before any was read, taken verbatim, and annotated and
// committed before the tool ever ran on them; the annotator did not read
// the code under internal/extract. Nobody tunes on them, and these tests
// print summary figures only (never a miss, even with -v).
// First run (the code of main 1ba14a8 with the gold 7b7f8b3, two unit
// names set to the table's row names first — "teraflop" TFLOPS, "megapixel"
// MP —, 2026-12-07, `go test ./cmd/extract -run TestHeldOutWeb10 -count=1
// -v`, only the summary lines read): P 0.892, R 0.967, F1 0.928, value
// 0.939, unit 0.932, source 0.890, cue 0.871, 26 not-claim violations (tp
// 264, fp 32, fn 9); quotes: 15 of 18 numbers made claims with the right
// source (0.833), speaker of the quote 15 of 18 (0.833). The misses were
// not looked at. The floors sit a little under these figures.
const (
	webTexts10  = "../../testdata/claims/heldout/web-blind-10.texts.jsonl"
	webGold10   = "../../testdata/claims/heldout/web-blind-10.gold.jsonl"
	webQuotes10 = "../../testdata/quotes/heldout/web-blind-10.gold.jsonl"
)

var webFloors10 = heldoutFloor{F1: 0.915, Value: 0.925, Unit: 0.915, Source: 0.875, Cue: 0.855, MaxNotClaim: 30}

// TestHeldOutWeb10Claims scores the claims gold of the passages; summary
// only (held out).
func TestHeldOutWeb10Claims(t *testing.T) {
	scorePassages(t, webTexts10, webGold10, webFloors10, false)
}

// TestHeldOutWeb10Quotes scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); summary only (held out).
func TestHeldOutWeb10Quotes(t *testing.T) {
	scoreQuotes(t, webQuotes10, readQuoteTexts(t, webTexts10), 0.80, 0.80, false)
}
