package review

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
)

// fmtNum writes a number with thousands separators and no trailing zeros.
func fmtNum(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	neg := f < 0
	if neg {
		f = -f
	}
	// 12 significant digits: 0.24000000000000002 (24/100 in binary) is 0.24.
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'g', 12, 64), 64)
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String() + frac
	if neg {
		out = "−" + out
	}
	return out
}

// interval writes a quantity's meaning: "107", "≈ 900", "(1,800, ∞)",
// "[60, 75]".
func interval(low, high *float64, qualifier claims.Qualifier) string {
	switch {
	case low == nil && high == nil:
		return "?"
	case low != nil && high != nil && *low == *high:
		if qualifier == claims.About || qualifier == claims.Nearly {
			return "≈ " + fmtNum(*low)
		}
		return fmtNum(*low)
	}
	l, r := "[", "]"
	lo, hi := "−∞", "∞"
	if low == nil {
		l = "("
	} else {
		lo = fmtNum(*low)
		if qualifier == claims.MoreThan {
			l = "("
		}
	}
	if high == nil {
		r = ")"
	} else {
		hi = fmtNum(*high)
		if qualifier == claims.LessThan {
			r = ")"
		}
	}
	return l + lo + ", " + hi + r
}

// safeLink returns u when it is an absolute http(s) URL, else "": article
// URLs come from the input and must never become javascript: links.
func safeLink(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// mark is a span of article text to highlight.
type mark struct {
	Start, End int
	Class      string
	Href       string // link, for the article's other claims
	Title      string
}

// segment is a piece of text with the highlights covering it.
type segment struct {
	Text  string
	Class string
	Href  string
	Title string
}

// highlight cuts text[from:to] at the marks' edges. Marks outside the range
// or not on UTF-8 boundaries are ignored; where marks overlap the piece
// takes every class, and the link of the first mark that has one unless a
// mark without link (the claim itself) covers it.
func highlight(text string, from, to int, marks []mark) []segment {
	if from < 0 {
		from = 0
	}
	if to > len(text) {
		to = len(text)
	}
	if from >= to {
		return nil
	}
	ok := func(i int) bool { return i == len(text) || i >= 0 && i < len(text) && utf8.RuneStart(text[i]) }
	var ms []mark
	cuts := map[int]bool{from: true, to: true}
	for _, m := range marks {
		if m.Start >= m.End || m.End <= from || m.Start >= to || !ok(m.Start) || !ok(m.End) {
			continue
		}
		m.Start, m.End = max(m.Start, from), min(m.End, to)
		ms = append(ms, m)
		cuts[m.Start], cuts[m.End] = true, true
	}
	var pts []int
	for c := range cuts {
		pts = append(pts, c)
	}
	sortInts(pts)
	var out []segment
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		seg := segment{Text: text[a:b]}
		var classes []string
		plain := false
		for _, m := range ms {
			if m.Start <= a && b <= m.End {
				classes = append(classes, m.Class)
				if m.Href == "" {
					plain = true
				} else if seg.Href == "" {
					seg.Href = m.Href
				}
				if seg.Title == "" {
					seg.Title = m.Title
				}
			}
		}
		if plain {
			seg.Href = ""
		}
		seg.Class = strings.Join(classes, " ")
		out = append(out, seg)
	}
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// paragraph returns the bounds of the paragraph (line) around [start,end),
// cut to about 1,200 bytes either side when the text has no line breaks.
func paragraph(text string, start, end int) (int, int) {
	if start < 0 || end > len(text) || start > end {
		return 0, 0
	}
	for end > start && (text[end-1] == '\n' || text[end-1] == '\r') {
		end-- // a sentence span that ends with its line break
	}
	a := strings.LastIndexByte(text[:start], '\n') + 1
	b := strings.IndexByte(text[end:], '\n')
	if b < 0 {
		b = len(text)
	} else {
		b += end
	}
	const most = 1200
	if start-a > most {
		a = wordStart(text, start-most)
	}
	if b-end > most {
		b = wordStart(text, end+most)
	}
	return a, b
}

// wordStart moves i forward to the start of the next word.
func wordStart(text string, i int) int {
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return i + n
		}
		i += n
	}
	return i
}

// minPrefix is the length (letters) from which the search's last word is
// a prefix: FTS5 merges the matches of every word a prefix begins, and
// those of one or two letters begin most words (a search of "p" read every
// claim at 100k articles, several times over).
const minPrefix = 3

// ftsQuery turns what a user typed into an FTS5 query: every word quoted
// (so no character is FTS syntax), all required, the last one as a prefix
// when it has minPrefix letters or more.
func ftsQuery(s string) string {
	var ws []string
	for _, w := range searchWords(s) {
		ws = append(ws, `"`+w+`"`)
	}
	if len(ws) == 0 {
		return ""
	}
	if lastIsPrefix(s) {
		ws[len(ws)-1] += "*"
	}
	return strings.Join(ws, " ")
}

// lastIsPrefix tells whether the search's last word matches the words it
// begins (ftsQuery).
func lastIsPrefix(s string) bool {
	ws := searchWords(s)
	return len(ws) > 0 && utf8.RuneCountInString(ws[len(ws)-1]) >= minPrefix
}
