package review

import (
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
