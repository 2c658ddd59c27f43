package lexicon

import "strings"

// WordSet is the set of the words of s, each also lower-cased.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
		m[strings.ToLower(w)] = true
	}
	return m
}

// IsSpaceByte reports an ASCII white-space byte.
func IsSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}

// IsQuoteMark reports whether s is a quotation mark token.
func IsQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "«", "»", "``", "''", "‘", "’":
		return true
	}
	return false
}
