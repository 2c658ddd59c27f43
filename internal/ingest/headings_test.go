package ingest

import "testing"

// TestHTMLSectionHeadingNames: a section's heading whose name holds
// "header" (Substack's header-anchor-post, WP Recipe Maker's
// wprm-recipe-header, Divi's et_pb_module_header) is read with the body;
// look-alikes stay out: a page title named page-header, a heading of an
// author box or a share bar, a site header that is no heading element.
func TestHTMLSectionHeadingNames(t *testing.T) {
	body := func(h string) string {
		return `<article><div class="body"><p>` + p1 + `</p>` + h + `<p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("first bike") + `</p></div></article>`
	}
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"Substack section heading", body(`<h2 class="header-anchor-post">Part 2: What the data says</h2>`), []string{"Part 2: What the data says", p3}, nil},
		{"recipe card heading", body(`<h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients for the dough</h3>`), []string{"Ingredients for the dough"}, nil},
		{"Divi module heading", body(`<h4 class="et_pb_module_header">Why tutoring works so well</h4>`), []string{"Why tutoring works so well"}, nil},
		{"page-header title stays out", body(`<h2 class="page-header">Our studio since 1994</h2>`), []string{p1, p3}, []string{"Our studio"}},
		{"author box heading stays out", body(`<h3 class="author-header">About the writer of this</h3>`), []string{p1, p3}, []string{"writer of this"}},
		{"share bar heading stays out", body(`<h4 class="share-header">Share this with friends</h4>`), []string{p1, p3}, []string{"Share this"}},
		{"a site header div stays out", body(`<div class="site-header-bar">Home News Sport Weather Contact</div>`), []string{p1, p3}, []string{"Weather"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkBody(t, tc.body, tc.want, tc.not) })
	}
}
