package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// benchWrite writes 500 articles of 10 claims each into a fresh database;
// noIndex drops migration 2's triggers first, to measure what keeping
// claim_sentences and the FTS index in sync costs the writer.
func benchWrite(b *testing.B, noIndex bool) {
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
		if noIndex {
			for _, tr := range []string{"quantities_claim_ai", "quantities_claim_ad"} {
				if _, err := s.db.Exec("DROP TRIGGER " + tr); err != nil {
					b.Fatal(err)
				}
			}
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

func BenchmarkWriteClaims(b *testing.B)          { benchWrite(b, false) }
func BenchmarkWriteClaimsNoFTSSync(b *testing.B) { benchWrite(b, true) }
