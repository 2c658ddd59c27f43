package compare

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func TestNormEvent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"released", "released"},
		{"were freed", "released"},
		{"have been released", "released"},
		{"release", "released"},
		{"releases", "released"},
		{"set free", "released"},
		{"arrested", "arrested"},
		{"were detained", "arrested"},
		{"jailed", "arrested"},
		{"remain in detention", "remain in detention"},
		{"remain behind bars", "remain in detention"},
		{"remain imprisoned", "remain in detention"},
		{"are still held", "remain in detention"},
		{"deprived of their freedom", "remain in detention"},
		{"enforced disappearances", "disappeared"},
		{"killed", "killed"},
		{"died", "killed"},
		{"took to the streets", "take to the street"},
		{"won", "won"},
		{"", ""},
	} {
		if got := NormEvent(c.in); got != c.want {
			t.Errorf("NormEvent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormSubject(t *testing.T) {
	for _, c := range []struct{ in, class string }{
		{"people", "people"},
		{"individuals", "people"},
		{"citizens", "people"},
		{"detainees", "people"},
		{"political prisoners", "people"},
		{"protest detainees", "people"},
		{"the protesters", "people"},
		{"prisons", "prison"},
		{"vote", "vote"},
		{"deaths", "deaths"},
		{"fatalities", "deaths"},
		{"regional leaders", "leader"},
		{"", ""},
	} {
		if got, _ := NormSubject(c.in); got != c.class {
			t.Errorf("NormSubject(%q) = %q, want %q", c.in, got, c.class)
		}
	}
}

// claim builds a claim on the first occurrence of num in sentence.
func claim(article, sentence, num string, low, high *float64, subject, event, source string) *claims.Quantity {
	i := strings.Index(sentence, num)
	q := &claims.Quantity{ArticleID: article, ID: article + ":" + num, Quantity: claims.Span{Text: num, Start: i, End: i + len(num)},
		Low: low, High: high, Qualifier: claims.Exact, Unit: "count", Kind: claims.KindClaim, Subject: subject, Event: event,
		Sentence: claims.Span{Text: sentence, Start: 0, End: len(sentence)}}
	if source != "" {
		q.Source = &claims.Source{Name: source}
	}
	return q
}

func TestInfer(t *testing.T) {
	for _, c := range []struct{ sentence, num, subject, event string }{
		{"Up to now, we have verified 107 political prisoners released in the country.", "107", "political prisoners", "released"},
		{"Authorities freed 99 detainees on Monday.", "99", "detainees", "freed"},
		{"More than 1,800 individuals were arrested after the vote.", "1,800", "individuals", "arrested"},
		{"About 900 political prisoners remain in detention, groups say.", "900", "political prisoners", "remain in detention"},
		{"The company sold 400 cars.", "400", "", ""},
	} {
		q := claim("a", c.sentence, c.num, claims.F(1), claims.F(1), "", "", "")
		s, e := infer(q)
		if s != c.subject || e != c.event {
			t.Errorf("infer(%q) = %q, %q; want %q, %q", c.sentence, s, e, c.subject, c.event)
		}
	}
}

func TestBuild(t *testing.T) {
	qs := []*claims.Quantity{
		claim("a", "Foro Penal said 107 political prisoners were released.", "107", claims.F(107), claims.F(107), "political prisoners", "released", "Foro Penal"),
		claim("b", "The government freed 103 individuals.", "103", claims.F(103), claims.F(103), "individuals", "freed", "government"),
		claim("c", "Between 60 and 75 people saw their release.", "60 and 75", claims.F(60), claims.F(75), "people", "release", "NGOs"),
		claim("a", "More than 1,800 people were arrested.", "1,800", claims.F(1800), nil, "people", "arrested", "Foro Penal"),
		claim("d", "About 2,400 were detained, officials said.", "2,400", claims.F(2400), claims.F(2400), "people", "detained", "official figures"),
		claim("d", "Four prisons held them.", "Four", claims.F(4), claims.F(4), "prisons", "held", ""),
		claim("e", "52% of the vote.", "52%", claims.F(52), claims.F(52), "vote", "won", ""),
	}
	qs[6].Unit = "percent"
	qs = append(qs,
		claim("f", "At least 28 people were killed.", "28", claims.F(28), nil, "people", "killed", ""),
		claim("g", "The clashes left 30 deaths, officials said.", "30", claims.F(30), claims.F(30), "deaths", "left", "officials"),
		claim("h", "Hospitals counted 31 deaths.", "31", claims.F(31), claims.F(31), "deaths", "", "hospitals"))
	gs := Build(qs, 2)
	if len(gs) != 3 {
		t.Fatalf("%d groups, want 3: %+v", len(gs), gs)
	}
	byKey := map[string]Group{}
	for _, g := range gs {
		byKey[g.Key.String()] = g
	}
	rel, arr, kill := byKey["released · people"], byKey["arrested · people"], byKey["killed · people"]
	if gs[0].Sources < gs[1].Sources || gs[1].Sources < gs[2].Sources {
		t.Errorf("groups not ordered by sources: %d %d %d", gs[0].Sources, gs[1].Sources, gs[2].Sources)
	}
	if len(kill.Members) != 3 || kill.Low != 28 || kill.High != 31 {
		t.Errorf("deaths: %d members %v–%v, want people killed and deaths together", len(kill.Members), kill.Low, kill.High)
	}
	if rel.Key.String() != "released · people" || len(rel.Members) != 3 || rel.Low != 60 || rel.High != 107 || rel.Sources != 3 {
		t.Errorf("releases: %s %d members, %v–%v, %d sources", rel.Key, len(rel.Members), rel.Low, rel.High, rel.Sources)
	}
	if got := rel.Members[0].Q.Quantity.Text; got != "107" {
		t.Errorf("largest release first: got %s", got)
	}
	if arr.Key.String() != "arrested · people" || len(arr.Members) != 2 || arr.Low != 1800 || arr.High != 2400 {
		t.Errorf("arrests: %s %d members, %v–%v", arr.Key, len(arr.Members), arr.Low, arr.High)
	}
}

func corpusDocs(t *testing.T) []Doc {
	t.Helper()
	files, _ := filepath.Glob("../../corpus/*.txt")
	if len(files) < 5 {
		t.Skip("corpus/ not found")
	}
	var docs []Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Doc{ID: filepath.Base(f)[:3], Text: string(b)})
	}
	return docs
}

