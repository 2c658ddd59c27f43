package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// storyArticle is an article of the stories fixture: one figure of "killed
// · people" (unless event is set), its number as written and its value.
type storyArticle struct {
	id, title, published, text string
	num                        string
	value                      float64
	event, subject             string
	timeFrom, timeTo           string
	source                     string
}

func (a storyArticle) result(t *testing.T) claims.Result {
	art := claims.Article{ID: a.id, Title: a.title, Published: a.published, Text: a.text}
	art.Hash = claims.ContentHash(&art)
	q := claimAt(t, a.text, a.num, a.value)
	q.ArticleID, q.ID = a.id, claims.QuantityID(art.Hash, q.Quantity.Start, q.Quantity.End)
	q.Event, q.Subject = "killed", "people"
	if a.event != "" {
		q.Event, q.Subject = a.event, a.subject
	}
	if a.timeFrom != "" {
		q.Time = &claims.TimeRef{Span: claims.Span{Text: "in July"}, From: a.timeFrom, To: a.timeTo}
	}
	if a.source != "" {
		i := strings.Index(a.text, a.source)
		if i < 0 {
			t.Fatalf("source %q not in %s", a.source, a.id)
		}
		q.Source = &claims.Source{Name: a.source, Mention: a.source, Start: i, End: i + len(a.source), Kind: claims.SourceOrganization}
	}
	return claims.Result{Article: art, Quantities: []claims.Quantity{q}}
}

