package ingest

import (
	"strings"
	"testing"
)

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

// TestEndMarker: the headings of the boxes that follow an article (related
// links, recent posts, author boxes, comments), and headings of an
// article's own sections that look like them.
func TestEndMarker(t *testing.T) {
	for _, tt := range []struct {
		h    string
		want bool
	}{
		{"Related stories", true},
		{"Related News & Resources", true},
		{"Related blogs", true},
		{"Related articles that may interest you", true},
		{"Recent Articles", true},
		{"Recent posts:", true},
		{"Other Posts:", true},
		{"Other popular Blogs", true},
		{"Other interesting articles", true},
		{"Suggested articles", true},
		{"Similar stories", true},
		{"More Articles You Might Enjoy", true},
		{"🔥 Recommended Posts", true},
		{"If you liked this post you might also like:", true},
		{"You may be interested in the following topics as well:", true},
		{"About the Author", true},
		{"Comments", true},
		{"Sources", true},
		{"Article Sources", true},
		{"Citations", true},
		{"Works cited:", true},
		{"Sources and citations", true},
		{"Keep reading", true},
		{"Trending stories in world travel", true},
		{"ALSO IN THE NEWS", true},
		{"Trending topics in the election were jobs and rent", false},
		{"Also in the news business, layoffs", false},
		{"Discover More", true},
		{"More Helpful Articles by Texas Mattress Makers:", true},
		{"More Great WIRED Stories", true},
		{"Read these next:", true},
		{"Keep reading the fine print", false},
		{"Discover more of the coast by bike", false},
		{"More great reasons to visit", false},
		{"Read this next to the label", false},
		{"References", false}, // some bodies keep their references
		{"Sources of funding for the project", false},
		{"Citations issued by the city", false},
		{"Recent developments", false},
		{"Other stories from the flood", false},
		{"Suggested reading for beginners", false},
		{"Related work", false},
		{"Related resources", false}, // a guide's own list of links, or a box with the article's data after it
		{"Posts you may have missed at the council", false},
		{"Similar stories, different outcomes", false},
		// endMarkerIntl: the site's other stories, comments and the box about the site in
		// the other languages news is read in (auto-presse.de, livenet.ch, rundschau-online.de …)
		{"Related articles and links:", true},
		{"Related posts & resources", true},
		{"You’ll Also Love...", true}, // curly apostrophes (WordPress's texturize)
		{"Editor’s Picks", true},
		{"You'll also like", true},
		{"Stories you’ll love", true},
		{"Don’t Miss", true},
		{"Today’s Headlines", true},
		{"Weitere Meldungen", true},
		{"Weitere Artikel zum Thema", true},
		{"Diese Artikel könnten Sie interessieren", true},
		{"Das könnte Sie auch interessieren", true},
		{"Mehr zum Thema", true},
		{"Ähnliche Artikel", true},
		{"Lesen Sie auch:", true},
		{"3 Kommentare", true},
		{"Über die Autorin", true},
		{"Über Nordex", true},
		{"À lire aussi", true},
		{"Sur le même sujet", true},
		{"12 commentaires", true},
		{"Noticias relacionadas", true},
		{"Te puede interesar", true},
		{"Leggi anche", true},
		{"Lees ook", true},
		{"Czytaj także", true},
		{"Weitere Schritte der Stadt", false},
		{"Mehr Geld für die Schulen", false},
		{"Das könnte teuer werden", false},
		{"Über die Grenzen hinweg", false},
		{"Über uns", false}, // a site's own page about itself ("About us" is no endMarker either)
		{"Lire la suite du rapport", false},
		{"Comentarios del ministro", false},
	} {
		if got := isEndMarker(tt.h); got != tt.want {
			t.Errorf("isEndMarker(%q) = %v, want %v", tt.h, got, tt.want)
		}
		if tt.want && !endMarkerWord(strings.ToLower(tt.h)) {
			t.Errorf("endMarkerWord(%q) = false: the heading's first word is missing from endMarkerWords", tt.h)
		}
	}
}