func TestNearDuplicatesCorpus(t *testing.T) {
	docs := corpusDocs(t)
	pairs := NearDuplicates(docs)
	if len(pairs) != 1 || pairs[0].A != "000" || pairs[0].B != "001" {
		t.Fatalf("near-duplicates: %+v, want the rewritten pair 000/001 only", pairs)
	}
	// Every other pair stays well below the threshold.
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			c := Containment(Shingles(docs[i].Text), Shingles(docs[j].Text))
			dup := docs[i].ID == "000" && docs[j].ID == "001"
			t.Logf("%s/%s containment %.3f", docs[i].ID, docs[j].ID, c)
			if !dup && c > MinContainment/2 || dup && c < MinContainment {
				t.Errorf("%s/%s containment %.3f", docs[i].ID, docs[j].ID, c)
			}
		}
	}
}

func TestNearDuplicateEdits(t *testing.T) {
	docs := corpusDocs(t)
	// A copy with its paragraphs reordered and one dropped is still a duplicate;
	// an empty or tiny text never is.
	paras := strings.Split(docs[2].Text, "\n")
	sort.Sort(sort.Reverse(sort.StringSlice(paras)))
	edited := strings.Join(paras[1:], "\n")
	pairs := NearDuplicates([]Doc{{"x", docs[2].Text}, {"y", edited}, {"z", ""}, {"w", "Short text."}})
	if len(pairs) != 1 || pairs[0].A != "x" || pairs[0].B != "y" {
		t.Fatalf("pairs %+v", pairs)
	}
}

func TestSharedClaims(t *testing.T) {
	a1 := claim("a", "Up to now, we have verified 107 political prisoners released, Romero said.", "107", claims.F(107), claims.F(107), "", "", "")
	a2 := claim("a", "More than 1,800 individuals were arrested in the protests.", "1,800", claims.F(1800), nil, "", "", "")
	b1 := claim("b", "Romero said they have verified 107 political prisoners released so far.", "107", claims.F(107), claims.F(107), "", "", "")
	b2 := claim("b", "Some 107 people were freed from prisons.", "107", claims.F(107), claims.F(107), "", "", "")
	b3 := claim("b", "Over 1,800 people were arrested in the protests.", "1,800", claims.F(1800), nil, "", "", "")
	b2.ID, b3.ID = "b:107b", "b:1800"
	got := SharedClaims([]Pair{{A: "a", B: "b"}}, map[string][]*claims.Quantity{"a": {a1, a2}, "b": {b1, b2, b3}})
	if len(got) != 2 {
		t.Fatalf("%d shared groups, want 2", len(got))
	}
	pairs := map[*claims.Quantity]*claims.Quantity{}
	for _, g := range got {
		if len(g.Claims) != 2 {
			t.Fatalf("group of %d", len(g.Claims))
		}
		pairs[g.Claims[0]] = g.Claims[1]
	}
	if pairs[a1] != b1 || pairs[a2] != b3 {
		t.Errorf("matched 107 → %v, 1,800 → %v; want b1 and b3", pairs[a1], pairs[a2])
	}
}

