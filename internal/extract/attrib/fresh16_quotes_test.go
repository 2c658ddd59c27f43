package attrib

import "testing"

// The quote forms fresh-16 (testdata/quotes, Canadian news) failed on, each
// a named rule or a lexicon row, in varied wording; the second source of
// each is named at the rule.

// Rule body-description with the row "force" (lexicon.BodyDescriptions;
// own-subject: the subject of the description's own sentence first):
// "the force" is the police body named before, never a force of another
// kind.
func TestForceIsThePolice(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "own sentence, lower-case police", text: "Toronto police have charged 18 people in connection with a car theft ring, the force said Wednesday.", num: "18 people", source: "Toronto police", cue: "said"},
		{name: "quote after, a police service", text: "Toronto Police Service arrested six people on Monday.\n\n“Investigators recovered 142 vehicles,” the force said in a news release.", num: "142", source: "Toronto Police Service", cue: "said"},
		{name: "provincial police", text: "Ontario Provincial Police closed Highway 401 overnight. \"We attended 37 collisions,\" the force said.", num: "37", source: "Ontario Provincial Police", cue: "said"},
		{name: "a British force", text: "Greater Manchester Police made the arrests. The force said 12 officers were injured.", num: "12 officers", source: "Greater Manchester Police", cue: "said"},
		{name: "no police named keeps the phrase", text: "The labour force grew in March. \"We added 40,000 jobs,\" the force said.", num: "40,000", source: "the force", cue: "said"},
	})
}

// Rule org-head/previous-subject (coref.go; lexicon.KindOnlyBodyHeads):
// with no body named with the word, "the department" / "the ministry" is
// the body the sentence before spoke of (fresh-16 "Fisheries and Oceans
// Canada said … “…,” the department said in a statement"; web-dev-3 reads
// "the agency" as Metrolinx the same way).
func TestDepartmentIsThePreviousBody(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "a department named without the word", text: "Fisheries and Oceans Canada said the cut followed the advice of its scientists. \"The stock declined by an estimated 37 per cent,\" the department said in a statement.", num: "37 per cent", source: "Fisheries and Oceans Canada", cue: "said"},
		{name: "a British office", text: "The Home Office said the backlog had fallen. \"We cleared 40,000 cases,\" the department said.", num: "40,000", source: "Home Office", cue: "said"},
		{name: "a department named with the word wins", text: "The Department of Health published figures. Public Health Scotland said cases rose. The department said 300 beds were open.", num: "300 beds", source: "Department of Health", cue: "said"},
		{name: "a person before keeps the phrase", text: "Jane Smith said the backlog had fallen. \"We cleared 40,000 cases,\" the department said.", num: "40,000", source: "the department", cue: "said"},
	})
}

// PlaceGivenNames (lexicon/firstnames.go): a given name that is also a
// place opens a person's name, so a "he"/"she" after it finds the person
// (fresh-16 "Conservative finance critic Jordan Pike called the budget …
// “…,” he said"; the name in articles-dev-1, fresh-13 and WCXB).
func TestPlaceGivenName(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "called, then he said", text: "Conservative finance critic Jordan Pike called the budget \"a $61-billion credit card bill\". \"Interest alone will be $54 billion this year,\" he said.", num: "$54 billion", source: "Jordan Pike", mention: "he", cue: "said"},
		{name: "criticised, then she said", text: "Jordan Ellis criticised the plan on Monday. \"We lost 300 jobs,\" she said.", num: "300 jobs", source: "Jordan Ellis", mention: "she", cue: "said"},
		{name: "the country alone is no person", text: "Jordan criticised the plan on Monday. \"We lost 300 jobs,\" he said.", num: "300 jobs", source: "he", mention: "he", cue: "said"},
	})
}

// Rule he-she/not-a-description (speaker.go kindlessDescription): the
// speaker of the quote before is no "he"/"she" when it is a description
// of no known kind ("X told reporters that the province's own modelling
// shows … “…”. “…,” he said": the person, not the modelling).
func TestPronounNotADescription(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "modelling, then he said", text: "Alberta's Energy Minister Marcus Velden says the cap would hurt the province.\n\nVelden told reporters Wednesday that the province's own modelling shows the cap would cut production by \"as much as one million barrels a day\" by 2030.\n\n\"That's 54,000 jobs,\" he said.", num: "54,000", source: "Marcus Velden", mention: "he", cue: "said"},
		{name: "a study, then she said", text: "Health critic Ann Moore spoke on Monday.\n\nMoore told reporters that a provincial study shows wait times would reach \"nearly 40 weeks\" by spring.\n\n\"We have 9,000 people waiting,\" she said.", num: "9,000", source: "Ann Moore", mention: "she", cue: "said"},
	})
}

// A player's position is a role noun (names.go roleNouns): "said forward
// Léa Bergeron" (fresh-16), "said goaltender X", as "said pollster Frank
// Luntz" (PolNeAR) and "said forecaster X" (fresh-2).
func TestPositionRoleNouns(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "said forward, who", text: "\"Tonight there were 21,000 people here,\" said forward Léa Bergeron, who scored twice.", num: "21,000", source: "Léa Bergeron", cue: "said"},
		{name: "said goaltender", text: "\"I faced 41 shots,\" said goaltender Mark Kowal.", num: "41 shots", source: "Mark Kowal", cue: "said"},
		{name: "winger before the name", text: "Winger Sam Ortiz said the team had won 8 straight.", num: "8", source: "Sam Ortiz", cue: "said"},
		{name: "going forward is no role", text: "Going forward, Apple said it would hire 400 people.", num: "400 people", source: "Apple", cue: "said"},
	})
}

// Rule owner-role (ownerrole.go; quotes16 and quotecov wrote it each, one
// is kept, with "vice chairman" no "chairman": lexicon.RankWords): "the
// <owner>'s <role>" is the holder
// named in apposition to the role's first description "<role> of the
// <Body>" whose name holds the owner noun, or, none named, that
// description (articles-dev-5 twice: "The chief executive of the Belfast
// Health and Social Care Trust, Jennifer Welsh, said" ¶ "the trust's chief
// executive said"; "The chairman of the Swaziland Cane Growers
// Association, which represents …" ¶ "the association's chairman said").
func TestOwnedRole(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "named holder", text: "The chief executive of the Belfast Health and Social Care Trust, Jennifer Welsh, said the numbers were bad.\n\nAsked about money, the trust's chief executive said 300 nurses were missing.", num: "300 nurses", source: "Jennifer Welsh", cue: "said"},
		{name: "named holder, quote tail", text: "The president of the Ontario Medical Association, Dr. Dominik Nowak, spoke on Monday. \"We need 2,000 more family doctors,\" the association's president said.", num: "2,000", source: "Dominik Nowak", cue: "said"},
		{name: "no holder named: the first description", text: "The chairman of the Swaziland Cane Growers Association, which represents about 500 small growers, said costs rose.\n\n\"Some of them borrowed at 14 per cent,\" the association's chairman said.", num: "14 per cent", source: "chairman of the Swaziland Cane Growers Association", cue: "said"},
		{name: "another body's role is no match", text: "The chairman of the Swaziland Cane Growers Association spoke first.\n\nThe company's chairman said 40 jobs would go.", num: "40 jobs", source: "The company's chairman", cue: "said"},
		{name: "a longer title is no match", text: "The vice chairman of the Dockers Union, Kofi Boateng, spoke.\n\nThe union's chairman said 40 jobs would go.", num: "40 jobs", source: "The union's chairman", cue: "said"},
	})
}
