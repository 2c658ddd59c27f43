package ingest

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DumpHTML flattens a page into a scraper's text dump, the kind of text
// ParseText reads: every text of the <body> in document order, hidden or
// not (menus, footers, comment threads and all), one line per block
// element and per line break of the page source, other whitespace runs
// collapsed to a space; inline elements run together as in the DOM's
// textContent ("<a>Subscribe</a><a>Sign In</a>" → "SubscribeSign In").
// Scripts, styles, <noscript>, <template>, SVG and text areas give
// nothing; a <select>'s options are a line each; empty lines are dropped.
// contentType is the HTTP Content-Type when known (for its charset). It
// renders the pages of ../shared/eval/ingest-dev as that set's text/
// dumps were made (TestDumpMatchesDevText), so that the text reader can be
// scored on any page with a known body (TestDevWCXBDump).
func DumpHTML(b []byte, contentType string) (string, error) {
	s, _, err := decodeHTML(b, contentType)
	if err != nil {
		return "", err
	}
	doc, _, err := parsePage(s)
	if err != nil {
		return "", fmt.Errorf("bad HTML: %v", err)
	}
	d := &dumper{}
	d.walk(bodyOf(doc))
	d.brk()
	return strings.Join(d.lines, "\n"), nil
}

// bodyOf is the <body> element of a parsed page (the parser always makes
// one), or the document.
func bodyOf(doc *html.Node) *html.Node {
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if b := find(c); b != nil {
				return b
			}
		}
		return nil
	}
	if b := find(doc); b != nil {
		return b
	}
	return doc
}

type dumper struct {
	lines []string
	cur   strings.Builder
	space bool // a space is pending before the next word of the line
	nl    bool // a line break is pending before the next word
}

// dumpSilent are the elements whose text a dump leaves out.
var dumpSilent = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// dumpBlock are the elements that start and end a line of a dump.
var dumpBlock = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Legend: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Ul: true, atom.Menu: true, atom.Body: true,
	atom.Option: true, atom.Optgroup: true,
}

func (d *dumper) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		d.text(n.Data)
		return
	case html.ElementNode:
		if dumpSilent[n.DataAtom] {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && dumpBlock[n.DataAtom]
	if block {
		d.brk()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d.walk(c)
	}
	if block {
		d.brk()
	}
}

// text adds a text node to the line: a run of whitespace holding a line
// break ends the line (a dump keeps the page source's line breaks), any
// other run is one space.
func (d *dumper) text(s string) {
	for s != "" {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			if d.nl {
				d.brk()
			} else if d.space && d.cur.Len() > 0 {
				d.cur.WriteByte(' ')
			}
			d.cur.WriteString(s[:i])
			d.space, d.nl = false, false
			s = s[i:]
		}
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			j = len(s)
		}
		if j > 0 {
			d.space = true
			if strings.ContainsAny(s[:j], "\n\r") {
				d.nl = true
			}
			s = s[j:]
		}
	}
}

// brk ends the line.
func (d *dumper) brk() {
	if l := strings.TrimSpace(d.cur.String()); l != "" {
		d.lines = append(d.lines, l)
	}
	d.cur.Reset()
	d.space, d.nl = false, false
}
