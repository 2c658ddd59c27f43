package ingest

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The body extractor scores containers the way Mozilla Readability does
// (paragraphs vote for their ancestors, weighted by length and commas and
// discounted by link density and by class/id names), takes the best one
// with the sibling blocks that belong to it, and renders it as one line per
// block, dropping the blocks inside that are not article text (captions,
// credits, bylines, share bars, related links, newsletter boxes, tags).

type nodeStat struct {
	text   int     // bytes of text (white space collapsed)
	commas int     // commas in the text
	link   int     // of which inside links
	score  float64 // readability score (candidates only)
	cand   bool
	ptext  int  // bytes of voting paragraph text below, counting only paragraphs with a voting sibling
	lone   int  // bytes of long paragraphs below that are alone in their container (see loneProse)
	nvote  int  // voting paragraphs among the children
	unl    int8 // unlikely(): 0 unknown, 1 yes, -1 no
}

type extractor struct {
	// relaxed is the second pass on a page where the first found (almost)
	// nothing: hidden elements are read and unlikely names vote, as
	// Readability retries with its flags off.
	relaxed  bool
	st       map[*html.Node]*nodeStat
	memo     map[memoKey]bool // class-name pattern results: pages repeat their class names
	pageText int              // bytes of text of the page's <body>
	// controls are the ids named by aria-controls: hidden panels that a
	// button opens (see disclosed).
	controls map[string]bool
	// headed are the panels of accordion headers that name none (see
	// headedPanel).
	headed map[*html.Node]bool
	// best is the best-scoring candidate, before the climb to the
	// container that holds the body (see otherParts).
	best *html.Node
	// title is the page's headline (og:title, JSON-LD, <title>);
	// firstH1 the page's first <h1>, found when asked for (see sectionH1).
	title   string
	firstH1 *html.Node
	body    *html.Node
}

type memoKey struct {
	p *names
	s string
}

// match runs a class-name pattern, memoised per page.
func (e *extractor) match(p *names, s string) bool {
	if e.memo == nil {
		e.memo = make(map[memoKey]bool, 256)
	}
	k := memoKey{p, s}
	v, ok := e.memo[k]
	if !ok {
		v = p.match(affirmed(s))
		e.memo[k] = v
	}
	return v
}

func (e *extractor) stat(n *html.Node) *nodeStat {
	s := e.st[n]
	if s == nil {
		s = &nodeStat{}
		e.st[n] = s
	}
	return s
}

// measure fills text, link and comma counts bottom-up.
func (e *extractor) measure(n *html.Node, inLink bool) (int, int, int) {
	if n.Type == html.TextNode {
		l := textLen(n.Data)
		c := strings.Count(n.Data, ",") + strings.Count(n.Data, "，") + strings.Count(n.Data, "、")
		if inLink {
			return l, l, c
		}
		return l, 0, c
	}
	t, l, cm := 0, 0, 0
	link := inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ct, cl, cc := e.measure(c, link)
		t += ct
		l += cl
		cm += cc
	}
	if n.Type == html.ElementNode {
		s := e.stat(n)
		s.text, s.link, s.commas = t, l, cm
	}
	return t, l, cm
}

// textLen counts the bytes of s with white space runs as one byte.
func textLen(s string) int {
	n, sp := 0, true
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\t', '\r', '\f':
			if !sp {
				n++
			}
			sp = true
		default:
			n++
			sp = false
		}
	}
	return n
}

