package attrib

import "testing"

// The source and quote-speaker forms articles-dev-3 (whole articles of
// match reports, briefings and debates, testdata/quotes) failed on, each a
// named rule, in varied wording; the second source of each is named at
// the rule.

// Rule player-position (coref.go npSteps; lexicon.PlayerPositions): "the
// winger", "the Exeter lock" after a quote stand for the player named
// before (articles-dev-2 "the Exeter lock said"; articles-dev-3 "the
// winger said", "the hooker said").
func TestPlayerPositionSpeaker(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "the winger", text: "Winger Joel Banda, 23, said the goal was for his mother. \"I have scored nine this season,\" the winger said.", num: "nine", source: "Joel Banda", cue: "said"},
		{name: "the club lock", text: "Captain Rhys Morgan said the pack was hurting. 'We lost 6 lineouts,' the Ospreys lock said.", num: "6", source: "Rhys Morgan", cue: "said"},
		{name: "the hooker, two paragraphs on", text: "Captain Sami Tuilagi said the forwards had done well.\n\n\"We won 11 of our 12 scrums,\" the hooker said.", num: "11", source: "Sami Tuilagi", cue: "said"},
		{name: "the spinner", text: "Keshav Naidoo took four wickets. \"I bowled 30 overs without a break,\" the spinner told reporters.", num: "30 overs", source: "Keshav Naidoo", cue: "told"},
		{name: "a health centre is no player", text: "Nurse Ama Banda said supplies were short. The centre said 40 patients were waiting.", num: "40", source: "The centre", cue: "said"},
	})
}

// Rule office-portfolio-name (names.go givenAfterOf; lexicon.Portfolios
// "police", "urban", "rural", "development"): "Commissioner of Police
// <name>", "Minister of Urban and Rural Development <name>" end the office
// before a name no known given name opens, so "she"/"he" and "the
// commissioner" later find the person (articles-dev-3: a Trinidad police
// press conference, a Namibian debate; "Senior Superintendent of Police
// Ramesh Thapa" in its Nepal report).
func TestOfficeOfPolicePortfolio(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "commissioner of police, she", text: "Commissioner of Police Erla Harewood-Christopher told a press conference that murders fell. \"We seized 212 guns,\" she said.", num: "212", source: "Erla Harewood-Christopher", mention: "she", cue: "said"},
		{name: "inspector general of police, he", text: "Inspector General of Police Japhet Koome told reporters that the unit was ready. He said 300 officers had been deployed.", num: "300", source: "Japhet Koome", mention: "He", cue: "said"},
		{name: "minister of police, the minister", text: "Minister of Police Bheki Cele visited the township on Sunday. The minister said 48 suspects had been arrested.", num: "48", source: "Bheki Cele", cue: "said"},
		{name: "urban and rural development", text: "Minister of Urban and Rural Development Erastus Uutoni told the House that houses were built. He said the cost fell to N$285,000.", num: "N$285,000", source: "Erastus Uutoni", mention: "He", cue: "said"},
		{name: "an office with no name stays", text: "The Commissioner of Police said 300 officers were deployed.", num: "300", source: "The Commissioner of Police", cue: "said"},
	})
}

// Rule code-before-number (names.go cutCodeBeforeNumber): a currency code
// written before an amount with a space ("MVR 2.1 billion", "USD 400
// million") is no organisation, so "the company" finds the company
// (articles-dev-3's Maldives results; own sentences for USD, KES, INR).
func TestCurrencyCodeIsNoCompany(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "MVR", text: "Island Aviation Services reported a profit of MVR 112 million on Monday. Revenue rose 27 per cent to MVR 2.1 billion, the company said.", num: "27 per cent", source: "Island Aviation Services", cue: "said"},
		{name: "KES", text: "Kenya Power posted a profit of KES 3 billion. Sales rose 12 per cent to KES 20 billion, the company said in a statement.", num: "12 per cent", source: "Kenya Power", cue: "said"},
		{name: "USD", text: "Acme Ltd reported revenue of USD 60 million. Costs fell 8 percent, the firm said.", num: "8 percent", source: "Acme Ltd", cue: "said"},
		{name: "INR", text: "Infosys Ltd earned INR 60 billion in the quarter. Its headcount fell by 2,000, the company said.", num: "2,000", source: "Infosys Ltd", cue: "said"},
	})
}

