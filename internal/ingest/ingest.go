// Package ingest reads raw files and dumps into clean articles: HTML pages,
// scraped text dumps, JSONL/NDJSON dumps and WARC archives, any of them
// gzip-compressed, from files, directories (recursively) or stdin ("-").
//
// Everything streams: a JSONL dump is read line by line (lines of any
// length), a WARC archive record by record. A bad file or record yields an
// Item whose Err names it and says why; the rest of the input is still read.
package ingest

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Article is a clean article. Text is the body that every offset refers to.
type Article struct {
	ID        string
	Origin    string // where it came from: file path, path:line, WARC record id
	URL       string
	Title     string
	Published string // ISO 8601 when known
	Text      string
	Authors   []string
	Site      string
	Lang      string
}

// Item is one article read from the inputs, or the error of one unreadable
// file or record (Err names it); Size is the raw bytes it took.
type Item struct {
	Article *Article
	Err     error
	Size    int64
}

// MaxArticle is the largest article text accepted, in bytes.
const MaxArticle = 10 << 20

// maxRaw is the largest raw document (an HTML page, a JSONL line, a WARC
// payload) read into memory; larger ones are skipped with an error.
const maxRaw = 4 * MaxArticle

// Read reads every input (files, directories recursively, "-" for stdin) and
// calls fn for each article or error, in input order. It stops early only
// when ctx is done or fn returns an error.
func Read(ctx context.Context, inputs []string, fn func(Item) error) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if in == "-" {
			err = readStream(ctx, "-", "", os.Stdin, fn)
		} else {
			err = readPath(ctx, in, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// readPath reads a file, or every file with a known extension below a
// directory, in lexical order. Hidden files and directories are skipped.
func readPath(ctx context.Context, root string, fn func(Item) error) error {
	st, err := os.Stat(root)
	if err != nil {
		return fn(Item{Err: errorf(root, "", "%v", unwrapPath(err))})
	}
	if !st.IsDir() {
		return readFile(ctx, root, fn)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(Item{Err: errorf(p, "", "%v", unwrapPath(err))})
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || formatOf(p) == "" {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return readFile(ctx, p, fn)
	})
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func readFile(ctx context.Context, path string, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Err: errorf(path, "", "%v", unwrapPath(err))})
	}
	defer f.Close()
	return readStream(ctx, path, formatOf(path), f, fn)
}

// readStream reads one input stream. format is "" when it must be sniffed.
func readStream(ctx context.Context, name, format string, r io.Reader, fn func(Item) error) error {
	cr := &countReader{r: r}
	var src io.Reader = cr
	gz := strings.HasSuffix(strings.ToLower(name), ".gz")
	br, isGzip, err := sniffGzip(src)
	if err != nil {
		return fn(Item{Err: errorf(name, "", "%v", err), Size: cr.n})
	}
	if gz || isGzip {
		zr, err := newGzipReader(br)
		if err != nil {
			return fn(Item{Err: errorf(name, "", "%v", err), Size: cr.n})
		}
		defer zr.Close()
		src = zr
	} else {
		src = br
	}
	if format == "" {
		var head []byte
		src, head = peek(src, 512)
		format = sniffFormat(head)
	}
	id := filepath.Base(name)
	if name == "-" {
		id = ""
	}
	switch format {
	case "jsonl":
		return readJSONL(ctx, name, src, cr, fn)
	case "warc":
		return readWARC(ctx, name, src, cr, fn)
	case "html":
		a, err := readHTMLFile(name, src)
		return emitDoc(name, id, a, err, cr, fn)
	default:
		a, err := readTextFile(name, src)
		return emitDoc(name, id, a, err, cr, fn)
	}
}

// emitDoc sends the article of a single-document input.
func emitDoc(name, id string, a *Article, err error, cr *countReader, fn func(Item) error) error {
	if err != nil {
		return fn(Item{Err: err, Size: cr.n})
	}
	a.Origin = name
	a.ID = id
	if a.ID == "" {
		a.ID = contentID(a)
	}
	return fn(Item{Article: a, Size: cr.n})
}

// Known reports whether a file found in a directory input is read: its
// extension (before an optional .gz) names a known format.
func Known(name string) bool { return formatOf(name) != "" }

// formatOf returns the format implied by a file name ("" when unknown).
func formatOf(name string) string {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".txt", ".text":
		return "txt"
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".warc":
		return "warc"
	}
	return ""
}

// sniffFormat guesses the format of a stream from its first bytes.
func sniffFormat(head []byte) string {
	s := strings.TrimLeft(string(head), "\ufeff \t\r\n")
	switch {
	case strings.HasPrefix(s, "WARC/"):
		return "warc"
	case strings.HasPrefix(s, "{"):
		return "jsonl"
	case strings.HasPrefix(s, "<"):
		return "html"
	}
	return "txt"
}

// countReader counts the raw bytes read from an input.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
