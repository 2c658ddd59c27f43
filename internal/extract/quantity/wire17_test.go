package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// wire17RuleCases are the wire-style forms of web-dev-17 (1987 Reuters
// text: "mln", "dlrs", "cts", "N.Z. Dlrs"), each with the rule `extract
// quantities --explain` names, in varied wording of the project's own.
var wire17RuleCases = []ruleFormCase{
	// "dlrs", "dlr", "DLS": rows of lexicon.CurrencyNames beside "dollars"
	// (web-dev-17: 99 USD claims, nearly all written "dlrs")
	{"unit-after", "Sales rose to 1.27 billion dlrs last year.", "1.27 billion dlrs", "1270000000", "", "USD"},
	{"unit-after", "It will service its 109 billion dlr foreign debt.", "109 billion dlr", "109000000000", "", "USD"},
	{"unit-after", "The stock lost 6.48 DLS on the day.", "6.48 DLS", "6.48", "", "USD"},
	{"unit-after", "The unit was sold for 50,000 dlrs in cash.", "50,000 dlrs", "50000", "", "USD"},
	// "cts": a row of lexicon.CurrencySubunits beside "cents"
	{"currency-subunit", "The tax adds 34 cts to a pack.", "34 cts", "0.34", "", "USD"},
	{"currency-subunit", "Qtly div seven cts vs six cts prior", "seven cts", "0.07", "", "USD"},
	{"currency-subunit", "The board paid 31 cts in March.", "31 cts", "0.31", "", "USD"},
	// more of the wire's money: "stg" (sterling, a row of CurrencyNames),
	// "Canadian dlrs" and "Aust dlrs" (adjectiveNames, currencyAdjectives),
	// "a shr" (rateNouns), "per bu" (the bushel's row), millions of marks
	// (marks-money)
	{"unit-after", "Profit rose to 45.6 mln stg from 40.1 mln.", "45.6 mln stg", "45600000", "", "GBP"},
	{"unit-after", "Revenue was 12.3 mln Canadian dlrs last year.", "12.3 mln Canadian dlrs", "12300000", "", "CAD"},
	{"unit-after", "The loss was 5.6 mln Aust dlrs.", "5.6 mln Aust dlrs", "5600000", "", "AUD"},
	{"unit-after+rate", "Net profit was 5.2 mln dlrs, or 1.23 dlrs a shr, in the year.", "1.23 dlrs a shr", "1.23", "", "USD/share"},
	{"currency-subunit+rate", "Wheat rose 5 cts per bu on the day.", "5 cts per bu", "0.05", "", "USD/bushel"},
	{"marks-money", "The bank lent 300 mln marks to the steel firm.", "300 mln marks", "300000000", "", "DEM"},
	// a country's dotted initials before a dollar word (rule
	// initials-dollar, the region's dollar from CLDR): web-dev-17 "7.15
	// billion N.Z. Dlrs", "17.18 billion N.Z. Dlrs"
	{"initials-dollar", "Reserves fell to 7.15 billion N.Z. Dlrs in January.", "7.15 billion N.Z. Dlrs", "7150000000", "", "NZD"},
	{"initials-dollar", "The tram line will cost 900 mln H.K. dlrs to build.", "900 mln H.K. dlrs", "900000000", "", "HKD"},
	{"initials-dollar", "Fares went up by 50 H.K. cents.", "50 H.K. cents", "0.5", "", "HKD"},
	// "five mln", "nine mln dlr": the wire's scale abbreviations after a
	// number word (wordScales, beside "million")
	{"unit-after", "It took a nine mln dlr loss on the sale.", "nine mln dlr", "9000000", "", "USD"},
	{"default-count", "The board raised the stock from five mln to 25 mln shares.", "five mln", "5000000", "", "count"},
	// short and long tons: rows of lexicon/units.go (web-dev-17 "5,988
	// short tons" of sugar, "37,000 long tons of wheat flour")
	{"hyphened-unit", "The quota was set at 1,001,430 short tons for the year.", "1,001,430 short tons", "1001430", "", "ton"},
	{"hyphened-unit", "Egypt bought 200,000 long tons of wheat flour.", "200,000 long tons", "200000", "", "long_ton"},
	// a wire results line headed "Shr" is per share (rule share-line):
	// web-dev-17's 25 result lines of 1987 ("Shr 34 cts vs 1.19 dlrs",
	// "Oper shr loss two cts vs profit seven cts", "Shr primary 95.30
	// pesos"); the year-ago figure after "vs" takes the rate
	// (level-shares-rate)
	{"share-line", "Shr 34 cts vs 1.19 dlrs", "34 cts", "0.34", "", "USD/share"},
	{"level-shares-rate", "Shr 34 cts vs 1.19 dlrs", "1.19 dlrs", "1.19", "", "USD/share"},
	{"share-line", "Oper shr loss two cts vs profit seven cts", "two cts", "0.02", "", "USD/share"},
	{"level-shares-rate", "Oper shr loss two cts vs profit seven cts", "seven cts", "0.07", "", "USD/share"},
	{"share-line", "Shr fully diluted 1.05 dlrs vs 98 cts", "1.05 dlrs", "1.05", "", "USD/share"},
	{"level-shares-rate", "Shr fully diluted 1.05 dlrs vs 98 cts", "98 cts", "0.98", "", "USD/share"},
	{"share-line", "SHR PROFIT 12 CTS VS LOSS 40 CTS", "12 CTS", "0.12", "", "USD/share"},
	// a range with its money word after the second end keeps the money's
	// subunit and rate (web-dev-17 "in the range of 34 cts to 36 cts a
	// share", "1,750 to 1,780 dlrs per tonne")
	{"currency-subunit+rate", "Earnings fell in the range of 34 cts to 36 cts a share.", "34 cts to 36 cts a share", "0.34", "0.36", "USD/share"},
	{"currency-subunit+rate", "Analysts see 90 cents to 95 cents a share.", "90 cents to 95 cents a share", "0.9", "0.95", "USD/share"},
	{"range-after+rate", "Sales were booked at 1,750 to 1,780 dlrs per tonne.", "1,750 to 1,780 dlrs per tonne", "1750", "1780", "USD/tonne"},
	{"range-after+rate", "Crude sold for 20-25 dollars a barrel.", "20-25 dollars a barrel", "20", "25", "USD/barrel"},
	{"range-after+rate", "Cleaners earn 12 to 15 dollars an hour.", "12 to 15 dollars an hour", "12", "15", "USD/hour"},
	// a hyphened mixed number, as the wire and market tables write prices
	// and rates (rule mixed-number-hyphen; web-dev-17: share prices, barge
	// freight, cotton staple, a debenture's coupon)
	{"mixed-number-hyphen", "American Express closed at 72-5/8, up 4-1/8 on heavy volume.", "72-5/8", "72.625", "", "count"},
	{"mixed-number-hyphen", "Torchmark will buy back its 7-3/4 pct debentures.", "7-3/4 pct", "7.75", "", "percent"},
	{"mixed-number-hyphen", "Rates were both up 2-1/2 percentage points.", "2-1/2 percentage points", "2.5", "", "percentage_point"},
	{"mixed-number-hyphen", "The price is for 1-1/16 inch upland cotton.", "1-1/16 inch", "1.0625", "", "inch"},
	{"mixed-number-hyphen", "The bond traded between 98-1/4 and 99-3/8 all day.", "between 98-1/4 and 99-3/8", "98.25", "99.375", "count"},
	// a bare level set against money or a measure takes its unit (rule
	// level-shares-unit): after "compared with" or "vs" with no comma
	// (web-dev-17 and 40 more Reuters documents), after "to" when the
	// money before it changed ("fell 195 mln dlrs to 65.06 billion":
	// three Reuters documents); a scaled amount after money in parallel is
	// money (elliptical-unit)
	{"level-shares-unit", "Reserves fell to 7.15 billion N.Z. Dlrs in January and compared with 3.03 billion a year ago.", "3.03 billion", "3030000000", "", "NZD"},
	{"level-shares-unit", "Capacity was 25,873,904 bushels vs 25,459,238 last week.", "25,459,238", "25459238", "", "bushel"},
	{"level-shares-unit", "Exports were 117,866 tonnes versus 121,168 a week ago.", "121,168", "121168", "", "tonne"},
	{"level-shares-unit", "Loans fell 195 mln dlrs to 65.06 billion in the week.", "65.06 billion", "65060000000", "", "USD"},
	{"level-shares-unit", "Commercial paper dropped 375 mln dlrs to 336.63 billion.", "336.63 billion", "336630000000", "", "USD"},
	{"elliptical-unit", "Deposits were 16.74 billion dlrs in December and 13.16 billion in January.", "13.16 billion", "13160000000", "", "USD"},
}

