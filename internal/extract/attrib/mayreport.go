package attrib

import (
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The pre-check of the reporters before: prevReporterOrg and
// lastNamedReporter read back through up to reporterReach sentences for a
// cue verb ("…, the bank said") or "according to", and most of the
// sentences they pass were read by no other step, so that their tokens
// and tags would be made for these two alone. A sentence whose text holds
// no form of a cue verb and no "according", in any case and as any piece
// of a word, has no token they stop at: they pass it by without
// tokenising it. (A token's lower case is a piece of its sentence's lower
// case: the test misses no cue a token holds.)

// mayReport reports whether sentence s may hold a reporter's cue: a form
// of a cue verb (lexicon.CueVerbs) or "according" inside its text.
func (a *attributor) mayReport(s int) bool {
	return reportWords.in(strings.ToLower(a.d.SentenceText(s)))
}

// reportWords finds the words mayReport looks for.
var reportWords = newPieceFinder(append(slices.Sorted(maps.Keys(lexicon.CueVerbs)), lexicon.AccordingTo[0]))

// pieceFinder finds any of a set of words as a piece of a text. The words
// of two small ASCII letters or more (all of reportWords) are indexed by
// their first two letters; any other word is searched for alone. A word
// that holds another of the set is left out (the other is found first:
// "says", "saying" hold "say").
type pieceFinder struct {
	byPair [26 * 26][]string
	other  []string
}

func newPieceFinder(words []string) *pieceFinder {
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	f := &pieceFinder{}
	var kept []string
	for _, w := range words {
		if slices.ContainsFunc(kept, func(k string) bool { return strings.Contains(w, k) }) {
			continue
		}
		kept = append(kept, w)
		if len(w) >= 2 && smallLetter(w[0]) && smallLetter(w[1]) {
			p := pairIndex(w[0], w[1])
			f.byPair[p] = append(f.byPair[p], w)
		} else {
			f.other = append(f.other, w)
		}
	}
	return f
}

// in reports whether text holds one of the words.
func (f *pieceFinder) in(text string) bool {
	for _, w := range f.other {
		if strings.Contains(text, w) {
			return true
		}
	}
	for i := 0; i+1 < len(text); i++ {
		if !smallLetter(text[i]) || !smallLetter(text[i+1]) {
			continue
		}
		for _, w := range f.byPair[pairIndex(text[i], text[i+1])] {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
	}
	return false
}

func smallLetter(c byte) bool { return 'a' <= c && c <= 'z' }

func pairIndex(c0, c1 byte) int { return int(c0-'a')*26 + int(c1-'a') }
