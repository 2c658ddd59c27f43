package ingest

import (
	"strings"
	"testing"
)

func TestTrailingStart(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"About the Author", true},
		{"ABOUT THE AUTHOR", true},
		{"About the author:", true},
		{"About the Authors", true},
		{"About the writer", true},
		{"About our contributors", true},
		{"About Our Expert", true},
		{"About the reviewer", true},
		{"Author", true},
		{"Authors:", true},
		{"Comments (12)", true},
		{"Leave a Reply", true},
		{"10 comments:", true},               // Blogger's
		{"Discussion about this post", true}, // Substack's
		{"CommentsRestacks", true},
		{"Your email address will not be published. Required fields are marked *", true},
		{"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", true},
		{"Schreibe einen Kommentar", true},
		{"2 Gedanken zu „Need for Speed“", true},
		{"11 Antworten zu Lost in Translation", true},
		{"Laisser un commentaire", true},
		{"Deja un comentario", true},
		{"Gedanken zur Wahl: Was die Parteien jetzt planen", false},
		{"Reaktionen auf die Sondermaßnahmen", false},
		{"Gedanken zu Ostern", false},
		{"Ein Gedanke zu „Need for Speed“", true},
		{"3 Responses to “The lean startup”", true},
		// look-alikes that stay
		{"Written by", false}, // a byline, as often above the text as below it
		{"Written by Jane Doe", false},
		{"About the author's new book, critics were divided.", false},
		{"Author Jane Doe said the book took ten years to write.", false},
		{"Authorities said the road would reopen on Monday.", false},
		{"About the Company", false},
		{"Author interview: Jane Doe on her first novel", false},
	} {
		if got := trailingStart([]string{c.line}, 0); got != c.want {
			t.Errorf("trailingStart(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestAuthorBoxByName(t *testing.T) {
	for _, c := range []struct {
		lines string // joined by " / "
		want  bool
	}{
		{"About Brigit Katz / Brigit Katz is a freelance writer based in Toronto.", true},
		{"Über Moritz Bachmann / Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle.", true},
		{"Sobre Carlos Nadalim / Pai de Francesco e Teresa, Carlos Nadalim é professor.", true},
		{"About Amar Hussain / Amar is an avid traveler and tester of products.", true},
		{"About Melissa K. Norris / Melissa inspires people with her books and podcast.", true},
		{"About Peter Bell / More articles by Peter Bell", true},
		// look-alikes that stay
		{"About Grave Empire / Blood once turned the wheels of empire. Now it is money.", false}, // a book's blurb
		{"About The Devils / Holy work sometimes requires unholy deeds. The monks obey.", false}, // a title, not a name
		{"About Georgetown University Medical Center / Georgetown University Medical Center is a research centre.", false},
		{"About Us / We are a small team of writers.", false},
		{"About Jane Doe", false}, // nothing after it names her
		{"About Jane Doe / The council voted on Tuesday.", false},
	} {
		lines := strings.Split(c.lines, " / ")
		if got := trailingStart(lines, 0); got != c.want {
			t.Errorf("trailingStart(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestAuthorBoxEndsBody: an author box under a story ends the body; one
// above the story (a sidebar before the text, after a menu glued into long
// lines) does not cut it.
func TestAuthorBoxEndsBody(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries, citing a survey that found cracks in two of its piers and rust in the deck."
	para2 := "Repairs are expected to take eighteen months and to cost about four million pounds, the council said in a statement after the vote."
	bio := "Jane Doe covers transport and local government for the paper and has written about bridges, buses and budgets for a decade."
	menu := strings.Repeat("News Sport Business Weather Travel Culture ", 20)
	below := strings.Join([]string{"Menu", para, para2, para, para2, "About the Author", bio, "Jane Doe", "Related stories"}, "\n")
	if got := ParseText(below).Text; strings.Contains(got, "covers transport") {
		t.Errorf("author box kept:\n%s", got)
	}
	above := strings.Join([]string{menu, "About the Author", "Jane Doe", para, para2, para + " Again.", para2 + " Again."}, "\n")
	if got := ParseText(above).Text; !strings.Contains(got, "Again.") || !strings.Contains(got, "eighteen months") {
		t.Errorf("body cut after an author box above it:\n%s", got)
	}
}

func TestOrganisationBox(t *testing.T) {
	for _, c := range []struct {
		lines string // joined by " / "
		want  bool
	}{
		{"About Scripps Health / Scripps Health is a not-for-profit, integrated health system in San Diego, California.", true},
		{"About SiliconANGLE Media / SiliconANGLE Media is a recognized leader in digital media innovation, uniting audiences.", true},
		{"About Clay / Clay is a UI/UX design & branding agency in San Francisco. We team up with startups.", true},
		{"About Acme Corp. / Acme Corp., founded in 1921, makes anvils and rockets for customers in forty countries.", true},
		{"About GUMC: / GUMC (Georgetown University Medical Center) is an academic medical center with a research mission.", true},
		// look-alikes that stay
		{"About The Red Labyrinth / The Red Labyrinth is the story of the anarchist Zoja Rose and her long war.", false},
		{"About Us / Contact Us", false},
		{"About Clay / Clay soils hold water longer than sandy ones, so water them less often in spring.", true}, // the same form: the heading's name opens the paragraph
		{"About Clay / Potters have used clay for thousands of years, and its chemistry is still studied today.", false},
	} {
		lines := strings.Split(c.lines, " / ")
		if got := trailingStart(lines, 0); got != c.want {
			t.Errorf("trailingStart(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestAuthorBoxByBio: a name line (a byline, a job title or an address at
// most between) over a bio that opens with the name ends the body; a
// section's heading over its text, a list of people or products each
// under its name, and a name over prose about something else do not.
func TestAuthorBoxByBio(t *testing.T) {
	for _, c := range []struct {
		lines string // joined by " / "
		want  bool
	}{
		{"Lauren Vetter / Lauren Vetter is a growth-focused marketing professional specializing in healthcare technology and B2B SaaS. She writes weekly. / Related articles", true},
		{"Christian Eilers / HR & Career Expert / Christian Eilers is a career expert specializing in resumes, cover letters and the employment process, and he writes for Arc. / Further reading", true},
		{"Written by: Sean Peek, Senior Analyst / Sean Peek co-founded and self-funded a small business that has grown to include more than a dozen team members. / At business.com, Peek covers technology solutions.", true},
		{"Jared Spataro / Chief Marketing Officer, AI at Work / Jared leads the company's AI at Work efforts, helping every organization leverage agents to solve their business problems. / Subscribe", true},
		{"Philip Stefanov / I'm Philip, a certified personal trainer and strength training coach with a passion for writing about the performance of lifters. / All Posts", true},
		{"By Zainab Okafor / Zainab Okafor covers courts and crime for the paper; her reporting has taken her to four continents over a decade of work. / Share", true},
		{"Paul Frew / Home and Digital Security Expert / With over a decade of experience in tech, Paul is recognized for his deep expertise in security and privacy. / Explore Related Articles", true},
		{"Isabella Tabacchi / Isabella Tabacchi’s lens captures the essence of nature in all its majesty, from the peaks of the Alps to the fjords of the north. / https://isabellatabacchi.com", true},
		{"Arricca Elin SanSone / Contributing Writer / Arricca Elin SanSone is a writer, editor, and content creator who specializes in lifestyle and gardening; her work appears widely. / Watch Next / Havenly / Havenly is an online interior design service that pairs you with a designer for a flat fee.", true}, // a listicle's entries are no people
		// look-alikes that stay
		{"Ada’s Dream / Chosen by Victoria / This game lives up to its title as it truly is a dream to play. Ada’s Dream is a heavy Eurogame featuring her ship. / 1-4 Players", false},
		{"Copper Pipes / Copper is among the most commonly used metallic pipes for plumbing; however, more and more installers now choose plastic. / Copper pipes are versatile and can be used in hot and cold water systems of every size.", false},
		{"Power BI / Power BI is a Microsoft user-friendly tool that transforms data into interactive visuals like charts, graphs and maps. / Power BI updates in real time.", false},                                                                               // no person
		{"Alban Brooke / Alban Brooke is the Head of Marketing at Buzzsprout and he has recorded over 500 podcast episodes in his career so far. / Power BI / Power BI is a tool from Microsoft that he uses to turn the show's data into charts and maps.", false}, // a list of entries
		{"Jane Doe / The council voted on Tuesday to close the old bridge to lorries, citing a survey that found cracks in its piers.", false},
		{"Giuseppe Penone – Thoughts in the Roots / Giuseppe Penone’s To Be a River drew interest long ago when he remade a stone found in nature.", false},
	} {
		lines := strings.Split(c.lines, " / ")
		if got := trailingStart(lines, 0); got != c.want {
			t.Errorf("trailingStart(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

func TestBylineBio(t *testing.T) {
	for _, c := range []struct {
		lines string // joined by " / "; the last line is tested
		want  bool
	}{
		{"By Will Knight / The robots are coming, the article says. / Will Knight is a senior writer for WIRED, covering artificial intelligence and robotics.", true},
		{"Sarah Needleman / Gaming used to be so simple. / Sarah Needleman is a reporter for The Wall Street Journal who covers video games and mobile apps.", true},
		{"Ganesh Sitaraman / The fourth stage is collapse. / Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of The Great Democracy.", false}, // a name alone, its given name unknown
		{"Von Markus Reuter / Das Urheberrecht muss angepasst werden. / Markus Reuter is a journalist who covers digital rights and hate speech for the site.", true},
		// look-alikes that stay
		{"By Jane Doe / The council voted on Tuesday. / John Smith is a professor at Harvard who has studied the city's budget for twenty years.", false},
		{"Toddler Sleep Training / Questions about the class. / Toddler Sleep Training is an online class to help you teach your 2, 3, or 4 year old to sleep.", false},
	} {
		ls := strings.Split(c.lines, " / ")
		if got := bylineBio(ls, len(ls)-1); got != c.want {
			t.Errorf("bylineBio(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestTrailingIntro: the greeting that opens a blogger's box at the end of
// a post ends the body; the same greeting opening the post, or followed
// by more of the post, does not.
func TestTrailingIntro(t *testing.T) {
	long := "The council voted on Tuesday to close the old bridge to lorries, citing a survey that found cracks in its piers and rust in its railings."
	for _, c := range []struct {
		lines string // joined by " / "
		want  int
	}{
		{long + " / " + long + " / " + long + " / Hi! I'm Jack, Co-Founder of Social Shepherd. I didn't choose the name of the agency.", 3},
		{long + " / " + long + " / " + long + " / Hi, I'm Chris! / I'm a Software Engineer and Product Manager living in sunny Barcelona.", 3},
		{long + " / " + long + " / " + long + " / Hey, I’m Jessica! Welcome to The Organized Mama, where organizing is made doable.", 3},
		// look-alikes that stay
		{"Hey, I’m Kev, coffee nerd, home barista, and the guy behind the channel. / " + long + " / " + long, -1},
		{long + " / " + long + " / Hi, I'm Ashley, and I test laptops. / " + long + " / " + long + " / " + long, -1},
		{long + " / " + long + " / " + long + " / Hi, I'm not sure this works for everyone, but it worked for me.", -1},
	} {
		if got := introAtEnd(strings.Split(c.lines, " / ")); got != c.want {
			t.Errorf("introAtEnd(%q) = %d, want %d", clip(c.lines, 80), got, c.want)
		}
	}
}

// TestAuthorBoxAtEnd: the HTML reader's last lines end at an author's box
// (the text reader's author-box rows: a name over a bio that opens with
// it, "About the Author:"); a press release's box about the organisation
// stays for endMarker to judge, and a section's heading over its text
// stays.
func TestAuthorBoxAtEnd(t *testing.T) {
	long := "The council voted on Tuesday to close the old bridge to lorries, citing a survey that found cracks in its piers and rust in its railings."
	for _, c := range []struct {
		lines string // joined by " / "
		want  int
	}{
		{long + " / " + long + " / " + long + " / Elliot Raba / Enterprise Sales Executive / Elliot is a dynamic and results-driven Enterprise Sales Executive at Zalaris, where he crafts solutions.", 3},
		{long + " / " + long + " / " + long + " / Jeff Cobb, Founder of Learning Revolution / Jeff Cobb is an expert in online education and the business of adult lifelong learning.", 3},
		{long + " / " + long + " / " + long + " / About the Author:", 3},
		// look-alikes that stay
		{long + " / " + long + " / " + long + " / About Georgetown University Medical Center / Georgetown University Medical Center (GUMC) is an internationally recognized academic medical center.", -1},
		{long + " / " + long + " / " + long + " / Copper Pipes / Copper is among the most commonly used metallic pipes for plumbing; more installers now choose plastic.", -1},
	} {
		if got := authorBoxAtEnd(strings.Split(c.lines, " / ")); got != c.want {
			t.Errorf("authorBoxAtEnd(%q) = %d, want %d", clip(c.lines, 80), got, c.want)
		}
	}
}
