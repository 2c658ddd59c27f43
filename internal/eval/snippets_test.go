package eval

import (
	"bytes"
	"strings"
	"testing"
)

func TestScoreSnippets(t *testing.T) {
	p := SnippetPage{With: []string{"the  quick\nfox", "Lazy dog", "absent"}, Without: []string{"Cookie notice", "fox"}}
	s := scoreSnippets("a", "The quick fox\tjumps over the lazy dog.", p)
	// "the quick fox" is case-sensitive: missed; "Lazy dog" missed; "fox" is junk found.
	if s.TP != 0 || s.FN != 3 || s.FP != 1 || s.TN != 1 {
		t.Fatalf("got %+v", s)
	}
	s = scoreSnippets("b", "x the quick   fox and Lazy dog", p)
	if s.TP != 2 || s.FN != 1 || s.FP != 1 || s.TN != 1 {
		t.Fatalf("got %+v", s)
	}
	var out bytes.Buffer
	n := SnippetReport(&out, map[string]SnippetPage{"b": p, "c": p, "d": p},
		map[string]string{"b": "x the quick   fox and Lazy dog"}, map[string]string{"c": "no article text found"}, 5)
	if n != 2 {
		t.Fatalf("scored %d pages, want 2 (d is not in the input)", n)
	}
	// b: 2 found, 1 missed, 1 junk; c: 3 missed. P = 2/3, R = 2/6.
	if !strings.Contains(out.String(), `"precision":0.6667`) || !strings.Contains(out.String(), `"recall":0.3333`) ||
		!strings.Contains(out.String(), `"missing":1`) {
		t.Fatalf("report:\n%s", out.String())
	}
}
