package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// leftFormCases are the forms issue #15 listed as still misread at the end
// of its last session, each seen in two sources (named in the comments),
// written with varied wording, with negatives.
var leftFormCases = []struct {
	in   string
	want []want
}{
	// units of several words are rows of lexicon/units.go (rule
	// hyphened-unit), spaced, hyphened or as a modifier: "metric tons"
	// (dev4, the peer suites' "34,500 metric tons of copper cathode"),
	// "barrels of oil equivalent" (web-dev-3's claims gold, dev sets),
	// "light-years"
	{"The mine produced 34,500 metric tons of copper last year.", []want{w("34,500 metric tons", "34500", "34500", "exact", "tonne")}},
	{"Exports were 1.2 million Metric Tonnes.", []want{w("1.2 million Metric Tonnes", "1200000", "1200000", "exact", "tonne")}},
	{"A 5-metric-ton truck crashed.", []want{w("5-metric-ton", "5", "5", "exact", "tonne")}},
	{"Prices hit $650 per metric ton in March.", []want{w("$650 per metric ton", "650", "650", "exact", "USD/tonne")}},
	{"Rice sold at $410 a metric tonne.", []want{w("$410 a metric tonne", "410", "410", "exact", "USD/tonne")}},
	{"The field holds 1.2 billion barrels of oil equivalent.", []want{w("1.2 billion barrels of oil equivalent", "1200000000", "1200000000", "exact", "boe")}},
	{"Output reached 2.7 million barrels of oil equivalent per day.", []want{w("2.7 million barrels of oil equivalent per day", "2700000", "2700000", "exact", "boe/day")}},
	{"The star is 4.2 light-years away, or 4.2 light years.", []want{w("4.2 light-years", "4.2", "4.2", "exact", "light-year"), w("4.2 light years", "4.2", "4.2", "exact", "light-year")}},
	// negatives: the first word alone is no unit
	{"They pumped 5 barrels of crude.", []want{w("5 barrels", "5", "5", "exact", "barrel")}},
	{"The 3 metric system fans left.", []want{w("3", "3", "3", "exact", "count")}},
	{"It needs 12 light bulbs.", []want{w("12", "12", "12", "exact", "count")}},
	// b-billion-count: a capital "B" glued before a counted noun is
	// billions (a WCXB page: "9.8B tokens (approximately 43B bytes)",
	// "39.3B additional tokens"; our own: "1.2B users"); M and K already
	// were ("4.5M views", "300K subscribers")
	{"The model was trained on 9.8B tokens (approximately 43B bytes).", []want{
		w("9.8B", "9800000000", "9800000000", "exact", "count"), w("approximately 43B bytes", "43000000000", "43000000000", "about", "byte")}},
	{"The app now has 1.2B monthly users worldwide.", []want{w("1.2B", "1200000000", "1200000000", "exact", "count")}},
	{"It stores 500M rows and 2B records.", []want{w("500M", "500000000", "500000000", "exact", "count"), w("2B", "2000000000", "2000000000", "exact", "count")}},
	{"The channel passed 300K subscribers and 4.5M views.", []want{w("300K", "300000", "300000", "exact", "count"), w("4.5M", "4500000", "4500000", "exact", "count")}},
	// negatives: a name's letter, a model's size before a singular noun,
	// money
	{"Unit 4B features 9-foot ceilings.", []want{nc("4", claims.KindIdentifier), w("9-foot", "9", "9", "exact", "foot")}},
	{"Workers on H-1B visas were told to leave.", []want{nc("H-1B", claims.KindIdentifier)}},
	{"They stole $5.5B outright.", []want{w("$5.5B", "5500000000", "5500000000", "exact", "USD")}},
	// rates with a noun between the amount and the denominator keep it:
	// "$4.50 a gallon of milk" (the noun after the denominator) was read
	// already; count-per-noun: "108 containers per trip" (dev), "six to 12
	// pieces per person" (WCXB); rate-noun-time: "4.9 pounds per person
	// per day" (dev, and another WCXB page)
	{"Stores charged $4.50 a gallon of milk.", []want{w("$4.50 a gallon", "4.5", "4.5", "exact", "USD/gallon")}},
	{"Drivers paid 80 cents per litre of petrol.", []want{w("80 cents per litre", "0.8", "0.8", "exact", "USD/litre")}},
	{"The tax is $12 per tonne of CO2.", []want{w("$12 per tonne", "12", "12", "exact", "USD/tonne"), nc("CO2", claims.KindIdentifier)}},
	{"The ship carries 108 containers per trip.", []want{w("108", "108", "108", "exact", "count/trip")}},
	{"Plan on six to 12 pieces per person.", []want{w("six to 12", "6", "12", "range", "count/person")}},
	{"Children get three doses per child per year.", []want{w("three", "3", "3", "exact", "count/child/year")}},
	{"The plan offers 2 free visits per member a year.", []want{w("2", "2", "2", "exact", "count/member/year")}},
	{"Each American generated about 4.9 pounds per person per day.", []want{w("about 4.9 pounds per person per day", "4.9", "4.9", "about", "lb/person/day")}},
	{"Households use 150 litres per person per day.", []want{w("150 litres per person per day", "150", "150", "exact", "litre/person/day")}},
	// negatives: no rate noun after "per", or "per cent"
	{"The filing lists 500 employees per the registry.", []want{w("500", "500", "500", "exact", "count")}},
	{"About 40 respondents per cent agreed.", []want{w("About 40", "40", "40", "about", "count")}},
	{"Nurses see 12 patients per nurse.", []want{w("12", "12", "12", "exact", "count")}},
	{"They pumped 20 litres per person.", []want{w("20 litres per person", "20", "20", "exact", "litre/person")}},
}

func TestLeftForms(t *testing.T) { checkCases(t, leftFormCases) }

// TestHyphenedUnitRule: explain names the rule that read a unit of
// several words.
func TestHyphenedUnitRule(t *testing.T) {
	for _, in := range []string{"They shipped 500 metric tons.", "Reserves are 3 billion barrels of oil equivalent.", "A 20-metric-ton load.", "It is 9 light years away."} {
		ms := Find(in)
		if len(ms) != 1 || ms[0].Rules().Unit != ruleHyphenedUnit.String() {
			t.Errorf("%q: %s", in, describe(in, ms))
		}
	}
	for _, in := range []string{"We sampled 9.8B tokens.", "Over 1.2B people use it."} {
		ms := Find(in)
		if len(ms) != 1 || ms[0].Rules().Unit != ruleBBillionCount.String() {
			t.Errorf("%q: %s", in, describe(in, ms))
		}
	}
}

var _ = claims.KindClaim
