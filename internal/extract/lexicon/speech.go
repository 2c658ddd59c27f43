package lexicon

import (
	"regexp"
	"strings"
)

// SpeechTail are the speech-verb forms that close a quotation, before or
// after the speaker: "…,” said Perez; "…,” Perez added.
var SpeechTail = []string{"said", "says", "added", "wrote"}

// SpeechTold is the speech verb that takes the hearer as object: "…,”
// told reporters; it follows a quote only before a name (", told X").
const SpeechTold = "told"

// SpeechNarration are the past forms of narration that only a person does
// right after their name ("Perez recalled", "Perez spoke").
var SpeechNarration = []string{"spoke", "recalled", "explained", "argued", "insisted", "recounted"}

// Alternation returns words as a regular-expression alternation
// ("said|says|…"), each quoted.
func Alternation(words ...[]string) string {
	var all []string
	for _, ws := range words {
		for _, w := range ws {
			all = append(all, regexp.QuoteMeta(w))
		}
	}
	return strings.Join(all, "|")
}
