package ingest

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadNonRegular: a named pipe in a directory input, or named, is
// reported in one line and never opened (opening it would block).
func TestReadNonRegular(t *testing.T) {
	dir := t.TempDir()
	txt := writeFile(t, dir, "in/a.txt", []byte(p1))
	fifo := filepath.Join(dir, "in", "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	other := filepath.Join(dir, "in", "pipe")
	if err := syscall.Mkfifo(other, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan []string)
	go func() { done <- readItems(t, filepath.Join(dir, "in"), fifo) }()
	select {
	case got := <-done:
		want := []string{
			"ART a.txt||" + p1,
			"ERR " + fifo + ": not read: a named pipe (FIFO), not a regular file",
			"ERR " + fifo + ": not read: a named pipe (FIFO), not a regular file",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	case <-time.After(time.Minute):
		t.Fatal("Read blocked on a named pipe")
	}
	_ = txt
	sk := Skipped(context.Background(), []string{filepath.Join(dir, "in")})
	if len(sk) != 1 || sk[0].Path != other || sk[0].Reason != "a named pipe (FIFO), not a regular file" {
		t.Errorf("skipped %v", sk)
	}
}

// TestReadNamedUnknown: a file named with an extension of no known format
// is read only when its content leaves no doubt, and refused otherwise.
func TestReadNamedUnknown(t *testing.T) {
	dir := t.TempDir()
	html := page("<title>Budget passes</title>", "<article><p>"+p1+"</p></article>")
	csv := writeFile(t, dir, "data.csv", []byte("year,count\n2,1\n"))
	jsonl := writeFile(t, dir, "x.json", []byte(`{"id":"j1","text":"`+p1+`"}`+"\n"+`{"id":"j2","text":"`+p2+`"}`+"\n"))
	pretty := writeFile(t, dir, "y.json", []byte("{\n  \"id\": \"j1\",\n  \"text\": \""+p1+"\"\n}\n"))
	array := writeFile(t, dir, "z.json", []byte(`[{"id":"j1","text":"`+p1+`"}]`))
	php := writeFile(t, dir, "index.php", []byte(html))
	noext := writeFile(t, dir, "README", []byte(p1))
	warc := writeFile(t, dir, "crawl.dat.gz", gz(warcRecord("resource", uuid(1), "https://example.com/", "text/html", []byte(html), -1)))
	got := readItems(t, csv, jsonl, pretty, array, php, noext, warc)
	refused := func(p, ext string) string {
		return "ERR " + p + `: not read: unknown file type "` + ext + `" and the content is not a WARC archive, an HTML page or JSON Lines (read: ` + Extensions + ", optionally .gz; name a plain-text article .txt)"
	}
	want := []string{
		refused(csv, ".csv"),
		"ART j1||" + p1,
		"ART j2||" + p2,
		refused(pretty, ".json"),
		refused(array, ".json"),
		"ART index.php||" + p1,
		refused(noext, "(no extension)"),
		"ART " + uuid(1) + "|2024-03-05T10:00:00Z|" + p1,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadURL: a URL is not fetched, and says so.
func TestReadURL(t *testing.T) {
	got := readItems(t, "https://example.com/news/1.html")
	if len(got) != 1 || got[0] != "ERR https://example.com/news/1.html: URLs are not fetched: save the page (or a WARC of it) and give the file" {
		t.Errorf("got %q", got)
	}
}

// TestSkipped lists the files of directory inputs that are passed over.
func TestSkipped(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "d/a.txt", []byte(p1))
	writeFile(t, dir, "d/data.csv", []byte("1,2"))
	writeFile(t, dir, "d/README", []byte("read me"))
	writeFile(t, dir, "d/.hidden.csv", []byte("1,2"))
	writeFile(t, dir, "d/sub/x.pdf.gz", gz([]byte("%PDF")))
	named := writeFile(t, dir, "named.csv", []byte("1,2"))
	var got []string
	for _, s := range Skipped(context.Background(), []string{filepath.Join(dir, "d"), named, "-"}) {
		got = append(got, strings.TrimPrefix(s.Path, dir)+": "+s.Reason)
	}
	want := "/d/README: unknown file type (no extension)\n/d/data.csv: unknown file type .csv\n/d/sub/x.pdf.gz: unknown file type .pdf"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// TestJSONLBlankRuns: long runs of blank lines (here 8 MB of newlines,
// gzipped) are skipped in bulk and the line numbers stay right.
func TestJSONLBlankRuns(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id":"a","text":"` + p1 + `"}` + "\n")
	b.Write(bytes.Repeat([]byte("\n"), 8<<20))
	b.WriteString(" \t\r\n\n")
	b.WriteString(`{"id":"b","text":"` + p2 + `"}` + "\n")
	b.Write(bytes.Repeat([]byte(" \n"), 100000))
	b.WriteString(`{"id":"c","text":` + "\n")
	b.Write(bytes.Repeat([]byte("\n"), 70000))
	p := writeFile(t, t.TempDir(), "blank.jsonl.gz", gz(b.Bytes()))
	var got []string
	err := Read(context.Background(), []string{p}, func(it Item) error {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		} else {
			got = append(got, it.Article.Origin)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	nb := 1 + 8<<20 + 2 + 1
	want := []string{p + ":1", fmt.Sprintf("%s:%d", p, nb), fmt.Sprintf("%s:%d: not valid JSON: unexpected end of JSON input", p, nb+100001)}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
