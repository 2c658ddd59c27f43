package review

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"golang.org/x/text/unicode/norm"
)

// maxRowSentence bounds the sentence a list row shows (bytes): a longer one
// is cut to a window around the number.
const maxRowSentence = 320

// rowSentence is the claim's sentence as a list row shows it: the number,
// the source mention and the cue marked, and the words of the search (q)
// marked as hits, as FTS5 matches them (case and diacritics folded, the
// last word a prefix). Offsets in q are the article's; the sentence holds
// its text from Sentence.Start.
func rowSentence(q *claims.Quantity, search string) []segment {
	return rowSentenceHits(q, searchHits(q.Sentence.Text, search))
}

// rowSentenceHits is rowSentence with the search hits given (offsets in the
// sentence), as FTS5's highlight() marks them.
func rowSentenceHits(q *claims.Quantity, hits []mark) []segment {
	sent := q.Sentence.Text
	base := q.Sentence.Start
	if sent == "" || base < 0 {
		return nil
	}
	var ms []mark
	rel := func(start, end int, class, title string) {
		if start >= base && end <= base+len(sent) && start < end {
			ms = append(ms, mark{Start: start - base, End: end - base, Class: class, Title: title})
		}
	}
	rel(q.Quantity.Start, q.Quantity.End, "hl-q", "the number")
	if s := q.Source; s != nil && s.Mention != "" {
		rel(s.Start, s.End, "hl-src", "the source")
	}
	if c := q.Cue; c != nil && c.Text != "" {
		rel(c.Start, c.End, "hl-cue", "the cue")
	}
	if t := q.Time; t != nil && t.Text != "" {
		rel(t.Start, t.End, "hl-time", "the time it refers to")
	}
	ms = append(ms, hits...)
	from, to := 0, len(sent)
	if len(sent) > maxRowSentence {
		qs := q.Quantity.Start - base
		from = max(0, qs-maxRowSentence/2)
		to = min(len(sent), from+maxRowSentence)
		for from > 0 && !utf8.RuneStart(sent[from]) {
			from--
		}
		for to < len(sent) && !utf8.RuneStart(sent[to]) {
			to++
		}
	}
	segs := highlight(sent, from, to, ms)
	if from > 0 {
		segs = append([]segment{{Text: "… "}}, segs...)
	}
	if to < len(sent) {
		segs = append(segs, segment{Text: " …"})
	}
	return segs
}

// searchHits marks the words of sent that the search's words match: the
// same word, folded, or for the last search word one it begins (when it is
// a prefix: lastIsPrefix).
func searchHits(sent, search string) []mark {
	words := searchWords(search)
	if len(words) == 0 {
		return nil
	}
	for i, w := range words {
		words[i] = fold(w)
	}
	last := words[len(words)-1]
	prefix := lastIsPrefix(search)
	var ms []mark
	for _, t := range ftsTokens(sent) {
		w := fold(sent[t[0]:t[1]])
		hit := prefix && strings.HasPrefix(w, last)
		for _, x := range words {
			hit = hit || w == x
		}
		if hit {
			ms = append(ms, mark{Start: t[0], End: t[1], Class: "hl-hit", Title: "matches the search"})
		}
	}
	return ms
}

// searchWords are the words of what a user typed, as ftsQuery quotes them.
func searchWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ftsTokenRune tells the characters FTS5's unicode61 tokenizer keeps in a
// token (its default categories L*, N* and Co, and the combining
// diacritics it then removes); the others separate tokens.
func ftsTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || r >= 0x300 && r <= 0x36f
}

