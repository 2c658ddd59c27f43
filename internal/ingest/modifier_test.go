package ingest

import "testing"

// TestModifierClasses: a boilerplate word in a class token that describes
// the element (a modifier: what it holds, where a part of it stands) does
// not make the element boilerplate: a round-up's items "…-item-has-image"
// (WP Tasty Roundups), an accordion's "kt-pane-header-alignment-left"
// (Kadence), a feature row's "image-position-variant--right"; a block
// named as boilerplate beside such a token still goes.
func TestModifierClasses(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"round-up items that have an image",
			`<article><div class="entry-content">` + intro +
				`<div class="tasty-roundups-item tasty-roundups-item-align-left tasty-roundups-item-has-image"><h3>Bernette B33 Sewing Machine</h3><p>Bernette machines are made in Bernina factories, so they are well made but not as expensive as a Bernina.</p></div>` +
				`<div class="tasty-roundups-item tasty-roundups-item-align-left tasty-roundups-item-has-image"><h3>Heavy Duty 4411 Singer</h3><p>This sewing machine is a great affordable option; I have used one of these machines and it sewed great.</p></div>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, "Bernette machines are made in Bernina factories", "a great affordable option", p3}, nil},
		{"accordion and feature rows named by their layout",
			`<article><div class="entry-content">` + intro +
				`<div class="kt-accordion-wrap kt-accordion-has-4-panes kt-pane-header-alignment-left"><h4>Pricing</h4><p>Simple Start: $38 for one user. Essentials: $75 for up to three seats. Plus: $115 for up to five users.</p></div>` +
				`<section class="grid-container adp-editorial image-position-variant--right"><h2>A drink for the world</h2><p>Coffee spread from Yemen to Europe, and the coffee houses of London became known as penny universities.</p></section>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{"Simple Start: $38 for one user", "known as penny universities", p3}, nil},
		{"boilerplate named so beside a modifier",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p>` +
				`<div class="author-box has-avatar"><p>Jane Roe writes about sewing and crafts for the site.</p></div></div></article>`,
			[]string{p1, p3}, []string{"Jane Roe writes about sewing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

func TestNamedAs(t *testing.T) {
	for in, want := range map[string]string{
		"entry-content": "entry-content",
		"tasty-roundups-item tasty-roundups-item-has-image": "tasty-roundups-item",
		"kt-accordion-wrap kt-pane-header-alignment-left":   "kt-accordion-wrap",
		"grid-container image-position-variant--right":      "grid-container",
		"author-box has-avatar":                             "author-box",
		"wp-block-image has-custom-border":                  "wp-block-image",
	} {
		if got := namedAs(in); got != want {
			t.Errorf("namedAs(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadingAnchors: a heading's id that spells its own words (an
// anchor: "exporting-images-from-photoshop", "how-to-share-your-photos")
// says what the heading says, not what it is: its boilerplate words
// ("image", "share") do not make it boilerplate. An id that is no slug of
// the heading ("related-posts" over "More from us") still names it.
func TestHeadingAnchors(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"anchors of the body's headings",
			`<article><div class="post-body">` + intro + `<h3 id="exporting-images-from-photoshop">Exporting Images from Photoshop</h3><p>` + sec("export script") + `</p>` +
				`<h2 id="how-to-share-your-photos">How to Share Your Photos</h2><p>` + p3 + `</p></div></article>`,
			[]string{"Exporting Images from Photoshop", "How to Share Your Photos", p3}, nil},
		{"an id that names the block",
			`<article><div class="post-body">` + intro + `<p>` + p3 + `</p><div class="more"><h3 id="related-posts">More from us</h3></div></div></article>`,
			[]string{p1, p3}, []string{"More from us"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

func TestSlugOf(t *testing.T) {
	for _, tt := range []struct {
		id, text string
		want     bool
	}{
		{"exporting-images-from-photoshop", "Exporting Images from Photoshop", true},
		{"h-share-your-results", "Share your results", true},
		{"h-4-select-particular-times-during-the-day-for-social-media", "4. Select particular times during the day for social media", true},
		{"social-media-links", "Follow us", false},
		{"share_your_results", "4. Share your results!", true},
		{"related-posts", "More from us", false},
		{"toc", "Table of contents", false},
		{"how-to-add-google-shopping-ads", "How to Add Google Product Reviews to Shopping Ads", true},
		{"5.-group-3-clematis%3A-hard-pruning-for-late-summer", "5. Group 3 Clematis: Hard Pruning for Late Summer", true},
		{"related-posts-widget", "Related", false},
	} {
		if got := slugOf(tt.id, tt.text); got != tt.want {
			t.Errorf("slugOf(%q, %q) = %v, want %v", tt.id, tt.text, got, tt.want)
		}
	}
}
