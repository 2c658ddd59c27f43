package review

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/compare"
)

// bigStore writes n articles of k claims each. Every article tells the
// same story with its own figures (so they are near-duplicates of each
// other, and their claims fall into a few comparison groups), and
// article i's claims count things of kind i%groups, so there are many
// groups.
func bigStore(t *testing.T, n, k, groups int) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "big.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var batch []claims.Result
	for i := 0; i < n; i++ {
		var b strings.Builder
		b.WriteString("Protesters gathered outside the ministry again on Monday while negotiators met behind closed doors in the capital city.\n")
		var specs []spec
		for j := 0; j < k; j++ {
			num := fmt.Sprintf("%d", 3000+i*k+j)
			// each group's figures share a place name, which makes them one story
			fmt.Fprintf(&b, "Police said %s widgets%d were counted in district %d of Riverton%c%c. ", num, i%groups, j, 'A'+i%groups/26, 'a'+i%groups%26)
			specs = append(specs, spec{num: num, low: f(float64(3000 + i*k + j)), high: f(float64(3000 + i*k + j)),
				source: fmt.Sprintf("Police %d", i%3), mention: "Police", cue: "said", subject: fmt.Sprintf("widgets%d", i%groups), event: "killed"})
		}
		batch = append(batch, build(fmt.Sprintf("art-%04d", i), fmt.Sprintf("Article %d", i), "https://example.com/"+fmt.Sprint(i),
			fmt.Sprintf("2024-01-%02d", 1+i%28), b.String(), specs...))
		if len(batch) == 50 {
			if _, err := st.Write(context.Background(), batch); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
	if _, err := st.Write(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	pairAll(t, st)
	return st
}

// TestListPagedAndBounded: the list shows a page of rows, counts up to
// maxCounted ("more than"), links to the next page until maxListed rows.
func TestListPagedAndBounded(t *testing.T) {
	a := newAppOn(t, bigStore(t, 60, 20, 3), Options{})
	_, p, _ := a.get("/")
	if n := rowsOf(p); n != pageSize {
		t.Fatalf("first page: %d rows", n)
	}
	if !strings.Contains(p, "more than 1000 found") || !strings.Contains(p, `rel="next"`) {
		t.Error("a list of 1,200 claims should say more than 1000 and link to the next page")
	}
	seen := map[string]bool{}
	for page := 1; page <= 24; page++ {
		_, p, _ := a.get(fmt.Sprintf("/?page=%d&sort=value&dir=desc", page))
		for _, m := range claimLinkRe.FindAllStringSubmatch(p, -1) {
			if seen[m[1]] {
				t.Fatalf("page %d repeats claim %s", page, m[1])
			}
			seen[m[1]] = true
		}
		if next := strings.Contains(p, `rel="next"`); next != (page < 24) {
			t.Fatalf("page %d: next link %v", page, next)
		}
	}
	if len(seen) != 1200 {
		t.Errorf("paging by value saw %d claims of 1200", len(seen))
	}
	// Paging stops at maxListed rows.
	_, p, _ = a.get(fmt.Sprintf("/?page=%d", maxListed/pageSize+1))
	if rowsOf(p) != 0 {
		t.Errorf("page beyond the bound: %d rows", rowsOf(p))
	}
	// Sorted by value, descending: the largest figure first.
	_, p, _ = a.get("/?sort=value&dir=desc")
	if !strings.Contains(p[:strings.Index(p, "</tbody>")], ">4199</a>") {
		t.Error("value sort does not start with the largest")
	}
	// Sources and articles are typed, not menus of every one.
	if strings.Count(p, "<option") > 40 {
		t.Errorf("%d options in the filter menus", strings.Count(p, "<option"))
	}
	_, p, _ = a.get("/?source=police+1")
	if rowsOf(p) != pageSize || strings.Contains(p, "Police 2") {
		t.Errorf("source filter (case-insensitive): %d rows", rowsOf(p))
	}
}

var claimLinkRe = regexp.MustCompile(`class="claim-link" href="/claim/([^"]+)"`)

// TestComparePaged: stories come a page at a time, each with its first
// figures and a link to a story page that pages through all of them.
func TestComparePaged(t *testing.T) {
	a := newAppOn(t, bigStore(t, 60, 20, 30), Options{})
	_, p, _ := a.get("/compare")
	// 30 groups, each of two articles sharing a name; the two articles of
	// groups 26 and 27 are 26 days apart: two stories, folded with the
	// stories of one article.
	listed := p[:strings.Index(p, `<details class="local">`)]
	if n := strings.Count(listed, `<section class="group"`); n != storiesPerPage {
		t.Fatalf("first compare page: %d stories", n)
	}
	if !strings.Contains(p, `rel="next"`) || !strings.Contains(p, "28 stories") || !strings.Contains(p, "4 more stories of figures from a single article") {
		t.Error("compare page 1 of 2 has no next link or count")
	}
	if len(p) > 300<<10 {
		t.Errorf("compare page is %d KB", len(p)>>10)
	}
	_, p2, _ := a.get("/compare?page=2")
	if n := strings.Count(p2, `<section class="group"`); n != 8 {
		t.Errorf("second compare page: %d stories", n)
	}
	// A story of 40 claims: its page lists 40 figures, 50 a page.
	m := groupLinkRe.FindStringSubmatch(p)
	if m == nil {
		t.Fatal("no story link")
	}
	_, g, _ := a.get(m[1])
	if n := strings.Count(g, `<td class="num">`); n != 40 {
		t.Errorf("story page lists %d figures, want 40", n)
	}
	_, q, _ := a.get("/compare?q=widgets17")
	if n := strings.Count(q, `<section class="group"`); n != 1 {
		t.Errorf("search widgets17: %d stories", n)
	}
	_, q, _ = a.get("/compare?q=rivertonbc")
	if n := strings.Count(q, `<section class="group"`); n != 1 || !strings.Contains(q, "RivertonBc") {
		t.Errorf("search by the story's name: %d stories", n)
	}
}

var groupLinkRe = regexp.MustCompile(`<h2><a href="(/compare\?s=\d+)">`)

// TestDuplicatesPagedAndIncremental: each new article is paired when it is
// stored, at most MaxNeighbours times, and the page lists pairsPerPage
// pairs with a next link.
func TestDuplicatesPagedAndIncremental(t *testing.T) {
	st := bigStore(t, 60, 3, 3)
	var pairs, most int
	st.DB().QueryRow(`SELECT count(*) FROM near_duplicates`).Scan(&pairs)
	st.DB().QueryRow(`SELECT max(n) FROM (SELECT b, count(*) AS n FROM near_duplicates GROUP BY b)`).Scan(&most)
	if pairs < pairsPerPage+1 || most > compare.MaxNeighbours {
		t.Fatalf("%d pairs, an article paired with %d earlier ones", pairs, most)
	}
	a := newAppOn(t, st, Options{})
	_, p, _ := a.get("/duplicates")
	if n := strings.Count(p, "<tr><td>"); n != pairsPerPage {
		t.Errorf("duplicates page: %d pairs", n)
	}
	if !strings.Contains(p, "/duplicates?page=2") {
		t.Error("no next page of pairs")
	}
	// A new copy is stored with its buckets and paired by the next pass,
	// which reads its buckets only.
	r := fixtureCopy(t, st, "art-0001", "art-new")
	if _, err := st.Write(context.Background(), []claims.Result{r}); err != nil {
		t.Fatal(err)
	}
	if n, err := st.PairPending(context.Background(), 100); err != nil || n != 1 {
		t.Fatalf("pass paired %d articles (%v), want the new one", n, err)
	}
	var n int
	st.DB().QueryRow(`SELECT count(*) FROM near_duplicates WHERE b = 'art-new' OR a = 'art-new'`).Scan(&n)
	if n == 0 {
		t.Error("new copy not paired")
	}
}

// fixtureCopy copies a stored article under a new id.
func fixtureCopy(t *testing.T, st *sqlite.Store, from, id string) claims.Result {
	var text string
	if err := st.DB().QueryRow(`SELECT text FROM articles WHERE id = ?`, from).Scan(&text); err != nil {
		t.Fatal(err)
	}
	return build(id, "Copy", "https://example.com/copy", "2024-02-01", text+"\nUpdated.")
}

// TestClaimPageBounded: an article of 400 claims and 300 KB: the claim page
// lists the first claims with a link to the rest and shows a window of the
// text.
func TestClaimPageBounded(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var b strings.Builder
	var specs []spec
	for j := 0; j < 400; j++ {
		num := fmt.Sprintf("%d", 5000+j)
		fmt.Fprintf(&b, "Officials said %s people were counted. ", num)
		specs = append(specs, spec{num: num, low: f(float64(5000 + j)), high: f(float64(5000 + j)), source: "Officials", cue: "said"})
		if j == 200 {
			b.WriteString(strings.Repeat("Filler words go on and on here. ", 9000))
		}
	}
	r := build("long", "Long", "https://example.com/long", "2024-01-01", b.String(), specs...)
	if _, err := st.Write(context.Background(), []claims.Result{r}); err != nil {
		t.Fatal(err)
	}
	a := newAppOn(t, st, Options{})
	code, p, _ := a.get("/claim/" + claimID(t, st, "long", "5300"))
	if code != 200 {
		t.Fatalf("claim page: %d", code)
	}
	if len(p) > 300<<10 {
		t.Errorf("claim page of a 300 KB article is %d KB", len(p)>>10)
	}
	if !strings.Contains(p, "all claims of this article") || !strings.Contains(p, "all claims of this source") {
		t.Error("bounded lists lack their links to the rest")
	}
	if !strings.Contains(p, "The article around the claim") {
		t.Error("text window not announced")
	}
}

// TestListCopiesBadge: a claim made in a near-duplicate article too shows
// "+1"; a claim without copies shows no badge.
func TestListCopiesBadge(t *testing.T) {
	a := newApp(t, Options{})
	_, p, _ := a.get("/")
	if strings.Count(p, `class="badge"`) == 0 || strings.Contains(p, "+-") || strings.Contains(p, ">+0<") {
		t.Errorf("copies badges wrong: %d badges", strings.Count(p, `class="badge"`))
	}
	if !strings.Contains(p, ">+1</span>") {
		t.Error("the shared claim has no +1 badge")
	}
}
