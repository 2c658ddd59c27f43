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

// PlainSpeechLemmas are the lemmas of CueVerbs that plainly report speech
// ("said", "told", "added", "noted", "explained", "argued", "warned",
// "insisted"): attrib's reportedLead reads these alone; quantity's
// speechVerb and attrib's noun-tagged cues take WrittenSpeechLemmas and
// words of their own besides.
var PlainSpeechLemmas = WordSet(`say tell add note explain argue warn insist`)

// WrittenSpeechLemmas are the lemmas of CueVerbs that report speech in
// writing: "wrote", "tweeted".
var WrittenSpeechLemmas = WordSet(`write tweet`)

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

// LeadInMedia are where a lead-in says it was said ("X said in a
// statement:", "Y wrote on Facebook:"): a colon after them opens the
// content in the next paragraph (attrib.leadIn).
var LeadInMedia = WordSet(`statement statements post posting tweet tweets email e-mail letter memo memorandum
interview speech release blog op-ed column essay newsletter message filing twitter facebook instagram linkedin
x threads truth substack youtube video podcast`)

// Articles are the articles ("The Red Cross", "a new poll").
var Articles = WordSet(`the a an`)

// DeterminerWords open a noun phrase: articles and possessives.
var DeterminerWords = WordSet(`a an the his her its their our my your this that`)

// WordsOfNouns name what a quote was, said after it of its speaker: "“…”
// ¶ Those were the words of Helen Dickinson, …", "“…” That was the verdict
// of one analyst, Ruth Oyelaran." (a demonstrative, a copula, "the", one of
// these nouns and "of" the speaker).
var WordsOfNouns = WordSet(`words word verdict view views assessment warning message advice reaction response
plea comment comments judgment judgement conclusion diagnosis prediction forecast`)

// SourceGroupNouns name people who speak to reporters as a few ("Two
// officials said", "three sources told Reuters", "Two people familiar with
// the matter said"), never the respondents of a poll.
var SourceGroupNouns = WordSet(`officials sources people aides diplomats analysts economists executives lawmakers
advisers advisors bankers traders witnesses insiders ministers negotiators officers`)
