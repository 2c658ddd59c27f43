package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestValueWords checks wordAt's shortcut: a word the vocabulary does not
// mark as a value word starts no value in words, whatever surrounds it.
func TestValueWords(t *testing.T) {
	contexts := []string{
		"more than W of the people", "W-thirds of voters", "about W hundred people",
		"the W half of 2015", "W a year", "rose by W percent", "W-one", "a W of them",
		"W dozen eggs", "W of thousands", "nearly W", "W thousand", "more than W year", "in less than W hour",
		"W few hundred people", "W third of the vote", "W hundred thousand",
	}
	var lx lexer
	marked := 0
	for _, s := range vocab.slots {
		if s.w == nil {
			continue
		}
		if s.w.value {
			marked++
			continue
		}
		for _, c := range contexts {
			text := strings.Replace(c, "W", s.w.key, 1)
			toks := lx.lex(text)
			for i := range toks {
				if toks[i].w != s.w {
					continue
				}
				p := parser{text: text, toks: toks}
				if v := p.wordValue(i); v != nil {
					t.Errorf("%q starts a value in %q, but is no value word", s.w.key, text)
				}
			}
		}
	}
	if marked < 50 {
		t.Errorf("only %d value words", marked)
	}
}

// TestOrdinalRange: a range of ranks is one ordinal mention with both
// bounds (rule ordinal-range); a date range is no range of ranks.
func TestOrdinalRange(t *testing.T) {
	for _, c := range []struct {
		in, text string
		lo, hi   float64
	}{
		{"He ranks between the tenth and the fifteenth.", "between the tenth and the fifteenth", 10, 15},
		{"The team finished between 10th and 15th place.", "between 10th and 15th", 10, 15},
		{"Walls were built from the 3rd to the 5th century.", "from the 3rd to the 5th", 3, 5},
		{"Voting runs between the 5th and 10th of May.", "5th", 5, 5},
	} {
		var got *Mention
		for _, m := range Find(c.in) {
			if m.Kind == claims.KindOrdinal {
				m := m
				got = &m
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no ordinal", c.in)
			continue
		}
		if s := c.in[got.Start:got.End]; s != c.text || *got.Low != c.lo || *got.High != c.hi {
			t.Errorf("%q: got %q %v..%v, want %q %v..%v", c.in, s, *got.Low, *got.High, c.text, c.lo, c.hi)
		}
	}
}
