package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rendering the chosen containers: one line per block, skipping the blocks
// inside that are not article text, stopping at the headings that follow
// an article, then dropping furniture lines.

// renderer writes the kept blocks, one line each.
type renderer struct {
	e       *extractor
	total   int
	lines   []string
	cur     strings.Builder
	stopped bool
	soft    bool // an inline element boundary lies before the next text
	label   bool // an inline label ended before the next text (labelElement)
	done    int  // bytes of the lines written
	about   bool // an "About …" heading was a section of the body: so are the next ones
	code    int  // depth of <pre> and <code> elements being rendered
	pre     int  // depth of <pre> elements being rendered
	// roots are the containers rendered (for fewNoSnippet); noSnip is
	// fewNoSnippet's answer, 0 until asked.
	roots  []*html.Node
	noSnip int8
	// codeLines are the lines written inside a <pre>: code, never page
	// furniture however short ("netsh interface tcp set global …"); a
	// data table's cells (a ranking that closes the article: "11 (tie)",
	// "UW Foster School of Business") and the items of a list of three at
	// least with few links (the cons that close a review: "A few slow
	// cycles"); and a recipe's lines read after the body (withRecipe).
	codeLines map[string]bool
	table     int // depth of data tables and lists being rendered (see gridTable, listItems)
	// proseNames counts the names of the paragraphs of prose below roots
	// (see bodyParagraphName); filled when first asked.
	proseNames map[string]int
}

// isCJK reports Han, kana and Hangul letters, which are written without
// spaces: an inline element boundary between them and Latin text is shown
// as a space.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

func isLetterOrDigit(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// endMarker matches headings that follow the article: press-release
// boilerplate ("About Acme Corp."), author bios, related links ("Related
// News & Resources", "Recent Posts", "Other popular blogs", "Suggested
// articles", "More Articles You Might Enjoy", "🔥 Recommended Posts", "Keep
// reading", "Discover More", "Read these next", "More Helpful Articles by
// <the site>", "More Great WIRED Stories"),
// comments, the list of sources a guide cites at its end ("Sources",
// "Article Sources", "Citations": educationdata.org, move.org, SmartAsset;
// not "References", which some bodies keep); apostrophes straight or
// curly ("You’ll Also Love…", "Editor’s Picks"). Their counterparts in the
// other languages news is read in are endMarkerIntl's (see isEndMarker).
var endMarker = regexp.MustCompile(`^\p{So}?\s*(?:About (?:the )?(?:[Aa]uthors?|[\p{Lu}\d][\w&.,'’ -]{1,60})|(?i:related(?: articles| stories| coverage| content| posts| news| links| reading| blogs?| news (?:&|and) resources| (?:articles|posts|stories) (?:&|and) (?:links|resources))?(?: (?:that|which) (?:may|might) interest you)?|more (?:stories|articles|news|from [\w .'’-]{1,40}|on this(?: story| topic)?)|recommended(?: for you| reading| stories| posts| articles)?|(?:recent|other|similar|suggested|other popular|other interesting) (?:articles|posts|blogs?|blog posts|stories)|(?:more )?(?:articles|posts|stories) you(?: may| might| will|['’]ll) (?:also )?(?:like|enjoy|love)|(?:if you (?:liked|enjoyed) this (?:post|article|story),? )?you(?: may| might| will|['’]ll) also (?:like|enjoy|love|be interested in)(?:\.\.\.|…)?|you (?:may|might) be interested in the following(?: topics| articles| posts)?(?: as well)?|comments?|\d+ comments?|leave a (?:comment|reply)|share this(?: article| story)?|further reading|see also|read (?:more|next)|trending(?: now| stories| posts| articles)?(?: in [\w .'’&-]{1,40})?|keep reading|also in (?:the )?news|discover more|more (?:helpful|great) (?:[\w'’-]+ )?(?:articles|stories|posts)(?: (?:by|from) [\w .'’&-]{1,40})?|read (?:these|this) next|most (?:read|popular)|popular (?:stories|posts|now)|latest (?:news|stories)|editor['’]?s picks|must[- ]reads?|(?:more |top |latest |today['’]?s )?headlines|blog watch|don['’]?t miss|(?:article )?sources(?: (?:and|&) citations)?|citations|works cited|(?:you may have|in case you) missed(?: it)?))[:.]?$`)

// endMarkerIntl are endMarker's headings in German, French, Spanish,
// Italian, Dutch and Polish: the site's other stories ("Weitere Meldungen",
// "Diese Artikel könnten euch auch interessieren", "Mehr zum Thema", "À
// lire aussi", "Noticias relacionadas", "Leggi anche"), comments
// ("Kommentare", "3 commentaires"), the box about the author or the
// site ("Über die Autorin"; "Über Acme" as "About Acme", but not "Über
// die …", which German nouns make a section's heading as often). The
// group of lower-cased words is matched with case folded.
var endMarkerIntl = regexp.MustCompile(`^\p{So}?\s*(?:Über (?:(?:den |die )?(?:Autor|Autorin|Autoren|Verfasser|Verfasserin)\b.{0,40}|[\p{Lu}\d][\w&.,'’ -]{1,60})|(?i:weitere (?:meldungen|artikel|beiträge|nachrichten|news|themen|berichte)(?: zum thema| aus [\pL .'’-]{1,40})?|(?:das|dies|diese[rs]?(?: artikel| beiträge| themen| texte)?) könnten? (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren|mehr zum thema(?: [\pL .'’-]{1,40})?|(?:ähnliche|verwandte|empfohlene) (?:artikel|beiträge|themen|nachrichten)|(?:lesen sie|lies) auch|auch interessant|meistgelesene?(?: artikel| beiträge)?|(?:\d+ )?kommentare?|kommentar schreiben|(?:à|a) lire (?:aussi|également)|lire aussi|sur le même (?:sujet|thème)|articles? (?:similaires|connexes|recommandés)|dans la même rubrique|(?:\d+ )?commentaires?|à propos de l['’]auteure?|vous aimerez (?:aussi|également)|noticias relacionadas|(?:te|le) puede interesar|lee también|artículos relacionados|más noticias|(?:\d+ )?comentarios?|leggi anche|potrebbe interessarti|articoli correlati|(?:\d+ )?commenti|lees ook|gerelateerde artikelen|(?:\d+ )?reacties|czytaj (?:także|też|również)|zobacz (?:też|także)|(?:\d+ )?komentarze))[:.]?$`)

// isEndMarker reports a heading that endMarker or endMarkerIntl names;
// endMarkerIntl is run only on a heading that opens with one of its first
// words (endMarkerIntlWords): headings in English cost a look-up.
func isEndMarker(h string) bool {
	if endMarker.MatchString(h) {
		return true
	}
	w := headingFirstWord(h)
	return (w != "" && w[0] >= '0' && w[0] <= '9' || len(w) <= 14 && endMarkerIntlWords[strings.ToLower(w)]) && endMarkerIntl.MatchString(h)
}

// headingFirstWord returns the first word of a heading after the symbols
// before it ("🔥 Recommended Posts" → "Recommended"): up to a space, a
// colon or a period.
func headingFirstWord(h string) string {
	w := strings.TrimLeftFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if i := strings.IndexAny(w, " :."); i >= 0 {
		w = w[:i]
	}
	return w
}

// isHeadingLike: a heading (an <h1>…<h6>, or an element whose ARIA role
// says so: Wired's `<div role="heading">More Great WIRED Stories</div>`),
// or a short paragraph that is all bold.
func isHeadingLike(n *html.Node) bool {
	if isHeading(n.DataAtom) || attr(n, "role") == "heading" {
		return true
	}
	if n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || (c.DataAtom != atom.Strong && c.DataAtom != atom.B) {
		return false
	}
	for d := c.NextSibling; d != nil; d = d.NextSibling {
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) != "" {
			return false
		}
	}
	return true
}

