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
		// cells of several numbers, a number with a note, two-column tables
		{"Rankings.\n| Rank | School | Score | Admit |\n| 1 | Booth | 37% / 40% | 30% |\n", "40%", "pipe-table-cell"},
		{"Rankings.\n| Rank | School |\n| 6 (tie) | Stanford Graduate School of Business |\n", "6", "pipe-table-cell"},
		{"Gear.\nItem | Price | Score\nYoga Mat | cheap | 3 (Stretching, floor work, core)\n", "3", "pipe-table-cell"},
		{"Specs.\nComponent | Specification\nRAM | 192 GB\nPSU | 2 × 1600W\n", "192 GB", "pipe-table-cell"},
		{"Specs.\nComponent | Specification\nRAM | 192 GB\nPSU | 2 × 1600W\n", "1600W", "pipe-table-cell"},
		{"Tuition.\nIn-State | $472\nOut-of-State | $472\n", "$472", "pipe-table-cell"},
		{"It was not included in this analysis. ↩︎\n2 Drug overdose deaths by race do not include some people.\nMore text.", "2", "footnote-number"},
		{"That is the whole story. ↩\n\n12 I like to use the built-in parser here.\nMore.", "12", "footnote-number"},
		// wrapped-date: a day on the line after its month (hard-wrapped wire copy)
		{"Taiwan will retender for the corn on March\n6, but has not rescheduled a tender for sorghum, they said.\n", "6", "wrapped-date"},
		{"Taiwan bought 25,000 tonnes of soybeans at 203.40 dlrs a tonne for May\n15-30 shipment, private export sources said.\n", "15-30", "wrapped-date"},
		{"The board will meet again on Sept.\n14 to consider the offer, the company said.\n", "14", "wrapped-date"},
		{"Prices are likely to fall sharply by October\n1 this year, the newsletter said.\n", "1", "wrapped-date"},
		// claims of the same shape stay
		{"Exports rose sharply in March\n12 ships left the port, officials said.\nMore.\n", "12", ""},
		{"The company said sales rose in the year.\n6 plants were closed, it said.\n", "6", ""},
		{"Sales were weak in April\n40 pct of the stores lost money, it said.\n", "40 pct", ""},
		{"Markets.\nRevenue rose 5% to $80 million | Reuters\nMore news.", "5%", ""},
		{"Results.\n| Sales grew 12% in 2024 | Costs fell |\n", "12%", ""},
		{"The state had 82.0 points | out of 100 |\nMore.", "82.0 points", ""},
		{"See the note. ↩\nThe firm hired 2 new engineers this year.\n", "2", ""},
		{"Markets.\nRevenue rose 5% | Reuters\nShares fell 3% in early trade.\n", "5%", ""},
		{"News.\nSales rose 5% (a record) to $9 million | AP\nMore.\n", "5%", ""},
		{"Specs.\nComponent | Specification\nGPU | 4 × Nvidia RTX 5090\n", "4", ""},
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
