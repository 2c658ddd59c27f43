package attrib

import (
	"iter"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// Source resolution: a source phrase becomes a name.
//
// Rules, in order (documented coreference, no learned model):
//
//   - "he"/"she" → the nearest person named before the phrase and not known
//     to be of the other gender (an honorific or kinship word gives a
//     name's gender: "Mr.", "Mrs.", "his daughter Ivanka Trump"; else a
//     common given name, firstnames.go); "it" → the previous sentence's
//     subject when that is a name not a person's (prevSubjectOrg), else the
//     nearest organisation; "they" → the previous sentence's plural subject
//     (prevSubjectPlural); "I"/"me"/"my" → the speaker of the transcript
//     turn (transcript.go) or direct quote it stands in; "we", "you" and any
//     other "I" keep the pronoun.
//   - relative "which"/"who" → the phrase before the comma or dash it
//     follows ("Foro Penal, which …"; "Supporters of the governor, who"
//     → the supporters), as written when it names no one; a restrictive
//     "which" after a name → the name; "who" after a predicate noun → the
//     copula's subject ("Maria Lopez is a farmer who said").
//   - "the president", "the governor", "the Vermont senator" → the one
//     person named before with that title and, for a modifier, that word
//     near the name ("Vermont Sen. Bernie Sanders"; nearestTitled).
//   - "the campaign", "the administration", "the government" → the owner's
//     body named in the two sentences before, when no other person is
//     named since ("the Clinton campaign"; ownedBody).
//   - "the figures reviewed by X", "the tally prepared by X" → X;
//     "X's figures/tally/count/data" → X.
//   - a description of people tied to a name ("a spokesman for Mr. Cruz",
//     "officials at the Interior Ministry", "one pastor supporting Mr. Cruz")
//     stays the source, its name in its fullest form ("a spokesman for
//     Rafael Cruz"); the name is its affiliation, its head noun the role, and
//     a proper appositive names it ("The director of Foro Penal, Alfredo
//     Romero,").
//   - a phrase ending in a capitalised name → that name in its fullest form
//     in the article: an acronym's expansion ("CNE" → "National Electoral
//     Council"), a surname's full name ("Romero" → "Alfredo Romero", never a
//     name of the other gender: "Mr. Trump" is not "Ivanka Trump"); titles
//     dropped. A coordination of names ("X, Y and the Z") stays whole.
//   - a bare "the company", "the group", "the agency" → the subject of
//     its own sentence when it closes a later clause, else the previous
//     sentence's subject, when that fits (description-subject,
//     descsubject.go); a description the article introduced with a name,
//     before it or in an appositive after it ("property consultancy
//     ValuStrat", "JA Zen-Noh, the national federation of …") → that name
//     (apposed-description);
//   - a definite description whose head is a generic organisation noun
//     ("the group", "the organization", "the NGO", "the agency") → the
//     nearest organisation named before, past places and names written
//     only inside quotation marks (org-description/past-place-or-quote); one whose head is an organisation
//     head noun ("the ministry", "the council") → the nearest organisation
//     whose name holds that word ("Ministry of …"), else the description.
//     A description by trade ("the retailer", "the telecoms operator",
//     companyNouns) or by rank in a place ("Australia's largest
//     telecommunications company", placeEpithet) → a name holding the
//     word, else the subject before, else the company named before in
//     the sentence ("Volkswagen's profit fell …, the carmaker said") or
//     in the paragraph and the two before (tradeCompany: no person,
//     place or public body, lexicon.PublicBodyHeads).
//   - anything else keeps its description as written ("a human rights
//     lawyer", "rights groups", "official figures", "Venezuela's government").
//
// Nearest means the last occurrence before the phrase in text order whose
// kind (nameReg evidence) is compatible.

// resolveNP returns the name and kind of the source phrase ts[b..e].
func (a *attributor) resolveNP(ts []text.Token, b, e int) (string, claims.SourceKind) {
	n, k, _ := a.resolveNPRule(ts, b, e)
	return n, k
}

// orgPlurals are organisations as a plural head: "the NGOs", "the groups".
var orgPlurals = lexicon.WordSet(`ngos groups organizations organisations`)

// resolveNPRule is resolveNP with the name of the step that decided
// (npSteps; "head-kind" when none did: the phrase as written, its kind
// read from its head noun).
func (a *attributor) resolveNPRule(ts []text.Token, b, e int) (string, claims.SourceKind, string) {
	for _, s := range npSteps {
		a.npSub = ""
		n, k, ok := s.run(a, ts, b, &e)
		sub := a.npSub
		a.npSub = "" // (a sub-rule of a nested resolution is not the caller's)
		if ok {
			if sub != "" {
				return n, k, s.name + "/" + sub
			}
			return n, k, s.name
		}
		if e < b {
			return "", "", s.name
		}
	}
	return "", headNounKind(ts, b, e), "head-kind"
}

// headNounKind is the kind of the description ts[b..e] read from its head
// noun (rule head-kind): an organisation's noun, a role's, or none.
func headNounKind(ts []text.Token, b, e int) claims.SourceKind {
	head := ts[e].Lower
	// "officials of the central bank": people ("the secretary of state’s
	// website" is the website)
	if of := peopleOf(ts, b, e); of > 0 {
		head = ts[of-1].Lower
	}
	if genericOrgNouns[head] || companyNouns[head] || orgHeads[head] || orgPlurals[head] {
		return kindOrg
	} else if roleNouns[strings.TrimSuffix(head, "s")] {
		return kindPerson
	}
	return ""
}

// peopleOf returns the index of the "of" (or "at", "in", "from", "with")
// after a people or role noun in ts[b..e] that heads it ("officials of the
// central bank", "executives of both companies", "a senior official at the
// central bank"), -1 when none or when a possessive makes the phrase
// something of theirs.
func peopleOf(ts []text.Token, b, e int) int {
	of := -1
	for k := b + 1; k < e; k++ {
		if isPossessive(ts[k]) {
			return -1
		}
		if of < 0 && (ts[k].Lower == "of" || peopleTieLinks[ts[k].Lower]) && peopleOrRoleNoun(ts[k-1].Lower) {
			of = k
		}
	}
	return of
}

// subRule names the rule inside the running npStep that decides the
// phrase ("org-head/previous-subject"): resolveNPRule appends it to the
// step's name for --explain. Called where the sub-rule decides, after any
// nested resolution (resolveNPRule clears it on return), and only on a
// path whose answer the step returns: a helper other steps call as a mere
// test returns its rule instead (properNameRule).
func (a *attributor) subRule(rule string) { a.npSub = rule }

// npStep is one named step of noun-phrase resolution: run returns what the
// phrase ts[b..*ep] stands for and true when it decides; a step may narrow
// the phrase (*ep) for the steps after it.
type npStep struct {
	name string
	run  func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool)
}

// npSteps are tried in order; the first that decides wins.
var npSteps []npStep

