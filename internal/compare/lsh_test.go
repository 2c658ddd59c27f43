package compare

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// allPairs is the exhaustive pairing LSH replaces: every pair checked.
func allPairs(docs []Doc) []Pair {
	var out []Pair
	sh := make([][]uint64, len(docs))
	for i, d := range docs {
		sh[i] = Shingles(d.Text)
	}
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if len(sh[i]) < minShingles || len(sh[j]) < minShingles {
				continue
			}
			if c := Containment(sh[i], sh[j]); c >= MinContainment {
				a, b := docs[i].ID, docs[j].ID
				if a > b {
					a, b = b, a
				}
				out = append(out, Pair{A: a, B: b, Containment: c})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A < out[j].A || out[i].A == out[j].A && out[i].B < out[j].B })
	return out
}

// variants makes rewrites of each corpus article: paragraphs reordered with
// one dropped, the first half only, and every other paragraph.
func variants(docs []Doc) []Doc {
	out := append([]Doc{}, docs...)
	for _, d := range docs {
		paras := strings.Split(d.Text, "\n")
		rev := append([]string{}, paras...)
		sort.Sort(sort.Reverse(sort.StringSlice(rev)))
		out = append(out, Doc{ID: d.ID + "-reordered", Text: strings.Join(rev[1:], "\n")})
		out = append(out, Doc{ID: d.ID + "-half", Text: strings.Join(paras[:len(paras)/2+1], "\n")})
		var odd []string
		for i := 0; i < len(paras); i += 2 {
			odd = append(odd, paras[i])
		}
		out = append(out, Doc{ID: d.ID + "-odd", Text: strings.Join(odd, "\n")})
	}
	return out
}

// TestLSHFindsExhaustivePairs: on the corpus and rewrites of it, the
// bucketed, incremental pairing finds exactly the pairs that checking every
// pair finds.
func TestLSHFindsExhaustivePairs(t *testing.T) {
	docs := variants(corpusDocs(t))
	want := allPairs(docs)
	got := NearDuplicates(docs)
	if len(want) < len(docs)-5 {
		t.Fatalf("fixture too easy: %d true pairs over %d docs", len(want), len(docs))
	}
	ws, gs := fmt.Sprint(want), fmt.Sprint(got)
	if ws != gs {
		t.Errorf("LSH pairs differ from all pairs:\n got %s\nwant %s", gs, ws)
	}
}

// TestLSHBounds: however many articles share buckets, one insert checks at
// most MaxCandidates and keeps at most MaxNeighbours.
func TestLSHBounds(t *testing.T) {
	base := corpusDocs(t)[2].Text
	ix := NewMemIndex()
	sh := map[string][]uint64{}
	checked := 0
	of := func(id string) []uint64 { checked++; return sh[id] }
	for i := 0; i < 200; i++ {
		id := fmt.Sprintf("copy-%03d", i)
		s := Shingles(base + fmt.Sprintf("\nEdition %d.", i))
		sh[id] = s
		checked = 0
		ps := ix.Add(id, s, of)
		if checked > MaxCandidates || len(ps) > MaxNeighbours {
			t.Fatalf("insert %d checked %d candidates, kept %d pairs", i, checked, len(ps))
		}
		if i > 0 && len(ps) != min(i, MaxNeighbours) {
			t.Fatalf("insert %d: %d pairs, want %d", i, len(ps), min(i, MaxNeighbours))
		}
	}
	for k, b := range ix.buckets {
		_ = k
		if len(b) > 200 {
			t.Fatalf("bucket of %d", len(b))
		}
	}
}
