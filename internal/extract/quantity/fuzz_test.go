package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/fuzzseed"
)

// FuzzFind runs the number grammar over arbitrary text: no panic, and the
// mentions lie inside the text, in text order, without overlaps (as Find
// promises: "#5Days5Ways" once gave "5Days" and "Days5Ways", "8K60p" "8K"
// and "K60p"). Its seed corpus (run by plain go test) is fuzzseed's edge
// texts and dev sentences and the inputs that once failed
// (testdata/fuzz/FuzzFind). Fuzz it with
// go test ./internal/extract/quantity -run '^$' -fuzz FuzzFind -parallel 1 -fuzztime 5m.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzseed.Edges() {
		f.Add(s)
	}
	dev, err := fuzzseed.DevSentences("../../..")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range dev {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, m := range FindIn(s, ArticleTopics(s)) {
			if m.Start < 0 || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("mention %d-%d outside the text (%d bytes): %q", m.Start, m.End, len(s), s)
			}
			if m.Start < end {
				t.Fatalf("mention %d-%d %q starts before the one before ends (%d): %q", m.Start, m.End, s[m.Start:m.End], end, s)
			}
			end = m.End
			_ = m.Rules()
		}
	})
}
