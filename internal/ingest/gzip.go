package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// sniffGzip wraps r in a buffered reader and reports whether the stream
// starts with the gzip magic number.
func sniffGzip(r io.Reader) (*bufio.Reader, bool, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	b, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return br, false, err
	}
	return br, len(b) == 2 && b[0] == 0x1f && b[1] == 0x8b, nil
}

// gzipReader decompresses a gzip stream (one or several members, as in
// CC-NEWS WARC files) and turns the decompressor's errors into plain words.
type gzipReader struct{ z *gzip.Reader }

func newGzipReader(r io.Reader) (*gzipReader, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, gzipError(err)
	}
	return &gzipReader{z}, nil
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

func (g *gzipReader) Close() error { return g.z.Close() }

func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errors.New("truncated gzip data")
	case errors.Is(err, gzip.ErrHeader):
		return errors.New("not gzip data (bad gzip header)")
	case errors.Is(err, gzip.ErrChecksum):
		return errors.New("corrupt gzip data (checksum mismatch)")
	}
	return fmt.Errorf("corrupt gzip data: %v", err)
}

// peek returns a reader equivalent to r and up to n of its first bytes.
func peek(r io.Reader, n int) (io.Reader, []byte) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	b, _ := br.Peek(n)
	return br, b
}
