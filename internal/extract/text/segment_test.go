package text

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
)

// segTestTexts are awkward paragraphs and every paragraph of every text the
// tests have (corpus/, the quantity tests, and PolNeAR when ../shared is
// present).
func segTestTexts(t *testing.T) []string {
	texts := []string{
		"He paid $1,200.50. Then he left... And came back. . . Later.",
		"The F.B.I. said so. The U.S. economy grew 2.5%. Mr. Smith and Dr. Jones met at 3 p.m. on Jan. 5.",
		"Yahoo! Inc. rose. \"Stop!\" she said. (It ended.) Then “quotes.” And ‘single.’ Next [1]. Done?! Yes.",
		"Numbers: -5. -.5. 1,000. 3.14. 1-2-3. No. 7 won. Sgt. Pepper. Gov. Brown. Mt. Fuji.",
		"A. B. Cee wrote it. J. Bach played. e.g. this. i.e. that. etc. The end.",
		"... ...Three .. dots. A.. B. Ellipsis… here. 5.. Wow.",
		"ÉCOLE. Über alles. ÇA. Ωmega. 2019. 2020! 3? x.y.z. a_b.c.",
		"", " ", ".", "..", "A", "a. b. c.", strings.Repeat("Word. ", 50),
		// one sentence or not (oneSentence): marks only in the last word,
		// a last word ending in a multi-byte rune, other spaces
		"The ministry said 88 people were released on Monday.", "No mark at all", "He said “it ended.”",
		"Why now?!", "Was it 3.5 or 4?", "It rose\u00a0sharply. Then fell", "It rose sharply.\u00a0", "It rose. ",
		"Abc\u2028def. Ghi", "Invalid \xff.", "Invalid .\xff", "Ends with e.g.", "Mr. Smith", "Smith said Mr.",
	}
	for _, f := range testTextFiles() {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, strings.Split(string(b), "\n")...)
		}
	}
	return texts
}