// OrgHeads row "Unit" (lexicon/orgs.go): "the Financial Intelligence
// Analysis Unit", "the Economist Intelligence Unit" are bodies, not
// people, so "its" and "the unit" find them (articles-dev-3's Malta
// court report; own sentences).
func TestUnitIsAnOrganisation(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "said in its report", text: "The Financial Intelligence Analysis Unit said in its annual report last month that suspicious reports rose by 18 per cent in 2022.", num: "18 per cent", source: "Financial Intelligence Analysis Unit", cue: "said"},
		{name: "economist intelligence unit", text: "The Economist Intelligence Unit said 18 per cent of firms would close.", num: "18 per cent", source: "Economist Intelligence Unit", cue: "said"},
		{name: "the unit later", text: "The Special Investigating Unit said it had recovered R2.4 billion. The unit said 40 officials were suspended.", num: "40", source: "Special Investigating Unit", cue: "said"},
	})
}

// Rule nearer-unknown-person (coref.go nearerUnknownPerson): "the
// 52-year-old", "the Belgian", "the winger" stand for the person named
// last, even when that name is of no known kind yet and a known speaker
// was quoted before it (articles-dev-3's Nepal update: a survivor after a
// police officer).
func TestNearerUnknownPerson(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "survivor after officer", text: "Superintendent Ramesh Thapa said: \"We have pulled out 16 vehicles.\"\n\nIn Nakkhu, Sita Maharjan stood outside her house. \"We lost two buffaloes,\" the 52-year-old said.", num: "two buffaloes", source: "Sita Maharjan", cue: "said"},
		{name: "farmer after minister", text: "Minister Kofi Addo said prices would rise. \"We pay 30 cedis,\" he said.\n\nAt the market, Ama Serwaa Boateng waited for buyers. \"I sold only 12 bags,\" the 61-year-old said.", num: "12 bags", source: "Ama Serwaa Boateng", cue: "said"},
		{name: "the known person stays when named last", text: "Sita Maharjan lives in Nakkhu. Superintendent Ramesh Thapa visited on Monday. \"We rescued 40 people,\" the 48-year-old said.", num: "40", source: "Ramesh Thapa", cue: "said"},
	})
}

// Rule code-before-number, abbreviations: "Rs 39,315 crore", "Shs 2
// billion" are amounts too (web-dev-3's Infosys results).
func TestCurrencyAbbrevIsNoCompany(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "Rs", text: "Infosys Ltd reported a profit of Rs 6,368 crore. Revenue rose 3.6 per cent to Rs 39,315 crore, the company said.", num: "3.6 per cent", source: "Infosys Ltd", cue: "said"},
		{name: "Shs", text: "MTN Uganda posted a profit of Shs 540 billion. Data revenue rose 9 per cent to Shs 700 billion, the company said.", num: "9 per cent", source: "MTN Uganda", cue: "said"},
	})
}

// Rule anonymous-second-mention (coref.go npSteps; lexicon.
// AnonymousSourceNouns): "the official" after "A senior official …, who
// spoke on condition of anonymity" is that unnamed source, as first
// described (articles-dev-3's feature; PolNeAR train "said a Mexican
// official who was not authorized … “…,” the official said").
func TestAnonymousSecondMention(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "condition of anonymity", text: "A senior official in Port Moresby, who spoke on condition of anonymity, said the operations had failed. \"Half of the 300 guns we seize are bought with compensation money,\" the official said.", num: "300", source: "A senior official", cue: "said"},
		{name: "said a ... official who", text: "\"We have seen a rise,\" said a Mexican official who was not authorized to speak publicly.\n\n\"We counted 40 protests in March,\" the official said.", num: "40", source: "a Mexican official", cue: "said"},
		{name: "a source close to", text: "A source close to the negotiations said the deal was near. The source said 12 banks had signed.", num: "12", source: "A source", cue: "said"},
		{name: "a named official stays", text: "Finance official Maria Lopez said 40 firms closed. \"We found 12 more,\" the official said.", num: "12", source: "Maria Lopez", cue: "said"},
	})
}

// Rule age-then-appositive (phrases.go subjectBeforeAppositive): "Name,
// 31, a description, said" is the named person, the age and the
// description passed over (articles-dev-3's tribunal report; PolNeAR
// train texts "Ramil Carr, 31, a Philadelphia freelance photographer,
// said", "Jimmy Ghazal, 39, a Lebanese man visiting Nice …, told").
func TestAgeThenAppositive(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "age, a job, said", text: "Ramil Carr, 31, a freelance photographer, said 40 people were arrested.", num: "40", source: "Ramil Carr", cue: "said"},
		{name: "age, a description with who, told", text: "Elena Sanchez, 34, a Spanish national who crossed the frontier every day, told the tribunal that she had worked more than 250 hours of overtime.", num: "more than 250 hours", source: "Elena Sanchez", cue: "told"},
		{name: "age, a man visiting, told", text: "Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told reporters that 84 people had died.", num: "84", source: "Jimmy Ghazal", cue: "told"},
		{name: "age alone stays", text: "Ramil Carr, 31, said 40 people were arrested.", num: "40", source: "Ramil Carr", cue: "said"},
	})
}
