package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	uni "unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/rangetable"
)

// readTextFile reads a plain-text article or scraped page dump. The
// warning, when not empty, says which legacy encoding the text was read in.
func readTextFile(name string, r io.Reader) (*Article, string, error) {
	b, err := readAllLimit(r, MaxArticle)
	if err == errTooLarge {
		return nil, "", errorf(name, "", "text is over the %d MB article limit", MaxArticle>>20)
	}
	if err != nil {
		return nil, "", errorf(name, "", "%v", err)
	}
	s, enc, err := decodeText(b)
	if err != nil {
		return nil, "", errorf(name, "", "%v", err)
	}
	a := ParseText(s)
	if err := checkText(a.Text); err != nil {
		if strings.TrimSpace(s) == "" {
			return nil, "", errorf(name, "", "empty file")
		}
		return nil, "", errorf(name, "", "%v", err)
	}
	warn := ""
	if enc != "" {
		warn = name + ": not UTF-8; read as " + enc + " (the text fits it)"
	}
	return a, warn, nil
}

// decodeText validates raw text bytes and returns them as UTF-8: BOMs are
// honoured (UTF-8, UTF-16, and the decoded text must then read as text),
// NUL bytes mean binary data, and text that is not valid UTF-8 is read as
// Windows-1252 (a superset of Latin-1's printable characters, as browsers
// do for undeclared pages) when every byte fits it and the result reads as
// text; enc names that encoding. Anything else is an error that says how to
// convert it.
func decodeText(b []byte) (s, enc string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if len(b)%2 != 0 {
			return "", "", fmt.Errorf("starts with a UTF-16 byte-order mark but has an odd number of bytes: not UTF-16 text")
		}
		d, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("bad UTF-16 text: %v", err)
		}
		if why := implausibleText(string(d)); why != "" {
			return "", "", fmt.Errorf("starts with a UTF-16 byte-order mark but does not read as UTF-16 text (%s)", why)
		}
		b = d
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", fmt.Errorf("empty file")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", "", fmt.Errorf("binary data (NUL byte at offset %d)", i)
	}
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	convert := fmt.Sprintf("invalid UTF-8 at byte %d, and not Windows-1252/Latin-1 text either; convert it to UTF-8 (iconv -f ENCODING -t UTF-8)", invalidAt(b))
	if !fitsWindows1252(b) {
		return "", "", errors.New(convert)
	}
	d, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil || implausibleText(string(d)) != "" {
		return "", "", errors.New(convert)
	}
	return string(d), "Windows-1252 (Latin-1)", nil
}

// implausibleText says why a decoded text does not read as text ("" when it
// does): control characters, replacement or private-use characters,
// unassigned code points, or, in a longer text, no spacing or punctuation at
// all (bytes of another encoding read as UTF-16 make a run of ideographs).
func implausibleText(s string) string {
	runes, bad, sep := 0, 0, 0
	for _, r := range s {
		runes++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
			sep++
		case r == utf8.RuneError, r < 0x20, r >= 0x7f && r < 0xa0,
			uni.Is(uni.Co, r), uni.Is(uni.Cs, r), !uni.Is(assigned, r):
			bad++
		case r < 0x80 && (uni.IsSpace(r) || uni.IsPunct(r)), r >= 0xa0 && r <= 0xbf,
			r >= 0x2010 && r <= 0x2027, r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xff65:
			// Spacing and punctuation of the common scripts (ASCII,
			// Latin-1, dashes and quotes, CJK and full-width); bytes of
			// ASCII read as UTF-16 seldom make any.
			sep++
		}
	}
	switch {
	case bad > 0 && bad*200 >= runes:
		return fmt.Sprintf("%d control, private or unassigned characters in %d", bad, runes)
	case runes >= 24 && sep*1000 < runes*15:
		return "no spaces or punctuation"
	}
	return ""
}

// assigned is every assigned code point: the union of the two-letter
// general categories (Lu, Ll … Cc, Cf, Co, Cs). The one-letter groups are
// left out: Go's "C" also covers the unassigned code points.
var assigned = func() *uni.RangeTable {
	var ts []*uni.RangeTable
	for name, t := range uni.Categories {
		if len(name) == 2 {
			ts = append(ts, t)
		}
	}
	return rangetable.Merge(ts...)
}()

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
func ParseText(s string) *Article { return parseText(s, "") }

