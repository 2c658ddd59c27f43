// Package lexicon holds the extractor's word tables, each written once:
// cue verbs and their lemmas and classes (cues.go), person titles and
// honorifics (titles.go), months (months.go), currencies written before an
// amount (currency.go), given names by gender (firstnames.go), the speech
// verbs of the quote and name patterns (speech.go) and small character
// helpers (words.go). It imports nothing of the module: the number grammar
// (quantity), the text layer (text) and attribution (attrib) all read it.
//
// Knowledge is data here: a new title, month form, currency abbreviation
// or cue verb is a row of one table, and every list the packages derive
// from it follows.
package lexicon
