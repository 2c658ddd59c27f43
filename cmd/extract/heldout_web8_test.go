package main

import "testing"

// The eighth blind gold, HELD OUT: claims and quote speakers on 30 news
// passages written for the set (testdata/claims/README.md, web-blind-8) in
// the manner of news of 30 places that web-dev-3, web-dev-4 and
// web-blind-6 did not use (Morocco, Ethiopia, Peru, Colombia, Italy, Spain,
// Greece, Czechia, Romania, Ukraine, Finland, Switzerland, Qatar, Nepal,
// Fiji, Trinidad and Tobago, Austria, Belgium, Portugal, Hungary, Zambia,
// Rwanda, Senegal, Côte d'Ivoire, Taiwan, Mongolia, Iceland, Ecuador,
// Croatia, Panama), 2023-2025, in varied styles (wire and business wire,
// two live blogs, a Q&A interview, a tabloid story, a feature, a
// press-release rewrite, a football results roundup and a match report,
// election results, a court report, a central-bank explainer in questions,
// company results). Texts and golds were written and committed (ef9501c)
// before the tool ever ran on them; the annotator did not read the code
// under internal/extract. Nobody tunes on them, and these tests print
// summary figures only (never a miss, even with -v).
// First run (the code of main ec3b9a0 with the gold ef9501c, 2026-12-07,
// `go test ./cmd/extract -run TestHeldOutWeb8 -count=1 -v`, only the
// summary lines read): P 0.988, R 0.991, F1 0.989, value 0.969, unit
// 0.887, source 0.913, cue 0.872, 3 not-claim violations (tp 415, fp 5,
// fn 4, matched 415); quotes: 41 of 49 numbers made claims with the right
// source (0.837; 48 made claims, 0.854 of them right), speaker of the
// quote holding each number 42 of 49 (0.857). The misses were not looked
// at. The floors sit a little under these figures.
const (
	webTexts8  = "../../testdata/claims/heldout/web-blind-8.texts.jsonl"
	webGold8   = "../../testdata/claims/heldout/web-blind-8.gold.jsonl"
	webQuotes8 = "../../testdata/quotes/heldout/web-blind-8.gold.jsonl"
)

var webFloors8 = heldoutFloor{F1: 0.97, Value: 0.95, Unit: 0.87, Source: 0.89, Cue: 0.85, MaxNotClaim: 6}

// TestHeldOutWeb8Claims scores the claims gold of the passages; summary
// only (held out).
func TestHeldOutWeb8Claims(t *testing.T) {
	scorePassages(t, webTexts8, webGold8, webFloors8, false)
}

// TestHeldOutWeb8Quotes scores the quote-speaker gold of the same passages
// (testdata/quotes/README.md); summary only (held out).
func TestHeldOutWeb8Quotes(t *testing.T) {
	scoreQuotes(t, webQuotes8, readQuoteTexts(t, webTexts8), 0.80, 0.83, false)
}
