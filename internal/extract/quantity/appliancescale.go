package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// A bare "degrees" or "°" an oven is set to is Fahrenheit when its value
// is one only Fahrenheit gives there (rule appliance-scale): "Preheat the
// oven to 375 degrees" (web-dev-10), "preheat your oven to 450 degrees"
// (a WCXB recipe). A value Celsius gives too stays a degree ("Preheat the
// oven to 180 degrees" is Celsius in British papers; "the oven door
// opens 90 degrees"). The sentence names the appliance (applianceScales:
// one row each, with the values only Fahrenheit gives on it). A
// thermostat is no row: web-dev-8 labels "Set the thermostat to 68
// degrees" fahrenheit, but both peer suites (and CQE's re-annotation)
// keep "set the thermostat to 85°" a bare degree.
var ruleApplianceScale = newRule("appliance-scale")

type applianceScale struct {
	words          map[string]bool
	fahrLo, fahrHi float64 // values only Fahrenheit gives on it
}

var applianceScales = []applianceScale{
	// ovens run 100-260 °C, 275-550 °F
	{lexicon.WordSet(`oven ovens preheat preheated preheating`), 275, 550},
}

// applianceScaleAt returns "fahrenheit" when the sentence around token j
// names an appliance of applianceScales and c's value is one only
// Fahrenheit gives on it, else "".
func (p *parser) applianceScaleAt(c *cand, j int) string {
	st, en := p.sentenceAround(j)
	for k := st; k < en; k++ {
		if p.toks[k].k != tWord {
			continue
		}
		for _, a := range applianceScales {
			if lowerIn(a.words, p.raw(k)) {
				if c.v >= a.fahrLo && c.v <= a.fahrHi {
					return "fahrenheit"
				}
				return ""
			}
		}
	}
	return ""
}
