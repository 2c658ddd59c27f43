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
}

// quotedLabelRE: a paragraph opening with a quote mark and a speaker label
// in capitals or "Q:"/"A:" ("\"CLINTON: I feel …").
var quotedLabelRE = regexp.MustCompile(`^(?:"|“|'')[ \t]*(?:\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}|Q|A):[ \t]`)

// findQuotes returns the quotes of the document in text order. Curly quotes
// pair “ with ”; straight quotes toggle within a paragraph. A quote still
// open at the end of a paragraph closes there unless the next paragraph
// starts with an opening mark.
func findQuotes(d *text.Doc) []quoteSpan {
	var out []quoteSpan
	open := -1              // start of the current quoteSpan, or -1
	straight := false       // the open quote's mark is a straight one
	nested := 0             // curly quotes open inside a straight one
	nestedStraight := false // a straight-quoted phrase open inside a curly quote
	for pi, p := range d.Paragraphs {
		text := d.Text
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '“' || r == '«':
				switch {
				case open < 0:
					open, straight, nested, nestedStraight = i, false, 0, false
				case straight && open+1 == i:
					straight = false // "“ typed as one opening mark
				case straight && (strings.Contains(text[i:p.End], "\"") || strings.Contains(text[i:p.End], "''") ||
					pi+1 < len(d.Paragraphs) && (text[d.Paragraphs[pi+1].Start] == '"' || strings.HasPrefix(text[d.Paragraphs[pi+1].Start:], "''"))):
					nested++ // "… “They haven’t,” he said …": a quote inside
				case straight:
					// a straight mark that nothing closes was a stray one
					open, straight, nested = i, false, 0
				case r == '“' && closingMark(text, p, i, n):
					// “ typed for ” at the end of a word: “It’s unusual,“ he said.
					out = append(out, quoteSpan{Start: open, End: i + n})
					open = -1
				}
			case r == '”' || r == '»':
				switch {
				case open >= 0 && straight && nested > 0:
					nested--
				case open >= 0:
					out = append(out, quoteSpan{Start: open, End: i + n})
					open = -1
				}
			case r == '"' || (r == '\'' && strings.HasPrefix(text[i:], "''")):
				if r == '\'' {
					n = 2 // '' is a straight double quote (NYT style)
					if open >= 0 && strings.HasPrefix(text[i:], "'''") {
						// a single quote closing inside, then the double
						// one: ''I would use the word 'old-school,'''
						i++
					}
				}
				if open >= 0 && !straight && r == '"' {
					// a straight-quoted phrase inside a curly quote: “He told
					// me "we cut 500 jobs" and left,” — the pair nests when a
					// closing ” follows it
					if nestedStraight {
						nestedStraight = false
						break
					}
					if c := strings.Index(text[i+n:p.End], "”"); c >= 0 && strings.Contains(text[i+n:i+n+c], "\"") && !closingMark(text, p, i, n) {
						nestedStraight = true
						break
					}
				}
				if open < 0 {
					if i+n >= p.End && i > p.Start {
						break // a stray mark ending a paragraph opens nothing
					}
					open, straight, nested = i, true, 0
				} else if i == p.Start && open < p.Start {
					// re-opening mark of a quote continued from the previous paragraph
				} else {
					out = append(out, quoteSpan{Start: open, End: i + n})
					open = -1
				}
			}
			i += n
		}
		if open >= 0 {
			// continue only if the next paragraph opens with a quote mark
			// … and names no new speaker: a transcript quoted paragraph by
			// paragraph ("\"RAMOS: …¶\"CLINTON: …") is one quote a turn
			if pi+1 < len(d.Paragraphs) && startsWithOpenQuote(text[d.Paragraphs[pi+1].Start:d.Paragraphs[pi+1].End]) && !quotedLabelRE.MatchString(text[d.Paragraphs[pi+1].Start:d.Paragraphs[pi+1].End]) {
				continue
			}
			end := p.End
			if open >= p.Start {
				// an opening mark nothing closes, with the attribution
				// inside: "\"There wasn't a lot of help, said Kessel, …" ends
				// the quote at the comma
				if m := unclosedTailRE.FindStringIndex(text[open:p.End]); m != nil {
					end = open + m[0] + 1
				}
			}
			out = append(out, quoteSpan{Start: open, End: end})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, quoteSpan{Start: open, End: len(d.Text)})
	}
	return addSingleQuotes(d, out)
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
// do not pair; a quote stays within its paragraph.
func addSingleQuotes(d *text.Doc, qs []quoteSpan) []quoteSpan {
	var add []quoteSpan
	for _, p := range d.Paragraphs {
		text := d.Text
		open := -1
		straight := false // the open mark is a straight one
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case quoteAt(qs, i) >= 0:
			case r == '‘' && open < 0 && (i == p.Start || strings.ContainsAny(text[i-1:i], " (—-\t")):
				open, straight = i, false
			case r == '’' && open >= 0 && !straight:
				j := i + n
				if j >= p.End || !isWordByte(text[j]) {
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
	}
	if len(add) == 0 {
		return qs
	}
	out := append(qs, add...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
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
	return r == '“' || r == '"' || r == '«' || strings.HasPrefix(s, "''")
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
