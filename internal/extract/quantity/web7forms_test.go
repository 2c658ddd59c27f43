package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web7FormCases are forms of news seen in testdata/quantities/web-dev-7.txt
// and a second source each (named in the rule's comment), written with
// varied wording, with negatives.
var web7FormCases = []struct {
	in   string
	want []want
}{
	// count-per-time: a bare count right before "a/per/every" and a time
	// (polnear-train "about 3,000 a year", "the 50,000 per day"; WCXB "1-2
	// a day")
	{"Murders hit 27,494 in the year, or about 75 a day.", []want{w("27,494", "27494", "27494", "exact", "count"), w("about 75", "75", "75", "about", "count/day")}},
	{"Right now, we get an average of about 3,000 a year.", []want{w("about 3,000", "3000", "3000", "about", "count/year")}},
	{"They were far short of the 50,000 per day officials expected.", []want{w("50,000", "50000", "50000", "exact", "count/day")}},
	{"Healthy adults can enjoy 1-2 a day.", []want{w("1-2", "1", "2", "range", "count/day")}},
	{"Resistance could kill about three every minute.", []want{w("about three", "3", "3", "about", "count/minute")}},
	{"He scored 20 a year ago.", []want{w("20", "20", "20", "exact", "count")}},
	{"She signed 12 a week earlier.", []want{w("12", "12", "12", "exact", "count")}},
	{"They stayed 3 a night.", []want{w("3", "3", "3", "exact", "count")}},
	{"In 2020, a year when sales fell, 40 left.", []want{nc("2020", claims.KindYear), w("40", "40", "40", "exact", "count")}},
	// fraction-after-by: a hedged fraction after "by" (WCXB "sales
	// plummeting by more than a third from the spring of 2019")
	{"Shoplifting offences jumped by almost a third to 469,788.", []want{chg(w("almost a third", "33.333333333", "33.333333333", "nearly", "percent"), "up"), chg(w("469,788", "469788", "469788", "exact", "count"), "up")}},
	{"Sales plummeted by more than a third from the spring.", []want{chg(w("more than a third", "33.333333333", "-", "more_than", "percent"), "down")}},
	{"Prices rose by about a fifth in two years.", []want{chg(w("about a fifth", "20", "20", "about", "percent"), "up"), nc("two years", claims.KindDuration)}},
	{"Turnout fell by roughly a quarter.", []want{chg(w("roughly a quarter", "25", "25", "about", "percent"), "down")}},
	{"She ran for a third term.", []want{nc("third", claims.KindOrdinal)}},
	// change-new-level past a time adverbial between the change and "to"
	// (ingest-dev: "rose by 4% last year to 300,237 crimes", "fell 3.8
	// per cent quarter on quarter to 7,034 transactions", "slumped more
	// than 4% on Monday to 17.90 per dollar", "fell 6.8% in 2023, to 55
	// million tonnes")
	{"House prices rose 1.9% over the year to £285,000.", []want{chg(w("1.9%", "1.9", "1.9", "exact", "percent"), "up"), chg(w("£285,000", "285000", "285000", "exact", "GBP"), "up")}},
	{"Measles cases rose 30-fold last year to more than 42,000.", []want{chg(w("30-fold", "30", "30", "exact", "times"), "up"), chg(w("more than 42,000", "42000", "-", "more_than", "count"), "up")}},
	{"Housing starts fell 14.8% in March to an annualised 1.32 million units.", []want{chg(w("14.8%", "14.8", "14.8", "exact", "percent"), "down"), chg(w("1.32 million", "1320000", "1320000", "exact", "count"), "down")}},
	{"Rents fell 7.2% year over year to an average of $2,474 a month.", []want{chg(w("7.2%", "7.2", "7.2", "exact", "percent"), "down"), chg(w("$2,474 a month", "2474", "2474", "exact", "USD/month"), "down")}},
	{"Obesity rates have almost tripled since 1975, to about 16 per cent.", []want{chg(w("almost tripled", "3", "3", "nearly", "times"), "up"), nc("1975", claims.KindYear), chg(w("about 16 per cent", "16", "16", "about", "percent"), "up")}},
	{"The Mexican peso slumped 4% on Monday to 17.90 per dollar.", []want{chg(w("4%", "4", "4", "exact", "percent"), "down"), chg(w("17.90", "17.9", "17.9", "exact", "MXN/USD"), "down")}},
	{"Sales rose 5% in the US to $3bn.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up"), w("$3bn", "3e9", "3e9", "exact", "USD")}},
	{"Sales rose 5% to a record 300 stores in the region.", []want{chg(w("5%", "5", "5", "exact", "percent"), "up"), w("300", "300", "300", "exact", "count")}},
	// period-over: the substance right after the amount does not block
	// (WCXB "lost ... approximately 16 percent of fat mass over six months")
	{"Participants lost 14.9% of their body weight over 68 weeks.", []want{chg(w("14.9%", "14.9", "14.9", "exact", "percent"), "down"), nc("68 weeks", claims.KindDuration)}},
	{"He lost 12kg of fat over six months.", []want{chg(w("12kg", "12", "12", "exact", "kg"), "down"), nc("six months", claims.KindDuration)}},
	{"They paid $5m of it for over 3 years.", []want{w("$5m", "5e6", "5e6", "exact", "USD"), w("over 3 years", "3", "-", "more_than", "year")}},
	// a verb of spanning before "from A to B" keeps the range after a
	// change word (web-dev-6; WCXB "varies from 5% to 21%")
	{"Cat owners enjoy slightly lower averages ranging from $11 to $90.", []want{w("from $11 to $90", "11", "90", "range", "USD")}},
	{"Fees are higher, varying from $20 to $35.", []want{w("from $20 to $35", "20", "35", "range", "USD")}},
	{"Prices rose from $11 to $90.", []want{w("$11", "11", "11", "exact", "USD"), chg(w("$90", "90", "90", "exact", "USD"), "up")}},
	// multiple-x before words of comparison and performance (web-dev-6,
	// WCXB tech pages)
	{"Reth experienced 2x performance degradation.", []want{w("2x", "2", "2", "exact", "times")}},
	{"The 2.9x gap with JavaScript was large.", []want{w("2.9x", "2.9", "2.9", "exact", "times")}},
	// (with no indefinite article before it: "a 5x telephoto" is a
	// multiple, web-dev-8, articleMultiple)
	{"The phone sits on its 5x display.", []want{nc("5x", claims.KindIdentifier)}},
	{"Size Range | Up to 6X Price Range", []want{nc("6X", claims.KindIdentifier)}},
	// multiple-x ranges: "9x to 10x performance wins" (web-dev-5), "10x
	// to 100x cheaper" (WCXB)
	{"We got close to 9x to 10x performance wins.", []want{w("9x to 10x", "9", "10", "range", "times")}},
	{"Zoom ranges from 3x to 10x.", []want{w("3x to 10x", "3", "10", "range", "times")}},
	{"It went 10x to 5x.", []want{w("10x", "10", "10", "exact", "times"), w("5x", "5", "5", "exact", "times")}},
	// a price's verb before "from" is the lowest price (qualifier-before):
	// web-dev-4's "is priced from RM105,800", web-dev-6's "start from"
	{"The hybrid costs from £31,995.", []want{w("costs from £31,995", "31995", "-", "at_least", "GBP")}},
	{"Tickets are priced from $45 per person.", []want{w("priced from $45 per person", "45", "-", "at_least", "USD/person")}},
	{"Expect to see prices from $15 to $45.", []want{w("from $15 to $45", "15", "45", "range", "USD")}},
	{"The XUV is priced from Rs 7.49 lakh to Rs 15.49 lakh.", []want{w("from Rs 7.49 lakh to Rs 15.49 lakh", "749000", "1549000", "range", "INR")}},
}

func TestWeb7Forms(t *testing.T) { checkCases(t, web7FormCases) }

// TestWeb7FormRules: the named rules of web-dev-7's forms show in explain.
func TestWeb7FormRules(t *testing.T) {
	checkFormRules(t, []formRule{
		{"Murders hit 27,494, or about 75 a day.", "about 75", "unit count-per-time"},
		{"Offences jumped by almost a third to 469,788.", "almost a third", "unit fraction-after-by"},
		{"Cocoa has nearly tripled this year.", "nearly tripled", "change multiplier-verb"},
		{"It declared 31 sen a share, bringing the full-year payout to 60 sen.", "60 sen", "change change-taken-total"},
		{"We will reduce hosted-runners prices by up to 39%.", "up to 39%", "change change-by-amount"},
	})
}
