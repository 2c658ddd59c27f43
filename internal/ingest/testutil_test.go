package ingest

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gz compresses b as one gzip member.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(b)
	z.Close()
	return buf.Bytes()
}

// writeFile writes a test input file under dir.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// result is one item of a Read, flattened for comparison.
type result struct {
	ID, Origin, URL, Title, Text, Err string
}

func (r result) String() string {
	if r.Err != "" {
		return "ERR " + r.Err
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s", r.ID, r.Origin, r.URL, r.Title, clip(r.Text, 40))
}

// readAll runs Read and collects what it reports.
func readAll(t testing.TB, inputs ...string) []result {
	t.Helper()
	var out []result
	err := Read(context.Background(), inputs, func(it Item) error {
		if it.Err != nil {
			if strings.Contains(it.Err.Error(), "\n") {
				t.Errorf("multi-line error %q", it.Err)
			}
			out = append(out, result{Err: it.Err.Error()})
			return nil
		}
		a := it.Article
		out = append(out, result{ID: a.ID, Origin: a.Origin, URL: a.URL, Title: a.Title, Text: a.Text})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// zlibBytes compresses b as a zlib stream (HTTP's "deflate").
func zlibBytes(b []byte) []byte {
	var buf bytes.Buffer
	z := zlib.NewWriter(&buf)
	z.Write(b)
	z.Close()
	return buf.Bytes()
}