// TestSegmenterMatchesProse checks that segmenter gives prose's sentences.
func TestSegmenterMatchesProse(t *testing.T) {
	ref, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	texts := segTestTexts(t)
	diffs := 0
	for _, text := range texts {
		got, want := seg.Segment(text), ref.Segment(text)
		same := len(got) == len(want)
		for i := 0; same && i < len(got); i++ {
			same = got[i].Start == want[i].Start && got[i].End == want[i].End()
		}
		if !same {
			diffs++
			if diffs <= 5 {
				t.Errorf("%q: sentences %v, prose makes %v", text, got, want)
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d paragraphs segmented differently", diffs, len(texts))
	}
	t.Logf("%d paragraphs", len(texts))
}

// TestSegmenterTests checks the hand-written token tests against the
// regular expressions they replace, on awkward tokens and on every word of
// the test texts.
func TestSegmenterTests(t *testing.T) {
	numeric := regexp.MustCompile(`-?[\.,]?\d[\d,\.-]*\.?$`)
	abbr := regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	ellipsis := regexp.MustCompile(`(?:\.\s?){2,}\.`)
	initial := regexp.MustCompile(`^[A-Za-z]\.$`)
	alpha := regexp.MustCompile(`^[A-Za-z]+$`)
	words := []string{
		"", ".", "-", ",", "5", "-5", "-.5", "--5", "-,5", ".,5", "a-5", "a5", "5a", "1,000.", "1-2-3", "x-.", "-.-5",
		"a.", "a..", "U.S", "U.S.", "a.b.", "F.B.I.", "_.", "é.", "a.é.", "ab.c", ". . .", ".\t.\n.", ". .", ". . ", "…", "...",
		"A.", "a.", "AB.", "1.", "abc", "ABC", "a1", "É", "Ωmega", "##number##",
	}
	for _, text := range segTestTexts(t) {
		words = append(words, strings.Fields(text)...)
	}
	var w segWords
	ref := sentences.NewWordTokenizer(sentences.NewPunctStrings())
	for _, s := range words {
		want := -1
		if m := numeric.FindStringIndex(s); m != nil {
			want = m[0]
		}
		if got := segNumberAt(s); got != want {
			t.Errorf("segNumberAt(%q) = %d, want %d", s, got, want)
		}
		if got, want := segAbbr(s), len(abbr.FindAllString(s, 1)) > 0; got != want {
			t.Errorf("segAbbr(%q) = %v, want %v", s, got, want)
		}
		if got, want := segEllipsis(s), ellipsis.MatchString(s); got != want {
			t.Errorf("segEllipsis(%q) = %v, want %v", s, got, want)
		}
		tok := sentences.NewToken(s)
		if got, want := w.Type(tok), ref.Type(tok); got != want {
			t.Errorf("Type(%q) = %q, want %q", s, got, want)
		}
		for _, brk := range []bool{false, true} {
			tok.SentBreak = brk
			if got, want := w.TypeNoSentPeriod(tok), ref.TypeNoSentPeriod(tok); got != want {
				t.Errorf("TypeNoSentPeriod(%q, break %v) = %q, want %q", s, brk, got, want)
			}
		}
		if got, want := w.FirstUpper(tok), ref.FirstUpper(tok); got != want {
			t.Errorf("FirstUpper(%q) = %v, want %v", s, got, want)
		}
		if got, want := w.FirstLower(tok), ref.FirstLower(tok); got != want {
			t.Errorf("FirstLower(%q) = %v, want %v", s, got, want)
		}
		if got, want := w.IsEllipsis(tok), ref.IsEllipsis(tok); got != want {
			t.Errorf("IsEllipsis(%q) = %v, want %v", s, got, want)
		}
		if got, want := w.IsInitial(tok), initial.MatchString(s); got != want {
			t.Errorf("IsInitial(%q) = %v, want %v", s, got, want)
		}
		if got, want := w.IsAlpha(tok), alpha.MatchString(s); got != want {
			t.Errorf("IsAlpha(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSegmenterWordsMatch checks segWords.Tokenize against sentences'
// DefaultWordTokenizer.Tokenize on awkward texts and the test texts.
func TestSegmenterWordsMatch(t *testing.T) {
	texts := append([]string{
		"ends in é", "ends in é.", "two\n\nlines. here", "  lead and trail  ", "\u00a0nbsp. x\u2009y. z\u0085w.", "a", ".", " ", "\n", "x.\n\ny", "a  b. c",
	}, segTestTexts(t)...)
	w := &segWords{}
	w.PunctStrings = &segPunct{}
	ref := sentences.NewWordTokenizer(sentences.NewPunctStrings())
	diffs := 0
	for _, text := range texts {
		for _, only := range []bool{false, true} {
			got, want := w.Tokenize(text, only), ref.Tokenize(text, only)
			same := len(got) == len(want)
			for i := 0; same && i < len(got); i++ {
				g, r := got[i], want[i]
				same = g.Tok == r.Tok && g.Position == r.Position && g.ParaStart == r.ParaStart && g.LineStart == r.LineStart
			}
			if !same {
				diffs++
				if diffs <= 5 {
					t.Errorf("%q (period context %v): tokens %v, sentences makes %v", text, only, got, want)
				}
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d texts tokenised differently", diffs, 2*len(texts))
	}
}

// testTextFiles are the corpus, the quantity tests and, beside the repo,
// the PolNeAR texts.
func testTextFiles() []string {
	var files []string
	for _, pat := range []string{"../../../corpus/*", "../../../testdata/quantities/*.txt", "../../../../shared/eval/polnear/*/text/*.txt"} {
		f, _ := filepath.Glob(pat)
		files = append(files, f...)
	}
	return files
}

// BenchmarkSegment segments every paragraph of the corpus articles.
func BenchmarkSegment(b *testing.B) {
	seg, err := newSegmenter()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../../../corpus/*")
	var paras []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for p := range strings.SplitSeq(string(data), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
				n += len(p)
			}
		}
	}
	if len(paras) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range paras {
			seg.Segment(p)
		}
	}
}
