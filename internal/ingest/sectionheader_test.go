package ingest

import "testing"

// TestSectionHeaders: a <header> over a section of the body, after the
// text has begun (a heading, no links, the section's text after it), is
// read; the article's header above the text, a teaser's header over its
// picture and the header of a box of other stories are not.
func TestSectionHeaders(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"headers over the steps of a guide",
			`<main><header><h1>A title here</h1><p class="byline">By Jane Roe, March 3</p></header>` + intro +
				`<article class="grid"><header class="svelte-1x"><h3>SETUP STEP #2</h3><h2>Relax your shoulders, align your elbows</h2></header><div><p>` + sec("desk chair") + `</p></div></article>` +
				`<section><header><h2>Choosing a Method</h2></header><p>` + sec("method") + `</p></section></main>`,
			[]string{p1, "SETUP STEP #2", "Relax your shoulders", "The desk chair was tested", "Choosing a Method"}, []string{"By Jane Roe"}},
		{"a teaser's header and a box of other stories stay out",
			`<main>` + intro + `<p>` + sec("ski slope") + `</p><section class="topic"><header><h2>Featured Blogs</h2></header><p>` + sec("other blog") + `</p></section>` +
				`<div class="teaser"><header class="Teaser__overlay"><h3>Respect for the mountain</h3></header><a href="/x"><img src="x.jpg"></a></div><p>` + sec("snow report") + `</p></main>`,
			[]string{p1, "The ski slope was tested"}, []string{"Featured Blogs", "Respect for the mountain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