func (e *extractor) linkDensity(n *html.Node) float64 {
	s := e.st[n]
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// extractBodyWith returns the article text of a parsed page.
// english says the page is stated to be in English (its furniture lines
// are then matched in English only); relaxed is the second reading (see
// extractor.relaxed).
func extractBodyWith(doc *html.Node, title, ldBody string, english, relaxed bool) string {
	t, _ := extractBodyStated(doc, title, ldBody, english, relaxed)
	return t
}

// extractBodyStated is extractBodyWith that also reports whether the text
// was read from a container the page names as the article's body
// (entry-content, article-body, itemprop=articleBody …; see statedBody).
func extractBodyStated(doc *html.Node, title, ldBody string, english, relaxed bool) (string, bool) {
	body := findBody(doc)
	if body == nil {
		return ldText(ldBody), false
	}
	e := &extractor{st: make(map[*html.Node]*nodeStat, 2048), relaxed: relaxed, title: title, body: body}
	e.collectControls(body)
	e.prune(body)
	e.pageText, _, _ = e.measure(body, false)
	top := e.topCandidate(body)
	if top == nil {
		return ldText(ldBody), false
	}
	nodes := e.otherParts(body, e.withSiblings(top))
	stated := false
	for _, n := range nodes {
		stated = stated || statedBody(n, 0)
	}
	var r renderer
	r.e = e
	r.roots = nodes
	r.total = 0
	for _, n := range nodes {
		r.total += e.st[n].text
	}
	for _, n := range nodes {
		r.render(n, 0)
		r.brk()
	}
	if lead := e.leadBefore(top, body); lead != nil {
		r.lines = e.withLead(r.lines, lead)
	}
	if abs := e.boxesBefore(top, body); abs != nil {
		r.lines = e.withLead(r.lines, abs)
	}
	r.lines, r.codeLines = e.withRecipe(r.lines, body, nodes, r.codeLines)
	text := finishText(r.lines, title, english, r.codeLines)
	if ld := ldText(ldBody); len(ld) > 3*len(text) && len(ld) >= 500 {
		// The page structure gave little; the publisher's JSON-LD
		// articleBody is the better body.
		return ld, true
	}
	return text, stated
}

// statedBody reports a container named as the article's body at n or a few
// levels below it (isContentName, itemprop=articleBody).
func statedBody(n *html.Node, depth int) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if ci := classID(n); ci != "" && isContentName(ci) || strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return true
	}
	if depth >= 6 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if statedBody(c, depth+1) {
			return true
		}
	}
	return false
}

// voteGroup is the container whose paragraphs a paragraph is counted with
// (see topCandidate's lone paragraphs): its parent, or, when the parent is
// a wrapper named as a paragraph (paragraphWrapperNames) that holds this
// paragraph alone, the wrapper's parent. Asciidoctor puts every paragraph
// of a body in a <div class="paragraph"> of its own, Drupal's Paragraphs
// every text block in a div.paragraph.
func (e *extractor) voteGroup(n, body *html.Node) *html.Node {
	g := n.Parent
	if g == nil || g == body || g.Parent == nil || g.Parent.Type != html.ElementNode {
		return g
	}
	if gs, ns := e.st[g], e.st[n]; gs != nil && ns != nil && gs.text == ns.text && e.match(paragraphWrapperNames, classID(g)) {
		return g.Parent
	}
	return g
}

// loneProse is the length from which a paragraph alone in its container
// counts as the body's text: a section of a listicle or guide (one
// paragraph under each item's heading), longer than teasers and captions.
const loneProse = 300

// inCard reports a paragraph in a teaser card: a container a few levels up
// holds linked text (the teaser's headline) besides the paragraph's own.
func (e *extractor) inCard(n *html.Node) bool {
	ns := e.st[n]
	for a, k := n.Parent, 0; a != nil && k < 3; a, k = a.Parent, k+1 {
		as := e.st[a]
		if as == nil {
			return false
		}
		if as.text-ns.text > 300 {
			return false // the item holds more than a headline
		}
		if as.link-ns.link >= 15 {
			return true
		}
	}
	return false
}

// truncated reports a paragraph cut short with an ellipsis: a teaser's
// excerpt ("… no tugging or tossing during…").
func truncated(n *html.Node) bool {
	t := strings.TrimRight(lastText(n), " \t\r\n\u00a0")
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "[…]") || strings.HasSuffix(t, "[...]")
}

