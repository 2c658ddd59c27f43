package eval

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func TestClassifyCue(t *testing.T) {
	for _, c := range []struct {
		cue  string
		want CueClass
	}{
		{"said", CueReporting},
		{"has said", CueReporting},
		{"did not say", CueReporting},
		{"according to", CueReporting},
		{"According to", CueReporting},
		{"told", CueReporting},
		{"tweeted", CueReporting},
		{"in a statement", CueReporting},
		{"shows", CueReporting},
		{"found", CueReporting},
		{"estimated", CueReporting},
		{"reportedly", CueReporting},
		{":", CueReporting},
		{"admitted", CueReporting}, // doubled consonant
		{"expects", CueBelief},
		{"is expected", CueBelief},
		{"thinks", CueBelief},
		{"believed", CueBelief},
		{"hoping", CueBelief},
		{"wants", CueBelief},
		{"is confident", CueBelief},
		{"signed", CueOther},
		{"ordered", CueOther},
		{"praised", CueOther},
		{"criticized", CueOther},
		{"has endorsed", CueOther},
		{"", CueOther},
	} {
		if got := ClassifyCue(c.cue); got != c.want {
			t.Errorf("ClassifyCue(%q) = %s, want %s", c.cue, got, c.want)
		}
	}
}

func TestCueFilter(t *testing.T) {
	f, err := ParseCueFilter("reporting,belief")
	if err != nil {
		t.Fatal(err)
	}
	if f.String() != "belief,reporting" {
		t.Errorf("String() = %q", f.String())
	}
	keep := func(cue string) bool { return f.Keep([]claims.Span{{Text: cue}}) }
	if !keep("said") || !keep("expects") || keep("signed") {
		t.Errorf("reporting,belief keeps said %v, expects %v, signed %v", keep("said"), keep("expects"), keep("signed"))
	}
	if all, _ := ParseCueFilter("all"); !all.Keep([]claims.Span{{Text: "signed"}}) || all.String() != "all" {
		t.Error("all must keep every relation")
	}
	if _, err := ParseCueFilter("reporting,speech"); err == nil {
		t.Error("an unknown class must be an error")
	}
}

// TestAttributionCueFilter: with --cues reporting, a relation whose cue is an
// act is not scored, and a claim inside it is not counted as outside.
func TestAttributionCueFilter(t *testing.T) {
	text := "Smith said 5 people died. Jones signed a bill for 7 schools."
	at := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Text: s, Start: i, End: i + len(s)}
	}
	a := &PolnearArticle{ID: "a", Text: text, Relations: []PolnearRelation{
		{Source: []claims.Span{at("Smith")}, Cue: []claims.Span{at("said")}, Content: []claims.Span{at("5 people died")}},
		{Source: []claims.Span{at("Jones")}, Cue: []claims.Span{at("signed")}, Content: []claims.Span{at("a bill for 7 schools")}},
	}}
	five, seven := at("5"), at("7")
	qs := []claims.Quantity{
		{Quantity: five, Kind: claims.KindClaim, Source: &claims.Source{Name: "Smith", Mention: "Smith", Start: 0, End: 5}},
		{Quantity: seven, Kind: claims.KindClaim},
	}
	f, _ := ParseCueFilter("reporting")
	s := AttributionScore{Cues: f}
	s.Add(a, qs)
	if s.Relations != 1 || s.Found != 1 || s.SourceRight != 1 || s.Outside != 0 {
		t.Errorf("reporting only: relations %d found %d source right %d outside %d, want 1 1 1 0", s.Relations, s.Found, s.SourceRight, s.Outside)
	}
	var all AttributionScore
	all.Add(a, qs)
	if all.Relations != 2 || all.SourceRight != 1 {
		t.Errorf("all cues: relations %d source right %d, want 2 1", all.Relations, all.SourceRight)
	}
}
