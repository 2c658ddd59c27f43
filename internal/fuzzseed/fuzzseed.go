// Package fuzzseed gives the fuzz targets of the text readers and the
// extractor (FuzzFind, FuzzExplain, FuzzParseText, FuzzParseHTML) their
// common seed texts: the edges of the grammar and the sentences of the dev
// quantity sets. Only tests import it.
package fuzzseed

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// edgeWords are words rules look at around a number: connectors of ranges
// and rates, cue words, units, signs and punctuation. Edges sets each at
// the start and at the end of a text, where a rule that reads the token
// before or after its own finds none.
var edgeWords = strings.Fields(`per to vs vs. versus from between and or than up down about nearly
	around over under more less at least most some of a an the by in on for with as into
	said says according estimate estimates told reported added cited
	pct percent per-cent % cts cents dlrs dollars $ £ € ¥ mln million bn billion k
	shares points pts degrees km miles kg tonnes years year-old aged times fold
	No. no. # - – — / : , . ; ( ) [ ] " ' “ ” ‘ ’ … x X`)

// Edges returns short texts at the edges of the grammar: each edge word
// alone and at the start and at the end of a text holding a number, a lone
// number, punctuation alone, unicode spaces, very long numbers, "1/0", "-"
// and "%".
func Edges() []string {
	out := []string{"", " ", "5", "-5", "-", "%", "5%", "%5", "1/0", "0/0", "1/", "/1", "5-", "-5-", "$", "$5", "5$",
		"...", "!?", ",,,", "5,", ",5", "5.", ".5", "5..5", "5,,000", "1e9", "1e999",
		"\u00a05\u00a0", "\u20095\u2009per\u2009cent", "\u3000５\u3000", "5\u200b%", "\t5\n", "\n\n5\n\n",
		strings.Repeat("9", 400), "1" + strings.Repeat(",000", 120), "0." + strings.Repeat("1", 400),
		strings.Repeat("5 ", 200), strings.Repeat("per ", 50) + "5",
		"5 to", "to 5", "5 per", "per 5", "5 vs", "vs 5", "5 vs.", "from 5 to", "between 5 and",
		"to 260,500 shares", "It costs 80 cts per", "estimate 300 deaths", "said 5", "5 said"}
	for _, w := range edgeWords {
		out = append(out, w, w+" 5", "5 "+w, w+" 5 "+w, "5 "+w+" 6", w+" $5 million", "$5 million "+w, w+" 5 pct", "5 pct "+w)
	}
	return out
}

// DevSentences returns the T: lines of the dev quantity sets
// (ROOT/testdata/quantities/*.txt; the held-out sets, in heldout/, are not
// read), root being the repository's root.
func DevSentences(root string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(root, "testdata", "quantities", "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "T: "); ok {
				out = append(out, s)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
