package attrib

import "github.com/factcheck/extract/internal/claims"

// The name registry's indexes. A long article holds tens of thousands of
// names; resolving each source by scanning them all made the cost of an
// article grow with the square of its length (issue 19: a 1.6 MB
// single-paragraph article took 17 s). The registry is complete once
// newRegistry returns, so the answers of fullestG and nearestG for a name
// (or a kind) are computed once, in one pass, and each lookup is a binary
// search by position.

// nearScanMax is the number of names up to which fullestG and nearestG
// scan the names rather than build their memos: a scan of a few hundred
// names costs less than the memos, and bounds the work per lookup all the
// same.
const nearScanMax = 256

// fullKey keys fullestG's memo: a name and the gender of its mention.
type fullKey struct {
	name string
	g    byte
}

// fullCands are the names a name may extend to (fullCandidates).
type fullCands struct {
	idx     []int // indexes into ents, in text order
	longest int   // the first of the longest, -1 when idx is empty
}

// nearKey keys nearestG's memo.
type nearKey struct {
	k    claims.SourceKind
	head string
	g    byte
}

// index builds the indexes of the registry on first use.
func (r *nameReg) index() {
	if r.indexed {
		return
	}
	r.indexed = true
	r.endsUp = true
	for i, e := range r.ents {
		if i > 0 && e.End < r.ents[i-1].End {
			r.endsUp = false
		}
	}
	if len(r.ents) <= nearScanMax {
		return // small registries are scanned (fullestScan, nearestScan)
	}
	r.byLast = map[string][]int{}
	for i, e := range r.ents {
		if n := len(e.words); n > 0 {
			r.byLast[e.words[n-1]] = append(r.byLast[e.words[n-1]], i)
		}
	}
}
