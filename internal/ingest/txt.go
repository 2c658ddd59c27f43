package ingest

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// readTextFile reads a plain-text article or scraped page dump.
func readTextFile(name string, r io.Reader) (*Article, error) {
	b, err := readAllLimit(r, MaxArticle)
	if err == errTooLarge {
		return nil, errorf(name, "", "text is over the %d MB article limit", MaxArticle>>20)
	}
	if err != nil {
		return nil, errorf(name, "", "%v", err)
	}
	s, err := decodeText(b)
	if err != nil {
		return nil, errorf(name, "", "%v", err)
	}
	a := ParseText(s)
	if err := checkText(a.Text); err != nil {
		if strings.TrimSpace(s) == "" {
			return nil, errorf(name, "", "empty file")
		}
		return nil, errorf(name, "", "%v", err)
	}
	return a, nil
}

// decodeText validates raw text bytes and returns them as UTF-8: BOMs are
// honoured (UTF-8, UTF-16), NUL bytes mean binary data, and anything else
// must be valid UTF-8.
func decodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("bad UTF-16 text: %v", err)
		}
		b = d
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", fmt.Errorf("empty file")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("binary data (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(b))
	}
	return string(b), nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// ParseText turns a plain-text article or a scraped page dump (one line per
// block, furniture and all) into an article: the furniture lines go, the
// leading headline becomes the title, the body keeps one paragraph per line.
// Plain article text comes through unchanged except trimming.
func ParseText(s string) *Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	lines := make([]string, 0, len(raw))
	for _, l := range raw {
		lines = append(lines, strings.TrimSpace(l))
	}
	start, end, furniture := bodyRegion(lines)
	if start < 0 {
		return &Article{}
	}
	a := &Article{}
	t := headlineBefore(lines, start)
	if t >= 0 {
		a.Title = lines[t]
	}
	a.Published, a.Authors = dumpByline(lines, t, start)
	var body []string
	seen := map[string]bool{}
	for i := start; i < end; i++ {
		l := lines[i]
		if l == "" || furniture[i] || seen[l] {
			continue
		}
		if lineWords(l) >= 8 {
			seen[l] = true
		}
		body = append(body, l)
	}
	a.Text = strings.Join(body, "\n")
	return a
}

// isTextFurniture reports whether a line of a text dump is furniture. A
// long line that ends like a sentence is always kept.
func isTextFurniture(l string) bool { return textFurniture(l, lineWords(l)) }

// textFurniture is isTextFurniture for a line of w words (lineWords).
func textFurniture(l string, w int) bool {
	if w >= 15 && endsSentence(l) {
		return isBoilerSentence(l)
	}
	return isFurnitureLine(l)
}

// Line scores of bodyRegion besides paragraph lines (their word count).
var (
	shortPenalty     = -10
	furniturePenalty = -20
	midScore         = -1
)

// commentStart matches the lines that open a comment section.
var commentStart = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?(?:\s+(?:to|on|for)\b.*|\s+feed.*)?$|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|show comments|view comments|\d+ thoughts? on\b.*|what do you think\??)$`)

// bodyRegion finds the article body in a dump: the run of lines with the
// largest score, where paragraph-like lines count for their words and every
// other non-empty line costs a little, furniture more. It returns [start, end)
// or -1 when no line looks like text, and which lines are furniture.
func bodyRegion(lines []string) (int, int, []bool) {
	best, bestStart, bestEnd := 0, -1, -1
	inComments, bodyWords := false, 0
	sum, start := 0, 0
	seen := map[string]bool{}
	furniture := make([]bool, len(lines))
	for i, l := range lines {
		var sc, w int
		if l != "" {
			w = lineWords(l)
			furniture[i] = textFurniture(l, w)
		}
		switch {
		case l == "":
			sc = 0
		case seen[l]:
			sc = furniturePenalty // a repeated paragraph: the page holds a second copy
		case furniture[i]:
			sc = furniturePenalty
		case (w >= 10 && endsSentence(l)) || w >= 25:
			sc = w // a paragraph
		case isByline(l):
			sc = furniturePenalty // bylines and datelines between paragraphs mark teaser lists
		case w >= 4 && endsSentence(l):
			sc = w // a short sentence
		case w >= 5:
			sc = midScore // a list item or subheading, not a menu entry
		default:
			sc = shortPenalty
		}
		if inComments {
			sc = min(sc, shortPenalty)
		}
		if bodyWords >= 100 && len(l) < 120 && commentStart.MatchString(l) {
			inComments = true // reader comments follow the article
		}
		if sc > 0 {
			bodyWords += sc
		}
		if w >= 8 {
			seen[l] = true
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += sc
		if sum > best {
			best, bestStart, bestEnd = sum, start, i+1
		}
	}
	if bestStart < 0 {
		// No paragraph-like line at all: keep every non-furniture line.
		for i, l := range lines {
			if l != "" && !furniture[i] {
				if bestStart < 0 {
					bestStart = i
				}
				bestEnd = i + 1
			}
		}
	}
	for bestStart >= 0 && bestStart < bestEnd && lines[bestStart] == "" {
		bestStart++
	}
	return bestStart, bestEnd, furniture
}

// headlineBefore returns the index of the headline just above the body (at
// most a few lines up, past bylines, dates and furniture), or -1.
func headlineBefore(lines []string, start int) int {
	seen := 0
	for i := start - 1; i >= 0 && seen < 6; i-- {
		l := lines[i]
		if l == "" {
			continue
		}
		seen++
		if isTextFurniture(l) || isByline(l) {
			continue
		}
		if looksLikeHeadline(l) {
			return i
		}
	}
	return -1
}

// looksLikeHeadline: a single line of 3 to 30 words that does not end like
// a sentence (a headline may end with ? or !) and starts with a capital or
// digit.
func looksLikeHeadline(l string) bool {
	w := lineWords(l)
	if w < 3 || w > 30 || len(l) > 250 {
		return false
	}
	if strings.HasSuffix(l, ".") || strings.HasSuffix(l, ":") || strings.HasSuffix(l, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return isUpperOrDigit(r) || strings.ContainsRune(`"“‘'`, r)
}

// lineWords counts the words of a line, CJK text (written without spaces)
// as one word per two characters.
func lineWords(l string) int {
	n := countWords(l)
	cjk := 0
	for _, r := range l {
		if r >= 0x2E80 && isCJK(r) {
			cjk++
		}
	}
	if cjk > 0 {
		n = max(n, cjk/2)
	}
	return n
}
