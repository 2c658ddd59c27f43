// Package ingest reads raw files and dumps into clean articles.
package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
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

// Read reads every input (files, directories recursively, "-" for stdin) and
// calls fn for each article or error, in input order. It stops early only
// when ctx is done or fn returns an error.
// TODO(ingest): placeholder; .txt only.
func Read(ctx context.Context, inputs []string, fn func(Item) error) error {
	for _, in := range inputs {
		var files []string
		err := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			if e := fn(Item{Err: fmt.Errorf("%s: %w", in, err)}); e != nil {
				return e
			}
			continue
		}
		sort.Strings(files)
		for _, p := range files {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			b, err := os.ReadFile(p)
			it := Item{Size: int64(len(b))}
			if err != nil {
				it.Err = err
			} else {
				it.Article = &Article{ID: filepath.Base(p), Origin: p, Text: string(b)}
			}
			if e := fn(it); e != nil {
				return e
			}
		}
	}
	return nil
}
