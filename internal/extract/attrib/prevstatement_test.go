package attrib

import "testing"

// previous-statement: a sentence with no cue of its own that reports a
// change from an earlier reading, right after a sentence closing on an
// organisation's (or officials') "said" in the same paragraph, reports
// that statement (web-dev-6 coffee, log, manganese and property releases;
// articles-dev-3's diamond output). A person's closing "said", a sentence
// without a change "from" a figure, one with its own cue, or one in the
// next paragraph stays as it was.
func TestPreviousStatementForms(t *testing.T) {
	cases := []sourceNameCase{
		{"institute, up from", "Export earnings rose to $1.7 billion, the Honduran Coffee Institute said. Growers received an average of 9,800 lempiras per quintal, up from 6,200 lempiras the previous season.", "6,200 lempiras", "Honduran Coffee Institute"},
		{"bank, rose to … from", "Logs made up 62 percent of exports, the Central Bank of Solomon Islands said. The average export price rose to US$165 per cubic metre from US$148.", "US$148", "Central Bank of Solomon Islands"},
		{"ministry, rose … from", "Comilog shipped 7.5 million tonnes, the Ministry of Mines said. Royalties paid to the state rose to 148 billion CFA francs from 121 billion.", "148 billion", "Ministry of Mines"},
		{"officials, fell from", "The outbreak has slowed, health officials said. Weekly cases fell to 40 from 95.", "40", "health officials"},
		{"company in a statement", "Revenue fell to P14.6 billion, Debswana Diamond Company said in a statement. Output dropped to 8.1 million carats from 12.1 million.", "8.1 million", "Debswana Diamond Company"},
		// no change from a reading: the reporter's background
		{"pegged currency", "Prices rose 40 percent, the National Cocoa Board said. The local currency is pegged to the euro at 655.957 francs.", "655.957", ""},
		{"a target set by another", "Growth reached 7.85%, the General Statistics Office said. The National Assembly has set a target of 8% for the full year.", "8%", ""},
		// a person's statement does not run on
		{"person said", "Sales were strong, Maria Lopez said. Prices rose to $40 from $35 in a year.", "$40", ""},
		{"he said", "Smith praised the staff. Sales were strong, he said. Prices rose to $40 from $35 in a year.", "$40", ""},
		// a new paragraph, or a cue of its own
		{"next paragraph", "Exports rose, the central bank said.\n\nPrices rose to $40 from $35 in a year.", "$40", ""},
		{"own cue", "Exports rose, the central bank said. Prices rose to $40 from $35, according to traders.", "$40", "traders"},
		// a quotation after the statement is its speaker's
		{"quotation next", "Exports rose, the central bank said. \"Prices rose to $40 from $35,\" Lopez said.", "$40", "Lopez"},
	}
	runSourceNames(t, cases)
}
