package extract

import (
	"strings"
	"testing"
)

// A claim's subject stops at a time expression after its head noun, as
// the claim times read it ("$19 million last year", "$3 million this
// year", WCXB; "4.8 million last month", "7.6 billion last year",
// "277 workers this week", PolNeAR train); a phrase a time word only
// starts keeps it ("40 Sunday schools").
func TestSubjectStopsAtTime(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, quantity, subject string
	}{
		{"The dealer sold 40 cars last week.", "40", "cars"},
		{"Rebels freed 30 hostages Monday.", "30", "hostages"},
		{"The firm hired 50 engineers last month, it said.", "50", "engineers"},
		{"About 40 cars last week were sold.", "About 40", "cars"},
		{"Police detained 25 protest leaders Sunday night.", "25", "protest leaders"},
		{"The plant laid off 277 workers this week.", "277", "workers"},
		{"Sales rose 5 percent last year.", "5 percent", ""},
		{"Prices rose 3 percent in March.", "3 percent", ""},
		{"Home Depot shares are up 39 percent year-to-date.", "39 percent", ""},
		{"The church runs 40 Sunday schools.", "40", "Sunday schools"},
		{"The group counted 40 May Day marchers.", "40", "May Day marchers"},
		{"Police arrested more than 300 students on Monday.", "more than 300", "students"},
		{"The campaign bought ads in 11 Super Tuesday states.", "11", "Super Tuesday states"},
		{"Stores reported 40 percent more Black Friday sales.", "40 percent", "Black Friday sales"},
	}
	for _, c := range cases {
		var found bool
		for _, q := range ex.ExtractText("t", c.text) {
			if q.Quantity.Text != c.quantity {
				continue
			}
			found = true
			if !strings.EqualFold(q.Subject, c.subject) {
				t.Errorf("%q: %q subject %q, want %q", c.text, c.quantity, q.Subject, c.subject)
			}
		}
		if !found {
			t.Errorf("%q: quantity %q not found", c.text, c.quantity)
		}
	}
}
