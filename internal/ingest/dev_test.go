package ingest

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

// devDir finds ../shared/eval/ingest-dev beside the repository.
func devDir(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"../../../shared/eval/ingest-dev", "../../shared/eval/ingest-dev", "../shared/eval/ingest-dev"} {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	t.Skip("../shared/eval/ingest-dev not found")
	return ""
}

func readGz(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// scoreDev scores a reader over the dev pages and logs the worst ones.
// Set INGEST_DEV_OUT=dir to write each prediction for inspection.
func scoreDev(t *testing.T, read func(id string) string) *eval.IngestReport {
	dir := devDir(t)
	truth, err := eval.ReadIngestTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("INGEST_DEV_OUT")
	pred := map[string]string{}
	for id := range truth {
		pred[id] = read(id)
		if out != "" {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, id+".txt"), []byte(pred[id]), 0o644)
		}
	}
	r := eval.ScoreIngest(truth, pred, nil)
	pages := append([]eval.IngestPage(nil), r.Pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].F1() < pages[j].F1() })
	for _, p := range pages[:min(12, len(pages))] {
		t.Logf("%.12s P %.3f R %.3f F1 %.3f", p.ID, p.Precision, p.Recall, p.F1())
	}
	t.Logf("%d pages: P %.4f R %.4f F1 %.4f", len(r.Pages), r.Precision, r.Recall, r.F1())
	return r
}

// TestDevHTML guards the HTML reader's body F1 on the dev pages
// (the target, 0.975, is measured by "extract eval ingest"; this floor
// catches regressions).
func TestDevHTML(t *testing.T) {
	dir := devDir(t)
	r := scoreDev(t, func(id string) string {
		a, err := ParseHTML(readGz(t, filepath.Join(dir, "html", id+".html.gz")), "")
		if err != nil {
			t.Errorf("%s: %v", id, err)
			return ""
		}
		return a.Text
	})
	if f := r.F1(); f < 0.988 { // 0.9885 when raised (ingest10)
		t.Errorf("HTML body F1 %.4f < 0.988", f)
	}
}

// TestDevText guards the text-dump reader's body F1 on the dev dumps.
func TestDevText(t *testing.T) {
	dir := devDir(t)
	r := scoreDev(t, func(id string) string {
		b, err := os.ReadFile(filepath.Join(dir, "text", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return ParseText(string(b)).Text
	})
	if f := r.F1(); f < 0.962 { // 0.9628 when raised (ingest11)
		t.Errorf("text body F1 %.4f < 0.962", f)
	}
}
