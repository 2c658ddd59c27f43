package attrib

import (
	"strings"
	"unicode"

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
// The subject must fit the description (descriptionFits): a name no
// evidence makes a person's (an organisation's, or one of unknown kind as
// "Debswana" is), and for "the company", "the firm"
// (lexicon.CompanyWords) no public body, exchange or place ("the company"
// is no "Executive Council"); no coordination of two organisations is one. A description the descriptions before stood for
// (describedBefore) is left to org-description.
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
	if sb, se, _, _, ok := mainSubject(ts, b); ok && se < b-1 && !pronouns[ts[sb].Lower] && ts[se].Capitalised() && !possessiveIn(ts, sb, se) {
		// a word capitalised only as the sentence's first is no evidence
		// of a name: "Revenue rose …", "WARSAW — Hackers copied …"
		opening := sb == firstWord(ts) || sb == tokenDatelineEnd(ts, b)
		commonOpening := opening && (sb == se || ts[sb].Tag != "NNP" && ts[sb].Tag != "NNPS")
		if n, k := a.resolveNP(ts, sb, se); n != "" && k != kindPerson && !(commonOpening && k != kindOrg) && a.descriptionFits(head, n) {
			a.subRule("own-subject")
			return n, kindOrg, true
		}
	}
	if n, ok := a.prevSubjectOrg(pos); ok && a.descriptionFits(head, n) {
		a.subRule("previous-subject")
		return n, kindOrg, true
	}
	return "", "", false
}

// descriptionFits reports whether the organisation's name n can be what a
// bare description of head stands for (rule description-subject).
func (a *attributor) descriptionFits(head, n string) bool {
	k := a.reg.kindOf(n)
	if k == kindPerson || coordinatedOrgs(n) {
		return false
	}
	if k == "" {
		if a.reg.gender[n] != 0 || a.reg.perVotes[n] > 0 {
			return false
		}
		for _, w := range strings.Fields(n) {
			if !upperFirstRune(w) || a.reg.lower.has(strings.ToLower(w)) {
				return false // a common noun opening a sentence: "Revenue fell …", "Shares of Sunfar rose …"
			}
		}
	}
	if lexicon.CompanyWords[head] && a.reg.noCompany(n) {
		return false
	}
	return true
}

// upperFirstRune reports a word that opens with a capital letter.
func upperFirstRune(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
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
