package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// devArticle reads writePolnear's article back and gives a span finder
// over its text.
func devArticle(t *testing.T) (*PolnearArticle, func(string) claims.Span) {
	t.Helper()
	arts, err := ReadPolNeAR(writePolnear(t), "dev", &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	text := arts[0].Text
	return &arts[0], func(sub string) claims.Span {
		i := strings.Index(text, sub)
		return claims.Span{Text: sub, Start: i, End: i + len(sub)}
	}
}

// writePolnear writes a one-article brat corpus: offsets count code points,
// so the "é" and "“" before the spans shift bytes against code points.
func writePolnear(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text := "José said “5 people” died. Officials counted 7."
	ann := "T1\tSource 0 4\tJosé\n" +
		"T2\tCue 5 9\tsaid\n" +
		"T3\tContent 10 20;21 25\t“5 people” died\n" +
		"T4\tAttribution 5 9\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
		"#1\tAnnotatorNotes T1\ta note\n"
	for _, p := range []string{"dev/text", "dev/attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "dev/text/a.txt"), []byte(text), 0o644))
	must(os.WriteFile(filepath.Join(dir, "dev/attributions/a_x1.ann"), []byte(ann), 0o644))
	// a second annotator with the same relation: deduplicated
	must(os.WriteFile(filepath.Join(dir, "dev/attributions/a_x2.ann"), []byte(ann), 0o644))
	return dir
}

func TestReadPolNeAR(t *testing.T) {
	dir := writePolnear(t)
	var warn bytes.Buffer
	arts, err := ReadPolNeAR(dir, "dev", &warn)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Relations) != 1 {
		t.Fatalf("got %d articles / relations %+v, want 1 article with 1 relation", len(arts), arts)
	}
	r := arts[0].Relations[0]
	if r.Source[0].Text != "José" || r.Cue[0].Text != "said" {
		t.Errorf("source %q cue %q", r.Source[0].Text, r.Cue[0].Text)
	}
	if len(r.Content) != 2 || r.Content[0].Text != "“5 people”" || r.Content[1].Text != "died" {
		t.Errorf("content pieces %+v", r.Content)
	}
	text := arts[0].Text
	for _, s := range append(append(r.Source, r.Cue...), r.Content...) {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("span %d-%d is %q, not %q", s.Start, s.End, text[s.Start:s.End], s.Text)
		}
	}
}

func TestAttributionScore(t *testing.T) {
	art, at := devArticle(t)
	five, seven := at("5"), at("7")
	right := []claims.Quantity{
		{Quantity: five, Kind: claims.KindClaim, Source: &claims.Source{Name: "José", Mention: "José", Start: 0, End: len("José")}, Cue: &claims.Span{Text: "said", Start: at("said").Start, End: at("said").End}},
		{Quantity: seven, Kind: claims.KindClaim},
	}
	var s AttributionScore
	s.Add(art, right)
	if s.Relations != 1 || s.Found != 1 || s.SourceRight != 1 || s.CueRight != 1 {
		t.Errorf("right prediction scored %+v", s)
	}
	wrong := []claims.Quantity{{Quantity: five, Kind: claims.KindClaim}}
	var w AttributionScore
	w.Add(art, wrong)
	if w.Found != 1 || w.SourceRight != 0 || w.CueRight != 0 {
		t.Errorf("unattributed prediction scored %+v", w)
	}
	var m AttributionScore
	m.Add(art, []claims.Quantity{{Quantity: five, Kind: claims.KindDate}})
	if m.Found != 0 || m.Mentioned != 1 {
		t.Errorf("non-claim mention scored %+v", m)
	}
}

// TestAttributionNumberPopulation: the primary population keeps relations
// whose content holds a number by the Number predicate; a relation whose
// only digits fail it (a year, say) is counted in the digit figures only.
func TestAttributionNumberPopulation(t *testing.T) {
	art, at := devArticle(t)
	five := at("5")
	qs := []claims.Quantity{{Quantity: five, Kind: claims.KindClaim}}
	yes := AttributionScore{Number: func(string) bool { return true }}
	yes.Add(art, qs)
	if yes.Num.Relations != 1 || yes.Num.Found != 1 || yes.Num.Claims != 1 || yes.Num.SourceRight != 0 {
		t.Errorf("number relation scored %+v", yes.Num)
	}
	no := AttributionScore{Number: func(string) bool { return false }}
	no.Add(art, qs)
	if no.Relations != 1 || no.Num.Relations != 0 || no.Num.Found != 0 {
		t.Errorf("non-number relation scored digit %d, number %+v", no.Relations, no.Num)
	}
	var out bytes.Buffer
	yes.Print(&out, "dev", 0)
	if !bytes.Contains(out.Bytes(), []byte(`"population":"number"`)) || !bytes.Contains(out.Bytes(), []byte(`"population":"digit"`)) {
		t.Errorf("Print gives both populations:\n%s", out.String())
	}
}

