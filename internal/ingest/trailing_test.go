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
		{"Author", true},
		{"Authors:", true},
		{"Comments (12)", true},
		{"Leave a Reply", true},
		// look-alikes that stay
		{"Written by", false}, // a byline, as often above the text as below it
		{"Written by Jane Doe", false},
		{"About the author's new book, critics were divided.", false},
		{"Author Jane Doe said the book took ten years to write.", false},
		{"Authorities said the road would reopen on Monday.", false},
		{"About the Company", false},
		{"Author interview: Jane Doe on her first novel", false},
	} {
		if got := trailingStart(c.line); got != c.want {
			t.Errorf("trailingStart(%q) = %v, want %v", c.line, got, c.want)
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