func init() {
	npSteps = []npStep{
		{ruleBracketedName, bracketedName}, // reporterdescription.go
		// "She adds" right after a speaker of no known gender, named
		// after the nearest person of that gender (ungenderedSpeakerBefore)
		{"ungendered-speaker", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			if !(b == *ep && oneOf(ts[b].Lower, "he", "she")) {
				return "", "", false
			}
			g := byte('m')
			if ts[b].Lower == "she" {
				g = 'f'
			}
			pos := ts[b].Start
			if n, ok := a.reg.nearestG(pos, kindPerson, "", g); ok {
				if u, ok := a.ungenderedSpeakerBefore(pos, n); ok {
					return u, kindPerson, true
				}
			}
			return "", "", false
		}},
		// he, him, she, her, his: the nearest person of that gender
		{"he-she", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			if !(b == e && oneOf(ts[b].Lower, "he", "him", "she", "her", "his")) {
				return "", "", false
			}
			g := byte('m')
			if ts[b].Lower == "she" || ts[b].Lower == "her" {
				g = 'f'
			}
			if a.inQuote(pos) {
				if n, ok := a.reg.nearestG(pos, kindPerson, "", g); ok {
					return n, kindPerson, true
				}
			} else if n, passed, ok := a.nearestPersonOutsideQuotes(pos, g); ok {
				if passed {
					a.subRule(rulePastQuotedName) // (quotedantecedent.go)
				}
				return n, kindPerson, true
			}
			if n, ok := a.unknownPersonBefore(pos, true); ok {
				return n, kindPerson, true
			}
			if n, ok := a.givenNameOnlyBefore(pos, ts[b].Lower); ok {
				a.subRule(ruleGivenNameGenderOnly) // (speaker.go)
				return n, kindPerson, true
			}
			if n, ok := a.loneSurnameBefore(pos, g); ok { // (lonesurname.go)
				return n, kindPerson, true
			}
			if n, ok := a.unknownPersonBefore(pos, false); ok {
				a.subRule(ruleUnknownPersonAside)
				return n, kindPerson, true
			}
			if a.quotedNameBefore(pos) {
				a.subRule(rulePastQuotedName) // (quotedantecedent.go)
			}
			return ts[b].Text, kindPerson, true
		}},
		// "the 35-year-old": an age standing for the person named last (a
		// news convention for the second mention of a person)
		{"age-noun", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e != b+1 || ts[b].Lower != "the" || !ageNounRE.MatchString(ts[e].Lower) {
				return "", "", false
			}
			return a.personBefore(ts[b].Start)
		}},
		// "the Belgian", "the Texan", "the Republican": a person named
		// before, by country, region or party (lexicon.Demonyms)
		{"demonym", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e != b+1 || ts[b].Lower != "the" || !lexicon.Demonyms[ts[e].Text] || a.reg.kindOf(ts[e].Text) == kindOrg {
				return "", "", false
			}
			return a.personBefore(ts[b].Start)
		}},
		// "the winger", "the Exeter lock", "the Chiefs hooker": a player by
		// position standing for the person named last (lexicon.
		// PlayerPositions; a match report's second mention), a club or
		// country between "the" and the position
		{"player-position", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e < b+1 || e > b+3 || ts[b].Lower != "the" || !lexicon.PlayerPositions[ts[e].Lower] {
				return "", "", false
			}
			for k := b + 1; k < e; k++ {
				if !ts[k].Capitalised() {
					return "", "", false
				}
			}
			return a.personBefore(ts[b].Start)
		}},
		// it, its: the organisation heading a clause, the previous subject, the nearest organisation
		{ruleItShapedName, itStepAfterEarlier((*attributor).itShapedName)}, // itshapedname.go
		{ruleItPreviousBody, itStepAfterEarlier((*attributor).prevSubjectBody)},
		{rulePrevReporterOrg, itStepAfterEarlier((*attributor).prevReporterOrg)}, // prevreporter.go
		{"it", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			if !(b == e && oneOf(ts[b].Lower, "it", "its")) {
				return "", "", false
			}
			if n, ok := a.clauseOrg(pos); ok {
				return n, kindOrg, true
			}
			if n, k, ok := a.prevSubjectDocument(pos); ok {
				return n, k, true
			}
			if n, ok := a.prevSubjectOrg(pos); ok {
				return n, kindOrg, true
			}
			if n, ok := a.reg.nearest(pos, kindOrg, ""); ok {
				return n, kindOrg, true
			}
			// a company named in a sentence before, its kind unknown
			// ("Tesco said … . Profit fell …, the retailer said. It
			// expects …"; in its own sentence, "it" may be another)
			if si := a.d.SentenceAt(pos); si > 0 {
				if n, ok := a.tradeCompany(a.d.Sentences[si].Start); ok {
					return n, kindOrg, true
				}
			}
			return ts[b].Text, "", true
		}},
		// they, their: the previous sentence's plural subject
		{"they", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			if !(b == e && oneOf(ts[b].Lower, "they", "their")) {
				return "", "", false
			}
			if n, k, ok := a.prevPluralCueSubject(pos, true); ok {
				return n, k, true // "…, the study's authors wrote. They said"
			}
			if n, k, ok := a.prevSubjectPlural(pos); ok {
				return n, k, true
			}
			if n, k, ok := a.prevPluralCueSubject(pos, false); ok {
				return n, k, true
			}
			return ts[b].Text, "", true
		}},
		// which, who: the head the relative clause hangs on
		{"which-who", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			if !(b == e && oneOf(ts[b].Lower, "which", "who")) || ts[b].Text == "WHO" {
				return "", "", false // (the WHO is the World Health Organization)
			}
			// "X, which said …", "the study -- which notes": the head
			// before the comma or dash, as written when it names no one
			if b >= 2 && (ts[b-1].Text == "," || dashes[ts[b-1].Text]) {
				end := b - 2
				if m := trailingTime(ts, end); m > 0 && npLeftFrom(ts, m-1) >= 0 {
					// "a study covered by Ars Technica earlier this year,
					// which found": the head before the time adjunct
					end = m - 1
				}
				if hb := npLeftFrom(ts, end); hb >= 0 && hb <= end && !(hb == end && oneOf(ts[hb].Lower, "which", "who")) {
					he, head := end, end
					if hb >= 2 && (ts[hb-1].Tag == "VBG" || ts[hb-1].Tag == "VBN" || ts[hb-1].Tag == "IN") && (ts[hb-2].Tag == "NNS" || ts[hb-2].Tag == "NNPS" || strings.HasSuffix(ts[hb-2].Text, "s") && ts[hb-2].Tag == "NNP") {
						// "Supporters of the governor, who said", "super PACs
						// supporting presidential candidates, which reported":
						// the plural head before the modifier
						if pb := npLeftFrom(ts, hb-2); pb >= 0 {
							head = hb - 2
							if ts[b].Lower != "who" {
								he = hb - 2 // (the whole description for people: "Residents near the plant")
							}
							hb = pb
						}
					}
					if n, k, ok := a.appositiveAnchor(ts, b); ok {
						return n, k, true
					}
					// "the GAO report, which found …": the document's owner
					if ts[b].Lower == "which" {
						if ob, oe, _, ok := a.documentOwner(ts, hb, he); ok && oe < b {
							n, k := a.resolveInner(ts, ob, oe)
							if k == "" {
								k = kindOrg
							}
							return n, k, true
						}
					}
					if n, k := a.resolveNP(ts, hb, he); n != "" || pronouns[ts[hb].Lower] {
						return n, k, true
					}
					if ts[b].Lower == "who" && !personLike(ts[head]) && !peopleNouns[ts[head].Lower] {
						return ts[b].Text, "", true // "the plant, who": no one named
					}
					return a.d.Text[ts[hb].Start:ts[he].End()], "", true
				}
			}
			// a restrictive "which" after a name: "the Chicago Police
			// Department which reported …"
			if ts[b].Lower == "which" && b >= 1 && ts[b-1].Capitalised() {
				if hb := npLeftFrom(ts, b-1); hb >= 0 {
					return decided(a.resolveNP(ts, hb, b-1))
				}
			}
			// "Emmanuel Saez, an economics professor at the University of
			// California at Berkeley who had once concluded": the person
			// the appositive describes
			if ts[b].Lower == "who" && b >= 1 && ts[b-1].Capitalised() && a.reg.kindOf(ts[b-1].Text) != kindPerson {
				if n, ok := a.reg.nearest(pos, kindPerson, ""); ok && a.d.SentenceAt(a.reg.nameStart(n, pos)) == a.d.SentenceAt(pos) {
					return n, kindPerson, true
				}
			}
			// a restrictive "who" binds to the head right before it: "a
			// resident who said …"; after a predicate noun, to the
			// subject of its copula: "Maria Lopez is a farmer who said …"
			if ts[b].Lower == "who" && b >= 1 && nounish(ts[b-1]) && !ts[b-1].Capitalised() {
				if s, e, ok := copulaSubject(ts, b-1); ok {
					return decided(a.resolveNP(ts, s, e))
				}
				if hb := npLeftFrom(ts, b-1); hb >= 0 {
					if n, k := a.resolveNP(ts, hb, b-1); n != "" {
						return n, k, true
					}
					return a.d.Text[ts[hb].Start:ts[b-1].End()], kindPerson, true
				}
			}
			return ts[b].Text, "", true
		}},
		// "I" in a transcript's turn or a direct quote: its speaker
		{"first-person", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			if !(b == e) {
				return "", "", false
			}
			// "I" in a transcript's turn is its speaker ("A: I came home …")
			if firstPerson(ts[b].Lower) {
				if t := a.turnAt(pos); t != nil && t.src != nil && t.src.Kind == kindPerson && t.src.Name != "" {
					return t.src.Name, kindPerson, true
				}
				// … and in a direct quote its speaker ("“I counted 40,” Ruiz
				// said"); speaker() marks a quote done before it looks, so a
				// quote's own "I" cannot loop back to it
				if qi := quoteAt(a.quotes, pos); qi >= 0 {
					if sp := a.speaker(qi); sp != nil && sp.src != nil && sp.src.Kind == kindPerson && sp.src.Name != "" && !pronounLed(sp.src.Name) {
						return sp.src.Name, kindPerson, true
					}
				}
			}
			return "", "", false
		}},
		// any other pronoun stays as written
		{"other-pronoun", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if !(b == e) {
				return "", "", false
			}
			if pronouns[ts[b].Lower] {
				return ts[b].Text, "", true
			}
			return "", "", false
		}},
		// a name ending in a number: "affiliate ABC 7"
		{"name-with-number", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// a name ending in a number: "affiliate ABC 7" → "ABC 7"
			if e > b && nameNumber(ts, e) {
				if n, k := a.resolveNP(ts, b, e-1); strings.HasSuffix(n, ts[e-1].Text) {
					return n + " " + ts[e].Text, k, true
				}
			}
			return "", "", false
		}},
		// a survey dated by a participle ("the poll released Friday") ends before its date
		{"dated-survey", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// a survey dated by a participle: "the poll released Friday" (a day,
			// month or date is never the source's name)
			if m := e; m > b && dateNP(ts, m, m) {
				for m > b && dateNP(ts, m, m) || m > b && (ts[m].Lower == "on" || ts[m].Lower == "in") {
					m--
				}
				if m > b && (ts[m].Tag == "VBN" || ts[m].Tag == "VBD" || releasedWords[ts[m].Lower]) {
					e = m - 1
					*ep = e
				} else if m <= b {
					return "", "", true
				}
			}
			return "", "", false
		}},
		// a described group in a place names no one
		{"group-in-place", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// a described group in a place: "supporters in Congress", "officials
			// in Texas" name no one
			for i := b + 1; i < e; i++ {
				if ts[i].Lower == "in" && ts[i-1].Tag == "NNS" && !ts[i-1].Capitalised() && ts[e].Capitalised() {
					return "", "", true
				}
			}
			return "", "", false
		}},
		// "the tally prepared by X": X
		{"prepared-by", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// "the tally prepared by X"
			for i := b; i < e; i++ {
				if i > b+1 && ts[i].Lower == "by" && lexicon.ViewerParticiples[ts[i-1].Lower] {
					// "budget documents seen by Reuters": the documents as
					// written, not who saw them
					return strings.TrimSpace(a.d.Text[ts[b].Start:ts[i-2].End()]), "", true
				}
				if i > b && (ts[i].Lower == "by" || (ts[i].Lower == "from" || ts[i].Lower == "with") && lexicon.DataNouns[ts[i-1].Lower]) {
					return decided(a.resolveInner(ts, i+1, e))
				}
			}
			return "", "", false
		}},
		// "X's figures": X (not "Peru's National Institute of Statistics":
		// a name the data noun ends, the country's body)
		{"possessive-data", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// "X's figures"
			for i := b + 1; i < e; i++ {
				if isPossessive(ts[i]) && lexicon.DataNouns[ts[e].Lower] && !dateNP(ts, b, i-1) && !(i-1 > b && dateNP(ts, i-1, i-1)) && !properAfter(ts, i+1, e) {
					return decided(a.resolveInner(ts, b, i-1))
				}
			}
			return "", "", false
		}},
		// "its latest bulletin", "their figures": a document owned by a
		// possessive pronoun is its owner's, the pronoun resolved ("The
		// Kerala State Disaster Management Authority issued a red alert.
		// As per its latest bulletin, …"); an unresolved pronoun leaves
		// the phrase to the steps after
		{"pronoun-document", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e == b || ts[b].Tag != "PRP$" || !lexicon.DocNouns[ts[e].Lower] {
				return "", "", false
			}
			for i := b + 1; i < e; i++ {
				if ts[i].Capitalised() || isPossessive(ts[i]) {
					return "", "", false // a document with a name of its own
				}
			}
			if n, k, ok := a.clauseSubjectOwner(ts, b); ok { // (pronoundocsubject.go)
				a.subRule(ruleClauseSubject)
				return n, k, true
			}
			if n, k := a.resolveInner(ts, b, b); n != "" && !pronouns[strings.ToLower(n)] && strings.ToLower(n) != ts[b].Lower {
				return n, k, true
			}
			return "", "", false
		}},
		// a description tied to a name: the described, affiliated to the name
		{"tied-name", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// a description tied to a name: "a spokesman for Mr. Cruz", "one pastor
			// supporting Mr. Cruz", "officials at the Interior Ministry" — the
			// speaker is the one described; the name, in its fullest form, is
			// their affiliation (source sets it)
			if ts[b].Capitalised() && groupName(tokenTexts(ts, b, e)) {
				return "", "", false // a group's name: "Friends of the Earth"
			}
			if h, c := a.tiedName(ts, b, e); c > 0 {
				inner, _ := a.resolveInner(ts, c, e)
				if strings.HasPrefix(inner, a.d.Text[ts[b].Start:ts[c].Start]) {
					// the registry's chunk of a sentence's capitalised
					// opening ("Residents of Springfield"): the name alone
					inner = a.d.Text[ts[c].Start:ts[e].End()]
				}
				var kind claims.SourceKind
				if peopleOrRoleNoun(ts[h].Lower) {
					kind = kindPerson
				} else if genericOrgNouns[ts[h].Lower] {
					kind = kindOrg
				}
				n := c
				if ts[n].Lower == "the" && n < e && strings.HasPrefix(inner, ts[n+1].Text) {
					n++ // "officials at the Interior Ministry" keeps its "the" ("the NGO" → "Foro Penal" does not)
				}
				return a.d.Text[ts[b].Start:ts[n].Start] + inner, kind, true
			}
			return "", "", false
		}},
		// "a headmaster in Tiruvallur", "one fisherman at Dunga beach": a
		// person described by a place names no one; the description as
		// written (rule person-in-place; after tied-name, which reads an
		// employer: "a nurse at Kenyatta National Hospital")
		{"person-in-place", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			for h := b; h+2 <= e; h++ {
				if personNoun(ts[h]) && personPlaceLinks[ts[h+1].Lower] {
					for k := b; k < h; k++ {
						if ts[k].Capitalised() && k > b {
							return "", "", false // "Police officers in X": other steps
						}
					}
					if ts[e].Capitalised() || ts[e].Tag == "NN" {
						return a.d.Text[ts[b].Start:ts[e].End()], kindPerson, true
					}
				}
			}
			return "", "", false
		}},
		// a trailing "(ACRONYM)" is dropped
		{"acronym-trailer", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			// drop a trailing "(ACRONYM)"
			if ts[e].Text == ")" {
				for m := e - 1; m > b; m-- {
					if ts[m].Text == "(" {
						e = m - 1
						*ep = e
						break
					}
				}
			}
			if e < b {
				return "", "", true
			}
			return "", "", false
		}},
		// "Transcript as follows:": the person named before
		{"document-noun", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			head, _, _ := npHead(ts, b, e)
			// "Transcript as follows:", "Partial transcript:": the text of what
			// the person named before said (PolNeAR marks the phrase the source;
			// its name is the speaker's)
			if documentNouns[head] && e-b <= 2 && !ts[e].Capitalised() || documentNouns[head] && b == e {
				if n, ok := a.reg.nearest(pos, kindPerson, ""); ok {
					return n, kindPerson, true
				}
			}
			return "", "", false
		}},
		// "the report's authors", "the study's authors", "Its authors": the
		// people who wrote a document speak for its owner (documents.go)
		{"document-authors", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.documentPeople(ts, b, *ep)
		}},
		// "the report", "the study" → the author of that document named
		// before ("The Brookings Institution released a study …. The study
		// found …"; documents.go)
		{"document-author", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.documentAuthor(ts, b, *ep)
		}},
		// "These showed", "The release said", "Results showed" right
		// after "X released/published its report/figures": X (documents.go)
		{"issuer-before", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.issuerBefore(ts, b, *ep)
		}},
		// a phrase ending in a capitalised name: its fullest form
		// "Imad" of "Imad Wasim": a given name used alone (shortnames.go)
		{"given-name-alone", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			if b != *ep || !ts[b].Capitalised() || a.reg.fullest(ts[b].Text, ts[b].Start) != ts[b].Text {
				return "", "", false
			}
			if full, ok := a.reg.givenNameFull(a.d.Text, ts[b].Text, ts[b].Start); ok {
				return full, a.reg.kindOf(full), true
			}
			return "", "", false
		}},
		// "Ogamba" of "Julius Ogamba Migos", "Khan" of "Imran Khan
		// Niazi": a middle name used alone, the one person named before
		// with it inside a name of three or four words (rule name-part,
		// shortnames.go)
		{"name-part", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			if b != *ep || !ts[b].Capitalised() || a.reg.fullest(ts[b].Text, ts[b].Start) != ts[b].Text {
				return "", "", false
			}
			if full, ok := a.reg.middleNameFull(ts[b].Text, ts[b].Start); ok {
				return full, kindPerson, true
			}
			return "", "", false
		}},
		// "The Deputy Prime Minister said", "the Principal Secretary":
		// a capitalised office with no name is no name (rule
		// office-not-name, names.go officeOnly); the one person named
		// before with that title, else the office as written
		{"capitalised-office", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			s := b
			if lexicon.Articles[ts[s].Lower] {
				s++
			}
			if s > e || !ts[e].Capitalised() {
				return "", "", false
			}
			words := tokenTexts(ts, s, e)
			if !officeOnly(words, "") {
				return "", "", false
			}
			if n, ok := a.reg.nearestOffice(ts[b].Start, words); ok {
				return n, kindPerson, true
			}
			return a.d.Text[ts[b].Start:ts[e].End()], kindPerson, true
		}},
		// "said a Virginia Democrat", "a senior Democrat told", "one House
		// Republican said", "a Tory MP": an indefinite phrase ending in a
		// capitalised word names no one; it is a description, kept as
		// written with its article (ANNOTATION.md: "a source the article
		// never names keeps its description as written")
		{ruleIndefiniteCapitalised, indefiniteCapitalisedStep},
		// "Officials point to two causes", "Research on … showed": a
		// sentence's first word alone, a common noun of the tables
		// capitalised only there, is a description as written, no name
		// (commonopener.go)
		{ruleCommonNounOpener, func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			if !a.commonNounAlone(ts, b, *ep) {
				return "", "", false
			}
			return "", headNounKind(ts, b, *ep), true
		}},
		{"proper-name", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			head, _, definite := npHead(ts, b, e)
			if ts[e].Capitalised() && !(definite && b < e && (genericOrgNouns[head] || orgHeads[head]) && !ts[e-1].Capitalised()) && !(definite && e == b+1 && lexicon.SecondMentionRoles[ts[e].Lower]) {
				// ("the CS said", "the President said": a role's second
				// mention, role-second-mention's)
				for e > b+1 && lexicon.PostNominals[ts[e].Text] && ts[e-1].Capitalised() {
					e-- // "Marie Henein KC", "Sir Lenny Henry CBE"
				}
				n, k, sub := a.properNameRule(ts, b, e)
				a.subRule(sub)
				return n, k, true
			}
			return "", "", false
		}},
		// "the BGMEA chief", "the IMF boss": the person named before
		// right after that organisation's name and a role (rule
		// org-chief, orgchief.go)
		{ruleOrgChief, orgChiefStep},
		// "the president": the one person named with that title
		{"titled-role", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			head, _, definite := npHead(ts, b, e)
			if definite && roleNouns[head] && placeModifiers(ts, b+1, e) {
				// "the president", "the governor", "the Florida senator": the one
				// person named with that title ("President Obama", "Gov. Jerry
				// Brown"), the modifiers near the name ("Florida Sen. Marco Rubio")
				var mods []string
				for i := b + 1; i < e; i++ {
					mods = append(mods, ts[i].Text)
				}
				if n, ok := a.reg.nearestTitled(a.d.Text, pos, head, mods); ok {
					return n, kindPerson, true
				}
			}
			if definite && roleNouns[head] && e > b+1 {
				// "the finance minister", "the health secretary": the one
				// person whose title holds the description's words ("Finance
				// Minister Muhammad Aurangzeb"; rule titled-role-office)
				var mods []string
				for i := b + 1; i < e; i++ {
					if ts[i].Capitalised() && i > b+1 || isPossessive(ts[i]) {
						return "", "", false
					}
					mods = append(mods, ts[i].Lower)
				}
				if n, ok := a.reg.titleHolder(pos, head, mods); ok {
					return n, kindPerson, true
				}
			}
			return "", "", false
		}},
		// "the trust's chief executive", "the association's chairman",
		// "the broker's analysts": a role of a body named by a common noun
		// (ownerrole.go)
		{"owner-role", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.ownerRole(ts, b, *ep)
		}},
		// "the judge", "the lawmaker", "the coach": a second mention of
		// a person just named (rule role-second-mention): the one person
		// named with a title of that role (lexicon.RoleTitles: "Justice
		// X" for "the judge", "Hon. X" for "the lawmaker"), else the one
		// person named in the sentence before (lexicon.SecondMentionRoles)
		{"role-second-mention", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e != b+1 || !definiteDets[ts[b].Lower] || !lexicon.SecondMentionRoles[ts[e].Lower] {
				return "", "", false
			}
			pos := ts[b].Start
			found := ""
			for _, r := range lexicon.RoleTitles[ts[e].Lower] {
				if n, ok := a.reg.nearestTitled(a.d.Text, pos, r, nil); ok {
					if found != "" && found != n {
						return "", "", false
					}
					found = n
				}
			}
			if found != "" {
				return found, kindPerson, true
			}
			if !indefiniteBefore(a.d.Text[:pos], ts[e].Lower) {
				// (not after "A judge in Ohio issued a ruling …": the
				// description's own first mention, no named person)
				if n, ok := a.solePersonBefore(pos); ok {
					return n, kindPerson, true
				}
			}
			return "", "", false
		}},
		// "Joe Schmidt named a squad. The Wallabies coach said …": the
		// one person the sentence before names (roleBefore)
		{"role-before", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.roleBefore(ts, b, *ep)
		}},
		// "A senior official …, who spoke on condition of anonymity, said
		// … “…,” the official said": the unnamed source's own first
		// description, as written (lexicon.AnonymousSourceNouns)
		{"anonymous-second-mention", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			if e != b+1 || !definiteDets[ts[b].Lower] || !lexicon.AnonymousSourceNouns[ts[e].Lower] {
				return "", "", false
			}
			if d := indefiniteDescription(a.d.Text, ts[b].Start, ts[e].Lower); d != "" {
				return d, kindPerson, true
			}
			return "", "", false
		}},
		// "the officials": the group named with its owner in a sentence
		// before (rule group-second-mention)
		{ruleGroupSecondMention, groupSecondMentionStep}, // groupmention.go
		// "the campaign": the owner's campaign named before
		{"owned-body", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			head, _, definite := npHead(ts, b, e)
			if definite && e == b+1 && ownedBodies[head] {
				// "the campaign" → "the Clinton campaign" named before; "the
				// administration" → "the Obama administration"
				if n := a.ownedBody(pos, head); n != "" {
					return n, kindOrg, true
				}
			}
			return "", "", false
		}},
		// "the regulator", "the market regulator", "the watchdog": the
		// nearest body named before whose name marks that kind
		// (lexicon.BodyDescriptions), past companies named in between
		{"body-description", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			head, _, definite := npHead(ts, b, e)
			words := lexicon.BodyDescriptions[head]
			pair := false
			if e-b >= 2 {
				if w := lexicon.BodyDescriptions[ts[e-1].Lower+" "+head]; w != nil {
					words, pair = w, true
				}
			}
			if !definite || ts[b].Lower != "the" || words == nil {
				return "", "", false
			}
			for i := b + 1; i < e; i++ {
				if ts[i].Capitalised() || isPossessive(ts[i]) {
					return "", "", false // "the Dutch regulator", "the country's regulator": other steps
				}
			}
			// the subject of its own sentence, when the description closes
			// a later clause ("Toronto police have charged 18 people …, the
			// force said", fresh-16: rule body-description/own-subject),
			// then the previous sentence's subject, when it is such a
			// body ("The Public Utilities Commission of Sri Lanka rejected
			// a request from the Ceylon Electricity Board. The regulator
			// said …", fresh-11), then the nearest named
			if sb, se, _, _, ok := mainSubject(ts, b); ok && se < b-1 && !pronouns[ts[sb].Lower] {
				if n, _ := a.resolveInner(ts, sb, se); n != "" && holdsWord(n, words) && a.reg.kindOf(n) != kindPerson {
					return n, kindOrg, true
				}
			}
			if si := a.d.SentenceAt(ts[b].Start); si > 0 {
				if pts, pb, pe, ok := a.prevSubject(si); ok {
					if n, _ := a.resolveInner(pts, pb, pe); n != "" && holdsWord(n, words) && a.reg.kindOf(n) != kindPerson {
						return n, kindOrg, true
					}
				}
			}
			if n, ok := a.reg.nearestBody(ts[b].Start, words); ok {
				return n, kindOrg, true
			}
			if pair {
				return "", kindOrg, true // none named: the phrase as written
			}
			return "", "", false
		}},
		// "the group", "the bank": the organisation named before or the previous subject
		// "the statistics office", "the revenue authority": the
		// organisation named before whose name holds the modifier
		{"modifier-named-org", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			head, _, definite := npHead(ts, b, e)
			if !definite || ts[b].Lower != "the" || e-b < 2 || !(genericOrgNouns[head] || orgHeads[ts[e].Text] || orgHeads[strings.ToUpper(head[:1])+head[1:]]) {
				return "", "", false
			}
			var mods []string
			for i := b + 1; i < e; i++ {
				if ts[i].Capitalised() || !strings.HasPrefix(ts[i].Tag, "NN") && ts[i].Tag != "JJ" {
					return "", "", false // a name's word or a possessive: other steps
				}
				mods = append(mods, ts[i].Lower)
			}
			if n, ok := a.reg.nearestModified(ts[b].Start, mods); ok {
				return n, kindOrg, true
			}
			return "", "", false
		}},
		// "the company", "the firm": a company, never the public body,
		// exchange or place named nearer (rule company-not-body)
		{ruleDescriptionPrevReporter, descriptionPrevReporter}, // reporterdescription.go
		{ruleApposedDescription, apposedDescription},           // apposeddescription.go
		{rulePossessiveOrgName, possessiveOrgName},             // possessiveorg.go
		{ruleDescriptionSubject, descriptionSubject},           // descsubject.go
		{"company-not-body", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.companyNotBody(ts, b, *ep)
		}},
		{"org-description", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			return a.orgDescription(ts, b, *ep)
		}},
		// "the poll": the survey named before
		{"survey-description", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			head, _, definite := npHead(ts, b, e)
			if definite && surveyNouns[head] && b < e {
				// "the poll" → the poll named before ("A Bloomberg poll shows …");
				// a survey with a name of its own ("The X tracking poll") or none
				// before keeps its description (a capitalised "Poll" earlier may
				// be a headline's word)
				named := false
				for i := b + 1; i < e; i++ {
					if ts[i].Capitalised() {
						named = true
					}
				}
				if !named {
					// the owner of the document mentioned before ("The FMB
					// released a survey … The survey found", "research
					// from X … The research found"; documents.go)
					if n, k, ok := a.documentAuthor(ts, b, e); ok && n != "" {
						return n, k, true
					}
					if n := a.namedSurvey(pos, head); n != "" {
						return n, kindOrg, true
					}
				}
				// a survey whose name has the noun capitalised ("Suffolk
				// University Poll"), sharing a name word when the description has
				// one ("the Fox poll" → "Fox poll", not a headline's "New Poll …")
				if n, ok := a.reg.nearest(pos, kindOrg, head); ok && !a.headline(n) && (!named || sharesCapWord(ts[b+1:e], n)) {
					return n, kindOrg, true
				}
				return "", kindOrg, true
			}
			return "", "", false
		}},
		// "the ministry": the organisation whose name holds that word
		{"org-head", func(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
			e := *ep
			pos := ts[b].Start
			head, _, definite := npHead(ts, b, e)
			if definite && orgHeads[head] {
				// a portfolio modifier must be in the name: "the education
				// ministry" is no "Interior Ministry" (but "Ministry of
				// Education"); none named so keeps the description
				for i := b + 1; i < e; i++ {
					if m := ts[i].Lower; lexicon.Portfolios[m] && !ts[i].Capitalised() {
						if n, ok := a.reg.nearestNamed(pos, head, []string{m}); ok && a.reg.kindOf(n) == kindOrg {
							return n, kindOrg, true
						}
						if n, ok := a.reg.nearest(pos, kindOrg, head); ok && otherPortfolio(n, m) {
							return "", "", false
						}
					}
				}
				if n, ok := a.reg.nearest(pos, kindOrg, head); ok {
					return n, kindOrg, true
				}
				if e == b+1 {
					if n, ok := a.describedBodyBefore(pos, head); ok {
						return n, kindOrg, true
					}
					// rule org-head/previous-subject: none named with the
					// word, a government body's kind noun is the body the
					// sentence before spoke of, named as a government names
					// it ("Fisheries and Oceans Canada said … “…,” the
					// department said in a statement", fresh-16; as "the
					// agency" is Metrolinx, web-dev-3; lexicon.KindOnlyBodyHeads)
					if lexicon.KindOnlyBodyHeads[head] {
						if n, ok := a.prevSubjectOrg(pos); ok {
							a.subRule("previous-subject")
							return n, kindOrg, true
						}
					}
				}
			}
			return "", "", false
		}},
		{ruleDocumentNamedLater, documentNamedLater}, // documentnamedlater.go
	}
}

