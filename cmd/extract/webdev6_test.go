package main

import "testing"

// The claims and quote-speaker golds on 16 news passages written for the
// set in the manner of English-language wire, regional and business copy
// of 16 countries no other set used (Honduras, Nicaragua, El Salvador,
// Suriname, Kyrgyzstan, Tajikistan, Turkmenistan, Vanuatu, Solomon
// Islands, Kiribati, Gabon, Togo, Burkina Faso, Cameroon, Chad, Sharjah),
// rich in units: local currencies beside USD, prices per unit, rates,
// elliptical units, percentage points, temperatures, ages
// (testdata/claims/README.md, web-dev-6; not the quantities set
// testdata/quantities/web-dev-6.txt). Texts and golds were written and
// committed (2f3ee77) before the tool ever ran on them. A DEV set from
// the start: its misses are printed (-v) and guide fixes.
// First run (units6 at 2f3ee77, code of main 93fd7d5): F1 0.982,
// value 0.973, unit 0.789, source 0.883, cue 0.839, 3 not-claim
// violations; quote speakers 11/11, right source 11/11. Relabelled after
// the first run: "37.6 bcm" and its kind are bcm (37.6), as the quantity
// golds label bcm (web-dev-9 "109 bcm"); the annotator had written m3.
// After units6's fixes (level-shares-unit; CFA francs as a shared family,
// XOF or XAF by the article, and name-after-phrase for bare "francs";
// CFA zone datelines and places; lempira, som, vatu rows;
// conversion-bracket; a volume after "per" as a rate's denominator):
// F1 0.982, value 0.987, unit 0.869, source 0.883, cue 0.839, 3
// violations; quote speakers 11/11.
const (
	webDevTexts6  = "../../testdata/claims/web-dev-6.texts.jsonl"
	webDevGold6   = "../../testdata/claims/web-dev-6.gold.jsonl"
	webDevQuotes6 = "../../testdata/quotes/web-dev-6.gold.jsonl"
)

// A dev set's ratchet, just under its last figures (units6).
// srcprec (rules unit-letter-no-name, it-previous-body): source 0.883 ->
// 0.889.
// srcprec (rule domain-modifier, "the state weather agency"): source
// 0.889 -> 0.903.
// Cue lowered 0.835 -> 0.83 by devc8's cue lemma "record" (record-body): "The
// department recorded 87,000 transactions covering 24.6 million square
// feet, it said" now takes "recorded" as cue (the same department as
// source), as "counted" and "reported" are taken in that place; the gold
// names the trailing "said" (cue 0.8389 -> 0.8322, sources unchanged).
// src19's previous-statement ("…, the bank said. The average export price
// rose to US$165 per cubic metre from US$148."; coffee, manganese and
// Sharjah property releases the same): source 0.903 -> 0.940, cue 0.832 ->
// 0.869; floors raised.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.940 -> 0.946; floor raised.
// cleanup20 (antecedent rule affiliation-of: ni-remittances' "he" is Manuel Orozco, not the Inter-American Dialogue): source 0.946 -> 0.953; floor raised.
// srcrule20 (package-size-unsourced "a 50-kg bag", "A 10,000-litre tank"): source 0.946 -> 0.956 on its own; with cleanup20 merged too: 0.963; floor raised.
var webDevFloors6 = heldoutFloor{F1: 0.975, Value: 0.98, Unit: 0.865, Source: 0.96, Cue: 0.865, MaxNotClaim: 3}

// TestWebDev6Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev6Claims(t *testing.T) {
	scorePassages(t, webDevTexts6, webDevGold6, webDevFloors6, true)
}

// TestWebDev6QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
func TestWebDev6QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webDevQuotes6, readQuoteTexts(t, webDevTexts6), 0.95, 0.95, true)
}
