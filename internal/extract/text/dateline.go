package text

import (
	"strings"
	"unicode"
)

// A dateline opens a story with the place it was filed from, in capitals,
// before a mark: "WINNIPEG — ", "SYDNEY (Reuters) - ", "KUALA LUMPUR: ",
// "HONG KONG, May 3 -", "SUVA, Fiji —".

// datelineMarks end a dateline's place.
var datelineMarks = []string{":", "—", "–", "-", ",", "("}

// Dateline returns the place of a dateline opening txt (after spaces and
// line breaks), or "" when txt opens with none, and the offset just after
// its mark; the offset is -1 when the mark is "," or "(", after which the
// dateline goes on ("HONG KONG, May 3 -", "SYDNEY (Reuters) -").
func Dateline(txt string) (place string, end int) {
	st := len(txt) - len(strings.TrimLeft(txt, " \n"))
	e := st
	for e < len(txt) && e-st < 40 && (txt[e] >= 'A' && txt[e] <= 'Z' || txt[e] == ' ' || txt[e] == '.' || txt[e] == '\'') {
		e++
	}
	place = strings.TrimRight(txt[st:e], " ")
	if len(place) < 3 {
		return "", -1
	}
	rest := strings.TrimLeft(txt[st+len(place):], " ")
	for _, m := range datelineMarks {
		if strings.HasPrefix(rest, m) {
			if m == "," || m == "(" {
				return place, -1
			}
			return place, len(txt) - len(rest) + len(m)
		}
	}
	return "", -1
}

// IsDatelinePlace reports whether name, found at offset start of txt,
// opens the text in capitals before a dateline's mark ("KUALA LUMPUR: …",
// "LAGOS — …", "SUVA, Fiji —"): the place a story was filed from.
func IsDatelinePlace(txt string, start int, name string) bool {
	if start+len(name) > len(txt) || strings.TrimSpace(txt[:start]) != "" || !AllCaps(name) {
		return false
	}
	rest := strings.TrimLeft(txt[start+len(name):], " ")
	for _, m := range datelineMarks {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// AllCaps reports whether w has letters and no lower-case one ("LAGOS",
// "O'REILLY").
func AllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
