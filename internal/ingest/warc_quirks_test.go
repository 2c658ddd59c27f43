package ingest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
)

// readItems runs Read and returns its items as lines: "ART id|published|
// text", "ERR message", each article's warning as "WARN message".
func readItems(t *testing.T, inputs ...string) []string {
	t.Helper()
	var out []string
	err := Read(context.Background(), inputs, func(it Item) error {
		switch {
		case it.Err != nil:
			if strings.Contains(it.Err.Error(), "\n") {
				t.Errorf("multi-line error %q", it.Err)
			}
			out = append(out, "ERR "+it.Err.Error())
		default:
			out = append(out, "ART "+it.Article.ID+"|"+it.Article.Published+"|"+it.Article.Text)
			if it.Warning != "" {
				if strings.Contains(it.Warning, "\n") {
					t.Errorf("multi-line warning %q", it.Warning)
				}
				out = append(out, "WARN "+it.Warning)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

const respType = "application/http; msgtype=response"

func uuid(i int) string { return fmt.Sprintf("%08d-0000-0000-0000-000000000000", i) }

// TestWARCHTTPQuirks: one-record files whose saved HTTP headers disagree
// with the body the archive holds. The record's length is the truth: the
// whole body is read, and the disagreement is a warning.
func TestWARCHTTPQuirks(t *testing.T) {
	body := []byte(page("", "<article><p>"+p1+"</p><p>"+p2+"</p><p>"+p3+"</p></article>"))
	want := p1 + "\n" + p2 + "\n" + p3
	n := len(body)
	tests := []struct {
		name, headers string
		body          []byte
		warn          string
	}{
		{"chunked header over a plain body", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", body,
			"Transfer-Encoding chunked but the body is not chunked"},
		{"gzip header over a plain body", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", body,
			"Content-Encoding gzip but the body is plain"},
		{"Content-Length -1", "Content-Type: text/html\r\nContent-Length: -1\r\n", body,
			fmt.Sprintf("HTTP Content-Length -1 but the record holds %d bytes of body; all read", n)},
		{"Content-Length too small", "Content-Type: text/html\r\nContent-Length: 300\r\n", body,
			fmt.Sprintf("HTTP Content-Length 300 but the record holds %d bytes of body; all read", n)},
		{"Content-Length too large", fmt.Sprintf("Content-Type: text/html\r\nContent-Length: %d\r\n", n+5000), body,
			fmt.Sprintf("HTTP Content-Length %d but the record holds %d bytes of body; all read", n+5000, n)},
		{"chunked and gzip, really", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gz(body)), ""},
		{"gzip bytes without the header", "Content-Type: text/html\r\n", gz(body), ""},
		{"deflate, really", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", zlibBytes(body), ""},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := warcRecord("response", uuid(i), "https://example.com/a", respType, httpResponse("200 OK", tt.headers, tt.body), -1)
			p := writeFile(t, dir, fmt.Sprintf("q%d.warc", i), rec)
			got := readItems(t, p)
			if len(got) == 0 || got[0] != "ART "+uuid(i)+"|2024-03-05T10:00:00Z|"+want {
				t.Fatalf("got %q", got)
			}
			if tt.warn == "" {
				if len(got) != 1 {
					t.Errorf("unexpected %q", got[1:])
				}
				return
			}
			if len(got) != 2 || !strings.HasPrefix(got[1], "WARN "+p+" record <urn:uuid:"+uuid(i)+">: ") || !strings.Contains(got[1], tt.warn) {
				t.Errorf("got %q, want a warning with %q", got[1:], tt.warn)
			}
		})
	}
}

// TestWARCCCNewsLike reads a file shaped like a CC-NEWS one: warcinfo,
// request, response, metadata, revisit, a PDF, a 301, a 404, and a
// Latin-1 page whose charset is given only in the HTTP header.
func TestWARCCCNewsLike(t *testing.T) {
	pageA := []byte(page("<title>Budget passes</title><meta property=\"article:published_time\" content=\"2024-03-01T08:00:00Z\">",
		"<article><p>"+p1+"</p><p>"+p2+"</p></article>"))
	latin := []byte("<html><head><title>Caf\xe9s</title></head><body><article><p>" +
		strings.ReplaceAll(p3, "mayor", "caf\xe9 owner") + "</p></article></body></html>")
	recs := [][]byte{
		warcRecord("warcinfo", uuid(1), "", "application/warc-fields", []byte("software: test\r\nformat: WARC File Format 1.1\r\n"), -1),
		warcRecord("request", uuid(2), "https://example.com/a", "application/http; msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"), -1),
		warcRecord("response", uuid(3), "https://example.com/a", respType, httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", pageA), -1),
		warcRecord("metadata", uuid(4), "https://example.com/a", "application/warc-fields", []byte("fetchTimeMs: 120\r\n"), -1),
		warcRecord("revisit", uuid(5), "https://example.com/a", respType, httpResponse("200 OK", "Content-Type: text/html\r\n", nil), -1),
		warcRecord("response", uuid(6), "https://example.com/r.pdf", respType, httpResponse("200 OK", "Content-Type: application/pdf\r\n", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")), -1),
		warcRecord("response", uuid(7), "https://example.com/old", respType, httpResponse("301 Moved Permanently", "Location: https://example.com/a\r\nContent-Length: 0\r\n", nil), -1),
		warcRecord("response", uuid(8), "https://example.com/gone", respType, httpResponse("404 Not Found", "Content-Type: text/html\r\n", pageA), -1),
		warcRecord("response", uuid(9), "https://example.com/latin", respType, httpResponse("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n", latin), -1),
	}
	var members []byte
	for _, r := range recs {
		members = append(members, gz(r)...)
	}
	p := writeFile(t, t.TempDir(), "CC-NEWS-20240305.warc.gz", members)
	got := readItems(t, p)
	want := []string{
		"ART " + uuid(3) + "|2024-03-01T08:00:00Z|" + p1 + "\n" + p2,                                // the page's own date
		"ART " + uuid(9) + "|2024-03-05T10:00:00Z|" + strings.ReplaceAll(p3, "mayor", "café owner"), // WARC-Date
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWARCBadLengths: a wrong WARC Content-Length (too long by 500 bytes,
// absurdly long, too short) costs the one record and names it; the records
// after it are read.
func TestWARCBadLengths(t *testing.T) {
	art := func(i int, text string) []byte {
		return warcRecord("response", uuid(i), "https://example.com/"+fmt.Sprint(i), respType,
			httpResponse("200 OK", "Content-Type: text/html\r\n", []byte(page("", "<article><p>"+text+"</p></article>"))), -1)
	}
	withLength := func(rec []byte, l string) []byte {
		i := bytes.Index(rec, []byte("Content-Length: "))
		j := i + bytes.IndexByte(rec[i:], '\r')
		return append(append(append([]byte{}, rec[:i]...), "Content-Length: "+l...), rec[j:]...)
	}
	bad := art(2, p2)
	blen := len(bad) - bytes.Index(bad, []byte("\r\n\r\n")) - 8
	for _, tt := range []struct{ name, length, err string }{
		{"500 too long", fmt.Sprint(blen + 500), fmt.Sprintf("bad Content-Length %d: the next record starts %d bytes into the block; read on from there", blen+500, blen+4)},
		{"10^15", "1000000000000000", fmt.Sprintf("bad Content-Length 1000000000000000: the next record starts %d bytes into the block; read on from there", blen+4)},
		{"too short", fmt.Sprint(blen - 100), fmt.Sprintf("bad Content-Length %d: block not followed by a blank line", blen-100)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs := [][]byte{art(1, p1), withLength(bad, tt.length), art(3, p3), art(4, p1), art(5, p2)}
			for _, gzipped := range []bool{false, true} {
				var b []byte
				name := "x.warc"
				for _, r := range recs {
					if gzipped {
						r = gz(r)
						name = "x.warc.gz"
					}
					b = append(b, r...)
				}
				p := writeFile(t, t.TempDir(), name, b)
				got := readItems(t, p)
				want := []string{
					"ART " + uuid(1) + "|2024-03-05T10:00:00Z|" + p1,
					"ERR " + p + " record <urn:uuid:" + uuid(2) + ">: " + tt.err,
					"ART " + uuid(3) + "|2024-03-05T10:00:00Z|" + p3,
					"ART " + uuid(4) + "|2024-03-05T10:00:00Z|" + p1,
					"ART " + uuid(5) + "|2024-03-05T10:00:00Z|" + p2,
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s: got\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		})
	}
}

// TestWARCBoundedHeader: a header line far longer than any real one (here
// 3 MB; the bound is 64 KB) is one error, read without being held, and the
// records after it are read.
func TestWARCBoundedHeader(t *testing.T) {
	good := warcRecord("response", uuid(1), "https://example.com/1", respType,
		httpResponse("200 OK", "Content-Type: text/html\r\n", []byte(page("", "<article><p>"+p1+"</p></article>"))), -1)
	long := append([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Filename: "), bytes.Repeat([]byte("a"), 3<<20)...)
	long = append(long, "\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"...)
	longVersion := append(bytes.Repeat([]byte("W"), 1<<20), "\r\n"...)
	b := append(append(append(append([]byte{}, gz(long)...), gz(good)...), gz(longVersion)...), gz(good)...)
	p := writeFile(t, t.TempDir(), "long.warc.gz", b)
	got := readItems(t, p)
	want := []string{
		"ERR " + p + " record 1: bad WARC header: header line longer than 64 KB",
		"ART " + uuid(1) + "|2024-03-05T10:00:00Z|" + p1,
		"ERR " + p + " record 3: expected a WARC/1.x header, found a line longer than 64 KB",
		"ART " + uuid(1) + "|2024-03-05T10:00:00Z|" + p1,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
