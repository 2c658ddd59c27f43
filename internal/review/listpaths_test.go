package review

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestListPathsAgree: the list's pages, however they are found (among the
// claims counted, from the search index, probed in value or date order,
// claims read in article order, a status's claims walked or sorted), are
// the filter's claims in the order the export streams them.
func TestListPathsAgree(t *testing.T) {
	st := bigStore(t, 60, 20, 3) // 1,200 claims
	a := newAppOn(t, st, Options{})
	srv := a.srv.Config.Handler.(*Server)
	ctx := context.Background()
	// 1,050 claims verified: more than the count reads
	rows, err := st.DB().Query(`SELECT id FROM quantities WHERE kind = 'claim' ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) != 1200 {
		t.Fatalf("%d claims", len(ids))
	}
	if _, err := st.AddReviews(ctx, ids[0], ids[1:1050], "verified", "", "Ann"); err != nil {
		t.Fatal(err)
	}
	stream := func(f listFilter) []string {
		var out []string
		f.eachMax = maxListed
		f.each = func(id string) error { out = append(out, id); return nil }
		if _, _, _, err := srv.queryList(ctx, f); err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, q := range []string{"q=police", "q=police&dir=desc", "q=widgets1", "q=police&sort=value&dir=desc", "q=police&sort=date",
		"q=widgets2&sort=value", "status=verified", "status=verified&dir=desc", "status=verified&q=riverton", "status=unreviewed",
		"attributed=1&dir=desc", "source=police+1", "q=police&unit=count", "q=police&status=unreviewed"} {
		for _, walk := range []time.Duration{time.Minute, 0} {
			walkBudget = walk
			v, _ := url.ParseQuery(q)
			f := parseFilter(v)
			want := stream(f)
			var got []string
			r := withListMemo(httptest.NewRequest("GET", "/?"+q, nil))
			for page := 1; ; page++ {
				f.Page = page
				rows, total, more, err := srv.queryList(r.Context(), f)
				if err != nil {
					t.Fatalf("%s page %d: %v", q, page, err)
				}
				if page == 1 && total != min(len(want), maxCounted+1) {
					t.Errorf("%s: total %d, want %d", q, total, min(len(want), maxCounted+1))
				}
				for _, row := range rows {
					got = append(got, row.ID)
				}
				if !more {
					break
				}
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s (walk %v): pages give %d claims, the stream %d (or another order)", q, walk, len(got), len(want))
			}
		}
	}
	walkBudget = 50 * time.Millisecond
	// The facets count among the claims the list counted (one search per
	// request): the same counts with the memo as without.
	for _, q := range []string{"q=police", "q=widgets1&sort=value", "status=verified"} {
		v, _ := url.ParseQuery(q)
		f := parseFilter(v)
		r := withListMemo(httptest.NewRequest("GET", "/?"+q, nil))
		if _, _, _, err := srv.queryList(r.Context(), f); err != nil {
			t.Fatal(err)
		}
		if _, ok := listMemoOf(r.Context()).get(f.values(1).Encode()); !ok {
			t.Errorf("%s: the count is not kept for the facets", q)
		}
		with, without := map[string]any{}, map[string]any{}
		if err := srv.facets(r, f, with); err != nil {
			t.Fatal(err)
		}
		if err := srv.facets(httptest.NewRequest("GET", "/?"+q, nil), f, without); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"FacetUnreviewed", "FacetAttributed", "FacetNote"} {
			if with[k] != without[k] {
				t.Errorf("%s: %s %v with the memo, %v without", q, k, with[k], without[k])
			}
		}
	}
}
