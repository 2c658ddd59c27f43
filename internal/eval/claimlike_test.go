package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestNotClaimForm: durations used as modifiers or time references and the
// word "one" are not claim-like (ANNOTATION.md's non-claims), in varied
// wording; a duration that is a measure stays one, as does any other kind.
func TestNotClaimForm(t *testing.T) {
	tests := []struct {
		text, mention, kind, want string
	}{
		// modifiers
		{"the memorized 30-second speech", "30-second", "duration", FormDurationModifier},
		{"a 40-year decline in the middle class", "40-year", "duration", FormDurationModifier},
		{"Nabisco issued a 60-day notice", "60-day", "duration", FormDurationModifier},
		{"he won a six-year term", "six-year", "duration", FormDurationModifier},
		// points in time
		{"It was 10 years ago — a test he failed", "10 years", "duration", FormDurationAgo},
		{"Two weeks ago, his strongest territory was the South", "Two weeks", "duration", FormDurationAgo},
		{"I urged him since about five minutes after he was elected", "about five minutes", "duration", FormDurationAgo},
		{"the talks ended two days earlier", "two days", "duration", FormDurationAgo},
		// periods a statement covers
		{"nothing that occurred in the last 24 hours", "24 hours", "duration", FormDurationWindow},
		{"For the past 40 years, protections have weakened", "40 years", "duration", FormDurationWindow},
		{"during those 40 years she made mistakes", "40 years", "duration", FormDurationWindow},
		{"whites will become minorities in 30 years", "30 years", "duration", FormDurationWindow},
		{"the first 100 days of his presidency", "100 days", "duration", FormDurationWindow},
		{"its smallest quarterly profit in 17 years", "17 years", "duration", FormDurationWindow},
		{"after 10 years in that probationary status", "10 years", "duration", FormDurationWindow},
		// the word "one" read as no number
		{"the one thing we can bet on", "one", "other", FormWordOne},
		{"One never knows", "One", "other", FormWordOne},
		// measures and other kinds stay claim-like
		{"Did he lose 20 minutes? Probably", "20 minutes", "duration", ""},
		{"I've been here a long time, 78 years.", "78 years", "duration", ""},
		{"he was sentenced to 10 years in prison", "10 years", "duration", ""},
		{"decided by 5-to-4 votes", "5-to-4", "other", ""},
		{"more than 1,800 people", "more than 1,800", "claim", ""},
		{"one person in ten", "one", "claim", ""},
	}
	for _, tc := range tests {
		i := strings.Index(tc.text, tc.mention)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.mention, tc.text)
		}
		if got := NotClaimForm(tc.text, i, i+len(tc.mention), tc.kind); got != tc.want {
			t.Errorf("NotClaimForm(%q in %q, %s) = %q, want %q", tc.mention, tc.text, tc.kind, got, tc.want)
		}
	}
}

// TestAttributionQuoteCoverageWider: AnyNumber counts the quotes the
// primary population leaves out (a duration as a time reference) in the
// wider coverage line, which Print gives beside the primary one; --show
// lists the numbers of an uncovered quote with their kind rules.
func TestAttributionQuoteCoverageWider(t *testing.T) {
	text := `“It was 10 years ago,” said Ann Ruiz.`
	i := strings.Index(text, "10 years")
	content := claims.Span{Text: text[:strings.Index(text, " said")], Start: 0, End: strings.Index(text, " said")}
	art := PolnearArticle{ID: "a", Text: text, Relations: []PolnearRelation{{Content: []claims.Span{content}}}}
	ten := claims.Span{Text: "10 years", Start: i, End: i + len("10 years")}
	s := AttributionScore{Number: func(string) bool { return false }, AnyNumber: func(string) bool { return true }}
	s.AddExplained(&art, []claims.Quantity{{Quantity: ten, Kind: claims.KindDuration}}, []RuleNames{{Start: ten.Start, End: ten.End, Kind: "duration"}})
	if s.Num.QuoteRelations != 0 || s.AnyQuoteRelations != 1 || s.AnyQuoteFound != 0 {
		t.Errorf("wider population: number %+v, any %d/%d", s.Num, s.AnyQuoteFound, s.AnyQuoteRelations)
	}
	if len(s.Misses) != 1 || s.Misses[0].Numbers != "" {
		t.Errorf("a miss outside the primary population is not marked a quote: %+v", s.Misses)
	}
	var out bytes.Buffer
	s.Print(&out, "train", 0)
	if !strings.Contains(out.String(), "covered, wider  0.000  (0/1 ") {
		t.Errorf("Print gives the wider coverage:\n%s", out.String())
	}
	q := AttributionScore{Number: func(string) bool { return true }}
	q.AddExplained(&art, []claims.Quantity{{Quantity: ten, Kind: claims.KindDuration}}, []RuleNames{{Start: ten.Start, End: ten.End, Kind: "duration"}})
	if len(q.Misses) != 1 || q.Misses[0].Numbers != `"10 years" duration (duration)` {
		t.Errorf("uncovered quote numbers: %+v", q.Misses)
	}
}
