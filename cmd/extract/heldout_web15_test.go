package main

import "testing"

// The fifteenth blind gold, HELD OUT: claims and quote speakers on 28
// VERBATIM passages of the 17 Punkt news texts of the eighteenth stop
// (testdata/claims/README.md, web-blind-15): the English test texts of
// gopkg.in/neurosnap/sentences.v1@v1.0.6 (test_files/english/NAME.txt),
// news of about 2015 from Reuters, The New York Times, The Washington Post,
// Vox, The Verge, The Detroit News and Al Jazeera English: the Benghazi
// committee, West Bank demolitions and the Duma arson, the Fed, Treasury
// liquidity, an F.B.I. shooting, Kim Davis's town, Lebanon's national
// dialogue, a detainee in the UAE, Apple's iPhone 6S event, cloistered nuns,
// an advice column and a commentary. Two passages a text where the text
// allows, chosen by a rule written and committed before any text was read,
// annotated and committed before the tool ever ran on them; the annotator
// did not read the code under internal/extract. Nobody tunes on them, and
// these tests print summary figures only (never a miss, even with -v).
// First run (the code of the stop's start 71c7957 with the gold c84ab75,
// 2026-12-07, `go test ./cmd/extract -run TestHeldOutWeb15 -count=1 -v`,
// only the summary lines read): P 0.909, R 0.956, F1 0.932, value 0.977,
// unit 0.938, source 0.923, cue 0.854, 13 not-claim violations (tp 130,
// fp 13, fn 6); quotes: 3 of 4 numbers made claims with the right source,
// speaker 4 of 4. The misses were not looked at. The floors sit a little
// under.
const (
	webTexts15  = "../../testdata/claims/heldout/web-blind-15.texts.jsonl"
	webGold15   = "../../testdata/claims/heldout/web-blind-15.gold.jsonl"
	webQuotes15 = "../../testdata/quotes/heldout/web-blind-15.gold.jsonl"
)

var webFloors15 = heldoutFloor{F1: 0.92, Value: 0.965, Unit: 0.925, Source: 0.91, Cue: 0.84, MaxNotClaim: 15}

// TestHeldOutWeb15Claims scores the claims gold of the passages; summary
// only (held out).
func TestHeldOutWeb15Claims(t *testing.T) {
	scorePassages(t, webTexts15, webGold15, webFloors15, false)
}

// TestHeldOutWeb15Quotes scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); summary only (held out). Four
// quotes only; floors under the first run (3 of 4, speakers 4 of 4).
func TestHeldOutWeb15Quotes(t *testing.T) {
	scoreQuotes(t, webQuotes15, readQuoteTexts(t, webTexts15), 0.74, 0.74, false)
}
