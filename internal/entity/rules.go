package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The rules that join a source name to an entity, as recorded in
// Entity.Aliases[i].Rule. A name whose normalised key is the entity's own
// has the rule of its normalisation (RuleSpelling … RulePartners) or none.
const (
	// RuleSpelling: spacing, apostrophes, periods, case or a leading "the"
	// ("Donald\u00a0Trump", "the AP", "POLITICO").
	RuleSpelling = "spelling"
	// RuleTitle: a person's titles, party labels or "Jr." dropped
	// ("Republican Donald Trump", "Sen. Ted Cruz").
	RuleTitle = "title"
	// RuleLegalForm: an organisation's legal form dropped ("Zayre Corp",
	// "Unilever Plc", "Comalco Ltd." and "Comalco"; lexicon.CompanyLegalForms).
	RuleLegalForm = "legal-form"
	// RulePartners: the partners of a joint name in either order, with "/"
	// or "-" ("ABC News/Washington Post", "Washington Post-ABC News").
	RulePartners = "partners"
	// RuleHeadline: a run of capitals before a name that is stored on its
	// own, a wire headline's words the name was read with ("BID Rospatch
	// Corp" → "Rospatch Corp", "DAYS Sumner Redstone" → "Sumner Redstone").
	RuleHeadline = "headline-prefix"
	// RuleMiddleName: a middle name or initial ("Donald J. Trump").
	RuleMiddleName = "middle-name"
	// RuleSurname: a surname alone, of the one person who bears it.
	RuleSurname = "surname"
	// RuleAcronymDefined: an acronym defined for the organisation in an
	// article ("Pacific Gas & Electric (PG&E)").
	RuleAcronymDefined = "acronym-defined"
	// RuleAcronymInitials: an acronym spelling the one organisation of those
	// initials that an article using it names ("AP", "Associated Press").
	RuleAcronymInitials = "acronym-initials"
)

// descriptionNouns are common nouns that, capitalised alone at the start
// of a sentence ("Analysts said", "Government figures show", "Police
// said", wire shorthand "Company said"), describe a source of each article
// rather than name one: no entity.
var descriptionNouns = lexicon.Union(lexicon.StaffRoles, lexicon.RecordingBodies, lexicon.AnonymousSourceNouns,
	lexicon.MediaNouns, lexicon.DocNouns, lexicon.CompanyWords)

// isDescriptionWord: a lone word that is one of descriptionNouns (or its
// plural) written in lower case or capitalised, not in capitals ("POLICE"
// may be a wire headline, "WHO" an acronym).
func isDescriptionWord(w string) bool {
	if len(w) > 1 && w == strings.ToUpper(w) {
		return false
	}
	lw := strings.ToLower(w)
	return descriptionNouns[lw] || descriptionNouns[strings.TrimSuffix(lw, "s")]
}

// dropLegalForm drops the legal forms that end an organisation's name
// ("Enfield Corp Ltd" → "Enfield"), keeping at least one word and never
// leaving a connector last ("Harris Upham and Co" stays whole).
func dropLegalForm(words []string) ([]string, bool) {
	n := len(words)
	for n > 1 && lexicon.CompanyLegalForms[strings.TrimLeft(words[n-1], ",")] {
		n--
		words[n-1] = strings.TrimRight(words[n-1], ",")
	}
	if n == len(words) || connectors[strings.ToLower(words[n-1])] {
		return words, false
	}
	return words[:n], true
}

// partnersKey orders the partners of a joint name: the key's parts split
// at "/", and at a "-" with two words on one side ("washington post-abc
// news"; not "coca-cola"), sorted and joined by "/"; ok is false when the
// key has one part.
func partnersKey(key string) (string, bool) {
	parts := strings.Split(key, "/")
	var out []string
	for _, p := range parts {
		out = append(out, splitHyphenPartners(strings.TrimSpace(p))...)
	}
	if len(out) < 2 {
		return key, false
	}
	sort.Strings(out)
	return strings.Join(out, "/"), true
}

// splitHyphenPartners splits a part at each "-" that joins two words of
// which the text on one side holds a space ("post-abc" in "washington
// post-abc news").
func splitHyphenPartners(p string) []string {
	words := strings.Split(p, " ")
	for i, w := range words {
		j := strings.IndexByte(w, '-')
		if j <= 0 || j == len(w)-1 || strings.Count(w, "-") != 1 {
			continue
		}
		left := strings.Join(append(append([]string{}, words[:i]...), w[:j]), " ")
		right := strings.Join(append([]string{w[j+1:]}, words[i+1:]...), " ")
		if strings.Contains(left, " ") || strings.Contains(right, " ") {
			return append([]string{left}, splitHyphenPartners(right)...)
		}
	}
	return []string{p}
}

// capsPrefix returns the number of words in capitals that open words
// before a name in mixed case of at least two words ("AGREES TO BUY CHAIN
// Convenient Food Mart Inc", "SETS INITIAL QUARTERLY DIVIDEND FFB Corp"),
// or 0. A place acronym ("U.S.") is no
// headline word.
func capsPrefix(words []string) int {
	i := 0
	for i < len(words) && allCaps(words[i]) && !strings.ContainsAny(words[i], ".&") && !lexicon.PlaceAcronyms[words[i]] {
		i++
	}
	if i > 1 && len(words)-i == 1 && lexicon.CompanyLegalForms[words[i]] {
		i-- // "… INSTITUTIONS IMRE Corp": the company's name is in capitals too
	}
	if i == 0 || len(words)-i < 2 {
		return 0
	}
	for _, w := range words[i:] {
		if !allCaps(w) {
			return i
		}
	}
	return 0
}

// allCaps: a word with a letter and no lower-case letter.
func allCaps(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// headlinePrefixes (step 1b): a name read with a wire headline's words
// before it joins the name without them when that is stored too, when
// another name is read with other headline words before the same name, or
// when two or more words in capitals stand before it ("TO MAKE
// ACQUISITION Community Bank System Inc"; one word may be an acronym of
// the name: "NBC News").
func (rs *resolver) headlinePrefixes() {
	byTail := map[string][]string{}
	for k := range rs.groups {
		if t := rs.form(k).headTail; t != "" && t != k {
			byTail[t] = append(byTail[t], k)
		}
	}
	for t, ks := range byTail {
		sure := rs.groups[t] != nil || len(ks) >= 2
		for _, k := range ks {
			sure = sure || rs.form(k).headWords >= 2
		}
		if !sure {
			continue
		}
		for _, k := range ks {
			rs.join(k, t, RuleHeadline)
		}
	}
}
