package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestLoneNumbers: a number alone on its line of a page is a table cell or
// counter (facade rule lone-number); the same number in a sentence, or a
// text that is one number only, keeps its reading.
func TestLoneNumbers(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, mention string
		claim         bool
	}{
		{"Largest insurers by premiums.\n\nState Farm Group\n\n107,764,591\n\n16.4\n\nBerkshire Hathaway Ins\n", "107,764,591", false},
		{"Largest insurers by premiums.\n\nState Farm Group\n\n107,764,591\n\n16.4\n\nBerkshire Hathaway Ins\n", "16.4", false},
		{"Percentage change in home sales (YoY)\n\n+12.8%\n\n-3.8%\n", "-3.8%", false},
		{"Tuition for the program.\n\n$ 7,353\n\nAvg. Grad Tuition, In-State\n", "$ 7,353", false},
		{"Price list for 2025.\n\n$10,000 – $20,000\n\nSmall upgrades like a bathroom.\n", "$10,000 – $20,000", false},
		// claims in similar words stay
		{"Tuition for the program.\n\nTuition is $7,353 a year.\n", "$7,353", true},
		{"Rankings.\n\n8 (tie)\n\nStanford Graduate School of Business\n", "8", true},
		{"The index rose.\n\nShares rose 5% to $80.80.\n", "$80.80", true},
		{"$80.80", "$80.80", true}, // a text of one number (a test case, a suite item)
	}
	for _, c := range cases {
		qs := ex.ExtractText("t", c.text)
		i := strings.Index(c.text, c.mention)
		var got *claims.Quantity
		for k := range qs {
			if qs[k].Quantity.Start == i {
				got = &qs[k]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q", c.text, c.mention)
			continue
		}
		if got.IsClaim() != c.claim {
			t.Errorf("%q: %q claim %v, want %v", c.text, c.mention, got.IsClaim(), c.claim)
		}
	}
	exps := ex.Explain(&claims.Article{ID: "t", Text: cases[0].text})
	found := false
	for _, e := range exps {
		if e.Quantity.Quantity.Text == "107,764,591" && e.Rules.Kind == ruleLoneNumber {
			found = true
		}
	}
	if !found {
		t.Errorf("explain does not name rule %s", ruleLoneNumber)
	}
}
