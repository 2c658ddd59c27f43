package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// kindCase is an unseen-news case whose source kind is checked too.
type kindCase struct {
	name, text, num string
	source          string // resolved name ("" = no source)
	kind            claims.SourceKind
}

func runKindCases(t *testing.T, tests []kindCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := attributeNumber(t, tc.text, tc.num)
			name, kind := "", claims.SourceKind("")
			if q.Source != nil {
				name, kind = q.Source.Name, q.Source.Kind
			}
			if name != tc.source || kind != tc.kind {
				t.Errorf("source %q (%q), want %q (%q)", name, kind, tc.source, tc.kind)
			}
		})
	}
}

// Form 2 of the issue 16 round: an organisation's name with a preposition
// inside is taken whole, as an organisation ("Club for Growth Action
// reported", "Commissioner for Human Rights said", "Association for
// Financial Professionals reported", "a study by the Council of the Great
// City Schools found", PolNeAR train; "Friends of Abe",
// WCXB; "Doctors Without Borders", "Committee to Protect Journalists").
func TestPrepositionOrgNames(t *testing.T) {
	runKindCases(t, []kindCase{
		{"of the, a group head", "Friends of the Earth said 40 trees were felled.", "40", "Friends of the Earth", kindOrg},
		{"of the, an organisation head", "The Bank of the West said it would cut 300 jobs.", "300", "Bank of the West", kindOrg},
		{"of the, a university", "The University of the West Indies said 40 students left.", "40", "University of the West Indies", kindOrg},
		{"of the, a council, found", "A study by the Council of the Great City Schools found that students take 112 tests.", "112", "Council of the Great City Schools", kindOrg},
		{"of, a place", "The Bank of England said inflation would reach 4 percent.", "4 percent", "Bank of England", kindOrg},
		{"capitalised Without", "Doctors Without Borders said 40 patients died overnight.", "40", "Doctors Without Borders", kindOrg},
		{"capitalised Without, reported", "Reporters Without Borders reported that 57 journalists were killed in 2023.", "57", "Reporters Without Borders", kindOrg},
		{"to and a verb", "The Committee to Protect Journalists said 40 journalists were jailed.", "40", "Committee to Protect Journalists", kindOrg},
		{"to after a campaign", "The Campaign to End Loneliness estimates that 9 million adults are often lonely.", "9 million", "Campaign to End Loneliness", kindOrg},
		{"for, a group head", "Americans for Prosperity said it would spend $30 million.", "30 million", "Americans for Prosperity", kindOrg},
		{"for, after the verb", "About 1,200 people were detained, said Physicians for Human Rights.", "1,200", "Physicians for Human Rights", kindOrg},
		// a person's title with "of" stays a person's
		{"a title of a place is no group", "Secretary of State John Kerry said 40 diplomats left.", "40", "John Kerry", kindPerson},
		{"a person's name with a title", "Commissioner Ann Moss said 300 jobs were lost.", "300", "Ann Moss", kindPerson},
	})
}

// Form 3 of the issue 16 round: a list of people is people, a list with an
// organisation or a place an organisation, and a list nothing tells about
// stays an organisation ("Vindman and Williams told", ingest-dev; "Hila Gonen and
// Noah A. Smith showed", "Jeff Lorenz and Kayla Fell of Refugia", WCXB;
// "Alabama, Georgia and Virginia said", "Frank Newport and Jim Harter",
// "Mr. Autor and Mr. Hanson emphasize", PolNeAR train).
func TestCoordinationKinds(t *testing.T) {
	runKindCases(t, []kindCase{
		{"surnames of people named before", "Ann Smith, Bo Jones and Cy Brown testified on Monday. Smith, Jones and Brown said 40 people were hurt.", "40", "Smith, Jones and Brown", kindPerson},
		{"two full names", "Hila Gonen and Noah Smith showed that 12 of the tests failed.", "12", "Hila Gonen and Noah Smith", kindPerson},
		{"surnames after full names, told", "Lawmakers grilled Lt. Col. Alexander Vindman, a Ukraine specialist, and Jennifer Williams, an aide to the vice president. Vindman and Williams told lawmakers 3 officials were present.", "3", "Vindman and Williams", kindPerson},
		{"agencies", "The UN, the Red Cross and MSF said 400 people were missing.", "400", "UN, the Red Cross and MSF", kindOrg},
		{"places", "Alabama, Georgia and Virginia said 40 polling sites closed.", "40", "Alabama, Georgia and Virginia", kindOrg},
		{"a person and an organisation", "Ann Smith and the World Bank said 7 percent growth was likely.", "7 percent", "Ann Smith and the World Bank", kindOrg},
		{"nothing tells: an organisation, as before", "Exxon and Chevron said they would cut 4,000 jobs.", "4,000", "Exxon and Chevron", kindOrg},
		{"an and inside an agency's name", "The Centers for Disease Control and Prevention estimates that 1 in 68 children has autism.", "68", "Centers for Disease Control and Prevention", kindOrg},
		{"honorifics", "Mr. Autor and Mr. Hanson estimate that 2.4 million jobs were lost.", "2.4 million", "Mr. Autor and Mr. Hanson", kindPerson},
		{"two full names, found", "In a Gallup report, Frank Newport and Jim Harter found that 53% of voters agreed.", "53%", "Frank Newport and Jim Harter", kindPerson},
	})
}

