package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// page wraps a body in a minimal document.
func page(head, body string) string {
	return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>"
}

const (
	p1 = "The council voted on Tuesday to approve the new budget, which raises spending on schools by 4 percent and cuts the road maintenance fund."
	p2 = "Opposition members said the plan would leave the city exposed if the economy slows, and called for a review of the spending in the spring."
	p3 = "The mayor, who proposed the budget in September, said the changes were modest and that the city's reserves remained at a healthy level."
)

func TestParseHTMLBody(t *testing.T) {
	nav := `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>`
	footer := `<footer><p>© 2024 Example News. All rights reserved.</p></footer>`
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs in article", page("", nav+`<article><h1>Budget passes</h1><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p></article>`+footer),
			p1 + "\n" + p2 + "\n" + p3},
		{"div and br body", page("", nav+`<div class="story">`+p1+`<br><br>`+p2+`<br>`+p3+`</div>`+footer),
			p1 + "\n" + p2 + "\n" + p3},
		{"caption, credit, share bar, related list dropped", page("", `<div class="article-body"><p>`+p1+`</p>`+
			`<figure><img src="x.jpg"><figcaption>The mayor at city hall. Credit: Getty Images</figcaption></figure>`+
			`<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>`+
			`<p>`+p2+`</p><div class="image-caption">Photo: John Smith/AP</div><p>`+p3+`</p>`+
			`<div class="related"><h3>Related</h3><ul><li><a href="/a">Council delays vote on budget again</a></li><li><a href="/b">Schools get new funding</a></li></ul></div></div>`),
			p1 + "\n" + p2 + "\n" + p3},
		{"newsletter and tip lines dropped", page("", `<article><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p>`+
			`<p>Sign up for our daily newsletter to get the latest news in your inbox.</p>`+
			`<p>Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe.</p></article>`),
			p1 + "\n" + p2 + "\n" + p3},
		{"comments not the body", page("", `<article><p>`+p1+`</p><p>`+p2+`</p></article><div id="comments"><div class="comment-body"><p>`+p3+`</p><p>`+p3+`</p><p>`+p3+`</p></div></div>`),
			p1 + "\n" + p2},
		{"hidden and script content dropped", page("", `<article><p>`+p1+`</p><script>var x = "not text";</script><p style="display:none">`+p3+`</p><p>`+p2+`</p></article>`),
			p1 + "\n" + p2},
		{"press release boilerplate after About heading", page("", `<article><p>`+p1+`</p><p>`+p2+`</p><p>`+p3+`</p><h3>About Example Corp</h3><p>Example Corp is a leading provider of municipal budgeting software, headquartered in Springfield.</p></article>`),
			p1 + "\n" + p2 + "\n" + p3},
		{"embedded tweet kept", page("", `<article><p>`+p1+`</p><div class="social-embed"><blockquote class="twitter-tweet"><p>This budget is a disgrace and everybody on the council knows it.</p></blockquote></div><p>`+p2+`</p></article>`),
			p1 + "\nThis budget is a disgrace and everybody on the council knows it.\n" + p2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(tt.html), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("text:\n%s\nwant:\n%s", a.Text, tt.want)
			}
		})
	}
}

func TestParseHTMLMeta(t *testing.T) {
	head := `<title>Budget passes after long night | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/budget">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
 {"@type":"NewsArticle","headline":"Budget passes after long night","datePublished":"2024-03-05T18:30:00+01:00",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
  "publisher":{"@type":"Organization","name":"Example News"}}]}</script>`
	a, err := ParseHTML([]byte(page(head, `<article><p>`+p1+`</p><p>`+p2+`</p></article>`)), "")
	if err != nil {
		t.Fatal(err)
	}
	want := Article{Title: "Budget passes after long night", Published: "2024-03-05T18:30:00+01:00",
		Authors: []string{"Jane Doe", "John Roe"}, Site: "Example News", URL: "https://example.com/budget", Lang: "en"}
	if a.Title != want.Title || a.Published != want.Published || strings.Join(a.Authors, ";") != strings.Join(want.Authors, ";") ||
		a.Site != want.Site || a.URL != want.URL || a.Lang != want.Lang {
		t.Errorf("got  %+v\nwant %+v", *a, want)
	}

	// Without JSON-LD: OpenGraph and meta tags; <title> minus the site name.
	head = `<title>Budget passes - Example News</title><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-05"><meta name="author" content="By Jane Doe and John Roe">`
	a, _ = ParseHTML([]byte(page(head, `<article><p>`+p1+`</p></article>`)), "")
	if a.Title != "Budget passes" || a.Published != "2024-03-05" || strings.Join(a.Authors, ";") != "Jane Doe;John Roe" {
		t.Errorf("got title %q published %q authors %q", a.Title, a.Published, a.Authors)
	}
}

