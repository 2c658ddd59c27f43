package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The quantity recogniser works on a light token stream of its own (not
// prose's): words, numbers and single punctuation marks with byte offsets.
// Every word is looked up once in the vocabulary (vocab.go), without
// allocating, so the grammar compares vocabulary entries, not strings.

const (
	tWord  = 'w'
	tNum   = 'n'
	tPunct = 'p'
	tURL   = 'u' // a URL, e-mail address or handle: never holds a quantity
)

type token struct {
	s, e int
	w    *word // vocabulary entry of a word, nil when unknown
	// numbers
	v    float64
	ndig int  // digits in the integer part
	k    byte // tWord, tNum, tPunct or tURL
	sp   bool // whitespace (or start of text) before the token
	// numbers (the flags last: a token takes 48 bytes, not 72)
	sep   bool // thousands separators (1,800 or 816 000)
	dec   bool // decimal point
	lead0 bool // leading zero on a multi-digit integer ("0800")
	multi bool // more than one decimal point (1.2.3): a version or code
	frac  bool // a vulgar fraction sign ("½", "⅔")
}

// vulgarFractions are the fraction signs, read as numbers.
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4, '⅕': 1.0 / 5, '⅖': 2.0 / 5,
	'⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8, '⅞': 7.0 / 8,
}

// lexer holds a reusable token buffer.
type lexer struct {
	toks []token
	buf  [32]byte
	p    parser // the parser of the text being read (Find)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// lex splits text into tokens.
func (lx *lexer) lex(text string) []token {
	toks := lx.toks[:0]
	sp := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			sp = true
			i++
			continue
		case isDigit(c):
			t, n := lexNumber(text, i)
			t.sp = sp
			toks = append(toks, t)
			i = n
		case c == '.' && sp && i+1 < len(text) && isDigit(text[i+1]) && leadingPointEnd(text, i) > 0:
			// a decimal without its zero after a space: "hit .300", "a .45
			// calibre pistol"
			j := leadingPointEnd(text, i)
			v, scale := 0.0, 1.0
			for k := i + 1; k < j; k++ {
				v = v*10 + float64(text[k]-'0')
				scale *= 10
			}
			toks = append(toks, token{s: i, e: j, k: tNum, sp: sp, v: v / scale, dec: true, ndig: 1})
			i = j
		case byteClass[c] == bLetter:
			j, w := lx.word(text, i)
			if j < len(text) && (text[j] == ':' || text[j] == '.' || text[j] == '@') {
				if u := urlEnd(text, i, j); u > j {
					toks = append(toks, token{s: i, e: u, k: tURL, sp: sp})
					i = u
					break
				}
			}
			toks = append(toks, token{s: i, e: j, k: tWord, sp: sp, w: w})
			i = j
		case c >= utf8.RuneSelf:
			r, sz := utf8.DecodeRuneInString(text[i:])
			if r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || unicode.IsSpace(r) {
				sp = true
				i += sz
				continue
			}
			if unicode.IsLetter(r) {
				j := lettersEnd(text, i+sz)
				toks = append(toks, token{s: i, e: j, k: tWord, sp: sp, w: lx.lookup(text[i:j])})
				i = j
				break
			}
			if v, ok := vulgarFractions[r]; ok {
				// "½ cup", "2½ miles" (the grammar adds it to digits before it)
				toks = append(toks, token{s: i, e: i + sz, k: tNum, sp: sp, v: v, dec: true, frac: true, ndig: 1})
				i += sz
				break
			}
			toks = append(toks, token{s: i, e: i + sz, k: tPunct, sp: sp})
			i += sz
		default:
			if c == '@' || c == '#' {
				// handles and hashtags: skip the word that follows
				j := i + 1
				for j < len(text) && (isASCIILetter(text[j]) || isDigit(text[j]) || text[j] == '_') {
					j++
				}
				if j > i+1 && c == '@' || j > i+1 && !isDigit(text[i+1]) {
					toks = append(toks, token{s: i, e: j, k: tURL, sp: sp})
					i = j
					break
				}
			}
			toks = append(toks, token{s: i, e: i + 1, k: tPunct, sp: sp})
			i++
		}
		sp = false
	}
	lx.toks = toks
	return toks
}

