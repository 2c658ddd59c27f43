package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEachTextPanic: a text that makes extraction panic (a bug, as the
// index panics rules had at a text's first or last token) costs that text
// alone, reported on one line naming it; `explain` and `quantities` go on
// with the other texts and lines and exit 1.
func TestEachTextPanic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Police said 12 people were hurt.\nPANIC: 40\nRescuers said 7 were missing.\n"), 0o644)
	os.WriteFile(b, []byte("Officials said 3 died."), 0o644)
	for _, lines := range []bool{true, false} {
		var errs strings.Builder
		var got []string
		st := eachText([]string{a, b}, lines, &errs, "explain", func(id, text string) {
			if strings.Contains(text, "PANIC") {
				var s []int
				_ = s[len(text)] // index out of range
			}
			got = append(got, filepath.Base(id))
		})
		want := "a.txt:1 a.txt:3 b.txt:1"
		if !lines {
			want = "b.txt"
		}
		if st != exitInput || strings.Join(got, " ") != want {
			t.Errorf("lines=%v: status %d, texts %v; want 1, %s", lines, st, got, want)
		}
		msg := strings.Split(strings.TrimSpace(errs.String()), "\n")
		id := a + ":2:"
		if !lines {
			id = a + ":"
		}
		if len(msg) != 1 || !strings.HasPrefix(msg[0], "extract explain: "+id+" internal error in extraction") || !strings.Contains(msg[0], "index out of range") {
			t.Errorf("lines=%v: stderr %q; want one line naming %s", lines, errs.String(), id)
		}
	}
}
