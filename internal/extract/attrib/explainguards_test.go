package attrib

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

// TestGuardsDecided checks that AttributeExplained names a guard exactly
// when attributing without it gives the claim another source: each guard
// in two wordings, and texts where a guard's form stands but another rule
// decides (no guard named).
func TestGuardsDecided(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, num, source string
		guard             string // "" for none
	}{
		{"The Reserve Bank of India held rates. Inflation measured by the CPI eased in May. It said growth would reach 7.2 percent.", "7.2 percent", "Reserve Bank of India", "measure-acronym"},
		{"The weather service ANAM issued a warning. Daytime highs in the capital reached 44C, and night-time temperatures did not fall below 32C, the agency said. It forecast 45 degrees for Sunday.", "45 degrees", "ANAM", "unit-letter-no-name"},
		{"Duke Energy restored power on Friday. Lines carry 230V to homes and 11kV between substations. It said 4,000 customers were still waiting.", "4,000", "Duke Energy", "unit-letter-no-name"},
		{"Island Aviation Services reported a profit of MVR 112 million on Monday. Tourist arrivals hit a record. Revenue rose 27 per cent to MVR 2.1 billion, the company said.", "27 per cent", "Island Aviation Services", "code-before-number"},
		{"Sunfar Thermal Technology sells heaters. Its exports to the US (about 40 percent of sales) grew. The company said revenue rose 9 percent.", "9 percent", "The company", "place-acronym-no-org"},
		{"Kim Jae-june, an executive vice president, told analysts sales would grow. Kim Dong-won, an analyst at KB Securities, said Samsung lagged. Kim cut his target price to 80,000 won.", "80,000 won", "Kim Dong-won", "surname-first-nearest"},
		{"Chairman Lin Wen-chieh opened the plant. Lin Mei-ling, an analyst at Yuanta, doubts the boom. Lin said margins would fall to 20 percent.", "20 percent", "Lin Mei-ling", "surname-first-nearest"},
		{"Tajikistan harvested less cotton, the Ministry of Agriculture said. Rainfall was 38 mm, a third of the average, according to the state weather agency.", "38 mm", "the state weather agency", "domain-modifier"},
		{"The Ministry of Finance set the budget. Demand rose 4 percent, the national energy agency said.", "4 percent", "the national energy agency", "domain-modifier"},
		// the guard's form stands, another rule decides
		{"Shell posted results on Thursday. Output rose 3 percent, the oil company said.", "3 percent", "Shell", ""},
		{"The World Health Organization (WHO) met on Monday. It said 40 countries had reported cases.", "40", "World Health Organization", ""},
		{"Foro Penal said 300 people were detained.", "300", "Foro Penal", ""},
	}
	for _, c := range cases {
		got, rules := attributeOne(t, m, c.text, c.num)
		if got != c.source {
			t.Errorf("%q: source %q, want %q", c.text, got, c.source)
		}
		switch gs := rules.Guards; {
		case c.guard == "" && len(gs) > 0:
			t.Errorf("%q: guards %q, want none", c.text, gs)
		case c.guard != "" && (len(gs) != 1 || !strings.HasPrefix(gs[0], c.guard+" (without it: ")):
			t.Errorf("%q: guards %q, want %s", c.text, gs, c.guard)
		}
	}
}
