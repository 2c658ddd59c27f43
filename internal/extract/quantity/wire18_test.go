package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// wire18RuleCases are the wire forms web-dev-18 (Reuters-21578 DEV
// documents weka-train-0300 .. 0415) found still misread after web-dev-17's
// rules, each with the rule `extract quantities --explain` names, in
// varied wording of the project's own.
var wire18RuleCases = []ruleFormCase{
	// "ct": the singular of the wire's "cts" (a row of
	// lexicon.CurrencySubunits): "Shr loss four cts vs loss one ct"
	// (weka-train-0315, -0378)
	{"currency-subunit", "The fee went up by one ct a week later.", "one ct", "0.01", "", "USD"},
	{"level-shares-rate", "Shr loss 18 cts vs loss one ct", "one ct", "0.01", "", "USD/share"},
	// "per mln Btu": a spelling of the MMBtu row beside "per million
	// British thermal units" (weka-train-0318)
	{"unit-after+rate", "It cut its rate to 2.58 dlrs per mln Btu.", "2.58 dlrs per mln Btu", "2.58", "", "USD/MMBtu"},
	{"unit-after+rate", "Spot gas sold for 1.90 dlrs per million Btu on Monday.", "1.90 dlrs per million Btu", "1.9", "", "USD/MMBtu"},
	// a total restated per share after it keeps its own unit (guard of
	// level-shares-rate): weka-train-0350, -0393
	{"unit-after", "Net was 6.3 mln dlrs, or 1.07 dlrs per share, vs 3.9 mln dlrs, or 73 cts per share.", "3.9 mln dlrs", "3900000", "", "USD"},
	{"unit-after", "Gains were 1,783,000 dlrs or four cts a share vs 900,000 dlrs or two cts a share.", "900,000 dlrs", "900000", "", "USD"},
	// an estimate between "from" and the earlier level (level-shares-unit):
	// "from a projected 348 billion this year" (weka-train-0303), "from a
	// revised 28.30 billion" (weka-train-0124)
	{"level-shares-unit", "Profit will fall to 328 billion yen from a projected 348 billion this year.", "348 billion", "348000000000", "", "JPY"},
	{"level-shares-unit", "Reserves rose to 28.9 billion dlrs from a revised 28.30 billion in the week.", "28.30 billion", "28300000000", "", "USD"},
}

func TestWire18Rules(t *testing.T) {
	for _, c := range wire18RuleCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); !strings.HasPrefix(r.Unit, c.rule) {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
}

// TestWire18Kinds: a day in words after a capitalised month is a date
// before punctuation and before "for"/"whether" too (month-day-words;
// web-dev-17 "April one to holders", web-dev-18 "set April one for the
// debut", "On April one, NYMEX", "markets April one.", "by March Two
// whether"); a Wall Street fraction after a change word is no date
// (weka-train-0391 "slipped 3/8 today"; weka-train-0631, -0953).
func TestWire18Kinds(t *testing.T) {
	for _, c := range []struct {
		in, text string
		kind     claims.Kind
	}{
		{"The exchange set April one for the start of trading.", "April one", claims.KindDate},
		{"On April one, traders may begin.", "April one", claims.KindDate},
		{"Trading begins June two.", "June two", claims.KindDate},
		{"It must decide by March Two whether to go on.", "March Two", claims.KindDate},
		{"The payment is due May one to holders of record.", "May one", claims.KindDate},
		{"The stock slipped 3/8 today to close at 34-3/4.", "3/8", claims.KindClaim},
		{"Its shares rose 1/4 in early trading.", "1/4", claims.KindClaim},
		{"The vote is set for 3/8, the ministry said.", "3/8", claims.KindDate},
	} {
		found := false
		for _, m := range Find(c.in) {
			if c.in[m.Start:m.End] == c.text || strings.HasPrefix(c.in[m.Start:m.End], c.text) {
				found = true
				if m.Kind != c.kind {
					t.Errorf("%q: %q kind %s, want %s", c.in, c.text, m.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %+v", c.in, c.text, Find(c.in))
		}
	}
}

// TestWire18Changes: an estimate's word between "to" and the level
// reached keeps the change ("increased to a preliminary 277,500 short
// tons", weka-train-0404; "grew to an estimated 5.2 billion",
// weka-train-0124).
func TestWire18Changes(t *testing.T) {
	for _, c := range []struct{ in, text, change string }{
		{"Stocks increased to a preliminary 277,500 short tons in December.", "277,500 short tons", "up"},
		{"Combined stocks rose to a preliminary 470,600 tons from 464,400 tons.", "470,600 tons", "up"},
		{"M-1 grew to an estimated 5.2 billion dlrs in the week.", "an estimated 5.2 billion dlrs", "up"},
		{"Output fell to a provisional 1.2 mln tonnes.", "1.2 mln tonnes", "down"},
	} {
		found := false
		for _, m := range Find(c.in) {
			if c.in[m.Start:m.End] == c.text {
				found = true
				if string(m.Change) != c.change {
					t.Errorf("%q: %q change %q, want %q", c.in, c.text, m.Change, c.change)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.in, c.text)
		}
	}
}
