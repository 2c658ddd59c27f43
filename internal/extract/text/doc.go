package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/jdkato/prose/v3/tag"
)

// Token is a word or punctuation mark with its absolute byte offset in the
// article text, its lower-cased text and, once tagged, its Penn Treebank
// tag. It is the one token type of the text and attribution layers (the
// number grammar scans its own light lexemes, see quantity/lex.go).
type Token struct {
	Text  string
	Tag   string
	Start int
	Lower string // strings.ToLower(Text)
}

// End is the byte offset just past the token.
func (t Token) End() int { return t.Start + len(t.Text) }

// Capitalised reports whether the token starts with an upper-case letter.
func (t Token) Capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Wordy reports whether the token starts with a letter.
func (t Token) Wordy() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r)
}

// Paragraph is a block of text between line breaks.
type Paragraph struct {
	Start, End int
}

// Sentence is a sentence of the article with absolute byte offsets. Tokens
// are filled by Doc.Tokens, on demand: only sentences that hold a number (or
// that attribution looks at) are ever tokenised and tagged.
type Sentence struct {
	Start, End int
	Para       int // index into Doc.Paragraphs
	tokens     []Token
	tagged     bool
}

// Doc is an article split into paragraphs and sentences. Offsets are byte
// offsets into Text.
type Doc struct {
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
	nlp        *NLP
}

// rawTokens holds Tokens' buffers of prose tokens, reused sentence after
// sentence and article after article (a fresh 64-token buffer per article
// was a twentieth of extraction's allocations).
var rawTokens = sync.Pool{New: func() any {
	b := make([]tag.Token, 0, 64) // (a long sentence's tokens)
	return &b
}}

// NLP holds prose's models, loaded once per process and safe for concurrent use.
type NLP struct {
	seg *segmenter
	tok tokenizer
	tag *posTagger
}

var LoadNLP = sync.OnceValues(func() (*NLP, error) {
	seg, err := newSegmenter()
	if err != nil {
		return nil, err
	}
	tg, err := newPOSTagger()
	if err != nil {
		return nil, err
	}
	return &NLP{seg: seg, tag: tg}, nil
})

// NewDoc splits text into paragraphs (at line breaks: prose never breaks a
// sentence at a newline) and each paragraph into sentences.
func NewDoc(text string, m *NLP) *Doc {
	d := &Doc{Text: text, nlp: m}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpace(text, start, end)
		if s < e {
			d.Paragraphs = append(d.Paragraphs, Paragraph{Start: s, End: e})
		}
		start = end + 1
	}
	for pi, p := range d.Paragraphs {
		for _, s := range m.seg.Segment(text[p.Start:p.End]) {
			st, en := p.Start+s.Start, p.Start+s.End
			if n := len(d.Sentences); n > 0 && d.Sentences[n-1].Para == pi && falseBreak(text[d.Sentences[n-1].Start:d.Sentences[n-1].End], text[st:en]) != "" {
				d.Sentences[n-1].End = en // "according to Mr. | Hedge." is one sentence
				continue
			}
			for cut := apostropheQuoteEnd(text, p.Start, st, en); cut > 0; cut = apostropheQuoteEnd(text, p.Start, st, en) {
				d.Sentences = append(d.Sentences, Sentence{Start: st, End: cut, Para: pi})
				st, _ = trimSpace(text, cut, en)
			}
			d.Sentences = append(d.Sentences, Sentence{Start: st, End: en, Para: pi})
		}
	}
	d.Sentences = capSentences(text, d.Sentences)
	return d
}

// MaxSentence is the longest sentence, in bytes, NewDoc makes. Text with no
// sentence end (a flattened table, a scraped run-on block, a 9 MB line with
// no full stop) would otherwise be one sentence, and every claim in it
// would carry, store and scan all of it: reading such a file grew with the
// cube of its length (10,000 words took 17 s, 50,000 did not end in 7
// minutes). The longest sentence of 184,000 in PolNeAR, ingest-dev, the
// corpus and the WCXB bodies is 1,840 bytes.
const MaxSentence = 4000