// parseText is ParseText for a text whose record gives it a title ("" when
// none): the title is not looked for in the text, and the text's first
// line gives up only the title (cutTitle).
func parseText(s, title string) *Article {
	s = dropSoftHyphens(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if paras, joined, ok := plainParagraphs(s, title != ""); ok {
		return plainArticle(paras, joined, title)
	}
	raw := strings.Split(s, "\n")
	lines := make([]string, 0, len(raw))
	words := make([]int, len(raw))
	for i, l := range raw {
		l = strings.TrimSpace(l)
		lines = append(lines, l)
		words[i] = lineWords(l)
	}
	if title != "" {
		for i, l := range lines {
			if l != "" {
				if c := cutTitle(lines[i:], title); c != l {
					lines[i], words[i] = c, lineWords(c)
				}
				break
			}
		}
	}
	start, end, furniture, joins := bodyRegion(lines, words)
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
	join := false // the last line kept goes on in the next (a hard-wrapped paragraph)
	for i := start; i < end; i++ {
		l := lines[i]
		if l == "" || furniture[i] || seen[l] {
			continue
		}
		if words[i] >= 8 {
			seen[l] = true
		}
		if join && len(body) > 0 {
			body[len(body)-1] += " " + l
		} else {
			body = append(body, l)
		}
		join = joins != nil && joins[i]
	}
	a.Text = strings.Join(body, "\n")
	return a
}

// isTextFurniture reports whether a line of a text dump is furniture. A
// long line that ends like a sentence is always kept.
func isTextFurniture(l string) bool { return textFurniture(l, lineWords(l)) }

// textFurniture is isTextFurniture for a line of w words (lineWords).
func textFurniture(l string, w int) bool {
	if w >= 8 && textBoiler(l) {
		return true
	}
	if w >= 15 && endsSentence(l) {
		return isBoilerSentence(l)
	}
	return isFurnitureLine(l)
}

// textBoilerRules are boilerRules of the text reader alone: footers that
// a page's markup already sets apart (so the HTML reader never meets
// them) but that a dump flattens among the paragraphs, where their length
// can win them the body. Run, lower-cased, only on lines of eight words
// or more that hold one of their words as written (in lower case, as in
// a sentence).
var textBoilerRules = []boilerRule{
	// a copyright notice that opens its line, however long (a footer's paragraph: "© 2004-2019
	// All rights reserved. MNT is the registered trade mark of …", "Copyright © 2011, Harvard
	// University. For more information about …", a journal's licence line "©Jennifer Huberty,
	// … Originally published in JMIR …"); not prose about copyright ("Copyright holders said …")
	{[]string{"©", "Copyright", "COPYRIGHT", "(c)", "(C)"}, boiler(`(?:copyright\s*)?(?:©|\(c\))\s*.*|copyright\s+\d{4}\b.*`)},
	// a cookie notice that opens its line, however long (a consent banner flattened to one
	// paragraph: "We use cookies and similar technologies to improve your browsing experience,
	// … By clicking “Accept and Continue” below, (1) you consent …", "We use cookies on our
	// website to give you the most relevant experience … By clicking “Accept”, you consent …");
	// boilerRules' cookie row takes the shorter ones anywhere in a line
	{[]string{"cookies"}, boiler(`(?:we|this (?:site|website)|our (?:site|website)s?)(?: and (?:our|selected) (?:partners|third parties))? uses? cookies\b.*`)}, // (textBoiler tests lines up to maxBoilerLine)
	// a supplement's FDA notice: "*These statements have not been evaluated by the Food and Drug
	// Administration. This product is not intended to diagnose, treat, cure, or prevent any
	// disease."; not a sentence about the FDA's rules
	{[]string{"evaluated by the", "not intended to diagnose"}, boiler(`.{0,100}\b(?:(?:these|this|the|such) (?:statements?|claims?|products?) (?:have|has) not been evaluated by the (?:food and drug administration|fda)|(?:is|are) not intended to diagnose,? treat,? cure,? or prevent any disease)\b.{0,400}`)},
	// the trademark notice: "Apple logo, Apple TV, App Store … are registered trademarks of Apple
	// Inc.", "AIA®, G702®, and G703® are registered trademarks owned by The American Institute of
	// Architects"; not a sentence that names a mark in passing
	{[]string{"registered trademark"}, boiler(`.{0,300}\b(?:is|are) (?:a |the )?registered trademarks? (?:of|owned by|belonging to)\b.{0,400}`)},
	// the site's disclaimer in a footer paragraph, however long: "The content contained in this
	// blog post is intended for general informational purposes only and is not meant to constitute
	// legal, tax … advice. …", "The information shared on this website and podcast is for general
	// educational purposes only. …", "This material is not intended to replace the advice of a
	// qualified advisor. …", "We do not offer medical advice. …"; only the site's words about its
	// own information (not "the trips are for educational purposes only")
	{[]string{"purposes", "information only", "advice"}, boiler(`.{0,200}\b(?:information|content|material|materials|article|post|blog|site|website|video|podcast|page|guide)\b.{0,80}\b(?:is|are) (?:intended |designed |provided |meant |offered |published )?(?:solely |only |purely )?for (?:general )?(?:information(?:al)?|educational) (?:purposes|only)\b.{0,1000}|.{0,200}\b(?:is|are) not (?:intended|meant|designed) to (?:replace|substitute for) (?:the )?(?:advice|guidance|care) of (?:a|an|your) (?:\pL+ ){0,2}(?:advisor|adviser|professional|physician|doctor|attorney|lawyer|accountant|provider)s?\b.{0,1000}|(?:we|i) do(?: not|n['’]t) (?:offer|provide|give) (?:\pL+ ){0,2}(?:medical|legal|financial|investment|tax|professional) advice\b.{0,1000}`)},
}

// textBoiler reports a line that a textBoilerRules row matches.
func textBoiler(l string) bool {
	if len(l) > maxBoilerLine {
		return false
	}
	lower := ""
	for _, r := range textBoilerRules {
		for _, w := range r.words {
			if !strings.Contains(l, w) {
				continue
			}
			if lower == "" {
				lower = strings.ToLower(l)
			}
			if r.re.MatchString(lower) {
				return true
			}
			break
		}
	}
	return false
}

// Line scores of bodyRegion besides paragraph lines (their word count).
var (
	shortPenalty     = -10
	furniturePenalty = -20
	midScore         = -1
)

// commentStart matches the lines that open a comment section ("Comments
// (12)", "Leave a Reply", "10 comments:", Substack's "Discussion about
// this post" and its tabs glued, "CommentsRestacks").
var commentStart = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?(?:\s+(?:to|on|for)\b.*|\s+feed.*)?:?$|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|show comments|view comments|\d+ thoughts? on\b.*|what do you think\??|discussion about this (?:post|article|story|episode|video)|comments\s*restacks)$` +
	// the comment form's note ("Your email address will not be published. Required fields are
	// marked *"), and the same openings in the other languages WordPress speaks: "Schreibe einen
	// Kommentar", "2 Gedanken zu „…“", "11 Antworten zu …", "Deine E-Mail-Adresse wird nicht
	// veröffentlicht.", "Laisser un commentaire", "Deja un comentario", "Lascia un commento"; a
	// count opens the counted forms ("Reaktionen auf die Sondermaßnahmen" is a section's heading)
	`|^(?:your email address will not be published\b.*|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\b.*|(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentar (?:schreiben|verfassen|hinterlassen)|(?:\d+|ein|eine|einen)\s+(?:gedanken?|antworten?|kommentare?|reaktionen?) (?:zu|auf)\b.*|gedanken zu\s*[„“"«»].*|laisser un commentaire|\d+\s+(?:commentaires?|réponses?) (?:à|sur)\b.*|deja (?:un|tu) comentario|\d+\s+(?:comentarios?|respuestas?) (?:a|en)\b.*|lascia un commento|deixe (?:um|seu) comentário|dodaj komentarz)$`)

// trailingMatter are the lines that open what follows an article in a dump,
// by name: once the body holds 100 words of prose, every line from such a
// line on costs as much as a short one (bodyRegion), so the body ends
// there. A row with a next check holds only when the lines after it hold
// what the check asks (bioNext: the person's name; opensNext: a paragraph
// that opens with the organisation's).
var trailingMatter = []struct {
	name  string
	first string // the bytes such a line can start with ("": any)
	words int    // the most words such a line holds (0: any)
	re    *regexp.Regexp
	next  func(lines []string, i int, name string) bool // nil, or what the lines after must hold (name: the heading's first group)
}{
	{"comment section", "0123456789cClLpPaAjJsSvVwWdDyYhHkKgGrRiIeE", 0, commentStart, nil},
	// the author box under a post or a story: "About the Author", "ABOUT
	// THE AUTHOR", "About the writer", "About Our Expert", "Author:", "Über den Autor/ die
	// Autorin", "À propos de l'auteur"; a byline's "Written by"
	// is not one (it stands over the text as often as under it)
	{"author box", "aAsSoO\xc3", 0, regexp.MustCompile(`(?i)^(?:about (?:the|this|our) (?:authors?|writers?|reporters?|contributors?|experts?|reviewers?)|authors?|über (?:den|die) (?:autor|autorin|autoren|verfasser|verfasserin)(?:\s*/\s*(?:den|die) (?:autor|autorin))?|à propos de l'auteur|sobre (?:el autor|la autora)|sull'autore|o autorze)\s*:?$`), nil},
	// an author box headed by the author's name, in the languages news is
	// read in: "About Brigit Katz" / "Brigit Katz is a freelance writer …",
	// "Über Moritz Bachmann", "Sobre Carlos Nadalim"; not "About Grave
	// Empire" over a book's blurb, nor "About Georgetown University Medical
	// Center" (no name in the next lines, or more than three words)
	{"author box by name", "AS\xc3I", 0, regexp.MustCompile(`^(?:About|Über|Sobre|À propos de|Acerca de|Informazioni su)\s+(\p{Lu}[\pL'’-]+)(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\pL'’-]+){1,2}$`), bioNext},
	// a press release's or a blog's boilerplate about the organisation:
	// "About Scripps Health" / "Scripps Health is a not-for-profit …",
	// "About SiliconANGLE Media", "About Clay" / "Clay is a UI/UX design
	// agency …"; not "About The Red Labyrinth" over a book's blurb
	{"organisation box", "A", 0, regexp.MustCompile(`^About\s+(\p{Lu}[\pL\d&.'’-]*(?:\s+\p{Lu}[\pL\d&.'’-]*){0,3})\s*:?$`), opensNext},
	// an author box headed by the author's name alone (or a byline), a
	// job title or an address at most between, then a bio that opens with
	// the name (bioBox): "Lauren Vetter" / "Lauren Vetter is a
	// growth-focused marketing professional …", "Christian Eilers" / "HR &
	// Career Expert" / "Christian Eilers is a career expert …", "Written
	// by: Sean Peek, Senior Analyst" / "Sean Peek co-founded …", "Jared
	// Spataro" / "Chief Marketing Officer" / "Jared leads …", "Philip
	// Stefanov" / "I'm Philip, a certified personal trainer …"; not a
	// section's heading over its text ("Copper Pipes" / "Copper is among
	// …"), nor a list of people, each under their name
	{"author box by bio", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\xc3\xc4\xc5", 10, authorNameLine, bioBox},
}

// authorNameLine matches a line that holds a person's name alone, or
// after "By" or "Written by" and before a job title: "Lauren Vetter",
// "Megan Leanda Berry", "Sean O'Brien", "Melissa K. Norris", "By Sam
// O'Brien", "Written by: Sean Peek, Senior Analyst"; the name is its first
// group.
var authorNameLine = regexp.MustCompile(`^(?:(?:Written |Posted )?[Bb]y:?\s+)?(\p{Lu}[\pL'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:de |van |von |del |da |di |la |le )?\p{Lu}[\pL'’-]+){1,2})(?:\s*[,|]\s*\p{Lu}[\pL&,\s]{1,40})?$`)

// bioOpening matches the opening of a bio: a name of two to four words,
// then "is a", "is an", "is the", "was a" … (the name is its first group).
var bioOpening = regexp.MustCompile(`^(\p{Lu}[\pL'’.-]+(?:\s+\p{Lu}[\pL'’.-]+){1,3}),?\s+(?:is|was|has been)\s+(?:a|an|the|\pL+[’']s)\s`)

// maxBylineScan is how many lines from the top of a dump bylineBio looks
// for the byline in (bounding its cost on long pages).
const maxBylineScan = 800

// bylineBio reports whether line i is a bio of the page's author: a
// paragraph that opens with a name and "is a …" ("Will Knight is a senior
// writer for WIRED, covering …", "Ganesh Sitaraman is a professor at …"),
// the name being the byline's: a line above holds it after "By" or "Von",
// or alone when it opens with a known given name (a menu's "Toddler Sleep
// Training" is none). A paragraph that introduces someone the story
// quotes ("Jane Doe is a professor at …") names no byline.
func bylineBio(lines []string, i int) bool {
	l := lines[i]
	if len(l) < 60 || l[0] < 'A' || l[0] > 'Z' {
		return false
	}
	head := l[:min(len(l), 80)]
	if sp := strings.IndexByte(head, ' '); sp < 0 || sp+1 >= len(head) || !isUpperOrDigit(rune(head[sp+1])) {
		return false // no second capitalised word: no name
	}
	if !strings.Contains(head, " is ") && !strings.Contains(head, " was ") && !strings.Contains(head, " has been ") {
		return false
	}
	m := bioOpening.FindStringSubmatch(head)
	if m == nil {
		return false
	}
	name := m[1]
	first, _, _ := strings.Cut(name, " ")
	known := lexicon.GivenNameGender(first) != 0
	for j := 0; j < i && j < maxBylineScan; j++ { // the byline stands near the top of the page
		b := lines[j]
		if len(b) < len(name) || len(b) > len(name)+40 {
			continue
		}
		if b == name && known {
			return true
		}
		for _, p := range []string{"By ", "by ", "BY ", "By: ", "Von ", "von "} {
			if rest, ok := strings.CutPrefix(b, p); ok && strings.HasPrefix(rest, name) {
				return true
			}
		}
	}
	return false
}

// bioBox: a bio follows the name line i (bioAfter), and no other name
// line of the page (a line authorNameLine matches: "Havenly" over a
// listicle's "Havenly is an online …" is none) heads an entry (a list of
// people, each under their name).
func bioBox(lines []string, i int, name string) bool {
	if notAName[strings.Fields(name)[0]] || !bioAfter(lines, i, name) {
		return false
	}
	for j, l := range lines {
		if j != i && l != name && authorNameLine.MatchString(l) && headsEntry(lines, j) {
			return false
		}
	}
	return true
}

// headsEntry: line i is a short name (six words at most, no sentence)
// over an entry of a list that opens with it, a short line or two
// between: "8000Kicks" / "8000Kicks is a US-based brand …", "Power BI" /
// "Power BI is a Microsoft tool …", "Jensen Huang" / "CEO" / "Jensen Huang
// founded …".
func headsEntry(lines []string, i int) bool {
	l := lines[i]
	if l == "" || len(l) > 60 || lineWords(l) > 6 || endsSentence(l) {
		return false
	}
	for j, seen := i+1, 0; j < len(lines) && seen < 3; j++ {
		if lines[j] == "" {
			continue
		}
		seen++
		if lineWords(lines[j]) >= 12 {
			return opensWith(lines[j], l)
		}
	}
	return false
}

// bioAfter: among the three non-empty lines after line i, the first
// paragraph (twelve words or more) is a bio of the person named (name):
// it opens with the name, with "I'm" and the first name, or, under a
// short line (a job title: "Contributing Writer", "SEO Copywriter"), with
// the first name; only short lines stand before it; and the line after
// it is no other paragraph, or one that names the person too ("Karina
// holds an MBA …", "At business.com, Peek covers …").
func bioAfter(lines []string, i int, name string) bool {
	parts := strings.Fields(name)
	first, last := parts[0], parts[len(parts)-1]
	titled := false
	for j, seen := i+1, 0; j < len(lines) && seen < 3; j++ {
		l := lines[j]
		if l == "" {
			continue
		}
		seen++
		w := lineWords(l)
		if w < 12 {
			if w > 8 {
				return false
			}
			titled = true
			continue
		}
		ok := opensWith(l, name) || titled && namedEarly(l, name, first)
		for _, p := range selfIntros {
			if rest, cut := strings.CutPrefix(l, p); cut {
				ok = ok || opensWith(rest, first)
				break
			}
		}
		if !ok && !(titled && opensWith(l, first)) || !personal(l, first) {
			return false
		}
		for k := j + 1; k < len(lines); k++ {
			if n := lines[k]; n != "" {
				return lineWords(n) < 12 || hasWord(n, first) || hasWord(n, last)
			}
		}
		return true
	}
	return false
}

// namedEarly: the first 160 bytes of a bio under a name and a job title
// name the person (first: a known given name), in full or by the given
// name, after a lead-in: "With over a decade of experience in tech, Paul
// is recognized …", "A New York transplant hailing from the Pacific
// Northwest, Emmet White has a passion …"; not a board game's "Ada’s
// Dream" under "Chosen by Victoria".
func namedEarly(l, name, first string) bool {
	if lexicon.GivenNameGender(first) == 0 {
		return false
	}
	head := l[:min(len(l), 160)]
	return hasWordSeq(head, name) || hasWordSeq(head, first)
}

// hasWordSeq: s holds the words w, not inside a longer word.
func hasWordSeq(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !uni.IsLetter(before)) && (b == len(s) || !uni.IsLetter(after)) {
			return true
		}
		i = b
	}
}

// personal: a paragraph under a name line (first: its first word) is
// about a person, not a product or a section's subject ("Power BI" /
// "Power BI is a Microsoft tool …"): the name is a known given name, or
// the paragraph speaks of a person (bioPronouns: "She's spent years …",
// "I write about …").
func personal(l, first string) bool {
	if lexicon.GivenNameGender(first) != 0 {
		return true
	}
	for _, f := range strings.FieldsFunc(l, func(r rune) bool { return !uni.IsLetter(r) }) {
		if bioPronouns[f] {
			return true
		}
	}
	return false
}

// bioPronouns are the words of a text about a person (in the case they
// are written in).
var bioPronouns = map[string]bool{"I": true, "He": true, "She": true, "he": true, "she": true, "his": true, "His": true,
	"her": true, "Her": true, "him": true, "my": true, "My": true}

// opensWith: l opens with the words s, then a space, a comma or a
// possessive ("Isabella Tabacchi’s lens captures …").
func opensWith(l, s string) bool {
	rest, ok := strings.CutPrefix(l, s)
	return ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "'s "))
}