// boxLabel reports a box's title set as a plain block: a <p> or <div> of
// a short line of text with no block or link inside ("<div class=
// mainColumnLabel>ALSO IN THE NEWS</div>", "<p class=\"text-sm uppercase\">
// Trending stories in world travel</p>"); endMarker judges its words. A
// plain "Read more" is a card's button (Divi's clickable blurbs), not a
// box's title.
func (e *extractor) boxLabel(n *html.Node) bool {
	if n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	if s := e.st[n]; s == nil || s.text == 0 || s.text > maxBoxLabel {
		return false // (the measured text is white space collapsed: the bytes below are as many or more)
	}
	k := 0 // the bytes as written: a label spread over indented lines is a layout's block, not a title
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			k += len(c.Data)
		case html.ElementNode:
			if isBlock(c.DataAtom) || c.DataAtom == atom.A {
				return false
			}
			k += len(textOf(c))
		}
		if k > maxBoxLabel {
			return false
		}
	}
	t := strings.ToLower(strings.TrimSpace(textOf(n)))
	return !strings.HasPrefix(t, "read more") && endMarkerWord(t)
}

// endMarkerWords are the first words of endMarker's headings: a plain
// block whose text opens otherwise is not run through endMarker (most
// short blocks of a page are not box titles; the pattern is long).
var endMarkerWords = map[string]bool{"about": true, "related": true, "more": true, "recommended": true,
	"recent": true, "other": true, "similar": true, "suggested": true, "articles": true, "posts": true,
	"stories": true, "if": true, "you": true, "you'll": true, "you’ll": true, "comments": true, "comment": true, "leave": true, "share": true,
	"further": true, "see": true, "read": true, "trending": true, "most": true, "popular": true, "latest": true,
	"editor's": true, "editor’s": true, "editors": true, "must": true, "must-read": true, "must-reads": true,
	"top": true, "today's": true, "todays": true, "today’s": true, "headlines": true, "blog": true,
	"don't": true, "dont": true, "don’t": true, "article": true, "sources": true, "citations": true,
	"works": true, "in": true, "keep": true, "also": true, "discover": true}

// endMarkerIntlWords are the first words of endMarkerIntl's headings.
var endMarkerIntlWords = map[string]bool{"weitere": true, "das": true, "dies": true, "diese": true, "dieser": true, "dieses": true, "mehr": true,
	"ähnliche": true, "verwandte": true, "empfohlene": true, "lesen": true, "lies": true, "auch": true,
	"meistgelesen": true, "meistgelesene": true, "kommentare": true, "kommentar": true, "über": true, "à": true,
	"lire": true, "sur": true, "dans": true, "commentaires": true, "commentaire": true, "vous": true,
	"noticias": true, "te": true, "lee": true, "artículos": true, "más": true, "comentarios": true,
	"comentario": true, "leggi": true, "potrebbe": true, "articoli": true, "commenti": true, "lees": true,
	"gerelateerde": true, "reacties": true, "czytaj": true, "zobacz": true, "komentarze": true}

// endMarkerWord reports a lower-cased line whose first word (after a
// symbol, as "🔥 Recommended Posts") could open an endMarker or an
// endMarkerIntl heading.
func endMarkerWord(t string) bool {
	w := headingFirstWord(t)
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true // "12 Comments"
	}
	return endMarkerWords[w] || endMarkerIntlWords[w]
}

// maxBoxLabel bounds the text of a boxLabel.
const maxBoxLabel = 80

// proseAfter is the paragraph text (paragraphs among others, not in
// containers named like comments or sidebars: see ptext) in the blocks
// after n, its parent's and its grandparent's.
func (e *extractor) proseAfter(n *html.Node) int {
	t := 0
	for a, k := n, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		for c := a.NextSibling; c != nil; c = c.NextSibling {
			if s := e.st[c]; s != nil {
				t += s.ptext
			}
		}
	}
	return t
}

// aboutPerson matches "About …" headings over a box about the people
// behind the article, never a section of it: "About the Author", "About
// the Reviewer", "About Our Experts".
var aboutPerson = regexp.MustCompile(`^\s*About (?i:the |our |this )?(?i:authors?|reviewers?|writers?|editors?|contributors?|experts?|reporters?|photographers?|illustrators?|instructors?|hosts?)\b`)

// aboutWithMoreToCome reports an "About …" heading followed by more text
// than half of what came before it: a section of the body (a book in a
// list, the study behind an article), not the short press-release footer.
// After one such section, the next "About …" headings are sections too.
func (r *renderer) aboutWithMoreToCome(h string) bool {
	if h = strings.TrimSpace(h); !strings.HasPrefix(h, "About ") && !strings.HasPrefix(h, "Über ") || aboutPerson.MatchString(h) {
		return false
	}
	if r.about || (r.total-r.done)*2 > r.done {
		r.about = true
	}
	return r.about
}

func (r *renderer) brk() {
	if s := collapseSpace(r.cur.String()); s != "" {
		r.lines = append(r.lines, s)
		if r.pre > 0 || r.table > 0 {
			if r.codeLines == nil {
				r.codeLines = make(map[string]bool)
			}
			r.codeLines[s] = true
		}
		r.done += len(s)
	}
	r.cur.Reset()
}

