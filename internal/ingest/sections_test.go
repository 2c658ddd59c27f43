package ingest

import (
	"testing"
)

// sec builds a section paragraph over 300 bytes (a listicle item's text)
// about topic.
func sec(topic string) string {
	return "The " + topic + " was tested for three weeks on city streets and country roads, in rain and in sun, by two of our reviewers. " +
		"It held up well, though the battery ran down faster in the cold than the maker says, and the brakes needed adjusting twice. " +
		"For most people it is the better buy at its price, with a warranty of two years."
}

// TestHTMLSectionForms: bodies whose sections each hold one long paragraph
// (listicles, guides, product round-ups), and the blocks of one paragraph
// that look like them but are not the article (teaser cards, excerpts cut
// short, author boxes, forms, "you might also like" lists).
func TestHTMLSectionForms(t *testing.T) {
	intro := "<p>" + p1 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"tiles of a listicle, one paragraph each",
			`<main><section class="hero"><div class="annotation">` + intro + `<p>` + p2 + `</p></div></section>` +
				`<div class="zone"><h2>Design</h2><article class="tile"><h3>Graphic design course</h3><div class="summary"><p>` + sec("graphic design course") + `</p></div><a href="/x">Book now</a></article>` +
				`<article class="tile"><h3>Motion course</h3><div class="summary"><p>` + sec("motion course") + `</p></div></article></div>` +
				`<div class="zone"><h2>Code</h2><article class="tile"><h3>Web course</h3><div class="summary"><p>` + sec("web course") + `</p></div></article></div></main>`,
			[]string{p1, "The graphic design course was tested", "The web course was tested"}, nil},
		{"Drupal list items named with -image, one paragraph each",
			`<div class="node"><div class="field--name-body">` + intro + `</div><div class="field__items">` +
				`<div class="paragraph paragraph--type--list-item-large-image"><h2>Chit Chat</h2><div class="field-copy"><p>` + sec("party game") + `</p></div></div>` +
				`<div class="paragraph paragraph--type--list-item-large-image"><h2>Jungo</h2><div class="field-copy"><p>` + sec("card game") + `</p></div></div>` +
				`<div class="paragraph paragraph--type--list-item-large-image"><h2>Vantage</h2><div class="field-copy"><p>` + sec("space game") + `</p></div></div></div></div>`,
			[]string{p1, "The party game was tested", "The space game was tested"}, nil},
		{"teaser cards with a linked headline stay out",
			`<article><div class="body">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></article>` +
				`<ul class="list"><li class="item"><div class="hero"><a href="/a">A headline of another story here</a><div class="description">` + sec("other scooter") + `</div></div></li>` +
				`<li class="item"><div class="hero"><a href="/b">And one more headline over there</a><div class="description">` + sec("other bike") + `</div></div></li></ul>`,
			[]string{p1, p3}, []string{"other scooter", "other bike"}},
		{"excerpts cut short stay out",
			`<div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/about">About us</a></div>` +
				`<main><div class="post">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></main>` +
				`<div class="more"><div class="row"><div class="card"><p>` + sec("old blanket") + ` Here is a crazy thought, what if each of us had…</p></div></div>` +
				`<div class="row"><div class="card"><p>` + sec("tax checklist") + ` Use this free checklist to...</p></div></div></div>`,
			[]string{p1, p3}, []string{"old blanket", "tax checklist"}},
		{"author box with one long paragraph stays out",
			`<div class="wrap"><div class="entry">` + intro + `<div class="section"><h2>Step one</h2><p>` + sec("first step") + `</p></div>` +
				`<div class="section"><h2>Step two</h2><p>` + sec("second step") + `</p></div></div>` +
				`<div class="author-box"><h3>Nancy Peyer</h3><p>` + sec("writer's own blog") + `</p></div></div>`,
			[]string{p1, "The first step was tested", "The second step was tested"}, []string{"writer's own blog"}},
		{"sign-up form and its consent text stay out",
			`<div class="wrap"><div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("budget plan") + `</p><p>` + sec("school fund") + `</p>` +
				`<form class="quote"><h3>Get a free quote today.</h3><p>By clicking Get Started below, I consent to receive recurring marketing e-mails, phone calls and text messages about any educational purpose, which may be sent with automated technology; consent is not required to enrol, and you may opt out at any time by replying STOP.</p><p>By submitting this form you agree to the Terms of Service and the Privacy Policy of the school, and to be contacted at the number you gave.</p></form></div>`,
			[]string{p1, p3}, []string{"consent", "Get a free quote"}},
		{"'You might also be interested in' ends the article",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><h3>You might also be interested in…</h3><p>` + sec("yoga class") + `</p><p>Yoga is more than a workout, with postures, breathing and rest.</p></article>`,
			[]string{p1, p3}, []string{"yoga"}},
		{"a RELATED box inside the body does not end it",
			`<article><div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><hr><p><strong>RELATED</strong></p><p>Planning a renovation? Read <a href="/x">our guide to builder's risk insurance</a>.</p><hr>` +
				`<p>` + sec("price index") + `</p><p>` + sec("market report") + `</p><p>` + sec("rent survey") + `</p></div></article>`,
			[]string{p1, "The market report was tested", "The rent survey was tested"}, []string{"RELATED"}},
		{"Related posts at the end still end it",
			`<article><div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><h3>Related posts</h3><p><a href="/a">Another story about the council and its budget</a></p><p><a href="/b">A third story about the mayor</a></p></div></article>`,
			[]string{p1, p3}, []string{"Related", "Another story"}},
		{"a table in a figure is text, its caption is not",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><figure class="wp-block-table"><table><thead><tr><th>Rank</th><th>Company</th><th>Premiums</th></tr></thead>` +
				`<tbody><tr><td>1</td><td>State Farm Group</td><td>107,764,591</td></tr><tr><td>2</td><td>Berkshire Hathaway</td><td>80,324,255</td></tr></tbody></table>` +
				`<figcaption>Source: the insurers' statements, compiled by our desk</figcaption></figure><p>` + p3 + `</p></div></article>`,
			[]string{p1, "State Farm Group", "80,324,255", p3}, []string{"compiled by our desk"}},
		{"an intro in the article's header is kept",
			`<div class="listicle-container"><section class="listicle-header"><h1>A title here</h1><div class="listicle-intro"><p>So you have decided to give your home a refresh, but where to begin? Between the swatches and the furniture, it is a lot to take in.</p>` +
				`<p>In the past few years, a handful of online decorating services has hit the market, offering expertise that used to cost far more.</p></div></section>` +
				`<section class="item"><h2>1. Havenly</h2><p>` + sec("first service") + `</p></section><section class="item"><h2>2. Modsy</h2><p>` + sec("second service") + `</p></section>` +
				`<section class="item"><h2>3. Decorist</h2><p>` + sec("third service") + `</p></section></div>`,
			[]string{"So you have decided", "a handful of online decorating services", "The first service was tested", "The third service was tested"}, nil},
		{"a site header with menu entries stays out",
			`<header class="site"><nav><ul><li><a href="/mba">MBA</a><p>Through rigorous study and experiential learning, this two-year programme develops leaders for the world.</p></li>` +
				`<li><a href="/fin">Finance</a><p>Earn a master's degree in finance with this one-year programme for analysts and bankers.</p></li></ul></nav></header>` +
				`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></article>`,
			[]string{p1, p3}, []string{"programme"}},
		{"'Must Read' list ends the article",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><h4>MUST READ</h4><p>The loneliest man in the city tells his story of a year alone in a small flat by the river.</p><p>A second pick from the editors about something else entirely, with a long sentence.</p></article>`,
			[]string{p1, p3}, []string{"loneliest", "editors"}},
		{"'Headlines' list ends the article",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><h2>Headlines</h2><p>Health agency warns of a rise in dengue cases across the region this rainy season.</p><p>Another headline about the port strike, which enters its second week on Monday.</p></article>`,
			[]string{p1, p3}, []string{"dengue", "port strike"}},
		{"accordion sections closed under their headings are read (USWDS, hidden attribute)",
			`<article><div class="entry">` + intro + `<p>` + p2 + `</p><div class="usa-accordion">` +
				`<h4 class="usa-accordion__heading"><button class="usa-accordion__button" aria-expanded="false" aria-controls="a1">Step one: check the roof</button></h4>` +
				`<div id="a1" class="usa-accordion__content" hidden><p>` + sec("roof survey") + `</p></div>` +
				`<h4 class="usa-accordion__heading"><button class="usa-accordion__button" aria-expanded="false" aria-controls="a2">Step two: get quotes</button></h4>` +
				`<div id="a2" class="usa-accordion__content" hidden><p>` + sec("quote comparison") + `</p></div></div></div></article>`,
			[]string{p1, "The roof survey was tested", "The quote comparison was tested"}, nil},
		{"accordion sections closed under their headings are read (heading inside the control, display:none)",
			`<main>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><div class="faq"><a role="button" aria-controls="q1" tabindex="0"><span role="heading" aria-level="3">Is the plan safe?</span></a>` +
				`<div id="q1" style="display:none;"><div><p>` + sec("safety plan") + `</p></div></div>` +
				`<button aria-controls="q2 q2b"><h3>What does it cost?</h3></button><div id="q2" aria-hidden="true"><p>` + sec("cost plan") + `</p></div></div></main>`,
			[]string{p1, "The safety plan was tested", "The cost plan was tested"}, nil},
		{"other toggles' panels, transcripts and hidden menus stay hidden",
			`<div class="usa-banner"><button aria-controls="gov-banner"><span>Here's how you know</span></button><div id="gov-banner" hidden><p>Official websites use .gov. A .gov website belongs to an official government organization in the United States, and it is secure.</p></div></div>` +
				`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><div class="video"><button aria-controls="tr1"><h3>Video transcript</h3></button><div id="tr1" hidden><p>[MUSIC PLAYING] ` + sec("transcribed video") + `</p></div></div>` +
				`<button aria-controls="more">Show article notes</button><div id="more" hidden><p>` + sec("article note") + `</p></div>` +
				`<h3><button aria-controls="menu-1">Sections</button></h3><div id="menu-1" class="menu-panel" hidden><p>` + sec("menu entry") + `</p></div></article>`,
			[]string{p1, p3}, []string{"Official websites", "transcribed video", "article note", "menu entry"}},
		{"a highlighter's comment spans are code (Prism, highlight.js)",
			`<article>` + intro + `<p>` + p2 + `</p><pre><code class="language-bash"><span class="token comment"># initialize the repository</span>
git init
<span class="hljs-comment"># stage every file</span>
git add -A</code></pre><p>` + p3 + `</p><div class="comments"><p>Great post, thanks! I have been looking for this for a long time and it finally works.</p></div></article>`,
			[]string{p1, "# initialize the repository", "# stage every file", "git add -A", p3}, []string{"Great post"}},
		{"a short command at the end is code, not furniture",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p><strong>To switch it back on:</strong></p><pre lang="Batch">netsh interface tcp set global autotuninglevel=normal</pre><p>&nbsp;</p></article>`,
			[]string{p1, "autotuninglevel=normal"}, nil},
		{"Webflow's form status boxes stay out",
			`<article><div class="w-richtext">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><div class="w-form"><form><input type="email"><input type="submit" value="Subscribe"></form>` +
				`<div class="w-form-done"><div>Your request reached our team and we will write back to you within two working days, with a link.</div></div><div class="w-form-fail"><div>Something failed on our side while sending your request to the team.</div></div></div></div></article>`,
			[]string{p1, p3}, []string{"reached our team", "failed on our side"}},
		{"boxes about the author and the reviewer end the article, whatever follows",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("budget plan") + `</p><p>` + sec("school fund") + `</p><p>` + sec("road fund") + `</p>` +
				`<h2>About the Author</h2><p>Jane Roe is the executive editor of the Health Letter. She also writes for the Heart Letter and the Men's Health Watch, and for the flagship website.</p>` +
				`<h2>About the Reviewer</h2><p>Dr. John Doe is a physician specialising in obstetrics and gynecology, practising in Boston, and an associate professor at the medical school.</p>` +
				`<h3>An introduction to yoga</h3><p>` + sec("yoga course") + `</p><p>` + sec("yoga mat") + `</p></article>`,
			[]string{p1, "The road fund was tested"}, []string{"Jane Roe", "Dr. John Doe", "yoga"}},
		{"review credits are no part of the text",
			`<article><p>Medically reviewed by Dr. Ana Ruiz, MD, Chief of Cardiology, City Hospital; Editorial Board Member, Health Publishing; Contributor to the newsletter</p><p>Fact checked by Sam Lee</p>` + intro + `<p>` + p2 + `</p><p>Edited By: Jovana Novak</p><p>` + p3 + `</p></article>`,
			[]string{p1, p3}, []string{"Ana Ruiz", "Sam Lee", "Jovana"}},
		{"a two-line post in the body's container is kept over a longer sidebar blurb",
			`<div id="page" class="wrap"><div id="primary" class="primary"><main id="main"><article class="post hentry"><header class="entry-header"><h1>A title here</h1></header>` +
				`<div class="entry-content"><p>I would invest in smart and cheap charging stations. I wonder why there are none yet that can compete on service.</p><p><strong>Thanks for the tip of 2%…</strong></p></div></article></main></div>` +
				`<div id="secondary" class="widget-area"><div class="widget widget_text"><div class="textwidget"><p>Insights from entrepreneurs, investors, artists such as Karl Lagerfeld or Christo, scientists such as Paul Erdős, and others. My small blog series about business development.</p>` +
				`<p>By now there are a good dozen articles in the series. Good entertainment and, I hope, some good insight.</p><p>This is the personal blog of a writer in Hamburg, Germany. Here are my texts and pictures, the ones that last longer than my social media posts.</p></div></div></div></div>`,
			[]string{"I would invest in smart and cheap charging stations.", "Thanks for the tip"}, []string{"Lagerfeld", "personal blog"}},
		{"a body hidden until scripts run is still found when the visible one is a stub",
			`<article><div class="article-body"><p>Loading the story for you now.</p></div></article><div class="story" style="display:none"><div class="article-body">` + intro + `<p>` + p2 + `</p><p>Loading the story for you now.</p></div></div>`,
			[]string{p1, p2}, nil},
		{"an <article> with a body's text is read under a section named like a newsletter",
			`<main><section class="section-hero cc-newsletter"><div class="newsletter-wrapper"><div class="toc"><a href="#a">Resistance</a> <a href="#b">Breathing</a></div>` +
				`<article class="issue">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>` + sec("resistance plan") + `</p><p>` + sec("breathing drill") + `</p><p>` + sec("stretching drill") + `</p><p>` + sec("cardio plan") + `</p></article></div></section>` +
				`<section class="section u-bg-blue"><div class="u-text"><p>Join 800,000 subscribers to get regular emails on science and science-related tools, with our most read issues as a gift.</p><p>You will also receive the digest, a curated collection of our most read newsletters: the sleep toolkit, the fitness protocol and the cold exposure guide, each with the studies behind it.</p></div></section></main>`,
			[]string{p1, "The resistance plan was tested", "The breathing drill was tested"}, []string{"800,000"}},
		{"teaser <article>s in a sidebar stay out",
			`<main><article class="post"><div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></article></main>` +
				`<div class="sidebar"><article class="teaser"><h3><a href="/a">Another story</a></h3><p>A short teaser of another story about the harbour, with a link to read it.</p></article>` +
				`<article class="teaser"><h3><a href="/b">And one more</a></h3><p>Another short teaser about the market square and its new fountain, opening in May.</p></article></div>`,
			[]string{p1, p3}, []string{"harbour", "fountain"}},
		{"a lead inside the article's header is read before the body",
			`<article><header><h1>A title here</h1><div class="titulares"><p class="excerpt">` + "A battery of short- and long-term measures was presented yesterday by the minister, with more money for clinics." + `</p></div></header><div class="mod"><div class="abody">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></div></article>`,
			[]string{"A battery of short- and long-term measures was presented yesterday by the minister, with more money for clinics." + "\n" + p1}, nil},
		{"a lead named teaser-text (TYPO3) is read before the body",
			`<article class="news"><h1>A title here</h1><div class="teaser-text"><p>` + "A battery of short- and long-term measures was presented yesterday by the minister, with more money for clinics." + `</p></div><div class="news-text-wrap">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></article>`,
			[]string{"A battery of short- and long-term measures was presented yesterday by the minister, with more money for clinics." + "\n" + p1}, nil},
		{"a subtitle in the header is not taken for the lead",
			`<article><header class="article-header"><h1>A title here</h1><h2 class="subtitle">Officials say the risk is low, but many are concerned that information about the cases is being held back</h2></header><div class="mod"><div class="abody">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></div></article>`,
			[]string{p1}, []string{"Officials say"}},
		{"a dateline opening the first sentence stays; a byline span does not",
			`<article><div class="padding_block"><p><span class="dateline">KOBE –</span> A total of 6,000 surgical masks will be sent to the city's sister city in China, the mayor said on Tuesday.</p><p>` + p2 + `</p><p>` + p3 + `</p>` +
				`<p><span class="byline">By Jane Roe</span> | May 3</p></div></article>`,
			[]string{"KOBE – A total of 6,000 surgical masks", p3}, []string{"Jane Roe"}},
		{"the U.S. government banner (USWDS usa-banner) is no part of a .gov page's text, open or closed",
			`<div class="page"><section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><p class="usa-banner__header-text">An official website of the United States government</p></header>` +
				`<div class="usa-banner__content usa-accordion__content" id="gov-banner-default"><div class="grid-row"><div class="usa-banner__guidance"><div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div>` +
				`<div class="usa-banner__guidance"><div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div></div></div></div></section>` +
				`<div class="main">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></div>`,
			[]string{p1, p3}, []string{"Official websites", "Secure .gov", "safely connected"}},
		{"a hero banner holding the lead is kept",
			`<div class="page"><div class="hero-banner"><p class="lead">The agency's new climate report, out on Monday, counts the costs of drought to farms and ranches over ten years.</p></div>` +
				`<div class="main">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div></div>`,
			[]string{"The agency's new climate report", p1, p3}, nil},
		{"'Recent Posts' ends the article",
			`<div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><h3>Recent Posts</h3><p>How we moved our whole office to the countryside, and what it cost us in the first year.</p><p>Five things we learned from a winter without heating in the old mill by the river.</p></div>`,
			[]string{p1, p3}, []string{"countryside", "old mill"}},
		{"a section headed 'Other stories from the flood' stays",
			`<div class="entry">` + intro + `<p>` + p2 + `</p><h3>Other stories from the flood</h3><p>` + p3 + `</p><p>A farmer near the dam said his fields had been under water for nine days, and that he had lost his whole crop of barley.</p></div>`,
			[]string{p1, p3, "A farmer near the dam"}, nil},
		{"an author's bio closing the page goes, in the words bios use",
			`<div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div><div class="css-1x2"><p>Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro area. She covers health and money.</p></div>`,
			[]string{p1, p3}, []string{"Rebecca Norris"}},
		{"a bio naming several roles goes too",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>Arricca Elin SanSone is a writer, editor, and content creator who specializes in lifestyle topics.</p></article>`,
			[]string{p1, p3}, []string{"Arricca"}},
		{"a sentence like a bio inside the body stays",
			`<article>` + intro + `<p>Jane Roe is a freelance writer who has covered the council for ten years, and she broke the story of the budget in May.</p><p>` + p2 + `</p><p>` + p3 + `</p></article>`,
			[]string{p1, "Jane Roe is a freelance writer", p3}, nil},
		{"a last paragraph about a person that is no bio stays",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>Mayor Ana Ruiz is a former teacher who has led the city since 2019, and she will stand again in the spring.</p></article>`,
			[]string{p1, p3, "Mayor Ana Ruiz is a former teacher"}, nil},
		{"a last paragraph about the people in the story stays, whatever their role",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>Maria Lopez is the director of the food bank, which serves 3,000 families a week, and she has asked the city for a second hall.</p></article>`,
			[]string{p1, p3, "Maria Lopez is the director"}, nil},
		{"a guest author's post and place closing an op-ed goes",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p><em>Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard Medical School.</em></p></article>`,
			[]string{p1, p3}, []string{"Chhatwal"}},
		{"a guest author's note goes though a longer word holds the surname",
			`<article>` + intro + `<p>` + p2 + `</p><p>The bridge to Lincoln will reopen in the spring, the council said after its vote on the budget.</p><p>Wei Lin is an Associate Professor of Economics at Stanford University.</p></article>`,
			[]string{p1, "The bridge to Lincoln"}, []string{"Wei Lin is"}},
		{"a chief officer's note goes too",
			`<article>` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p><p>Chris Radich is the public sector CTO and vice president for customer success at UiPath, where he advises government executives on automation.</p></article>`,
			[]string{p1, p3}, []string{"Radich"}},
		{"a last line on someone the story names stays, whatever the post",
			`<article>` + intro + `<p>` + p2 + `</p><p>"We need the second hall before winter," Lopez said.</p><p>Maria Lopez is the director of Feeding Valley, which serves 3,000 families a week.</p></article>`,
			[]string{p1, "Maria Lopez is the director of Feeding Valley"}, nil},
		{"links styled as buttons are calls to action",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><div class="wprm-summary-container"><h3>Air fryer salmon bites</h3><div class="wprm-recipe-summary">` + sec("salmon recipe") + `</div>` +
				`<a class="wprm-recipe-roundup-link wprm-recipe-link-button" href="/salmon">Get the Recipe</a></div>` +
				`<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/shop">Shop now</a></div></div>` +
				`<p>` + p3 + `</p><p><a class="btn btn-primary" href="/llc">Start My LLC</a></p></div></article>`,
			[]string{p1, "The salmon recipe was tested", p3}, []string{"Get the Recipe", "Shop now", "Start My LLC"}},
		{"a button-styled link inside a sentence stays",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><p>Readers can <a class="inline-button" href="/join">join the tenants' union</a> before the vote on rents in May.</p><p>` + p3 + `</p></div></article>`,
			[]string{p1, "join the tenants' union before the vote", p3}, nil},
		{"blocks kept out of search snippets are no part of the body",
			`<article><div class="content"><div class="w-meta" data-nosnippet><span>By</span> <a href="/people/jo-ray/">Jo Ray</a></div>` +
				`<div class="with-excerpt" data-nosnippet>Jo Ray is an experienced reporter who has covered city hall, the courts and the schools of the county for a decade.</div>` +
				intro + `<p>` + p2 + `</p><p>` + p3 + `</p>` +
				`<div class="note" data-nosnippet><p>Our newsroom depends on readers like you, and every gift of any size keeps our reporting free for all.</p></div></div></article>`,
			[]string{p1, p2, p3}, []string{"experienced reporter", "newsroom depends"}},
		{"a story marked out of snippets paragraph by paragraph stays",
			`<article><div class="content"><p data-nosnippet>` + p1 + `</p><p data-nosnippet>` + p2 + `</p><p data-nosnippet>` + p3 + `</p></div></article>`,
			[]string{p1, p2, p3}, nil},
		{"a list of links the text introduces with a colon is the article's",
			`<article><div class="entry-content">` + intro + `<p>Many patches were sent for review:</p><ul><li><a href="/p/1">libgccjit: allow casts between integers and pointers</a></li>` +
				`<li><a href="/p/2">libgccjit: add support for the weak variable attribute</a></li></ul><p>` + p2 + `</p>` +
				`<h3>The course materials, free to download:</h3><ul><li><a href="/a.pdf">Climate Smart Gardening course book (pdf)</a></li><li><a href="/b.pdf">Facilitators notebook (pdf)</a></li></ul>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, "weak variable attribute", "Facilitators notebook (pdf)", p3}, nil},
		{"a list alone in its wrapper, or nested under an item, is introduced by what stands before",
			`<article><div class="entry-content">` + intro + `<div class="paragraph"><p>Many patches were sent for review:</p></div><div class="ulist"><ul>` +
				`<li><p><a href="/p/1">libgccjit: allow casts between integers and pointers</a></p></li><li><p><a href="/p/2">libgccjit: add support for the weak variable attribute</a></p></li></ul></div>` +
				`<p>` + p2 + `</p><ul><li>We have the green light for another round of students hacking on the player next term.</li><li>In progress: <ul>` +
				`<li><a href="/b/1">Bug 1677080 – Fullscreen window is affected by switching video source</a></li><li><a href="/b/2">Bug 1678390 – Prevent windows from opening on top of one another</a></li></ul></li></ul>` +
				`<p>` + p3 + `</p><div class="ulist"><ul><li><a href="/x/1">Another story about the mayor</a></li><li><a href="/x/2">And a third one on the buses</a></li></ul></div><p>` + p2 + ` Again.</p></div></article>`,
			[]string{p1, "weak variable attribute", "Bug 1677080", "Bug 1678390", p3}, []string{"Another story about the mayor"}},
		{"a boilerplate name the body's paragraphs of prose carry is their class, the short ones' too",
			`<article><div class="body__container"><div class="chunk"><p class="has-dropcap has-dropcap__lead paywall">` + p1 + `</p><p class="paywall">` + sec("city budget") + ` ` + p2 + `</p></div>` +
				`<figure><img src="a.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure><div class="chunk"><p class="paywall">` + p3 + `</p>` +
				`<p class="paywall">` + sec("school plan") + ` ` + p2 + `</p></div><p class="paywall">Subscribe to read on.</p>` +
				`<p class="author-bio">Jo Ray is a writer based in London who has covered the council, the courts and the schools of the city for a decade, and before that ` +
				`reported on farming and the weather for a regional paper in the north. She studied history in Leeds and teaches a class on local reporting at a college ` +
				`in the east of the city, where she also runs a workshop for young writers every summer.</p></div></article>`,
			[]string{p1, "The city budget was tested", p3, "The school plan was tested"}, []string{"Jo Ray is a writer"}},
		{"an introduced list whose items hold their link in a paragraph is the article's",
			`<article><div class="entry-content">` + intro + `<p>Here are the guides we point new designers to:</p><ul><li><p><a href="/g/1">How to price your first web design project</a></p></li>` +
				`<li><p><a href="/g/2">Which platform to pick for client sites</a></p></li><li><p><a href="/g/3">Writing a contract that protects you</a></p></li></ul><p>` + p2 + `</p>` +
				`<ul><li><p><a href="/x/1">Another story about the mayor</a></p></li><li><p><a href="/x/2">And a third one on the buses</a></p></li></ul><p>` + p3 + `</p></div></article>`,
			[]string{p1, "How to price your first web design project", "Writing a contract that protects you", p2, p3}, []string{"Another story about the mayor"}},
		{"a list of links under a section heading is the article's",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><h2>Courses on the web platform</h2><ul><li><a href="/html">Learn HTML</a></li><li><a href="/css">Learn CSS</a></li>` +
				`<li><a href="/js">Learn JavaScript</a></li></ul><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Learn HTML", "Learn JavaScript", p3}, nil},
		{"a list of links under a heading over other stories stays out",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><h3>Good articles to read together</h3><ul><li><a href="/a">The council and the bus lanes</a></li><li><a href="/b">A new school for the east side</a></li></ul>` +
				`<h3>Related Social Media Marketing Resources</h3><ul><li><a href="/c">Social media marketing cost</a></li><li><a href="/d">Training formats</a></li></ul>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, p3}, []string{"bus lanes", "Training formats"}},
		{"a list of links under a related label or with no introduction stays out",
			`<article><div class="entry-content">` + intro + `<p>Related articles:</p><ul><li><a href="/r/1">The council's last budget fight</a></li><li><a href="/r/2">Schools ask for more</a></li></ul>` +
				`<p>` + p2 + `</p><p><b>MÁS INFORMACIÓN:</b></p><ul><li><a href="/m/1">Silvia habla de su nuevo libro</a></li><li><a href="/m/2">El mensaje del cantante</a></li></ul>` +
				`<p><strong>Verwandte Artikel:</strong></p><ul><li><a href="/v/1">Dichter und Denker zu Schule und Bildung</a></li><li><a href="/v/2">Das Handbuch</a></li></ul>` +
				`<p>` + p3 + `</p><ul><li><a href="/x/1">Another story about the mayor</a></li><li><a href="/x/2">And a third one on the buses</a></li></ul><p>` + p2 + ` Again.</p>` +
				// (the article goes on after the boxes: a related box's heading, English or
				// German, with little prose after it ends the article: see TestHTMLEndHeadingsIntl)
				`<p>` + sec("second bike") + `</p><p>` + sec("third bike") + `</p></div></article>`,
			[]string{p1, p3, "third bike"}, []string{"budget fight", "Silvia habla", "Dichter und Denker", "Another story about the mayor"}},
		{"a data table's cells that are links are its text",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><table><tr><th>Platform</th><th>x86_64</th><th>Notes</th></tr>` +
				`<tr><td><a href="/desktop/windows/">Docker Desktop for Windows</a></td><td>yes</td><td>needs Windows 10 or later with WSL 2</td></tr>` +
				`<tr><td><a href="/desktop/mac/">Docker Desktop for Mac</a></td><td>yes</td><td>runs on Apple silicon and on Intel chips</td></tr></table><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Docker Desktop for Windows", "Docker Desktop for Mac", p3}, nil},
		{"a table of links stays out",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><table><tr><td><a href="/news">News</a></td><td><a href="/sport">Sport</a></td><td><a href="/weather">Weather today</a></td></tr>` +
				`<tr><td><a href="/arts">Arts and culture</a></td><td><a href="/travel">Travel</a></td><td><a href="/food">Food and drink</a></td></tr></table><p>` + p3 + `</p></div></article>`,
			[]string{p1, p3}, []string{"Weather today", "Food and drink"}},
		{"a layout table's column of links stays out",
			`<article><div class="entry-content">` + intro + `<table><tr><td><a href="/news">News from the city</a><br><a href="/sport">Sport and the clubs</a><br><a href="/weather">Weather for the week</a><br>` +
				`<a href="/arts">Arts and culture</a><br><a href="/travel">Travel and holidays</a></td><td><p>` + p2 + `</p><p>` + sec("budget vote") + `</p></td></tr></table><p>` + p3 + `</p></div></article>`,
			[]string{p1, p2, p3}, []string{"Weather for the week", "Travel and holidays"}},
		{"a quote set apart in a figure is the article's, its caption is not",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><figure aria-label="Embedded quote" class="Quote_component typo-block"><div class="Quote_avatar"><img src="a.jpg"></div>` +
				`<blockquote class="Quote_blockquote"><p>Automation is not the enemy; it has been one of the greatest productivity tools of my whole career, and it frees the team for the hard work.</p></blockquote>` +
				`<figcaption>Pat Reinhart, VP of Services</figcaption></figure><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Automation is not the enemy", p3}, []string{"VP of Services"}},
		{"a pull quote and an embedded post in a figure stay out",
			`<article><div class="entry-content">` + intro + `<p>` + p2 + `</p><figure class="wp-block-pullquote"><blockquote><p>The changes are modest and the reserves remain healthy, the mayor insists.</p></blockquote></figure>` +
				`<figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet"><p>Reaching human-level machines will take several years if not a decade, I said then.</p></blockquote></div></figure>` +
				`<p>` + p3 + `</p></div></article>`,
			[]string{p1, p3}, []string{"reserves remain healthy", "human-level machines"}},
		{"a misspelled footer class is still a footer",
			`<div class="page"><div class="entry">` + intro + `<p>` + p2 + `</p><p>` + p3 + `</p></div><div class="site-fotter"><p>Our offices are open Monday to Friday from nine to five, and on Saturday mornings by appointment only.</p></div></div>`,
			[]string{p1, p3}, []string{"offices"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// TestButtonToken: the class tokens that style a link as a button, and
// names that only contain the word.
func TestButtonToken(t *testing.T) {
	for _, tt := range []struct {
		token string
		want  bool
	}{
		{"btn", true}, {"button", true}, {"btn-primary", true}, {"wprm-recipe-link-button", true},
		{"wp-block-button__link", true}, {"cta_button", true}, {"button-outline", true},
		{"buttonhole", false}, {"rebuttoned", false}, {"btnx", false}, {"wp-element-button-group-title", false},
	} {
		if got := buttonToken(tt.token); got != tt.want {
			t.Errorf("buttonToken(%q) = %v, want %v", tt.token, got, tt.want)
		}
	}
}

// TestLeadNames: the names newsrooms and CMSs give an article's lead, and
// the subtitle names a header search passes over.
func TestLeadNames(t *testing.T) {
	for _, tt := range []struct {
		class          string
		lead, subtitle bool
	}{
		{"documentdescription", true, false}, // Plone
		{"teaser-text", true, false},         // TYPO3 news
		{"article-bajada", true, false},
		{"nota-sumario", true, false},
		{"entradilla", true, false},
		{"copete", true, false},
		{"linha-fina", true, false},
		{"occhiello", true, false},
		{"article-vorspann", true, false},
		{"uk-text-lead", true, false},
		{"v2-subhed", true, true},
		{"subtitle text-to-speech", true, true},
		{"wp-block-stat-article-subheadline", true, true},
		{"leaderboard", false, false},
		{"teaser-card", false, false},
	} {
		if got := leadNames.match(tt.class); got != tt.lead {
			t.Errorf("leadNames.match(%q) = %v, want %v", tt.class, got, tt.lead)
		}
		if got := subtitleNames.match(tt.class); got != tt.subtitle {
			t.Errorf("subtitleNames.match(%q) = %v, want %v", tt.class, got, tt.subtitle)
		}
	}
}
