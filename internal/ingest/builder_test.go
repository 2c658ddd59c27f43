package ingest

import (
	"strings"
	"testing"
)

// TestHTMLBuilderForms: bodies laid out by page builders, each block of
// the body in a row of its own a few wrappers deep, with buttons between
// them; the rows are read as one body, and what is outside the builder's
// layout stays out.
func TestHTMLBuilderForms(t *testing.T) {
	// row wraps blocks in a builder's row, column and module wrappers.
	row := func(rowClass, colClass, modClass, inner string) string {
		return `<div class="` + rowClass + `"><div class="inner"><div class="` + colClass + `"><div class="` + modClass + `"><div class="mod-inner">` + inner + `</div></div></div></div></div>`
	}
	buttons := `<p><a href="/a">Book a call with us today</a> <a href="/b">Download the full plan</a> <a href="/c">See all of our services and prices</a></p>` +
		`<p><a href="/d">Read the stories of our members, in their own words</a> <a href="/e">Find a club near you and join it this season</a> <a href="/f">Ask our coaches a question about the plan</a></p>`
	// side is a second column beside a row's text: an image and its link.
	side := `</div></div><div class="col-side"><img src="x.jpg" alt=""><p><a href="/g">Register now for the spring race</a> Places are limited.</p>`
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"Divi: tabs in one section, text in others",
			`<div id="page-container"><div id="main-content"><article><div class="entry-content"><div class="et_builder_inner_content">` +
				row("et_pb_section et_pb_section_0", "et_pb_column", "et_pb_module et_pb_text", `<h2>The plan</h2><p>`+sec("first week")+`</p>`) +
				row("et_pb_section et_pb_section_1", "et_pb_column", "et_pb_module et_pb_button_module", buttons) +
				row("et_pb_section et_pb_section_2", "et_pb_column", "et_pb_module et_pb_tabs", `<ul class="et_pb_tabs_controls"><li>Week one</li><li>Week two</li></ul><div class="et_pb_all_tabs"><div class="et_pb_tab"><div class="et_pb_tab_content"><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p></div></div></div>`+side) +
				`</div></div></article></div></div><footer><p>Copyright the club, all rights reserved, and more words here.</p></footer>`,
			[]string{"The first week was tested", p1, p3}, []string{"Copyright"}},
		{"Elementor: text-editor widgets in sibling sections",
			`<div data-elementor-type="wp-page" class="elementor elementor-12">` +
				row("elementor-section elementor-top-section", "elementor-column", "elementor-widget elementor-widget-text-editor", `<p>`+sec("new bike")+`</p>`) +
				row("elementor-section elementor-top-section", "elementor-column", "elementor-widget elementor-widget-button", buttons) +
				row("elementor-section elementor-top-section", "elementor-column", "elementor-widget elementor-widget-text-editor", `<ul><li>Bring water</li><li>Bring a helmet</li></ul><div class="box"><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p></div>`+side) +
				`</div><div class="sidebar"><p>` + sec("other shop") + `</p></div>`,
			[]string{"The new bike was tested", p1, p3}, []string{"other shop"}},
		{"WPBakery: column text in sibling rows",
			`<main><div class="entry-content">` +
				row("vc_row wpb_row", "wpb_column vc_column_container", "wpb_text_column wpb_content_element", `<p>`+sec("service plan")+`</p>`) +
				row("vc_row wpb_row", "wpb_column vc_column_container", "vc_btn3-container", buttons) +
				row("vc_row wpb_row", "wpb_column vc_column_container", "wpb_text_column wpb_content_element", `<div class="vc_column_text"><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p></div>`+side) +
				`</div></main>`,
			[]string{"The service plan was tested", p1, p3}, nil},
		{"SiteOrigin: editor widgets of price lists beside the body's widget",
			`<main><div class="panel-layout"><div class="panel-grid"><div class="panel-grid-cell">` +
				`<div class="so-panel widget widget_sow-editor"><div class="siteorigin-widget-tinymce"><h3>Our prices</h3><ul><li>Outlet repair $149+</li><li>Panel upgrade $1,899+</li></ul></div></div>` +
				`<div class="so-panel widget widget_text"><div class="textwidget"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div>` +
				`<div class="so-panel widget widget_sow-editor"><div class="siteorigin-widget-tinymce"><h3>Lighting</h3><ul><li>Fixture install $189+</li><li>Ceiling fan $249+</li></ul><p>Prices include the service call and a one-year warranty on parts and labour.</p></div></div>` +
				`</div></div></div><div class="sidebar"><ul><li><a href="/a">Home</a></li><li><a href="/b">Contact</a></li></ul></div></main>`,
			[]string{"Outlet repair $149+", p1, p3, "Ceiling fan $249+"}, []string{"Contact"}},
		{"Elementor: heading and text widgets beside the body's widget",
			`<div class="elementor elementor-7"><div class="elementor-widget-wrap">` +
				`<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2>Kitchen costs by room</h2></div></div>` +
				`<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div>` +
				`<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul><li>Cabinets: $4,000 to $13,000</li><li>Counters: $2,000 to $4,500</li></ul><p>A kitchen remodel returns about 70 percent of its cost when the home is sold.</p></div></div>` +
				`<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a href="/quote">Get a quote from a contractor today</a></div></div>` +
				`</div></div>`,
			[]string{"Kitchen costs by room", p1, p3, "Counters: $2,000 to $4,500"}, []string{"Get a quote"}},
		{"WPBakery: short rows beside the body's row",
			`<main class="l-main"><section class="l-section wpb_row"><div class="l-section-h"><div class="g-cols"><p>Rental fleets face new rules from March.</p></div></div></section>` +
				`<section class="l-section wpb_row"><div class="l-section-h"><div class="g-cols"><div class="vc_column_container"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="w-text"><div class="box"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></div></div></div></div></div></section>` +
				`<section class="l-section wpb_row"><div class="l-section-h"><div class="g-cols"><p>Inspect every vehicle before each rental, and keep the records for three years.</p></div></div></section>` +
				`<section class="l-section wpb_row"><div class="l-section-h"><p><a href="/a">Contact our team</a> <a href="/b">Request a quote</a></p></div></section></main>`,
			[]string{"Rental fleets face new rules", p1, p3, "Inspect every vehicle"}, []string{"Request a quote"}},
		{"tagDiv Composer: the lead in a heading row above the body's row",
			`<div class="td-post-content"><div class="tdc-row"><div class="vc_row wpb_row"><div class="vc_column wpb_column"><div class="wpb_wrapper"><div class="wpb_text_column"><div class="wpb_wrapper">` +
				`<h2>The wildlife convention in Bonn and the FAO have set up a <a href="/t">task force</a> on bird flu and wild birds, which met for the first time in January.</h2></div></div></div></div></div></div>` +
				`<div class="tdc-row"><div class="vc_row wpb_row"><div class="vc_column wpb_column"><div class="wpb_wrapper"><div class="wpb_text_column"><div class="wpb_wrapper"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></div></div></div></div>` +
				`<div class="tdc-row"><div class="vc_row wpb_row"><div class="td_block_wrap td_block_related_posts"><h4><a href="/x">Related articles</a></h4><a href="/y">Another story about the flu in Russia</a></div></div></div></div>`,
			[]string{"have set up a task force on bird flu", p1, p3}, []string{"Another story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// checkBody parses a page of body and checks its text holds every want
// and none of not.
func checkBody(t *testing.T, body string, want, not []string) {
	t.Helper()
	a, err := ParseHTML([]byte(page("<title>A title here</title>", body)), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("missing %q in %q", clip(w, 60), clip(a.Text, 400))
		}
	}
	for _, w := range not {
		if strings.Contains(a.Text, w) {
			t.Errorf("kept %q in %q", w, clip(a.Text, 400))
		}
	}
}
