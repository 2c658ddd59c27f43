package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// warcRecord renders one WARC record; length < 0 means the true length.
func warcRecord(typ, id, uri, ctype string, block []byte, length int) []byte {
	if length < 0 {
		length = len(block)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n", typ, id)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, length)
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(status, headers string, body []byte) []byte {
	return append([]byte("HTTP/1.1 "+status+"\r\n"+headers+"\r\n"), body...)
}

func chunked(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(len(b), 100)
		fmt.Fprintf(&out, "%x\r\n%s\r\n", n, b[:n])
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func TestReadWARC(t *testing.T) {
	pageA := []byte(page("<title>Budget passes</title>", "<article><p>"+p1+"</p><p>"+p2+"</p></article>"))
	pageB := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 rules</title></head><body><article><p>" +
		strings.ReplaceAll(p3, "mayor", "caf\xe9 owner") + "</p></article></body></html>")
	const resp = "application/http; msgtype=response"
	records := [][]byte{
		warcRecord("warcinfo", "00000000-0000-0000-0000-000000000000", "", "application/warc-fields", []byte("software: test\r\n"), -1),
		warcRecord("request", "11111111-1111-1111-1111-111111111111", "https://example.com/a", "application/http; msgtype=request",
			[]byte("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"), -1),
		warcRecord("response", "22222222-2222-2222-2222-222222222222", "https://example.com/a", resp,
			httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", pageA), -1),
		warcRecord("response", "33333333-3333-3333-3333-333333333333", "https://example.com/logo.png", resp,
			httpResponse("200 OK", "Content-Type: image/png\r\n", []byte("\x89PNG\r\n")), -1),
		warcRecord("response", "44444444-4444-4444-4444-444444444444", "https://example.com/old", resp,
			httpResponse("301 Moved Permanently", "Location: https://example.com/a\r\n", nil), -1),
		warcRecord("response", "55555555-5555-5555-5555-555555555555", "https://example.com/b", resp,
			httpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gz(pageB))), -1),
		warcRecord("response", "66666666-6666-6666-6666-666666666666", "https://example.com/bad", resp,
			httpResponse("200 OK", "Content-Type: text/html\r\n", pageA), 50), // length too short
		warcRecord("response", "77777777-7777-7777-7777-777777777777", "https://example.com/c", resp,
			httpResponse("200 OK", "Content-Type: text/html\r\n", pageA), -1),
	}
	bad := bytes.Replace(warcRecord("resource", "88888888-8888-8888-8888-888888888888", "https://example.com/d", "text/html", pageA, -1),
		[]byte("Content-Length: "), []byte("Content-Length: x"), 1)
	records = append(records, bad, records[2])

	dir := t.TempDir()
	plain := bytes.Join(records, nil)
	var members []byte
	for _, r := range records {
		members = append(members, gz(r)...) // one gzip member per record, as in CC-NEWS
	}
	for name, b := range map[string][]byte{"crawl.warc": plain, "crawl.warc.gz": members} {
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, dir, name, b)
			got := readAll(t, p)
			want := []string{
				"22222222-2222-2222-2222-222222222222|<urn:uuid:22222222-2222-2222-2222-222222222222>|https://example.com/a|Budget passes|" + clip(p1, 40),
				"55555555-5555-5555-5555-555555555555|<urn:uuid:55555555-5555-5555-5555-555555555555>|https://example.com/b|Café rules|" + clip(strings.ReplaceAll(p3, "mayor", "café owner"), 40),
				"ERR " + p + " record <urn:uuid:66666666-6666-6666-6666-666666666666>: bad Content-Length 50: block not followed by a blank line",
				"77777777-7777-7777-7777-777777777777|<urn:uuid:77777777-7777-7777-7777-777777777777>|https://example.com/c|Budget passes|" + clip(p1, 40),
				"ERR " + p + ` record <urn:uuid:88888888-8888-8888-8888-888888888888>: bad Content-Length "x` + fmt.Sprint(len(pageA)) + `"`,
				"22222222-2222-2222-2222-222222222222|<urn:uuid:22222222-2222-2222-2222-222222222222>|https://example.com/a|Budget passes|" + clip(p1, 40),
			}
			if len(got) != len(want) {
				t.Fatalf("got %d items, want %d:\n%v", len(got), len(want), got)
			}
			for i := range want {
				if got[i].String() != want[i] {
					t.Errorf("item %d:\n got %s\nwant %s", i, got[i], want[i])
				}
			}
		})
	}
}

func TestReadWARCTruncated(t *testing.T) {
	pageA := []byte(page("", "<article><p>"+p1+"</p></article>"))
	rec := warcRecord("response", "22222222-2222-2222-2222-222222222222", "https://example.com/a", "application/http; msgtype=response",
		httpResponse("200 OK", "Content-Type: text/html\r\n", pageA), -1)
	dir := t.TempDir()
	both := append(append([]byte{}, rec...), rec[:len(rec)-40]...)
	p := writeFile(t, dir, "cut.warc", both)
	got := readAll(t, p)
	if len(got) != 2 || got[0].Err != "" || !strings.Contains(got[1].Err, "truncated record") || !strings.HasPrefix(got[1].Err, p+" record <urn:uuid:") {
		t.Errorf("got %v", got)
	}
	gzBoth := append(gz(rec), gz(rec)[:50]...)
	p = writeFile(t, dir, "cut.warc.gz", gzBoth)
	got = readAll(t, p)
	if len(got) != 2 || got[0].Err != "" || !strings.Contains(got[1].Err, "truncated gzip data") {
		t.Errorf("got %v", got)
	}
}
