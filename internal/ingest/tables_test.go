package ingest

import (
	"fmt"
	"strings"
	"testing"
)

func TestDataTables(t *testing.T) {
	for _, c := range []struct {
		name  string
		cells string // lines joined by " / "
		want  bool
	}{
		{"spec box", "Our Score / 10 / Player Count / 1-6 / Play Time / ~2 hours / Released / 2017", true},
		{"time series", "Date / Change (YoY) / 1/1/2013 / +13.1% / 2/1/2013 / +13.1%", true},
		{"ranked table", "1 / State Farm Group / 107,764,591 / 16.4 / 2 / Berkshire Hathaway / 80,324,255", true},
		{"picks with prices", "Navee GT3 / Best under $500 / NIU KQi 100F / Best portability", true},
		{"scores", "Best interstate mover: / Safeway Moving / 4.85 / Best moving container: / PODS / 4.8", true},
		// look-alikes that stay furniture-like
		{"menu", "Home / World / Business / Sport / Weather / Travel", false},
		{"menu with one year", "News / Sport / Election 2024 / Weather / Travel / Culture", false},
		{"page list", "1 / 2 / 3 / Photostories", false},
		{"page list with next", "Previous page / 1 / 2 / 3 / 4", false},
		{"page list marking the current page", "1 / 2(current) / 3 / 4 / 5 / 6 / Zurück / Weiter", false},
		{"page list marking the current page spaced", "Previous / 1 / 2 / 3 (current) / 4 / 5", false},
		{"too short a run", "Price / $20 / Buy", false},
		{"category widget", "Categories / Akhir Zaman (15) / Akhlaq (47) / Aliran Islam (160) / Hizbut Tahrir (5) / Dakwah (60)", false},
		{"archive widget", "October 2019 (3) / September 2019 (12) / August 2019 (1,204) / July 2019 (7)", false},
		{"tag cloud with counts", "Gardening (149) / Container Gardening (14) / Edible Gardening (16) / Fall Gardening (20)", false},
		{"models with years", "Acer Nitro 16 (2023) / 8.5 / Asus TUF (2022) / 8.0 / Asus Zephyrus (2023) / 9.1", true},
		{"spec rows", "Range: 40-55 km | 25-34 miles (Rider: 65kg) / Max speed: 55-65 km/h | 34-40 mph / Rider weight limit: 150 kg | 330 lbs / Remote: Remote with screen / Deck: 100% Carbon Fiber Flexi Deck", true},
		{"spec rows short and long", "Price: $329 / Weight: 27 lbs / Charge time: 4-5 hrs (with 4-amp charger) / Wheel size: 180mm x 60mm", true},
		{"headings with colons", "Private cloud providers: SMBs (small and medium-sized businesses) / Private cloud providers: hyperscalers / 5. Amazon Web Services (AWS) Outposts / 6. Microsoft Azure Stack", false},
		{"long labels", "What the council decided on Tuesday: 12 new homes / What the mayor said after the vote: 3 more years / Who will pay for the new bridge: 40% the state / When the work on the road starts: May 2026", false},
		{"plan with longer cells", "Week / Monday / Tuesday / 1 / Rest / Walk/Run Easy / 10x (Walk 2 min/ Run Easy 1 min) / Optional Non-Impact Cardio / 30 min", true},
		{"spec box under its heading, few figures", "Specs & Configurations / Hand Orientation / Right-Handed / Interface / 2.4GHz Wireless / Interface / Bluetooth / Number of Buttons / 7 / Power Source / Internal Battery / Sensor Maker and Model / Logitech Darkfield / Warranty (Parts and Labor) / 1 / Weight / 5.2", true},
		{"spec box with longer labels", "SPECIFICATIONS / Measured Body Diameter / 49.0 mm / Screen Type / AMOLED / Measured Thickness / 15.0 mm / Measured Battery Life with GPS / 25 hours / Sensors Included", true},
		{"the same cells without the heading", "Hand Orientation / Right-Handed / Interface / 2.4GHz Wireless / Interface / Bluetooth / Number of Buttons / 7 / Power Source / Internal Battery / Sensor Maker and Model / Logitech Darkfield / Warranty (Parts and Labor) / 1 / Weight / 5.2", false},
		{"price table", "Plan / Monthly price without Norton 360 / $4.99 / $11.99 / Annual price with Norton 360 / $99.48", true},
		{"category widget with labels", "Addiction (16) items in category / ADHD (3) items in category / Anxiety (30) items in category / APA Leadership (30) items in category", false},
		{"category widget with posts", "Travel (12 posts) / Food (3 posts) / Gardening tips (40 posts) / Recipes (7 posts)", false},
		{"ranked links", "Top 12 News Topics / 1. / Skin Cancer / 2. / Snoring / 3. / Flakka / 4. / Fit at 50 / 5. / Autism / 6. / Diet Plans / 7. / Shigella / 8. / Fecal Transplant", false},
		{"top picks", "Our Top Picks / 1 / . SimpliSafe / 2 / . ADT / 3 / . Ring / 4 / . Arlo", false},
		{"ranked boxes one after the other", "1. / Morgellons / 2. / Lyme Disease / 3. / Psoriasis / Most Read / 1. / Brain Foods / 2. / Early Puberty", false},
		{"sentences with colons", "Range: the board goes 40 km on one charge. / Speed: it tops out at 55 km/h on the flat. / Weight: at 32 kg it is heavy to carry. / Deck: made of 100% carbon fibre.", false},
	} {
		lines := strings.Split(c.cells, " / ")
		got := tablesOf(lines)
		all := got != nil
		for i := range lines {
			if got == nil || !got[i] {
				all = false
			}
		}
		if all != c.want {
			t.Errorf("%s: table %v (%v), want %v", c.name, all, got, c.want)
		}
	}
}

