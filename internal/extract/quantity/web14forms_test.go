package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web14KindCases are kind forms seen in web-dev-14 (verbatim non-news web
// pages) with a second source (another set, or the varied sentences
// here), with negatives: text in the sentence in must get kind, by rule
// when one is given.
var web14KindCases = []genreKindCase{
	// coordinate: a degree before a compass letter (web-dev-14 Wikipedia
	// "42°S 174°E"; atlas and travel pages write "40.7128° N")
	{"coordinate", "Coordinates: 42°S 174°E", "42°", claims.KindIdentifier},
	{"coordinate", "The city lies at 40.7128° N, 74.0060° W.", "74.0060°", claims.KindIdentifier},
	{"coordinate", "Wellington is at 41°17′S on the strait.", "41°", claims.KindIdentifier},
	{"", "It was 35°C in the shade.", "35°C", claims.KindClaim},
	{"", "Turn the dial 90° to the right.", "90°", claims.KindClaim},
	{"", "Turn 90° south and walk.", "90°", claims.KindClaim},
	// vague-ago: a vague span of time that places an event (web-dev-14
	// "written thousands of years ago", "a few hundred years earlier"; the
	// digit "N ago" durations of web-dev-12 and web-dev-6)
	{"vague-ago", "The scriptures were written thousands of years ago.", "thousands", claims.KindDuration},
	{"vague-ago", "The deck has its roots in France a few hundred years earlier.", "a few hundred", claims.KindDuration},
	{"vague-ago", "Dozens of years later he returned to the village.", "Dozens", claims.KindDuration},
	{"vague-ago", "The glaciers retreated millions of years before that.", "millions", claims.KindDuration},
	{"", "The site holds thousands of years of history.", "thousands", claims.KindClaim},
	{"", "Hundreds of people arrived later.", "Hundreds", claims.KindClaim},
	// generic-one before a modal or a verb of genericOneVerbs (web-dev-14
	// "one wonders why", "Over time one tends to", "actions one can take",
	// "waste space one finds today"; web-dev-12 "as one might attempt")
	{"generic-one", "If you ponder it, one wonders why anyone would believe it.", "one", claims.KindOther},
	{"generic-one", "Over time one tends to grow tired reading them.", "one", claims.KindOther},
	{"", "These are specific actions one can take to strengthen them.", "one", claims.KindOther},
	{"generic-one", "It is the kind of space one finds today only in old mansions.", "one", claims.KindOther},
	{"", "Only one can win the title.", "one", claims.KindOther},
	{"", "At least one will be sent home.", "At least one", claims.KindClaim},
	{"", "Three were hurt and one needs surgery.", "Three", claims.KindClaim},
	// label-word rows "bug" and "mode" (web-dev-14 "(Bug 1681512)", "game
	// mode 3"; trackers' "see bug 1664144", manuals' "switch to mode 2")
	{"label-word", "That will hide the shortcut button. (Bug 1681512)", "1681512", claims.KindIdentifier},
	{"label-word", "See bug 1664144 for the details.", "1664144", claims.KindIdentifier},
	{"label-word", "Added a spectator game mode (game mode 3).", "3", claims.KindIdentifier},
	{"label-word", "Switch the camera to mode 2 before filming.", "2", claims.KindIdentifier},
	{"", "We fixed 12 bugs in three modes.", "12", claims.KindClaim},
}

func TestWeb14Kinds(t *testing.T) {
	checkGenreKinds(t, web14KindCases)
}

// web14FormCases are value and unit forms seen in web-dev-14 and another
// source (named), with varied wording and negatives.
var web14FormCases = []struct {
	in   string
	want []want
}{
	// a subject headed by "age" states a person's age, even after a noun
	// of no person (web-dev-14 "The average age of respondents was 29.6
	// years old"; thing-years-old's negatives "she was 16 years old")
	{"The average age of respondents was 29.6 years old.", []want{w("29.6 years old", "29.6", "29.6", "exact", "age")}},
	{"The median age of the buyers is 35 years old.", []want{w("35 years old", "35", "35", "exact", "age")}},
	{"The old building was 50 years old.", []want{w("50 years old", "50", "50", "exact", "year")}},
	// number words joined by "or" are a range also from ten up, and the
	// first end takes the second's scale word (rule range-shared-scale;
	// web-dev-14 "interview ten or fifteen people", "two or three hundred
	// prospects"; dev and web-dev-10 "one or two")
	{"Expect to screen and then interview ten or fifteen people.", []want{w("ten or fifteen", "10", "15", "range", "count")}},
	{"Twenty or thirty people came to the meeting.", []want{w("Twenty or thirty", "20", "30", "range", "count")}},
	{"Expect to cold call two or three hundred prospects.", []want{w("two or three hundred", "200", "300", "range", "count")}},
	{"Five or six thousand fans waited outside.", []want{w("Five or six thousand", "5000", "6000", "range", "count")}},
	{"Between five and six hundred workers left.", []want{w("Between five and six hundred", "500", "600", "range", "count")}},
	{"Some ninety to a hundred people came.", []want{w("ninety to a hundred", "90", "100", "range", "count")}},
	{"The firm sold 2 to 3 million units.", []want{w("2 to 3 million", "2000000", "3000000", "range", "count")}},
	// a scale word glued by a hyphen to a card word (rule
	// number-hyphen-scale; web-dev-14 "around two-hundred years old"; the
	// suites' spaced "fifty - two")
	{"He must be around two-hundred years old.", []want{w("around two-hundred years old", "200", "200", "about", "age")}},
	{"Some three-thousand fans came.", []want{w("Some three-thousand", "3000", "3000", "about", "count")}},
	{"Two-thirds of voters agreed.", []want{w("Two-thirds", "66.66666666666667", "66.66666666666667", "exact", "percent")}},
	// copula-age past "finally"/"already" (web-dev-14 "when I was finally
	// fifteen"; web-dev-12 "who was just 13")
	{"I could use it when I was finally fifteen.", []want{w("fifteen", "15", "15", "exact", "age")}},
	{"He was already 40 when he enlisted.", []want{w("40", "40", "40", "exact", "age")}},
	{"The score was finally 12 when he left.", []want{w("12", "12", "12", "exact", "count")}},
	// multiple-x before a period word (web-dev-14 "10x every week, or 2x
	// every day"; "grew 3x last year"); "4x4" stays a code. The period
	// after "every" is the frequency's denominator (rule rate-each,
	// forms17_test.go)
	{"Would you rather 10x every week, or 2x every day?", []want{w("10x every week", "10", "10", "exact", "times/week"), w("2x every day", "2", "2", "exact", "times/day")}},
	{"Revenue grew 3x last year.", []want{chg(w("3x", "3", "3", "exact", "times"), "up")}},
	{"The 4x4 truck was sold.", []want{nc("4x4", claims.KindIdentifier)}},
}

func TestWeb14Forms(t *testing.T) { checkCases(t, web14FormCases) }
