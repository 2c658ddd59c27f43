package main

import "testing"

// The claims and quote-speaker golds on 14 whole news articles of genres
// articles-dev-1/-2 lacked (football, rugby and cricket match reports, a
// magistrates' court and an employment tribunal, a parliament and a city
// council debate, company results with analysts, a disaster update, a
// health briefing with questions, a feature with an anonymous source, an
// obituary, a police press conference), written for the set in the manner
// of the news of Zambia, Fiji, Guyana, Malta, Namibia, Botswana, Nepal,
// Malawi, Papua New Guinea, Cyprus, Trinidad and Tobago, Gibraltar,
// Tanzania and the Maldives, 2023-2025 (testdata/claims/README.md,
// articles-dev-3). Texts and golds were written and committed (1f170d0)
// before the tool ran on them; a DEV set from the start: misses are
// printed (-v) and guide fixes.
const (
	articlesTexts3  = "../../testdata/claims/articles-dev-3.texts.jsonl"
	articlesGold3   = "../../testdata/claims/articles-dev-3.gold.jsonl"
	articlesQuotes3 = "../../testdata/quotes/articles-dev-3.gold.jsonl"
)

// A dev set's ratchet, just under its figures (first run 1f170d0 on main
// 8911fc6: F1 0.993, source 0.857, cue 0.950, quotes 50/61; on the gold
// corrected after it: source 0.889, cue 0.961; after artdev3's rules:
// source 0.964, quotes 59/61; after artdev5's role-description-said:
// source 0.968, quotes 60/61; after artdev6's org-short-form: source
// 0.971).
// claimunits and quotecov: unit 0.882 -> 0.979 (N$, TT$, pula, Fiji, Dar
// es Salaam shillings, cricket-runs in a cricket article,
// thing-years-old); floor raised.
// srcprec (rule it-previous-body, "The tribunal … . It noted"): source
// 0.971 -> 0.975.
// conv16's standings-gap ("on 24 points, four behind"): unit 0.982 ->
// 0.986; floor raised.
// conv16's type modifiers of a series and a building ("the two-match
// series", "a three-match white-ball series", "her two-storey house"): P
// 0.986 -> 0.993, F1 0.993 -> 0.996, 2 -> 0 violations.
// prec17's the-only-one ("the only one brave enough"): P 0.993 -> 0.996,
// F1 0.996 -> 0.998; floor raised.
// src19's previous-statement (a change from an earlier reading after an
// organisation's closing "said") gives "Output dropped to 8.1 million
// carats from 12.1 million" the statement's source, "the company said in a
// statement", which resolves to De Beers, the organisation named nearer,
// not Debswana (the gold: Debswana or none): source 0.978 -> 0.971, floor
// 0.976 -> 0.97 for that one resolution, whose two claims before it are
// wrong the same way (the nearer-organisation "the company" form). Its
// cue 0.957 -> 0.971 (the two figures take "said"): cue floor raised.
// coref19 (description-subject, apposed-description/appositive, org-description/past-place-or-quote): source 0.971 -> 0.986; floor raised.
// srcrule20 (vote-position: "voted to borrow Sh45 billion" unsourced): source 0.986 -> 0.989; floor raised.
var articlesFloors3 = heldoutFloor{F1: 0.997, Value: 0.98, Unit: 0.985, Source: 0.988, Cue: 0.965, MaxNotClaim: 0}

// TestArticlesDev3Claims scores the claims gold of the articles; misses
// are logged (-v).
func TestArticlesDev3Claims(t *testing.T) {
	scorePassages(t, articlesTexts3, articlesGold3, articlesFloors3, true)
}

// TestArticlesDev3Quotes scores the quote-speaker gold of the same
// articles (testdata/quotes/README.md); misses are logged (-v).
func TestArticlesDev3Quotes(t *testing.T) {
	scoreQuotes(t, articlesQuotes3, readQuoteTexts(t, articlesTexts3), 0.995, 0.995, true)
}
