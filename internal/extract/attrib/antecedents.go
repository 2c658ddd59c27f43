package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// The names a "he"/"she" quote speaker cannot refer to (pronounSpeaker):
// an ordered table of named rules, each passing over one name occurrence
// of the walk back from the pronoun. The first that matches decides.

// antecedentCand is a name occurrence pronounSpeaker weighs: the registry
// index i of occurrence e, the fullest form name it stands for, the
// title t read before it, the pronoun p ("he", "she") and its gender g
// ('m' or 'f').
type antecedentCand struct {
	i    int
	e    nameEnt
	name string
	t    string
	p    string
	g    byte
}

// antecedentSkip is a named rule: skip reports an occurrence that is no
// antecedent of the pronoun.
type antecedentSkip struct {
	name string
	skip func(a *attributor, c antecedentCand) bool
}

// antecedentSkips are tried in order on each person-like name occurrence.
var antecedentSkips = []antecedentSkip{
	// a coordination, or a name the article gives the other pronoun or
	// gender ("Ivanka Trump" for "he"); an "and" inside the affiliation
	// after "of" coordinates no people ("Deputy Fire Chief Anne-Marie
	// Thibodeau of Halifax Regional Fire and Emergency said", fresh-16;
	// "Ruth Kamau of the Institute of Energy and Climate")
	{"other-gender", func(a *attributor, c antecedentCand) bool {
		return coordinatesPeople(c.name) || a.otherGender(c.name, c.p) || otherGender(c.e.gender, c.g) ||
			otherGender(a.reg.gender[c.name], c.g) || otherGender(nameGender("", 0, c.t), c.g)
	}},
	// "Brendan Buck, a spokesman for House Speaker Paul Ryan, said": Buck speaks
	{"role-object", func(a *attributor, c antecedentCand) bool { return a.roleObject(c.e) }},
	// "X told Ahram Online that …": X speaks on (addressee.go)
	{"addressee-of-tell", func(a *attributor, c antecedentCand) bool { return a.addresseeOfTell(c.i) }},
	// "Sandy Phillips, who lost her daughter … in Aurora, Colorado, in
	// July 2012, said": no "she" is Colorado
	{"day-or-place", func(a *attributor, c antecedentCand) bool {
		return (dayOrPlaceName(c.e) || a.reg.holidayName(c.e)) && a.reg.kindOf(c.e.Name) != kindPerson
	}},
	// a place closing the speaker's appositive, right before the comma
	// and the speech verb: "Amir Yaron, speaking at a conference in Tel
	// Aviv, said", "Yumiko Ishida, a mother of three in Setagaya, said",
	// "Alasdair MacLeod, who runs a haulage firm in Tobermory, said"
	// (articles-dev-2) and "… in Aurora, Colorado, … said" (PolNeAR
	// train) when the place is in no gazetteer: where the speaker is, not
	// the speaker (placeObject), even where the registry counted its ", said"
	// as a person's (a name with a title, a gender or a known given name
	// stays a candidate)
	{"place-object", func(a *attributor, c antecedentCand) bool {
		return c.t == "" && c.e.gender == 0 && lexicon.GivenNameGender(c.e.words[0]) == 0 && a.placeObject(c.e)
	}},
	// a campus or seat after an organisation's name and a comma: "a
	// criminologist at the University of the West Indies, Mona, told"
	// (articles-dev-2), "the University of California, San Diego",
	// "…, Davis" (PolNeAR train); a name of two words or more that opens
	// with a known given name stays a candidate ("the chief of Acme,
	// Joseph Siror, said")
	// ("The ECA's regional director for North Africa, Khaled Mansouri,
	// said", articles-dev-6: a full name after a role's organisation,
	// "ROLE for|of ORG, NAME,", is the role holder's: roleOwnerBefore)
	{"org-seat", func(a *attributor, c antecedentCand) bool {
		return c.t == "" && (len(c.e.words) == 1 || lexicon.GivenNameGender(c.e.words[0]) == 0) && a.afterOrgComma(c.i) &&
			!(len(c.e.words) >= 2 && a.roleOwnerBefore(c.i-1))
	}},
	// the body a person is with, named after the person and "of":
	// "Economist Manuel Orozco of the Inter-American Dialogue said. “…,” he
	// said" (web-dev-6) is Orozco's even when the body's head is no known
	// organisation's (a name with a title or a known given name stays a
	// candidate)
	{"affiliation-of", func(a *attributor, c antecedentCand) bool {
		return c.t == "" && c.e.gender == 0 && lexicon.GivenNameGender(c.e.words[0]) == 0 && a.afterPersonOf(c.i)
	}},
}

