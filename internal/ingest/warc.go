package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
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
		it, more, back := nextWARC(name, n, br)
		it.Size = cr.n - before
		if it.Article != nil || it.Err != nil {
			if err := fn(it); err != nil {
				return err
			}
		}
		if !more {
			return nil
		}
		if len(back) > 0 {
			// A wrong length read into the records after it: read them
			// again from the header found inside the block.
			br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(back), br), 64<<10)
		}
	}
}

// Bounds of a WARC record header: a line, and the whole header.
const (
	maxWARCLine   = 64 << 10
	maxWARCHeader = 1 << 20
)

// readLineLimit reads one line (with its newline) of at most max bytes; a
// longer line is consumed to its end without being held, and long is set.
func readLineLimit(br *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > max {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, long, err
	}
}

// readWARCHeader reads the named fields of a record header up to its blank
// line, bounded in line length and total size.
func readWARCHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	total := 0
	var last string
	for {
		l, long, err := readLineLimit(br, maxWARCLine)
		if long {
			return nil, fmt.Errorf("header line longer than %d KB", maxWARCLine>>10)
		}
		total += len(l)
		if total > maxWARCHeader {
			return nil, fmt.Errorf("header longer than %d KB", maxWARCHeader>>10)
		}
		t := strings.TrimRight(string(l), "\r\n")
		if t == "" {
			if err != nil && len(h) == 0 {
				return nil, fmt.Errorf("header cut short: %v", err)
			}
			return h, nil
		}
		if err != nil {
			return nil, fmt.Errorf("header cut short: %v", err)
		}
		if (t[0] == ' ' || t[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(t)
			continue
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, fmt.Errorf("malformed header line %q", clip(t, 40))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		h[last] = append(h[last], strings.TrimSpace(v))
	}
}

// nextWARC reads one record. It returns the item to report (possibly
// empty), whether the stream may hold more records, and the bytes to read
// again before the rest of the stream (when a wrong Content-Length read
// into the next records).
func nextWARC(name string, n int, br *bufio.Reader) (Item, bool, []byte) {
	loc := fmt.Sprintf(" record %d", n)
	// Version line, skipping blank lines between records.
	var version string
	for {
		l, long, err := readLineLimit(br, maxWARCLine)
		if long {
			return Item{Err: errorf(name, loc, "expected a WARC/1.x header, found a line longer than %d KB", maxWARCLine>>10)}, resyncWARC(br), nil
		}
		if t := strings.TrimSpace(string(l)); t != "" {
			version = t
			break
		}
		if err == io.EOF {
			return Item{}, false, nil
		}
		if err != nil {
			return Item{Err: errorf(name, loc, "%v", err)}, false, nil
		}
	}
	if !strings.HasPrefix(version, "WARC/") {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "expected a WARC/1.x header, found %q", clip(version, 40))}, more, nil
	}
	h, err := readWARCHeader(br)
	if err != nil {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad WARC header: %v", err)}, more, nil
	}
	id := collapseSpace(strings.ToValidUTF8(h.Get("WARC-Record-ID"), ""))
	if id != "" {
		loc = " record " + clip(id, 100)
	}
	cl := strings.TrimSpace(h.Get("Content-Length"))
	length, perr := strconv.ParseInt(cl, 10, 64)
	if cl == "" || perr != nil || length < 0 {
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad Content-Length %q", clip(cl, 40))}, more, nil
	}
	typ := strings.ToLower(h.Get("WARC-Type"))
	ctype := strings.ToLower(h.Get("Content-Type"))
	want := (typ == "response" && strings.HasPrefix(ctype, "application/http")) ||
		(typ == "resource" && isHTMLType(ctype))
	keep := want && length <= maxRaw
	blk, err := readBlock(br, length, keep)
	if err != nil {
		return Item{Err: errorf(name, loc, "%v", err)}, false, nil
	}
	if blk.overrun || blk.short || !checkWARCEnd(br) {
		// The declared length is wrong. Too long, it took in the next
		// records' headers: read on from the first one inside the block.
		if at, tail := blk.recordInside(); at >= 0 {
			return Item{Err: errorf(name, loc, "bad Content-Length %d: the next record starts %d bytes into the block; read on from there", length, at)}, true, tail
		}
		if blk.short {
			return Item{Err: errorf(name, loc, "truncated record: Content-Length %d but %d bytes left", length, blk.n)}, false, nil
		}
		// Too short: the rest of the block follows; skip to the next record.
		more := resyncWARC(br)
		return Item{Err: errorf(name, loc, "bad Content-Length %d: block not followed by a blank line", length)}, more, nil
	}
	if !want {
		return Item{}, true, nil
	}
	if !keep {
		return Item{Err: errorf(name, loc, "payload over the %d MB limit", maxRaw>>20)}, true, nil
	}
	block := blk.block
	var a *Article
	var warn string
	if typ == "response" {
		a, warn, err = parseHTTPResponse(block)
	} else {
		a, warn, err = parseHTML(block, ctype)
	}
	if err != nil {
		return Item{Err: errorf(name, loc, "%v", err)}, true, nil
	}
	if a == nil {
		return Item{}, true, nil // not an HTML page
	}
	if err := checkText(a.Text); err != nil {
		return Item{Err: errorf(name, loc, "%v", err)}, true, nil
	}
	a.Origin = id
	a.ID = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(id, "<"), "urn:uuid:"), ">")
	a.ID = strings.TrimPrefix(a.ID, "urn:uuid:")
	if u := strings.Trim(strings.TrimSpace(h.Get("WARC-Target-URI")), "<>"); u != "" {
		a.URL = u
	}
	if a.Published == "" {
		if d := strings.TrimSpace(h.Get("WARC-Date")); d != "" {
			a.Published = normalizeDate(d)
		}
	}
	if a.ID == "" {
		a.ID = contentID(a)
	}
	it := Item{Article: a}
	if warn != "" {
		it.Warning = name + loc + ": " + warn
	}
	return it, true, nil
}

