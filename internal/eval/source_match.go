package eval

import "github.com/factcheck/extract/internal/claims"

// SourceMatches reports whether a predicted source satisfies a list of
// accepted names under the source rule of ANNOTATION.md: with no accepted
// name the claim must have no source; otherwise the source's name must equal
// or contain (whole words, case-insensitively) one of them.
func SourceMatches(pred *claims.Source, accepted []string) bool {
	return sourceOK(pred, accepted)
}