// Form 1 of the issue 16 round: a name in apposition after a description
// is the source, not the description ("Trump's attorney, Alan Garten,
// said", "Clinton's campaign chairman, John Podesta, said", "a third,
// Daniel Traynor, said", PolNeAR train).
func TestAppositiveNameAfterDescription(t *testing.T) {
	runKindCases(t, []kindCase{
		{"a neighbour, who said", "A neighbour, Tom Baker, who said 40 people died in the fire, was there.", "40", "Tom Baker", kindPerson},
		{"a company's spokesman", "The company's spokesman, John Smith, said 40 jobs would go.", "40", "John Smith", kindPerson},
		{"a candidate's campaign manager", "Sanders's campaign manager, Jeff Weaver, said the campaign raised $6 million.", "6 million", "Jeff Weaver", kindPerson},
		{"an owner's pollster, says", "Bloomberg's pollster, Douglas Schoen, says 30 percent of voters are independent.", "30 percent", "Douglas Schoen", kindPerson},
		{"a local farmer, told", "A local farmer, Maria Lopez, told reporters that 200 cattle drowned.", "200", "Maria Lopez", kindPerson},
		{"a friend with a title, estimated", "His longtime friend, Dr. Ravi Patel, estimated that 15 percent of patients relapsed.", "15 percent", "Ravi Patel", kindPerson},
		{"an ordinal, said", "Two residents spoke. A third, Daniel Traynor, said 12 homes burned.", "12", "Daniel Traynor", kindPerson},
		{"an agency's director, said on a day", "The agency's director, Carla Mendes, said on Monday that 1,200 staff would leave.", "1,200", "Carla Mendes", kindPerson},
		{"one of the protesters, with an age", "One of the protesters, Ahmed Ali, 34, said 500 people marched.", "500", "Ahmed Ali", kindPerson},
	})
}

// A pronoun's contraction kept whole by the tokeniser ("We’ve found",
// "I'd estimate", WCXB Q/A and blog pages) is the pronoun, never a name.
func TestPronounContractions(t *testing.T) {
	runUnseen(t, []unseenCase{
		// (in an answer, "we" is the interviewee's: rule transcript-we)
		{name: "we've, curly, in an answer", text: "Jane Doe runs the lab.\n\nQ: What did you find?\n\nA: We’ve found that people lose 250 calories a day.\n\nQ: Risks?\n\nA: Few.\n", num: "250", source: "Jane Doe", mention: "We", cue: "found"},
		{name: "we've, straight", text: "We've found that 12 of the filters leak.", num: "12", source: "We", cue: "found"},
		{name: "they're saying", text: "They’re saying 40 people left the town.", num: "40", source: "They", cue: "saying"},
		// (the writer's own "I" asserts nothing of its own: TestWriterFirstPerson; in a quote it is the speaker)
		{name: "I’ve estimated", text: "“I’ve estimated that 30 percent of buyers return it,” Ann Lee said.", num: "30 percent", source: "Ann Lee", cue: "said"},
		{name: "I’ve estimated, the writer", text: "I’ve estimated that 30 percent of buyers return it.", num: "30 percent", source: "", cue: "estimated"},
		{name: "she'd said", text: "She’d said 400 families were waiting.", num: "400", source: "She", cue: "said"},
		{name: "a name with an apostrophe stays whole", text: "O'Brien said 70 people were hurt.", num: "70", source: "O'Brien", cue: "said"},
	})
}

// A person's name followed by "of" and a place: the place is where the
// person is from, not part of the name, with or without a title ("Senator
// Bernie Sanders of Vermont", "Gov. John Kasich of Ohio", "Sen. Ted Cruz of
// Texas", PolNeAR train; "Jeb Bush of Florida said", ingest-dev); an
// organisation head before "of" keeps the name whole.
func TestPersonOfPlace(t *testing.T) {
	runKindCases(t, []kindCase{
		{"titled, state", "Senator Ann Moss of Ohio said 40 people died.", "40", "Ann Moss", kindPerson},
		{"abbreviated title", "Sen. Bernie Sanders of Vermont said 40 percent of voters agreed.", "40 percent", "Bernie Sanders", kindPerson},
		{"governor, two-word state", "Gov. Chris Christie of New Jersey said 300 jobs were added.", "300", "Chris Christie", kindPerson},
		{"no title", "Marco Rubio of Florida said 12 senators agreed.", "12", "Marco Rubio", kindPerson},
		{"country, told", "Mayor Lena Petrova of Bulgaria told reporters that 70 homes burned.", "70", "Lena Petrova", kindPerson},
		{"later surname", "Senator Ann Moss of Ohio spoke first. Moss said 40 people died.", "40", "Ann Moss", kindPerson},
		{"bank of a place", "The Bank of England said inflation would reach 4 percent.", "4 percent", "Bank of England", kindOrg},
		{"university of a place", "The University of Texas said 40 students left.", "40", "University of Texas", kindOrg},
		{"title of office", "Secretary of State Mike Pompeo said 40 diplomats left.", "40", "Mike Pompeo", kindPerson},
	})
}

