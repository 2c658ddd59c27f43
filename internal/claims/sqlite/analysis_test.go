package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/compare"
)

// corpusTexts reads the sample corpus (skips when absent): 000 and 001 are
// rewrites of one story, the others unrelated.
func corpusTexts(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("../../../corpus/*.txt")
	if len(files) < 5 {
		t.Skip("corpus/ not found")
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)[:3]] = string(b)
	}
	return out
}

// claimAt makes a claim of the first occurrence of num in text, its
// sentence running to the nearest full stops.
func claimAt(t *testing.T, text, num string, v float64) claims.Quantity {
	t.Helper()
	i := strings.Index(text, num)
	if i < 0 {
		t.Fatalf("%q not in text", num)
	}
	s := strings.LastIndex(text[:i], ". ") + 2
	if s < 2 {
		s = 0
	}
	e := i + strings.Index(text[i:], ".") + 1
	return claims.Quantity{Quantity: claims.Span{Text: num, Start: i, End: i + len(num)}, Low: claims.F(v), High: claims.F(v),
		Qualifier: claims.Exact, Unit: "count", Kind: claims.KindClaim, Sentence: claims.Span{Text: text[s:e], Start: s, End: e}}
}

func pairs(t *testing.T, st *Store) []string {
	t.Helper()
	return strs(t, st, `SELECT a || '/' || b FROM near_duplicates ORDER BY a, b`)
}

