package extract

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
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
	{"pipe-table-cell", pipeTableCell},
	// the number of a footnote opening the line after the "↩" that ends
	// the footnote before: "… in this analysis. ↩︎\n2 Drug overdose
	// deaths …" (KFF, a Rust essay, a Go blog: WordPress and Markdown
	// footnote lists)
	{"footnote-number", footnoteNumber},
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