func (r *renderer) render(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		if r.soft && n.Data != "" {
			last, _ := utf8.DecodeLastRuneInString(r.cur.String())
			first, _ := utf8.DecodeRuneInString(n.Data)
			if isCJK(last) != isCJK(first) && isLetterOrDigit(last) && isLetterOrDigit(first) {
				r.cur.WriteByte(' ') // "アプリ<a>Kindle</a>に" reads "アプリ Kindle に"
			}
		}
		if r.label && n.Data != "" {
			last, _ := utf8.DecodeLastRuneInString(r.cur.String())
			first, _ := utf8.DecodeRuneInString(n.Data)
			if (isLetterOrDigit(last) || last == ':') && isLetterOrDigit(first) {
				r.cur.WriteByte(' ') // "<span class=…-label>Prep Time</span><span>2</span>" reads "Prep Time 2"
			}
		}
		r.soft, r.label = false, false
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if !r.stopped && depth > 0 && r.code == 0 && r.authorBoxAt(n) {
		// A box about the author, labelled so ("AUTOR", "Über den
		// Autor"): left out; like an "About the author" heading, it ends
		// an article longer than what follows it.
		if r.done >= 500 && r.e.proseAfter(n) < max(500, r.done/2) {
			r.stopped = true
		}
		return
	}
	if r.stopped || depth > 0 && r.code == 0 && r.skip(n) {
		return // (in code, names are a highlighter's: "token comment" is code)
	}
	if n.DataAtom == atom.Pre || n.DataAtom == atom.Code {
		r.code++
		defer func() { r.code-- }()
	}
	if n.DataAtom == atom.Pre {
		r.pre++
		defer func() { r.pre-- }()
	}
	if n.DataAtom == atom.Table && gridTable(n) || (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && listItems(n) >= 3 && r.e.linkDensity(n) < 0.3 {
		r.table++
		defer func() { r.table-- }()
	}
	if len(r.lines) >= 3 && (isHeadingLike(n) || r.e.boxLabel(n)) {
		if h := textOf(n); isEndMarker(h) && !r.aboutWithMoreToCome(h) {
			if after := r.e.proseAfter(n); after >= max(500, r.done/2) && !(aboutPerson.MatchString(h) && after < r.done) {
				// a box inside the body ("RELATED" over one link): the
				// article goes on; but the box about the author or the
				// reviewer ends an article longer than what follows it
				return
			}
			r.stopped = true // the article ended: "About Acme", "Related stories", "Comments"
			return
		}
	}
	block := isBlock(n.DataAtom)
	if block {
		r.brk()
	}
	if n.DataAtom == atom.Br {
		return
	}
	if !block {
		r.soft = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c, depth+1)
	}
	if block {
		r.brk()
	} else {
		r.soft = true
		r.label = r.label || labelElement(n)
	}
}

// ownName is the class and id of n (ci, see classID) without an id that
// spells n's own text, a heading's anchor ("exporting-images-from-photoshop",
// "share-your-results"): what the heading says, not what it is.
func ownName(n *html.Node, ci string) string {
	id := attr(n, "id")
	if id == "" || !isHeadingElem(n) {
		return ci
	}
	if !slugOf(id, textOf(n)) {
		return ci
	}
	return strings.ToLower(attr(n, "class"))
}

// slugOf reports an id made of the words of text: of its words of three
// letters or more, two at least and half at least are words of the text
// (a heading's anchor, perhaps after a prefix — Gutenberg's "h-4-select-
// particular-times-during-the-day-for-social-media" — or from an earlier
// wording of the heading: "how-to-add-google-shopping-ads" over "How to
// Add Google Product Reviews to Shopping Ads").
func slugOf(id, text string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	in := map[string]bool{}
	for _, w := range split(text) {
		in[w] = true
	}
	words, found := 0, 0
	for _, w := range split(id) {
		if len(w) < 3 {
			continue
		}
		words++
		if in[w] {
			found++
		}
	}
	return found >= 2 && 2*found >= words
}

// listItems counts the items of a list.
func listItems(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			k++
		}
	}
	return k
}

// gridTable reports a table of data: three rows of two cells with text
// at least (a layout table's rows hold one, between spacer cells). Its
// cells, however short, are not the furniture that trails a body.
func gridTable(n *html.Node) bool {
	rows := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if walk(c) {
					return true
				}
			case atom.Tr:
				cells := 0
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) && hasLetterOrDigit(textOf(d)) {
						cells++
					}
				}
				if cells >= 2 {
					if rows++; rows >= 3 {
						return true
					}
				}
			}
		}
		return false
	}
	return walk(n)
}

// inRepeated reports an element that is (or sits in, three levels up at
// most) an item of a round-up: an element with a sibling (adjacent or
// not) of the same tag and first class name (a recipe's card with its "Get the Recipe" button,
// WP Recipe Maker's "wprm-recipe wprm-recipe-roundup-item-8772"; a
// product's card with its "Buy" button; a webcam's with "View Webcam"),
// not the one box that sells.
func inRepeated(n *html.Node) bool {
	for a, k := n, 0; a != nil && a.Type == html.ElementNode && k < 4; a, k = a.Parent, k+1 {
		if repeated(a) {
			return true
		}
	}
	return false
}

func repeated(n *html.Node) bool {
	c, _, _ := strings.Cut(strings.TrimSpace(attr(n, "class")), " ")
	if c == "" {
		return false
	}
	same := func(s *html.Node) bool {
		if s == nil || s.DataAtom != n.DataAtom {
			return false
		}
		d, _, _ := strings.Cut(strings.TrimSpace(attr(s, "class")), " ")
		return d == c
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && same(s) {
			return true
		}
	}
	return false
}

// maxCTABox bounds the text (links aside) of a box that sells: a heading
// and a sentence or two, a product's name and price, over its button or
// form.
const maxCTABox = 300

// ctaBox reports a box that holds a call to action: a sign-up form, or
// a link styled as a button ("Get Trusted Advice", "Sign up for free →").
func (e *extractor) ctaBox(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Form || c.DataAtom == atom.A && buttonClass(attr(c, "class")) || e.ctaBox(c) {
			return true
		}
	}
	return false
}

// buttonLink reports a link styled as a button (a class token that is
// "btn" or "button" or ends in "-btn", "-button", "_button", "button__link")
// that stands alone: no words beside it in its parent. A
// button is a call to action ("Get the Recipe", "Shop now", "Book a demo"),
// not a sentence's words.
func (e *extractor) buttonLink(n *html.Node) bool {
	if !buttonClass(attr(n, "class")) {
		return false
	}
	// not in a sentence: no words beside it in its parent
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// buttonClass reports a class with a buttonToken.
func buttonClass(c string) bool {
	if c == "" || !strings.Contains(c, "btn") && !strings.Contains(c, "utton") {
		return false
	}
	for _, t := range strings.Fields(strings.ToLower(c)) {
		if buttonToken(t) {
			return true
		}
	}
	return false
}

func buttonToken(t string) bool {
	for _, s := range []string{"btn", "button"} {
		if t == s || strings.HasSuffix(t, "-"+s) || strings.HasSuffix(t, "_"+s) || strings.HasPrefix(t, s+"-") || strings.HasPrefix(t, s+"_") {
			return true
		}
	}
	return strings.HasSuffix(t, "button__link") || strings.HasSuffix(t, "btn__link")
}

// labelElement reports an inline element that labels the value after it,
// which a style sets apart (a recipe card's "Prep Time" over "2 hrs", a
// spec's "Weight" beside "2 kg"): a class named label or ending in
// "-label" / "_label" (WP Recipe Maker's wprm-recipe-time-label, Tasty's
// tasty-recipes-prep-time-label …). (A <label> belongs to a form, which
// is pruned.)
func labelElement(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		c = strings.ToLower(c)
		if c == "label" || strings.HasSuffix(c, "-label") || strings.HasSuffix(c, "_label") {
			return true
		}
	}
	return false
}