// block is a record block as read for its declared length.
type block struct {
	block   []byte // the whole block, when kept
	n       int64  // bytes read
	short   bool   // the stream ended before the declared length
	overrun bool   // not kept: a record header was found inside and more than maxRaw followed it
	markAt  int64  // not kept: offset of the first record header found inside (-1: none)
	tail    []byte // not kept: the bytes from that header on (at most maxRaw)
}

// recordInside returns the offset of the first record header inside the
// block and the bytes from there to the end of what was read (-1, nil when
// there is none).
func (b *block) recordInside() (int64, []byte) {
	if b.block != nil {
		if i := findRecordStart(b.block); i >= 0 {
			return int64(i), b.block[i:]
		}
		return -1, nil
	}
	return b.markAt, b.tail
}

// readBlock reads a block of the declared length, holding it when keep.
// A block not held is scanned for a record header inside it, and the bytes
// from there are retained (bounded), so that a length that proves wrong
// loses nothing after it; when more than maxRaw bytes follow that header
// without the declared end, reading stops there (overrun).
func readBlock(br *bufio.Reader, length int64, keep bool) (*block, error) {
	b := &block{markAt: -1}
	if keep {
		// Read what is there rather than trusting the declared length
		// with an allocation.
		buf, err := io.ReadAll(io.LimitReader(br, length))
		if err != nil {
			return nil, err
		}
		b.block, b.n = buf, int64(len(buf))
		if b.block == nil {
			b.block = []byte{}
		}
		b.short = b.n < length
		return b, nil
	}
	chunk := make([]byte, 64<<10)
	var carry []byte
	for b.n < length {
		k, err := io.ReadFull(br, chunk[:min(int64(len(chunk)), length-b.n)])
		c := chunk[:k]
		if b.markAt >= 0 {
			b.tail = append(b.tail, c...)
		} else {
			s := append(carry, c...)
			if i := findRecordStart(s); i >= 0 {
				b.markAt = b.n - int64(len(carry)) + int64(i)
				b.tail = append([]byte(nil), s[i:]...)
			}
			carry = append(carry[:0], s[max(0, len(s)-16):]...)
		}
		b.n += int64(k)
		if len(b.tail) > maxRaw && b.n < length {
			b.overrun = true
			return b, nil
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			b.short = true
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// findRecordStart finds a WARC record header at the start of a line after
// a blank line ("\n\nWARC/1." or "\n\r\nWARC/1."): the index of its "W",
// or -1.
func findRecordStart(b []byte) int {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("WARC/1."))
		if i < 0 {
			return -1
		}
		i += off
		if i >= 2 && b[i-1] == '\n' && (b[i-2] == '\n' || (b[i-2] == '\r' && i >= 3 && b[i-3] == '\n')) {
			return i
		}
		off = i + 1
	}
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
	atStart := true
	for {
		if atStart {
			b, err := br.Peek(5)
			if len(b) == 5 && string(b) == "WARC/" {
				return true
			}
			if err != nil {
				return false
			}
		}
		_, err := br.ReadSlice('\n')
		if err != nil && err != bufio.ErrBufferFull {
			return false
		}
		atStart = err == nil
	}
}

// parseHTTPResponse reads the HTTP response in a response record. It
// returns (nil, "", nil) for responses that are not HTML pages (redirects,
// errors, images, robots.txt).
//
// The record holds the body as it was archived, and the record's length
// is the truth: archivers often keep the saved headers of a body they
// already de-chunked or decompressed, and an HTTP Content-Length can
// disagree with what was saved. So the body is everything after the
// headers; it is de-chunked only when its bytes are chunked, and
// decompressed only when they are gzip or deflate data; it is never cut to
// the Content-Length. What disagrees with the headers is a warning.
func parseHTTPResponse(rec []byte) (*Article, string, error) {
	head, body, ok := splitHTTP(rec)
	if !ok {
		return nil, "", fmt.Errorf("bad HTTP response: no blank line after the headers")
	}
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(head)))
	status, err := tp.ReadLine()
	if err != nil {
		return nil, "", fmt.Errorf("bad HTTP response: %v", err)
	}
	proto, rest, _ := strings.Cut(status, " ")
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if !strings.HasPrefix(proto, "HTTP/") || len(code) != 3 {
		return nil, "", fmt.Errorf("bad HTTP response: status line %q", clip(status, 40))
	}
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && err != io.EOF {
		return nil, "", fmt.Errorf("bad HTTP response: %v", err)
	}
	if code != "200" {
		return nil, "", nil
	}
	ctype := hdr.Get("Content-Type")
	if ctype != "" && !isHTMLType(strings.ToLower(strings.TrimSpace(ctype))) {
		return nil, "", nil
	}
	var warns []string
	if cl := strings.TrimSpace(hdr.Get("Content-Length")); cl != "" {
		if n, err := strconv.ParseInt(cl, 10, 64); err != nil || n != int64(len(body)) {
			warns = append(warns, fmt.Sprintf("HTTP Content-Length %s but the record holds %d bytes of body; all read", clip(cl, 20), len(body)))
		}
	}
	te := strings.ToLower(hdr.Get("Transfer-Encoding"))
	if d, ok := dechunk(body); ok {
		body = d
	} else if strings.Contains(te, "chunked") {
		warns = append(warns, "Transfer-Encoding chunked but the body is not chunked (archived de-chunked); read as it is")
	}
	ce := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding")))
	switch {
	case len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b:
		d, err := readAllLimit(gzipReaderOf(body), maxRaw)
		if err != nil && len(d) == 0 {
			return nil, "", fmt.Errorf("bad gzip body: %v", err)
		}
		if err != nil {
			warns = append(warns, fmt.Sprintf("gzip body cut short (%v); read the %d bytes it gives", err, len(d)))
		}
		body = d
	case ce == "deflate" && !looksLikeMarkup(body):
		d, err := inflate(body)
		if err != nil {
			return nil, "", fmt.Errorf("bad deflate body: %v", err)
		}
		body = d
	case ce != "" && ce != "identity" && looksLikeMarkup(body):
		warns = append(warns, fmt.Sprintf("Content-Encoding %s but the body is plain (archived decoded); read as it is", clip(ce, 20)))
	case ce != "" && ce != "identity":
		return nil, "", fmt.Errorf("body in an unsupported content encoding %q", clip(ce, 20))
	}
	if ctype == "" && !bytes.Contains(bytes.ToLower(body[:min(len(body), 1024)]), []byte("<html")) {
		return nil, "", nil
	}
	a, warn, err := parseHTML(body, ctype)
	if warn != "" {
		warns = append(warns, warn)
	}
	return a, strings.Join(warns, "; "), err
}