// storiesOf runs the stories pass to the end and returns each story of
// "killed · people" as its articles' ids joined by "+", sorted.
func storiesOf(t *testing.T, st *Store) []string {
	t.Helper()
	for {
		n, err := st.StoriesPending(context.Background(), 3) // small batches: stories grow across passes
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	// Counts kept as figures come equal a recount.
	var wrong int
	if err := st.DB().QueryRow(`SELECT count(*) FROM stories s JOIN (SELECT sid, count(*) AS n, count(DISTINCT article_id) AS a,
		count(DISTINCT nullif(source, '')) AS src, min(nullif(day_from, -1000000)) AS f, max(nullif(day_to, -1000000)) AS t, min(value) AS lo, max(value) AS hi
		FROM story_claims GROUP BY sid) x ON x.sid = s.sid
		WHERE s.claims != x.n OR s.articles != x.a OR s.sources != x.src OR s.day_from IS NOT x.f OR s.day_to IS NOT x.t OR s.low != x.lo OR s.high != x.hi`).Scan(&wrong); err != nil || wrong > 0 {
		t.Errorf("%d stories whose counts differ from a recount (%v)", wrong, err)
	}
	out := strs(t, st, `SELECT group_concat(article_id, '+') FROM (SELECT sc.sid, sc.article_id FROM story_claims sc
		JOIN stories s ON s.sid = sc.sid JOIN cmp_groups g ON g.gid = s.gid WHERE g.event = 'killed' ORDER BY sc.sid, sc.article_id) GROUP BY sid`)
	sort.Strings(out)
	return out
}

// TestStories: figures of one event · subject ("killed · people") split
// into stories by shared names, sources, articles and time; the same story
// told in other words joined.
func TestStories(t *testing.T) {
	nice := []storyArticle{
		{id: "nice1", title: "Truck attack in Nice", published: "2016-07-15", num: "84", value: 84,
			text: "A truck drove into a crowd in Nice on Thursday night and killed 84 people, French officials said."},
		{id: "nice2", title: "Bastille Day horror", published: "2016-07-16", num: "84", value: 84,
			text: "Interior Minister Bernard Cazeneuve said that 84 people died when the lorry hit the Promenade des Anglais in Nice."},
		{id: "nice3", title: "Death toll rises", published: "2016-07-19", num: "86", value: 86,
			text: "Prosecutors now say Mohamed Lahouaiej-Bouhlel killed 86 people on the Promenade des Anglais."},
		// shares "Promenade des Anglais" with nice2, not "Nice" with nice1: chained
	}
	afghanistan := []storyArticle{
		{id: "afg1", title: "Civilian deaths in Afghanistan", published: "2016-07-20", num: "More than 2,500", value: 2500, source: "United Nations",
			text: "More than 2,500 Afghan civilians have been killed in the fighting so far this year, according to the United Nations."},
		{id: "afg2", title: "Kabul bombing", published: "2016-07-24", num: "2,600", value: 2600,
			text: "The United Nations mission in Afghanistan counted 2,600 dead among civilians."},
	}
	plague := storyArticle{id: "plague", title: "Plague in China", published: "2016-07-18", num: "50 million", value: 5e7,
		text: "The Black Death killed 50 million people across Europe in the fourteenth century.", timeFrom: "1346-01-01", timeTo: "1353-12-31"}
	orlando := []storyArticle{
		{id: "orl1", title: "Shooting at Pulse nightclub", published: "2016-06-13", num: "49", value: 49,
			text: "A gunman killed 49 people at the Pulse nightclub in Orlando early on Sunday."},
		// five months later, about the same days (its time): the same story
		{id: "orl2", title: "Orlando remembers", published: "2016-11-30", num: "49", value: 49, timeFrom: "2016-06-12", timeTo: "2016-06-12",
			text: "In June, 49 people were killed at Pulse, a gay Orlando nightclub."},
		// five months later, about its own days: another story
		{id: "orl3", title: "Orlando marathon", published: "2016-11-30", num: "Three", value: 3,
			text: "Three people were killed in a crash near Orlando on Tuesday."},
	}
	// A period ("so far this year") reaches a figure months after its start.
	period := []storyArticle{
		{id: "pol1", title: "Police shootings", published: "2016-03-10", num: "12", value: 12, timeFrom: "2016-01-01", timeTo: "2016-12-31",
			text: "Police in Charlotte have killed 12 people so far this year."},
		{id: "pol2", title: "Charlotte protests", published: "2016-09-25", num: "15", value: 15,
			text: "Officers in Charlotte killed 15 people this year, the council heard."},
	}
	var arts []storyArticle
	arts = append(arts, period...)
	arts = append(arts, nice...)
	arts = append(arts, afghanistan...)
	arts = append(arts, plague)
	arts = append(arts, orlando...)
	st, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, a := range arts {
		write(t, st, a.result(t))
	}
	got := storiesOf(t, st)
	want := []string{"afg1+afg2", "nice1+nice2+nice3", "orl1+orl2", "orl3", "plague", "pol1+pol2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stories\n got %v\nwant %v", got, want)
	}
	// The Nice story: its counts, days and names.
	var n, articles int
	var from, to int
	var names string
	if err := st.DB().QueryRow(`SELECT s.claims, s.articles, s.day_from, s.day_to, s.names FROM stories s JOIN story_claims sc ON sc.sid = s.sid
		WHERE sc.article_id = 'nice1'`).Scan(&n, &articles, &from, &to, &names); err != nil {
		t.Fatal(err)
	}
	if n != 3 || articles != 3 || to-from != 4 || !strings.HasPrefix(names, "Promenade des Anglais\t2\n") || !strings.Contains(names, "\nNice\t2\n") {
		t.Errorf("Nice story: %d claims, %d articles, days %d–%d, names %q", n, articles, from, to, names)
	}
	var shown int
	st.DB().QueryRow(`SELECT s.shown FROM stories s JOIN story_claims sc ON sc.sid = s.sid WHERE sc.article_id = 'plague'`).Scan(&shown)
	if shown != 0 {
		t.Errorf("a lone figure is shown %d", shown)
	}
	// Searchable by name.
	var sid int64
	if err := st.DB().QueryRow(`SELECT rowid FROM stories_fts WHERE stories_fts MATCH 'cazeneuve'`).Scan(&sid); err != nil {
		t.Errorf("no story found by a name: %v", err)
	}
}