// TestHTMLEndHeadingsIntl: a box of the site's other stories under a
// heading in another language ("Weitere Meldungen", "Diese Artikel
// könnten Sie interessieren", "À lire aussi") ends the article, as its
// English counterpart does; a heading of the body in such words ("Mehr
// Geld für die Schulen") does not, nor does an "Über …" section with more
// of the article after it than before.
func TestHTMLEndHeadingsIntl(t *testing.T) {
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>`
	teasers := `<p>Die Zusatzbuchstaben GTI des VW Golf sind seit jeher Garant für dynamische Fortbewegung, schreibt die Redaktion.</p>` +
		`<p>In den letzten zehn Jahren ist der Nahe Osten zu einer Flüchtlingsregion geworden, berichtet unser Korrespondent.</p>`
	prose := `<p>` + sec("second bike") + `</p><p>` + sec("third bike") + `</p><p>` + sec("fourth bike") + `</p><p>` + sec("fifth bike") + `</p>`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"Weitere Meldungen over teasers", `<article>` + story + `<h2>Weitere Meldungen</h2>` + teasers + `</article>`,
			[]string{p1, p3}, []string{"Weitere Meldungen", "GTI des VW Golf"}},
		{"a box title in German", `<article>` + story + `<div class="module_title">Das könnte Sie auch interessieren</div>` + teasers + `</article>`,
			[]string{p1, p3}, []string{"auch interessieren", "Nahe Osten"}},
		{"À lire aussi in bold", `<article>` + story + `<p><strong>À lire aussi</strong></p>` + teasers + `</article>`,
			[]string{p1, p3}, []string{"lire aussi", "GTI des VW Golf"}},
		{"a section of the body goes on", `<article>` + story + `<h2>Mehr Geld für die Schulen</h2>` + prose + `</article>`,
			[]string{p3, "Mehr Geld für die Schulen", "fifth bike"}, nil},
		{"an Über section with more to come", `<article>` + story + `<h2>Über die Studie</h2>` + prose + prose + `</article>`,
			[]string{"Über die Studie", "fifth bike"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) { checkBody(t, tt.body, tt.want, tt.not) })
	}
}

// TestHTMLClosingSources: the list of sources a guide cites after its
// text ("Sources", "Article Sources", "Citations" over a list of
// publications and links) ends the article; a section so named with the
// article's prose after it does not.
func TestHTMLClosingSources(t *testing.T) {
	body := func(h, after string) string {
		return `<article><div class="body"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("first bike") + `</p>` + h + after + `</div></article>`
	}
	cites := `<ol><li><a href="https://example.org/a">Statista, Education &amp; Science</a></li><li>U.S. Bureau of Labor Statistics, "Occupational Outlook," accessed April 14, 2025.</li><li>"2025 Benchmarking Study." Charles Schwab, https://example.com/study</li></ol>`
	prose := `<p>` + sec("second bike") + `</p><p>` + sec("third bike") + `</p><p>` + sec("fourth bike") + `</p><p>` + sec("fifth bike") + `</p>`
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"Sources heading over a list", body(`<h2 id="sources">Sources</h2>`, cites), []string{p1, "first bike"}, []string{"Statista", "Occupational Outlook"}},
		{"Article Sources section", body(`<section class="footnotes-section"><h2>Article Sources</h2>`+cites+`</section>`, ""), []string{p3}, []string{"Benchmarking Study"}},
		{"Citations in bold", body(`<p><strong>Citations</strong></p>`, cites), []string{p3}, []string{"Charles Schwab"}},
		{"a Sources section of the body goes on", body(`<h2>Sources</h2>`, prose), []string{"second bike", "fifth bike"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkBody(t, tc.body, tc.want, tc.not) })
	}
}

// TestSectionH1: some platforms (Medium, site builders) head each section
// of the body with an <h1>; such a heading is read with its section. The
// headline stays out: the page's first <h1>, an <h1> that repeats the
// title, and an <h1> over no paragraph of prose (a logo, a promo's title).
func TestSectionH1(t *testing.T) {
	body := func(h string) string {
		return `<article><h1>The headline of this story</h1><div class="body"><p>` + p1 + `</p>` + h + `<p>` + p2 + `</p><p>` + p3 + `</p></div></article>`
	}
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"section heading as h1", body(`<h1>Why CPU monitoring is important?</h1>`), []string{"Why CPU monitoring is important?", p2}, []string{"The headline of this story"}},
		{"another wording", body(`<h1 class="gc gd">How to get started</h1>`), []string{"How to get started", p3}, nil},
		{"the title repeated stays out", body(`<h1>A title here</h1>`), []string{p1, p2}, []string{"A title here"}},
		{"h1 over a short line stays out", `<article><h1>The headline of this story</h1><div class="body"><p>` + p1 + `</p><p>` + p2 + `</p><h1>Marketing made easy</h1><p>Call us.</p><p>` + p3 + `</p></div></article>`, []string{p1, p3}, []string{"Marketing made easy"}},
		{"the first h1 stays out", `<article><div class="body"><h1>Only a headline here</h1><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></article>`, []string{p1, p3}, []string{"Only a headline"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkBody(t, tc.body, tc.want, tc.not) })
	}
}

// TestARIAHeadingEndsArticle: an element whose ARIA role is "heading"
// (Wired's `<div role="heading" aria-level="3">`) is a heading: the
// related-stories box it names ends the article.
func TestARIAHeadingEndsArticle(t *testing.T) {
	body := `<article><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><hr/>` +
		`<div role="heading" aria-level="3" class="heading-h3">More Great WIRED Stories</div>` +
		`<p>Chris Evans goes to Washington with an app that explains both sides of every debate, <a href="/a">read more</a>.</p>` +
		`<p>What Atlanta can teach the tech industry about cultivating black talent, from its colleges to its start-ups, <a href="/b">read more</a>.</p></article>`
	checkBody(t, body, []string{p1, p3}, []string{"More Great WIRED Stories", "goes to Washington"})
}

// TestBoxLabelEndsArticle: a box's title set as a plain short block (a
// <div> or <p> of a line, no link, no heading markup) ends the article as
// a heading would when endMarker names it; a card's plain "Read More" and
// a label with prose after it do not.
func TestBoxLabelEndsArticle(t *testing.T) {
	story := `<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p>`
	teasers := `<div class="teasers"><p>THE SALVATION ARMY continued its long-standing tradition of community outreach with the distribution of hampers...</p>` +
		`<p>NICOLE HERBERT, who served as Clerk of the House of Assembly for 25 years has been called out of retirement...</p></div>`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a div label over teasers",
			`<article>` + story + `<div class="mainColumnLabel">ALSO IN THE NEWS</div>` + teasers + `</article>`,
			[]string{p1, p3}, []string{"ALSO IN THE NEWS", "SALVATION ARMY"}},
		{"a p label over teasers",
			`<article>` + story + `<p class="text-sm uppercase">Trending stories in world travel</p>` + teasers + `</article>`,
			[]string{p1, p3}, []string{"Trending stories", "SALVATION ARMY"}},
		{"a card's plain Read More",
			`<article>` + story + `<div class="card"><p><span><b>Read More </b></span></p></div><p>` + sec("city budget") + `</p></article>`,
			[]string{p1, p3, "The city budget was tested"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