// write stores a batch and runs the pairing pass, as extract serve does in
// the background.
func write(t *testing.T, st *Store, rs ...claims.Result) {
	t.Helper()
	if _, err := st.Write(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
	pairAll(t, st)
}

func pairAll(t *testing.T, st *Store) {
	t.Helper()
	for {
		n, err := st.PairPending(context.Background(), 2)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

// TestAnalysisAtIngest: each batch's articles get their buckets when they
// are written and are paired, by the incremental pass, with those stored
// before (and with each other); a replaced article's pairs go with it and
// come back with the new version.
func TestAnalysisAtIngest(t *testing.T) {
	texts := corpusTexts(t)
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	write(t, st, testResult("000", texts["000"]), testResult("002", texts["002"]))
	if got := pairs(t, st); len(got) != 0 {
		t.Fatalf("pairs after first batch: %v", got)
	}
	write(t, st, testResult("001", texts["001"]), testResult("003", texts["003"]), testResult("004", texts["004"]))
	if got := strings.Join(pairs(t, st), " "); got != "000/001" {
		t.Fatalf("pairs: %q, want 000/001", got)
	}
	// An edited copy of 002 in its own batch: paired with 002 only.
	paras := strings.Split(texts["002"], "\n")
	sort.Sort(sort.Reverse(sort.StringSlice(paras)))
	write(t, st, testResult("002-copy", strings.Join(paras[1:], "\n")))
	if got := strings.Join(pairs(t, st), " "); got != "000/001 002/002-copy" {
		t.Fatalf("pairs: %q", got)
	}
	// Replaced by unrelated text: the pair goes; replaced back: it returns.
	write(t, st, testResult("002-copy", texts["004"]+"\nCorrection appended."))
	if got := strings.Join(pairs(t, st), " "); got != "000/001 002-copy/004" {
		t.Fatalf("pairs after replace: %q", got)
	}
	write(t, st, testResult("002-copy", strings.Join(paras[1:], "\n")))
	if got := strings.Join(pairs(t, st), " "); got != "000/001 002/002-copy" {
		t.Fatalf("pairs after replacing back: %q", got)
	}
	var sigs, arts int
	st.DB().QueryRow(`SELECT (SELECT count(*) FROM article_sigs), (SELECT count(*) FROM articles)`).Scan(&sigs, &arts)
	if sigs != arts {
		t.Errorf("%d signatures for %d articles", sigs, arts)
	}
	// Stored but not paired yet: the pass pairs only the new article, with
	// the earlier ones.
	if _, err := st.Write(context.Background(), []claims.Result{testResult("000-copy", texts["000"]+"\nA line.")}); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.Unpaired(context.Background()); n != 1 {
		t.Fatalf("%d unpaired after a write", n)
	}
	if n, err := st.PairPending(context.Background(), 100); err != nil || n != 1 {
		t.Fatalf("paired %d, %v", n, err)
	}
	if got := strings.Join(pairs(t, st), " "); got != "000/000-copy 000/001 000-copy/001 002/002-copy" {
		t.Fatalf("pairs after the pass: %q", got)
	}
}

// TestCopiesAndGroups: the same claim in two near-duplicate articles is one
// set of copies shown once (the first article's); group counts follow
// inserts and deletes.
func TestCopiesAndGroups(t *testing.T) {
	texts := corpusTexts(t)
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Both rewrites of the story report the 1,800 arrests.
	num := func(text string) string {
		for _, n := range []string{"1,800", "1.800", "1800"} {
			if strings.Contains(text, n) {
				return n
			}
		}
		t.Skip("no shared figure in the corpus pair")
		return ""
	}
	q0 := claimAt(t, texts["000"], num(texts["000"]), 1800)
	q1 := claimAt(t, texts["001"], num(texts["001"]), 1800)
	q0.Subject, q0.Event, q1.Subject, q1.Event = "people", "arrested", "people", "arrested"
	q1.Source = &claims.Source{Name: "Foro Penal"}
	r0, r1 := testResult("000", texts["000"], q0), testResult("001", texts["001"], q1)
	write(t, st, r0)
	write(t, st, r1)
	id0, id1 := r0.Quantities[0].ID, r1.Quantities[0].ID
	rep := func(id string) string {
		var r string
		if err := st.DB().QueryRow(`SELECT rep FROM claim_copies WHERE claim_id = ?`, id).Scan(&r); err != nil {
			t.Fatalf("copies of %s: %v", id, err)
		}
		return r
	}
	if rep(id0) != id0 || rep(id1) != id0 {
		t.Fatalf("reps %s %s, want both %s", rep(id0), rep(id1), id0)
	}
	group := func() (n, arts, srcs int) {
		if err := st.DB().QueryRow(`SELECT claims, articles, sources FROM cmp_groups WHERE event = 'arrested' AND subject = 'people'`).
			Scan(&n, &arts, &srcs); err != nil {
			t.Fatal(err)
		}
		return
	}
	if n, a, s := group(); n != 2 || a != 2 || s != 2 {
		t.Fatalf("group: %d claims %d articles %d sources", n, a, s)
	}
	// The first article changes (the claim gone): the copy left is shown
	// alone, the group shrinks.
	write(t, st, testResult("000", texts["000"]+"\nUpdated."))
	if rep(id1) != id1 {
		t.Fatalf("rep after the shown copy went: %s", rep(id1))
	}
	if n, a, s := group(); n != 1 || a != 1 || s != 1 {
		t.Fatalf("group after delete: %d claims %d articles %d sources", n, a, s)
	}
}

// TestAnalysePendingMigration: a database written before the analysis
// tables (schema 3) is upgraded, and AnalysePending analyses its articles a
// batch at a time, then stops looking.
func TestAnalysePendingMigration(t *testing.T) {
	texts := corpusTexts(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	// A version-3 database with articles stored before the analysis existed.
	saved := migrations
	migrations = saved[:3]
	st, err := Open(path)
	if err != nil {
		migrations = saved
		t.Fatal(err)
	}
	for _, id := range []string{"000", "001", "002"} {
		if _, err := st.DB().Exec(`INSERT INTO articles(id, hash, text) VALUES(?, 'h', ?)`, id, texts[id]); err != nil {
			migrations = saved
			t.Fatal(err)
		}
	}
	st.Close()
	migrations = saved

	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, err := st.AnalysisPending(ctx); err != nil || n != 3 {
		t.Fatalf("pending %d, %v", n, err)
	}
	total := 0
	for {
		n, err := st.AnalysePending(ctx, 2)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		total += n
	}
	if total != 3 {
		t.Fatalf("analysed %d", total)
	}
	pairAll(t, st)
	if got := strings.Join(pairs(t, st), " "); got != "000/001" {
		t.Fatalf("pairs %q", got)
	}
	if n, _ := st.AnalysisPending(ctx); n != 0 {
		t.Fatalf("still pending: %d", n)
	}
	// New articles are analysed at write.
	write(t, st, testResult("003", texts["000"]+"\nAnd one more line."))
	if got := strings.Join(pairs(t, st), " "); got != "000/001 000/003 001/003" {
		t.Fatalf("pairs %q", got)
	}
}

// TestArticleQueriesUseIndexes: the review export reads the claims and the
// current reviews of one article at a time; both must be index lookups, not
// scans (a scan per article made 40k reviews take 53 s).
func TestArticleQueriesUseIndexes(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	plan := func(q string, args ...any) string {
		rows, err := st.DB().Query(`EXPLAIN QUERY PLAN `+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			rows.Scan(&id, &parent, &notused, &detail)
			out = append(out, detail)
		}
		return strings.Join(out, "; ")
	}
	p := plan(quantitiesQuery(`WHERE q.article_id = ? AND q.kind = 'claim'`), "a1")
	if !strings.Contains(p, "q USING INDEX quantities_article") || strings.Contains(p, "SCAN q") {
		t.Errorf("claims of an article: %s", p)
	}
	p = plan(`SELECT claim_id FROM current_reviews WHERE claim_id = ?`, "x")
	if strings.Contains(p, "SCAN r") && !strings.Contains(p, "INDEX") {
		t.Errorf("current review of a claim: %s", p)
	}
}

// TestClaimStatus: claim_status follows the latest review of each claim,
// including reviews moved to a re-extracted claim.
func TestClaimStatus(t *testing.T) {
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "Officials said 12 people were hurt. Police said 7 were arrested."
	r := testResult("a1", text, claim("12", 15, nil), claim("7", 47, nil))
	write(t, st, r)
	id := r.Quantities[0].ID
	status := func(id string) string {
		var s string
		st.DB().QueryRow(`SELECT status FROM claim_status WHERE claim_id = ?`, id).Scan(&s)
		return s
	}
	for _, s := range []string{"verified", "disputed"} {
		if _, err := st.AddReview(ctx, id, s, "", "Ann"); err != nil {
			t.Fatal(err)
		}
	}
	if got := status(id); got != "disputed" {
		t.Fatalf("status %q, want the latest (disputed)", got)
	}
	// The article changes: the claim gets a new id and its reviews follow.
	r2 := testResult("a1", "Update. "+text, claim("12", 23, nil), claim("7", 55, nil))
	write(t, st, r2)
	if _, _, err := st.ReattachReviews(ctx); err != nil {
		t.Fatal(err)
	}
	now := r2.Quantities[0].ID
	if status(now) != "disputed" || status(id) != "" {
		t.Errorf("after re-attaching: new %q old %q", status(now), status(id))
	}
	var n int
	st.DB().QueryRow(`SELECT count(*) FROM claim_status`).Scan(&n)
	if n != 1 {
		t.Errorf("%d claim_status rows", n)
	}
}

// TestBucketsWaitAndFlush: a stored article's bucket keys wait in
// lsh_pending until FlushBuckets (or pairing) moves them into lsh_buckets,
// 32 rows per article, once; a second flush finds nothing.
func TestBucketsWaitAndFlush(t *testing.T) {
	texts := corpusTexts(t)
	ctx := context.Background()
	st, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Write(ctx, []claims.Result{testResult("000", texts["000"]), testResult("001", texts["001"]), testResult("tiny", "Too short.")}); err != nil {
		t.Fatal(err)
	}
	counts := func() (waiting, rows int) {
		t.Helper()
		if err := st.DB().QueryRow(`SELECT (SELECT count(*) FROM lsh_pending), (SELECT count(*) FROM lsh_buckets)`).
			Scan(&waiting, &rows); err != nil {
			t.Fatal(err)
		}
		return
	}
	if w, r := counts(); w != 2 || r != 0 {
		t.Fatalf("after the write: %d waiting, %d bucket rows; want 2, 0", w, r)
	}
	if n, err := st.FlushBuckets(ctx); err != nil || n != 2 {
		t.Fatalf("flushed %d, %v", n, err)
	}
	if w, r := counts(); w != 0 || r != 2*compare.Bands {
		t.Fatalf("after the flush: %d waiting, %d bucket rows; want 0, %d", w, r, 2*compare.Bands)
	}
	if n, err := st.FlushBuckets(ctx); err != nil || n != 0 {
		t.Fatalf("second flush: %d, %v", n, err)
	}
	// A third article waits; pairing moves it before reading the buckets.
	if _, err := st.Write(ctx, []claims.Result{testResult("000-copy", texts["000"]+"\nA line.")}); err != nil {
		t.Fatal(err)
	}
	if w, _ := counts(); w != 1 {
		t.Fatalf("%d waiting after the second write", w)
	}
	pairAll(t, st)
	if w, r := counts(); w != 0 || r != 3*compare.Bands {
		t.Fatalf("after pairing: %d waiting, %d bucket rows", w, r)
	}
	if got := strings.Join(pairs(t, st), " "); got != "000/000-copy 000/001 000-copy/001" {
		t.Fatalf("pairs %q", got)
	}
}

// TestBucketsFlushInPasses: a flush larger than bucketRowsPerPass reads the
// waiting keys in passes over slices of the key space, in the flush of a
// run as in pairing's, and stores the same rows as a flush in one pass.
func TestBucketsFlushInPasses(t *testing.T) {
	texts := corpusTexts(t)
	ctx := context.Background()
	var results []claims.Result
	for id, text := range texts {
		results = append(results, testResult(id, text), testResult(id+"-b", text+"\nOne more line."))
	}
	buckets := func(perPass int, pairing bool) []string {
		t.Helper()
		defer func(n int) { bucketRowsPerPass = n }(bucketRowsPerPass)
		bucketRowsPerPass = perPass
		st, err := Open(filepath.Join(t.TempDir(), "c.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Write(ctx, results); err != nil {
			t.Fatal(err)
		}
		if pairing {
			if _, err := st.PairPending(ctx, 1000); err != nil {
				t.Fatal(err)
			}
		} else if n, err := st.FlushBuckets(ctx); err != nil || n != len(results) {
			t.Fatalf("flushed %d of %d, %v", n, len(results), err)
		}
		rows, err := column[string](st.DB().Query(`SELECT key || ' ' || aid FROM lsh_buckets ORDER BY key, aid`))
		if err != nil {
			t.Fatal(err)
		}
		var waiting int
		st.DB().QueryRow(`SELECT count(*) FROM lsh_pending`).Scan(&waiting)
		if waiting != 0 {
			t.Errorf("%d articles' keys still wait", waiting)
		}
		return rows
	}
	want := buckets(1<<19, false)
	if len(want) != len(results)*compare.Bands {
		t.Fatalf("%d bucket rows, want %d", len(want), len(results)*compare.Bands)
	}
	for _, c := range []struct {
		perPass int
		pairing bool
	}{{50, false}, {7, false}, {50, true}} {
		if got := buckets(c.perPass, c.pairing); !slices.Equal(got, want) {
			t.Errorf("%d rows a pass (pairing %v): %d bucket rows differ from one pass's %d", c.perPass, c.pairing, len(got), len(want))
		}
	}
}