func TestParseHTMLCharset(t *testing.T) {
	body := "<p>Caf\xe9 owners said the \x93new\x94 rules were unfair to small businesses across the whole region, and many had already closed.</p>"
	tests := []struct {
		name, doc, ctype, want, err string
		warn                        string
	}{
		{"meta charset windows-1252", `<html><head><meta charset="windows-1252"></head><body>` + body + `</body></html>`, "",
			"Café owners said the “new” rules", "", ""},
		{"http-equiv iso-8859-1", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>` + body + `</body></html>`, "",
			"Café owners said the “new” rules", "", ""}, // ISO-8859-1 is windows-1252 per the HTML standard
		{"header charset wins", `<html><head></head><body>` + body + `</body></html>`, "text/html; charset=windows-1252",
			"Café owners", "", ""},
		{"utf-8 BOM", "\xEF\xBB\xBF<html><body><p>Café owners said the rules were unfair to small businesses across the whole region.</p></body></html>", "",
			"Café owners", "", ""},
		{"declared latin-1 but UTF-8 bytes", `<html><head><meta charset="iso-8859-1"></head><body><p>Café owners said the rules were unfair to small businesses across the region.</p></body></html>`, "",
			"Café owners", "", ""},
		{"undeclared and not UTF-8", `<html><body>` + strings.Repeat(body, 3) + `</body></html>`, "",
			"Café owners said the “new” rules", "", "no charset declared and not UTF-8; read as Windows-1252 (detected)"},
		{"unknown charset, latin-1 bytes", `<html><head><meta charset="x-klingon"></head><body>` + body + `</body></html>`, "",
			"Café owners said the “new” rules", "", `unknown charset "x-klingon" in the <meta> tag; read as Windows-1252 (detected)`},
		{"unknown charset, UTF-8 bytes", `<html><head><meta charset="x-klingon"></head><body><p>Café owners said the rules were unfair to small businesses across the region.</p></body></html>`, "",
			"Café owners", "", `unknown charset "x-klingon" in the <meta> tag; read as UTF-8 (detected)`},
		{"declared utf-8 but latin-1", `<html><head><meta charset="utf-8"></head><body>` + strings.Repeat(body, 4) + `</body></html>`, "",
			"Café owners said the “new” rules", "", `charset "utf-8" in the <meta> tag but not valid UTF-8; read as Windows-1252 (detected)`},
		{"ISO8859_1", `<html><head><meta charset=ISO8859_1></head><body>` + body + `</body></html>`, "", "Café owners said the “new” rules", "", ""},
		{"ISO8859-1", `<html><head><meta charset="ISO8859-1"></head><body>` + body + `</body></html>`, "", "Café owners said the “new” rules", "", ""},
		{"latin-1", `<html><head><meta charset="latin-1"></head><body>` + body + `</body></html>`, "", "Café owners said the “new” rules", "", ""},
		{"win-1252 in the header", `<html><body>` + body + `</body></html>`, "text/html; charset=win-1252", "Café owners said the “new” rules", "", ""},
		{"utf8", `<html><head><meta charset="utf8"></head><body><p>Café owners said the rules were unfair to small businesses across the region.</p></body></html>`, "", "Café owners", "", ""},
		{"cp-1251", "<html><head><meta charset=\"CP-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2 the rules were unfair to small businesses across the whole region, said the owners.</p></body></html>", "", "Привет the rules", "", ""},
		{"binary", "<html>\x00\x01\x02</html>", "", "", "binary data", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, warn, err := parseHTML([]byte(tt.doc), tt.ctype)
			if warn != tt.warn {
				t.Errorf("warning %q, want %q", warn, tt.warn)
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, tt.want) {
				t.Errorf("text %q, want prefix %q", a.Text, tt.want)
			}
		})
	}
}

func TestParseHTMLJSONLDFallback(t *testing.T) {
	body := strings.Repeat(p1+"\\n", 3) + p2
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget","articleBody":"` + body + `"}</script>`
	// The page renders its body with script: the DOM holds a teaser only.
	a, err := ParseHTML([]byte(page(head, `<div id="app"><p>Loading the budget story…</p></div>`)), "")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Repeat(p1+"\n", 3) + p2
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2019-11-19T08:57:40+01:00":     "2019-11-19T08:57:40+01:00",
		"2019-11-19T13:03:00.000Z":      "2019-11-19T13:03:00Z",
		"2019-11-18T17:01:27":           "2019-11-18T17:01:27",
		"2019-11-18 17:01":              "2019-11-18T17:01:00",
		"Tue, 19 Nov 2019 13:03:00 GMT": "2019-11-19T13:03:00Z",
		"November 19, 2019":             "2019-11-19",
		"2019-11-19":                    "2019-11-19",
		"20191119":                      "2019-11-19",
		"2019-11-19T08:57:40+0100":      "2019-11-19T08:57:40+01:00",
		"2019-11-19 garbage":            "2019-11-19",
		"yesterday":                     "",
	} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHTMLForms: page forms that used to lose the body or keep junk.
func TestHTMLForms(t *testing.T) {
	long := "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p>"
	tests := []struct{ name, body, want string }{
		{"soft hyphens", "<article><p>The inter&shy;national coun\u00adcil voted on Tuesday to approve the new budget, which raises spending on schools by 4 percent.</p><p>" + p2 + "</p></article>",
			"The international council voted on Tuesday"},
		{"React streamed segment", `<div id="app"><p>Loading…</p></div><div hidden id="S:0"><main><article>` + long + `</article></main></div>`, p1},
		{"React streamed segment numbered in hexadecimal", `<div id="app"><p>Loading…</p></div><div hidden id="S:1f"><main><article>` + long + `</article></main></div>`, p1},
		{"hidden attribute elsewhere", `<div hidden id="menu"><p>` + p3 + `</p><p>` + p3 + `</p></div><article>` + "<p>" + p1 + "</p><p>" + p2 + "</p>" + `</article>`, p1},
		{"Drupal body field label-hidden", `<div class="region"><article class="node"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">` + long + `</div></article></div><aside class="sidebar"><p>Short note.</p></aside>`, p1},
		{"Tailwind overflow-hidden", `<div class="flex relative overflow-hidden"><div class="prose">` + long + `</div></div>`, p1},
		{"unclosed aside", `<aside class="announcement-banner"><p><a href="/sale">Free shipping this week</a></p><main><article>` + long + `</article></main>`, p1},
		{"unclosed aside before an old page's body (no main, article or h1)", `<div class="nav"><a href="/">Home</a></div><aside class="sidebar"><p>Popular: <a href="/x">Story one</a></p><div id="content"><b>Council approves budget</b>` + long + `</div><div class="footer">Copyright 2004</div>`, p1},
		{"footnotes section after the body", `<article><div class="post-content">` + long + `<section class="footnotes"><ol class="footnotes-list"><li id="fn1">Maybe up to billions at this point, by my own count of the servers. <a href="#fnref1" class="footnote-backref">↩</a></li></ol></section></div></article>`, p1},
		{"copyright line inside the body's container", `<article><div class="entry-content">` + long + `<p class="mh-copyright">Text and photographs by Jane Roe for the Daily Valley News, reprinted with the permission of the family and of the county archive.</p></div></article>`, p1},
		{"shop buttons under a review's products", `<article><div class="entry-content"><h2>1. Canon EOS R5</h2><p>` + p1 + `</p><div class="buttons"><span>Buy on Amazon</span> <span>Buy on Adorama</span></div><p>` + p2 + `</p><p>Check Price on Amazon</p><p>` + p3 + `</p></div></article>`, "1. Canon EOS R5\n" + p1 + "\n" + p2},
		{"a ranking table closing the article", `<article><div class="entry-content">` + long + `<table><tr><th>Rank</th><th>School</th><th>Score</th></tr>` +
			`<tr><td>1</td><td>UC Berkeley Haas</td><td>700</td></tr><tr><td>2</td><td>Chicago Booth</td><td>691</td></tr><tr><td>11 (tie)</td><td>UW Foster School</td><td>645</td></tr></table></div></article>`, p1},
		{"a list of short items closing the article", `<article><div class="entry-content">` + long + `<h3>Cons</h3><ul><li>Occasionally smelly gasket</li><li>A few slow cycles</li><li>Loud drain pump</li></ul></div></article>`, p1},
		{"an old page's layout table closing the body", `<div class="main">` + long + `<table><tr><td width="3"></td><td>Über 45.000</td></tr><tr><td></td><td>Ferienhäuser mit Hund</td></tr><tr><td></td><td>in 27 Ländern</td></tr></table></div>`, p1},
		{"a drop cap in an element before its paragraph", `<article><div id="main"><span class="sc-gATInX">T</span><p><a href="/topic/turkey">urkey</a>, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been removed from the list of travel corridors.</p><p>` + p2 + `</p><p>` + p3 + `</p></div></article>`,
			"Turkey, Poland and the Caribbean islands"},
		{"callout aside in a wrapper of its own stays out", `<article>` + long + `<div class="callout-wrap"><aside class="promo"><p>Sign up to our fortnightly newsletter to receive healthy recipes, new activity ideas and expert tips for managing your health. Joining is free.</p></aside></div><p>` + strings.ReplaceAll(p3, "mayor", "treasurer") + `</p></article>`, p1},
		{"body under a container named like a sidebar", `<section class="col-sm-9 sidebar-first-only"><div class="region"><div class="field">` + long + `</div></div></section>`, p1},
		{"body only in hidden elements", `<div class="menu"><a href="/">Home</a></div><div style="display:none" class="tab-pane">` + long + `</div>`, p1},
		{"listicle sections in wrappers", `<main><div class="intro"><div class="text"><p>` + p1 + `</p></div></div>` +
			`<div class="item"><h2>1. Schools</h2><div class="specs"><ul><li>Price: from 12 dollars a month</li><li>Size: three rooms and a hall</li><li>Rating: four stars of five</li></ul></div><div class="inner"><p>` + p3 + `</p></div></div>` +
			`<div class="item"><h2>2. Roads</h2><div class="specs"><ul><li>Price: from 12 dollars a month</li><li>Size: three rooms and a hall</li><li>Rating: four stars of five</li></ul></div><div class="inner"><p>` + strings.ReplaceAll(p3, "mayor", "engineer") + `</p><p>` + strings.ReplaceAll(p2, "Opposition", "Council") + `</p></div></div></main>`, p1},
		{"About <Name> inside a book list", `<article><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p><h3>About The Strength of the Few</h3><p>` +
			strings.ReplaceAll(p1, "council", "hierarchy") + `</p><p>` + strings.ReplaceAll(p2, "Opposition", "Guild") + `</p><h3>About The Quiet Sea</h3><p>` + strings.ReplaceAll(p3, "mayor", "captain") + `</p><p>` + strings.ReplaceAll(p3, "mayor", "bosun") + `</p></article>`, p1},
		{"ruby annotations and CJK inline boundaries", `<article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<span>法律</span>ができて、<a href="/k">Kindle</a>のアプリで読めます。親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。</p><p>` + p1 + `</p></article>`,
			"子どもへの虐待をなくすための法律ができて、Kindle のアプリで読めます。"},
		{"Drupal paragraphs marked paragraph-published", `<article class="node"><div class="items">` +
			strings.Repeat(`<div class="paragraph paragraph-published"><div class="paragraph-content"><div class="field"><p>`+p1+`</p><p>`+p2+`</p></div></div></div>`, 3) +
			`</div><div class="article__published">18 Nov 2019, 10:31</div></article>`, p1},
		{"body sections named like boilerplate", `<article><div class="body"><div class="section intro"><p>` + p1 + `</p><p>` + p2 + `</p></div>` +
			`<div class="section text-with-image"><p>` + strings.ReplaceAll(p3, "mayor", "treasurer") + `</p><p>` + strings.ReplaceAll(p1, "council", "board") + `</p><p>` + strings.ReplaceAll(p2, "Opposition", "Union") + `</p></div>` +
			`<div class="section outro"><p>` + p3 + `</p><p>` + strings.ReplaceAll(p3, "mayor", "clerk") + `</p><p>` + strings.ReplaceAll(p3, "mayor", "auditor") + `</p><p>` + strings.ReplaceAll(p3, "mayor", "deputy") + `</p></div>` +
			`<div class="newsletter-signup"><p>Get our daily newsletter in your inbox every morning, free.</p></div></div></article>`, p1},
		{"article body inside a container named like a footer", `<section class="disclosure-body"><p>Many of the offers on this site are from companies from which we receive compensation, which may affect how products appear.</p><p>This compensation may impact how and where products appear on this site, including the order in which they appear, and it does not cover all offers.</p></section>` +
			`<div class="above-footer"><div class="post-content"><div class="article-body-content"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></div>`, p2},
		{"reader poll, consent box, app promo and tagline around the body", `<div class="site-tagline"><p>Independent news for the whole valley, every single day of the year since 1921, from our newsroom.</p></div>` +
			`<article><p>` + p1 + `</p><div class="poll-widget"><p>Do you think the council was right to raise school spending while cutting the road maintenance fund this year?</p></div><p>` + p2 + `</p>` +
			`<div class="app-download"><p>Read every story on the go: download our free app for your phone and tablet, with alerts for breaking news.</p></div><p>` + p3 + `</p></article>` +
			`<div class="consent-banner"><p>We and our partners process your personal data, such as your browsing history, to personalise advertising and measure its reach.</p></div>`, p1},
		{"lead before the body's container", `<article><h1>A title here</h1><div class="lead" id="lead">The city's budget passed after a long night of debate, with more money for schools and less for roads.</div>` +
			`<div class="detailContentWrapper"><div class="articleBody"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></article>`, "The city's budget passed after a long night of debate, with more money for schools and less for roads.\n" + p1},
		{"Webflow body in a header", `<main><header class="section_content"><div class="story_content"><div class="w-richtext">` + long + `</div></div></header></main>`, p1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(page("<title>A title here</title>", tt.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			found := strings.HasPrefix(a.Text, tt.want)
			if strings.HasPrefix(tt.name, "article body inside") || strings.HasPrefix(tt.name, "unclosed aside before") {
				found = strings.Contains(a.Text, tt.want) // after the disclosure (rendered from the body)
			}
			if !found || strings.Contains(a.Text, "\u00ad") ||
				strings.HasPrefix(tt.name, "listicle") && !strings.Contains(a.Text, "The engineer, who proposed") ||
				strings.HasPrefix(tt.name, "footnotes") && strings.Contains(a.Text, "billions") ||
				strings.HasPrefix(tt.name, "copyright") && strings.Contains(a.Text, "reprinted") ||
				strings.HasPrefix(tt.name, "a ranking table") && !strings.HasSuffix(a.Text, "11 (tie)\nUW Foster School\n645") ||
				strings.HasPrefix(tt.name, "an old page's layout table") && !strings.HasSuffix(a.Text, p3) ||
				strings.HasPrefix(tt.name, "a list of short items") && !strings.HasSuffix(a.Text, "A few slow cycles\nLoud drain pump") ||
				strings.HasPrefix(tt.name, "shop buttons") && (strings.Contains(a.Text, "Buy on") || strings.Contains(a.Text, "Check Price") || !strings.HasSuffix(a.Text, p3)) ||
				strings.HasPrefix(tt.name, "callout aside") && (strings.Contains(a.Text, "fortnightly") || !strings.Contains(a.Text, "The treasurer, who proposed")) ||
				strings.HasPrefix(tt.name, "reader poll") && (a.Text != p1+"\n"+p2+"\n"+p3) ||
				strings.HasPrefix(tt.name, "body sections") && (!strings.Contains(a.Text, "The treasurer, who proposed") || strings.Contains(a.Text, "newsletter")) ||
				strings.HasPrefix(tt.name, "About") && !strings.HasSuffix(a.Text, "The bosun, who proposed the budget in September, said the changes were modest and that the city's reserves remained at a healthy level.") {
				t.Errorf("text %q, want prefix %q", clip(a.Text, 200), tt.want)
			}
		})
	}
}

func TestDropRepeatedRuns(t *testing.T) {
	long := func(s string) string { return s + strings.Repeat(" and more words to make a paragraph", 3) }
	body := []string{"Intro", long("A"), long("B"), long("C"), long("D")}
	twice := append(append([]string{}, body...), body[1:]...)
	if got := dropRepeatedRuns(twice); strings.Join(got, "|") != strings.Join(body, "|") {
		t.Errorf("a body shown twice: got %d lines %q", len(got), got)
	}
	// A meal plan repeats a few lines each day: kept.
	var plan []string
	for d := 1; d <= 7; d++ {
		plan = append(plan, fmt.Sprintf("Day %d", d), long("Breakfast: oats with fruit"), "Eat every 2–3 hours", long(fmt.Sprintf("Lunch number %d", d)), long("Snack: a handful of nuts"))
	}
	if got := dropRepeatedRuns(append([]string{}, plan...)); len(got) != len(plan) {
		t.Errorf("meal plan: %d lines of %d kept", len(got), len(plan))
	}
	// A pull quote repeated: kept.
	quote := []string{long("A"), long("Q"), long("B"), long("Q"), long("C")}
	if got := dropRepeatedRuns(append([]string{}, quote...)); len(got) != 5 {
		t.Errorf("pull quote: %q", got)
	}
}

// TestDeepNesting: a page nested deeper than the HTML parser allows (old
// pages' unclosed <font> and <div> tags) is read with a warning, its text
// and metadata kept, not lost as bad HTML.
func TestDeepNesting(t *testing.T) {
	for _, c := range []struct{ name, open, close string }{
		{"closed divs", "<div>", "</div>"},
		{"unclosed font", "<font size=2>", ""},
		{"blockquotes with voids", "<blockquote><br><img src=a.png>", "</blockquote>"},
	} {
		page := "<html><head><title>Council budget</title></head><body>" + strings.Repeat(c.open, 3000) +
			"<p>The council said spending rose 4.5 percent to $12 million last year, its largest rise in a decade of budgets.</p>" +
			"<p>Officials reported that 1,200 new homes were built, up from 950 the year before, according to the housing office.</p>" +
			strings.Repeat(c.close, 3000) + "</body></html>"
		a, warn, err := parseHTML([]byte(page), "text/html; charset=utf-8")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !strings.Contains(a.Text, "1,200 new homes") || !strings.Contains(a.Text, "$12 million") || a.Title != "Council budget" {
			t.Errorf("%s: title %q, text %q", c.name, a.Title, a.Text)
		}
		if !strings.Contains(warn, "nested deeper") {
			t.Errorf("%s: warning %q", c.name, warn)
		}
	}
	if _, warn, err := parseHTML([]byte("<html><body><div><p>Shallow page with 3 numbers.</p></div></body></html>"), ""); err != nil || warn != "" {
		t.Errorf("a shallow page: warning %q, err %v", warn, err)
	}
}

func TestJoinDropCaps(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"D", "uring the pandemic, learning moved online.", "Next."}, []string{"During the pandemic, learning moved online.", "Next."}},
		{[]string{"A", "Apples are red."}, []string{"A", "Apples are red."}},
		{[]string{"Q&A", "questions follow"}, []string{"Q&A", "questions follow"}},
		{[]string{"É", "té en ville"}, []string{"Été en ville"}},
	} {
		if got := joinDropCaps(append([]string(nil), tt.in...)); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("joinDropCaps(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleInBody: a stray tag in the <head> (a saved page's nested
// script, a <div> of a tag manager) moves the <title> into the <body>; it
// is never read as the body's first line.
func TestTitleInBody(t *testing.T) {
	for _, head := range []string{
		`<script>var a = 1;</script></script><title>Council passes budget - The Valley News</title>`,
		`<div id="gtm"></div><title>Council passes budget | The Valley News</title>`,
		`<span>x</span><meta charset="utf-8"><title>Council passes budget — The Valley News</title>`,
	} {
		a, err := ParseHTML([]byte("<!DOCTYPE html><html><head>"+head+"</head><body><article><h1>Council passes budget</h1><p>"+p1+"</p><p>"+p2+"</p><p>"+p3+"</p></article></body></html>"), "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Valley News") || !strings.HasPrefix(a.Text, p1) {
			t.Errorf("head %q: text %q", head, clip(a.Text, 120))
		}
	}
}

// TestSiteTagline: MediaWiki's site tagline over every page ("From
// Wikipedia, the free encyclopedia", "Aus Piratenwiki") and its skip links
// stay out of the body.
func TestSiteTagline(t *testing.T) {
	for _, tag := range []string{"From Wikipedia, the free encyclopedia", "From Stardew Valley Wiki", "Aus Piratenwiki"} {
		body := `<div id="content"><h1>Budget</h1><div id="bodyContent"><div id="siteSub" class="noprint">` + tag + `</div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a><div class="mw-parser-output"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div></div></div>`
		a, err := ParseHTML([]byte(page("<title>Budget</title>", body)), "")
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != p1+"\n"+p2+"\n"+p3 {
			t.Errorf("%s: text %q", tag, clip(a.Text, 160))
		}
	}
}

// TestBigInsert: a block named like boilerplate set among the body's
// paragraphs is left out however long it is (an embedded gallery's fifty
// captions, a box of teasers with their excerpts) when none of its text is
// prose that votes; a body in a container so named stays.
func TestBigInsert(t *testing.T) {
	var legends strings.Builder
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&legends, `<li><h2><span class="counter">%d/12</span> Shares in retailer %d fall</h2><p>The group said trading in the quarter was weaker than it had expected after a wet summer kept shoppers away.</p></li>`, i, i)
	}
	long := "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p>"
	second := "<p>" + strings.ReplaceAll(p1, "council", "board") + "</p><p>" + strings.ReplaceAll(p2, "Opposition", "Union") + "</p><p>" + strings.ReplaceAll(p3, "mayor", "treasurer") + "</p>" +
		"<p>" + strings.ReplaceAll(p1, "council", "school board") + "</p><p>" + strings.ReplaceAll(p2, "Opposition", "Parent") + "</p><p>" + strings.ReplaceAll(p3, "mayor", "clerk") + "</p>" +
		"<p>" + strings.ReplaceAll(p1, "council", "assembly") + "</p><p>" + strings.ReplaceAll(p2, "Opposition", "Business") + "</p><p>" + strings.ReplaceAll(p3, "mayor", "auditor") + "</p>"
	gallery := `<div class="widget type-gallery"><h2 class="gallery-title">Business news in pictures</h2><ul class="legends">` + legends.String() + `</ul></div>`
	for _, c := range []struct {
		name, body string
		want, not  []string
	}{
		{"gallery among the paragraphs", `<article><div class="body">` + long + gallery + second + `</div></article>`, []string{p1, "The treasurer, who proposed"}, []string{"Shares in retailer", "wet summer"}},
		{"the body's prose in a block named like a gallery", `<article><div class="body">` + long + `<div class="photo-gallery-story">` + second + `</div></div></article>`, []string{p1, "The treasurer, who proposed", "The auditor, who proposed"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkBody(t, c.body, c.want, c.not) })
	}
}