// afterPersonOf reports the name occurrence i of the registry right after
// a person's name and "of" or "of the" ("Manuel Orozco of the
// Inter-American Dialogue"): a person by a title, a gender or a known
// given name, or by the article's evidence.
func (a *attributor) afterPersonOf(i int) bool {
	if i == 0 {
		return false
	}
	e, prev := a.reg.ents[i], a.reg.ents[i-1]
	if prev.End > e.Start || len(prev.words) < 2 {
		return false
	}
	gap := strings.Fields(strings.ToLower(a.d.Text[prev.End:e.Start]))
	if len(gap) == 0 || gap[0] != "of" || len(gap) > 2 || len(gap) == 2 && gap[1] != "the" {
		return false
	}
	return prev.title != "" || prev.gender != 0 || lexicon.GivenNameGender(prev.words[0]) != 0 || a.reg.kindOf(prev.Name) == kindPerson
}

// roleOwnerBefore reports the registry's name occurrence i as the object
// of a role noun and "for" or "of" ("regional director for North Africa",
// "the chief of Acme"; a "the" between passed over): the name after its
// comma is the role holder's, no seat of the organisation.
func (a *attributor) roleOwnerBefore(i int) bool {
	if i < 0 {
		return false
	}
	before := strings.Fields(a.d.Text[max(0, a.reg.ents[i].Start-40):a.reg.ents[i].Start])
	k := len(before) - 1
	if k >= 0 && strings.EqualFold(before[k], "the") {
		k--
	}
	return k >= 1 && (before[k] == "for" || before[k] == "of") && roleNouns[strings.ToLower(before[k-1])]
}

// coordinatesPeople reports a name holding "and" before any "of" that
// opens an affiliation: "Ann Moss and Tom Lee", not "Ann Moss of the
// Department of Roads and Highways".
func coordinatesPeople(name string) bool {
	if i := strings.Index(name, " of "); i >= 0 {
		name = name[:i]
	}
	return strings.Contains(name, " and ")
}

// afterOrgComma reports the name occurrence i of the registry right after
// an organisation's name and a comma ("the University of the West Indies,
// Mona").
func (a *attributor) afterOrgComma(i int) bool {
	if i == 0 {
		return false
	}
	e, prev := a.reg.ents[i], a.reg.ents[i-1]
	// (the seat is set off by commas on both sides: "…, Mona, told"; "It
	// will cost Acme Corp, Smith said" names a speaker)
	return prev.End <= e.Start && strings.TrimSpace(a.d.Text[prev.End:e.Start]) == "," && strings.HasPrefix(a.d.Text[e.End:], ",") &&
		(a.reg.kindOf(prev.Name) == kindOrg || hasOrgHead(prev.words))
}

// explainAntecedent records, for --explain, how a "he"/"she" speaker was
// resolved by the walk back over names: "he-she/subject", "he-she/nearest",
// "he-she/speech-adjacent", with the first name passed over and the
// antecedentSkips rule that passed it ("he-she/subject past Tel Aviv
// (place-object)").
func (a *attributor) explainAntecedent(src *claims.Source, how string) {
	if a.nameRules != nil {
		a.nameRules[src] = "he-she/" + how
	}
}

// antecedentSkipped names the rule of antecedentSkips that passes over
// candidate c, or "".
func (a *attributor) antecedentSkipped(c antecedentCand) string {
	for _, r := range antecedentSkips {
		if r.skip(a, c) {
			return r.name
		}
	}
	return ""
}

