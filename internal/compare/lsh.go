package compare

import (
	"math"
	"sort"
)

// Locality-sensitive hashing for near-duplicates, built one article at a
// time so that a store can keep it in tables and pair each new article when
// it arrives, never all pairs.
//
// Each article gets a MinHash signature of Bands values, one per hash
// function, and one LSH band per value (bands of one row): two articles land
// in the same bucket of band i exactly when their bigram sets share the
// smallest element under hash i, which happens with probability equal to
// their Jaccard similarity J. The number of shared buckets is therefore an
// unbiased estimate of 64·J, and a pair at the containment threshold (J ≈
// 0.11 for texts of equal length, ≈ 0.04 for a rewrite a quarter of the
// original's length) shares at least one bucket with probability 0.9994
// (0.93). Candidates are ranked by shared buckets and checked exactly.
//
// Every step is bounded: a bucket is read up to BucketCap most recent
// members (a common bigram of a wire story must not turn one insert into a
// scan of every article), at most MaxCandidates are checked exactly, and an
// article keeps its MaxNeighbours best near-duplicates among those stored
// before it.
const (
	Bands         = 32
	BucketCap     = 8
	MaxCandidates = 16
	MaxNeighbours = 8
)

// Signature is the MinHash signature of a shingle set.
func Signature(sh []uint64) [Bands]uint64 {
	var sig [Bands]uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, x := range sh {
		for i := range sig {
			if h := splitmix(x ^ uint64(i+1)*0x2545f4914f6cdd1d); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// BandKeys returns the article's LSH bucket keys, one per band (distinct
// bands never share a key), or nil when the text is too short to be
// compared.
func BandKeys(sh []uint64) []int64 {
	if len(sh) < minShingles {
		return nil
	}
	sig := Signature(sh)
	keys := make([]int64, Bands)
	for i, v := range sig {
		keys[i] = int64(splitmix(v ^ uint64(i)<<58 ^ 0x6a09e667f3bcc909))
	}
	return keys
}

// Candidate is an article sharing LSH buckets with a new one.
type Candidate[K comparable] struct {
	ID   K
	Hits int // buckets shared
}

// RankCandidates ranks the ids found in the buckets by how many buckets
// they share, ties by the order first seen, and keeps MaxCandidates.
func RankCandidates[K comparable](buckets [][]K, self K) []Candidate[K] {
	hits := map[K]int{}
	var order []K
	for _, b := range buckets {
		for _, id := range b {
			if id == self {
				continue
			}
			if hits[id] == 0 {
				order = append(order, id)
			}
			hits[id]++
		}
	}
	out := make([]Candidate[K], len(order))
	for i, id := range order {
		out[i] = Candidate[K]{id, hits[id]}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Hits > out[j].Hits })
	if len(out) > MaxCandidates {
		out = out[:MaxCandidates]
	}
	return out
}

// Neighbour is a checked near-duplicate.
type Neighbour[K comparable] struct {
	ID          K
	Containment float64
}

// Verify checks candidates exactly: it keeps those whose containment with
// sh is at least MinContainment, the best MaxNeighbours of them, best first.
// shinglesOf returns a candidate's shingles (nil when it is gone).
func Verify[K comparable](sh []uint64, cands []Candidate[K], shinglesOf func(K) []uint64) []Neighbour[K] {
	var out []Neighbour[K]
	for _, c := range cands {
		o := shinglesOf(c.ID)
		if len(o) < minShingles {
			continue
		}
		if x := Containment(sh, o); x >= MinContainment {
			out = append(out, Neighbour[K]{c.ID, x})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Containment > out[j].Containment })
	if len(out) > MaxNeighbours {
		out = out[:MaxNeighbours]
	}
	return out
}

// MemIndex is an in-memory LSH index with the store's bounds, for tests
// and small sets.
type MemIndex struct {
	buckets map[int64][]string
}

// NewMemIndex returns an empty index.
func NewMemIndex() *MemIndex { return &MemIndex{buckets: map[int64][]string{}} }

// Add pairs the document with the near-duplicates among those added before
// it, then adds it. shinglesOf returns an earlier document's shingles.
func (ix *MemIndex) Add(id string, sh []uint64, shinglesOf func(string) []uint64) []Pair {
	keys := BandKeys(sh)
	if keys == nil {
		return nil
	}
	var lists [][]string
	for _, k := range keys {
		b := ix.buckets[k]
		lists = append(lists, b[max(0, len(b)-BucketCap):])
	}
	var out []Pair
	for _, n := range Verify(sh, RankCandidates(lists, id), shinglesOf) {
		a, b := id, n.ID
		if a > b {
			a, b = b, a
		}
		out = append(out, Pair{A: a, B: b, Containment: n.Containment})
	}
	for _, k := range keys {
		ix.buckets[k] = append(ix.buckets[k], id)
	}
	return out
}
