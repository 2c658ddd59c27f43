package review

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// sections returns the <section class="group"> elements of a compare page.
func sections(p string) []string {
	var out []string
	for {
		i := strings.Index(p, `<section class="group"`)
		if i < 0 {
			return out
		}
		p = p[i:]
		j := strings.Index(p, "</section>")
		out = append(out, p[:j])
		p = p[j:]
	}
}

// sectionWith is the first section of a compare page that holds all of want.
func sectionWith(p string, want ...string) string {
	for _, s := range sections(p) {
		all := true
		for _, w := range want {
			all = all && strings.Contains(s, w)
		}
		if all {
			return s
		}
	}
	return ""
}

// TestCompareStories: /compare lists stories, not event · subject buckets:
// the September releases (Rights Watchers, two articles) and the December
// ones (the Interior Ministry's 103 and 99 and the groups' 60–75) are two
// stories of "released · people"; the lone 42 is in none. Each shows its
// dates, names and values; they are searchable by name, filtered by date
// and unit, and a group's page lists its stories.
func TestCompareStories(t *testing.T) {
	a := newApp(t, Options{})
	_, p, _ := a.get("/compare")
	sept := sectionWith(p, "released · people", "Rights Watchers", "107")
	dec := sectionWith(p, "released · people", "Interior Ministry", "103")
	if sept == "" || dec == "" || sept == dec {
		t.Fatalf("releases not split into two stories:\n%s", strings.Join(sections(p), "\n----\n"))
	}
	if strings.Contains(sept, ">103</a>") || strings.Contains(dec, ">107</a>") || strings.Contains(dec, ">42</a>") {
		t.Error("a figure in the wrong story")
	}
	for _, want := range []string{"99", "between 60 and 75", "2024-12-02 – 2024-12-05", "Interior Ministry", "linear axis"} {
		if !strings.Contains(dec, want) {
			t.Errorf("December story lacks %q", want)
		}
	}
	if !strings.Contains(sept, "2024-09-01 – 2024-09-02") || !strings.Contains(sept, "Ana Ruiz") {
		t.Errorf("September story without its dates or names")
	}
	// search by a name of the story, by the group's words; dates; unit
	for q, want := range map[string]int{"/compare?q=ruiz": 1, "/compare?q=released": 2, "/compare?q=interior": 1,
		"/compare?from=2024-12": 1, "/compare?to=2024-09-30": 2, "/compare?unit=percent": 0, "/compare?q=nothing-like-it": 0} {
		_, page, _ := a.get(q)
		if n := len(sections(page)); n != want {
			t.Errorf("%s: %d stories, want %d", q, n, want)
		}
	}
	// A group's page lists its stories.
	m := regexp.MustCompile(`href="(/compare\?g=\d+)">other stories of released · people`).FindStringSubmatch(dec)
	if m == nil {
		t.Fatal("no link to the group's stories")
	}
	_, g, _ := a.get(m[1])
	if n := len(sections(g)); n != 2 || !strings.Contains(g, "lone figure") {
		t.Errorf("group page: %d stories", n)
	}
	// The claim page links to its story.
	_, c, _ := a.get("/claim/" + claimID(t, a.st, "d-ngo", "99"))
	if !strings.Contains(c, `id="story-link"`) || !strings.Contains(c, "(3 figures)") {
		t.Error("claim page without its story")
	}
}

// A verdict in place on a story's page returns to the row; a back that is
// not a /compare URL of this site goes to the claim page as usual.
func TestCompareVerdictInPlace(t *testing.T) {
	a := newApp(t, Options{})
	_, p, _ := a.get("/compare")
	m := groupLinkRe.FindStringSubmatch(p)
	if m == nil {
		t.Fatal("no group link")
	}
	_, page, _ := a.get(m[1])
	if !strings.Contains(page, `class="verdict-inplace"`) || !strings.Contains(page, `name="back" value="`+strings.ReplaceAll(m[1], "&", "&amp;")+`"`) {
		t.Fatal("group page without verdict forms")
	}
	if strings.Contains(p, `class="verdict-inplace"`) {
		t.Error("the overview carries verdict forms (its size is bounded without them)")
	}
	id := claimID(t, a.st, "c-govt", "103")
	tok := csrfFrom(t, page)
	code, hdr := a.post("/claim/"+id+"/review", url.Values{"status": {"correct"}, "rating": {"true"}, "reviewer": {"Bo"}, "back": {m[1] + "#x"}, "csrf": {tok}})
	if code != 303 || hdr.Get("Location") != m[1]+"#c-"+url.PathEscape(id) {
		t.Errorf("in place: %d → %q", code, hdr.Get("Location"))
	}
	for _, back := range []string{"https://evil.example/compare", "//evil.example/", "/compare/../x", "/"} {
		code, hdr = a.post("/claim/"+id+"/review", url.Values{"status": {"correct"}, "reviewer": {"Bo"}, "back": {back}, "csrf": {tok}})
		if code != 303 || !strings.HasPrefix(hdr.Get("Location"), "/claim/") {
			t.Errorf("back %q: %d → %q", back, code, hdr.Get("Location"))
		}
	}
	if h, _ := a.st.ReviewHistory(context.Background(), id); len(h) != 5 || h[len(h)-1].Rating != "true" {
		t.Errorf("history %+v", h)
	}
}

// TestMergedStoryLink: a link to a story the background pass merged into
// another shows the story it became; a story that never was is not found.
func TestMergedStoryLink(t *testing.T) {
	a := newApp(t, Options{})
	_, p, _ := a.get("/compare")
	m := regexp.MustCompile(`href="/compare\?s=(\d+)`).FindStringSubmatch(sectionWith(p, "released · people", "Interior Ministry", "103"))
	if m == nil {
		t.Fatal("no story link on /compare")
	}
	if _, err := a.st.DB().Exec(`INSERT INTO story_merges(sid, into_sid) VALUES (999999, ?)`, m[1]); err != nil {
		t.Fatal(err)
	}
	if code, page, _ := a.get("/compare?s=999999"); code != 200 || !strings.Contains(page, "Interior Ministry") || !strings.Contains(page, "103") {
		t.Errorf("merged story: %d, page without the story it became", code)
	}
	if code, _, _ := a.get("/compare?s=999998"); code != 404 {
		t.Errorf("unknown story: %d, want 404", code)
	}
}
