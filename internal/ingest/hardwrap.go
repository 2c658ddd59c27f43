package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text: a plain-text article written at a fixed width, as
// news wires, mailing lists and text archives keep them — every paragraph
// broken into lines of about one width, paragraphs marked by a blank line
// or by indenting their first line:
//
//	BAHIA COCOA REVIEW Showers continued throughout the week in
//	the Bahia cocoa zone, alleviating the drought since early
//	January and improving prospects for the coming temporao,
//	    The dry period means the temporao will be late this year.
//
// Read line by line, as a scraper's dump is read, each line would be
// judged as a paragraph of its own: a line of capitals as a headline, a
// line that ends no sentence as furniture, a short line as a menu entry.
// unwrapHard recognises such a text and joins its lines into paragraphs
// first, so that every later judgement sees paragraphs.
//
// A text is hard-wrapped when, of its lines followed by a line that goes
// on at the text's own indentation (a candidate break), most were broken
// because the next word would not fit: the line and the next line's first
// word together pass the width of the text's longest lines (wrapWidth).
// Of those breaks some must fall inside a sentence (a text that puts one
// sentence per line is not wrapped). A scraper's dump, one block per line,
// never passes: its paragraphs run to every length, its menu lines are
// short, and they do not stand at one width.
const (
	minWrapCol = 30  // narrowest wrapping width recognised (columns)
	maxWrapCol = 200 // widest
)

// wrapGeom is a line of a text seen as laid out on a page: its indentation
// and the column where it ends (both in characters), the length of its
// first word, whether it holds a letter, and whether it is a row of
// columns (words parted by a tab, by three spaces or more, or twice by two
// spaces not after a sentence's end: "Natl   Loan     Release"; one double
// space is a typing slip), or a flattened table's row of cells ("1 |
// Chicago Booth | 37% / 40% | …").
type wrapGeom struct {
	indent, end, first int
	letter, columns    bool
}

func lineGeom(l string) wrapGeom {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	var g wrapGeom
	t := l
	for t != "" && (t[0] == ' ' || t[0] == '\t') {
		if t[0] == '\t' {
			g.indent += 8 - g.indent%8
		} else {
			g.indent++
		}
		t = t[1:]
	}
	runes := utf8.RuneCountInString(t)
	g.end, g.first = g.indent+runes, runes
	if k := strings.IndexByte(t, ' '); k >= 0 {
		g.first = utf8.RuneCountInString(t[:k])
	}
	g.letter = strings.IndexFunc(t, unicode.IsLetter) >= 0
	// (most lines hold no double space and no bar: the searches for
	// three spaces and for " | " are made only when those are there)
	double := strings.Index(t, "  ")
	g.columns = strings.IndexByte(t, '\t') >= 0 || double >= 0 && strings.Contains(t[double:], "   ") ||
		strings.IndexByte(t, '|') >= 0 && strings.Count(t, " | ") >= 2
	gaps := 0
	for k := double; k > 0 && !g.columns; {
		if !strings.ContainsRune(`.?!:;"'”’)`, rune(t[k-1])) {
			gaps++ // (two spaces after a sentence's end are a typist's)
		}
		g.columns = gaps >= 2
		n := strings.Index(t[k+2:], "  ")
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return g
}

// hardWrap is a text's lines with their geometry, the indentation its
// paragraphs go on at (the least of its lines with a letter), its first
// line of text, whether its record gives it a title, and the width it is
// wrapped at.
type hardWrap struct {
	lines       []string
	geom        []wrapGeom
	base, first int
	titled      bool
	width       int
	text        int // lines of text (not blank)
}

// plainParagraphs reads s as a plain-text document laid out on a page
// and returns its paragraphs, one a line, whether each was joined from
// wrapped lines, and ok; ok is false (and s to be read as a scraper's
// dump) unless s marks its paragraphs as typed text does — by wrapping
// them at one width (detect) or by indenting lines (half of its lines at
// least: an earnings table's rows) — and sets no two lines of text one
// under the other at its indentation but as lines of one wrapped paragraph,
// as a dump's menus, link lists and one-block-a-line paragraphs do. (An
// indented text may do so once in ten lines: a wire copy that lost a
// paragraph's first line. The first line may stand alone above the text: a
// headline.) A scraped page whose article was hard-wrapped in its source is
// still a dump: its menus stand line under line. titled: the record gives
// the text a title, so that its first line is body (it goes on in the next
// line when it ends no sentence).
func plainParagraphs(s string, titled bool) (paras []string, joined []bool, ok bool) {
	if strings.IndexByte(s, '\n') < 0 {
		return nil, nil, false
	}
	w := hardWrap{lines: strings.Split(s, "\n"), base: -1, titled: titled}
	w.geom = make([]wrapGeom, len(w.lines))
	for i, l := range w.lines {
		g := lineGeom(l)
		w.geom[i] = g
		if g.letter && (w.base < 0 || g.indent < w.base) {
			w.base = g.indent
		}
	}
	if w.base < 0 {
		return nil, nil, false // no letter at all
	}
	for w.first < len(w.lines) && w.geom[w.first].end == w.geom[w.first].indent {
		w.first++
	}
	indented, lines := 0, 0
	for _, g := range w.geom {
		if g.end > g.indent {
			w.text++
		}
		if g.end > g.indent && g.indent > w.base {
			indented++ // a paragraph's indented first line, or a table's row
		} else if g.letter {
			lines++
		}
	}
	wrapped := w.detect(indented > 0)
	if !wrapped && (indented < 2 || 2*indented < w.text) {
		return nil, nil, false
	}
	loose := 0
	for i := w.first + 1; i+1 < len(w.lines); i++ {
		a, b := w.geom[i], w.geom[i+1]
		if a.letter && b.letter && a.indent == w.base && b.indent == w.base && !(wrapped && w.joins(i)) {
			loose++ // two lines of text one under the other, not one paragraph
		}
	}
	if indented == 0 && loose > 0 || loose > lines/10 {
		return nil, nil, false
	}
	for i, l := range w.lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case i > 0 && (wrapped || i-1 == w.first) && w.joins(i-1):
			paras[len(paras)-1] += " " + t
			joined[len(paras)-1] = true
		default:
			paras, joined = append(paras, t), append(joined, false)
		}
	}
	return paras, joined, true
}

