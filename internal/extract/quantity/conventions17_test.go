package quantity

import "testing"

// Label conventions decided by conv17 (testdata/claims/README.md, "Label
// conventions"), pinned in varied wording of our own.

// TestConventionTickerQuote: a market-data page quotes a ticker's live
// figure after its code ("yield TMUBMUSD10Y, 0.673% fell"): the code is an
// identifier and the quote page furniture (ANNOTATION.md: "page furniture",
// "identifiers (phone numbers, URLs, codes)"), not a claim of the article
// (rule ticker-quote). The article's own figures around it stay claims; a
// percentage after a place or acronym in an apposition stays a claim.
func TestConventionTickerQuote(t *testing.T) {
	cases := []claimCase{
		{"The 10-year Treasury note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points to 0.675%.", "0.673%", false, "ticker-quote"},
		{"The 10-year Treasury note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points to 0.675%.", "0.675%", true, ""},
		{"The 10-year Treasury note yield TMUBMUSD10Y, 0.673% fell 4.8 basis points to 0.675%.", "4.8 basis points", true, ""},
		{"Stocks slid, with the Nasdaq Composite COMP, -3.19% poised for a sharp drop.", "3.19%", false, "ticker-quote"},
		{"Shares of Apple AAPL, +1.25% rose in early trade after the results.", "1.25%", false, "ticker-quote"},
		{"The Dow Jones Industrial Average DJIA, 0.52% edged higher by 150 points.", "0.52%", false, "ticker-quote"},
		{"The Dow Jones Industrial Average DJIA, 0.52% edged higher by 150 points.", "150 points", true, ""},
		{"Gold futures GCZ20, -0.41% for December delivery settled at $1,870.", "0.41%", false, "ticker-quote"},
		// negatives: appositions and lists keep their figures
		{"Turnout in NSW, 78.45% of enrolled voters, was the lowest on record.", "78.45%", true, ""},
		{"Growth in GDP, 2.45%, beat the forecast.", "2.45%", true, ""},
		{"The fund returned 7.25% last year, its best since 2019.", "7.25%", true, ""},
		{"Support for the ALP, 34.50% in the poll, fell.", "34.50%", true, ""},
	}
	checkClaimCases(t, cases, false)
}

// TestConventionSpans: a span measured with "of" after it ("nine years of
// war") or taken by an event ("fixed in around one hour", "won in 9.79
// seconds") is a claim, as a span measured with "for"; a span before "ago"
// dates the event (a time reference, kind duration), as does a span
// modifying a noun ("a six-year term").
func TestConventionSpans(t *testing.T) {
	cases := []claimCase{
		{"The United Nations says it may be the worst crisis in nine years of war.", "nine years", true, ""},
		{"After four months of training, she rode the 92-mile course.", "four months", true, ""},
		{"The line could have been fixed in around one hour at most.", "around one hour", true, ""},
		{"She won the 400m in 49.26 seconds.", "49.26 seconds", true, ""},
		{"The fire has been burning out of control for almost three months.", "almost three months", true, ""},
		{"Prices have been flat for over 10 years.", "over 10 years", true, ""},
		{"Only 367 Republicans caucused there four years ago.", "four years", false, ""},
		{"The show aired a week ago on Saturday.", "a week", false, ""},
		{"He was elected to a six-year term.", "six-year", false, ""},
	}
	checkClaimCases(t, cases, false)
}

// TestConventionListCounts: list sizes and reference counts are counts
// (claims): "two categories", "Two Turkish security sources", "all 50
// states", "the state's ten largest cities", "The 12 specific action
// points"; a sentence-opening indefinite "One" + noun with no toll is no
// count (rule indefinite-one, kind other), while "One in five", "One
// person was killed" and a "One" before a number or unit stay claims.
func TestConventionListCounts(t *testing.T) {
	cases := []claimCase{
		{"The city breaks major crimes down into two categories.", "two", true, ""},
		{"Two Turkish security sources told Reuters a migrant died.", "Two", true, ""},
		{"We do not usually have a hurricane in all 50 states at once.", "50", true, ""},
		{"Of the state's ten largest cities, only two had a higher rate.", "ten", true, ""},
		{"The 12 specific action points include more board oversight.", "12", true, ""},
		{"He says there are two key responses that were hard to copy.", "two", true, ""},
		{"One explanation could be that the tools do not talk to each other.", "One", false, "indefinite-one"},
		{"One commenter, a recruiter, noted that the tags overlap.", "One", false, "indefinite-one"},
		{"One nice thing about a standalone file is that it loads fast.", "One", false, "indefinite-one"},
		{"One option is to run intervals.", "One", false, "indefinite-one"},
		{"One in five adults has diabetes.", "One", true, ""},
		{"One person was killed and four were injured.", "One", true, ""},
	}
	checkClaimCases(t, cases, false)
}

// TestConventionRoadAndHouseNumbers: road numbers left bare by a
// coordination and house numbers listed in brackets after a street are
// identifiers (ANNOTATION.md: "identifiers (phone numbers, URLs, codes)";
// rules road-number, street-number-list); counts beside them, "the U.S.
// 50 states" and a bracketed count with its noun stay claims.
func TestConventionRoadAndHouseNumbers(t *testing.T) {
	cases := []claimCase{
		{"The pond will be built at the interchange with U.S. 29 and 40.", "29", false, "road-number"},
		{"The pond will be built at the interchange with U.S. 29 and 40.", "40", false, "road-number"},
		{"Take Routes 1 and 9 north to the bridge.", "9", false, "road-number"},
		{"Drivers should avoid Route 46 or 23 during the works.", "23", false, ""}, // rule label-list
		{"A crash closed U.S. 101 northbound near the exit.", "101", false, "road-number"},
		{"Complete removal of four buildings at the end of Main Street (8069, 8059, 8055 and 8049).", "8059", false, "street-number-list"},
		{"Complete removal of four buildings at the end of Main Street (8069, 8059, 8055 and 8049).", "four", true, ""},
		{"The council bought the shops on Oak Avenue (101 and 103) last year.", "101", false, "street-number-list"},
		// negatives
		{"Governors of all the U.S. 50 states met on Monday.", "50", true, ""},
		{"Route 9 carries 40 trucks an hour and 12 buses.", "12", true, ""},
		{"The parade on Main Street (about 3,000 people) was the biggest yet.", "3,000", true, ""},
		{"Crews repaired Main Street (2 miles) in a week.", "2 miles", true, ""},
	}
	checkClaimCases(t, cases, false)
}