// TestGoldGroups measures the grouping on the hand-checked claims of the
// sample corpus (../shared/eval/seeds.gold.jsonl): the release figures of
// every source land in one group, the arrest figures in another.
func TestGoldGroups(t *testing.T) {
	f, err := os.Open("../../../shared/eval/seeds.gold.jsonl")
	if err != nil {
		t.Skip("shared eval data not found:", err)
	}
	defer f.Close()
	var qs []*claims.Quantity
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			File   string `json:"file"`
			Claims []struct {
				Quantity, Qualifier, Unit, Subject, Event string
				Low, High                                 *float64
				Start, End                                int
				Source                                    []string
			} `json:"claims"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		for _, c := range rec.Claims {
			q := &claims.Quantity{ArticleID: rec.File, ID: rec.File + c.Quantity, Quantity: claims.Span{Text: c.Quantity, Start: c.Start, End: c.End},
				Low: c.Low, High: c.High, Qualifier: claims.Qualifier(c.Qualifier), Unit: c.Unit, Kind: claims.KindClaim, Subject: c.Subject, Event: c.Event}
			if len(c.Source) > 0 && c.Source[0] != "" {
				q.Source = &claims.Source{Name: c.Source[0]}
			}
			qs = append(qs, q)
		}
	}
	figures := map[string][]string{}
	for _, g := range Build(qs, 2) {
		for _, m := range g.Members {
			figures[g.Key.String()] = append(figures[g.Key.String()], m.Q.Quantity.Text)
		}
	}
	has := func(key string, want ...string) {
		got := strings.Join(figures[key], "|")
		for _, w := range want {
			if !strings.Contains("|"+got+"|", "|"+w+"|") {
				t.Errorf("group %q lacks %q: %s", key, w, got)
			}
		}
	}
	has("released · people", "107", "103", "99", "88", "between 60 and 75")
	has("arrested · people", "more than 1,800", "around 2,400")
	has("remain in detention · people", "about 900", "roughly 900")
	t.Logf("groups: %v", figures)
}

func TestInferNearestAndNoOtherFigure(t *testing.T) {
	for _, c := range []struct{ sentence, num, event string }{
		{"Authorities have released more than 100 individuals detained after the election.", "more than 100", "released"},
		{"The 103 released prisoners are in addition to 225 individuals who were granted measures.", "225", ""},
		{"The 103 released prisoners are in addition to 225 individuals who were granted measures.", "103", "released"},
	} {
		q := claim("a", c.sentence, c.num, claims.F(1), claims.F(1), "", "", "")
		if _, e := infer(q); e != c.event {
			t.Errorf("infer(%q, %q) event = %q, want %q", c.sentence, c.num, e, c.event)
		}
	}
}

func TestSharedClaimsParaphrased(t *testing.T) {
	// A rewrite keeps the figure, the event and the subject but rewords the
	// sentence; a different claim with the same figure stays apart.
	a := claim("a", "The organization stated that more than 1,800 individuals were arrested in connection with the mass protests that erupted after the July election.", "1,800", claims.F(1800), nil, "", "", "")
	b := claim("b", "The group noted that over 1,800 people were arrested during widespread protests that erupted following the announcement.", "1,800", claims.F(1800), nil, "", "", "")
	c := claim("b", "Officials said 1,800 prisoners were released during the protests that erupted after the election.", "1,800", claims.F(1800), nil, "", "", "")
	c.ID = "b:other"
	got := SharedClaims([]Pair{{A: "a", B: "b"}}, map[string][]*claims.Quantity{"a": {a}, "b": {c, b}})
	if len(got) != 1 || len(got[0].Claims) != 2 || got[0].Claims[1] != b {
		t.Fatalf("shared: %+v", got)
	}
}
