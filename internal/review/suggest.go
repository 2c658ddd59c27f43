package review

import (
	"encoding/json"
	"net/http"
	"strings"
)

// maxSuggestions is how many names a type-ahead offers.
const maxSuggestions = 12

type suggestion struct {
	Value string `json:"value"`
	Label string `json:"label"`
	N     int    `json:"n"` // claims
}

// likePrefix escapes s for LIKE ? ESCAPE '\' and appends %.
func likePrefix(s string) string {
	return likeEscape(s) + "%"
}

// handleSuggest answers the filters' type-ahead: ?what=source offers the
// source entities whose name starts with q (most claims first; the list's
// source filter finds every name of an entity), ?what=article the articles
// whose id or title starts with q. Each is one index range
// (entities_name, the articles' primary key, articles_title), never a pass
// over the database.
func (s *Server) handleSuggest(w http.ResponseWriter, r *http.Request) {
	leave, ok := s.enter(r)
	if !ok {
		return
	}
	defer leave()
	ctx := r.Context()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	out := []suggestion{}
	q = cutAt(q, 200)
	var query string
	var args []any
	switch r.URL.Query().Get("what") {
	case "source":
		query = `SELECT name, name || CASE WHEN kind != '' THEN ' (' || kind || ')' ELSE '' END, claims FROM entities
			WHERE name LIKE ? ESCAPE '\' ORDER BY claims DESC, name LIMIT ?`
		args = []any{likePrefix(q), maxSuggestions}
	case "article":
		query = `SELECT id, title, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM
			(SELECT id, title FROM articles WHERE id >= ? AND id < ? || x'ff' LIMIT ?) a
			UNION ALL SELECT id, title, (SELECT count(*) FROM claims c WHERE c.article_id = t.id) FROM
			(SELECT id, title FROM articles WHERE title LIKE ? ESCAPE '\' LIMIT ?) t LIMIT ?`
		args = []any{q, q, maxSuggestions, likePrefix(q), maxSuggestions, maxSuggestions}
	default:
		http.Error(w, "what=source or what=article", http.StatusBadRequest)
		return
	}
	if q != "" {
		rows, err := s.st.DB().QueryContext(ctx, query, args...)
		if err != nil {
			s.fail(w, err)
			return
		}
		defer rows.Close()
		seen := map[string]bool{}
		for rows.Next() {
			var x suggestion
			if err := rows.Scan(&x.Value, &x.Label, &x.N); err != nil {
				s.fail(w, err)
				return
			}
			if !seen[x.Value] {
				seen[x.Value] = true
				out = append(out, x)
			}
		}
		if err := rows.Err(); err != nil {
			s.fail(w, err)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "private, max-age=60")
	json.NewEncoder(w).Encode(out)
}
