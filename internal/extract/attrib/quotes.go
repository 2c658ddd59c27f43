package attrib

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// quoteSpan is a stretch of directly quoted text, marks included, with absolute
// byte offsets. A quote that a paragraph opens without closing continues
// into the next paragraph when that one opens with a quote mark (the news
// convention for quotes running over paragraphs); such a chain is one quote.
type quoteSpan struct {
	Start, End int
	// speaker is filled by attribution: nil when no speaker was found.
	speaker *found
	done    bool
	// tail marks a speaker read from the quote's own attribution clause
	// after the closing mark ("“…,” X said"): it outranks the other cues of
	// the sentence.
	tail bool
	// by names the way speaker was read ("tail", "lead", …; speaker.go),
	// which explain prints after the cue's rule ("quote-tail/tail").
	by string
}

// quotedLabelRE: a paragraph opening with a quote mark and a speaker label
// in capitals or "Q:"/"A:" ("\"CLINTON: I feel …").
var quotedLabelRE = regexp.MustCompile(`^(?:"|“|'')[ \t]*(?:\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}|Q|A):[ \t]`)

// findQuotes returns the quotes of the document in text order. Curly quotes
// pair “ with ” (and « with », the low „ with “ or ”: „…“ in German and
// Central European typesetting, ingest-dev; „…,“ said X); straight quotes
// toggle within a paragraph. A quote still
// open at the end of a paragraph closes there unless the next paragraph
// starts with an opening mark.
func findQuotes(d *text.Doc) []quoteSpan {
	s := quoteScan{d: d, open: -1}
	for pi, p := range d.Paragraphs {
		for i := p.Start; i < p.End; {
			if c := d.Text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
				i++ // (no mark: the marks are these two and runes of more than one byte)
				continue
			}
			r, n := utf8.DecodeRuneInString(d.Text[i:])
			switch {
			case r == '“' || r == '«' || r == '„':
				s.curlyOpening(pi, p, i, r, n)
			case r == '”' || r == '»':
				s.curlyClosing(i, n)
			case r == '"' || (r == '\'' && strings.HasPrefix(d.Text[i:], "''")):
				i, n = s.straightMark(p, i, r, n)
			case lexicon.OddQuoteMarks[r] == lexicon.MarkOpening:
				s.curlyOpening(pi, p, i, r, n)
			case lexicon.OddQuoteMarks[r] == lexicon.MarkClosing:
				s.curlyClosing(i, n)
			case lexicon.OddQuoteMarks[r] == lexicon.MarkStraight && !afterDigit(d.Text, p, i):
				i, n = s.straightMark(p, i, r, n) // (5′10″, 15″ laptop: inches)
			}
			i += n
		}
		s.paragraphEnd(pi, p)
	}
	if s.open >= 0 {
		s.out = append(s.out, quoteSpan{Start: s.open, End: len(d.Text)})
	}
	return addSingleQuotes(d, s.out)
}

// quoteScan is findQuotes' state: the quotes found and the one open.
type quoteScan struct {
	d              *text.Doc
	out            []quoteSpan
	open           int  // start of the current quoteSpan, or -1
	straight       bool // the open quote's mark is a straight one
	nested         int  // curly quotes open inside a straight one
	nestedStraight bool // a straight-quoted phrase open inside a curly quote
}

// closeAt closes the open quote at end.
func (s *quoteScan) closeAt(end int) {
	s.out = append(s.out, quoteSpan{Start: s.open, End: end})
	s.open = -1
}

// curlyOpening reads an opening curly mark r (“, « or the low „ of
// „…“, n bytes) at byte i of paragraph pi. After „ the “ typed at the end
// of a word closes the quote (closingMark), as ” does.
func (s *quoteScan) curlyOpening(pi int, p text.Paragraph, i int, r rune, n int) {
	txt, ps := s.d.Text, s.d.Paragraphs
	switch {
	case s.open < 0:
		s.open, s.straight, s.nested, s.nestedStraight = i, false, 0, false
	case s.straight && s.open+1 == i:
		s.straight = false // "“ typed as one opening mark
	case s.straight && (strings.Contains(txt[i:p.End], "\"") || strings.Contains(txt[i:p.End], "''") ||
		pi+1 < len(ps) && (txt[ps[pi+1].Start] == '"' || strings.HasPrefix(txt[ps[pi+1].Start:], "''"))):
		s.nested++ // "… “They haven’t,” he said …": a quote inside
	case s.straight:
		// a straight mark that nothing closes was a stray one
		s.open, s.straight, s.nested = i, false, 0
	case r == '“' && closingMark(txt, p, i, n):
		// “ typed for ” at the end of a word: “It’s unusual,“ he said.
		s.closeAt(i + n)
	}
}

// curlyClosing reads a closing curly mark (” or », n bytes) at byte i.
func (s *quoteScan) curlyClosing(i, n int) {
	switch {
	case s.open >= 0 && s.straight && s.nested > 0:
		s.nested--
	case s.open >= 0:
		s.closeAt(i + n)
	}
}