// A group's name with a capitalised link that is also a headline word
// ("Mothers Against Drunk Driving", "Students For Life of America",
// PolNeAR train) is an organisation's name, not title case run into the
// text, nor a person "of" a place; a headline run into the text stays no
// source.
func TestGroupNameLinks(t *testing.T) {
	runKindCases(t, []kindCase{
		{"against, said", "Mothers Against Drunk Driving said 40 people died.", "40", "Mothers Against Drunk Driving", kindOrg},
		{"against, reported", "Mothers Against Drunk Driving reported 10,000 deaths last year.", "10,000", "Mothers Against Drunk Driving", kindOrg},
		{"against, estimated that", "Parents Against Vaping estimated that 2 million teens vape.", "2 million", "Parents Against Vaping", kindOrg},
		{"for, of a place", "Students For Life of America said 300 campuses joined.", "300", "Students For Life of America", kindOrg},
		{"for, after the verb", "About 900 members marched, Veterans For Peace said.", "900", "Veterans For Peace", kindOrg},
		{"headline, no group head", "Voters Sides With Clinton Against Trump said 40 percent of jobs were at risk.", "40 percent", "", ""},
		{"headline, group head, other word", "Nurses Slam Hospital Over Pay says 1,500 nurses quit.", "1,500", "", ""},
	})
}

// An organisation's name with a connector and an article inside
// ("Committee for a Responsible Federal Budget", "European Centre for a
// Modern Ukraine", "Campaign for an Independent and Neutral Switzerland",
// PolNeAR train; "Partnership for a New Generation of Vehicles", WCXB) is
// one name, also after a person "of" it.
func TestOrgNameArticle(t *testing.T) {
	runKindCases(t, []kindCase{
		{"for a, estimated", "The Committee for a Responsible Federal Budget estimated that 40 states lag.", "40", "Committee for a Responsible Federal Budget", kindOrg},
		{"for an", "The group Campaign for an Independent Switzerland said 40 percent agreed.", "40 percent", "Campaign for an Independent Switzerland", kindOrg},
		{"for a, centre", "The Centre for a Modern Ukraine reported 12 grants.", "12", "Centre for a Modern Ukraine", kindOrg},
		{"person of it", "Ed Lorenzen of the Committee for a Responsible Federal Budget said 40 states lag.", "40", "Ed Lorenzen", kindPerson},
		{"person of the", "Maria Lopez of Friends of the Earth said 40 trees fell.", "40", "Maria Lopez", kindPerson},
		{"no connector", "Barack Obama for a second time said 40 states lag.", "40", "Barack Obama", kindPerson},
	})
}

// A titled person "of" an organisation: the title marks the words before
// "of" as a person's name, the organisation is the affiliation ("Mr.
// Nevins of Showtime", "Mr. Morgan of the Sierra Club", "Mr. Burman of the
// Tax Policy Center", "Mayor Frank G. Jackson of Cleveland", PolNeAR
// train; "Rep. … of the Sierra Club", issue 16; fresh-1).
func TestTitledPersonOfOrganisation(t *testing.T) {
	runKindCases(t, []kindCase{
		{"office, two words, club", "Rep. Lena Moffitt of the Sierra Club said emissions fell 30 percent.", "30 percent", "Lena Moffitt", kindPerson},
		{"honorific, surname, company", "Mr. Nevins of Showtime said there are 80 makers of original programming.", "80", "Nevins", kindPerson},
		{"honorific, surname, centre", "Ms. Okafor of Amnesty International said 200 people were detained.", "200", "Okafor", kindPerson},
		{"office, middle initial, city", "Mayor Frank G. Jackson of Cleveland said police had trained for 18 months.", "18 months", "Frank G. Jackson", kindPerson},
		{"quote tail", "“We expect 300 guests,” said Mrs. Alvarez of the Hotel Association.", "300", "Alvarez", kindPerson},
		{"full name earlier", "Richard Peck runs the fund. Mr. Peck of SunTrust said 40 percent of loans were late.", "40 percent", "Richard Peck", kindPerson},
		{"an office stays an office", "The Secretary of State said 300 diplomats had left.", "300", "Secretary of State", kindPerson},
		{"a company named like a title", "General Motors of Canada said it would hire 1,500 workers.", "1,500", "General Motors of Canada", kindOrg},
	})
}

