package quantity

import (
	"strings"
	"testing"
)

// inherit20FormCases: a bare figure set against or parallel to a figure
// with a unit takes that unit (branch inherit20): the link words of
// level-shares-unit (levelUnitLinks, amountComparisons), the standing words
// before the earlier level, a figure listed after one that took its unit,
// a part of a whole; a rate's denominator carried to a parallel quote
// (rate-parallel) and to a level with its numerator's unit word
// (level-shares-rate). Seen in web-dev-20, web-dev-13, dev5, web-dev-11.
var inherit20FormCases = []ruleFormCase{
	// "against" with no comma, as "compared" and "vs" (web-dev-20: three
	// documents)
	{"level-shares-unit", "ONIC put deliveries at 9.91 mln tonnes against 10.77 mln the previous season.", "10.77 mln", "1.077e7", "", "tonne"},
	{"level-shares-unit", "Output reached 4.2 million barrels against 3.9 million a year earlier.", "3.9 million", "3.9e6", "", "barrel"},
	{"level-shares-unit", "The mill crushed 120,000 tonnes of cane last month against 98,000 in March.", "98,000", "98000", "", "tonne"},
	// a longer phrase before a bare comparison link (web-dev-20)
	{"level-shares-unit", "It was likely to export 3.8 mln bales of cotton during the current fiscal year compared with 3.86 mln last year.", "3.86 mln", "3.86e6", "", "bale"},
	// a determiner and a standing word before the earlier level
	{"level-shares-unit", "The policy is to raise the reserve to 750 mln barrels, from its present 500 mln, to protect the economy.", "500 mln", "5e8", "", "barrel"},
	{"level-shares-unit", "Stocks fell to 40,000 tonnes from their current 52,000 in the spring.", "52,000", "52000", "", "tonne"},
	// a figure listed after an earlier level that took the unit
	{"level-shares-unit", "Production was 1.42 mln tonnes against 1.4 mln in 1985/86 and an average 1.76 mln in the previous three seasons.", "1.76 mln", "1.76e6", "", "tonne"},
	{"level-shares-unit", "Exports hit 2.5 million barrels against 2.1 million in 2021 and 1.9 million in 2020.", "1.9 million", "1.9e6", "", "barrel"},
	// a part of a whole (web-dev-20, web-dev-13)
	{"level-shares-unit", "The nursery owns 100 acres, of which 75 are in shade houses.", "75", "75", "", "acre"},
	{"level-shares-unit", "He has lived in the UK for 24 years, 14 of which he has spent at the agency.", "14", "14", "", "year"},
	{"level-shares-unit", "The farm used 600 tonnes of feed, of which 250 was imported.", "250", "250", "", "tonne"},
	// a quote's level in a parallel clause (dev5, web-dev-11)
	{"rate-parallel", "Gold rose 1.4% to $2,045.30 an ounce, and silver added 2% to $23.10.", "$23.10", "23.1", "", "USD/oz"},
	{"rate-parallel", "Brent settled at $82.40 a barrel, while WTI ended at $78.15.", "$78.15", "78.15", "", "USD/barrel"},
	{"rate-parallel", "Rents rose to $1,500 a month in Boston, but in Denver they fell to $1,200.", "$1,200", "1200", "", "USD/month"},
	// a price per thing set against another by a comparison (web-dev-9,
	// web-dev-11's per-month form)
	{"rate-parallel", "Health spending per capita reached $12,555 in the United States, against €5,300 in France.", "€5,300", "5300", "", "EUR/person"},
	{"rate-parallel", "GDP per capita reached $48,000 in Canada, versus €41,000 in France.", "€41,000", "41000", "", "EUR/person"},
	// a list of mixed numbers before its unit (web-dev-20's deposit
	// quotes; the wire's fractions): list-unit gives the unit, explain
	// keeps the value rule's name (valueRules, as for a unit after it)
	{"mixed-number-hyphen", "Deposits were quoted at 6-5/8, 3/8, 7-1/8, 6-7/8 and 7-3/8, 1/8 pct respectively.", "7-1/8", "7.125", "", "percent"},
	{"mixed-number-hyphen", "Yields ranged at 2-1/2 and 3-1/4 pct.", "2-1/2", "2.5", "", "percent"},
	// the earlier level of a rate with the numerator's unit word and a time
	// adverb after it (web-dev-20)
	{"level-shares-rate", "Exports will fall to below 10 mln bushels a week from around 20 mln bushels currently.", "around 20 mln bushels", "2e7", "", "bushel/week"},
}

// inherit20Negatives keep their units.
var inherit20Negatives = []unitsCase{
	// a count of things after the link, a noun after the figure
	{"Sales rose to 300 mln dlrs against 27 companies in the survey.", map[string]string{"300 mln dlrs": "USD", "27": "count"}},
	{"It shipped 5,000 tonnes against 12 orders.", map[string]string{"5,000 tonnes": "tonne", "12": "count"}},
	// counts next to money
	{"It paid $3 mln for 5 stores against 4 last year.", map[string]string{"$3 mln": "USD", "5": "count", "4": "count"}},
	// percent and count levels give nothing
	{"Turnout was 62 percent against 58 in 2019.", map[string]string{"62 percent": "percent", "58": "count"}},
	// no parallel quote word, another currency, a clause end between
	{"Gold rose to $2,045 an ounce, and the fund paid out $30.", map[string]string{"$2,045 an ounce": "USD/oz", "$30": "USD"}},
	{"Gold rose to $2,045 an ounce, while the pound rose to €1.17.", map[string]string{"$2,045 an ounce": "USD/oz", "€1.17": "EUR/GBP"}},
	{"Gold rose to $2,045 an ounce. Silver rose to $23.", map[string]string{"$2,045 an ounce": "USD/oz", "$23": "USD"}},
	// a price per thing joined by "and" is no parallel
	{"Spending per capita reached $12,555 in Ohio and $300 in fees.", map[string]string{"$12,555": "USD/person", "$300": "USD"}},
	// a part with no whole in a unit
	{"It hired 300 workers, of which 75 are temporary.", map[string]string{"300": "count", "75": "count"}},
}

func TestInherit20Forms(t *testing.T) {
	for _, c := range inherit20FormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
	checkUnitCases(t, inherit20Negatives)
}
