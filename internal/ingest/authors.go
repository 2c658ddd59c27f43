package ingest

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Authors stated in the page's markup, for a page whose meta tags and
// JSON-LD name none: a link marked rel=author, an element marked
// itemprop=author (its itemprop=name when it has one), or the links of a
// byline ("<div class="byline">By <a>Jane Doe</a></div>"). Read as goquery
// selections, only on such pages, in one pass over the tree (authorMarks:
// cascadia's three selectors cost 5% of such a page's parse).

// authorMarks matches the elements that mark an author: "a[rel~=author],
// [itemprop~=author], [class*=byline], [class*=author-name],
// [class*=author__name]".
var authorMarks = matcher(func(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "rel":
			if n.DataAtom == atom.A && hasWord(a.Val, "author") {
				return true
			}
		case "itemprop":
			if hasWord(a.Val, "author") {
				return true
			}
		case "class":
			if strings.Contains(a.Val, "byline") || strings.Contains(a.Val, "author-name") || strings.Contains(a.Val, "author__name") {
				return true
			}
		}
	}
	return false
})

// hasWord reports whether the space-separated list v holds w.
func hasWord(v, w string) bool {
	for _, f := range strings.Fields(v) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// markupAuthors returns the author names the markup of doc states, in
// page order, or nil.
func markupAuthors(doc *html.Node) []string {
	var marked, bylines []string
	add := func(list []string, s *goquery.Selection) []string {
		for _, name := range splitAuthors(bylineName(s.Text())) { // "Sandee LaMotte, CNN"
			if personLikeName(name) {
				list = appendAuthor(list, name)
			}
		}
		return list
	}
	goquery.NewDocumentFromNode(doc).FindMatcher(authorMarks).Each(func(_ int, s *goquery.Selection) {
		switch {
		case s.Is("a[rel~=author]"):
			marked = add(marked, s)
		case s.Is("[itemprop~=author]"):
			if n := s.Find("[itemprop~=name]"); n.Length() > 0 {
				s = n.First()
			}
			marked = add(marked, s)
		default: // a byline's links
			s.Find("a").Each(func(_ int, l *goquery.Selection) { bylines = add(bylines, l) })
		}
	})
	out := marked
	if len(out) == 0 {
		out = bylines
	}
	if len(out) > 4 {
		return nil // a list of staff, not a byline
	}
	return out
}

// bylineName is a byline's text without its "By" (in the languages
// bylines are written in: "von", "por", "par", "door", "di") and the
// punctuation around it.
func bylineName(s string) string {
	s = collapseSpace(s)
	if w, rest, ok := strings.Cut(s, " "); ok {
		if capital, ok := bylineWords[strings.ToLower(w)]; ok && (capital || w == strings.ToLower(w)) {
			s = rest
		}
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
}

// bylineWords open a byline before the name; true when also capitalised
// ("By", "Von", "Por", "Par"; but "Di" is a name's).
var bylineWords = map[string]bool{"by": true, "von": true, "por": true, "par": true, "door": false, "di": false, "af": false, "av": false}

// personLikeName reports a text that reads as a person's name: two to five
// words, each opening with a capital (a particle such as "de" or "van"
// aside), no digits, no link text ("More from …", "View all posts") and no
// word of a desk's or a team's name ("Support Team", "ERP-News Redaktion").
func personLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || len(s) > 60 {
		return false
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)
		for _, c := range r {
			if unicode.IsDigit(c) || c == '@' || c == '/' || c == ':' || c == '|' {
				return false
			}
		}
		if unicode.IsUpper(r[0]) {
			caps++
		} else if !nameParticles[strings.ToLower(w)] {
			return false
		}
		if deskWords[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false
		}
	}
	return caps >= 2 && !nonAuthorWords[strings.ToLower(words[0])]
}

// deskWords name a desk, a team or a post type, never a person.
var deskWords = map[string]bool{"team": true, "staff": true, "desk": true, "redaktion": true, "redaction": true, "redacción": true, "editorial": true,
	"editors": true, "sponsored": true, "post": true, "admin": true, "administrator": true, "newsroom": true, "reporters": true, "wire": true}

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "del": true, "di": true, "bin": true, "al": true}

// nonAuthorWords open link texts that are no names ("More From Jane",
// "View All Posts", "Read More Stories").
var nonAuthorWords = map[string]bool{"more": true, "view": true, "read": true, "see": true, "all": true, "posts": true, "articles": true, "follow": true, "about": true, "contact": true, "email": true, "share": true, "subscribe": true, "latest": true}
