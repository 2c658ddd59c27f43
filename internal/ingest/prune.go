package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropTag lists elements whose content is never article text.
func dropTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas, atom.Iframe,
		atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Picture, atom.Img, atom.Figure, atom.Figcaption,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option, atom.Label, atom.Nav, atom.Aside,
		atom.Footer, atom.Dialog, atom.Menu, atom.Head, atom.Link, atom.Meta, atom.Map, atom.Source, atom.Track,
		atom.Rt, atom.Rp, // ruby annotations (furigana) read beside the text, not in it
		atom.Title: // the page's <title>, in the <body> when the <head> holds a stray tag

		return true
	}
	return false
}

// isHidden reports elements the reader does not see.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			// React's streamed server rendering puts each late part of
			// the page in <div hidden id="S:n"> for a script to move into
			// place: it is shown.
			if !streamedSegment(attr(n, "id")) {
				return true
			}
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// classID is an element's class and id, joined and lower-cased (the
// class-name patterns are all lower case).
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if id != "" {
		c += " " + id
	}
	return strings.ToLower(c)
}

// modifierMarks are the parts of a class token that describe an element
// rather than name it (a BEM or block editor's modifier): what it holds
// ("tasty-roundups-item-has-image", Gutenberg's "has-background"), where
// something in it stands ("image-position-variant--right",
// "kt-pane-header-alignment-left"). A boilerplate word in such a token
// does not make the element boilerplate.
var modifierMarks = []string{"has-", "-align", "-position", "-variant"}

// namedAs is a lower-cased class and id (classID) without its modifier
// tokens (modifierMarks): what the element is named as.
func namedAs(ci string) string {
	if !modifierToken(ci) {
		return ci // no modifier can be there (most names)
	}
	return withoutTokens(ci, modifierToken)
}

// modifierToken reports a class token (or a name) that holds a
// modifierMarks part.
func modifierToken(t string) bool {
	for _, m := range modifierMarks {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// prune removes what can never be article text: non-text elements, hidden
// elements, comments.
func (e *extractor) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if dropTag(c.DataAtom) && !holdsPage(c) && !holdsTable(c) && !quoteFigure(c) && !(c.DataAtom == atom.Aside && isRecipePart(c)) && !accordionButton(c) || !e.relaxed && isHidden(c) && !e.disclosed(c) || c.DataAtom == 0 && isCustomBoiler(c.Data) || e.isPopup(c) {
				n.RemoveChild(c)
			} else {
				e.prune(c)
			}
		}
		c = next
	}
}

// disclosed reports a hidden element that an accordion opens: its id is
// named by the aria-controls of a control that is (or holds, or sits in) a
// heading — WAI-ARIA's accordion pattern, the sections of a step-by-step
// guide or a FAQ collapsed under their headings. It is text the reader
// opens with a click, unlike a hidden template, a duplicate for another
// screen size, or what other toggles open ("Article notes", a site
// banner's "Here's how you know"), or a section labelled as no part of the
// text (closedPanelLabels: "Video transcript"). Panels named (or inside
// containers named) like page furniture stay hidden: menus, cookie notices.
func (e *extractor) disclosed(n *html.Node) bool {
	return (e.controlled(n) || e.headed[n]) && !e.unlikely(n)
}

// controlled reports an element named by an accordion header's
// aria-controls, or the wrapper that hides such an element (its only
// content, two levels down at most: Chakra UI's chakra-collapse around
// the panel named accordion-panel-…).
func (e *extractor) controlled(n *html.Node) bool {
	if len(e.controls) == 0 {
		return false
	}
	for a, k := n, 0; a != nil && k < 3; a, k = onlyElement(a), k+1 {
		if id := attr(a, "id"); id != "" && e.controls[id] {
			return true
		}
	}
	return false
}

