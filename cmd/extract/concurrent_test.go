package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/review"
	"github.com/factcheck/extract/internal/synth"
)

// TestReviewersDuringRun: `extract run` (a child process) stores a dump
// into a database while several reviewers save reviews through the review
// app's handler on the same file, back to back. Every save the app
// acknowledged (303) is stored, every other answer is an error status (never
// a redirect), and the run completes with every article.
func TestReviewersDuringRun(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	pool, err := synth.LoadPool(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	gen := func(name string, start, n int) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pool.WriteJSONL(f, synth.Options{Seed: 5, Start: start, Count: n}, false); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// EXTRACT_TEST_REVIEWERS=20 EXTRACT_TEST_ARTICLES=3000 re-runs the
	// issue's figures; the defaults keep the test short.
	first, second, reviewers, most := 60, envInt("EXTRACT_TEST_ARTICLES", 1200), envInt("EXTRACT_TEST_REVIEWERS", 6), 150
	if code, out, errs := cli(t, "run", "--db", db, "--top", "0", gen("first.jsonl", 0, first)); code != exitOK {
		t.Fatalf("first run: exit %d\n%s%s", code, out, errs)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	rows, err := st.DB().Query(`SELECT id FROM claims ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) < 20 {
		t.Fatalf("only %d claims to review", len(ids))
	}
	app, err := review.New(st, review.Options{Token: "secret", Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	defer srv.Close()

	dump2 := gen("second.jsonl", first, second)
	run := child(t, "run", "--db", db, "--top", "0", "--batch", "16", dump2)
	var runOut strings.Builder
	run.Stdout, run.Stderr = &runOut, &runOut
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	runDone := make(chan error, 1)
	go func() { runDone <- run.Wait() }()
	var stop atomic.Bool

	var acked, refused atomic.Int64
	var bad sync.Map
	var wg sync.WaitGroup
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for r := range reviewers {
		most := most
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < most && (i < 20 || !stop.Load()); i++ {
				id := ids[(r*most+i)%len(ids)]
				form := url.Values{"status": {"verified"}, "reviewer": {fmt.Sprintf("r%d", r)}, "note": {fmt.Sprintf("save %d-%d", r, i)}}
				req, _ := http.NewRequest("POST", srv.URL+"/claim/"+url.PathEscape(id)+"/review", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Authorization", "Bearer secret")
				resp, err := client.Do(req)
				if err != nil {
					bad.Store(err.Error(), true)
					continue
				}
				resp.Body.Close()
				switch {
				case resp.StatusCode == http.StatusSeeOther && strings.HasSuffix(resp.Header.Get("Location"), "?saved=1"):
					acked.Add(1)
				case resp.StatusCode >= 400:
					refused.Add(1)
				default:
					bad.Store(fmt.Sprintf("answer %d %s", resp.StatusCode, resp.Header.Get("Location")), true)
				}
			}
		}()
	}
	err = <-runDone
	stop.Store(true)
	wg.Wait()
	if err != nil {
		t.Fatalf("run beside the reviewers: %v\n%s", err, runOut.String())
	}
	bad.Range(func(k, _ any) bool { t.Error(k); return true })
	var stored int64
	if err := st.DB().QueryRowContext(context.Background(), `SELECT count(*) FROM reviews WHERE note LIKE 'save %'`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d reviewers: %d saves acknowledged, %d refused, %d stored; run: %s", reviewers, acked.Load(), refused.Load(), stored, strings.TrimSpace(runOut.String()))
	if stored != acked.Load() {
		t.Errorf("%d saves acknowledged, %d stored", acked.Load(), stored)
	}
	if refused.Load() > 0 {
		t.Errorf("%d saves refused while the run wrote", refused.Load())
	}
	if n := storedArticles(db); n != first+second {
		t.Errorf("%d articles stored, want %d", n, first+second)
	}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