// word reads the word that starts with the ASCII letter at i: its end and
// its vocabulary entry. ASCII letters are lower-cased into lx.buf and hashed
// as they are read; a word with other letters ("café") is looked up apart.
func (lx *lexer) word(text string, i int) (int, *word) {
	h := uint32(fnvOffset)
	rest, buf := text[i:], lx.buf[:]
	n := 0
	for ; n < len(rest) && n < len(buf) && byteClass[rest[n]] == bLetter; n++ {
		buf[n] = rest[n] | 0x20
		h = fnvStep(h, buf[n])
	}
	j := i + n
	for j < len(text) && byteClass[text[j]] == bLetter {
		j++ // longer than the buffer: no vocabulary word
	}
	if j < len(text) && text[j] >= utf8.RuneSelf && isLetterAt(text, j) {
		j = lettersEnd(text, j)
		return j, lx.lookup(text[i:j])
	}
	if j-i > len(buf) {
		return j, nil
	}
	return j, vocab.find(buf[:n], h)
}

// lettersEnd is the end of the letters (ASCII or not) from j on.
func lettersEnd(text string, j int) int {
	for j < len(text) && (isASCIILetter(text[j]) || text[j] >= utf8.RuneSelf && isLetterAt(text, j)) {
		if text[j] >= utf8.RuneSelf {
			_, sz := utf8.DecodeRuneInString(text[j:])
			j += sz
		} else {
			j++
		}
	}
	return j
}

// isLetterAt reports a letter at j, or a combining mark that continues the
// word before it: an acute ("café" decomposed), the vowel signs of Indic
// scripts ("ரூ", the Tamil rupee sign of the suites' "100,000 ரூ"; Hindi
// "रुपये").
func isLetterAt(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r)
}

// urlEnd returns the end of a URL or e-mail address starting with the word
// text[i:j], or j when there is none.
func urlEnd(text string, i, j int) int {
	w := text[i:j]
	rest := text[j:]
	isURL := false
	switch {
	case (w == "http" || w == "https") && strings.HasPrefix(rest, "://"):
		isURL = true
	case w == "www" && strings.HasPrefix(rest, "."):
		isURL = true
	case strings.HasPrefix(rest, "@") && len(rest) > 1 && isASCIILetter(rest[1]):
		// e-mail: word@domain
		k := 1
		for k < len(rest) && (isASCIILetter(rest[k]) || isDigit(rest[k]) || rest[k] == '.' || rest[k] == '-') {
			k++
		}
		if strings.IndexByte(rest[1:k], '.') > 0 {
			return j + k
		}
	}
	if !isURL {
		return j
	}
	k := j
	for k < len(text) && !lexicon.IsSpaceByte(text[k]) && text[k] != '"' && text[k] != ')' && text[k] != '>' {
		k++
	}
	for k > j && (text[k-1] == '.' || text[k-1] == ',') {
		k--
	}
	return k
}

