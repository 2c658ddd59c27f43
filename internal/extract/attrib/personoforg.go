package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// givenPersonOfOrg reports a chunk "… <given name> <surname> of (the)
// <organisation>" that is a person and the body he or she is with, not one
// name: the two words before "of" are a known given name and a capitalised
// word, and the words after it hold an organisation's head ("Joseph Mukasa
// of the Africa Institute for Energy Governance said", "Assistant
// Commissioner Paul Nyathi of the Zimbabwe Republic Police said",
// articles-dev-2; "Andrew J. Pincus of the law firm Mayer Brown", "Kaveh
// Majlesi of Lund University", PolNeAR train). splitNameOfPlace cuts such
// a chunk in two, as it cuts "Senator Ann Moss of Ohio", so that "Mr
// Mukasa" later resolves to the person and a "he" finds him.
func givenPersonOfOrg(before []string, after string) bool {
	n := len(before)
	if n < 2 || lexicon.GivenNameGender(before[n-2]) == 0 || !unicode.IsUpper(attrFirstRune(before[n-1])) || nonNames[before[n-1]] {
		return false
	}
	return hasOrgHead(strings.Fields(after))
}

// partyWordBefore reports a word w that stripLeadingTitles drops from a
// chunk's start as a sentence word the article also writes in lower case,
// and that, before a member's initialism (lexicon.InitialismTitles: "MP",
// "MLA", "TD" …), is the party or side the member sits for: "Opposition
// MP Harsha de Silva" in an article that also writes "the opposition"
// (articles-dev-2), "Independent MP Zali Steggall" with "an independent"
// (Australian copy), as "Labour MP Jess Phillips" is read whole. Function
// words (nonNames: "But MP Materials said") are none.
func partyWordBefore(w string, lower *lowerWords) bool {
	return w != "" && !nonNames[w] && !sentenceOpeners[w] && unicode.IsUpper(attrFirstRune(w)) && lower.has(strings.ToLower(w))
}