// lastText is the last text node below n that is not white space.
func lastText(n *html.Node) string {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return c.Data
			}
		case html.ElementNode:
			if t := lastText(c); t != "" {
				return t
			}
		}
	}
	return ""
}

// leadNames mark an article's lead (standfirst, intro, summary, dek), in
// the names newsrooms give it: the Spanish bajada, sumario, entradilla and
// copete, the Portuguese linha fina, the Italian occhiello and sommario, the
// German Vorspann and Anriss, Plone's documentDescription.
var leadNames = newNames(`standfirst article-lead lead-text leadtext article-intro intro-text sub-title subheadline
	article-summary article__summary article-description teaser-text documentdescription linha-fina linhafina`,
	`lead lede intro summary dek deck subhed excerpt abstract perex chapo chapeau standfirst strapline subtitle
	bajada sumario entradilla copete occhiello sommario vorspann anriss`)

// leadBefore finds the article's lead when it sits before the body's
// container rather than in it: an element just before the top container
// or one of its ancestors (up to the <article> or <main> holding it, three
// levels at most), or inside the article's header there, named as a lead,
// holding a sentence or two with few links. nil when there is none.
func (e *extractor) leadBefore(top, body *html.Node) *html.Node {
	for a, k := top, 0; a != nil && a != body && k < 4; a, k = a.Parent, k+1 {
		for p, j := a.PrevSibling, 0; p != nil && j < 3; p = p.PrevSibling {
			if p.Type != html.ElementNode {
				continue
			}
			j++
			if l := e.namedLead(p); l != nil {
				return l
			}
			if isHeaderBlock(p) {
				if l := e.leadIn(p, 0); l != nil {
					return l
				}
			}
		}
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			break
		}
	}
	return nil
}

// abstractTitles are the titles of a paper's abstract, in the languages
// journals print it in: the block a journal page puts before the paper's
// sections (or, behind a paywall, before its references). "Summary" and
// "Zusammenfassung" are left out: review and guide pages title their
// verdict boxes so.
var abstractTitles = map[string]bool{"abstract": true, "abstracts": true, "resumen": true, "résumé": true,
	"riassunto": true, "samenvatting": true, "streszczenie": true, "resumo": true, "аннотация": true,
	"摘要": true, "要旨": true, "抄録": true}

// beforeBox is one kind of block a page sets before the body's container
// that belongs to the article: its titles (first heading or data-title,
// lower-cased, no trailing colon), its size and link density, how far up
// from the top container and how many elements back it is looked for, and
// whether it must sit inside an <article> or <main>.
type beforeBox struct {
	name             string
	titles           map[string]bool
	minText, maxText int
	maxLinks         float64
	levels, back     int
	inArticle        bool
	// within: the box may sit inside a block before the body (a page
	// header holding headline, byline and the box): a heading with one
	// of the titles, in a block of at most within bytes of text, and
	// the heading's parent is the box.
	within int
}

// beforeBoxes: a paper's abstract (journal pages); a news or guide page's
// summary box of key points, set above the body in a card of its own.
var beforeBoxes = []beforeBox{
	{name: "abstract", titles: abstractTitles, minText: 100, maxText: 5000, maxLinks: 0.3, levels: 4, back: 8, inArticle: true},
	{name: "key points", titles: keyPointTitles, minText: 80, maxText: 1500, maxLinks: 0.3, levels: 6, back: 8, within: 4000},
}

// keyPointTitles title the summary box over an article: its points in a
// list, before the first paragraph.
var keyPointTitles = map[string]bool{"key points": true, "key takeaways": true, "key takeaway": true,
	"at a glance": true, "tl;dr": true, "das wichtigste in kürze": true}