// skip reports blocks inside the body that are not article text.
func (r *renderer) skip(n *html.Node) bool { return r.skipRule(n) != "" }

// skipRule names the rule by which a block inside the body is not article
// text ("" when it is): the headline, the article's header, a button, a
// form, a hidden block, a block named like boilerplate, an author's or an
// image's microdata, a block kept out of snippets, an ARIA landmark of the
// page, a list of links, a link item.
func (r *renderer) skipRule(n *html.Node) string {
	s := r.e.st[n]
	if s == nil {
		return ""
	}
	if n.DataAtom == atom.H1 && !r.e.sectionH1(n) {
		return "headline"
	}
	if s.text == 0 {
		return ""
	}
	big := r.total > 0 && s.text*10 > r.total*4 && !r.insert(s) // holds 40% of the body: never boilerplate
	if n.DataAtom == atom.Header && !big && !r.e.holdsLead(n) && !r.sectionHeader(n, s) {
		return "header" // the article's header (headline, byline); a <header> holding the body is kept (Webflow)
	}
	if n.DataAtom == atom.A && r.e.buttonLink(n) {
		return "button" // a call to action styled as a button: "Get the Recipe", "Shop now", "Start My LLC"
	}
	if n.DataAtom == atom.Form && !big {
		return "form" // a sign-up, quote or search form and its consent text
	}
	if !big && hiddenClass(attr(n, "class")) && !r.e.disclosed(n) {
		return "hidden-class" // (an accordion's panel, hidden by a class until its header is clicked, is text: see disclosed)
	}
	if !big {
		if ci := classID(n); ci != "" && !isPhrase(n.DataAtom) && r.e.match(boilerNames, namedAs(ownName(n, ci))) && !accordionButton(n) && !isContentName(ci) && !(hasQuote(n) && !r.e.match(personNames, ci)) && !r.prose(n) && !r.e.opensSentence(n) &&
			!(strings.Contains(ci, "header") && r.e.holdsLead(n)) && !sectionHeading(n, ci) && !r.bodyParagraphName(n, ci) {
			return "boiler-name"
		}
		if (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Aside) && s.text-s.link < maxCTABox && r.e.ctaBox(n) && !inRepeated(n) && !statedBody(n, 0) {
			return "cta-box" // a box that sells: a pitch over a button or a sign-up form ("Book a FREE demo", "Get a Quote")
		}
		if ip := attr(n, "itemprop"); ip == "author" || ip == "image" || ip == "video" || ip == "associatedMedia" {
			return "itemprop"
		}
		if hasAttr(n, "data-nosnippet") && r.fewNoSnippet() {
			return "nosnippet" // the publisher keeps it out of search snippets: a byline, an author's bio, a box beside the story
		}
		if role := attr(n, "role"); role == "complementary" || role == "navigation" || role == "banner" || role == "contentinfo" || role == "dialog" || role == "alert" {
			return "aria-role"
		}
		if strings.EqualFold(attr(n, "role"), "button") && !disclosure(n) && s.text <= maxCTABox && !accordionHeader(n) {
			return "button" // an element acting as a button ("Shop DEEBOT T30S Now", an app's card that opens its page); an accordion's header is a title
		}
	}
	ld := r.e.linkDensity(n)
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Table:
		if ld > 0.5 && !big && !introducedList(n) && !loneItem(n) && !r.e.wordyItems(n) {
			return "link-list"
		}
	case atom.P, atom.Li, atom.Div, atom.Section, atom.Blockquote, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dd, atom.Dt, atom.Td, atom.Tr:
		if n.DataAtom == atom.Td && oneLink(n) || n.DataAtom == atom.Tr && dataRow(n) {
			return "" // a data table's value goes with its table (above): one link, a product's or a platform's name, is its text
		}
		prose := s.text-s.link >= 50 && ld < 0.6 // a sentence besides its link ("<a>Headline</a>. More text.")
		// An item of a list that is read goes with its list (the list's
		// own test is above).
		if ld > 0.6 && s.text < 400 && !(s.text-s.link >= 40 && endsSentence(textOf(n))) && !introducedItem(n) && !r.inFlow(n) && n.DataAtom != atom.Li && !wrapsIntroducedList(n) && !r.linkedTitle(n, s) {
			return "link-item" // a link list item; but "<a>Headline</a>. A sentence." is prose
		}
		if ld > 0.35 && s.text < 120 && !big && n.DataAtom != atom.P && !prose && !introducedItem(n) && !partOfKept(n) && !wrapsIntroducedList(n) {
			return "linky-block"
		}
	}
	return ""
}

// sectionH1 reports an <h1> that heads a section of the body, as some
// publishing platforms set them (Medium, site builders: "Why CPU
// monitoring is important?", "How to get started"): not the page's first
// <h1>, not the headline's text, and over a paragraph of prose.
func (e *extractor) sectionH1(n *html.Node) bool {
	if !e.proseNext(n) || e.firstH1 == n {
		return false
	}
	if e.firstH1 == nil {
		e.firstH1 = findFirst(e.body, atom.H1)
		if e.firstH1 == n || e.firstH1 == nil {
			return false
		}
	}
	h := strings.ToLower(strings.Join(strings.Fields(textOf(n)), " "))
	t := strings.ToLower(strings.Join(strings.Fields(e.title), " "))
	return h != "" && (t == "" || !strings.Contains(t, h) && !strings.Contains(h, t))
}

// findFirst returns the first element of tag a below n (document order).
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// insert reports a block none of whose text is the body's prose (no
// paragraph in it votes, see topCandidate) set among the paragraphs of a
// body that has its prose elsewhere (minInsertProse at least): an embedded
// gallery's captions, a widget's list, long as they may be.
func (r *renderer) insert(s *nodeStat) bool {
	return s.ptext+s.lone == 0 && r.rootProse() >= minInsertProse
}

// rootProse is the voting paragraph text of the rendered containers.
func (r *renderer) rootProse() int {
	t := 0
	for _, n := range r.roots {
		if s := r.e.st[n]; s != nil {
			t += s.ptext + s.lone
		}
	}
	return t
}

