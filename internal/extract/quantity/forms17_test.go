package quantity

import (
	"strings"
	"testing"
)

// forms17RuleCases are value and unit forms of web-dev-16 found again in
// web-dev-12, web-dev-13 or web-dev-14 (issue 15), each with the rule
// `extract quantities --explain` names, in varied wording.
var forms17RuleCases = []ruleFormCase{
	// "N-pound" decided past what its next word says (rule hyphen-pound,
	// poundHeadAt): a bracketed conversion (web-dev-16 "a 154-pound
	// (70-kilogram) 40-year-old man") or a heavy object's head after a
	// modifier noun (web-dev-12 "a 300-pound manhole cover")
	{"hyphen-pound", "It looks at the metabolic rate of a 154-pound (70-kilogram) 40-year-old man.", "154-pound", "154", "", "lb"},
	{"hyphen-pound", "She hauled a 20-pound (9 kg) sack of feed up the hill.", "20-pound", "20", "", "lb"},
	{"hyphen-pound", "Drivers face a 50-pound ($64) penalty for parking there.", "50-pound", "50", "", "GBP"},
	{"hyphen-pound", "The blast could pop a 300-pound manhole cover into the air.", "300-pound", "300", "", "lb"},
	{"hyphen-pound", "Crews lifted a 2,000-pound concrete slab off the car.", "2,000-pound", "2000", "", "lb"},
	{"hyphen-pound", "He dropped a 50-pound steel lid on his foot.", "50-pound", "50", "", "lb"},
	// a frequency each period keeps its denominator (rule rate-each), as
	// "four times per week" does (web-dev-14 "10x every week, or 2x every
	// day"; web-dev-5, -6, -8, -10, -11 "N times a/per week")
	{"rate-each", "Would your rather 10x every week, or 2x every day?", "10x every week", "10", "", "times/week"},
	{"rate-each", "She calls her mother three times every month.", "three times every month", "3", "", "times/month"},
	{"rate-each", "The pump cycles 4 times each hour.", "4 times each hour", "4", "", "times/hour"},
}

// forms17Negatives: what decides none of the forms above stays as it was.
var forms17Negatives = []unitsCase{
	{"He got a 10-pound increase.", map[string]string{"10": "count"}},
	{"He got a 10-pound pay rise last year.", map[string]string{"10": "count"}},
	{"It was a 10-pound (long) wait.", map[string]string{"10": "count"}},
	{"He tried it 10 times every time it failed.", map[string]string{"10 times": "times"}},
	{"He has done it 5 times each.", map[string]string{"5 times": "times"}},
}

// forms17ChangeCases: a level converted in brackets after its counted noun
// keeps the change (rule change-or-restated; web-dev-14 "increased to 32
// chunks (512 blocks)", as web-dev's "reduce the water to 1 3/4 cups
// (400g)" after a unit); without a change, or after another mention's
// noun, it states none.
var forms17ChangeCases = []struct {
	in   string
	want []want
}{
	{"* Max render distance has been increased to 32 chunks (512 blocks)", []want{chg(w("32", "32", "32", "exact", "count"), "up"), chg(w("512", "512", "512", "exact", "count"), "up")}},
	{"The league was cut to 16 clubs (eight pairs) this season.", []want{chg(w("16", "16", "16", "exact", "count"), "down"), chg(w("eight", "8", "8", "exact", "count"), "down")}},
	{"The server holds 32 chunks (512 blocks).", []want{w("32", "32", "32", "exact", "count"), w("512", "512", "512", "exact", "count")}},
}

func TestForms17Rules(t *testing.T) {
	for _, c := range forms17RuleCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
}

func TestForms17Negatives(t *testing.T) {
	checkUnitCases(t, forms17Negatives)
}

func TestForms17Changes(t *testing.T) {
	checkCases(t, forms17ChangeCases)
	for _, m := range Find(forms17ChangeCases[0].in) {
		if m.Low != nil && *m.Low == 512 && m.Rules().Change != "change-or-restated" {
			t.Errorf("512 blocks: change rule %q, want change-or-restated", m.Rules().Change)
		}
	}
}
