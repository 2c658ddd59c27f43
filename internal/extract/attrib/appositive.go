package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/text"
)

// appositive reads the appositive ts[b..e] of a source:
//
//	"the director of Foro Penal"  → role "director", affiliation "Foro Penal"
//	"head of the NGO"             → role "head", affiliation = the NGO resolved
//	"Foro Penal's director"       → role "director", affiliation "Foro Penal"
//	"a prominent rights group"    → kind organization
//	"a spokeswoman"               → role "spokeswoman", kind person
//
// It returns the role, the affiliation and the kind the appositive implies.
func (a *attributor) appositive(ts []text.Token, b, e int) (role, aff string, kind claims.SourceKind) {
	if ts[b].Lower == "who" {
		return "", "", kindPerson
	}
	if ts[b].Lower == "which" {
		return "", "", kindOrg
	}
	// split at the first of/at/for/with after a role noun
	for i := b; i <= e; i++ {
		w := ts[i].Lower
		if (w == "of" || w == "at" || w == "for" || w == "with") && i > b && roleNouns[ts[i-1].Lower] {
			role = roleWords(ts, b, i-1)
			if i+1 <= e {
				ae := npRight(ts[:e+1], i+1)
				if ae >= 0 {
					n, _ := a.resolveNP(ts, i+1, ae)
					if n == "" {
						n = a.d.Text[ts[i+1].Start:ts[ae].End()]
					}
					aff = n
				}
			}
			return role, aff, kindPerson
		}
		if isPossessive(ts[i]) && i > b && i < e && roleNouns[ts[e].Lower] {
			n, _ := a.resolveNP(ts, b, i-1)
			if n == "" {
				n = a.d.Text[ts[b].Start:ts[i-1].End()]
			}
			return roleWords(ts, i+1, e), n, kindPerson
		}
	}
	head := ts[e].Lower
	switch {
	case roleNouns[head]:
		return roleWords(ts, b, e), "", kindPerson
	case genericOrgNouns[head] || orgHeads[head]:
		return "", "", kindOrg
	}
	return "", "", ""
}

// roleWords is the role phrase in ts[b..e] without leading articles: "the
// executive director" → "executive director".
func roleWords(ts []text.Token, b, e int) string {
	for b < e && (ts[b].Tag == "DT" || ts[b].Tag == "PRP$") {
		b++
	}
	var w []string
	for i := b; i <= e; i++ {
		w = append(w, ts[i].Text)
	}
	return strings.Join(w, " ")
}
