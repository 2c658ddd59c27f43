package quantity

import (
	"strings"
	"testing"
)

// web9FormCases are unit forms seen in testdata/quantities/web-dev-9.txt
// and a second source each (named in the comments), written with varied
// wording, with negatives.
var web9FormCases = []struct {
	in   string
	want []want
}{
	// currency-of-place: a bare "$", a shared name ("Rs", "riyals",
	// "kroner", "kr") or "¥" is the currency of the one place its sentence
	// names (web-dev-7: "Sydney's median house value hit a record $1.47
	// million" AUD, "Rents in Toronto fell ... to $2,474 a month" CAD,
	// "Pakistan ... set a Rs 12.97 trillion revenue goal" PKR)
	{"Vancouver house prices averaged $1.2 million last month.", []want{w("$1.2 million", "1200000", "1200000", "exact", "CAD")}},
	{"Rents in Melbourne average $550 a week.", []want{w("$550 a week", "550", "550", "exact", "AUD/week")}},
	{"A Singapore flat can fetch $1.5 million.", []want{w("$1.5 million", "1500000", "1500000", "exact", "SGD")}},
	{"Petrol in Karachi costs Rs 260 a litre.", []want{w("Rs 260 a litre", "260", "260", "exact", "PKR/litre")}},
	{"Sri Lanka's bus fares stand at Rs 30.", []want{w("Rs 30", "30", "30", "exact", "LKR")}},
	{"A Beijing flat costs about ¥6 million.", []want{w("about ¥6 million", "6000000", "6000000", "about", "CNY")}},
	{"In Tokyo a coffee is ¥500.", []want{w("¥500", "500", "500", "exact", "JPY")}},
	{"Doha's metro fare is 2 riyals, Qatari officials said.", []want{w("2 riyals", "2", "2", "exact", "QAR")}},
	{"Moroccan teachers earn 5,000 dirhams.", []want{w("5,000 dirhams", "5000", "5000", "exact", "MAD")}},
	// the dinar family and names the table lacked (articles-dev-4: Serbian
	// dinars, Mozambican meticais, Paraguayan guaraníes; articles-dev-3:
	// Papua New Guinea's kina)
	{"Serbia's deficit reached 120 billion dinars.", []want{w("120 billion dinars", "120000000000", "120000000000", "exact", "RSD")}},
	{"In Baghdad a kilo of lamb costs 18,000 dinars.", []want{w("18,000 dinars", "18000", "18000", "exact", "IQD")}},
	{"Flats in Amman rent for about 400 dinars.", []want{w("about 400 dinars", "400", "400", "about", "JOD")}},
	{"The road will cost 2.1 billion meticais.", []want{w("2.1 billion meticais", "2100000000", "2100000000", "exact", "MZN")}},
	{"Farmers were paid 500,000 guaraníes a tonne.", []want{w("500,000 guaraníes a tonne", "500000", "500000", "exact", "PYG/tonne")}},
	{"A bus ticket costs 5 kina.", []want{w("5 kina", "5", "5", "exact", "PGK")}},
	{"A beer in Copenhagen costs 60 kroner.", []want{w("60 kroner", "60", "60", "exact", "DKK")}},
	{"A Stockholm flat rents for 12,000 kr a month.", []want{w("12,000 kr a month", "12000", "12000", "exact", "SEK/month")}},
	// the quoted currency of an exchange rate, named by its country
	// (dev5: "The Kenyan shilling eased to 161.5 per dollar", "Mexico's
	// peso firmed to 17.05 per dollar")
	{"The Philippine peso traded at 57.9 per dollar.", []want{w("57.9", "57.9", "57.9", "exact", "PHP/USD")}},
	{"Iceland's krona stood at 150 per euro.", []want{w("150", "150", "150", "exact", "ISK/EUR")}},
	{"Colombia's peso was quoted at 4,100 per dollar.", []want{w("4,100", "4100", "4100", "exact", "COP/USD")}},
	// negatives: two places of the family, a place after the amount as
	// the adjective of a noun, a compound adjective, the dollar named in
	// words beside it, a place whose press writes "$" for US dollars
	{"Canada sold $5 billion of oil to the United States.", []want{w("$5 billion", "5000000000", "5000000000", "exact", "USD")}},
	{"Toronto-based Shopify made $2.1 billion.", []want{w("$2.1 billion", "2100000000", "2100000000", "exact", "USD")}},
	{"They bought a $5 Australian company.", []want{w("$5", "5", "5", "exact", "USD")}},
	{"Mexico exports avocados worth $3 billion.", []want{w("$3 billion", "3000000000", "3000000000", "exact", "USD")}},
	{"India and Pakistan each spent Rs 500 crore.", []want{w("Rs 500 crore", "5000000000", "5000000000", "exact", "INR")}},
	{"Crazy $100 fares to/from Australia.", []want{w("$100", "100", "100", "exact", "USD")}},
	{"Exports to Canada were worth $5 billion.", []want{w("$5 billion", "5000000000", "5000000000", "exact", "USD")}},
	{"Exports to British Columbia were worth $5 billion.", []want{w("$5 billion", "5000000000", "5000000000", "exact", "USD")}},
	{"Toronto–based Shopify made $2.1 billion.", []want{w("$2.1 billion", "2100000000", "2100000000", "exact", "USD")}},
	{"It was a $75 billion hit, said an expert on U.S.-Canada trade.", []want{w("$75 billion", "75000000000", "75000000000", "exact", "USD")}},
	{"London traders paid ¥100 billion.", []want{w("¥100 billion", "100000000000", "100000000000", "exact", "JPY")}},
	// oil and gas in barrels of oil equivalent (web-dev-3's claims gold:
	// "2.7 million barrels of oil equivalent per day" boe/day)
	{"Output averaged 513,000 boe/d in the quarter.", []want{w("513,000 boe/d", "513000", "513000", "exact", "boe/day")}},
	{"The field pumps 80,000 boepd.", []want{w("80,000 boepd", "80000", "80000", "exact", "boe/day")}},
	{"It holds 1.2 billion boe of reserves.", []want{w("1.2 billion boe", "1200000000", "1200000000", "exact", "boe")}},
	{"Production hit 2.7 million barrels of oil equivalent per day.", []want{w("2.7 million barrels of oil equivalent per day", "2700000", "2700000", "exact", "boe/day")}},
	{"Sales were 12.8 million barrels of oil equivalent.", []want{w("12.8 million barrels of oil equivalent", "12800000", "12800000", "exact", "boe")}},
	// an AI chip's TOPS, in capitals (WCXB dev_4014 "an NPU that can meet
	// 40 TOPS", dev_0421 "up to 36 TOPS"); "tops" is a verb or a garment
	{"The NPU delivers 45 TOPS of AI performance.", []want{w("45 TOPS", "45", "45", "exact", "TOPS")}},
	{"The chip offers up to 36 TOPS for edge AI.", []want{w("up to 36 TOPS", "-", "36", "at_most", "TOPS")}},
	{"The shop sold 45 tops and 20 skirts.", []want{w("45", "45", "45", "exact", "count"), w("20", "20", "20", "exact", "count")}},
	// a pay or fee by the season (web-dev-7 "€9m a season", web-dev-4's
	// claims gold)
	{"He will earn €12 million a season.", []want{w("€12 million a season", "12000000", "12000000", "exact", "EUR/season")}},
	{"The club pays £200,000 per season for the pitch.", []want{w("£200,000 per season", "200000", "200000", "exact", "GBP/season")}},
	// a price per metric ton (web-dev and the peer suites write "metric
	// tons" as tonnes)
	{"Cocoa traded at $9,500 a metric ton.", []want{w("$9,500 a metric ton", "9500", "9500", "exact", "USD/tonne")}},
	{"Steel fetched $650 per metric ton.", []want{w("$650 per metric ton", "650", "650", "exact", "USD/tonne")}},
	// a frequency makes the time after it a schedule, no denominator
	// (web-dev-7 "2.4mg of semaglutide once a week" mg)
	{"Patients injected 1 mg of the drug once a week.", []want{w("1 mg", "1", "1", "exact", "mg")}},
	{"Take 500 mg of paracetamol twice a day.", []want{w("500 mg", "500", "500", "exact", "mg")}},
	{"Some 3,000 patients take the pill once a day.", []want{w("Some 3,000", "3000", "3000", "about", "count")}},
	{"Adults need 400 mg of magnesium a day.", []want{w("400 mg of magnesium a day", "400", "400", "exact", "mg/day")}},
	// a range per charge (web-dev-6 "25–60 miles per charge", web-dev-7
	// "about 40 miles per charge"); "on a charge" is no rate
	{"The scooter goes 30 miles per charge.", []want{w("30 miles per charge", "30", "30", "exact", "mile/charge")}},
	{"The car's battery gives 450 km per charge.", []want{w("450 km per charge", "450", "450", "exact", "km/charge")}},
	{"It flies for 34 minutes on a charge.", []want{w("34 minutes", "34", "34", "exact", "minute")}},
	// money after a figure per capita or per head is per person
	// (per-capita-noun, as per-share-noun reads "EPS of $6.36")
	{"Luxembourg's GDP per capita is about $128,000.", []want{w("about $128,000", "128000", "128000", "about", "USD/person")}},
	{"Health spending per capita reached $12,555 last year.", []want{w("$12,555", "12555", "12555", "exact", "USD/person")}},
	{"London's output per head was £61,000.", []want{w("£61,000", "61000", "61000", "exact", "GBP/person")}},
	{"The per capita figure rose, and GDP hit $2 trillion.", []want{w("$2 trillion", "2000000000000", "2000000000000", "exact", "USD")}},
	// a bare number set against a rate per population (web-dev-2's claims
	// gold: "up from 18.4", "80.4 and 25.9 respectively")
	{"Under-five mortality is 41 per 1,000 live births, against a global target of 25.", []want{w("41 per 1,000 live births", "41", "41", "exact", "count/1000birth"), w("25", "25", "25", "exact", "count/1000birth")}},
	{"Hospitals have 2.9 beds per 1,000 people, below the OECD average of 4.3.", []want{w("2.9 beds per 1,000 people", "2.9", "2.9", "exact", "count/1000person"), w("4.3", "4.3", "4.3", "exact", "count/1000person")}},
	{"The murder rate was 6.1 per 100,000 people, and 3,000 people died.", []want{w("6.1 per 100,000 people", "6.1", "6.1", "exact", "count/100000person"), w("3,000", "3000", "3000", "exact", "count")}},
}

func TestWeb9Forms(t *testing.T) { checkCases(t, web9FormCases) }

// TestCurrencyOfPlaceRule: explain names the rule that read the money and
// currency-of-place.
func TestCurrencyOfPlaceRule(t *testing.T) {
	for _, c := range []struct{ in, rule string }{
		{"A Toronto condo now sells for $1.1 million.", "currency-symbol+currency-of-place"},
		{"The Philippine peso traded at 57.9 per dollar.", "exchange-rate+currency-of-place"},
	} {
		ms := Find(c.in)
		if len(ms) != 1 {
			t.Fatalf("%q: %d mentions", c.in, len(ms))
		}
		if r := ms[0].Rules().Unit; r != c.rule || ms[0].PlaceRegion == "" {
			t.Errorf("%q: unit rule %q (place %q), want %q", c.in, r, ms[0].PlaceRegion, c.rule)
		}
		if !strings.HasSuffix(ms[0].Rules().Unit, ruleCurrencyOfPlace.String()) {
			t.Errorf("%q: no currency-of-place", c.in)
		}
	}
}
