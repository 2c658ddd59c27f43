package review

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"
)

// Each list filter, on the fixture: the claims it keeps.
func TestListFilters(t *testing.T) {
	// no timing asserted: the counts may take as long as they need here
	budget := facetBudget
	facetBudget = time.Minute
	t.Cleanup(func() { facetBudget = budget })
	a := newApp(t, Options{})
	if _, err := a.st.ResolveEntities(context.Background()); err != nil {
		t.Fatal(err)
	}
	numbers := func(q string) []string {
		t.Helper()
		code, page, _ := a.get("/?" + q)
		if code != 200 {
			t.Fatalf("%s: %d", q, code)
		}
		var out []string
		for _, m := range claimLinkRE.FindAllStringSubmatchIndex(page, -1) {
			rest := page[m[1]:]
			out = append(out, rest[strings.Index(rest, ">")+1:strings.Index(rest, "</a>")])
		}
		return out
	}
	has := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	all := numbers("copies=all")
	for _, tc := range []struct {
		q          string
		want, not  []string
		exactCount int
	}{
		{q: "attributed=1&copies=all", want: []string{"103", "99", "more than 1,800"}, not: []string{"four"}},
		{q: "min=100&max=110&copies=all", want: []string{"103", "107"}, not: []string{"99", "42", "more than 1,800"}},
		{q: "min=1,000&copies=all", want: []string{"more than 1,800", "about 2,400"}, not: []string{"107"}},
		{q: "max=70&copies=all", want: []string{"between 60 and 75", "42", "four"}, not: []string{"99"}},
		{q: "from=2024-12-01&copies=all", want: []string{"103", "99", "42"}, not: []string{"four"}},
		{q: "from=2024-12&to=2024-12-05&copies=all", want: []string{"103", "99"}, not: []string{"42", "four"}},
		{q: "to=2024-09&copies=all", want: []string{"four"}, not: []string{"103"}},
		{q: "source=Interior+Ministry", want: []string{"103"}, exactCount: 1},
		{q: "source=interior+ministry", want: []string{"103"}, exactCount: 1},
		{q: "article=d-ngo", want: []string{"99", "About 900"}, not: []string{"103"}},
		{q: "status=unreviewed&attributed=1&min=100", want: []string{"103"}, not: []string{"four", "42"}},
		{q: "q=arrested&from=2024-12-01", want: []string{"about 2,400"}, not: []string{"more than 1,800"}},
		{q: "min=abc&from=yesterday&copies=all", exactCount: len(all)}, // not numbers, not dates: ignored
	} {
		got := numbers(tc.q)
		for _, w := range tc.want {
			if !has(got, w) {
				t.Errorf("%s: %q missing from %v", tc.q, w, got)
			}
		}
		for _, n := range tc.not {
			if has(got, n) {
				t.Errorf("%s: %q kept in %v", tc.q, n, got)
			}
		}
		if tc.exactCount > 0 && len(got) != tc.exactCount {
			t.Errorf("%s: %d claims, want %d", tc.q, len(got), tc.exactCount)
		}
	}
	// Rows show the sentence with the number, source and cue marked, and
	// the search's words.
	_, page, _ := a.get("/?q=prisoners&source=Interior+Ministry")
	for _, w := range []string{`<mark class="hl-q" title="the number">103</mark>`, `<mark class="hl-src" title="the source">Interior Ministry</mark>`,
		`<mark class="hl-cue" title="the cue">announced</mark>`, `<mark class="hl-hit" title="matches the search">prisoners</mark>`} {
		if !strings.Contains(page, w) {
			t.Errorf("row lacks %s", w)
		}
	}
	// The hits are FTS5's own (highlight() over the external-content index).
	srv := a.srv.Config.Handler.(*Server)
	govt := claimID(t, a.st, "c-govt", "103")
	qs, err := srv.claimsByID(context.Background(), []string{govt})
	if err != nil {
		t.Fatal(err)
	}
	if hl, err := srv.ftsHits(context.Background(), qs, []string{govt}, "prisoner"); err != nil || len(hl[govt]) != 1 {
		t.Errorf("FTS5 highlight: %v %v", hl, err)
	} else if m := hl[govt][0]; m.End-m.Start != len("prisoners") {
		t.Errorf("FTS5 hit %+v", m)
	}
	// Every word the last one begins, the others whole, any case.
	if hl, err := srv.ftsHits(context.Background(), qs, []string{govt}, "interior DET"); err != nil || len(hl[govt]) != 2 {
		t.Errorf("FTS5 highlight of a prefix: %v %v", hl, err)
	} else if m := hl[govt][1]; qs[govt].Sentence.Text[m.Start:m.End] != "detention" {
		t.Errorf("FTS5 hit %+v", m)
	}
	// A word a row lacks, or a short last word (whole words only): no hits
	for _, q := range []string{"interior zzz", "interior de"} {
		if hl, err := srv.ftsHits(context.Background(), qs, []string{govt}, q); err != nil || len(hl[govt]) != 0 {
			t.Errorf("FTS5 highlight of %q: %v %v", q, hl, err)
		}
	}
	// Facet counts beside the filters, for the current filter.
	if _, err := a.st.AddReview(context.Background(), claimID(t, a.st, "d-ngo", "99"), "correct", "", "Ann"); err != nil {
		t.Fatal(err)
	}
	_, page, _ = a.get("/?article=d-ngo")
	for _, w := range []string{"not reviewed (2)", "attributed only (3)", `<option value="correct">Extraction correct (1)</option>`,
		`<option value="range">range (1)</option>`, `<option value="about">about (1)</option>`} {
		if !strings.Contains(page, w) {
			t.Errorf("facets of article=d-ngo lack %q", w)
		}
	}
	// The filter survives paging and sorting links.
	_, page, _ = a.get("/?attributed=1&min=5&from=2024&sort=value")
	if !strings.Contains(page, `name="min" value="5"`) || !strings.Contains(page, `name="attributed" value="1" checked`) ||
		!strings.Contains(page, "attributed=1&amp;from=2024&amp;min=5") {
		t.Error("filters not kept in the page's links")
	}
}

func TestSuggest(t *testing.T) {
	a := newApp(t, Options{})
	if _, err := a.st.ResolveEntities(context.Background()); err != nil {
		t.Fatal(err)
	}
	get := func(q string) []suggestion {
		t.Helper()
		code, body, hdr := a.get("/suggest?" + q)
		if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
			t.Fatalf("%s: %d %s", q, code, body)
		}
		var out []suggestion
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if s := get("what=source&q=interior"); len(s) != 1 || s[0].Value != "Interior Ministry" || s[0].N != 1 {
		t.Errorf("source interior: %+v", s)
	}
	if s := get("what=source&q=" + url.QueryEscape("%")); len(s) != 0 {
		t.Errorf("%% is not a wildcard: %+v", s)
	}
	if s := get("what=article&q=ministry"); len(s) != 1 || s[0].Value != "c-govt" || !strings.HasPrefix(s[0].Label, "Ministry:") {
		t.Errorf("article by title: %+v", s)
	}
	if s := get("what=article&q=d-"); len(s) != 1 || s[0].Value != "d-ngo" {
		t.Errorf("article by id: %+v", s)
	}
	if s := get("what=source&q="); len(s) != 0 {
		t.Errorf("empty: %+v", s)
	}
	if code, _, _ := a.get("/suggest?what=everything&q=a"); code != 400 {
		t.Errorf("unknown what: %d", code)
	}
}
