package quantity

import (
	"strings"
	"testing"
)

// formCase is one mention of a form of issue #15 (units, currencies,
// scales, rates, signs): the sentence, the mention's text, its bounds
// ("" = same as low) and unit. Each form is written in varied wording from
// at least two independent sources.
type formCase struct {
	form, in, text, low, high, unit string
}

var formCases = []formCase{
	// temperatures: a scale after "degrees"/"deg"/"°", spaced or glued
	{"degree-scale", "It will be 30 degrees Celsius tomorrow.", "30 degrees Celsius", "30", "", "celsius"},
	{"degree-scale", "Normal body temperature is 98.6 degrees f in adults.", "98.6 degrees f", "98.6", "", "fahrenheit"},
	{"degree-scale", "The water was 6 deg c at dawn.", "6 deg c", "6", "", "celsius"},
	{"degree-scale", "Patients with 100.2 degrees farenheit were isolated.", "100.2 degrees farenheit", "100.2", "", "fahrenheit"},
	{"degree-sign", "Heat the oven to 300 °C before baking.", "300 °C", "300", "", "celsius"},
	{"degree-sign", "The furnace reached 1,200°F overnight.", "1,200°F", "1200", "", "fahrenheit"},
	{"temperature-word", "It was 10.5 celcius in Oslo.", "10.5 celcius", "10.5", "", "celsius"},
	{"temperature-word", "The probe read 2.14degF above normal.", "2.14degF", "2.14", "", "fahrenheit"},
	{"temperature-letter", "Temperatures fell to -5C overnight.", "-5C", "-5", "", "celsius"},
	{"temperature-letter", "Phoenix hit 118F on Friday.", "118F", "118", "", "fahrenheit"},
	// units of the lexicon's table, glued or spaced
	{"unit-table", "Each tablet holds 150 micrograms of iodine.", "150 micrograms", "150", "", "ug"},
	{"unit-table", "A daily dose of 37.8 microgrammes was given.", "37.8 microgrammes", "37.8", "", "ug"},
	{"unit-table", "The chip is built on a 16.25 nanometers process.", "16.25 nanometers", "16.25", "", "nm"},
	{"unit-table", "Add 3 tablespoons of sugar.", "3 tablespoons", "3", "", "tbsp"},
	{"unit-table", "Stir in two teaspoons of salt.", "two teaspoons", "2", "", "tsp"},
	{"unit-table", "The battery holds 5,000mAh.", "5,000mAh", "5000", "", "mAh"},
	{"unit-table", "The engine makes 400 Nm of torque.", "400 Nm", "400", "", "Nm"},
	{"unit-table", "It produces 300 bhp and 295 lb-ft.", "300 bhp", "300", "", "hp"},
	{"unit-table", "The collider ran at 13 TeV.", "13 TeV", "13", "", "TeV"},
	{"unit-table", "The band gap is 1.1 eV.", "1.1 eV", "1.1", "", "eV"},
	{"unit-table", "Storage reached 15 exabytes last year.", "15 exabytes", "15", "", "EB"},
	{"unit-table", "Pour 44 ml of the syrup.", "44 ml", "44", "", "ml"},
	{"unit-table", "The tablet contains 50 mg of caffeine.", "50 mg", "50", "", "mg"},
	{"unit-table", "A pole of 10 dm is needed.", "10 dm", "10", "", "dm"},
	{"unit-glued", "The port ships 278,000t a year.", "278,000t", "278000", "", "tonne"},
	{"unit-glued", "The bottle holds 1.5l of water.", "1.5l", "1.5", "", "litre"},
	{"unit-glued", "Cut a strip of 2in wide.", "2in", "2", "", "inch"},
}

func TestForms(t *testing.T) {
	for _, c := range formCases {
		ms := Find(c.in)
		i := strings.Index(c.in, c.text)
		if i < 0 {
			t.Fatalf("%s: %q not in %q", c.form, c.text, c.in)
		}
		var m *Mention
		for k := range ms {
			if ms[k].Start < i+len(c.text) && i < ms[k].End {
				m = &ms[k]
				break
			}
		}
		if m == nil {
			t.Errorf("%s: %q: no mention of %q (got %s)", c.form, c.in, c.text, describe(c.in, ms))
			continue
		}
		hi := c.high
		if hi == "" {
			hi = c.low
		}
		if got := c.in[m.Start:m.End]; got != c.text || !sameBound(m.Low, num(c.low)) || !sameBound(m.High, num(hi)) || m.Unit != c.unit {
			t.Errorf("%s: %q: got %s, want [%s %s..%s %s] (rules %+v)", c.form, c.in, describe(c.in, []Mention{*m}), c.text, c.low, hi, c.unit, m.Rules)
		}
	}
}