// otherDomain reports a description of an organisation whose lower-case
// noun modifier names a domain the name n does not, n holding a portfolio
// of another (guard domain-modifier, explainguards.go): "according to the state weather
// agency" is no "Ministry of Agriculture" named before (web-dev-6), "the
// municipal transport company" no "Estonian Chamber of Commerce and
// Industry" (articles-dev-4); the description then stays as written. A
// name holding no portfolio word is not ruled out ("the oil company" may
// be BP), nor one holding the modifier ("the health ministry", "Ministry
// of Health"). org-description asks it of public bodies only, named for
// their portfolio ("The business group said" may be the Chamber of
// Commerce); companyNotBody of the company it picks.
func otherDomain(ts []text.Token, b, e int, n string) bool {
	for i := b + 1; i < e; i++ {
		t := ts[i]
		if t.Capitalised() || t.Tag != "NN" && t.Tag != "NNS" && !lexicon.Portfolios[t.Lower] {
			continue // (an adjective, "municipal", "national", names no domain; the tagger may read "transport" as a verb)
		}
		if otherPortfolio(n, t.Lower) {
			return true
		}
	}
	return false
}

// otherPortfolio reports a name holding a lexicon.Portfolios word other
// than m ("Interior Ministry" for "the education ministry").
func otherPortfolio(name, m string) bool {
	for _, w := range strings.Fields(name) {
		if l := strings.ToLower(w); l != m && lexicon.Portfolios[l] {
			return true
		}
	}
	return false
}

// describedBefore returns the organisation that the last informative
// description of a speaker before pos stood for (a definite phrase with
// words before its organisation noun, a cue verb after it: "the national
// carmaker said", "the Dubai-based group said", "the British lender
// reported"), in pos's sentence, paragraph or the three
// paragraphs before: news goes on describing the one it described
// ("Proton sold 151,600 cars, the national carmaker said. … The X50 sold
// 31,250, the company said"; "Revenue rose, the Dubai-based group said. …
// The group, which is owned by the Investment Corporation of Dubai, … the
// group's annual report showed").
func (a *attributor) describedBefore(pos int) (string, bool) {
	if a.chaining {
		return "", false // (a description before resolves by the other steps)
	}
	a.chaining = true
	defer func() { a.chaining = false }()
	si := a.d.SentenceAt(pos)
	if si < 0 {
		return "", false
	}
	p := a.d.Sentences[si].Para
	for ; si >= 0 && a.d.Sentences[si].Para >= p-3; si-- {
		if !a.sentHoldsOrgNoun(si) {
			continue // (no sentence is tokenised only to find none)
		}
		ts := a.tokens(si)
		for h := len(ts) - 1; h >= 2; h-- {
			if ts[h].Start >= pos || ts[h].Text != ts[h].Lower || !(genericOrgNouns[ts[h].Lower] || companyNouns[ts[h].Lower]) || !strings.HasPrefix(ts[h].Tag, "NN") ||
				h+1 >= len(ts) || lexicon.CueVerbs[ts[h+1].Lower] == "" {
				continue // (a speaker's description: "…, the national carmaker said")
			}
			b := h - 1
			for b > 0 && h-b < 4 && (ts[b].Tag == "JJ" || ts[b].Tag == "NN" || ts[b].Tag == "NNP" || ts[b].Tag == "VBN") && ts[b].Lower != "the" {
				b--
			}
			if b == h-1 || ts[b].Lower != "the" {
				continue
			}
			if n, k, ok := a.orgDescription(ts, b, h); ok && n != "" && k == kindOrg {
				return n, true
			}
		}
	}
	return "", false
}

// sentHoldsOrgNoun is holdsOrgNoun of sentence si, memoised: each
// describedBefore call reads back up to three paragraphs (a body written
// as one paragraph: every sentence before).
func (a *attributor) sentHoldsOrgNoun(si int) bool {
	if a.orgNounSents == nil {
		a.orgNounSents = make([]int8, len(a.d.Sentences))
	}
	if a.orgNounSents[si] == 0 {
		a.orgNounSents[si] = 2
		if holdsOrgNoun(a.d.SentenceText(si)) {
			a.orgNounSents[si] = 1
		}
	}
	return a.orgNounSents[si] == 1
}

// holdsOrgNoun reports whether text holds, in lower case, a word of
// genericOrgNouns or companyNouns (the heads describedBefore looks for).
func holdsOrgNoun(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && !(text[i] >= 'a' && text[i] <= 'z' || text[i] == '-') {
			i++
		}
		j := i
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '-') {
			j++
		}
		if j > i && (genericOrgNouns[text[i:j]] || companyNouns[text[i:j]]) {
			return true
		}
		i = j
	}
	return false
}

// companyNotBody resolves "the company", "the firm" (lexicon.
// CompanyWords) when the nearest organisation named before it is no
// company: a public body (lexicon.PublicBodyHeads, or an acronym defined
// for one), an exchange or a place. The nearest organisation that can be
// a company stands for it instead ("In its third-quarter filing to the
// Taipei Exchange, the company reported …" → Sunfar Thermal Technology
// Co; "In a statement to the Santiago stock exchange …, the company said"
// → Constructora Andes Sur, not the CGR of "an audit by the Comptroller
// General's Office (CGR)"; articles-dev-6 Taiwan, Chile). Otherwise (a description resolving by what the
// descriptions before stood for, or a company nearest) org-description
// decides as before.
func (a *attributor) companyNotBody(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	head, _, definite := npHead(ts, b, e)
	if !definite || !lexicon.CompanyWords[head] || commonOwner(ts, b, e) {
		return "", "", false
	}
	pos := ts[b].Start
	n, ok := a.reg.nearest(pos, kindOrg, "")
	if !ok || !a.reg.noCompany(n) {
		return "", "", false
	}
	if e == b+1 {
		if _, ok := a.describedBefore(pos); ok {
			return "", "", false
		}
	}
	// (a name the article gave evidence of an organisation for, though no
	// kind: "Constructora Andes Sur, which employs …" beside "…, said")
	orgLike := func(name string) bool {
		k := a.reg.kindOf(name)
		return k == kindOrg || k == "" && a.reg.orgVotes[name] > 0 && a.reg.gender[name] == 0
	}
	if c, ok := a.reg.nearestBefore(pos, func(name string) bool { return orgLike(name) && !a.reg.noCompany(name) }); ok {
		if otherDomain(ts, b, e, c) && a.reg.off.on(guardDomainModifier) {
			return "", "", false // domain-modifier (otherDomain)
		}
		return c, kindOrg, true
	}
	return "", "", false
}

// noCompany reports an organisation's name that is no company's: a public
// body's (or an acronym defined for one), an exchange's, a place's.
func (r *nameReg) noCompany(name string) bool {
	if lexicon.Places[name] || publicBody(strings.Fields(name)) {
		return true
	}
	full, ok := r.acronyms[name]
	return ok && publicBody(strings.Fields(full))
}

