package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameChunks returns the [start, end) byte spans of the capitalised chunks
// of text that may be names, leftmost first: capitalised words or initials
// ("U.S.", "H."), joined by blanks (never a line break) and up to two
// lower-case connectors ("Bank of the West", "Committee for Human Rights").
//
// It is the scanner form of the regexp
//
//	W(?:(?:[ \t]+(?:of|for|…)){0,2}[ \t]+W)*
//	W = \p{Lu}(?:\.\p{Lu})*\.|\p{Lu}(?:[\p{L}\p{M}\-]|\p{Nd}+\p{L})*(?:[’'][\p{L}]+)?
//
// with the same leftmost-first matches (TestNameChunksMatchRegexp checks
// it on every test text): the regexp, which has no literal to skip ahead
// to, took a quarter of the extraction time.
func nameChunks(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			i++ // (unicode.IsUpper, quicker for ASCII)
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			i += n
			continue
		}
		e := capWord(text, i)
		for {
			next, ok := chunkStep(text, e)
			if !ok {
				break
			}
			e = next
		}
		out = append(out, [2]int{i, e})
		i = e
	}
	return out
}

// chunkConnectors may join the capitalised words of a name: the name
// connectors and "the" ("Sultan of the Ottoman Empire").
var chunkConnectors = append([]string{"the"}, strings.Fields(nameConnectorWords)...)

// connectorFirst marks the first bytes of chunkConnectors.
var connectorFirst = func() (first [256]bool) {
	for _, c := range chunkConnectors {
		first[c[0]] = true
	}
	return first
}()

// capWord returns the end of the capitalised word or initials starting at
// i (an upper-case letter): initials ending in a full stop are preferred.
func capWord(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	// Initials: an upper-case letter, ".X" any number of times, then ".".
	ends := []int{i + n}
	for j := i + n; j+1 < len(text) && text[j] == '.'; {
		r, m := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsUpper(r) {
			break
		}
		j += 1 + m
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if ends[k] < len(text) && text[ends[k]] == '.' {
			return ends[k] + 1
		}
	}
	// A word: letters, marks and hyphens, digits only between letters
	// ("D4CC", "B2B"), maybe an apostrophe and letters.
	j := i + n
	for j < len(text) {
		r, m := utf8.DecodeRuneInString(text[j:])
		if unicode.IsDigit(r) {
			k := j + m
			for k < len(text) && text[k] >= '0' && text[k] <= '9' {
				k++
			}
			if r2, _ := utf8.DecodeRuneInString(text[k:]); k < len(text) && unicode.IsLetter(r2) {
				j = k
				continue
			}
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' {
			break
		}
		j += m
	}
	if r, m := utf8.DecodeRuneInString(text[j:]); j < len(text) && (r == '’' || r == '\'') {
		k := j + m
		for k < len(text) {
			r, m := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += m
		}
		if k > j+m {
			j = k
		}
	}
	return j
}

// chunkStep extends a chunk ending at p by blanks, up to two connectors
// and a capitalised word; ok is false when it cannot.
func chunkStep(text string, p int) (end int, ok bool) {
	q := skipBlanks(text, p)
	if q == p {
		return 0, false
	}
	if c1, ok := chunkConnector(text, q); ok {
		q1 := skipBlanks(text, c1)
		if c2, ok := chunkConnector(text, q1); ok {
			if q2 := skipBlanks(text, c2); upperAt(text, q2) {
				return capWord(text, q2), true
			}
		}
		if upperAt(text, q1) {
			return capWord(text, q1), true
		}
	}
	if upperAt(text, q) {
		return capWord(text, q), true
	}
	return 0, false
}

// chunkConnector returns the end of the connector at q when one is there
// and a blank follows it.
func chunkConnector(text string, q int) (int, bool) {
	if q >= len(text) || !connectorFirst[text[q]] {
		return 0, false // (most calls: a capital follows)
	}
	for _, c := range chunkConnectors {
		if e := q + len(c); e < len(text) && strings.HasPrefix(text[q:], c) && (text[e] == ' ' || text[e] == '\t') {
			return e, true
		}
	}
	return 0, false
}

func skipBlanks(text string, p int) int {
	for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
		p++
	}
	return p
}

func upperAt(text string, q int) bool {
	if q >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[q:])
	return unicode.IsUpper(r)
}
