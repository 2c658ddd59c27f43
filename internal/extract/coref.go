package extract

import "strings"

// Source resolution: a source phrase becomes a name.
//
// Rules, in order (documented coreference, no learned model):
//
//   - "he"/"she" → the nearest person named before the phrase; "it" → the
//     nearest organisation; "they", "we", "I", "you" keep the pronoun.
//   - relative "which"/"who" → the phrase before the comma it follows
//     ("Foro Penal, which …").
//   - "the figures reviewed by X", "the tally prepared by X" → X;
//     "X's figures/tally/count/data" → X.
//   - a phrase ending in a capitalised name → that name in its fullest form
//     in the article: an acronym's expansion ("CNE" → "National Electoral
//     Council"), a surname's full name ("Romero" → "Alfredo Romero"); titles
//     dropped. A coordination of names ("X, Y and the Z") stays whole.
//   - a definite description whose head is a generic organisation noun
//     ("the group", "the organization", "the NGO", "the agency") → the
//     nearest organisation named before; one whose head is an organisation
//     head noun ("the ministry", "the council") → the nearest organisation
//     whose name holds that word ("Ministry of …"), else the description.
//   - anything else keeps its description as written ("a human rights
//     lawyer", "rights groups", "official figures", "Venezuela's government").
//
// Nearest means the last occurrence before the phrase in text order whose
// kind (nameReg evidence) is compatible.

// resolveNP returns the name and kind of the source phrase ts[b..e].
func (a *attributor) resolveNP(ts []atok, b, e int) (string, string) {
	pos := ts[b].Start
	if b == e {
		switch ts[b].lower {
		case "he", "him", "she", "her", "his":
			if n, ok := a.reg.nearest(pos, kindPerson, ""); ok {
				return n, kindPerson
			}
			return ts[b].Text, kindPerson
		case "it", "its":
			if n, ok := a.reg.nearest(pos, kindOrg, ""); ok {
				return n, kindOrg
			}
			return ts[b].Text, ""
		case "which", "who":
			// "X, which said …": the head before the comma
			if b >= 2 && ts[b-1].Text == "," {
				if hb := npLeftFrom(ts, b-2); hb >= 0 && hb <= b-2 && !(hb == b-2 && (ts[hb].lower == "which" || ts[hb].lower == "who")) {
					return a.resolveNP(ts, hb, b-2)
				}
			}
			return ts[b].Text, ""
		}
		if pronouns[ts[b].lower] {
			return ts[b].Text, ""
		}
	}
	// "the tally prepared by X"
	for i := b; i < e; i++ {
		if (ts[i].lower == "by" || (ts[i].lower == "from" || ts[i].lower == "with") && dataNouns[ts[i-1].lower]) && i > b {
			return a.resolveInner(ts, i+1, e)
		}
	}
	// "X's figures"
	for i := b + 1; i < e; i++ {
		if isPossessive(ts[i]) && dataNouns[ts[e].lower] {
			return a.resolveInner(ts, b, i-1)
		}
	}
	// drop a trailing "(ACRONYM)"
	if ts[e].Text == ")" {
		for m := e - 1; m > b; m-- {
			if ts[m].Text == "(" {
				e = m - 1
				break
			}
		}
	}
	if e < b {
		return "", ""
	}
	head := ts[e].lower
	det := ts[b].lower
	definite := det == "the" || det == "this" || det == "that" || det == "its"
	if ts[e].capitalised() && !(definite && b < e && (genericOrgNouns[head] || orgHeads[head]) && !ts[e-1].capitalised()) {
		return a.properName(ts, b, e)
	}
	if definite && (genericOrgNouns[head] || head == "ngo") {
		if n, ok := a.reg.nearest(pos, kindOrg, ""); ok {
			return n, kindOrg
		}
	}
	if definite && orgHeads[head] {
		if n, ok := a.reg.nearest(pos, kindOrg, head); ok {
			return n, kindOrg
		}
	}
	kind := ""
	if genericOrgNouns[head] || orgHeads[head] || head == "ngo" || head == "ngos" || head == "groups" || head == "organizations" || head == "organisations" {
		kind = kindOrg
	} else if roleNouns[strings.TrimSuffix(head, "s")] {
		kind = kindPerson
	}
	return "", kind
}

// resolveInner resolves the phrase ts[b..e] inside a larger source phrase;
// a description keeps its own words ("the union" of "the union's count").
func (a *attributor) resolveInner(ts []atok, b, e int) (string, string) {
	n, k := a.resolveNP(ts, b, e)
	if n == "" {
		n = a.d.Text[ts[b].Start:ts[e].end()]
	}
	return n, k
}

// properName resolves a phrase ending in a capitalised name.
func (a *attributor) properName(ts []atok, b, e int) (string, string) {
	text := a.d.Text
	// coordination of names: keep the whole phrase (minus a leading article)
	for i := b; i <= e; i++ {
		if (ts[i].lower == "and" || ts[i].Text == ",") && i > b && ts[i-1].capitalised() {
			s := b
			if ts[s].Tag == "DT" {
				s++
			}
			return text[ts[s].Start:ts[e].end()], kindOrg
		}
	}
	// the trailing name: capitalised words and connectors between them
	s := e
	for s > b {
		p := ts[s-1]
		if p.capitalised() && !isPossessive(p) {
			s--
			continue
		}
		if isPossessive(p) && s-2 >= b && ts[s-2].capitalised() {
			s--
			continue
		}
		if (nameConnectors[p.lower] || p.lower == "the" || (p.Tag == "DT" && s-2 >= b && nameConnectors[ts[s-2].lower])) && s-2 >= b && (ts[s-2].capitalised() || ts[s-2].Tag == "DT") {
			s--
			continue
		}
		break
	}
	// drop titles and sentence words at the front ("Finance Minister Carlos
	// Vega" → "Carlos Vega"), unless the name is an organisation's
	org := false
	for i := s; i <= e; i++ {
		if orgHeads[ts[i].Text] {
			org = true
		}
	}
	for s < e && nonNames[ts[s].Text] {
		s++
	}
	if !org {
		for k := e - 1; k >= s; k-- {
			if nameTitles[ts[k].Text] && ts[k].capitalised() && !nameConnectors[ts[k+1].lower] {
				s = k + 1
				break
			}
		}
	}
	name := strings.TrimRight(text[ts[s].Start:ts[e].end()], ".")
	full := a.reg.fullest(name, ts[s].Start)
	kind := a.reg.kindOf(full)
	if kind == "" {
		kind = a.reg.kindOf(name)
	}
	// evidence inside the phrase: "the rights group Foro Penal", "President X"
	for i := b; i < s; i++ {
		if genericOrgNouns[ts[i].lower] || ts[i].lower == "ngo" {
			kind = kindOrg
		}
		if roleNouns[ts[i].lower] || nameTitles[ts[i].Text] && ts[i].capitalised() {
			if kind == "" {
				kind = kindPerson
			}
		}
	}
	return full, kind
}