// placeObject reports a name occurrence that is the object of a place
// preposition ("in", "at", "near", … placePrepositions; a "the" between
// passed over: "at the Ferguson yard").
func (a *attributor) placeObject(e nameEnt) bool {
	before := strings.Fields(a.d.Text[max(0, e.Start-16):e.Start])
	k := len(before) - 1
	if k >= 1 && strings.EqualFold(before[k], "the") {
		k--
	}
	if k < 0 || !placePrepositions[strings.ToLower(before[k])] {
		return false
	}
	// (a possessive is no place: "In Trump's view", "at Smith's home")
	after := a.d.Text[e.End:min(len(a.d.Text), e.End+4)]
	return !strings.HasPrefix(after, "'s") && !strings.HasPrefix(after, "’s")
}

// subjectForm is a named reading by which subjectLike takes the name
// whose tokens are ts[b..j] for its clause's subject besides a finite verb
// right after it (or after an appositive it opens).
type subjectForm struct {
	name string
	ok   func(ts []text.Token, b, j int) bool
}

// subjectForms: "Jackie Baillie was scathing." (copula-adjective: a form
// of "be" and an adjective right after the name; articles-dev-2, and "X
// was unrepentant. “…,” he said" in British and Commonwealth copy) and
// "The minority spokesperson on finance, Dr Cassiel Ato Forson, welcomed
// the rise" (appositive-name-verb: the name closes an appositive opened by
// a comma, a finite verb right after its closing comma; "The managing
// director, Joseph Siror, said", wire copy).
var subjectForms = []subjectForm{
	{"copula-adjective", func(ts []text.Token, b, j int) bool {
		return j+2 < len(ts) && lexicon.FiniteBe[ts[j+1].Lower] && (ts[j+2].Tag == "JJ" || ts[j+2].Tag == "VBG")
	}},
	{"appositive-name-verb", func(ts []text.Token, b, j int) bool {
		for b > 0 && lexicon.NameTitles[ts[b-1].Text] {
			b--
		}
		return b > 0 && ts[b-1].Text == "," && j+2 < len(ts) && ts[j+1].Text == "," && finiteTag(ts[j+2].Tag)
	}},
	// "On Wednesday it had 97 patients, according to the hospital's
	// director, Dr Jean-Baptiste Nsengimana." ¶ "…," he said: the source
	// of "according to" speaks as a subject does (articles-dev-6 Rwanda;
	// "according to its director, X" in wire copy, fresh sets)
	{"according-to-source", func(ts []text.Token, b, j int) bool {
		for m := b - 1; m >= 1 && b-m <= 10; m-- {
			if accordingToAt(ts, m-1) {
				return true
			}
			if ts[m].Text == "." || ts[m].Text == ";" || ts[m].Tag == "``" || finiteTag(ts[m].Tag) {
				return false
			}
		}
		return false
	}},
	// "One of the new faces is Democratic MP-elect Nomin Altangerel, 29,
	// who won …" ¶ "…," she said: a person presented by a copula, an age
	// or a relative clause after the name (articles-dev-6 Mongolia;
	// "Among the injured was Maria Lopez, 45, who …")
	{"presented-name", func(ts []text.Token, b, j int) bool {
		m := b - 1
		for m > 0 && (lexicon.NameTitles[ts[m].Text] || ts[m].Capitalised() && ts[m].Tag == "JJ" || ts[m].Tag == "NNP") {
			m-- // titles and a party's adjective before the name
		}
		if m < 1 || !lexicon.FiniteBe[ts[m].Lower] || j+2 >= len(ts) || ts[j+1].Text != "," {
			return false
		}
		return ts[j+2].Tag == "CD" || ts[j+2].Lower == "who"
	}},
}

// finiteTag reports the tag of a finite verb or a modal.
func finiteTag(tag string) bool {
	return tensedTag(tag) || tag == "MD"
}

// tensedTag reports the tag of a verb in the past or present tense
// (VBD, VBZ, VBP): a finite verb that is no modal.
func tensedTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP"
}

// subjectFormOf names the subjectForms row that reads ts[b..j] as a
// subject, or "".
func subjectFormOf(ts []text.Token, b, j int) string {
	for _, f := range subjectForms {
		if f.ok(ts, b, j) {
			return f.name
		}
	}
	return ""
}
