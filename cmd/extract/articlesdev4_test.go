package main

import "testing"

// The claims and quote-speaker golds on 12 whole news articles with many
// sourced figures of several kinds each (statistics office, budget
// documents, an IMF mission, an NGO report, a poll, company results, a
// court petition, a leaked audit, a city council, a football federation's
// accounts, a drought report, a cholera update), written for the set in
// the manner of the news of Vietnam, Indonesia, Cambodia, Lebanon,
// Tunisia, Thailand, Bolivia, Paraguay, Estonia, Serbia, Uruguay and
// Mozambique, 2025 (testdata/claims/README.md, articles-dev-4). Texts and
// golds were written and committed (89e5a5e) before the tool ran on them;
// a DEV set from the start: misses are printed (-v) and guide fixes.
const (
	articlesTexts4  = "../../testdata/claims/articles-dev-4.texts.jsonl"
	articlesGold4   = "../../testdata/claims/articles-dev-4.gold.jsonl"
	articlesQuotes4 = "../../testdata/quotes/articles-dev-4.gold.jsonl"
)

// A dev set's ratchet, just under its figures (first run 89e5a5e on main
// 269f5ae: F1 0.991, value 0.997, unit 0.940, source 0.846, cue 0.893,
// quotes 29/31; on the gold corrected after it: source 0.855; after
// artdev4's rules: source 0.918, cue 0.896; after quotecov's owner-role,
// "the broker's analysts": source 0.921, quotes 30/31, speaker 31/31;
// after artdev6's target-price-revision: source 0.925, cue 0.903).
// srcprec (rule domain-modifier, "the municipal transport company"):
// source 0.928 -> 0.931.
// devc9 (described-before "the documents showed"; inverted-not-clause):
// source 0.937 -> 0.947, cue 0.906 -> 0.909.
// conv19's indefinite-one-mid: F1 0.991 -> 0.992, not-claim violations 2 -> 1.
// kinds19 (the duration rule reads a span had, "the court had 45 days
// to admit or reject the case"): F1 0.9907 -> 0.9922 (fn 1 -> 0).
// kindrule20 (quarter-span: "a record for the first three quarters of
// any year" a span, a not-claim here): F1 0.9938 -> 0.9953, not-claim
// violations 1 -> 0.
var articlesFloors4 = heldoutFloor{F1: 0.994, Value: 0.99, Unit: 0.935, Source: 0.94, Cue: 0.905, MaxNotClaim: 0}

// TestArticlesDev4Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev4Claims(t *testing.T) {
	scorePassages(t, articlesTexts4, articlesGold4, articlesFloors4, true)
}

// TestArticlesDev4Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v).
func TestArticlesDev4Quotes(t *testing.T) {
	scoreQuotes(t, articlesQuotes4, readQuoteTexts(t, articlesTexts4), 0.96, 0.98, true)
}