// capSentences cuts each sentence longer than MaxSentence into pieces of
// at most that length, each cut after the last "; ", ", " or space of the
// piece's second half (a run of text with no space is cut at a rune
// boundary).
func capSentences(text string, ss []Sentence) []Sentence {
	long := false
	for _, s := range ss {
		long = long || s.End-s.Start > MaxSentence
	}
	if !long {
		return ss
	}
	out := make([]Sentence, 0, len(ss)+len(text)/MaxSentence)
	for _, s := range ss {
		for s.End-s.Start > MaxSentence {
			piece := text[s.Start : s.Start+MaxSentence]
			cut := -1
			for _, sep := range [...]string{"; ", ", ", " "} {
				if i := strings.LastIndex(piece, sep); i >= MaxSentence/2 {
					cut = i + len(sep) - 1 // the separator's mark stays in the piece
					break
				}
			}
			if cut < 0 {
				cut = MaxSentence
				for cut > 0 && !utf8.RuneStart(text[s.Start+cut]) {
					cut--
				}
			}
			st, en := trimSpace(text, s.Start, s.Start+cut)
			out = append(out, Sentence{Start: st, End: en, Para: s.Para})
			s.Start, _ = trimSpace(text, s.Start+cut, s.End)
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}

// apostropheQuoteEnd returns the end of a sentence inside text[st:en]
// that closes with a quotation mark written in apostrophes after a full
// stop, a question or an exclamation mark, before a capital: the segmenter
// reads neither two apostrophes (a book title ending "Deal." and two
// apostrophes, then "Mr. Trump said …") nor, after a full stop, one
// straight single quote as a closing mark ('We played well.' He said 15
// were fit; British and Commonwealth news quote in single marks). One
// apostrophe closes a quote only when a single quote opened before it in
// its paragraph (from) and is not yet closed (not "the U.S.' role"; a
// quote of several sentences closes in a later one). It returns 0 when
// there is none.
func apostropheQuoteEnd(text string, from, st, en int) int {
	if !stopApostrophe(text, st, en) {
		return 0 // (most sentences: no scan of the paragraph before them)
	}
	open := false
	for i := from; i+3 < en; i++ {
		if text[i] == '\'' && (i == from || text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == '"') && singleQuoteOpens(text[i+1:en]) {
			open = true
			continue
		}
		if text[i] == '\'' && i > from && (text[i-1] == ',' || text[i-1] == '?' || text[i-1] == '!') {
			open = false // closed: "…,' Ferguson said"
			continue
		}
		if !(text[i] == '.' || text[i] == '?' || text[i] == '!') || text[i+1] != '\'' {
			continue
		}
		cut := 0
		switch {
		case i+4 < en && text[i+2] == '\'' && text[i+3] == ' ':
			cut = i + 3
		case text[i] == '.' && open && text[i+2] == ' ':
			cut = i + 2
			open = false
		default:
			continue
		}
		if i < st {
			continue // a break before this sentence (its quote is closed)
		}
		r, _ := utf8.DecodeRuneInString(text[cut+1 : en])
		if unicode.IsUpper(r) {
			return cut
		}
	}
	return 0
}

// stopApostrophe reports whether text[st:en] holds a full stop, a question
// or an exclamation mark followed by an apostrophe, where apostropheQuoteEnd
// could cut (at i >= st with i+3 < en): without one it cuts nowhere.
func stopApostrophe(text string, st, en int) bool {
	for j := st + 1; j+2 < en; j++ {
		k := strings.IndexByte(text[j:en-2], '\'')
		if k < 0 {
			return false
		}
		j += k
		if c := text[j-1]; c == '.' || c == '?' || c == '!' {
			return true
		}
	}
	return false
}

// singleQuoteOpens reports whether the text after an apostrophe at a
// word's start opens a quotation: a letter or a digit follows, but not a
// decade ("'90s").
func singleQuoteOpens(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !(len(after) >= 3 && after[0] >= '0' && after[0] <= '9' && after[1] >= '0' && after[1] <= '9' && after[2] == 's')
}

// falseBreak names the rule (sentenceJoins) by which a break the segmenter
// put between prev and next is no sentence break, or "" when it is one.
func falseBreak(prev, next string) string {
	if next == "" {
		return ""
	}
	i := strings.LastIndexAny(prev, " \t(")
	w := prev[i+1:]
	if w == "." && i > 0 {
		// a stop standing apart, as in text split into word tokens: the
		// word before it with it ("4 .")
		w = prev[strings.LastIndexAny(prev[:i], " \t(")+1:]
	}
	r, _ := utf8.DecodeRuneInString(next)
	before := ""
	if i > 0 {
		before = strings.TrimSpace(prev[:i])
		before = before[strings.LastIndexAny(before, " \t(\n")+1:]
	}
	for _, j := range sentenceJoins {
		if j.test(before, w, r, next) {
			return j.name
		}
	}
	return ""
}

// sentenceJoins are the breaks the segmenter puts after an abbreviation: w
// is the last word before the break (with its full stop), before the word
// before it, r the first letter after it, next the text after it.
var sentenceJoins = []struct {
	name string
	test func(before, w string, r rune, next string) bool
}{
	// "… according to Mr." + "Hedge."
	{"title-before-name", func(_, w string, r rune, _ string) bool { return lexicon.AbbreviatedTitles[w] && unicode.IsUpper(r) }},
	// "Ont." + "Health Minister Sylvia Jones said": a province's
	// abbreviation before a title within the next three words
	{"region-before-title", func(_, w string, r rune, next string) bool {
		return lexicon.RegionAbbrevs[w] && unicode.IsUpper(r) && titleSoon(strings.Fields(next))
	}},
	// "on Mar." + "15, he would …"
	{"month-before-day", func(_, w string, r rune, _ string) bool { return lexicon.MonthAbbrevsDotted[w] && unicode.IsDigit(r) }},
	// "week ended oct ." + "7 ,": a month abbreviation with a spaced stop,
	// as in text split into word tokens
	{"spaced-month-before-day", func(_, w string, r rune, _ string) bool {
		m, ok := strings.CutSuffix(w, " .")
		return ok && unicode.IsDigit(r) && len(m) > 1 && lexicon.MonthAbbrevsDotted[strings.ToUpper(m[:1])+m[1:]+"."]
	}},
	// "costs Rs." + "500", "see Vol." + "2"
	{"abbreviation-before-number", func(_, w string, r rune, _ string) bool {
		return unicode.IsDigit(r) && strings.HasSuffix(w, ".") && lexicon.NumberAbbrev(w[:len(w)-1])
	}},
	// "at no ." + "1 , singh hit", "see fig ." + "3": the same with the
	// stop spaced as in text split into word tokens, in any case
	{"spaced-abbreviation-before-number", func(_, w string, r rune, _ string) bool {
		m, ok := strings.CutSuffix(w, " .")
		return ok && unicode.IsDigit(r) && len(m) > 1 && (lexicon.NumberAbbrev(m) || lexicon.NumberAbbrev(strings.ToUpper(m[:1])+m[1:]))
	}},
	// "rose 4 ." + "8 % to", "$ 46 ." + "8 million": a decimal point spaced
	// as in text split into word tokens (a sentence does not begin with
	// digits in news style, and prose puts no space before a full stop)
	{"spaced-decimal-point", func(_, w string, r rune, _ string) bool {
		return unicode.IsDigit(r) && strings.HasSuffix(w, " .") && w[0] >= '0' && w[0] <= '9' && w[len(w)-3] >= '0' && w[len(w)-3] <= '9'
	}},
	// "Laurence H." + "Tribe said", "Janet L." + "Yellen": a middle
	// initial after a capitalised word, before a capitalised word that is
	// no sentence opener (or any after a given name): "Plan B." + "The
	// rest", "grade of C." + "His" still break
	{"middle-initial", func(before, w string, r rune, next string) bool {
		if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] != '.' || !unicode.IsUpper(r) || !titleCaseWord(before) {
			return false
		}
		f := strings.Fields(next)
		if len(f) == 0 {
			return false
		}
		first := strings.ToLower(strings.TrimRight(f[0], ",.;:!?"))
		return lexicon.GivenNameGender(before) != 0 || !sentenceOpenerWords[first]
	}},
	// "the U.K." + "Intervention Board said", "former U.N." + "Ambassador
	// John Bolton", "50 U.S." + "Cents an ounce", "the D.C." + "Circuit": a
	// dotted initialism of two to four capitals (Punkt knows "U.S." but
	// breaks after it before a word it has seen in small letters, and
	// knows few others) before a capitalised word that is no sentence
	// opener; "in the U.S." + "The company said", "Washington D.C." + "He
	// recalled" and an opening adverb ("the U.S." + "Initially, the
	// program") still break
	{"initialism-before-name", func(_, w string, r rune, next string) bool {
		if !dottedInitialism(w) || !unicode.IsUpper(r) {
			return false
		}
		f := strings.Fields(next)
		if len(f) == 0 || strings.HasSuffix(f[0], ",") {
			return false
		}
		return !sentenceOpenerWords[strings.ToLower(strings.TrimRight(f[0], ".;:!?"))]
	}},
	// "3 tsp." + "olive oil", "7,000 sq." + "ft": a sentence does not begin
	// with a word in small letters
	{"lower-case-after-stop", func(_, w string, r rune, next string) bool {
		return strings.HasSuffix(w, ".") && r >= 'a' && r <= 'z' && lowerWord(next)
	}},
}

// dottedInitialism reports two to four capitals each with its full stop
// ("U.S.", "N.Z.", "U.A.E.", "D.C."), not "p.m." or "U.S.A.F": an
// initialism in capitals of at most four letters.
func dottedInitialism(w string) bool {
	return len(w) <= 8 && initialism(w) && strings.ToUpper(w) == w
}

// titleSoon reports a title among the first three words ("Health
// Minister", "NDP Leader", "Premier").
func titleSoon(words []string) bool {
	for i, w := range words {
		if i == 3 {
			break
		}
		if lexicon.NameTitles[w] && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// sentenceOpenerWords are words that open a sentence, never a surname: after
// "Plan B." or "Vitamin D." they begin the next sentence, while after a
// given name and a middle initial ("Laurence H." + "Tribe") a name goes on.
var sentenceOpenerWords = lexicon.WordSet(`the a an he she it they we i you his her its their our my your this that these
those there here then but and or so yet in on at for from by with after before when while if as what who why how
some many most all no not one two three last next only also still both each every such other another`)

// titleCaseWord reports a word of two or more letters, the first upper
// case and the rest lower case ("Laurence", not "USA", "iPhone" or "B.").
func titleCaseWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return utf8.RuneCountInString(w) >= 2
}

// lowerWord reports whether text begins with a word of small ASCII letters
// only ("olive", not "iPhone" or "eBay").
func lowerWord(text string) bool {
	i := 0
	for i < len(text) && text[i] >= 'a' && text[i] <= 'z' {
		i++
	}
	return i > 0 && (i == len(text) || !unicode.IsLetter(rune(text[i])) && text[i] < utf8.RuneSelf)
}

// Tokens returns the tagged tokens of sentence i, tokenising and tagging it
// the first time it is asked for.
func (d *Doc) Tokens(i int) []Token {
	s := &d.Sentences[i]
	if s.tagged {
		return s.tokens
	}
	buf := rawTokens.Get().(*[]tag.Token)
	all := d.nlp.tok.AppendTokens((*buf)[:0], d.Text[s.Start:s.End])
	raw := splitAngleMarks(joinTitleStops(all))
	s.tokens = make([]Token, len(raw))
	sent := d.Text[s.Start:s.End]
	lower := asciiLower(sent)
	for j, t := range raw {
		s.tokens[j] = Token{Text: t.Text, Start: s.Start + t.Start, Lower: tokenLower(t, sent, lower)}
	}
	d.nlp.tag.tagTokens(raw, s.tokens)
	for j, t := range raw {
		s.tokens[j].Tag = t.Tag
	}
	clear(all) // (holds no article's text while pooled)
	*buf = all[:0]
	rawTokens.Put(buf)
	s.tagged = true
	return s.tokens
}

// asciiLower is strings.ToLower(s) when every byte keeps its place: s is
// valid UTF-8 and its only letters that change are ASCII ones (curly
// quotation marks, dashes and accented small letters stay as they are);
// else "".
func asciiLower(s string) string {
	upper := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return ""
		}
		i += n
	}
	if !upper {
		return s
	}
	return strings.ToLower(s)
}

