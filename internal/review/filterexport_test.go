package review

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

var claimLinkRE = regexp.MustCompile(`class="claim-link" href="/claim/([^"?]+)[^"]*"`)

// The export of the list's filter holds exactly the claims the list shows
// for it (all pages), in CSV and JSONL, for each filter.
func TestExportFilter(t *testing.T) {
	a := newApp(t, Options{})
	ctx := context.Background()
	reviewed := claimID(t, a.st, "c-govt", "103")
	if _, err := a.st.AddVerdict(ctx, reviewed, nil, sqlite.Verdict{Status: "correct", Rating: "false", EvidenceURL: "https://e.example/1", Reviewer: "Ann"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"", "source=Interior+Ministry", "status=correct", "status=unreviewed", "q=arrested", "q=released&sort=value&dir=desc",
		"unit=people", "article=d-ngo", "copies=all", "sort=date", "qualifier=about"} {
		_, page, _ := a.get("/?" + q)
		var want []string
		for _, m := range claimLinkRE.FindAllStringSubmatch(page, -1) {
			want = append(want, m[1])
		}
		code, body, hdr := a.get("/export/claims.csv?" + q)
		if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/csv") || !strings.Contains(hdr.Get("Content-Disposition"), "claims.csv") {
			t.Fatalf("%s: csv %d %v", q, code, hdr)
		}
		recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || len(recs) == 0 {
			t.Fatalf("%s: %v, %d records: %q", q, err, len(recs), body)
		}
		var got []string
		for _, r := range recs[1:] {
			got = append(got, r[1])
			if r[1] == reviewed && (r[len(r)-3] != "correct" || r[len(r)-2] != "false" || r[len(r)-1] != "https://e.example/1") {
				t.Errorf("%s: the reviewed claim's row %v", q, r)
			}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: csv has %v, the list %v", q, got, want)
		}
		code, body, _ = a.get("/export/claims.jsonl?" + q)
		if code != 200 {
			t.Fatalf("%s: jsonl %d", q, code)
		}
		got = got[:0]
		for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
			if line == "" {
				continue
			}
			var c struct {
				ID      string `json:"id"`
				Article struct {
					Title string `json:"title"`
				} `json:"article"`
				Review *struct {
					Rating string `json:"rating"`
				} `json:"review"`
			}
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Fatalf("%s: %v in %s", q, err, line)
			}
			if c.Article.Title == "" {
				t.Errorf("%s: no article title: %s", q, line)
			}
			if c.ID == reviewed && (c.Review == nil || c.Review.Rating != "false") {
				t.Errorf("%s: review missing: %s", q, line)
			}
			got = append(got, c.ID)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: jsonl has %v, the list %v", q, got, want)
		}
	}
	// The list links to the export of its own filter, without the page.
	_, page, _ := a.get("/?unit=people&status=unreviewed&page=1")
	if !strings.Contains(page, `href="/export/claims.csv?status=unreviewed&amp;unit=people"`) {
		t.Error("list lacks the export link of its filter")
	}
	// Formula cells are defused (an article title starting with "=").
	_, body, _ := a.get("/export/claims.csv")
	recs, _ := csv.NewReader(strings.NewReader(body)).ReadAll()
	ids := map[string]bool{}
	for _, r := range recs[1:] {
		ids[r[1]] = true
		for _, c := range r {
			if len(c) > 0 && (c[0] == '=' || c[0] == '@') {
				t.Errorf("formula cell exported: %q", c)
			}
		}
	}
	var all []string
	for id := range ids {
		all = append(all, id)
	}
	sort.Strings(all)
	if len(all) == 0 {
		t.Fatal("empty export")
	}
}
