package attrib

import "testing"

// Cue lemma "record" with guard record-body (verbcue.go,
// lexicon.RecordingBodies): a body that keeps a register reports the
// counts it "recorded" ("The Palestinian Health Ministry has recorded over
// 3,000 new cases", web-dev-8; "the ministry has recorded 51 deaths",
// articles-dev-4). Varied wording; a team, a singer, a weather station or
// a passive "were recorded" names no source.
func TestRecordBody(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "named ministry, perfect", text: "The Palestinian Health Ministry has recorded over 3,000 new cases in the West Bank in the past week.", num: "over 3,000", source: "Palestinian Health Ministry", mention: "The Palestinian Health Ministry", cue: "recorded"},
		{name: "police, past", text: "Police recorded 4,312 burglaries in the first quarter, up from 3,900 a year earlier.", num: "4,312", source: "Police", mention: "Police", cue: "recorded"},
		{name: "department described", text: "The Lagos State Ministry of Health issued an update on Friday. The ministry recorded 51 deaths from cholera since June.", num: "51", source: "Lagos State Ministry of Health", mention: "The ministry", cue: "recorded"},
		{name: "statistics office", text: "The national statistics office recorded 12,400 births in March.", num: "12,400", source: "The national statistics office", mention: "The national statistics office", cue: "recorded"},
		// negatives: no register kept by a body
		{name: "a team's wins", text: "The Tigers recorded 12 wins this season under their new coach.", num: "12", source: "", mention: "", cue: ""},
		{name: "a singer's albums", text: "She recorded three albums in Nashville before moving to Paris.", num: "three", source: "", mention: "", cue: ""},
		{name: "passive", text: "About 300 deaths were recorded in May across the province.", num: "About 300", source: "", mention: "", cue: ""},
		{name: "weather station", text: "The weather station at the airport recorded 50mm of rain overnight.", num: "50mm", source: "", mention: "", cue: ""},
	})
}
