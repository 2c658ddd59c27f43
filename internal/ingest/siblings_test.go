package ingest

import (
	"strings"
	"testing"
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