// minInsertProse is the body's prose besides which a block is an insert.
const minInsertProse = 1500

// inFlow reports a section's heading that is a link ("<h2><a>Brother
// GX37 Sewing Machine</a></h2>", "<h3><a>10. Park Hyatt</a></h3>": a
// round-up's item titled with a link to it) standing in the body's flow
// (its parent holds half the body's text at least) or over a paragraph
// of prose (proseNext: an item in a wrapper of its own), not a teaser
// card's headline over its excerpt cut short or a box of links beside
// the text.
func (r *renderer) inFlow(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	ps := r.e.st[n.Parent]
	return (ps != nil && r.total > 0 && ps.text*2 >= r.total || r.e.proseNext(n) || numberedHeading(n) && r.e.sectionNext(n)) && !labelledLink(n)
}

// numberedHeading reports a heading whose words besides its link are a
// number mark: a numbered section of a list article that links to what it
// names ("8. <a>Swiss Cheese Vine</a>", "3. <a>Wantable Style Edit</a>",
// "#2 <a>…</a>").
func numberedHeading(n *html.Node) bool {
	t := strings.TrimSpace(unlinkedText(n))
	t = strings.TrimPrefix(t, "#")
	t = strings.TrimRight(t, ".):")
	if t == "" || len(t) > 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// sectionNext reports a heading with text under it: one of the three
// blocks after it holds 80 bytes of words besides its links, few links
// (a plant's Latin name and its light may stand between them).
func (e *extractor) sectionNext(h *html.Node) bool {
	k := 0
	for c := h.NextSibling; c != nil && k < 3; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k++
		if isHeading(c.DataAtom) {
			return false
		}
		if s := e.st[c]; s != nil && s.text-s.link >= 80 && e.linkDensity(c) < 0.25 {
			return true
		}
	}
	return false
}

// proseNext reports a block followed by a paragraph of prose: a <p> of
// 80 bytes of words besides its links at least, few links, a sentence not
// cut short.
func (e *extractor) proseNext(h *html.Node) bool {
	c := h.NextSibling
	for c != nil && c.Type != html.ElementNode {
		c = c.NextSibling
	}
	if c == nil || c.DataAtom != atom.P {
		return false
	}
	s := e.st[c]
	return s != nil && s.text-s.link >= 80 && e.linkDensity(c) < 0.25 && endsSentence(lastText(c)) && !truncated(c)
}

// labelledLink reports a block whose text before its first link is a
// label ending in a colon: a teaser set in the text ("Related: <a>…</a>",
// "MIRA: <a>…</a>", "Read more: <a>…</a>").
func labelledLink(n *html.Node) bool {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.A:
				return true
			case c.Type == html.ElementNode && walk(c):
				return true
			}
		}
		return false
	}
	if !walk(n) {
		return false
	}
	l := strings.TrimSpace(b.String())
	return strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")
}

// partOfKept reports a block whose part of links says nothing on its
// own: an item of a list that is read (its list was not dropped for its
// links: "<a>Zip to Zip Moving</a>: 4.58 out of 5 stars", "Official
// website: <a>Six Senses</a>"), and a section's heading that names
// what it links to ("5. <a>Nuuly</a>", "2. <a>ADP</a>"). Only a link item's
// own test (mostly links, no sentence) drops them.
func partOfKept(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Li, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// wordyItems reports a list half of whose items hold words besides their
// links (15 bytes at least): a description, a price, a rating, a
// citation's authors and journal ("Plan to spend: $15–$70", "Official
// website: Six Senses", "CS50's Introduction to Computer Science from
// Harvard University ★★★★★(189)", "Anheyer D, Leach MJ, … Cephalalgia"),
// which the text holds, not a list of links to other pages (headlines,
// a menu), whose items are their links, or their links and a byline
// ("By Nick Dawson on Jun 10, 2013": isByline).
func (e *extractor) wordyItems(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items, wordy := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			items++
			if s := e.st[c]; s != nil && s.text-s.link >= 15 && !isByline(collapseSpace(unlinkedText(c))) {
				wordy++
			}
		}
	}
	return items > 0 && wordy*2 >= items
}

// unlinkedText is the text under n outside its links.
func unlinkedText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom != atom.A:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// loneItem reports a list of one item that is not a labelled teaser: a
// line set apart as a bullet in the text ("Check out our full Fitbit
// Charge 6 review", "Learn more about the FDIC's #GetBanked campaign",
// a product's name), not a menu or a box of links, which hold several;
// "See also: <a>…</a>" and "Don't Miss: <a>…</a>" are teasers still.
func loneItem(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	var item *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if item != nil || c.DataAtom != atom.Li {
				return false
			}
			item = c
		}
	}
	return item != nil && !labelledLink(item)
}

// sectionHeader reports a <header> over a section of the body, once the
// body's text has begun (300 bytes of it): a heading with no links ("SETUP
// STEP #2 Relax your shoulders", "Choosing a Method", "The research")
// with the section's text after it (textNext), not the article's header
// above the text, a teaser's header over its picture, nor the header of a
// box of other stories ("Featured Blogs", "Trending this week", "Recent
// Posts").
func (r *renderer) sectionHeader(n *html.Node, s *nodeStat) bool {
	if r.done < 300 || s.link > 0 || s.text > 200 {
		return false
	}
	if heading, _ := scanSection(n); !heading {
		return false
	}
	if !r.e.textNext(n) {
		return false // a teaser's header over its picture, no text under it
	}
	t := textOf(n)
	return !otherStoriesHeading(t) && !isEndMarker(t) && !isLinkBoxLabel(t)
}

// textNext reports an element followed by a block with text besides its
// links (80 bytes at least, few links): the section a header is over.
func (e *extractor) textNext(n *html.Node) bool {
	c := n.NextSibling
	for c != nil && c.Type != html.ElementNode {
		c = c.NextSibling
	}
	if c == nil {
		return false
	}
	s := e.st[c]
	return s != nil && s.text-s.link >= 80 && e.linkDensity(c) < 0.25
}

// dataRow reports a table row each of whose cells holds one link at most.
func dataRow(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !oneLink(c) {
			return false
		}
	}
	return true
}

// oneLink reports an element with one link below it at most: a table
// cell that holds a value (a product's or a platform's name linked to its
// page), not a layout table's column of links (a site's menu).
func oneLink(n *html.Node) bool {
	k := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if k++; k > 1 {
					return false
				}
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n)
}