// wire17Negatives: what decides none of the forms above stays as it was.
var wire17Negatives = []struct {
	in   string
	want map[string]string
}{
	{"He met 12 U.K. officials in London.", map[string]string{"12": "count"}},
	{"It paid 50 cts vs 40 cts a year ago.", map[string]string{"50 cts": "USD", "40 cts": "USD"}},
	{"Qtly div 25 cts vs 25 cts prior", map[string]string{"25 cts": "USD"}},
	{"The firm hired 40 people vs 30 last year.", map[string]string{"40": "count", "30": "count"}},
	{"She scored 95 marks in the exam.", map[string]string{"95": "count"}},
	{"He can earn 40 dollars a day.", map[string]string{"40 dollars a day": "USD/day"}},
	{"Its user base tripled to 30 million.", map[string]string{"tripled": "times", "30 million": "count"}},
	{"The city had 2 million people in 2000 and 3 million in 2010.", map[string]string{"2 million": "count", "3 million": "count"}},
	{"The firm hired 30 H.K. staff and paid 40 dollars each.", map[string]string{"30": "count", "40 dollars": "USD"}},
}

func TestWire17Rules(t *testing.T) {
	for _, c := range wire17RuleCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); !strings.HasPrefix(r.Unit, c.rule) {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
}

func TestWire17Negatives(t *testing.T) {
	for _, c := range wire17Negatives {
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
				t.Errorf("%q: %q unit %q, want %q", c.in, k, got[k], u)
			}
		}
	}
}

