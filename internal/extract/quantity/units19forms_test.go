package quantity

import (
	"strings"
	"testing"
)

// units19FormCases are the unit forms of branch units19 (unit errors of
// value-matched claims pooled over the dev quantity sets), each seen in
// two sources or more, in varied wording.
var units19FormCases = []ruleFormCase{
	// the rate after "or more"/"or less" (web-dev-7 "N5 million or more
	// a year", web-dev-10 "5 or more days a week")
	{"rate-after-or-more", "Landlords often demand N5 million or more a year for a flat.", "N5 million or more a year", "5e6", "-", "NGN/year"},
	{"rate-after-or-more", "Most plans cost $10 or less per month in the first year.", "$10 or less per month", "-", "10", "USD/month"},
	{"rate-after-or-more", "Some brokers charge £200 or more a day for the service.", "£200 or more a day", "200", "-", "GBP/day"},
	{"time-per-time", "Walk briskly on 5 or more days a week.", "5 or more days a week", "5", "-", "day/week"},
	{"time-per-time", "Teens spend 3 or more hours a day online.", "3 or more hours a day", "3", "-", "hour/day"},
}

// units19Negatives keep their units.
var units19Negatives = []struct {
	in   string
	want map[string]string
}{
	// "or more" and no rate: a time reference after "a"
	{"He paid $50 or more a year ago.", map[string]string{"$50 or more": "USD"}},
	{"We saw 5 or more cases and 3 deaths.", map[string]string{"5 or more": "count", "3": "count"}},
}

func TestUnits19Forms(t *testing.T) {
	for _, c := range units19FormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule && r.Qualifier != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
	for _, c := range units19Negatives {
		got := map[string]string{}
		for _, m := range Find(c.in) {
			if m.Kind == "claim" {
				got[c.in[m.Start:m.End]] = m.Unit
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
			continue
		}
		for k, u := range c.want {
			if got[k] != u {
				t.Errorf("%q: got %v, want %v", c.in, got, c.want)
				break
			}
		}
	}
}
