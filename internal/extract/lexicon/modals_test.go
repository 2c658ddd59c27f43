package lexicon

import "testing"

func TestWithout(t *testing.T) {
	s := WordSet(`a b c`)
	got := Without(s, `b z`)
	if len(got) != 2 || !got["a"] || !got["c"] || got["b"] {
		t.Errorf("Without = %v", got)
	}
	if len(s) != 3 {
		t.Errorf("Without changed its argument: %v", s)
	}
}
