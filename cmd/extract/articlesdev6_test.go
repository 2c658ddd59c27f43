package main

import "testing"

// The claims and quote-speaker golds on 9 whole news articles of kinds the
// earlier articles-dev sets lacked (an audit and an inspection report with
// their owners and addressees, an explainer citing studies and agencies, a
// business feature with filings and brokers' notes, a health story, an
// election night, a climate report, a club's accounts, a data breach),
// written in the manner of the news of Chile, Norway, Taiwan, Rwanda,
// Mongolia, Morocco, Finland, Poland and Peru, 2024-2025
// (testdata/claims/README.md, articles-dev-6). Texts and golds were
// written and committed before the tool ran on them; a DEV set from the
// start: misses are printed (-v) and guide fixes of the source forms of
// whole articles.
const (
	articlesTexts6  = "../../testdata/claims/articles-dev-6.texts.jsonl"
	articlesGold6   = "../../testdata/claims/articles-dev-6.gold.jsonl"
	articlesQuotes6 = "../../testdata/quotes/articles-dev-6.gold.jsonl"
)

// A dev set's ratchet, just under its figures (first run on the gold
// 87910d5 with main's code d6bbd4c: F1 0.987, value 0.981, unit 0.943,
// source 0.777, cue 0.857, quotes right source 53/62, speaker 54/62; on the
// corrected gold value 0.997, cue 0.882; after artdev6's rules: unit 0.984,
// source 0.917, cue 0.901, quotes 60/62, speaker 61/62). Merged with
// quotecov's definite-count ("the four professional regions" a count):
// "in the three districts", which names again the districts of the
// article, is a not-claim in this gold and a count by that rule: one
// violation (the two conventions are not settled by ANNOTATION.md; left).
// conv16 settled it by the dev golds' majority (testdata/claims/README.md,
// "Label conventions": a definite count is a claim, optional when it names
// again a set the article counted): the not-claim is an optional claim now,
// F1 0.986 -> 0.988, no violation.
// kinds17's duration-by found the gold claim "extend the mine's operating
// licence by 15 years" (recall 0.978 -> 0.981), whose cue "reported" ("Reuters
// reported in August, citing two government officials, that ...")
// attribution does not reach: right cues stay 284, of 316 now (0.901 ->
// 0.899); cue floor 0.9 -> 0.895 for that reason only.
// devc9 ("closer to 70 million" about): value 0.997 -> 1.000.
var articlesFloors6 = heldoutFloor{F1: 0.985, Value: 0.999, Unit: 0.98, Source: 0.922, Cue: 0.895, MaxNotClaim: 0}

// TestArticlesDev6Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev6Claims(t *testing.T) {
	scorePassages(t, articlesTexts6, articlesGold6, articlesFloors6, true)
}

// TestArticlesDev6Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v).
func TestArticlesDev6Quotes(t *testing.T) {
	scoreQuotes(t, articlesQuotes6, readQuoteTexts(t, articlesTexts6), 0.98, 0.995, true)
}
