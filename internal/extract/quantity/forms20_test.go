package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// forms20Cases are the three error classes of web-dev-13's error table
// (testdata/claims/README.md) that recur in other dev golds, in varied
// wording, with negatives.
var forms20Cases = []struct {
	in   string
	want []want
}{
	// from-to-movement: "from X to Y" after a movement word that is no
	// change verb states two levels, the new one in the direction of its
	// value (web-dev-13 "accuracy improvements from 37% to 81%",
	// articles-dev-1 "has gone from 6 per cent to 14 per cent", quantities
	// web-dev-13 "which went from 458 per 100,000 in 2011 to 753 per
	// 100,000")
	{"Tests showed accuracy improvements from 37% to 81% after the change.", []want{w("37%", "37", "37", "exact", "percent"), chg(w("81%", "81", "81", "exact", "percent"), "up")}},
	{"In some districts the rate has gone from 6 per cent to 14 per cent in a decade.", []want{w("6 per cent", "6", "6", "exact", "percent"), chg(w("14 per cent", "14", "14", "exact", "percent"), "up")}},
	{"Turnout went from 72% to 58% between the elections.", []want{w("72%", "72", "72", "exact", "percent"), chg(w("58%", "58", "58", "exact", "percent"), "down")}},
	{"The share of remote staff shifted from 12% to 30% last year.", []want{w("12%", "12", "12", "exact", "percent"), chg(w("30%", "30", "30", "exact", "percent"), "up")}},
	{"The crime rate, which went from 458 per 100,000 in 2011 to 753 per 100,000 in 2019, rose.", []want{w("458 per 100,000", "458", "458", "exact", "count/100000"), nc("2011", claims.KindYear), chg(w("753 per 100,000", "753", "753", "exact", "count/100000"), "up"), nc("2019", claims.KindYear)}},
	// negatives: a present "go" spans a range (quantities web-dev "Electric
	// skateboards go from 18 to 28 miles per hour"), as "range" does; a
	// plain "from X to Y" stays a range
	{"Electric scooters go from 18 to 28 miles per hour.", []want{w("from 18 to 28 miles per hour", "18", "28", "range", "mph")}},
	{"Prices ranged from $10 to $20 after improvements.", []want{w("from $10 to $20", "10", "20", "range", "USD")}},
	{"Tickets cost from $15 to $40.", []want{w("from $15 to $40", "15", "40", "range", "USD")}},
	// change-and-level-quote: a past change verb, a bare change and "to" a
	// bare price quote (web-dev-11 "Taft shares climbed 19 to 151-1/2",
	// "Hughes Tool Co rose one to 12-1/4 on 1,658,000 shares"; quantities
	// web-dev-18 "Viacom shares climbed 2-1/2 to 50-3/8"), USD a share
	{"Acme shares fell 1-1/4 to 23-3/4 in late trading.", []want{chg(w("1-1/4", "1.25", "1.25", "exact", "USD"), "down"), chg(w("23-3/4", "23.75", "23.75", "exact", "USD"), "down")}},
	{"Its stock rose one to 12-1/4 on heavy volume.", []want{chg(w("one", "1", "1", "exact", "USD"), "up"), chg(w("12-1/4", "12.25", "12.25", "exact", "USD"), "up")}},
	{"The death toll climbed 10 to 50 overnight.", []want{chg(w("10", "10", "10", "exact", "count"), "up"), chg(w("50", "50", "50", "exact", "count"), "up")}},
	// negatives: a unit, a close range, a range of ranks stay ranges
	{"Sales rose 5 to 10 per cent in the quarter.", []want{chg(w("5 to 10 per cent", "5", "10", "range", "percent"), "up")}},
	{"Prices rose 10 to 15 last week.", []want{chg(w("10 to 15", "10", "15", "range", "count"), "up")}},
	// clock-hour-bare: a bare hour after a preposition of time, in a
	// sentence of the time of day (web-dev-13 "If my first meeting is before
	// 10,"; web-dev-12 "at about 6 last night", "underway at 3" after "4
	// p.m.")
	{"If my first meeting is before 10, the calendar opens in full screen.", []want{nc("first", claims.KindOrdinal), nc("10", claims.KindTime)}},
	{"Police said the car was stolen at about 6 last night.", []want{nc("about 6", claims.KindTime)}},
	{"She arrived well after 4 p.m., though the show was due to start at 3.", []want{nc("4 p.m.", claims.KindTime), nc("3", claims.KindTime)}},
	{"The vote will be held at 9 on Monday.", []want{nc("9", claims.KindTime)}},
	{"We will leave at 7 in the morning.", []want{nc("7", claims.KindTime)}},
	{"The bars stay open until 11 tonight.", []want{nc("11", claims.KindTime)}},
	// negatives: a noun after the hour, or no sign of time, keep the count
	{"The case came before 10 judges of the court.", []want{w("10", "10", "10", "exact", "count")}},
	{"The score was tied at 3, and the meeting went on.", []want{w("3", "3", "3", "exact", "count")}},
	{"Unemployment held at 5, officials said.", []want{w("5", "5", "5", "exact", "count")}},
	{"Acme shares closed at 9, the exchange said.", []want{w("9", "9", "9", "exact", "count")}},
	{"Bids start at 5, the auction house said.", []want{w("5", "5", "5", "exact", "count")}},
	// score-noun: a named scale's score, "N score", an index's reading,
	// "N out of M points" and "scored N out of M" are points (web-dev-13 "a
	// CVSS score of 9.8", "with a 7.5 score"; web-dev-8 and quantities
	// web-dev-13 "July's 98.8 reading"; articles-dev-1 "3.8 out of 12
	// points"; web-dev-1 "a score of 734 out of 1,000")
	{"The flaw carries a CVSS score of 9.8 and needs a patch.", []want{w("9.8", "9.8", "9.8", "exact", "point")}},
	{"The other bug was rated with a 7.5 score by the vendor.", []want{w("7.5", "7.5", "7.5", "exact", "point")}},
	{"The index rose from July's 98.8 reading.", []want{w("98.8", "98.8", "98.8", "exact", "point")}},
	{"The mean grade in mathematics was 3.8 out of 12 points.", []want{w("3.8 out of 12 points", "3.8", "3.8", "exact", "point")}},
	{"She scored 85 out of 100 on the final exam.", []want{w("85 out of 100", "85", "85", "exact", "point")}},
	{"Applicants with a FICO score of 700 qualify.", []want{w("700", "700", "700", "exact", "point")}},
	// negatives: no named scale (quantities dev "with a score of 409.30",
	// web-dev-6 "a credit score of at least 620"), a z-score (web-dev-14),
	// a share, a rating in stars, a noun after "reading"
	{"He won the event with a score of 409.30.", []want{w("409.30", "409.3", "409.3", "exact", "count")}},
	{"You need a credit score of at least 620 to qualify.", []want{w("at least 620", "620", "-", "at_least", "count")}},
	{"We flagged values with a z-score of 3 as anomalies.", []want{w("3", "3", "3", "exact", "count")}},
	{"About eight out of 10 voters agreed.", []want{w("About eight out of 10", "80", "80", "about", "percent")}},
	{"Reviewers give it 4.6 out of 5 stars.", []want{w("4.6 out of 5", "4.6", "4.6", "exact", "count")}},
	{"She bought 10 reading glasses.", []want{w("10", "10", "10", "exact", "count")}},
}

