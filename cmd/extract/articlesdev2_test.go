package main

import "testing"

// The claims and quote-speaker golds on 16 whole, quote-rich news articles
// written for the set in the manner of the news of 16 places (Ghana,
// Uganda, Zimbabwe, Jamaica, Barbados, Sri Lanka, Bangladesh, Hong Kong,
// Scotland, Wales, Israel, the UAE, Japan, South Korea, Brazil, the
// Netherlands), 2023-2025 (testdata/claims/README.md, articles-dev-2).
// Texts and golds were written and committed (a7f29c7) before the tool
// ran on them; a DEV set from the start: misses are printed (-v) and guide
// fixes of the quote forms of whole articles.
const (
	articlesTexts2  = "../../testdata/claims/articles-dev-2.texts.jsonl"
	articlesGold2   = "../../testdata/claims/articles-dev-2.gold.jsonl"
	articlesQuotes2 = "../../testdata/quotes/articles-dev-2.gold.jsonl"
)

// A dev set's ratchet, just under its figures after artdev2's quote-speaker
// rules (first run a7f29c7 on main 9e60f47: F1 0.984, source 0.786, cue
// 0.762; on the gold corrected after it, source 0.842, cue 0.935; after
// the rules: source 0.918, quotes right source 152/160, speaker 154/160;
// after artdev3's player-position rule: source 0.921, 153/160, 155/160;
// after quotes16's "Mercy" in the female given names: source 0.927,
// 154/160, 156/160; quotecov's "NIS" code, definite-count ("the four
// professional regions") and kin-appositive guard ("Mercy Mhandu, whose
// husband …, said he"): source 0.927, 156/160, speaker 156/160; after
// artdev6's rules: cue 0.941).
// claimunits: unit 0.927 -> 0.965 (Caribbean dollars, NIS, period-pay-before,
// "150 months" relabelled month); floor raised.
// quant11's multiplier-of-the reads two optional claims more ("nearly
// double the level of a year ago, the farm ministry said", whose gold
// lacked the source of its sentence: mended; "That is more than double
// the 17,373 fires", INPE's from the sentence before, missed): source
// 0.925; floor 0.92.
// srcprec (rule surname-first-nearest, "Kim" for the analyst Kim
// Dong-won after Kim Jae-june): source 0.925 -> 0.939.
// conv16's series-length type modifier ("a two-Test tour"): P 0.977 ->
// 0.980, 2 -> 1 violations.
// devq13's measure-target ("... hectares so far, and we want to reach
// 300,000", "... tonnes last year, and Dubai World Central can handle 12
// million"): unit 0.965 -> 0.971; floor raised.
// src19's object-relative amounts ("below the about 5 trillion won
// analysts had expected"): source 0.951 -> 0.954; floor raised. Then its
// closing finding in the perfect ("…, a report by Audit Scotland has
// found."): source 0.959, cue 0.939 -> 0.948; floors raised. Then the
// office before "Dr." ("Central Bank Governor Dr. Nandalal Weerasinghe" …
// "the Governor said"): source 0.962; floor raised.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.962 -> 0.971; floor raised.
// srcrule20 (package-size-unsourced "a 5-kilogram bag of rice"): source 0.971 -> 0.974; floor raised.
var articlesFloors2 = heldoutFloor{F1: 0.98, Value: 0.965, Unit: 0.968, Source: 0.973, Cue: 0.945, MaxNotClaim: 1}

// TestArticlesDev2Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev2Claims(t *testing.T) {
	scorePassages(t, articlesTexts2, articlesGold2, articlesFloors2, true)
}

// TestArticlesDev2Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v).
func TestArticlesDev2Quotes(t *testing.T) {
	scoreQuotes(t, articlesQuotes2, readQuoteTexts(t, articlesTexts2), 0.995, 0.995, true)
}
