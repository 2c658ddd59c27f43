package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// readWARC streams a WARC/1.0 or 1.1 file record by record (a .warc.gz with
// one gzip member per record reads as one stream). Response (and resource)
// records with an HTML payload become articles: Origin is the
// WARC-Record-ID, ID the same id without its <urn:uuid:…> wrapping, URL the
// WARC-Target-URI. Other records are skipped. A record with a bad length is
// reported and the reader resynchronises on the next "WARC/" header.
func readWARC(ctx context.Context, name string, r io.Reader, cr *countReader, fn func(Item) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		before := cr.n
		it, more := nextWARC(name, n, br)
		it.Size = cr.n - before
		if it.Article != nil || it.Err != nil {
			if err := fn(it); err != nil {
				return err
			}
		}
		if !more {
			return nil
		}
	}
}

// nextWARC reads one record. It returns the item to report (possibly
// empty) and whether the stream may hold more records.
func nextWARC(name string, n int, br *bufio.Reader) (Item, bool) {
	loc := fmt.Sprintf(" record %d", n)
	// Version line, skipping blank lines between records.
	var version string
	for {
		l, err := br.ReadString('\n')
		if t := strings.TrimSpace(l); t != "" {
			version = t
			break
		}
		if err == io.EOF {
			return Item{}, false
		}
		if err != nil {
			return Item{Err: errorf(name, loc, "%v", err)}, false
		}
	}
	if !strings.HasPrefix(version, "WARC/") {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "expected a WARC/1.x header, found %q", clip(version, 40))}, more
	}
	tp := textproto.NewReader(br)
	h, err := tp.ReadMIMEHeader()
	if err != nil && err != io.EOF {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad WARC header: %v", err)}, more
	}
	id := strings.TrimSpace(h.Get("WARC-Record-ID"))
	if id != "" {
		loc = " record " + id
	}
	cl := strings.TrimSpace(h.Get("Content-Length"))
	length, perr := strconv.ParseInt(cl, 10, 64)
	if cl == "" || perr != nil || length < 0 {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad Content-Length %q", cl)}, more
	}
	typ := strings.ToLower(h.Get("WARC-Type"))
	ctype := strings.ToLower(h.Get("Content-Type"))
	want := (typ == "response" && strings.HasPrefix(ctype, "application/http")) ||
		(typ == "resource" && isHTMLType(ctype))
	var block []byte
	if want && length <= maxRaw {
		// Read what is there rather than trusting the declared length
		// with an allocation.
		var err error
		block, err = io.ReadAll(io.LimitReader(br, length))
		if err != nil {
			return Item{Err: errorf(name, loc, "%v", err)}, false
		}
		if int64(len(block)) < length {
			return Item{Err: errorf(name, loc, "truncated record: Content-Length %d but %d bytes left", length, len(block))}, false
		}
	} else {
		m, err := io.CopyN(io.Discard, br, length)
		if err != nil {
			return Item{Err: errorf(name, loc, "truncated record: Content-Length %d but %d bytes left", length, m)}, false
		}
		if want {
			return Item{Err: errorf(name, loc, "payload over the %d MB limit", maxRaw>>20)}, checkWARCEnd(br)
		}
	}
	if !checkWARCEnd(br) {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad Content-Length %d: block not followed by a blank line", length)}, more
	}
	if !want {
		return Item{}, true
	}
	var a *Article
	if typ == "response" {
		a, err = parseHTTPResponse(block)
	} else {
		a, err = ParseHTML(block, ctype)
	}
	if err != nil {
		return Item{Err: errorf(name, loc, "%v", err)}, true
	}
	if a == nil {
		return Item{}, true // not an HTML page
	}
	if err := checkText(a.Text); err != nil {
		return Item{Err: errorf(name, loc, "%v", err)}, true
	}
	a.Origin = id
	a.ID = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(id, "<"), "urn:uuid:"), ">")
	a.ID = strings.TrimPrefix(a.ID, "urn:uuid:")
	if u := strings.Trim(strings.TrimSpace(h.Get("WARC-Target-URI")), "<>"); u != "" {
		a.URL = u
	}
	if a.ID == "" {
		a.ID = contentID(a)
	}
	return Item{Article: a}, true
}

// checkWARCEnd consumes the CRLF CRLF that ends a record block.
func checkWARCEnd(br *bufio.Reader) bool {
	b, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(b, []byte("\r\n\r\n")):
		br.Discard(4)
	case bytes.HasPrefix(b, []byte("\n\n")):
		br.Discard(2)
	case len(b) == 0:
		return true // end of stream
	default:
		return false
	}
	return true
}

// resyncWARC skips to the next line that starts a WARC record; it reports
// whether one was found.
func resyncWARC(br *bufio.Reader) bool {
	for {
		b, err := br.Peek(5)
		if len(b) == 5 && string(b) == "WARC/" {
			return true
		}
		if err != nil {
			return false
		}
		if _, err := br.ReadSlice('\n'); err != nil && err != bufio.ErrBufferFull {
			return false
		}
	}
}

// parseHTTPResponse reads the HTTP response in a response record. It
// returns (nil, nil) for responses that are not HTML pages (redirects,
// images, robots.txt).
func parseHTTPResponse(block []byte) (*Article, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, fmt.Errorf("bad HTTP response: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, nil
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype != "" && !isHTMLType(strings.ToLower(ctype)) {
		return nil, nil
	}
	var body io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		z, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("bad gzip content encoding: %v", err)
		}
		body = z
	case "deflate":
		body = flate.NewReader(body)
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", resp.Header.Get("Content-Encoding"))
	}
	b, err := readAllLimit(body, maxRaw)
	if err != nil && len(b) == 0 {
		return nil, fmt.Errorf("bad HTTP body: %v", err)
	}
	if ctype == "" && !bytes.Contains(bytes.ToLower(b[:min(len(b), 1024)]), []byte("<html")) {
		return nil, nil
	}
	return ParseHTML(b, ctype)
}

func isHTMLType(ct string) bool {
	return strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
