package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// timeLostCases: a duration right after a verb of losing is the time lost,
// a measure and a claim (kind rule time-lost); one that places a time or is
// hyphened into a modifier stays a duration. Rule "" holds for any rule.
var timeLostCases = []struct {
	rule, in, text string
	kind           claims.Kind
}{
	// the dev forms (articles-dev-2, PolNeAR train; both quotes)
	{"time-lost", "\"We lost two hours this morning when part of the tunnel fell again,\" he said.", "two hours", claims.KindClaim},
	{"time-lost", "\"Did he lose 20 minutes? Probably,\" said one former official.", "20 minutes", claims.KindClaim},
	// other wording
	{"time-lost", "Crews lost nearly six hours to the rain, officials said.", "nearly six hours", claims.KindClaim},
	{"time-lost", "The plant loses three days of output every month to outages.", "three days", claims.KindClaim},
	{"time-lost", "Commuters are losing 45 minutes a day in traffic.", "45 minutes a day", claims.KindClaim},
	{"time-lost", "Students lost about 18 months of schooling during the closures.", "about 18 months", claims.KindClaim},
	// a time placed or a modifier: not this rule
	{"", "He lost four years later to a Democrat.", "four years", claims.KindDuration},
	{"", "She lost the seat two years ago.", "two years", claims.KindDuration},
	{"", "Investors lost 10-year bonds in the panic.", "10-year", claims.KindDuration},
	{"", "The company lost 5% over two years.", "two years", claims.KindDuration},
}

func TestTimeLost(t *testing.T) {
	for _, c := range timeLostCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}
