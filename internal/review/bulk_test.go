package review

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

func TestBulkVerdict(t *testing.T) {
	a := newApp(t, Options{})
	_, page, _ := a.get("/?status=unreviewed")
	tok := csrfFrom(t, page)
	if !strings.Contains(page, `form="bulk"`) || !strings.Contains(page, `<option value="not_claim">Not a claim</option>`) {
		t.Fatal("no bulk form on the list")
	}
	one, two := claimID(t, a.st, "c-govt", "103"), claimID(t, a.st, "d-ngo", "99")
	form := func(extra url.Values) url.Values {
		v := url.Values{"id": {one, two, "gone"}, "status": {"correct"}, "rating": {"unverifiable"}, "reviewer": {"Bo"},
			"back": {"/?status=unreviewed&unit=people"}, "csrf": {tok}}
		for k, x := range extra {
			v[k] = x
		}
		return v
	}
	// Refused: no CSRF token, no ids, an unknown verdict, no name, a bad
	// evidence URL; nothing stored.
	for _, tc := range []struct {
		form url.Values
		code int
	}{
		{form(url.Values{"csrf": {""}}), 403},
		{form(url.Values{"id": nil}), 400},
		{form(url.Values{"status": {"verified!"}}), 400},
		{form(url.Values{"rating": {"accurate"}}), 400},
		{form(url.Values{"reviewer": {""}}), 400},
		{form(url.Values{"evidence": {"javascript:x"}}), 400},
	} {
		if code, hdr := a.post("/review/bulk", tc.form); code != tc.code || hdr.Get("Location") != "" {
			t.Errorf("%v: %d %v, want %d", tc.form, code, hdr, tc.code)
		}
	}
	if h, _ := a.st.ReviewHistory(context.Background(), one); len(h) != 0 {
		t.Fatalf("a refused bulk verdict stored %d reviews", len(h))
	}
	code, hdr := a.post("/review/bulk", form(nil))
	if code != 303 || hdr.Get("Location") != "/?status=unreviewed&unit=people&bulk=2&of=3" {
		t.Fatalf("bulk: %d → %q", code, hdr.Get("Location"))
	}
	for _, id := range []string{one, two} {
		if h, _ := a.st.ReviewHistory(context.Background(), id); len(h) != 1 || h[0].Status != "correct" || h[0].Rating != "unverifiable" || h[0].Reviewer != "Bo" {
			t.Errorf("%s: %+v", id, h)
		}
	}
	_, page, _ = a.get("/?status=unreviewed&unit=people&bulk=2&of=3")
	if !strings.Contains(page, "Verdict recorded for 2 of 3 claim(s)") || !strings.Contains(page, `name="back" value="/?status=unreviewed&amp;unit=people"`) {
		t.Error("list does not say what the bulk verdict did, or keeps bulk= in its back link")
	}
	// The way back stays on this site.
	if code, hdr := a.post("/review/bulk", form(url.Values{"back": {"//evil.example/"}})); code != 303 || !strings.HasPrefix(hdr.Get("Location"), "/?bulk=") {
		t.Errorf("back to another site: %d %q", code, hdr.Get("Location"))
	}
}

// Save & next unreviewed opens the next claim not reviewed in the queue
// (article order), skipping reviewed ones, and says the review was saved.
func TestSaveAndNext(t *testing.T) {
	a := newApp(t, Options{})
	ctx := context.Background()
	first := claimID(t, a.st, "c-govt", "103")
	p, err := a.srv.Config.Handler.(*Server).posOf(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	s := a.srv.Config.Handler.(*Server)
	after, _ := s.neighbour(ctx, p, true, false)
	if after == "" {
		t.Fatal("no claim after the first")
	}
	// Review the claim right after: save & next must skip it.
	if _, err := a.st.AddReview(ctx, after, "correct", "", "Ann"); err != nil {
		t.Fatal(err)
	}
	want, _ := s.neighbour(ctx, claimPos{article: p.article, start: p.start}, true, true)
	if want == "" || want == after {
		t.Fatalf("next unreviewed %q (after %q)", want, after)
	}
	_, page, _ := a.get("/claim/" + first)
	code, hdr := a.post("/claim/"+first+"/review", url.Values{"status": {"correct"}, "reviewer": {"Bo"}, "next": {"unreviewed"}, "csrf": {csrfFrom(t, page)}})
	if code != 303 || hdr.Get("Location") != "/claim/"+url.PathEscape(want)+"?saved=1&prev="+url.QueryEscape(first) {
		t.Errorf("save & next: %d → %q, want the claim %s", code, hdr.Get("Location"), want)
	}
	if h, _ := a.st.ReviewHistory(ctx, first); len(h) != 1 {
		t.Error("save & next did not save")
	}
	if _, p, _ := a.get(hdr.Get("Location")); !strings.Contains(p, "Review saved for <a href=\"/claim/"+url.PathEscape(first)+"\">the previous claim</a>") {
		t.Error("the next claim does not say the previous one was saved")
	}
	_, page, _ = a.get("/claim/" + first)
	for _, w := range []string{`id="next-claim"`, `id="save-next"`, `id="keys"`} {
		if !strings.Contains(page, w) {
			t.Errorf("claim page lacks %s", w)
		}
	}
}