// A description of a company closing a sentence that named it, with
// nothing before the sentence to stand for: the name the sentence gave
// ("… 2,766 flying hours with EgyptAir, the airline said", PolNeAR; "Shares
// of Nvidia rose … after the company said", "Samsung Electronics expects …,
// the company said", fresh-1). A person or a place is no company.
func TestDescriptionOfSentenceName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"object, airline", "The co-pilot had logged 2,766 flying hours with EgyptAir, the airline said Thursday.", "2,766", "EgyptAir", kindOrg},
		{"subject, company, filing", "Samsung Electronics expects operating profit of 10.4 trillion won, the company said in a regulatory filing.", "10.4 trillion", "Samsung Electronics", kindOrg},
		{"shares of, after", "Shares of Nvidia rose 6 percent after the company said revenue would reach $28 billion.", "28 billion", "Nvidia", kindOrg},
		{"carmaker, past a place", "Toyota sold 2.3 million vehicles in the United States last year, the carmaker said.", "2.3 million", "Toyota", kindOrg},
		{"the company before its product", "Tesla's Model Y sold 1.2 million units last year, the company said.", "1.2 million", "Tesla", kindOrg},
		{"place only", "The plant in Detroit will shut in May with the loss of 300 jobs, the company said.", "300", "the company", kindOrg},
		{"person only", "Ann Lee joined in May, and the firm said 40 staff had left.", "40", "the firm", kindOrg},
	})
}

// A list of names is one source, whole: after "according to" up to the
// comma closing it, after "by" in a document's phrase, with an appositive
// before a base-form cue, and with a plural role before it (the people,
// their role). Forms: "Smith, Jones and Brown" (issue 16), "A report …
// by the National Academies of Sciences, Engineering and Medicine noted"
// (PolNeAR train), "Rice, Rhodes, Panetta and Petraeus were …" (PolNeAR),
// "Smith, Garcia and Chen, the study's authors, estimate" (fresh-1).
func TestNameLists(t *testing.T) {
	runKindCases(t, []kindCase{
		{"according to a list", "According to Smith, Jones and Brown, 60 percent of patients improved.", "60 percent", "Smith, Jones and Brown", kindOrg},
		{"according to, serial comma", "According to Okafor, Lindqvist, and Patel, 12 percent of the samples were tainted.", "12 percent", "Okafor, Lindqvist, and Patel", kindOrg},
		{"according to, a list subject after", "According to Reuters, Paris, London and Berlin each sent 300 officers.", "300", "Reuters", kindOrg},
		{"by, in a document's phrase", "A paper by Autor, Dorn and Hanson found that 2.4 million jobs were lost.", "2.4 million", "Autor, Dorn and Hanson", kindOrg},
		{"by, an organisation with commas", "A report released in September by the National Academies of Sciences, Engineering and Medicine found that 70 percent agree.", "70 percent", "National Academies of Sciences, Engineering and Medicine", kindOrg},
		{"appositive, base-form cue", "Smith, Garcia and Chen, the study's authors, estimate that 2.4 million workers could be affected.", "2.4 million", "Smith, Garcia and Chen", kindOrg},
		{"plural role before", "Economists Autor, Dorn and Hanson estimate that 2.4 million jobs were lost.", "2.4 million", "Autor, Dorn and Hanson", kindPerson},
		{"plural title before", "Senators Warren, Markey and Sanders wrote that prices rose 40 percent.", "40 percent", "Warren, Markey and Sanders", kindPerson},
	})
}

// An organisation named like a phrase or a person is an organisation: a
// group head before two capitalised words ("Families Fighting Flu", issue
// 16; "Moms Demand Action"), a newspaper's head word ("The Charlotte
// Observer found", "the Sun-Times reported", PolNeAR), a command
// ("according to the United States Special Operations Command", PolNeAR).
func TestOrganisationsNamedLikePeople(t *testing.T) {
	runKindCases(t, []kindCase{
		{"group head, verb, quote tail", "“We lost 180 children last season,” Families Fighting Flu said in a statement.", "180", "Families Fighting Flu", kindOrg},
		{"group head, verb, according to", "According to Families Fighting Flu, 180 children died last season.", "180", "Families Fighting Flu", kindOrg},
		{"group head, verb, said", "Moms Demand Action said 120 Americans are killed with guns every day.", "120", "Moms Demand Action", kindOrg},
		{"newspaper, found", "The Charlotte Observer found that 1 in 4 residents lived in distressed neighborhoods.", "1 in 4", "Charlotte Observer", kindOrg},
		{"newspaper, short form", "The Chicago Sun-Times reported the figures. Organizers added 160 guards, the Sun-Times reported.", "160", "Chicago Sun-Times", kindOrg},
		{"newspaper, chronicle", "The San Francisco Chronicle reported that 3,000 tents were cleared.", "3,000", "San Francisco Chronicle", kindOrg},
		{"command", "About 7,500 troops are overseas, according to the United States Special Operations Command.", "7,500", "United States Special Operations Command", kindOrg},
		{"a headline stays no source", "Voters Sides With Clinton Against Trump said 40 percent of jobs were at risk.", "40 percent", "", ""},
	})
}

