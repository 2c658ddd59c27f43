package main

import "testing"

// The claims and quote-speaker golds on 16 whole news articles (380-453
// words, headline and standfirst included) written for the set in the
// manner of English-language news of India, Pakistan, Nigeria, Kenya,
// South Africa, the UK, Ireland, Australia, New Zealand, Canada, the
// Philippines, Malaysia, Singapore, Egypt, Mexico and Germany
// (testdata/claims/README.md, articles-dev-1). Texts and golds were written
// and committed (233e683) before the tool ever ran on them. Unlike the
// passages of web-dev-3/4, a source is named paragraphs before the figures
// it gives and is then "the report", "the agency", "the bureau", "the
// council", "the lender", "he"/"she"; several sources share an article and
// the article asserts figures of its own between them. A DEV set from the
// start: its misses are printed (-v) and guide fixes.
const (
	artTexts1  = "../../testdata/claims/articles-dev-1.texts.jsonl"
	artGold1   = "../../testdata/claims/articles-dev-1.gold.jsonl"
	artQuotes1 = "../../testdata/quotes/articles-dev-1.gold.jsonl"
)

// A dev set's ratchet, just under its last figures. First run (233e683):
// F1 0.984, value 0.981, unit 0.962, source 0.710 (0.731 under the gold
// corrected in b4545fe), cue 0.855, 6 violations. After artdev1's source
// rules (documents and their owners across paragraphs, datelines, titled
// roles, described bodies, "they", trade name heads): source 0.887, cue
// 0.860. After claimunits (article currency rows and rules, rate-any-noun,
// period-pay-before, pound rates, copula-age): unit 0.962 -> 0.973. After
// artdev6's company-not-body and acronym-head: source 0.903.
// srcprec (rules unit-letter-no-name, place-acronym-no-org,
// it-previous-body): source 0.901 -> 0.904.
// srcprec (Filipino "ng" inside a name: "Bangko Sentral ng Pilipinas"):
// source 0.904 -> 0.907.
// conv16 relabelled "have lost customers for more than a decade" an optional
// claim (a span measured "for" N: the dev golds' 107 claim labels against
// 5; testdata/claims/README.md "Label conventions"): P 0.982 -> 0.984, 6 ->
// 5 violations; its source, "Business owners along Eglinton Avenue" (a
// description the article never names), is read "Eglinton Avenue", so
// source 0.901 -> 0.899: floor 0.9 -> 0.895 for that one attribution.
// Both merged (2026-12-07): source 0.904 (srcprec's gains less the
// relabelled Eglinton claim).
// devc9 (he-she/given-name-gender-only "Claire Dennis Mapa … he said";
// document-author/described-before "The documents show";
// other-kind-document "the report added" after the police statistics):
// source 0.907 -> 0.926.
// src19's object-relative amounts ("below the 3.6% analysts had
// expected"): source 0.925 -> 0.928; floor raised.
// conv19's indefinite-one-mid ("it is one New Zealanders will make", "One poll is one poll" no claims): F1 0.988 -> 0.991, not-claim violations 4 -> 2.
// overattr19 (in-survey leaves the sample "in a survey of 14 economists"): source 0.928 -> 0.931.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.931 -> 0.936; floor raised.
// srcrule20 (pronoun-document/clause-subject "according to its annual report"; "the latest index from Nationwide"): source 0.936 -> 0.941; floor raised.
// forms20 (from-to-movement "has gone from 6 per cent to 14 per cent";
// score-noun "3.8 out of 12 points" point): F1 0.991 -> 0.992, value 0.984
// -> 0.989, unit 0.984 -> 0.987; floors raised.
var artFloors1 = heldoutFloor{F1: 0.99, Value: 0.985, Unit: 0.985, Source: 0.94, Cue: 0.855, MaxNotClaim: 2}

// TestArticlesDev1Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev1Claims(t *testing.T) {
	scorePassages(t, artTexts1, artGold1, artFloors1, true)
}

// TestArticlesDev1Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v). First run
// 9/9 (10/10 with the number that is no claim): floors 0.95.
func TestArticlesDev1Quotes(t *testing.T) {
	scoreQuotes(t, artQuotes1, readQuoteTexts(t, artTexts1), 0.95, 0.95, true)
}