// tokenLower is strings.ToLower(t.Text): the same bytes of lower, the
// sentence sent lower-cased (asciiLower), when the token is a piece of sent
// cut at rune boundaries (one string per sentence rather than one per
// capitalised token).
func tokenLower(t tag.Token, sent, lower string) string {
	if e := t.Start + len(t.Text); lower != "" && t.Start >= 0 && e <= len(sent) && sent[t.Start:e] == t.Text &&
		(t.Start == len(sent) || utf8.RuneStart(sent[t.Start])) && (e == len(sent) || utf8.RuneStart(sent[e])) {
		return lower[t.Start:e]
	}
	return strings.ToLower(t.Text)
}

// joinTitleStops joins an abbreviated title and its full stop into one
// token before a capitalised word: prose keeps "Mr." and "Sgt." whole (a
// capital and one or two small letters) but splits "Const." "Capt."
// "Prof." "Supt." into a word and a stop, which then reads as a sentence
// end inside the sentence ("…, Const. Sarah Patten said"). The titles are
// lexicon.AbbreviatedTitles, and a province's abbreviation before a title
// ("Ont." + "Health Minister"). A company's abbreviated suffix before a
// small word is joined too: "Jollibee Foods Corp. said" (fresh-15),
// "Canada Mortgage and Housing Corp. released" (fresh-13), PolNeAR train
// "… Technologies Corp. relocated", "… Broadhead Co. came" (lexicon
// OrgAbbrevs). The tokens are compacted in place.
func joinTitleStops(raw []tag.Token) []tag.Token {
	n := 0
	for j := 0; j < len(raw); j++ {
		t := raw[j]
		if j+2 < len(raw) && raw[j+1].Text == "." && raw[j+1].Start == t.Start+len(t.Text) && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			r, _ := utf8.DecodeRuneInString(raw[j+2].Text)
			if unicode.IsUpper(r) && (lexicon.AbbreviatedTitles[t.Text+"."] || lexicon.RegionAbbrevs[t.Text+"."] && titleSoon(tokenWords(raw[j+2:min(j+5, len(raw))]))) ||
				unicode.IsLower(r) && lexicon.OrgAbbrevs[t.Text+"."] {
				t.Text += "."
				j++
			}
		}
		raw[n] = t
		n++
	}
	return raw[:n]
}

