package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// devq20's forms (web-dev-20, weka-train documents no set had read), each
// seen in two dev sets: a year before a singular "year" is that year
// (guard year-number-year: web-dev-17, web-dev-20); a holding "in X"
// passed back to the verb of "raised its stake in X to N shares", and the
// share restating that count after its noun keeping the direction
// (web-dev-17, web-dev-20); bales a unit (web-dev-9, web-dev-20).

func TestWire20YearNumberYear(t *testing.T) {
	cases := []genreKindCase{
		{"year", "Oper data excludes a loss of 3.83 dlrs per shr in the 1986 year.", "1986", claims.KindYear},
		{"year", "1986 year loss of 4,054,000 dlrs, or 1.17 dlrs per shr.", "1986", claims.KindYear},
		{"year", "Results include an adjustment of 848,600 dlrs for 1986 year and both 1985 periods.", "1986", claims.KindYear},
		{"year", "Sales for the 2023 year rose 4 pct.", "2023", claims.KindYear},
		// a span keeps its plural, an age its "old"
		{"", "The olive trees were planted 2000 years ago.", "2000 years", claims.KindDuration},
		{"", "The tree is a 2000 year old oak.", "2000 year old", claims.KindClaim},
		{"", "The town is 1500 years old.", "1500 years old", claims.KindClaim},
	}
	checkGenreKinds(t, cases)
	for _, c := range cases[:4] {
		if m := wantMention(t, c.in, c.text, true); m != nil {
			if got := c.in[m.Start:m.End]; got != c.text || m.Rules().Guard != "year-number-year" {
				t.Errorf("%q: mention %q guard %q, want %q by year-number-year", c.in, got, m.Rules().Guard, c.text)
			}
		}
	}
}

func TestWire20StakeChange(t *testing.T) {
	checkChangeConventions(t, []changeConventionCase{
		{"Industrial Equity said it raised its stake in Wrather Corp to 816,000 shares, or 11.3 pct of the total.", "816,000", "up", ""},
		{"Industrial Equity said it raised its stake in Wrather Corp to 816,000 shares, or 11.3 pct of the total.", "11.3 pct", "up", "change-or-restated"},
		{"The group said it lowered its stake in Cyclops Corp to 260,500 shares, or 6.4 pct.", "6.4 pct", "down", "change-or-restated"},
		{"A shareholder group said it raised its stake in the Scandinavia Fund Inc to 2,165,300 shares, or 33.3 pct of the total.", "2,165,300", "up", ""},
		{"Icahn cut his holding in Texaco Inc to 5 pct.", "5 pct", "down", ""},
		{"The fund increased its interest in the bank to 12 pct.", "12 pct", "up", ""},
		// no change verb, no change; the earlier level none
		{"The bank has a stake in the company and sold it to 300 investors.", "300", "", ""},
		{"It raised its stake in the fund to 2,165,300 shares from 1,978,900 shares, or 30.5 pct.", "30.5 pct", "", ""},
	})
}

func TestWire20Bales(t *testing.T) {
	checkUnitCases(t, []unitsCase{
		{"India's cotton output is estimated at 29.4 million bales of 170 kg each this season.", map[string]string{"estimated at 29.4 million bales": "bale", "170 kg": "kg"}},
		{"Pakistan cotton production reached 7.7 mln bales of 375 pounds each.", map[string]string{"7.7 mln bales": "bale", "375 pounds": "lb"}},
		{"The mill bought one bale of wool and 30 bales of jute.", map[string]string{"one bale": "bale", "30 bales": "bale"}},
	})
}
