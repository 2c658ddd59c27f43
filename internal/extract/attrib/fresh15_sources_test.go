package attrib

import "testing"

// The forms fresh-15's first run missed (testdata/attribution/README.md),
// each with a second source named in the rule's comment.

// A nested report with a time between the outer report verb and its
// "that" keeps the outer reporter (cutReportTime): "The Irish Times
// reported on Saturday that the Health Service Executive had found 312
// patients" (fresh-15), PolNeAR train "… reported Tuesday that …".
func TestReportTimeBeforeThat(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "reported on a weekday that", text: "The Irish Times reported on Saturday that the Health Service Executive had found 312 patients waiting on trolleys.", num: "312", source: "Irish Times", cue: "reported"},
		{name: "bare weekday", text: "The Hindu reported Tuesday that the state audit office found 1,200 fake bills.", num: "1,200", source: "Hindu", cue: "reported"},
		{name: "last week", text: "Kompas reported last week that the Finance Ministry had estimated losses of 4 trillion rupiah.", num: "4 trillion rupiah", source: "Kompas", cue: "reported"},
		{name: "earlier this month", text: "The Daily Maverick reported earlier this month that investigators had found R300 million in unpaid invoices.", num: "R300 million", source: "Daily Maverick", cue: "reported"},
		// negatives: words that are no time keep the inner source
		{name: "an adverb phrase that is no time", text: "The minister said in Parliament that the auditors had found 40 ghost schools.", num: "40", source: "the auditors", cue: "found"},
	})
}

// An aside opened by "citing" between commas is where the source got its
// figures: a cue word inside it, and "citing" itself, is no cue when a cue
// verb of the sentence stands outside it (cue step citing-aside); a
// report verb before the aside takes the "that" clause after it
// (citingAsideEnd). fresh-15; PolNeAR train "The Journal, citing internal
// documents, reported that …", PolNeAR dev "Salceda, citing data from the
// U.S. State Department, said that …".
func TestCitingAside(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "forecasts read as a verb in the aside", text: "The Institute for Fiscal Studies, citing Treasury forecasts, said public debt would reach 98% of national income.", num: "98%", source: "Institute for Fiscal Studies", cue: "said"},
		{name: "estimates in the aside", text: "The union, citing company estimates, said 1,500 jobs would go.", num: "1,500", source: "The union", cue: "said"},
		{name: "report verb, aside, that", text: "Le Monde reported, citing a confidential note from the prosecutor, that €48 million had passed through the accounts.", num: "€48 million", source: "Le Monde", cue: "reported"},
		{name: "aside before an attitude", text: "Bloomberg News reported, citing people familiar with the matter, that Aramco planned to raise $12 billion.", num: "$12 billion", source: "Bloomberg News", cue: "reported"},
		{name: "quoting", text: "The newspaper, quoting police reports, said 14 people were arrested.", num: "14", source: "The newspaper", cue: "said"},
		// negatives: a citing clause closing the sentence stays as it was
		{name: "closing citing", text: "Aramco will raise $12 billion, Bloomberg reported, citing people familiar with the matter.", num: "$12 billion", source: "Bloomberg", cue: "reported"},
	})
}

// A public body's name whose remits are listed with commas is one name
// (rule comma-listed-name, acronyms.go listName), wherever the article
// names it: fresh-15 "Vietnam's Ministry of Labour, Invalids and Social
// Affairs said", "Figures from the Department for Environment, Food and
// Rural Affairs (Defra) show"; PolNeAR train "the House of
// Representatives Committee on Science, Space and Technology".
func TestCommaListedNames(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "after a possessive", text: "Vietnam's Ministry of Labour, Invalids and Social Affairs said 265,000 workers had lost their jobs.", num: "265,000", source: "Vietnam's Ministry of Labour, Invalids and Social Affairs", cue: "said"},
		{name: "figures from, acronym not spelled by capitals", text: "Figures from the Department for Environment, Food and Rural Affairs (Defra) show that 44.6% of household waste was recycled.", num: "44.6%", source: "Department for Environment, Food and Rural Affairs", cue: "show"},
		{name: "according to, cut at the comma", text: "According to the Ministry of Health, Labour and Welfare, 1,200 hospitals were short of staff.", num: "1,200", source: "Ministry of Health, Labour and Welfare", cue: "According to"},
		{name: "three remits", text: "A spokesman for the Committee on Science, Space and Technology said 40 staff had left.", num: "40", source: "Committee on Science, Space and Technology", cue: "said"},
		// negatives: a person after a minister's comma; a coordination
		// of people after a body is no remit
		{name: "minister, person", text: "The Minister for Housing, Darragh O'Brien, said 4,000 homes were built.", num: "4,000", source: "Darragh O'Brien", cue: "said"},
		{name: "people after a body", text: "The Ministry of Health has new leaders. Its officials met the Ministry of Health, Mary Jones and Peter Smith. Peter Smith said 300 clinics had closed.", num: "300", source: "Peter Smith", cue: "said"},
	})
}