// A name with a weekday in it, a place's name or a headline run into a
// name ("Hillary Clinton Sides With George W. Bush On", issue 16) is no
// person's, though a
// number after its comma reads like an age ("Super Tuesday, 12 states
// vote", "Massachusetts, 78, …"): a pronoun never resolves to it (PolNeAR
// train: "he" → "Super Tuesday", "Miami Tuesday", "Massachusetts").
func TestDayAndPlaceNamesAreNoPeople(t *testing.T) {
	runKindCases(t, []kindCase{
		{"weekday name", "Senator Ann Moss spoke in Ohio. On Super Tuesday, 12 states vote. She said 300 delegates were at stake.", "300", "Ann Moss", kindPerson},
		{"place run into a weekday", "Gov. Mark Hale flew to Miami Tuesday, 14 hours late. He said 1,237 delegates were needed.", "1,237", "Mark Hale", kindPerson},
		{"place", "Gov. Mark Hale spoke first. In Massachusetts, 78 towns voted. He said 40 percent backed him.", "40 percent", "Mark Hale", kindPerson},
		{"headline run into a name", "Senator Ann Moss spoke first.\n\nRelated:\n\nHillary Clinton Sides With George W. Bush On Iraq.\n\nShe said 300 delegates were at stake.", "300", "Ann Moss", kindPerson},
	})
}

// A description of one person, then their name in apposition, in a
// quote's tail: the name ("Another critic, Laurence H. Tribe," PolNeAR
// dev; "a neighbour, Tom Baker, who said", issue 16; fresh-1 probes).
func TestDescriptionThenNameInTail(t *testing.T) {
	runKindCases(t, []kindCase{
		{"tail, told", "“We have recovered 450 bodies so far,” the provincial police chief, Abdul Rahman, told reporters on Sunday.", "450", "Abdul Rahman", kindPerson},
		{"inverted tail", "'We picked up only 28 points this season,' said the manager, Sean Dyche.", "28 points", "Sean Dyche", kindPerson},
		{"neighbour", "“Crews saved 14 houses,” a neighbour, Joan Pike, said.", "14", "Joan Pike", kindPerson},
		{"subject before the verb", "Another critic, Laurence Tribe, said 40 states would sue.", "40", "Laurence Tribe", kindPerson},
		{"an organisation in apposition stays out", "“We found 30 cases,” the agency's lawyer, the Justice Department, said.", "30", "the agency's lawyer", kindPerson},
		// capitalised modifiers before the role (PolNeAR: "the White House
		// spokesman, Josh Earnest,", "the Vatican spokesman, Federico
		// Lombardi,"; quotes fresh-1: "the CBN governor, Olayemi Cardoso,")
		{"organisation before the role", "“Inflation at 29.9 per cent is unacceptable,” the CBN governor, Olayemi Cardoso, told journalists.", "29.9 per cent", "Olayemi Cardoso", kindPerson},
		{"place before the role", "\"We have arrested 187 people,\" the Nairobi regional police commander, Adamson Bungei, said.", "187", "Adamson Bungei", kindPerson},
		{"two-word name before the role", "'Trains were halted on 12 lines,' a Central Railway spokesperson, Shivaji Sutar, said.", "12", "Shivaji Sutar", kindPerson},
		{"name of an organisation with an initial", "''We expect 300 cases,'' said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown.", "300", "Andrew J. Pincus", kindPerson},
		{"a capitalised head stays a name", "“We cut 40 jobs,” the Acme Corporation, a rival, said.", "40", "Acme Corporation", kindOrg},
		// the role itself capitalised, last or tied to an organisation
		// (PolNeAR train: "The Podesta Group's CEO, Kimberley Fritts,
		// said"; quotes fresh-2: "The Commissioner for Health, Prof. Akin
		// Abayomi, said: …")
		{"capitalised role after a possessive", "The Podesta Group's CEO, Kimberley Fritts, said the firm had 40 clients.", "40", "Kimberley Fritts", kindPerson},
		{"capitalised role tied to a portfolio, colon lead-in", "The Commissioner for Health, Prof. Akin Abayomi, said: \"We have confirmed 326 cases.\"", "326", "Akin Abayomi", kindPerson},
		{"capitalised role alone, quote tail", "“We hired 8,000 nurses,” the Premier, Chris Minns, told 2GB radio.", "8,000", "Chris Minns", kindPerson},
		{"capitalised role of a company, inverted tail", "'Sales rose 4 per cent,' said the Chairman of Tesco, John Allan.", "4 per cent", "John Allan", kindPerson},
		// a name tied to its organisation in the appositive, in a quote's
		// tail as after a verb (PolNeAR train: "Another pollster, David
		// Woodard of Clemson University, said"; "One pastor …, Darran
		// Whiting of Liberty Baptist Church,")
		{"name of a university in apposition, quote tail", "\"About 40 percent are undecided,\" a Republican pollster, David Woodard of Clemson University, said.", "40 percent", "David Woodard", kindPerson},
		{"titled name at an institute in apposition, quote tail", "'Admissions rose to 620 in a week,' the report's lead author, Prof Mark Woolhouse at the Roslin Institute, said.", "620", "Mark Woolhouse", kindPerson},
		{"a capitalised organisation before a name stays the organisation", "The Ministry of Health, Kenya, said 40 cases were found.", "40", "Ministry of Health", kindOrg},
	})
}