// ftsTokens are the byte spans of the tokens of s as unicode61 cuts them.
func ftsTokens(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch {
		case ftsTokenRune(r) && start < 0:
			start = i
		case !ftsTokenRune(r) && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// fold is a token as unicode61 with remove_diacritics 2 indexes it:
// lower-cased, the combining diacritics dropped and a Latin letter with
// diacritics reduced to its base letter ("Évora" is "evora"; "ø" and "ł",
// which Unicode does not decompose, stay).
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 0x300 && r <= 0x36f {
			continue
		}
		if r >= 0x80 && unicode.Is(unicode.Latin, r) {
			if d := norm.NFD.String(string(r)); len(d) > 1 {
				base, n := utf8.DecodeRuneInString(d)
				plain := true
				for _, m := range d[n:] {
					plain = plain && m >= 0x300 && m <= 0x36f
				}
				if plain && base < 0x80 {
					r = base
				}
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// timeLabel is how a claim's time shows: the expression and the days it
// denotes ("last week → 2024-11-25 – 2024-12-01").
func timeLabel(t *claims.TimeRef) string {
	if t == nil || (t.Text == "" && t.From == "" && t.To == "") {
		return ""
	}
	var days string
	switch {
	case t.From != "" && t.From == t.To:
		days = t.From
	case t.From != "" && t.To != "":
		days = t.From + " – " + t.To
	case t.From != "":
		days = "from " + t.From
	case t.To != "":
		days = "until " + t.To
	}
	if t.Text == "" {
		return days
	}
	if days == "" {
		return t.Text
	}
	return t.Text + " → " + days
}

// numParam is a number typed in a filter ("1,800" and "1800" alike), or ""
// when it is none.
func numParam(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if _, err := strconv.ParseFloat(s, 64); err != nil || s == "" {
		return ""
	}
	return s
}

func mustFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// dateParam is a date typed in a filter: YYYY, YYYY-MM or YYYY-MM-DD, or ""
// when it is none of them.
func dateParam(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s
		}
	}
	return ""
}

// ftsHits returns, for each of the claims (qs by id) whose sentence the
// search matches, where FTS5's highlight() marks the matches in it: the
// index's own tokenizer decides, not the app. A database whose index has no
// content (before schema 8, opened read-only) gives nil, and the app marks
// the words itself (searchHits).
//
// The search's last word is a prefix ("prison" finds "prisoners"), and FTS5
// sets a prefix query up by merging the matches of every term the prefix
// begins, whatever rows it is restricted to, once per row restricted by
// rowid: half a second for a common word at 100k articles. So each row is
// asked by rowid with the words of its own sentence that the prefix begins,
// exact terms that cost a lookup each; every token the prefix matches in
// the row is among them, so FTS5 marks what the prefix query would.
func (s *Server) ftsHits(ctx context.Context, qs map[string]*claims.Quantity, ids []string, search string) (map[string][]mark, error) {
	words := searchWords(search)
	if len(words) == 0 || len(ids) == 0 {
		return nil, nil
	}
	var exact strings.Builder
	for _, w := range words[:len(words)-1] {
		exact.WriteString(`"` + w + `" AND `) // FTS5 wants AND before a parenthesis
	}
	last, isPrefix := fold(words[len(words)-1]), lastIsPrefix(search)
	args := []any{}
	for _, id := range ids {
		args = append(args, id)
	}
	rs, err := s.st.DB().QueryContext(ctx, `SELECT id, rowid FROM quantities WHERE id IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`)`, args...)
	if err != nil {
		return nil, err
	}
	rowids := map[string]int64{}
	for rs.Next() {
		var id string
		var rowid int64
		if err := rs.Scan(&id, &rowid); err != nil {
			rs.Close()
			return nil, err
		}
		rowids[id] = rowid
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	stmt, err := s.st.DB().PrepareContext(ctx, `SELECT highlight(claims_fts, 1, char(1), char(2)) FROM claims_fts
		WHERE claims_fts MATCH ? AND rowid = ?`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	out := map[string][]mark{}
	for _, id := range ids {
		q, rowid := qs[id], rowids[id]
		if q == nil || rowid == 0 {
			continue
		}
		// the row's words (the sentence and the number, the index's two
		// columns) that the prefix begins (or that are the last word)
		var terms []string
		seen := map[string]bool{}
		for _, text := range []string{q.Sentence.Text, q.Quantity.Text} {
			for _, t := range ftsTokens(text) {
				w := text[t[0]:t[1]]
				if fw := fold(w); !seen[w] && (fw == last || isPrefix && strings.HasPrefix(fw, last)) {
					seen[w] = true
					terms = append(terms, `"`+w+`"`)
				}
			}
		}
		if len(terms) == 0 {
			continue
		}
		var h sql.NullString
		err := stmt.QueryRowContext(ctx, exact.String()+"("+strings.Join(terms, " OR ")+")", rowid).Scan(&h)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if !h.Valid {
			return nil, nil // an index without content (before schema 8): the app marks the words
		}
		out[id] = highlightMarks(h.String)
	}
	return out, nil
}

// highlightMarks are the spans highlight() marked with char(1) … char(2),
// as offsets in the unmarked text.
func highlightMarks(h string) []mark {
	var ms []mark
	pos, open := 0, -1
	for i := 0; i < len(h); i++ {
		switch h[i] {
		case 1:
			open = pos
		case 2:
			if open >= 0 {
				ms = append(ms, mark{Start: open, End: pos, Class: "hl-hit", Title: "matches the search"})
			}
			open = -1
		default:
			pos++
		}
	}
	return ms
}
