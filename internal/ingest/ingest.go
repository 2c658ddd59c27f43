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
	"encoding/json"
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
// file or record (Err names it); Size is the raw bytes it took. Warning,
// set only beside an Article, is one line (naming the file or record) about
// how it was read: a guessed charset, a mismatched HTTP length; the article
// is good, but the user should know.
type Item struct {
	Article *Article
	Err     error
	Warning string
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
		if isURL(root) {
			return fn(Item{Err: errorf(root, "", "URLs are not fetched: save the page (or a WARC of it) and give the file")})
		}
		return fn(Item{Err: errorf(root, "", "%v", unwrapPath(err))})
	}
	if !st.IsDir() {
		if !st.Mode().IsRegular() {
			return fn(Item{Err: errorf(root, "", "not read: %s, not a regular file", fileKind(st.Mode()))})
		}
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
		if !d.Type().IsRegular() {
			// A named pipe would block the read for ever; a symbolic link
			// is read when it leads to a regular file.
			st, err := os.Stat(p)
			if err != nil {
				return fn(Item{Err: errorf(p, "", "%v", unwrapPath(err))})
			}
			if !st.Mode().IsRegular() {
				return fn(Item{Err: errorf(p, "", "not read: %s, not a regular file", fileKind(st.Mode()))})
			}
		}
		return readFile(ctx, p, fn)
	})
}

// isURL reports whether an input names a URL rather than a file.
func isURL(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	switch strings.ToLower(s[:i]) {
	case "http", "https", "ftp", "s3", "gs", "file":
		return true
	}
	return false
}

// fileKind names a file mode that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return "a special file"
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
	format := formatOf(path)
	if format == "" {
		format = namedUnknown
	}
	return readStream(ctx, path, format, f, fn)
}

// namedUnknown is the format of a file named explicitly whose extension
// names no known format: it is read only when its content is unmistakably
// a WARC archive, an HTML page or JSON Lines, and refused otherwise (a
// data.csv is no article).
const namedUnknown = "?"

// Extensions lists the file extensions read (each optionally .gz).
const Extensions = ".txt .text .html .htm .xhtml .shtml .jsonl .ndjson .warc"

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
	if format == "" || format == namedUnknown {
		var head []byte
		src, head = peek(src, 64<<10)
		if format == "" {
			format = sniffFormat(head)
		} else if format = sniffStrict(head); format == "" {
			return fn(Item{Err: errorf(name, "", "not read: unknown file type %q and the content is not a WARC archive, an HTML page or JSON Lines (read: %s, optionally .gz; name a plain-text article .txt)",
				unknownExt(name), Extensions), Size: cr.n})
		}
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
		a, warn, err := readHTMLFile(name, src)
		return emitDoc(name, id, a, warn, err, cr, fn)
	default:
		a, warn, err := readTextFile(name, src)
		return emitDoc(name, id, a, warn, err, cr, fn)
	}
}

// emitDoc sends the article of a single-document input.
func emitDoc(name, id string, a *Article, warn string, err error, cr *countReader, fn func(Item) error) error {
	if err != nil {
		return fn(Item{Err: err, Size: cr.n})
	}
	a.Origin = name
	a.ID = id
	if a.Published == "" {
		a.Published = nameDate(name) // the page gives none: the file name may
	}
	if a.ID == "" {
		a.ID = contentID(a)
	}
	return fn(Item{Article: a, Warning: warn, Size: cr.n})
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

// sniffStrict recognises a format from a file's first bytes only when they
// leave no doubt: a WARC record header, an HTML document (doctype or <html>),
// or a first line that is a whole JSON object (JSON Lines; a pretty-printed
// .json document is not).
func sniffStrict(head []byte) string {
	s := strings.TrimLeft(string(head), "\ufeff \t\r\n")
	l := strings.ToLower(s[:min(len(s), 64)])
	switch {
	case strings.HasPrefix(s, "WARC/1."):
		return "warc"
	case strings.HasPrefix(l, "<!doctype html"), strings.HasPrefix(l, "<html"),
		strings.HasPrefix(l, "<?xml") && strings.Contains(strings.ToLower(s[:min(len(s), 1024)]), "<html"):
		return "html"
	case strings.HasPrefix(s, "{"):
		line, _, ok := strings.Cut(s, "\n")
		if !ok && len(head) == 64<<10 && strings.HasPrefix(s, `{"`) {
			return "jsonl" // a first line longer than the look-ahead
		}
		if ok || len(head) < 64<<10 {
			var v map[string]json.RawMessage
			if json.Unmarshal([]byte(line), &v) == nil {
				return "jsonl"
			}
		}
	}
	return ""
}

func unknownExt(name string) string {
	n := strings.TrimSuffix(strings.ToLower(filepath.Base(name)), ".gz")
	if e := filepath.Ext(n); e != "" {
		return e
	}
	return "(no extension)"
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

// Skip is a file in an input directory that Read passes over without a
// word: its name gives no known format.
type Skip struct {
	Path   string
	Reason string
}

// Skipped lists the files below the directory inputs that Read does not
// read and does not report (hidden files and directories aside): those whose
// extension names no known format. It stops at the first error of ctx.
func Skipped(ctx context.Context, inputs []string) []Skip {
	var out []Skip
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		st, err := os.Stat(in)
		if err != nil || !st.IsDir() {
			continue
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // Read reports it
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if p != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || formatOf(p) != "" {
				return nil
			}
			reason := "unknown file type " + unknownExt(p)
			if !d.Type().IsRegular() {
				if st, err := os.Stat(p); err == nil && !st.Mode().IsRegular() {
					reason = fileKind(st.Mode()) + ", not a regular file"
				}
			}
			out = append(out, Skip{Path: p, Reason: reason})
			return nil
		})
	}
	return out
}
