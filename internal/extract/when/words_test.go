package when

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordsLexiconFilter checks that the lexStarts filter of words passes
// every word of lexicon: each word token carries the entry a plain lookup
// of its lower-cased form finds, on every lexicon word in three casings
// and on the corpus texts.
func TestWordsLexiconFilter(t *testing.T) {
	var texts []string
	for w := range lexicon {
		texts = append(texts, w+" "+strings.ToUpper(w)+" "+strings.ToUpper(w[:1])+w[1:]+" x"+w+" "+w+"s")
	}
	files, _ := filepath.Glob("../../../corpus/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	found := 0
	for _, text := range texts {
		for _, tk := range words(nil, text) {
			end := tk.start
			for end < len(text) && isWordByte(text[end]) {
				end++
			}
			w := text[tk.start:end]
			if w[0] >= '0' && w[0] <= '9' || len(w) >= 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'F' && w[1] == 'Y') || len(w) > 16 {
				continue // not looked up
			}
			want := lexicon[strings.ToLower(w)]
			if tk.word != want.word || tk.bits != want.bits {
				t.Errorf("%q: word %q bits %b, want %q %b", w, tk.word, tk.bits, want.word, want.bits)
			}
			if want.word != "" {
				found++
			}
		}
	}
	if found < 3*len(lexicon) {
		t.Errorf("%d lexicon words found, want at least %d", found, 3*len(lexicon))
	}
}
