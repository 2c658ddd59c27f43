package attrib

import (
	"slices"
	"strings"
	"testing"
)

func TestAppendFieldsIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Ann  Lee ", "Sen.\tJohn\nSmith", "José\u00a0Álvarez", "x\u2003y\u3000z",
		"Ann\u200bLee", "\xff bad \xe2\x80", "  many words in a rather long chunk of a name here  ", "O’Neil  CBE\r\n"} {
		var buf [2]string
		got := appendFields(buf[:0], s)
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := appendFields([]string{"kept"}, s); got[0] != "kept" || !slices.Equal(got[1:], strings.Fields(s)) {
			t.Errorf("appendFields onto a word, %q: %q", s, got)
		}
	}
}