// candidate: line i is followed by a line that goes on at the text's
// indentation, neither of them blank or a row of columns.
func (w *hardWrap) candidate(i int) bool {
	a, b := w.geom[i], w.geom[i+1]
	return a.end > a.indent && b.end > b.indent && b.indent <= w.base && !a.columns && !b.columns
}

// detect finds the width the text is wrapped at (the upper quartile of
// the ends of its candidate lines, those narrower than any wrapping aside)
// and tells whether it is hard-wrapped:
// of the candidate lines at least half as wide, seven in ten are broken
// at or near the width (nearWidth) or inside a sentence that the next line
// goes on with (continues), and half of those not after a sentence's end.
// In a text that indents none of its lines, a third of those breaks must
// be of the second kind, the next line going on in lower case (a list of
// items of about one length, or a table's rows opening with numbers, is
// not a wrapped paragraph), and they must be a third of its lines of text
// (not a few lines of a text that gives a line to each paragraph). (An indented text
// needs no such sign: its wrapped lines may all break before names, "…
// from Dominion" / "Resources for about 21 mln dlrs".) The first line is
// left out of the count, a headline glued to it making it run past the
// width, unless it is the only one to count (a two-line paragraph).
func (w *hardWrap) detect(indented bool) bool {
	var ends []int
	from := w.first + 1
	for len(ends) == 0 && from >= w.first {
		for i := from; i+1 < len(w.lines); i++ {
			if w.candidate(i) && w.geom[i].end >= minWrapCol {
				ends = append(ends, w.geom[i].end)
			}
		}
		from--
	}
	from++
	if len(ends) == 0 {
		return false
	}
	slices.Sort(ends)
	w.width = ends[len(ends)*3/4]
	if w.width < minWrapCol || w.width > maxWrapCol {
		w.width = 0
		return false
	}
	counted, wrapped, open, cont := 0, 0, 0, 0
	for i := from; i+1 < len(w.lines); i++ {
		if !w.candidate(i) || 2*w.geom[i].end < w.width {
			continue
		}
		counted++
		if !(w.nearWidth(i) || w.continues(i, true)) || w.geom[i].end > w.width+max(w.width/5, 4) {
			continue
		}
		wrapped++
		if !endsSentence(w.lines[i]) {
			open++
		}
		if w.continues(i, false) {
			cont++
		}
	}
	if wrapped > 0 && wrapped*10 >= counted*7 && open*2 >= wrapped && (indented || cont > 0 && cont*3 >= wrapped && 3*wrapped >= w.text) {
		return true
	}
	w.width = 0
	return false
}

// atWidth: line i ends where a line wrapped at the text's width ends —
// the next line's first word would not have fit on it. (The width is the
// upper quartile of the line ends, at or below the widest line: a line
// that the next word would not fit on at that width was wrapped.)
func (w *hardWrap) atWidth(i int) bool {
	return w.geom[i].end+1+w.geom[i+1].first > w.width
}

// nearWidth is atWidth with a slack of a tenth of the width, for the
// wrappers that keep a margin or break a line early ("… 13 mln dlrs" /
// "or 3.50 dlrs shr"): a sign that the text was wrapped, though not
// enough to join a line that ends a sentence to the next.
func (w *hardWrap) nearWidth(i int) bool {
	return w.geom[i].end+1+w.geom[i+1].first > w.width-max(w.width/10, 2)
}

// continues: line i breaks off inside a sentence that line i+1 goes on
// with — it ends no sentence, and it ends with a comma, a hyphen or a
// word a sentence does not end with (wrapOnWords), or the next line opens
// with a word in lower case or (figures too) a number ("… in" / "the
// Bahia cocoa zone", "… March" / "23 at a price"). A table's rows open
// with numbers as often: figures is false where that is no sign.
func (w *hardWrap) continues(i int, figures bool) bool {
	a := strings.TrimSpace(w.lines[i])
	if endsSentence(a) {
		return false
	}
	if strings.HasSuffix(a, ",") || strings.HasSuffix(a, "-") || wrapOnWords[strings.ToLower(a[strings.LastIndexByte(a, ' ')+1:])] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(w.lines[i+1]))
	return unicode.IsLower(r) || figures && unicode.IsDigit(r)
}

// joins: line i goes on in line i+1 — the next line stands at the text's
// indentation (an indented line opens a paragraph, a blank line parts two)
// and, in a hard-wrapped text, line i was broken at the width (or runs
// past it: a headline glued to the first line) or breaks off inside a
// sentence the next line goes on with. The first line of a text whose
// record gives the title is body: it goes on in the next line when it ends
// no sentence (a copy whose dateline was cut off: "Toshin Steel Co Ltd
// <TOSS.T> and <Azuma" / "Steel Co Ltd>, affiliates of …").
func (w *hardWrap) joins(i int) bool {
	if !w.candidate(i) {
		return false
	}
	if i == w.first && w.titled && !endsSentence(w.lines[i]) {
		return true
	}
	return w.width > 0 && (w.atWidth(i) || w.continues(i, true))
}
