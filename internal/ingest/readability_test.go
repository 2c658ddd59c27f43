package ingest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

// Mozilla Readability's test pages, as go-readability ships them
// (codeberg.org/readeck/go-readability/v2 v2.1.3, test-pages/PAGE/
// source.html and expected.html, the body Readability extracts). The
// pages are read from the Go module cache when the module is there
// (`go mod download codeberg.org/readeck/go-readability/v2@v2.1.3`);
// nothing of them is copied into the repository.
const readabilityModule = "codeberg.org/readeck/go-readability/v2@v2.1.3"

// readabilityDev lists the pages of the dev evaluation: English articles,
// blog posts, docs and long texts whose expected body is a real article,
// and articles in the main European languages the reader's rows cover.
// Left out: the held-out pages (never read here), unit-test fixtures whose
// point is a DOM quirk (base-url, rtl-*, remove-*, lorem ipsum pages,
// mathjax, …), product pages (mozilla-1, -2) and Chinese and Japanese
// pages (gmw, hukumusume, pixnet, qq, youth, yahoo-4).
var readabilityDev = map[string]string{
	"001": "en", "002": "en", "archive-of-our-own": "en", "ars-1": "en",
	"article-author-tag": "en", "blogger": "en", "breitbart": "en",
	"bug-1255978": "en", "citylab-1": "en", "clean-links": "en", "cnn": "en",
	"daringfireball-1": "en", "dropbox-blog": "en", "ebb-org": "en",
	"ehow-1": "en", "ehow-2": "en", "firefox-nightly-blog": "en",
	"gitlab-blog": "en", "google-sre-book-1": "en", "guardian-1": "en",
	"iab-1": "en", "ietf-1": "en", "keep-images": "en",
	"keep-tabular-data": "en", "lazy-image-1": "en", "lazy-image-2": "en",
	"lifehacker-post-comment-load": "en", "lifehacker-working": "en",
	"links-in-tables": "en", "medicalnewstoday": "en", "medium-1": "en",
	"medium-2": "en", "medium-3": "en", "mercurial": "en",
	"noscript-img-1": "en", "noscript-img-2": "en", "nytimes-1": "en",
	"nytimes-3": "en", "royal-road": "en", "salon-1": "en",
	"schema-org-context-object": "en", "simplyfound-1": "en", "substack": "en",
	"table-style-attributes": "en", "telegraph": "en", "tmz-1": "en",
	"toc-missing": "en", "topicseed-1": "en", "tumblr": "en", "v8-blog": "en",
	"videos-1": "en", "wapo-2": "en", "webmd-2": "en", "wikia": "en",
	"wikipedia": "en", "wikipedia-2": "en", "wikipedia-3": "en",
	"wikipedia-4": "en", "wordpress": "en", "yahoo-2": "en",
	"aktualne": "cs", "cnet-svg-classes": "es", "folha": "pt", "heise": "de",
	"la-nacion": "es", "lemonde-1": "fr", "liberation-1": "fr",
	"nytimes-5": "es", "solarmagazine": "nl", "videos-2": "fr",
}

// readabilityDir finds the test pages in the module cache, or skips.
func readabilityDir(t *testing.T) string {
	t.Helper()
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
			cache = strings.TrimSpace(string(out))
		}
	}
	if cache == "" {
		t.Skip("no module cache")
	}
	dir := filepath.Join(cache, readabilityModule, "test-pages")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("%s not in the module cache", readabilityModule)
	}
	return dir
}

