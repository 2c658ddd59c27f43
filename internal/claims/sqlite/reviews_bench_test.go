package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// BenchmarkWriteClaims writes 500 articles of 10 claims each (with their
// search index) into a fresh database.
func BenchmarkWriteClaims(b *testing.B) {
	var batch []claims.Result
	for i := 0; i < 500; i++ {
		var sb strings.Builder
		var nums []string
		for j := 0; j < 10; j++ {
			n := fmt.Sprintf("%d", 1000+i*10+j)
			fmt.Fprintf(&sb, "Officials in the region said that %s people were released from the prisons on Monday after weeks of talks.\n", n)
			nums = append(nums, n)
		}
		batch = append(batch, result(fmt.Sprintf("art%d", i), "T", sb.String(), nums...))
	}
	b.ResetTimer()
	for k := 0; k < b.N; k++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Write(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/5000, "ns/claim")
}