// introducedList reports a list that the text introduces: the block
// before it ends with a colon ("Many patches were sent for review:", "More
// from Cornell on climate change and gardening:", "Download the guides:")
// or is a section heading without a word of the boxes of other stories
// (otherStoriesWords), unless it is the label of such a box in any
// language the furniture rows know ("Related articles:", "Read more:",
// "Verwandte Artikel:", "Más información:"). Its links are the article's
// sources, resources or steps. The introduction may be the text of the
// item a nested list hangs from ("<li>In progress: <ul>…"), and a list
// alone in a wrapper (Asciidoctor's div.ulist, a block editor's list
// block) is introduced by what comes before the wrapper (listIntro).
func introducedList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	p, t := listIntro(n)
	if p == nil {
		return false
	}
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") && (!isHeadingElem(p) || otherStoriesHeading(t)) {
		return false
	}
	return !isEndMarker(t) && !isLinkBoxLabel(t) && !furnitureIn(t, false)
}

// wrapsIntroducedList reports a wrapper (div or section) that holds an
// introduced list alone, maxListWrappers deep at most (see listIntro).
func wrapsIntroducedList(n *html.Node) bool {
	for i := 0; i < maxListWrappers && (n.DataAtom == atom.Div || n.DataAtom == atom.Section); i++ {
		if n = onlyElement(n); n == nil {
			return false
		}
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
			return introducedList(n)
		}
	}
	return false
}

// maxListWrappers is how many wrappers listIntro climbs out of: a list
// block's div, and the column or section it may sit alone in.
const maxListWrappers = 2

// listIntro returns what stands before list n and its trimmed text: the
// previous element (or the text of the item a nested list hangs from);
// when n is the only element of its parent, what stands before the
// parent, up to maxListWrappers wrappers out. nil when nothing does.
func listIntro(n *html.Node) (*html.Node, string) {
	for up := 0; ; up++ {
		p := n.PrevSibling
		for p != nil && (p.Type == html.CommentNode || p.Type == html.TextNode && strings.TrimSpace(p.Data) == "") {
			p = p.PrevSibling
		}
		switch {
		case p != nil && p.Type == html.ElementNode:
			return p, strings.TrimSpace(textOf(p))
		case p != nil && p.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom == atom.Li:
			return p, strings.TrimSpace(p.Data) // "<li>In progress: <ul>…"
		case p != nil || up == maxListWrappers || n.Parent == nil || onlyElement(n.Parent) != n:
			return nil, ""
		}
		switch n.Parent.DataAtom {
		case atom.Div, atom.Section:
			n = n.Parent
		default:
			return nil, ""
		}
	}
}

// otherStoriesWords are the words of headings over boxes of links to
// other pages of the site ("Related Social Media Marketing Resources",
// "Good articles to read together", "Popular posts", "Latest News"), which
// a list under a section heading is not.
var otherStoriesWords = newNames(``, `related articles posts stories read reading popular latest trending recommended
	more news blog blogs explore discover resources`)

// otherStoriesHeading reports a heading that holds an otherStoriesWords word.
func otherStoriesHeading(t string) bool {
	return otherStoriesWords.match(strings.ToLower(t))
}

// introducedItem reports an item of an introduced list (see
// introducedList).
func introducedItem(n *html.Node) bool {
	if n.DataAtom == atom.P && n.Parent != nil && n.Parent.DataAtom == atom.Li && onlyElement(n.Parent) == n {
		n = n.Parent // the item's paragraph (Substack's, Squarespace's <li><p>…</p></li>)
	}
	return n.DataAtom == atom.Li && n.Parent != nil && introducedList(n.Parent)
}

// fewNoSnippet reports that the blocks marked data-nosnippet (Google's
// attribute for text kept out of search snippets: bylines, author bios,
// boxes beside the story) hold under half of the rendered text. A
// publisher that marks the article itself so (paragraph by paragraph, to
// keep a paywalled story out of snippets) has them all kept.
func (r *renderer) fewNoSnippet() bool {
	if r.noSnip == 0 {
		marked := 0
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if hasAttr(c, "data-nosnippet") {
					if s := r.e.st[c]; s != nil {
						marked += s.text
					}
					continue
				}
				walk(c)
			}
		}
		total := 0
		for _, n := range r.roots {
			walk(n)
			if s := r.e.st[n]; s != nil {
				total += s.text
			}
		}
		r.noSnip = 1
		if marked*2 >= total && total > 0 {
			r.noSnip = -1
		}
	}
	return r.noSnip > 0
}

// opensSentence reports a <span> that opens a paragraph's sentence: the
// paragraph's text goes on after it (40 bytes or more), as after a dateline
// ("<span class=dateline>KOBE –</span> A total of 6,000 masks …"). Its
// name does not make it boilerplate.
func (e *extractor) opensSentence(n *html.Node) bool {
	if n.DataAtom != atom.Span || n.Parent == nil || n.Parent.DataAtom != atom.P {
		return false
	}
	ps, ns := e.st[n.Parent], e.st[n]
	return ps != nil && ns != nil && ps.text-ns.text >= 40 && n.Parent.FirstChild != nil && firstElement(n.Parent) == n
}

// firstElement is n's first child that is an element or text other than
// white space.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return c
	}
	return nil
}

// holdsLead reports an article header that holds the lead: sentences in
// paragraphs (<p> of 80 bytes or more that end like a sentence, few links,
// not in lists) of 200 bytes together, beside the headline and byline.
func (e *extractor) holdsLead(n *html.Node) bool {
	t := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && t < 200; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				if s := e.st[c]; s != nil && s.text >= 80 && e.linkDensity(c) < 0.3 && endsSentence(lastText(c)) {
					t += s.text
				}
				continue
			}
			if c.DataAtom != atom.Ul && c.DataAtom != atom.Ol && c.DataAtom != atom.Li {
				walk(c) // not into lists: a menu's entries may each have a sentence
			}
		}
	}
	if e.linkDensity(n) >= 0.3 {
		return false // a site header: menus, some with a sentence under each entry
	}
	walk(n)
	return t >= 200
}

// prose reports a block that holds several paragraphs of prose: voting
// paragraphs of 400 bytes or more together, few links. A name says
// boilerplate more often than it is one there (sections of a body named
// "…-with-image", "highlight", "partner-story").
func (r *renderer) prose(n *html.Node) bool {
	s := r.e.st[n]
	if r.e.linkDensity(n) >= 0.2 {
		return false
	}
	if s.ptext >= 400 {
		return true
	}
	// A section of a listicle is a heading over one long paragraph (see
	// loneProse); so is an author box, which stays boilerplate, and a
	// form. A long caption has no heading.
	if s.lone < loneProse || r.e.match(personNames, classID(n)) {
		return false
	}
	heading, form := scanSection(n)
	return heading && !form
}

