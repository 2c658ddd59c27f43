package ingest

import (
	"strings"
	"testing"
)

func TestLinkBoxLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"More:", true},
		{"Related", true},
		{"Related articles", true},
		{"RELATED STORIES", true},
		{"Related Links", true},
		{"Trending News", true},
		{"Most Read", true},
		{"More in Trump Impeachment Inquiry", true},
		{"More from Opinion", true},
		{"You may also like", true},
		{"You might also enjoy:", true},
		{"Read next", true},
		{"Also read:", true},
		{"Don't miss", true},
		// look-alikes that stay
		{"More than 1,800 people were arrested on Sunday.", false},
		{"Related to the above: I wrote an article every day.", false},
		{"Most read books of the decade", false},
		{"Trending upward", false},
		{"Also", false},
	} {
		if got := isLinkBoxLabel(c.line); got != c.want {
			t.Errorf("isLinkBoxLabel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestLinkBoxes: the headlines under a box's label go from the body, the
// paragraphs around the box stay, and what is not a box stays whole.
func TestLinkBoxes(t *testing.T) {
	para := func(s string) string {
		return s + " said the officials who were quoted in the report on Tuesday morning, adding that the work would go on for as long as it took to finish it."
	}
	for _, c := range []struct {
		name       string
		lines      []string
		gone, kept []string
	}{
		{"between paragraphs",
			[]string{para("The first paragraph of the story"), para("A second paragraph"), "More:", "The New Space Race", "Spacewalking into 'her-story'", "China completes landing test for its first Mars mission in 2020", para("The story goes on"), para("And it ends")},
			[]string{"More:", "The New Space Race", "Spacewalking", "China completes"}, []string{"first paragraph", "goes on", "And it ends"}},
		{"trending box with a quoted headline",
			[]string{para("Police released a video"), para("In an interview with the FBI"), "Trending News", `Video shows dramatic rescue of kidnapped girl: "We got her!"`, "Man arrested after 7 trafficking victims found in car: Police", para("Meanwhile, friends and volunteers"), para("The trial lasted two days")},
			[]string{"Trending News", "Video shows", "Man arrested"}, []string{"Police released", "Meanwhile", "trial lasted"}},
		{"two boxes of two",
			[]string{para("The band will tour"), para("The singers announced it"), "Related", "The Band: Lighting Up With the Stars", "Singer Talks New Album and Retirement", "Related", "Guest List: 21 Amazing Musical Cameos", "On Making a Film About Country Music", para("Dressed in black, the singer sat down"), para("Tickets go on sale on Friday")},
			[]string{"Lighting Up", "New Album", "Guest List", "Country Music"}, []string{"Dressed in black", "Tickets go on sale"}},
		{"a label over a sentence is no box",
			[]string{para("The report opens"), para("It goes on"), "Related", "The council voted to close the library on Tuesday.", para("The vote was close")},
			nil, []string{"The council voted to close the library on Tuesday.", "vote was close"}},
		{"a long list under the label is no box",
			[]string{para("The guide opens"), para("It explains the steps"), "More", "Step one: open the box with care", "Step two: take out the parts", "Step three: lay them on the table", "Step four: read the manual twice", "Step five: fit the legs together", "Step six: fit the top", "Step seven: tighten all screws", "Step eight: turn it over", "Step nine: check that it stands", para("The guide ends")},
			nil, []string{"Step one", "Step nine"}},
	} {
		got := ParseText(strings.Join(c.lines, "\n")).Text
		for _, g := range c.gone {
			if strings.Contains(got, g) {
				t.Errorf("%s: %q kept:\n%s", c.name, g, got)
			}
		}
		for _, k := range c.kept {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q dropped:\n%s", c.name, k, got)
			}
		}
	}
}

// TestExcerptBox: a box of other stories with their excerpts after the
// article ends it; an article's own "Further reading" section does not.
func TestExcerptBox(t *testing.T) {
	body := strings.Repeat("The researchers asked five people to judge which way a cloud of dots moved, and timed the moment each one decided. ", 5)
	teasers := "It's official: Pets benefit our mental health A systematic review of existing studies lists the many ways in which pets help.\n" +
		"Consciousness 'restored' using nerve stimulation One month after a stimulator was implanted in his chest, a patient woke.\n" +
		"Cannabis for pain and PTSD 'lacks high-quality evidence' Systematic reviews suggest that the evidence is of insufficient quality.\n"
	for _, c := range []struct {
		name, in, want string
	}{
		{"related stories with excerpts", "Menu\n" + body + "\nRelated coverage\n" + teasers + "Share", strings.TrimSpace(body)},
		{"the article's own reading list", "Menu\n" + body + "\nFurther reading\n" + teasers + "Share", strings.TrimSpace(body) + "\n" + strings.TrimSpace(teasers)},
	} {
		if got := ParseText(c.in).Text; got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
