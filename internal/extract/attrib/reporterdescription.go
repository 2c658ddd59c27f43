package attrib

import (
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule description-previous-reporter (npStep, before apposed-description):
// a bare definite description of an organisation ("the company", "the
// bank", "the group") in a sentence that names no organisation before it
// (a capitalised first word of no known kind aside)
// stands for the organisation that last reported in the sentences before
// (lastNamedReporter: a name opening the subject of a cue verb, or after
// "according to"), when that one fits the description,
// not for the organisation named nearest, which the reporter may only have
// spoken of: wire copy's "Aetna Life and Casualty Co said it reached an
// agreement to acquire … <ULG>, a Malaysian composite insurance company.
// The company said …" and "Lloyds Bank Canada, a unit of <Lloyds Bank
// International PLC>, said … . …, the bank said" (web-dev-11, Reuters
// 1987). A company noun fits a reporter whose name holds it ("the bank"
// Lloyds Bank Canada) or one of its trade's name heads
// (lexicon.TradeNameHeads); "the company" and "the firm"
// (lexicon.CompanyWords) fit any organisation but a public body, an
// exchange or a place; the other kind nouns ("the group", "the
// organisation") any organisation. A description the article already
// resolved before (describedBefore), or after a sentence whose subject is
// another organisation (prevSubjectOrg), goes on to the other steps.
const ruleDescriptionPrevReporter = "description-previous-reporter"

func descriptionPrevReporter(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e != b+1 || ts[b].Lower != "the" || ts[e].Text != ts[e].Lower {
		return "", "", false
	}
	head, pos := ts[e].Lower, ts[b].Start
	if !genericOrgNouns[head] && !companyNouns[head] {
		return "", "", false
	}
	if n, ok := a.sentenceOrgBefore(pos); ok && a.reg.kindOf(n) == kindOrg {
		return "", "", false // "Samsung expects …, the company said": the sentence's own name (a capitalised first word, "Loan loss provisions …", is none)
	}
	if _, ok := a.describedBefore(pos); ok {
		return "", "", false
	}
	n, ok := a.lastNamedReporter(pos)
	if !ok || !a.reporterFits(n, head) {
		return "", "", false
	}
	if s, ok := a.prevSubjectOrg(pos); ok && s != n {
		return "", "", false // "The Tax Policy Center, reviewing …, came to a similar conclusion. … , the group said": the subject before
	}
	return n, kindOrg, true
}

// reporterFits reports an organisation's name n that a description headed
// by head can stand for (descriptionPrevReporter).
func (a *attributor) reporterFits(n, head string) bool {
	switch {
	case lexicon.CompanyWords[head]:
		return !a.reg.noCompany(n)
	case companyNouns[head]:
		words := strings.Fields(strings.ToLower(n))
		heads := append([]string{head}, lexicon.TradeNameHeads[head]...)
		for _, w := range words {
			for _, h := range heads {
				if w == strings.ToLower(h) {
					return true
				}
			}
		}
		return false
	}
	return true
}

// lastNamedReporter returns the organisation that last reported in the
// reporterReach sentences before pos's: the registry's organisation whose
// name is the subject of a cue verb, "the" aside ("Aetna Life and
// Casualty Co said", "Lloyds Bank Canada, a unit of …, said"; not one
// named inside a longer subject, "Club chairman Petri Kemppainen said") or
// ends the phrase after "according to" ("…, according to the nonpartisan
// Congressional Budget Office. … 8.9 percent, the agency said", PolNeAR
// dev). A person reporting ends the search, one after the cue too ("…,
// said Pierre Honnorat, the WFP's country director").
func (a *attributor) lastNamedReporter(pos int) (string, bool) {
	if a.reporting {
		return "", false // (a description before resolves by the other steps: no chain back through every sentence)
	}
	a.reporting = true
	defer func() { a.reporting = false }()
	for ts := range a.reportingBefore(pos) {
		for j := len(ts) - 1; j > 0; j-- {
			if accordingToAt(ts, j-1) {
				if e := npRight(ts, j+1); e > j {
					if n, ok := a.orgNameEnds(ts[j+1].Start, ts[e].End()); ok {
						return n, true // (the phrase's last name: "the U.N. refugee agency UNHCR")
					}
					if a.personPhrase(ts, j+1, e) {
						return "", false
					}
				}
				continue
			}
			if !strings.HasPrefix(ts[j].Tag, "VB") || lexicon.CueVerbs[ts[j].Lower] == "" {
				continue
			}
			if j+1 < len(ts) && (ts[j-1].Text == "," || ts[j-1].Tag == "''") && ts[j+1].Capitalised() {
				// a speaker after the cue: "…, said Pierre Honnorat, the
				// WFP's country director"
				if e := npRight(ts, j+1); e > j {
					if a.personPhrase(ts, j+1, e) {
						return "", false
					}
					if n, ok := a.orgNameIs(ts[j+1].Start, ts[e].End()); ok {
						return n, true
					}
				}
				continue
			}
			b, e, _, _, ok := subjectLeft(ts, j, 0)
			if !ok || e >= j || pronouns[ts[b].Lower] {
				continue
			}
			lead := b
			for lead < e && (ts[lead].Lower == "the" || !ts[lead].Wordy()) {
				lead++
			}
			lead = a.headlineCapsStart(ts, lead, e) // (the registry's name starts after a headline's capitals: "IN TECHNICAL DEFAULT Kapok Corp said")
			if a.personPhrase(ts, b, e) {
				return "", false // ("Club chairman Petri Kemppainen said": a person)
			}
			if n, ok := a.orgNameIs(ts[lead].Start, ts[e].End()); ok {
				return n, true
			}
		}
	}
	return "", false
}

// orgNameIs returns the fullest name of the registry's organisation named
// by exactly the text from start to end.
func (a *attributor) orgNameIs(start, end int) (string, bool) {
	r := a.reg
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= start })
	for ; i < len(r.ents) && r.ents[i].Start == start; i++ {
		r.scanned++
		ent := r.ents[i]
		if ent.End != end {
			continue
		}
		n := r.fullest(ent.Name, ent.Start)
		if lexicon.Places[n] || lexicon.Places[ent.Name] {
			return "", false
		}
		if r.kindOf(n) == kindOrg || r.kindOf(ent.Name) == kindOrg {
			return n, true
		}
	}
	return "", false
}

