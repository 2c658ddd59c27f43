package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web6FormCases are forms of real web copy seen in
// testdata/quantities/web-dev-6.txt and a second source each (named in
// the rule's comment), written with varied wording, with negatives.
var web6FormCases = []struct {
	in   string
	want []want
}{
	// dollar-adjective-after: the country adjective after a "$" amount
	// names its dollar (WCXB travel page dev_4088; hardtail.ca's gym)
	{"A taxi started at about $7 Canadian for the first 2 km.", []want{w("about $7 Canadian", "7", "7", "about", "CAD"), nc("first", claims.KindOrdinal), w("2 km", "2", "2", "exact", "km")}},
	{"We paid between $100-$160 Canadian/night for ryokans.", []want{w("between $100-$160 Canadian/night", "100", "160", "range", "CAD/night")}},
	{"Entrance fees were under $10 Australian, or free.", []want{w("under $10 Australian", "-", "10", "less_than", "AUD")}},
	{"The home gym came in at just under $3000 Canadian.", []want{w("just under $3000 Canadian", "3000", "3000", "nearly", "CAD")}},
	{"Tickets cost $25 Singapore per person.", []want{w("$25 Singapore per person", "25", "25", "exact", "SGD/person")}},
	{"They sold a $5 Canadian company's stake.", []want{w("$5", "5", "5", "exact", "USD")}},
	{"It raised $40 million Canadian investors had pledged.", []want{w("$40 million", "40000000", "40000000", "exact", "USD")}},
	{"It costs $20 in Canadian stores.", []want{w("$20", "20", "20", "exact", "CAD")}}, // (not dollar-adjective-after: currency-of-place reads the place)
	// aged-range: a range of years after "aged"/"ages" is an age range
	// (WCXB dev_0348 "children aged 4 to 17 years", dev_4180 "children
	// ages 1 to 3 years"; the trafilatura ACP abstract)
	{"Adults aged 55 to 75 years took part in the study.", []want{w("55 to 75 years", "55", "75", "range", "age")}},
	{"For children aged 4 to 17 years, data are available for 2017.", []want{w("4 to 17 years", "4", "17", "range", "age"), nc("2017", claims.KindYear)}},
	{"Children ages 1 to 3 years should get about 12 hours of sleep.", []want{w("1 to 3 years", "1", "3", "range", "age"), w("about 12 hours", "12", "12", "about", "hour")}},
	{"Patients aged between 18 and 65 years were enrolled.", []want{w("between 18 and 65 years", "18", "65", "range", "age")}},
	{"The whisky was aged 10 to 12 years in oak.", []want{w("10 to 12 years", "10", "12", "range", "year")}},
	{"You can begin training dogs around ages 8 to 12 weeks.", []want{w("8 to 12 weeks", "8", "12", "range", "week")}},
	{"Prices will rise over the next 5 to 10 years.", []want{nc("5 to 10 years", claims.KindDuration)}},
	// period-ordinal: a part of a century hyphened before its ordinal
	// (WCXB coffee histories dev_4039, dev_4040, dev_4044, dev_4045; the
	// New York magazine essay)
	{"By the mid-17th century, there were over 300 coffee houses in London.", []want{nc("mid-17th", claims.KindOrdinal), w("over 300", "300", "-", "more_than", "count")}},
	{"Coffee reached Tonkin in the mid-19th century.", []want{nc("mid-19th", claims.KindOrdinal)}},
	{"It prevailed in the mid-20th century and the late-19th.", []want{nc("mid-20th", claims.KindOrdinal), nc("late-19th", claims.KindOrdinal)}},
	{"In the early-1st century AD the town grew.", []want{nc("early-1st", claims.KindOrdinal)}},
	{"Sales recovered by mid-2024.", []want{nc("mid-2024", claims.KindYear)}},
	{"The F-16 and COVID-19 are names.", []want{nc("F-16", claims.KindIdentifier), nc("COVID-19", claims.KindIdentifier)}},
	// compound growth rates are up (WCXB dev_0046 "a 21.2% compound
	// annual growth rate (CAGR)", "a massive 41% CAGR"; web-dev-5)
	{"It still amounts to a steady 0.4% compound annual growth rate over five years.", []want{chg(w("0.4%", "0.4", "0.4", "exact", "percent"), "up"), nc("five years", claims.KindDuration)}},
	{"The Trade Desk has grown revenue at a massive 41% CAGR.", []want{chg(w("41%", "41", "41", "exact", "percent"), "up")}},
	{"Analysts see a 12% compounded annual growth in demand.", []want{chg(w("12%", "12", "12", "exact", "percent"), "up")}},
	{"The 7 CAGR reports were filed.", []want{w("7", "7", "7", "exact", "count")}},
	{"The market shows a compound annual growth rate (CAGR) of 62.3%.", []want{chg(w("62.3%", "62.3", "62.3", "exact", "percent"), "up")}},
	{"The plumbing market is enjoying a CAGR of over 5.4%.", []want{chg(w("over 5.4%", "5.4", "-", "more_than", "percent"), "up")}},
	{"Output of gross domestic product (GDP) of 5% is an estimate.", []want{w("5%", "5", "5", "exact", "percent")}},
	// down-compound: "down" of "down payment" states no change (WCXB
	// real-estate and budgeting pages dev_4090, dev_4095, dev_4135,
	// dev_4537)
	{"Loans often require 20-30% down payments.", []want{w("20-30%", "20", "30", "range", "percent")}},
	{"Most buyers put a 10% down payment on a home.", []want{w("10%", "10", "10", "exact", "percent")}},
	{"A 5% down deposit secures the car.", []want{w("5%", "5", "5", "exact", "percent")}},
	{"Prices were 5% down on the year.", []want{chg(w("5%", "5", "5", "exact", "percent"), "down")}},
	{"The index closed 2% down.", []want{chg(w("2%", "2", "2", "exact", "percent"), "down")}},
	// uptick/downtick before the number state a change as after it
	// (web-dev-6's NASA page; WCXB dev_0191, dev_4138)
	{"Wheat may see an uptick in crop yields by about 17%.", []want{chg(w("about 17%", "17", "17", "about", "percent"), "up")}},
	{"The index showed a downtick of 0.3% in May.", []want{chg(w("0.3%", "0.3", "0.3", "exact", "percent"), "down")}},
	{"Analysts expect upticks of 2% to 3% next year.", []want{chg(w("2% to 3%", "2", "3", "range", "percent"), "up")}},
	{"The uptick data covered 40 states.", []want{w("40", "40", "40", "exact", "count")}},
	// arithmetic-operand: the "by N" of an instruction to calculate is no
	// claim (web-dev-6's ROI guide; WCXB pricing guide dev_0111)
	{"Then, multiply the result by 100 to get the percentage.", []want{nc("100", claims.KindOther)}},
	{"For a 20% margin, multiply by 1.2.", []want{w("20%", "20", "20", "exact", "percent"), nc("1.2", claims.KindOther)}},
	{"Divide the yearly total by 12 for a monthly figure.", []want{nc("12", claims.KindOther)}},
	{"Enrollment has multiplied by 10 since 2023.", []want{w("10", "10", "10", "exact", "count"), nc("2023", claims.KindYear)}},
	{"We divide revenue by 4 regions.", []want{w("4", "4", "4", "exact", "count")}},
	{"The town was divided by 3 rivers.", []want{w("3", "3", "3", "exact", "count")}},
	// a step or part of a guide is an identifier, as its sections are
	// (web-dev-5 and web-dev-6 label all eleven so); sequence labels stay
	// ordinals
	{"Step 1: Sign your contract and schedule your site assessment", []want{nc("1", claims.KindIdentifier)}},
	{"Step 2 - Protecting your organisation from malware", []want{nc("2", claims.KindIdentifier)}},
	{"I'm going to breeze over part 1 of the book.", []want{nc("1", claims.KindIdentifier)}},
	{"Day 2 of the trial began on Monday.", []want{nc("2", claims.KindOrdinal)}},
	{"The Celtics won Game 7 at home.", []want{nc("7", claims.KindOrdinal)}},
	// rate-each: a price each period keeps it as a rate (WCXB electrician
	// page dev_0273 "about $39-$54 each hour"; vivint's energy bills)
	{"The average electric bill is $136 each month.", []want{w("$136 each month", "136", "136", "exact", "USD/month")}},
	{"A licensed electrician averages about $39-$54 each hour.", []want{w("$39-$54 each hour", "39", "54", "range", "USD/hour")}},
	{"That adds up to over $2,000 each year.", []want{w("over $2,000 each year", "2000", "-", "more_than", "USD/year")}},
	{"Members pay £12 every week for classes.", []want{w("£12 every week", "12", "12", "exact", "GBP/week")}},
	{"Tickets were $20 each person.", []want{w("$20", "20", "20", "exact", "USD")}},
	{"The mugs cost $5 each.", []want{w("$5", "5", "5", "exact", "USD")}},
	{"He spent $5 every day since March.", []want{w("$5", "5", "5", "exact", "USD")}},
}