// straightMark reads a straight double mark r (a " or two apostrophes, n bytes) at byte
// i of paragraph p, which opens or closes a quote by turns; it returns
// the byte and width the scan goes on from.
func (s *quoteScan) straightMark(p text.Paragraph, i int, r rune, n int) (int, int) {
	txt := s.d.Text
	if r == '\'' {
		n = 2 // '' is a straight double quote (NYT style)
		if s.open >= 0 && strings.HasPrefix(txt[i:], "'''") {
			// a single quote closing inside, then the double
			// one: ''I would use the word 'old-school,'''
			i++
		}
	}
	if s.open >= 0 && !s.straight && r == '"' {
		// a straight-quoted phrase inside a curly quote: “He told
		// me "we cut 500 jobs" and left,” — the pair nests when a
		// closing ” follows it
		if s.nestedStraight {
			s.nestedStraight = false
			return i, n
		}
		if c := strings.Index(txt[i+n:p.End], "”"); c >= 0 && strings.Contains(txt[i+n:i+n+c], "\"") && !closingMark(txt, p, i, n) {
			s.nestedStraight = true
			return i, n
		}
	}
	if s.open < 0 {
		if i+n >= p.End && i > p.Start {
			return i, n // a stray mark ending a paragraph opens nothing
		}
		s.open, s.straight, s.nested = i, true, 0
	} else if i == p.Start && s.open < p.Start {
		// re-opening mark of a quote continued from the previous paragraph
	} else {
		s.closeAt(i + n)
	}
	return i, n
}

// paragraphEnd closes a quote still open at the end of paragraph pi,
// unless the next paragraph continues it.
func (s *quoteScan) paragraphEnd(pi int, p text.Paragraph) {
	if s.open < 0 {
		return
	}
	txt, ps := s.d.Text, s.d.Paragraphs
	// continue only if the next paragraph opens with a quote mark
	// … and names no new speaker: a transcript quoted paragraph by
	// paragraph ("\"RAMOS: …¶\"CLINTON: …") is one quote a turn
	if pi+1 < len(ps) && startsWithOpenQuote(txt[ps[pi+1].Start:ps[pi+1].End]) && !quotedLabelRE.MatchString(txt[ps[pi+1].Start:ps[pi+1].End]) {
		return
	}
	end := p.End
	if s.open >= p.Start {
		// an opening mark nothing closes, with the attribution
		// inside: "\"There wasn't a lot of help, said Kessel, …" ends
		// the quote at the comma
		if m := unclosedTailRE.FindStringIndex(txt[s.open:p.End]); m != nil {
			end = s.open + m[0] + 1
		}
	}
	s.closeAt(end)
}

// unclosedTailRE finds an attribution clause inside a quote that its
// writer forgot to close: ", said X" or ", X said".
var unclosedTailRE = regexp.MustCompile(`, (?:(?:` + lexicon.Alternation(lexicon.SpeechTail, []string{lexicon.SpeechTold}) + `) [A-Z]|(?:[A-Z][\p{L}.'’-]*\s){1,3}(?:` + lexicon.Alternation(lexicon.SpeechTail) + `)\b)`)

