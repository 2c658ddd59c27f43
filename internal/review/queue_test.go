package review

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var (
	nextLinkRe = regexp.MustCompile(`<a href="/claim/([^"?]+)[^"]*" rel="next" id="next-claim">`)
	prevLinkRe = regexp.MustCompile(`<a href="/claim/([^"?]+)[^"]*" rel="prev" id="prev-claim">`)
)

// TestNextPrevInArticleOrder: on a claim opened from a list, j/k (the next
// and previous claim links) walk that list's claims in article order — the
// next claim of the same article, then the next article in the list's
// order — and keep the list; opened otherwise they walk every claim.
func TestNextPrevInArticleOrder(t *testing.T) {
	a := newApp(t, Options{})
	for _, filter := range []string{"attributed=1", "attributed=1&sort=date&dir=desc", "unit=count&sort=date", "q=released"} {
		_, list, _ := a.get("/?" + filter)
		var want []string
		for _, m := range claimLinkRe.FindAllStringSubmatch(list, -1) {
			want = append(want, m[1][:strings.IndexAny(m[1]+"?", "?")])
		}
		if len(want) < 3 {
			t.Fatalf("%s: %d claims", filter, len(want))
		}
		in := "?in=" + url.QueryEscape(filter)
		walk := func(re *regexp.Regexp, from string) []string {
			got := []string{from}
			for id := from; len(got) <= len(want); {
				_, p, _ := a.get("/claim/" + id + in)
				m := re.FindStringSubmatch(p)
				if m == nil {
					break
				}
				if !strings.Contains(m[0], "?in=") {
					t.Errorf("%s: the link leaves the list: %s", filter, m[0])
				}
				id = m[1]
				got = append(got, id)
			}
			return got
		}
		if got := walk(nextLinkRe, want[0]); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: j walks\n %v\nthe list is\n %v", filter, got, want)
		}
		back := walk(prevLinkRe, want[len(want)-1])
		for i, j := 0, len(back)-1; i < j; i, j = i+1, j-1 {
			back[i], back[j] = back[j], back[i]
		}
		if fmt.Sprint(back) != fmt.Sprint(want) {
			t.Errorf("%s: k walks back\n %v\nthe list is\n %v", filter, back, want)
		}
	}
	// Sorted by value, the list jumps between articles; j keeps to article
	// order: the next claim of the same article.
	id := claimID(t, a.st, "a-story", "107")
	_, p, _ := a.get("/claim/" + id + "?in=" + url.QueryEscape("sort=value"))
	if m := nextLinkRe.FindStringSubmatch(p); m == nil || m[1] != claimID(t, a.st, "a-story", "four") {
		t.Errorf("sorted by value, j after 107 goes to %v", m)
	}
}