// splitAngleMarks splits an angle bracket off the word it is written
// against: wire copy marks a company's name and its ticker so ("<Mono Gold
// Mines Inc> said", "<Rothmans Inc> agreed", "Narragansett Capital Corp
// <NARR>"; Reuters-21578, web-dev-11), and a name's words must stand
// alone to be read as one ("Mono", "Inc"), not "<Mono" and "Inc>". The
// marks become the tokens "(" and ")" (one byte each, as "<" and ">"; the
// document's text keeps its own bytes), so that the name reads as the
// bracketed names of the same wire do ("(Dumez Investments I Inc) said").
// A bracket alone or inside a word ("<=", "a<b") stays. Tokens are copied
// only when a sentence holds such a mark.
func splitAngleMarks(raw []tag.Token) []tag.Token {
	marked := false
	for _, t := range raw {
		if angleMarked(t.Text) {
			marked = true
			break
		}
	}
	if !marked {
		return raw
	}
	out := make([]tag.Token, 0, len(raw)+4)
	for _, t := range raw {
		if !angleMarked(t.Text) {
			out = append(out, t)
			continue
		}
		w, start := t.Text, t.Start
		if w[0] == '<' {
			out = append(out, tag.Token{Text: "(", Start: start})
			w, start = w[1:], start+1
		}
		if w[len(w)-1] == '>' {
			out = append(out, tag.Token{Text: w[:len(w)-1], Start: start}, tag.Token{Text: ")", Start: start + len(w) - 1})
			continue
		}
		out = append(out, tag.Token{Text: w, Start: start})
	}
	return out
}

// angleMarked reports a word with an angle bracket against it: "<Mono",
// "Inc>", "<NARR>", "L.P.>" (a letter or digit next to the bracket, or a
// stop closing an abbreviation).
func angleMarked(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	return w[0] == '<' && isAlnum(w[1]) || w[n-1] == '>' && (isAlnum(w[n-2]) || w[n-2] == '.')
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// tokenWords returns the texts of tokens.
func tokenWords(ts []tag.Token) []string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Text
	}
	return w
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// SentenceText is the text of sentence i.
func (d *Doc) SentenceText(i int) string {
	return d.Text[d.Sentences[i].Start:d.Sentences[i].End]
}

func trimSpace(text string, start, end int) (int, int) {
	for start < end && lexicon.IsSpaceByte(text[start]) {
		start++
	}
	for end > start && lexicon.IsSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}
