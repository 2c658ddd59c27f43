package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	html := []byte(page("<title>Budget passes</title>", "<article><p>"+p1+"</p><p>"+p2+"</p></article>"))
	txt := []byte("Budget Passes After Long Night\n\n" + p1 + "\n" + p2 + "\n")
	a := writeFile(t, dir, "b/001.txt", txt)
	b := writeFile(t, dir, "b/sub/page.html.gz", gz(html))
	c := writeFile(t, dir, "b/002.htm", html)
	writeFile(t, dir, "b/.hidden.txt", txt)
	writeFile(t, dir, "b/.git/x.txt", txt)
	writeFile(t, dir, "b/notes.md", txt)
	d := writeFile(t, dir, "b/empty.txt", nil)
	e := writeFile(t, dir, "b/bin.txt", []byte("\x00\x01garbage"))
	f := writeFile(t, dir, "b/latin.txt", []byte("caf\xe9"))
	g := writeFile(t, dir, "b/cut.html.gz", gz(html)[:40])
	h := writeFile(t, dir, "b/fake.txt.gz", txt)
	single := writeFile(t, dir, "single.dat", html) // explicit file: format sniffed
	missing := filepath.Join(dir, "nope.txt")

	got := readAll(t, filepath.Join(dir, "b"), single, missing)
	want := []string{
		"001.txt|" + a + "||Budget Passes After Long Night|" + clip(p1, 40),
		"002.htm|" + c + "||Budget passes|" + clip(p1, 40),
		"ERR " + e + ": binary data (NUL byte at offset 0)",
		"ERR " + g + ": truncated gzip data",
		"ERR " + d + ": empty file",
		"ERR " + h + ": not gzip data (bad gzip header)",
		"latin.txt|" + f + "|||café",
		"page.html.gz|" + b + "||Budget passes|" + clip(p1, 40),
		"single.dat|" + single + "||Budget passes|" + clip(p1, 40),
		"ERR " + missing + ": no such file or directory",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d items, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("item %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

func TestReadStdin(t *testing.T) {
	dir := t.TempDir()
	for name, b := range map[string][]byte{
		"text":  []byte(p1 + "\n" + p2),
		"jsonl": []byte(`{"id":"s1","text":"` + p1 + `"}` + "\n" + `{"id":"s2","text":"` + p2 + `"}`),
		"gzip":  gz([]byte(page("", "<article><p>"+p1+"</p></article>"))),
	} {
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, dir, name, b)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			old := os.Stdin
			os.Stdin = f
			defer func() { os.Stdin = old }()
			got := readAll(t, "-")
			if len(got) == 0 || got[0].Err != "" || !strings.HasPrefix(got[0].Text, p1) {
				t.Fatalf("got %v", got)
			}
			if name == "jsonl" && (len(got) != 2 || got[0].ID != "s1" || got[1].Origin != "-:2") {
				t.Errorf("got %v", got)
			}
			if name != "jsonl" && (got[0].Origin != "-" || len(got[0].ID) != 16) {
				t.Errorf("stdin article id %q origin %q", got[0].ID, got[0].Origin)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, dir, n, []byte(p1))
	}
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, func(Item) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("err %v after %d items, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, []string{dir}, func(Item) error { return nil }); err != context.Canceled {
		t.Errorf("cancelled read: %v", err)
	}
}

func TestTooLargeHTML(t *testing.T) {
	dir := t.TempDir()
	big := page("", "<article><p>"+strings.Repeat(p1+" ", MaxArticle/len(p1)+10)+"</p></article>")
	p := writeFile(t, dir, "big.html", []byte(big))
	got := readAll(t, p)
	if len(got) != 1 || !strings.HasPrefix(got[0].Err, p+": article text is") || !strings.Contains(got[0].Err, "over the 10 MB limit") {
		t.Errorf("got %v", got)
	}
}
