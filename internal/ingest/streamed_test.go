package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPlaceStreamedSegments: React's streamed segments (<div hidden
// id="S:n">, sent at the page's end) go where the page's script puts
// them: into their <template id="P:n"> placeholder, or into their
// Suspense boundary's <template id="B:n">, whose fallback up to the
// boundary's <!--/$--> they replace (a boundary nested in the fallback
// counted); segments inside segments follow; a segment with no mark, or
// a boundary without its comments, keeps what it has.
func TestPlaceStreamedSegments(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"placeholder",
			`<main><p>a</p><template id="P:1"></template><p>c</p></main><div hidden id="S:1"><p>b</p></div>`,
			`<main><p>a</p><p>b</p><p>c</p></main>`},
		{"boundary and its fallback",
			`<main><p>a</p><!--$?--><template id="B:0"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$--><p>c</p></main><div hidden id="S:0"><p>b</p></div>`,
			`<main><p>a</p><!--$?--><p>b</p><!--/$--><p>c</p></main>`},
		{"a boundary nested in the fallback",
			`<main><!--$?--><template id="B:0"></template><div><!--$--><i>x</i><!--/$--></div><!--$--><i>y</i><!--/$--><!--/$--><p>c</p></main><div hidden id="S:0"><p>b</p></div>`,
			`<main><!--$?--><p>b</p><!--/$--><p>c</p></main>`},
		{"boundary without its comments",
			`<main><template id="B:2"></template><div>Loading paragraph...</div></main><div hidden id="S:2"><p>b</p></div>`,
			`<main><p>b</p><div>Loading paragraph...</div></main>`},
		{"a placeholder inside a segment, segment ids in hex",
			`<main><template id="B:0"></template></main><div hidden id="S:a"><p>b</p></div><div hidden id="S:0"><h2>t</h2><template id="P:a"></template></div>`,
			`<main><h2>t</h2><p>b</p></main>`},
		{"a segment with no mark",
			`<main><p>a</p></main><div hidden id="S:3"><p>b</p></div>`,
			`<main><p>a</p></main><div hidden="" id="S:3"><p>b</p></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, _, err := parseShownPage("<html><body>" + tt.in + "</body></html>")
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			html.Render(&b, findBody(doc))
			got := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<body>"), "</body>")
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestStreamedSegmentsInBody: a body whose sections came streamed, after
// the page's footer, is read whole and in order (The Motley Fool's
// guides: each company's section in a segment of its own).
func TestStreamedSegmentsInBody(t *testing.T) {
	body := `<article class="article-body"><h1>A title here</h1><p>` + p1 + `</p><h2>1. The first</h2><!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->` +
		`<h2>2. The second</h2><template id="P:1"></template></article><footer><p>About us. Contact. Careers.</p></footer>` +
		`<div hidden id="S:0"><div class="article-body"><p>` + p2 + `</p></div></div><div hidden id="S:1"><div class="article-body"><p>` + p3 + `</p></div></div>`
	a, err := ParseHTML([]byte(page("<title>A title here</title>", body)), "")
	if err != nil {
		t.Fatal(err)
	}
	i1, i2, i3 := strings.Index(a.Text, p1), strings.Index(a.Text, p2), strings.Index(a.Text, p3)
	if i1 < 0 || i2 < i1 || i3 < i2 || strings.Contains(a.Text, "Loading") {
		t.Errorf("want p1, p2, p3 in order without the fallback; got %q", a.Text)
	}
}
