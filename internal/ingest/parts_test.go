package ingest

import (
	"strings"
	"testing"
)

// TestSplitBodyParts: a body split over containers of the same class that
// sit apart in the page (Politico's div.story-text in rows between ad
// slots; Stack Exchange's question and answers in "s-prose" blocks) is
// read whole, in page order; a block of that class in an author box, or
// with one short paragraph, is not a part.
func TestSplitBodyParts(t *testing.T) {
	a1 := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	a2 := "<p>" + strings.ReplaceAll(p3, "mayor", "treasurer") + "</p><p>" + strings.ReplaceAll(p1, "council", "board") + "</p><p>" + strings.ReplaceAll(p2, "Opposition", "Union") + "</p>" +
		"<p>" + strings.ReplaceAll(p3, "mayor", "clerk") + "</p><p>" + strings.ReplaceAll(p3, "mayor", "auditor") + "</p><p>" + strings.ReplaceAll(p1, "council", "senate") + "</p>"
	bio := `<p>Jane Roe is a reporter who has covered city hall for the paper since 2015 and the state budget since 2019.</p><p>She was a fellow at the press institute and lives in the valley with her family.</p>`
	var links strings.Builder
	for i := 0; i < 60; i++ {
		links.WriteString(`<li><a href="/story">Another story of the day about the city and its people</a></li>`)
	}
	moreLinks := `<section class="row"><h2>Around the city</h2><ul>` + links.String() + `</ul></section>`
	for _, tt := range []struct{ name, body, want, not string }{
		{"story rows between ad slots",
			`<main><section class="row row--story first"><div class="container"><div class="col"><div class="wrap"><div class="inner"><div class="story-text">` + a1 + `</div></div></div></div></div></section>` +
				`<section class="row ad-row"><div class="ad-slot"></div></section>` +
				`<section class="row row--story main"><div class="container"><div class="col"><div class="wrap"><div class="inner"><div class="story-text">` + a2 + `</div></div></div></div></div></section>` + moreLinks + `</main>`,
			p1, ""},
		{"a block of the class in an author box is no part",
			`<main><section class="row"><div class="container"><div class="col"><div class="wrap"><div class="inner"><div class="html-content">` + a2 + `</div></div></div></div></div></section>` + moreLinks +
				`<section class="row"><div class="container"><div class="col"><div class="author-bio"><div class="wrap"><div class="html-content">` + bio + `</div></div></div></div></div></section></main>`,
			"The treasurer", "Jane Roe"},
		{"a teaser of the class with one short paragraph is no part",
			`<main><article><div class="a"><div class="b"><div class="text">` + a2 + `</div></div></div></article></main>` +
				`<div class="rail"><div class="x"><div class="y"><h3><a href="/zoo">Zoo news</a></h3><div class="text"><p>The zoo opens a new elephant house on Sunday, with free entry for all the children of the city and their parents.</p></div></div></div></div>`,
			"The treasurer", "elephant"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(page("<title>A title here</title>", tt.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			bad := !strings.HasPrefix(a.Text, tt.want) || tt.not != "" && strings.Contains(a.Text, tt.not) ||
				!strings.Contains(a.Text, "The treasurer, who proposed") || !strings.Contains(a.Text, "The senate voted")
			if tt.name == "story rows between ad slots" {
				bad = bad || !strings.Contains(a.Text, p2)
			}
			if tt.name == "story rows between ad slots" {
				bad = bad || strings.Index(a.Text, p2) > strings.Index(a.Text, "The treasurer")
			}
			if bad {
				t.Errorf("text %q", clip(a.Text, 900))
			}
		})
	}
}
