package ingest

import (
	"strings"
	"testing"
)

// TestAuthorBoxes: a box about the author inside or under the body, named
// as one around a quote (chip.de's "AuthorBox" holding the bio in a
// <blockquote>) or labelled as one by its first line in any of the
// languages news is read in (cnet.de's "AUTOR"), is left out, and ends an
// article longer than what follows it; an embedded post in a container
// named like a share bar, an author box over the body (in its header), and
// a paragraph that merely opens with the word stay as they were.
func TestAuthorBoxes(t *testing.T) {
	body := "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p><p>" + strings.ReplaceAll(p3, "mayor", "treasurer") + "</p>"
	for _, tt := range []struct{ name, html, want, not string }{ // not: "|"-separated
		{"person-named box around a quote",
			`<article>` + body + `<div class="TestReport__AuthorBox"><section class="Quote-Editor"><p class="Quote-Editor__Name">Inga Buller</p><blockquote>Inga Buller ist Head of Social bei CHIP. Wenn sie gerade nichts verkauft, testet sie gerne neue Haushalts-Gadgets.</blockquote></section></div></article>`,
			p1, "Head of Social"},
		{"German label AUTOR in a quote block",
			`<article>` + body + `<blockquote><div class="highlight"><div class="content wide"><div class="header">AUTOR</div><h3>Dr. Thomas Schulte</h3><p>ist Gründungspartner der Kanzlei Dr. Schulte und Partner. Zu seinen Tätigkeitsfeldern zählen Bankrecht und Internetrecht.</p></div></div></blockquote>` +
				`<div class="affiliate"><p>Wir wollen mit unseren unabhängig recherchierten Empfehlungen möglichst viele Menschen erreichen, daher sind unsere Inhalte kostenlos.</p></div></article>`,
			p1, "Tätigkeitsfeldern|unabhängig recherchierten"},
		{"French label",
			`<article>` + body + `<div class="box"><p><strong>À propos de l'auteur</strong></p><p>Marie Dupont est journaliste au service économie depuis 2015 et couvre l'énergie et les transports.</p></div></article>`,
			p1, "Marie Dupont"},
		{"Spanish label with a colon",
			`<article>` + body + `<section><h4>Sobre el autor:</h4><p>Carlos Nadal es periodista y escribe sobre ciencia y medio ambiente desde hace diez años.</p></section></article>`,
			p1, "Carlos Nadal"},
		{"embedded post in a container named like a share bar stays",
			`<article><p>` + p1 + `</p><div class="social-embed"><blockquote class="twitter-tweet"><p>We will publish the full budget tables on Friday, with every line of the road fund explained.</p></blockquote></div><p>` + p2 + `</p><p>` + p3 + `</p></article>`,
			p1, ""},
		{"author box over the body does not end it",
			`<article><header><h1>A title here</h1><div class="author-wrap"><h4>Author</h4><div>Kamil Chodoła</div><div>Senior QA Engineer at the company, writing about testing and benchmarks.</div></div></header>` + body + `</article>`,
			p1, "Kamil"},
		{"a paragraph opening with the word stays",
			`<article>` + body + `<div class="note"><strong>Autor</strong> und Regisseur Max Weber stellte am Montag sein neues Buch vor, Labour members said.</div><p>` + strings.ReplaceAll(p1, "council", "board") + `</p></article>`,
			p1, ""},
		{"a long section headed Authors stays",
			`<article>` + body + `<section><h3>Authors</h3><p>` + strings.Repeat(strings.ReplaceAll(p2, "Opposition", "Labour")+" ", 6) + `</p></section><p>` + strings.ReplaceAll(p1, "council", "board") + `</p></article>`,
			p1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(page("<title>A title here</title>", tt.html)), "")
			if err != nil {
				t.Fatal(err)
			}
			bad := !strings.HasPrefix(a.Text, tt.want) || !strings.Contains(a.Text, p3)
			for _, w := range strings.Split(tt.not, "|") {
				bad = bad || w != "" && strings.Contains(a.Text, w)
			}
			switch tt.name {
			case "embedded post in a container named like a share bar stays":
				bad = bad || !strings.Contains(a.Text, "We will publish the full budget tables")
			case "a paragraph opening with the word stays", "a long section headed Authors stays":
				bad = bad || !strings.Contains(a.Text, "Labour members") || !strings.Contains(a.Text, "The board voted")
			}
			if bad {
				t.Errorf("text %q", clip(a.Text, 600))
			}
		})
	}
}
