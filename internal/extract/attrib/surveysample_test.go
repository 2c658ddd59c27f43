package attrib

import "testing"

// TestSurveySample: the size of a survey's sample describes the survey,
// not what it found, whichever cue names the survey: "in a survey of 14
// economists" (rule in-survey; articles-dev-1's "the 1.7-percent median
// forecast in a survey of 14 economists", found by TestSourceRulePrecision)
// as "according to a survey of 2,000 adults" and a survey subject ("A
// survey of 1,200 households found …") already read it; the findings keep
// the survey.
func TestSurveySample(t *testing.T) {
	cases := []sourceNameCase{
		{"in a survey of, mid-sentence", "The figure was below the median forecast in a survey of 14 economists and within the central bank's range.", "14", ""},
		{"in a poll of, opening", "In a poll of 1,000 likely voters, Clinton led by 6 points.", "1,000", ""},
		{"in a poll of, the finding", "In a poll of 1,000 likely voters, Clinton led by 6 points.", "6 points", "a poll"},
		{"in a survey among, qualified", "In a survey among more than 500 firms, 38 percent planned to hire.", "more than 500", ""},
		{"in a survey among, the finding", "In a survey among more than 500 firms, 38 percent planned to hire.", "38 percent", "a survey"},
		{"according to a survey of", "Prices rose 5 percent, according to a survey of 2,000 adults.", "2,000", ""},
		{"a survey of as subject", "A survey of 1,200 households found debts rising.", "1,200", ""},
	}
	runSourceNames(t, cases)
}