// A name the tokenizer cuts at its apostrophe ("O" + "'Malley") is one
// name before a verb as in a quote's tail (PolNeAR: "Martin O'Malley
// said"; Irish names of fresh-2: O'Connor, O'Leary; "D’Souza").
func TestApostropheNamesBeforeVerb(t *testing.T) {
	runKindCases(t, []kindCase{
		{"straight apostrophe", "Martin O'Malley said 40 percent of voters were undecided.", "40 percent", "Martin O'Malley", kindPerson},
		{"curly apostrophe", "Dinesh D’Souza said the film cost $5 million.", "$5 million", "Dinesh D’Souza", kindPerson},
		{"role before, partial quote after", "Speaking after the match, Ireland captain Peter O'Mahony said the side had 'about 20 minutes of good rugby' in them.", "about 20", "Peter O'Mahony", kindPerson},
		{"appositive after", "Siobhan O'Neill, the county's chief medical officer, said 212 cases were confirmed.", "212", "Siobhan O'Neill", kindPerson},
	})
}

// A place closing a fronted adjunct is not a name with two appositives
// after it: the role and its name are the subject (PolNeAR: "In a
// statement to the Observer, her senior policy adviser, Jake Sullivan,
// said"; fresh-2: "Delivering judgment in …, Justice Inyang Ekwo of the
// Federal High Court in Abuja said").
func TestFrontedPlaceBeforeRoleAndName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"place and day", "Speaking to reporters in Lagos on Monday, the police spokesman, Benjamin Hundeyin, said 45 suspects were held.", "45", "Benjamin Hundeyin", kindPerson},
		{"capitalised role", "At a briefing in Abuja, the Minister of Information, Mohammed Idris, said the government had paid N500 billion in arrears.", "N500 billion", "Mohammed Idris", kindPerson},
		{"statement in a city", "In a statement in Nairobi, the police spokesman, Resila Onyango, said 45 suspects were held.", "45", "Resila Onyango", kindPerson},
		{"a name with two appositives stays the name", "Jeff Sanborn, president of Chapter & Verse, a Spokane design agency, said 30 staff were hired.", "30", "Jeff Sanborn", kindPerson},
	})
}

// Sports roles before a name are roles, not part of it ("former Indiana
// coach Bobby Knight", PolNeAR train; "Coach Ange Postecoglou", "Skipper
// Ben Stokes", fresh-1 probes).
func TestSportsRoles(t *testing.T) {
	runKindCases(t, []kindCase{
		{"coach, lower case", "Former Indiana coach Bobby Knight said 40 players had left.", "40", "Bobby Knight", kindPerson},
		{"coach, sentence start", "Coach Ange Postecoglou said the team conceded 14 goals.", "14", "Ange Postecoglou", kindPerson},
		{"coach, quote tail", "Coach Ange Postecoglou spoke after the match.\n\n“We conceded 14 goals in five games,” Postecoglou said.", "14", "Ange Postecoglou", kindPerson},
		{"skipper", "Skipper Ben Stokes said the side scored 500 runs.", "500", "Ben Stokes", kindPerson},
	})
}

// Forms of fresh-2 (written after the fresh-1 fixes): a role with its
// place or a possessive before the name in apposition, a name "at" an
// organisation, a subject with a prepositional phrase before a cue that
// doubles as a noun, a list after "by", "plans" tagged as a noun after a
// singular subject.
func TestFreshTwoForms(t *testing.T) {
	runKindCases(t, []kindCase{
		{"role in a place, name", "The police spokesman in Lagos, Benjamin Hundeyin, said 45 suspects had been arrested.", "45", "Benjamin Hundeyin", kindPerson},
		{"role in a place, name, Europe", "The health officer in Porto, Ana Sousa, said 12 wards were closed.", "12", "Ana Sousa", kindPerson},
		{"possessive description, name", "“We sold 80,000 seats,” said the federation’s president, Philippe Diallo.", "80,000", "Philippe Diallo", kindPerson},
		{"name at an organisation", "Prices rose 43 percent, Dana Rubinstein at POLITICO New York reports.", "43 percent", "Dana Rubinstein", kindPerson},
		{"people at an organisation, estimate", "Researchers at Johns Hopkins University estimate that 250,000 deaths a year result from errors.", "250,000", "Researchers at Johns Hopkins University", kindPerson},
		{"list after by", "A study by Ngubane, Dlamini and Botha found 35 percent of the dams were low.", "35 percent", "Ngubane, Dlamini and Botha", kindOrg},
		{"plans as a noun-tagged verb", "The government plans to build 30 million homes by 2029.", "30 million", "The government", kindOrg},
		{"plans, a noun", "The government plans to build 300 homes were dropped.", "300", "", ""},
	})
}

// A person described by a role an organisation owns ("Marco Villa, the
// company’s chief operating officer", "Guy Cecil, the group's chief
// strategist", PolNeAR) is a person, not the organisation.
func TestRoleOwnedByOrganisation(t *testing.T) {
	runKindCases(t, []kindCase{
		{"company's role, quote tail", "“The factory will employ 1,200 people,” said Priya Sharma, the company’s India head.", "1,200", "Priya Sharma", kindPerson},
		{"group's role, said", "Guy Cecil, the group's chief strategist, said 40 ads would run.", "40", "Guy Cecil", kindPerson},
		{"the organisation itself stays one", "Acme Foods, the company that makes the bars, said 300 workers were hired.", "300", "Acme Foods", kindOrg},
	})
}

