package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// A bare "degrees" or "°" an oven is set to is Fahrenheit when its value
// is one only Fahrenheit gives there (rule appliance-scale): "Preheat the
// oven to 375 degrees" (web-dev-10), "preheat your oven to 450 degrees"
// (a WCXB recipe). A value Celsius gives too stays a degree ("Preheat the
// oven to 180 degrees" is Celsius in British papers; "the oven door
// opens 90 degrees"). The sentence names the appliance (applianceScales:
// one row each, with the values only Fahrenheit gives on it). A
// thermostat's bare degrees follow the same convention (testdata/claims/
// README.md, "Label conventions": the dev golds resolve a bare temperature
// to the scale its context gives): "Set the thermostat to 68 degrees"
// (web-dev-8), "set the thermostat to 85°" (suites-cqe-dev, relabelled
// from a bare degree on 2026-12-07); "set the thermostat to 20 degrees" is
// a Celsius home's and stays a degree.
var ruleApplianceScale = newRule("appliance-scale")

type applianceScale struct {
	words          map[string]bool
	fahrLo, fahrHi float64 // values only Fahrenheit gives on it
}

var applianceScales = []applianceScale{
	// ovens run 100-260 °C, 275-550 °F
	{lexicon.WordSet(`oven ovens preheat preheated preheating`), 275, 550},
	// homes are kept at 5-30 °C, 45-90 °F
	{lexicon.WordSet(`thermostat thermostats`), 40, 95},
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
