package attrib

import "testing"

// object-relative on an amount the subject expected or forecast: the
// amount may carry its unit in one token ("the 3.6% analysts had
// expected": no count of analysts), a qualifier ("the about 5 trillion
// won analysts had expected") and a unit word the tagger reads as a verb
// ("won"); articles-dev-1's house prices and articles-dev-2's chip profit.
func TestObjectRelativeAmounts(t *testing.T) {
	cases := []sourceNameCase{
		{"percent in one token", "That was slower than the 3.9% recorded in January, and below the 3.6% analysts had expected.", "3.6%", "analysts"},
		{"qualifier and won", "The division posted a profit of 3.86 trillion won, below the about 5 trillion won analysts had expected.", "5 trillion", "analysts"},
		{"nearly and dollars", "Sales reached $5 billion, short of the nearly $6 billion economists had forecast.", "$6 billion", "economists"},
		{"plain amount, as before", "Sales reached $5 billion, short of the $6 billion analysts had forecast.", "$6 billion", "analysts"},
		// a count of people before their verb is no object relative
		{"count of voters", "Six in 10 voters said they backed the plan.", "Six in 10", ""},
		// a figure the article states stays its own
		{"no relative", "Revenue rose to 3.86 trillion won in the quarter.", "3.86 trillion", ""},
	}
	runSourceNames(t, cases)
}
