package attrib

import "testing"

// TestClauseCueAdverbialClause: a cue verb that needs a reported clause
// ("add", "insist", "argue": lexicon.CueClass "clause") has none when its
// object is followed by an adverbial clause ("as", "because", "while",
// "although", "until" + subject + verb): the numbers there are the
// article's (ingest-dev-3 "Clifton added a goal as the Bruins beat the
// Devils for the eighth time in nine meetings", found by TestSourceRulePrecision).
// A clause without "that" after the verb keeps its speaker.
func TestClauseCueAdverbialClause(t *testing.T) {
	cases := []sourceNameCase{
		{"added a goal as", "Connor Clifton added a goal as the Bruins beat the Devils for the eighth time in nine meetings.", "nine", ""},
		{"added a try because", "Smith added a late try because the defence had 14 men on the field.", "14", ""},
		{"added a basket while", "Jones added a basket while the Hawks missed 12 free throws.", "12", ""},
		{"added a wicket although", "Khan added a wicket although Australia still reached 300 runs.", "300 runs", ""},
		// a reported clause without "that" is still one
		{"claims a clause without that", "Jones claims his net worth is 10 billion dollars.", "10 billion dollars", "Jones"},
		{"argued the cost was", "The minister argued the cost of the scheme was 40 million euros.", "40 million euros", "The minister"},
		{"added that", "Smith added that the club had sold 12,000 tickets.", "12,000", "Smith"},
	}
	runSourceNames(t, cases)
}