// orgDescription resolves a definite description of an organisation by
// kind or trade ("the group", "the German automaker"): npStep
// "org-description".
func (a *attributor) orgDescription(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	n, k, ok := a.orgDescriptionAny(ts, b, e)
	if ok && n != "" && publicBody(strings.Fields(n)) && otherDomain(ts, b, e, n) && a.reg.off.on(guardDomainModifier) {
		return "", "", false // domain-modifier (otherDomain): kept as written
	}
	return n, k, ok
}

// orgDescriptionAny is orgDescription before the domain check.
func (a *attributor) orgDescriptionAny(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	pos := ts[b].Start
	head, _, definite := npHead(ts, b, e)
	if definite && (genericOrgNouns[head] || companyNouns[head]) && !commonOwner(ts, b, e) {
		if e == b+1 && genericOrgNouns[head] {
			// a bare "the company", "the group": what the descriptions
			// before stood for
			if n, ok := a.describedBefore(pos); ok {
				return n, kindOrg, true
			}
		}
		if companyNouns[head] {
			// a trade: the company named with that word ("Bank of America
			// … the bank"), never the nearest organisation of another name
			// ("the bank" is no "EPA"); a lower-case modifier must be in
			// the name ("the central bank" is no "Deutsche Bank")
			var mods []string
			for i := b + 1; i < e; i++ {
				if !ts[i].Capitalised() {
					mods = append(mods, ts[i].Text)
				}
			}
			if n, ok := a.reg.nearestNamed(pos, head, mods); ok {
				return n, kindOrg, true
			}
			if len(mods) == 0 {
				// "the lender" for "Nationwide Building Society" (rule
				// trade-name-head, lexicon.TradeNameHeads)
				best, bestAt := "", -1
				for _, h := range lexicon.TradeNameHeads[head] {
					if n, ok := a.reg.nearestNamed(pos, h, nil); ok && strings.HasSuffix(n, " "+h) {
						// (the head ends the name: "Bank of England" is no lender)
						if at := a.reg.nameStart(n, pos); at > bestAt {
							best, bestAt = n, at
						}
					}
				}
				if best != "" {
					return best, kindOrg, true
				}
			}
		} else if n, ok := a.reg.nearest(pos, kindOrg, ""); ok {
			if m, sub := a.describableOrg(pos, n); m != "" {
				a.subRule(sub)
				return m, kindOrg, true
			} else if sub == "" {
				return n, kindOrg, true
			}
		}
		// no organisation known by its name's form: the subject of the
		// sentence before ("Volkswagen unveiled its car. The German
		// automaker says …"), or what that subject, a description too,
		// stands for ("… The company said …")
		if n, ok := a.prevSubjectOrg(pos); ok {
			return n, kindOrg, true
		}
		if si := a.d.SentenceAt(pos); si > 0 && a.d.Sentences[si-1].Para == a.d.Sentences[si].Para {
			if pts, pb, pe, ok := a.prevSubject(si); ok && (pts[pb].Lower == "the" || pts[pb].Lower == "this") && (genericOrgNouns[pts[pe].Lower] || companyNouns[pts[pe].Lower]) {
				if n, k := a.resolveNP(pts, pb, pe); n != "" && k == kindOrg {
					return n, kindOrg, true
				}
			}
		}
		// nothing before this sentence: the name the sentence gave
		// before the description ("Samsung Electronics expects a
		// profit of …, the company said", "… hours with EgyptAir,
		// the airline said")
		if n, ok := a.sentenceOrgBefore(pos); ok {
			return n, kindOrg, true
		}
		if companyNouns[head] {
			// the organisation that last reported ("…, economists at
			// Goldman Sachs said. … the brokerage said": rule
			// previous-reporter-org, prevreporter.go) before any company
			// named before
			if n, ok := a.prevReporterOrg(pos); ok {
				return n, kindOrg, true
			}
			if n, ok := a.tradeCompany(pos); ok {
				return n, kindOrg, true
			}
		}
	}
	return "", "", false
}

// decided marks a resolution as final (for npSteps).
func decided(n string, k claims.SourceKind) (string, claims.SourceKind, bool) { return n, k, true }

// oneOf reports whether w is one of ws.
func oneOf(w string, ws ...string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// npHead returns a phrase's head (lower case), its determiner and whether
// that is definite (the, this, that, its).
func npHead(ts []text.Token, b, e int) (head, det string, definite bool) {
	head = ts[e].Lower
	det = ts[b].Lower
	return head, det, definiteDets[det] || placeEpithet(ts, b, e)
}

// definiteDets make a phrase definite: it names one thing already known.
var definiteDets = lexicon.WordSet(`the this that its`)

// commonOwner reports a description owned by a common noun: "the
// state's civil defence agency", "the county's disaster agency" name
// a body of their own, not the organisation named before ("the
// country's largest lender" is a rank: placeEpithet).
func commonOwner(ts []text.Token, b, e int) bool {
	for i := b + 1; i < e; i++ {
		if isPossessive(ts[i]) && !ts[i-1].Capitalised() && strings.HasPrefix(ts[i-1].Tag, "NN") && !(i+1 <= e && superlative(ts[i+1])) {
			return true
		}
	}
	return false
}

// placeEpithet reports a description that names one company by its rank
// in a place: "Australia's largest telecommunications company", "Japan's
// biggest carmaker", "India's second-largest software exporter" (a place,
// its possessive, a superlative). It is as definite as "the company".
func placeEpithet(ts []text.Token, b, e int) bool {
	if b+1 < e && ts[b].Lower == "the" && rankDomains[ts[b+1].Lower] {
		b++ // "the world's biggest memory chipmaker", "the country's largest lender"
	} else {
		// a place of one or more words: "Australia's", "South Africa's"
		k := b
		for k < e && k < b+3 && !isPossessive(ts[k+1]) {
			k++
		}
		var words []string
		for _, t := range ts[b : k+1] {
			words = append(words, t.Text)
		}
		if !lexicon.Places[strings.Join(words, " ")] {
			return false
		}
		b = k
	}
	return b+2 <= e && isPossessive(ts[b+1]) && superlative(ts[b+2])
}

// rankDomains are the common nouns a company is ranked in: "the world's
// biggest", "the country's largest".
var rankDomains = lexicon.WordSet(`world country nation continent region island state province kingdom`)

// superlative reports a rank: "largest", "biggest", "second-largest".
func superlative(t text.Token) bool {
	w := t.Lower
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "second-largest"
	}
	return t.Tag == "JJS" || rankSuperlatives[w]
}

// rankSuperlatives rank a company in its domain ("the world's biggest").
var rankSuperlatives = lexicon.WordSet(`largest biggest`)

// tiedName finds a description of people tied to a trailing name in
// ts[b..e]: its head noun ts[h] (a role, people or organisation noun in
// lower case, or capitalised only as a sentence's first word), then a
// preposition (tieWords) or a participle and the name from ts[c] ("the" or capitalised
// words to the end). It returns c = -1 when the phrase is not one ("Citizens
// for Tax Justice" is a name).
func (a *attributor) tiedName(ts []text.Token, b, e int) (h, c int) {
	for h = b; h+2 <= e; h++ {
		t := ts[h]
		if !(t.Tag == "NN" || t.Tag == "NNS") {
			continue
		}
		if n := ts[h+1]; !t.Capitalised() && !peopleOrRoleNoun(t.Lower) && ((n.Tag == "NN" || n.Tag == "NNS") && !n.Capitalised() || isPossessive(n)) {
			continue // a modifier or owner before the role: "The campaign manager for Clinton", "the company's managing director for Kenya"
		}
		if !(peopleOrRoleNoun(t.Lower) || genericOrgNouns[t.Lower]) ||
			t.Capitalised() && (h > 0 || a.reg.nameAt(t.Start, ts[e].End()) && nameInsideSentence(a.d.Text, a.d.Text[t.Start:ts[e].End()])) {
			return -1, -1
		}
		l := ts[h+1]
		if !tieWords[l.Lower] && !(l.Tag == "VBG" && l.Text == l.Lower) || namePreposition(ts, h+1) { // ("Students For Life": a group's name)
			return -1, -1
		}
		c = h + 2
		if ts[c].Lower == "the" && c < e {
			if !ts[c+1].Capitalised() {
				if peopleOrRoleNoun(t.Lower) && bodyDescription(ts, c+1, e) {
					return h, c // "a spokesperson for the university": the body it describes (tied-description)
				}
				return -1, -1
			}
		} else if !ts[c].Capitalised() {
			return -1, -1
		}
		for k := c + 1; k <= e; k++ {
			if !ts[k].Capitalised() && !nameConnectors[ts[k].Lower] && ts[k].Text != "." && !isPossessive(ts[k]) {
				return -1, -1
			}
		}
		return h, c
	}
	return -1, -1
}

var tieWords = lexicon.WordSet(`for of to at with from`)

// bodyDescription reports a lower-case description of an organisation
// ts[b..e] after "the" (its head an organisation noun: "university",
// "ministry", "company", "state health department"), which a person tied
// to it stands for ("a spokesperson for the university said", fresh-14;
// "a spokesman for the buyer said", PolNeAR train; "a spokesperson for the
// authority", testdata/quotes).
func bodyDescription(ts []text.Token, b, e int) bool {
	if e-b > 3 {
		return false
	}
	for k := b; k <= e; k++ {
		if ts[k].Capitalised() || !strings.HasPrefix(ts[k].Tag, "NN") && !strings.HasPrefix(ts[k].Tag, "JJ") {
			return false
		}
	}
	h := ts[e].Lower
	return genericOrgNouns[h] || companyNouns[h] || orgHeadsLower[h]
}

// personOf finds a person's name followed by "of" and an organisation in
// ts[b..e]: "Robin Biesbroek of the CDF", "Maria Lopez of Oxfam". The name
// is two or three capitalised words opening the phrase (after titles, a
// role or "by"), none an organisation head or a title nor written in lower
// case anywhere in the article (so "Bank of America", "Friends of the Earth"
// and "the Communications Workers of America" stay whole). It returns the
// name ts[pb..o-1] and the organisation ts[o+1..e].
func (a *attributor) personOf(ts []text.Token, b, e int) (pb, o int, ok bool) {
	for o = b + 2; o < e; o++ {
		if ts[o].Lower == "of" || ts[o].Lower == "at" { // ("Dana Rubinstein at POLITICO New York")
			break
		}
	}
	if o >= e {
		return 0, 0, false
	}
	pb = o - 1
	for pb > b && ts[pb-1].Capitalised() && ts[pb-1].Tag != "DT" && !lexicon.NameTitles[ts[pb-1].Text] && o-pb < 3 { // ("Senator Ann Moss of Ohio")
		pb--
	}
	if o-pb < 2 || pb > b && (ts[pb-1].Capitalised() && !lexicon.NameTitles[ts[pb-1].Text] || !(lexicon.NameTitles[ts[pb-1].Text] || roleNouns[ts[pb-1].Lower] || ts[pb-1].Lower == "by")) {
		return 0, 0, false // "the Communications Workers of America" is one name
	}
	for k := pb; k < o; k++ {
		t := ts[k]
		if !t.Capitalised() || !t.Wordy() || orgHeads[t.Text] || lexicon.NameTitles[t.Text] || genericOrgNouns[t.Lower] || a.reg.lower.has(t.Lower) || namePreposition(ts, k) {
			return 0, 0, false
		}
	}
	n := o + 1
	if ts[n].Lower == "the" && n < e {
		n++
	}
	for k := n; k <= e; k++ {
		if !ts[k].Capitalised() && !nameConnectors[ts[k].Lower] && ts[k].Lower != "in" && !(ts[k].Tag == "DT" && nameConnectors[ts[k-1].Lower]) || ts[k].Lower == "and" {
			return 0, 0, false // ("of the Committee for a Responsible Federal Budget")
		}
	}
	return pb, o, ts[n].Capitalised()
}

