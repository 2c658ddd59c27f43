package review

import (
	"context"
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
	// Bound the whole browser session so that a hung browser fails the test.
	parent, cancelParent := context.WithTimeout(context.Background(), 3*time.Minute)
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

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
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
	dir := screenshotDir(t)
	base := a.srv.URL // http://127.0.0.1:port

	// 1. The list.
	do(t, ctx, "open the list", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 11 {
		t.Errorf("list shows %d claims, want 11", n)
	}
	shot(t, ctx, dir, "1-list")

	// 2. Filter by source: typed (a menu of every source is megabytes on a
	// big database), submitted with the form.
	do(t, ctx, "filter by source",
		chromedp.SendKeys(chromedp.CSS(`input[name="source"]`), "Interior Ministry"),
		chromedp.Submit(chromedp.CSS(`input[name="source"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="source"][value="Interior Ministry"]`)),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 1 {
		t.Fatalf("filtered list shows %d claims, want 1", n)
	}
	if got := text(t, ctx, "a.claim-link"); got != "103" {
		t.Fatalf("filtered claim %q, want 103", got)
	}
	// Free text search.
	do(t, ctx, "search", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("table.claims")),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "arrested"),
		chromedp.Submit(chromedp.CSS(`input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"][value="arrested"]`)),
	)
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 2 {
		t.Errorf("search 'arrested' shows %d claims, want 2", n)
	}
	shot(t, ctx, dir, "2-search")

	// 3. Open a claim: the 103 of the government article.
	do(t, ctx, "open a claim", chromedp.Navigate(base+"/?source=Interior+Ministry"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")),
		chromedp.Click(chromedp.CSS("a.claim-link")), chromedp.WaitVisible(chromedp.CSS("#review-form")))
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

	// 4. Mark it verified with a note.
	do(t, ctx, "review",
		chromedp.Click(chromedp.CSS(`input[name="status"][value="verified"]`)),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="note"]`), "Matches the ministry's press release of 2 December."),
		chromedp.SendKeys(chromedp.CSS(`input[name="reviewer"]`), "Ana Checker"),
		chromedp.Click(chromedp.CSS(`#review-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.ID("saved")),
	)
	shot(t, ctx, dir, "4-saved")

	// 5. Reload: the review persists, with its history.
	do(t, ctx, "reload", chromedp.Navigate(claimURL), chromedp.WaitVisible(chromedp.CSS("ol.history")))
	if st := text(t, ctx, "h1 .status"); st != "Verified" {
		t.Errorf("status after reload %q", st)
	}
	hist := text(t, ctx, "ol.history")
	if !strings.Contains(hist, "Ana Checker") || !strings.Contains(hist, "press release") {
		t.Errorf("history after reload: %q", hist)
	}
	if v := eval[bool](t, ctx, `document.querySelector('input[name="status"][value="verified"]').checked`); !v {
		t.Error("verdict not preselected after reload")
	}
	if name := eval[string](t, ctx, `document.querySelector('input[name="reviewer"]').value`); name != "Ana Checker" {
		t.Errorf("reviewer name not remembered: %q", name)
	}
	do(t, ctx, "list of verified", chromedp.Navigate(base+"/?status=verified"), chromedp.WaitVisible(chromedp.CSS("table.claims")))
	if n := eval[int](t, ctx, `document.querySelectorAll("a.claim-link").length`); n != 1 {
		t.Errorf("verified filter shows %d", n)
	}

	// 6. The comparison group for releases.
	do(t, ctx, "compare", chromedp.Navigate(base+"/compare#g-released-people"), chromedp.WaitVisible(chromedp.ID("g-released-people")))
	rel := text(t, ctx, "#g-released-people")
	for _, want := range []string{"released · people", "107", "103", "99", "between 60 and 75", "Interior Ministry", "Rights Watchers"} {
		if !strings.Contains(rel, want) {
			t.Errorf("releases group lacks %q", want)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#g-released-people svg.bar").length`); n < 5 {
		t.Errorf("releases group draws %d bars", n)
	}
	shot(t, ctx, dir, "5-compare")

	// 7. XSS payloads in the article's title, text, url and source stay text.
	do(t, ctx, "xss list", chromedp.Navigate(base+"/?article=e-xss"), chromedp.WaitVisible(chromedp.CSS("a.claim-link")))
	do(t, ctx, "xss claim", chromedp.Click(chromedp.CSS("a.claim-link")), chromedp.WaitVisible(chromedp.CSS("#review-form")),
		chromedp.Click(chromedp.CSS("details.full summary")), chromedp.WaitVisible(chromedp.ID("article-text")))
	if v := eval[bool](t, ctx, `window.__xss !== undefined`); v {
		t.Fatalf("an XSS payload ran: window.__xss = %v", eval[any](t, ctx, `window.__xss`))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main script, img, a[href^="javascript:"], [onerror]').length`); n != 0 {
		t.Errorf("%d injected elements in the page", n)
	}
	if !strings.Contains(text(t, ctx, "#article-text"), "<img src=x onerror=") || !strings.Contains(text(t, ctx, "h2.article-title"), "<script>") {
		t.Error("payloads not shown as text")
	}
	shot(t, ctx, dir, "6-xss")
	for _, p := range []string{"/", "/compare", "/duplicates"} {
		do(t, ctx, "xss "+p, chromedp.Navigate(base+p), chromedp.WaitVisible(chromedp.CSS("main")))
		if v := eval[bool](t, ctx, `window.__xss !== undefined`); v {
			t.Errorf("%s: an XSS payload ran", p)
		}
	}
	shot(t, ctx, dir, "7-duplicates")
}
