package attrib

import "testing"

// A possessive cue noun inside another speaker's content gives way to the
// outer speaker, as an attitude or a modal cue there does (pick): "David
// Harris told the meeting that adult social care now took up 42% of the
// council's net budget of £737m" is Harris's figure (web-dev-5), as "he
// said of the German leader's plan to accept as many as 800,000" is the
// speaker's (PolNeAR train's gold). Alone, the possessive names its owner.
func TestNestedPossessiveCue(t *testing.T) {
	cases := []sourceNameCase{
		{"budget inside told that", "Cabinet member David Harris told the meeting that social care took up 42% of the council's net budget of £737m.", "£737m", "David Harris"},
		{"plan inside said that", "Senator Ann Lee said that the governor's plan would cut 3,000 jobs.", "3,000", "Ann Lee"},
		{"forecast inside says", "Economist Raj Patel says the bank's forecast of 2.5% growth is too high.", "2.5%", "Raj Patel"},
		// the possessive alone is its owner's
		{"plan alone", "Governor Ann Lee's plan would cap rents at 3 percent.", "3 percent", "Ann Lee"},
		{"forecast alone", "The Reserve Bank raised its forecast to 2.5% on Tuesday.", "2.5%", "Reserve Bank"},
	}
	runSourceNames(t, cases)
}
