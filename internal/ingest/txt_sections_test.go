package ingest

import (
	"strings"
	"testing"
)

// TestParseTextSectionLists: a dump of a guide or a listicle whose
// sections put short list lines between their paragraphs is read whole
// when the text introduces each list (a sentence ending in a colon) or the
// lists carry on a numbering; a menu, a share bar or a list of other
// stories between two paragraphs still ends the body.
func TestParseTextSectionLists(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") }
	// a list of short items (under five words each: a menu's shape)
	items := func(ls ...string) string { return lines(ls...) }
	tests := []struct {
		name     string
		in, want string
	}{
		{"lists introduced by a colon, a wedding checklist",
			lines("Home", "Blog", "Contact",
				"Planning a wedding can feel overwhelming, but a clear timeline keeps every decision in its place and your budget under control.",
				"This guide walks you through exactly what to do in each month before the big day, from the venue to the flowers.",
				"Break your total budget into clear categories before you sign anything with a vendor:",
				items("Venue", "Catering", "Photography", "Attire", "Entertainment", "Florals & Décor", "Stationery", "Transport", "Favors", "Rings", "Hair & Makeup", "Cake"),
				"Popular venues book twelve to eighteen months in advance, especially for the peak spring and autumn seasons.",
				"Book the vendors whose calendars fill fastest first, and confirm every contract in writing before you pay:",
				items("Photographer", "Videographer", "Caterer", "Live band or DJ", "Officiant", "Florist", "Baker", "Planner", "Rentals", "Lighting", "Shuttle", "Bar service"),
				"Always read reviews, ask for full galleries rather than highlights, and keep every receipt in one shared folder.",
				"Most gowns take months to arrive and need alterations, so start shopping early and bring only one or two trusted friends.",
				"Privacy Policy", "Terms", "Contact"),
			lines("Planning a wedding can feel overwhelming, but a clear timeline keeps every decision in its place and your budget under control.",
				"This guide walks you through exactly what to do in each month before the big day, from the venue to the flowers.",
				"Break your total budget into clear categories before you sign anything with a vendor:",
				items("Venue", "Catering", "Photography", "Attire", "Entertainment", "Florals & Décor", "Stationery", "Transport", "Favors", "Rings", "Hair & Makeup", "Cake"),
				"Popular venues book twelve to eighteen months in advance, especially for the peak spring and autumn seasons.",
				"Book the vendors whose calendars fill fastest first, and confirm every contract in writing before you pay:",
				items("Photographer", "Videographer", "Caterer", "Live band or DJ", "Officiant", "Florist", "Baker", "Planner", "Rentals", "Lighting", "Shuttle", "Bar service"),
				"Always read reviews, ask for full galleries rather than highlights, and keep every receipt in one shared folder.",
				"Most gowns take months to arrive and need alterations, so start shopping early and bring only one or two trusted friends.")},
		{"numbered sections of a comparison, pros and cons between",
			lines("Pricing", "Products", "Log In",
				lines("Private cloud infrastructure offers dedicated resources, improved security and total control over the computing environment of a company.",
					"This guide compares four providers for small businesses and for large enterprises, with their features, pros and cons.",
					"Small and medium businesses need private clouds that balance performance with a price they can afford, and these providers do.",
					"1. Cherry Servers", "Features",
					"Cherry Servers deploys ready servers in fifteen to thirty minutes and lets customers pay by the hour or by the month.",
					"2. Leaseweb",
					items("Pros", "Redundant network", "Snapshots included", "Cons", "Control panels cost extra", "Fewer locations", "Best fit"),
					"Online shops can benefit from the provider's high storage speed and its steady performance during the holiday peaks.",
					"3. OVHcloud",
					items("Pros", "GDPR by default", "Competitive pricing", "Cons", "Complex interface", "Slow support", "Best fit"),
					"European businesses that need strict data residency can choose it for compliance with the regulators of their country.",
					"Its daily backups and its guarantee of uptime make it a safe choice for the shops and agencies of the continent."),
				"© 2025 Example Hosting"),
			lines("Private cloud infrastructure offers dedicated resources, improved security and total control over the computing environment of a company.",
				"This guide compares four providers for small businesses and for large enterprises, with their features, pros and cons.",
				"Small and medium businesses need private clouds that balance performance with a price they can afford, and these providers do.",
				"1. Cherry Servers", "Features",
				"Cherry Servers deploys ready servers in fifteen to thirty minutes and lets customers pay by the hour or by the month.",
				"2. Leaseweb",
				items("Pros", "Redundant network", "Snapshots included", "Cons", "Control panels cost extra", "Fewer locations", "Best fit"),
				"Online shops can benefit from the provider's high storage speed and its steady performance during the holiday peaks.",
				"3. OVHcloud",
				items("Pros", "GDPR by default", "Competitive pricing", "Cons", "Complex interface", "Slow support", "Best fit"),
				"European businesses that need strict data residency can choose it for compliance with the regulators of their country.",
				"Its daily backups and its guarantee of uptime make it a safe choice for the shops and agencies of the continent.")},
		{"lists under short labels between short sentences, a timeline guide",
			lines("Home", "Blog", "Contact",
				"Planning a wedding can feel overwhelming, but a clear timeline keeps every decision in its place and your budget under control.",
				"This guide walks you through exactly what to do in each month before the big day, from the venue to the flowers.",
				"Before booking vendors, you need clarity.",
				items("Define Your Wedding Style", "Ask yourselves:", "Elegant or rustic", "Black-tie or barn", "Indoor or outdoor"),
				"Your aesthetic will guide every decision moving forward.",
				items("Launch Your Wedding Website", "Include:", "Your love story", "Event details", "Registry", "Travel", "FAQs"),
				"This improves the guest experience and reduces repetitive questions from your families and friends in the months before the day.",
				"Most gowns take months to arrive and need alterations, so start shopping early and bring only one or two trusted friends.",
				"Privacy Policy", "Terms", "Contact"),
			lines("Planning a wedding can feel overwhelming, but a clear timeline keeps every decision in its place and your budget under control.",
				"This guide walks you through exactly what to do in each month before the big day, from the venue to the flowers.",
				"Before booking vendors, you need clarity.",
				items("Define Your Wedding Style", "Ask yourselves:", "Elegant or rustic", "Black-tie or barn", "Indoor or outdoor"),
				"Your aesthetic will guide every decision moving forward.",
				items("Launch Your Wedding Website", "Include:", "Your love story", "Event details", "Registry", "Travel", "FAQs"),
				"This improves the guest experience and reduces repetitive questions from your families and friends in the months before the day.",
				"Most gowns take months to arrive and need alterations, so start shopping early and bring only one or two trusted friends.")},
		// negatives: the same runs of short lines, neither introduced nor numbered on
		{"a menu between the story and a teaser is not the story's",
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.",
				items("News", "Sport", "Business", "Culture", "Opinion", "Travel", "Weather", "Obituaries", "Podcasts", "Puzzles", "Events", "Jobs"),
				"A local bakery has won a national prize for its sourdough bread, the third award for the family business in ten years.",
				"The mayor will open the new swimming pool in the spring, two years later than planned and well over its first budget."),
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.")},
		{"a list after a sentence without a colon still costs",
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.",
				items("Pros", "Rapid deployment", "Crypto payments", "Cons", "Few locations", "Limited managed services", "Best fit", "Shop", "Deals", "Reviews", "Guides", "About"),
				"A local bakery has won a national prize for its sourdough bread, the third award for the family business in ten years.",
				"The mayor will open the new swimming pool in the spring, two years later than planned and well over its first budget."),
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.")},
		{"an item numbered without its predecessor does not carry on a list",
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.",
				items("Bakery", "3. Bakery wins prize", "News", "Sport", "Business", "Culture", "Opinion", "Travel", "Weather", "Jobs", "Events", "Puzzles"),
				"A local bakery has won a national prize for its sourdough bread, the third award for the family business in ten years.",
				"The mayor will open the new swimming pool in the spring, two years later than planned and well over its first budget."),
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"The plan raises spending on schools and roads and cuts the money set aside for the renovation of the old town hall.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.")},
		{"a list of more than the most lines is a menu, introduced or not",
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.",
				"Readers can find the council's other decisions of the week in the sections of our site listed here:",
				strings.Repeat("News\nSport\nBusiness\nCulture\nOpinion\nTravel\nWeather\nJobs\nEvents\nPuzzles\n", 3)+"Podcasts",
				"A local bakery has won a national prize for its sourdough bread, the third award for the family business in ten years.",
				"The mayor will open the new swimming pool in the spring, two years later than planned and well over its first budget.",
				"Police closed the main bridge for three hours on Monday after a lorry lost part of its load of timber in the morning rush."),
			lines("The city council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.",
				"Opposition members voted against the plan, saying that the town hall will fall into ruin before the money comes back.",
				"The budget takes effect in January, and the council will review the spending on roads again at its meeting in June.",
				"Readers can find the council's other decisions of the week in the sections of our site listed here:")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseText(tt.in).Text; got != tt.want {
				t.Errorf("text:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestItemNumber(t *testing.T) {
	for l, want := range map[string]int{
		"1. Cherry Servers": 1, "#2. Leaseweb": 2, "3) Ring - Top for DIY Installation": 3,
		"Step 4 – Book the venue": 4, "STEP 5: Send the invitations": 5, "Tip 6. Keep receipts": 6,
		"10 - Best for hills": 10, "No. 7 Ritz-Carlton": 7,
		"2025 was a good year": 0, "12 Months Before the wedding": 0, "3.5 stars": 0, "Steps to take": 0, "": 0,
	} {
		if got := itemNumber(l); got != want {
			t.Errorf("itemNumber(%q) = %d, want %d", l, got, want)
		}
	}
}

// TestParseTextCodeBlocks: a tutorial's code block flattened into a dump,
// one line of code a line, does not split the body; a menu still does.
func TestParseTextCodeBlocks(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") }
	intro := lines("Git is a distributed version control system, and every clone of a repository holds its whole history on your own disk.",
		"One of the many appeals of git is its flexibility, and a wide range of commands comes with it; to get started, try these:")
	shell := lines("# initialize git", "git init", "# clone repo", "git clone <repo url>", "# view the state of the repo", "git status",
		"# stage all of your modified files", "git add -A", "git commit -m \"<commit message>\"", "git checkout .", "git checkout <path to file>",
		"git checkout -b <branch name>", "# see available branches", "git branch", "git branch -d <branch name>", "git push origin --delete <branch name>",
		"git merge <branch name>", "git stash", "git stash apply", "git log --oneline", "git diff", "git fetch --all", "git rebase main", "git tag v1.0",
		"git remote -v", "git reset --hard")
	program := lines("func main() {", "client := http.Client{Timeout: 5 * time.Second}", "resp, err := client.Get(url)", "if err != nil {",
		"log.Fatal(err)", "}", "defer resp.Body.Close()", "}")
	query := lines("WITH series AS (", "SELECT *", "FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n", "),", "bounds AS (", "SELECT",
		"avg(n) - stddev(n) AS lower_bound,", "avg(n) + stddev(n) AS upper_bound", "FROM", "series", ")", "SELECT", "n,",
		"n NOT BETWEEN lower_bound AND upper_bound AS is_anomaly", "FROM", "series,", "bounds;", "n │ is_anomaly", "───┼────────────",
		"2 │ f", "12 │ t", "data: {", "list: [", "]", "...", "}")
	outro := lines("Once these commands are second nature, branching stops being scary and becomes the way you try out every new idea safely.",
		"The next post in this series looks at rebasing, and at when a merge commit tells the story of a change better than a rebase.")
	menu := items12()
	tests := []struct {
		name, in, want string
	}{
		{"shell commands between paragraphs", lines("Home", "Posts", intro, shell, outro, "© 2021 Example"), lines(intro, shell, outro)},
		{"a program between paragraphs", lines("Home", "Posts", intro, program, outro, "© 2021 Example"), lines(intro, program, outro)},
		{"a query, its output and a data listing between paragraphs", lines("Home", "Posts", intro, query, outro, "© 2021 Example"), lines(intro, query, outro)},
		{"a menu between paragraphs still splits", lines(intro, outro, menu,
			"A local bakery has won a national prize for its sourdough bread, the third award for the family business in ten years."),
			lines(intro, outro)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseText(tt.in).Text; got != tt.want {
				t.Errorf("text:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// items12 is a site menu of twelve entries.
func items12() string {
	return strings.Join([]string{"News", "Sport", "Business", "Culture", "Opinion", "Travel", "Weather", "Obituaries", "Podcasts", "Puzzles", "Events", "Jobs"}, "\n")
}

func TestCodeLine(t *testing.T) {
	for l, want := range map[string]bool{
		"# initialize git": true, "// retry once": true, "$ go test ./...": true, ">>> import os": true,
		"if err != nil {": true, "x = 1": true, "git clone --depth 1 <url>": true, "</div>": true, "a && b": true,
		"foo()": true, "std::vector<int> v;": true,
		"Venue": false, "Florals & Décor": false, "Cart (0)": false, "Home > News": false, "#travel": false,
		"Pros and cons": false, "Step 3 – Book the venue": false, "e-mail us": false, "Pros - cons": false,
		"git add -A": true, "ls -la": true, "Home < Back": false, "x := f(y);": true,
		"The senator -- who spoke first -- left early": false, "We use cookies; by staying you agree": false,
		"WITH series AS (": true, "list: [": true, "),": true, "]": true, "});": true, ",": false, "series,": true, "...": true, "Paris, London,": false,
		"n │ is_anomaly": true, "───┼────": true, "avg(n) - stddev(n) AS lower_bound,": true,
		"Cookies (and how we use them)": false, "See the full list (PDF)": false,
	} {
		if got := codeLine(l); got != want {
			t.Errorf("codeLine(%q) = %v, want %v", l, got, want)
		}
	}
}

func TestLabeledList(t *testing.T) {
	for _, c := range []struct {
		run  string // lines joined by " / "
		want bool
	}{
		{"Include: / Your love story / Event details / Registry", true},
		{"Define Your Wedding Style / Ask yourselves: / Elegant or rustic / Indoor or outdoor", true},
		{"Pros: / Lightweight / Affordable / Precise scroll wheel", true},
		{"Pros / Lightweight / Affordable / Precise scroll wheel", false}, // no colon: a menu's shape
		{"News / Sport / Business / Culture", false},
		{"Share: / Facebook / Twitter", false}, // too short a list, and furniture
		{"Home / Blog / Contact / About", false},
	} {
		ls := strings.Split(c.run, " / ")
		if got := labeledList(ls, 0, len(ls)); got != c.want {
			t.Errorf("labeledList(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

func TestAnnouncesList(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Below is a list of common vehicle components that should be checked and serviced.", true},
		{"Here are several key differences between a digital classroom and a virtual classroom.", true},
		{"Use this list to ensure you've accounted for all potential wedding expenses.", true},
		{"The following tools are required for the job.", true},
		{"Most of the parts you need are listed below.", true},
		{"See more readers' and editors' picks on articles below.", false},                      // links, not a list
		{"Here's hours upon hours of the brilliant new music we've covered this month!", false}, // a teaser
		{"The resource page also has links to other books not on this list.", false},
		{"Below is a list of common vehicle components", false}, // no sentence
	} {
		if got := announcesList(c.line); got != c.want {
			t.Errorf("announcesList(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	// a list under a sentence that announces it stays in the body
	p1 := "Since most drivers experience at least one of these conditions, following the severe maintenance schedule is the safer choice for nearly every car."
	p2 := "The typical schedule varies greatly with the make and the model of the vehicle as well as with your own driving conditions and habits."
	items := "Belts\nExhaust system\nHoses\nLights\nWiper blades\nTire rotation\nFuel filter\nBattery and cables\nEngine oil"
	in := strings.Join([]string{"Home", "Services", p1, p2, "Below is a list of the common parts that should be checked and serviced.", items,
		"Check your owner's manual for the intervals that apply to your car, and keep every receipt in the glove box for the next owner to see.", "Privacy Policy"}, "\n")
	got := ParseText(in).Text
	if !strings.Contains(got, "Fuel filter") || !strings.Contains(got, "owner's manual") || strings.Contains(got, "Privacy") {
		t.Errorf("announced list: got\n%s", got)
	}
}
