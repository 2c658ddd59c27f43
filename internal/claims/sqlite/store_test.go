package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/extract/internal/claims"
	_ "github.com/factcheck/extract/internal/golden"
)

func testResult(id, text string, qs ...claims.Quantity) claims.Result {
	a := claims.Article{ID: id, Origin: "test", Text: text}
	a.Hash = claims.ContentHash(&a)
	for i := range qs {
		qs[i].ArticleID = id
		qs[i].ID = claims.QuantityID(a.Hash, qs[i].Quantity.Start, qs[i].Quantity.End)
	}
	return claims.Result{Article: a, Quantities: qs}
}

func claim(text string, start int, src *claims.Source) claims.Quantity {
	return claims.Quantity{
		Quantity: claims.Span{Text: text, Start: start, End: start + len(text)},
		Low:      claims.F(1), High: claims.F(1), Qualifier: claims.Exact, Unit: "count", Kind: claims.KindClaim,
		Sentence: claims.Span{Start: 0, End: start + len(text)}, Source: src,
	}
}

func count(t *testing.T, st *Store) (int, int, int, int) {
	t.Helper()
	a, q, c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var s int
	if err := st.DB().QueryRow(`SELECT count(*) FROM sources`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return a, q, c, s
}

func TestWriteIdempotentAndReplace(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src := &claims.Source{Name: "Foro Penal", Mention: "the group", Start: 0, End: 9, Kind: "organization"}
	text := "the group says 12 and 7 and 1999."
	r := testResult("a1", text, claim("12", 15, src), claim("7", 22, src),
		claims.Quantity{Quantity: claims.Span{Text: "1999", Start: 28, End: 32}, Qualifier: claims.Exact, Kind: claims.KindYear})

	steps := []struct {
		name                string
		batch               []claims.Result
		wrote               int
		arts, qs, cls, srcs int
	}{
		{"first write", []claims.Result{r}, 1, 1, 3, 2, 1},
		{"same content again", []claims.Result{r}, 0, 1, 3, 2, 1},
		{"changed content replaces", []claims.Result{testResult("a1", text+" More.", claim("12", 15, nil))}, 1, 1, 1, 1, 0},
		{"second article", []claims.Result{testResult("a2", "5 people", claim("5", 0, src))}, 1, 2, 2, 2, 1},
	}
	for _, s := range steps {
		n, err := st.Write(ctx, s.batch)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		a, q, c, so := count(t, st)
		if n != s.wrote || a != s.arts || q != s.qs || c != s.cls || so != s.srcs {
			t.Errorf("%s: wrote %d, articles %d, quantities %d, claims %d, sources %d; want %d, %d, %d, %d, %d",
				s.name, n, a, q, c, so, s.wrote, s.arts, s.qs, s.cls, s.srcs)
		}
	}
}

func TestReadBack(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	text := "Ünïcödé first. The ministry said 99 were freed."
	src := &claims.Source{Name: "Ministry of Justice", Mention: "The ministry", Start: 16, End: 28, Role: "", Kind: "organization"}
	q := claim("99", 34, src)
	q.Sentence = claims.Span{Text: text[16:], Start: 16, End: len(text)}
	q.Cue = &claims.Span{Text: "said", Start: 29, End: 33}
	up := claims.Up
	q.Change = &up
	if _, err := st.Write(ctx, []claims.Result{testResult("x", text, q)}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	var got []claims.Quantity
	if err := ro.Quantities(ctx, Filter{ClaimsOnly: true}, func(q *claims.Quantity) error { got = append(got, *q); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d claims", len(got))
	}
	g := got[0]
	if g.Sentence.Text != text[16:] {
		t.Errorf("sentence %q, want %q (byte offsets on multi-byte text)", g.Sentence.Text, text[16:])
	}
	if g.Source == nil || g.Source.Name != "Ministry of Justice" || g.Source.Mention != "The ministry" || g.Source.Start != 16 {
		t.Errorf("source %+v", g.Source)
	}
	if g.Cue == nil || g.Cue.Text != "said" || g.Change == nil || *g.Change != "up" || *g.Low != 1 {
		t.Errorf("cue %+v change %v low %v", g.Cue, g.Change, g.Low)
	}
	var v int
	if err := ro.DB().QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("schema version %d (%v), want %d", v, err, SchemaVersion())
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "none.db")); err == nil {
		t.Fatal("opening a missing database read-only succeeded")
	}
}

// TestSearchIndex checks that claims_fts, which Write fills once per batch,
// finds what was written and forgets replaced articles, also when one batch
// writes and then replaces the same article, and that FTS5's own integrity
// check passes after every step.
func TestSearchIndex(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	oldText := "prisoners released 107 yesterday"
	newText := "detainees freed 99 today"
	old := testResult("a1", oldText, claim("107", 19, nil))
	repl := testResult("a1", newText, claim("99", 16, nil))
	other := testResult("a2", "marchers counted 5000 downtown", claim("5000", 17, nil))
	q := claim("42", 13, nil)
	q.Qualifier = "a_new_qualifier" // not yet in the lookup table
	fresh := testResult("a3", "the sentence 42 here", q)

	steps := []struct {
		name  string
		batch []claims.Result
		want  map[string]int // search → matching claims
	}{
		{"first", []claims.Result{old, other}, map[string]int{"prisoners": 1, "107": 1, "marchers": 1, "detainees": 0}},
		{"replace", []claims.Result{repl}, map[string]int{"prisoners": 0, "107": 0, "detainees": 1, "99": 1, "marchers": 1}},
		{"write and replace in one batch", []claims.Result{old, repl, fresh}, map[string]int{"prisoners": 0, "detainees": 1, "sentence": 1, "42": 1}},
	}
	for _, s := range steps {
		if _, err := st.Write(ctx, s.batch); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if _, err := st.DB().Exec(`INSERT INTO claims_fts(claims_fts, rank) VALUES('integrity-check', 1)`); err != nil {
			t.Errorf("%s: integrity check: %v", s.name, err)
		}
		for term, want := range s.want {
			var n int
			if err := st.DB().QueryRow(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?`, `"`+term+`"`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != want {
				t.Errorf("%s: %q matches %d claims, want %d", s.name, term, n, want)
			}
		}
	}
}

// TestWriteRefusedArticle: an article whose rows the database refuses (here
// a quantity id another article holds) is left out and named; the rest of
// the batch is stored, and writing the batch again stores nothing new and
// names it again.
func TestWriteRefusedArticle(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a1 := testResult("a1", "12 and 7.", claim("12", 0, nil), claim("7", 7, nil))
	a2 := testResult("a2", "says 40.", claim("40", 5, nil))
	a2.Article.Origin = "dump.jsonl:2"
	a2.Quantities[0].ID = a1.Quantities[1].ID // a collision
	a3 := testResult("a3", "and 5.", claim("5", 4, &claims.Source{Name: "X", Mention: "X"}))
	for run := 0; run < 2; run++ {
		n, err := st.Write(ctx, []claims.Result{a1, a2, a3})
		var re *RefusedError
		if !errors.As(err, &re) || len(re.Articles) != 1 || re.Articles[0].ID != "a2" ||
			!strings.Contains(err.Error(), "dump.jsonl:2: article a2: not stored: ") {
			t.Fatalf("run %d: err %v", run, err)
		}
		if want := []int{2, 0}[run]; n != want {
			t.Errorf("run %d: wrote %d, want %d", run, n, want)
		}
		if a, q, c, s := count(t, st); a != 2 || q != 3 || c != 3 || s != 1 {
			t.Errorf("run %d: %d articles %d quantities %d claims %d sources, want 2 3 3 1", run, a, q, c, s)
		}
		// the articles stored are analysed as in a batch without a refusal
		var sigs int
		if err := st.DB().QueryRow(`SELECT count(*) FROM article_sigs WHERE article_id IN ('a1', 'a3')`).Scan(&sigs); err != nil || sigs != 2 {
			t.Errorf("run %d: %d of a1, a3 analysed (%v), want 2", run, sigs, err)
		}
	}
	var hits int
	if err := st.DB().QueryRow(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '5'`).Scan(&hits); err != nil || hits != 1 {
		t.Errorf("search index: %d hits for a3's claim, %v", hits, err)
	}
}

// TestWritersQueue: a write transaction holding the lock does not make
// another writer fail: it waits (BEGIN IMMEDIATE under the busy timeout),
// and a read-only transaction does not take the write lock.
func TestWritersQueue(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.Write(ctx, []claims.Result{testResult("a1", "12 and 7.", claim("12", 0, nil))}); err != nil {
		t.Fatal(err)
	}
	ro, err := b.DB().BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	ro.QueryRow(`SELECT count(*) FROM articles`).Scan(&n) // a read snapshot, as a reviewer's page
	tx, err := a.DB().BeginTx(ctx, nil)                   // holds the write lock at once
	if err != nil {
		t.Fatal(err)
	}
	tx.Exec(`INSERT INTO meta(key, value) VALUES('x', 'y')`)
	done := make(chan error, 1)
	go func() {
		_, err := b.Write(ctx, []claims.Result{testResult("a2", "says 40.", claim("40", 5, nil))})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("second writer: %v", err)
	}
	ro.Rollback()
	if arts, _, _, _ := count(t, a); arts != 2 {
		t.Errorf("%d articles", arts)
	}
}

// The search index merges its segments 16 at a time (migration 13).
func TestSearchIndexAutomerge(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var v int
	if err := st.DB().QueryRow(`SELECT v FROM claims_fts_config WHERE k = 'automerge'`).Scan(&v); err != nil || v != 16 {
		t.Fatalf("automerge = %d, %v; want 16", v, err)
	}
}

// TestOneConnection: with a pool of one connection (SetMaxOpenConns(1),
// as a caller may set), batches whose row counts the statement cache has
// not seen yet are written, not stuck waiting for the connection their
// own transaction holds (stmtCache prepares on the database between
// transactions).
func TestOneConnection(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "one.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.DB().SetMaxOpenConns(1)
	texts := corpusTexts(t)
	q := claimAt(t, texts["000"], "1,800", 1800)
	var batches [][]claims.Result
	for n := 1; n <= 3; n++ { // batches of 1, 2 and 3 articles: rows counts the cache has not seen
		var b []claims.Result
		for i := range n {
			b = append(b, testResult(fmt.Sprintf("one-%d-%d", n, i), texts["000"], q))
		}
		batches = append(batches, b)
	}
	done := make(chan error, 1)
	go func() {
		for _, b := range batches {
			if _, err := st.Write(context.Background(), b); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("writing with one connection did not end in a minute")
	}
	var n int
	if err := st.DB().QueryRow(`SELECT count(*) FROM articles WHERE id LIKE 'one-%'`).Scan(&n); err != nil || n != 6 {
		t.Fatalf("%d articles stored (%v), want 6", n, err)
	}
}
