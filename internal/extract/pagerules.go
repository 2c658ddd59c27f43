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
	// the number alone: "1 | North Dakota | 82.0", "| Pro | $20 |"
	// (WCXB bodies: a state ranking, a price grid, a benchmark table).
	// "Revenue rose 5% | Reuters" keeps its claim: the cell holds words.
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

// pipeTableCell reports a number that fills its cell of a "|" table: its
// line holds at least two "|", and between the nearest "|" (or the line's
// ends) around the number there is nothing but spaces.
func pipeTableCell(text string, q *claims.Quantity) bool {
	st, en := q.Quantity.Start, q.Quantity.End
	if st < 0 || en > len(text) || st >= en {
		return false
	}
	// cheap test first: a "|" or a line's end on each side, past spaces
	i, j := blanksBefore(text, st), blanksAfter(text, en)
	left := i == 0 || text[i-1] == '|' || text[i-1] == '\n'
	right := j == len(text) || text[j] == '|' || text[j] == '\n' || text[j] == '\r'
	if !left || !right || !(i > 0 && text[i-1] == '|' || j < len(text) && text[j] == '|') {
		return false
	}
	line, _ := lineAround(text, st, en)
	return strings.Count(line, "|") >= 2
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
