package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rule titled-place: a name chunk that opens with a title word but spells a
// place of lexicon.TitledPlaces ("Prince Edward Island's rental vacancy
// rate", "nurses in Prince George") keeps its first word: it is no title,
// and the chunk no titled person ("Edward Island" that "he said" then
// took as its antecedent, web-dev-5 ca-pei-housing).
const ruleTitledPlace = "titled-place"

// titledPlace reports whether words open with a place of
// lexicon.TitledPlaces (two or three words, a possessive on the last).
func titledPlace(words []string) bool { return titledPlaceLen(words) > 0 }

// titledPlaceLen returns the number of words of the place of
// lexicon.TitledPlaces that words open with, or 0.
func titledPlaceLen(words []string) int {
	if len(words) < 2 || !lexicon.NameTitles[words[0]] {
		return 0
	}
	name := words[0]
	for i, w := range words[1:min(3, len(words))] {
		name += " " + strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if lexicon.TitledPlaces[name] {
			return i + 2
		}
	}
	return 0
}

// onlyTitledPlace reports a chunk that is a titled place and nothing
// more: no name of a person nor a source ("Prince Edward Island's").
func onlyTitledPlace(words []string) bool {
	n := titledPlaceLen(words)
	return n > 0 && n == len(words)
}