// appositiveAnchor reads "Ana Ruiz, a local teacher, who told …", "Acme
// Bank, a regional lender, which reported …", "Mark Oduya, the head of the
// union, who said …": a relative pronoun ts[b] after an appositive
// description (opening with a determiner, no verb) set off by commas
// refers to the name the appositive describes — a person's for "who", an
// organisation's for "which".
func (a *attributor) appositiveAnchor(ts []text.Token, b int) (string, claims.SourceKind, bool) {
	if b < 4 || ts[b-1].Text != "," {
		return "", "", false
	}
	for k := b - 2; k >= 1 && b-k <= 12; k-- {
		t := ts[k]
		if t.Text == "," {
			if !oneOf(ts[k+1].Lower, "a", "an", "the") || !ts[k-1].Capitalised() {
				return "", "", false
			}
			nb := npLeftFrom(ts, k-1)
			if nb < 0 {
				return "", "", false
			}
			n, kind := a.resolveNP(ts, nb, k-1)
			if n != "" && (ts[b].Lower == "who" && kind == kindPerson || ts[b].Lower == "which" && kind == kindOrg) {
				return n, kind, true
			}
			return "", "", false
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Text == ";" || t.Text == "." || t.Capitalised() && k > 0 && ts[k-1].Text == "," {
			return "", "", false
		}
	}
	return "", "", false
}

// peopleNouns head descriptions of people who are no one's role.
var peopleNouns = lexicon.WordSet(`supporters supporter critics critic voters voter residents resident members
fans allies friends pastor pastors worker workers employees employee people man woman men women
neighbour neighbours neighbor neighbors fisherman fishermen headmaster headmistress headteacher trader traders
vendor vendors shopkeeper shopkeepers villager villagers parent parents herder herders`)

// peopleOrRoleNoun reports a noun for people (peopleNouns) or a role
// noun, singular or plural ("officials", "spokesperson", "residents").
func peopleOrRoleNoun(w string) bool {
	return peopleNouns[w] || roleNouns[strings.TrimSuffix(w, "s")]
}

// resolveInner resolves the phrase ts[b..e] inside a larger source phrase;
// a description keeps its own words ("the union" of "the union's count").
func (a *attributor) resolveInner(ts []text.Token, b, e int) (string, claims.SourceKind) {
	n, k := a.resolveNP(ts, b, e)
	if n == "" {
		n = a.d.Text[ts[b].Start:ts[e].End()]
	}
	return n, k
}

// properName resolves a phrase ending in a capitalised name.
func (a *attributor) properName(ts []text.Token, b, e int) (string, claims.SourceKind) {
	n, k, _ := a.properNameRule(ts, b, e)
	return n, k
}

// properNameRule is properName with the rule inside it that gave the name
// ("org-short-form"), "" for none: the proper-name step's sub-rule.
func (a *attributor) properNameRule(ts []text.Token, b, e int) (string, claims.SourceKind, string) {
	text := a.d.Text
	if phrase, ok := a.coordinatedNames(ts, b, e); ok {
		return phrase, a.coordinationKind(ts, b, e), ""
	}
	s := a.dropTitles(ts, trailingName(ts, b, e), e)
	if s < e && placeCompound(ts[s].Text) {
		s++ // rule place-compound-modifier: "the London-based Overseas Development Institute"
	}
	name := strings.TrimRight(text[ts[s].Start:ts[e].End()], ".")
	if ent := a.reg.titledAt(ts[s].Start, ts[s].Start+len(name)); ent != nil {
		// a title the registry read off the name: "White House Press
		// Secretary Stephanie Grisham", "Secretary of State Mike Pompeo"
		for s < e && ts[s].Start < ent.Start {
			s++
		}
		name = ent.Name
	}
	if ts[b].Text == ts[b].Lower && lexicon.OrgNameLinks[ts[b].Lower] {
		if ent := a.reg.orgAround(ts[b].Start, ts[s].Start+len(name)); ent != nil {
			// "the Children" of "Save the Children estimates", "Save"
			// read as a verb: the organisation's name the phrase is the
			// tail of
			return ent.Name, kindOrg, ""
		}
	}
	var g byte
	for i := b; i < s; i++ {
		if hg := lexicon.HonorificGender[ts[i].Text]; hg != 0 {
			g = hg // "Mr. Trump" is no "Ivanka Trump"
		}
	}
	full, rule := a.reg.fullestG(name, ts[s].Start, g), ""
	if full == name && g == 0 {
		if f, ok := a.reg.orgFullForm(name, ts[s].Start); ok {
			full, rule = f, "org-short-form"
		}
	}
	kind := a.reg.kindOf(full)
	if kind == "" {
		kind = a.reg.kindOf(name)
	}
	// evidence inside the phrase: "the rights group Foro Penal", "President X"
	for i := b; i < s; i++ {
		if genericOrgNouns[ts[i].Lower] || ts[i].Lower == "ngo" {
			kind = kindOrg
		}
		if roleNouns[ts[i].Lower] || lexicon.NameTitles[ts[i].Text] && ts[i].Capitalised() {
			if kind == "" {
				kind = kindPerson
			}
		}
	}
	return full, kind, rule
}

// coordinatedNames: a coordination of names ("Smith and Jones",
// "Google, Apple") keeps the whole phrase ts[b..e] (minus a leading
// article).
func (a *attributor) coordinatedNames(ts []text.Token, b, e int) (string, bool) {
	for i := b; i <= e; i++ {
		if (ts[i].Lower == "and" || ts[i].Text == ",") && i > b && ts[i-1].Capitalised() {
			s := b
			if ts[s].Tag == "DT" {
				s++
			}
			s = a.headlineCapsStart(ts, s, e) // "DECLARES STOCK DIVIDEND Davis Water and Waste Industries Inc"
			phrase := a.d.Text[ts[s].Start:ts[e].End()]
			if full, ok := a.reg.acronyms[phrase]; ok {
				phrase = full // the part after a name's comma (acronyms.go)
			}
			return phrase, true
		}
	}
	return "", false
}

// coordinationKind is the kind of a coordination of names ts[b..e]: an
// organisation when one of its items is an organisation's or a place's
// name ("The UN, the Red Cross and MSF", "Alabama, Georgia and Virginia"),
// people when the items are people's names by the article's evidence or a
// given name ("Smith, Jones and Brown" of "Ann Smith, Bo Jones and …", "Ann
// Smith and Bo Jones", "Mr. Autor and Mr. Hanson") and no item is an
// organisation's; else an organisation (an "and" inside an organisation's
// name, or companies the article names no further).
func (a *attributor) coordinationKind(ts []text.Token, b, e int) claims.SourceKind {
	var items [][]text.Token
	s := b
	for i := b; i <= e+1; i++ {
		if i == e+1 || ts[i].Lower == "and" || ts[i].Text == "," || ts[i].Text == "&" {
			k := s
			for k < i && (ts[k].Tag == "DT" || ts[k].Lower == "and") {
				k++
			}
			if k < i {
				items = append(items, ts[k:i])
			}
			s = i + 1
		}
	}
	if len(items) < 2 {
		return kindOrg
	}
	people := 0
	for _, it := range items {
		name := a.d.Text[it[0].Start:it[len(it)-1].End()]
		full := a.reg.fullest(name, it[0].Start)
		k := a.reg.kindOf(full)
		if k == "" {
			k = a.reg.kindOf(name)
		}
		switch {
		case k == kindOrg || lexicon.Places[name] || isAcronymWord(name):
			return kindOrg
		case k == kindPerson || lexicon.GivenNameGender(strings.Fields(full)[0]) != 0 || lexicon.HonorificGender[it[0].Text] != 0 || lexicon.NameTitles[it[0].Text]:
			people++ // ("Mr. Autor and Mr. Hanson", "Sen. Ann Moss and …")
		}
	}
	if people > 0 {
		return kindPerson
	}
	// "Centers for Disease Control and Prevention", "Exxon and Chevron":
	// a name with "and" inside, or names nothing tells about
	return kindOrg
}

// trailingName returns the start of the name ending the phrase ts[b..e]:
// capitalised words and connectors between them.
func trailingName(ts []text.Token, b, e int) int {
	s := e
	for s > b {
		p := ts[s-1]
		if p.Capitalised() && !isPossessive(p) {
			s--
			continue
		}
		// an owner before a person's name is no part of it: "MSNBC’s
		// Chris Matthews", "RealClearPolitics’ David Byler"
		if isPossessive(p) && s-2 >= b && ts[s-2].Capitalised() && !personAfterOwner(ts, s, e) {
			s--
			continue
		}
		if namePreposition(ts, s-1) && s-2 >= b {
			s-- // "Doctors Without Borders", "Committee to Protect Journalists"
			continue
		}
		if nameParticles[p.Lower] && s-3 >= b && nameParticles[ts[s-2].Lower] && ts[s-3].Capitalised() {
			s -= 2 // "Oscar de la Renta", "Ursula von der Leyen"
			continue
		}
		if p.Text == p.Lower && nameParticles[p.Lower] && (s-1 == b || s-2 == b && ts[b].Text == ts[b].Lower && nameParticles[ts[b].Lower]) {
			s = b // the phrase is the surname with its particles: "von der Leyen", "de Guindos"
			break
		}
		// "Friends of the Earth", "Bank of the West", "Committee for a
		// Responsible Federal Budget": a connector and an article
		if lexicon.Articles[p.Lower] && s-3 >= b && nameConnectors[ts[s-2].Lower] && ts[s-3].Capitalised() && !isPossessive(ts[s-3]) {
			s -= 2
			continue
		}
		if (nameConnectors[p.Lower] || p.Lower == "the" || (p.Tag == "DT" && s-2 >= b && nameConnectors[ts[s-2].Lower])) && s-2 >= b && (ts[s-2].Capitalised() || ts[s-2].Tag == "DT") {
			s--
			continue
		}
		break
	}
	return s
}

// dropTitles moves the start s of the name ts[s..e] past titles and
// sentence words at the front ("Finance Minister Carlos Vega" → "Carlos
// Vega"), unless the name is an organisation's.
func (a *attributor) dropTitles(ts []text.Token, s, e int) int {
	org := false
	for i := s; i <= e; i++ {
		if orgHeads[ts[i].Text] {
			org = true
		}
	}
	for s < e && nonNames[ts[s].Text] {
		s++
	}
	// rule headline-caps-run (commonopener.go): "COMPLETES ACQUISITION
	// UtiliCorp United Inc said"
	s0 := s
	s = a.headlineCapsStart(ts, s, e)
	// a role noun capitalised only as the sentence's first word (or the
	// body's after a headline's capitals) before a person's name:
	// "Economist Paul Krugman, writing in The New York Times, noted",
	// "Historian Jane Doe said"
	if (s == 0 || s > s0) && s+2 <= e && !org && roleNouns[ts[s].Lower] && !lexicon.NameTitles[ts[s].Text] && ts[s+1].Capitalised() &&
		(lexicon.GivenNameGender(ts[s+1].Text) != 0 || a.reg.kindOf(a.d.Text[ts[s+1].Start:ts[e].End()]) == kindPerson) {
		s++
	}
	if !org {
		for k := e - 1; k >= s; k-- {
			if lexicon.NameTitles[ts[k].Text] && ts[k].Capitalised() && !nameConnectors[ts[k+1].Lower] {
				s = k + 1
				break
			}
		}
	}
	return s
}

// namedSurvey returns the nearest survey named before pos whose noun is
// head ("A Bloomberg poll shows …" for "the poll"): capitalised words, then
// up to two lower-case modifiers, then the noun ("Reuters/Ipsos opinion
// poll", "Washington Post/ABC News national poll"), without a leading
// sentence word ("The", "A", "In"); or "".
func (a *attributor) namedSurvey(pos int, head string) string {
	// A name holds no byte surveyBreak reports (a line break, a comma), so
	// the matches of text[:pos] are those of its stretches between such
	// bytes: the stretch holding pos is read up to pos, the stretches
	// before come from the names read once per head (reading text[:pos]
	// at each call took time quadratic in the text).
	re := surveyNameRE(head)
	ls := pos
	for ls > 0 && !surveyBreak(a.d.Text[ls-1]) {
		ls--
	}
	if ns := surveyNamesIn(re, a.d.Text[ls:pos], head, ls); len(ns) > 0 {
		return ns[len(ns)-1].name
	}
	if a.surveys == nil {
		a.surveys = map[string][]surveyName{}
	}
	ns, ok := a.surveys[head]
	if !ok {
		// the stretches holding the noun
		txt := a.d.Text
		for off := 0; off < len(txt); {
			k := strings.Index(txt[off:], head)
			if k < 0 {
				break
			}
			st, end := off+k, off+k+len(head)
			for st > off && !surveyBreak(txt[st-1]) {
				st--
			}
			for end < len(txt) && !surveyBreak(txt[end]) {
				end++
			}
			ns = append(ns, surveyNamesIn(re, txt[st:end], head, st)...)
			off = end + 1
		}
		a.surveys[head] = ns
	}
	// the last name ending before the stretch of pos
	i := sort.Search(len(ns), func(i int) bool { return ns[i].end >= ls })
	if i > 0 {
		return ns[i-1].name
	}
	return ""
}

// surveyBreak reports a byte no match of surveyNameRE holds and that is
// no word byte of its closing \b (a digit after "poll" keeps "poll2" from
// matching): ASCII other than letters, digits, '_' and the name's
// spaces and marks.
func surveyBreak(c byte) bool {
	return surveyBreaks[c]
}

var surveyBreaks = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_ \t.'&-/", byte(c)) >= 0)
	}
	return t
}()

// surveyName is a survey's name namedSurvey found and where it ends.
type surveyName struct {
	end  int
	name string
}

// surveyNamesIn returns the survey names of one stretch (or the start of one)
// at offset off of the text, in order.
func surveyNamesIn(re *regexp.Regexp, line, head string, off int) []surveyName {
	if !strings.Contains(line, head) {
		return nil
	}
	var ns []surveyName
	for _, m := range re.FindAllStringIndex(line, -1) {
		words := strings.FieldsFunc(line[m[0]:m[1]], unicode.IsSpace)
		for len(words) > 1 && nonNames[words[0]] {
			words = words[1:]
		}
		if len(words) < 2 || !startsUpper(words[0]) || clauseInSurveyName(words) {
			continue
		}
		ns = append(ns, surveyName{off + m[1], strings.Join(words, " ")})
	}
	return ns
}

// surveyNameREs holds surveyNameRE's expressions by head.
var surveyNameREs sync.Map

// surveyNameRE matches a survey's name ending in head: capitalised words,
// then up to two lower-case modifiers, then the noun.
func surveyNameRE(head string) *regexp.Regexp {
	if re, ok := surveyNameREs.Load(head); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`(?:\p{Lu}[\p{L}\p{M}’'.&-]*(?:[ \t\p{Zs}]+|/|-))+(?:[\p{Ll}-]+[ \t\p{Zs}]+){0,2}` + regexp.QuoteMeta(head) + `\b`)
	surveyNameREs.Store(head, re)
	return re
}

// clauseInSurveyName reports a survey "name" whose lower-case words are a
// verb and its object's determiner: "Hartley Institute published a survey"
// is a clause, not the name of a survey ("Quinnipiac University national
// poll" is one).
func clauseInSurveyName(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if lexicon.IssueVerbs[w] || surveyNameBreaks[w] {
			return true
		}
	}
	return false
}

// surveyNameBreaks are lower-case words no survey name holds.
var surveyNameBreaks = lexicon.WordSet(`a an the its their his her our this that`)

// ownedBodies are bodies named by their owner: "the Clinton campaign", "the
// Obama administration", "the Venezuelan government".
var ownedBodies = lexicon.WordSet(`campaign administration government`)

// ownedBodyRE finds "<Capitalised words> <body>" ("Clinton campaign",
// "Trump’s campaign", "U.S. government"); ownedBody then keeps the owner
// only when it is a person's name or a nationality.
var ownedBodyRE = regexp.MustCompile(`((?:\p{Lu}[\p{L}\-]*[ \t]+){0,2}(?:\p{Lu}[\p{L}\-]*?|(?:\p{Lu}\.){2,}))(?:['’]s)?[ \t]+(campaign|administration|government)\b`)

// ownedBody returns the last "<Owner> <head>" in the two sentences before
// pos ("the Clinton campaign … The campaign said"), the owner a person's
// name ("Clinton", "Trump’s") or, for a government, a nationality
// ("Venezuelan", "U.S."); "" when there is none, or when another person is
// named after it ("The Trump campaign denied it. Hillary Clinton will
// speak. The campaign says …" names no one).
func (a *attributor) ownedBody(pos int, head string) string {
	si := a.d.SentenceAt(pos)
	if si < 0 {
		return ""
	}
	from := a.d.Sentences[max(0, si-2)].Start
	if !strings.Contains(a.d.Text[from:pos], head) {
		return "" // (ownedBodyRE is slow to run)
	}
	best, bestEnd := "", -1
	for _, m := range ownedBodyRE.FindAllStringSubmatchIndex(a.d.Text[from:pos], -1) {
		if a.d.Text[from+m[4]:from+m[5]] != head {
			continue
		}
		if owner := a.bodyOwner(strings.Fields(a.d.Text[from+m[2]:from+m[3]]), head); owner != "" {
			best, bestEnd = owner+" "+head, from+m[5]
		}
	}
	if best == "" {
		return ""
	}
	for _, e := range a.reg.ents {
		if e.Start > bestEnd && e.Start < pos && a.reg.kindOf(e.Name) == kindPerson && !strings.Contains(best, e.words[len(e.words)-1]) {
			return "" // someone else named since
		}
	}
	return best
}

// bodyOwner returns the last words of ws that name a person ("Democrat
// Hillary Clinton" → "Hillary Clinton", "Under Trump" → "Trump") or, for a
// government, a nationality ("Venezuelan", "U.S."), or "".
func (a *attributor) bodyOwner(ws []string, head string) string {
	for i := 0; i < len(ws); i++ {
		o := strings.Join(ws[i:], " ")
		if a.reg.kindOf(o) == kindPerson || a.reg.kindOf(a.reg.fullest(o, -1)) == kindPerson {
			return o
		}
	}
	l := ws[len(ws)-1]
	if head == "government" {
		if strings.Count(l, ".") >= 2 || nationality(l) {
			return l
		}
		return ""
	}
	// a surname the article gives no evidence for ("the Clinton
	// campaign"), not a sentence word ("Under Trump's administration"
	// keeps Trump) nor an organisation or place word ("Senate campaign")
	if lw := strings.ToLower(l); !a.reg.lower.has(lw) && !subordinators[lw] && !postLinkers[lw] && !determinerWords[l] && !orgHeads[l] && a.reg.kindOf(l) != kindOrg {
		return l
	}
	return ""
}

