package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule description-subject (npStep, before company-not-body and
// org-description): a bare definite description of an organisation ("the
// company", "the group", "the agency", "the association"; genericOrgNouns)
// is the organisation the discourse is about, not the one named nearest
// before it: first the subject of its own sentence, when the description
// closes a later clause ("Sun Hung Kai Properties, the city's biggest
// developer, sold 520 of the 628 flats …, the company said": not the
// "Executive Council" of the paragraph before), then the subject of the
// sentence before ("The State Claims Agency, which manages claims against
// the HSE, paid out €485 million … The agency said …": not the HSE of the
// relative clause; "Debswana, the diamond joint venture between the
// Botswana government and De Beers, reported … Revenue fell …, the
// company said": not the partner named in the appositive). An object, an
// appositive's or relative clause's name, or a name quoted before, is not
// what the description takes up again (centering: the subject is the
// likeliest referent).
//
// The subject must fit the description (subjectFits). A description the
// descriptions before stood for (describedBefore) is left to
// org-description.
const ruleDescriptionSubject = "description-subject"

func descriptionSubject(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e != b+1 || ts[b].Lower != "the" || ts[e].Text != ts[e].Lower || !genericOrgNouns[ts[e].Lower] {
		return "", "", false
	}
	head, pos := ts[e].Lower, ts[b].Start
	if _, ok := a.describedBefore(pos); ok {
		return "", "", false // (org-description: what the descriptions before stood for)
	}
	// its own sentence's subject, the description closing a later clause
	if sb, se, apB, apE, verb, ok := mainClause(ts, b); ok && se < b-1 && ts[se].Capitalised() {
		if n, ok := a.subjectFits(head, ts, sb, se, apB, apE, verb); ok {
			a.subRule("own-subject")
			return n, kindOrg, true
		}
	}
	if si := a.d.SentenceAt(pos); si > 0 {
		if n, ok := a.prevSubjectOrg(pos); ok {
			pts := a.tokens(si - 1)
			if sb, se, apB, apE, verb, ok := mainClause(pts, len(pts)); ok {
				if m, ok := a.subjectFits(head, pts, sb, se, apB, apE, verb); ok && m == n {
					a.subRule("previous-subject")
					return n, kindOrg, true
				}
			}
		}
	}
	return "", "", false
}

// subjectFits resolves the subject ts[sb..se] of a clause (its appositive
// ts[apB..apE], its verb ts[verb]) and reports whether the name can be
// what a bare description of head stands for: a name (no pronoun, no
// possessive's product: "Tesla's Model Y"; no word capitalised only as
// the sentence's first: "Revenue rose …", "WARSAW — Hackers copied …"),
// no person's, no place's, no coordination of two organisations' ("Japan
// Airlines and All Nippon Airways cancelled …"), no public body, exchange or place for
// "the company" (lexicon.CompanyWords: "the company" is no "Executive
// Council"). A name of no known kind is a company's for "the company"
// (company names are bare: "Verizon is nearing the end of its project.
// The company now has 3.8 million customers"); for another description
// it needs evidence of an organisation in its clause: a cue verb
// ("Debswana, the diamond joint venture …, reported") or an appositive
// headed by an organisation noun ("Sun Hung Kai Properties, the city's
// biggest developer, sold"): "Typhoon Shanshan made landfall …. The
// agency issued …" is no agency. A one-word name opening its sentence
// needs that evidence too unless the article names it again ("WARSAW —
// Hackers copied …, the company said").
func (a *attributor) subjectFits(head string, ts []text.Token, sb, se, apB, apE, verb int) (string, bool) {
	if pronouns[ts[sb].Lower] || possessiveIn(ts, sb, se) {
		return "", false
	}
	n, k := a.resolveNP(ts, sb, se)
	if n == "" || k == kindPerson || coordinatedOrgs(n) || lexicon.Places[n] {
		return "", false
	}
	if lexicon.CompanyWords[head] && a.reg.noCompany(n) {
		return "", false
	}
	if k == kindOrg {
		return n, true
	}
	opening := sb == firstWord(ts) || sb == tokenDatelineEnd(ts, len(ts))
	if opening && ts[sb].Tag != "NNP" && ts[sb].Tag != "NNPS" || a.reg.gender[n] != 0 || a.reg.perVotes[n] > 0 {
		return "", false
	}
	for _, w := range strings.Fields(n) {
		if !startsUpper(w) || a.reg.lower.has(strings.ToLower(w)) {
			return "", false // (a common noun: "Shares of Sunfar rose …")
		}
	}
	if verb >= 0 && lexicon.CueVerbs[ts[verb].Lower] != "" {
		return n, true
	}
	if lexicon.CompanyWords[head] && !(opening && sb == se && a.reg.mentions(n) < 2) {
		return n, true
	}
	if apE >= 0 {
		if h := ts[apE].Lower; genericOrgNouns[h] || companyNouns[h] || orgHeads[h] {
			return n, true
		}
	}
	return "", false
}

// coordinatedOrgs reports a name that is two organisations' joined by
// "and", the first ending in an organisation head: "Japan Airlines and
// All Nippon Airways" (not "Kenya Civil Aviation and Airports Authority",
// "Fire and Disaster Management Agency": one body's name).
func coordinatedOrgs(n string) bool {
	left, _, ok := strings.Cut(n, " and ")
	if !ok {
		return false
	}
	f := strings.Fields(left)
	return len(f) > 0 && (orgHeads[f[len(f)-1]] || lexicon.CompanyLegalForms[f[len(f)-1]])
}

// possessiveIn reports a possessive in ts[b..e]: "Tesla's Model Y" is the
// owner's product, not the company (sentenceOrgBefore reads it).
func possessiveIn(ts []text.Token, b, e int) bool {
	for i := b; i <= e; i++ {
		if isPossessive(ts[i]) {
			return true
		}
	}
	return false
}

// mentions returns how many times the registry holds the name n.
func (r *nameReg) mentions(n string) int {
	c := 0
	for i := range r.ents {
		if r.ents[i].Name == n {
			c++
		}
	}
	return c
}
