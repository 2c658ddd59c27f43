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

// TestLowerWordsHas checks lowerWords.has, searching and then from the set,
// against lowerCaseWords on every field of the texts, its pieces at
// hyphens and apostrophes, its lower-cased form and awkward probes.
func TestLowerWordsHas(t *testing.T) {
	texts := []string{"", "a", "A", "-", "--well-known", "the U.S. and état, naïve Éric", "end\xffbad\xc3 utf8 ok", "x-ray's e-mail 3rd 42nd-floor",
		"über straße ΑΘΗΝΑ αθήνα 北京 words\u00a0nbsp-", "trailing word", "\xe2\x80abc \xe2abc abc\x80 abcd abc-"}
	files, _ := filepath.Glob("../../../corpus/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		want := lowerCaseWords(text)
		probes := []string{"", "-", "a", "abc", "bad", "ok", "well", "known", "well-known", "ray", "x-ray", "mail", "floor", "nd-floor", "αθήνα", "straße", "word", "words", "\xff"}
		for _, f := range strings.Fields(text) {
			probes = append(probes, f, strings.ToLower(f), strings.Trim(f, ".,;:\"'()“”’"))
			probes = append(probes, strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })...)
		}
		for _, searched := range []bool{true, false} {
			l := &lowerWords{text: text}
			if !searched {
				l.asked = lowerSearches // the set from the first question
			}
			for i, p := range probes {
				if searched {
					l.asked, l.m = 0, nil // search every time
				}
				if got := l.has(p); got != want[p] {
					t.Errorf("%.40q: has(%q) = %v (probe %d, searched %v), want %v", text, p, got, i, searched, want[p])
				}
			}
		}
	}
}

// BenchmarkNewRegistry builds the name registry of each corpus article
// (nameChunks, the splits, chunkName, the votes; lowerWords searches the
// text for the words asked about).
func BenchmarkNewRegistry(b *testing.B) {
	files, _ := filepath.Glob("../../../corpus/*")
	var texts []string
	n := 0
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
			n += len(data)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, text := range texts {
			newRegistry(text).release()
		}
	}
}