// splitHTTP splits a response at the blank line after its headers.
func splitHTTP(b []byte) (head, body []byte, ok bool) {
	i := bytes.Index(b, []byte("\r\n\r\n"))
	j := bytes.Index(b, []byte("\n\n"))
	switch {
	case i >= 0 && (j < 0 || i < j):
		return b[:i+2], b[i+4:], true
	case j >= 0:
		return b[:j+1], b[j+2:], true
	}
	return nil, nil, false
}

// dechunk decodes a chunked body; ok only when the bytes are a complete
// chunked encoding (hex sizes, each chunk ending in CRLF, a last chunk of 0).
func dechunk(b []byte) ([]byte, bool) {
	if len(b) < 5 || !isHex(b[0]) {
		return nil, false
	}
	var out []byte
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 || i > 1024 {
			return nil, false
		}
		line := strings.TrimRight(string(b[:i]), "\r")
		size, _, _ := strings.Cut(line, ";")
		size = strings.TrimSpace(size)
		n, err := strconv.ParseUint(size, 16, 31)
		if err != nil || size == "" {
			return nil, false
		}
		b = b[i+1:]
		if n == 0 {
			return out, true // trailers, if any, are of no use
		}
		if uint64(len(b)) < n+1 {
			return nil, false
		}
		out = append(out, b[:n]...)
		b = b[n:]
		switch {
		case bytes.HasPrefix(b, []byte("\r\n")):
			b = b[2:]
		case bytes.HasPrefix(b, []byte("\n")):
			b = b[1:]
		default:
			return nil, false
		}
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// looksLikeMarkup reports whether a body starts like text markup.
func looksLikeMarkup(b []byte) bool {
	t := bytes.TrimLeft(b[:min(len(b), 512)], "\xef\xbb\xbf \t\r\n")
	return len(t) > 0 && t[0] == '<'
}

// gzipReaderOf reads a gzip body (several members allowed).
func gzipReaderOf(b []byte) io.Reader {
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return errReader{err}
	}
	return z
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// inflate decodes a deflate body: zlib-wrapped, as the standard says, or
// raw, as some servers send it.
func inflate(b []byte) ([]byte, error) {
	if z, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
		if d, err := readAllLimit(z, maxRaw); err == nil {
			return d, nil
		}
	}
	return readAllLimit(flate.NewReader(bytes.NewReader(b)), maxRaw)
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
