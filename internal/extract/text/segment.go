package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// segmenter is prose's sentence segmenter (github.com/jdkato/prose/v3/segment:
// Punkt through gopkg.in/neurosnap/sentences, with prose's English
// customisations) assembled from the same pieces, with one change: the word
// tokenizer's tests that Punkt runs on every token near a full stop (the
// token's case-folded "type" with its numbers replaced, an initial, an
// ellipsis, a sentence-ending mark) are written by hand instead of as
// regular expressions and rune conversions, which were half of all
// segmenting time. The sentences are prose's, bit for bit;
// TestSegmenterMatchesProse compares the two on every paragraph of every
// text the tests have, so an upgrade of prose that changes its segmenter
// fails the tests instead of drifting.
//
// The code follows prose's segment/segment.go and segment/punkt.go (MIT
// licence, Copyright (c) 2015 Eric Bower, Copyright (c) 2017-2026 Joseph
// Kato) and sentences' word_tokenizer.go (MIT licence, Copyright (c) 2015
// Eric Bower).
type segmenter struct {
	tokenizer *sentences.DefaultSentenceTokenizer
}

// segSpan is a sentence of a segmented text: text[Start:End], trimmed.
type segSpan struct{ Start, End int }

// segSupervisedAbbrevs are the abbreviations prose adds to the English model.
var segSupervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

// newSegmenter loads the English Punkt model as prose does and assembles
// prose's segmenter around it.
func newSegmenter() (*segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, abbr := range segSupervisedAbbrevs {
		training.AbbrevTypes.Add(abbr)
	}
	lang := &segPunct{}
	word := &segWords{}
	word.PunctStrings = lang
	annotations := sentences.NewAnnotations(training, lang, word)
	annotations[0] = &segTypeAnnotation{training, word} // for sentences' TypeBasedAnnotation
	ortho := &sentences.OrthoContext{
		Storage:      training,
		PunctStrings: lang,
		TokenType:    word,
		TokenFirst:   word,
	}
	annotations = append(annotations, &segMultiPunct{
		Storage:      training,
		TokenParser:  word,
		TokenGrouper: &sentences.DefaultTokenGrouper{},
		Ortho:        ortho,
	})
	return &segmenter{tokenizer: &sentences.DefaultSentenceTokenizer{
		Storage:       training,
		PunctStrings:  lang,
		WordTokenizer: word,
		Annotations:   annotations,
	}}, nil
}

// Segment splits text into sentences, trimmed of white space; sentences
// that are only white space are dropped.
func (s *segmenter) Segment(text string) []segSpan {
	if oneSentence(text) {
		// Punkt has nothing to decide: the whole text, as it would say
		if start, end := segTrim(text, 0, len(text)); start < end {
			return []segSpan{{start, end}}
		}
		return nil
	}
	// sentences' DefaultSentenceTokenizer.Tokenize, without a Sentence
	// made for each span: a sentence ends at each token that breaks one,
	// the last at the end of the text
	toks := s.tokenizer.AnnotatedTokens(text)
	n := 1
	for _, t := range toks {
		if t.SentBreak {
			n++
		}
	}
	out := make([]segSpan, 0, n)
	add := func(start, end int) {
		if start, end = segTrim(text, start, end); start < end {
			out = append(out, segSpan{start, end})
		}
	}
	lastBreak := 0
	for _, t := range toks {
		if t.SentBreak {
			add(lastBreak, t.Position)
			lastBreak = t.Position
		}
	}
	if lastBreak != len(text) {
		add(lastBreak, len(text))
	}
	return out
}

// oneSentence reports a text Punkt cannot break: no full stop, question or
// exclamation mark before its last white-space-separated word. Every break
// Punkt makes is at a word holding one of those marks (a sentence-ending
// mark, a final full stop, an abbreviation, an ellipsis; the word after a
// mark only decides about the word before it), and the last word's break,
// if any, is at the end of the text: the word tokenizer puts it there when
// the text ends in an ASCII byte, and leaves a last word ending in a
// multi-byte rune out. News paragraphs are often one sentence: segmenting
// them cost a twentieth of extraction's tokenising.
func oneSentence(text string) bool {
	last := len(text) // where the last word starts
	for last > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:last])
		if unicode.IsSpace(r) {
			break
		}
		last -= n
	}
	return !hasSentencePunct(text[:last])
}

