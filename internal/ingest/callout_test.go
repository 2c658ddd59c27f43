package ingest

import "testing"

// TestCalloutBoxes: boxes set apart in the body under a callout name (a
// tip, a warning, a product's care facts, a note on a law; Dotdash
// Meredith's mntl-sc-block-callout, Ghost's kg-callout-card, WordPress
// callout blocks) are the article's text; a callout that sells (a short
// pitch over a button or a sign-up form) is not (see TestCTABoxes).
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// TestCTABoxes: a box in the body that sells — at most 300 bytes of text
// besides its links, over a link styled as a button or a sign-up form —
// is no part of the article, whatever it is named; the items of a
// round-up (cards of the same class, each with its button), a box named
// as the body, and a box of prose stay.
func TestCTABoxes(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"pitches over a button, a sign-up form, an aside",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p>` +
				`<div class="callout-box"><h2 class="callout-box__heading">Manage Your Money Better</h2><p>Our advisors take the time to learn your goals.</p><a class="callout-box__cta button button--large" href="/advice">Get Trusted Advice</a></div>` +
				`<p>` + sec("budget plan") + `</p><div class="c-7f3a"><h3>Power up your business today!</h3><p>Book a free demo and see how our software works for you.</p><a class="btn-primary" href="/demo">Book a FREE demo</a></div>` +
				`<div class="RichTextFormCallout_callout__x"><header><span>Receive growth tips, delivered to your inbox</span></header><form><input type="email"><p>We never share your address.</p></form></div>` +
				`<p>` + sec("school fund") + `</p></div></article>`,
			[]string{p1, p3, "The budget plan was tested", "The school fund was tested"}, []string{"Manage Your Money", "advisors", "Power up", "free demo", "growth tips", "never share"}},
		{"round-up cards with buttons, and a product card beside its twin",
			`<article><div class="entry-content">` + intro + `<div class="wprm-list">` +
				`<div class="wprm-recipe wprm-recipe-roundup-item-8772"><h3>Cilantro Lime Chicken Tenders</h3><div class="wprm-recipe-summary">These cilantro lime tenders are super easy to make and ready in a flash. They are packed with flavor and a great protein to add to your weekly rotation.</div><a class="wprm-recipe-link-button" href="/a">Get the Recipe</a></div>` +
				`<div class="wprm-recipe wprm-recipe-roundup-item-14664"><h3>Hot Honey Salmon Bites</h3><div class="wprm-recipe-summary">An easy salmon recipe that gives perfectly tender, bite-sized pieces of salmon with a sweet and spicy glaze, done in ten minutes.</div><a class="wprm-recipe-link-button" href="/b">Get the Recipe</a></div></div>` +
				`<p>` + p3 + `</p><div class="product"><h3>The best laptop under $500</h3><p>Unlike most cheap laptops, this model is fast and charges over USB-C.</p><a class="product-merchant-link-button" href="/out/1">$500 from a shop</a></div>` +
				`<div class="product"><h3>The best Chromebook</h3><p>Reliable performance and a long battery life make this model our pick.</p><a class="product-merchant-link-button" href="/out/2">$400 from a shop</a></div></div></article>`,
			[]string{p1, "Cilantro Lime Chicken Tenders", "An easy salmon recipe", p3, "Unlike most cheap laptops", "Reliable performance"}, nil},
		{"a short post named as the body, with its button, stays",
			`<div class="wrap"><article class="post"><div class="entry-content"><p>I would invest in smart and cheap charging stations. I wonder why there are none yet that compete on service.</p>` +
				`<p><strong>Thanks for the tip of 2%…</strong></p><a class="wp-block-button__link" href="/like">Like</a></div>` +
				`<div class="post-notes"><p>` + sec("charging station") + `</p><p>` + sec("fuel pump") + `</p></div></article></div>`,
			[]string{"I would invest in smart and cheap charging stations.", "The charging station was tested"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// TestRoleButtons: an element acting as a button (role=button) is no part
// of the text: a shop button made of a <div>, an app's card that opens its
// page; an accordion's header (aria-expanded, or holding a heading) is the
// title of its panel and stays.
func TestRoleButtons(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"shop buttons and app cards acting as buttons",
			`<article><div class="entry-content">` + intro + `<div class="cta-wrap"><div role="button" class="shop-now">Shop DEEBOT T30S Now</div></div><p>` + p3 + `</p>` +
				`<div class="apps"><div role="button" tabindex="0"><span>4.8 • Free trial available</span><p>Stunning quizzes that boost sales, conversions and subscribers</p></div></div></div></article>`,
			[]string{p1, p3}, []string{"Shop DEEBOT", "Stunning quizzes"}},
		{"accordion headers acting as buttons",
			`<article><div class="entry-content">` + intro + `<div class="faq"><div role="button" aria-expanded="true"><h3>Is the budget final?</h3></div><div><p>` + sec("final budget") + `</p></div></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Is the budget final?", "The final budget was tested", p3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
