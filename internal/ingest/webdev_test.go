package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

// webDir finds ../shared/eval/ingest-web/NAME beside the repository.
func webDir(t *testing.T, name string) string {
	t.Helper()
	for _, p := range []string{"../../../shared/eval/ingest-web/", "../../shared/eval/ingest-web/", "../shared/eval/ingest-web/"} {
		if st, err := os.Stat(p + name); err == nil && st.IsDir() {
			return p + name
		}
	}
	t.Skipf("../shared/eval/ingest-web/%s not found", name)
	return ""
}

// TestDevWCXBHTML guards the HTML reader's body F1 on the WCXB dev pages,
// the figure `extract eval ingest --truth …/wcxb/ground-truth.json
// …/wcxb/html` prints (README, Evaluation).
func TestDevWCXBHTML(t *testing.T) {
	dir := webDir(t, "wcxb")
	truth, err := eval.ReadIngestTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	pred, errs := parsePages(t, dir, truth, htmlBody)
	r := eval.ScoreIngest(truth, pred, errs)
	t.Logf("%d pages: P %.4f R %.4f F1 %.4f", len(r.Pages), r.Precision, r.Recall, r.F1())
	if f := r.F1(); f < 0.960 { // 0.9587 when set (ingest15: 0.9581 at its start); 0.9588 with its closing greeting; 0.9602 when raised (ingest16: streamed segments, box labels, class-hidden accordion panels); 0.9604 with ingest20 (end headings with curly apostrophes)
		t.Errorf("WCXB dev HTML F1 %.4f < 0.960", f)
	}
}

// TestDevTrafilaturaHTML guards the HTML reader's snippet F1 on
// trafilatura's dev pages, the figure `extract eval ingest --snippets …`
// prints (README, Evaluation).
func TestDevTrafilaturaHTML(t *testing.T) {
	dir := webDir(t, "trafilatura")
	truth, err := eval.ReadSnippets(filepath.Join(dir, "snippets.json"))
	if err != nil {
		t.Fatal(err)
	}
	pred, errs := parsePages(t, dir, truth, htmlBody)
	report, f1 := snippetF1(t, truth, pred, errs)
	t.Logf("%s", report[strings.LastIndexByte(report, '\n')+1:])
	if f1 < 0.949 { // 0.9498 when set (ingest20: end headings in other languages); 0.948 before
		t.Errorf("trafilatura dev HTML snippet F1 %.4f < 0.949", f1)
	}
}

// parsePages reads the page of each id of truth (dir/html/ID.html.gz)
// with parse: the body text by id, or the error that lost the page.
func parsePages[V any](t *testing.T, dir string, truth map[string]V, parse func([]byte) (string, error)) (pred, errs map[string]string) {
	t.Helper()
	pred, errs = map[string]string{}, map[string]string{}
	for id := range truth {
		body, err := parse(readGz(t, filepath.Join(dir, "html", id+".html.gz")))
		if err != nil {
			errs[id] = err.Error()
			continue
		}
		pred[id] = body
	}
	return pred, errs
}

// htmlBody is the HTML reader's body text of a page.
func htmlBody(page []byte) (string, error) {
	a, err := ParseHTML(page, "")
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// dumpBody is the text reader's body text of a page flattened to a
// scraper's dump (DumpHTML).
func dumpBody(page []byte) (string, error) {
	dump, err := DumpHTML(page, "")
	if err != nil {
		return "", err
	}
	return ParseText(dump).Text, nil
}

// snippetF1 is eval.SnippetReport's report (its last line the summary)
// and the summary's F1.
func snippetF1(t *testing.T, truth map[string]eval.SnippetPage, pred, errs map[string]string) (string, float64) {
	t.Helper()
	var b strings.Builder
	eval.SnippetReport(&b, truth, pred, errs, 0)
	report := strings.TrimSpace(b.String())
	var sum struct{ F1 float64 }
	if err := json.Unmarshal([]byte(report[strings.LastIndexByte(report, '\n')+1:]), &sum); err != nil {
		t.Fatal(err)
	}
	return report, sum.F1
}