// leadingPointEnd returns the end of the digits after a point at i
// (".300"), or 0 when more digits, points or commas follow (".300.5",
// ".5,000": no decimal) or more than six digits do.
func leadingPointEnd(text string, i int) int {
	j := i + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-i-1 > 6 || j < len(text) && (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigit(text[j+1]) {
		return 0
	}
	return j
}

// lexNumber reads digits with thousands separators (1,800; 816 000) and a
// decimal part starting at i.
func lexNumber(text string, i int) (token, int) {
	t := token{s: i, k: tNum}
	j := i
	var iv float64
	for j < len(text) && isDigit(text[j]) {
		iv = iv*10 + float64(text[j]-'0')
		j++
	}
	t.ndig = j - i
	t.lead0 = text[i] == '0' && t.ndig > 1
	if t.ndig <= 3 && !t.lead0 {
		// comma groups
		for j+4 <= len(text) && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 == len(text) || !isDigit(text[j+4])) {
			iv = iv*1000 + float64(text[j+1]-'0')*100 + float64(text[j+2]-'0')*10 + float64(text[j+3]-'0')
			t.ndig += 3
			t.sep = true
			j += 4
		}
		// spaced groups (816 000, also with no-break or thin spaces)
		if !t.sep && (i == 0 || !isDigit(text[i-1]) && text[i-1] != ',' && text[i-1] != '.' && text[i-1] != '+') {
			for {
				w := spaceWidth(text, j)
				if w == 0 {
					break
				}
				k := j + w
				// (a plain space — not a no-break or thin one — joins "000", a
				// run of groups, or, after one or two digits not after a month,
				// a group before a lower-case word: "1 500 people"; "roughly 400
				// 737 Max jets", "35 777 Freighters" and "March 3 200 people"
				// are two numbers)
				run := k+7 <= len(text) && text[k+3] == ' ' && isDigit(text[k+4]) && isDigit(text[k+5]) && isDigit(text[k+6])
				plain := w == 1 && !t.sep && !run && text[k:min(k+3, len(text))] != "000" && (t.ndig == 3 || !plainGroup(text, i, k))
				if !plain && k+3 <= len(text) && isDigit(text[k]) && isDigit(text[k+1]) && isDigit(text[k+2]) && (k+3 == len(text) || !isDigit(text[k+3]) && !(text[k+3] == ',' && k+4 < len(text) && isDigit(text[k+4]))) {
					iv = iv*1000 + float64(text[k]-'0')*100 + float64(text[k+1]-'0')*10 + float64(text[k+2]-'0')
					t.ndig += 3
					t.sep = true
					j = k + 3
					continue
				}
				break
			}
		}
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		t.dec = true
		j++
		// Digits after the point as one integer, divided once: 0.3 stays
		// 0.3, not 0.30000000000000004.
		frac, scale := 0.0, 1.0
		for j < len(text) && isDigit(text[j]) {
			if scale < 1e15 {
				frac = frac*10 + float64(text[j]-'0')
				scale *= 10
			}
			j++
		}
		iv += frac / scale
		if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
			t.multi = true
			for j < len(text) && (isDigit(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
		}
	}
	t.v = iv
	t.e = j
	return t, j
}

// plainGroup reports whether digits at i, a plain space and three digits
// at k read as one number ("1 500 people"), not two ("35 777 Freighters",
// "20 500-pound bombs", "March 3 200 people"): a lower-case word follows,
// and no month name comes before.
func plainGroup(text string, i, k int) bool {
	e := k + 3
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+1:])
	if !unicode.IsLower(r) {
		return false
	}
	f := strings.Fields(text[max(0, i-12):i])
	return len(f) == 0 || lexicon.Months[strings.ToLower(strings.TrimRight(f[len(f)-1], ".,"))] == 0
}

// spaceWidth is the width of a single thousands-separating space at j (a
// space, no-break space or thin space), or 0.
func spaceWidth(text string, j int) int {
	if j >= len(text) {
		return 0
	}
	if text[j] == ' ' {
		return 1
	}
	if strings.HasPrefix(text[j:], "\u00a0") {
		return 2
	}
	if strings.HasPrefix(text[j:], "\u202f") || strings.HasPrefix(text[j:], "\u2009") {
		return 3
	}
	return 0
}

// lookup finds the vocabulary entry of a word with letters other than ASCII
// ("Café"), lower-cased rune by rune into lx.buf as strings.ToLower would.
func (lx *lexer) lookup(w string) *word {
	if len(w) > len(lx.buf) {
		return nil
	}
	b := lx.buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	h := uint32(fnvOffset)
	for _, c := range b {
		h = fnvStep(h, c)
	}
	return vocab.find(b, h)
}

// YearLike reports a four-digit year ("2014").
func YearLike(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
