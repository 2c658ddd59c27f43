package main

import "github.com/factcheck/extract/internal/review"

// extract export --what reviews --format claimreview|csv
func init() {
	exporters["reviews"] = review.ExportReviews
}
