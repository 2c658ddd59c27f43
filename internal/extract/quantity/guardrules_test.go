package quantity

import "testing"

// TestGuardNamed checks that the number grammar's guards are named where
// they keep a reading off (Rules.Guard) and not where the reading holds.
func TestGuardNamed(t *testing.T) {
	cases := []struct{ in, text, unit, guard string }{
		{"The EU adopted the NIS 2 directive in 2022.", "2", "", "guarded-code"},
		{"Firms must meet NIS 2 rules by October.", "2", "", "guarded-code"},
		{"Israel spent NIS 600 on each permit.", "NIS 600", "ILS", ""},
		{"The yacht crossed 45° North on Monday.", "45°", "degree", "qualifier-form-context"},
		{"The index crossed 5,000 points on Monday.", "crossed 5,000 points", "", ""},
		{"Prices look like 5 percent higher.", "5 percent", "percent", "qualifier-form-context"},
		{"It costs something like 50,000 dollars.", "something like 50,000 dollars", "", ""},
	}
	for _, c := range cases {
		found := false
		for _, m := range Find(c.in) {
			if c.in[m.Start:m.End] != c.text {
				continue
			}
			found = true
			if g := m.Rules().Guard; g != c.guard || c.unit != "" && m.Unit != c.unit {
				t.Errorf("%q: %q unit %q guard %q, want unit %q guard %q", c.in, c.text, m.Unit, g, c.unit, c.guard)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %v", c.in, c.text, Find(c.in))
		}
	}
}
