package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web12KindCases are kind forms seen in web-dev-12 (verbatim news pages)
// and at least one other dev source (named in the comments), written with
// varied wording, with negatives: text in the sentence in must get kind,
// by rule when one is given.
var web12KindCases = []genreKindCase{
	// apostrophe-year: a year cut to two digits after an apostrophe
	// (web-dev-12 "ran afoul of Bush in ’91"; web-dev "MBA ’16,")
	{"apostrophe-year", "He ran afoul of Bush in ’91.", "’91", claims.KindYear},
	{"apostrophe-year", "She graduated with the class of '98 and returned in '04.", "'98", claims.KindYear},
	{"apostrophe-year", "Maria Lopez, JD ’12, chairs the panel.", "’12", claims.KindYear},
	{"apostrophe-year", "The team won the title (’87) and lost it.", "’87", claims.KindYear},
	{"", "Critics rated it '10' out of 10.", "10", claims.KindClaim},
	{"", "The guard is 6'11 and weighs 250 pounds.", "11", claims.KindClaim},
	{"", "Music of the '80s sold 40 million records.", "'80s", claims.KindYear},
	// number-unit-name: a capitalised number word and unit word inside a
	// sentence name a place (web-dev-12 "on Ninety Mile beach", "on Ninety
	// Mile Beach"; "the Three Mile Island plant", "the Seven Mile Bridge")
	{"number-unit-name", "Ten pygmy whales stranded on Ninety Mile Beach on Friday.", "Ninety Mile", claims.KindIdentifier},
	{"number-unit-name", "The Three Mile Island plant closed in 2019.", "Three Mile", claims.KindIdentifier},
	{"number-unit-name", "Traffic on the Seven Mile Bridge was halted.", "Seven Mile", claims.KindIdentifier},
	{"", "He ran five miles on Friday.", "five miles", claims.KindClaim},
	{"", "Ten Miles of Road Closed After Storm", "Ten Miles", claims.KindClaim},
	{"", "Seven miles of the coast were closed.", "Seven miles", claims.KindClaim},
}

func TestWeb12Kinds(t *testing.T) {
	checkGenreKinds(t, web12KindCases)
}

// web12ZoneClockCases: a 24-hour clock time of four digits before a time
// zone (rule zone-clock; web-dev-12 "at 8:51 p.m. (1451 GMT)"; wire copy
// of the other beats writes times so).
var web12ZoneClockCases = []genreKindCase{
	{"zone-clock", "The rocket lifted off at 8:51 p.m. (1451 GMT) from Baikonur.", "1451 GMT", claims.KindTime},
	{"zone-clock", "The ceasefire took effect at 0300 GMT on Friday.", "0300 GMT", claims.KindTime},
	{"zone-clock", "Polls close at 2100 UTC, officials said.", "2100 UTC", claims.KindTime},
	{"zone-clock", "Trading resumes at 0930 ET on Monday.", "0930 ET", claims.KindTime},
	{"", "The index opened at 1451 points.", "1451 points", claims.KindClaim},
	{"", "The company was founded in 1998 GMT Holdings said.", "1998", claims.KindYear},
}

func TestWeb12ZoneClock(t *testing.T) {
	checkGenreKinds(t, web12ZoneClockCases)
}

// web12FormCases are unit and value forms seen in web-dev-12 and another
// source (named), with varied wording and negatives.
var web12FormCases = []struct {
	in   string
	want []want
}{
	// level-shares-rate through "instead of": the level a rate replaces is
	// in the rate's unit (web-dev-12 "will pay about $119 per month,
	// instead of $159.30"; the row joins "compared with", "up from" of
	// web-dev-3, web-dev-4, dev5); a count of its own stays a count
	{"Drivers will pay £12.50 a day, instead of £15, from June.", []want{w("£12.50 a day", "12.5", "12.5", "exact", "GBP/day"), w("£15", "15", "15", "exact", "GBP/day")}},
	{"Members pay $9.99 a month, instead of $14.99, under the new plan.", []want{w("$9.99 a month", "9.99", "9.99", "exact", "USD/month"), w("$14.99", "14.99", "14.99", "exact", "USD/month")}},
	{"He will get $5 a share, instead of 200 shares.", []want{w("$5 a share", "5", "5", "exact", "USD/share"), w("200", "200", "200", "exact", "count")}},
	// copula-age past an adverb: "who was just 13" (web-dev-12 "another
	// sibling, who was just 13,"; the copula-age forms of articles-dev-3,
	// -5 "she was 79", "he will be 21")
	{"He lured another sibling, who was just 13, to Syria.", []want{w("13", "13", "13", "exact", "age")}},
	{"Her son, who is now 7, survived the crash.", []want{w("7", "7", "7", "exact", "age")}},
	{"The boy was only 12 when he left home.", []want{w("12", "12", "12", "exact", "age")}},
	{"The score was just 12 when he left.", []want{w("12", "12", "12", "exact", "count")}},
	// "megs" are megabytes (web-dev-12 "27 megs in a buffer"; the MB
	// row's spellings)
	{"The patch is 300 megs and the game needs 2 megs of memory.", []want{w("300 megs", "300", "300", "exact", "MB"), w("2 megs", "2", "2", "exact", "MB")}},
	// temperature-decade in digits after "in"/"into the" in a sentence
	// about the weather (web-dev-12 "temperatures ... ballooned into the
	// 50s"; ruleforms' "temperatures in the mid-30s", "highs in the
	// nineties"); a decade elsewhere
	{"Highs will be in the 80s all week.", []want{w("80s", "80", "89", "range", "degree")}},
	{"Temperatures climbed into the 60s on Sunday.", []want{w("60s", "60", "69", "range", "degree")}},
	{"Temperatures have risen since the 80s.", []want{nc("80s", claims.KindYear)}},
	{"In the 70s, temperatures were lower.", []want{nc("70s", claims.KindYear)}},
}

func TestWeb12Forms(t *testing.T) { checkCases(t, web12FormCases) }
