package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestDefiniteCount: "the" and a number word from three to ten before a
// noun states a set's size (rule definite-count, a claim); a pair, a
// demonstrative, a bare "the three" before a verb or "of", a superlative
// and a restrictive relative clause stay references (definite-reference).
// Wording of the dev golds' claims (articles-dev-2, web-dev-1, ingest-dev,
// PolNeAR train, WCXB pages) and of the web pages' references, varied.
func TestDefiniteCount(t *testing.T) {
	cases := []struct {
		in, text, rule string
		claim          bool
	}{
		{"Our review covers the four professional regions down to our clubs.", "four", "definite-count", true},
		{"The ten franchises spent a record sum at the auction.", "ten", "definite-count", true},
		{"Rounding out the five awardees is a nurse from Leeds.", "five", "definite-count", true},
		{"The firm will join the nine companies with licences.", "nine", "definite-count", true},
		{"Fix it with the four screws provided.", "four", "definite-count", true},
		{"Teams in the six groups play each other twice.", "six", "definite-count", true},
		{"Scam losses at the seven major banks rose.", "seven", "definite-count", true},
		// references stay
		{"The two countries met on Monday.", "two", "definite-reference", false},
		{"These three men were arrested.", "three", "definite-reference", false},
		{"The three were charged on Monday.", "three", "definite-reference", false},
		{"The four of them met in Paris.", "four", "definite-reference", false},
		{"We will cover the three most important ones.", "three", "definite-reference", false},
		{"Pull off the three highest values.", "three", "definite-reference", false},
		{"Build the three packages that we need: OpenSSL, Stunnel and Rsync.", "three", "definite-reference", false},
		{"Make that the five words that everybody reads.", "five", "definite-reference", false},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; got != c.rule || (m.Kind == claims.KindClaim) != c.claim {
			t.Errorf("%q: %q: got kind %s by rule %s, want rule %s (claim %v)", c.in, c.text, m.Kind, got, c.rule, c.claim)
		}
	}
}

// TestTimeThenCount: a time word after "a", "an", "every", "each" (an
// adjective between) is a time phrase and the number after it a count
// (rule time-then-count: articles-dev-5's "on a bad day 140 people are
// waiting", articles-dev-1's "on an average day 55 of every 1,000"); after
// a preposition, capitalised or alone it stays a label (label-word).
func TestTimeThenCount(t *testing.T) {
	cases := []struct {
		in, text, rule string
		claim          bool
	}{
		{"On a bad day 140 people are waiting for a bed.", "140", "time-then-count", true},
		{"On a good day 40 boats go out from the harbour.", "40", "time-then-count", true},
		{"Every day 300 people cross the bridge.", "300", "time-then-count", true},
		{"Each week 20 families arrive at the camp.", "20", "time-then-count", true},
		{"In a typical week 1,200 calls come in.", "1,200", "", true},
		// labels stay
		{"On day 140 of the war, troops advanced.", "140", "label-word", false},
		{"We are on day 3 of the strike.", "3", "label-word", false},
		{"By week 12 most babies smile.", "12", "label-word", false},
		{"Day 2 results were strong.", "2", "label-word", false},
	}
	for _, c := range cases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; c.rule != "" && got != c.rule || (m.Kind == claims.KindClaim) != c.claim {
			t.Errorf("%q: %q: got kind %s by rule %s, want rule %s (claim %v)", c.in, c.text, m.Kind, got, c.rule, c.claim)
		}
	}
}