// selfIntros open a bio written in the first person: "I'm Philip, …".
var selfIntros = []string{"Hi, I'm ", "Hi, I’m ", "Hi! I'm ", "Hi! I’m ", "I'm ", "I’m ", "I am "}

// trailingStart reports whether line i opens trailing matter.
func trailingStart(lines []string, i int) bool { return trailingRowStarts(lines, i, "") }

// authorBoxStart reports whether line i opens an author's box: the
// trailingMatter rows whose name starts "author box".
func authorBoxStart(lines []string, i int) bool {
	return trailingRowStarts(lines, i, "author box")
}

// trailingRowStarts reports whether line i opens the trailing matter of a
// trailingMatter row whose name starts with prefix ("" for every row).
func trailingRowStarts(lines []string, i int, prefix string) bool {
	l := lines[i]
	if l == "" || len(l) >= 120 {
		return false
	}
	for _, t := range trailingMatter {
		if !strings.HasPrefix(t.name, prefix) || t.first != "" && strings.IndexByte(t.first, l[0]) < 0 || t.words > 0 && lineWords(l) > t.words {
			continue
		}
		if t.next == nil {
			if t.re.MatchString(l) {
				return true
			}
			continue
		}
		if m := t.re.FindStringSubmatch(l); m != nil && t.next(lines, i, m[1]) {
			return true
		}
	}
	return false
}

