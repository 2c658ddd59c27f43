package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Names with commas and acronyms. An organisation's name may hold a comma
// ("Ministry of Trade, Industry and Energy", "Department of Agriculture,
// Fisheries and Forestry"); the chunker cuts it there. When an acronym in
// parentheses follows and its letters are the initials of both parts, the
// two chunks are one name (commaName), and the acronym and the last part
// both stand for it wherever the article uses them (nameReg.acronyms, read
// by fullest and kindOf). Without an acronym, a body's name whose last part
// is a coordination of capitalised words is one name too (listName).

// commaName returns the name running over a comma before the acronym acr,
// when the registry's last name (the part after the comma) and the one
// before it, joined by ", ", spell acr by their initials.
func (r *nameReg) commaName(text, acr string) (string, bool) {
	n := len(r.ents)
	if n < 2 {
		return "", false
	}
	last, prev := r.ents[n-1], r.ents[n-2]
	if last.Start-prev.End > 2 || strings.TrimSpace(text[prev.End:last.Start]) != "," {
		return "", false
	}
	full := text[prev.Start:last.End]
	if !spellsAcronym(full, acr) || spellsAcronym(text[last.Start:last.End], acr) {
		return "", false
	}
	return full, true
}

// spellsAcronym reports whether the capitals of acr are the initials of
// name's words in order, every capitalised word giving one and connectors
// ("of", "and", "for") giving one or none: "Ministry of Trade, Industry and
// Energy" spells MOTIE and MTIE; "Center for Research, Transparency and
// Accountability" spells CRTA (the "and" giving none: a connector's letter
// is tried both ways).
func spellsAcronym(name, acr string) bool {
	var letters []rune
	for _, c := range acr {
		if unicode.IsUpper(c) {
			letters = append(letters, c)
		}
	}
	words := strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == ',' || c == '-' })
	if len(words) > 16 {
		return false
	}
	return spellsFrom(words, letters)
}

// spellsFrom matches letters to the initials of words: a capitalised
// word gives its initial, a lower-case one its initial or none.
func spellsFrom(words []string, letters []rune) bool {
	if len(words) == 0 {
		return len(letters) == 0
	}
	r := []rune(words[0])[0]
	if len(letters) > 0 && letters[0] == unicode.ToUpper(r) && spellsFrom(words[1:], letters[1:]) {
		return true
	}
	return !unicode.IsUpper(r) && spellsFrom(words[1:], letters)
}

// listName returns the name running over the commas of a public body's
// list of remits (rule comma-listed-name) and the first part's name: the
// registry's last name is a coordination of capitalised words with no
// organisation head and no given name ("Invalids and Social Affairs",
// "Space and Technology"), names of one or two words may stand between,
// each after ", ", and the first part holds a public body's head before
// "of", "for" or "on" ("Ministry of Labour", "Department for Environment",
// "Committee on Science"): "Vietnam's Ministry of Labour, Invalids and
// Social Affairs said" (fresh-15), PolNeAR train "the House of
// Representatives Committee on Science, Space and Technology", and the
// issue-16 form "Ministry of Trade, Industry and Energy". A person after
// a minister's comma ("Minister for Housing, Darragh O'Brien") is no
// coordination.
func (r *nameReg) listName(text string) (string, string, bool) {
	n := len(r.ents)
	if n < 2 {
		return "", "", false
	}
	last := r.ents[n-1]
	if !listTail(last.words) {
		return "", "", false
	}
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		e, next := r.ents[k], r.ents[k+1]
		if next.Start-e.End != 2 || text[e.End:next.Start] != ", " {
			return "", "", false
		}
		if remitHead(e.words) {
			return text[e.Start:last.End], e.Name, true
		}
		if len(e.words) > 2 || hasOrgHead(e.words) || lexicon.GivenNameGender(e.words[0]) != 0 {
			return "", "", false
		}
	}
	return "", "", false
}

// listTail reports a coordination of capitalised words ("Invalids and
// Social Affairs", "Food and Rural Affairs") with no organisation head
// and no given name: the last remits of a body's name.
func listTail(words []string) bool {
	and := false
	for i, w := range words {
		switch {
		case w == "and" || w == "&":
			and = and || i > 0 && i < len(words)-1
		case !unicode.IsUpper(attrFirstRune(w)):
			return false
		case lexicon.GivenNameGender(w) != 0 || lexicon.OrgHeads[w]:
			return false
		}
	}
	return and
}

// remitLinks join a public body's head to its remit: "Ministry of",
// "Department for", "Committee on".
var remitLinks = lexicon.WordSet(`of for on`)

// remitHead reports a name holding a public body's head before "of",
// "for" or "on": "Ministry of Labour", "Department for Environment".
func remitHead(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if lexicon.PublicBodyHeads[words[i]] && remitLinks[words[i+1]] {
			return true
		}
	}
	return false
}

// initialsAcronyms reads an acronym the article never defines in
// parentheses as the one name of the article whose initials spell it
// (rule initials-acronym): "the International Monetary Fund said … the
// IMF said" (articles-dev-4 Cambodia), "the Norwegian Refugee Council
// said … The NRC report said" (articles-dev-4 Lebanon, the acronym in the
// headline first), PolNeAR train "the Federal Election Commission … the
// FEC". Two names spelling it leave it as written; so does a name of one
// word.
func (r *nameReg) initialsAcronyms() {
	for _, e := range r.ents {
		if len(e.words) != 1 || len(e.Name) > 6 || !isAcronymWord(e.Name) || strings.ContainsAny(e.Name, ".&-") {
			continue
		}
		if _, ok := r.acronyms[e.Name]; ok {
			continue
		}
		full := ""
		for _, f := range r.ents {
			if len(f.words) < 2 || f.Name == full || attrFirstRune(f.Name) != attrFirstRune(e.Name) || !spellsAcronym(f.Name, e.Name) {
				continue
			}
			if full != "" {
				full = ""
				break // two names spell it
			}
			full = f.Name
		}
		if full != "" {
			r.acronyms[e.Name] = full
		}
	}
}
