package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

func TestNames(t *testing.T) {
	nlp, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"A truck drove into a crowd in Nice on Thursday night and killed 84 people.", "nice"},
		{"Interior Minister Bernard Cazeneuve said that 84 people died.", "bernard cazeneuve|cazeneuve"},
		{"Mr. Trump said 12 people were hurt in Brussels.", "trump|brussels"},
		{"Omar Mateen killed 49 people at the Pulse nightclub in Orlando in June.", "omar mateen|mateen|pulse|orlando"},
		{"The Bank of England raised its rate to 5 percent.", "bank of england"},
		{"Prosecutors say the attacker drove along the Promenade des Anglais.", "promenade des anglais"},
		{"Death toll rises to 86 on Monday.", ""},                     // a first word alone, a weekday
		{"Three people were killed, the police said on Tuesday.", ""}, // no name
	} {
		var keys []string
		for _, n := range Names(nlp, c.in) {
			keys = append(keys, n.Key)
		}
		if got := strings.Join(keys, "|"); got != c.want {
			t.Errorf("Names(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if ns := TitleNames(nlp, "Three Cases of Plague Diagnosed in China"); ns != nil {
		t.Errorf("a title-case title gave names %v", ns)
	}
	if ns := TitleNames(nlp, "Hunter in Beijing diagnosed with bubonic plague"); len(ns) != 1 || ns[0].Key != "beijing" {
		t.Errorf("a sentence-case title gave names %v", ns)
	}
}

func TestDays(t *testing.T) {
	for _, c := range []struct {
		from, to, published string
		want                string
	}{
		{"2016-06-12", "2016-06-12", "2016-11-30", "2016-06-12 2016-06-12"}, // the time, not the article's date
		{"2016-01-01", "2016-12-31", "2016-09-25", "2016-01-01 2016-12-31"},
		{"2010-01-01", "2015-12-31", "", "2010-01-01 2011-01-02"}, // a long period counts from its start
		{"", "", "2016-07-15T10:00:00Z", "2016-07-15 2016-07-15"},
		{"", "", "", " "},
	} {
		f, to := Days(c.from, c.to, c.published)
		if got := DayString(f) + " " + DayString(to); got != c.want {
			t.Errorf("Days(%q, %q, %q) = %q, want %q", c.from, c.to, c.published, got, c.want)
		}
	}
	a, _ := Days("", "", "2016-07-01")
	b, _ := Days("", "", "2016-07-15")
	c, _ := Days("", "", "2016-07-16")
	if !Near(a, a, b, b) || Near(a, a, c, c) {
		t.Errorf("window of %d days: 14 days apart near %v, 15 %v", StoryWindow, Near(a, a, b, b), Near(a, a, c, c))
	}
	u, _ := Days("", "", "")
	if Near(u, u, a, a) || !Near(u, u, u, u) {
		t.Error("an unknown day links with a known one, or not with another unknown one")
	}
}

func TestCommon(t *testing.T) {
	for _, c := range []struct {
		df, n int
		want  bool
	}{{25, 100, false}, {26, 100, true}, {26, 10000, false}, {201, 10000, true}, {5, 5, false}} {
		if got := Common(c.df, c.n); got != c.want {
			t.Errorf("Common(%d, %d) = %v", c.df, c.n, got)
		}
	}
}

// LinkStories, the in-memory definition: a chain of shared keys within the
// window joins; the same key months apart, or near days with nothing
// shared, do not.
func TestLinkStories(t *testing.T) {
	d := func(s string) int { x, _ := Days("", "", s); return x }
	fs := []StoryFigure{
		{ID: "nice1", From: d("2016-07-15"), To: d("2016-07-15"), Keys: []string{"a:1", "n:nice"}},
		{ID: "afg", From: d("2016-07-16"), To: d("2016-07-16"), Keys: []string{"a:2", "n:afghanistan", "e:un"}},
		{ID: "nice2", From: d("2016-07-17"), To: d("2016-07-17"), Keys: []string{"a:3", "n:nice", "n:promenade des anglais"}},
		{ID: "nice3", From: d("2016-07-29"), To: d("2016-07-29"), Keys: []string{"a:4", "n:promenade des anglais"}},
		{ID: "afg-later", From: d("2016-12-01"), To: d("2016-12-01"), Keys: []string{"a:5", "e:un"}},
	}
	var got []string
	for _, st := range LinkStories(fs) {
		var ids []string
		for _, i := range st {
			ids = append(ids, fs[i].ID)
		}
		got = append(got, strings.Join(ids, "+"))
	}
	if want := "[nice1+nice2+nice3 afg afg-later]"; fmt.Sprint(got) != want {
		t.Errorf("stories %v, want %s", got, want)
	}
}
