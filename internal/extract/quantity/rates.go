package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rates: an amount or a measure keeps its denominator ("$0.03/kWh" is
// USD/kWh, "$15.4/hour" USD/hour, "RM79 a month" MYR/month, "C$6 per
// share" CAD/share, "four times per week" times/week, "188 miles an hour"
// mph). A physical rate with a symbol of its own is written so (rateUnits:
// mph, km/h, mpg); any other joins the two units with "/".

// rateNouns are the denominators of rates that are neither a time nor a
// measure unit, with their normalised name.
var rateNouns = map[string]string{
	"share": "share", "person": "person", "head": "person", "capita": "person", "night": "night",
	"ride": "ride", "trip": "trip", "visit": "visit", "ticket": "ticket", "user": "user", "seat": "seat",
	"passenger": "passenger", "household": "household", "employee": "employee", "worker": "worker",
	"student": "student", "pupil": "pupil", "patient": "patient", "barrel": "barrel", "unit": "unit",
	"square": "", "gallon": "gallon", "litre": "litre", "liter": "litre", "ounce": "oz", "tonne": "tonne",
	"ton": "ton", "pound": "lb", "kilo": "kg", "vehicle": "vehicle", "car": "car", "game": "game",
	"episode": "episode", "dose": "dose", "pack": "pack", "bottle": "bottle", "meal": "meal", "item": "item",
}

// notRateAfter follow "a year" in a comparison, not a rate ("$1.2bn a
// year earlier", "5% a year ago").
var notRateAfter = map[string]bool{
	"ago": true, "earlier": true, "before": true, "after": true, "prior": true, "later": true,
	"previously": true, "on": true, "from": true, "since": true,
}

// rateAfter reads the denominator after a money amount, a measure or a
// multiplier: "/kWh", "per kg", "a month", "an hour".
func (p *parser) rateAfter(c *cand) {
	if c.unit == "" || strings.Contains(c.unit, "/") || c.kind == "" && !c.hasUnit && !c.currency {
		return
	}
	if !c.currency && c.unit != "times" && measureDimension(c.unit) == "" {
		return
	}
	j := c.en
	sep := p.key(j)
	switch {
	case p.is(j, "/") && p.adj(j) && p.adj(j+1):
		sep = "/"
	case sep == "per":
	case p.isHyphen(j) && p.adj(j) && p.adj(j+1) && (p.key(j+1) == "a" || p.key(j+1) == "an" || p.key(j+1) == "per") && p.isHyphen(j+2) && p.adj(j+2) && p.adj(j+3):
		// hyphenated, as an adjective: "a $1-a-share payout", "$15-an-hour
		// jobs", "a 12-cent-a-share dividend", "$90-per-month plans"
		sep = p.key(j + 1)
		j += 2
	case (sep == "a" || sep == "an") && p.raw(j) != "A":
		if c.unit == "times" {
			return // "three times a week" stays a frequency word
		}
	default:
		return
	}
	den, en := p.rateDenominator(j + 1)
	if den == "" || (sep == "a" || sep == "an") && notRateAfter[p.key(en)] {
		return
	}
	if sep != "/" && sep != "per" && !(denIsTime(den) || c.currency) {
		return // "5 km a kg" is no rate; "20 miles a gallon" is read by per
	}
	unit := c.unit + "/" + den
	if u := rateUnits[[2]string{c.unit, den}]; u != "" {
		unit = u
	}
	c.unit = unit
	c.hasUnit = true
	c.en = en
	if r, ok := rateRules[c.unitRule]; ok {
		c.unitRule = r // "currency-abbrev+rate"
	} else {
		c.unitRule = ruleRate
	}
}

// rateDenominator reads a rate's denominator at j: a time unit, a measure
// unit (by its symbol: "kWh", "kg") or a rate noun.
func (p *parser) rateDenominator(j int) (string, int) {
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return "", 0
	}
	w := p.w(j)
	raw := p.raw(j)
	switch {
	case w != nil && w.tunit != "":
		return w.tunit, j + 1
	case w != nil && w.unit != "" && (!ambiguousUnits[w.key] || p.adj(j)):
		return w.unit, j + 1
	case raw == "h" || raw == "hr":
		return "hour", j + 1
	case raw == "s" && p.is(j-1, "/") && p.adj(j):
		return "second", j + 1 // "5 GB/s", "3 m/s" (only after a slash)
	}
	k := strings.ToLower(raw)
	if n, ok := rateNouns[k]; ok && n != "" {
		return n, j + 1
	}
	if strings.HasSuffix(k, "s") {
		if n, ok := rateNouns[k[:len(k)-1]]; ok && n != "" && p.is(j-1, "/") {
			return n, j + 1
		}
	}
	return "", 0
}

func denIsTime(den string) bool { return timeUnitNames[den] }

var timeUnitNames = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true,
	"night": true, "decade": true,
}

// measureDimension is the dimension of a measure unit of the lexicon, ""
// for others (money, counts, percent).
func measureDimension(unit string) string {
	u, ok := lexicon.Unit(unit)
	if !ok || u.Dimension == lexicon.DimMoney || u.Dimension == lexicon.DimCount || u.Dimension == lexicon.DimRatio || u.Dimension == lexicon.DimTime {
		return ""
	}
	return u.Dimension
}
