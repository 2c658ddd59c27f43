package review

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

type app struct {
	t   *testing.T
	st  *sqlite.Store
	srv *httptest.Server
	c   *http.Client
}

func newApp(t *testing.T, opt Options) *app {
	t.Helper()
	st := newStore(t)
	return newAppOn(t, st, opt)
}

func newAppOn(t *testing.T, st *sqlite.Store, opt Options) *app {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil)
	opt.Addr = srv.Listener.Addr().String()
	h, err := New(st, opt)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = h
	srv.Start()
	t.Cleanup(srv.Close)
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &app{t: t, st: st, srv: srv, c: c}
}

func (a *app) get(path string) (int, string, http.Header) {
	a.t.Helper()
	resp, err := a.c.Get(a.srv.URL + path)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (a *app) post(path string, form url.Values) (int, http.Header) {
	a.t.Helper()
	resp, err := a.c.PostForm(a.srv.URL+path, form)
	if err != nil {
		a.t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

func csrfFrom(t *testing.T, page string) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSRF token in the page")
	}
	return m[1]
}

// claimID finds the stored claim with this quantity text in an article.
func claimID(t *testing.T, st *sqlite.Store, article, quantity string) string {
	t.Helper()
	var id string
	if err := st.DB().QueryRow(`SELECT id FROM quantities WHERE article_id = ? AND text = ? AND kind = 'claim'`, article, quantity).Scan(&id); err != nil {
		t.Fatalf("claim %s/%s: %v", article, quantity, err)
	}
	return id
}

func rowsOf(page string) int { return strings.Count(page, `class="claim-link"`) }

func TestListFiltersSortAndSearch(t *testing.T) {
	a := newApp(t, Options{})
	code, page, hdr := a.get("/")
	if code != 200 {
		t.Fatalf("GET /: %d", code)
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	// 14 claims; the three the near-duplicate story repeats are shown once
	// (its "four prisons" is extracted with another event, so it stays apart).
	if n := rowsOf(page); n != 11 {
		t.Errorf("list shows %d claims, want 11 (14 less 3 copies)", n)
	}
	if _, p, _ := a.get("/?copies=all"); rowsOf(p) != 14 {
		t.Errorf("copies=all shows %d claims, want 14", rowsOf(p))
	}
	for _, c := range []struct {
		query string
		want  int
		has   string
	}{
		{"source=Interior+Ministry", 1, ">103<"},
		{"article=d-ngo", 3, "between 60 and 75"},
		{"qualifier=range", 1, "[60, 75]"},
		{"qualifier=more_than&copies=all", 4, "(1,800, ∞)"},
		{"q=ministry", 4, "about 2,400"},             // FTS over sentences
		{"q=releas", 6, "between 60 and 75"},         // prefix search on the last word
		{"q=%22%29%28+zzz+OR", 0, "No claims match"}, // FTS syntax is quoted away
		{"status=unreviewed", 11, ""},
		{"status=verified", 0, ""},
		{"unit=count", 11, ""},
	} {
		code, p, _ := a.get("/?" + c.query)
		if code != 200 {
			t.Errorf("%s: status %d", c.query, code)
			continue
		}
		if n := rowsOf(p); n != c.want {
			t.Errorf("%s: %d rows, want %d", c.query, n, c.want)
		}
		if c.has != "" && !strings.Contains(p, c.has) {
			t.Errorf("%s: page lacks %q", c.query, c.has)
		}
	}
	// Sorting by value, descending: the largest figure first.
	_, p, _ := a.get("/?sort=value&dir=desc")
	first := regexp.MustCompile(`class="claim-link"[^>]*>([^<]+)<`).FindStringSubmatch(p)
	if first == nil || first[1] != "about 2,400" {
		t.Errorf("sort=value desc: first row %v, want about 2,400", first)
	}
	_, p, _ = a.get("/?sort=date&dir=desc")
	if first := regexp.MustCompile(`class="claim-link"[^>]*>([^<]+)<`).FindStringSubmatch(p); first == nil || first[1] != "42" {
		t.Errorf("sort=date desc: first row %v, want the newest article's 42", first)
	}
}

func TestPagination(t *testing.T) {
	st := newStore(t)
	// 120 more claims in one article.
	var b strings.Builder
	var specs []spec
	for i := 0; i < 120; i++ {
		num := 1000 + i
		s := "Officials said " + itoa(num) + " people were counted.\n"
		b.WriteString(s)
		specs = append(specs, spec{num: itoa(num), low: f(float64(num)), high: f(float64(num))})
	}
	if _, err := st.Write(context.Background(), []claims.Result{build("z-many", "Many", "", "2023-01-01", b.String(), specs...)}); err != nil {
		t.Fatal(err)
	}
	a := newAppOn(t, st, Options{})
	_, p1, _ := a.get("/?article=z-many")
	_, p3, _ := a.get("/?article=z-many&page=3")
	if rowsOf(p1) != pageSize || rowsOf(p3) != 120-2*pageSize {
		t.Fatalf("pages: %d and %d rows", rowsOf(p1), rowsOf(p3))
	}
	if !strings.Contains(p1, `rel="next"`) || strings.Contains(p3, `rel="next"`) || !strings.Contains(p3, "page 3 of 3") {
		t.Errorf("pager links wrong: %s", p3[strings.Index(p3, `class="pager"`):])
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestClaimPage(t *testing.T) {
	a := newApp(t, Options{})
	id := claimID(t, a.st, "a-story", "more than 1,800")
	code, p, _ := a.get("/claim/" + id)
	if code != 200 {
		t.Fatalf("claim page: %d", code)
	}
	for _, want := range []string{
		`<mark class="hl-q" title="the quantity">more than 1,800</mark>`,               // the quantity
		`<mark class="hl-src" title="source: Rights Watchers">The organization</mark>`, // the source mention
		`<mark class="hl-cue" title="cue">stated</mark>`,                               // the cue
		`Country frees more than 100 detainees`,                                        // title
		`2024-09-01`,                                                                   // date
		`href="https://news.example/a"`,                                                // url
		`(1,800, ∞)`,                                                                   // interval
		`arrested · individuals`,                                                       // what it counts
		`id="story-link"`,                                                              // its story
		`Near-duplicate of`,                                                            // the rewrite
	} {
		if !strings.Contains(p, want) {
			t.Errorf("claim page lacks %q", want)
		}
	}
	// The paragraph around it, not the whole article, in the blockquote.
	quote := p[strings.Index(p, `id="paragraph"`):]
	quote = quote[:strings.Index(quote, "</blockquote>")]
	if !strings.Contains(quote, "mass protests") || strings.Contains(quote, "four separate prisons") {
		t.Errorf("paragraph: %s", quote)
	}
	// Every other claim of the same source, across articles.
	other := claimID(t, a.st, "a-story", "more than 100")
	otherB := claimID(t, a.st, "b-story", "over 1,800")
	if !strings.Contains(p, "/claim/"+other) || !strings.Contains(p, "/claim/"+otherB) {
		t.Error("other claims of Rights Watchers missing")
	}
	if code, _, _ := a.get("/claim/nope"); code != 404 {
		t.Errorf("unknown claim: %d", code)
	}
}

func TestReviewFlow(t *testing.T) {
	a := newApp(t, Options{})
	id := claimID(t, a.st, "c-govt", "103")
	_, page, _ := a.get("/claim/" + id)
	tok := csrfFrom(t, page)

	// Without the token, or with a wrong one, nothing is stored.
	if code, _ := a.post("/claim/"+id+"/review", url.Values{"status": {"verified"}, "reviewer": {"ann"}}); code != 403 {
		t.Errorf("POST without CSRF: %d", code)
	}
	if code, _ := a.post("/claim/"+id+"/review", url.Values{"status": {"verified"}, "reviewer": {"ann"}, "csrf": {strings.Repeat("0", 64)}}); code != 403 {
		t.Errorf("POST with a forged CSRF token: %d", code)
	}
	if h, _ := a.st.ReviewHistory(context.Background(), id); len(h) != 0 {
		t.Fatal("review stored without CSRF token")
	}
	code, hdr := a.post("/claim/"+id+"/review", url.Values{"status": {"verified"}, "note": {"matches the ministry's statement <b>"}, "reviewer": {"Ann Lee"}, "csrf": {tok}})
	if code != 303 || !strings.HasSuffix(hdr.Get("Location"), "?saved=1") {
		t.Fatalf("POST review: %d %s", code, hdr.Get("Location"))
	}
	a.post("/claim/"+id+"/review", url.Values{"status": {"correct"}, "rating": {"false"}, "evidence": {"https://court.example/ruling"}, "note": {"second look"}, "reviewer": {"Bo"}, "csrf": {tok}})
	_, page, _ = a.get("/claim/" + id)
	if _, saved, _ := a.get("/claim/" + id + "?saved=1"); !strings.Contains(saved, "Review saved") {
		t.Error("no confirmation after saving")
	}
	for _, want := range []string{"matches the ministry&#39;s statement &lt;b&gt;", "Ann Lee", `value="Bo"`, `<span class="status st-correct">Extraction correct</span>`,
		`<span class="rating rt-false">False</span>`, `href="https://court.example/ruling"`, `value="false" checked`} {
		if !strings.Contains(page, want) {
			t.Errorf("claim page lacks %q", want)
		}
	}
	if _, p, _ := a.get("/?status=correct"); rowsOf(p) != 1 {
		t.Errorf("status=correct: %d rows", rowsOf(p))
	}
	// Bad input is refused with a message, not stored.
	for _, tc := range []struct {
		form url.Values
		want string
	}{
		{url.Values{"status": {"bogus"}, "reviewer": {"Bo"}, "note": {"kept <i>"}}, "answer the extraction question"},
		{url.Values{"status": {"correct"}, "rating": {"accurate"}, "reviewer": {"Bo"}, "note": {"kept <i>"}}, "choose one of the claim verdicts"},
		{url.Values{"status": {"correct"}, "rating": {"false"}, "evidence": {"javascript:alert(1)"}, "reviewer": {"Bo"}, "note": {"kept <i>"}}, "must be an http"},
		{url.Values{"status": {"correct"}, "reviewer": {" "}, "note": {"kept <i>"}}, "enter your name"},
		{url.Values{"status": {"correct"}, "reviewer": {strings.Repeat("x", 201)}, "note": {"kept <i>"}}, "the note may hold"},
	} {
		tc.form.Set("csrf", tok)
		resp, err := a.c.PostForm(a.srv.URL+"/claim/"+id+"/review", tc.form)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 400 || !strings.Contains(string(b), tc.want) || !strings.Contains(string(b), "kept &lt;i&gt;</textarea>") ||
			strings.Contains(string(b), "Review saved") {
			t.Errorf("bad review %v: %d, page lacks %q or the note", tc.form, resp.StatusCode, tc.want)
		}
	}
	// ?error= shows a message of the fixed set, never the URL's text.
	if _, p, _ := a.get("/claim/" + id + "?error=" + url.QueryEscape("Call 555-0100 to verify")); strings.Contains(p, "555-0100") ||
		!strings.Contains(p, "The review was not saved.") {
		t.Error("?error= text from the URL shown")
	}
	if h, _ := a.st.ReviewHistory(context.Background(), id); len(h) != 2 {
		t.Errorf("%d reviews stored, want 2", len(h))
	}
	if code, _ := a.post("/claim/nope/review", url.Values{"status": {"verified"}, "reviewer": {"Bo"}, "csrf": {tok}}); code != 404 {
		t.Errorf("review of unknown claim: %d", code)
	}
	// Reviewing a claim shared by near-duplicates records it for its copies.
	shared := claimID(t, a.st, "a-story", "107")
	copyID := claimID(t, a.st, "b-story", "107")
	_, page, _ = a.get("/claim/" + shared)
	if !strings.Contains(page, `name="copies" value="1" checked`) {
		t.Fatal("no copies checkbox on a shared claim")
	}
	code, hdr = a.post("/claim/"+shared+"/review", url.Values{"status": {"correct"}, "rating": {"true"}, "reviewer": {"Bo"}, "copies": {"1"}, "csrf": {tok}})
	if h, _ := a.st.ReviewHistory(context.Background(), copyID); len(h) != 1 || h[0].Status != "correct" || h[0].Rating != "true" {
		t.Errorf("copy not reviewed: %+v", h)
	}
	if _, p, _ := a.get(hdr.Get("Location")); code != 303 || !strings.Contains(p, "Review saved, and for 1 of 1 near-duplicate copies.") {
		t.Errorf("copies not confirmed: %d %s", code, hdr.Get("Location"))
	}
	// The app never wrote to the extraction tables.
	var n int
	a.st.DB().QueryRow(`SELECT count(*) FROM claims`).Scan(&n)
	if n != 14 {
		t.Errorf("claims table has %d rows", n)
	}
}

func TestReviewSurvivesRerun(t *testing.T) {
	a := newApp(t, Options{})
	id := claimID(t, a.st, "d-ngo", "99")
	_, page, _ := a.get("/claim/" + id)
	a.post("/claim/"+id+"/review", url.Values{"status": {"correct"}, "note": {"checked"}, "reviewer": {"Ann"}, "csrf": {csrfFrom(t, page)}})
	// The article is updated (a correction added at the top): every claim
	// gets a new id when it is re-extracted.
	oldAbout := claimID(t, a.st, "d-ngo", "About 900")
	r := fixture()[3]
	text := "Correction: an earlier version misspelled a name.\n" + r.Article.Text
	up := build("d-ngo", r.Article.Title, r.Article.URL, r.Article.Published, text,
		spec{num: "between 60 and 75", low: f(60), high: f(75), qualifier: claims.Range},
		spec{num: "99", low: f(99), high: f(99), source: "the ministry", mention: "the Interior Ministry", cue: "said"},
		spec{num: "About 900", low: f(900), high: f(900), qualifier: claims.About})
	if _, err := a.st.Write(context.Background(), []claims.Result{up}); err != nil {
		t.Fatal(err)
	}
	now := claimID(t, a.st, "d-ngo", "99")
	if now == id {
		t.Fatal("claim id unchanged; the test does not test re-attachment")
	}
	// The review moved with its claim when the article was written (no
	// waiting for serve), and the store counts the change.
	if h, _ := a.st.ReviewHistory(context.Background(), now); len(h) != 1 || h[0].OriginalClaimID != id {
		t.Fatalf("review did not move with the write: %+v", h)
	}
	if arts, revs := a.st.Changed(); arts != 1 || revs != 1 {
		t.Errorf("Changed() = %d articles, %d reviews; want 1, 1", arts, revs)
	}
	code, page, _ := a.get("/claim/" + now)
	if code != 200 || !strings.Contains(page, `<span class="status st-correct">Extraction correct</span>`) || !strings.Contains(page, "checked") {
		t.Errorf("review did not follow the re-extracted claim (%d)", code)
	}
	// The old claim URL redirects to its successor, the query kept; an
	// unreviewed claim's too.
	if code, _, hdr := a.get("/claim/" + id + "?saved=1"); code != 301 || hdr.Get("Location") != "/claim/"+url.PathEscape(now)+"?saved=1" {
		t.Errorf("old claim URL: %d → %q", code, hdr.Get("Location"))
	}
	if code, _, hdr := a.get("/claim/" + oldAbout); code != 301 || hdr.Get("Location") != "/claim/"+url.PathEscape(claimID(t, a.st, "d-ngo", "About 900")) {
		t.Errorf("old URL of an unreviewed claim: %d → %q", code, hdr.Get("Location"))
	}
	if code, _, _ := a.get("/claim/never-was"); code != 404 {
		t.Errorf("unknown claim: %d", code)
	}
	if _, p, _ := a.get("/?status=correct"); rowsOf(p) != 1 {
		t.Errorf("status=correct after re-run: %d rows", rowsOf(p))
	}
}

func TestEscaping(t *testing.T) {
	a := newApp(t, Options{})
	id := claimID(t, a.st, "e-xss", "42")
	pages := []string{"/", "/?article=e-xss", "/claim/" + id, "/compare", "/duplicates", "/?q=" + url.QueryEscape(xssScript)}
	for _, path := range pages {
		code, p, _ := a.get(path)
		if code != 200 {
			t.Errorf("%s: %d", path, code)
		}
		for _, bad := range []string{"<script>window", "<img src=x", `href="javascript:`, "onerror=\"window"} {
			if strings.Contains(p, bad) {
				t.Errorf("%s contains %q unescaped", path, bad)
			}
		}
	}
	_, p, _ := a.get("/claim/" + id)
	if !strings.Contains(p, "&lt;script&gt;window.__xss=1&lt;/script&gt;") || !strings.Contains(p, `<span class="url-text" title="not an http(s) link">javascript:window.__xss=3</span>`) {
		t.Error("payloads not shown as text")
	}
}

func TestHostAndAuth(t *testing.T) {
	a := newApp(t, Options{})
	req, _ := http.NewRequest("GET", a.srv.URL+"/", nil)
	req.Host = "attacker.example:8080" // DNS rebinding
	resp, err := a.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("foreign Host: %d", resp.StatusCode)
	}
	for _, h := range []string{"localhost:8080", "127.0.0.1", "[::1]:80"} {
		if !a.srv.Config.Handler.(*Server).hostAllowed(h) {
			t.Errorf("host %s refused", h)
		}
	}

	b := newApp(t, Options{Token: "s3cret"})
	code, _, hdr := b.get("/")
	if code != 303 || !strings.HasPrefix(hdr.Get("Location"), "/login") {
		t.Fatalf("no token: %d %s", code, hdr.Get("Location"))
	}
	if code, _, _ := b.get("/export/reviews.csv"); code == 200 {
		t.Error("export without token")
	}
	if code, _ := b.post("/claim/x/review", url.Values{}); code != 401 {
		t.Errorf("POST without token: %d", code)
	}
	// Bearer token.
	req, _ = http.NewRequest("GET", b.srv.URL+"/compare", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("bearer: %d", resp.StatusCode)
	}
	req.Header.Set("Authorization", "Bearer wrong")
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("wrong bearer: %d", resp.StatusCode)
	}
	// Login form.
	_, login, _ := b.get("/login?next=/compare")
	tok := csrfFrom(t, login)
	if code, _ := b.post("/login", url.Values{"token": {"nope"}, "csrf": {tok}, "next": {"/compare"}}); code != 401 {
		t.Errorf("wrong login: %d", code)
	}
	code, hdr = b.post("/login", url.Values{"token": {"s3cret"}, "csrf": {tok}, "next": {"//evil.example/"}})
	if code != 303 || hdr.Get("Location") != "/" {
		t.Errorf("login: %d → %s", code, hdr.Get("Location"))
	}
	if code, _, _ := b.get("/"); code != 200 {
		t.Errorf("after login: %d", code)
	}
}

func TestExports(t *testing.T) {
	a := newApp(t, Options{})
	ctx := context.Background()
	id := claimID(t, a.st, "a-story", "more than 1,800")
	if _, err := a.st.AddVerdict(ctx, id, nil, sqlite.Verdict{Status: "correct", Rating: "misleading", Note: "=HYPERLINK(\"http://x\")",
		EvidenceURL: "https://stats.example/arrests", Reviewer: "Ann"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.st.AddVerdict(ctx, claimID(t, a.st, "c-govt", "103"), nil, sqlite.Verdict{Status: "correct", Rating: "true", Note: "ok", Reviewer: "Bo"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.st.AddVerdict(ctx, claimID(t, a.st, "e-xss", "42"), nil, sqlite.Verdict{Status: "correct", Rating: "unverifiable", Reviewer: "Bo"}); err != nil {
		t.Fatal(err)
	}
	// An extraction verdict alone ("verified" of old: the number was read
	// right) is no verdict on the claim.
	if _, err := a.st.AddReview(ctx, claimID(t, a.st, "b-story", "107"), "correct", "", "Bo"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.st.AddReview(ctx, claimID(t, a.st, "d-ngo", "99"), "wrong_extraction", "", "Bo"); err != nil {
		t.Fatal(err)
	}
	code, body, hdr := a.get("/export/reviews.jsonld")
	if code != 200 || !strings.Contains(hdr.Get("Content-Disposition"), "reviews.jsonld") {
		t.Fatalf("jsonld: %d %v", code, hdr)
	}
	var crs []map[string]any
	if err := json.Unmarshal([]byte(body), &crs); err != nil {
		t.Fatal(err)
	}
	if len(crs) != 3 {
		t.Fatalf("%d ClaimReviews, want 3 (wrong extraction and extraction correct alone are no verdict)", len(crs))
	}
	var arrest map[string]any
	for _, c := range crs {
		if c["identifier"] == id {
			arrest = c
		}
		if c["@type"] != "ClaimReview" || c["@context"] != "https://schema.org" {
			t.Errorf("not a ClaimReview: %v", c)
		}
		if u, _ := c["url"].(string); strings.HasPrefix(u, "javascript") {
			t.Errorf("javascript url exported: %s", u)
		}
	}
	if arrest == nil {
		t.Fatal("arrest review missing")
	}
	for _, c := range crs {
		rt := c["reviewRating"].(map[string]any)
		if rt["alternateName"] == "Unverifiable" {
			if _, ok := rt["ratingValue"]; ok {
				t.Errorf("Unverifiable has a ratingValue: %v", rt)
			}
		}
		if c["url"] == nil || c["url"] == "" {
			t.Errorf("ClaimReview without url: %v", c)
		}
	}
	item := arrest["itemReviewed"].(map[string]any)
	rating := arrest["reviewRating"].(map[string]any)
	if !strings.Contains(arrest["claimReviewed"].(string), "more than 1,800 individuals were arrested") ||
		item["author"].(map[string]any)["name"] != "Rights Watchers" || rating["alternateName"] != "Misleading" || rating["ratingValue"] != 2.0 ||
		!strings.HasPrefix(arrest["url"].(string), "https://news.example/a#:~:text=") {
		t.Errorf("ClaimReview: %v", arrest)
	}
	code, body, _ = a.get("/export/reviews.csv")
	if code != 200 {
		t.Fatal(code)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 || recs[0][0] != "claim_id" {
		t.Fatalf("csv: %d records", len(recs))
	}
	for _, r := range recs {
		if r[0] == id && (r[15] != "correct" || r[16] != "misleading" || r[17] != "2" || r[18] != "https://stats.example/arrests" ||
			r[19] != `'=HYPERLINK("http://x")` || r[12] != "Rights Watchers") {
			t.Errorf("csv row %v", r)
		}
	}
	// Unknown format.
	if err := ExportReviews(ctx, a.st, "xml", io.Discard); err == nil || !strings.Contains(err.Error(), "format") {
		t.Errorf("xml: %v", err)
	}
}

func TestCompareAndDuplicatesPages(t *testing.T) {
	a := newApp(t, Options{})
	_, p, _ := a.get("/compare")
	rel := sectionWith(p, "released · people", "Rights Watchers")
	for _, want := range []string{"107", "more than 100", "100 – 107"} {
		if !strings.Contains(rel, want) {
			t.Errorf("September releases story lacks %q", want)
		}
	}
	// The shared 107 is listed once, with the other article.
	if strings.Count(rel, ">107</a>") != 1 || !strings.Contains(rel, "also in") {
		t.Errorf("shared claim not shown once: %d", strings.Count(rel, ">107</a>"))
	}
	// The arrests of September (two rewrites of one article: one story,
	// however many sources) and the ministry's December figure (no name in
	// common, months later): not one story.
	arr := sectionWith(p, "arrested · people")
	if !strings.Contains(arr, "more than 1,800") || strings.Contains(arr, "about 2,400") {
		t.Error("arrests story wrong")
	}
	_, d, _ := a.get("/duplicates")
	if !strings.Contains(d, "Country frees more than 100 detainees") || !strings.Contains(d, "Over 100 protesters freed") {
		t.Error("near-duplicate pair not listed")
	}
	if strings.Contains(d, "Ministry: 103") {
		t.Error("unrelated article flagged as duplicate")
	}
}

func TestHighlight(t *testing.T) {
	text := "Héllo 107 people said Ann."
	segs := highlight(text, 0, len(text), []mark{
		{Start: 7, End: 10, Class: "hl-q"},
		{Start: 7, End: 17, Class: "hl-other", Href: "/claim/x"},
		{Start: 2, End: 3, Class: "bad"}, // inside é: ignored
		{Start: 50, End: 60, Class: "out"},
	})
	var b strings.Builder
	for _, s := range segs {
		b.WriteString("[" + s.Class + "|" + s.Href + "]" + s.Text)
	}
	if got, want := b.String(), "[|]Héllo [hl-q hl-other|]107[hl-other|/claim/x] people[|] said Ann."; got != want {
		t.Errorf("highlight:\n got %s\nwant %s", got, want)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		low, high *float64
		q         claims.Qualifier
		want      string
	}{
		{f(1800), nil, claims.MoreThan, "(1,800, ∞)"},
		{f(1800), nil, claims.AtLeast, "[1,800, ∞)"},
		{nil, f(5), claims.LessThan, "(−∞, 5)"},
		{f(107), f(107), claims.Exact, "107"},
		{f(900), f(900), claims.About, "≈ 900"},
		{f(60), f(75), claims.Range, "[60, 75]"},
		{f(1.5e6), f(1.5e6), claims.Exact, "1,500,000"},
		{f(0.25), f(0.25), claims.Exact, "0.25"},
		{f(24.0 / 100 * 1.0000000000000001), f(0.24000000000000002), claims.Exact, "0.24"},
	} {
		if got := interval(c.low, c.high, c.q); got != c.want {
			t.Errorf("interval = %q, want %q", got, c.want)
		}
	}
	for in, want := range map[string]string{"https://a.example/x": "https://a.example/x", "javascript:alert(1)": "", " JavaScript:alert(1)": "",
		"data:text/html,x": "", "//evil": "", "http:/x": ""} {
		if got := safeLink(in); got != want {
			t.Errorf("safeLink(%q) = %q", in, got)
		}
	}
	for in, want := range map[string]string{"/claim/x": "/claim/x", "//evil.example": "/", "https://evil": "/", "/\\evil": "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q", in, got)
		}
	}
	for in, want := range map[string]string{`a") OR (bcd*`: `"a" "OR" "bcd"*`, `a") OR (b*`: `"a" "OR" "b"`, "prisón": `"prisón"*`, "pr": `"pr"`} {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestParagraph(t *testing.T) {
	text := "First line.\nSecond line has 42 in it.\nThird line."
	s := strings.Index(text, "Second")
	for _, end := range []int{strings.Index(text, "Third") - 1, strings.Index(text, "Third")} { // with and without the line break
		a, b := paragraph(text, s, end)
		if text[a:b] != "Second line has 42 in it." {
			t.Errorf("paragraph(…, %d) = %q", end, text[a:b])
		}
	}
	long := strings.Repeat("word ", 1000) + "the 42 here " + strings.Repeat("more ", 1000)
	i := strings.Index(long, "42")
	a, b := paragraph(long, i, i+2)
	if b-a > 2500 || a > i || b < i+2 {
		t.Errorf("long paragraph cut to %d..%d", a, b)
	}
}

func TestAxis(t *testing.T) {
	lin := newAxis(60, 107, false)
	if lin.log {
		t.Error("60–107 on a log scale")
	}
	// Linear by default, over the group's range: 99 and 107 stand apart
	// even beside 2,000.
	def := newAxis(60, 2000, false)
	if def.log {
		t.Error("log scale by default")
	}
	x99, _, _ := def.bar(&claims.Quantity{Low: f(99), High: f(99)})
	x107d, _, _ := def.bar(&claims.Quantity{Low: f(107), High: f(107)})
	if x107d <= x99 {
		t.Errorf("99 at %.1f, 107 at %.1f", x99, x107d)
	}
	x, w, open := lin.bar(&claims.Quantity{Low: f(1800)})
	if !open || x+w != axisWidth {
		t.Errorf("open bar %v %v %v", x, w, open)
	}
	lg := newAxis(60, 2000, true)
	if !lg.log {
		t.Fatal("60–2,000 not on a log scale")
	}
	x88, _, _ := lg.bar(&claims.Quantity{Low: f(88), High: f(88)})
	x107, _, _ := lg.bar(&claims.Quantity{Low: f(107), High: f(107)})
	if x107-x88 < 10 {
		t.Errorf("88 and 107 only %.1f units apart on the log axis", x107-x88)
	}
	if x, w, _ := lg.bar(&claims.Quantity{Low: f(2000), High: f(2000)}); x+w > axisWidth || x < 0 {
		t.Errorf("2,000 off the axis: %v+%v", x, w)
	}
}

func TestCompareFoldsSingleArticleGroups(t *testing.T) {
	st := newStore(t)
	text := "Police said 3 people were killed on Monday. Police said 5 people were killed on Tuesday."
	r := build("f-local", "Local", "https://local.example/f", "2024-01-01", text,
		spec{num: "3", low: f(3), high: f(3), source: "Police", cue: "said", subject: "people", event: "killed"},
		spec{num: "5", low: f(5), high: f(5), source: "Police", mention: "Police", cue: "said", subject: "people", event: "killed"})
	if _, err := st.Write(context.Background(), []claims.Result{r}); err != nil {
		t.Fatal(err)
	}
	pairAll(t, st)
	a := newAppOn(t, st, Options{})
	_, p, _ := a.get("/compare")
	fold := strings.Index(p, `<details class="local">`)
	kill := strings.Index(p, `killed · people`)
	rel := strings.Index(p, `released · people`)
	if fold < 0 || kill < fold || rel > fold {
		t.Errorf("single-article story not folded: details at %d, killed at %d, released at %d", fold, kill, rel)
	}
}

// TestConcurrentRequestsDuringRun serves pages in parallel while articles
// are re-written, as when `extract run` goes on beside `extract serve`.
func TestConcurrentRequestsDuringRun(t *testing.T) {
	a := newApp(t, Options{})
	done := make(chan error, 1)
	go func() {
		base := fixture()[2]
		for i := 0; i < 10; i++ {
			text := base.Article.Text + strings.Repeat("\nMore text.", i+1)
			r := build("c-govt", base.Article.Title, base.Article.URL, base.Article.Published, text,
				spec{num: "103", low: f(103), high: f(103), source: "Interior Ministry", cue: "announced"})
			if _, err := a.st.Write(context.Background(), []claims.Result{r}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	errs := make(chan string, 40)
	for w := 0; w < 4; w++ {
		go func() {
			for i := 0; i < 10; i++ {
				for _, p := range []string{"/", "/compare", "/duplicates", "/?q=released"} {
					resp, err := a.c.Get(a.srv.URL + p)
					if err != nil {
						errs <- err.Error()
						continue
					}
					if resp.StatusCode != 200 {
						errs <- p + ": " + resp.Status
					}
					resp.Body.Close()
				}
			}
			errs <- ""
		}()
	}
	for w := 0; w < 4; w++ {
		for e := range errs {
			if e == "" {
				break
			}
			t.Error(e)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestFailedSaveIsAnError: a review the database does not store (here a
// database opened read-only) is answered with an error status and the
// claim page saying so, never with the redirect of a saved review.
func TestFailedSaveIsAnError(t *testing.T) {
	rw := newStore(t)
	ro, err := sqlite.OpenReadOnly(rw.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	a := newAppOn(t, ro, Options{})
	id := claimID(t, rw, "c-govt", "103")
	_, page, _ := a.get("/claim/" + id)
	resp, err := a.c.PostForm(a.srv.URL+"/claim/"+id+"/review", url.Values{"status": {"verified"}, "reviewer": {"Ann"},
		"note": {"long note"}, "csrf": {csrfFrom(t, page)}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), "The review was not saved: this database is open read-only") ||
		!strings.Contains(string(b), "long note</textarea>") {
		t.Errorf("failed save: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if h, _ := rw.ReviewHistory(context.Background(), id); len(h) != 0 {
		t.Errorf("stored: %+v", h)
	}
}
