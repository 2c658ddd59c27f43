package main

import "testing"

// The eleventh blind gold, HELD OUT: claims and quote speakers on 35
// VERBATIM passages of 27 real English news pages (testdata/claims/README.md,
// web-blind-11): the held-out MediaCloud pages of the sixteenth stop,
// MediaCloud's date-guesser test pages as shipped by
// github.com/markusmobius/go-htmldate v1.10.1 (test-files/mediacloud/ID.html,
// body = the text of `extract ingest`). Real 2020 news of named outlets and
// countries (The Washington Post, AP copy in the Chicago Sun-Times, Global
// News and the Seattle P-I, CNN copy in The Mercury News, Reuters copy, AFP
// copy in the Malay Mail, The Week, Forbes, Engadget, Mashable, KUT, Wicked
// Local, Boing Boing, SFGate; The Times of India, Hindustan Times, News18,
// Business Today; The Business Times of Singapore; Stuff of New Zealand;
// ZimEye of Zimbabwe; RNA News of Rwanda; the Daily Mirror): COVID-19
// tallies, company results, federal workforce, courts and the Senate,
// stimulus talks, horse racing, cricket, football transfers, crime, awards,
// health research, CEO letters and features. Passages were chosen by a rule
// written before any was read, taken verbatim, and annotated and committed
// before the tool ever ran on them; the annotator did not read the code
// under internal/extract. Nobody tunes on them, and these tests print
// summary figures only (never a miss, even with -v).
// First run (the code of main 1ba14a8 with the gold 577420a, 2026-12-07,
// `go test ./cmd/extract -run TestHeldOutWeb11 -count=1 -v`, only the
// summary lines read): P 0.927, R 0.955, F1 0.941, value 0.963, unit
// 0.905, source 0.947, cue 0.926, 15 not-claim violations (tp 190, fp 15,
// fn 9); quotes: 5 of 6 numbers made claims with the right source, speaker
// 5 of 6. The misses were not looked at. The floors sit a little under.
const (
	webTexts11  = "../../testdata/claims/heldout/web-blind-11.texts.jsonl"
	webGold11   = "../../testdata/claims/heldout/web-blind-11.gold.jsonl"
	webQuotes11 = "../../testdata/quotes/heldout/web-blind-11.gold.jsonl"
)

var webFloors11 = heldoutFloor{F1: 0.93, Value: 0.95, Unit: 0.89, Source: 0.93, Cue: 0.91, MaxNotClaim: 18}

// TestHeldOutWeb11Claims scores the claims gold of the passages; summary
// only (held out).
func TestHeldOutWeb11Claims(t *testing.T) {
	scorePassages(t, webTexts11, webGold11, webFloors11, false)
}

// TestHeldOutWeb11Quotes scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); summary only (held out). Six
// quotes only: a floor of 4 of 6.
func TestHeldOutWeb11Quotes(t *testing.T) {
	scoreQuotes(t, webQuotes11, readQuoteTexts(t, webTexts11), 0.66, 0.66, false)
}
