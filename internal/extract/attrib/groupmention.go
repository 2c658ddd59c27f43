package attrib

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule group-second-mention: "the officials" after a sentence that named
// the group with its owner — "Con Edison officials said they had begun
// replacing 1,600 miles of gas lines. …, said the officials, who added
// that they were swapping about 100 miles of line each year" (web-dev-7),
// "…, Israeli officials said Wednesday. The officials said …" (PolNeAR
// train) — is that group, as the article first wrote it ("Con Edison
// officials"), not the bare description. The group is the nearest
// "<Capitalised words> officials" in the phrase's sentence or the three
// before it, within the paragraph or the one before.
const ruleGroupSecondMention = "group-second-mention"

// groupSecondMentionNouns head a group that a second mention names by the
// noun alone.
var groupSecondMentionNouns = lexicon.WordSet(`officials executives`)

// groupSecondMentionStep is rule group-second-mention as an npStep.
func groupSecondMentionStep(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e != b+1 || ts[b].Lower != "the" || !groupSecondMentionNouns[ts[e].Lower] {
		return "", "", false
	}
	if n, ok := a.namedGroupBefore(ts[b].Start, ts[e].Lower); ok {
		return n, kindPerson, true
	}
	return "", "", false
}

// namedGroupBefore returns the nearest "<Capitalised words> noun" before
// pos in pos's sentence or the three before it (within pos's paragraph and
// the one before), as written.
func (a *attributor) namedGroupBefore(pos int, noun string) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 0 {
		return "", false
	}
	para := a.d.Sentences[si].Para
	for k := si; k >= 0 && k >= si-3 && a.d.Sentences[k].Para >= para-1; k-- {
		st := a.tokens(k)
		for i := len(st) - 1; i > 0; i-- {
			if st[i].Start >= pos || st[i].Lower != noun || !st[i-1].Capitalised() {
				continue
			}
			m := i - 1
			for m > 0 && (st[m-1].Capitalised() || nameConnectors[st[m-1].Lower] && m > 1 && st[m-2].Capitalised()) && st[m-1].Tag != "DT" {
				m--
			}
			if st[m].Tag == "DT" || !st[m].Capitalised() {
				continue // "The officials" opening a sentence
			}
			return a.d.Text[st[m].Start:st[i].End()], true
		}
	}
	return "", false
}
