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

// Read streams the records of a shard file (gzip-compressed when its name
// ends in .gz), calling fn for each; a bad line is passed to fn as an error
// naming file and line, and reading goes on. It stops when fn returns an
// error.
func Read(path string, fn func(r *claims.Result, size int64, err error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, 0, err)
	}
	defer f.Close()
	var src io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
		if err != nil {
			return fn(nil, 0, fmt.Errorf("%s: %w", path, err))
		}
		defer zr.Close()
		src = zr
	}
	br := bufio.NewReaderSize(src, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			r, derr := Unmarshal(line)
			if derr != nil {
				derr = fmt.Errorf("%s:%d: %w", path, n, derr)
				if e := fn(nil, int64(len(line)), derr); e != nil {
					return e
				}
			} else if e := fn(&r, int64(len(line)), nil); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fn(nil, 0, fmt.Errorf("%s:%d: %w", path, n, err))
		}
	}
}