// bodyParagraphName reports a paragraph named as another paragraph of
// prose of the body is (namedAs; 400 bytes or more, few links): the name
// is the body's paragraph class, whatever it says (Condé Nast's "paywall"
// on every paragraph of a story, the short ones too, between figures),
// not a box's. A person's box (personNames: two authors' bios) stays one.
func (r *renderer) bodyParagraphName(n *html.Node, ci string) bool {
	if n.DataAtom != atom.P || r.e.match(personNames, ci) {
		return false
	}
	if r.proseNames == nil {
		r.proseNames = map[string]int{}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if c.DataAtom != atom.P {
					walk(c)
				} else if r.proseParagraph(c) {
					r.proseNames[namedAs(classID(c))]++
				}
			}
		}
		for _, root := range r.roots {
			walk(root)
		}
	}
	k := r.proseNames[namedAs(ci)]
	if k > 0 && r.proseParagraph(n) {
		k-- // n itself
	}
	return k > 0
}

// proseParagraph reports a paragraph of 400 bytes or more of text outside
// links, few links.
func (r *renderer) proseParagraph(n *html.Node) bool {
	s := r.e.st[n]
	return s != nil && s.text-s.link >= 400 && r.e.linkDensity(n) < 0.2
}

// scanSection reports whether a heading and a <form> lie below n.
func scanSection(n *html.Node) (heading, form bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			heading = true
		case atom.Form:
			form = true
		default:
			h, f := scanSection(c)
			heading, form = heading || h, form || f
		}
	}
	return heading, form
}

// contentNameRe: names that mark the article text itself.
func isContentName(l string) bool {
	for _, k := range []string{"article-body", "articlebody", "article__body", "story-body", "storybody", "entry-content", "post-content", "article-content", "body-text", "story-content", "article-text", "content-body", "post-body"} {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// dropRepeatedRuns drops runs of lines that repeat earlier lines, hold
// three paragraphs (80 bytes or more) at least and a fifth of the text: a
// body shown twice
// (responsive variants of a page, as Framer renders one per breakpoint;
// mobile and desktop copies). A repeated paragraph alone (a pull quote) or
// the lines a meal plan repeats each day stay.
func dropRepeatedRuns(lines []string) []string {
	seen := make(map[string]bool, len(lines))
	dup := make([]bool, len(lines))
	any := false
	for i, l := range lines {
		dup[i] = seen[l]
		any = any || dup[i] && len(l) >= 80
		seen[l] = true
	}
	if !any {
		return lines
	}
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	out := lines[:0]
	for i := 0; i < len(lines); {
		j, long, size := i, 0, 0
		for j < len(lines) && dup[j] {
			if len(lines[j]) >= 80 {
				long++
			}
			size += len(lines[j])
			j++
		}
		switch {
		case long >= 3 && size*5 >= total:
			// a repeated run: dropped
		case j > i:
			out = append(out, lines[i:j]...)
		default:
			out = append(out, lines[i])
			j = i + 1
		}
		i = j
	}
	return out
}

// joinDropCaps joins a drop cap set on a line of its own to the word it
// opens: a capital letter alone before a line that goes on in lower case
// ("T" / "urkey, Poland and …" reads "Turkey, Poland and …"), where the
// page puts the letter in an element before the paragraph.
func joinDropCaps(lines []string) []string {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		if i+1 < len(lines) && dropCap(lines[i]) {
			if r, _ := utf8.DecodeRuneInString(lines[i+1]); unicode.IsLower(r) {
				out = append(out, lines[i]+lines[i+1])
				i++
				continue
			}
		}
		out = append(out, lines[i])
	}
	return out
}

// dropCap reports a line that is one capital letter.
func dropCap(l string) bool {
	r, n := utf8.DecodeRuneInString(l)
	return n == len(l) && unicode.IsUpper(r)
}

// finishText drops furniture lines, shop buttons alone on their line
// (isShopButton, as the text reader does: "Buy on Amazon", "Check Price on
// Amazon"; their prices are no claims of the article) and the repeated
// headline, and joins the paragraphs with newlines.
// code holds the lines never dropped as trailing furniture: code and a
// recipe's lines (see renderer.codeLines).
func finishText(lines []string, title string, english bool, code map[string]bool) string {
	lines = joinDropCaps(lines)
	out := lines[:0]
	for _, l := range lines {
		if l == title || isHTMLFurniture(l, english) || isByline(l) || isShopButton(l) {
			continue
		}
		out = append(out, l)
	}
	out = dropRepeatedRuns(out)
	// Trailing short lines without a sentence are page furniture (tags,
	// credits, "Related" headings); so is an author's bio closing the page
	// (trailingBio).
	for len(out) > 0 {
		l := out[len(out)-1]
		if countWords(l) < 8 && len(l) < 80 && !endsSentence(l) && !code[l] || len(l) <= maxBio && (trailingBio.MatchString(l) || roleBio(l, out[:len(out)-1])) {
			out = out[:len(out)-1]
			continue
		}
		if i := introAtEnd(out); i >= 0 {
			out = out[:i]
			continue
		}
		if i := authorBoxAtEnd(out); i >= 0 {
			out = out[:i]
			continue
		}
		break
	}
	s := strings.Join(out, "\n")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	return s
}

// trailingBio matches an author's bio in the body's last line, in the
// words bios use: "Rebecca Norris is a full-time freelance writer living
// in …", "Arricca Elin SanSone is a writer, editor, and content creator
// who …", "Jared Newman has been a freelance technology journalist …" (a
// name of two to four capitalised words, is or has been, a writer's role
// within a few words; not "was", nor a director's or producer's role, which
// a news story's last line gives the people in it). Only the last line:
// inside the body such a sentence is the article's.
var trailingBio = regexp.MustCompile(`^\*?(?:\p{Lu}[\pL'’.-]+\s+){1,3}\p{Lu}[\pL'’-]+,?(?:\s+\p{Lu}{2,4},)?\s+(?:is|has been)\s+(?:a|an|the|our)\s+(?:[\pL-]+,?\s+){0,8}?(?:writer|editor|journalist|reporter|correspondent|contributor|author|columnist|blogger|photographer|freelancer|content creator)s?\b`)

// trailingRoleBio matches the note on a guest author that closes an op-ed
// or a column, in the body's last line: the name, "is", a post within a
// few words (professor, faculty, fellow, attorney, physician, CTO, CEO, a
// chief … officer, director, vice president, researcher, scientist) and
// where it is held ("Manoj Jain is adjunct faculty at Emory University
// …", "Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard
// Medical School.", "Chris Radich is the public sector CTO and vice
// president for customer success at UiPath, …", "Mirel Zaman is the
// health and fitness director at PS.", "(Paul Fenaroli is an Associate
// Attorney at Pastore …"). See roleBio.
var trailingRoleBio = regexp.MustCompile(`^[*(]?(?:\p{Lu}[\pL'’.-]+\s+){1,3}(\p{Lu}[\pL'’-]+),?(?:\s+\p{Lu}{2,4},)?\s+is\s+(?:an?\s+|the\s+)?(?:[\pL-]+,?\s+){0,4}?(?i:professor|faculty|fellow|attorney|physician|cto|ceo|chief [\pL ]{1,30}officer|director|vice president|researcher|scientist)\b[^.]{0,100}\b(?:at|of|with|for)\s+\p{Lu}`)

// roleBio reports a last line that trailingRoleBio matches about a person
// the body before it never names (by the name's last word): a news
// story's last line about someone in it ("Lopez is the director of the
// food bank …", after "Lopez said …") is the story's.
func roleBio(l string, before []string) bool {
	m := trailingRoleBio.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	for _, b := range before {
		if hasWordSeq(b, m[1]) {
			return false
		}
	}
	return true
}

// maxBio bounds the length of a trailing bio (three or four sentences).
const maxBio = 800

// trailingIntro matches the greeting that opens the author's box at the
// end of a blog post: "Hi! I'm Jack, Co-Founder of Social Shepherd. …",
// "Hi, I'm Chris!", "Hey, I’m Jessica! Welcome to The Organized Mama …".
// Opening a post, the same greeting is the post's ("Hey, I’m Kev, coffee
// nerd, …").
var trailingIntro = regexp.MustCompile(`^(?i:hi|hey|hello|howdy)[,!.]?\s+(?:(?i:there)[,!.]?\s+)?(?i:i[’']m|i am|my name is)\s+\p{Lu}`)

// authorBoxAtEnd is the index of the line that opens an author's box
// among the last lines of the body (the text reader's trailingMatter rows
// "author box", "author box by name", "author box by bio": "Elliot Raba" /
// "Enterprise Sales Executive" / "Elliot is a dynamic and results-driven
// …"), with little text after it, or -1. (A press release's box about
// the organisation, which some annotators keep, is left to endMarker.)
func authorBoxAtEnd(lines []string) int {
	after := 0
	for i := len(lines) - 1; i >= len(lines)/2 && i >= len(lines)-6; i-- {
		if after > maxAuthorBox {
			break
		}
		if authorBoxStart(lines, i) {
			return i
		}
		after += len(lines[i])
	}
	return -1
}

// maxAuthorBox bounds the text under an author box's first line (a job
// title and a bio of a few sentences); more is a section of the article
// under a heading that looks like one ("Authors").
const maxAuthorBox = 700

// introAtEnd is the index of a trailingIntro line in the second half of
// the body's lines with little text after it (the rest of the box: a
// line or two on who the author is), or -1.
func introAtEnd(lines []string) int {
	after := 0
	for i := len(lines) - 1; i >= len(lines)/2 && i >= len(lines)-3; i-- {
		if len(lines[i]) <= maxBio && trailingIntro.MatchString(lines[i]) && after <= 300 {
			return i
		}
		after += len(lines[i])
	}
	return -1
}

func isHTMLFurniture(l string, english bool) bool {
	if countWords(l) >= 15 && endsSentence(l) {
		return isBoilerSentence(l)
	}
	return furnitureIn(l, english)
}

// hasQuote reports a <blockquote> below n: embedded posts (tweets) are
// quoted in the article, whatever their container is called.
func hasQuote(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Blockquote || hasQuote(c)) {
			return true
		}
	}
	return false
}

