package ingest

import (
	"strings"
	"unicode"
)

// Hard-wrapped paragraphs: a page whose source breaks its paragraphs at a
// fixed width (hand-written HTML, converted plain text, <pre>-less
// mailing-list archives) comes out of a scraper's dump as a paragraph
// spread over several lines, none of which looks like a paragraph alone:
//
//	The first published reference to folding and cutting of which we are aware is a
//	Japanese book, Wakoku Chiyekurabe
//	(Mathematical Contests), by Kan Chu Sen, published in 1721. This book contains
//	a variety of problems for testing mathematical intelligence.
//
// wrapLinks finds such runs: line i continues on line i+1 when i is a
// line of at least minWrapWords words that does not end a sentence and the
// next line starts with a word in lower case; a run counts only when it
// ends a sentence and holds at least 10 words in all. A menu, a list of
// headlines, subheadings over paragraphs or a table never chain this way:
// their lines start with capitals. (A line that breaks off before a
// capitalised word — "… is a" / "Japanese book, …" — is not joined: a
// headline over a paragraph looks the same.)
const minWrapWords = 6

// wrapLinks reports, per line, whether it continues on the next line of a
// hard-wrapped paragraph (joins) and whether it belongs to one (in).
func wrapLinks(lines []string, words []int) (joins, in []bool) {
	for i := 0; i+1 < len(lines); i++ {
		if !continuesOn(lines[i], lines[i+1], words[i]) {
			continue
		}
		// a run from i to j
		j, n := i+1, words[i]
		for j+1 < len(lines) && (continuesOn(lines[j], lines[j+1], words[j]) || goesOnInside(lines[j], lines[j+1], words[j])) {
			n += words[j]
			j++
		}
		n += words[j]
		if n >= 10 && endsSentence(lines[j]) {
			if joins == nil {
				joins, in = make([]bool, len(lines)), make([]bool, len(lines))
			}
			for k := i; k <= j; k++ {
				in[k] = true
				joins[k] = k < j
			}
		}
		i = j
	}
	return joins, in
}

// continuesOn: line a (of w words) is cut short and b goes on with it: a
// does not end a sentence and b starts with a word in lower case ("a
// variety of …"; not a brand written "iPhone" or "eBay").
func continuesOn(a, b string, w int) bool {
	if a == "" || b == "" || w < minWrapWords || endsSentence(a) {
		return false
	}
	first := b
	if k := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		first = b[:k]
	}
	if first == "" {
		return false
	}
	for _, r := range first {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// goesOnInside: inside a run (line a goes on from the line before it), a
// line cut short after a word that ends no sentence, headline or label (a
// preposition, an article, a conjunction, an auxiliary: wrapOnWords) goes
// on in the next one even when that one opens with a capital ("… doesn’t
// play well with" / "JavaScript’s recent focus on …", "… signed by the" /
// "European Commission …"). The next line must read on as a line of the
// paragraph: as long as a wrapped line (minWrapWords) or the paragraph's
// last (ending a sentence).
func goesOnInside(a, b string, w int) bool {
	if a == "" || b == "" || w < minWrapWords || endsSentence(a) {
		return false
	}
	last := a[strings.LastIndexByte(a, ' ')+1:]
	if !wrapOnWords[last] {
		return false
	}
	return lineWords(b) >= minWrapWords || endsSentence(b)
}

// wrapOnWords are the English words a line of prose can break off after
// but a sentence, a headline or a label does not end with.
var wrapOnWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "from": true, "with": true, "into": true, "onto": true, "than": true,
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true, "whose": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"your": true, "my": true, "this": true, "these": true, "those": true, "as": true, "if": true,
	// German (whose nouns open with a capital, so that most wrapped lines go on in one)
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einer": true, "einen": true, "einem": true, "eines": true, "und": true,
	"oder": true, "mit": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true,
	"für": true, "auf": true, "im": true, "ist": true, "sind": true, "wird": true, "werden": true,
	"nach": true, "bei": true, "über": true, "unter": true, "durch": true, "sich": true, "seine": true,
	"ihre": true, "als": true, "wie": true, "dass": true,
	// French, Spanish, Italian, Portuguese, Dutch
	"de": true, "du": true, "le": true, "la": true, "les": true, "et": true, "à": true,
	"un": true, "une": true, "el": true, "los": true, "las": true, "del": true, "y": true, "il": true,
	"di": true, "e": true, "het": true, "een": true, "en": true, "van": true, "o": true, "os": true,
}
