package compare

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
)

// Near-duplicate detection. Rewrites of one story by different outlets
// paraphrase heavily, so long word shingles barely overlap; what survives
// is the pairs of content words (stop words dropped, plurals and verb
// endings stripped). Articles are compared by the containment of their
// content-word bigram sets (|A∩B| / min(|A|,|B|)), so a short rewrite of a
// long story still counts. MinHash signatures with LSH banding find the
// candidate pairs without comparing every pair; each candidate is then
// checked exactly.

const (
	// MinContainment is the bigram containment above which two articles are
	// near-duplicates. On the sample corpus the rewritten pair scores 0.33,
	// unrelated articles on the same story at most 0.09.
	MinContainment = 0.2
	minShingles    = 20 // shorter texts are never flagged
)

var stopWords = map[string]bool{}

// maxStopWord is the length of the longest stop word: a longer word is
// no stop word, without a look-up (Shingles reads every word of every
// stored article).
var maxStopWord int

func init() {
	for _, w := range strings.Fields(`a an the of to in on for and or but is are was were be been being has have had
		it its this that these those with by at from as after before into over than their they them he she his her
		we our you i not no said says say also more most which who whom what when where while about up out there
		would could will can may might just so if all any some such only other s t its it's`) {
		stopWords[w] = true
		maxStopWord = max(maxStopWord, len(w))
	}
}

// wordByte is an ASCII byte lower-cased when it is part of a word (a
// letter, a digit, an apostrophe), else 0.
var wordByte = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		l := c
		if 'A' <= c && c <= 'Z' {
			l += 'a' - 'A'
		}
		if 'a' <= l && l <= 'z' || '0' <= l && l <= '9' || l == '\'' {
			t[c] = l
		}
	}
	return t
}()

