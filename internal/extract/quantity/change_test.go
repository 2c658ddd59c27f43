package quantity

import "testing"

// changeCases: a stated change and the named rule that reads it, in varied
// wording across markets, jobs, economy, sports and health news; rule ""
// with change "" is a negative (no change stated, or a level before it).
var changeCases = []struct {
	in, text, change, rule string
}{
	// change-verb, all inflections
	{"Shares climbed 4% on Tuesday.", "4%", "up", "change-verb"},
	{"Oil plunged 6% on Monday.", "6%", "down", "change-verb"},
	{"The index is plunging 3 percent in early trade.", "3 percent", "down", "change-verb"},
	{"The dollar slid 0.5% against the yen.", "0.5%", "down", "change-verb"},
	{"Retail sales rebounded 3% in May.", "3%", "up", "change-weak-rate"},
	{"The shares recovered 5% on Friday.", "5%", "up", "change-weak-rate"},
	{"Stocks rallied 2.1 percent after the Fed decision.", "2.1 percent", "up", "change-weak-rate"},
	{"Growth slowed 0.3 percentage points.", "0.3 percentage points", "down", "change-verb"},
	{"Bitcoin has been sliding 12% this week.", "12%", "down", "change-verb"},
	{"Prices skyrocketed 40% over the summer.", "40%", "up", "change-verb"},
	{"Cases leapt 18 per cent in a week.", "18 per cent", "up", "change-weak-rate"},
	{"The yen tanked 4% after the data.", "4%", "down", "change-verb"},
	{"The company trimmed its forecast by 0.2 percentage points.", "0.2 percentage points", "down", "change-by-amount"},
	{"Hospital admissions are easing 6 percent a week.", "6 percent", "down", "change-verb"},
	{"Unemployment fell to 3.9% in June.", "3.9%", "down", "change-verb"},
	// change-object-rate: the changed thing between the verb and a rate
	{"The company grew revenue 20% last year.", "20%", "up", "change-object-rate"},
	{"Apple increased iPhone sales 12 percent in the quarter.", "12 percent", "up", "change-object-rate"},
	{"The airline cut its capacity 10% for the winter.", "10%", "down", "change-object-rate"},
	{"Tesla slashed prices 20 per cent in China.", "20 per cent", "down", "change-object-rate"},
	{"The insurer hiked its dividend 8%.", "8%", "up", "change-object-rate"},
	{"Sales rose in the region 5%.", "5%", "", ""},
	{"He increased his lead with 40% of the vote.", "40%", "", ""},
	// change-level-to: the target of a change after "to a record" (dev5
	// "surged 16.4% to a record $785.38", "rose $212 billion to a record
	// $17.5 trillion"; web-dev-3 "to a record 234"); levels after "at"
	// carry none (web-dev's convention, as "closed down 3.2% at $240")
	{"Nvidia surged 16.4% to a record $785.38.", "$785.38", "up", "change-level-to"},
	{"Household debt rose $212 billion to a record $17.5 trillion.", "$17.5 trillion", "up", "change-level-to"},
	{"Gold rose 2% to a record high of $2,100 an ounce.", "$2,100 an ounce", "up", "change-level-to"},
	{"Oil slumped 4% to a new low of $61.20 a barrel.", "$61.20 a barrel", "down", "change-level-to"},
	{"Toyota shares closed up 4% at 3,357 yen on Friday.", "3,357 yen", "", ""},
	{"The Dow gained 312 points, or 0.9 per cent, to close at 37,440.", "37,440", "", ""},
	{"Sales rose 5% to a record 300 stores in the region.", "300", "", ""},
	// change-level-to: a participle names the total the change reached
	{"The company added 2,000 employees in the quarter, taking its headcount to 3,15,332.", "3,15,332", "up", "change-level-to"},
	{"Jio added 3.2 million wireless subscribers, taking its base to 459.8 million.", "459.8 million", "up", "change-level-to"},
	{"The fund lost 4% in May, bringing its assets to $2 billion.", "$2 billion", "down", "change-level-to"},
	// change-taken-total: the total an amount with no change of its own
	// took somewhere (dev5's "taking the total to US$35.3 billion",
	// "bringing the full-year payout to 60 sen" are rises)
	{"He scored 20 runs, taking the side to 300.", "300", "up", "change-taken-total"},
	{"Maybank declared a final dividend of 31 sen a share, bringing the full-year payout to 60 sen.", "60 sen", "up", "change-taken-total"},
	{"The council approved an extra $16.5m, lifting total spending to $1.02bn.", "$1.02bn", "up", "change-taken-total"},
	{"The deal brought the year-to-date deal value to $63.3 billion.", "$63.3 billion", "", ""},
	{"Retailers offer $100 off, bringing the cost down to $149.", "$149", "down", "change-level-to"},
	{"He was taking the bus to 5 stops.", "5", "", ""},
	// multiplier-verb: a verb of multiplying is a rise
	{"Cocoa futures have nearly tripled this year.", "nearly tripled", "up", "multiplier-verb"},
	{"Bitcoin climbed 4%, more than doubling in value over the past year.", "more than doubling", "up", "multiplier-verb"},
	{"Obesity rates have almost quadrupled since 1975.", "almost quadrupled", "up", "multiplier-verb"},
	{"The firm reported a fivefold return.", "fivefold", "", ""},
	// change-by-amount past hyphened compounds and demonstratives
	{"We will reduce hosted-runners prices by up to 39% on January 1.", "up to 39%", "down", "change-by-amount"},
	{"The factors can reduce this optimum by up to 30%.", "up to 30%", "down", "change-by-amount"},
	{"Tools can cut time-to-hire by 50%.", "50%", "down", "change-by-amount"},
	// fraction-after-by: a hedged fraction after "by" is the change
	{"Shoplifting offences jumped by almost a third to 469,788.", "almost a third", "up", "change-verb"},
	{"Shoplifting offences jumped by almost a third to 469,788.", "469,788", "up", "change-new-level"},
	{"Sales plummeted by more than a third from the spring.", "more than a third", "down", "change-verb"},
	// change-stock-count after one modifier
	{"Jio added 3.2 million wireless subscribers in November.", "3.2 million", "up", "change-stock-count"},
	{"Netflix added 13.1 million paid memberships in the quarter.", "13.1 million", "up", "change-stock-count"},
	{"The team added 3 new players to the squad.", "3", "", ""},
	// change-up-from: the new level before ", up/down from" the old one, a
	// year between them
	{"About 1 in 4 adults smoked in 2020, up from 1 in 10 in 2010.", "About 1 in 4", "up", "change-up-from"},
	{"About 1 in 4 adults smoked in 2020, up from 1 in 10 in 2010.", "1 in 10", "", ""},
	{"Some 30% of firms used AI in 2024, up from 12% in 2022.", "Some 30%", "up", "change-up-from"},
	{"Joblessness stood at 5.2% last month, down from 6.1%.", "5.2%", "down", "change-up-from"},
	{"Sales jumped 40 percent year-on-year to 2.3 million vehicles.", "2.3 million", "up", "change-new-level"},
	{"Revenue rose 12% y/y to $4.1bn.", "$4.1bn", "up", "change-new-level"},
	{"Gold rose $20 to $2,050 an ounce.", "$20", "up", "change-verb"},
	{"Gold rose $20 to $2,050 an ounce.", "$2,050 an ounce", "up", "change-new-level"},
	{"Shares of the bank fell $1.50 to $48.20.", "$48.20", "down", "change-new-level"},
	{"The stock gave up 3% after the report.", "3%", "down", "change-adverb"},
	{"The sell-off erased 3% of its value.", "3%", "down", "change-verb"},
	{"The yen strengthened 1.2% against the dollar.", "1.2%", "up", "change-verb"},
	// change-adverb
	{"Sales were up 5% from last year.", "5%", "up", "change-adverb"},
	{"The stock is down 3 points.", "3 points", "down", "change-adverb"},
	// change-noun-after and change-noun-in
	{"The company reported a 5% rise in revenue.", "5%", "up", "change-noun-after"},
	{"Wednesday's 40% plunges wiped out the gains.", "40%", "down", "change-noun-after"},
	{"The Dow posted a 300-point rally on Friday.", "300-point", "up", "change-noun-after"},
	{"Shares suffered a 7% slide after the results.", "7%", "down", "change-noun-after"},
	{"Gold staged a $40 rebound.", "$40", "up", "change-noun-after"},
	// change-or-restated and change-new-level
	{"The S&P 500 rose 3.54 points, or 0.2 percent, to 2,173.60.", "0.2 percent", "up", "change-or-restated"},
	{"The S&P 500 rose 3.54 points, or 0.2 percent, to 2,173.60.", "2,173.60", "up", "change-new-level"},
	{"Brent crude fell 71 cents, or 0.7 percent, to $102.48 a barrel.", "0.7 percent", "down", "change-or-restated"},
	{"The Nasdaq lost 40 points or 0.8% on the day.", "0.8%", "down", "change-or-restated"},
	{"Revenue rose 3.5% to $3.2bn.", "$3.2bn", "up", "change-new-level"},
	// change-by-amount: the object stands between the verb and "by"
	{"The plan would cut greenhouse gas emissions and land use by 70%.", "70%", "down", "change-by-amount"},
	{"Sleeping on the back can decrease the risk of sudden infant death syndrome (SIDS) by as much as 50%.", "as much as 50%", "down", "change-by-amount"},
	// weak verbs: stock counts, "by"/"to", rates
	{"The economy added 200,000 jobs in March.", "200,000", "up", "change-stock-count"},
	{"JavaScript added 427,000 contributors on GitHub.", "427,000", "up", "change-stock-count"},
	{"Labour gained three seats in the council.", "three", "up", "change-stock-count"},
	{"Netflix is adding 8 million subscribers a quarter.", "8 million", "up", "change-stock-count"},
	{"The central bank boosted rates by 0.25 percentage points.", "0.25 percentage points", "up", "change-weak-by-to"},
	{"The Democrats gained 4 points in the poll.", "4 points", "up", "change-weak-rate"},
	// change-than-earlier: compared with an earlier time of the same thing
	{"They sold 15,000 more cars than a year earlier.", "15,000", "up", "change-than-earlier"},
	{"There were 120 fewer deaths than last year.", "120", "down", "change-than-earlier"},
	{"Voters cast 2 million fewer ballots than in 2016.", "2 million", "down", "change-than-earlier"},
	{"The clinic saw 300 more patients than the previous winter.", "300", "up", "change-than-earlier"},
	// change-noun-of, and the level after a multiplier or past a verb
	{"The measure passed with 52 votes, a gain of three.", "three", "up", "change-noun-of"},
	{"Sales more than doubled to $4 billion.", "$4 billion", "up", "change-new-level"},
	{"Bitcoin surged past $100,000 on Thursday.", "past $100,000", "up", "change-verb"},
	{"Users rose by 32%, reaching 189 million.", "189 million", "", ""}, // a level after "reach" carries none
	{"The firm has 300 staff, reaching 12 countries.", "12", "", ""},
	{"The index slid 1.2%, ending at 4,512.", "4,512", "", ""},
	{"Tesla shares closed down 3.2% at $240.", "$240", "", ""},
	{"Shares were up 19 cents at US$58.24.", "19 cents", "up", "change-adverb"},
	{"Shares were up 19 cents at US$58.24.", "US$58.24", "", ""},
	{"Unemployment is inching back up to 4.8 percent.", "4.8 percent", "up", "change-new-level"},
	{"The Yankees won again, extending their lead to six games.", "six", "up", "change-weak-by-to"},
	{"Shares of the firm were trading at $45.10.", "$45.10", "", ""},
	{"The charger can power up to 30 phones.", "up to 30", "", ""},
	// comparatives after a rate, multiple or money; "off", "save", "discount"
	// (a comparison with another thing states no change: conv18's label
	// convention, comparisonRules; TestConventionComparison)
	{"The new chip is 20% faster than its rival.", "20%", "", "comparison-than-other"},
	{"The firm paid 5% more than the asking price.", "5%", "", "comparison-than-other"},
	{"Women earn 18% less than men.", "18%", "", "comparison-than-other"},
	{"The risk is 18 times higher among smokers.", "18 times", "", "comparison-bare"},
	{"The base model is $50 cheaper.", "$50", "", "comparison-bare"},
	{"Costs are 30% lower on mobile.", "30%", "", "comparison-bare"},
	{"Get 20% off all orders this week.", "20%", "down", "change-noun-after"},
	{"Members get a 15% discount on tickets.", "15%", "down", "change-noun-after"},
	{"Bundling can save you 25% on insurance.", "25%", "down", "change-weak-rate"},
	{"Shoppers can save $300 on the TV.", "$300", "down", "change-weak-rate"},
	{"The tool improves employee satisfaction by 15%.", "15%", "up", "change-weak-by-to"},
	{"Testers saw a 50% improvement in load times.", "50%", "up", "change-noun-after"},
	{"The new policy reduces waiting times by 20 percent.", "20 percent", "down", "change-by-amount"},
	{"The school improved 3 classrooms this summer.", "3", "", ""},
	// change-sign
	{"Repositories grew to 4 million (+22.22% YoY).", "22.22%", "up", "change-sign"},
	{"Shares closed +5% on the day.", "5%", "up", "change-sign"},
	{"MSFT +2.3%, AAPL -1.4%.", "-1.4%", "down", "change-sign"},
	{"Fund returns were -3% last year.", "-3%", "down", "change-sign"},
	// period words before a change noun
	{"It had a 12% year-on-year rise in sales.", "12%", "up", "change-noun-after"},
	{"ARR reflects over 70% year-over-year growth.", "over 70%", "up", "change-noun-after"},
	{"Sales posted a 4% y/y decline.", "4%", "down", "change-noun-after"},
	// negatives: not a change, or the level before a change
	{"Smith added three assists in the win.", "three", "", ""},
	{"The campaign raised $20 million in May.", "$20 million", "", ""},
	{"Six million jobs depend on exports, one slide says.", "one", "", ""},
	{"A 5,000-person rally marched downtown.", "5,000", "", ""},
	{"Unemployment rose from 4% to 5%.", "4%", "", ""},
	{"She won 48 percent, or 2 million votes.", "2 million", "", ""},
	{"Officials counted 30 people at the rally, or 40 by other counts.", "40", "", ""},
	{"The study followed 1,200 members of the union.", "1,200", "", ""},
	{"Two more people joined.", "Two", "", ""},
	{"Police recovered 30 guns in the raid.", "30", "", ""},
	{"The goalkeeper saved 2 penalties.", "2", "", ""},
	{"She will sink 3 putts on the back nine.", "3", "", ""},
	{"The candidate can rally 5,000 supporters.", "5,000", "", ""},
	{"Her trail stretched 3 miles.", "3 miles", "", ""},
	{"She won a narrow 52 percent majority.", "52 percent", "", ""},
	{"The euro fell to $1.1175 from $1.1074, and the pound rose to $1.3231 from $1.3158.", "$1.3231", "up", "change-verb"},
	{"The euro fell to $1.1175 from $1.1074, and the pound rose to $1.3231 from $1.3158.", "$1.3158", "", ""},
	{"Support is up an average of 9.2 percentage points.", "9.2 percentage points", "up", "change-adverb"},
	{"Most have their minds made up compared to 38 percent of others.", "38 percent", "", ""},
	{"Shares were down nearly 5% by noon.", "nearly 5%", "down", "change-adverb"},
	{"He finished two seconds faster.", "two seconds", "", ""},
	{"The agency hired 40 more staff this month.", "40", "", ""},
	{"Emissions must be 32 percent below 2005 levels.", "32 percent", "", ""},
	{"Temperatures hit -5C overnight.", "-5C", "", ""},
	{"Call +44 20 7946 0958 for details.", "+44 20 7946 0958", "", ""},
	{"The vote was 5% annual members.", "5%", "", ""},
	{"She recorded a gain of 3 kilos over the season.", "3 kilos", "up", "change-noun-of"},
	// web copy (issue #15, web-dev): a first or second person's possessive
	// between the verb and the rate; a change converted in brackets; the
	// level a change starts from
	{"Personally, I increased my salary 400% by interviewing better.", "400%", "up", "change-object-rate"},
	{"We cut our costs 20% last year.", "20%", "down", "change-object-rate"},
	{"This tool can boost your sales by 30%.", "30%", "up", "change-weak-by-to"},
	{"They sustained a weight loss of 25 lbs (11.5 kg) over a year.", "11.5 kg", "down", "change-or-restated"},
	{"In summer, reduce the water to 1 3/4 cups (400g).", "400g", "down", "change-or-restated"},
	{"The river fell 3 miles (4.8 km) short.", "4.8 km", "down", "change-or-restated"},
	{"A fine of 500 euros ($560) was paid.", "$560", "", ""},
	{"Trump is far below at -30 points (30 percent to 60 percent).", "30 percent to 60 percent", "", ""},
	{"Teams cut error rates from roughly 15-20% down to under 2%.", "15-20%", "", ""},
	{"Stock fell from 40 up to 60 then down.", "40", "", ""},
	{"Shares were 5% down on the day.", "5%", "down", "change-noun-after"},
	// "grow" as cultivating or reaching a size states no change; "in"
	// between a change noun and "by"
	{"I grow two of my five plants by the window.", "two", "", ""},
	{"Farmers could grow 97% of what they grew before.", "97%", "", ""},
	{"These shrubs grow 2 to 4 feet tall.", "2 to 4 feet", "", ""},
	{"Sales grew 5% last year.", "5%", "up", "change-verb"},
	{"The client saw an increase in traffic by 9,109%.", "9,109%", "up", "change-by-amount"},
	{"Output rose in value by 12% last year.", "12%", "up", "change-by-amount"},
	// a comparative before "than" compares with the amount: no change
	{"Rates are meaningfully higher than the 6.3% rates we predict.", "6.3%", "", ""},
	{"Costs ran lower than the $5 million budgeted.", "$5 million", "", ""},
	{"Shares rose more than 5% on Monday.", "more than 5%", "up", "change-verb"},
	// a bracketed example of a change: "from A to B" is its from- and to-level
	{"Renewal prices do jump up (e.g., from $1.99 to $10.99 per month)", "$10.99 per month", "up", "change-adverb"},
	{"Fees rose sharply (for example, from 5% to 7%).", "7%", "up", "change-verb"},
	{"Plans cost (e.g., from $5 to $10 a month).", "from $5 to $10 a month", "", ""},
	// change-by-ellipsis: the verb left out after "and"
	{"Temperatures have risen by 2.5°F and temperatures in Alaska by 4.2°F.", "4.2°F", "up", "change-by-ellipsis"},
	{"Exports fell by 5% and imports by 3%.", "3%", "down", "change-by-ellipsis"},
	{"Exports fell by 5%, helped by 40 ships.", "40", "", ""},
	{"Sales rose by 5%, and staff led by 3 managers cheered.", "3", "", ""},
	// the wire's new level after "to": past "in the week ended yesterday"
	// (timeAdverbWords) and "a seasonally adjusted" (changeLevelLinks):
	// web-dev-17 (Reuters 1987), as US data releases write it
	{"Assets increased 720.4 mln dlrs in the week ended yesterday to 236.90 billion dlrs.", "236.90 billion dlrs", "up", "change-new-level"},
	{"Loans fell $2 billion in the week ending Wednesday to $65 billion.", "$65 billion", "down", "change-new-level"},
	{"M-1 rose 2.1 billion dlrs to a seasonally adjusted 736.7 billion dlrs.", "736.7 billion dlrs", "up", "change-level-to"},
	{"Retail sales fell 1.1% to a seasonally adjusted $705.3 billion.", "$705.3 billion", "down", "change-level-to"},
}

func TestChangeRules(t *testing.T) {
	for _, c := range changeCases {
		var m *Mention
		ms := Find(c.in)
		for k := range ms {
			if c.in[ms[k].Start:ms[k].End] == c.text {
				m = &ms[k]
			}
		}
		if m == nil {
			t.Errorf("%q: no mention %q (got %s)", c.in, c.text, describe(c.in, ms))
			continue
		}
		if r := m.Rules().Change; m.Change != c.change || r != c.rule {
			t.Errorf("%q: %q change %q by rule %q, want %q by %q", c.in, c.text, m.Change, r, c.change, c.rule)
		}
	}
}
