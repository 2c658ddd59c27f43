package ingest

import (
	"bytes"
	"context"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/fuzzseed"
)

// Fuzz targets, one per reader. Seed corpora live in
// testdata/fuzz/<Target>/; run e.g. go test -fuzz FuzzWARC -fuzztime 1m.
// Each checks the reader's contract: no panic, articles are valid UTF-8
// without surrounding white space, errors are one line.

func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if a == nil {
		return
	}
	for _, s := range []string{a.Text, a.Title} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8: %q", s)
		}
		if s != strings.TrimSpace(s) {
			t.Fatalf("surrounding white space: %q", s)
		}
	}
	if strings.Contains(a.Text, "\n\n") || strings.Contains(a.Text, "\r") {
		t.Fatalf("paragraphs not one per line: %q", a.Text)
	}
}

func checkErr(t *testing.T, err error) {
	t.Helper()
	if err != nil && strings.ContainsAny(err.Error(), "\r\n") {
		t.Fatalf("multi-line error %q", err)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("• en\nON NOW\n\nHeadline Here\n\n" + p1 + "\n" + p2 + "\nFollow us on:\n"))
	f.Add([]byte("\xEF\xBB\xBF" + p1))
	f.Add([]byte("caf\xe9"))
	for _, s := range textSeeds(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, _, err := readTextFile("f.txt", bytes.NewReader(b))
		checkErr(t, err)
		checkArticle(t, a)
		if err == nil && a.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(page("<title>T</title>", "<article><p>"+p1+"</p><p>"+p2+"</p></article>")), "")
	f.Add([]byte("<html><head><meta charset=\"windows-1252\"></head><body><div>caf\xe9<br>"+p1+"</div></body></html>"), "")
	f.Add([]byte("<p>"+p1), "text/html; charset=iso-8859-1")
	for _, s := range textSeeds(f) {
		f.Add([]byte(page("<title>T</title>", "<article><p>"+strings.ReplaceAll(html.EscapeString(s), "\n", "</p><p>")+"</p></article>")), "")
	}
	f.Fuzz(func(t *testing.T, b []byte, ctype string) {
		a, err := ParseHTML(b, ctype)
		checkErr(t, err)
		checkArticle(t, a)
	})
}

// textSeeds are seed texts for the readers: fuzzseed's edge texts, each
// alone, and the sentences of each dev quantity set as one text, a
// sentence a line.
func textSeeds(f *testing.F) []string {
	dev, err := fuzzseed.DevSentences("../..")
	if err != nil {
		f.Fatal(err)
	}
	out := fuzzseed.Edges()
	for len(dev) > 0 {
		n := min(len(dev), 200)
		out = append(out, strings.Join(dev[:n], "\n"))
		dev = dev[n:]
	}
	return out
}

// fuzzRead runs Read over one stream given as stdin-like input.
func fuzzRead(t *testing.T, name, format string, b []byte) {
	err := readStream(context.Background(), name, format, bytes.NewReader(b), func(it Item) error {
		checkErr(t, it.Err)
		checkArticle(t, it.Article)
		if it.Err == nil && (it.Article == nil || it.Article.ID == "") {
			t.Fatalf("item without article or id: %+v", it)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","url":"u","title":"t","published":"2024-01-02","text":"` + p1 + `"}` + "\n" + `{"id":"b","html":"<p>` + p2 + `</p>"}`))
	f.Add([]byte("{\"id\":1}\n[1]\nnot json\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, "f.jsonl", "jsonl", b)
	})
}

func FuzzWARC(f *testing.F) {
	html := []byte(page("", "<article><p>"+p1+"</p></article>"))
	rec := warcRecord("response", "22222222-2222-2222-2222-222222222222", "https://example.com/a", "application/http; msgtype=response",
		httpResponse("200 OK", "Content-Type: text/html\r\n", html), -1)
	f.Add(rec)
	f.Add(append(append([]byte{}, rec...), rec[:len(rec)/2]...))
	f.Add(warcRecord("resource", "1", "u", "text/html", html, 10))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, "f.warc", "warc", b)
	})
}

func FuzzGzipInput(f *testing.F) {
	f.Add(gz([]byte(p1)))
	f.Add(gz([]byte(p1))[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRead(t, "f.txt.gz", "txt", b)
	})
}
