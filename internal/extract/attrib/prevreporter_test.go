package attrib

import "testing"

// Rule previous-reporter-org (prevreporter.go): an "it" or a trade
// description that nothing nearer resolves stands for the organisation
// that last reported, not for one it spoke of (web-dev-8's Indian forecast:
// "economists at Goldman Sachs said" … "it said, adding … from the RBI" …
// "the brokerage said"; web-dev-4's grid operator, web-dev-6's weather
// agency moved the same way). Varied wording; a person reporting in
// between, or nobody before, leaves the older behaviour.
func TestPreviousReporterOrg(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "it after an object org", text: "Growth will slow sharply, economists at Nomura Holdings said on Monday.\n\n\"Policy support has been timid,\" it said, adding that it hopes for more help from the RBI and the government.\n\n\"The deficit will widen by only 0.1 per cent,\" it said.", num: "0.1 per cent", source: "Nomura Holdings", mention: "it", cue: "said"},
		{name: "the brokerage", text: "Indian growth may fall to 2 per cent, analysts at Barclays Capital said.\n\nMany analysts have cut forecasts since March, citing the Reserve Bank of India.\n\nConsumption, which makes up 60 per cent of output, will be hit hardest, the brokerage said.", num: "60 per cent", source: "Barclays Capital", mention: "the brokerage", cue: "said"},
		// negatives: the subject before still wins; a named body in the
		// sentence before stays
		{name: "subject before", text: "Fitch Ratings said prices would rise. The World Bank approved a loan on Monday. It said 300 schools would be built.", num: "300", source: "World Bank", mention: "It", cue: "said"},
	})
}
