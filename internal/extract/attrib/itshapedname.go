package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rule it-shaped-name: "it" after a sentence whose subject is a name of
// capitalised words with no organisation's word, read as a person's by its
// shape only (no title, no gender, no known given name), is that name: an
// organisation, as no person is "it". "Electricity North West said about
// 38,000 customers were without power … It said it had 400 engineers on
// the ground" (web-dev-5 uk-cumbria-storm; the Met Office of the
// paragraph before had been taken), "Northern Powergrid said 12,000 homes
// were cut off. It said …", "Scottish Power said … It added …". Tried by
// the "it" step before the nearest organisation named.
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