// orgNameEnds returns the fullest name of the registry's organisation
// whose name ends at end and starts at or after start.
func (a *attributor) orgNameEnds(start, end int) (string, bool) {
	r := a.reg
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= start })
	for ; i < len(r.ents) && r.ents[i].Start < end; i++ {
		r.scanned++
		if ent := r.ents[i]; ent.End == end {
			return a.orgNameIs(ent.Start, end)
		}
	}
	return "", false
}

// personPhrase reports a phrase ts[b..e] that names or describes a person:
// a person's name in the registry inside it, a people or role noun at its
// end, or a personal pronoun (a cheap test: no resolution).
func (a *attributor) personPhrase(ts []text.Token, b, e int) bool {
	if b == e && oneOf(ts[b].Lower, "he", "she", "i", "we") || peopleOrRoleNoun(ts[e].Lower) {
		return true
	}
	r := a.reg
	start, end := ts[b].Start, ts[e].End()
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= start })
	for ; i < len(r.ents) && r.ents[i].Start < end; i++ {
		r.scanned++
		if ent := r.ents[i]; ent.End <= end && (r.kindOf(ent.Name) == kindPerson || r.kindOf(r.fullest(ent.Name, ent.Start)) == kindPerson) {
			return true
		}
	}
	return false
}

// Rule bracketed-name (npStep, first): a phrase wrapped whole in brackets
// is the phrase inside them: wire copy writes a company it names for the
// first time so, "(Dumez Investments I Inc) said", and "<Mono Gold Mines
// Inc> said", whose angle marks the tokens read as brackets
// (text.splitAngleMarks; web-dev-11, Reuters 1987: "<Canadian Natural
// Resources Ltd> said", "<Malrite Guaranteed Broadcast Partners L.P.>
// said"). Before, the phrase was kept as written, brackets and all.
const ruleBracketedName = "bracketed-name"

func bracketedName(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e-b < 2 || ts[b].Text != "(" || ts[e].Text != ")" {
		return "", "", false
	}
	for k := b + 1; k < e; k++ {
		if ts[k].Text == "(" || ts[k].Text == ")" {
			return "", "", false // "(A) and (B)": no one phrase
		}
	}
	n, k, sub := a.resolveNPRule(ts, b+1, e-1)
	if n == "" {
		n = a.d.Text[ts[b+1].Start:ts[e-1].End()]
	}
	a.subRule(sub)
	return n, k, true
}
