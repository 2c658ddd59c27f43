package attrib

import "testing"

// A document "from" its maker, named again by its head alone: "New research
// from the Federation of Master Builders … The research found that 42% …"
// (a WCXB page of web-dev-1), "A poll from Marquette Law School …",
// "a report from the State Department" (PolNeAR). The head alone resolves
// to the maker (document-author); "research" and "findings" are document
// nouns. A survey "name" that is a clause ("X published a survey") is no
// name. The sentences are written for this test, in varied wording.
func TestDocumentFromAgent(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "research from an organisation, then the research",
			text: "New research from the Royal Society of Chemistry was published on Tuesday. The research found that 35% of teachers lack lab space.",
			num:  "35%", source: "Royal Society of Chemistry", mention: "The research", cue: "found"},
		{name: "a report from a department, then the report",
			text: "A report from the State Department reached Congress this week. The report says 14 embassies lack guards.",
			num:  "14", source: "State Department", mention: "The report", cue: "says"},
		{name: "a poll from a school, then the poll",
			text: "A poll from Marquette Law School was released Wednesday. Turnout was expected to be high. The poll found 48 percent backed the measure.",
			num:  "48 percent", source: "Marquette Law School", mention: "The poll", cue: "found"},
		{name: "findings from a university",
			text: "New findings from Monash University were shared with the press. The findings show 60 percent of the reef has bleached.",
			num:  "60 percent", source: "Monash University", mention: "The findings", cue: "show"},
		{name: "a council for research is a name, not a document (so is fresh-1's National Institute for Space Research)",
			text: "Enrolment rose 9 percent, Australia's Council for Educational Research (ACER) said on Monday.",
			num:  "9 percent", source: "Australia's Council for Educational Research", mention: "Australia's Council for Educational Research (ACER)", cue: "said"},
		// an index is a document its publisher issues (lexicon.DocNouns):
		// "according to the latest index from Nationwide Building Society"
		// (articles-dev-1), "The Rating and Valuation Department's index"
		// (articles-dev-2)
		{name: "an index from a society",
			text: "Home prices rose 0.6% in March, according to the latest index from the Halifax Building Society.",
			num:  "0.6%", source: "Halifax Building Society", mention: "the latest index from the Halifax Building Society", cue: "according to"},
		{name: "from a date is no maker",
			text: "A report from Monday drew wide attention. The report says 12 bridges need repair.",
			num:  "12", source: "The report", mention: "The report", cue: "says"},
	})
}

// A survey introduced far back by a clause ("The Hartley Institute
// published a survey of renters …", more sentences back than
// documentReach) is the Institute's, never a survey named "Hartley
// Institute published a survey" (clauseInSurveyName).
func TestSurveyNameNotClause(t *testing.T) {
	text := "The Hartley Institute published a survey of renters on Monday. It covered many cities. Rents rose in most. Several landlords disagreed. The institute will update it. Critics were unconvinced. Officials said little. Still, the survey found that 18 percent of renters had moved."
	runUnseen(t, []unseenCase{
		{name: "clause before the survey noun", text: text, num: "18 percent", source: "Hartley Institute", mention: "the survey", cue: "found"},
	})
}

// "The report", "the survey" far from the document's introduction (more
// sentences back than documentReach: articles about one report, as a WCXB
// rental-car story of web-dev-1 and PolNeAR poll stories) resolve to the
// article's one owner of such documents, or to the document named in full;
// with two owners the description stays.
func TestDocumentFarBack(t *testing.T) {
	filler := " It covered many cities. Rents rose in most. Several landlords disagreed. The firm will update it. Critics were unconvinced. Officials said little."
	runUnseen(t, []unseenCase{
		{name: "one owner far back",
			text: "The Hartley Institute published a survey of renters on Monday." + filler + " Still, the survey found that 18 percent of renters had moved.",
			num:  "18 percent", source: "Hartley Institute", mention: "the survey", cue: "found"},
		{name: "two owners far back",
			text: "A poll from Marquette Law School came out in May. The Hartley Institute published a survey of renters on Monday." + filler + " Still, the survey found that 18 percent of renters had moved.",
			num:  "18 percent", source: "the survey", mention: "the survey", cue: "found"},
		{name: "a named study far back",
			text: "According to the Brightline 2024 Global Commuter Satisfaction Study, trains beat buses." + filler + " The report found that 41 percent of riders drive.",
			num:  "41 percent", source: "Brightline 2024 Global Commuter Satisfaction Study", mention: "The report", cue: "found"},
	})
}
