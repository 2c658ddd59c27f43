package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestPageRules: numbers that a page's layout puts in the text (a cell of
// a "|" table, the number of a footnote after "↩") are no claims (page
// rules pipe-table-cell, footnote-number); claims of the same shape in
// prose stay claims.
func TestPageRules(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, mention string
		rule          string // "" = stays a claim
	}{
		{"Rankings\nRank | State | Score\n1 | North Dakota | 82.0\n2 | Vermont | 80.8\n", "82.0", "pipe-table-cell"},
		{"Rankings\nRank | State | Score\n1 | North Dakota | 82.0\n2 | Vermont | 80.8\n", "2", "pipe-table-cell"},
		{"Plans compared.\n| Plan | Price | Users |\n| Pro | $20 | 5 |\n", "$20", "pipe-table-cell"},
		{"Benchmarks below.\n| Engine | 12.5 GB/s | 3.1 GB/s |\n", "12.5 GB/s", "pipe-table-cell"},
		{"It was not included in this analysis. ↩︎\n2 Drug overdose deaths by race do not include some people.\nMore text.", "2", "footnote-number"},
		{"That is the whole story. ↩\n\n12 I like to use the built-in parser here.\nMore.", "12", "footnote-number"},
		// claims of the same shape stay
		{"Markets.\nRevenue rose 5% to $80 million | Reuters\nMore news.", "5%", ""},
		{"Results.\n| Sales grew 12% in 2024 | Costs fell |\n", "12%", ""},
		{"The state had 82.0 points | out of 100 |\nMore.", "82.0 points", ""},
		{"See the note. ↩\nThe firm hired 2 new engineers this year.\n", "2", ""},
		{"He was told the news.\n2 people were hurt in the blast, police said.\n", "2", ""},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.mention)
		if c.mention == "2" && strings.Contains(c.text, "North Dakota") {
			i = strings.Index(c.text, "\n2 ") + 1
		}
		var got *Explanation
		exps := ex.Explain(&claims.Article{ID: "t", Text: c.text})
		for k := range exps {
			if exps[k].Quantity.Quantity.Start == i && exps[k].Quantity.Quantity.Text == c.mention {
				got = &exps[k]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q", c.text, c.mention)
			continue
		}
		if c.rule == "" {
			if !got.Quantity.IsClaim() {
				t.Errorf("%q: %q is no claim (rule %s), want a claim", c.text, c.mention, got.Rules.Kind)
			}
			continue
		}
		if got.Quantity.IsClaim() || got.Rules.Kind != c.rule {
			t.Errorf("%q: %q claim %v rule %s, want no claim by %s", c.text, c.mention, got.Quantity.IsClaim(), got.Rules.Kind, c.rule)
		}
	}
}