// boxesBefore finds a block of the kinds in beforeBoxes when it sits
// before the body's container: a block up to row.back elements before the
// top container or one of its ancestors (row.levels at most; with
// row.inArticle, inside an <article> or <main> and not above it), titled
// by its first heading or its data-title (Springer, Nature, Elsevier, JMIR;
// "Key Points"), of the row's size, with few links. nil when there is none.
func (e *extractor) boxesBefore(top, body *html.Node) *html.Node {
	for i := range beforeBoxes {
		if n := e.boxBefore(&beforeBoxes[i], top, body); n != nil {
			return n
		}
	}
	return nil
}

// boxBefore is boxesBefore for one row.
func (e *extractor) boxBefore(row *beforeBox, top, body *html.Node) *html.Node {
	for a, k := top, 0; a != nil && a != body && k < row.levels; a, k = a.Parent, k+1 {
		if row.inArticle && (a.DataAtom == atom.Article || a.DataAtom == atom.Main) {
			break // not before the article
		}
		for p, j := a.PrevSibling, 0; p != nil && j < row.back; p = p.PrevSibling {
			if p.Type != html.ElementNode {
				continue
			}
			j++
			if s := e.st[p]; s != nil && s.text >= row.minText && s.text <= row.maxText && e.linkDensity(p) < row.maxLinks &&
				row.titles[abstractTitle(p)] && (!row.inArticle || inArticle(p)) {
				return p
			}
			if s := e.st[p]; row.within > 0 && s != nil && s.text <= row.within {
				if h := titledHeading(p, row.titles); h != nil && h.Parent != p {
					if b := e.st[h.Parent]; b != nil && b.text >= row.minText && b.text <= row.maxText && e.linkDensity(h.Parent) < row.maxLinks {
						return h.Parent
					}
				}
			}
		}
	}
	return nil
}

// titledHeading is the first <h1>–<h6> under n whose text, lower-cased
// and without a trailing colon, is one of titles; nil when there is none.
func titledHeading(n *html.Node, titles map[string]bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isHeading(c.DataAtom) {
			if titles[strings.ToLower(strings.TrimRight(strings.TrimSpace(textOf(c)), ":： "))] {
				return c
			}
			continue
		}
		if h := titledHeading(c, titles); h != nil {
			return h
		}
	}
	return nil
}

// inArticle reports an element inside an <article> or <main>.
func inArticle(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// abstractTitle is a block's title, lower-cased, without a trailing colon:
// its data-title, or the text of its first heading (two levels down at
// most).
func abstractTitle(n *html.Node) string {
	t := attr(n, "data-title")
	if t == "" {
		if h := firstHeading(n, 0); h != nil {
			t = textOf(h)
		}
	}
	return strings.ToLower(strings.TrimRight(strings.TrimSpace(t), ":： "))
}

// firstHeading is the first <h1>–<h6> among n's first elements, depth
// levels down at most.
func firstHeading(n *html.Node, depth int) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isHeading(c.DataAtom) {
			return c
		}
		if depth < 2 {
			if h := firstHeading(c, depth+1); h != nil {
				return h
			}
		}
		return nil // the first element holds no heading: no title
	}
	return nil
}

// namedLead returns p when it is a lead: named as one, 60 to 1200 bytes of
// text, few links.
func (e *extractor) namedLead(p *html.Node) *html.Node {
	s := e.st[p]
	if s == nil || s.text < 60 || s.text > 1200 || e.linkDensity(p) > 0.3 {
		return nil
	}
	if ci := classID(p); ci != "" && e.match(leadNames, ci) && !e.match(boilerNames, ci) {
		return p
	}
	return nil
}

// leadIn finds a lead inside an article's header block (a few levels
// down), not its subtitle.
func (e *extractor) leadIn(n *html.Node, depth int) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if l := e.namedLead(c); l != nil && !e.match(subtitleNames, classID(c)) {
			return l
		}
		if depth < 3 {
			if l := e.leadIn(c, depth+1); l != nil {
				return l
			}
		}
	}
	return nil
}

