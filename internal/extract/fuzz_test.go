package extract

import (
	"reflect"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/fuzzseed"
)

// FuzzExplain runs the facade (what `extract run`, `quantities` and
// `explain` call per article) over arbitrary text: no panic, every mention
// and its sentence lie inside the text and hold its bytes, a cue too, and
// Explain's quantities are Extract's. Its seed corpus (run by plain go
// test) is fuzzseed's edge texts and dev sentences and the inputs that once
// panicked (testdata/fuzz/FuzzExplain). Fuzz it with
// go test ./internal/extract -run '^$' -fuzz FuzzExplain -parallel 1 -fuzztime 5m.
func FuzzExplain(f *testing.F) {
	for _, s := range fuzzseed.Edges() {
		f.Add(s)
	}
	dev, err := fuzzseed.DevSentences("../..")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range dev {
		f.Add(s)
	}
	ex, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		xs := ex.Explain(&claims.Article{ID: "f", Text: s})
		qs := ex.Extract(&claims.Article{ID: "f", Text: s})
		if len(xs) != len(qs) {
			t.Fatalf("Explain gives %d mentions, Extract %d: %q", len(xs), len(qs), s)
		}
		inside := func(what string, sp claims.Span) {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(s) || s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("%s %d-%d %q is not the text's bytes (%d): %q", what, sp.Start, sp.End, sp.Text, len(s), s)
			}
		}
		for i, x := range xs {
			if !reflect.DeepEqual(x.Quantity, qs[i]) {
				t.Fatalf("Explain's mention %d differs from Extract's:\n%+v\n%+v\ntext %q", i, x.Quantity, qs[i], s)
			}
			inside("mention", x.Quantity.Quantity)
			inside("sentence", x.Sentence)
			if x.Cue != nil {
				inside("cue", *x.Cue)
			}
		}
	})
}
