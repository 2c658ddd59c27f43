package eval

import (
	"math"
	"testing"
)

func TestPageScore(t *testing.T) {
	tests := []struct {
		name, pred, truth string
		p, r              float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"both empty", "", "", 1, 1},
		{"nothing predicted", "", "one two three four five", 0, 0},
		{"punctuation ignored", "One, two; three four!", "One two three four", 1, 1},
		{"case kept", "one two three four", "One two three four", 0, 0},
		{"extra text", "one two three four five six", "one two three four", 1.0 / 3, 1},
		{"missing text", "one two three four", "one two three four five six", 1, 1.0 / 3},
		{"short texts are one shingle", "a b", "a b", 1, 1},
		{"repeats count once each", "a b c d a b c d", "a b c d", 1.0 / 5, 1},
		{"unicode words", "café über straße 東京", "café über straße 東京", 1, 1},
	}
	for _, tt := range tests {
		p, r := PageScore(tt.pred, tt.truth)
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
			t.Errorf("%s: P %.3f R %.3f, want %.3f %.3f", tt.name, p, r, tt.p, tt.r)
		}
	}
}

func TestScoreIngest(t *testing.T) {
	truth := map[string]IngestTruth{
		"a": {ArticleBody: "one two three four five"},
		"b": {ArticleBody: "one two three four five six"},
		"c": {ArticleBody: "not in the input at all"},
		"d": {ArticleBody: "a page that failed to read"},
	}
	pred := map[string]string{"a": "one two three four five", "b": "one two three four"}
	r := ScoreIngest(truth, pred, map[string]string{"d": "binary data"})
	// Precision: mean over a and b (d predicted nothing) = 1. Recall: a 1,
	// b 1/3, d 0 → 4/9.
	if len(r.Pages) != 3 || len(r.Missing) != 1 || r.Missing[0] != "c" ||
		math.Abs(r.Precision-1) > 1e-9 || math.Abs(r.Recall-4.0/9) > 1e-9 {
		t.Errorf("got pages %d missing %v P %.4f R %.4f", len(r.Pages), r.Missing, r.Precision, r.Recall)
	}
	if f := r.F1(); math.Abs(f-2*(4.0/9)/(1+4.0/9)) > 1e-9 {
		t.Errorf("F1 %.4f", f)
	}
}
