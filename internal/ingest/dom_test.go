package ingest

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestTagMatcher checks the atom matcher against goquery's own selector
// of the same tags: the same elements, in document order.
func TestTagMatcher(t *testing.T) {
	pages := []string{
		`<html lang="en"><head><title>T</title><meta property="og:title" content="X"><link rel="canonical" href="u"></head><body><p>a<time datetime="2024-01-02">x</time></p><script type="application/ld+json">{}</script></body></html>`,
		`<div><p>no head</p><meta name="author" content="A"><span><meta name="date" content="2020-01-01"></span></div>`,
		`<p>nothing to select</p>`,
	}
	m := tagMatcher(atom.Title, atom.Meta, atom.Time, atom.Script, atom.Link, atom.Html)
	for _, p := range pages {
		doc, err := html.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		d := goquery.NewDocumentFromNode(doc)
		got, want := d.FindMatcher(m), d.Find("html, title, link, meta, time, script")
		if got.Length() != want.Length() {
			t.Fatalf("%q: %d elements, want %d", p, got.Length(), want.Length())
		}
		for i := range want.Nodes {
			if got.Nodes[i] != want.Nodes[i] {
				t.Errorf("%q: element %d is <%s>, want <%s>", p, i, got.Nodes[i].Data, want.Nodes[i].Data)
			}
		}
		if f := m.Filter(want.Nodes); len(f) != len(want.Nodes) {
			t.Errorf("%q: Filter kept %d of %d", p, len(f), len(want.Nodes))
		}
	}
}
