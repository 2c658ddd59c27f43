package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// cueWithAbsolutePassive: "With temperatures expected to fall to near 0
// degrees", "with cash receipts from marketings expected to be slightly
// above 1960": a reduced passive cue after "with" and its noun phrase (an
// absolute clause) names no source; the noun phrase is what is expected,
// not who expects it. The cue covers the clause up to its comma (the main
// clause after it is read by its own cues).
func (a *attributor) cueWithAbsolutePassive(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	w, ok := withAbsolutePassive(ts, j)
	if !ok {
		return false
	}
	to := sc.end
	for m := j + 1; m < len(ts); m++ {
		if ts[m].Text == "," || ts[m].Text == ";" {
			to = ts[m].Start
			break
		}
	}
	sc.fs = append(sc.fs, found{rule: "with-absolute-passive", cue: a.span(ts[j].Start, ts[j+1].End()), from: ts[w].Start, to: to, exFrom: ts[j].Start, exTo: ts[j+1].End()})
	return true
}

// withAbsolutePassive reports whether ts[j] is a passive hedge verb
// ("expected", "projected", "estimated" + "to") whose subject is a noun
// phrase opened by "with" at the start of the sentence or after a comma
// (an absolute clause), and returns the index of that "with".
func withAbsolutePassive(ts []text.Token, j int) (int, bool) {
	t := ts[j]
	if t.Tag != "VBN" && t.Tag != "VBD" || j+1 >= len(ts) || ts[j+1].Lower != "to" || !lexicon.PassiveHedges[t.Lower] {
		return 0, false
	}
	m := j - 1
	for m >= 0 && j-m <= 8 && absoluteSubjectWord(ts[m]) {
		m--
	}
	if m < 0 || m == j-1 || ts[m].Lower != "with" || m > 0 && !absoluteOpeners[ts[m-1].Text] {
		return 0, false
	}
	return m, true
}

// absoluteOpeners may stand before the "with" of an absolute clause inside
// a sentence ("…, with oil prices expected to …").
var absoluteOpeners = lexicon.WordSet(`, -- ( ;`)

// absoluteSubjectWord reports whether t may belong to the noun phrase of
// an absolute clause ("cash receipts from marketings", "Rubio and Murphy").
func absoluteSubjectWord(t text.Token) bool {
	return strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "DT" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "CC" || absoluteLinks[t.Lower]
}

// absoluteLinks join the words of an absolute clause's noun phrase.
var absoluteLinks = lexicon.WordSet(`of from for 's ’s`)
