package main

import "testing"

// The claims and quote-speaker golds on 38 VERBATIM passages of the 26
// DEV MediaCloud pages of this stop (2020 news of many countries,
// go-htmldate's test-files/mediacloud; testdata/claims/README.md,
// web-dev-8; not the quantities set testdata/quantities/web-dev-8.txt).
// Passages chosen by a script (the window of up to 12 paragraphs / 1,000
// words holding the most numbers, and one around quoted or reported
// numbers elsewhere), annotated by hand and committed (7fbcd87) before
// the tool ever ran on them. A DEV set from the start: its misses are
// printed (-v) and guide fixes.
// First run (code of c21b195, gold 7fbcd87): P 0.814, R 0.980, F1 0.889
// (tp 193, fp 44, fn 4), value 0.974, unit 0.953, source 0.886, cue
// 0.896, 38 not-claim violations; quotes 5/6 (speaker 5/6).
// Relabelled after it (testdata/claims/README.md, web-dev-8): multiplier
// verbs optional claims; count modifiers ("400-page", "six-car") optional
// claims, not not-claims; one more accepted empty source.
// After devc8's rules (measure-acronym, pronoun-one before "won't",
// record-body, existential-one, decade-something, a tight hyphen after a
// change's "from", previous-reporter-org): P 0.867, R 0.981, F1 0.920,
// value 0.980, unit 0.960, source 0.960, cue 0.911, 31 violations; quotes
// 6/6.
const (
	webDevTexts8  = "../../testdata/claims/web-dev-8.texts.jsonl"
	webDevGold8   = "../../testdata/claims/web-dev-8.gold.jsonl"
	webDevQuotes8 = "../../testdata/quotes/web-dev-8.gold.jsonl"
)

// A dev set's ratchet, just under its last figures.
// Merged into main with the stop's other branches (2026-12-07): F1 0.934,
// cue 0.903 (186/206; the other branches' cue readings moved one), 27
// violations; "twenty-something" relabelled an optional age range at the
// merge (devq13's tens-something kept, devc8's decade-something dropped).
// conv17 (2026-12-07): ten not-claims relabelled claims by the label
// conventions (testdata/claims/README.md: list sizes and reference counts,
// spans measured "for"/"of"/"in", a linked headline) and ticker quotes
// read as furniture (rule ticker-quote): P 0.888 -> 0.947, F1 0.934 ->
// 0.966, 27 -> 13 violations, cue 0.903 -> 0.907; source 0.956 -> 0.954
// (the floor lowered by 0.005: the new claim "two key responses" is
// attributed to "The US's top coronavirus expert", a description the gold
// resolves to Dr Anthony Fauci — a source miss the relabel exposes, not a
// reading that got worse).
// Then rules road-number and street-number-list ("U.S. 29 and 40", "Main
// Street (8069, 8059, 8055 and 8049)"): P 0.973, F1 0.980, 7 violations.
// units17 (a bare "per 100,000" scored as per 100,000 people by
// lexicon.CanonicalUnit; two bracketed conversions relabelled exact):
// value 0.981 → 0.990, unit 0.961 → 0.976.
// overattr19 (evidence-subject: "Emmanuel Adebayor's team proudly show off"): source 0.954 -> 0.959.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.959 -> 0.963; floor raised.
// forms20 (score-noun: "July’s 98.8 reading" point): unit 0.977 -> 0.982; floor raised.
var webDevFloors8 = heldoutFloor{F1: 0.975, Value: 0.985, Unit: 0.975, Source: 0.96, Cue: 0.905, MaxNotClaim: 7}

// TestWebDev8Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev8Claims(t *testing.T) {
	scorePassages(t, webDevTexts8, webDevGold8, webDevFloors8, true)
}

// TestWebDev8QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
func TestWebDev8QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webDevQuotes8, readQuoteTexts(t, webDevTexts8), 0.95, 0.95, true)
}