// A number word opening a longer name makes it no fuller form of the name
// ("our One Home Depot strategic investments … Home Depot sees", ingest-dev).
func TestNumberWordIsNoFullerName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"program named with One", "Sales rose on our One Home Depot investments, the chief executive said. Looking ahead, Home Depot sees sales growth of 1.8 percent.", "1.8 percent", "Home Depot", ""},
		{"a count before a name", "Two Americans were hurt in the blast. Later, Americans said 40 more had been evacuated.", "40", "Americans", kindPerson},
	})
}

// Two lower-case particles inside a person's name keep it whole ("Oscar de
// la Renta", PolNeAR; "Ursula von der Leyen", ingest-dev).
func TestNameParticles(t *testing.T) {
	runKindCases(t, []kindCase{
		{"de la", "Oscar de la Renta said sales rose 40 percent.", "40 percent", "Oscar de la Renta", kindPerson},
		{"von der", "Ursula von der Leyen said the fund would reach 750 billion euros.", "750 billion", "Ursula von der Leyen", kindPerson},
		{"van der, told", "Lena van der List told reporters that 300 birds were counted.", "300", "Lena van der List", kindPerson},
		{"one particle still joins", "Ana de Souza said 12 schools closed.", "12", "Ana de Souza", kindPerson},
	})
}

// Organisations named like people (issue 16, the fresh sets): a name that
// speaks ("X said") with no organisation word was read as a person's. The
// lexicon's organisation tables (lexicon.OrgName) make these
// organisations: a head word (Relief, Corps, Aid, Rights), a core pair
// ("Red Cross", "World Vision") and a link word inside ("Save the
// Children"); surnames and people's names stay people's.
func TestOrganisationNamesLikePeople(t *testing.T) {
	runKindCases(t, []kindCase{
		{"core pair with a country", "The Philippine Red Cross said 12,000 people had been served hot meals.", "12,000", "Philippine Red Cross", kindOrg},
		{"core pair, told", "Some 15 people died in the floods, the Kenya Red Cross told reporters.", "15", "Kenya Red Cross", kindOrg},
		{"core pair, two words", "World Vision said 800 families had received cash transfers.", "800", "World Vision", kindOrg},
		{"link word the", "Save the Children said 2 million children were out of school.", "2 million", "Save the Children", kindOrg},
		{"link word the, verb tag", "Save the Children estimates that 4 million children are out of work.", "4 million", "Save the Children", kindOrg},
		{"link word for", "Hillary for America raised $28 million in June, Hillary for America reported.", "28 million", "Hillary for America", kindOrg},
		{"head Relief", "Islamic Relief said 6,000 food parcels had been handed out.", "6,000", "Islamic Relief", kindOrg},
		{"head Corps", "Mercy Corps estimates that 1.2 million people need aid.", "1.2 million", "Mercy Corps", kindOrg},
		{"head Aid", "Christian Aid said 45 partner groups had been affected.", "45", "Christian Aid", kindOrg},
		{"head Rights after the verb", "At least 120 protesters were killed, said Human Rights Watch.", "120", "Human Rights Watch", kindOrg},
		// a surname alone is no core pair; a particle is no link
		{"surname Cross", "Richard Cross said 40 jobs would go.", "40", "Richard Cross", kindPerson},
		{"particles", "Ursula von der Leyen said 300 billion euros would be spent.", "300 billion euros", "Ursula von der Leyen", kindPerson},
		{"role of a core-pair organisation", "Philippine Red Cross chairman Richard Gordon said 500 volunteers were deployed.", "500", "Richard Gordon", kindPerson},
	})
}

// ", the company said" after a place is the sentence's speech tail, not an
// appositive describing the place (fresh-3: "in China, the company said",
// "in Arizona, the company said on Tuesday"): the place gets no vote as an
// organisation, and the description resolves to the company named first
// or stays itself; a company's name before the tail keeps its vote.
func TestPlaceBeforeSpeechTail(t *testing.T) {
	runKindCases(t, []kindCase{
		{"company named first", "TSMC will invest $40 billion in a new plant in Arizona, the company said on Tuesday.", "$40 billion", "TSMC", kindOrg},
		{"description first", "The carmaker sold 1.8 million vehicles in China, the company said.", "1.8 million", "the company", kindOrg},
		{"across, the group", "Oxfam handed out 30,000 food parcels across Somalia, the group said.", "30,000", "Oxfam", kindOrg},
		{"in, the bank reported (the company before, not the place)", "Barclays cut 450 jobs in Scotland, the bank reported.", "450", "Barclays", kindOrg},
		{"no place: the name is the company", "Passengers waited up to 30 hours on flights with EgyptAir, the airline said.", "30", "EgyptAir", kindOrg},
	})
}

