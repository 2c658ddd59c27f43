package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// shinglesRef is Shingles written plainly on words and stem: the one-pass
// version must give the same hashes.
func shinglesRef(text string) []uint64 {
	var hs []uint64
	for _, w := range words(text) {
		if stopWords[w] {
			continue
		}
		w = stem(w)
		h := uint64(14695981039346656037)
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		hs = append(hs, h)
	}
	if len(hs) < 2 {
		return nil
	}
	out := make([]uint64, 0, len(hs)-1)
	for i := 0; i+1 < len(hs); i++ {
		out = append(out, splitmix(hs[i]*31^hs[i+1]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestShinglesAsWords(t *testing.T) {
	for _, text := range []string{
		"",
		"one",
		"More than 1,800 people were ARRESTED in Caracas, the ministry said.",
		"The detainees’ families — who've waited — said: «Libérez-les!» İstanbul ÉTATS-UNIS naïve café",
		"Straße ΣΊΣΥΦΟΣ Ǆemal ﬁnal 12½ ٣٤ 三十 people's",
		"bad \xff\xfe utf-8 \xe2\x80 bytes inside words: ab\xffcd efg\xc3",
		"tab\tnewline\nand 'quoted' words ending in s, es, ed, ing: runs buses wanted sing thing",
		"\ufffd replacement char\ufffdjoined and U+2019 ’tis",
	} {
		if got, want := Shingles(text), shinglesRef(text); !slices.Equal(got, want) {
			t.Errorf("Shingles(%q) = %v, want %v", text, got, want)
		}
	}
}

func BenchmarkShingles(b *testing.B) {
	text := ""
	for range 40 {
		text += "More than 1,800 people were arrested in Caracas after the vote, the ministry’s statement said. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Shingles(text)
	}
}

func BenchmarkShinglesRef(b *testing.B) {
	text := ""
	for range 40 {
		text += "More than 1,800 people were arrested in Caracas after the vote, the ministry’s statement said. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		shinglesRef(text)
	}
}

// TestStemBytes checks stemBytes against stem on words of every length
// around the endings.
func TestStemBytes(t *testing.T) {
	words := []string{"", "s", "es", "ed", "ing", "bus", "goes", "shed", "bed", "thing", "things", "sing", "going", "wanted",
		"runs", "buses", "eds", "ings", "aing", "abing", "abcing", "ses", "abes", "abed", "abcd", "abcs", "abces", "abced", "ag", "abcg"}
	for _, w := range words {
		if got, want := string(stemBytes([]byte(w))), stem(w); got != want {
			t.Errorf("stemBytes(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSortHashes: sortHashes sorts like slices.Sort, on spread values, on
// values that share their top bits (the fallback) and on repeats.
func TestSortHashes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name string
		gen  func(i int) uint64
	}{
		{"spread", func(int) uint64 { return r.Uint64() }},
		{"bunched", func(int) uint64 { return 7<<60 | r.Uint64()>>8 }},
		{"repeats", func(i int) uint64 { return splitmix(uint64(i % 5)) }},
		{"descending", func(i int) uint64 { return ^uint64(0) - uint64(i)<<40 }},
	} {
		for _, n := range []int{0, 1, 63, 64, 65, 500, 1024, 1025, 5000} {
			a := make([]uint64, n)
			for i := range a {
				a[i] = tc.gen(i)
			}
			want := slices.Sorted(slices.Values(a))
			sortHashes(a, make([]uint64, n))
			if !slices.Equal(a, want) {
				t.Fatalf("%s, %d values: not sorted like slices.Sort", tc.name, n)
			}
		}
	}
}
