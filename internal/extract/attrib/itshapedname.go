package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule it-shaped-name: "it" after a sentence whose subject is a name of
// capitalised words with no organisation's word, read as a person's by its
// shape only (no title, no gender, no known given name), is that name: an
// organisation, as no person is "it". "Electricity North West said about
// 38,000 customers were without power … It said it had 400 engineers on
// the ground" (web-dev-5 uk-cumbria-storm; the Met Office of the
// paragraph before had been taken), "Northern Powergrid said 12,000 homes
// were cut off. It said …", "Scottish Power said … It added …". Tried by
// itStepAfterEarlier, an npStep before "it".
const ruleItShapedName = "it-shaped-name"

// itShapedName returns the previous sentence's subject, in the same
// paragraph, when it is such a name.
func (a *attributor) itShapedName(pos int) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para {
		return "", false
	}
	ts, b, e, ok := a.prevSubject(si)
	if !ok {
		return "", false
	}
	if ts[b].Tag == "DT" {
		b++
	}
	if e <= b {
		return "", false
	}
	for i := b; i <= e; i++ {
		if !ts[i].Capitalised() {
			return "", false
		}
	}
	n, k := a.properName(ts, b, e)
	if n == "" || k != kindPerson || a.reg.gender[n] != 0 || lexicon.GivenNameGender(strings.Fields(n)[0]) != 0 || a.reg.titledAt(ts[b].Start, ts[e].End()) != nil {
		return "", false
	}
	return n, true
}

// itStepAfterEarlier makes an npStep before "it" of a finder of the
// organisation "it" stands for (rules it-shaped-name, it-previous-body,
// previous-reporter-org): it decides only where "it" would have gone past
// its clause's organisation, a document and an organisation subject
// before to the nearest organisation named (the "it" step's earlier
// readings come first).
func itStepAfterEarlier(find func(a *attributor, pos int) (string, bool)) func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	return func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
		if !(b == *ep && oneOf(ts[b].Lower, "it", "its")) {
			return "", "", false
		}
		pos := ts[b].Start
		n, ok := find(a, pos)
		if !ok {
			return "", "", false
		}
		if _, ok := a.clauseOrg(pos); ok {
			return "", "", false
		}
		if _, _, ok := a.prevSubjectDocument(pos); ok {
			return "", "", false
		}
		if _, ok := a.prevSubjectOrg(pos); ok {
			return "", "", false
		}
		return n, kindOrg, true
	}
}
