package attrib

import "testing"

// The source forms of whole articles that articles-dev-1's first run
// missed (testdata/claims/README.md), each with a second source named in
// the rule's comment.

// A document owned by a possessive pronoun ("X said in its report",
// "according to its financial statements") is its owner's: a later "the
// report", "the brief", "the statements" resolves to the organisation the
// pronoun stands for (document-author, pronounDocOwner). articles-dev-1;
// web-dev-4 "the NDRRMC said in its latest report", fresh sets "the NDMA
// said in its daily situation report", "the General Authority for
// Statistics said in its quarterly bulletin". An audit, a brief and a
// bulletin are reports (sameDocument).
func TestPronounOwnedDocument(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "said in its report, the report put", text: "The Kenya National Examinations Council (KNEC) released the results. The council said in its report on the exam that 2,315 results were withheld.\n\nThe report put the number of centres under investigation at 68.", num: "68", source: "Kenya National Examinations Council", cue: "put"},
		{name: "its brief, the brief showed", text: "Victims lost S$1.1 billion, the Singapore Police Force said on Sunday in its annual scam brief. The median loss was S$1,389, the brief showed.", num: "S$1,389", source: "Singapore Police Force", cue: "showed"},
		{name: "its statements, a company of unknown kind", text: "Dangote Cement Plc has reported a profit of N520.4 billion, according to its unaudited financial statements. The statements show revenue rose 49.6 per cent.", num: "49.6 per cent", source: "Dangote Cement Plc", cue: "show"},
		{name: "their survey, the survey found", text: "The Federation of Small Businesses said in their quarterly survey that orders fell. The survey found 41 per cent of members had cut staff.", num: "41 per cent", source: "Federation of Small Businesses", cue: "found"},
		{name: "an audit is a report", text: "The council published its audit on Monday. The report found 1,200 homes lack heating.", num: "1,200", source: "The council", cue: "found"},
		// negatives: a document with a name of its own, or no owner, stays
		{name: "no owner before", text: "Prices rose sharply last year. The report found 1,200 homes lack heating.", num: "1,200", source: "The report", cue: "found"},
	})
}

// A dateline in capitals opening the first body paragraph under a
// headline and standfirst ("MONTERREY — Cemex …", "CAIRO — …") is a place:
// no name the company or the agency could stand for, and no part of the
// sentence's subject (rule dateline-no-name: paragraphDateline,
// tokenDatelineEnd). articles-dev-1 (Mexico, Egypt, Canada, Germany,
// Philippines, Singapore datelines); fresh-15 "KUALA LUMPUR:", "PORT
// LOUIS —" (dateline-no-party, at the text's start).
func TestParagraphDateline(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "dash dateline under a headline", text: "Cemex profit falls\n\nMONTERREY — Cemex, Mexico's largest cement maker, said on Thursday that its net income fell 24%.\n\nConsolidated sales were $4.1 billion, down 5% from a year earlier, the company said.", num: "$4.1 billion", source: "Cemex", cue: "said"},
		{name: "two-word dateline with a colon", text: "RBI holds rates\n\nNEW DELHI: The Reserve Bank of India kept its repo rate unchanged on Friday.\n\nReserves stood at $650 billion, the bank said.", num: "$650 billion", source: "Reserve Bank of India", cue: "said"},
		{name: "dateline, agency", text: "Egypt tourism\n\nCAIRO — The Central Bank of Egypt published the data on Sunday.\n\nReceipts fell to $3.6 billion, the bank said.", num: "$3.6 billion", source: "Central Bank of Egypt", cue: "said"},
	})
}

// A place's epithet after a name makes it an organisation when an
// organisation noun heads it: "Cemex, Mexico's largest cement maker,"
// (orgApposAfter; articles-dev-1), "Safaricom, Kenya's biggest telecoms
// operator" style of web-dev-3 ("Australia's largest telecommunications
// company", coref placeEpithet): "the company" after it is that name.
func TestPlaceEpithetAppositive(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "largest cement maker", text: "Cemex, Mexico's largest cement maker, said its profit fell.\n\nVolumes fell 8%, the company said.", num: "8%", source: "Cemex", cue: "said"},
		{name: "biggest lender", text: "Maybank, Malaysia's biggest lender, reported results on Thursday.\n\nLoans grew 6.1%, the company said.", num: "6.1%", source: "Maybank", cue: "said"},
	})
}
