package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
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

// TestContentHash checks ContentHash against the hash written out: each
// field's length in decimal, a zero byte and the field, for fields short
// and longer than its buffer.
func TestContentHash(t *testing.T) {
	for _, a := range []Article{
		{},
		{ID: "a", Text: "1 2 3"},
		{ID: "dump.jsonl:7", Title: "Ünïcode", Published: "2026-12-07", URL: "https://example.org/x", Text: strings.Repeat("x", hashChunk-6)},
		{ID: strings.Repeat("i", hashChunk), Text: strings.Repeat("word ", 3*hashChunk+1)},
	} {
		h := sha256.New()
		for _, s := range []string{a.ID, a.Title, a.Published, a.URL, a.Text} {
			h.Write([]byte(strconv.Itoa(len(s))))
			h.Write([]byte{0})
			h.Write([]byte(s))
		}
		if got, want := ContentHash(&a), hex.EncodeToString(h.Sum(nil))[:32]; got != want {
			t.Errorf("ContentHash(%.20q…): %s, want %s", a.ID, got, want)
		}
	}
}