// fresh-4's and fresh-5's misses (testdata/attribution/README.md): a
// verb-tagged word of an organisation's name closing a sentence ("…,
// Save/VBP the Children said"), a club named before "the club said", "the
// oil giant", an organisation noun tagged as a verb in a releaser's name.
func TestFresh4Forms(t *testing.T) {
	runKindCases(t, []kindCase{
		{"closing name with the", "More than 400,000 children in Tanzania need help after the floods, Save the Children said.", "400,000", "Save the Children", kindOrg},
		{"closing name with the, another", "Some 30,000 families received food parcels in Yemen this month, Feed the Children said.", "30,000", "Feed the Children", kindOrg},
		{"a month before the is no name", "In January the European Commission said 40 percent of the funds were spent.", "40 percent", "European Commission", kindOrg},
		{"the club", "Arsenal posted revenue of 465 million pounds for the season, the club said in its annual accounts.", "465 million pounds", "Arsenal", kindOrg},
		{"the club, a place between", "Celtic sold 52,000 season tickets in Glasgow, the club said.", "52,000", "Celtic", kindOrg},
		// fresh-5, PolNeAR train and ingest-dev ("the search giant", "The
		// online retail giant")
		{"the oil giant", "Saudi Aramco posted a net profit of $121 billion in 2023, the oil giant said on Sunday.", "$121 billion", "Saudi Aramco", kindOrg},
		{"the tech giant, next sentence", "Samsung Electronics unveiled three new phones. The tech giant expects to sell 60 million of them this year.", "60 million", "Samsung Electronics", kindOrg},
		{"organisation noun tagged as a verb", "Mexico's economy grew 3.2 percent in 2023. The data were released by the national statistics institute INEGI on Friday.", "3.2 percent", "INEGI", kindOrg},
	})
}

// A partial quote after an agentless passive hedge inside reported speech
// takes the reporter, as the same sentence without the marks does
// (passive-no-agent names no one): quotes fresh-1 "Das said inflation was
// expected to ease to "around 4.5 per cent"".
func TestPartialQuoteAfterPassiveHedge(t *testing.T) {
	runKindCases(t, []kindCase{
		{"expected, straight marks", "Governor Shaktikanta Das said inflation was expected to ease to \"around 4.5 per cent\" next year.", "4.5 per cent", "Shaktikanta Das", kindPerson},
		{"believed, curly marks", "The minister said the fund is believed to hold “about $40 billion” in assets.", "$40 billion", "The minister", kindPerson},
		{"no outer cue: none", "Prices are thought to have risen “by 12 per cent” last year.", "12 per cent", "", ""},
	})
}

// A capitalised qualifier opening a quote is no organisation for a
// description in the quote's tail, as it is none opening a sentence
// ("About 300 families …"): sentenceOrgBefore skips the opening mark.
func TestQuoteOpeningWordIsNoOrganisation(t *testing.T) {
	runKindCases(t, []kindCase{
		{"about", "\"About 2,300 employees will leave us,\" the company said in a statement.", "2,300", "the company", kindOrg},
		{"nearly, curly marks", "“Nearly 40 per cent of our stores will close,” the retailer said.", "40 per cent", "the retailer", kindOrg},
		{"a name opening the quote still counts", "\"Shopify will cut 2,300 jobs,\" the company said.", "2,300", "Shopify", kindOrg},
	})
}

// A "he"/"she" speaker whose antecedent's given name is outside the
// English given-name list (news of other countries) resolves to the
// nearest name that can be a person's (unknownPersonBefore); an
// organisation's name written like a person's does not ("Health Canada":
// "health" is written in lower case in the article; "Canada" a place).
func TestPronounToUnlistedGivenName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"Nigerian name, she", "Ngozi Okonjo-Iweala runs the agency.\n\n\"We pay 1,000 workers,\" she said.", "1,000", "Ngozi Okonjo-Iweala", kindPerson},
		{"Indian name, he, a paragraph between", "Rajesh Kumar has farmed the land since 1990.\n\nThe drought is the worst in decades.\n\n“We lost 40 per cent of the crop,” he said.", "40 per cent", "Rajesh Kumar", kindPerson},
		{"an organisation's name is no one", "Statistics Canada published the figures. The health agency agreed.\n\n\"We counted 3,000 cases,\" she said.", "3,000", "she", kindPerson},
		{"too far back", "Wanjiru Kamau opened the shop.\n\nOne.\n\nTwo.\n\nThree.\n\n\"We sold 500 bags,\" she said.", "500", "she", kindPerson},
	})
}

// "she" after a man's quote resolves to the woman named since, when the
// man's given name is a listed male name ("Nate" — Nate Silver, Nate Cohn
// in PolNeAR; a WCXB consumer story of web-dev-1): an unlisted man's name
// would be taken for anyone's.
func TestPronounPastListedMaleName(t *testing.T) {
	runKindCases(t, []kindCase{
		{"Nate, then a woman asked", "Nate Wheatley said, \"They got me for about $8,000.\"\n\nAnd when asked how much Andrea Elliot was upcharged, \"Oh, we paid 18,000,\" she said.", "18,000", "Andrea Elliot", kindPerson},
		{"Nate, then a woman in the sentence before", "Nate Cohn said turnout was high.\n\nMaria Lopez runs the clinic. \"We saw 300 patients,\" she said.", "300", "Maria Lopez", kindPerson},
	})
}
