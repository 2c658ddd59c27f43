package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
)

// TestPOSTaggerMatchesProse checks that posTagger gives prose's tags on
// every sentence of every text the tests have (corpus/, the dev sets, and
// PolNeAR when ../shared is present), tokenised and split as Doc does, and
// that Doc.Tokens gives the tags TagTokens gives.
func TestPOSTaggerMatchesProse(t *testing.T) {
	m, err := LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"- @user (-8 :-) xD XDD 0 *T*-2 *-1 * -LRB- -RRB- well-known 1999 +123 -123 2,000 ÉCOLE Über naïve.",
		"", "A", "The the THE", strings.Repeat("word ", 300),
	}
	var files []string
	for _, pat := range []string{"../../../corpus/*", "../../../testdata/quantities/*.txt", "../../../../shared/eval/polnear/*/text/*.txt"} {
		f, _ := filepath.Glob(pat)
		files = append(files, f...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			texts = append(texts, string(b))
		}
	}
	sentences, diffs := 0, 0
	for _, text := range texts {
		d := NewDoc(text, m)
		for si, s := range d.Sentences {
			sentences++
			got := m.tok.Tokenize(text[s.Start:s.End])
			want := make([]tag.Token, len(got))
			copy(want, got)
			m.tag.TagTokens(got)
			ref.TagTokens(want)
			for i := range got {
				if got[i].Tag != want[i].Tag {
					diffs++
					if diffs <= 5 {
						t.Errorf("%q: token %d %q tagged %s, prose says %s", text[s.Start:s.End], i, got[i].Text, got[i].Tag, want[i].Tag)
					}
				}
			}
			// Doc.Tokens hands the tagger the lower-cased words it makes
			joined := splitAngleMarks(joinTitleStops(m.tok.Tokenize(text[s.Start:s.End])))
			m.tag.TagTokens(joined)
			for i, tk := range d.Tokens(si) {
				if tk.Tag != joined[i].Tag {
					diffs++
					if diffs <= 5 {
						t.Errorf("%q: Doc token %d %q tagged %s, TagTokens says %s", text[s.Start:s.End], i, tk.Text, tk.Tag, joined[i].Tag)
					}
				}
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d tags differ", diffs)
	}
	t.Logf("%d texts, %d sentences", len(texts), sentences)
}

func BenchmarkPOSTagger(b *testing.B) {
	m, err := LoadNLP()
	if err != nil {
		b.Fatal(err)
	}
	ref, _ := tag.New()
	text, err := os.ReadFile("../../../corpus/000_c5ce62c32067667b.txt")
	if err != nil {
		b.Skip(err)
	}
	toks := m.tok.Tokenize(string(text))
	for _, c := range []struct {
		name string
		tag  func([]tag.Token)
	}{{"extract", m.tag.TagTokens}, {"prose", ref.TagTokens}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.tag(toks)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
		})
	}
}