// onlyElement is n's only element child (nil when it has none or more,
// or text of its own).
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		case c.Type == html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// headedPanel returns the panel an accordion header opens when it names
// none: the element right after a heading that holds a button with
// aria-expanded (the WAI-ARIA disclosure pattern without aria-controls:
// Hearst's collapsible sections, "<h3><button aria-expanded=false>
// Cushioning</button></h3><div hidden>…"). nil when h is no such header,
// or labels a panel that is no part of the text (closedPanelLabels: a
// transcript).
func headedPanel(h *html.Node) *html.Node {
	switch h.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Div, atom.Span, atom.P:
	default:
		return nil // (role=heading is set on these)
	}
	if !isHeadingElem(h) || attr(h, "aria-controls") != "" || !expandControl(h, 0) || closedPanel(textOf(h)) {
		return nil
	}
	p := h.NextSibling
	for p != nil && p.Type != html.ElementNode {
		p = p.NextSibling
	}
	return p
}

// expandControl reports an element with aria-expanded and no
// aria-controls at n or below it (three levels at most).
func expandControl(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasAttr(c, "aria-expanded") && attr(c, "aria-controls") == "" || depth < 2 && expandControl(c, depth+1) {
			return true
		}
	}
	return false
}

// collectControls records the ids named by the aria-controls of accordion
// headers below n (a control may name several, space-separated), and the
// panels of the headers that name none (headedPanel).
func (e *extractor) collectControls(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if p := headedPanel(c); p != nil {
			if e.headed == nil {
				e.headed = make(map[*html.Node]bool)
			}
			e.headed[p] = true
		}
		if v := attr(c, "aria-controls"); v != "" && (accordionHeader(c) || questionControl(c)) && !closedPanel(textOf(c)) {
			for _, id := range strings.Fields(v) {
				if e.controls == nil {
					e.controls = make(map[string]bool)
				}
				e.controls[id] = true
			}
		}
		e.collectControls(c)
	}
}

// accordionButton reports a <button> that opens a panel of the text and
// holds its title: a disclosure control (aria-expanded or aria-controls)
// that is, holds or sits in a heading, or whose text is a question (an
// FAQ's "<button aria-controls=…><h3>Which is the best software …?</h3>
// </button>", "<button aria-expanded=false><p>What role does AI play …?
// </p></button>"); its panel is shown (see disclosed), so is its title.
// Other buttons ("Subscribe", "Close", "Show more") are dropped.
func accordionButton(n *html.Node) bool {
	if n.DataAtom != atom.Button || !disclosure(n) || closedPanel(textOf(n)) {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	if t == "" || len(t) > maxAccordionTitle {
		return false
	}
	return (strings.HasSuffix(t, "?") || accordionHeader(n)) && panelAfter(n) // (a question: questionControl)
}

// disclosure reports an element with aria-expanded or aria-controls: a
// control that shows or hides a panel.
func disclosure(n *html.Node) bool {
	return hasAttr(n, "aria-expanded") || hasAttr(n, "aria-controls")
}

// questionControl reports a <button> whose text is a question: an FAQ's
// item, whose panel (named by aria-controls) is its answer.
func questionControl(n *html.Node) bool {
	if n.DataAtom != atom.Button {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	return len(t) <= maxAccordionTitle && strings.HasSuffix(t, "?")
}

// panelAfter reports text right after a control: in the element after it,
// or after its wrapper or heading (one level up), where an
// accordion's panel stands. Panels a script fills only on a click are
// not in the page, and their titles are no text of it.
func panelAfter(n *html.Node) bool {
	for a, k := n, 0; a != nil && a.Type == html.ElementNode && k < 2; a, k = a.Parent, k+1 {
		sib := a.NextSibling
		for sib != nil && sib.Type != html.ElementNode {
			sib = sib.NextSibling
		}
		if sib != nil {
			return len(strings.TrimSpace(textOf(sib))) >= 20 && !holdsControl(sib, 0)
		}
	}
	return false
}

// holdsControl reports a disclosure control at n or below it (four
// levels at most): the next item of an accordion, not a panel.
func holdsControl(n *html.Node, depth int) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Button && disclosure(n) {
		return true
	}
	if depth >= 4 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsControl(c, depth+1) {
			return true
		}
	}
	return false
}

// maxAccordionTitle bounds the text of an accordion's title (see
// accordionButton): a question or a heading.
const maxAccordionTitle = 300

// accordionHeader reports a control that is a heading (h2–h6 or
// role=heading), holds one, or sits in one (two levels up at most).
func accordionHeader(n *html.Node) bool {
	for a, k := n, 0; a != nil && a.Type == html.ElementNode && k < 3; a, k = a.Parent, k+1 {
		if isHeadingElem(a) {
			return true
		}
	}
	var holds func(*html.Node, int) bool
	holds = func(n *html.Node, depth int) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (isHeadingElem(c) || depth < 3 && holds(c, depth+1)) {
				return true
			}
		}
		return false
	}
	return holds(n, 0)
}

