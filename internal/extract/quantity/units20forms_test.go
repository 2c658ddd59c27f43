package quantity

import (
	"strings"
	"testing"
)

// units20FormCases are the unit rules of branch unitrule20, changed as
// whole rules from TestUnitRulePrecision's table (the unit errors of every
// dev quantity set's claim pairs), each class seen in two sources or more,
// in varied wording.
var units20FormCases = []ruleFormCase{
	// a subunit amount after a price per thing in its currency (dev5,
	// web-dev-11, web-dev-18: two documents)
	{"subunit-shares-rate", "Maybank declared a final dividend of 31 sen a share, bringing the full-year payout to 60 sen.", "60 sen", "0.6", "", "MYR/share"},
	{"subunit-shares-rate", "It declared a payout of 5.7 cts a share compared with 5.6 cts for the previous month.", "5.6 cts", "0.056", "", "USD/share"},
	{"subunit-shares-rate", "Losses came to six cts a share in the quarter and to nine cts in the half.", "nine cts", "0.09", "", "USD/share"},
	{"subunit-shares-rate", "Tesco paid 8.2p per share last year, after 7.1p in 2022.", "7.1p", "0.071", "", "GBP/share"},
	{"subunit-shares-rate", "Wheat rose to $5.72 a bushel, while oats added 4 cents.", "4 cents", "0.04", "", "USD/bushel"},
	// a bare scaled number after money (web-dev-11, web-dev-17, web-dev-18)
	{"scaled-money-ellipsis", "Operating profit rose to 4.7 billion Swedish crowns, beating the average forecast of 4.3 billion.", "4.3 billion", "4.3e9", "", "SEK"},
	{"scaled-money-ellipsis", "It plans to invest 1,770 billion yen next year, including 109 billion for research.", "109 billion", "1.09e11", "", "JPY"},
	{"scaled-money-ellipsis", "The surplus plunged to 211 mln dlrs in October and has since averaged under 150 mln.", "under 150 mln", "-", "1.5e8", "USD"},
	{"scaled-money-ellipsis", "Revenue reached €2.1bn, against forecasts of 2.3 billion.", "2.3 billion", "2.3e9", "", "EUR"},
	{"scaled-money-ellipsis", "Mining royalties rose to 148 billion CFA francs ($245 million) from 121 billion.", "121 billion", "1.21e11", "", "XOF"},
	// a bare fraction in eighths in a sentence about stock (web-dev-17,
	// web-dev-18: five documents)
	{"stock-price-eighths", "American Express closed on the New York Stock Exchange at 72-5/8, up 4-1/8 on heavy volume.", "72-5/8", "72.625", "", "USD"},
	{"stock-price-eighths", "Purolator's stock slipped 3/8 today to close at 34-3/4.", "3/8", "0.375", "", "USD"},
	{"stock-price-eighths", "The company's shares last traded at 18-1/4 in New York.", "18-1/4", "18.25", "", "USD"},
	{"stock-price-eighths", "Trading in the stock was halted at 41-7/8, after a late run.", "41-7/8", "41.875", "", "USD"},
}

// units20Negatives keep their units.
var units20Negatives = []unitsCase{
	// subunit-shares-rate: a price per time, another currency, a total
	// between, no rate at all
	{"The plan costs $10 a month, plus a 50 cents fee.", map[string]string{"$10 a month": "USD/month", "50 cents": "USD"}},
	{"It paid €1.20 a share, while the pound rose 3 pence.", map[string]string{"€1.20 a share": "EUR/share", "3 pence": "GBP"}},
	{"It paid $1.20 a share, or $40 million, and 5 cents in fees.", map[string]string{"$1.20 a share": "USD/share", "$40 million": "USD", "5 cents": "USD"}},
	{"Milk rose 5 cents to $3.10.", map[string]string{"5 cents": "USD", "$3.10": "USD"}},
	// scaled-money-ellipsis: a noun after it, small money before, no money
	{"The company earned $5 billion and has 2.3 billion users.", map[string]string{"$5 billion": "USD", "2.3 billion": "count"}},
	{"Tickets cost $40, and 1.2 million were sold.", map[string]string{"$40": "USD", "1.2 million": "count"}},
	{"Tourism revenue hit 5,030 trillion dong, while arrivals reached 15.4 million.", map[string]string{"5,030 trillion dong": "VND", "15.4 million": "count"}},
	{"About 4 million people voted, up from 3.1 million.", map[string]string{"About 4 million": "count", "3.1 million": "count"}},
	// stock-price-eighths: no stock named, a unit, a noun after, thirds
	{"The river barge rate was 127-1/2 offered, up from 120.", map[string]string{"127-1/2": "count", "120": "count"}},
	{"The stock pays a 7-3/4 pct coupon.", map[string]string{"7-3/4 pct": "percent"}},
	{"Holders get 2-1/2 shares for each share of stock.", map[string]string{"2-1/2": "count"}},
	{"About 1/3 of the shares changed hands.", map[string]string{"About 1/3": "count"}},
}

func TestUnits20Forms(t *testing.T) {
	for _, c := range units20FormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
	checkUnitCases(t, units20Negatives)
}

// TestScoreToPar: "under" and "over" hyphened to a number are a golf
// score's strokes to par, no bound on the score after them (web-dev-11,
// web-dev-8); elsewhere they bound.
func TestScoreToPar(t *testing.T) {
	for _, c := range []struct {
		in, text, qual, guard string
	}{
		{"Rory McIlroy shot a seven-under 65 to take the lead.", "65", "exact", "qualifier-form-context"},
		{"McIlroy carded a 4-under 68 on Thursday.", "68", "exact", "qualifier-form-context"},
		{"Scheffler signed for a two-over 74 in the wind.", "74", "exact", "qualifier-form-context"},
		{"The vaccine is for children under 5.", "under 5", "less_than", ""},
		{"Over 500 people attended the rally.", "Over 500", "more_than", ""},
	} {
		found := false
		for _, m := range Find(c.in) {
			if c.in[m.Start:m.End] != c.text {
				continue
			}
			found = true
			if string(m.Qualifier) != c.qual || m.Rules().Guard != c.guard {
				t.Errorf("%q: %q qualifier %s guard %q, want %s guard %q", c.in, c.text, m.Qualifier, m.Rules().Guard, c.qual, c.guard)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %v", c.in, c.text, Find(c.in))
		}
	}
}
