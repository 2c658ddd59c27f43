package extract

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Page rules: numbers that a web page's layout, not its prose, puts in
// the text, read on the lines of the whole article (the number grammar
// sees one sentence only, and a sentence may run over several lines of a
// table). A rule that applies makes a claim a mention of kind other; its
// name is the kind rule `extract explain` shows. Precision sample
// testdata/claims/web-prec-1 (issue #15/#16 precision).

// pageRule is one named rule: test reports whether the claim q of text
// is page layout.
type pageRule struct {
	name string
	test func(text string, q *claims.Quantity) bool
	kind claims.Kind // the kind the rule gives (other when empty)
}

// pageRules are tried in order on every claim; the first that applies
// decides.
var pageRules = []pageRule{
	// a cell of a table written with "|" between its cells, which holds
	// the number alone, beside other numbers or before a bracketed note:
	// "1 | North Dakota | 82.0", "| Pro | $20 |", "| 37% / 40% |", "| 6
	// (tie) |", "RAM | 192 GB" under "Component | Specification" (WCXB
	// bodies: a state ranking, a price grid, a benchmark table, an MBA
	// ranking, spec and gear tables; web-prec-1, web-prec-3). "Revenue
	// rose 5% | Reuters" keeps its claim: the cell holds words.
	{"pipe-table-cell", pipeTableCell, ""},
	// the number of a footnote opening the line after the "↩" that ends
	// the footnote before: "… in this analysis. ↩︎\n2 Drug overdose
	// deaths …" (KFF, a Rust essay, a Go blog: WordPress and Markdown
	// footnote lists)
	{"footnote-number", footnoteNumber, ""},
	// the day of a date opening the line after the line its month ends,
	// in hard-wrapped text that was not joined again: "on March\n6, but
	// has not", "for May\n15-30 shipment" (Reuters-21578 stories,
	// web-prec-5; lexicon.Months): a date, as "March 6" is on one line
	{"wrapped-date", wrappedDate, claims.KindDate},
}

// pageLayout applies pageRules to the claims of out and returns, for each
// mention, the name of the rule that made it other ("" for none; nil when
// none applied).
func pageLayout(text string, out []claims.Quantity) []string {
	var names []string
	for i := range out {
		q := &out[i]
		if !q.IsClaim() {
			continue
		}
		for _, r := range pageRules {
			if r.test(text, q) {
				if names == nil {
					names = make([]string, len(out))
				}
				q.Kind = claims.KindOther
				if r.kind != "" {
					q.Kind = r.kind
				}
				names[i] = r.name
				break
			}
		}
	}
	return names
}

// maxLine bounds the scan for a line's ends (a text without newlines
// must not make every claim read all of it).
const maxLine = 4096

// lineAround returns the line of text holding [st, en) and its start, or
// at most maxLine bytes of it on each side.
func lineAround(text string, st, en int) (string, int) {
	lo := max(0, st-maxLine)
	a := lo + strings.LastIndexByte(text[lo:st], '\n') + 1
	hi := min(len(text), en+maxLine)
	b := strings.IndexByte(text[en:hi], '\n')
	if b < 0 {
		b = hi
	} else {
		b += en
	}
	return text[a:b], a
}

// pipeTableCell reports a number that fills its cell of a "|" table: the
// nearest "|" (or the line's ends) around the number, one of them a "|",
// bound a cell that holds nothing else than numbers and their signs ("37%
// / 40%", "3.1-3.9", "2 × 1600W") and at most a note in brackets after
// the number ("6 (tie)", "5 (Full body, strength, cardio)"); and its line
// holds at least two "|", or one beside a line that holds one too (a
// two-column table written "RAM | 192 GB").
func pipeTableCell(text string, q *claims.Quantity) bool {
	st, en := q.Quantity.Start, q.Quantity.End
	if st < 0 || en > len(text) || st >= en {
		return false
	}
	// cheap test first: a "|" or a line's end on each side, past what the
	// cell may hold beside the number
	i, j := cellStart(text, st), cellEnd(text, en)
	left := i == 0 || text[i-1] == '|' || text[i-1] == '\n'
	right := j == len(text) || text[j] == '|' || text[j] == '\n' || text[j] == '\r'
	if !left || !right || !(i > 0 && text[i-1] == '|' || j < len(text) && text[j] == '|') {
		return false
	}
	line, a := lineAround(text, st, en)
	switch strings.Count(line, "|") {
	case 0:
		return false
	case 1:
		return a > 0 && strings.Contains(lastLine(text[:a-1]), "|") || strings.Contains(firstLine(text[a+len(line):]), "|")
	}
	return true
}

// maxCell bounds the scan of a cell around its number.
const maxCell = 80

// cellFiller reports a byte a cell may hold beside its number: a space,
// a digit or a sign of numbers ("%", "/", "-", "$", "×" …; bytes of
// UTF-8 dashes and signs are let through, letters are not).
func cellFiller(b byte) bool {
	return b == ' ' || b == '\t' || '0' <= b && b <= '9' || b >= 0x80 || strings.IndexByte("%/-+.,$€£~:x", b) >= 0
}

// cellStart returns where the cell holding text[st:] starts: before the
// numbers and signs that precede st, up to maxCell bytes, and no letter
// but an "x" between numbers.
func cellStart(text string, st int) int {
	i := st
	for i > 0 && st-i < maxCell && text[i-1] != '|' && text[i-1] != '\n' && cellFiller(text[i-1]) {
		i--
	}
	return i
}

