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