// notAName are capitalised words that open a title, not a name: "About The
// Devils", "About This Site", "About Our Team".
var notAName = map[string]bool{
	"The": true, "This": true, "These": true, "That": true, "Our": true, "Us": true, "My": true,
	"Your": true, "A": true, "An": true, "Der": true, "Die": true, "Das": true, "Le": true,
	"La": true, "Les": true, "El": true, "Los": true, "Las": true, "Il": true, "Lo": true, "Of": true,
}

// bioNext: one of the two lines after an author box's heading names the
// person of the heading (first), which is no article or pronoun.
func bioNext(lines []string, i int, first string) bool {
	return !notAName[first] && namedNext(lines, i, first)
}

// opensNext: the line after an organisation's heading is a paragraph that
// opens with its name ("Scripps Health is …", "Clay, a design agency …",
// "GUMC (Georgetown …"), and the name opens with no article.
func opensNext(lines []string, i int, name string) bool {
	if notAName[strings.Fields(name)[0]] {
		return false
	}
	for j := i + 1; j < len(lines); j++ {
		if lines[j] == "" {
			continue
		}
		rest, ok := strings.CutPrefix(lines[j], name)
		return ok && lineWords(lines[j]) >= 10 && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s"))
	}
	return false
}

// namedNext reports whether one of the two non-empty lines after line i
// holds the word name.
func namedNext(lines []string, i int, name string) bool {
	for j, seen := i+1, 0; j < len(lines) && seen < 2; j++ {
		if lines[j] == "" {
			continue
		}
		seen++
		for _, f := range strings.FieldsFunc(lines[j], func(r rune) bool { return !uni.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
			if f == name {
				return true
			}
		}
	}
	return false
}

// bodyRegion finds the article body in a dump (its lines and their
// lineWords): the run of lines with the largest score, where
// paragraph-like lines count for their words and every other non-empty
// line costs a little, furniture more. It returns [start, end) or -1 when
// no line looks like text, which lines are furniture, and which go on in
// the next line as a hard-wrapped paragraph (nil when none does).
func bodyRegion(lines []string, words []int) (int, int, []bool, []bool) {
	best, bestStart, bestEnd := 0, -1, -1
	inComments, bodyWords := false, 0
	sum, start := 0, 0
	seen := map[string]bool{}
	furniture := make([]bool, len(lines))
	teasers := teaserRuns(lines)
	toggles := captionToggles(lines)
	labeledCaptions(lines, words, toggles)
	for i, l := range lines {
		if l != "" {
			if isShopButton(l) {
				toggles[i] = true // dropped, but no split (see shopButton)
			}
			furniture[i] = toggles[i] || textFurniture(l, words[i])
		}
	}
	joins, wrapped := wrapLinks(lines, words)
	boxes := make([]bool, len(lines))
	linkBoxes(lines, words, furniture, wrapped, boxes)
	table := dataTables(lines, words, furniture)
	code := codeBlocks(lines, furniture)
	for i := range code {
		if code[i] && furniture[i] && words[i] <= 2 {
			furniture[i] = false // a code line that reads like furniture: "}", "</div>"
		}
	}
	templates := templateLines(lines, words)
	scores := make([]int, len(lines))
	proseAbove := 0 // the words of the paragraphs above line i
	for i, l := range lines {
		var sc int
		w := words[i]
		switch {
		case l == "" || toggles[i]:
			sc = 0 // a caption with its toggles goes, but does not split the body
		case seen[l] && templates[l]:
			sc = 0 // a list's template line, again under the next item: dropped, but no split
		case seen[l]:
			sc = furniturePenalty // a repeated paragraph: the page holds a second copy
		case ratingStars(l):
			sc = 0 // a rating widget's stars: dropped, but they do not split the body
		case furniture[i] && w >= 3 && signUpLine(l):
			sc = 0 // a sign-up box's line: it goes, but a box inside the article does not split it
		case furniture[i] && isPhotoCredit(l):
			sc = 0 // a picture's credit: it goes, but the pictures stand inside the article
		case furniture[i] && proseAbove >= 100 && creditCaption(l):
			sc = 0 // a caption that ends in its picture's credit, under 100 words of paragraphs: it goes, but does not split the article (above them, it still parts the body from the page's head)
		case furniture[i]:
			sc = furniturePenalty
		case isProse(l, w):
			sc = w // a paragraph
		case wrapped != nil && wrapped[i]:
			sc = w // a line of a hard-wrapped paragraph
		case table != nil && table[i] && !isProse(l, w) && (!isByline(l) || dateColumn(lines, table, i)):
			sc = 0 // a cell of a table or a spec box in the body (a date column's "1/1/2013" too), not a menu entry
		case isByline(l):
			sc = furniturePenalty // bylines and datelines between paragraphs mark teaser lists
		case w >= 4 && endsSentence(l):
			sc = w // a short sentence
		case w >= 8 && dashedItem.MatchString(l):
			sc = w // a list item that explains its term: "Register for gifts – set up registries (3-4 places)"
		case code != nil && code[i]:
			sc = 0 // a line of a code block in the body, not a menu entry
		case w >= 5:
			sc = midScore // a list item or subheading, not a menu entry
		case table != nil && table[i]:
			sc = 0 // a cell of a table or a spec box in the body, not a menu entry
		default:
			sc = shortPenalty
		}
		if w >= 8 {
			seen[l] = true
		}
		if sc > 0 && isProse(l, w) {
			proseAbove += w
		}
		scores[i] = sc
	}
	sectionLists(lines, scores, code, table)
	bios := make([]bool, len(lines))
	for i, l := range lines {
		sc := scores[i]
		if !inComments && bodyWords >= 100 && sc > 0 && bylineBio(lines, i) {
			sc, bios[i] = 0, true // the author's bio under the article: it goes, but ends nothing (the text may go on)
		}
		if inComments {
			sc = min(sc, shortPenalty)
		}
		if bodyWords >= 100 && (teasers[i] || trailingStart(lines, i) || excerptBox(lines, words, i)) {
			inComments = true // reader comments, an author box or a list of other stories follow the article
		}
		if sc > 0 && endsSentence(l) {
			bodyWords += sc // prose, not a menu glued into one long line
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
	for i, b := range boxes {
		furniture[i] = furniture[i] || b || bios[i] // dropped, though they scored as they read (linkBoxes)
	}
	for i, l := range lines {
		if bestStart <= i && i < bestEnd && !furniture[i] && (code == nil || !code[i]) && isFormButton(l) {
			furniture[i] = true // dropped, though it scored as a short line (formButton)
		}
	}
	for bestStart >= 0 && bestStart < bestEnd && lines[bestStart] == "" {
		bestStart++
	}
	if bestStart >= 0 {
		bestEnd = withSchedule(lines, bestEnd, furniture)
	}
	return bestStart, bestEnd, furniture, joins
}

// templateLines returns the lines of eight words or more that a list
// repeats under each of its items (three times or more), each copy next
// to a line of its item's own (one the page holds once): a webcam's "This
// webcam image is provided courtesy of …" under each camera, a training
// plan's "Warm Up. 10-20 Minutes: Easy jogging …" in each week, a spec
// box's "Deck: 9 layer maple + 2 layer fiber glass" under each board. A
// second copy of the page or of a menu repeats its lines together, and a
// contents list repeats numbered headings ("1. Professional event
// planners offer expertise."): neither is one. nil when none.
func templateLines(lines []string, words []int) map[string]bool {
	count := map[string]int{}
	many := false
	for i, l := range lines {
		if l != "" {
			count[l]++
			many = many || words[i] >= 8 && count[l] >= 3
		}
	}
	if !many {
		return nil
	}
	// ownNext: the line next to line i in direction d (the nearest
	// non-empty one) is the page's only copy of it
	ownNext := func(i, d int) bool {
		for j := i + d; j >= 0 && j < len(lines); j += d {
			if lines[j] != "" {
				return count[lines[j]] == 1
			}
		}
		return false
	}
	bad := map[string]bool{}
	for i, l := range lines {
		if l == "" || words[i] < 8 || count[l] < 3 || bad[l] {
			continue
		}
		if itemNumber(l) > 0 || !ownNext(i, -1) && !ownNext(i, 1) {
			bad[l] = true
		}
	}
	var out map[string]bool
	for i, l := range lines {
		if l != "" && words[i] >= 8 && count[l] >= 3 && !bad[l] {
			if out == nil {
				out = map[string]bool{}
			}
			out[l] = true
		}
	}
	return out
}

// codeMarks are what a line of program code or of a shell session holds
// and a menu entry or a heading does not.
var codeMarks = []string{"{", "}", "=", "()", "[]", "::", "->", "</", "/>", "&&", "||", "\\"}

// codeLine reports a line of code: one with a code mark, a placeholder or
// a tag ("<repo url>"), a command's option ("-A"), one that ends a
// statement (";"), or that opens like a comment or a prompt ("# install
// the tools", "// retry", "$ git status", ">>> import os").
func codeLine(l string) bool {
	if strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "//") || strings.HasPrefix(l, "$ ") || strings.HasPrefix(l, ">>> ") || strings.HasSuffix(l, ";") {
		return true
	}
	for _, m := range codeMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	if i := strings.IndexByte(l, '<'); i >= 0 && strings.IndexByte(l[i:], '>') > 1 {
		return true // a placeholder or a tag: "git clone <repo url>", "<br>"
	}
	if c := l[len(l)-1]; c == '(' || c == '[' || c == '{' || strings.Trim(l, ")]},;") == "" && strings.ContainsAny(l, ")]}") {
		return true // a line that opens a block, or closes one: "WITH series AS (", "list: [", "),", "]"
	}
	if l == "..." || l == "…" || strings.HasSuffix(l, ",") && !strings.Contains(l, " ") && len(l) > 1 {
		return true // an elision in a listing, or one name of a list of columns or arguments: "series,"
	}
	if strings.Contains(l, "│") || strings.Contains(l, "─") {
		return true // a line of a terminal's table: "n │ is_anomaly", "───┼───"
	}
	if i := strings.IndexByte(l, '('); i > 0 && isIdentByte(l[i-1]) && strings.IndexByte(l[i:], ')') > 1 {
		return true // a call: "avg(n)", "count(*) AS total"
	}
	return strings.Contains(l, " -") && cmdFlag.MatchString(l)
}

// cmdFlag matches a command's option: "git add -A", "ls -la", "git
// checkout -b main", "git push --force", "--depth=1"; not a dash between
// words ("the senator -- who").
var cmdFlag = regexp.MustCompile(` --?[A-Za-z][\w-]*(?:[\s=]|$)`)

// codeBlocks marks the lines of the code blocks of a dump (a tutorial's
// commands, a program's listing, one line of code a line): a run of at
// least three lines, from a code line (codeLine) to a code line, with at
// most two other lines, none of them furniture, between two code lines
// ("git init" between "# initialize git" and "git clone <url>" is one of
// the block). A code line of two words at most that reads like furniture
// ("}", "</div>") is the block's.
// nil when there is none.
func codeBlocks(lines []string, furniture []bool) []bool {
	var out []bool
	for i := 0; i < len(lines); i++ {
		if lines[i] == "" || !codeLine(lines[i]) {
			continue
		}
		last, n, gap := i, 1, 0 // the last code line, the lines up to it, the other lines since
		for j := i + 1; j < len(lines) && gap <= 2; j++ {
			l := lines[j]
			if l == "" {
				continue
			}
			c := codeLine(l)
			if furniture[j] && (!c || lineWords(l) > 2) {
				break
			}
			if !c {
				gap++
				continue
			}
			n += gap + 1
			last, gap = j, 0
		}
		if n >= 3 {
			if out == nil {
				out = make([]bool, len(lines))
			}
			for k := i; k <= last; k++ {
				out[k] = lines[k] != ""
			}
		}
		i = last
	}
	return out
}

// Section lists (sectionLists): what a short line of one costs, the most
// lines one holds, and the least a line before and after it scores (a
// sentence of four words: guides set their lists between short sentences,
// "Before booking vendors, you need clarity." / "Ask yourselves:" / …).
var (
	sectionItem    = -1
	maxSectionList = 24
	sectionProse   = 4
)

// sectionLists lowers the cost of the short lines between two paragraphs
// of a dump when they are the article's own list: a guide's, a review's or
// a listicle's list items and subheadings ("Core Budget Categories" /
// "Venue" / "Catering", "Features" / "Pros" / "Cons" / "#2. Leaseweb"). A
// run of at most maxSectionList lines scored as short or mid lines (or of
// a code block's, codeBlocks), with a prose line (sectionProse or more) right before and right after it
// (or right after it a data table's cell, dataTables: the run is the
// table's head, "Feature" / "Last month completion" / "Delta" / "Run tests
// in the Rust CI" / "60%" …) and
// no furniture between, is one when the text introduces it (the prose line
// before ends with a colon: "Break your total budget into clear
// categories:", or announces the list, announcesList: "Below is a list of
// common vehicle components that should be checked and serviced.", or the run opens with a short label: "Include:",
// labeledList) or when it holds the next numbered item of a list begun
// above ("2. Leaseweb" under "1. Cherry Servers", "Step 3 – …" under "Step
// 2 – …"). Such a run costs sectionItem a short line, so that a long
// article's sections are read together. A menu, a share bar or a teaser
// list between two paragraphs is neither introduced nor numbered on, and
// costs as before.
func sectionLists(lines []string, scores []int, code, table []bool) {
	listed := func(k int) bool {
		return scores[k] == shortPenalty || scores[k] == midScore || code != nil && code[k]
	}
	prev := -1 // the last prose line, when nothing but blank lines follows it
	for i := 0; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		sc := scores[i]
		if sc >= sectionProse {
			prev = i
			continue
		}
		if !listed(i) || prev < 0 {
			prev = -1
			continue
		}
		j, n := i, 0 // the run's end and its count of lines
		for ; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			if !listed(j) {
				break
			}
			n++
		}
		if n <= maxSectionList && j < len(lines) && (scores[j] >= sectionProse || table != nil && table[j] && scores[j] == 0) &&
			(strings.HasSuffix(lines[prev], ":") || announcesList(lines[prev]) || labeledList(lines, i, j) || numberedOn(lines, i, j)) {
			for k := i; k < j; k++ {
				if scores[k] == shortPenalty {
					scores[k] = sectionItem
				}
			}
		}
		prev = -1
		i = j - 1
	}
}

