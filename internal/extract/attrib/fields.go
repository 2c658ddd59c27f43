package attrib

import (
	"unicode"
	"unicode/utf8"
)

// appendFields appends the words of s, as strings.Fields splits them (at
// runs of unicode.IsSpace), to dst: a caller that only reads the words
// passes a buffer on its stack and makes no slice.
func appendFields(dst []string, s string) []string {
	start := -1 // of the word being read
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = asciiSpaceByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// asciiSpaceByte marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpaceByte = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
