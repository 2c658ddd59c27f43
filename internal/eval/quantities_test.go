package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func fp(v float64) *float64 { return &v }

func TestScoreQuantityCases(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cases.jsonl")
	lines := []string{
		// a money item read right, and an extra year
		`{"id":"s/CurrencyModel/1","suite":"s","model":"CurrencyModel","text":"It cost $5 in 2019.","convention":null,"expected":[{"text":"$5","start":8,"end":10,"value":5,"unit":"USD","unit_alt":[],"kind":"currency","share":false,"convention":null}]}`,
		// a range read with the wrong unit; a share read as a percent
		`{"id":"s/DimensionModel/2","suite":"s","model":"DimensionModel","text":"5-10 km, two-thirds","convention":null,"expected":[{"text":"5-10 km","start":0,"end":7,"value":null,"low":5,"high":10,"unit":"km","unit_alt":["kilometre"],"kind":"dimension","share":false,"convention":null},{"text":"two-thirds","start":9,"end":19,"value":0.6666666666666666,"unit":null,"unit_alt":[],"kind":"fraction","share":true,"convention":null}]}`,
		// a missed item, and a convention case whose mention is no error
		`{"id":"s/NumberModel/3","suite":"s","model":"NumberModel","text":"a trillionth","convention":null,"expected":[{"text":"a trillionth","start":0,"end":12,"value":1e-12,"unit":null,"unit_alt":[],"kind":"number","share":true,"convention":null}]}`,
		`{"id":"s/NumberModel/4","suite":"s","model":"NumberModel","text":"192.168.1.2","convention":"an IP address","expected":[{"text":"192","start":0,"end":3,"value":192,"unit":null,"unit_alt":[],"kind":"number","share":false,"convention":null}]}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := ReadQuantityCases(path)
	if err != nil {
		t.Fatal(err)
	}
	span := func(text, s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Text: s, Start: i, End: i + len(s)}
	}
	find := func(text string) []claims.Quantity {
		switch text {
		case "It cost $5 in 2019.":
			return []claims.Quantity{
				{Quantity: span(text, "$5"), Low: fp(5), High: fp(5), Unit: "USD", Kind: claims.KindClaim},
				{Quantity: span(text, "2019"), Low: fp(2019), High: fp(2019), Kind: claims.KindYear},
			}
		case "5-10 km, two-thirds":
			return []claims.Quantity{
				{Quantity: span(text, "5-10 km"), Low: fp(5), High: fp(10), Unit: "m", Kind: claims.KindClaim},
				{Quantity: span(text, "two-thirds"), Low: fp(66.6666666667), High: fp(66.6666666667), Unit: "percent", Kind: claims.KindClaim},
			}
		case "192.168.1.2":
			return []claims.Quantity{{Quantity: span(text, "192.168.1.2"), Kind: claims.KindIdentifier}}
		}
		return nil
	}
	r := ScoreQuantityCases(cases, find)
	cur := r.Figures["s/CurrencyModel"]
	if cur.Found != 1 || cur.Predicted != 2 || cur.Matched != 1 || cur.ValueRight != 1 || cur.UnitRight != 1 {
		t.Errorf("currency row %+v", *cur)
	}
	dim := r.Figures["s/DimensionModel"]
	if dim.Items != 2 || dim.Found != 2 || dim.ValueRight != 2 || dim.Unitful != 1 || dim.UnitRight != 0 {
		t.Errorf("dimension row %+v: want both values right (a range; a share as percent), the unit wrong", *dim)
	}
	num := r.Figures["s/NumberModel"]
	if num.Items != 1 || num.Found != 0 || num.Predicted != 0 {
		t.Errorf("number row %+v", *num)
	}
	conv := r.Figures["s/NumberModel (convention)"]
	if conv == nil || conv.Cases != 1 || conv.Items != 1 || conv.Predicted != 1 {
		t.Errorf("convention row %+v", conv)
	}
	kinds := map[string]int{}
	for _, e := range r.Errors {
		kinds[e.What]++
	}
	if kinds["miss"] != 1 || kinds["extra"] != 1 || kinds["unit"] != 1 || kinds["value"] != 0 {
		t.Errorf("errors %v: want 1 miss (trillionth), 1 extra (2019), 1 unit (km as m), no value", kinds)
	}
	if tot := r.Total(false); tot.Cases != 3 || tot.Items != 4 {
		t.Errorf("total without conventions %+v", tot)
	}
}

func TestReadQuantityCasesBadOffsets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(path, []byte(`{"id":"x","text":"abc","expected":[{"text":"zz","start":0,"end":2}]}`+"\n"), 0o644)
	if _, err := ReadQuantityCases(path); err == nil || !strings.Contains(err.Error(), "case 1 (x)") {
		t.Errorf("got %v, want an error naming case 1", err)
	}
}

// TestItemUnitRight: a unit is right by name, by an accepted alternative,
// or as another name of the same unit; never as another unit.
func TestItemUnitRight(t *testing.T) {
	for _, c := range []struct {
		want, pred string
		alt        []string
		ok         bool
	}{
		{"km", "km", nil, true},
		{"m/ms", "m/millisecond", nil, true},
		{"K", "kelvin", nil, true},
		{"square foot", "foot2", nil, true},
		{"USD", "CAD", []string{"CAD"}, true},
		{"USD", "USD/share", nil, false},
		{"km", "mile", nil, false},
		{"m/ms", "m/s", nil, false},
	} {
		u := c.want
		it := QuantityItem{Unit: &u, UnitAlt: c.alt}
		if got := itemUnitRight(&it, &claims.Quantity{Unit: c.pred}); got != c.ok {
			t.Errorf("itemUnitRight(%q, %q) = %v, want %v", c.want, c.pred, got, c.ok)
		}
	}
}

// TestValueUnitF1: the CQE-style value+unit score counts every predicted
// quantity against precision (not dates, years, ordinals), and an item
// right only when its matched quantity reads value and unit.
func TestValueUnitF1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cqe.jsonl")
	lines := []string{
		// four items: one right, one with a wrong unit, one with a wrong
		// value, one read as a date (no quantity); one extra count, one
		// extra year and one enumerator (kind other; not counted)
		`{"id":"c/AgeModel/1","suite":"c","model":"AgeModel","text":"5 km, 7 kg, 9 mph, 3 May, 12 dogs in 2020","expected":[` +
			`{"text":"5 km","start":0,"end":4,"value":5,"unit":"km"},` +
			`{"text":"7 kg","start":6,"end":10,"value":7,"unit":"kg"},` +
			`{"text":"9 mph","start":12,"end":17,"value":9,"unit":"mph"},` +
			`{"text":"3","start":19,"end":20,"value":3,"unit":"count"}]}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := ReadQuantityCases(path)
	if err != nil {
		t.Fatal(err)
	}
	q := func(text, s string, v float64, unit string, k claims.Kind) claims.Quantity {
		i := strings.Index(text, s)
		return claims.Quantity{Quantity: claims.Span{Text: s, Start: i, End: i + len(s)}, Low: fp(v), High: fp(v), Unit: unit, Kind: k}
	}
	find := func(text string) []claims.Quantity {
		return []claims.Quantity{
			q(text, "5 km", 5, "km", claims.KindClaim),
			q(text, "7 kg", 7, "lb", claims.KindClaim),
			q(text, "9 mph", 90, "mph", claims.KindClaim),
			q(text, "3 May", 3, "", claims.KindDate),
			q(text, "12 dogs", 12, "count", claims.KindClaim),
			q(text, "2020", 2020, "", claims.KindYear),
			q(text, "in", 0, "", claims.KindOther),
		}
	}
	f := ScoreQuantityCases(cases, find).Figures["c/AgeModel"]
	if f.QuantityPredicted != 4 || f.ValueUnitRight != 1 || f.Items != 4 || f.Found != 4 {
		t.Fatalf("row %+v: want 4 quantities predicted (no date, no year), 1 right of 4 items, all 4 found", *f)
	}
	if p, r := f.ValueUnitPrecision(), f.ValueUnitRecall(); p != 0.25 || r != 0.25 || f.ValueUnitF1() != 0.25 {
		t.Errorf("value+unit P %v R %v F1 %v, want 0.25 each", p, r, f.ValueUnitF1())
	}
	var b strings.Builder
	ScoreQuantityCases(cases, find).Print(&b, 0)
	if !strings.Contains(b.String(), "value+unit P R F1") || !strings.Contains(b.String(), `"value_unit_f1":0.2500`) {
		t.Errorf("printout lacks the value+unit columns:\n%s", b.String())
	}
}

// TestCQEDevFileReads: the repository's CQE-style re-annotation of the
// suites' dev cases reads, and annotates only the four unit models.
func TestCQEDevFileReads(t *testing.T) {
	cases, err := ReadQuantityCases(filepath.Join("..", "..", "testdata", "quantities", "suites-cqe-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	models := map[string]int{}
	for _, c := range cases {
		models[c.Model]++
		for _, it := range c.Expected {
			if it.Unit == nil || *it.Unit == "" {
				t.Errorf("%s: item %q has no unit (every quantity has one: count at least)", c.ID, it.Text)
			}
		}
	}
	if len(models) != 4 || models["AgeModel"] == 0 || models["CurrencyModel"] == 0 || models["DimensionModel"] == 0 || models["TemperatureModel"] == 0 {
		t.Errorf("models %v, want the four unit models", models)
	}
}
