package attrib

import "testing"

// lead-in/from-name and lead-in/we: a paragraph "From X:" or "From X on
// …:" gives X the next paragraph and the list points after it, and a
// first-person plural there is X (web-dev-9's Goldman note; PolNeAR
// train's "From Bloomberg:" block).
func TestFromLeadIn(t *testing.T) {
	cases := []sourceNameCase{
		{"from a bank on a decision", "From Goldman on the FOMC announcement:\n1. The Fed kept the rate at 25bp, contrary to our expectations of a cut.", "25bp", "Goldman"},
		{"second point of the list", "From Goldman on the FOMC announcement:\n1. The Fed kept the rate.\n2. A large portion, 29%, will go to the long end.", "29%", "Goldman"},
		{"we in the note", "From Morgan Stanley on the budget:\nAs we had expected, the government set aside $400bn for defence.", "$400bn", "Morgan Stanley"},
		{"a publication's block", "From Bloomberg:\nThe campaign has less than $1.3 million cash on hand.", "$1.3 million", "Bloomberg"},
		// no lead-in: a time span, a sentence going on, a paragraph after a prose one
		{"from a month", "From January to March:\nSales rose 12%.", "12%", ""},
		{"lead-in not alone", "Sales fell. From Goldman:\nProfits rose 4%.", "4%", ""},
		{"not a list after prose", "From Goldman on the decision:\nThe Fed kept the rate.\n\nThe dollar fell 2%.", "2%", ""},
	}
	runSourceNames(t, cases)
}
