package attrib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// TestNameLookupsLinear attributes every claim of a generated
// single-paragraph article of a few thousand names and counts the names
// the registry's lookups examine: a bounded number per name (linear in the
// article), where scanning every name for every lookup (issue 19) examines
// tens of millions. Not timed: the count is the same on any machine.
func TestNameLookupsLinear(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	first := []string{"Maria", "Jose", "Ana", "Pedro", "Laura", "Carlos", "Elena", "Jorge"}
	last := []string{"Lopez", "Garcia", "Ruiz", "Vega", "Diaz", "Romero", "Castro", "Mendez", "Rojas", "Silva"}
	var b strings.Builder
	for i := 0; i < 1500; i++ {
		f, l := first[i%len(first)], last[(i/len(first))%len(last)]
		fmt.Fprintf(&b, "%s %s of the Civic Group %d said %d people were detained in the city. ", f, l, i, 10+i%90)
		fmt.Fprintf(&b, "Later %s told reporters the group counted %d more, and the ministry said it freed %d. ", l, 20+i%70, 5+i%40)
	}
	d := text.NewDoc(b.String(), m) // one paragraph
	a := newAttributor(d)
	claims := 0
	for si := range d.Sentences {
		s := d.Sentences[si]
		for _, mn := range quantity.Find(d.Text[s.Start:s.End]) {
			if mn.Kind == "claim" {
				a.claimSource(s.Start+mn.Start, s.Start+mn.End)
				claims++
			}
		}
	}
	names := len(a.reg.ents)
	if claims < 3000 || names < 3000 {
		t.Fatalf("generated article too small: %d claims, %d names", claims, names)
	}
	// linear: the memos are built once per name and kind (a few passes
	// over the names), each lookup then binary-searches; quadratic lookups
	// examine about names × claims / 2 (more than 10 million here)
	if limit := 50 * names; a.reg.scanned > limit {
		t.Errorf("name lookups examined %d names for %d names and %d claims (limit %d): not linear", a.reg.scanned, names, claims, limit)
	}
	t.Logf("%d names, %d claims, %d names examined", names, claims, a.reg.scanned)
}
