package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/export"
	"github.com/factcheck/extract/internal/extract"
	"github.com/factcheck/extract/internal/shard"
	"github.com/factcheck/extract/internal/synth"
)

var (
	exOnce sync.Once
	exVal  *extract.Extractor
	exErr  error
)

func extractor(t testing.TB) *extract.Extractor {
	exOnce.Do(func() { exVal, exErr = extract.New() })
	if exErr != nil {
		t.Fatal(exErr)
	}
	return exVal
}

func openStore(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// writeDump writes n synthetic articles starting at index start as JSONL.
func writeDump(t testing.TB, path string, start, n int) {
	t.Helper()
	pool, err := synth.LoadPool("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pool.WriteJSONL(f, synth.Options{Seed: 3, Start: start, Count: n}, strings.HasSuffix(path, ".gz")); err != nil {
		t.Fatal(err)
	}
}

// dump is the database's content as the exports show it.
func dump(t testing.TB, st *sqlite.Store) string {
	t.Helper()
	var buf bytes.Buffer
	ctx := context.Background()
	if err := export.Articles(ctx, st, "jsonl", &buf); err != nil {
		t.Fatal(err)
	}
	if err := export.Quantities(ctx, st, "jsonl", &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func countArticles(t testing.TB, st *sqlite.Store) int {
	t.Helper()
	n, _, _, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestRunOrderAndRerun: two versions of one id in the input end as the
// later one, whatever the workers' timing, and re-runs leave the database
// as it was.
func TestRunOrderAndRerun(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	writeDump(t, filepath.Join(dir, "a", "dump.jsonl"), 0, 60)
	// b/same.txt and a/same.txt share the id "same.txt".
	os.WriteFile(filepath.Join(dir, "a", "same.txt"), []byte("The first version says 12 people were hurt, police said.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "same.txt"), []byte("The second version says 340 people were hurt, officials said.\n"), 0o644)
	inputs := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}
	ex := extractor(t)

	var first string
	for round := range 3 {
		st := openStore(t, filepath.Join(dir, "db"+string(rune('0'+round))+".db"))
		opt := Options{Workers: 3, BatchSize: 1 + round*5}
		s, err := Run(context.Background(), st, ex, inputs, opt)
		if err != nil || s.Errors != 0 || s.Articles != 62 || s.Stored+s.Skipped != 62 {
			t.Fatalf("round %d: %+v, %v", round, s, err)
		}
		got := dump(t, st)
		if !strings.Contains(got, "The second version") || strings.Contains(got, "The first version") {
			t.Fatalf("round %d: the later version of same.txt is not the one stored", round)
		}
		if round == 0 {
			first = got
		} else if got != first {
			t.Fatalf("round %d: database differs from round 0", round)
		}
		// Re-running over the same input changes nothing.
		s2, err := Run(context.Background(), st, ex, inputs, opt)
		if err != nil || s2.Articles != 62 {
			t.Fatalf("round %d re-run: %+v, %v", round, s2, err)
		}
		if s2.Stored > 2 {
			t.Errorf("round %d re-run wrote %d articles; want at most the 2 versions of same.txt", round, s2.Stored)
		}
		if again := dump(t, st); again != first {
			t.Fatalf("round %d: re-run changed the database", round)
		}
	}
}

// TestFullDisk: when the database cannot grow (SQLITE_FULL, as on a full
// disk) the run stops with a clear error; every batch committed before stays,
// and a later run completes the database to what an uninterrupted run gives.
func TestFullDisk(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "dump.jsonl.gz")
	writeDump(t, in, 0, 300)
	ex := extractor(t)

	ref := openStore(t, filepath.Join(dir, "ref.db"))
	if _, err := Run(context.Background(), ref, ex, []string{in}, Options{}); err != nil {
		t.Fatal(err)
	}
	want := dump(t, ref)

	path := filepath.Join(dir, "full.db")
	st := openStore(t, path)
	db := st.DB()
	db.SetMaxOpenConns(1) // the pragma below holds for one connection
	var pages int
	if err := db.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA max_page_count = ` + strconv.Itoa(pages+60)); err != nil {
		t.Fatal(err)
	}
	s, err := Run(context.Background(), st, ex, []string{in}, Options{BatchSize: 10})
	var se *StoreError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "full") || !strings.Contains(err.Error(), path) {
		t.Fatalf("want a store error saying the database is full, got %v", err)
	}
	if s.Stored == 0 || s.Stored >= 300 {
		t.Fatalf("stored %d articles before the disk was full; the test needs some but not all", s.Stored)
	}
	st.Close()

	// Nothing committed is lost.
	st2 := openStore(t, path)
	if n := countArticles(t, st2); n != s.Stored {
		t.Fatalf("database holds %d articles, the run reported %d committed", n, s.Stored)
	}
	// With room again, a re-run finishes the job.
	s2, err := Run(context.Background(), st2, ex, []string{in}, Options{})
	if err != nil || s2.Skipped != s.Stored {
		t.Fatalf("re-run: %+v, %v (want %d skipped)", s2, err, s.Stored)
	}
	if got := dump(t, st2); got != want {
		t.Fatal("database after full disk + re-run differs from an uninterrupted run")
	}
}

// TestLoadShards: shards written with shard.Marshal load into the same
// database as Run, idempotently, and bad lines are reported and skipped.
func TestLoadShards(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "dump.jsonl")
	writeDump(t, in, 0, 50)
	ex := extractor(t)
	ref := openStore(t, filepath.Join(dir, "ref.db"))
	if _, err := Run(context.Background(), ref, ex, []string{in}, Options{}); err != nil {
		t.Fatal(err)
	}

	// Two shards from the stored articles, re-extracted.
	var lines [2][]byte
	i := 0
	err := ref.Articles(context.Background(), func(a *claims.Article) error {
		r := claims.Result{Article: *a, Quantities: ex.Extract(a)}
		b, err := shard.Marshal(&r)
		lines[i%2] = append(lines[i%2], b...)
		i++
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	lines[1] = append(lines[1], []byte("{\"id\":\"x\",\"hash\":\"0\",\"article\":{\"id\":\"x\",\"text\":\"tampered\"},\"quantities\":[]}\nnot json\n")...)
	paths := []string{filepath.Join(dir, "s0.jsonl"), filepath.Join(dir, "s1.jsonl")}
	for k := range paths {
		if err := os.WriteFile(paths[k], lines[k], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t, filepath.Join(dir, "load.db"))
	var errs bytes.Buffer
	s, err := Load(context.Background(), st, paths, Options{BatchSize: 7, Errors: &errs})
	if err != nil || s.Stored != 50 || s.Errors != 2 {
		t.Fatalf("load: %+v, %v", s, err)
	}
	if !strings.Contains(errs.String(), "s1.jsonl:26: article x: hash") || !strings.Contains(errs.String(), "s1.jsonl:27:") {
		t.Errorf("error lines do not name file and line:\n%s", errs.String())
	}
	if dump(t, st) != dump(t, ref) {
		t.Fatal("loaded database differs from the run's")
	}
	s2, err := Load(context.Background(), st, paths, Options{})
	if err != nil || s2.Stored != 0 || s2.Skipped != 50 {
		t.Fatalf("second load: %+v, %v", s2, err)
	}
}

// panicky fails on articles whose text holds "PANIC", like a bug that one
// article in a million trips.
type panicky struct{ Extractor }

func (p panicky) Extract(a *claims.Article) []claims.Quantity {
	if strings.Contains(a.Text, "PANIC") {
		panic("extraction bug")
	}
	return p.Extractor.Extract(a)
}

// TestExtractionPanic: an article that makes extraction panic is reported
// on one line naming it, is not stored, and the run goes on and stores the
// rest.
func TestExtractionPanic(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Police said 12 people were hurt.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("PANIC: officials said 40 people were hurt.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("Rescuers said 7 people were missing.\n"), 0o644)
	st := openStore(t, filepath.Join(dir, "x.db"))
	var errs strings.Builder
	s, err := Run(context.Background(), st, panicky{extractor(t)}, []string{dir}, Options{Workers: 2, BatchSize: 1, Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if s.Errors != 1 || s.Stored != 2 {
		t.Errorf("stats %+v; want 1 error, 2 stored", s)
	}
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "b.txt") || !strings.Contains(lines[0], "internal error") {
		t.Errorf("error output %q; want one line naming b.txt", errs.String())
	}
	if got := dump(t, st); strings.Contains(got, "PANIC") || !strings.Contains(got, "Rescuers") {
		t.Errorf("stored: %s", got)
	}
}

// colliding gives the mentions of articles whose text holds "DUP" one id,
// as the old quantity ids did for an article with ~100k numbers.
type colliding struct{ Extractor }

func (c colliding) Extract(a *claims.Article) []claims.Quantity {
	qs := c.Extractor.Extract(a)
	if strings.Contains(a.Text, "DUP") {
		for i := range qs {
			qs[i].ID = qs[0].ID
		}
	}
	return qs
}

// TestRefusedArticle: an article the database refuses (duplicate quantity
// ids) is reported on one line naming it; the articles before and after it,
// in the same batch, are stored, and a re-run goes on past it the same way.
func TestRefusedArticle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Police said 12 people were hurt.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("DUP: officials said 40 people were hurt and 3 missing.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("Rescuers said 7 people were missing.\n"), 0o644)
	st := openStore(t, filepath.Join(dir, "x.db"))
	for run, want := range []Stats{{Stored: 2, Errors: 1}, {Stored: 0, Skipped: 2, Errors: 1}} {
		var errs strings.Builder
		s, err := Run(context.Background(), st, colliding{extractor(t)}, []string{dir}, Options{Workers: 2, Errors: &errs})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if s.Stored != want.Stored || s.Skipped != want.Skipped || s.Errors != want.Errors || s.Mentions != want.Stored {
			t.Errorf("run %d: stats %+v; want %+v", run, s, want)
		}
		lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], "b.txt: article ") || !strings.Contains(lines[0], "UNIQUE constraint failed: quantities.id") {
			t.Errorf("run %d: error output %q; want one line naming b.txt", run, errs.String())
		}
	}
	if got := dump(t, st); strings.Contains(got, "DUP") || !strings.Contains(got, "Rescuers") || !strings.Contains(got, "Police") {
		t.Errorf("stored: %s", got)
	}
}

// TestLoadRefusedLine: a shard line whose rows the database refuses is
// reported naming its shard line and its article (not a neighbour's), and
// loading goes on.
func TestLoadRefusedLine(t *testing.T) {
	dir := t.TempDir()
	ex := extractor(t)
	var data []byte
	for i, text := range []string{"Police said 12 people were hurt.", "Officials said 40 people were hurt and 3 missing.", "Rescuers said 7 people were missing."} {
		a := claims.Article{ID: "s" + strconv.Itoa(i), Origin: "x", Text: text}
		a.Hash = claims.ContentHash(&a)
		r := claims.Result{Article: a, Quantities: ex.Extract(&a)}
		if i == 1 {
			r.Quantities[1].ID = r.Quantities[0].ID
		}
		b, err := shard.Marshal(&r)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b...)
	}
	p := filepath.Join(dir, "s.jsonl")
	os.WriteFile(p, data, 0o644)
	st := openStore(t, filepath.Join(dir, "load.db"))
	var errs strings.Builder
	s, err := Load(context.Background(), st, []string{p}, Options{Errors: &errs})
	if err != nil || s.Stored != 2 || s.Errors != 1 {
		t.Fatalf("load: %+v, %v", s, err)
	}
	if got := strings.TrimSpace(errs.String()); !strings.HasPrefix(got, p+":2: article s1: not stored: ") || strings.Contains(got, "\n") {
		t.Errorf("error output %q", got)
	}
}

// gated blocks the extraction of articles whose text holds "SLOW" until
// open is closed, like an article whose extraction takes minutes.
type gated struct {
	Extractor
	open chan struct{}
}

func (g gated) Extract(a *claims.Article) []claims.Quantity {
	if strings.Contains(a.Text, "SLOW") {
		<-g.open
	}
	return g.Extractor.Extract(a)
}

// waitFor polls cond until it holds (a generous bound: CI machines are slow).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestSlowArticleDoesNotHoldBack: while one article's extraction goes on,
// the articles after it in the input are committed; it is committed when
// done. A later version of its id in the input still wins.
func TestSlowArticleDoesNotHoldBack(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 30 {
		text := "Police said " + strconv.Itoa(i+2) + " people were hurt."
		id := "a" + strconv.Itoa(i)
		switch i {
		case 3:
			text = "SLOW: officials said 40 people were hurt."
		case 5:
			text = "SLOW: the first version said 41 people were hurt."
			id = "dup"
		case 20:
			text = "The later version said 42 people were hurt."
			id = "dup"
		}
		lines = append(lines, `{"id":"`+id+`","text":"`+text+`"}`)
	}
	in := filepath.Join(dir, "dump.jsonl")
	os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	st := openStore(t, filepath.Join(dir, "x.db"))
	g := gated{extractor(t), make(chan struct{})}
	done := make(chan error, 1)
	var stats Stats
	go func() {
		var err error
		stats, err = Run(context.Background(), st, g, []string{in}, Options{Workers: 3, BatchSize: 4,
			FlushEvery: 20 * time.Millisecond, DeferAfter: 50 * time.Millisecond})
		done <- err
	}()
	waitFor(t, "the articles after the slow ones", func() bool { return countArticles(t, st) == 28 })
	close(g.open)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if countArticles(t, st) != 29 || stats.Stored != 29 || stats.Skipped != 1 {
		t.Errorf("stats %+v, %d stored; want 29 stored, 1 skipped", stats, countArticles(t, st))
	}
	if got := dump(t, st); !strings.Contains(got, "The later version") || strings.Contains(got, "the first version") || !strings.Contains(got, "officials said 40") {
		t.Errorf("stored:\n%s", got)
	}
}

// TestInterruptStopsRun: cancelling the run (Ctrl-C) ends it while an
// extraction is still going on: Run returns, what was committed stays, and
// a re-run finishes the job.
func TestInterruptStopsRun(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		text := "Police said " + strconv.Itoa(i+2) + " people were hurt.\n"
		if i == 2 {
			text = "SLOW: " + text
		}
		os.WriteFile(filepath.Join(dir, "f"+strconv.Itoa(i)+".txt"), []byte(text), 0o644)
	}
	st := openStore(t, filepath.Join(dir, "x.db"))
	g := gated{extractor(t), make(chan struct{})}
	defer close(g.open)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, st, g, []string{dir}, Options{Workers: 2, BatchSize: 1, FlushEvery: 20 * time.Millisecond, DeferAfter: time.Hour})
		done <- err
	}()
	waitFor(t, "the articles before the slow one", func() bool { return countArticles(t, st) == 2 })
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("interrupted run: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the run did not stop when interrupted")
	}
	if n := countArticles(t, st); n < 2 {
		t.Errorf("%d articles stored after the interrupt", n)
	}
	s, err := Run(context.Background(), st, extractor(t), []string{dir}, Options{})
	if err != nil || countArticles(t, st) != 6 || s.Stored+s.Skipped != 6 {
		t.Errorf("re-run: %+v, %v", s, err)
	}
}

// TestUnfitArticles: an article with an oversized title, an id with
// control characters or an overlong id is refused with one line naming it,
// like an oversized text; the others are stored.
func TestUnfitArticles(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"ok1","text":"Police said 12 people were hurt."}`,
		`{"id":"big","title":"` + strings.Repeat("T", claims.MaxFieldBytes+1) + `","text":"Police said 13 people were hurt."}`,
		`{"id":"bell\u0007\n","text":"Police said 14 people were hurt."}`,
		`{"id":"` + strings.Repeat("i", claims.MaxIDBytes+1) + `","text":"Police said 15 people were hurt."}`,
		`{"id":"ok2","text":"Police said 16 people were hurt."}`,
	}
	in := filepath.Join(dir, "d.jsonl")
	os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	st := openStore(t, filepath.Join(dir, "x.db"))
	var errs strings.Builder
	s, err := Run(context.Background(), st, extractor(t), []string{in}, Options{Errors: &errs})
	if err != nil || s.Stored != 2 || s.Errors != 3 {
		t.Fatalf("run: %+v, %v\n%s", s, err, errs.String())
	}
	got := strings.Split(strings.TrimSpace(errs.String()), "\n")
	for i, want := range []string{"d.jsonl:2: not stored: article big: title is 0.1 MB, over the 64 KB limit",
		`d.jsonl:3: not stored: article id "bell\a" holds control characters`, "d.jsonl:4: not stored: article id of 513 bytes"} {
		if i >= len(got) || !strings.HasPrefix(got[i], filepath.Join(dir, want)) && !strings.Contains(got[i], want) {
			t.Errorf("error line %d: %q, want %q", i, got, want)
		}
	}
}

// TestRunWarnings: an article read with a warning (Latin-1 text) is stored,
// counted apart from errors, and its warning printed on one line.
func TestRunWarnings(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "latin.txt")
	os.WriteFile(in, []byte("Caf\xe9 prices rose 5% last year, officials said.\n"), 0o644)
	st := openStore(t, filepath.Join(dir, "c.db"))
	var msgs strings.Builder
	s, err := Run(context.Background(), st, extractor(t), []string{in}, Options{Errors: &msgs})
	if err != nil || s.Stored != 1 || s.Errors != 0 || s.Warnings != 1 {
		t.Fatalf("%+v, %v: want 1 stored, 0 errors, 1 warning", s, err)
	}
	if got := msgs.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "warning: "+in+": ") {
		t.Errorf("messages %q: want one warning line naming the file", got)
	}
}