// nationality reports a capitalised adjective of nationality ("Venezuelan",
// "Turkish", "Chinese", "Israeli").
func nationality(w string) bool {
	for _, suf := range []string{"an", "ian", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// determinerWords open a noun phrase without owning it.
var determinerWords = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "Its": true, "His": true,
	"Her": true, "Their": true, "Our": true, "New": true}

// placeModifiers reports whether ts[b:e] is empty or capitalised words
// only ("the Florida senator", "the Russian president"; nearestTitled then
// wants them near the name).
func placeModifiers(ts []text.Token, b, e int) bool {
	for i := b; i < e; i++ {
		if lexicon.TitleModifiers[ts[i].Text] && !ts[i].Capitalised() || lexicon.TitleModifiers[strings.ToUpper(ts[i].Text[:1])+ts[i].Text[1:]] && ts[i].Text == ts[i].Lower {
			continue // a title's modifier: "the vice president", "the chief minister" (titled-role-modifier)
		}
		if !ts[i].Capitalised() || isPossessive(ts[i]) {
			return false
		}
	}
	return true
}

// dashes set off a parenthesis like commas: "the study -- which notes".
var dashes = map[string]bool{"--": true, "—": true, "–": true}

// copulaSubject returns the proper-name subject of the copula whose
// predicate nouns end at ts[e] ("Maria Lopez is a farmer", "Trump … is a
// serial liar, rampant xenophobe, racist, misogynist and birther"), or
// ok false.
func copulaSubject(ts []text.Token, e int) (b, se int, ok bool) {
	for k := e; k >= 0 && e-k <= 20; k-- {
		t := ts[k]
		switch {
		case copulas[t.Lower] && strings.HasPrefix(t.Tag, "VB"):
			if sb, sen, _, _, sok := subjectLeft(ts, k, 0); sok && ts[sen].Capitalised() && !pronouns[ts[sb].Lower] {
				return sb, sen, true
			}
			return 0, 0, false
		case nounish(t) && !t.Capitalised() || t.Tag == "DT" || t.Tag == "RB" || t.Text == "," || t.Lower == "and" || t.Lower == "or":
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// prevSubject returns the tokens of sentence si-1 and its main clause's
// subject ts[b..e], when that is no pronoun.
func (a *attributor) prevSubject(si int) (ts []text.Token, b, e int, ok bool) {
	ts = a.tokens(si - 1)
	b, e, _, _, ok = mainSubject(ts, len(ts))
	return ts, b, e, ok && !pronouns[ts[b].Lower]
}

// prevSubjectPlural returns the subject of the sentence before the one
// holding pos, in the same paragraph, when it is plural (a plural noun
// phrase or a coordination), the likeliest referent of "they": "Autor and
// his colleagues studied 700 districts. … they found that …".
func (a *attributor) prevSubjectPlural(pos int) (string, claims.SourceKind, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para {
		return "", "", false
	}
	for _, t := range a.tokens(si) {
		if t.Start >= pos {
			break
		}
		if t.Tag == "NNS" || t.Tag == "NNPS" {
			return "", "", false // a plural in its own sentence first: "when the numbers were updated, they showed"
		}
	}
	ts, b, e, ok := a.prevSubject(si)
	if !ok {
		ts = a.tokens(si - 1)
		b, e, ok = tiedPluralSubject(ts)
	}
	if !ok || countedSubject(ts, b, e) {
		return "", "", false
	}
	plural := ts[e].Tag == "NNS" || ts[e].Tag == "NNPS"
	for i := b; i < e; i++ {
		// a coordination, or a plural head tied to a name after it
		plural = plural || ts[i].Lower == "and" || (ts[i].Tag == "NNS" || ts[i].Tag == "NNPS") && tieWords[ts[i+1].Lower]
	}
	if !plural {
		return "", "", false
	}
	if n, k := a.resolveNP(ts, b, e); n != "" {
		return n, k, true
	}
	return a.d.Text[ts[b].Start:ts[e].End()], "", true
}

// tiedPluralSubject returns a sentence-opening subject of a plural head
// of people (roleNouns) tied by a preposition to the phrase after it, before a finite verb
// (mainSubject reads none there): "Researchers at the University of the
// West Indies surveyed 1,500 households" (fresh-10), "Economists at the
// World Bank studied 40 countries", the likeliest referents of a "they"
// after them.
func tiedPluralSubject(ts []text.Token) (b, e int, ok bool) {
	h := 0
	if len(ts) > 0 && ts[0].Lower == "the" {
		h = 1
	}
	if h+2 >= len(ts) || ts[h].Tag != "NNS" && ts[h].Tag != "NNPS" || !roleNouns[strings.TrimSuffix(ts[h].Lower, "s")] || !tieWords[ts[h+1].Lower] {
		return 0, 0, false
	}
	e = npRight(ts, h+2)
	if e < h+2 || e+1 >= len(ts) || !tensedTag(ts[e+1].Tag) {
		return 0, 0, false
	}
	return 0, e, true
}

// prevSubjectOrg returns the subject of the sentence before the one
// holding pos (in the same paragraph, or the paragraph before when this
// sentence opens its own), when it is a name that is not a person's, the
// likeliest referent of "it" (centering): "As of October, Emirates had a
// fleet of 270 aircraft. …, it announced an order" is Emirates, though
// another airline was named nearer before. An organisation as the subject
// of a clause before "it" in its own sentence comes first ("After the
// state health department reviewed the data, it said …").
func (a *attributor) prevSubjectOrg(pos int) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para && !(a.d.Sentences[si-1].Para == a.d.Sentences[si].Para-1 && a.d.Paragraphs[a.d.Sentences[si].Para].Start == a.d.Sentences[si].Start) {
		return "", false // (a one-sentence paragraph of wire copy continues the one before)
	}
	if _, _, ok := a.clauseOrgAt(pos); ok {
		return "", false // an organisation as a clause's subject first: "After the health department reviewed the data, it said"
	}
	ts, b, e, ok := a.prevSubject(si)
	if ok && !ts[e].Capitalised() && ts[e].Tag == "NN" && (orgHeadsLower[ts[e].Lower] || genericOrgNouns[ts[e].Lower] || officeNouns[ts[e].Lower]) && b < e && isPossessive(ts[e-1]) {
		// a body described by its owner, not named: "The mayor's office
		// released a statement. ¶ "…," it said" (rule it-described-body;
		// not "The campaign sent an email. … it reads": the email)
		if n, k := a.resolveNP(ts, b, e); n != "" && k != kindPerson {
			return n, true
		}
		return a.d.Text[ts[b].Start:ts[e].End()], true
	}
	if !ok || !ts[e].Capitalised() {
		return "", false
	}
	if ts[b].Tag == "DT" {
		b++
	}
	if b > e {
		return "", false // a determiner alone is no name
	}
	if e > b+1 && (ts[b+1].Lower == "in" || ts[b+1].Lower == "at") && lexicon.CompanyMeasures[ts[b].Lower] {
		b += 2 // "Shares in Fortescue fell …": the name after the subject noun (placedSubject)
	}
	for i := b; i <= e; i++ {
		if !ts[i].Capitalised() && !nameConnectors[ts[i].Lower] {
			return "", false // a description ("the airline"), not a name
		}
	}
	if b == e && (ts[b].Tag == "NNS" || ts[b].Tag == "NN" && a.reg.lower.has(ts[b].Lower) || lexicon.CompanyMeasures[ts[b].Lower]) {
		return "", false // a common noun opening the sentence: "Regulators met.", "Prices rose." (written in lower case elsewhere)
	}
	if b < e && b == tokenDatelineEnd(ts, len(ts)) && ts[b].Tag == "NNS" && nameConnectors[ts[b+1].Lower] && a.reg.lower.has(ts[b].Lower) {
		return "", false // a plural common noun tied to a place: "Employees in Germany were off sick …" (written in lower case elsewhere)
	}
	n, k := a.properName(ts, b, e)
	if k == kindPerson || n == "" || lexicon.GivenNameGender(strings.Fields(n)[0]) != 0 {
		return "", false
	}
	return n, true
}

// ruleItPreviousBody names rule it-previous-body (prevSubjectBody).
const ruleItPreviousBody = "it-previous-body"

// prevSubjectBody returns, for an "it" at pos, the body the sentence
// before has as its subject when that subject describes it by its head,
// "the" and a body's noun (rule it-previous-body): "The tribunal rejected
// that account. It noted that the company had advertised for four new
// croupiers" (articles-dev-3, not the lawyer named before), "The health
// ministry said … . At least 102 people have died, it said." (web-dev-6,
// not the agency named before). The description's name when it resolves to one,
// else the description as written; a document's noun ("The review found
// …": lexicon.DocNouns) is no body, and a document or medium after the
// subject may be what "it" is ("The campaign sent an email to donors. At
// the bottom it reads, …"); the head is read by its word (the
// tagger reads "tribunal" as an adjective). Same sentences as prevSubjectOrg,
// which comes first.
func (a *attributor) prevSubjectBody(pos int) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para && !(a.d.Sentences[si-1].Para == a.d.Sentences[si].Para-1 && a.d.Paragraphs[a.d.Sentences[si].Para].Start == a.d.Sentences[si].Start) {
		return "", false
	}
	ts, b, e, ok := a.prevSubject(si)
	if !ok || b >= e || ts[b].Lower != "the" || ts[e].Capitalised() || lexicon.DocNouns[ts[e].Lower] ||
		!(orgHeadsLower[ts[e].Lower] || genericOrgNouns[ts[e].Lower] || companyNouns[ts[e].Lower] || officeNouns[ts[e].Lower] || lexicon.BodyDescriptions[ts[e].Lower] != nil) {
		return "", false
	}
	if _, _, ok := a.clauseOrgAt(pos); ok {
		return "", false // (checked after the cheap tests above)
	}
	for _, t := range ts[e+1:] {
		if lexicon.DocNouns[t.Lower] || lexicon.LeadInMedia[t.Lower] {
			return "", false // "The campaign sent an email to donors. … it reads": the email
		}
	}
	if n, k := a.resolveNP(ts, b, e); n != "" {
		return n, k != kindPerson
	}
	return a.d.Text[ts[b+1].Start:ts[e].End()], true
}

// officeNouns head a body described by its owner ("the mayor's office",
// "the governor's office").
var officeNouns = lexicon.WordSet(`office`)

// placePrepositions put the name after them in a place.
var placePrepositions = lexicon.WordSet(`in at near outside across throughout inside`)

// sentenceOrgBefore returns the first name before pos in pos's sentence
// that can be an organisation's: not a person's (by the article's evidence,
// a gender or a given name), not a place, not a coordination. (The first:
// the company before its product, "Tesla's Model Y sold …, the company
// said".)
func (a *attributor) sentenceOrgBefore(pos int) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 0 {
		return "", false
	}
	start := a.d.Sentences[si].Start
	r := a.reg
	best := ""
	for i := r.startingBy(pos) - 1; i >= 0; i-- {
		e := r.ents[i]
		if e.End > pos {
			continue
		}
		if e.Start < start {
			break
		}
		name := r.fullest(e.Name, e.Start)
		if ts := a.tokens(si); len(ts) > 0 && e.Start == firstWordStart(ts, start) && ts[firstWord(ts)].Tag != "NNP" && ts[firstWord(ts)].Tag != "NNPS" && !a.possessiveName(ts, firstWord(ts)) {
			// a word capitalised as the sentence's first, a quote's
			// opening mark before it or not: "About 300 families …",
			// "“Nearly 2,300 employees will leave,” the company said",
			// "Workers in Detroit were told"; a common noun of a name:
			// "Shares of Nvidia rose"
			i := strings.Index(name, " of ")
			if t0 := ts[firstWord(ts)]; i < 0 || strings.Contains(name[:i], " ") || t0.Tag != "NNS" && t0.Tag != "NN" {
				continue
			}
			name = strings.TrimPrefix(name[i+len(" of "):], "the ")
		}
		if len(e.words) == 1 && a.adjectiveAt(si, e.Start) {
			continue // a people's adjective: "the southern Brazilian state of …"
		}
		if e.gender != 0 || e.title != "" || r.kindOf(name) == kindPerson || r.gender[name] != 0 || lexicon.Places[name] || lexicon.Places[e.Name] ||
			lexicon.GivenNameGender(e.words[0]) != 0 || strings.Contains(e.Name, " and ") || nonNames[e.Name] {
			continue
		}
		if f := strings.Fields(a.d.Text[start:e.Start]); len(f) > 0 && placePrepositions[strings.ToLower(f[len(f)-1])] && !measureOf(f) {
			continue // "In Detroit, the company said": a place
		}
		best = name // the first one of the sentence wins: "Tesla's Model Y sold …, the company said"
	}
	return best, best != ""
}

// unknownPersonBefore returns, for a "he"/"she" that no known person
// resolves, the nearest name before pos, within its paragraph and the two
// before, that can be a person's though the article gives no evidence of
// its kind or gender: two or more capitalised words, the first never
// written in lower case in the article ("Health Canada", "Statistics
// Canada" are not), none a place, not a coordination. Given names outside
// lexicon's English list are the rule in news of other countries: "Ngozi
// Okonjo-Iweala runs the agency. … “We pay 1,000 workers,” she said."
// A name inside a quotation is passed over when the pronoun stands outside
// quotes (rule he-she/past-quoted-name, quotedantecedent.go).
//
// With acting true only a name that acts in its clause qualifies: a
// clause's subject or a name next to a speech verb ("Ngozi Okonjo-Iweala
// runs the agency"); a name aside in its sentence — an object, a title
// ("caught drinking at a Grateful Dead gig", "the action movie Blade
// Runner 2049") — yields to a lone surname that acts (loneSurnameBefore)
// and is taken only after it (rule he-she/unknown-person-aside).
func (a *attributor) unknownPersonBefore(pos int, acting bool) (string, bool) {
	p := a.paraOf(pos)
	if p < 0 {
		return "", false
	}
	r := a.reg
	outside := !a.inQuote(pos)
	for e := range a.recentNames(pos, p) {
		if len(e.words) < 2 || e.gender != 0 || e.title != "" || strings.Contains(e.Name, " and ") || nonNames[e.Name] {
			continue
		}
		if outside && a.inQuote(e.Start) {
			continue // talked about, not speaking (quotedantecedent.go)
		}
		if acting && !a.subjectLike(e) && !a.speechAdjacent(e) {
			continue
		}
		name := r.fullest(e.Name, e.Start)
		if r.kindOf(name) != "" || r.gender[name] != 0 || !personLikeWords(r, strings.Fields(name)) {
			continue
		}
		return name, true
	}
	return "", false
}

// personLikeWords reports whether the words of a name can be a person's:
// each capitalised letters (hyphens and apostrophes inside), none a place,
// the first never written in lower case in the article.
func personLikeWords(r *nameReg, ws []string) bool {
	if len(ws) < 2 || r.lower.has(strings.ToLower(ws[0])) || text.AllCaps(strings.Join(ws, "")) {
		return false // (a run in capitals is a headline or a label: "GRAN'S LOTTO JOY")
	}
	if lexicon.Places[strings.Join(ws, " ")] {
		return false // a place of several words: "New Hampshire", "Nova Scotia" (PolNeAR train: "he" was "New Hampshire")
	}
	for i, w := range ws {
		if lexicon.Places[w] && !(i == 0 && lexicon.PlaceGivenNames[w]) || !unicode.IsUpper(attrFirstRune(w)) {
			return false // (a given name that is also a place opens a person's name: "Jordan Pike")
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// firstWord is the index of the sentence's first token after its opening
// quotation marks and brackets (0 when none).
func firstWord(ts []text.Token) int {
	for i, t := range ts {
		if t.Wordy() {
			return i
		}
	}
	return 0
}

// tradeCompany returns, for a description by trade that no name holds
// ("the utility", "the telecoms operator") and no subject before resolves,
// the nearest company's name before pos in its paragraph or the two before
// it: a name that is no person's, place's, day's or headline's, holds no
// organisation head word (an institution's, "Council for Scientific and
// Industrial Research"; "the bank" is no "Environmental Protection
// Agency"), is not written in lower case elsewhere in the article and
// follows no digit (a unit run into a number, "2,400MW").
func (a *attributor) tradeCompany(pos int) (string, bool) {
	p := a.paraOf(pos)
	if p < 0 {
		return "", false
	}
	// a sentence's first word the tagger reads as a common noun
	// ("Repairs will take weeks") is taken only when no other name is
	// ("Petrobras raised its plan"; its tag a guess)
	for _, commonFirst := range [2]bool{false, true} {
		if n, ok := a.tradeCompanyPass(pos, p, commonFirst); ok {
			return n, true
		}
	}
	return "", false
}

// recentNames yields the names ending by pos, the latest first, back to
// two paragraphs before paragraph p.
func (a *attributor) recentNames(pos, p int) iter.Seq[nameEnt] {
	return func(yield func(nameEnt) bool) {
		ents := a.reg.ents
		for i := len(ents) - 1; i >= 0; i-- {
			e := ents[i]
			if e.End > pos {
				continue
			}
			if ep := a.paraOf(e.Start); ep >= 0 && ep < p-2 || !yield(e) {
				return
			}
		}
	}
}

func (a *attributor) tradeCompanyPass(pos, p int, commonFirst bool) (string, bool) {
	r := a.reg
	for e := range a.recentNames(pos, p) {
		if e.gender != 0 || e.title != "" || dayOrPlaceName(e) || nonNames[e.Name] || strings.Contains(e.Name, " and ") ||
			e.Start > 0 && a.d.Text[e.Start-1] >= '0' && a.d.Text[e.Start-1] <= '9' {
			continue
		}
		name := r.fullest(e.Name, e.Start)
		words := strings.Fields(name)
		if r.kindOf(name) == kindPerson || r.gender[name] != 0 || lexicon.Places[name] || publicBody(words) ||
			lexicon.GivenNameGender(words[0]) != 0 || r.lower.has(strings.ToLower(words[0])) || a.headline(name) {
			continue
		}
		if full, ok := r.acronyms[name]; ok && publicBody(strings.Fields(full)) {
			continue
		}
		if f := strings.Fields(a.d.Text[max(0, e.Start-24):e.Start]); len(f) > 0 && placePrepositions[strings.ToLower(f[len(f)-1])] && !measureOf(f) {
			continue // "a shop in Kisumu": a place
		}
		if e.Start > 0 && strings.ContainsRune("@$#", rune(a.d.Text[e.Start-1])) {
			continue // a handle or a ticker: "@JohnMelloy", "$WFC"
		}
		if ts := a.tokens(a.d.SentenceAt(e.Start)); len(e.words) == 1 && len(ts) > 0 && e.Start == ts[firstWord(ts)].Start {
			switch t := ts[firstWord(ts)]; {
			case !strings.HasPrefix(t.Tag, "NN"):
				continue // "“Nearly 40 per cent …”"
			case !commonFirst && (t.Tag == "NN" || t.Tag == "NNS") && !a.possessiveName(ts, firstWord(ts)):
				continue
			}
		}
		if len(e.words) == 1 && lexicon.CompanyMeasures[strings.ToLower(e.Name)] {
			continue // "Sales at Walmart": never the measure
		}
		return name, true
	}
	return "", false
}

// measureOf reports words ending in a lexicon.CompanyMeasures noun and
// "in" or "at": the name after is a company's ("Profits at Shell fell").
func measureOf(f []string) bool {
	n := len(f)
	return n >= 2 && lexicon.CompanyMeasures[strings.ToLower(f[n-2])]
}

// publicBody reports a lexicon.PublicBodyHeads word among a name's words.
func publicBody(words []string) bool {
	for _, w := range words {
		if lexicon.PublicBodyHeads[w] {
			return true
		}
	}
	return false
}

// adjectiveAt reports a capitalised word at off in sentence si that the
// tagger reads as an adjective ("Brazilian", "Kenyan"): no name.
func (a *attributor) adjectiveAt(si, off int) bool {
	for _, t := range a.tokens(si) {
		if t.Start == off {
			return t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "JJR"
		}
	}
	return false
}

// possessiveName reports a one-word name the sentence opens with in the
// possessive, though the tagger reads it as a common noun: a name the
// article never writes in lower case, no day or month ("Volkswagen's
// operating profit fell …, the carmaker said"; not "Today's", "Monday's").
func (a *attributor) possessiveName(ts []text.Token, i int) bool {
	if i+1 >= len(ts) || !isPossessive(ts[i+1]) || !ts[i].Capitalised() || a.reg.lower.has(ts[i].Lower) {
		return false
	}
	_, month := lexicon.Months[ts[i].Lower]
	return !month && !timeWords[ts[i].Lower]
}

// firstWordStart is the start of the sentence's first word (start, the
// sentence's own, when it opens with one).
func firstWordStart(ts []text.Token, start int) int {
	if i := firstWord(ts); i > 0 {
		return ts[i].Start
	}
	return start
}

// clauseOrgAt finds, in the sentence holding pos and before it, an
// organisation noun heading a clause's subject (a finite verb follows):
// "After the health department reviewed the data, it said", "the
// government will return $1.7 billion, more than the $1.2 billion it
// expects to collect". It returns the sentence's tokens and the head's index.
func (a *attributor) clauseOrgAt(pos int) ([]text.Token, int, bool) {
	si := a.d.SentenceAt(pos)
	if si < 0 {
		return nil, 0, false
	}
	cur := a.tokens(si)
	last := -1 // the nearest subject head before pos: a noun before a finite verb
	// a dateline opening the sentence is no subject ("BELGRADE — The
	// Football Association of Serbia (FSS) recorded …": the dash may be
	// tagged a verb; rule dateline-no-name)
	for j := tokenDatelineEnd(cur, len(cur)); j < len(cur); j++ {
		t := cur[j]
		if t.Start >= pos {
			break
		}
		v := verbAfterSubject(cur, j)
		if v < len(cur) && cur[v].Start < pos && nounish(t) && finiteTag(cur[v].Tag) {
			last = j
		}
	}
	if last < 0 {
		return nil, 0, false
	}
	// ("When the agency approved the merger, Disney gained 20 percent, it
	// said": Disney, the nearer subject, is no organisation noun)
	if t := cur[last]; genericOrgNouns[t.Lower] || companyNouns[t.Lower] || orgHeads[t.Text] || t.Lower == "department" || t.Lower == "ministry" || t.Lower == "government" {
		return cur, last, true
	}
	if h, ok := a.companySubject(cur, last, pos); ok {
		return cur, h, true
	}
	return nil, 0, false
}

// companySubject finds the company a clause's subject head cur[h] names
// or measures, for an "it" at pos later in the sentence: "Tesco's shares
// fell 5 percent after it said" (a company's measure and its possessor),
// "Shares in Rio Tinto dropped after it reported" (the name the measure is
// in), "Toyota cut its forecast after it said" (a name the article knows
// as an organisation's, or whose own clause says "its"). A person's name,
// a place's or one of unknown kind ("Disney gained 20 percent, it said")
// is none. It returns the index of the company name's last word.
func (a *attributor) companySubject(cur []text.Token, h, pos int) (int, bool) {
	if lexicon.CompanyMeasures[cur[h].Lower] && h >= 2 && isPossessive(cur[h-1]) && (a.possessiveName(cur, h-2) || companyNouns[cur[h-2].Lower] || genericOrgNouns[cur[h-2].Lower]) {
		return h - 2, true // "Tesco's shares", "the bank's profit"
	}
	if !cur[h].Capitalised() || !strings.HasPrefix(cur[h].Tag, "NNP") {
		return 0, false
	}
	b := npLeftFrom(cur, h)
	if b < 0 {
		return 0, false
	}
	if b+2 <= h && lexicon.CompanyMeasures[cur[b].Lower] && (cur[b+1].Lower == "in" || cur[b+1].Lower == "of") {
		return h, true // "Shares in Rio Tinto"
	}
	name := a.d.Text[cur[b].Start:cur[h].End()]
	switch a.reg.kindOf(a.reg.fullest(name, cur[b].Start)) {
	case kindOrg:
		return h, true
	case kindPerson:
		return 0, false
	}
	if lexicon.Places[name] {
		return 0, false
	}
	for j := h + 1; j < len(cur) && cur[j].Start < pos; j++ {
		if cur[j].Lower == "its" {
			return h, true // "Toyota cut its forecast"
		}
		if cur[j].Text == "," || clauseOpeners[cur[j].Lower] {
			break
		}
	}
	return 0, false
}

// verbAfterSubject returns the index of the token that follows a subject
// head ts[j] as its verb would: the next, or the one after an acronym in
// parentheses ("The Football Association of Serbia (FSS) recorded …";
// rule subject-acronym).
func verbAfterSubject(ts []text.Token, j int) int {
	v := j + 1
	if v+2 < len(ts) && ts[v].Text == "(" && ts[v+2].Text == ")" && text.AllCaps(ts[v+1].Text) {
		return v + 3
	}
	return v
}

// clauseOrg resolves the organisation clauseOrgAt finds for "it": its
// name, or the phrase as written ("the government").
func (a *attributor) clauseOrg(pos int) (string, bool) {
	ts, h, ok := a.clauseOrgAt(pos)
	if !ok {
		return "", false
	}
	b := npLeftFrom(ts, h)
	if b < 0 {
		return "", false
	}
	if b+2 <= h && lexicon.CompanyMeasures[ts[b].Lower] && (ts[b+1].Lower == "in" || ts[b+1].Lower == "of") {
		b += 2 // "Shares in Rio Tinto dropped after it said"
	}
	if n, k := a.resolveNP(ts, b, h); n != "" && k != kindPerson {
		return n, true
	}
	return a.d.Text[ts[b].Start:ts[h].End()], true
}

// personBefore resolves a description standing for the person named last
// before pos ("the 35-year-old", "the Belgian"): a known person's name, else
// a name of no known kind that reads as a person's (unknownPersonBefore).
func (a *attributor) personBefore(pos int) (string, claims.SourceKind, bool) {
	if n, ok := a.nearerUnknownPerson(pos); ok {
		return n, kindPerson, true
	}
	if n, ok := a.reg.nearest(pos, kindPerson, ""); ok {
		return n, kindPerson, true
	}
	if n, ok := a.unknownPersonBefore(pos, false); ok {
		return n, kindPerson, true
	}
	return "", kindPerson, false
}

// nearerUnknownPerson returns the name of no known kind that reads as a
// person's (unknownPersonBefore's test) when it is named after the last
// known person before pos (rule nearer-unknown-person): "Sita Maharjan
// stood outside … “…,” the 52-year-old said" is Sita Maharjan, not the
// police officer quoted a paragraph before (articles-dev-3's Nepal
// update; the feature and survivor forms of its table test). The walk
// stops at the first known person (recentNames: this paragraph and two
// before).
func (a *attributor) nearerUnknownPerson(pos int) (string, bool) {
	p := a.paraOf(pos)
	if p < 0 {
		return "", false
	}
	r := a.reg
	for e := range a.recentNames(pos, p) {
		name := r.fullest(e.Name, e.Start)
		if r.kindOf(name) == kindPerson || r.kindOf(e.Name) == kindPerson {
			return "", false
		}
		if len(e.words) < 2 || e.gender != 0 || e.title != "" || strings.Contains(e.Name, " and ") || nonNames[e.Name] {
			continue
		}
		if r.kindOf(name) != "" || r.gender[name] != 0 || !personLikeWords(r, strings.Fields(name)) {
			continue
		}
		return name, true
	}
	return "", false
}

// solePersonBefore returns the one person named in the sentence before
// the one holding pos (in its fullest form), when that sentence names
// exactly one person and no other person is named between. The sentences of a
// quote the phrase closes are passed over ("This road …. And they …,"
// the lawmaker told journalists": the sentence before the quote).
func (a *attributor) solePersonBefore(pos int) (string, bool) {
	si := a.d.SentenceAt(pos)
	k := si - 1
	opensQuote := func(i int) bool { // (a quote's span may leave its mark out)
		st := a.d.Sentences[i].Start
		return a.inQuote(st) || a.inQuote(min(st+4, a.d.Sentences[i].End-1))
	}
	for k >= 0 && opensQuote(k+1) && opensQuote(k) && !a.ownTailBefore(k) {
		k--
	}
	if si < 1 || k < 0 {
		return "", false
	}
	from, to := a.d.Sentences[k].Start, a.d.Sentences[k].End
	found := ""
	for _, e := range a.reg.ents {
		if e.Start < from || e.Start >= pos {
			continue
		}
		if e.Start >= to {
			if a.reg.kindOf(e.Name) == kindPerson {
				return "", false // another person named since
			}
			continue
		}
		full := a.reg.fullest(e.Name, e.Start)
		switch k := a.reg.kindOf(full); {
		case k == kindPerson || a.reg.kindOf(e.Name) == kindPerson:
		case k == "" && a.reg.kindOf(e.Name) == "" && personLikeWords(a.reg, e.words) && (e.title != "" || e.gender != 0 || lexicon.GivenNameGender(e.words[0]) != 0 || honorificBefore(a.d.Text, e.Start) || a.roleBeforeComma(e)):
			// a name of unknown kind with a person's mark ("Hon.
			// Chinedu Okonkwo-Ibe": the chunker leaves the honorific out;
			// not "Trump National Doral")
		default:
			continue
		}
		if found != "" && found != full {
			return "", false
		}
		found = full
	}
	return found, found != ""
}

// ungenderedSpeakerBefore returns the one named speaker of the sentence
// before pos (the source of its cues, in the same paragraph or the one
// before) when the article gives that speaker no gender and names them
// after gendered, the person of the pronoun's gender nearest before: "… Maureen Sullivan, previously the president of AOL …
// ¶ “…,” Hyman says. She adds that 15 former RTR employees …" is Hyman,
// named by surname alone and speaking in the sentence before (web-dev-7;
// "Okafor said …. He added" after a "Mr Adeyemi" of a paragraph before).
func (a *attributor) ungenderedSpeakerBefore(pos int, gendered string) (string, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para < a.d.Sentences[si].Para-1 {
		return "", false
	}
	u := ""
	for _, f := range a.sentence(si - 1) {
		if f.src == nil || f.src.Kind == kindOrg || f.src.Name == "" || !unicode.IsUpper([]rune(f.src.Mention)[0]) || pronouns[strings.ToLower(f.src.Mention)] || strings.Contains(f.src.Name, " and ") {
			continue
		}
		if u != "" && u != f.src.Name {
			return "", false // two speakers
		}
		u = f.src.Name
	}
	if u == "" || u == gendered || a.reg.gender[u] != 0 || a.reg.kindOf(u) == kindOrg {
		return "", false
	}
	if ws := strings.Fields(u); len(ws) > 1 && !personLikeWords(a.reg, ws) || len(ws) == 1 && (isAcronymWord(u) || lexicon.Places[u] || a.reg.lower.has(strings.ToLower(u))) {
		return "", false // (a surname alone speaks: "Hyman says"; no acronym, place or common word)
	}
	words := strings.Fields(u)
	if lexicon.GivenNameGender(words[0]) != 0 || len(words) > 1 && lexicon.GivenNameGender(words[len(words)-1]) != 0 {
		return "", false
	}
	// the gendered person is named before the sentence before, not in it
	// or after it
	if at := a.reg.nameStart(gendered, pos); at < 0 || at >= a.d.Sentences[si-1].Start {
		return "", false
	}
	return u, true
}

// honorificBefore reports a form of address right before offset start
// ("Hon. |Chinedu", "Mr |Kamau").
func honorificBefore(text string, start int) bool {
	f := strings.Fields(text[max(0, start-12):start])
	return len(f) > 0 && lexicon.Honorifics[f[len(f)-1]]
}

// indefiniteBefore reports an indefinite mention of the role noun head in
// text: "a judge", "an Ohio judge", "another lawmaker" (up to two words
// between the article and the noun).
func indefiniteBefore(text, head string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], head)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(head)
		if at > 0 && unicode.IsLetter(rune(text[at-1])) || i < len(text) && unicode.IsLetter(rune(text[i])) {
			continue
		}
		f := strings.Fields(text[max(0, at-40):at])
		for n := len(f) - 1; n >= 0 && n >= len(f)-3; n-- {
			if indefiniteDets[strings.ToLower(f[n])] {
				return true
			}
		}
	}
}

// indefiniteDescription returns, as written, the nearest indefinite noun
// phrase with head noun head in the 3,000 bytes before pos ("A senior
// official" of "A senior official in Port Moresby, who …"; "a Mexican
// official" of "said a Mexican official who was not authorized"): the
// determiner at most three words before the head, no sentence end
// between. "" when none.
func indefiniteDescription(text string, pos int, head string) string {
	from := max(0, pos-3000)
	for i := pos; i > from; {
		k := strings.LastIndex(text[from:i], head)
		if k < 0 {
			return ""
		}
		at := from + k
		i = at
		end := at + len(head)
		if at > 0 && unicode.IsLetter(rune(text[at-1])) || end < len(text) && unicode.IsLetter(rune(text[end])) {
			continue
		}
		f := strings.Fields(text[max(0, at-40):at])
		for n := len(f) - 1; n >= 0 && n >= len(f)-3; n-- {
			if strings.ContainsAny(f[n], ".!?\"“”") {
				break
			}
			if indefiniteDets[strings.ToLower(f[n])] {
				d := strings.LastIndex(text[:at], f[n]+" ")
				if d < 0 {
					break
				}
				return text[d:end]
			}
		}
	}
	return ""
}

// indefiniteDets open an indefinite noun phrase.
var indefiniteDets = lexicon.WordSet(`a an another`)

func startsUpper(w string) bool {
	return unicode.IsUpper(attrFirstRune(w))
}

// sharesCapWord reports whether a capitalised word of ts is a word of name.
func sharesCapWord(ts []text.Token, name string) bool {
	for _, w := range strings.Fields(name) {
		for _, t := range ts {
			if t.Capitalised() && strings.Contains(t.Text, w) {
				return true
			}
		}
	}
	return false
}

// headline reports whether name is the article's title: it fills most of
// the first paragraph.
func (a *attributor) headline(name string) bool {
	if len(a.d.Paragraphs) == 0 {
		return false
	}
	p := a.d.Paragraphs[0]
	first := strings.TrimSpace(a.d.Text[p.Start:p.End])
	return strings.Contains(first, name) && len(name)*10 >= len(first)*6
}

// firstPerson reports a singular first-person pronoun, contracted or not
// ("I", "me", "my", "I’ve", "I'm").
func firstPerson(w string) bool {
	switch w {
	case "i", "me", "my":
		return true
	}
	return strings.HasPrefix(w, "i’") || strings.HasPrefix(w, "i'")
}

// noSourceNP reports a phrase that names no one, so that a cue with it as
// subject gives no source: a number or share alone ("Six in 10 … said …,
// and three-quarters said the same": the respondents of a survey the
// article reports), and a demonstrative for a number ("That figure shows
// …", "this number").
func noSourceNP(ts []text.Token, b, e int) bool {
	if e < b {
		return false
	}
	if ts[b].Lower == "that" || ts[b].Lower == "this" || ts[b].Lower == "these" || ts[b].Lower == "those" {
		if e == b || e == b+1 && figureNouns[ts[e].Lower] {
			return true // a bare demonstrative ("That promises 355 horsepower") names no one
		}
	}
	for i := b; i <= e; i++ {
		w := ts[i].Lower
		switch {
		case ts[i].Tag == "CD" || quantity.Cardinals[w] > 0 || quantity.Scales[w] > 0 || quantity.Fractions[w] > 0 || strings.Trim(w, "0123456789.,%") == "":
		case strings.Contains(w, "-") && numberWordParts(w):
		case (w == "in" || w == "of" || w == "out" || w == "a" || w == "an") && i > b && i < e:
		default:
			return false
		}
	}
	return true
}

// documentNouns head a phrase naming a reproduced text.
var documentNouns = lexicon.WordSet(`transcript transcripts excerpt excerpts text`)

// figureNouns stand for a number the article gave before.
var figureNouns = lexicon.WordSet(`figure figures number numbers total totals amount sum percentage rate estimate`)

// numberWordParts reports a hyphenated number word: "three-quarters",
// "twenty-five", "two-thirds".
func numberWordParts(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if quantity.Cardinals[p] == 0 && quantity.Fractions[p] == 0 && p != "zero" {
			return false
		}
	}
	return true
}

