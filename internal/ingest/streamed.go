package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// React's streamed server rendering (Next.js's App Router and others)
// sends the parts of a page that were not ready in time at its end, each
// in <div hidden id="S:n">, and a script moves them into place: into the
// <template id="P:n"> placeholder that marks where the part goes, or
// into the Suspense boundary of <template id="B:n">, whose fallback
// ("Loading paragraph...", a skeleton), up to the boundary's closing
// <!--/$--> comment, it replaces. The article's paragraphs are often such
// parts (The Motley Fool's guides: each company's section came last, out
// of its place and apart from the body). placeStreamedSegments does what
// the script does, before the page is read: a reader of the page sees
// them in place.

// parseShownPage is parsePage with the page's streamed segments moved
// into place, as a reader sees the page. (DumpHTML, which stands for a
// scraper's text dump, keeps the page as written.)
func parseShownPage(s string) (*html.Node, string, error) {
	doc, warn, err := parsePage(s)
	if err == nil && strings.Contains(s, streamedMark) {
		placeStreamedSegments(doc)
	}
	return doc, warn, err
}

// streamedMark is the attribute text that every page with streamed
// segments holds; pages without it are not walked.
const streamedMark = `id="S:`

// placeStreamedSegments moves each streamed segment of doc into its
// placeholder or boundary; a segment with neither stays where it is.
func placeStreamedSegments(doc *html.Node) {
	var segs []*html.Node
	marks := map[string]*html.Node{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			id := attr(c, "id")
			switch {
			case c.DataAtom == atom.Div && streamedSegment(id) && hasAttr(c, "hidden"):
				segs = append(segs, c)
			case c.DataAtom == atom.Template && len(id) > 2 && (id[0] == 'P' || id[0] == 'B') && id[1] == ':':
				marks[id] = c
			}
			walk(c)
		}
	}
	walk(doc)
	for _, s := range segs {
		n := attr(s, "id")[2:]
		t := marks["P:"+n]
		if t == nil || holdsNode(s, t) {
			if t = marks["B:"+n]; t == nil || holdsNode(s, t) {
				continue
			}
			dropFallback(t)
		}
		moveChildren(s, t)
		t.Parent.RemoveChild(t)
		s.Parent.RemoveChild(s)
	}
}

// moveChildren moves the children of s before t.
func moveChildren(s, t *html.Node) {
	for c := s.FirstChild; c != nil; c = s.FirstChild {
		s.RemoveChild(c)
		t.Parent.InsertBefore(c, t)
	}
}

// dropFallback removes the fallback after a boundary's template: the
// nodes up to the boundary's closing <!--/$--> comment when the template
// follows the boundary's opening <!--$?--> (nested boundaries counted);
// nothing when the comments are not there.
func dropFallback(t *html.Node) {
	p := t.PrevSibling
	for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
		p = p.PrevSibling
	}
	if p == nil || p.Type != html.CommentNode || p.Data != "$?" {
		return
	}
	var drop []*html.Node
	depth := 0
	for c := t.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.CommentNode {
			switch {
			case c.Data == "/$" && depth == 0:
				for _, d := range drop {
					d.Parent.RemoveChild(d)
				}
				return
			case c.Data == "/$":
				depth--
			case strings.HasPrefix(c.Data, "$"):
				depth++
			}
		}
		drop = append(drop, c)
	}
	// no closing comment: the fallback's end is not known, it stays
}

// holdsNode reports whether n is t or one of its ancestors.
func holdsNode(n, t *html.Node) bool {
	for a := t; a != nil; a = a.Parent {
		if a == n {
			return true
		}
	}
	return false
}
