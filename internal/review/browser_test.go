package review

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns a Chromium or Chrome binary, or "".
func findChromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for the test, or skips (fails in CI)
// when there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	path := findChromium()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI: no chromium found (PATH or $CHROMIUM); .ci/run installs it")
		}
		t.Skip("browser tests skipped: no chromium found in PATH or $CHROMIUM " +
			"(apt-get update; mkdir -p /tmp/apt/partial; apt-get install -y -o Dir::Cache::archives=/tmp/apt chromium)")
	}
	// Bound the whole browser session so that a hung browser fails the test;
	// generous, for a slow and busy machine.
	parent, cancelParent := context.WithTimeout(context.Background(), 5*time.Minute)
	actx, cancelAlloc := chromedp.NewExecAllocator(parent,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")),
		chromedp.WindowSize(1280, 1000),
	)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() { cancelCtx(); cancelAlloc(); cancelParent() })
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// screenshotDir is the test's temp dir, or $EXTRACT_SCREENSHOTS to keep them.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("EXTRACT_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// stepTimeout bounds one step (a wait for an element included): generous,
// since the tests must pass on a slow, busy machine.
const stepTimeout = 60 * time.Second

// do runs steps that stay on the page, or that start with chromedp.Navigate
// or chromedp.Reload (they wait for the new page to load). A step that makes
// the page load another document (a click on a link, a form submitted, a key
// that saves) goes through navigateBy.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(c, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// navigateBy runs steps that make the page load another document (a click
// on a link, a form submitted, a key that saves), waits until that document
// has replaced the one the steps left and has finished loading, and then
// until ready holds on it.
//
// Waiting for ready alone is not enough. It can match the page being left
// (one list of stories leads to another), and before the new page has loaded
// its script has not run (keys do nothing) and Chromium has yet to re-send the
// document to DevTools at DOMContentLoaded, which makes every node id found
// before then stale: "No node with given id found".
func navigateBy(t *testing.T, ctx context.Context, what string, ready chromedp.Action[chromedp.Void], steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	// Mark the page the steps leave: the new document has no mark.
	if _, err := chromedp.Run(c, chromedp.Evaluate[bool](`window.__leaving = true`)); err != nil {
		t.Fatalf("%s: marking the page: %v", what, err)
	}
	if err := chromedp.Do(c, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	loaded := chromedp.Evaluate[bool](`window.__leaving === undefined && document.readyState === "complete"`)
	var last error
	for {
		ok, err := chromedp.Run(c, loaded)
		if err == nil && ok {
			break
		}
		if err != nil { // the old page's script context goes away on the way: ask again
			last = err
		}
		select {
		case <-c.Done():
			t.Fatalf("%s: the next page did not load (last error: %v)", what, last)
		case <-time.After(10 * time.Millisecond): // poll interval
		}
	}
	if err := chromedp.Do(c, ready); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(c, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// TestBrowserReview drives the app in headless Chromium as a fact-checker
// would: list, filter, open a claim, review it, reload, compare, and make
// sure an article's XSS payloads stay text.
func TestBrowserReview(t *testing.T) {
	ctx := browser(t)
	a := newApp(t, Options{})
	if _, err := a.st.ResolveEntities(context.Background()); err != nil {
		t.Fatal(err)
	}
	dir := screenshotDir(t)
	base := a.srv.URL // http://127.0.0.1:port

	// 1. The list.
	do(t, ctx, "open the list", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 11 {
		t.Errorf("list shows %d claims, want 11", n)
	}
	shot(t, ctx, dir, "1-list")
	// At 800 px the table fits the window: no horizontal scrolling.
	do(t, ctx, "800 px", chromedp.EmulateViewport(800, 900), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 800 {
		t.Errorf("at 800 px the page is %d px wide", w)
	}
	shot(t, ctx, dir, "1b-list-800px")
	do(t, ctx, "1280 px", chromedp.EmulateViewport(1280, 1000), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("table.claims")))

	// 2. Filter by source: typed (a menu of every source is megabytes on a
	// big database), submitted with the form.
	// The type-ahead offers the entity as one types "inter" (the wait is for
	// the answer to "inter", not to the "i" or "int" typed on the way).
	do(t, ctx, "type-ahead",
		chromedp.SendKeys(chromedp.CSS(`input[name="source"]`), "inter"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="source"][data-suggested-for="inter"]`)),
	)
	if opt := eval[string](t, ctx, `(document.querySelector("#source-list option") || {}).value || ""`); opt != "Interior Ministry" {
		t.Fatalf("type-ahead offers %q", opt)
	}
	do(t, ctx, "source typed", chromedp.SetValue(chromedp.CSS(`input[name="source"]`), "Interior Ministry"))
	navigateBy(t, ctx, "filter by source", chromedp.WaitVisible(chromedp.CSS(`input[name="source"][value="Interior Ministry"]`)),
		chromedp.Submit(chromedp.CSS(`input[name="source"]`)))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 1 {
		t.Fatalf("filtered list shows %d claims, want 1", n)
	}
	if got := text(t, ctx, "a.claim-link"); got != "103" {
		t.Fatalf("filtered claim %q, want 103", got)
	}
	// Free text search.
	do(t, ctx, "search typed", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("table.claims")),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "arrested"))
	navigateBy(t, ctx, "search", chromedp.WaitVisible(chromedp.CSS(`input[name="q"][value="arrested"]`)),
		chromedp.Submit(chromedp.CSS(`input[name="q"]`)))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 2 {
		t.Errorf("search 'arrested' shows %d claims, want 2", n)
	}
	shot(t, ctx, dir, "2-search")

	// 3. Open a claim: the 103 of the government article.
	do(t, ctx, "the source's list", chromedp.Navigate(base+"/?source=Interior+Ministry"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")))
	navigateBy(t, ctx, "open a claim", chromedp.WaitVisible(chromedp.CSS("#review-form")), chromedp.Click(chromedp.CSS("a.claim-link")))
	if q := text(t, ctx, "#paragraph mark.hl-q"); q != "103" {
		t.Errorf("highlighted quantity %q", q)
	}
	if s := text(t, ctx, "#paragraph mark.hl-src"); s != "Interior Ministry" {
		t.Errorf("highlighted source %q", s)
	}
	if c := text(t, ctx, "#paragraph mark.hl-cue"); c != "announced" {
		t.Errorf("highlighted cue %q", c)
	}
	claimURL := eval[string](t, ctx, `location.href`)
	shot(t, ctx, dir, "3-claim")

	// 4. The two questions, answered with the keys shown on the page: 1
	// (extraction correct), f (the claim is false); the evidence, a note
	// and the name typed; n saves and opens the next claim not reviewed.
	if keys := text(t, ctx, "#keys"); !strings.Contains(keys, "save & next unreviewed") || !strings.Contains(keys, "next/previous claim") {
		t.Errorf("keyboard help: %q", keys)
	}
	do(t, ctx, "review",
		chromedp.SendKeys(chromedp.CSS(`input[name="evidence"]`), "https://ministry.example/press/2-december"),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="note"]`), "The press release of 2 December says 93."),
		chromedp.SendKeys(chromedp.CSS(`input[name="reviewer"]`), "Ana Checker"),
		chromedp.Click(chromedp.CSS("h1")), // leave the text fields: keys are shortcuts again
		chromedp.KeyEvent("1"), chromedp.KeyEvent("f"),
	)
	if v := eval[bool](t, ctx, `document.querySelector('input[name="status"][value="correct"]').checked &&
		document.querySelector('input[name="rating"][value="false"]').checked`); !v {
		t.Fatal("keys 1 and f did not answer the two questions")
	}
	shot(t, ctx, dir, "4-two-questions")
	// The claim was opened from the list of the Interior Ministry's claims:
	// it was the last one to review there, and the page says so.
	navigateBy(t, ctx, "save & next", chromedp.WaitVisible(chromedp.ID("saved")), chromedp.KeyEvent("n"))
	if got := text(t, ctx, "#saved"); !strings.Contains(got, "last claim not reviewed in this list") {
		t.Errorf("save & next at the end of the list: %q", got)
	}
	// From the list of claims not reviewed, save & next walks that list.
	do(t, ctx, "unreviewed list", chromedp.Navigate(base+"/?status=unreviewed"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")))
	navigateBy(t, ctx, "open the first unreviewed", chromedp.WaitVisible(chromedp.CSS("#review-form")), chromedp.Click(chromedp.CSS("a.claim-link")))
	first := eval[string](t, ctx, `location.pathname`)
	do(t, ctx, "answer", chromedp.Click(chromedp.CSS("h1")), chromedp.KeyEvent("4"))
	navigateBy(t, ctx, "save & next in the list", chromedp.WaitVisible(chromedp.ID("saved")), chromedp.KeyEvent("n"))
	next := eval[string](t, ctx, `location.pathname`)
	if next == first || !strings.HasPrefix(next, "/claim/") {
		t.Errorf("save & next stayed on %s", next)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("ol.history li").length`); n != 0 {
		t.Errorf("the next claim is not unreviewed: %d reviews", n)
	}
	if got := text(t, ctx, "#back-to-list"); got != "← the list" {
		t.Errorf("no way back to the list: %q", got)
	}
	shot(t, ctx, dir, "5-next-unreviewed")

	// 5. Back on the reviewed claim: both answers, the evidence, the history.
	do(t, ctx, "reload", chromedp.Navigate(claimURL), chromedp.WaitVisible(chromedp.CSS("ol.history")))
	if st := text(t, ctx, "h1 .status"); st != "Extraction correct" {
		t.Errorf("status after reload %q", st)
	}
	if rt := text(t, ctx, "h1 .rating"); rt != "False" {
		t.Errorf("rating after reload %q", rt)
	}
	hist := text(t, ctx, "ol.history")
	if !strings.Contains(hist, "Ana Checker") || !strings.Contains(hist, "press release") || !strings.Contains(hist, "ministry.example") {
		t.Errorf("history after reload: %q", hist)
	}
	if v := eval[bool](t, ctx, `document.querySelector('input[name="status"][value="correct"]').checked`); !v {
		t.Error("verdict not preselected after reload")
	}
	if name := eval[string](t, ctx, `document.querySelector('input[name="reviewer"]').value`); name != "Ana Checker" {
		t.Errorf("reviewer name not remembered: %q", name)
	}
	do(t, ctx, "list of correct", chromedp.Navigate(base+"/?status=correct"), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 1 {
		t.Errorf("status=correct filter shows %d", n)
	}

	// 5b. Bulk verdict: on the unreviewed claims, j/x pick the first two
	// rows, the extraction answer "not a claim" is recorded for both.
	do(t, ctx, "unreviewed", chromedp.Navigate(base+"/?status=unreviewed"), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	before := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`)
	do(t, ctx, "pick two", chromedp.KeyEvent("j"), chromedp.KeyEvent("x"), chromedp.KeyEvent("j"), chromedp.KeyEvent("x"))
	if got := text(t, ctx, "#bulk-count"); got != "2 selected" {
		t.Fatalf("bulk count %q", got)
	}
	do(t, ctx, "bulk answer", chromedp.SetValue(chromedp.CSS(`#bulk select[name="status"]`), "not_claim"))
	navigateBy(t, ctx, "bulk verdict", chromedp.WaitVisible(chromedp.ID("bulk-saved")), chromedp.Click(chromedp.CSS(`#bulk button[type="submit"]`)))
	if got := text(t, ctx, "#bulk-saved"); !strings.Contains(got, "2 of 2") {
		t.Errorf("bulk outcome %q", got)
	}
	if after := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); after != before-2 {
		t.Errorf("unreviewed after bulk: %d, want %d", after, before-2)
	}
	shot(t, ctx, dir, "5b-bulk")

	// 5b'. The export of this filter: the link carries it, and the CSV holds
	// the rows the list shows.
	href := eval[string](t, ctx, `document.getElementById("export-csv").getAttribute("href")`)
	if href != "/export/claims.csv?status=unreviewed" {
		t.Errorf("export link %q", href)
	}
	_, csvBody, _ := a.get(href)
	if recs, err := csv.NewReader(strings.NewReader(csvBody)).ReadAll(); err != nil || len(recs)-1 != before-2 {
		t.Errorf("export of the filter: %d rows (%v), want %d", len(recs)-1, err, before-2)
	}

	// 5c. The ClaimReview export (the app's link) carries the claim verdict
	// only: one review, "False", with a url.
	if n := eval[int](t, ctx, `document.querySelectorAll('a[href="/export/reviews.jsonld"]').length`); n == 0 {
		t.Error("no ClaimReview link on the list")
	}
	_, body, _ := a.get("/export/reviews.jsonld") // the page's policy lets no script fetch
	var crs []map[string]any
	if err := json.Unmarshal([]byte(body), &crs); err != nil {
		t.Fatal(err)
	}
	if len(crs) != 1 {
		t.Fatalf("%d ClaimReviews, want 1 (the bulk 'not a claim' verdicts are none)", len(crs))
	}
	if rt := crs[0]["reviewRating"].(map[string]any); rt["alternateName"] != "False" || crs[0]["url"] == nil {
		t.Errorf("ClaimReview %v", crs[0])
	}

	// 6. Compare: stories, not buckets. The releases of December (the
	// Interior Ministry's 103, its 99 in the groups' article, the groups'
	// 60–75) are one story, apart from September's (Rights Watchers).
	do(t, ctx, "compare", chromedp.Navigate(base+"/compare"), chromedp.WaitVisible(chromedp.ID("story-count")))
	story := `(() => { for (const s of document.querySelectorAll("section.group")) { if (s.textContent.includes("released · people") && s.textContent.includes("Interior Ministry")) { return s.id; } } return ""; })()`
	dec := eval[string](t, ctx, story)
	if dec == "" {
		t.Fatal("no December releases story")
	}
	rel := text(t, ctx, "#"+dec)
	for _, want := range []string{"released · people", "103", "99", "between 60 and 75", "2024-12-02 – 2024-12-05", "Values:", "linear axis"} {
		if !strings.Contains(rel, want) {
			t.Errorf("December story lacks %q", want)
		}
	}
	for _, not := range []string{"107", "Rights Watchers"} {
		if strings.Contains(rel, not) {
			t.Errorf("December story holds %q (September's)", not)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#`+dec+` svg.bar").length`); n != 3 {
		t.Errorf("December story draws %d bars", n)
	}
	shot(t, ctx, dir, "6-compare")
	// Search a story by a name in it.
	do(t, ctx, "story search typed", chromedp.SendKeys(chromedp.CSS(`form.filters input[name="q"]`), "Ruiz"))
	navigateBy(t, ctx, "find a story", chromedp.WaitVisible(chromedp.CSS(`input[name="q"][value="Ruiz"]`)),
		chromedp.Submit(chromedp.CSS(`form.filters input[name="q"]`)))
	if n := eval[int](t, ctx, `document.querySelectorAll("section.group").length`); n != 1 || !strings.Contains(text(t, ctx, "section.group h2"), "Ana Ruiz") {
		t.Errorf("search Ruiz: %d stories", n)
	}

	// 6b. The story's page: a verdict recorded in place for the 99.
	do(t, ctx, "compare again", chromedp.Navigate(base+"/compare"), chromedp.WaitVisible(chromedp.ID(dec)))
	navigateBy(t, ctx, "story page", chromedp.WaitVisible(chromedp.CSS("form.verdict-inplace")), chromedp.Click(chromedp.CSS("#"+dec+" h2 a")))
	row := eval[string](t, ctx, `(() => { for (const a of document.querySelectorAll(".group-table td.num a")) { if (a.textContent === "99") { return a.closest("tr").id; } } return ""; })()`)
	if row == "" {
		t.Fatal("no 99 in the story")
	}
	sel := "#" + row + " form.verdict-inplace"
	do(t, ctx, "answers in place",
		chromedp.SetValue(chromedp.CSS(sel+` select[name="status"]`), "correct"),
		chromedp.SetValue(chromedp.CSS(sel+` select[name="rating"]`), "misleading"),
	)
	navigateBy(t, ctx, "verdict in place", chromedp.WaitVisible(chromedp.CSS("#"+row+" .rating")), chromedp.Click(chromedp.CSS(sel+` button`)))
	if got := text(t, ctx, "#"+row+" td.inplace"); !strings.Contains(got, "Extraction correct") || !strings.Contains(got, "Misleading") {
		t.Errorf("row after the verdict in place: %q", got)
	}
	if !strings.Contains(eval[string](t, ctx, `location.href`), "/compare?s=") {
		t.Error("verdict in place left the story page")
	}
	shot(t, ctx, dir, "6b-compare-story-verdict")
	// The group's page lists its stories.
	navigateBy(t, ctx, "group page", chromedp.WaitVisible(chromedp.CSS("section.group")), chromedp.Click(chromedp.CSS("p.crumbs a[href^='/compare?g=']")))
	if n := eval[int](t, ctx, `document.querySelectorAll("section.group").length`); n != 2 {
		t.Errorf("the releases group lists %d stories", n)
	}
	shot(t, ctx, dir, "6c-compare-group-stories")
	// From a claim, its story.
	do(t, ctx, "the source's list again", chromedp.Navigate(base+"/?source=Interior+Ministry"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")))
	navigateBy(t, ctx, "claim", chromedp.WaitVisible(chromedp.ID("story-link")), chromedp.Click(chromedp.CSS("a.claim-link")))
	navigateBy(t, ctx, "claim to story", chromedp.WaitVisible(chromedp.CSS("form.verdict-inplace")), chromedp.Click(chromedp.ID("story-link")))
	if got := text(t, ctx, "section.group h2"); !strings.Contains(got, "Interior Ministry") {
		t.Errorf("the claim's story: %q", got)
	}

	// 7. XSS payloads in the article's title, text, url and source stay text.
	do(t, ctx, "xss list", chromedp.Navigate(base+"/?article=e-xss"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")))
	navigateBy(t, ctx, "xss claim", chromedp.WaitVisible(chromedp.CSS("#review-form")), chromedp.Click(chromedp.CSS("a.claim-link")))
	do(t, ctx, "xss article", chromedp.Click(chromedp.CSS("details.full summary")), chromedp.WaitVisible(chromedp.ID("article-text")))
	if v := eval[bool](t, ctx, `window.__xss !== undefined`); v {
		t.Fatalf("an XSS payload ran: window.__xss = %v", eval[any](t, ctx, `window.__xss`))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main script, img, a[href^="javascript:"], [onerror]').length`); n != 0 {
		t.Errorf("%d injected elements in the page", n)
	}
	if !strings.Contains(text(t, ctx, "#article-text"), "<img src=x onerror=") || !strings.Contains(text(t, ctx, "h2.article-title"), "<script>") {
		t.Error("payloads not shown as text")
	}
	shot(t, ctx, dir, "7-xss")
	for _, p := range []string{"/", "/compare", "/duplicates"} {
		do(t, ctx, "xss "+p, chromedp.Navigate(base+p), chromedp.WaitVisible(chromedp.CSS("main")))
		if v := eval[bool](t, ctx, `window.__xss !== undefined`); v {
			t.Errorf("%s: an XSS payload ran", p)
		}
	}
	shot(t, ctx, dir, "8-duplicates")
}