func TestWeb6Forms(t *testing.T) { checkCases(t, web6FormCases) }

// TestWeb6FormRules: the named rules of web-dev-6's forms show in explain.
func TestWeb6FormRules(t *testing.T) {
	checkFormRules(t, []formRule{
		{"A taxi started at about $7 Canadian.", "about $7 Canadian", "unit dollar-adjective-after"},
		{"Adults aged 55 to 75 years took part.", "55 to 75 years", "kind aged-range"},
		{"It prevailed in the mid-20th century.", "mid-20th", "kind period-ordinal"},
		{"Loans often require 20-30% down payments.", "20-30%", "change down-compound"},
		{"The average electric bill is $136 each month.", "$136 each month", "unit rate-each"},
		{"Then, multiply the result by 100.", "100", "kind arithmetic-operand"},
	})
}

// formRule is a mention of in whose text is text, decided by rule: a
// field of Rules ("unit", "kind", "change") and the rule's name.
type formRule struct{ in, text, rule string }

// checkFormRules checks that each case's mention is decided by its rule.
func checkFormRules(t *testing.T, cases []formRule) {
	t.Helper()
	for _, c := range cases {
		var got *Mention
		ms := Find(c.in)
		for i := range ms {
			if c.in[ms[i].Start:ms[i].End] == c.text {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.in, c.text, describe(c.in, ms))
			continue
		}
		r := got.Rules()
		names := map[string]string{"unit": r.Unit, "kind": r.Kind, "change": r.Change}
		var field, name string
		for i := range c.rule {
			if c.rule[i] == ' ' {
				field, name = c.rule[:i], c.rule[i+1:]
				break
			}
		}
		if names[field] != name {
			t.Errorf("%q: %q %s rule %q, want %q", c.in, c.text, field, names[field], name)
		}
	}
}