// personAfterOwner reports whether ts[s..e], after a possessive, is a
// person's name: two or three capitalised words, no organisation word.
func personAfterOwner(ts []text.Token, s, e int) bool {
	if n := e - s + 1; n < 2 || n > 3 {
		return false
	}
	for i := s; i <= e; i++ {
		if !ts[i].Capitalised() || orgHeads[ts[i].Text] || lexicon.NameTitles[ts[i].Text] {
			return false
		}
	}
	return true
}

// properAfter reports whether ts[b..e] is the proper name of a body whose
// field the data noun ending it names: capitalised but for its connectors,
// an organisation head before "of"/"for" ("National Institute of
// Statistics", "Bureau of Labor Statistics", "Office for National
// Statistics") — not "latest figures", nor a titled document
// ("Salesforce's State of Data and Analytics Report" is Salesforce's).
func properAfter(ts []text.Token, b, e int) bool {
	if e <= b || !ts[b].Capitalised() || !ts[e].Capitalised() {
		return false
	}
	head := false
	for k := b; k < e; k++ {
		if !ts[k].Capitalised() && !nameConnectors[ts[k].Text] {
			return false
		}
		head = head || orgHeads[ts[k].Text] && (ts[k+1].Lower == "of" || ts[k+1].Lower == "for")
	}
	return head
}

