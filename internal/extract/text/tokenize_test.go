package text

import (
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

// TestTokenizerMatchesProse checks that tokenizer gives prose's tokens on
// awkward spans and on every sentence of every text the tests have
// (corpus/, the quantity tests, and PolNeAR when ../shared is present).
func TestTokenizerMatchesProse(t *testing.T) {
	ref := tokenize.New()
	texts := []string{
		"U.S. u.s. U.S e.g. e.g U.S.A. A. AB. A.B.C.D. A.b. 1.2. É.U. Mr. Mrs. Mrs Dr. Drs. Mxyz. MR. mR. Ms.. Mr.) (Mr.) (U.S.)",
		"\"Hello,\" she said. (It's) don't can't they'll I'M “curly” ‘single’ $5 [a] x:y ... !? ;)",
		":-) xD (-8 (╯°□°）╯︵┻━┻ ¯\\(ツ)/¯ @_@ -__- word:-)",
		"  two  spaces\tand\ttabs\nnewline \u00a0nbsp\u2009thin ",
		"", " ", "A", strings.Repeat("word, ", 200),
	}
	for _, f := range testTextFiles() {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	var tok tokenizer
	spans, diffs := 0, 0
	check := func(s string) {
		spans++
		got, want := tok.Tokenize(s), ref.Tokenize(s)
		if len(got) != len(want) {
			diffs++
			if diffs <= 5 {
				t.Errorf("%q: %d tokens, prose makes %d", s, len(got), len(want))
			}
			return
		}
		for i := range got {
			if got[i] != want[i] {
				diffs++
				if diffs <= 5 {
					t.Errorf("%q: token %d is %+v, prose makes %+v", s, i, got[i], want[i])
				}
				return
			}
		}
	}
	for _, text := range texts {
		check(text)
		for _, w := range strings.Fields(text) {
			check(w)
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d texts and words tokenised differently", diffs, spans)
	}
	t.Logf("%d texts, %d texts and words", len(texts), spans)
}

// BenchmarkTokenize tokenises the corpus texts (AppendTokens into one
// reused buffer, as Doc.Tokens does).
func BenchmarkTokenize(b *testing.B) {
	var texts []string
	n := 0
	for _, f := range testTextFiles() {
		if t, err := os.ReadFile(f); err == nil && strings.Contains(f, "corpus") {
			texts = append(texts, string(t))
			n += len(t)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(n))
	var tok tokenizer
	var buf []tag.Token
	for b.Loop() {
		for _, t := range texts {
			buf = tok.AppendTokens(buf[:0], t)
		}
	}
}
