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
