package ingest

import "testing"

// TestCalloutBoxes: boxes set apart in the body under a callout name (a
// tip, a warning, a product's care facts, a note on a law; Dotdash
// Meredith's mntl-sc-block-callout, Ghost's kg-callout-card, WordPress
// callout blocks) are the article's text; a callout that sells (a short
// pitch over a button or a sign-up form) is not.
func TestCalloutBoxes(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"Dotdash callout with a heading and facts",
			`<article><div class="article-content">` + intro +
				`<div class="comp mntl-sc-block mntl-sc-block-callout theme-generic"><div class="mntl-sc-block-callout-heading"><h3>Plant Care Tips</h3></div>` +
				`<div class="mntl-sc-block-callout-body"><ul><li>Light: Medium, indirect light.</li><li>Water: Weekly; allow soil to dry halfway down the planter.</li></ul></div></div>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, "Plant Care Tips", "allow soil to dry halfway", p3}, nil},
		{"Ghost callout card and a WordPress callout block",
			`<article><section class="gh-content">` + intro +
				`<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Tip: reading the summaries first gives you the key points, but keep the full book for the context.</div></div>` +
				`<p>` + p3 + `</p><div class="wp-block-callout is-style-warning"><p>On July 4, the new tax law was signed; some of the figures above change next year.</p></div></section></article>`,
			[]string{p1, "reading the summaries first", p3, "the new tax law was signed"}, nil},
		{"a callout that sells: a pitch over a button, a sign-up form",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p>` +
				`<div class="callout-box"><h2 class="callout-box__heading">Manage Your Money Better</h2><p>Our advisors take the time to learn your goals.</p><a class="callout-box__cta button button--large" href="/advice">Get Trusted Advice</a></div>` +
				`<div class="RichTextFormCallout_callout__x"><header><span>Receive growth tips, delivered to your inbox</span></header><form><input type="email"><p>We never share your address.</p></form></div></div></article>`,
			[]string{p1, p3}, []string{"Manage Your Money", "advisors", "growth tips", "never share"}},
		{"a long product summary over its buy button stays",
			`<article><div class="entry-content">` + intro +
				`<div id="callout-chapter-1" class="product"><h3>The best laptop under $500</h3><p>Unlike most cheap laptops, this model is fast, has a decent display and charges over USB-C; with twice the memory of most laptops at its price, it should stay fast enough for everyday work for years to come.</p>` +
				`<a class="product-merchant-link-button" href="/out/1">$500 from a shop</a></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Unlike most cheap laptops", p3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
