package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// TestCurrencyAbbrevRows reads every row of lexicon.CurrencyAbbrevs in the
// three ways news writes it: spaced, with a full stop, glued.
func TestCurrencyAbbrevRows(t *testing.T) {
	for abbr, code := range lexicon.CurrencyAbbrevs {
		a := strings.ToUpper(abbr[:1]) + abbr[1:]
		for _, form := range []string{a + " 500", a + ". 500", a + "500"} {
			text := "The fee is " + form + " in total."
			ms := Find(text)
			if len(ms) != 1 || ms[0].Unit != code || ms[0].Kind != claims.KindClaim || text[ms[0].Start:ms[0].End] != form {
				t.Errorf("%q: got %+v, want %q as %s", text, ms, form, code)
				continue
			}
			if ms[0].Rules().Unit != "currency-abbrev" {
				t.Errorf("%q: unit rule %q, want currency-abbrev", text, ms[0].Rules().Unit)
			}
		}
	}
}

// TestRulesNamed checks that --explain's rule names are the rules that
// decided: a kind rule of kindRules, the currency and unit steps, the
// qualifier forms.
func TestRulesNamed(t *testing.T) {
	cases := []struct {
		text, mention string
		kind, unit    string
		qual          string
	}{
		{"Police arrested more than 1,800 people.", "more than 1,800", "default-claim", "default-count", "qualifier-before"},
		{"Maduro, 61, had won.", "61", "appositive-age", "appositive-age", "default-exact"},
		{"It cost $3.2bn last year.", "$3.2bn", "default-claim", "currency-symbol", "default-exact"},
		{"It cost US$5 in 2019.", "US$5", "default-claim", "dollar-prefix", "default-exact"},
		{"He called 911 at once.", "911", "emergency-number", "", "default-exact"},
		{"The two countries met.", "two", "definite-reference", "", "default-exact"},
		{"Prices rose 5 percent.", "5 percent", "default-claim", "unit-after", "default-exact"},
	}
	names := map[string]bool{"default-claim": true, "number-grammar": true}
	for _, r := range kindRules {
		if names[r.name] {
			t.Errorf("kind rule %q named twice", r.name)
		}
		names[r.name] = true
	}
	for _, c := range cases {
		var got *Mention
		for _, m := range Find(c.text) {
			if c.text[m.Start:m.End] == c.mention {
				m := m
				got = &m
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found", c.text, c.mention)
			continue
		}
		if !names[got.Rules().Kind] {
			t.Errorf("%q: kind rule %q is no rule of kindRules", c.text, got.Rules().Kind)
		}
		if got.Rules().Kind != c.kind || got.Rules().Unit != c.unit || got.Rules().Qualifier != c.qual {
			t.Errorf("%q: rules %+v, want kind %q unit %q qualifier %q", c.text, got.Rules(), c.kind, c.unit, c.qual)
		}
	}
}

// TestRateNounsKnown: every denominator the grammar names ("USD/share",
// "count/100000person") is a unit the lexicon knows, so that compare and
// export can read its dimension.
func TestRateNounsKnown(t *testing.T) {
	for spelling, name := range rateNouns {
		if name == "" {
			continue
		}
		if _, ok := lexicon.Unit("USD/" + name); !ok {
			t.Errorf("rate noun %q (%q): USD/%s unknown to lexicon.Unit", spelling, name, name)
		}
	}
	for spelling, name := range populationNouns {
		if _, ok := lexicon.Unit("count/100000" + name); !ok {
			t.Errorf("population noun %q (%q): count/100000%s unknown to lexicon.Unit", spelling, name, name)
		}
	}
}

// ruleDurationList is looked up once, after the kind rules are registered.
func TestRuleDurationListNamed(t *testing.T) {
	if got := ruleDurationList.String(); got != "duration-list" {
		t.Fatalf("ruleDurationList names %q", got)
	}
}