// wire17KindCases: a day in words after its month is a date (kind rule
// month-day-words; web-dev-17 "payable April one to holders", "on June
// eight.", "from November three, 1986,"), and a day in digits after its
// month takes no time word after it (guard month-day-unit, kind date:
// "in the February 16 week", "the January 31 second quarter"); counts
// after a month stay counts.
var wire17KindCases = []genreKindCase{
	{"month-day-words", "The dividend is payable April one to holders of record March 20.", "April one", claims.KindDate},
	{"month-day-words", "The company plans to redeem the debentures on June eight.", "June eight", claims.KindDate},
	{"month-day-words", "It covers the period from November three, 1986, when the fund began.", "November three, 1986", claims.KindDate},
	{"month-day-words", "Talks run from May twelve through May 20.", "May twelve", claims.KindDate},
	{"", "In March two men were held at the border.", "two", claims.KindClaim},
	{"", "By August twenty soldiers had left.", "twenty", claims.KindClaim},
	{"date", "Money supply rose in the February 16 week, the Fed said.", "February 16", claims.KindDate},
	{"date", "It reported a loss for the January 31 second quarter.", "January 31", claims.KindDate},
	{"", "The show ran for 3 weeks in June.", "3 weeks", claims.KindClaim},
	// split-ratio: a stock split's ratio names the kind of split
	{"split-ratio", "Champion said its board approved a two-for-one stock split.", "two-for-one", claims.KindOther},
	{"split-ratio", "Brown-Forman approved a three-for-two stock split.", "three-for-two", claims.KindOther},
	{"split-ratio", "Alphabet announced a 20-for-1 stock split in February.", "20-for-1", claims.KindOther},
	{"split-ratio", "The miner plans a 1-for-10 reverse split.", "1-for-10", claims.KindOther},
	{"", "Each holder gets 2 shares for 1 held.", "2 shares", claims.KindClaim},
}

func TestWire17Kinds(t *testing.T) {
	checkGenreKinds(t, wire17KindCases)
	for _, c := range wire17KindCases[6:8] {
		if m := wantMention(t, c.in, c.text, true); m != nil && m.Rules().Guard != "month-day-unit" {
			t.Errorf("%q: guard %q, want month-day-unit", c.in, m.Rules().Guard)
		}
	}
}
