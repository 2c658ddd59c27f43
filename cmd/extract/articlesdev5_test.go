package main

import "testing"

// The claims and quote-speaker golds on 12 whole, quote-rich news articles
// written for the set in the manner of the news of 12 places no earlier
// set used (Northern Ireland, the Isle of Man, Sierra Leone, Liberia, the
// Gambia, Lesotho, Eswatini, Mauritius, Seychelles, the Bahamas, Belize,
// Bermuda), 2023-2025 (testdata/claims/README.md, articles-dev-5). Texts
// and golds were written and committed before the tool ran on them; a DEV
// set from the start: misses are printed (-v) and guide fixes of the quote
// forms of whole articles.
const (
	articlesTexts5  = "../../testdata/claims/articles-dev-5.texts.jsonl"
	articlesGold5   = "../../testdata/claims/articles-dev-5.gold.jsonl"
	articlesQuotes5 = "../../testdata/quotes/articles-dev-5.gold.jsonl"
)

// A dev set's ratchet, just under its figures (first run 8bedae7 on main
// 269f5ae: F1 0.959, source 0.784, cue 0.903, quotes right source 69/105,
// speaker 74/105; after artdev5's quote rules: source 0.875, quotes
// 83/105, speaker 90/105; after quotes16's owned-role and quotecov's
// owner-role (the same form, one rule kept: "the trust's chief executive", "the
// association's chairman"): source 0.898, speaker 95/105; quotecov's
// currency letters D, M, E and time-then-count ("on a bad day 140
// people"): F1 0.989, quotes 94/105).
// claimunits: unit 0.864 -> 0.949 (Bahamas, BZ$, leone, Seychelles and
// Mauritius rupees, copula-age); floor raised.
// conv16: "within 30 days" exact (testdata/claims/README.md, "Label
// conventions"): value 0.941 -> 0.947.
// devc9 (other-kind-document: "The figures show" after Department of
// Health statistics): source 0.909 -> 0.920.
// devc9 ("closer to 25" about): value 0.947 -> 0.952.
// conv19's indefinite-one-mid ("I cannot give one club a third", "and one proposed" no claims): F1 0.989 -> 0.995, not-claim violations 2 -> 0.
// quotes19 (colon-pp-subject: "His spokesperson, Bill Jarkloh, read figures
// on the minister's behalf: “…”"): source 0.952 -> 0.973, quotes 100/105 ->
// 104/105, speaker 101/105 -> 105/105; floors raised.
var articlesFloors5 = heldoutFloor{F1: 0.99, Value: 0.95, Unit: 0.945, Source: 0.965, Cue: 0.9, MaxNotClaim: 0}

// TestArticlesDev5Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev5Claims(t *testing.T) {
	scorePassages(t, articlesTexts5, articlesGold5, articlesFloors5, true)
}

// TestArticlesDev5Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v).
func TestArticlesDev5Quotes(t *testing.T) {
	scoreQuotes(t, articlesQuotes5, readQuoteTexts(t, articlesTexts5), 0.985, 0.99, true)
}
