package review

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// Figures of one group split into stories: same source entity or article
// (or a near-duplicate of it) within storyWindow days, chained.
func TestStories(t *testing.T) {
	row := func(id, art, entity, day, val string, also ...string) groupRow {
		r := groupRow{ID: id, ArticleID: art, Interval: val, entity: entity, day: day}
		for _, a := range also {
			r.Also = append(r.Also, claimRef{ArticleID: a})
		}
		return r
	}
	rows := []groupRow{
		row("nice1", "a1", "e:police", "2016-07-15", "84"),
		row("nice2", "a2", "e:police", "2016-07-16", "84"),
		row("nice3", "a3", "e:ministry", "2016-07-17", "86", "a2"), // a near-duplicate of a2: the same story
		row("plague", "a4", "e:historians", "2016-03-01", "50000000"),
		row("afgh1", "a5", "e:un", "2016-08-01", "2500"),
		row("afgh2", "a6", "e:un", "2016-12-01", "2600"), // same source, four months later: another story
		row("police-later", "a7", "e:police", "2016-09-30", "3"),
	}
	got := stories(rows)
	var desc []string
	for _, st := range got {
		var ids []string
		for _, r := range st.Rows {
			ids = append(ids, r.ID)
		}
		desc = append(desc, strings.Join(ids, "+"))
	}
	want := "nice1+nice2+nice3 | plague | afgh1 | afgh2 | police-later"
	if strings.Join(desc, " | ") != want {
		t.Fatalf("stories %q, want %q", strings.Join(desc, " | "), want)
	}
	if st := got[0]; st.From != "2016-07-15" || st.To != "2016-07-17" || st.Sources != 2 || st.Articles != 3 ||
		len(st.Values) != 1 || st.Values[0].Value != "84" || st.Values[0].Claims != 2 {
		t.Errorf("first story %+v", st)
	}
	// Figures that share nothing: no stories (the plain table).
	if s := stories(rows[3:5]); s != nil {
		t.Errorf("unrelated figures made stories: %+v", s)
	}
}

// A verdict in place on a group's page returns to the row; a back that is
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