// subtitleNames mark a headline's subtitle (dek), which a header holds
// beside the lead more often than as it: inside a header, only a block
// named as the lead itself (lead, intro, excerpt, teaser text) is taken.
var subtitleNames = newNames(`sub-title subheadline sub-headline`, `subtitle subheadline subhed dek deck`)

// isHeaderBlock reports an article's header: a <header>, or a block named
// as one (header, hero, titles, head).
func isHeaderBlock(n *html.Node) bool {
	if n.DataAtom == atom.Header {
		return true
	}
	ci := classID(n)
	return ci != "" && headerNames.match(ci)
}

// headerNames mark the block over an article that holds its headline.
var headerNames = newNames(`header article-head post-head entry-head story-head hero titulares`, `head hero`)

// withLead puts the lead's lines before the body's, unless the body
// already has them.
func (e *extractor) withLead(lines []string, lead *html.Node) []string {
	lr := renderer{e: e, total: e.st[lead].text}
	lr.render(lead, 0)
	lr.brk()
	have := make(map[string]bool, len(lines))
	for _, l := range lines {
		have[l] = true
	}
	for _, l := range lr.lines {
		if have[l] {
			return lines
		}
	}
	return append(lr.lines, lines...)
}

// ldText normalises a JSON-LD articleBody: one paragraph per line.
func ldText(s string) string {
	if s == "" {
		return ""
	}
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if l = collapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.ToValidUTF8(strings.Join(out, "\n"), "")
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// classWeight is ±25 for names that say content or boilerplate.
func (e *extractor) classWeight(n *html.Node) float64 {
	w := 0.0
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		v = strings.ToLower(v)
		if e.match(negativeNames, v) || hiddenClass(v) {
			w -= 25
		}
		if e.match(positiveNames, v) {
			w += 25
		}
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		w += 50
	}
	return w
}

func (e *extractor) initCandidate(n *html.Node) *nodeStat {
	s := e.stat(n)
	if s.cand {
		return s
	}
	s.cand = true
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s.score = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s.score = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s.score = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s.score = -5
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		s.score += 10
	}
	s.score += e.classWeight(n)
	return s
}

// paragraph reports the elements that vote, with their text length and
// commas: <p>, <pre>, and containers whose own inline text is a paragraph
// (bodies built from <div> and <br>).
func (e *extractor) paragraph(n *html.Node) (length, commas int, ok bool) {
	switch n.DataAtom {
	case atom.P, atom.Pre:
		s := e.st[n]
		return s.text, s.commas, true
	case atom.Div, atom.Section, atom.Article, atom.Td, atom.Blockquote, atom.Span, atom.Font, atom.Center, atom.Li, atom.Dd:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				length += textLen(c.Data)
				commas += strings.Count(c.Data, ",") + strings.Count(c.Data, "，") + strings.Count(c.Data, "、")
			} else if c.Type == html.ElementNode && !isBlock(c.DataAtom) {
				s := e.st[c]
				length += s.text
				commas += s.commas
			}
		}
		if n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Span || n.DataAtom == atom.Font {
			return length, commas, length >= 80 // list items vote only when they are prose
		}
		return length, commas, length >= 25
	}
	return 0, 0, false
}

