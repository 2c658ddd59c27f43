package extract

import (
	"strings"
	"testing"
)

func TestSubjectEvent(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, quantity, subject, event string
	}{
		{"Police arrested more than 300 students on Monday.", "more than 300", "students", "arrested"},
		{"About 40 journalists were detained in the capital.", "About 40", "journalists", "detained"},
		{"The party won 38% of the seats in the election.", "38%", "seats", "won"},
		{"Thousands of workers took to the streets.", "Thousands", "workers", "took to the streets"},
		{"The release of 12 activists was welcomed.", "12", "activists", "release"},
		{"Dozens more remain in custody, the group said.", "Dozens", "people", "remain in custody"},
		{"The army killed at least 15 fighters and wounded dozens of others.", "at least 15", "fighters", "killed"},
		{"The 50 freed hostages are in good health.", "50", "hostages", "freed"},
		{"Rebels said that 200 soldiers were captured near the border.", "200", "soldiers", "captured"},
		{"The clashes caused at least 9 deaths and hundreds of injuries.", "hundreds", "injuries", "caused"},
	}
	for _, c := range cases {
		var found bool
		for _, q := range ex.ExtractText("t", c.text) {
			if q.Quantity.Text != c.quantity {
				continue
			}
			found = true
			if !strings.EqualFold(q.Subject, c.subject) || !strings.EqualFold(q.Event, c.event) {
				t.Errorf("%q: %q subject %q event %q, want %q %q", c.text, c.quantity, q.Subject, q.Event, c.subject, c.event)
			}
		}
		if !found {
			t.Errorf("%q: quantity %q not found", c.text, c.quantity)
		}
	}
}