// addSingleQuotes adds quotes in single marks that stand outside every
// double-quoted span: curly ones (‘…’) and the straight ones of British and
// Commonwealth news ('It was great to have 7,500 of our fans here,'
// Ferguson said): "They said, ‘Well, every time you buy
// $100 of stock …’". ‘ opens only at the start of a word (after a space,
// a dash or an opening bracket) and ’ closes only at the end of a word
// before a space or punctuation, so apostrophes ("don’t", "Sanders’ 49.6")
// do not pair, nor does a plural possessive inside the quote
// (pluralPossessive); a quote stays within its paragraph unless the next
// one opens with the same mark (singleContinues).
func addSingleQuotes(d *text.Doc, qs []quoteSpan) []quoteSpan {
	var add []quoteSpan
	open := -1
	straight := false // the open mark is a straight one
	for pi, p := range d.Paragraphs {
		text := d.Text
		cont := open >= 0 // the quote goes on from the paragraph before
		for i := p.Start; i < p.End; {
			if c := text[i]; c < utf8.RuneSelf && c != '\'' {
				i++ // (no mark: ' and runes of more than one byte)
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case cont && i == p.Start:
				// the re-opening mark of the continued quote
			case r != '‘' && r != '’' && r != '\'' || quoteAt(qs, i) >= 0: // (no mark, or in a quote)
			case r == '‘' && open < 0 && (i == p.Start || strings.ContainsAny(text[i-1:i], " (—-\t")):
				open, straight = i, false
			case r == '’' && open >= 0 && !straight:
				j := i + n
				if (j >= p.End || !isWordByte(text[j])) && !pluralPossessive(text, p, i, j) {
					if i-open > 1+n {
						add = append(add, quoteSpan{Start: open, End: j})
					}
					open = -1
				}
			case r == '\'' && open < 0 && straightOpens(text, p, i):
				open, straight = i, true
			case r == '\'' && open >= 0 && straight && straightCloses(text, p, i):
				add = append(add, quoteSpan{Start: open, End: i + 1})
				open, straight = -1, false
			}
			i += n
		}
		if open >= 0 && !singleContinues(d, pi, straight) {
			open = -1
		}
	}
	if len(add) == 0 {
		return qs
	}
	out := append(qs, add...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// pluralPossessive reports whether the ’ at text[i:j] inside an open
// curly single quote is a plural possessive ("‘The nurses’ pay has fallen
// by 20 per cent,’ said …"), as straightCloses reads the straight "the
// fans' club": after an s, before a space and a lower-case word, with the
// quote's own closing (’ after , . ? or !) still to come in the paragraph.
func pluralPossessive(text string, p text.Paragraph, i, j int) bool {
	if text[i-1] != 's' || j+1 >= p.End || text[j] != ' ' || text[j+1] < 'a' || text[j+1] > 'z' {
		return false
	}
	rest := text[j:p.End]
	for _, c := range []string{",’", ".’", "?’", "!’"} {
		if strings.Contains(rest, c) {
			return true
		}
	}
	return false
}

// singleContinues reports whether a single-quoted passage open at the end
// of paragraph pi goes on in the next one, which opens with the same mark
// (British style: "'We picked up only 28 points. ¶ 'Next year we need
// 40,' said Dyche").
func singleContinues(d *text.Doc, pi int, straight bool) bool {
	if pi+1 >= len(d.Paragraphs) {
		return false
	}
	np := d.Paragraphs[pi+1]
	if straight {
		return np.Start < np.End && d.Text[np.Start] == '\'' && straightOpens(d.Text, np, np.Start)
	}
	return strings.HasPrefix(d.Text[np.Start:np.End], "‘")
}

// straightOpens reports whether the straight mark at text[i] opens a
// single-quoted passage: at the start of a word (paragraph start, after a
// space, a dash or a bracket), before a letter, a digit or a currency sign,
// and not an elision ('90s, 'em, 'n').
func straightOpens(text string, p text.Paragraph, i int) bool {
	if i > p.Start && !strings.ContainsAny(text[i-1:i], " (—-\t") {
		return false
	}
	if i+1 >= p.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("$£€", r) {
		return false
	}
	w := strings.ToLower(text[i+1 : min(p.End, i+8)])
	for _, e := range []string{"em ", "em,", "em.", "n' ", "til ", "cause "} {
		if strings.HasPrefix(w, e) {
			return false
		}
	}
	if unicode.IsDigit(r) && i+3 < p.End && text[i+3] == 's' {
		return false // the '90s
	}
	return true
}

// straightCloses reports whether the straight mark at text[i] closes a
// single-quoted passage: after the passage's closing punctuation (",'",
// ".'", "?'", "!'") before a space or the end, or after a word before
// punctuation ('a disgrace',). A plural possessive ("the fans' club")
// closes nothing.
func straightCloses(text string, p text.Paragraph, i int) bool {
	if i == p.Start || lexicon.IsSpaceByte(text[i-1]) {
		return false
	}
	end := i+1 >= p.End || lexicon.IsSpaceByte(text[i+1])
	if strings.ContainsRune(",.?!", rune(text[i-1])) {
		return end
	}
	return i+1 < p.End && strings.ContainsRune(",.;:?!)", rune(text[i+1]))
}

// closingMark reports whether the mark at text[i:i+n] stands where a quote
// closes: right after a word or punctuation, before a space, punctuation
// or the end of the paragraph.
func closingMark(text string, p text.Paragraph, i, n int) bool {
	if i == p.Start || lexicon.IsSpaceByte(text[i-1]) || text[i-1] == '(' {
		return false
	}
	j := i + n
	if j >= p.End {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == ' ' || strings.ContainsRune(",.;:!?)—–-", r)
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func startsWithOpenQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '“' || r == '"' || r == '«' || r == '„' || strings.HasPrefix(s, "''") ||
		lexicon.OddQuoteMarks[r] == lexicon.MarkOpening || lexicon.OddQuoteMarks[r] == lexicon.MarkStraight
}

// afterDigit reports whether the mark at byte i of paragraph p follows a
// digit or a prime (5′10″, a 15″ screen): a unit, not a quotation mark.
func afterDigit(text string, p text.Paragraph, i int) bool {
	if i == p.Start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
	return r >= '0' && r <= '9' || r == '′'
}

// quoteAt returns the index of the quote holding byte offset off, or -1.
func quoteAt(qs []quoteSpan, off int) int {
	lo, hi := 0, len(qs)
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(qs) && qs[lo].Start <= off {
		return lo
	}
	return -1
}
