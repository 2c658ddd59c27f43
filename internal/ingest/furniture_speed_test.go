package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLines are the lines of the corpus and the quantity tests.
func corpusLines(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../corpus/*")
	more, _ := filepath.Glob("../../testdata/quantities/*.txt")
	var lines []string
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// TestLineWordsOnePass checks lineWords (one pass) against countWords and
// a separate count of CJK runes, on awkward lines and every line of the
// corpus and the quantity tests.
func TestLineWordsOnePass(t *testing.T) {
	lines := []string{"", " ", "a", "don't stop", "日本語のテキストです", "mixed 日本 text", "\xff\xfe bad", "naïve café", "e\u0301t\u00e9", "한국어 문장", "x_y 1,000"}
	lines = append(lines, corpusLines(t)...)
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
	lines = append(lines, corpusLines(t)...)
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

// TestBoilerRuleAnyCase: matchBoilerRule reads a line as if lower-cased
// (ASCII capitals folded while looking for the rules' words, the line
// lower-cased first when a capital outside ASCII would change its bytes),
// so it gives what it gives on strings.ToLower of the line.
func TestBoilerRuleAnyCase(t *testing.T) {
	lines := []string{"ALL RIGHTS RESERVED.", "Follow Us On Twitter", "PHOTO: GETTY IMAGES", "“This Article Was Updated” at 5pm",
		"SÍGUENOS en Twitter", "Síguenos en Twitter", "İSTANBUL — Follow us on Instagram", "\u212Aeep an eye on your inbox",
		"CAFÉ: This story was originally published by X", "No Spam, We Promise. Unsubscribe at any time.", "\xff\xfe Like this:"}
	for _, r := range boilerRules {
		for _, w := range r.words {
			lines = append(lines, strings.ToUpper(w), "X "+strings.ToUpper(w[:1])+w[1:]+" Y")
		}
	}
	lines = append(lines, corpusLines(t)...)
	for _, l := range lines {
		if got, want := matchBoilerRule(l), matchBoilerRule(strings.ToLower(l)); got != want {
			t.Errorf("matchBoilerRule(%q) = %d, on the line lower-cased %d", l, got, want)
		}
	}
}
