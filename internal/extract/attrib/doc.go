// Package attrib finds who asserts each numeric claim and with which cue,
// and what the claim counts (subject) and happens to it (event).
//
// attribution.go orders the rules: the quote a number stands in and its
// speaker (quotes.go, speaker*.go, transcript.go, nameline.go), the cues of its sentence
// (according to, by X's count, in a survey, possessive cues, revised
// counts, data and estimate verbs, hedges, cue verbs: accordingto.go,
// insurvey.go, absolutepassive.go, verbcue.go, votecue.go, possessive.go,
// figures.go, relatives.go, cues.go), a paragraph's lead-in and a survey
// opening the paragraph; then the rules that take a source away
// (unsourced.go, packagesize.go). A source phrase is resolved to the
// fullest name the article gives (names.go, namechunk.go, coref.go,
// appositive.go, phrases.go). Each cue found carries the name of the rule
// that found it, for `extract explain`. subject.go reads the subject and
// event from the tags.
//
// It reads sentences and tokens from text, mentions from quantity and word
// tables from lexicon; nothing below imports it.
package attrib
