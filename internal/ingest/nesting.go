package ingest

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNesting is the depth past which flattenNesting drops start tags.
// golang.org/x/net/html refuses a page whose open elements stack deeper
// than 512 ("open stack of elements exceeds 512 nodes"): old pages with
// unclosed <font>, <div> or <blockquote> tags, generated pages nesting a
// wrapper per item. Their text is readable all the same.
const maxNesting = 400

// parsePage parses a decoded page. A page nested too deeply for the parser
// is parsed again with its excess nesting flattened, and warn says so: the
// page is read, not lost.
func parsePage(s string) (doc *html.Node, warn string, err error) {
	doc, err = html.Parse(strings.NewReader(s))
	if err == nil || !strings.Contains(err.Error(), "open stack of elements") {
		return doc, "", err
	}
	doc, err2 := html.Parse(strings.NewReader(flattenNesting(s)))
	if err2 != nil {
		return nil, "", err // the first reason is the one to give
	}
	return doc, "elements nested deeper than the HTML parser allows (" + err.Error() + "); read with the excess nesting flattened", nil
}

// flattenNesting rewrites a page without the start and end tags of
// elements opened deeper than maxNesting (counted as written, not as the
// parser would close them), keeping every text, comment and shallower tag.
func flattenNesting(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var out bytes.Buffer
	out.Grow(len(s))
	depth := 0
	dropped := map[atom.Atom]int{} // open tags dropped, by name, not yet closed
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			depth++
			if depth > maxNesting {
				dropped[a]++
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if depth > 0 {
				depth--
			}
			if dropped[a] > 0 {
				dropped[a]--
				continue
			}
		}
		out.Write(raw)
	}
}

// voidElements never hold content and take no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}
