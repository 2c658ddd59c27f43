package quantity

import "testing"

// oneFormCases are readings of a lone "one" that the grammar used to drop
// as no number and now keeps for a named kind rule (oneforms.go): an
// indefinite time, an idiom, a name ending in "One" (web-dev-12, -14, -15,
// -16), with negatives that stay counts, bounds or spans.
var oneFormCases = []claimCase{
	// indefinite-time-one
	{"They got a prospect talented enough to win the MVP one day.", "one", false, "indefinite-time-one"},
	{"She asked me to hold it one night because I had no pockets.", "one", false, "indefinite-time-one"},
	{"A couple wakes up one sunny morning on the 15th of May.", "one", false, "indefinite-time-one"},
	{"When she turned up to watch a gig one day at the Groundlings, it clicked.", "one", false, "indefinite-time-one"},
	{"Will it end up in the list one day?", "one", false, "indefinite-time-one"},
	{"He left one evening and never came back.", "one", false, "indefinite-time-one"},
	// fixed-expression rows
	{"On the one hand, Wyoming has closed fewer plants.", "one", false, "fixed-expression"},
	{"We are all happy for you in one way, but we hate to lose you.", "one", false, "fixed-expression"},
	{"For one thing, TV sets are an infrequent purchase.", "one", false, "fixed-expression"},
	{"One thing you almost never see when an airplane lands is a blowout.", "One", false, "fixed-expression"},
	// name-ending-in-number-word
	{"Josh Earnest told reporters aboard Air Force One.", "One", false, "name-ending-in-number-word"},
	{"Speaking to reporters on Air Force One as he flew to Iowa, he said so.", "One", false, "name-ending-in-number-word"},
	{"John Knoll, who pitched the idea for Rogue One, said it was done.", "One", false, "name-ending-in-number-word"},
	{"“So, who is All For One?", "One", false, "name-ending-in-number-word"},
	{"In Season One of GOT, a great line makes the point.", "One", false, "name-ending-in-number-word"},
	// elliptical-count-one: a count whose noun came before
	{"It made three stops, two in Bolivia and one, unannounced, in Puerto Rico.", "one", true, "elliptical-count-one"},
	{"The All Blacks won, scoring five tries to one.", "one", true, "elliptical-count-one"},
	{"The crew holds two NASA astronauts and one from the European Union.", "one", true, "elliptical-count-one"},
	{"Police arrested four men and one.", "one", true, "elliptical-count-one"},
	// pronoun-object-one: a thing named before
	{"He wants to shape the message rather than impose one on him.", "one", false, "pronoun-object-one"},
	{"I figured I'm long overdue for one on this blog.", "one", false, "pronoun-object-one"},
	{"If he does nothing but lie, then that's probably one too.", "one", false, "pronoun-object-one"},
	{"It is an open question, though one soon to be answered.", "one", false, "pronoun-object-one"},
	{"The city repaired 75 breaks, including one in Lower Manhattan.", "one", false, "pronoun-object-one"},
	{"Only one on the list was accepted.", "one", true, ""},
	{"Two were hurt and one in hospital died.", "one", true, ""},
	// negatives: counts, bounds and measured spans stay
	{"One person died in the crash.", "One", true, ""},
	{"One in five adults has high blood pressure.", "One in five", true, ""},
	{"The city has one million residents.", "one million", true, ""},
	{"Only one of the 12 bids was accepted.", "12", true, ""},
	{"Each patient stayed one night in hospital and two at home.", "two", true, ""},
	{"There was nearly unanimous agreement on at least one thing.", "at least one", false, ""},
	{"Another one Monday in Tulsa drew a crowd.", "one", false, ""},
	{"Understanding Virality One of the key insights of our strategy.", "One", false, ""},
	{"Those occupations are designated in Title Eight of the Education Law.", "Eight", false, ""},
}

func TestOneForms(t *testing.T) { checkClaimCases(t, oneFormCases, false) }
