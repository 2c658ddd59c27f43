package when

import (
	"os"
	"testing"
)

// BenchmarkFind reads the time expressions of a news article of about 5 KB.
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../../../corpus/000_c5ce62c32067667b.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, pub)
	}
}
