package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mixedCase reports text with both upper- and lower-case letters.
func mixedCase(t string) bool {
	up, low := false, false
	for _, r := range t {
		up = up || unicode.IsUpper(r)
		low = low || unicode.IsLower(r)
	}
	return up && low
}

// ctaOpeners are the first words of a link that asks the reader to do
// something ("Click here to …", "Find out if …", "Compare new car deals",
// "Read on Amazon", "Learn more.", "Shop the Men's …", "Want a plan?"):
// a call to action or a teaser of another page, never an item's title.
var ctaOpeners = map[string]bool{
	"click": true, "tap": true, "find": true, "get": true, "compare": true, "help": true, "read": true,
	"learn": true, "download": true, "register": true, "visit": true, "see": true, "check": true,
	"discover": true, "explore": true, "shop": true, "buy": true, "sign": true, "subscribe": true,
	"join": true, "try": true, "start": true, "book": true, "watch": true, "listen": true, "view": true,
	"browse": true, "order": true, "follow": true, "grab": true, "claim": true, "save": true,
	"request": true, "contact": true, "call": true, "estimate": true, "want": true, "need": true,
	"looking": true, "more": true, "continue": true, "go": true, "access": true, "apply": true,
	"enroll": true, "enrol": true, "enter": true, "take": true, "use": true, "donate": true, "for": true,
}

// hereWords point at the link's target ("Click here", "Hier das
// Einzel-Tableau", "ici"): a teaser, not a title.
var hereWords = map[string]bool{"here": true, "hier": true, "ici": true, "aquí": true, "aqui": true, "qui": true}

// linkedTitle reports a paragraph that is one link naming an item of the
// text, over the item's own text (within three blocks): a book in a list of
// books ("<a><strong>The Natural Way to Draw by Kimon Nicolaides</strong></a>"),
// a deal in a round-up ("<a>Twilio to acquire Stytch</a>"), a project in a
// list of projects, where a telescope is sold ("<a>The Askar SQA55 is
// available at High Point Scientific.</a>"). A link that asks the reader
// to act (ctaOpeners), a question, a web address, a labelled teaser
// ("Related: <a>…</a>"), a teaser in capitals between a story's paragraphs
// (Fox News), a name in lower case, a label over the first lines, is no
// title.
func (r *renderer) linkedTitle(n *html.Node, s *nodeStat) bool {
	if n.DataAtom != atom.P || s.text < 10 || s.text > 150 || s.link*10 < s.text*9 || !oneLink(n) || labelledLink(n) {
		return false
	}
	t := collapseSpace(textOf(n))
	if len(r.lines) < 2 || strings.ContainsAny(t, "?»→|") || strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.") {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(t); !isLetterOrDigit(first) || !mixedCase(t) {
		return false // "👉 I'll show you how", a brand in lower case, a teaser in capitals
	}
	first := ""
	for i, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ".,:;!()\"'’“”")
		if i == 0 {
			first = w
		}
		if hereWords[w] {
			return false
		}
	}
	if first == "" || ctaOpeners[first] {
		return false
	}
	return r.e.sectionNext(n)
}
