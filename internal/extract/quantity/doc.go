// Package quantity is the number grammar: it finds the number expressions
// of a sentence and reads each as an interval with a qualifier, a unit, a
// direction of change and a kind (claim, date, year, time, duration,
// ordinal, identifier, other). Find takes one sentence and
// returns its Mentions with byte offsets.
//
// It is a hand-written scanner: lex.go splits the text into light lexemes
// and looks each word up once in the vocabulary (vocab.go, built from the
// lexicon's tables); numbers.go reads digits, number words and codes;
// units.go currencies, scales and units; qualifiers.go qualifiers and
// ranges; kind.go the kind, as the ordered table of named rules kindRules;
// change.go the direction of change; numberwords.go the number words that
// count nothing. Every Mention names the rules that decided it (Rules),
// which `extract explain` prints.
//
// It imports the lexicon only (and the claim model for its constants): no
// prose, no tagger, so it builds and tests in well under a second.
package quantity
