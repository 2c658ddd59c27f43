package eval

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func pred(text, qty string, occurrence int, low, high *float64, qual, unit string, src string) claims.Quantity {
	start := -1
	for i, off := 0, 0; i <= occurrence; i++ {
		j := strings.Index(text[off:], qty)
		start = off + j
		off = start + 1
	}
	q := claims.Quantity{Quantity: claims.Span{Text: qty, Start: start, End: start + len(qty)}, Low: low, High: high,
		Qualifier: claims.Qualifier(qual), Unit: unit, Kind: claims.KindClaim}
	// Sentence: the whole line holding the quantity.
	s := strings.LastIndex(text[:start], "\n") + 1
	e := strings.Index(text[start:], "\n")
	if e < 0 {
		e = len(text)
	} else {
		e += start
	}
	q.Sentence = claims.Span{Text: text[s:e], Start: s, End: e}
	if src != "" {
		q.Source = &claims.Source{Name: src}
	}
	return q
}

func TestScore(t *testing.T) {
	text := "Police said more than 1,800 people were arrested.\nHe began his third term in 2024.\nAbout 40 homes burned, officials said."
	gold := GoldArticle{
		File: "a.txt",
		Claims: []GoldClaim{
			{Anchor: "more than 1,800 people", Quantity: "more than 1,800", Start: 12, End: 27, Low: claims.F(1800), Qualifier: "more_than", Unit: "count", Source: []string{"police"}, Cue: "said", Required: true},
			// Offsets that no longer hold (the text was cleaned): found by anchor.
			{Anchor: "About 40 homes", Quantity: "About 40", Start: 500, End: 508, Low: claims.F(40), High: claims.F(40), Qualifier: "about", Unit: "count", Source: []string{"officials"}, Required: true},
			{Anchor: "missing 7 things", Quantity: "7", Start: 900, End: 901, Required: true},
			{Anchor: "optional 9", Quantity: "9", Start: 950, End: 951, Required: false},
		},
		NotClaims: []string{"third term", "in 2024"},
	}
	cases := []struct {
		name                   string
		preds                  []claims.Quantity
		tp, fp, fn, value, src int
		violations             int
	}{
		{"perfect but one miss", []claims.Quantity{
			pred(text, "more than 1,800", 0, claims.F(1800), nil, "more_than", "count", "Police"),
			pred(text, "About 40", 0, claims.F(40), claims.F(40), "about", "count", "local officials"),
		}, 2, 0, 1, 2, 2, 0},
		{"partial span, wrong value and source", []claims.Quantity{
			pred(text, "1,800", 0, claims.F(1800), claims.F(1800), "exact", "count", "Policeman"),
		}, 1, 0, 2, 0, 0, 0},
		{"not-claims and unmatched are false positives", []claims.Quantity{
			pred(text, "third", 0, claims.F(3), claims.F(3), "exact", "count", ""),
			pred(text, "2024", 0, claims.F(2024), claims.F(2024), "exact", "count", ""),
			pred(text, "homes", 0, nil, nil, "exact", "count", ""),
		}, 0, 3, 3, 0, 0, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Score([]GoldArticle{gold}, map[string]Prediction{"a.txt": {Text: text, Claims: c.preds}})
			if r.TP != c.tp || r.FP != c.fp || r.FN != c.fn || r.Value != c.value || r.Source != c.src || r.NotClaimViolations != c.violations {
				t.Errorf("tp %d fp %d fn %d value %d source %d violations %d; want %d %d %d %d %d %d",
					r.TP, r.FP, r.FN, r.Value, r.Source, r.NotClaimViolations, c.tp, c.fp, c.fn, c.value, c.src, c.violations)
			}
		})
	}
}

func TestSourceRule(t *testing.T) {
	cases := []struct {
		pred     string
		accepted []string
		ok       bool
	}{
		{"Foro Penal", []string{"Foro Penal"}, true},
		{"the NGO Foro Penal", []string{"foro penal"}, true},
		{"Foro Penalty", []string{"Foro Penal"}, false},
		{"", []string{}, true},
		{"Someone", []string{}, false},
		{"", []string{"CNE", ""}, true},
		{"", []string{"CNE"}, false},
		{"Ministry of People’s Power", []string{"Ministry of People’s Power for Corrections"}, false},
	}
	for _, c := range cases {
		var src *claims.Source
		if c.pred != "" {
			src = &claims.Source{Name: c.pred}
		}
		if got := sourceOK(src, c.accepted); got != c.ok {
			t.Errorf("sourceOK(%q, %q) = %v, want %v", c.pred, c.accepted, got, c.ok)
		}
	}
}

func TestScoreMissingArticle(t *testing.T) {
	r := Score([]GoldArticle{{File: "gone.txt", Claims: []GoldClaim{{Anchor: "5 x", Quantity: "5", Required: true}}}}, nil)
	if len(r.MissingArticles) != 1 || r.FN != 1 || r.F1() != 0 {
		t.Errorf("missing article: %+v", r)
	}
	var b strings.Builder
	r.Print(&b)
	if !strings.Contains(b.String(), "MISSING ARTICLE gone.txt") || !strings.HasSuffix(b.String(), "}\n") {
		t.Errorf("print:\n%s", b.String())
	}
}

// TestSameUnit: a predicted unit matches a gold unit written as another
// name of the same unit, or a rate whose numerator the gold names; a
// different unit does not match.
func TestSameUnit(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		want       bool
	}{
		{"count", "count", true},
		{"foot2", "square foot", true},
		{"foot2", "square_foot", true},
		{"litre", "liter", true},
		{"mph", "miles per hour", true},
		{"percentage_point", "percentage points", true},
		{"year", "years", true},
		{"USD/hour", "USD", true},
		{"USD/litre", "USD/liter", true},
		{"foot", "square foot", false},
		{"count", "page", false},
		{"USD", "USD/hour", false},
		{"percent", "percentage_point", false},
		{"ton", "tonne", false},
		{"litre", "gallon", false},
	} {
		if got := sameUnit(c.pred, c.gold); got != c.want {
			t.Errorf("sameUnit(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}
