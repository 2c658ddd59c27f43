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
		for j+1 < len(lines) && continuesOn(lines[j], lines[j+1], words[j]) {
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
