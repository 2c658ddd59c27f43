package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestByRule checks the per-rule tallies: each matched claim counts under
// its source, name-by and unit rules; wrong sources split into a source the
// gold has none for, none where the gold has one, and another name; a
// stored source the explanation no longer gives is "(stale)"; detail after
// a rule's name is dropped.
func TestByRule(t *testing.T) {
	text := "Police said 1,800 people were arrested.\nThe bank said its profit rose 5%.\nPrices rose 3% in May.\nThe mayor said 40 homes burned.\nOfficials said $7 was paid.\nHe said 12 died."
	rate := func(q string) claims.Quantity { return pred(text, q, 0, nil, nil, "exact", "count", "") }
	withSrc := func(q claims.Quantity, name string) claims.Quantity {
		if name != "" {
			q.Source = &claims.Source{Name: name}
		}
		return q
	}
	gold := GoldArticle{File: "a.txt", Claims: []GoldClaim{
		{Anchor: "said 1,800 people", Quantity: "1,800", Unit: "count", Source: []string{"Police"}, Required: true, Start: -1},
		{Anchor: "rose 5%", Quantity: "5%", Unit: "percent", Source: []string{"the bank"}, Required: true, Start: -1},
		{Anchor: "rose 3%", Quantity: "3%", Unit: "percent", Required: true, Start: -1}, // the article's own
		{Anchor: "said 40 homes", Quantity: "40", Unit: "count", Source: []string{"the mayor"}, Required: true, Start: -1},
		{Anchor: "said $7", Quantity: "$7", Unit: "USD", Source: []string{"officials"}, Required: true, Start: -1},
		{Anchor: "said 12 died", Quantity: "12", Unit: "count", Source: []string{"Ann Lee"}, Required: true, Start: -1},
	}}
	qs := []claims.Quantity{
		withSrc(rate("1,800"), "Police"),  // right
		withSrc(rate("5%"), "the lender"), // another name, unit wrong too (count)
		withSrc(rate("3%"), "prices"),     // a source where the gold has none
		withSrc(rate("40"), ""),           // none where the gold has one
		withSrc(rate("$7"), "Officials"),  // stored source differs from the explanation: stale
		withSrc(rate("12"), "Ann Lee"),    // right, rule with detail
	}
	rules := []RuleNames{
		{Source: "verb-cue/strong", Name: "proper-name", Unit: "default-count", Got: qs[0].Source},
		{Source: "verb-cue/strong", Name: "head-kind", Unit: "default-count", Got: qs[1].Source},
		{Source: "verb-cue/clause", Name: "head-kind", Unit: "unit-after", Got: qs[2].Source},
		{Source: "", Name: "", Unit: "default-count"},
		{Source: "verb-cue/strong", Name: "head-kind", Unit: "currency-symbol", Got: &claims.Source{Name: "the mayor"}},
		{Source: "verb-cue/strong", Name: "he-she/subject past Mona (org-seat)", Unit: "default-count", Got: qs[5].Source},
	}
	for i := range rules {
		rules[i].Start, rules[i].End = qs[i].Quantity.Start, qs[i].Quantity.End
	}
	r := Score([]GoldArticle{gold}, map[string]Prediction{"a.txt": {Text: text, Claims: qs, Rules: rules}})
	want := []RuleTally{
		{Family: FamilySource, Rule: "verb-cue/strong", Claims: 3, Right: 2, WrongName: 1, Given: 3, GivenRight: 2},
		{Family: FamilySource, Rule: "(no cue)", Claims: 1, Right: 0, NoneGiven: 1},
		{Family: FamilySource, Rule: "verb-cue/clause", Claims: 1, Right: 0, GoldNone: 1, Given: 1},
		{Family: FamilySource, Rule: "(stale)", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
		{Family: FamilyName, Rule: "head-kind", Claims: 2, Right: 0, GoldNone: 1, WrongName: 1, Given: 2},
		{Family: FamilyName, Rule: "(no source)", Claims: 1, Right: 0, NoneGiven: 1},
		{Family: FamilyName, Rule: "(stale)", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
		{Family: FamilyName, Rule: "he-she/subject", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
		{Family: FamilyName, Rule: "proper-name", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
		{Family: FamilyUnit, Rule: "default-count", Claims: 4, Right: 3},
		{Family: FamilyUnit, Rule: "currency-symbol", Claims: 1, Right: 0},
		{Family: FamilyUnit, Rule: "unit-after", Claims: 1, Right: 0}, // "3%" stored as a count
	}
	got := r.ByRule()
	if len(got) != len(want) {
		t.Fatalf("got %d tallies, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	var b bytes.Buffer
	r.PrintByRule(&b)
	r.PrintRuleErrors(&b, "head-kind")
	out := b.String()
	for _, s := range []string{"By source rule", "By name rule", "By unit rule", "Errors of rule head-kind:", `"5%": got "the lender", want ["the bank"]`, `"3%": got "prices", want (none)`} {
		if !strings.Contains(out, s) {
			t.Errorf("printout lacks %q:\n%s", s, out)
		}
	}
	// Without rules nothing is tallied.
	if r := Score([]GoldArticle{gold}, map[string]Prediction{"a.txt": {Text: text, Claims: qs}}); len(r.ByRule()) != 0 {
		t.Errorf("tallies without rules: %+v", r.ByRule())
	}
}
