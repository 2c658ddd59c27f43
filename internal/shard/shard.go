// Package shard is the format of sharded result exports: JSONL files, one
// line per article with everything extracted from it, as the Beam pipeline
// writes them and `extract load` merges them into a database.
//
//	{"id":"…","hash":"…","article":{…},"quantities":[{…},…]}
//
// article is the article export shape; quantities are in the quantities
// export shape (claims carry their source and cue). A line holds the whole
// article, so a shard loads into the same rows `extract run` stores.
package shard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// Record is one line of a shard.
type Record struct {
	ID         string            `json:"id"`
	Hash       string            `json:"hash"`
	Article    claims.Article    `json:"article"`
	Quantities []claims.Quantity `json:"quantities"`
}

// Marshal encodes a result as one shard line (with its trailing newline).
func Marshal(r *claims.Result) ([]byte, error) {
	a := r.Article
	if a.Hash == "" {
		a.Hash = claims.ContentHash(&a)
	}
	qs := r.Quantities
	if qs == nil {
		qs = []claims.Quantity{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Record{ID: a.ID, Hash: a.Hash, Article: a, Quantities: qs}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Unmarshal decodes and checks one shard line: the hash must be the content
// hash of the article, and every span must lie inside its text.
func Unmarshal(line []byte) (claims.Result, error) {
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		return claims.Result{}, err
	}
	a := rec.Article
	if a.ID == "" || a.ID != rec.ID {
		return claims.Result{}, fmt.Errorf("article id %q does not match record id %q", a.ID, rec.ID)
	}
	if err := a.Check(); err != nil {
		return claims.Result{}, err
	}
	a.Hash = claims.ContentHash(&a)
	if a.Hash != rec.Hash {
		return claims.Result{}, fmt.Errorf("article %s: hash %s does not match its content (%s)", a.ID, rec.Hash, a.Hash)
	}
	n := len(a.Text)
	for i := range rec.Quantities {
		q := &rec.Quantities[i]
		if q.ID == "" || q.Quantity.Start < 0 || q.Quantity.End > n || q.Quantity.Start > q.Quantity.End ||
			q.Sentence.Start < 0 || q.Sentence.End > n {
			return claims.Result{}, fmt.Errorf("article %s: quantity %q at %d-%d outside the text", a.ID, q.Quantity.Text, q.Quantity.Start, q.Quantity.End)
		}
		q.ArticleID = a.ID
	}
	return claims.Result{Article: a, Quantities: rec.Quantities}, nil
}

// MaxLine is the longest shard line read, in bytes: a longer line is
// reported as bad and skipped without being held in memory. A line holds an
// article (at most 10 MB of text, ingest's limit) and its quantities with
// their sentences.
var MaxLine = 128 << 20

// Read streams the records of a shard file (gzip-compressed when its name
// ends in .gz), calling fn for each with its place ("path:line"); a bad line
// is passed to fn as an error naming file, line and, when it can be read,
// the article id, and reading goes on. It stops when fn returns an error.
// Memory holds one line of at most MaxLine bytes.
func Read(path string, fn func(r *claims.Result, at string, size int64, err error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, path, 0, err)
	}
	defer f.Close()
	var src io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
		if err != nil {
			return fn(nil, path, 0, fmt.Errorf("%s: %w", path, err))
		}
		defer zr.Close()
		src = zr
	}
	br := bufio.NewReaderSize(src, 1<<16)
	var line []byte
	for n := 1; ; n++ {
		at := path + ":" + strconv.Itoa(n)
		var size int64
		var err error
		line, size, err = readLine(br, line[:0], MaxLine)
		switch {
		case size > int64(len(line)):
			id := ""
			if m := idPrefix.FindSubmatch(line); m != nil {
				id = "article " + string(m[1]) + ": "
			}
			lerr := fmt.Errorf("%s: %sline of %d bytes, more than the %d MB a shard line may hold: not loaded", at, id, size, MaxLine>>20)
			if e := fn(nil, at, size, lerr); e != nil {
				return e
			}
		case len(bytes.TrimSpace(line)) > 0:
			r, derr := Unmarshal(line)
			if derr != nil {
				if e := fn(nil, at, size, fmt.Errorf("%s: %w", at, derr)); e != nil {
					return e
				}
			} else if e := fn(&r, at, size, nil); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fn(nil, at, 0, fmt.Errorf("%s: %w", at, err))
		}
	}
}

// idPrefix finds the record id at the start of a line (Marshal writes it first).
var idPrefix = regexp.MustCompile(`^\s*\{"id":"((?:[^"\\]|\\.){1,200})"`)

// readLine reads one line into buf, keeping at most max bytes of it, and
// returns what it kept and the line's whole size (without its newline).
func readLine(br *bufio.Reader, buf []byte, max int) ([]byte, int64, error) {
	var size int64
	for {
		chunk, err := br.ReadSlice('\n')
		full := err == nil
		if full {
			chunk = chunk[:len(chunk)-1]
		}
		size += int64(len(chunk))
		if room := max - len(buf); room > 0 {
			buf = append(buf, chunk[:min(room, len(chunk))]...)
		}
		if full {
			return buf, size, nil
		}
		if err != bufio.ErrBufferFull {
			return buf, size, err
		}
	}
}
