package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// copulaDurationCases: a duration that is a copula's complement measures
// its subject, a claim (kind rule copula-duration); one that places a time
// or is hyphened into a modifier stays a duration. Rule "" holds for any
// rule.
var copulaDurationCases = []struct {
	rule, in, text string
	kind           claims.Kind
}{
	// the dev sets' forms (quantities web-dev-15, -16; claims web-dev-9, -4)
	{"copula-duration", "Analysis suggests that the average view duration for an eSports stream is 84 minutes -- a hugely impressive number.", "84 minutes", claims.KindClaim},
	{"copula-duration", "Wiig was 11 years in LA before she got the call from Saturday Night Live.", "11 years", claims.KindClaim},
	{"copula-duration", "\"They are 20 years behind. The world has moved on.\"", "20 years", claims.KindClaim},
	{"copula-duration", "The watchdog said the ferry is more than six years late.", "more than six years", claims.KindClaim},
	// other wording
	{"copula-duration", "The average wait at the border was three hours on Friday.", "three hours", claims.KindClaim},
	{"copula-duration", "The typical commute in the city is 45 minutes each way.", "45 minutes", claims.KindClaim},
	{"copula-duration", "Her prison term was just 18 months.", "18 months", claims.KindClaim},
	{"copula-duration", "Recovery times were two weeks for most patients.", "two weeks", claims.KindClaim},
	{"copula-duration", "The first phase of the project is 18 months long.", "18 months", claims.KindClaim},
	// a time placed, a modifier, a span measured otherwise: not this rule
	{"", "It was two years later that he left the firm.", "two years", claims.KindDuration},
	{"", "We were just six months ago in Paris.", "six months", claims.KindDuration},
	{"", "The deal was a 10-year plan.", "10-year", claims.KindDuration},
	{"", "It was 10 years after the war that the bridge reopened.", "10 years", claims.KindDuration},
	{"", "The boy was 11 years old.", "11 years old", claims.KindClaim},
	{"", "Detainees were 48 hour holds at most.", "48 hour", claims.KindDuration},
	{"", "Prices rose in the last two years.", "two years", claims.KindDuration},
	{"", "There were two minutes left in the game.", "two minutes", claims.KindDuration},
	{"", "The score was tied and it was 10 minutes to go.", "10 minutes", claims.KindDuration},
	{"", "There are 365 days in a year.", "365 days", claims.KindDuration},
}

func TestCopulaDuration(t *testing.T) {
	for _, c := range copulaDurationCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}
