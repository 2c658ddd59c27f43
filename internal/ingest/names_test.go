package ingest

import (
	"strings"
	"testing"
)

// TestAffirmed: class tokens that say what an element is not are no part
// of its name; the others stay.
func TestAffirmed(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"row non-paywall", "row"},
		{"article-content no-paywall", "article-content"},
		{"layout no-sidebar no_comments", "layout"},
		{"post without-featured-image hentry", "post hentry"},
		{"not-share not_footer body", "body"},
		{"paywall", "paywall"},                   // a paywall box
		{"nonprofit-banner", "nonprofit-banner"}, // no separator: not a negation
		{"announcement notice", "announcement notice"},
		{"no- x", "no- x"},                   // a bare prefix negates nothing
		{"sidebar-no-ads", "sidebar-no-ads"}, // the negation inside a token: still a sidebar
	} {
		if got := affirmed(tt.in); got != tt.want {
			t.Errorf("affirmed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNegatedNames: a body under a container named by what it is not
// ("non-paywall", "no-sidebar") is read; a real paywall box, sidebar or
// comment list beside it is still left out.
func TestNegatedNames(t *testing.T) {
	for _, tt := range []struct{ name, body, want, not string }{ // not: "|"-separated
		{"Badische Zeitung's non-paywall section",
			`<main><section class="row non-paywall"><article><div class="article__text"><div class="freemium__preview">` + p1 + " " + p2 + " " + p3 + `</div></div></article></section>` +
				`<section class="row trend"><div class="teaser"><h3><a href="/a">Neue Radwege für die Innenstadt</a></h3><p>Die Stadt plant bis 2025 zwölf Kilometer neue Radwege, die Bauarbeiten beginnen im Frühjahr am Bahnhof.</p></div>` +
				`<div class="teaser"><h3><a href="/b">Mehr Geld für die Schulen</a></h3><p>Der Gemeinderat hat beschlossen, die Ausgaben für die Schulen um vier Prozent zu erhöhen, wie die Verwaltung mitteilte.</p></div>` +
				`<div class="teaser"><h3><a href="/c">Das Freibad öffnet früher</a></h3><p>Wegen des warmen Wetters öffnet das Freibad schon Anfang Mai, eine Woche früher als sonst, sagte der Betreiber.</p></div></section>` +
				`<section class="row paywall"><p>Jetzt weiterlesen mit einem Abo: Sie haben bereits ein Konto? Dann melden Sie sich hier an und lesen Sie alle Artikel.</p></section></main>`,
			p1, "Freibad|weiterlesen"},
		{"no-sidebar layout, sidebar beside",
			`<div class="layout no-sidebar"><div class="wrap"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div>` +
				`<div class="sidebar"><p>Die besten Angebote der Woche, ausgewählt von unserer Redaktion für Sie, mit Rabatten bis zu 50 Prozent.</p></div>`,
			p1, "Angebote"},
		{"comments closed, a comment list below",
			`<div class="entry without-comments not-share"><p>` + p1 + `</p><p>` + p2 + `</p></div>` +
				`<ol class="comment-list"><li><p>Sei herzlich gegrüßt, ich habe den Beitrag mit großem Interesse gelesen und stimme dir in allen Punkten zu.</p></li><li><p>Ein Mann alleine hätte niemals so viel geschafft, das steht fest, und das wissen wir alle hier.</p></li></ol>`,
			p1, "gegrüßt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(page("<title>A title here</title>", tt.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			bad := !strings.HasPrefix(a.Text, tt.want)
			for _, w := range strings.Split(tt.not, "|") {
				bad = bad || strings.Contains(a.Text, w)
			}
			if bad {
				t.Errorf("text %q, want prefix %q and no %q", clip(a.Text, 300), clip(tt.want, 40), tt.not)
			}
		})
	}
}
