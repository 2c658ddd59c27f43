package main

import "testing"

// The claims and quote-speaker golds on 33 news passages written for the
// set in the manner of wire and newspaper copy of places web-dev-3 did not
// use (Ireland, Scotland, New Zealand, Singapore, the Philippines,
// Pakistan, Ghana, the UAE, Hong Kong, Malaysia, Egypt, Mexico, France and
// US states) and the years 2023-2025 (testdata/claims/README.md,
// web-dev-4). Texts and golds were written and committed (0a73a2f) before
// the tool ever ran on them. Held out until 2026-12-07 (as web-blind-4;
// first run, main 2242945: F1 0.976, value 0.960, unit 0.882, source
// 0.862, cue 0.877, quote speakers 17/23; its last held-out figures, main
// 09020d9: F1 0.976, unit 0.895, source 0.870, cue 0.882, 13 violations,
// quote speakers 18/23, right source 17/23); since then a DEV set: its misses are printed (-v)
// and guide fixes. With the surname after a form of address ("Mr
// Chambers") and the given name alone ("Imad") resolved to the full name
// (attrib/shortnames.go): quote speakers 21/23, right source 20/23; with
// a count of days past a threshold a claim ("recorded 20 days above 25C",
// quantity/kind.go): right source 21/23, claims F1 0.977.
const (
	webTexts4  = "../../testdata/claims/web-dev-4.texts.jsonl"
	webGold4   = "../../testdata/claims/web-dev-4.gold.jsonl"
	webQuotes4 = "../../testdata/quotes/web-dev-4.gold.jsonl"
)

// A dev set's ratchet, just under its last figures (attrib10: F1 0.977;
// quant7: value 0.962 → 0.967, unit 0.895 → 0.930).
// A dev set's ratchet, just under its last figures (the kind rules of
// quantity/kindforms.go: "a five-room unit", "e.MAS 7", "between
// September 16 and 20": P 0.966 → 0.976, F1 0.976 → 0.980, 13 → 9
// violations).
// A dev set's ratchet, just under its last figures (issue #16's attrib9
// round: source 0.870 → 0.927, cue 0.882 → 0.895). attrib14 (a digit-led
// name, "the latest 1News Verian poll"): source 0.927 → 0.940. quotes15
// (rule hedged-fraction, "weaken by more than a third"): F1 0.984 →
// 0.985; its value 0.973 → 0.970 is that claim's gold, which writes a
// third as 33.33 (as four other gold lines do).
// claimunits: unit 0.945 -> 0.968 (pound rates, period-pay-before, cricket
// article, thing-years-old); floor raised.
// srcprec (rule it-previous-body): source 0.948 -> 0.950.
// conv16 ("within three years" an optional exact claim, as the dev golds'
// majority reads "within N days": testdata/claims/README.md, "Label
// conventions"): F1 0.985 -> 0.987, 9 -> 8 violations.
// devq15 (rule from-level-phrase: "raise the state pension age from 62 to
// 64" two ages, no range): F1 0.987 -> 0.988, value 0.973 -> 0.975; the
// new level found (405 matched, was 404) takes no source, so source 0.9505
// -> 0.9481 (384 right both times): floor 0.95 -> 0.945.
var webFloors4 = heldoutFloor{F1: 0.98, Value: 0.96, Unit: 0.965, Source: 0.945, Cue: 0.89, MaxNotClaim: 7}

// TestWebDev4Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev4Claims(t *testing.T) {
	scorePassages(t, webTexts4, webGold4, webFloors4, true)
}

// TestWebDev4QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
// Floors 0.95 since attrib13 (23/23 and 23/23): the gold accepts the
// speaker without the title "Sheikh", as it strips "Rep." and "Dr."
// (testdata/quotes/README.md).
func TestWebDev4QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webQuotes4, readQuoteTexts(t, webTexts4), 0.95, 0.95, true)
}
