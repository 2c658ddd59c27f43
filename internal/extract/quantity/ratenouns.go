package quantity

// Rates whose denominator is a rate noun (rateNouns: a person, a child, a
// trip, a game) rather than a unit.

// A count whose noun stands between it and "per" and a rate noun is a
// count per that noun (rule count-per-noun), as rate-after-noun reads one
// per time: "108 containers per trip" count/trip (dev), "three doses per
// child" count/child, "12 patients per nurse"; a time denominator after it
// is kept too: "three doses per child per year" count/child/year, "2
// visits per member per year". Only "per" opens it ("5 goals a game" is
// left as it was), and only a rate noun closes it: "per cent", "per the
// filing" and "per hour" (rate-after-noun) are not read here.
var ruleCountPerNoun = newRule("count-per-noun")

// A measure per head per time keeps both denominators (rule
// rate-noun-time), as money does ("$9 per user per month"): "4.9 pounds
// per person per day" lb/person/day (dev), "50 litres per person per day".
var ruleRateNounTime = newRule("rate-noun-time")

// rateNounUnits are the denominators rateNouns reads that are no units:
// the nouns a count or measure is divided among.
var rateNounUnits = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range rateNouns {
		if u != "" && measureDimension(u) == "" && !timeUnitNames[u] {
			m[u] = true
		}
	}
	return m
}()

// countPerNoun reads "per <rate noun>" at j, and a time denominator after
// it, as the denominators of the count c (rule count-per-noun).
func (p *parser) countPerNoun(c *cand, j int) {
	den, en := p.rateDenominator(j + 1)
	if !rateNounUnits[den] {
		return
	}
	c.unit += "/" + den
	if t, _ := p.timeDenominatorAt(en); t != "" && !noRatePeriods[t] {
		c.unit += "/" + t
	}
	// (the mention keeps its span, as rate-after-noun leaves it)
	c.unitRule = ruleCountPerNoun
}
