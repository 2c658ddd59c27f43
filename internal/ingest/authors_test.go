package ingest

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMarkupAuthors(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{"rel=author link", `<p>By <a rel="author" href="/a/jane">Jane Doe</a></p>`, []string{"Jane Doe"}},
		{"itemprop author with a name inside", `<span itemprop="author" itemscope><span itemprop="name">Ganesh Sitaraman</span>, a professor</span>`, []string{"Ganesh Sitaraman"}},
		{"byline class links, German 'von'", `<div class="article-byline">von <a href="/b">Birgit Posselt</a></div>`, []string{"Birgit Posselt"}},
		{"byline link with a prefix inside", `<div class="byline"><a href="/x">Por Isabel Caro</a> y <a href="/y">Rocío Latorre</a></div>`, []string{"Isabel Caro", "Rocío Latorre"}},
		{"a name and its outlet", `<a rel="author">By Sandee LaMotte, CNN</a>`, []string{"Sandee LaMotte"}},
		{"Di opens a name", `<a rel="author">Di Caprio Lee</a>`, []string{"Di Caprio Lee"}},
		{"trailing comma dropped", `<a rel="author">Amelie Siekmann,</a>`, []string{"Amelie Siekmann"}},
		{"a desk is no person", `<a rel="author">Support Team</a><a rel="author">ERP-News Redaktion</a>`, nil},
		{"link text is no name", `<a rel="author">More from this author</a><a rel="author">View all posts</a>`, nil},
		{"a single word is no name", `<a rel="author">admin</a><a rel="author">Jane</a>`, nil},
		{"a staff list is no byline", `<div class="byline"><a>Ann Lee</a><a>Bo Chan</a><a>Cy Diaz</a><a>Dee Eno</a><a>Ed Fox</a></div>`, nil},
		{"marked authors come before byline links", `<div class="byline"><a>Ann Lee</a></div><a rel="author">Bo Chan</a>`, []string{"Bo Chan"}},
		{"nothing marked", `<p>Written by the staff.</p>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := markupAuthors(doc); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMarkupAuthorsOnlyWithoutMeta: a page whose meta tags name its author
// keeps that author; the markup is read only when they name none.
func TestMarkupAuthorsOnlyWithoutMeta(t *testing.T) {
	body := strings.Repeat("<p>The council said the new bridge will cost 40 million dollars and open in two years, officials said on Monday.</p>", 6)
	a, err := ParseHTML([]byte(`<html><head><meta name="author" content="Meta Person"></head><body><a rel="author">Link Person</a>`+body+`</body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Meta Person"}) {
		t.Errorf("with a meta author: %q", a.Authors)
	}
	a, err = ParseHTML([]byte(`<html><body><a rel="author">Link Person</a>`+body+`</body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Link Person"}) {
		t.Errorf("without: %q", a.Authors)
	}
}