// listAnnouncer matches a short sentence that announces the list under
// it (lower-cased), by how it opens: "Below is a list of common vehicle
// components that should be checked and serviced.", "Here are several key
// differences between a digital classroom and a virtual classroom.", "Use
// this list to ensure you've accounted for all potential wedding
// expenses.", "The following tools are required."; not a closing line
// that points at links ("See more picks on articles below.") or a
// teaser's "Here's hours upon hours of the new music …!".
var listAnnouncer = regexp.MustCompile(`^(?:below (?:is|are)|here (?:is|are)|here['’]s (?:a|an|the|what|how|some|our|my)|these (?:include|are)|the following|use (?:this|the|our) (?:list|checklist))\s|\s(?:(?:listed|shown|described|outlined|explained) below|the following|as follows)[.!]?$`)

// announcesList: the line l, a sentence of 30 words at most, opens as
// listAnnouncer says.
func announcesList(l string) bool {
	if len(l) > 250 || !endsSentence(l) || lineWords(l) > 30 {
		return false
	}
	return listAnnouncer.MatchString(strings.ToLower(l))
}

// labeledList reports whether the run [i, j) opens with a short label
// that introduces its list ("Include:", "Ask yourselves:", "Pros:").
func labeledList(lines []string, i, j int) bool {
	for k := i; k < j && k < i+2; k++ {
		if j-k >= 3 && strings.HasSuffix(lines[k], ":") && lineWords(lines[k]) <= 4 && !isTextFurniture(lines[k]) {
			return true
		}
	}
	return false
}

// itemNumberRe matches a numbered item or heading of a list: "1. Cherry
// Servers", "#2. Leaseweb", "3) Ring", "10 - Best for hills", "Step 4 –
// Book the venue", "Tip 5: …", "No. 7 Ritz-Carlton" (lower-cased).
var itemNumberRe = regexp.MustCompile(`^#?\s*(?:(?:step|tip|no\.?)\s*(\d{1,2})(?:[.):]|\s+[-–—]|\s)|(\d{1,2})(?:[.):]|\s+[-–—]))\s*\pL`)

