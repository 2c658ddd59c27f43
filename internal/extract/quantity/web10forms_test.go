package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web10FormCases are forms seen in testdata/quantities/web-dev-10.txt and
// a second source each (named in the comments), written with varied
// wording, with negatives.
var web10FormCases = []struct {
	in   string
	want []want
}{
	// year-then-level: a year after "in"/"by" before "to" and a new level
	// is the old level's year, not a range's first end (web-dev-8: "grew
	// from 8,400 in 2010 to 11,900 in 2020"; web-dev-10: "from 2.1 billion
	// tonnes in 2023 to 3.8 billion tonnes per year")
	{"The township's population grew from 8,400 in 2010 to 11,900 in 2020.", []want{
		w("8,400", "8400", "8400", "exact", "count"), nc("2010", claims.KindYear),
		chg(w("11,900", "11900", "11900", "exact", "count"), "up"), nc("2020", claims.KindYear)}},
	{"Waste would grow from 2.1 billion tonnes in 2023 to 3.8 billion tonnes per year by 2050.", []want{
		w("2.1 billion tonnes", "2100000000", "2100000000", "exact", "tonne"), nc("2023", claims.KindYear),
		chg(w("3.8 billion tonnes per year", "3800000000", "3800000000", "exact", "tonne/year"), "up"), nc("2050", claims.KindYear)}},
	{"Sales climbed from 40,000 units in 2019 to 1.2 million in 2023.", []want{
		w("40,000", "40000", "40000", "exact", "count"), nc("2019", claims.KindYear),
		chg(w("1.2 million", "1200000", "1200000", "exact", "count"), "up"), nc("2023", claims.KindYear)}},
	{"Revenue rose from 12 billion euros in 2021 to 15 billion euros.", []want{
		w("12 billion euros", "12000000000", "12000000000", "exact", "EUR"), nc("2021", claims.KindYear),
		chg(w("15 billion euros", "15000000000", "15000000000", "exact", "EUR"), "up")}},
	// negatives: years on both ends stay a range of years
	{"The plant ran from 2010 to 2015.", []want{nc("from 2010 to 2015", claims.KindYear)}},
	{"Prices were flat in 2010 to 2015, the survey said.", []want{nc("2010 to 2015", claims.KindYear)}},
	// rating-out-of: "N out of M stars" is a rating, not a share (web-dev-8
	// "4.6 out of 5 stars", web-dev-10 "4.58 out of 5 stars")
	{"Reviewers give the kettle 4.7 out of 5 stars.", []want{w("4.7 out of 5", "4.7", "4.7", "exact", "count")}},
	{"Acme Movers: 4.58 out of 5 stars", []want{w("4.58 out of 5", "4.58", "4.58", "exact", "count")}},
	{"The hotel earned 3 out of 5 stars from inspectors.", []want{w("3 out of 5", "3", "3", "exact", "count")}},
	// negatives: a share keeps its percent
	{"Four out of five dentists agree.", []want{w("Four out of five", "80", "80", "exact", "percent")}},
	{"Nine out of 10 voters said so.", []want{w("Nine out of 10", "90", "90", "exact", "percent")}},
	// a rate after "N+" or an open-topped range (web-dev-10 "$400 to $800+
	// per square foot"; WCXB price pages "$400+ per hour", "$70,000–
	// $120,000+ a year", "$2000+ per month")
	{"Costs range from $400 to $800+ per square foot.", []want{w("from $400 to $800+ per square foot", "400", "-", "range", "USD/foot2")}},
	{"Enterprise firms bill $400+ per hour.", []want{w("$400+ per hour", "400", "-", "at_least", "USD/hour")}},
	{"An HR hire runs $70,000–$120,000+ a year.", []want{w("$70,000–$120,000+ a year", "70000", "-", "range", "USD/year")}},
	// negatives: a time after "N+" keeps its unit, as the PolNeAR claims
	// gold labels "35-plus hours a week" hour
	{"Plan for 10+ hours a week of study.", []want{w("10+ hours", "10", "-", "at_least", "hour")}},
	// negatives: no rate after the sign stays as it was
	{"Hybrid publishing costs $1,000 – $10,000+ in all.", []want{w("$1,000 – $10,000+", "1000", "-", "range", "USD")}},
	{"It has 40+ countries on a map.", []want{w("40+", "40", "-", "at_least", "count")}},
}

func TestWeb10Forms(t *testing.T) { checkCases(t, web10FormCases) }

// TestRatingOutOfRule: explain names the rule.
func TestRatingOutOfRule(t *testing.T) {
	for _, in := range []string{"It holds 4.6 out of 5 stars on Amazon.", "Guests rate it 4 out of 5 stars."} {
		ms := Find(in)
		if len(ms) != 1 || ms[0].Rules().Unit != ruleRatingOutOf.String() {
			t.Errorf("%q: %s", in, describe(in, ms))
		}
	}
}

// web10RuleForms: list-unit with a stressed last item ("or even"), seen
// in web-dev-10 and two more WCXB pages.
var web10RuleForms = []ruleFormCase{
	{"list-unit", "Rather than working out for 45, 60, or even 90 minutes, try HIIT.", "45", "45", "", "minute"},
	{"list-unit", "Sessions last 20, 30 or even 40 minutes.", "30", "30", "", "minute"},
	{"list-unit", "The trucks carried 5 and even 8 tonnes.", "5", "5", "", "tonne"},
	{"list-unit", "Prices fell 3, 4, or even 5 percent.", "4", "4", "", "percent"},
}

func TestWeb10RuleForms(t *testing.T) {
	for _, c := range web10RuleForms {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m != nil && m.Rules().Unit != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, m.Rules())
		}
	}
}