// TestTableKeepsBody: a spec box between two parts of an article does not
// split the body; a menu of as many lines does.
func TestTableKeepsBody(t *testing.T) {
	p1 := "First on this list is a survival game that puts you in a besieged city, where every night you must choose who goes out to scavenge."
	p2 := "It is moody and honestly depressing at times, but it is this uniqueness that makes it one of the games everyone should try once."
	box := "Theme\nSurvival\nPlayer Count\n1-6\nPlay Time\n~2 hours\nComplexity\nSimple\nPrice\n$50\nAge\n14+\nRating\n9.5"
	got := ParseText(p1 + "\n" + box + "\n" + p2 + "\n" + p2 + " Again.").Text
	if !strings.Contains(got, "First on this list") || !strings.Contains(got, "Again.") {
		t.Errorf("spec box split the body:\n%s", got)
	}
	menu := "Home\nWorld\nBusiness\nSport\nWeather\nTravel\nCulture\nStyle\nScience\nHealth\nVideo\nAudio\nShop\nJobs"
	got = ParseText(p1 + "\n" + menu + "\n" + p2 + "\n" + p2 + " Again.").Text
	if strings.Contains(got, "First on this list") {
		t.Errorf("menu did not split the body:\n%s", got)
	}
}

// TestBridgeTables: two runs of a table's cells that a few longer cells
// part are one table (bridgeTables); a paragraph, a menu entry or a
// box's label between them parts them.
func TestBridgeTables(t *testing.T) {
	for _, c := range []struct {
		name  string
		cells string // lines joined by " / "; the gap's cells are marked "*" (the table's when bridged)
		want  bool
	}{
		{"longer cells of a feature table", "Unwinding. / 80% / 80% / 90% / More function and variable attributes. / *22% / *22% / Target features (to detect what is supported in an architecture, like SIMD). / 82% / 82% / Debug info. / 20%", true},
		{"a price list's longer item", "Veil or hair accessories / $50-$150 / Shoes / $100 / Food (hors d'oeuvres, main meal, late-night snack) – average ~$5,100 for 150 guests / *Cake / *$2-$5 per slice / Bar / $4,000 / Coffee / $300", true},
		{"spec cells parted by a spaced note", "Weight / 5.2 oz / Battery / 70 hours / Buttons / 7 / *Sensor / Comes with a charging dock and a USB-C cable / Warranty / 1 year / Price / $99", true},
		{"a paragraph between two tables", "Weight / 5.2 oz / Battery / 70 hours / The second mouse is heavier and its battery does not last half as long, though it costs about the same. / *7 buttons / Comes with a charging dock and a USB-C cable / Weight / 7.9 oz / Battery / 30 hours", false},
		{"a label heading the next box", "Weight / 5.2 oz / Battery / 70 hours / *Tags: / Gaming mice, wireless / Most read / 2.925 / Best mice of 2024 / 1.204", false},
		{"too many lines between", "Weight / 5.2 oz / Battery / 70 hours / Comes with a charging dock and a cable / *7 buttons / Comes with a soft carrying case / Works with every recent laptop / Ships in a plain brown box / Weight / 7.9 oz / Battery / 30 hours", false},
	} {
		var lines []string
		var gap []int
		for i, l := range strings.Split(c.cells, " / ") {
			if strings.HasPrefix(l, "*") {
				l = l[1:]
				gap = append(gap, i)
			}
			lines = append(lines, l)
		}
		got := tablesOf(lines)
		if got == nil {
			t.Errorf("%s: no table", c.name)
			continue
		}
		for _, i := range gap {
			if got[i] != c.want {
				t.Errorf("%s: %q table %v, want %v", c.name, lines[i], got[i], c.want)
			}
		}
	}
}