// A submission is a document: its owner, not its addressee, is the
// source (lexicon.DocNouns; recipientSubject): fresh-15 "The Royal
// College of Nursing's submission to the NHS Pay Review Body says",
// PolNeAR dev "Her submission to the court noted …".
func TestSubmissionOwner(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "possessor's submission to a body", text: "The RCN's submission to the NHS Pay Review Body says nurses' pay has fallen by 20% since 2010.", num: "20%", source: "RCN", cue: "says"},
		{name: "submission with a regulator", text: "Telstra's submission with the regulator shows 1.2 million customers on legacy plans.", num: "1.2 million", source: "Telstra", cue: "shows"},
		{name: "pronoun's submission to a court", text: "Her submission to the court noted that 40 people had complained.", num: "40", source: "Her submission", cue: "noted"},
	})
}

// A company's abbreviated suffix keeps its full stop before a small word
// (text.joinTitleStops, lexicon.OrgAbbrevs): fresh-15 "Jollibee Foods
// Corp. said", fresh-13 "Canada Mortgage and Housing Corp. released",
// PolNeAR train "… Technologies Corp. relocated".
func TestCompanySuffixStop(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "Corp. said", text: "Jollibee Foods Corp. said in a disclosure to the Philippine Stock Exchange that its net income rose 21 percent.", num: "21 percent", source: "Jollibee Foods Corp", cue: "said"},
		{name: "Co. reported", text: "Tata Steel Co. reported a 12 percent rise in output.", num: "12 percent", source: "Tata Steel Co", cue: "reported"},
		{name: "Ltd. estimates", text: "Fortescue Metals Group Ltd. estimates shipments of 190 million tonnes.", num: "190 million tonnes", source: "Fortescue Metals Group Ltd", cue: "estimates"},
	})
}

// A role with a "for" complement naming a body or place, then the
// person's name in apposition: the person is the source, the role and
// what it is for describe them (rule role-for-then-name,
// roleComplementHead; a compound role or an owner before it ties as the
// role does, tiedName): fresh-15 "The spokesperson for the Lagos State
// Police Command, Benjamin Hundeyin, said", PolNeAR train "An attorney for
// Pagliano, Mark MacDougall, stressed that …", "his future secretary of
// State, John Foster Dulles,".
func TestRoleForThenName(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "spokesperson for a command", text: "The spokesperson for the Lagos State Police Command, Benjamin Hundeyin, said 57 suspects had been arrested.", num: "57", source: "Benjamin Hundeyin", cue: "said"},
		{name: "attorney for a person", text: "An attorney for Pagliano, Mark MacDougall, said his client had paid $40,000.", num: "$40,000", source: "Mark MacDougall", cue: "said"},
		{name: "director for a region, owner before", text: "The World Health Organization's regional director for Africa, Matshidiso Moeti, said 1,200 cases had been confirmed.", num: "1,200", source: "Matshidiso Moeti", cue: "said"},
		{name: "compound role", text: "The campaign manager for Clinton, Robby Mook, said 40 staff were hired.", num: "40 staff", source: "Robby Mook", cue: "said"},
		{name: "owner and compound role", text: "The company's managing director for Kenya, Peter Ndegwa, said sales rose 12 percent.", num: "12 percent", source: "Peter Ndegwa", cue: "said"},
		{name: "minister for a region", text: "The minister for Europe, Stephen Doughty, said 1,200 visas had been issued.", num: "1,200", source: "Stephen Doughty", cue: "said"},
		// negatives: no name in apposition keeps the body; a clause after
		// the body is no name
		{name: "spokesman for a company, no name", text: "A spokesman for Kenya Power said 2,300 transformers had been vandalised.", num: "2,300", source: "A spokesman for Kenya Power", cue: "said"},
		{name: "spokesman for a company, relative clause", text: "A spokesman for Kenya Power, which serves 9 million customers, said 2,300 transformers had been vandalised.", num: "2,300", source: "Kenya Power", cue: "said"},
	})
}
