package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonlRecord is one line of a JSONL/NDJSON dump: either clean text
// {"id","url","title","published","text"} or a page {"id","url","html"}.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
	Authors   json.RawMessage `json:"authors"`
	Site      string          `json:"site"`
	Lang      string          `json:"lang"`
}

// readJSONL streams a JSONL dump line by line; a line may be of any length
// up to the raw document limit (longer lines are skipped with an error
// without being held in memory).
func readJSONL(ctx context.Context, name string, r io.Reader, cr *countReader, fn func(Item) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		before := cr.n
		// Runs of blank lines are skipped a buffer at a time (a dump of
		// newlines costs what reading it costs, not a loop per line).
		skipped, serr := skipBlankLines(br)
		n += skipped
		if serr != nil && serr != io.EOF {
			return fn(Item{Err: errorf(name, ":"+strconv.Itoa(n), "%v", serr), Size: cr.n - before})
		}
		line = line[:0]
		tooLong := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !tooLong {
				if len(line)+len(chunk) > maxRaw {
					tooLong, line = true, line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			rerr = err
			break
		}
		loc := ":" + strconv.Itoa(n)
		size := cr.n - before
		if rerr != nil && rerr != io.EOF {
			return fn(Item{Err: errorf(name, loc, "%v", rerr), Size: size})
		}
		var it Item
		if tooLong {
			it = Item{Err: errorf(name, loc, "line longer than %d MB", maxRaw>>20)}
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			a, err := parseJSONLRecord(t)
			if err != nil {
				it.Err = errorf(name, loc, "%v", err)
			} else {
				a.Origin = name + loc
				it.Article = a
			}
		}
		it.Size = size
		if it.Article != nil || it.Err != nil {
			if err := fn(it); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
	}
}

// skipBlankLines discards the whitespace-only lines at the reader's
// position and returns how many it discarded.
func skipBlankLines(br *bufio.Reader) (int, error) {
	lines := 0
	for {
		b, _ := br.Peek(br.Buffered()) // what is buffered: no error
		if len(b) == 0 {
			if _, err := br.Peek(1); err != nil {
				return lines, err
			}
			continue
		}
		i := 0
		for i < len(b) && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ' || b[i] == '\t') {
			i++
		}
		if i < len(b) {
			// Keep the last (partial) line: it holds text.
			j := bytes.LastIndexByte(b[:i], '\n')
			if j >= 0 {
				lines += bytes.Count(b[:j+1], []byte{'\n'})
				br.Discard(j + 1)
			}
			return lines, nil
		}
		lines += bytes.Count(b, []byte{'\n'})
		if j := bytes.LastIndexByte(b, '\n'); j >= 0 {
			br.Discard(j + 1)
			// The rest (blank, no newline yet) is kept for the next look.
			if j+1 < len(b) {
				if _, err := br.Peek(len(b) - j); err != nil {
					return lines, err
				}
			}
			continue
		}
		// Blank bytes without a newline fill the buffer: let the line
		// reader take them.
		if len(b) == br.Size() {
			return lines, nil
		}
		if _, err := br.Peek(len(b) + 1); err != nil {
			return lines, err
		}
	}
}

func parseJSONLRecord(b []byte) (*Article, error) {
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d of the line", invalidAt(b))
	}
	rec, err := decodeRecord(b)
	if err != nil {
		if b[0] != '{' && json.Valid(b) {
			return nil, fmt.Errorf("not a JSON object")
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, fmt.Errorf("not valid JSON: %v", err)
		}
		return nil, fmt.Errorf("bad record: %v", err)
	}
	var a *Article
	switch {
	case strings.TrimSpace(rec.Text) != "":
		if strings.ContainsRune(rec.Text, 0) {
			return nil, fmt.Errorf("binary data (NUL character in text)")
		}
		a = parseText(rec.Text, strings.TrimSpace(rec.Title))
	case strings.TrimSpace(rec.HTML) != "":
		var err error
		a, err = ParseHTML([]byte(rec.HTML), "text/html; charset=utf-8")
		if err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf(`record has neither "text" nor "html"`)
	}
	if err := checkText(a.Text); err != nil {
		return nil, err
	}
	if t := strings.TrimSpace(rec.Title); t != "" {
		a.Title = t
	}
	if rec.URL != "" {
		a.URL = strings.TrimSpace(rec.URL)
	}
	if p := firstNonEmpty(rec.Published, rec.Date); p != "" {
		a.Published = normalizeDate(p)
	}
	if au := parseAuthors(rec.Authors); len(au) > 0 {
		a.Authors = au
	}
	if rec.Site != "" {
		a.Site = rec.Site
	}
	if rec.Lang != "" {
		a.Lang = rec.Lang
	}
	a.ID = jsonID(rec.ID)
	if a.ID == "" {
		a.ID = contentID(a)
	}
	return a, nil
}

// decodeRecord decodes a line: in one pass when it is the usual object of
// strings (decodeFlatRecord), else by json.Unmarshal.
func decodeRecord(b []byte) (jsonlRecord, error) {
	var rec jsonlRecord
	if decodeFlatRecord(b, &rec) {
		return rec, nil
	}
	rec = jsonlRecord{}
	err := json.Unmarshal(b, &rec)
	return rec, err
}

// jsonID renders a JSON id that may be a string or a number.
func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(raw))
}

// parseAuthors accepts "A, B", ["A","B"] or [{"name":"A"}].
func parseAuthors(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return splitAuthors(s)
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, x := range list {
		var one string
		var obj struct{ Name string }
		if json.Unmarshal(x, &one) == nil {
			out = appendAuthor(out, one)
		} else if json.Unmarshal(x, &obj) == nil {
			out = appendAuthor(out, obj.Name)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
