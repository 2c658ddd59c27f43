package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSameKindSiblings: a block beside the body that bears all the body's
// class names, or whose class names the body's all bear, where these name
// a text (Webflow's "rich-text-block main-blog-post intro w-richtext"
// beside "main-blog-post rich-text-block w-richtext"; a <section
// class="c-rich-text-blog"> with the FAQ beside the body's
// "c-rich-text-blog w-richtext"), is the body's next part however short;
// a block that shares only layout names with it ("container-fluid") is
// not.
func TestSameKindSiblings(t *testing.T) {
	long := strings.Repeat("<p>"+p1+" "+p2+"</p><p>"+p3+" "+sec("budget, the levy, the reserve")+"</p>", 6)
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"an intro block and an FAQ section of the body's kind",
			`<div class="column"><div class="rich-text-block main-blog-post intro w-richtext"><p>Our trip began in the north of the island, where the ferry lands.</p><p>We stayed two weeks, moving every three days.</p></div>` +
				`<div class="main-blog-post rich-text-block w-richtext">` + long + `</div>` +
				`<section class="rich-text-block"><h2>FAQ</h2><h3>When should you go?</h3><p>Spring and autumn are the best seasons, with fewer crowds and mild weather.</p></section></div>`,
			[]string{"Our trip began in the north of the island", "Spring and autumn are the best seasons", p3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

func TestSameKind(t *testing.T) {
	e := &extractor{}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"rich-text-block main-blog-post intro w-richtext", "main-blog-post rich-text-block w-richtext", true},
		{"c-rich-text-blog", "c-rich-text-blog w-richtext", true},
		{"entry-content", "entry-content", true},
		{"container-fluid mt-5 pt-5 px-0", "container-fluid", false},
		{"shopify-section", "shopify-section section", false},
		{"post-content sidebar", "article-body", false},
		{"", "entry-content", false},
	} {
		if got := e.sameKind(tt.a, tt.b); got != tt.want {
			t.Errorf("sameKind(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestAsciidoctorSections: Asciidoctor's HTML puts each section in a
// div.sect1 (a heading and a div.sectionbody) and each paragraph in a
// div.paragraph of its own; the paragraphs of a section count together
// (voteGroup), and the sections, a series of containers of one class
// (three at least), are the body's however many links their lists hold.
// Read on the WCXB pages of that form (skipped when ../shared is absent):
// the first paragraph of every section is in the text.
func TestAsciidoctorSections(t *testing.T) {
	for _, id := range []string{"dev_0389", "dev_0443"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "eval", "ingest-web", "wcxb", "html", id+".html.gz"))
		if err != nil {
			t.Skip("no WCXB pages")
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(zr)
		a, err := ParseHTML(page, "")
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := html.Parse(bytes.NewReader(page))
		text := strings.Join(strings.Fields(a.Text), " ")
		sections := 0
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && attr(n, "class") == "sect1" {
				sections++
				if p := firstOfClass(n, "paragraph"); p != nil {
					want := strings.Join(strings.Fields(textOf(p)), " ")
					if len(want) > 60 {
						want = want[:60]
					}
					if !strings.Contains(text, want) {
						t.Errorf("%s: section %d: missing %q", id, sections, want)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if sections < 3 {
			t.Errorf("%s: %d sections", id, sections)
		}
	}
}

// firstOfClass is the first element of the class below n.
func firstOfClass(n *html.Node, class string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && attr(c, "class") == class {
			return c
		}
		if f := firstOfClass(c, class); f != nil {
			return f
		}
	}
	return nil
}

// TestBoilerSiblings: a block beside the body's container that the page
// names as something else — a sidebar or <aside>, a site footer, a call to
// action, related stories — stays out however much prose it
// holds (the hertha-blog sidebar's "Hey, was geht ab?" blurb, a site's
// "msfooter" about the company, a "page-cta" box of resources); a block
// beside it that is the article's stays in: the header with the
// subtitle, a page builder's next text widget.
func TestBoilerSiblings(t *testing.T) {
	long := strings.Repeat("<p>"+p1+" "+p2+"</p><p>"+p3+" "+sec("budget, the levy, the reserve")+"</p>", 3)
	other := `<p>Three fans write about their weekends at the stadium, in the away end and at home, with a critical eye on the club, its coaches and its plans for the season ahead.</p>` +
		`<p>We have followed the club since the nineties, through two relegations, a cup final and many long evenings, and we write about it every week, whatever the result.</p>`
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"an <aside> beside the body",
			`<div id="main"><div class="entry">` + long + `</div><aside class="box">` + other + `</aside></div>`,
			[]string{p1, p3}, []string{"Three fans write"}},
		{"a sidebar named by class",
			`<div id="main"><div class="entry">` + long + `</div><div id="primary" class="main-sidebar">` + other + `</div></div>`,
			[]string{p1, p3}, []string{"Three fans write"}},
		{"a site footer",
			`<div id="main"><div class="entry">` + long + `</div><div class="nocontent msfooter">` + other + `</div></div>`,
			[]string{p1, p3}, []string{"Three fans write"}},
		{"a call to action",
			`<div id="main"><div class="entry">` + long + `</div><section class="page-cta colored">` + other + `</section></div>`,
			[]string{p1, p3}, []string{"Three fans write"}},
		{"related stories",
			`<div id="main"><div class="entry">` + long + `</div><div class="recirc-box">` + other + `</div></div>`,
			[]string{p1, p3}, []string{"Three fans write"}},
		{"a plain block of prose beside the body stays",
			`<div id="main"><div class="entry">` + long + `</div><div class="block two">` + other + strings.ReplaceAll(other, "Three fans", "Two fans") + `</div></div>`,
			[]string{p1, p3, "Three fans write"}, nil},
		{"a page builder's text widget beside the body stays",
			`<div id="main"><div class="elementor-widget elementor-widget-text-editor">` + long + `</div><div class="elementor-widget elementor-widget-text-editor">` + other + `</div></div>`,
			[]string{p1, p3, "Three fans write"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
