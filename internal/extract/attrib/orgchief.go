package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule org-chief: "the BGMEA chief", "the IMF boss", "the Unite leader" —
// an organisation's name and a word for its head — is the person the
// article named before with that organisation and a role right before the
// name: "BGMEA President Faruque Hassan Chowdhury said … “…,” the BGMEA
// chief said" (fresh-17 Bangladesh), "IMF Managing Director Kristalina
// Georgieva …", "Unite general secretary Sharon Graham …" (the table
// test's sentences). The nearest such person before the phrase, within
// the article's last 3,000 bytes; none keeps the description.
const ruleOrgChief = "org-chief"

// orgChiefNouns name the head of an organisation after its name.
var orgChiefNouns = lexicon.WordSet(`chief boss head leader`)

// orgChiefStep is rule org-chief as an npStep.
func orgChiefStep(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e < b+2 || ts[b].Lower != "the" || !orgChiefNouns[ts[e].Lower] || ts[e].Capitalised() {
		return "", "", false
	}
	for i := b + 1; i < e; i++ {
		if !ts[i].Capitalised() {
			return "", "", false
		}
	}
	org := a.d.Text[ts[b+1].Start:ts[e-1].End()]
	if n, ok := a.personAfterOrg(ts[b].Start, org); ok {
		return n, kindPerson, true
	}
	return "", "", false
}

// personAfterOrg returns the fullest name of the nearest person named
// before pos within orgChiefReach bytes whose name follows org and a role
// of at most four words ("BGMEA President", "IMF Managing Director",
// "Unite general secretary").
func (a *attributor) personAfterOrg(pos int, org string) (string, bool) {
	txt := a.d.Text
	for i := a.reg.startingBy(pos-1) - 1; i >= 0; i-- {
		e := a.reg.ents[i]
		if e.Start >= pos {
			continue
		}
		if pos-e.Start > orgChiefReach {
			break
		}
		if a.reg.kindOf(e.Name) == kindOrg {
			continue
		}
		before := txt[max(0, e.Start-60):e.Start]
		k := strings.LastIndex(before, org+" ")
		if k < 0 || k > 0 && isWordByte(before[k-1]) {
			continue
		}
		role := strings.Fields(before[k+len(org):])
		if len(role) == 0 || len(role) > 4 || !chiefRoleWords(role) {
			continue
		}
		return a.reg.fullest(e.Name, e.Start), true
	}
	return "", false
}

// chiefRoleModifiers are lower-case words of a compound role between an
// organisation's name and a person's ("Managing Director", "General
// Secretary", "Executive Director", "acting President", "interim CEO").
var chiefRoleModifiers = lexicon.WordSet(`managing general executive acting interim`)

// orgChiefReach is how far back rule org-chief looks for the person.
const orgChiefReach = 3000

// chiefRoleWords reports words that make a role between an organisation's name
// and a person's: a role noun or title ("President", "general secretary",
// "Managing Director", "chief executive") and their modifiers.
func chiefRoleWords(ws []string) bool {
	hasRole := false
	for _, w := range ws {
		l := strings.ToLower(strings.Trim(w, ","))
		switch {
		case roleNouns[l] || lexicon.NameTitles[w] || lexicon.NameTitles[l]:
			hasRole = true
		case lexicon.TitleModifiers[w] || chiefRoleModifiers[l]:
		default:
			return false
		}
	}
	return hasRole
}
