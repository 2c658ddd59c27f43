package attrib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

func TestPieceFinder(t *testing.T) {
	f := newPieceFinder([]string{"say", "says", "said", "according", "x-ray", "é"})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"officials said on monday", true},
		{"he says so", true},
		{"unsaid", true}, // a piece of a word
		{"according to the data", true},
		{"an x-ray", true},
		{"café", true},
		{"the weather was fine.", false},
		{"sa id", false},
		{"", false},
	} {
		if got := f.in(c.text); got != c.want {
			t.Errorf("in(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMayReportMissesNoCue: every sentence whose tokens hold a cue verb's
// form or "according" (what prevReporterOrg and lastNamedReporter stop at)
// passes mayReport, over the sample corpus, PolNeAR train (when present) and sentences
// written for the test.
func TestMayReportMissesNoCue(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"“Said” is a word. SAID the man. He didn't say much. According to the bank, 5 rose. ACCORDING TO them, 6.",
		"The Kelvin sign: \u212Anow. Reportedly 7 fell. ‘It was great,’ Ferguson said. He said—no. They’ve told us 8.",
	}
	for _, glob := range []string{"../../../corpus/*.txt", "../../../../shared/eval/polnear/train/text/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	sentences, cues := 0, 0
	for _, tx := range texts {
		a := newAttributor(text.NewDoc(tx, m))
		for s := range a.d.Sentences {
			sentences++
			for _, tok := range a.tokens(s) {
				if lexicon.CueVerbs[tok.Lower] == "" && tok.Lower != "according" {
					continue
				}
				cues++
				if !a.mayReport(s) {
					t.Errorf("mayReport misses %q in %q", tok.Text, strings.TrimSpace(a.d.SentenceText(s)))
				}
				break
			}
		}
	}
	t.Logf("%d sentences, %d with a cue", sentences, cues)
}