func (e *extractor) topCandidate(body *html.Node) *html.Node {
	var cands []*html.Node
	type vote struct {
		n *html.Node
		l int
	}
	var votes []vote
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
		if n == body {
			return
		}
		tl, commas, ok := e.paragraph(n)
		if !ok || tl < 25 {
			return
		}
		if e.unlikely(n) {
			return
		}
		votes = append(votes, vote{n, tl})
		if g := e.voteGroup(n, body); g != nil {
			e.stat(g).nvote++
		}
		score := 1 + float64(commas) + math.Min(float64(tl/100), 3)
		level := 0
		first := n.Parent
		if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
			first = n // the publisher marks this paragraph-holding element as the body
		}
		for a := first; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
			isNew := !e.stat(a).cand
			s := e.initCandidate(a)
			if isNew {
				cands = append(cands, a)
			}
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			s.score += score / div
			level++
			if a == body {
				break
			}
		}
	}
	walk(body)
	for _, v := range votes {
		if g := e.voteGroup(v.n, body); g == nil || e.stat(g).nvote < 2 {
			// A lone paragraph: a teaser or a caption more often than the
			// article, unless long and not in a teaser card (a section of
			// a listicle).
			if v.l >= loneProse && !e.inCard(v.n) && !truncated(v.n) {
				for a := v.n; a != nil; a = a.Parent {
					e.stat(a).lone += v.l
				}
			}
			continue
		}
		for a := v.n; a != nil; a = a.Parent {
			e.stat(a).ptext += v.l
		}
	}
	var top *html.Node
	best := math.Inf(-1)
	for _, c := range cands {
		s := e.st[c]
		f := s.score * (1 - e.linkDensity(c))
		s.score = f
		if f > best {
			best, top = f, c
		}
	}
	if top == nil {
		return body
	}
	e.best = top
	// Climb while an ancestor adds paragraph text and little else: the
	// body is often split over sibling containers.
	for {
		p := top.Parent
		if p == nil || p == body.Parent || p.Type != html.ElementNode {
			break
		}
		cs, ps := e.st[top], e.st[p]
		addP, addT := ps.ptext+ps.lone-cs.ptext-cs.lone, ps.text-cs.text
		wrapper := addT*10 <= cs.text
		if !wrapper && (addP*5 < cs.ptext+cs.lone || addP*2 < addT) { // adds < 20% more paragraphs, or mostly other text
			if ps.score < best*0.75 {
				break
			}
		}
		top = p
	}
	// Sections of one body (listicles, guides, reviews) sit in sibling
	// containers, often each in a wrapper of its own: climb to an ancestor
	// a few levels up when it adds much more paragraph text (a fifth more
	// at least, and an eighth of all the text it adds: the rest is the
	// sections' headings, lists and tables), with few links.
	for {
		cs := e.st[top]
		next := (*html.Node)(nil)
		a := top.Parent
		for k := 0; k < 3 && a != nil && a != body.Parent && a.Type == html.ElementNode; k, a = k+1, a.Parent {
			as := e.st[a]
			addP, addT := as.ptext+as.lone-cs.ptext-cs.lone, as.text-cs.text
			if addP*5 >= cs.ptext+cs.lone && addP*8 >= addT && addP > 0 && e.linkDensity(a) < 0.25 && !e.unlikely(a) {
				next = a
				break
			}
		}
		if next == nil {
			next = e.builderRoot(top, body)
		}
		if next == nil {
			break
		}
		top = next
	}
	return top
}

// builderRoot returns the layout a page builder made of the page's main
// column, when top sits in one of its rows and the layout adds paragraph
// text as the sections' climb above asks: page builders (Divi, Elementor,
// SiteOrigin, WPBakery, Beaver Builder, Avada …) put each block of one body
// in a row of its own, each a few wrappers deep, with buttons and links
// between them. The layout is the parent of the outermost row holding top.
func (e *extractor) builderRoot(top, body *html.Node) *html.Node {
	var row *html.Node
	for a := top; a != nil && a != body; a = a.Parent {
		if a.Type == html.ElementNode && e.match(builderRowNames, classID(a)) {
			row = a
		}
	}
	if row == nil || row.Parent == nil || row.Parent == body || row.Parent.Type != html.ElementNode {
		return nil
	}
	a := row.Parent
	cs, as := e.st[top], e.st[a]
	addP, addT := as.ptext+as.lone-cs.ptext-cs.lone, as.text-cs.text
	if addP > 0 && addP*5 >= cs.ptext+cs.lone && addP*8 >= addT && e.linkDensity(a) < builderLinkDensity && !e.unlikely(a) {
		return a
	}
	return nil
}

