package quantity

import (
	"strings"
	"testing"
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
