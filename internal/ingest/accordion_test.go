package ingest

import "testing"

// TestAccordionPanels: hidden panels that an accordion header opens are
// read, in the forms that name no panel by its own id: a wrapper that
// hides the panel the header names (Chakra UI's chakra-collapse), a
// heading's button with aria-expanded and no aria-controls, the panel
// right after it (Hearst's collapsible sections), a panel the header names
// that a class hides (Tailwind's "hidden": accounting.com's FAQ). A panel after a heading
// without such a button, a transcript's panel and a menu's stay hidden.
func TestAccordionPanels(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"wrapper hiding the named panel (Chakra UI)",
			`<article><div class="entry">` + intro + `<h2>FAQ</h2><div class="chakra-accordion"><div class="chakra-accordion__item"><h2><button id="b1" aria-expanded="false" aria-controls="panel-1"><span>Which is the best EV?</span></button></h2>` +
				`<div class="chakra-collapse" style="overflow:hidden;display:none;height:0px"><div role="region" id="panel-1" aria-labelledby="b1"><p>` + sec("electric car") + `</p></div></div></div></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, "The electric car was tested", p3}, nil},
		{"heading button with aria-expanded, panel after it (no aria-controls)",
			`<article><div class="article-body">` + intro + `<div class="collapsible"><h3><button aria-expanded="false"><p>Cushioning</p></button></h3><div aria-hidden="true" hidden><p>` + sec("midsole foam") + `</p></div>` +
				`<h3><button aria-expanded="false"><p>Weight</p></button></h3><div hidden><p>` + sec("trainer weight") + `</p></div></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, "The midsole foam was tested", "The trainer weight was tested", p3}, nil},
		{"panel hidden by a class (Tailwind's hidden) that the header's aria-controls names",
			`<article><div class="content-wrapper prose">` + intro + `<p>` + sec("city budget") + `</p><p>` + sec("road fund") + `</p><div class="ss-accordion"><div class="ss-accordion-title-container"><button aria-controls="content-1" id="header-1" aria-expanded="false"><div class="ss-accordion-title"><h3>Which is the best tax software?</h3></div></button></div>` +
				`<div id="content-1" class="ss-accordion-content pl-2 border-b hidden"><div><p>` + sec("tax software") + `</p></div></div></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Which is the best tax software?", "The tax software was tested", p3}, nil},
		{"a block hidden by a class that no header names stays hidden",
			`<article><div class="content-wrapper prose">` + intro + `<p>` + sec("city budget") + `</p><div class="promo hidden"><p>` + sec("hidden offer") + `</p></div><p>` + sec("road fund") + `</p><p>` + p3 + `</p></div></article>`,
			[]string{p1, p3}, []string{"hidden offer"}},
		{"hidden blocks after a plain heading, a transcript's header, a menu's button stay hidden",
			`<article><div class="article-body">` + intro + `<h3>Notes</h3><div hidden><p>` + sec("hidden template") + `</p></div>` +
				`<h3><button aria-expanded="false">Video transcript</button></h3><div hidden><p>` + sec("transcribed video") + `</p></div>` +
				`<div class="menu"><button aria-expanded="false">Sections</button><div hidden><p>` + sec("menu entry") + `</p></div></div><p>` + p3 + `</p></div></article>`,
			[]string{p1, p3}, []string{"hidden template", "transcribed video", "menu entry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// TestStreamedSegment: React's streamed segments are numbered in
// hexadecimal ("S:0", "S:a", "S:1f"); other ids are not segments.
func TestStreamedSegment(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want bool
	}{
		{"S:0", true}, {"S:9", true}, {"S:a", true}, {"S:1f", true}, {"S:2b0", true},
		{"S:", false}, {"S:g", false}, {"S:1F", false}, {"s:1", false}, {"S:1-2", false}, {"menu", false}, {"P:1", false},
	} {
		if got := streamedSegment(tt.id); got != tt.want {
			t.Errorf("streamedSegment(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

// TestAccordionTitles: the title of an accordion's panel, held in its
// button (a disclosure control that is, holds or sits in a heading, or
// whose text is a question), is read with the panel; the titles of panels
// a script fills on a click (no panel after the button: the next item
// follows) and other buttons are not.
func TestAccordionTitles(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"FAQ questions in buttons over their panels",
			`<article><div class="entry-content">` + intro + `<h2>FAQ</h2>` +
				`<div class="ss-accordion"><div><button aria-controls="content-1" aria-expanded="true" class="ss-accordion-toggle"><div class="ss-accordion-title"><h3>Which is the best software for tax filing?</h3></div></button></div>` +
				`<div id="content-1" class="ss-accordion-content"><p>` + sec("tax software") + `</p></div></div>` +
				`<div class="faq"><button type="button" aria-expanded="false" aria-controls="faq-content-0"><div><p>What role does AI play in blockchain development?</p></div></button>` +
				`<div id="faq-content-0" style="height:0;overflow:hidden" aria-hidden="true"><p>` + sec("ledger automation") + `</p></div></div>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, "Which is the best software for tax filing?", "The tax software was tested", "What role does AI play in blockchain development?", "The ledger automation was tested", p3}, nil},
		{"questions whose answers are not in the page, other buttons",
			`<article><div class="entry-content">` + intro + `<h3>Frequently Asked Questions</h3><div class="space-y-4">` +
				`<div class="item"><button type="button" aria-expanded="false"><span>What does a full EV car actually mean?</span></button></div>` +
				`<div class="item"><button type="button" aria-expanded="false"><span>How far can a full EV car drive on a charge?</span></button></div></div>` +
				`<p>` + p3 + `</p><form><button type="submit">Subscribe</button></form><button aria-expanded="false">Show more</button></div></article>`,
			[]string{p1, p3}, []string{"full EV car actually mean", "drive on a charge", "Subscribe", "Show more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