// inBuilder reports a top candidate that is a page builder's text widget
// or row, or sits in a row.
func (e *extractor) inBuilder(top *html.Node) bool {
	if e.match(builderTextNames, classID(top)) {
		return true
	}
	for a := top; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if e.match(builderRowNames, classID(a)) {
			return true
		}
	}
	return false
}

// builderLinkDensity bounds the links of a page builder's layout: its rows
// hold buttons and calls to action between the body's blocks.
const builderLinkDensity = 0.35

// unlikely reports paragraphs inside containers named like boilerplate
// (memoised per node: every paragraph asks about all its ancestors).
func (e *extractor) unlikely(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode || n.DataAtom == atom.Body {
		return false
	}
	s := e.stat(n)
	if s.unl != 0 {
		return s.unl > 0
	}
	u, body := false, false
	if ci := classID(n); ci != "" {
		u = e.match(commentNames, ci) ||
			!e.relaxed && n.DataAtom != atom.Article && n.DataAtom != atom.Main && e.match(unlikelyNames, ci) && !e.match(maybeNames, ci)
		body = !u && e.match(maybeNames, ci) && isContentName(ci)
	}
	if !u && !body && (n.DataAtom == atom.Article || n.DataAtom == atom.Main) {
		// So is an <article> or <main> that holds a body's worth of text
		// and half the page's, with few links: a newsletter's issue under
		// a section named "cc-newsletter", a story under "modal-wrapper".
		if s := e.st[n]; s != nil && s.text >= statedArticle && s.text*2 >= e.pageText && e.linkDensity(n) < 0.3 {
			body = true
		}
	}
	if !u && !body {
		// A container named as the article's body (article-body,
		// entry-content …) is not unlikely for its ancestors' names
		// ("above-footer", "modal-wrapper").
		u = e.unlikely(n.Parent)
	}
	s.unl = -1
	if u {
		s.unl = 1
	}
	return u
}

// statedArticle is the text an <article> or <main> holds to be the body
// whatever its ancestors are named (see unlikely).
const statedArticle = 1500

// withSiblings returns the top candidate and the siblings that carry more
// of the article (Readability's sibling rule).
func (e *extractor) withSiblings(top *html.Node) []*html.Node {
	p := top.Parent
	if p == nil || top.DataAtom == atom.Body {
		return []*html.Node{top}
	}
	ts := e.st[top]
	thr := math.Max(10, ts.score*0.2)
	topClass := attr(top, "class")
	builder := e.inBuilder(top)
	series := topClass != "" && sameClassChildren(p, topClass) >= minSeries
	var out []*html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		s := e.st[c]
		if s == nil || c.DataAtom == atom.Form {
			continue // a form beside the body: sign-up, quote request, comment box
		}
		if e.boilerSibling(c) {
			continue
		}
		bonus := 0.0
		if topClass != "" && (attr(c, "class") == topClass || e.sameKind(attr(c, "class"), topClass)) {
			bonus = ts.score * 0.2
		}
		if s.cand && s.score+bonus >= thr {
			out = append(out, c)
			continue
		}
		if series && attr(c, "class") == topClass && s.text-s.link >= minPart && !e.unlikely(c) {
			// a section of the body in a series of containers of the top's
			// class (150 bytes of text besides links), its score low for
			// its lists of links or its one paragraph; the lists are
			// judged when rendered
			out = append(out, c)
			continue
		}
		if builder && s.text > 0 && (e.match(builderTextNames, classID(c)) || e.match(builderRowNames, classID(c)) && !e.unlikely(c)) && e.linkDensity(c) < 0.5 {
			// A page builder's text or heading widget (or row) beside the
			// body's: the body's next block, whatever its paragraphs' votes.
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			ld := e.linkDensity(c)
			t := textOf(c)
			if (len(t) > 80 && ld < 0.25) || (len(t) > 0 && len(t) <= 80 && ld == 0 && endsSentence(t)) {
				out = append(out, c)
			}
		}
	}
	return out
}