// stem strips common English endings so that inflections share a shingle.
func stem(w string) string {
	for _, s := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// Shingles returns the sorted distinct hashes of the content-word bigrams of text.
//
// The words are those of words(text) (lower-cased, split at what is not a
// letter, a digit or an apostrophe), read in one pass without copying the
// text: this runs for every stored article.
func Shingles(text string) []uint64 {
	hs := make([]uint64, 0, len(text)/8) // FNV-1a of each content word, stemmed
	var buf []byte
	word := func() {
		if len(buf) == 0 || len(buf) <= maxStopWord && stopWords[string(buf)] {
			buf = buf[:0]
			return
		}
		w := stemBytes(buf)
		h := uint64(14695981039346656037)
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		hs = append(hs, h)
		buf = buf[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if l := wordByte[c]; l != 0 {
				buf = append(buf, l)
			} else if len(buf) > 0 {
				word()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		// as strings.ToLower, then the test of words on the lower-cased rune
		// (an invalid byte becomes U+FFFD, a separator)
		if l := unicode.ToLower(r); unicode.IsLetter(l) || unicode.IsDigit(l) || l == '’' {
			buf = utf8.AppendRune(buf, l)
		} else {
			word()
		}
	}
	word()
	if len(hs) < 2 {
		return nil
	}
	out := make([]uint64, 0, len(hs)-1)
	for i := 0; i+1 < len(hs); i++ {
		out = append(out, splitmix(hs[i]*31^hs[i+1]))
	}
	sortHashes(out, hs[:len(out)])
	return slices.Compact(out)
}

// sortHashes sorts a, whose values are spread evenly over the uint64s
// (splitmix outputs), in about linear time, using tmp (as long as a) as
// scratch: a counting pass by their top bits puts each value in its slice
// of the range, then an insertion sort orders the few inside each slice.
// Values that bunch (more than a few moves per value) are sorted by
// slices.Sort instead, so no input costs more than a sort. (slices.Sort
// of the shingles was 0.8% of the CPU of a run.)
func sortHashes(a, tmp []uint64) {
	n := len(a)
	if n < 64 {
		slices.Sort(a)
		return
	}
	b := bits.Len(uint(n - 1)) // 1<<b slices, at least n
	var stack [1025]int32
	count := stack[:]
	if 1<<b+1 > len(count) {
		count = make([]int32, 1<<b+1)
	}
	count = count[:1<<b+1]
	shift := 64 - b
	for _, x := range a {
		count[x>>shift+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for _, x := range a {
		tmp[count[x>>shift]] = x
		count[x>>shift]++
	}
	moves := 0
	for i := 1; i < n; i++ {
		x, j := tmp[i], i
		for ; j > 0 && tmp[j-1] > x; j-- {
			tmp[j] = tmp[j-1]
		}
		tmp[j] = x
		if moves += i - j; moves > 4*n {
			slices.Sort(a)
			return
		}
	}
	copy(a, tmp)
}

// stemBytes is stem of a word held in bytes, read from its last byte (the
// endings "ing", "ed", "es", "s" in stem's order: only "es" and "s" share
// a last byte).
func stemBytes(w []byte) []byte {
	n := len(w)
	if n < 4 {
		return w // (no ending leaves three bytes)
	}
	switch w[n-1] {
	case 'g':
		if n >= 6 && w[n-3] == 'i' && w[n-2] == 'n' {
			return w[:n-3]
		}
	case 'd':
		if n >= 5 && w[n-2] == 'e' {
			return w[:n-2]
		}
	case 's':
		if n >= 5 && w[n-2] == 'e' {
			return w[:n-2]
		}
		return w[:n-1]
	}
	return w
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Containment is |a∩b| / min(|a|,|b|) for sorted distinct sets.
func Containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// Doc is an article to compare.
type Doc struct {
	ID   string
	Text string
}

// Pair is two near-duplicate articles, A < B.
type Pair struct {
	A, B        string
	Containment float64
}

// NearDuplicates returns the pairs of documents whose content-word bigram
// containment is at least MinContainment, ordered by A, B. It indexes the
// documents one by one as the store does (see Index), so each document is
// paired with at most MaxNeighbours earlier ones, found through LSH buckets.
func NearDuplicates(docs []Doc) []Pair {
	ix := NewMemIndex()
	sh := map[string][]uint64{}
	var out []Pair
	for _, d := range docs {
		s := Shingles(d.Text)
		sh[d.ID] = s
		out = append(out, ix.Add(d.ID, s, func(id string) []uint64 { return sh[id] })...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A < out[j].A || out[i].A == out[j].A && out[i].B < out[j].B })
	return out
}

// Shared is one claim made identically in several near-duplicate articles:
// the same interval and unit, in sentences that say much the same thing.
// Claims[0] is the one to review (the first article's); the others follow.
type Shared struct {
	Claims []*claims.Quantity
}

// claimInfo is what sameClaimInfo needs of a claim, computed once per claim.
type claimInfo struct {
	m     Measure
	ok    bool
	words map[string]bool
}

func infoOf(q *claims.Quantity) *claimInfo {
	ci := &claimInfo{words: map[string]bool{}}
	ci.m, ci.ok = Of(q)
	for _, w := range words(q.Sentence.Text) {
		if !stopWords[w] {
			ci.words[stem(w)] = true
		}
	}
	return ci
}

// sameValue reports whether two claims have the same interval, unit and
// qualifier.
func sameValue(a, b *claims.Quantity) bool {
	eq := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return eq(a.Low, b.Low) && eq(a.High, b.High) && a.Unit == b.Unit && a.Qualifier == b.Qualifier
}

// sameClaimInfo scores how alike two claims of near-duplicate articles are,
// given their infos (the caller has checked sameValue): 0 when they measure
// different things, otherwise the overlap of their sentences' content words
// (|A∩B| / min), plus 0.3 when both measure the same known thing (rewrites
// paraphrase the sentence but keep the event and subject).
func sameClaimInfo(a, b *claims.Quantity, ia, ib *claimInfo) float64 {
	if !sameValue(a, b) {
		return 0
	}
	bonus := 0.0
	if ia.ok && ib.ok {
		if ia.m.Key != ib.m.Key {
			return 0
		}
		bonus = 0.3
	}
	wa, wb := ia.words, ib.words
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n)/float64(min(len(wa), len(wb))) + bonus
}

// MinSameClaim is the sentence overlap above which two equal-valued claims
// of near-duplicate articles are the same claim.
const MinSameClaim = 0.4

// SharedClaims matches the claims of each near-duplicate pair one to one
// (best sentence overlap first) and joins the matches into groups, each
// listing a claim once with all the articles that make it. byArticle holds
// each article's claims.
func SharedClaims(pairs []Pair, byArticle map[string][]*claims.Quantity) []Shared {
	return NewMemo().SharedClaims(pairs, byArticle)
}

// Memo keeps what matching needs of each claim (its measure and sentence
// words) across calls, for a caller that matches the same claims again.
type Memo struct {
	infos map[*claims.Quantity]*claimInfo
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return &Memo{infos: map[*claims.Quantity]*claimInfo{}} }

// SharedClaims is SharedClaims, remembering each claim's measure and words.
func (memo *Memo) SharedClaims(pairs []Pair, byArticle map[string][]*claims.Quantity) []Shared {
	parent := map[*claims.Quantity]*claims.Quantity{}
	var find func(q *claims.Quantity) *claims.Quantity
	find = func(q *claims.Quantity) *claims.Quantity {
		p, ok := parent[q]
		if !ok || p == q {
			parent[q] = q
			return q
		}
		r := find(p)
		parent[q] = r
		return r
	}
	type match struct {
		a, b  *claims.Quantity
		score float64
	}
	info := func(q *claims.Quantity) *claimInfo {
		ci := memo.infos[q]
		if ci == nil {
			ci = infoOf(q)
			memo.infos[q] = ci
		}
		return ci
	}
	for _, p := range pairs {
		var ms []match
		for _, a := range byArticle[p.A] {
			for _, b := range byArticle[p.B] {
				if !sameValue(a, b) {
					continue // before computing anything per claim
				}
				if s := sameClaimInfo(a, b, info(a), info(b)); s >= MinSameClaim {
					ms = append(ms, match{a, b, s})
				}
			}
		}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].score > ms[j].score })
		used := map[*claims.Quantity]bool{}
		for _, m := range ms {
			if used[m.a] || used[m.b] {
				continue
			}
			used[m.a], used[m.b] = true, true
			ra, rb := find(m.a), find(m.b)
			if ra != rb {
				parent[rb] = ra
			}
		}
	}
	groups := map[*claims.Quantity][]*claims.Quantity{}
	for q := range parent {
		r := find(q)
		groups[r] = append(groups[r], q)
	}
	var out []Shared
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.Slice(g, func(i, j int) bool {
			return g[i].ArticleID < g[j].ArticleID || g[i].ArticleID == g[j].ArticleID && g[i].Quantity.Start < g[j].Quantity.Start
		})
		out = append(out, Shared{Claims: g})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Claims[0], out[j].Claims[0]
		return a.ArticleID < b.ArticleID || a.ArticleID == b.ArticleID && a.Quantity.Start < b.Quantity.Start
	})
	return out
}