// TestStoriesCommonNames: a name found in many articles (here "Trump", in
// every one) links no stories; a rarer one does.
func TestStoriesCommonNames(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var rs []claims.Result
	for i := 0; i < 30; i++ {
		rs = append(rs, storyArticle{id: fmt.Sprintf("poll%02d", i), title: "A poll", published: "2016-03-01", num: "45 percent", value: 45,
			event: "support", subject: "voters", text: fmt.Sprintf("Donald Trump has the support of 45 percent of voters in poll number %d.", i)}.result(t))
	}
	rs = append(rs,
		storyArticle{id: "k1", title: "Attack", published: "2016-03-02", num: "12", value: 12,
			text: "Donald Trump said the attack in Brussels killed 12 people."}.result(t),
		storyArticle{id: "k2", title: "Crash", published: "2016-03-03", num: "7", value: 7,
			text: "Donald Trump said a crash in Texas killed 7 people."}.result(t),
		storyArticle{id: "k3", title: "Brussels", published: "2016-03-04", num: "14", value: 14,
			text: "The toll of the Brussels attack rose: 14 people were killed."}.result(t))
	write(t, st, rs...)
	got := storiesOf(t, st)
	want := []string{"k1+k3", "k2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stories %v, want %v", got, want)
	}
}

// TestStoriesReplaced: a re-run that changes an article takes its claims
// out of their stories, which are recounted, and places the new ones.
func TestStoriesReplaced(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := storyArticle{id: "x1", title: "Flood in Dhaka", published: "2020-01-01", num: "30", value: 30,
		text: "The flood in Dhaka killed 30 people."}
	b := storyArticle{id: "x2", title: "Dhaka floods", published: "2020-01-02", num: "32", value: 32,
		text: "Officials in Dhaka said the flood killed 32 people."}
	write(t, st, a.result(t), b.result(t))
	if got := storiesOf(t, st); fmt.Sprint(got) != "[x1+x2]" {
		t.Fatalf("stories %v", got)
	}
	b.text, b.num, b.value = "Officials in Dhaka said the flood killed 35 people.", "35", 35
	write(t, st, b.result(t))
	if got := storiesOf(t, st); fmt.Sprint(got) != "[x1+x2]" {
		t.Fatalf("after the re-run: stories %v", got)
	}
	var n int
	var high float64
	st.DB().QueryRow(`SELECT claims, high FROM stories WHERE claims > 0`).Scan(&n, &high)
	if n != 2 || high != 35 {
		t.Errorf("recounted story: %d claims, high %v", n, high)
	}
}

// TestStoryMerges: a story merged into another leads there
// (StoryMergedInto), and so does one merged into it before.
func TestStoryMerges(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	db := st.DB()
	if _, err := db.Exec(`INSERT INTO cmp_groups(event, subject, unit) VALUES ('killed', 'people', 'count')`); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := db.Exec(`INSERT INTO stories(gid) SELECT gid FROM cmp_groups`); err != nil {
			t.Fatal(err)
		}
	}
	merge := func(keep, other int64) {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		p := &storyPass{txStmts: newTxStmts(ctx, tx), sizes: map[int64]int{},
			names: map[int64]map[string]*storyNameCount{}, touched: map[int64]bool{}, recount: map[int64]bool{}}
		if err := p.merge(keep, other); err != nil {
			t.Fatal(err)
		}
		for _, s := range p.stmts {
			s.Close()
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	merge(2, 3)
	merge(1, 2)
	for _, c := range []struct {
		sid, into int64
		ok        bool
	}{{3, 1, true}, {2, 1, true}, {1, 0, false}, {9, 0, false}} {
		into, ok, err := st.StoryMergedInto(ctx, c.sid)
		if err != nil || into != c.into || ok != c.ok {
			t.Errorf("story %d: merged into %d %v (%v), want %d %v", c.sid, into, ok, err, c.into, c.ok)
		}
	}
}