// closedPanelLabels name accordion sections that are not the article's
// text, matched in the lower-cased header: a video's transcript.
var closedPanelLabels = []string{"transcript"}

func closedPanel(label string) bool {
	l := strings.ToLower(label)
	for _, w := range closedPanelLabels {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func isHeadingElem(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return attr(n, "role") == "heading"
}

// isCustomBoiler: custom elements named like ads or widgets.
func isCustomBoiler(name string) bool {
	return strings.Contains(name, "-ad") || strings.HasPrefix(name, "ad-") || strings.Contains(name, "social") ||
		strings.Contains(name, "share") || strings.Contains(name, "related") || strings.Contains(name, "newsletter")
}

func (e *extractor) isPopup(n *html.Node) bool {
	c := attr(n, "class")
	if c == "" {
		return false
	}
	c = strings.ToLower(c)
	return e.match(popupNames, c) || strings.Contains(c, "rollover-") && strings.HasSuffix(c, "-block")
}

// streamedSegment reports the ids of React streaming segments: "S:" and
// the segment's number in hexadecimal, as React writes it ("S:0", "S:a",
// "S:1f").
func streamedSegment(id string) bool {
	if len(id) < 3 || id[0] != 'S' || id[1] != ':' {
		return false
	}
	for _, c := range id[2:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// holdsTable reports a <figure> that holds a <table>: WordPress wraps
// every table of a post in <figure class="wp-block-table">, and other
// editors do the same; the table is text, its <figcaption> is not.
func holdsTable(n *html.Node) bool {
	if n.DataAtom != atom.Figure {
		return false
	}
	var find func(*html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Table || find(c)) {
				return true
			}
		}
		return false
	}
	return find(n)
}

// quoteFigure reports a <figure> that holds a <blockquote>: a quote
// set apart in the story (an expert's words under their portrait, a
// customer's testimonial), whose text is the article's; not a pull quote
// (WordPress's wp-block-pullquote, repeating the text) nor an embedded
// post (wp-block-embed: a tweet beside the story).
func quoteFigure(n *html.Node) bool {
	if n.DataAtom != atom.Figure {
		return false
	}
	if c := strings.ToLower(attr(n, "class")); strings.Contains(c, "pullquote") || strings.Contains(c, "pull-quote") || strings.Contains(c, "embed") {
		return false
	}
	var find func(*html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Blockquote || find(c)) {
				return true
			}
		}
		return false
	}
	return find(n)
}

// holdsRest reports an <aside> that holds two thirds of its container's
// text at least (the first ancestor holding more than it), a body's worth
// (minRest), few of it in links: the rest of an old page after an <aside>
// left unclosed, its article's paragraphs (a sidebar is a column beside
// the text, mostly links; a callout in a wrapper of its own is a small
// part of the text around it).
func holdsRest(n *html.Node) bool {
	t := textLen(textOf(n))
	if t < minRest || 2*linkText(n) >= t {
		return false
	}
	// the container: the first ancestor that holds more than the aside
	// (a box set in a wrapper of its own is a callout of the text)
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if pt := textLen(textOf(p)); pt > t {
			return 3*t >= 2*pt
		}
	}
	return false
}

// minRest is the text an unclosed <aside> holds to be the rest of the
// page (see holdsRest).
const minRest = 200

// linkText is the length of the text inside links below n.
func linkText(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			k += textLen(textOf(c))
		} else {
			k += linkText(c)
		}
	}
	return k
}

// holdsPage reports an <aside> that holds the page's <main>, <article> or
// <h1>, or most of its container's text (holdsRest): an aside left
// unclosed (the parser nests the rest of the page in it), not a sidebar.
func holdsPage(n *html.Node) bool {
	if n.DataAtom != atom.Aside {
		return false
	}
	if holdsRest(n) {
		return true
	}
	var find func(*html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Main || c.DataAtom == atom.Article || c.DataAtom == atom.H1 || find(c)) {
				return true
			}
		}
		return false
	}
	return find(n)
}
