package attrib

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

// TestClosesQuote: the marks that may end a quote; the odd opening marks
// (‶ ‟ ❝) do not, so a quote cut off after one is named "/unclosed".
func TestClosesQuote(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'"', true}, {'\'', true}, {'”', true}, {'»', true}, {'“', true}, {'’', true},
		{'″', true}, {'＂', true}, {'〃', true}, {'❞', true},
		{'‶', false}, {'‟', false}, {'❝', false},
		{'«', false}, {'„', false}, {'.', false}, {'a', false},
	} {
		if got := closesQuote(c.r); got != c.want {
			t.Errorf("closesQuote(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}

// TestQuoteSpanRuleUnclosed: a quote span that ends on an odd opening mark
// (a second ‶ ❝ typed for the closing one, or the next quote's opening)
// is named "/unclosed"; one that ends on a closing mark is not.
func TestQuoteSpanRuleUnclosed(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"“We cut 300 jobs,” said Ann Lee.", "double-curly"},
		{"″We cut 300 jobs,″ said Ann Lee.", "odd-mark"},
		{"‶We cut 300 jobs,″ said Ann Lee.", "odd-mark"},
		{"❝We cut 300 jobs,❞ said Ann Lee.", "odd-mark"},
		{"‶We cut 300 jobs,‶ said Ann Lee.", "odd-mark/unclosed"},
		{"‟We cut 300 jobs, ‟ said Ann Lee.", "odd-mark/unclosed"},
		{"❝We cut 300 jobs,❝ said Ann Lee.", "odd-mark/unclosed"},
	} {
		a := newAttributor(text.NewDoc(c.text, m))
		end := strings.Index(c.text, " said")
		if got := a.quoteSpanRule(quoteSpan{Start: 0, End: end}); got != c.want {
			t.Errorf("%s: quote rule %q, want %q", c.text, got, c.want)
		}
	}
}
