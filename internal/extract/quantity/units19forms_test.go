package quantity

import (
	"strings"
	"testing"
)

// units19FormCases are the unit forms of branch units19 (unit errors of
// value-matched claims pooled over the dev quantity sets), each seen in
// two sources or more, in varied wording.
var units19FormCases = []ruleFormCase{
	// the rate after "or more"/"or less" (web-dev-7 "N5 million or more
	// a year", web-dev-10 "5 or more days a week")
	{"rate-after-or-more", "Landlords often demand N5 million or more a year for a flat.", "N5 million or more a year", "5e6", "-", "NGN/year"},
	{"rate-after-or-more", "Most plans cost $10 or less per month in the first year.", "$10 or less per month", "-", "10", "USD/month"},
	{"rate-after-or-more", "Some brokers charge £200 or more a day for the service.", "£200 or more a day", "200", "-", "GBP/day"},
	{"time-per-time", "Walk briskly on 5 or more days a week.", "5 or more days a week", "5", "-", "day/week"},
	{"time-per-time", "Teens spend 3 or more hours a day online.", "3 or more hours a day", "3", "-", "hour/day"},
	// a rate written once for amounts before it (web-dev, articles-dev-4)
	{"rate-shared-back", "Renewal prices jump from $1.99 to $10.99 per month.", "$1.99", "1.99", "", "USD/month"},
	{"rate-shared-back", "Parking fees will rise from €4.80 to €6 an hour from March.", "€4.80", "4.8", "", "EUR/hour"},
	{"rate-shared-back", "The two top plans cost you $70 and $150 per month.", "$70", "70", "", "USD/month"},
	{"rate-shared-back", "Tickets cost £5, £8 or £12 a day.", "£5", "5", "", "GBP/day"},
	// a price in parallel with a rate (dev5, web-dev-11)
	{"rate-parallel", "The fibre plan costs £25 a month for 500Mbps, or £35 for 900Mbps.", "£35", "35", "", "GBP/month"},
	{"rate-parallel", "Ozempic costs about $936 a month in the US, compared with roughly £73 in the UK.", "roughly £73", "73", "", "GBP/month"},
	{"rate-parallel", "A room is €90 a night in May and €150 in August.", "€150", "150", "", "EUR/night"},
	// level-shares-rate for a range of money as the earlier level (dev5;
	// the rule's points: web-dev-3, web-dev-4)
	{"level-shares-rate", "The company raised its guidance to $8.45-$8.55 a share, from $8.10-$8.30 previously.", "from $8.10-$8.30", "8.1", "8.3", "USD/share"},
	{"level-shares-rate", "Rents now run $2,000-$2,500 a month, up from $1,500-$1,800 in 2020.", "$1,500-$1,800", "1500", "1800", "USD/month"},
	// "ppt" is a percentage point, spaced or glued, as "pp" (web-dev-9's
	// header lists it among the forms; units.go read it, the vocabulary
	// lacked it)
	{"unit-after", "The unemployment rate rose 0.3 ppt to 4.4 per cent.", "0.3 ppt", "0.3", "", "percentage_point"},
	{"unit-after", "Gross margin narrowed by 1.2ppt in the quarter.", "1.2ppt", "1.2", "", "percentage_point"},
	// points moving a percentage (dev5, web-dev-7, web-dev-9)
	{"points-of-percent", "The ECB cut its deposit rate by a quarter point to 3.75%.", "quarter point", "0.25", "", "percentage_point"},
	{"points-of-percent", "The Fed raised rates by half a point to 5.5 percent on Wednesday.", "half a point", "0.5", "", "percentage_point"},
	{"points-of-percent", "Her lead narrowed by 3 percentage points to 17 points.", "17 points", "17", "", "percentage_point"},
	{"points-of-percent", "The jobless rate fell two points to 4.1 per cent.", "two points", "2", "", "percentage_point"},
	// cents and centavos of the sentence's money (web-dev-7, web-dev-11)
	{"subunit-of-sentence", "Petrol will rise by 37 cents a litre, taking 95 octane to R23.74 a litre.", "37 cents a litre", "0.37", "", "ZAR/litre"},
	{"subunit-of-sentence", "Meralco cut its rate by 19 centavos per kilowatt-hour to ₱11.91 this month.", "19 centavos per kilowatt-hour", "0.19", "", "PHP/kWh"},
	{"subunit-of-sentence", "The rand firmed 12 cents to R18.20 against the dollar.", "12 cents", "0.12", "", "ZAR"},
	{"subunit-of-sentence", "Bus fares rise 50 cents to A$4.50 in July.", "50 cents", "0.5", "", "AUD"},
}

// units19Negatives keep their units.
var units19Negatives = []unitsCase{
	// "or more" and no rate: a time reference after "a"
	{"He paid $50 or more a year ago.", map[string]string{"$50 or more": "USD"}},
	{"We saw 5 or more cases and 3 deaths.", map[string]string{"5 or more": "count", "3": "count"}},
	// rate-shared-back: a restatement "or" per share, a "to" with no
	// "from", words between
	{"Net income was $4.1 million, or $0.12 per diluted share.", map[string]string{"$4.1 million": "USD", "$0.12 per diluted share": "USD/share"}},
	{"He paid $5 for parking and $10 a day for food.", map[string]string{"$5": "USD", "$10 a day": "USD/day"}},
	// points-of-percent: an index's points stay points
	{"The Dow fell 300 points, or 1.2%, to 35,000.", map[string]string{"300 points": "point", "1.2%": "percent", "35,000": "point"}},
	{"The FTSE rose 1.2% to 7,500 points.", map[string]string{"1.2%": "percent", "7,500 points": "point"}},
	{"The index fell 40 points to 2% below its peak.", map[string]string{"40 points": "point", "2%": "percent"}},
	// subunit-of-sentence: the same currency, a bare "$", two currencies
	{"Gas futures fell 4.5 cents to $2.61.", map[string]string{"4.5 cents": "USD", "$2.61": "USD"}},
	{"Milk rose 5 cents; the deal is worth £3 billion.", map[string]string{"5 cents": "USD", "£3 billion": "GBP"}},
	{"It rose 5 cents, while the euro fell to $1.08 and the yen to ¥150.", map[string]string{"5 cents": "USD", "$1.08": "USD/EUR", "¥150": "JPY"}},
	// rate-parallel: no shared preposition; a count
	{"It costs $20 a month in Texas, while the fee was $50 last year.", map[string]string{"$20 a month": "USD/month", "$50": "USD"}},
}

func TestUnits19Forms(t *testing.T) {
	for _, c := range units19FormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule && r.Qualifier != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
	checkUnitCases(t, units19Negatives)
}
