package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// A database of schema 5 with reviews of the old single question: after
// the upgrade, "verified" is an extraction verdict (correct) with no claim
// rating, "disputed" an extraction correct with the rating 'disputed', and
// the others stay as they were.
func TestVerdictMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range migrations[:5] {
		if _, err := db.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	for i, st := range []string{"verified", "disputed", "wrong_extraction", "needs_check"} {
		if _, err := db.Exec(`INSERT INTO reviews(claim_id, original_claim_id, article_id, quantity, quantity_start, sentence, status, reviewer)
			VALUES(?, ?, 'a', '1', 0, 's', ?, 'ann')`, "c"+st, "c"+st, st); err != nil {
			t.Fatal(i, err)
		}
	}
	if _, err := db.Exec(`PRAGMA user_version = 5`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := map[string][2]string{"cverified": {"correct", ""}, "cdisputed": {"correct", "disputed"},
		"cwrong_extraction": {"wrong_extraction", ""}, "cneeds_check": {"needs_check", ""}}
	n := 0
	if err := s.CurrentReviews(context.Background(), func(r *Review) error {
		n++
		if w := want[r.ClaimID]; r.Status != w[0] || r.Rating != w[1] {
			t.Errorf("%s: %s/%s, want %v", r.ClaimID, r.Status, r.Rating, w)
		}
		return nil
	}); err != nil || n != 4 {
		t.Fatalf("%d reviews, %v", n, err)
	}
	var st string
	if err := s.db.QueryRow(`SELECT status FROM claim_status WHERE claim_id = 'cverified'`).Scan(&st); err != nil || st != "correct" {
		t.Errorf("claim_status of the verified claim: %q %v", st, err)
	}
	sts, _ := s.ReviewStatuses(context.Background())
	var offered []string
	for _, x := range sts {
		if x.Offered {
			offered = append(offered, x.Status)
		}
		if x.Rating != 0 {
			t.Errorf("status %s still rates the claim (%d)", x.Status, x.Rating)
		}
	}
	if len(offered) != 4 || offered[0] != "correct" || offered[3] != "not_claim" {
		t.Errorf("offered extraction verdicts: %v", offered)
	}
	rs, _ := s.ClaimRatings(context.Background())
	var names []string
	for _, r := range rs {
		if r.Offered {
			names = append(names, r.Rating)
		}
	}
	if len(names) != 4 || names[0] != "true" || names[3] != "unverifiable" {
		t.Errorf("offered claim ratings: %v", names)
	}
}

func TestAddVerdict(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Write(ctx, []claims.Result{result("a", "A", "Police said 107 were freed.\nThen 42 more.", "107", "42")}); err != nil {
		t.Fatal(err)
	}
	var ids []string
	rows, _ := s.db.Query(`SELECT id FROM claims ORDER BY id`)
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, tc := range []struct {
		v    Verdict
		want error
	}{
		{Verdict{Status: "correct", Rating: "nope", Reviewer: "a"}, ErrBadRating},
		{Verdict{Status: "correct", Rating: "true", EvidenceURL: "ftp://x/y", Reviewer: "a"}, ErrBadURL},
		{Verdict{Status: "correct", Rating: "true", EvidenceURL: "javascript:alert(1)", Reviewer: "a"}, ErrBadURL},
		{Verdict{Status: "maybe", Reviewer: "a"}, ErrBadStatus},
		{Verdict{Status: "correct", Reviewer: " "}, ErrNoReviewer},
	} {
		if _, err := s.AddVerdict(ctx, ids[0], nil, tc.v); !errors.Is(err, tc.want) {
			t.Errorf("%+v: %v, want %v", tc.v, err, tc.want)
		}
	}
	// Bulk: one transaction, unknown ids left out.
	got, err := s.AddVerdicts(ctx, append(ids, "gone"), Verdict{Status: "correct", Rating: "false", EvidenceURL: "https://e.example/x", Reviewer: "bo"})
	if err != nil || len(got) != len(ids) {
		t.Fatalf("bulk: %d stored, %v", len(got), err)
	}
	h, _ := s.ReviewHistory(ctx, ids[1])
	if len(h) != 1 || h[0].Rating != "false" || h[0].EvidenceURL != "https://e.example/x" || h[0].Status != "correct" {
		t.Errorf("history: %+v", h)
	}
	var rating, evidence string
	if err := s.db.QueryRow(`SELECT review_rating, review_evidence FROM claims_view WHERE claim_id = ?`, ids[1]).Scan(&rating, &evidence); err != nil ||
		rating != "false" || evidence != "https://e.example/x" {
		t.Errorf("claims_view: %q %q %v", rating, evidence, err)
	}
}
