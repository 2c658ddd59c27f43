package main

import "testing"

// The claims and quote-speaker golds on 32 verbatim passages of 20 real
// news pages (the DEV pages of the Readability and GoOse test pages;
// testdata/claims/README.md, web-dev-7; not the quantities set
// testdata/quantities/web-dev-7.txt). Passages and golds were annotated
// and committed (5a7abd2) before the tool ever ran on them. A DEV set
// from the start: its misses are printed (-v) and guide fixes of
// attribution and units.
// First run (devc7 at 5a7abd2, code of main 1ba14a8): P 0.982, R 0.991,
// F1 0.986, value 0.991, unit 0.925, source 0.888, cue 0.888, 1
// not-claim violation; quote speakers 4/4, right source 4/4.
// Relabelled after the first run: "more than two-thirds" has its exact
// low (66.666…), not the annotator's rounded 66.67. After devc7's fixes
// (quoted-as-saying-closing, timed document agents, group-second-mention,
// "As X reports,", progressive subjects, plans as documents, bare "by"
// agents, surname-first, ungendered-speaker; level-shares-rate "instead
// of"/"against"): F1 0.986, value 1.000, unit 0.935, source 0.981, cue
// 0.888, 1 violation; quote speakers 4/4.
const (
	webDevTexts7  = "../../testdata/claims/web-dev-7.texts.jsonl"
	webDevGold7   = "../../testdata/claims/web-dev-7.gold.jsonl"
	webDevQuotes7 = "../../testdata/quotes/web-dev-7.gold.jsonl"
)

// A dev set's ratchet, just under its last figures (devc7).
// units17 (frequency-in-clause: "Every year, about 2 million people",
// "About 50,000 guns ... every year" count/year): unit 0.935 → 0.953.
// conv19's indefinite-one-mid ("one Twitter response began" no claim): F1 0.995 -> 1.000.
var webDevFloors7 = heldoutFloor{F1: 0.99, Value: 0.995, Unit: 0.95, Source: 0.98, Cue: 0.885, MaxNotClaim: 1}

// TestWebDev7Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev7Claims(t *testing.T) {
	scorePassages(t, webDevTexts7, webDevGold7, webDevFloors7, true)
}

// TestWebDev7QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
func TestWebDev7QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webDevQuotes7, readQuoteTexts(t, webDevTexts7), 0.95, 0.95, true)
}
