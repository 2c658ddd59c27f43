package quantity

import (
	"strings"
	"testing"
)

// TestLexerLookup checks the lexer's vocabulary lookup (lower-casing and
// hashing in one pass, rune by rune for other letters) against the plain
// one: strings.ToLower, then the table.
func TestLexerLookup(t *testing.T) {
	words := []string{"Bolívares", "CÓRDOBA", "córdoba", "Café", "İstanbul", "STRASSE", "Straße",
		"µg", "\xffbad", "Ünited", "ÉTAT", strings.Repeat("é", 16), strings.Repeat("a", 32), strings.Repeat("a", 33)}
	for _, s := range vocab.slots {
		if s.w != nil {
			k := s.w.key
			words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
	}
	var lx lexer
	found := 0
	for _, w := range words {
		var want *word
		if len(w) <= len(lx.buf) {
			want = vocab.get(strings.ToLower(w))
		}
		toks := lx.lex(w)
		if len(toks) != 1 || toks[0].k != tWord {
			continue // "cm²", "℃": not one word token
		}
		if got := toks[0].w; got != want {
			t.Errorf("lexing %q: entry %v, want %v", w, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d words found", found)
	}
}
