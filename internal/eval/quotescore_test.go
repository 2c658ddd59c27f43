package eval

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestQuoteScore checks that AddQuotes asks for the source at each quote
// relation's first word and scores it by span overlap (or by both being
// empty), skipping relations that do not open with a quotation mark.
func TestQuoteScore(t *testing.T) {
	text := `“We lost 40 jobs,” said Ann Ruiz. Ruiz said the plan failed. "Yes," he said.`
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Text: s, Start: i, End: i + len(s)}
	}
	art := PolnearArticle{ID: "a", Text: text, Relations: []PolnearRelation{
		{Source: []claims.Span{span("Ann Ruiz")}, Content: []claims.Span{span(`“We lost 40 jobs,”`)}},
		{Source: []claims.Span{span("Ruiz said")}, Content: []claims.Span{span("the plan failed")}}, // not a quote
		{Content: []claims.Span{span(`"Yes,"`)}},                                                    // no source annotated
	}}
	var asked []int
	sourcesAt := func(_ string, offs []int) []*claims.Source {
		asked = offs
		a := span("Ann")
		return []*claims.Source{{Mention: "Ann", Start: a.Start, End: a.End}, {Mention: "he"}}
	}
	s := QuoteScore{Number: func(t string) bool { return strings.ContainsAny(t, "0123456789") }}
	s.AddQuotes(&art, sourcesAt)
	if len(asked) != 2 || text[asked[0]:asked[0]+2] != "We" || text[asked[1]:asked[1]+3] != "Yes" {
		t.Fatalf("offsets asked = %v", asked)
	}
	if s.Quotes != 2 || s.Right != 1 || len(s.Wrong) != 1 || s.Wrong[0].Pred != "he ()" {
		t.Errorf("score = %d/%d, wrong %+v", s.Right, s.Quotes, s.Wrong)
	}
	if s.NumQuotes != 1 || s.NumRight != 1 {
		t.Errorf("quotes holding a number = %d/%d, want 1/1", s.NumRight, s.NumQuotes)
	}
}
