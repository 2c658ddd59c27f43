package attrib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRegexpGuards checks that the guards put before slow expressions
// (orgApposAfter, acronymAfter) change no answer: on awkward contexts and
// on the 80 bytes after every word of the corpus, each gives what its
// expression alone gives.
func TestRegexpGuards(t *testing.T) {
	afters := []string{
		"", ",", ", ", ",a", ", a group", ", an NGO", ", the agency that", ",\tthe group", ",  a  firm", ", ana group", ", thee group",
		", A group", " , a group", ", a deputy administrator at the agency", "(ACLU)", " (ACLU) said", "  (ACLU)", "(R-OK)", "x (NRA)",
		" (D4CC)", "( ACLU )", "(Aclu)", "(A)",
	}
	files, _ := filepath.Glob("../../../corpus/*")
	more, _ := filepath.Glob("../../../testdata/quantities/*.txt")
	files = append(files, more...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for i := 0; i < len(text); i++ {
			if i == 0 || text[i-1] == ' ' || strings.IndexByte(",(", text[i]) >= 0 {
				afters = append(afters, text[i:min(len(text), i+80)])
			}
		}
	}
	for _, a := range afters {
		if got, want := orgApposAfter(a), orgApposRE.FindString(a); got != want {
			t.Errorf("orgApposAfter(%q) = %q, orgApposRE finds %q", a, got, want)
		}
		got, want := acronymAfter(a), acronymRE.FindStringSubmatchIndex(a)
		if want != nil && want[0] > 1 {
			want = nil // voteAfter takes only a match in the first two bytes
		}
		if got != nil && got[0] > 1 {
			got = nil
		}
		if (got == nil) != (want == nil) || got != nil && (got[2] != want[2] || got[3] != want[3]) {
			t.Errorf("acronymAfter(%q) = %v, acronymRE finds %v", a, got, want)
		}
	}
	t.Logf("%d contexts", len(afters))
}

// TestLastFields checks lastFields against the end of strings.Fields.
func TestLastFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a b c", "director of ", "the mayor, ", "x\u00a0y", "x\u2009y z", "\x80abc de", "abc \xe2\x80", "a\tb\nc", "  lead  and  trail  "} {
		f := strings.Fields(s)
		want := f[max(0, len(f)-2):]
		prev, last, n := lastFields(s)
		got := []string{prev, last}[2-n:]
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("lastFields(%q) = %q, want %q", s, got, want)
		}
	}
}
