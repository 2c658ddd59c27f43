package attrib

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule pronoun-document/clause-subject: "its" owning a document after the
// clause it closes ("…, according to its annual report", "…, according to
// its own figures") is that clause's subject when the subject is an
// organisation, not the organisation named nearest before the pronoun:
// "The State Claims Agency, which manages claims against the HSE, paid out
// €485 million …, according to its annual report" (articles-dev-1: the
// agency, not the HSE of the relative clause); "The airport has paid more
// than €700 million …, according to its own figures" (articles-dev-2:
// Schiphol, the airport, not the US Department of Transportation named
// a paragraph before). The subject is the likeliest referent (centering,
// as description-subject). A subject that is no organisation ("liquid-
// cooling plates … account for 61 percent of its sales, according to its
// annual report"), a person or a place leaves "its" to the nearest
// organisation; a name of no known kind is taken as the organisation
// "its" stands for ("Oxfam has spent …, according to its own figures").
const ruleClauseSubject = "clause-subject"

// clauseSubjectOwner returns the organisation that is the subject of the
// main clause before the possessive pronoun ts[b] ("its"), when there is one.
func (a *attributor) clauseSubjectOwner(ts []text.Token, b int) (string, claims.SourceKind, bool) {
	if ts[b].Lower != "its" {
		return "", "", false
	}
	sb, se, _, _, verb, ok := mainClause(ts, b)
	if !ok || se >= b || verb < 0 || verb >= b || pronouns[ts[sb].Lower] {
		return "", "", false
	}
	n, k := a.resolveNP(ts, sb, se)
	if n == "" || k == kindPerson {
		return "", "", false
	}
	if k != kindOrg && (!ts[se].Capitalised() || lexicon.Places[n] || a.reg.gender[n] != 0) {
		return "", "", false // ("its" is no person's; a place's figures are its government's)
	}
	return n, kindOrg, true
}
