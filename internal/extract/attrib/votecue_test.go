package attrib

import "testing"

// TestVotePosition: a vote reports a figure only as the position it takes
// ("voted for", "voted against", past a tally); a vote to do something or
// on an amount is the article's report of a decision (votecue.go).
func TestVotePosition(t *testing.T) {
	cases := []sourceNameCase{
		// decisions: the article reports them
		{"voted to borrow", "City councillors on Tuesday voted to borrow Sh45 billion to rebuild the market.", "Sh45 billion", ""},
		{"voted an amount", "The Senate also voted $5.2 billion to finance the programs.", "$5.2 billion", ""},
		{"voted to cut", "The board of governors voted to cut 300 jobs over two years.", "300", ""},
		{"a tally then to", "The court voted 5 to 4 to stall the $20 million plan.", "$20 million", ""},
		{"an aside after the position", "Councillors voted 48 to 31 for the budget at a full meeting, after a debate lasting more than five hours.", "more than five hours", ""},
		// positions: the voters' support
		{"voted for a bill", "The senator voted for a $1.1 trillion spending bill.", "$1.1 trillion", "The senator"},
		{"a tally then for", "The board voted 6-1 for the $40 million plan.", "$40 million", "The board"},
		{"voted against", "The union voted against the 12 percent pay rise.", "12 percent", "The union"},
	}
	runSourceNames(t, cases)
}