// ageNounRE is an age written as a noun: "35-year-old", "52-year-old".
var ageNounRE = regexp.MustCompile(`^\d{1,3}-years?-old$`)

// roleBefore resolves a definite role description opening its sentence
// ("The Wallabies coach said", "The governor claimed", "The billionaire
// real estate magnate says"), with no title the article gives a name
// (titled-role), to the one person the sentence right before names: the
// description goes on about the person just named (fresh-14 "Joe Schmidt
// named a 36-man squad on Sunday. The Wallabies coach said …"; PolNeAR
// train "Trump drew the analogy during a campaign speech … . The
// billionaire real estate magnate says …", "In his state, Christie said,
// … . The governor claimed …", "Sen. Bernie Sanders says … . The Vermont
// senator told USA TODAY …"). Two people or none named there decide
// nothing ("Fox News Sean Hannity asked Kasich … . The candidate said"),
// nor a titled name whose title's modifiers titled-role found no fit for,
// nor a sentence naming the role as such (PolNeAR train "A judge in Ohio
// issued a ruling today that should make … Bernie Sanders smile. The judge
// ruled …") or another role (web-dev-3 "Tim Gardner, assistant director
// of policy at the Health Foundation, said: … The health secretary has
// promised …"), nor a place or a name inside a quote.
func (a *attributor) roleBefore(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	if b != firstWord(ts) || e == b || ts[b].Lower != "the" || !roleNouns[ts[e].Lower] || ts[e].Tag != "NN" {
		return "", "", false
	}
	for k := b + 1; k < e; k++ {
		if tg := ts[k].Tag; isPossessive(ts[k]) || !(strings.HasPrefix(tg, "JJ") || strings.HasPrefix(tg, "NN") || tg == "HYPH") {
			return "", "", false // "the head of …", "the company's chief"
		}
	}
	si := a.d.SentenceAt(ts[b].Start)
	if si < 1 {
		return "", "", false
	}
	prev := a.d.Sentences[si-1]
	pts := a.tokens(si - 1)
	for k, t := range pts {
		if t.Lower == ts[e].Lower && !(k+1 < len(pts) && pts[k+1].Capitalised()) {
			return "", "", false // the role named before as such: "A judge in Ohio issued a ruling … Bernie Sanders … . The judge ruled"
		}
		if roleNouns[t.Lower] && !t.Capitalised() && t.Lower != ts[e].Lower {
			return "", "", false // a person given another role there: "Tim Gardner, assistant director of policy at the Health Foundation, said: … The health secretary has promised"
		}
	}
	person := ""
	for _, ent := range a.reg.ents {
		if ent.Start < prev.Start {
			continue
		}
		if ent.Start >= prev.End {
			break
		}
		if lexicon.Places[ent.Name] || a.inQuote(ent.Start) {
			continue // a place, or a name someone quoted says ("… one in eight people in England …")
		}
		full := a.reg.fullest(ent.Name, ent.Start)
		if lexicon.Places[full] || a.reg.kindOf(full) != kindPerson && !(len(ent.words) > 1 && lexicon.GivenNameGender(ent.words[0]) != 0) {
			continue
		}
		if person != "" && person != full {
			return "", "", false // two people: which one is meant is unknown
		}
		if ent.title != "" && e > b+1 {
			return "", "", false // a titled name the modifiers did not fit (titled-role): "Gov. Jerry Brown … The Ohio governor"
		}
		person = full
	}
	if person == "" {
		return "", "", false
	}
	return person, kindPerson, true
}

// describedBodyBefore resolves a bare "the institute", "the ministry",
// "the bureau" that no name holding the word resolves (rule
// described-body-before, a form of org-head) by the article's earlier
// mention of that body, at most describedReach bytes back: the name set
// in apposition to its description ("the national statistics institute,
// INEGI, reported … The institute said") or, when none, the fuller
// description itself ("the Union health ministry … the ministry said" →
// "Union health ministry"). articles-dev-1 (Mexico, India); fresh-10 "the
// central bank, Banco de la República"; web-dev-4 "the department".
func (a *attributor) describedBodyBefore(pos int, head string) (string, bool) {
	lo := max(0, pos-describedReach)
	win := a.d.Text[lo:pos]
	for end := len(win); end > 0; {
		at := strings.LastIndex(win[:end], head)
		if at < 0 {
			break
		}
		end = at
		if at > 0 && win[at-1] != ' ' || at+len(head) < len(win) && unicode.IsLetter(rune(win[at+len(head)])) {
			continue
		}
		if rest, ok := strings.CutPrefix(win[at+len(head):], ", "); ok {
			// "the national statistics institute, INEGI, reported"
			if c := strings.IndexAny(rest, ",."); c > 0 && c < 60 {
				name := rest[:c]
				allCapital := true
				for _, w := range strings.Fields(name) {
					allCapital = allCapital && (unicode.IsUpper([]rune(w)[0]) || nameConnectors[w])
				}
				if allCapital {
					return a.reg.fullest(name, lo+at+len(head)+2), true
				}
			}
		}
		// the fuller description: "the Union health ministry"
		before := win[:at]
		d := strings.LastIndex(before, "the ")
		if d < 0 || at-d > 40 {
			continue
		}
		mods := strings.Fields(before[d+4:])
		if len(mods) == 0 || len(mods) > 3 || strings.ContainsAny(before[d+4:], ",.;:'’\n") {
			continue
		}
		return strings.Join(mods, " ") + " " + head, true
	}
	return "", false
}

// describedReach bounds how far back describedBodyBefore reads.
const describedReach = 4000

// prevPluralCueSubject resolves a "they" whose sentence follows, in the
// same paragraph, one where a plural subject reports: the subject of a cue
// verb there ("Overall, the researchers estimated that … . Another 136
// million are …, they said"; "…, the study's authors wrote. They said …";
// "the survey's authors calculated that … . The left bloc would hold the
// other 61 seats, they said"), resolved, else as written (rule
// they-previous-reporter; articles-dev-1 three times; PolNeAR train
// "researchers found … they said"). Only the sentence before is read.
//
// tail keeps to a reporter closing the sentence after a comma, which
// comes before the sentence's plural subject ("Sick days have risen …,
// the study's authors wrote. They said": the authors).
func (a *attributor) prevPluralCueSubject(pos int, tail bool) (string, claims.SourceKind, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para {
		return "", "", false
	}
	ts := a.tokens(si - 1)
	for j := len(ts) - 1; j > 0; j-- {
		if !strings.HasPrefix(ts[j].Tag, "VB") || lexicon.CueVerbs[ts[j].Lower] == "" {
			continue
		}
		b, e, _, _, ok := subjectLeft(ts, j, 0)
		if !ok || e >= j || ts[e].Tag != "NNS" || ts[e].Capitalised() || pronouns[ts[b].Lower] || countedSubject(ts, b, e) || tail && (b == 0 || ts[b-1].Text != ",") {
			continue
		}
		if n, k := a.resolveNP(ts, b, e); n != "" {
			return n, k, true
		}
		return a.d.Text[ts[b].Start:ts[e].End()], kindPerson, true
	}
	return "", "", false
}