// cellEnd returns where the cell holding text[:en] ends: past a note in
// brackets right after the number, then the numbers and signs after it
// and letters glued to a number (its unit: "1600W"), up to maxCell bytes.
func cellEnd(text string, en int) int {
	j := en
	if k := blanksAfter(text, j); k < len(text) && text[k] == '(' {
		if e := strings.IndexByte(text[k:min(len(text), k+maxCell)], ')'); e > 0 && !strings.ContainsAny(text[k:k+e], "|\n") {
			j = k + e + 1
		}
	}
	glued := j > 0 && isDigit(text[j-1])
	for ; j < len(text) && j-en < maxCell && text[j] != '|' && text[j] != '\n'; j++ {
		switch b := text[j]; {
		case isDigit(b):
			glued = true
		case 'a' <= b|0x20 && b|0x20 <= 'z':
			if !glued {
				return j
			}
		case cellFiller(b):
			glued = false
		default:
			return j
		}
	}
	return j
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// lastLine returns the last line of text (at most maxLine bytes).
func lastLine(text string) string {
	lo := max(0, len(text)-maxLine)
	return text[lo+strings.LastIndexByte(text[lo:], '\n')+1:]
}

// firstLine returns the first line of text after its newline (at most
// maxLine bytes).
func firstLine(text string) string {
	text = strings.TrimPrefix(strings.TrimPrefix(text, "\r"), "\n")
	text = text[:min(len(text), maxLine)]
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return text[:i]
	}
	return text
}

// footnoteReturn is the back-link glyph that ends a footnote.
const footnoteReturn = "↩"

// footnoteNumber reports a whole number of one to three digits that opens
// its line before a word when the last line before it with text ends with
// "↩" (and a variation selector or spaces): the next footnote's number.
func footnoteNumber(text string, q *claims.Quantity) bool {
	st, en := q.Quantity.Start, q.Quantity.End
	n := q.Quantity.Text
	if len(n) > 3 || strings.TrimFunc(n, unicode.IsDigit) != "" || !strings.HasPrefix(text[en:], " ") {
		return false
	}
	i := blanksBefore(text, st)
	if i > 0 && text[i-1] != '\n' {
		return false
	}
	prev := strings.TrimRightFunc(text[:i], func(r rune) bool {
		return unicode.IsSpace(r) || r == '\uFE0E' || r == '\uFE0F'
	})
	return strings.HasSuffix(prev, footnoteReturn)
}

// blanksBefore returns the offset before the spaces and tabs that end
// text[:i].
func blanksBefore(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i
}

// blanksAfter returns the offset after the spaces and tabs that open
// text[j:].
func blanksAfter(text string, j int) int {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j
}

// wrappedDate reports a day (1 to 31) or a range of days ("15-30") that
// opens its line when the line before it ends with a capitalised month
// name ("March", "Sept."): the two halves of a date that a hard wrap put
// on two lines, which the sentence splitter keeps apart.
func wrappedDate(text string, q *claims.Quantity) bool {
	st, n := q.Quantity.Start, q.Quantity.Text
	if q.Unit != "count" && q.Unit != "" || !dayOrDays(n) {
		return false
	}
	i := blanksBefore(text, st)
	if i == 0 || text[i-1] != '\n' || !strings.Contains(n, "-") && !strings.Contains(n, "–") && !dayEnds(text[q.Quantity.End:]) {
		return false
	}
	prev := strings.TrimRight(text[max(0, i-1-maxLine):i-1], " \t\r")
	w := prev[strings.LastIndexAny(prev, " \t\n(")+1:]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return lexicon.Months[strings.ToLower(strings.TrimSuffix(w, "."))] > 0
}

// dayEndWords may follow a day that ends a date: "March\n14 to consider",
// "June\n9 and".
var dayEndWords = lexicon.WordSet(`to and or at in on for the when after before but while until with by from
this next`) // "by October\n1 this year" (a DEV Reuters document)

// dayEnds reports what may follow a single day of a date (after is the
// text after it): a punctuation mark, the line's end or a function word,
// no counted noun ("in March\n12 ships left" counts ships).
func dayEnds(after string) bool {
	if after == "" || strings.IndexByte(",.;:)\n\r", after[0]) >= 0 {
		return true
	}
	if after[0] != ' ' {
		return false
	}
	w := strings.TrimLeft(after, " ")
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	return dayEndWords[w]
}

// dayOrDays reports a day of the month in digits, or two joined by a
// hyphen or an en dash ("6", "15-30", "1–15").
func dayOrDays(s string) bool {
	a, b := s, ""
	if k := strings.IndexAny(s, "-–"); k >= 0 {
		a, b = s[:k], strings.TrimPrefix(strings.TrimPrefix(s[k:], "-"), "–")
		if b == "" || !isDay(b) {
			return false
		}
	}
	return isDay(a)
}

// isDay reports a day of the month in one or two digits.
func isDay(d string) bool {
	if len(d) == 0 || len(d) > 2 || strings.TrimFunc(d, unicode.IsDigit) != "" {
		return false
	}
	return d != "0" && d != "00" && !(len(d) == 2 && d > "31")
}
