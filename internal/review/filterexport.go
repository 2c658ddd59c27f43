package review

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/export"
)

// maxExport bounds an export of the list's claims: a filter matching more
// gets its first maxExport claims, and the response says so
// (X-Extract-Truncated); narrow the filter for the rest.
const maxExport = 100000

// exportChunk is how many claims are read and written at a time.
const exportChunk = 200

var errExportFull = errors.New("export bound reached")

// streamList calls fn with the id of every claim of the list's query (from
// and args as queryList builds them), in order, at most maxExport+1 of
// them. The ids are read first (a few MB at most), so that no read stays
// open while the rows are written to a slow client.
func (s *Server) streamList(ctx context.Context, from, order string, args []any, limit int, fn func(string) error) error {
	if limit <= 0 {
		limit = maxExport + 1
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT c.id`+from+` ORDER BY `+order+` LIMIT ?`, append(args, limit)...)
	if err != nil {
		return err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := fn(id); err != nil {
			return err
		}
	}
	return nil
}

// exportedClaim is a JSONL line of the list's export: the claim as
// `extract export --what claims` writes it, with its article and review.
type exportedClaim struct {
	*claims.Quantity
	Article exportedArticle `json:"article"`
	Review  *exportedReview `json:"review,omitempty"`
}

type exportedArticle struct {
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

type exportedReview struct {
	Status   string `json:"status"`
	Rating   string `json:"rating,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// handleExportClaims streams the claims of the list's filter (the same
// query string as the list, the page ignored) as CSV or JSONL, a chunk of
// claims at a time, in the list's order.
func (s *Server) handleExportClaims(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		leave, ok := s.enter(r)
		if !ok {
			return
		}
		defer leave()
		ctx := r.Context()
		f := parseFilter(r.URL.Query())
		var ids []string
		f.each = func(id string) error {
			if len(ids) == maxExport {
				return errExportFull
			}
			ids = append(ids, id)
			return nil
		}
		_, _, _, err := s.queryList(ctx, f)
		truncated := errors.Is(err, errExportFull)
		if err != nil && !truncated {
			s.fail(w, err)
			return
		}
		name, ctype := "claims.csv", "text/csv; charset=utf-8"
		if format == "jsonl" {
			name, ctype = "claims.jsonl", "application/jsonl; charset=utf-8"
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
		w.Header().Set("X-Extract-Claims", strconv.Itoa(len(ids)))
		if truncated {
			w.Header().Set("X-Extract-Truncated", "the first "+strconv.Itoa(maxExport)+" claims of the filter; narrow it for the rest")
		}
		bw := bufio.NewWriterSize(w, 64<<10)
		var cw *csv.Writer
		var enc *json.Encoder
		if format == "csv" {
			cw = csv.NewWriter(bw)
			cw.Write(append(export.CSVHeader(), "article_title", "article_url", "published", "review_status", "review_rating", "review_evidence"))
		} else {
			enc = json.NewEncoder(bw)
			enc.SetEscapeHTML(false)
		}
		flusher, _ := w.(http.Flusher)
		for len(ids) > 0 {
			chunk := ids[:min(len(ids), exportChunk)]
			ids = ids[len(chunk):]
			if err := s.writeExportChunk(ctx, chunk, cw, enc); err != nil {
				s.logf("export of claims: %v", err)
				return // the response has begun: cut short, the client sees an incomplete file
			}
			if cw != nil {
				cw.Flush()
			}
			if bw.Flush() != nil {
				return
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		if cw != nil {
			cw.Flush() // the header, when nothing matched
		}
		bw.Flush()
	}
}

func (s *Server) writeExportChunk(ctx context.Context, ids []string, cw *csv.Writer, enc *json.Encoder) error {
	qs, err := s.claimsByID(ctx, ids)
	if err != nil {
		return err
	}
	arts, err := s.articlesOf(ctx, qs)
	if err != nil {
		return err
	}
	revs, err := s.currentVerdicts(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		q := qs[id]
		if q == nil {
			continue // replaced meanwhile
		}
		a := arts[q.ArticleID]
		rv := revs[id]
		if cw != nil {
			row := export.CSVRow(q)
			row = append(row, a.Title, a.URL, a.Published)
			if rv != nil {
				row = append(row, rv.Status, rv.Rating, rv.Evidence)
			} else {
				row = append(row, "", "", "")
			}
			if err := cw.Write(export.SafeCells(row)); err != nil {
				return err
			}
			continue
		}
		if err := enc.Encode(exportedClaim{Quantity: q, Article: exportedArticle{Title: a.Title, URL: a.URL, Published: a.Published}, Review: rv}); err != nil {
			return err
		}
	}
	return nil
}

// currentVerdicts returns the current review of each of the claims that
// have one (through claim_status: one lookup per claim).
func (s *Server) currentVerdicts(ctx context.Context, ids []string) (map[string]*exportedReview, error) {
	out := map[string]*exportedReview{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rating := `coalesce(r.rating, ''), r.evidence_url`
	if rs, _ := s.st.ClaimRatings(ctx); len(rs) == 0 {
		rating = `'', ''` // a database older than schema 6, read-only
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT cs.claim_id, r.status, `+rating+` FROM claim_status cs JOIN reviews r ON r.id = cs.review_id
		WHERE cs.claim_id IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var v exportedReview
		if err := rows.Scan(&id, &v.Status, &v.Rating, &v.Evidence); err != nil {
			return nil, err
		}
		out[id] = &v
	}
	return out, rows.Err()
}
