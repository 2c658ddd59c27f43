package ingest

import (
	"strings"
	"testing"
)

func TestWrapLinks(t *testing.T) {
	for _, c := range []struct {
		name string
		dump string
		want string // ParseText's body
	}{
		{"a paragraph wrapped at the source's width",
			"Menu\nHome\nAbout\nThe first published reference to folding and cutting of which\nwe are aware is a Japanese book, published in 1721. This book contains\na variety of problems for testing mathematical intelligence.\nShare\nTwitter",
			"The first published reference to folding and cutting of which we are aware is a Japanese book, published in 1721. This book contains a variety of problems for testing mathematical intelligence."},
		{"two wrapped paragraphs stay two",
			"Gaming used to be so simple, and we would buy a game and sit down\nin front of a console or a computer for the evening.\nNow we spend money over and over on virtual perks while we\nplay on phones and tablets with far-flung friends.",
			"Gaming used to be so simple, and we would buy a game and sit down in front of a console or a computer for the evening.\nNow we spend money over and over on virtual perks while we play on phones and tablets with far-flung friends."},
		{"a subheading between paragraphs is not joined",
			"Retiring early takes time and incredible discipline, and it starts with a budget you can keep.\n7. Invest the money that's left over\nIf you're maxing out your retirement accounts, move on to a brokerage account.",
			"Retiring early takes time and incredible discipline, and it starts with a budget you can keep.\n7. Invest the money that's left over\nIf you're maxing out your retirement accounts, move on to a brokerage account."},
		{"a headline list is not joined into a paragraph",
			"Afghan woman politician sees Taliban talks as only hope\nYoung people including Taliban youth must be heard says envoy\nChina invites Taliban and Afghan officials for two-day talks\nThe military said two service members were killed in the crash on Wednesday, and it gave no further details about the cause.",
			"The military said two service members were killed in the crash on Wednesday, and it gave no further details about the cause."},
		{"a wrapped line goes on in a capitalised word after a function word",
			"Menu\nFor more than a decade the Web has used XMLHttpRequest (XHR) to achieve\nasynchronous requests in JavaScript. Also, the event-based model doesn’t play well with\nJavaScript’s recent focus on Promise- and generator-based asynchronous\nprogramming.\nShare",
			"For more than a decade the Web has used XMLHttpRequest (XHR) to achieve asynchronous requests in JavaScript. Also, the event-based model doesn’t play well with JavaScript’s recent focus on Promise- and generator-based asynchronous programming."},
		{"a German wrapped paragraph goes on in its nouns",
			"Start\nWas würde dem Klima mehr helfen und was würde Europa mehr zusammenbringen, als eine\nneue Hochgeschwindigkeitstrasse von Warschau über Berlin und Paris bis nach\nMadrid?\", sagte Lindner beim Dreikönigstreffen der FDP.\nTeilen",
			"Was würde dem Klima mehr helfen und was würde Europa mehr zusammenbringen, als eine neue Hochgeschwindigkeitstrasse von Warschau über Berlin und Paris bis nach Madrid?\", sagte Lindner beim Dreikönigstreffen der FDP."},
		{"a byline under a headline is not joined into the first paragraph",
			"The Best Houseplants for Low Light Spaces\nby Nicole Forbes, Master Horticulturalist & Garden Educator | Dec 30, 2025 | Indoor Plants\nAre all your houseplants competing for space near the brightest window in your home? The good news is that many can thrive beyond those sunny spots!",
			"Are all your houseplants competing for space near the brightest window in your home? The good news is that many can thrive beyond those sunny spots!"},
		{"a run that does not end a sentence is not a paragraph",
			"The best budget laptops for students who need to\nwork on the go without spending too much\nSix models tested in the lab",
			"The best budget laptops for students who need to\nwork on the go without spending too much\nSix models tested in the lab"},
	} {
		got := ParseText(c.dump).Text
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"one two three four five six seven", "eight nine ten.", true},
		{"The company said its phone would go on sale in the", "iPhone's biggest markets at a lower price.", false}, // a brand
		{"The company said its phone would go on sale in the", "eBay auctions of the first models.", false},
		{"Short line here", "and a lower-case line that ends.", false},                           // under minWrapWords
		{"It ended like a sentence, as lines do.", "then a lower-case caption line.", false},     // a sentence ends
		{"The best budget laptops for students who need to", "17 inch screens and more.", false}, // a digit
		{"The best budget laptops for students who need to", "Read the full review.", false},     // a capital
	} {
		lines := []string{c.a, c.b}
		j, _ := wrapLinks(lines, []int{lineWords(c.a), lineWords(c.b) + 10})
		if got := j != nil && j[0]; got != c.want {
			t.Errorf("%q / %q: joined %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestEndsSentenceNoteMarks(t *testing.T) {
	for l, want := range map[string]bool{
		"which leads her to try and stop the events of the past, to futile results.[2]":   true,
		"The students relive the day before the school festival over and over.[8][9][10]": true,
		"Keep your workout to under an hour. [32]":                                        true,
		"Results of the study [12]":                                                       false,
		"See the list [edit]":                                                             false,
		"They were found in array[1024]":                                                  false,
	} {
		if got := endsSentence(l); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", l, got, want)
		}
	}
	// a hard-wrapped table cell whose last line ends in a note mark is one paragraph
	in := "Film\nYear\nDescription\nRepeat Performance\n1947\n" +
		"A woman who shot her husband on New Year's Eve in 1946 wishes she could live the year all over\n" +
		"again and somehow gets her chance, which leads her to try and stop the events of the past, to\n" +
		"futile results.[2]\n"
	joins, _ := wrapLinks(strings.Split(strings.TrimSpace(in), "\n"), func() []int {
		var w []int
		for _, l := range strings.Split(strings.TrimSpace(in), "\n") {
			w = append(w, lineWords(l))
		}
		return w
	}())
	if joins == nil || !joins[5] || !joins[6] {
		t.Errorf("wrapped cell not joined: %v", joins)
	}
}
