// Package export writes stored articles, claims and quantities as JSONL or
// CSV, in the shapes documented in the README.
package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// ErrFormat is returned for an unknown output format.
type ErrFormat string

func (e ErrFormat) Error() string {
	return fmt.Sprintf("unknown format %q (want jsonl or csv)", string(e))
}

// Articles writes every article: {"id","origin","url","title","published","text",...}.
func Articles(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error {
	aw, err := NewArticleWriter(w, format)
	if err != nil {
		return err
	}
	if err := st.Articles(ctx, aw.Write); err != nil {
		return err
	}
	return aw.Flush()
}

// ArticleWriter writes articles in the articles export format, JSONL or CSV
// (for the store's export and for `extract ingest`).
type ArticleWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
	cw  *csv.Writer
}

// NewArticleWriter returns a writer for format "jsonl" or "csv".
func NewArticleWriter(w io.Writer, format string) (*ArticleWriter, error) {
	aw := &ArticleWriter{bw: bufio.NewWriter(w)}
	switch format {
	case "jsonl":
		aw.enc = json.NewEncoder(aw.bw)
		aw.enc.SetEscapeHTML(false)
	case "csv":
		aw.cw = csv.NewWriter(aw.bw)
		aw.cw.Write([]string{"id", "origin", "url", "title", "published", "site", "lang", "text"})
	default:
		return nil, ErrFormat(format)
	}
	return aw, nil
}

// Write writes one article.
func (aw *ArticleWriter) Write(a *claims.Article) error {
	if aw.cw != nil {
		return aw.cw.Write(SafeCells([]string{a.ID, a.Origin, a.URL, a.Title, a.Published, a.Site, a.Lang, a.Text}))
	}
	return aw.enc.Encode(a)
}

// Flush writes out what is buffered.
func (aw *ArticleWriter) Flush() error {
	if aw.cw != nil {
		aw.cw.Flush()
		if err := aw.cw.Error(); err != nil {
			return err
		}
	}
	return aw.bw.Flush()
}

// Claims writes the quantities of kind claim with source and cue.
func Claims(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error {
	return quantities(ctx, st, sqlite.Filter{ClaimsOnly: true}, format, w)
}

// Quantities writes every number mention, of every kind.
func Quantities(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error {
	return quantities(ctx, st, sqlite.Filter{}, format, w)
}

var csvHeader = []string{"article_id", "id", "quantity", "start", "end", "low", "high", "qualifier", "unit", "change",
	"kind", "subject", "event", "source", "source_mention", "source_start", "source_end", "source_role",
	"source_affiliation", "cue", "cue_start", "cue_end", "sentence", "sentence_start", "sentence_end",
	"source_entity", "source_entity_id", "time", "time_start", "time_end", "time_from", "time_to", "unit_basis"}

// CSVHeader is the header of the claims and quantities CSV (CSVRow's
// columns); a copy.
func CSVHeader() []string { return append([]string{}, csvHeader...) }

func quantities(ctx context.Context, st *sqlite.Store, f sqlite.Filter, format string, w io.Writer) error {
	bw := bufio.NewWriter(w)
	switch format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		if err := st.Quantities(ctx, f, func(q *claims.Quantity) error { return enc.Encode(q) }); err != nil {
			return err
		}
	case "csv":
		cw := csv.NewWriter(bw)
		cw.Write(csvHeader)
		err := st.Quantities(ctx, f, func(q *claims.Quantity) error { return cw.Write(SafeCells(CSVRow(q))) })
		cw.Flush()
		if err != nil {
			return err
		}
		if err := cw.Error(); err != nil {
			return err
		}
	default:
		return ErrFormat(format)
	}
	return bw.Flush()
}

// CSVRow flattens a quantity in the order of the CSV header.
func CSVRow(q *claims.Quantity) []string {
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	str := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	row := []string{q.ArticleID, q.ID, q.Quantity.Text, strconv.Itoa(q.Quantity.Start), strconv.Itoa(q.Quantity.End),
		num(q.Low), num(q.High), string(q.Qualifier), q.Unit, str(q.Change), string(q.Kind), q.Subject, q.Event}
	if s := q.Source; s != nil {
		row = append(row, s.Name, s.Mention, strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Role, s.Affiliation)
	} else {
		row = append(row, "", "", "", "", "", "")
	}
	if c := q.Cue; c != nil {
		row = append(row, c.Text, strconv.Itoa(c.Start), strconv.Itoa(c.End))
	} else {
		row = append(row, "", "", "")
	}
	row = append(row, q.Sentence.Text, strconv.Itoa(q.Sentence.Start), strconv.Itoa(q.Sentence.End))
	if s := q.Source; s != nil && s.Entity != nil {
		row = append(row, s.Entity.Name, s.Entity.ID)
	} else {
		row = append(row, "", "")
	}
	if t := q.Time; t != nil {
		row = append(row, t.Text, strconv.Itoa(t.Start), strconv.Itoa(t.End), t.From, t.To)
	} else {
		row = append(row, "", "", "", "", "")
	}
	return append(row, q.UnitBasis)
}

// SafeCells defuses the cells a spreadsheet would run as a formula (text
// starting with =, +, -, @, a tab or a carriage return, as in "=HYPERLINK(…)"
// in an article title) by prefixing a quote, as OWASP advises for CSV
// exports; numbers ("-5", "+3") are left as they are. It changes row in place
// and returns it.
func SafeCells(row []string) []string {
	for i, c := range row {
		row[i] = SafeCell(c)
	}
	return row
}

// SafeCell is SafeCells for one cell.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
		return "'" + s
	}
	return s
}
