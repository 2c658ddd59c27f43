package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

func TestServeUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	t.Setenv("EXTRACT_TOKEN", "do-not-print-me")
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "-h"}, exitOK, "--addr 127.0.0.1:8080"},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "missing.db")}, exitInput, "missing.db: no such file; create it with"},
		{[]string{"serve", "--db", db, "--addr", "nonsense"}, exitUsage, "--addr"},
		{[]string{"serve", "--db", db, "extra"}, exitUsage, "unexpected argument"},
	} {
		code, _, errs := cli(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.msg)
		}
		if strings.Contains(errs, "do-not-print-me") {
			t.Errorf("%v printed the token", c.args)
		}
	}
}

// TestExportReviewsAfterRerun reviews a claim, re-runs over an updated
// copy of the corpus (the article's claims get new ids), and exports the
// reviews read-only: they follow their claims.
func TestExportReviewsAfterRerun(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	db := filepath.Join(t.TempDir(), "claims.db")
	if code, _, errs := cli(t, "run", "--db", db, dir); code != exitOK {
		t.Fatalf("run: %d %s", code, errs)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var id, article, qty, sentence string
	if err := st.DB().QueryRow(`SELECT v.claim_id, v.article_id, v.quantity, v.sentence FROM claims_view v JOIN quantities q ON q.id = v.claim_id
		ORDER BY v.article_id DESC, q.start DESC LIMIT 1`).Scan(&id, &article, &qty, &sentence); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddVerdict(context.Background(), id, nil, sqlite.Verdict{Status: "correct", Rating: "true", Note: "checked against the statement", Reviewer: "Ann"}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	// Update the article: a sentence added before the claim's shifts its offsets.
	p := filepath.Join(dir, article)
	b, err := os.ReadFile(p)
	if err != nil || !strings.Contains(string(b), sentence) {
		t.Skipf("article id %q is not a corpus file holding the claim's sentence", article)
	}
	up := strings.Replace(string(b), sentence, "Officials declined to comment on Sunday. "+sentence, 1)
	os.WriteFile(p, []byte(up), 0o644)
	code, sum, errs := cli(t, "run", "--db", db, dir)
	if code != exitOK {
		t.Fatalf("re-run: %d %s", code, errs)
	}
	// The run says the article changed, and the review moved during it.
	if !strings.Contains(sum, "(0 new, 1 changed, ") || !strings.Contains(sum, "1 review(s) moved to the changed claims") {
		t.Errorf("re-run summary: %s", sum)
	}
	moved, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	moved.DB().QueryRow(`SELECT count(*) FROM reviews WHERE claim_id != original_claim_id AND claim_id IN (SELECT id FROM claims)`).Scan(&n)
	moved.Close()
	if n != 1 {
		t.Errorf("%d reviews on their new claim after the run, want 1", n)
	}

	code, out, errs := cli(t, "export", "--db", db, "--what", "reviews", "--format", "csv")
	if code != exitOK {
		t.Fatalf("export csv: %d %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv: %v, %d records", err, len(recs))
	}
	row := recs[1]
	if row[0] == id || row[1] != id || row[5] != qty || row[15] != "correct" || row[16] != "true" || row[23] != "yes" {
		t.Errorf("review did not follow its claim: %v", row)
	}
	code, out, errs = cli(t, "export", "--db", db, "--what", "reviews", "--format", "claimreview")
	if code != exitOK {
		t.Fatalf("export claimreview: %d %s", code, errs)
	}
	var crs []map[string]any
	if err := json.Unmarshal([]byte(out), &crs); err != nil || len(crs) != 1 || crs[0]["@type"] != "ClaimReview" || crs[0]["identifier"] != row[0] {
		t.Errorf("claimreview: %v %s", err, out)
	}
	if code, _, _ := cli(t, "export", "--db", db, "--what", "reviews", "--format", "xml"); code != exitUsage {
		t.Errorf("--format xml: exit %d", code)
	}
}
