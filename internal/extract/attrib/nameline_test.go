package attrib

import "testing"

// Form 1 of issue 16: a speaker named on a line of its own over quoted
// paragraphs, with no verb and no colon. Found on WCXB bodies of two sites
// (a fitness-tracker guide: "Conor Allison, Wareable Editor" over three
// quoted paragraphs; a VPN review: "From Subbu Sthanu, Chief Commercial
// Officer of IPVanish" over a quote); the colon form ("Richard Hayden,
// Senior Director of Horticulture at the High Line:") is headingSpeaker's.
func TestNameLineSpeakers(t *testing.T) {
	roundup := "Our experts weigh in on the housing market.\n\n" +
		"Dana Whitfield, Senior Analyst at Homebase Research\n\n" +
		"“We expect home sales to rise 9 percent next year.”\n\n" +
		"“Mortgage rates should settle near 6 percent by the summer.”\n\n" +
		"The market cooled in the spring, when 300 fewer homes sold.\n\n" +
		"“Prices fell 4 percent in March.”\n"
	runUnseen(t, []unseenCase{
		{name: "name and role over a quote", text: roundup, num: "9", source: "Dana Whitfield", mention: "Dana Whitfield", cue: ""},
		{name: "second quoted paragraph under the name", text: roundup, num: "6", source: "Dana Whitfield", cue: ""},
		{name: "narration ends the name's reach", text: roundup, num: "300", source: "", cue: ""},
		{name: "a quote after narration is not the name's", text: roundup, num: "4", source: "", cue: ""},
		{name: "From a name, a role of a company", text: "Expert Take\n\nFrom Priya Natarajan, Chief Technology Officer of Netguard\n\n“About 75 percent of users never change the default server.”\n", num: "75", source: "Priya Natarajan", cue: ""},
		{name: "a person's name alone", text: "Runners share their secrets.\n\nMaria Gonzalez\n\n“I ran 12 marathons last year and never got hurt.”\n", num: "12", source: "Maria Gonzalez", cue: ""},
		{name: "a section title is no speaker", text: "The plan, explained.\n\nWhy It Matters\n\n“The plan saves 40 percent of the cost.”\n", num: "40", source: "", cue: ""},
		{name: "a byline is no speaker", text: "By Tom Hale, Staff Writer\n\n“The council approved 30 new homes.”\n", num: "30", source: "", cue: ""},
	})
}

// A topic label opening a paragraph under a name heading ("Less pressure
// on buyers: “…”") names no speaker: the heading's person says the quote.
// Seen on a WCXB economists' round-up (web-dev-1, five headings, 17
// labelled paragraphs); WCXB dev pages show the same label-before-colon
// lead-ins naming nobody ("User review: “…”", "Important note: “…”"). The
// cases are written for this test, in varied wording.
func TestTopicLabelUnderNameLine(t *testing.T) {
	page := "What the forecasters expect.\n\n" +
		"Omar Castillo, Chief Economist at Lakeview Bank\n\n" +
		"“Borrowing costs should ease through the year.”\n\n" +
		"Less pressure on borrowers: “Loan rates are about 2 percent below last year.”\n\n" +
		"Regional lenders hold up — a surprise: “Deposits grew 7 percent in the Midwest.”\n\n" +
		"Exports face a stronger currency: “Shipments could fall by 3 percent.”\n\n" +
		"Small firms still cautious: “Only 15 percent plan to hire.”\n\n" +
		"The bank lent 500 million dollars in June.\n\n" +
		"Savers lose out: “Deposit rates fell to 1 percent.”\n"
	runUnseen(t, []unseenCase{
		{name: "a label with a preposition", text: page, num: "2", source: "Omar Castillo", cue: ""},
		{name: "a label with a dash", text: page, num: "7", source: "Omar Castillo", cue: ""},
		{name: "a label that is a clause", text: page, num: "3", source: "Omar Castillo", cue: ""},
		{name: "a third labelled paragraph", text: page, num: "15", source: "Omar Castillo", cue: ""},
		{name: "narration ends the heading's reach", text: page, num: "500", source: "", cue: ""},
		{name: "a speech verb makes a lead-in, not a label", text: "Analysts weigh in.\n\nLena Brandt, Senior Analyst\n\n“Demand is soft.”\n\nInvestors warn: “Margins could shrink 6 percent.”\n", num: "6", source: "Investors", cue: "warn"},
		{name: "a named speaker before the colon is no label", text: "Views from the panel.\n\nLena Brandt, Senior Analyst\n\n“Demand is soft.”\n\nTrade Minister Paulo Reis: “Exports will grow 8 percent.”\n", num: "8", source: "Paulo Reis", cue: ":"},
	})
}