// TestDateColumnKeepsBody: a table's date column ("1/1/2013" /
// "+13.1%") between two parts of an article reads as a table, not as the
// datelines of a list of other stories, and does not end the body.
func TestDateColumnKeepsBody(t *testing.T) {
	p1 := "After more than two years of stiff competition and fast-rising prices, the residential housing market cooled through the latter half of the year, and then demand rebounded in key markets as buyers and sellers adapted."
	p2 := "Home sale prices are rising again, even as high mortgage rates continue to challenge affordability for first-time buyers in most of the metro areas studied."
	var rows []string
	for m := 1; m <= 12; m++ {
		rows = append(rows, fmt.Sprintf("%d/1/2013", m), fmt.Sprintf("+%d.1%%", m))
	}
	got := ParseText(p1 + "\nDate\nChange in median sale price (YoY)\n" + strings.Join(rows, "\n") + "\n" + p2).Text
	if !strings.Contains(got, "After more than") || !strings.Contains(got, "Home sale prices") {
		t.Errorf("date column split the body:\n%s", got)
	}
	// a teaser list's datelines still end it
	teasers := "Other news\nJanuary 3, 2024\nCouncil approves the new budget for schools\nJanuary 5, 2024\nMayor opens the rebuilt bridge over the river\nJanuary 9, 2024\nStorm closes the coastal road for two days"
	got = ParseText(p1 + "\n" + p2 + "\n" + teasers + "\n" + p2 + " Again.").Text
	if strings.Contains(got, "Again.") {
		t.Errorf("teaser list did not end the body:\n%s", got)
	}
}

func TestRatingStars(t *testing.T) {
	for _, c := range []struct {
		l    string
		want bool
	}{
		{"★", true}, {"☆", true}, {"★★★★☆", true}, {"⭐ ⭐ ⭐", true},
		// look-alikes that stay furniture (and cost as such)
		{"|", false}, {"•", false}, {"—", false}, {"★ 4.5", false}, {"Rated ★★★★", false}, {"", false},
	} {
		if got := ratingStars(c.l); got != c.want {
			t.Errorf("ratingStars(%q) = %v, want %v", c.l, got, c.want)
		}
	}
	p := "First on this list is a survival game that puts you in a besieged city, where every night you must choose who goes out to scavenge."
	got := ParseText(p + "\n" + strings.Repeat("☆\n★\n", 10) + p + " Again.").Text
	if !strings.HasPrefix(got, "First on this list") || !strings.Contains(got, "Again.") || strings.Contains(got, "★") {
		t.Errorf("stars split the body or stayed:\n%s", got)
	}
}

// TestShopButtonsKeepBody: a product box's shop buttons go, and do not
// split a gift guide's body.
func TestShopButtonsKeepBody(t *testing.T) {
	p1 := "Blending style and technology in a svelte package, this kettle boasts convenient features such as a hold mode and a built-in timer."
	p2 := "Despite not boasting every one of the high-tech features of our top pick, this one heats water quickly and holds a steady temperature."
	box := "Easiest to Use\nCosori Electric Gooseneck Kettle\n$58 at Amazon\n$78 at Wayfair\nCheck Price on Walmart\nWhat We Like\nFive presets\nSleek design\nWhat We Don't Like\nSmall capacity"
	got := ParseText(p1 + "\n" + box + "\n" + p2 + "\n" + p2 + " Again.").Text
	if !strings.HasPrefix(got, "Blending style") || !strings.Contains(got, "Again.") {
		t.Errorf("shop buttons split the body:\n%s", got)
	}
	if strings.Contains(got, "at Amazon") || strings.Contains(got, "Check Price") {
		t.Errorf("shop buttons kept:\n%s", got)
	}
}