// segTrim narrows [start,end) past surrounding white space (prose's trimRange).
func segTrim(text string, start, end int) (int, int) {
	start, end = max(start, 0), min(end, len(text))
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// segPunct is sentences' DefaultPunctStrings with HasSentencePunct as one
// byte search (the marks are ASCII: a byte '.' is always the rune '.').
type segPunct struct{ sentences.DefaultPunctStrings }

func (*segPunct) HasSentencePunct(text string) bool { return hasSentencePunct(text) }

func hasSentencePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// segWords is prose's word tokenizer for Punkt (sentences'
// DefaultWordTokenizer with prose's HasSentEndChars); the methods below
// give the same answers as the ones they replace.
type segWords struct{ sentences.DefaultWordTokenizer }

// Tokenize is sentences' DefaultWordTokenizer.Tokenize (white-space
// separated words with their end offsets, only those around sentence
// punctuation when onlyPeriodContext) reading ASCII bytes without
// decoding them. Its quirks are kept: a last word ending in a multi-byte
// rune is not cut at the end of the text, and an empty word leaves the
// start of the next one where it was.
func (w *segWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	textLength := len(text)
	if textLength == 0 {
		return nil
	}
	tokens := make([]*sentences.Token, 0, 50)
	lastSpace := 0
	lineStart, paragraphStart, getNextWord := false, false, false
	for i := 0; i < textLength; {
		at, c := i, text[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && at != textLength-1 {
			continue
		}
		if c == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := at
		if at == textLength-1 {
			cursor = textLength
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		punct := hasSentencePunct(word)
		if onlyPeriodContext && !punct && !getNextWord {
			lastSpace = cursor
			continue
		}
		token := sentences.NewToken(word)
		token.Position = cursor
		token.ParaStart = paragraphStart
		token.LineStart = lineStart
		tokens = append(tokens, token)
		lastSpace = cursor
		lineStart, paragraphStart = false, false
		getNextWord = punct
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = textLength
		tokens = append(tokens, token)
	}
	return tokens
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Type is the token lower-cased, with a number at its end replaced by
// "##number##" (sentences' `-?[\.,]?\d[\d,\.-]*\.?$`) and, unless one
// byte long, without commas.
func (*segWords) Type(t *sentences.Token) string {
	typ := strings.ToLower(t.Tok)
	if i := segNumberAt(typ); i >= 0 {
		typ = typ[:i] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// segNumberAt is where the leftmost match of `-?[\.,]?\d[\d,\.-]*\.?$`
// in s starts, or -1. Every byte of a match is one of "-.,0123456789", so
// it starts in the run of those that ends s, at the first place that reads
// as an optional "-", an optional "." or ",", and a digit.
func segNumberAt(s string) int {
	j := len(s)
	for j > 0 && segNumByte(s[j-1]) {
		j--
	}
	for i := j; i < len(s); i++ {
		k := i
		if s[k] == '-' {
			k++
		}
		if k < len(s) && (s[k] == '.' || s[k] == ',') {
			k++
		}
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			return i
		}
	}
	return -1
}

func segNumByte(c byte) bool { return c >= '0' && c <= '9' || c == '-' || c == '.' || c == ',' }

// TypeNoPeriod is Type without a final full stop (when longer than one byte).
func (w *segWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is TypeNoPeriod for a sentence break, else Type.
func (w *segWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}

// FirstUpper reports whether the token's first rune is upper case.
func (*segWords) FirstUpper(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsUpper(r)
}

// FirstLower reports whether the token's first rune is lower case.
func (*segWords) FirstLower(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsLower(r)
}

// IsEllipsis: the token ends in two or more full stops (`\.\.+$`).
func (*segWords) IsEllipsis(t *sentences.Token) bool { return strings.HasSuffix(t.Tok, "..") }

// IsInitial: an ASCII letter and a full stop (`^[A-Za-z]\.$`).
func (*segWords) IsInitial(t *sentences.Token) bool {
	return len(t.Tok) == 2 && IsASCIILetter(t.Tok[0]) && t.Tok[1] == '.'
}

// IsAlpha: ASCII letters only (`^[A-Za-z]+$`).
func (*segWords) IsAlpha(t *sentences.Token) bool {
	for i := 0; i < len(t.Tok); i++ {
		if !IsASCIILetter(t.Tok[i]) {
			return false
		}
	}
	return t.Tok != ""
}

// segEnders and segParens are prose's sentence-ending marks: a token that
// ends with an ender (unless it holds "Yahoo!") or holds a paren ends a
// sentence.
var (
	segEnders = []string{
		`."`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	segParens = []string{
		`.[`, `.(`, `."`,
		`?[`, `?(`,
		`![`, `!(`,
	}
)

// HasSentEndChars is prose's test of a token that ends a sentence.
func (*segWords) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range segEnders {
		if strings.HasSuffix(t.Tok, ender) && !strings.Contains(t.Tok, "Yahoo!") {
			return true
		}
	}
	for _, paren := range segParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

// segTypeAnnotation is sentences' TypeBasedAnnotation (the first pass:
// a sentence-ending mark breaks; a final full stop makes an abbreviation
// when the word before it, or its last hyphenated part, is a known one,
// else a break) without its conversion of every token to runes. Its quirk
// is kept: the word is cut as many bytes long as the token has runes,
// less one.
type segTypeAnnotation struct {
	*sentences.Storage
	words *segWords
}

func (a *segTypeAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, t := range tokens {
		switch {
		case a.words.HasSentEndChars(t):
			t.SentBreak = true
		case strings.HasSuffix(t.Tok, ".") && !strings.HasSuffix(t.Tok, ".."):
			noPeriod := strings.ToLower(t.Tok[:utf8.RuneCountInString(t.Tok)-1])
			lastHyphenated := noPeriod[strings.LastIndexByte(noPeriod, '-')+1:]
			if a.IsAbbr(noPeriod, lastHyphenated) {
				t.Abbr = true
			} else {
				t.SentBreak = true
			}
		}
	}
	return tokens
}

// segMultiPunct is prose's multiPunctWordAnnotation: abbreviations with
// several full stops ("F.B.I."), ellipses and sentence-internal quotes.
type segMultiPunct struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

func (a *segMultiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, tokPair := range a.TokenGrouper.Group(tokens) {
		if len(tokPair) < 2 || tokPair[1] == nil {
			tok := tokPair[0].Tok
			if strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				// We've mislabeled due to an errant newline.
				tokPair[0].SentBreak = false
			}
			continue
		}
		a.tokenAnnotation(tokPair[0], tokPair[1])
	}
	return tokens
}

// segLooksInternal: the token's mark could be sentence-internal (a bracket
// or a quotation mark).
func segLooksInternal(tok string) bool {
	for _, punc := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, punc) {
			return true
		}
	}
	return false
}

// segEllipsis is prose's `(?:\.\s?){2,}\.` (MatchString): three full stops,
// each but the first after the one before or after it and one space.
func segEllipsis(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		n, k := 1, i+1
		for {
			if k < len(s) && s[k] == '.' {
				n, k = n+1, k+1
			} else if k+1 < len(s) && segSpace(s[k]) && s[k+1] == '.' {
				n, k = n+1, k+2
			} else {
				break
			}
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

// segSpace is the regexp class \s: [\t\n\f\r ].
func segSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// segAbbr is prose's `((?:[\w]\.)+[\w]*\.)` (found anywhere): a word byte
// and a full stop, then word bytes and a full stop.
func segAbbr(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if !asciiWordByte(s[i]) || s[i+1] != '.' {
			continue
		}
		k := i + 2
		for k < len(s) && asciiWordByte(s[k]) {
			k++
		}
		if k < len(s) && s[k] == '.' {
			return true
		}
	}
	return false
}

func asciiWordByte(c byte) bool { return IsASCIILetter(c) || c >= '0' && c <= '9' || c == '_' }

func (a *segMultiPunct) tokenAnnotation(tokOne, tokTwo *sentences.Token) {
	// This is an expensive calculation, so we only want to do it once.
	var nextTyp string

	// If both tokOne and tokTwo and periods, we're probably in an ellipsis
	// that wasn't properly tokenized by `WordTokenizer`.
	if strings.HasSuffix(tokOne.Tok, ".") && tokTwo.Tok == "." {
		tokOne.SentBreak = false
		tokTwo.SentBreak = false
		return
	}

	isNonBreak := strings.HasSuffix(tokOne.Tok, ".") && !tokOne.SentBreak
	isEllipsis := segEllipsis(tokOne.Tok)
	isInternal := tokOne.SentBreak && segLooksInternal(tokOne.Tok)

	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
		isStarter := a.SentStarters[nextTyp]

		// If the tokOne looks like an ellipsis and tokTwo is either
		// capitalized or a frequent sentence starter, break the sentence.
		if isEllipsis {
			if a.TokenParser.FirstUpper(tokTwo) || isStarter != 0 {
				tokOne.SentBreak = true
				return
			}
		}

		// If the tokOne's sentence-breaking punctuation looks like it could
		// occur sentence-internally, ensure that the following word is either
		// capitalized or a frequent sentence starter.
		if isInternal {
			if a.TokenParser.FirstLower(tokTwo) && isStarter == 0 {
				tokOne.SentBreak = false
				return
			}
		}

		// If the tokOne ends with a period but isn't marked as a sentence
		// break, mark it if tokTwo is capitalized and can occur in _ORTHO_LC.
		if isNonBreak && a.TokenParser.FirstUpper(tokTwo) {
			if a.Storage.OrthoContext[nextTyp]&112 != 0 {
				tokOne.SentBreak = true
			}
		}
	}

	if !segAbbr(tokOne.Tok) {
		return
	}

	if a.IsInitial(tokOne) {
		return
	}

	tokOne.Abbr = true
	tokOne.SentBreak = false

	// [4.1.1. Orthographic Heuristic] Check if there's
	// orthogrpahic evidence about whether the next word
	// starts a sentence or not.
	isSentStarter := a.Ortho.Heuristic(tokTwo)
	if isSentStarter == 1 {
		tokOne.SentBreak = true
		return
	}

	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
	}

	// [4.1.3. Frequent Sentence Starter Heruistic] If the
	// next word is capitalized, and is a member of the
	// frequent-sentence-starters list, then label tok as a
	// sentence break.
	if a.TokenParser.FirstUpper(tokTwo) && a.SentStarters[nextTyp] != 0 {
		tokOne.SentBreak = true
		return
	}
}
