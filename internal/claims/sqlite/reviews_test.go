package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// result builds an article with a claim on each number given, found in the
// text by its first occurrence; the sentence is the line containing it.
func result(id, title, text string, nums ...string) claims.Result {
	a := claims.Article{ID: id, Title: title, Text: text, URL: "https://example.org/" + id}
	a.Hash = claims.ContentHash(&a)
	r := claims.Result{Article: a}
	for _, n := range nums {
		i := strings.Index(text, n)
		if i < 0 {
			panic(n)
		}
		ss := strings.LastIndex(text[:i], "\n") + 1
		se := strings.Index(text[i:], "\n")
		if se < 0 {
			se = len(text)
		} else {
			se += i
		}
		r.Quantities = append(r.Quantities, claims.Quantity{
			ArticleID: id, ID: claims.QuantityID(a.Hash, i, i+len(n)), Quantity: claims.Span{Text: n, Start: i, End: i + len(n)},
			Low: claims.F(1), High: claims.F(1), Qualifier: claims.Exact, Unit: "count", Kind: claims.KindClaim,
			Sentence: claims.Span{Text: text[ss:se], Start: ss, End: se},
			Source:   &claims.Source{Name: "Foro Penal", Mention: "Foro Penal"},
		})
	}
	return r
}

func ftsCount(t *testing.T, s *Store, match string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?`, match).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestReviewsSurviveReruns(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "The group said 107 prisoners were released.\nPolice arrested 1,800 people in July."
	if _, err := s.Write(ctx, []claims.Result{result("a1", "T", text, "107", "1,800")}); err != nil {
		t.Fatal(err)
	}
	if n := ftsCount(t, s, "released"); n != 1 {
		t.Fatalf("fts released: %d hits, want 1", n)
	}
	var view int
	if err := s.db.QueryRow(`SELECT count(*) FROM claims_view WHERE source = 'Foro Penal' AND article_title = 'T'`).Scan(&view); err != nil || view != 2 {
		t.Fatalf("claims_view: %d rows, err %v", view, err)
	}
	var id107 string
	s.db.QueryRow(`SELECT id FROM quantities WHERE text = '107'`).Scan(&id107)

	if _, err := s.AddReview(ctx, id107, "bogus", "", "ann"); err == nil {
		t.Fatal("unknown status accepted")
	}
	if _, err := s.AddReview(ctx, "nope", "verified", "", "ann"); !errors.Is(err, ErrNoClaim) {
		t.Fatalf("unknown claim: %v", err)
	}
	if _, err := s.AddReview(ctx, id107, "verified", "", " "); err == nil {
		t.Fatal("empty reviewer accepted")
	}
	if _, err := s.AddReview(ctx, id107, "needs_check", "look at the ministry figure", "ann"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddReview(ctx, id107, "verified", "matches Foro Penal's statement", "bob"); err != nil {
		t.Fatal(err)
	}

	// Same input again: nothing changes.
	if _, err := s.Write(ctx, []claims.Result{result("a1", "T", text, "107", "1,800")}); err != nil {
		t.Fatal(err)
	}
	// Updated input: a paragraph added in front shifts every offset, so the
	// claims get new ids; the review must follow its claim.
	text2 := "Update: corrected the spelling of a name.\n" + text
	if _, err := s.Write(ctx, []claims.Result{result("a1", "T", text2, "107", "1,800")}); err != nil {
		t.Fatal(err)
	}
	var new107 string
	s.db.QueryRow(`SELECT id FROM quantities WHERE text = '107'`).Scan(&new107)
	if new107 == id107 || new107 == "" {
		t.Fatalf("claim id did not change (%q → %q); the test is not testing re-attachment", id107, new107)
	}
	// The review moved as the article was written: nothing is left for
	// ReattachReviews (which serves databases written by older programs).
	moved, orphans, err := s.ReattachReviews(ctx)
	if err != nil || moved != 0 || orphans != 0 {
		t.Fatalf("reattach after the write: moved %d orphans %d err %v", moved, orphans, err)
	}
	if arts, revs := s.Changed(); arts != 1 || revs != 2 {
		t.Errorf("Changed() = %d articles, %d reviews moved; want 1, 2 (the claim's two reviews)", arts, revs)
	}
	h, err := s.ReviewHistory(ctx, new107)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Status != "verified" || h[0].Reviewer != "bob" || h[1].Status != "needs_check" || h[0].OriginalClaimID != id107 {
		t.Fatalf("history after re-run: %+v", h)
	}
	var status string
	if err := s.db.QueryRow(`SELECT review_status FROM claims_view WHERE claim_id = ?`, new107).Scan(&status); err != nil || status != "verified" {
		t.Fatalf("claims_view status %q err %v", status, err)
	}
	// The FTS index follows the delete and reinsert.
	if n := ftsCount(t, s, "released"); n != 1 {
		t.Fatalf("fts after re-run: %d hits, want 1", n)
	}
	if _, err := s.db.Exec(`INSERT INTO claims_fts(claims_fts, rank) VALUES('integrity-check', 1)`); err != nil {
		t.Fatalf("fts integrity: %v", err)
	}

	// A content change that removes the claim leaves the review orphaned, not lost.
	text3 := "Police arrested 1,800 people in July."
	if _, err := s.Write(ctx, []claims.Result{result("a1", "T", text3, "1,800")}); err != nil {
		t.Fatal(err)
	}
	moved, orphans, err = s.ReattachReviews(ctx)
	if err != nil || moved != 0 || orphans != 1 {
		t.Fatalf("reattach after removal: moved %d orphans %d err %v", moved, orphans, err)
	}
	n := 0
	s.CurrentReviews(ctx, func(r *Review) error { n++; return nil })
	if n != 1 {
		t.Fatalf("current reviews: %d", n)
	}
}

func TestResolvePrefersSameSentence(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Officials said 99 were freed.\nThe ministry later said 99 detainees were released from prison."
	r := result("b", "T", text, "99")
	// add the second 99 too
	i := strings.LastIndex(text, "99")
	q := r.Quantities[0]
	q.ID = claims.QuantityID(r.Article.Hash, i, i+2)
	q.Quantity = claims.Span{Text: "99", Start: i, End: i + 2}
	q.Sentence = claims.Span{Text: text[30:], Start: 30, End: len(text)}
	r.Quantities = append(r.Quantities, q)
	if _, err := s.Write(ctx, []claims.Result{r}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddReview(ctx, q.ID, "disputed", "", "ann"); err != nil {
		t.Fatal(err)
	}
	text2 := "Officials said 99 were freed on Monday.\nThe ministry later said 99 detainees were released from prison."
	r2 := result("b", "T", text2, "99")
	j := strings.LastIndex(text2, "99")
	q2 := r2.Quantities[0]
	q2.ID = claims.QuantityID(r2.Article.Hash, j, j+2)
	q2.Quantity = claims.Span{Text: "99", Start: j, End: j + 2}
	q2.Sentence = claims.Span{Text: text2[40:], Start: 40, End: len(text2)}
	r2.Quantities = append(r2.Quantities, q2)
	if _, err := s.Write(ctx, []claims.Result{r2}); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.ReviewHistory(ctx, q2.ID); len(h) != 1 || h[0].OriginalClaimID != q.ID {
		t.Fatalf("review not moved to the claim in the same sentence %q: %+v", q2.ID, h)
	}
	if now, err := s.Successor(ctx, q.ID); err != nil || now != q2.ID {
		t.Errorf("successor of %s: %q %v, want %s", q.ID, now, err, q2.ID)
	}
}

// TestReviewsOfOldIDs: a database written before the id scheme changed
// (16 hex digits) keeps its ids and reviews when a re-run finds the article
// unchanged, and the review follows the claim to its new-scheme id when the
// article changed.
func TestReviewsOfOldIDs(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "The group said 107 prisoners were released.\nPolice arrested 1,800 people in July."
	old := result("a1", "T", text, "107", "1,800")
	for i := range old.Quantities {
		old.Quantities[i].ID = old.Article.Hash[:8] + fmt.Sprintf("%08x", i+1) // the old scheme's shape
	}
	if _, err := s.Write(ctx, []claims.Result{old}); err != nil {
		t.Fatal(err)
	}
	oldID := old.Quantities[0].ID
	if _, err := s.AddReview(ctx, oldID, "verified", "", "ann"); err != nil {
		t.Fatal(err)
	}
	// The same article again, now with new-scheme ids: unchanged, skipped.
	if n, err := s.Write(ctx, []claims.Result{result("a1", "T", text, "107", "1,800")}); err != nil || n != 0 {
		t.Fatalf("re-run: wrote %d, %v", n, err)
	}
	if h, _ := s.ReviewHistory(ctx, oldID); len(h) != 1 {
		t.Fatalf("review of the unchanged article's claim lost: %+v", h)
	}
	// Changed: new-scheme ids, and the review re-attached.
	changed := result("a1", "T", "Update: "+text, "107", "1,800")
	if _, err := s.Write(ctx, []claims.Result{changed}); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.ReviewHistory(ctx, changed.Quantities[0].ID); len(h) != 1 || h[0].OriginalClaimID != oldID {
		t.Errorf("review not on the new id %s: %+v", changed.Quantities[0].ID, h)
	}
}
