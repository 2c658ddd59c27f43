package attrib

import "testing"

// unseenCase is a form that failed on news the tool had never seen (issue
// 16): each form has cases of varied wording from independent sources.
type unseenCase struct {
	name, text, num string
	source, mention string // want: resolved name and mention ("" = no source)
	cue             string // want: the cue's text ("" = no cue)
}

func runUnseen(t *testing.T, tests []unseenCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := attributeNumber(t, tc.text, tc.num)
			name, mention, cue := "", "", ""
			if q.Source != nil {
				name, mention = q.Source.Name, q.Source.Mention
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			if name != tc.source || tc.mention != "" && mention != tc.mention || cue != tc.cue {
				t.Errorf("source %q (mention %q), cue %q; want %q (%q), %q", name, mention, cue, tc.source, tc.mention, tc.cue)
			}
		})
	}
}

func TestStraightSingleQuotes(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "sport, speaker after", text: "'It was great to have 7,500 of our fans here,' Ferguson said afterwards.", num: "7,500", source: "Ferguson", cue: "said"},
		{name: "defence, told", text: "'The missile flew 5,000 km in its first test,' DRDO chief V.K. Saraswat told IANS.", num: "5,000", source: "V.K. Saraswat", cue: "told"},
		{name: "inverted said", text: "'We lost 3,000 jobs in a year,' said Mary Bell, the union's leader.", num: "3,000", source: "Mary Bell", cue: "said"},
	})
}
