package attrib

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestLowerCaseWords compares lowerCaseWords with its definition: the
// fields of letters and hyphens (strings.FieldsFunc) that start with a
// small letter.
func TestLowerCaseWords(t *testing.T) {
	ref := func(text string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if unicode.IsLower(attrFirstRune(w)) {
				m[w] = true
			}
		}
		return m
	}
	texts := []string{"", "a", "A", "-", "--well-known", "the U.S. and état, naïve Éric", "end\xffbad\xc3 utf8 ok", "x-ray's e-mail 3rd 42nd-floor",
		"über straße ΑΘΗΝΑ αθήνα 北京 words\u00a0nbsp-", "trailing word"}
	files, _ := filepath.Glob("../../../corpus/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		if got, want := lowerCaseWords(text), ref(text); !maps.Equal(got, want) {
			t.Errorf("%.60q: %d words, want %d", text, len(got), len(want))
		}
	}
}