// TestAttributionQuoteCoverage: a relation holding a number whose content
// opens with a quotation mark counts in QuoteRelations; it is covered
// (QuoteFound) only with a claim inside, and a miss is marked a quote.
func TestAttributionQuoteCoverage(t *testing.T) {
	text := `“We lost 40 jobs,” said Ann Ruiz.`
	i := strings.Index(text, "40")
	content := claims.Span{Text: `“We lost 40 jobs,”`, Start: 0, End: strings.Index(text, " said")}
	src := claims.Span{Text: "Ann Ruiz", Start: strings.Index(text, "Ann"), End: strings.Index(text, "Ann") + len("Ann Ruiz")}
	art := PolnearArticle{ID: "a", Text: text, Relations: []PolnearRelation{{Source: []claims.Span{src}, Content: []claims.Span{content}}}}
	num := func(string) bool { return true }
	forty := claims.Span{Text: "40", Start: i, End: i + 2}
	missed := AttributionScore{Number: num}
	missed.Add(&art, []claims.Quantity{{Quantity: forty, Kind: claims.KindOther}})
	if missed.Num.QuoteRelations != 1 || missed.Num.QuoteFound != 0 || len(missed.Misses) != 1 || !missed.Misses[0].Quote {
		t.Errorf("uncovered quote scored %+v, misses %+v", missed.Num, missed.Misses)
	}
	found := AttributionScore{Number: num}
	found.Add(&art, []claims.Quantity{{Quantity: forty, Kind: claims.KindClaim, Source: &claims.Source{Start: src.Start, End: src.End}}})
	if found.Num.QuoteRelations != 1 || found.Num.QuoteFound != 1 || found.Num.QuoteSourceRight != 1 {
		t.Errorf("covered quote scored %+v", found.Num)
	}
	var out bytes.Buffer
	found.Print(&out, "dev", 0)
	if !bytes.Contains(out.Bytes(), []byte(`"quote_covered":1.0000`)) {
		t.Errorf("Print gives the quote coverage:\n%s", out.String())
	}
}

// TestAttributionByRule: with rules (AddExplained) each claim inside a
// scored relation counts under its source and name-by rules, a claim
// outside every content is right only unsourced, and wrong cases name
// their rules.
func TestAttributionByRule(t *testing.T) {
	art, at := devArticle(t)
	five, seven := at("5"), at("7")
	cases := []struct {
		name  string
		qs    []claims.Quantity
		rules []RuleNames
		want  []RuleTally
		rule  string // the rules a wrong case names
	}{
		{"right inside, sourced outside",
			[]claims.Quantity{
				{Quantity: five, Kind: claims.KindClaim, Source: &claims.Source{Name: "José", Start: 0, End: len("José")}},
				{Quantity: seven, Kind: claims.KindClaim, Source: &claims.Source{Name: "Officials", Start: at("Officials").Start, End: at("Officials").End}},
			},
			[]RuleNames{{Start: five.Start, End: five.End, Source: "verb-cue/strong", Name: "proper-name"}, {Start: seven.Start, End: seven.End, Source: "verb-cue/clause", Name: "head-kind"}},
			[]RuleTally{
				{Family: FamilySource, Rule: "verb-cue/clause", Claims: 1, GoldNone: 1, Given: 1},
				{Family: FamilySource, Rule: "verb-cue/strong", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
				{Family: FamilyName, Rule: "head-kind", Claims: 1, GoldNone: 1, Given: 1},
				{Family: FamilyName, Rule: "proper-name", Claims: 1, Right: 1, Given: 1, GivenRight: 1},
			},
			"verb-cue/clause, name by head-kind"},
		{"unsourced inside and outside",
			[]claims.Quantity{{Quantity: five, Kind: claims.KindClaim}, {Quantity: seven, Kind: claims.KindClaim}},
			[]RuleNames{{Start: five.Start, End: five.End}, {Start: seven.Start, End: seven.End}},
			[]RuleTally{
				{Family: FamilySource, Rule: RuleNoCue, Claims: 2, Right: 1, NoneGiven: 1},
				{Family: FamilyName, Rule: RuleNoName, Claims: 2, Right: 1, NoneGiven: 1},
			},
			"(no cue), name by (no source)"},
	}
	for _, c := range cases {
		var s AttributionScore
		s.AddExplained(art, c.qs, c.rules)
		got := s.ByRule.Rows()
		if len(got) != len(c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
			continue
		}
		for i := range c.want {
			if got[i] != c.want[i] {
				t.Errorf("%s: row %d: got %+v, want %+v", c.name, i, got[i], c.want[i])
			}
		}
		cs := append(append([]AttributionCase{}, s.WrongSources...), s.OutsideCases...)
		if len(cs) != 1 || cs[0].Rule != c.rule {
			t.Errorf("%s: wrong cases %+v, want one naming %q", c.name, cs, c.rule)
		}
	}
	// Add alone tallies nothing.
	var s AttributionScore
	s.Add(art, cases[0].qs)
	if len(s.ByRule.Rows()) != 0 {
		t.Errorf("Add tallied %+v", s.ByRule.Rows())
	}
}
