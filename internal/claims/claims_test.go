package claims

import (
	"strings"
	"testing"
)

// TestQuantityIDUnique: the ids of an article's mentions are unique by
// construction (the old scheme, 32 bits of a span hash, gave 9 duplicates
// among 200,000 numbers), stable, and short printable ASCII.
func TestQuantityIDUnique(t *testing.T) {
	a := Article{ID: "many", Text: strings.Repeat("1 ", 200000)}
	h := ContentHash(&a)
	seen := make(map[string]bool, 400000)
	for i := 0; i < 200000; i++ {
		for _, end := range []int{2*i + 1, 2*i + 2} {
			id := QuantityID(h, 2*i, end)
			if seen[id] {
				t.Fatalf("duplicate id %s at %d-%d", id, 2*i, end)
			}
			seen[id] = true
		}
	}
	id := QuantityID(h, 12, 27)
	if id != QuantityID(h, 12, 27) || id != h[:16]+"-c-r" {
		t.Errorf("id %q, want %q", id, h[:16]+"-c-r")
	}
	for _, hash := range []string{"", "short", "not hex at all, but long enough"} {
		id := QuantityID(hash, 1, 2)
		if len(id) != 20 || strings.Trim(id, "0123456789abcdefghijklmnopqrstuvwxyz-") != "" {
			t.Errorf("QuantityID(%q): %q", hash, id)
		}
	}
}
