package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainArticle makes the article of a plain-text document read by
// plainParagraphs (its paragraphs, and whether each was joined from
// wrapped lines): every paragraph is kept — such a text is an article as
// its writer laid it out, with no page around it, so nothing in it is
// furniture. The record's title (title, "" when none) gives up its copy
// on the first line (cutTitle); without one, a first paragraph of a single
// line that reads as a headline over more text is the title.
func plainArticle(paras []string, joined []bool, title string) *Article {
	a := &Article{}
	switch {
	case title != "":
		if len(paras) > 0 {
			if paras[0] = cutTitle(paras, title); paras[0] == "" {
				paras = paras[1:]
			}
		}
	case len(paras) > 1 && !joined[0] && looksLikeHeadline(paras[0]):
		a.Title, paras = paras[0], paras[1:]
	}
	a.Text = strings.Join(paras, "\n")
	return a
}

// cutTitle returns the first line of a text (lines[0], not empty) without
// the copy of the record's title that opens it: "" when the line is the
// title and more lines follow; the rest of the line when the title is
// glued to the start of the body on it ("BELGIAN ECU COIN ISSUE PRICED A
// limited Belgian issue …" → "A limited Belgian issue …"), the body going on
// with a capital, a number or a sign; the line unchanged when the title
// merely opens a sentence of the body ("Apple" / "Apple said on Monday …")
// or is the whole text.
func cutTitle(lines []string, title string) string {
	l := lines[0]
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return l
	}
	if sameWords(l, title) {
		for _, m := range lines[1:] {
			if strings.TrimSpace(m) != "" {
				return ""
			}
		}
		return l
	}
	rest, ok := cutWords(l, title)
	if !ok || rest == "" {
		return l
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || headlineGoesOn(title, rest) {
		return l
	}
	return rest
}

// headlineGoesOn: the title, in capitals, stops short of the headline the
// line opens with — the rest goes on in capitals or figures, one word or
// two ("… CUTS ANNUAL DIVIDEND TO SIX DLRS CASH A" / "SHARE", "… TO
// UNKNOWN DESTINATIONS FOR" / "1986/87"; not "… SALE DATE SET" / "A
// limited Belgian issue …", "U.S. farmers said …").
func headlineGoesOn(title, rest string) bool {
	if strings.IndexFunc(title, unicode.IsLower) >= 0 {
		return false
	}
	f := strings.Fields(rest)
	capsWord := func(w string) bool { return strings.IndexFunc(w, unicode.IsLower) < 0 }
	return capsWord(f[0]) && (len(f) == 1 || capsWord(f[1]))
}

// sameWords: a and b hold the same words (spacing aside), compared word
// by word, with no copy of either (a is a text's first line, often a
// whole paragraph, that most titles part from at a word or two past their
// end).
func sameWords(a, b string) bool {
	for {
		var wa, wb string
		wa, a = nextWord(a)
		wb, b = nextWord(b)
		if wa != wb || wa == "" {
			return wa == wb
		}
	}
}

// nextWord returns the first word of s, split at white space as
// strings.Fields splits, and what follows it ("" when s holds no word).
func nextWord(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// cutWords cuts the words of prefix (one space apart) off the start of l,
// whatever the spaces between them in l, and returns the rest, trimmed;
// ok is false when l does not open with those words followed by a space.
func cutWords(l, prefix string) (string, bool) {
	l = strings.TrimLeft(l, " \t")
	for _, w := range strings.Split(prefix, " ") {
		if !strings.HasPrefix(l, w) {
			return "", false
		}
		l = l[len(w):]
		if l != "" && l[0] != ' ' && l[0] != '\t' {
			return "", false
		}
		l = strings.TrimLeft(l, " \t")
	}
	return l, true
}