// itemNumber is the number of a numbered item line, or 0.
func itemNumber(l string) int {
	if l == "" || len(l) > 120 {
		return 0
	}
	if c := l[0] | 0x20; c != '#' && (l[0] < '0' || l[0] > '9') && c != 's' && c != 't' && c != 'n' {
		return 0
	}
	m := itemNumberRe.FindStringSubmatch(strings.ToLower(l))
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1] + m[2])
	return n
}

// numberedOn reports whether lines [i, j) hold an item numbered n > 1
// whose item n-1 stands in the 300 lines above it.
func numberedOn(lines []string, i, j int) bool {
	for k := i; k < j; k++ {
		n := itemNumber(lines[k])
		if n < 2 {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-300; m-- {
			if itemNumber(lines[m]) == n-1 {
				return true
			}
		}
	}
	return false
}

// ratingStars reports a line of star glyphs only (a rating widget's "★★★★☆",
// or one star a line): furniture, but at home inside a review's body.
func ratingStars(l string) bool {
	n := 0
	for _, r := range l {
		switch r {
		case '★', '☆', '✩', '✪', '✫', '✬', '✭', '✮', '✯', '✰', '⭐', '⯨', '⯪':
			n++
		case ' ', '\t', '\u00a0':
		default:
			return false
		}
	}
	return n > 0
}

// dataTables marks the short lines of a table or spec box flattened into
// a dump, one cell a line: a run of at least four short (under five words),
// non-furniture lines (shop buttons apart: they count as figures) of which
// at least a third hold a digit, and that is no page list ("Player
// Count" / "1-6" / "Play Time" / "~2 hours"; "1/1/2013" / "+13.1%";
// "Best interstate mover:" / "Safeway Moving" / "4.85"). A menu's entries
// seldom hold digits. bodyRegion lets such lines cost nothing, so that a
// table between two parts of the body does not split it (they count for
// nothing either: a table alone is no body). nil when there is none.
func dataTables(lines []string, words []int, furniture []bool) []bool {
	var out []bool
	for i := 0; i < len(lines); {
		if !tableCell(lines[i], words[i], furniture[i]) {
			i++
			continue
		}
		// under a spec box's heading, a sixth of the cells with a figure
		// will do (else a third), and a label of up to eight words is a
		// cell ("Measured Battery Life with GPS")
		spec, need := specHeaded(lines, i), 3
		if spec {
			need = 6
		}
		j, digits := i, 0
		for j < len(lines) && (tableCell(lines[j], words[j], furniture[j]) || spec && specLabel(lines[j], words[j], furniture[j])) {
			if hasDigit(lines[j]) || furniture[j] { // a cell with a figure, or a shop button (tableCell)
				digits++
			}
			j++
		}
		if n := j - i; n >= 4 && digits*need >= n && !pagination(lines[i:j]) && !countedLinks(lines[i:j]) && !rankedLinks(lines[i:j]) {
			if out == nil {
				out = make([]bool, len(lines))
			}
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	if out != nil {
		bridgeTables(lines, words, furniture, out)
	}
	return out
}

// maxTableGap is the most non-empty lines between two runs of a table's
// cells that bridgeTables joins.
const maxTableGap = 4

// bridgeTables joins two runs of a table's cells (dataTables) that a few
// of its longer cells part: when at most maxTableGap lines stand between
// them, each a cell or a line of fifteen words at most that is no
// furniture ("More function and variable attributes." / "22%" / "22%" /
// "Target features (to detect what is supported …)." between two runs of
// "Unwinding." / "80%" / "80%"), the cells among them are the table's
// too. A paragraph, a menu entry or a label that heads the next box
// ("Schlagworte zum Thema:" between a page list and a "most read" box)
// between two tables parts them.
func bridgeTables(lines []string, words []int, furniture []bool, table []bool) {
	last := -1 // the last line of the run above
	for i := 0; i < len(lines); i++ {
		if !table[i] {
			continue
		}
		if last >= 0 && i > last+1 {
			n, ok := 0, true
			for k := last + 1; k < i && ok; k++ {
				if lines[k] == "" {
					continue
				}
				n++
				ok = n <= maxTableGap && !furniture[k] && words[k] <= 15 && !strings.HasSuffix(lines[k], ":")
			}
			if ok {
				for k := last + 1; k < i; k++ {
					if lines[k] != "" && tableCell(lines[k], words[k], furniture[k]) {
						table[k] = true
					}
				}
			}
		}
		last = i
	}
}

// specHeadings are the headings of a product's spec box (lower-cased),
// whose cells are labels and values, few of them figures ("Hand
// Orientation" / "Right-Handed" / "Interface" / "Bluetooth" / "Number of
// Buttons" / "7").
var specHeadings = []string{"specs", "specifications", "specs & configurations", "specs and configurations",
	"product specs", "tech specs", "technical specs", "key specs", "quick specs", "technical specifications",
	"full specifications", "spec sheet", "technische daten", "caractéristiques techniques", "especificaciones"}

// specHeaded reports whether the table run that starts at line i opens
// with, or stands right under, a specHeadings line.
func specHeaded(lines []string, i int) bool {
	for k := i; k >= 0 && k >= i-2; k-- {
		l := strings.TrimRight(lines[k], ": ")
		if l == "" {
			continue
		}
		if len(l) <= 40 {
			for _, h := range specHeadings {
				if strings.EqualFold(l, h) {
					return true
				}
			}
		}
		if k < i {
			return false // the nearest line above the run is no heading
		}
	}
	return false
}

// specLabel: a line of a spec box that reads as a label, not a sentence
// (eight words at most).
func specLabel(l string, w int, furniture bool) bool {
	return w <= 8 && l != "" && len(l) <= 80 && !furniture && !endsSentence(l)
}

// dateColumn reports whether the table cell i, a date, is one of a
// table's date column: another cell of the table within four lines is a
// date too ("1/1/2013" / "+13.1%" / "2/1/2013"), unlike a byline box's one
// "Updated" / "October 17, 2025" / "Estimated reading time:".
func dateColumn(lines []string, table []bool, i int) bool {
	for j := max(0, i-4); j < len(lines) && j <= i+4; j++ {
		if j != i && table[j] && hasDigit(lines[j]) && dateLineRe.MatchString(lines[j]) {
			return true
		}
	}
	return false
}

// pagination reports whether cells are a page list: half of them or more
// bare numbers, each one more than the one before ("1" / "2" / "3" /
// "Next"; the current page may carry its screen-reader note, "2(current)"),
// unlike a ranked table's "1" / "State Farm" / "107,764,591" / "2".
func pagination(cells []string) bool {
	n, last := 0, -1
	for _, c := range cells {
		v, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(c, "(current)")))
		if err != nil {
			continue
		}
		if last >= 0 && v != last+1 {
			return false
		}
		n, last = n+1, v
	}
	return n >= 2 && n*2 >= len(cells)
}

// rankedLinks reports whether cells are ranked lists of links (a "Most
// read" or "Top 12 topics" box): a bare number ("1.", "2", "3)") before
// each entry, each one more than the one before (or 1 again: the next
// box), and few figures besides (a box's heading, "Top 12 Topics"):
// "1." / "Skin Cancer" / "2." / "Snoring" / …, unlike a ranked table's
// "1" / "State Farm" / "107,764,591" / "2".
func rankedLinks(cells []string) bool {
	n, last, figures := 0, 0, 0
	for _, c := range cells {
		v, err := strconv.Atoi(strings.TrimRight(c, ".)"))
		if err != nil || len(c) > 4 {
			if hasDigit(c) {
				figures++
			}
			continue
		}
		if v != last+1 && v != 1 {
			return false
		}
		n, last = n+1, v
	}
	return n >= 3 && n*2 >= len(cells)-n && figures*4 <= n
}

// dashedItem matches a list item that explains its term after a dash: a
// term, a spaced en or em dash, and at least four words of explanation
// that open in lower case ("Hotel room blocks – reserve blocks at
// convenient hotels", "Vendor check-in — touch base with any not
// recently contacted"; not a headline's "Research Shows – A Mix of Ad
// Units …"). bodyRegion counts such an item as prose: a checklist of them
// is the article's, as no menu or teaser list reads so.
var dashedItem = regexp.MustCompile(`^[\pL\d][^–—]{0,60}\s[–—]\s+\p{Ll}\S*(?:\s+\S+){3,}`)

// countedLink matches an entry of a blog's category, tag or archive
// widget: a name and the count of its posts ("Aliran Islam (160)",
// "Container Gardening (14)", "October 2019 (3)", "Anxiety (30) items in
// category", "Travel (12 posts)"); a year in brackets ("Asus TUF Dash 15
// (2022)") is no count.
var countedLink = regexp.MustCompile(`^[^()]{1,40} \((?:[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d{0,2}|0)(?: (?:posts?|items?|articles?|entries|stories))?\)(?: (?:posts?|items?|articles?|entries|stories)(?: in (?:this )?category)?)?$`)

// countedLinks reports whether cells are such a widget's entries (half of
// them or more): a menu, not a table of the article.
func countedLinks(cells []string) bool {
	n := 0
	for _, c := range cells {
		if countedLink.MatchString(c) {
			n++
		}
	}
	return n*2 >= len(cells)
}

// tableCell: a short line that could be a cell of a flattened table.
func tableCell(l string, w int, furniture bool) bool {
	if w >= 5 {
		return w <= 12 && len(l) <= 100 && !furniture && (specRow(l) || figureCell(l))
	}
	return l != "" && len(l) <= 60 && (!furniture || isShopButton(l)) // a product box's "$58 at Amazon" is one
}

// figureCell reports a longer cell of a table that holds a figure and
// reads as no sentence: a training plan's "10x (Walk 2 min/ Run Easy 1
// min)", a price list's "Annual price with Norton 360". A line with a
// label and a colon is specRow's to judge.
func figureCell(l string) bool {
	return hasDigit(l) && !endsSentence(l) && !strings.Contains(l, ": ")
}

// specRow reports a row of a spec box flattened to a line: a label of one
// to four words that opens in a capital, a colon, and a value with a
// figure ("Range:
// 40-55 km | 25-34 miles (Rider: 65kg)", "Charge time: 3-6 hrs (with
// 8-amp charger)", "Rider weight limit: 150 kg | 330 lbs"); not a sentence
// with a colon inside ("The report found three things: …": a label of
// more words), nor a heading that names a part ("Private cloud providers:
// SMBs (small and medium-sized businesses)": no figure).
func specRow(l string) bool {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 30 || i+2 >= len(l) || l[i+1] != ' ' || l[0] < 'A' || l[0] > 'Z' || endsSentence(l) {
		return false
	}
	return lineWords(l[:i]) <= 4 && hasDigit(l[i:])
}

// scheduleLine matches an entry of a dated list: a month and day, then a
// place or an event ("June 9 – West Palm Beach, FL @ Coral Sky
// Amphitheatre", "Oct. 3 -- Ak-Chin Pavilion, Phoenix, AZ").
var scheduleLine = regexp.MustCompile(`(?i)^(?:(?:` + lexicon.WeekdayPrefixPattern() + `)[a-z]*\.?,?\s+)?(?:` + lexicon.MonthPrefixPattern() +
	`)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*(?:[-–—:|@]+|,)\s*\pL`)

// withSchedule extends a body that ends where a dated list begins (tour
// dates, a programme, fixtures: short lines the scoring counts as
// furniture-like): after at most one heading line, a run of three or more
// schedule lines is the article's, and the body ends after it.
func withSchedule(lines []string, end int, furniture []bool) int {
	i := end
	for i < len(lines) && lines[i] == "" {
		i++
	}
	if i < len(lines) && !scheduleLine.MatchString(lines[i]) && !furniture[i] && lineWords(lines[i]) <= 12 {
		i++ // a heading: "The Doobie Brothers Tour Dates"
	}
	n, last := 0, -1
	for ; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if !scheduleLine.MatchString(l) || len(l) > 200 {
			break
		}
		n++
		last = i
	}
	if n >= 3 {
		return last + 1
	}
	return end
}

