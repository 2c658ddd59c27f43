package review

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/factcheck/extract/internal/claims/sqlite"
)

// BenchmarkExportReviews exports the reviews of the database named by
// $EXTRACT_BENCH_DB (skipped when unset), e.g. one made by
// scripts/serve-bench.sh with 40,000 seeded reviews.
func BenchmarkExportReviews(b *testing.B) {
	path := os.Getenv("EXTRACT_BENCH_DB")
	if path == "" {
		b.Skip("EXTRACT_BENCH_DB not set")
	}
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, format := range []string{"csv", "claimreview"} {
		b.Run(format, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := ExportReviews(context.Background(), st, format, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
