package ingest

import "testing"

// TestLinkedPartsOfKept: an item of a list that is read, and a section's
// heading, are kept however much of them is a link ("<a>Zip to Zip
// Moving</a>: 4.58 out of 5 stars", "Official website: <a>Six
// Senses</a>", "5. <a>Nuuly</a>"), and so is a heading that is all link
// standing in the body's flow or over a paragraph of prose (a round-up's
// item titled with a link to it), or numbered ("8. <a>Swiss Cheese
// Vine</a>") with its section's text in one of the blocks after it; a list of links, a link item, a box of links beside the text, a
// teaser card's linked headline and a labelled teaser ("Related: <a>…</a>")
// are still dropped. A list of one item that is not such a teaser is a
// line set apart in the text, and a list half of whose items hold words
// besides their links is the text's.
func TestLinkedPartsOfKept(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"ratings list with linked names",
			`<article><div class="entry-content">` + intro + `<p>These are the movers we rated this year, from our own tests.</p><ol>` +
				`<li><a href="/zip">Zip to Zip Moving</a>: 4.58 out of 5 stars</li><li><a href="/seka">Seka Moving</a>: 4.7 out of 5 stars</li>` +
				`<li>Safeway Moving, a family firm: 4.85 out of 5 stars, the best of the year in our tests</li><li><a href="/pods">PODS Moving Containers</a></li></ol><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Zip to Zip Moving: 4.58 out of 5 stars", "Seka Moving: 4.7", "PODS Moving Containers", p3}, nil},
		{"facts under each hotel brand, and linked headings",
			`<article><div class="post-body">` + intro + `<h2>Number 10: <a href="/ph">Park Hyatt</a></h2><ul><li>Official website: <a href="/ph">Park Hyatt</a></li>` +
				`<li>The brand opened its first hotel in Chicago in 1980 and now runs more than forty around the world.</li></ul><p>` + p3 + `</p>` +
				`<h3>9. <a href="/sr">St Regis</a> hotels</h3><p>` + sec("hotel brand") + `</p></div></article>`,
			[]string{p1, "Number 10: Park Hyatt", "Official website: Park Hyatt", "9. St Regis hotels", "The hotel brand was tested"}, nil},
		{"a box of links and a list of links stay out",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p><div class="more"><a href="/a">Moving tips</a> and <a href="/b">guides</a></div>` +
				`<ul><li><a href="/c">Cheap movers in Texas</a></li><li><a href="/d">Cheap movers in Ohio</a></li><li><a href="/e">Cheap movers in Utah</a></li></ul>` +
				`<p>` + sec("moving truck") + `</p></div></article>`,
			[]string{p1, p3, "The moving truck was tested"}, []string{"Moving tips", "Cheap movers"}},
		{"a round-up's items titled with a link to them",
			`<article><div class="entry-content">` + intro + `<h2><a href="/gx37">Brother GX37 Sewing Machine Review</a></h2><p>` + sec("sewing machine") + `</p>` +
				`<h3><a href="/e10">Husqvarna Viking E10</a></h3><p>` + sec("second machine") + `</p><p>` + p3 + `</p></div></article>`,
			[]string{p1, "Brother GX37 Sewing Machine Review", "Husqvarna Viking E10", "The second machine was tested"}, nil},
		{"linked headlines of teaser cards and labelled teasers stay out",
			`<article><div class="entry-content">` + intro + `<h4>MIRA: <a href="/x">Madre se acerca a conocer los motivos de captura de su hijo</a></h4><p>` + sec("police raid") + `</p>` +
				`<h5>Related: <a href="/y">Electrical Shock Prevention for Utility Technicians</a></h5><p>` + sec("safety drill") + `</p><p>` + p3 + `</p>` +
				`<div class="cards"><div class="card"><h3><a href="/z">Top 7 Benefits of a Digital Marketing Strategy</a></h3><p>A short excerpt.</p></div>` +
				`<div class="card"><h3><a href="/w">Navigating Google Analytics 4</a></h3><p>Another excerpt.</p></div></div></div></article>`,
			[]string{p1, "The police raid was tested", p3}, []string{"Madre se acerca", "Electrical Shock", "Top 7 Benefits", "Navigating Google"}},
		{"a line set apart as a one-item list; a labelled one is a teaser",
			`<article><div class="entry-content">` + intro + `<ul><li><a href="/fitbit">Check out our full Fitbit Charge 6 review</a></li></ul><p>` + p3 + `</p>` +
				`<ul><li>See also: <a href="/x">How to Use Smartphone Camera Modes for Landscapes</a></li></ul><p>` + sec("camera mode") + `</p></div></article>`,
			[]string{p1, "Check out our full Fitbit Charge 6 review", p3, "The camera mode was tested"}, []string{"Smartphone Camera Modes"}},
		{"a linked heading over a paragraph of prose, each item in a wrapper of its own",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p><div class="item"><h2><a href="/fluke">Fluke 117 Electrician's Multimeter</a></h2><p>` + sec("multimeter") + `</p></div>` +
				`<div class="item"><h2><a href="/klein">Klein Tools MM400</a></h2><p>` + sec("clamp meter") + `</p></div><p>` + sec("wire stripper") + `</p><p>` + sec("voltage tester") + `</p>` +
				`<div class="teasers"><div class="card"><h3><a href="/x">The best cordless drills of the year for every kind of job</a></h3><p>We tested thirty drills on wood, steel and concrete over two months of work, and here is what we…</p></div></div></div></article>`,
			[]string{p1, "Fluke 117 Electrician's Multimeter", "Klein Tools MM400", "The clamp meter was tested"}, []string{"cordless drills"}},
		{"numbered linked headings with a short line before their section's text",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p><p>` + sec("fern") + `</p><p>` + sec("palm") + `</p>` +
				`<div class="plant"><h2>8. <a href="/swiss">SWISS CHEESE VINE</a></h2><p><em>Monstera adansonii</em><br>Low to medium light</p><p>` + sec("vine") + `</p></div>` +
				`<div class="plant"><h2>9. <a href="/iron">IRON CROSS BEGONIA</a></h2><div class="subheading"><p>Best for dim corners</p></div><p>` + sec("begonia") + `</p></div>` +
				`<div class="popular"><h3>1. <a href="/x">Our most popular post this week</a></h3><h3>2. <a href="/y">Another popular post</a></h3><ul><li><a href="/z">More posts</a></li></ul></div></div></article>`,
			[]string{p1, "8. SWISS CHEESE VINE", "9. IRON CROSS BEGONIA", "The begonia was tested"}, []string{"most popular post", "Another popular post"}},
		{"lists whose items hold words besides their links; headlines with bylines stay out",
			`<article><div class="entry-content">` + intro + `<p>` + p3 + `</p><ul><li><a href="/cs50">CS50's Introduction to Computer Science</a> from Harvard University ★★★★★(189)</li>` +
				`<li><a href="/sql">Intro to SQL</a> from a data school ★★★★☆(8)</li><li><a href="/py">Python for Everybody</a></li></ul><p>` + sec("online course") + `</p>` +
				`<ul><li><a href="/a">2013 Narrative Lab Projects Unveiled</a> By Nick Dawson on Jun 10, 2013</li><li><a href="/b">Trailer Watch: Django Unchained</a> By Scott Macaulay on Oct 10, 2012</li></ul>` +
				`<p>` + sec("film lab") + `</p></div></article>`,
			[]string{p1, "CS50's Introduction to Computer Science from Harvard University", "Intro to SQL from a data school", "The film lab was tested"}, []string{"Narrative Lab", "Django"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}

// TestLinkedTitles: a paragraph that is one link naming the item the
// text after it is about (a book in a list of books, a deal in a
// round-up) is kept; links asking the reader to act, teasers ("Hier das
// …", a headline in capitals between a story's paragraphs), web
// addresses, questions and emoji-led pitches stay out.
func TestLinkedTitles(t *testing.T) {
	intro := "<p>" + p1 + "</p><p>" + p2 + "</p>"
	item := func(link string) string { return `<p><a href="/x">` + link + `</a></p>` }
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"books and deals titled with their links",
			`<article><div class="entry-content">` + intro + item(`<strong>The Natural Way to Draw by Kimon Nicolaides</strong>`) + `<p>` + sec("drawing book") + `</p>` +
				`<p style="text-align:center"><br>` + `<a href="/y"><strong>Perspective for Artists by Rex Vicat Cole</strong></a></p><p>` + sec("second book") + `</p>` +
				item(`Twilio to acquire Stytch`) + `<p>` + sec("identity platform") + `</p><p>` + p3 + `</p></div></article>`,
			[]string{"The Natural Way to Draw by Kimon Nicolaides", "Perspective for Artists by Rex Vicat Cole", "Twilio to acquire Stytch", p3}, nil},
		{"calls to action and teasers stay out",
			`<article><div class="entry-content">` + intro + item(`Find out if weight loss medications can help you lose weight`) + `<p>` + sec("diet plan") + `</p>` +
				item(`Hier das Einzel-Tableau in Pune`) + `<p>` + sec("tennis draw") + `</p>` +
				item(`<strong>SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</strong>`) + `<p>` + sec("dance show") + `</p>` +
				item(`👉 I’ll show you how to fix all of it.`) + `<p>` + sec("fix") + `</p>` +
				item(`https://example.com/newsletter`) + `<p>` + sec("newsletter") + `</p>` +
				item(`Want a customized workout plan you’ll do?`) + `<p>` + sec("workout") + `</p><p>` + p3 + `</p></div></article>`,
			[]string{p1, "The tennis draw was tested", p3}, []string{"weight loss medications", "Einzel-Tableau", "SEAN SPICER", "fix all of it", "example.com", "customized workout"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBody(t, tt.body, tt.want, tt.not)
		})
	}
}
