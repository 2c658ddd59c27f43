package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
)

// tokenizer is prose's word tokenizer (github.com/jdkato/prose/v3/tokenize,
// default English options) with one change: a span it must keep whole
// (an initialism "U.S.", an abbreviation "Mr.") is recognised by hand
// instead of by prose's regular expression, which ran on every piece of
// every word and was half of all tokenising time. The tokens are prose's,
// bit for bit; TestTokenizerMatchesProse compares the two on every text the
// tests have, so an upgrade of prose that changes its tokenizer fails the
// tests instead of drifting.
//
// The code follows prose's tokenize.go (MIT licence, Copyright (c)
// 2017-2026 Joseph Kato).
type tokenizer struct{}

// Tokenize splits text into tokens with byte offsets into text.
func (tk tokenizer) Tokenize(text string) []tag.Token {
	return tk.AppendTokens(make([]tag.Token, 0, len(text)/4+2), text)
}

// AppendTokens appends the tokens of text to tokens (a buffer to reuse).
func (tokenizer) AppendTokens(tokens []tag.Token, text string) []tag.Token {
	var (
		start, index int
		white        bool
		length       = len(text)
	)
	for index < length {
		var space bool
		uc, size := rune(text[index]), 1
		if uc < utf8.RuneSelf {
			space = asciiSpace[uc]
		} else {
			uc, size = utf8.DecodeRuneInString(text[index:])
			space = unicode.IsSpace(uc)
		}
		if index == 0 {
			white = space
		}
		if space != white {
			if start < index {
				tokens = splitSpan(text[start:index], start, tokens)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		tokens = splitSpan(text[start:index], start, tokens)
	}
	return tokens
}

// blankSpan reports whether s is empty or entirely white space.
func blankSpan(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// splitSpan breaks one white-space-delimited span into tokens; base is the
// span's offset.
func splitSpan(span string, base int, tokens []tag.Token) []tag.Token {
	if blankSpan(span) {
		return tokens
	}
	var sufArr [8]tag.Token
	suffixes := sufArr[:0]
	for span != "" {
		if keepWhole(span) {
			tokens = append(tokens, tag.Token{Text: span, Start: base})
			span = ""
			break
		}
		if p := matchPrefix(span, tokPrefixes); p > 0 {
			tokens = append(tokens, tag.Token{Text: span[:p], Start: base})
			span, base = span[p:], base+p
			continue
		}
		if idx := indexAnyCase(span, contractionIndex); idx > 0 {
			tokens = append(tokens, tag.Token{Text: span[:idx], Start: base})
			span, base = span[idx:], base+idx
			continue
		}
		if s := matchSuffix(span); s > 0 {
			cut := len(span) - s
			suffixes = append(suffixes, tag.Token{Text: span[cut:], Start: base + cut})
			span = span[:cut]
			continue
		}
		tokens = append(tokens, tag.Token{Text: span, Start: base})
		span = ""
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		tokens = append(tokens, suffixes[i])
	}
	return tokens
}

// keepWhole is prose's test of a span not to split: an emoticon, or a
// match of `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$` ("U.S.", "e.g.",
// "Mr.", "Mrs.").
func keepWhole(s string) bool {
	return s != "" && emoticonEnds[0][s[0]] && emoticonEnds[1][s[len(s)-1]] && tagEmoticons[s] || initialism(s) || shortAbbrev(s)
}

// emoticonEnds marks the first ([0]) and last ([1]) bytes of the emoticons:
// a span that does not start and end like one is not looked up.
var emoticonEnds = func() (t [2][256]bool) {
	for e := range tagEmoticons {
		t[0][e[0]], t[1][e[len(e)-1]] = true, true
	}
	return t
}()

// initialism: two or more of an ASCII letter followed by a full stop.
func initialism(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if !IsASCIILetter(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// shortAbbrev: an ASCII capital, one or two ASCII small letters, a full stop.
func shortAbbrev(s string) bool {
	if len(s) < 3 || len(s) > 4 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] != '.' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// IsASCIILetter reports an ASCII letter byte, a-z or A-Z.
func IsASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func matchPrefix(s string, prefixes []string) int {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return len(p)
		}
	}
	return 0
}

// matchSuffix is the length of the first of tokSuffixes that s ends with
// (and is longer than), or 0.
func matchSuffix(s string) int {
	if s == "" || !suffixLast[s[len(s)-1]] {
		return 0
	}
	for _, suf := range tokSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return len(suf)
		}
	}
	return 0
}

// indexAnyCase is the offset of the earliest of cases in s, ASCII case
// folded, or -1; a case whose first place is offset 0 does not count (as
// prose's tokenizer has it). One pass over s: at each byte only the cases
// that start with it (folded) are tried.
func indexAnyCase(s string, cases *caseIndex) int {
	for i := 1; i < len(s); i++ {
		for _, c := range cases[lowerASCII(s[i])] {
			if len(c) <= len(s)-i && equalFoldASCII(s[i:i+len(c)], c) && !equalFoldASCII(s[:len(c)], c) {
				return i
			}
		}
	}
	return -1
}

// caseIndex holds strings by their first byte, ASCII lower-cased.
type caseIndex [256][]string

func indexCases(cases []string) *caseIndex {
	var x caseIndex
	for _, c := range cases {
		f := lowerASCII(c[0])
		x[f] = append(x[f], c)
	}
	return &x
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca >= 'A' && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if cb >= 'A' && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// suffixLast marks the last bytes of tokSuffixes: a span that ends in
// another byte has none of them.
var suffixLast = func() (t [256]bool) {
	for _, suf := range tokSuffixes {
		t[suf[len(suf)-1]] = true
	}
	return t
}()

// prose's default affixes and contractions, both apostrophe forms.
var (
	tokContractions = []string{"'ll", "'s", "'re", "'m", "n't", "’ll", "’s", "’re", "’m", "n’t"}
	tokSuffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’"}
	tokPrefixes     = []string{"$", "(", `"`, "[", "“", "‘"}

	contractionIndex = indexCases(tokContractions)
)
