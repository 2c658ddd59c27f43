package extract

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// BenchmarkExtract measures whole claim extraction (segmenting, tagging the
// sentences that hold a number, subject/event, attribution).
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var arts []*claims.Article
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, &claims.Article{ID: f, Text: string(data)})
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			ex.Extract(a)
		}
	}
}

func TestDecimalsWithoutBinaryNoise(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want float64
	}{
		{"Unemployment fell 0.3 percentage points.", 0.3},
		{"The fund lost 1.1 million dollars.", 1.1e6},
		{"It grew 0.07 percent.", 0.07},
		{"Output was 4.35 million barrels.", 4.35e6},
	}
	for _, c := range cases {
		qs := ex.ExtractText("t", c.text)
		if len(qs) == 0 || qs[0].Low == nil || *qs[0].Low != c.want {
			t.Errorf("%q: got %+v, want low %v", c.text, qs, c.want)
		}
	}
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

func fs(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}
