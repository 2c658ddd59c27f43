package quantity

import "testing"

// Rule hedged-fraction reads "a quarter", "a third" after a qualifier as a
// share only when no ordinal's or measure's noun follows (ingest-dev "the
// first time … in nearly a quarter century"; "almost a third term").
func TestHedgedFractionNotBeforeNouns(t *testing.T) {
	for _, in := range []string{
		"It is the first tour together in nearly a quarter century.",
		"He is seeking almost a third term in office.",
		"She won for about a fifth straight year.",
	} {
		for _, m := range Find(in) {
			if m.Unit == "percent" {
				t.Errorf("%q: %q read as a share", in, in[m.Start:m.End])
			}
		}
	}
}