// isPhrase: inline elements that mark up words of a sentence (a link, an
// emphasis); their class names never make them boilerplate.
func isPhrase(a atom.Atom) bool {
	switch a {
	case atom.A, atom.B, atom.Strong, atom.Em, atom.I, atom.U, atom.Abbr, atom.Cite, atom.Q, atom.Sub, atom.Sup, atom.Mark:
		return true
	}
	return false
}

// sectionHeading reports an <h2>–<h6> whose only furniture name is
// "header" ("wprm-recipe-header", "recipe__instructions-header",
// "et_pb_module_header", "section-header"): the heading of a section of
// the body, which sites name so (Substack's "header-anchor-post", WP Recipe
// Maker, Divi, New York's "clay-subheader"); but Bootstrap's
// "page-header" and a "site-header" title the page, not a section.
func sectionHeading(n *html.Node, ci string) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	return strings.Contains(ci, "header") && !strings.Contains(ci, "page-header") && !strings.Contains(ci, "site-header") &&
		!boilerNames.match(strings.ReplaceAll(ci, "header", ""))
}

// authorLabel matches the label over a box about the article's author, in
// the languages news is read in: "AUTOR", "Autorin", "Über den Autor",
// "Zum Autor", "About the author", "À propos de l'auteur", "Sobre el
// autor", "L'autore".
var authorLabel = regexp.MustCompile(`(?i)^(?:(?:über|zum|zur|about|à propos de|a propos de|sobre|acerca de|informazioni su|o)\s+(?:den |die |der |the |our |l'|l’|el |la |il |los |las |autorze)?)?(?:l'|l’|el |la |il |der |die )?(?:autor|autorin|autoren|autorinnen|author|authors|auteur|auteure|auteurs|autore|autrice|autori|writer|the writer)\s*:?$`)

// authorBoxAt reports a block of a sentence or more (at most maxBio bytes
// and a label, under 40% of the body) that opens with an authorLabel line of its own: the box
// about the author inside or under the body (CNET Germany's "AUTOR" over
// the name and the bio).
func (r *renderer) authorBoxAt(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Blockquote:
	default:
		return false
	}
	s := r.e.st[n]
	if s == nil || s.text > maxBio+40 || s.text < 60 || r.total > 0 && s.text*10 > r.total*4 {
		return false
	}
	f := firstBlockText(n, 0)
	return f != "" && len(f) < 40 && authorLabel.MatchString(f)
}

// firstBlockText is the text of n's first element child that holds text
// (a few levels down), when that element holds a line of its own; "" when
// n opens with bare text.
func firstBlockText(n *html.Node, depth int) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return ""
			}
		case html.ElementNode:
			if !isBlock(c.DataAtom) && (c.DataAtom != atom.Strong && c.DataAtom != atom.B && c.DataAtom != atom.Span || hasOwnText(n)) {
				return "" // not a line of its own: "<strong>Autor</strong> und Regisseur …"
			}
			t := strings.TrimSpace(collapseSpace(textOf(c)))
			if t == "" {
				continue
			}
			if depth < 3 && textOf(c) != "" && firstElementOnly(c) {
				if f := firstBlockText(c, depth+1); f != "" {
					return f
				}
			}
			return t
		}
	}
	return ""
}

// firstElementOnly reports a container whose first content is an element
// (no bare text before it).
func firstElementOnly(n *html.Node) bool {
	f := firstElement(n)
	return f != nil && f.Type == html.ElementNode && isBlock(f.DataAtom)
}

// hasOwnText reports text (not white space) among n's children.
func hasOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}
