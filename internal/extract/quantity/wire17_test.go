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
var wire17Negatives = []unitsCase{
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
	checkUnitCases(t, wire17Negatives)
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
	// prec19's cases (web-prec-5; spaced ratios, bonus and rights issues,
	// a split's terms spelt out: splitRatioSpaced)
	{"split-ratio", "Florida Public Utilities Co said its board declared a three-for-two stock split on its common stock.", "three-for-two", claims.KindOther},
	{"split-ratio", "Zenith reported a loss of six cts per share, adjusted for a 2-for-1 stock split in May.", "2-for-1", claims.KindOther},
	{"split-ratio", "1985 results restated to reflect June, 1986 two-for-one stock split.", "two-for-one", claims.KindOther},
	{"split-ratio", "The company split its shares 3-for-2 last year.", "3-for-2", claims.KindOther},
	{"split-ratio", "Directors approved a 5-for-4 split of the common shares.", "5-for-4", claims.KindOther},
	{"split-ratio", "It said holders of record April 15 will receive one additional share May one for each two shares held.", "two", claims.KindOther},
	{"split-ratio", "Avery said its board authorized a two for one stock split and an increased dividend.", "two", claims.KindOther},
	{"split-ratio", "Avery said its board authorized a two for one stock split and an increased dividend.", "one", claims.KindOther},
	{"split-ratio", "The bank raised 900 mln crowns through the new one for four rights issue.", "four", claims.KindOther},
	{"split-ratio", "It expects the bank to recommend a bonus issue this year, probably one for three or one for five.", "three", claims.KindOther},
	{"split-ratio", "He said the bank was also proposing a one for 10 share-split.", "10", claims.KindOther},
	{"split-ratio", "Share split four-for-one.", "four-for-one", claims.KindOther},
	{"split-ratio", "The last common stock split, a three-for-two, was in December 1983, it said.", "three-for-two", claims.KindOther},
	{"", "The club paid 10 dlrs for 3 tickets after the split with its sponsor.", "3", claims.KindClaim},
	{"", "Voters split 52 for 48 on the bond measure.", "48", claims.KindClaim},
	{"", "Holders get 1.5 shares for each share of Beta.", "1.5", claims.KindClaim},
	{"", "The company split into three units, and 2 for 1 of its plants closed.", "three", claims.KindClaim},
	// prec19's word-day-date cases (web-prec-5), folded into month-day-words
	{"month-day-words", "Record April three", "April three", claims.KindDate},
	{"month-day-words", "Options to buy up to 300,000 dlrs of its stock at 65 cts per share expire March three", "March three", claims.KindDate},
	{"month-day-words", "The tender offer began on February six.", "February six", claims.KindDate},
	{"month-day-words", "As of March six, only 353 shares had been tendered.", "March six", claims.KindDate},
	{"month-day-words", "The board met on June nine and approved the plan.", "June nine", claims.KindDate},
	{"", "In May six people were killed in the blast.", "six", claims.KindClaim},
	{"", "In April three were hurt.", "three", claims.KindClaim},
	{"", "Since January four of the plants have closed.", "four", claims.KindClaim},
}

func TestWire17Kinds(t *testing.T) {
	checkGenreKinds(t, wire17KindCases)
	for _, c := range wire17KindCases[6:8] {
		if m := wantMention(t, c.in, c.text, true); m != nil && m.Rules().Guard != "month-day-unit" {
			t.Errorf("%q: guard %q, want month-day-unit", c.in, m.Rules().Guard)
		}
	}
}

// TestMixedNumberHyphenValues: more of rule mixed-number-hyphen's forms
// whose unit another rule decides (prec19's cases from web-prec-5 and other
// DEV Reuters documents, checked on value only): a dividend in cts, a
// range's second end, a recipe's cups, a bond's 32nds; a fraction after a
// price move (fractionBefore rows); a date "1-1/2/87" is not read so.
func TestMixedNumberHyphenValues(t *testing.T) {
	for _, c := range []struct {
		in, text string
		lo, hi   float64
	}{
		{"MICKELBERRY CORP SETS QTLY PAYOUT Qtly div 1-1/2 cts vs 1-1/2 cts prior", "1-1/2 cts", 0.015, 0.015},
		{"The trust paid 12-1/2 shares per unit.", "12-1/2", 12.5, 12.5},
		{"USAir stock was trading at 50-3/4, up 2-1/4 on heavy volume.", "50-3/4", 50.75, 50.75},
		{"USAir stock was trading at 50-3/4, up 2-1/4 on heavy volume.", "2-1/4", 2.25, 2.25},
		// a change and its new level, not a range (rule change-and-level-quote,
		// forms20: web-dev-11's gold gives "19" and "151-1/2" apart)
		{"Taft shares climbed 19 to 151-1/2, causing arbitrageurs to say the offer would rise.", "19", 19, 19},
		{"Taft shares climbed 19 to 151-1/2, causing arbitrageurs to say the offer would rise.", "151-1/2", 151.5, 151.5},
		{"Mix 1-1/2 cups of flour with the butter.", "1-1/2 cups", 1.5, 1.5},
		{"Treasury bonds traded at 101-19/32 late in the day.", "101-19/32", 101.59375, 101.59375},
		{"Dome Mines shares traded at 15 dlrs, off 1/4 on the Toronto Stock Exchange.", "1/4", 0.25, 0.25},
		{"Gold shares fell 3/8 in early trading.", "3/8", 0.375, 0.375},
	} {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if m.Low == nil || m.High == nil || *m.Low != c.lo || *m.High != c.hi {
			t.Errorf("%q: %q: low %v high %v, want %v %v", c.in, c.text, m.Low, m.High, c.lo, c.hi)
		}
	}
	if m := wantMention(t, "The note dated 1-1/2/87 was lost.", "1-1", false); m != nil && m.Kind == claims.KindClaim {
		t.Errorf("a slashed date read as a claim: %+v", m)
	}
}
