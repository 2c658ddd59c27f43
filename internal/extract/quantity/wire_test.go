package quantity

import (
	"math"
	"testing"
)

// TestWireAbbreviations: 1987 wire copy's money words and a scale
// abbreviation after a number word (Reuters-21578, claims web-dev-11):
// "dlrs"/"dlr" are dollars (lexicon.CurrencyNames), "cts" cents
// (lexicon.CurrencySubunits), "mln"/"bln" scale a number word as they
// scale digits (wordScales); a country adjective decides "dlrs" as
// it decides "dollars" (adjectiveNames), and bare "dlrs" and "cts" are the
// article's dollar as "dollars" and "cents" are (dollarWords, centWords).
func TestWireAbbreviations(t *testing.T) {
	for _, c := range []struct {
		text, num string
		value     float64
		unit      string
	}{
		{"It will write off about 16 mln dlrs in expenses.", "16", 16e6, "USD"},
		{"Cyacq extended its 80 dlr a share tender offer.", "80", 80, "USD/share"},
		{"The price will be 79.6 cts per share.", "79.6", 0.796, "USD/share"},
		{"Included were six mln dlrs in developmental costs.", "six", 6e6, "USD"},
		{"It increased its holdings to more than four mln shares.", "four", 4e6, "count"},
		{"The bank has assets of two bln dlrs.", "two", 2e9, "USD"},
		{"It made its 200 mln Canadian dlr acquisition last year.", "200", 200e6, "CAD"},
	} {
		var got *Mention
		ms := Find(c.text)
		for i := range ms {
			if m := c.text[ms[i].Start:ms[i].End]; ms[i].Kind == "claim" && containsWord(m, c.num) {
				got = &ms[i]
				break
			}
		}
		if got == nil || got.Low == nil || math.Abs(*got.Low-c.value) > 1e-9*c.value || got.Unit != c.unit {
			t.Errorf("%q: got %+v, want %v %s", c.text, got, c.value, c.unit)
		}
	}
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && (i == 0 || s[i-1] == ' ' || s[i-1] == '$') {
			return true
		}
	}
	return false
}