// shopButton matches a shop button under a product in a review or a gift
// guide, a line alone: "$350 at Amazon", "$228 from Walmart", "Check Price
// on Amazon", "See Deal", "View on Walmart", "Buy on Amazon | Buy on
// Adorama", "SEE ON AMAZON", "Buy now", "BUY NOW at Amazon", a link to the
// product's own review ("Read our full Wyze Cam v4 review", "Read the entire
// review"; not a sentence: "Read our full … review." is kept, as annotators
// keep it). Such lines go (their prices are no claims of
// the article) but, like a caption's toggles, do not split the body: they
// stand between the parts of one.
var shopButton = regexp.MustCompile(`(?i)^(?:(?:(?:[$€£][\d,.]+\+? (?:at|from) [\pL\d][\pL\d.&'’ -]{0,30}|(?:check|see|view|get) (?:the )?(?:latest )?(?:price|prices|deal|deals)(?: (?:at|on|from) [\pL\d][\pL\d.&'’ -]{0,30})?|(?:see|view|buy|shop)(?: it)? (?:at|on|from) [\pL\d][\pL\d.&'’ -]{0,30}|buy(?: it)? now(?: (?:at|on|from) [\pL\d][\pL\d.&'’ -]{0,30})?|(?:read|see|watch) (?:our |the |my )?(?:full |video |entire |complete |in-depth )*(?:[\pL\d][\pL\d.&'’+-]* ){0,6}review(?: >>)?|jump to (?:the )?review|read (?:it )?on [\pL\d][\pL\d.&'’ -]{0,30}|visit (?:the )?(?:website|site|store)|where to buy|track (?:the )?price|get a (?:free )?quote|check (?:their|the) (?:rates|prices) and availability|best prices today)(?:\s*\(on sale!?\))?(?:\s*[|·•]\s*)?)+)$`)

// isShopButton is shopButton behind a cheap test of the line's start.
func isShopButton(l string) bool {
	if len(l) < 4 || len(l) > 80 {
		return false
	}
	switch l[0] {
	case '$', 0xE2, 0xC2: // $, and € and £ (their UTF-8 lead bytes)
	default:
		var b [5]byte
		for i := range b {
			b[i] = l[i%len(l)] | 0x20 // ASCII lower case
		}
		if w := string(b[:]); !strings.HasPrefix(w, "check") && !strings.HasPrefix(w, "see ") &&
			!strings.HasPrefix(w, "view ") && !strings.HasPrefix(w, "get ") &&
			!strings.HasPrefix(w, "buy ") && !strings.HasPrefix(w, "shop ") &&
			!strings.HasPrefix(w, "read ") && !strings.HasPrefix(w, "watch") && !strings.HasPrefix(w, "jump ") &&
			!strings.HasPrefix(w, "visit") && !strings.HasPrefix(w, "where") && !strings.HasPrefix(w, "track") &&
			!strings.HasPrefix(w, "best ") {
			return false
		}
	}
	return shopButton.MatchString(l)
}

// photoCredit matches the credit line of a picture, alone on its line:
// "Image by Studio Brown via One Fab Day", "Photo: Rob Schultz", "Credit:
// Matthew Richardson", "Photograph: Getty Images", "Courtesy of Amp",
// "Illustration by Jane Doe". Such a line goes, but does not split the
// body: pictures stand between the paragraphs of an article.
var photoCredit = regexp.MustCompile(`(?i)^(?:(?:photo|image|picture|pic|video|graphic|illustration|file photo|photograph|top image|header image|featured image|lead image)s?(?: credits?)?\s*(?:[:/|©]|by\b|via\b|courtesy\b)|credits?\s*:|courtesy(?: of)?\s+\pL)`)

// isPhotoCredit is photoCredit behind a cheap test of the first byte.
func isPhotoCredit(l string) bool {
	if len(l) < 6 || len(l) > 160 || strings.IndexByte("pPiIvVgGfFcCtThHlL", l[0]) < 0 {
		return false
	}
	return photoCredit.MatchString(l)
}

// creditCaption reports a caption that ends in its picture's credit (a
// row of captionCreditRules): "… all photography fields. Photo by: 'Neil
// Thomas'.", "… Oct. 31, 2019. (Joshua Roberts/Reuters)".
func creditCaption(l string) bool {
	if len(l) < 20 || len(l) > maxBoilerLine || !strings.ContainsAny(l, `.!?)”"’'`) {
		return false // no sentence's end for the credit to follow (a menu's entry)
	}
	lower := strings.ToLower(l)
	for _, r := range captionCreditRules {
		for _, w := range r.words {
			if strings.Contains(lower, w) {
				if r.re.MatchString(lower) {
					return true
				}
				break
			}
		}
	}
	return false
}