// boilerSibling reports a block beside the body named as one that is not
// the article's (sideNames, personNames) and not as content, or an
// <aside>. Not every boilerNames box: the article's header beside the
// body holds its subtitle.
func (e *extractor) boilerSibling(c *html.Node) bool {
	if c.DataAtom == atom.Aside {
		return true
	}
	ci := classID(c)
	return ci != "" && !isContentName(ci) && (e.match(sideNames, ci) || e.match(personNames, ci))
}

// minSeries is the number of sibling containers of one class that make a
// series of sections (Asciidoctor's div.sect1 under each <h2>), not the
// columns of a layout.
const minSeries = 3

// sameClassChildren counts n's element children of the class class.
func sameClassChildren(n *html.Node, class string) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && attr(c, "class") == class {
			k++
		}
	}
	return k
}

// sameKind reports two class attributes of which one holds all the
// other's class names, and these name a body's text (positiveNames): the
// same block, one of them marked as a variant ("rich-text-block
// main-blog-post intro w-richtext" beside "main-blog-post rich-text-block
// w-richtext", a <section class="c-rich-text-blog"> beside the body's
// "c-rich-text-blog w-richtext"); not layout names ("container-fluid",
// "shopify-section") that any block of the page bears.
func (e *extractor) sameKind(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	as, bs := strings.Fields(a), strings.Fields(b)
	if len(as) > len(bs) {
		as, bs = bs, as
	}
	if len(as) == 0 {
		return false
	}
	for _, x := range as {
		found := false
		for _, y := range bs {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return e.match(positiveNames, strings.ToLower(strings.Join(as, " ")))
}

// otherParts adds to the containers rendered (nodes) the other parts of a
// body split over several containers that sit apart in the page (between
// ad slots, in rows of their own): elements of the same tag and class as
// the best-scoring candidate (Politico's div.story-text), outside the
// nodes and holding none of them, with paragraphs of prose (minPart bytes
// of voting paragraphs at least) and few links, not in containers named
// like boilerplate. The result is in document order.
func (e *extractor) otherParts(body *html.Node, nodes []*html.Node) []*html.Node {
	b := e.best
	if b == nil || b.Type != html.ElementNode {
		return nodes
	}
	class := attr(b, "class")
	if class == "" {
		return nodes
	}
	in := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	var out []*html.Node
	added := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if in[c] {
				out = append(out, c)
				continue // the rendered containers' own parts are theirs
			}
			if c != b && c.DataAtom == b.DataAtom && attr(c, "class") == class && !holdsAny(c, in) {
				if s := e.st[c]; s != nil && s.ptext >= minPart && e.linkDensity(c) < 0.3 && !e.unlikely(c) && !e.inBoilerBox(c, body) {
					out = append(out, c)
					added = true
					continue
				}
			}
			walk(c)
		}
	}
	walk(body)
	if !added || len(out) != len(nodes)+countAdded(out, in) {
		return nodes
	}
	return out
}

// inBoilerBox reports an element in (or named as) a box that is not the
// article's text, by its name: an author's bio, related stories, a
// newsletter box (boilerNames, personNames).
func (e *extractor) inBoilerBox(n, body *html.Node) bool {
	for a := n; a != nil && a != body; a = a.Parent {
		if ci := classID(a); ci != "" && !isContentName(ci) && (e.match(boilerNames, ci) || e.match(personNames, ci)) {
			return true
		}
	}
	return false
}

// minPart is the paragraph text a part of a split body holds (see
// otherParts): two short paragraphs.
const minPart = 150

// holdsAny reports whether one of set lies below n.
func holdsAny(n *html.Node, set map[*html.Node]bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if set[c] || c.Type == html.ElementNode && holdsAny(c, set) {
			return true
		}
	}
	return false
}

// countAdded counts the nodes of out that are not in set.
func countAdded(out []*html.Node, set map[*html.Node]bool) int {
	k := 0
	for _, n := range out {
		if !set[n] {
			k++
		}
	}
	return k
}
