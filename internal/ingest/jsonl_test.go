package ingest

import (
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	long := strings.Repeat(p1+" ", 2000) // a line far longer than bufio's 64 KB
	lines := []string{
		`{"id":"a1","url":"https://example.com/a","title":"Budget passes","published":"2024-03-05","text":"` + p1 + `\n` + p2 + `"}`,
		``,
		`{"id":"a2","url":"https://example.com/b","html":"<html><body><article><p>` + p1 + `</p><p>` + p3 + `</p></article></body></html>"}`,
		`{"id": 3, "text": "` + long + `"}`,
		`{"id":"a4", "text": "` + p2 + `"`,
		`["not", "an", "object"]`,
		`{"id":"a6","url":"u"}`,
		`{"url":"https://example.com/noid","text":"` + p3 + `"}`,
		"{\"id\":\"a9\",\"text\":\"caf\xe9\"}",
	}
	dump := []byte(strings.Join(lines, "\n") + "\n")
	dir := t.TempDir()
	for _, name := range []string{"dump.jsonl", "dump.ndjson.gz"} {
		t.Run(name, func(t *testing.T) {
			b := dump
			if strings.HasSuffix(name, ".gz") {
				b = gz(dump)
			}
			p := writeFile(t, dir, name, b)
			got := readAll(t, p)
			want := []string{
				"a1|" + p + ":1|https://example.com/a|Budget passes|" + clip(p1, 40),
				"a2|" + p + ":3|https://example.com/b||" + clip(p1, 40),
				"3|" + p + ":4|||" + clip(p1, 40),
				"ERR " + p + ":5: not valid JSON: unexpected end of JSON input",
				"ERR " + p + ":6: not a JSON object",
				"ERR " + p + `:7: record has neither "text" nor "html"`,
				"", // id = content hash, checked below
				"ERR " + p + ":9: invalid UTF-8 at byte 22 of the line",
			}
			if len(got) != len(want) {
				t.Fatalf("got %d items, want %d: %v", len(got), len(want), got)
			}
			for i := range want {
				if want[i] != "" && got[i].String() != want[i] {
					t.Errorf("item %d:\n got %s\nwant %s", i, got[i], want[i])
				}
			}
			if got[2].Text != strings.TrimSpace(long) {
				t.Errorf("long line text changed (len %d, want %d)", len(got[2].Text), len(strings.TrimSpace(long)))
			}
			if h := got[6]; len(h.ID) != 16 || h.Origin != p+":8" || h.Text != p3 {
				t.Errorf("record without id: %+v", h)
			}
		})
	}
}

func TestReadJSONLTruncatedGzip(t *testing.T) {
	rec := `{"id":"x","text":"` + p1 + `"}` + "\n"
	b := gz([]byte(strings.Repeat(rec, 2000)))
	p := writeFile(t, t.TempDir(), "cut.jsonl.gz", b[:len(b)/2])
	got := readAll(t, p)
	if len(got) < 2 || got[0].ID != "x" {
		t.Fatalf("records before the cut not read: %v", got[:min(2, len(got))])
	}
	last := got[len(got)-1]
	if !strings.HasPrefix(last.Err, p+":") || !strings.Contains(last.Err, "truncated gzip data") {
		t.Errorf("last item %v, want a truncated gzip error naming the line", last)
	}
}