func TestDashedItem(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Hotel room blocks – reserve blocks at convenient hotels (Downtown and Northern Kentucky options)", true},
		{"Vendor check-in — touch base with any not recently contacted", true},
		{"Register for gifts – set up wedding registries (3-4 places is common)", true},
		{"Preheat – warm the oven to 220C while the dough rests", true},
		// look-alikes that are no such item
		{"Our BI Research Shows – A Mix of Native Ad Units Generate the Highest Engagement", false}, // a headline
		{"Acer Aspire Go 15 – Best budget laptop", false},
		{"June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", false},
		{"Plan stationery – choose", false}, // too short an explanation
		{"The meeting was long and - as expected - nothing was decided", false},
	} {
		if got := dashedItem.MatchString(c.line); got != c.want {
			t.Errorf("dashedItem(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestChecklistKeepsBody: a checklist of dashed items under short
// headings is part of the article, not a menu that ends it.
func TestChecklistKeepsBody(t *testing.T) {
	intro := "Planning a wedding takes a year or more, and the order in which you book things matters as much as the budget, so we put together this checklist for couples."
	list := []string{"6–8 Months Before",
		"Send save-the-date cards – include the website address for more information",
		"Plan stationery – choose an invitation design and order the reply cards",
		"Arrange transportation – book shuttles or cars as needed for the day",
		"Order the cake – arrange a tasting with the bakery and choose flavours",
		"3–5 Months Before",
		"Mail the invitations – around eight weeks out, or twelve for a destination",
		"Buy the rings – allow time for any resizing or engraving",
		"Book hair and makeup – test your look and confirm the stylists",
		"1–2 Months Before",
		"Follow up on replies – contact any guests who have not answered yet",
		"Write the vows – or pick the readings for the ceremony with the officiant"}
	got := ParseText(intro + "\n" + strings.Join(list, "\n")).Text
	for _, want := range []string{"Planning a wedding", "Mail the invitations", "Write the vows"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q dropped:\n%s", want, got)
		}
	}
}

func TestFormButtons(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"GET STARTED", true},
		{"Start FREE TRIAL", true},
		{"Start your 14-day free trial", true},
		{"Get a Demo", true},
		{"Sign me up", true},
		{"Email address *", true},
		{"Zip Code: *", true},
		{"Leave this field blank", true},
		{"If you are a human, ignore this field", true},
		{"Δ", true},
		{"Previous Next", true},
		{"back to blog", true},
		{"Check", true},
		{"chevron_right", true},
		{"View all posts by Craig Randall", true},
		{"View All Resources", true},
		{"Get the Recipe", true},
		{"See It", true},
		{"READ MORE ↓", true},
		{"Next Post", true},
		{"Zurück zur Liste", true},
		{"Jetzt registrieren", true},
		{"Zurück zur Natur: Warum Städter aufs Land ziehen", false},
		{"Next story in the series arrives on Monday", false},
		{"View all the photos from the parade, the mayor said on Monday", false},
		// look-alikes that stay
		{"Get started with the basics of pruning", false},
		{"Check the oil before a long trip.", false},
		{"Select Committee on Intelligence", false},
		{"Email addresses were leaked in the breach", false},
		{"snake_case names in Python", false},
	} {
		if got := isFormButton(c.line); got != c.want {
			t.Errorf("isFormButton(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	p1 := "Home security cameras are easy to install, easy to use, and incredibly affordable these days, and they come in many shapes and sizes."
	p2 := "The latest security cams require minimal installation and offer flexible setups and a range of security features for every home."
	got := ParseText(p1 + "\nGET STARTED\n" + p2 + "\n" + p2 + " Again.").Text
	if !strings.HasPrefix(got, "Home security") || !strings.Contains(got, "Again.") || strings.Contains(got, "GET STARTED") {
		t.Errorf("form button: got\n%s", got)
	}
}

func TestPhotoCredits(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Image by Studio Brown via One Fab Day", true},
		{"Photo credit: SewCanShe.com", true},
		{"Photo: Rob Schultz", true},
		{"Credit: Apple", true},
		{"Photograph: Getty Images", true},
		{"Illustration by Jane Doe", true},
		{"Photos of the flood were shared widely on Monday.", false},
		{"Credit card debt rose again in March", false},
	} {
		if got := isPhotoCredit(c.line); got != c.want {
			t.Errorf("isPhotoCredit(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	// credits between the sections of a checklist do not split it
	p1 := "Planning your wedding, whether you have two years or three months to do it, can be stressful, so we made a checklist for every month."
	p2 := "research and consider a wedding planner or venue stylist, particularly helpful if you are planning a wedding abroad or a large party."
	var b strings.Builder
	b.WriteString(p1 + "\n")
	for k := 0; k < 4; k++ {
		b.WriteString(fmt.Sprintf("Image by Studio %c via One Fab Day\n%d Months Before The Wedding\nBook photographer\nIn month %d, %s\n", 'A'+k, 12-3*k, k, p2))
	}
	got := ParseText(b.String() + p1 + " Again.").Text
	if !strings.Contains(got, "In month 0,") || !strings.Contains(got, "Again.") || strings.Contains(got, "Image by") {
		t.Errorf("photo credits: got\n%s", got)
	}
}

// TestCreditCaptions: captions that end in their picture's credit go, but
// do not split the article they stand in once 100 words of paragraphs
// stand above them; above those (a lead picture under the page's head)
// they still part the body from the head.
func TestCreditCaptions(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"The DSLR is the most commonly used digital camera. Photo by: 'James Sutton'.", true},
		{"Paris Baguette is known for its variety. | Photo by Lisa Jennings", true},
		{"Analysis before sleep paralysis! – Photo Credit: Taylor Passofaro (CleverHiker.com)", true},
		{"Martin Parr, Benidorm, 1997. Archival pigment print. Edition of 25. Courtesy ROCKET, London.", true},
		{"An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)", true},
		{"The photographers met in 2019. Both work for the agency now.", false},
		{"Photo by Lisa Jennings", false}, // a credit alone: isPhotoCredit's
	} {
		if got := creditCaption(c.line); got != c.want {
			t.Errorf("creditCaption(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	p := []string{
		"The first camera most people buy is a compact one, and there is nothing wrong with that choice for travel, family pictures and the odd landscape on a holiday.",
		"Digital single-lens reflex cameras came next for many of us, with their mirrors, optical viewfinders, bigger sensors and lenses that can be swapped for every job.",
		"Mirrorless cameras dropped the mirror and the optical viewfinder, which made the bodies smaller and lighter while keeping the big sensors and the lenses that swap.",
		"Medium format cameras offer very large resolutions and a look of their own, but they cost a great deal and are slow to work with outside of a studio.",
	}
	var b strings.Builder
	for k, l := range p {
		b.WriteString(l + "\n")
		fmt.Fprintf(&b, "Camera number %d on a table in the studio. Photo by: 'Jane Roe %c'.\n", k+1, 'A'+k)
		fmt.Fprintf(&b, "The camera from a second side, on the same table. | Photo by John Doe %c\n", 'A'+k)
	}
	got := ParseText(b.String() + p[0] + " Again.").Text
	if !strings.Contains(got, "Medium format") || !strings.Contains(got, "Again.") || strings.Contains(got, "Photo by") {
		t.Errorf("credit captions: got\n%s", got)
	}
}

// TestIntroducedTableHead: the head of a table that the text introduces
// ("Here's a rough summary of what has been implemented:" / "Feature" /
// "Last month" / "Completion" / "Delta" / "Run tests in the CI", then the
// rows) is the article's, as an introduced list is (sectionLists): the
// body does not end at the colon. Not introduced, the same head still
// parts it, as a run of short lines under a closing sentence does.
func TestIntroducedTableHead(t *testing.T) {
	p1 := "In the next months, I plan to debug all of this so that we can compile the whole program on the old machine and, in doing so, find the remaining bugs in the code generator."
	rows := "60%\n60%\nPackaging\n40%\n40%\nUnwinding\n80%\n80%\nDebug info\n20%\n20%"
	p2 := "Thanks to everyone who sent a patch this month, and to the people who tested the nightly builds on their own machines and reported what broke for them."
	for _, c := range []struct {
		name, intro, head string
		want              bool
	}{
		{"summary", "Here is a rough summary of what has been implemented:", "Feature\nLast month\nCompletion\nDelta\nRun tests in the CI", true},
		{"prices", "The plans cost the following, before tax:", "Plan\nMonthly\nYearly\nBasic plan for one user", true},
		{"courses", "Here are some examples of the courses offered:", "Course\nLevel\nHours\nAds Display Certification", true},
		{"not introduced", "That is all there is to say about the port this month, really.", "Feature\nLast month\nCompletion\nDelta\nOwner\nStatus\nRun tests in the CI", false},
		{"introduced, the same head", "Here is a rough summary of what has been implemented:", "Feature\nLast month\nCompletion\nDelta\nOwner\nStatus\nRun tests in the CI", true},
	} {
		got := ParseText(p1 + "\n" + c.intro + "\n" + c.head + "\n" + rows + "\n" + p2 + "\n" + p2 + " Again.").Text
		last := c.head[strings.LastIndexByte(c.head, '\n')+1:]
		if has := strings.Contains(got, last) && strings.Contains(got, "In the next months"); has != c.want {
			t.Errorf("%s: head kept %v, want %v:\n%s", c.name, has, c.want, got)
		}
	}
}

// tablesOf runs dataTables over lines with the word counts and furniture
// marks the text reader gives them.
func tablesOf(lines []string) []bool {
	words := make([]int, len(lines))
	furn := make([]bool, len(lines))
	for i, l := range lines {
		words[i] = lineWords(l)
		furn[i] = isTextFurniture(l)
	}
	return dataTables(lines, words, furn)
}
