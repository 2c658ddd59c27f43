package attrib

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// nameChunkSpec is the specification of nameChunks.
var nameChunkSpec = func() *regexp.Regexp {
	w := `(?:\p{Lu}(?:\.\p{Lu})*\.|\p{Lu}(?:[\p{L}\p{M}\-]|\p{Nd}+\p{L})*(?:[’'][\p{L}]+)?)`
	return regexp.MustCompile(w + `(?:(?:[ \t]+(?:` + strings.Join(chunkConnectors, "|") + `)){0,2}[ \t]+` + w + `)*`)
}()

func checkNameChunks(t *testing.T, name, text string) {
	t.Helper()
	want := nameChunkSpec.FindAllStringIndex(text, -1)
	got := nameChunks(text)
	if len(got) != len(want) {
		t.Errorf("%s: %d chunks, the regexp finds %d", name, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
			t.Errorf("%s: chunk %d is %q, the regexp's is %q", name, i, text[got[i][0]:got[i][1]], text[want[i][0]:want[i][1]])
			return
		}
	}
}

func TestNameChunksMatchRegexp(t *testing.T) {
	cases := []string{
		"", "A", "a", "U.S.", "U.S", "U.S Army", "A.B.C.D", "A.B.C.D.", "Mr. Smith", "H. G. Wells",
		"Bank of the West", "Bank of the west", "Bank of the of West", "Guillermo del Toro", "Guillermo de la Torre",
		"Romero’s group", "Romero's", "O'Brien", "Rock 'n' Roll", "X'", "Jean-Luc Picard", "Jean- Luc",
		"Ministry of\tHealth", "Ministry of\nHealth", "AT&T", "Procter & Gamble", "Ángela Núñez", "ÉCOLE",
		"Foro Penal y  Justicia", "iPhone Pro", "McDonald’s Corp. and Co.", "N.Y.C. Mayor", "Ü.Ö.",
		"Tom and Jerry and", "the of", "Van Gogh van der", "Bin bin Laden", "Bank of ", "Bank of the ",
		"A\xffB", "\xffÉ", "Ab\u0301cd Ef", "Mr.Smith",
	}
	for _, c := range cases {
		checkNameChunks(t, c, c)
	}
	// Every text the tests have.
	var files []string
	for _, pat := range []string{"../../../corpus/*", "../../../testdata/quantities/*.txt", "../../../../shared/eval/polnear/*/text/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		checkNameChunks(t, filepath.Base(f), string(b))
	}
	// Random text from pieces that exercise every branch.
	pieces := []string{"A", "B", "É", "a", "é", ".", ". ", "-", "’", "'", " ", "  ", "\t", "\n", "of", "the", "de", "del",
		"&", "y", "Mc", "U.S.", "x", "1", ",", "\u0301", "\xff", "Bank", "of the"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		var sb strings.Builder
		for range rng.IntN(20) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkNameChunks(t, fmt.Sprint("random ", i), sb.String())
	}
}
