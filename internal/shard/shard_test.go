package shard

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

func result() claims.Result {
	text := "Police said more than 1,800 people were arrested."
	a := claims.Article{ID: "a1", Origin: "x.jsonl:1", URL: "https://example.com/a1", Title: "T", Published: "2024-08-01", Text: text}
	a.Hash = claims.ContentHash(&a)
	q := claims.Quantity{ArticleID: "a1", ID: claims.QuantityID(a.Hash, 16, 27), Quantity: claims.Span{Text: "more than 1,800", Start: 12, End: 27},
		Low: claims.F(1800), Qualifier: claims.MoreThan, Unit: "count", Kind: claims.KindClaim, Subject: "people",
		Source: &claims.Source{Name: "Police", Mention: "Police", Start: 0, End: 6, Kind: "organization"},
		Cue:    &claims.Span{Text: "said", Start: 7, End: 11}, Sentence: claims.Span{Text: text, Start: 0, End: len(text)}}
	return claims.Result{Article: a, Quantities: []claims.Quantity{q}}
}

func TestRoundTrip(t *testing.T) {
	r := result()
	line, err := Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(line), "\n") || strings.Count(string(line), "\n") != 1 {
		t.Fatalf("not one line: %q", line)
	}
	got, err := Unmarshal(line)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Marshal(&got)
	if string(again) != string(line) {
		t.Fatalf("round trip changed the record:\n%s\n%s", line, again)
	}
}

func TestUnmarshalRejects(t *testing.T) {
	r := result()
	good, _ := Marshal(&r)
	for _, tc := range []struct {
		name, line, want string
	}{
		{"not json", "{", "unexpected"},
		{"id mismatch", strings.Replace(string(good), `"id":"a1","hash"`, `"id":"zz","hash"`, 1), "does not match record id"},
		{"text changed", strings.Replace(string(good), "were arrested", "were freed", 1), "does not match its content"},
		{"span outside", strings.Replace(string(good), `"start":12,"end":27`, `"start":12,"end":2700`, 1), "outside the text"},
	} {
		_, err := Unmarshal([]byte(tc.line))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestReadGzipAndErrors(t *testing.T) {
	r := result()
	good, _ := Marshal(&r)
	dir := t.TempDir()
	p := filepath.Join(dir, "s.jsonl")
	os.WriteFile(p, append(append(append([]byte{}, good...), "\nbroken\n"...), good...), 0o644)
	var n, bad int
	var msgs []string
	err := Read(p, func(r *claims.Result, _ string, size int64, err error) error {
		if err != nil {
			bad++
			msgs = append(msgs, err.Error())
		} else {
			n++
		}
		return nil
	})
	if err != nil || n != 2 || bad != 1 || !strings.Contains(msgs[0], "s.jsonl:3:") {
		t.Fatalf("read: %v, %d good, %d bad %q", err, n, bad, msgs)
	}
	if err := Read(filepath.Join(dir, "none.jsonl.gz"), func(r *claims.Result, _ string, _ int64, err error) error { return err }); err == nil {
		t.Fatal("missing file: no error")
	}
}

// TestReadLongLine: a line longer than MaxLine is one error naming its
// place and article, is never held whole in memory, and the lines after it
// load.
func TestReadLongLine(t *testing.T) {
	defer func(m int) { MaxLine = m }(MaxLine)
	MaxLine = 1 << 10
	r := result()
	good, _ := Marshal(&r)
	big := r
	big.Article.ID = "huge"
	big.Article.Text = strings.Repeat("9 ", 4<<10)
	long, _ := Marshal(&big)
	p := filepath.Join(t.TempDir(), "s.jsonl")
	data := append(append(append(append([]byte{}, good...), long...), strings.Repeat("\n", 3)...), good...)
	os.WriteFile(p, data, 0o644)
	var n int
	var msgs []string
	err := Read(p, func(r *claims.Result, at string, size int64, err error) error {
		if err != nil {
			msgs = append(msgs, err.Error())
		} else {
			n++
		}
		return nil
	})
	if err != nil || n != 2 || len(msgs) != 1 || !strings.Contains(msgs[0], "s.jsonl:2: article huge: line of") {
		t.Fatalf("read: %v, %d good, errors %q", err, n, msgs)
	}
	var buf []byte
	line, size, err := readLine(bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 100000)+"\nnext\n"), 16), buf, 10)
	if err != nil || size != 100000 || string(line) != "xxxxxxxxxx" {
		t.Fatalf("readLine: %q, %d, %v", line, size, err)
	}
}
