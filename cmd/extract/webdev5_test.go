package main

import "testing"

// The claims and quote-speaker golds on 20 news passages written for the
// set in the manner of wire, local-paper, broadcaster, business, courts,
// health, sport, weather and council copy of 20 states, provinces,
// regions and cities no other set used (Tasmania, South Australia, the
// Northern Territory, Tamil Nadu, Karnataka, Gujarat, Assam, Oregon,
// Arizona, Michigan, Colorado, Minnesota, Pennsylvania, Louisiana, Nevada,
// Yorkshire, Cornwall, Cumbria, Norfolk, Prince Edward Island) and the
// years 2023-2026 (testdata/claims/README.md, web-dev-5). Texts and golds
// were written and committed (cbd3586) before the tool ever ran on them.
// A DEV set from the start (issue #16): its misses are printed (-v) and
// guide fixes. First run (webdev5 at cbd3586, code of main 2dc3071): F1
// 0.980, value 0.980, unit 0.952, source 0.883, cue 0.911, 2 not-claim
// violations; quote speakers 9/9, right source 9/9. After webdev5's
// fixes (states and cities as places, lexicon/regionplaces.go; attrib
// rules titled-place, possessive-org-name, agent-name-for,
// it-shaped-name, apposed-description; "the authority") and the
// relabelled "topped $300" (exact, as the quantity golds label "topped"):
// F1 0.980, value 0.984, unit 0.984, source 0.923, cue 0.911, 2
// violations; quote speakers 9/9.
const (
	webDevTexts5  = "../../testdata/claims/web-dev-5.texts.jsonl"
	webDevGold5   = "../../testdata/claims/web-dev-5.gold.jsonl"
	webDevQuotes5 = "../../testdata/quotes/web-dev-5.gold.jsonl"
)

// A dev set's ratchet, just under its last figures (webdev5).
// src19's nested possessive cue ("… told the meeting that … 42% of the
// council's net budget of £737m" is the speaker's): source 0.927 -> 0.935;
// floor raised.
// srcrule20 (vote-position's aside after the position; document-named-later "new figures show" -> SA Health, "an independent survey" -> IMAS): source 0.935 -> 0.947; floor raised.
var webDevFloors5 = heldoutFloor{F1: 0.975, Value: 0.98, Unit: 0.98, Source: 0.945, Cue: 0.905, MaxNotClaim: 1}

// TestWebDev5Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev5Claims(t *testing.T) {
	scorePassages(t, webDevTexts5, webDevGold5, webDevFloors5, true)
}

// TestWebDev5QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md); misses are logged (-v).
func TestWebDev5QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webDevQuotes5, readQuoteTexts(t, webDevTexts5), 0.95, 0.95, true)
}
