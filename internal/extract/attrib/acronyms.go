package attrib

import (
	"strings"
	"unicode"
)

// Names with commas and acronyms. An organisation's name may hold a comma
// ("Ministry of Trade, Industry and Energy", "Department of Agriculture,
// Fisheries and Forestry"); the chunker cuts it there. When an acronym in
// parentheses follows and its letters are the initials of both parts, the
// two chunks are one name (commaName), and the acronym and the last part
// both stand for it wherever the article uses them (nameReg.acronyms, read
// by fullest and kindOf).

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
// Energy" spells MOTIE and MTIE.
func spellsAcronym(name, acr string) bool {
	var letters []rune
	for _, c := range acr {
		if unicode.IsUpper(c) {
			letters = append(letters, c)
		}
	}
	words := strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == ',' || c == '-' })
	i := 0
	for _, w := range words {
		c := unicode.ToUpper([]rune(w)[0])
		capital := unicode.IsUpper([]rune(w)[0])
		switch {
		case i < len(letters) && letters[i] == c:
			i++
		case capital:
			return false // a capitalised word the acronym skips
		}
	}
	return i == len(letters)
}
