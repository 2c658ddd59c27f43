package ingest

import "testing"

// TestAccordionPanels: hidden panels that an accordion header opens are
// read, in the forms that name no panel by its own id: a wrapper that
// hides the panel the header names (Chakra UI's chakra-collapse), a
// heading's button with aria-expanded and no aria-controls, the panel
// right after it (Hearst's collapsible sections). A panel after a heading
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
