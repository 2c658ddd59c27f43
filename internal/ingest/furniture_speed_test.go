package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLineWordsOnePass checks lineWords (one pass) against countWords and
// a separate count of CJK runes, on awkward lines and every line of the
// corpus and the quantity tests.
func TestLineWordsOnePass(t *testing.T) {
	lines := []string{"", " ", "a", "don't stop", "日本語のテキストです", "mixed 日本 text", "\xff\xfe bad", "naïve café", "e\u0301t\u00e9", "한국어 문장", "x_y 1,000"}
	files, _ := filepath.Glob("../../corpus/*")
	more, _ := filepath.Glob("../../testdata/quantities/*.txt")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, l := range lines {
		want, cjk := countWords(l), 0
		for _, r := range l {
			if r >= 0x2E80 && isCJK(r) {
				cjk++
			}
		}
		if cjk > 0 {
			want = max(want, cjk/2)
		}
		if got := lineWords(l); got != want {
			t.Errorf("lineWords(%q) = %d, want %d", l, got, want)
		}
	}
}

// TestBoilerLineFilters checks isBoilerLine (byte-pair and triple filters,
// one pass) against the plain rule: a rule runs when the line holds one of
// its words, and the line is boilerplate when a rule that runs matches.
func TestBoilerLineFilters(t *testing.T) {
	lines := []string{"", "©", "© 2024 acme", "(c) 2020 x", "all rights reserved.", "follow us on twitter", "this article was updated",
		"we use cookies to improve", "photo: getty images", "the cat sat", "got a tip? send it", "sign up for our newsletter today"}
	for _, r := range boilerRules {
		for _, w := range r.words {
			lines = append(lines, w, "x "+w+" y", w+w)
		}
	}
	files, _ := filepath.Glob("../../corpus/*")
	more, _ := filepath.Glob("../../testdata/quantities/*.txt")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	plain := func(lower string) bool {
		for _, r := range boilerRules {
			for _, w := range r.words {
				if strings.Contains(lower, w) {
					if r.re.MatchString(lower) {
						return true
					}
					break
				}
			}
		}
		return false
	}
	for _, l := range lines {
		l = strings.ToLower(l)
		if got, want := isBoilerLine(l), plain(l); got != want {
			t.Errorf("isBoilerLine(%q) = %v, want %v", l, got, want)
		}
	}
}