// TestDevReadability scores the HTML reader on Readability's test pages
// (readabilityDev) against the text of expected.html, with the 4-gram
// metric of `extract eval ingest --truth`. -v logs every page, worst first.
// Readability keeps captions and often the byline, and drops headings
// some pages repeat; the figure measures those conventions too.
func TestDevReadability(t *testing.T) {
	dir := readabilityDir(t)
	truth := map[string]eval.IngestTruth{}
	pred := map[string]string{}
	errs := map[string]string{}
	for id := range readabilityDev {
		src, body := readabilityPage(t, dir, id)
		truth[id] = eval.IngestTruth{ArticleBody: body}
		a, err := ParseHTML(src, "")
		if err != nil {
			errs[id] = err.Error()
			continue
		}
		pred[id] = a.Text
		if out := os.Getenv("INGEST_DEV_OUT"); out != "" {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, id+".txt"), []byte(a.Text), 0o644)
			os.WriteFile(filepath.Join(out, id+".want"), []byte(body), 0o644)
		}
	}
	r := scoreReadability(t, truth, pred, errs)
	if f := r.F1(); f < 0.9555 { // first run 0.9463 (English 0.9540); 0.9527 when raised (ingest12's round); 0.9554 (English 0.9646) with ingest14's wrapped and nested introduced lists, body paragraph names and ad labels; 0.9560 with ingest16's box labels
		t.Errorf("Readability pages F1 %.4f < 0.9555", f)
	}
}

// TestDevReadabilityDump scores the text reader on the same pages
// (readabilityDev) flattened by DumpHTML as TestDevWCXBDump flattens its
// pages, against the text of expected.html with the same 4-gram metric.
// -v logs every page, worst first; INGEST_DEV_OUT=dir writes the dumps,
// predictions and expected bodies.
func TestDevReadabilityDump(t *testing.T) {
	dir := readabilityDir(t)
	truth := map[string]eval.IngestTruth{}
	pred := map[string]string{}
	errs := map[string]string{}
	out := os.Getenv("INGEST_DEV_OUT")
	for id := range readabilityDev {
		src, body := readabilityPage(t, dir, id)
		truth[id] = eval.IngestTruth{ArticleBody: body}
		dump, err := DumpHTML(src, "")
		if err != nil {
			errs[id] = err.Error()
			continue
		}
		pred[id] = ParseText(dump).Text
		if out != "" {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, id+".dump"), []byte(dump), 0o644)
			os.WriteFile(filepath.Join(out, id+".txt"), []byte(pred[id]), 0o644)
			os.WriteFile(filepath.Join(out, id+".want"), []byte(body), 0o644)
		}
	}
	r := scoreReadability(t, truth, pred, errs)
	if f := r.F1(); f < 0.889 { // first run 0.8700 (English 0.8937); 0.8898 (English 0.9171) when raised (ingest13)
		t.Errorf("Readability dump F1 %.4f < 0.889", f)
	}
}

// readabilityPage reads page id of the Readability suite in dir: its
// source HTML and the text of its expected.html (the truth).
func readabilityPage(t *testing.T, dir, id string) (src []byte, body string) {
	t.Helper()
	exp, err := os.ReadFile(filepath.Join(dir, id, "expected.html"))
	if err != nil {
		t.Fatal(err)
	}
	body, err = DumpHTML(exp, "")
	if err != nil {
		t.Fatalf("%s expected: %v", id, err)
	}
	src, err = os.ReadFile(filepath.Join(dir, id, "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	return src, body
}

// scoreReadability scores pred against truth with the ingest evals' 4-gram
// metric, logs every page (worst first), the English pages and all, and
// returns the score of all pages.
func scoreReadability(t *testing.T, truth map[string]eval.IngestTruth, pred, errs map[string]string) *eval.IngestReport {
	t.Helper()
	r := eval.ScoreIngest(truth, pred, errs)
	pages := append([]eval.IngestPage(nil), r.Pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].F1() < pages[j].F1() })
	en := map[string]string{}
	for _, p := range pages {
		t.Logf("%-28s %s P %.3f R %.3f F1 %.3f %s", p.ID, readabilityDev[p.ID], p.Precision, p.Recall, p.F1(), p.Err)
		if readabilityDev[p.ID] == "en" {
			en[p.ID] = pred[p.ID]
		}
	}
	re := eval.ScoreIngest(truth, en, nil)
	t.Logf("English: %d pages, P %.4f R %.4f F1 %.4f", len(re.Pages), re.Precision, re.Recall, re.F1())
	t.Logf("all: %d pages, P %.4f R %.4f F1 %.4f", len(r.Pages), r.Precision, r.Recall, r.F1())
	return r
}