func TestForms20(t *testing.T) { checkCases(t, forms20Cases) }

// TestForms20RuleNames checks that explain names each new rule.
func TestForms20RuleNames(t *testing.T) {
	for _, tc := range []struct {
		in, text, part, rule string
	}{
		{"Tests showed accuracy improvements from 37% to 81% after the change.", "37%", "qualifier", "from-to-movement"},
		{"Tests showed accuracy improvements from 37% to 81% after the change.", "81%", "change", "from-to-movement"},
		{"Acme shares fell 1-1/4 to 23-3/4 in late trading.", "1-1/4", "qualifier", "change-and-level-quote"},
		{"If my first meeting is before 10, the calendar opens.", "10", "kind", "clock-hour-bare"},
		{"The flaw carries a CVSS score of 9.8 and needs a patch.", "9.8", "unit", "score-noun"},
		{"Reviewers give it 4.6 out of 5 stars.", "4.6 out of 5", "unit", "rating-out-of"},
	} {
		found := false
		for _, m := range Find(tc.in) {
			if tc.in[m.Start:m.End] != tc.text {
				continue
			}
			found = true
			r := m.Rules()
			got := map[string]string{"kind": r.Kind, "unit": r.Unit, "qualifier": r.Qualifier, "change": r.Change}[tc.part]
			if got != tc.rule {
				t.Errorf("%q in %q: %s rule %q, want %q", tc.text, tc.in, tc.part, got, tc.rule)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.in, tc.text)
		}
	}
}