// formButton matches a button or a field label of a sign-up or contact
// form or of a product box, a line alone: "GET STARTED", "Start FREE
// TRIAL", "Get a Demo", "Sign me up", "Email address *", "Zip Code: *",
// "Leave this field blank" (a spam trap), WordPress's hidden "Δ",
// "Previous Next", "back to blog", "View all posts by Jane Doe", a recipe
// card's "Get the Recipe", a product box's "See It", "Next Post", "READ
// MORE ↓", German's "Zurück zur Liste" and "Jetzt registrieren", a price
// box's "Check", "Read our full"
// (a cut link), an icon font's ligature names ("chevron_right",
// "arrow_forward"). Like shop buttons, such lines go but do not split the
// body: a form or a product box stands inside articles too.
var formButton = regexp.MustCompile(`(?i)^(?:get started|start (?:your |a |the )?(?:\d+[- ]day )?free trial|start (?:for )?free|try (?:it )?(?:for )?free|start now|sign me up|(?:get|request|book|schedule) a (?:free )?demo|previous\s*next|back to (?:the )?(?:blog|articles|news|home ?page)|leave this field (?:blank|empty)|if you are (?:a )?human,? (?:ignore|leave) this field(?: blank)?|(?:e-?mail(?: address)?|(?:zip|postal) code|first name|last name|full name|phone(?: number)?|company(?: name)?)\s*:?\s*\*|e-?mail address|select|check|compare\s*:|read our full|(?:view|see) all(?: [\pL\d&'’-]+){0,5}|get the recipe|jump to (?:the )?recipe|print recipe|rate this recipe|(?:see|buy|shop|get|view) (?:it|now)|read more\s*[↓→›»▼]|(?:previous|next|older|newer) (?:post|article|story|entry)|zurück (?:zur|zum|zu den) [\pL-]+(?: [\pL-]+)?|jetzt (?:registrieren|anmelden|bestellen|kaufen|abonnieren)|(?:hier )?kostenlos (?:anmelden|registrieren)|δ|[a-z]+(?:_[a-z]+)+)\s*[.!]?$`)

// isFormButton is formButton behind a cheap test of the line's length and
// first byte.
func isFormButton(l string) bool {
	if l == "" || len(l) > 48 || strings.IndexByte("gstpbliefczrvjnohkGSTPBLIEFCZRVJNOHK\xce", l[0]) < 0 && strings.IndexByte(l, '_') < 0 {
		return false
	}
	return formButton.MatchString(l)
}

// captionToggles marks the photo captions of a dump that a page shows
// cut short with a "… more" toggle and in full with a "less" toggle (as
// Hearst's news sites do): "Andreas Thurner, Vice President for Global …
// more" and "Andreas Thurner, … Tuesday, Nov. 19, 2019. less". Both lines
// go; a line ending in "less" goes only when a "… more" line starts like
// it.
func captionToggles(lines []string) []bool {
	var prefixes []string
	var out []bool
	for i, l := range lines {
		for _, suf := range []string{"... more", "… more", "...more", "…more"} {
			if strings.HasSuffix(l, suf) && len(l)-len(suf) >= 20 {
				if out == nil {
					out = make([]bool, len(lines))
				}
				out[i] = true
				prefixes = append(prefixes, strings.TrimSpace(l[:len(l)-len(suf)]))
				break
			}
		}
	}
	if out == nil {
		return make([]bool, len(lines))
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, " less") {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// captionLabels are the labels a page sets before a photo's caption,
// alone on their line (lower-cased): the BBC's "Image caption" and "Media
// caption", a gallery's "Caption".
var captionLabels = []string{"image caption", "media caption", "photo caption", "caption", "video caption",
	"bildunterschrift", "légende", "pie de foto"}

// isCaptionLabel reports a captionLabels line, in any case.
func isCaptionLabel(l string) bool {
	if len(l) < 7 || len(l) > 20 {
		return false
	}
	for _, c := range captionLabels {
		if strings.EqualFold(l, c) {
			return true
		}
	}
	return false
}

// labeledCaptions marks in toggles a caption label and the caption under
// it (the next line, of at most 60 words, no furniture: "Image caption" /
// "Scooter Braun has managed Justin Bieber, among others, …"): both go,
// but, like a caption's toggles, do not split the body they stand in.
func labeledCaptions(lines []string, words []int, toggles []bool) {
	for i, l := range lines {
		if !isCaptionLabel(l) {
			continue
		}
		toggles[i] = true
		for j := i + 1; j < len(lines); j++ {
			if lines[j] != "" {
				if words[j] <= 60 && !isTextFurniture(lines[j]) {
					toggles[j] = true
				}
				break
			}
		}
	}
}

// teaserRuns marks the dateline lines that open a list of other stories:
// three or more such lines, each two to six lines after the one before
// (headline, author, date, excerpt; again and again).
func teaserRuns(lines []string) []bool {
	var at []int
	for i, l := range lines {
		if l != "" && len(l) <= 60 && hasDigit(l) && dateLineRe.MatchString(l) {
			at = append(at, i)
		}
	}
	var out []bool
	for k := 0; k+2 < len(at); k++ {
		if gapOK(lines, at[k], at[k+1]) && gapOK(lines, at[k+1], at[k+2]) {
			if out == nil {
				out = make([]bool, len(lines))
			}
			out[at[k]] = true
		}
	}
	if out == nil {
		out = make([]bool, len(lines))
	}
	return out
}

// gapOK: the non-empty lines between two datelines of a teaser list are
// one to five (a headline, an author, an excerpt), and one of them holds
// a word of letters: a data table's date column with its figures
// ("1/1/2013" / "+13.1%") is no teaser list.
func gapOK(lines []string, i, j int) bool {
	n, worded := 0, false
	for k := i + 1; k < j; k++ {
		if l := lines[k]; l != "" {
			n++
			worded = worded || hasLetter(l)
		}
	}
	return n >= 1 && n <= 5 && worded
}

// hasLetter reports whether l holds a letter.
func hasLetter(l string) bool {
	for _, r := range l {
		if uni.IsLetter(r) {
			return true
		}
	}
	return false
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
	// countWords and a count of the CJK runes, in one pass
	n, cjk, in := 0, 0, false
	for i := 0; i < len(l); {
		var w bool
		if c := l[i]; c < utf8.RuneSelf {
			w = asciiWord[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(l[i:])
			w = uni.IsLetter(r) || uni.IsDigit(r) || uni.IsMark(r)
			if r >= 0x2E80 && isCJK(r) {
				cjk++
			}
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	if cjk > 0 {
		n = max(n, cjk/2)
	}
	return n
}

// isIdentByte reports an ASCII letter, digit or underscore.
func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// excerptBox reports whether line i opens a box of other stories shown
// with their excerpts: a linkBoxLabels label ("Related coverage",
// "Recommended", "More from …"; not "Further reading" or "See also", the
// headings of an article's own last section) and, under it, three lines that read as
// prose, none longer than maxExcerptWords: a headline glued to its excerpt
// ("It's official: Pets benefit our mental health A systematic review of
// …"). Unlike a box of headlines (linkBoxes), such a box after the article
// would read as more of it; it ends the article.
func excerptBox(lines []string, words []int, i int) bool {
	if !isLinkBoxLabel(lines[i]) || sectionLabel.MatchString(lines[i]) {
		return false
	}
	n := 0
	for j := i + 1; j < len(lines) && n < 3; j++ {
		if lines[j] == "" {
			continue
		}
		if !isProse(lines[j], words[j]) || words[j] > maxExcerptWords {
			return false
		}
		n++
	}
	return n == 3
}

// sectionLabel matches the linkBoxLabels that also head an article's own
// section of reading tips.
var sectionLabel = regexp.MustCompile(`(?i)^(?:further reading|see also|what to read next)\s*:?$`)

// maxExcerptWords is the most words of a teaser's excerpt line.
var maxExcerptWords = 60
