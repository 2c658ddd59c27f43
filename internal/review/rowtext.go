package review

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
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
// same word, folded, or for the last search word one it begins.
func searchHits(sent, search string) []mark {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	words := strings.FieldsFunc(search, func(r rune) bool { return !isWord(r) })
	if len(words) == 0 {
		return nil
	}
	for i, w := range words {
		words[i] = fold(w)
	}
	last := words[len(words)-1]
	var ms []mark
	for i := 0; i < len(sent); {
		r, n := utf8.DecodeRuneInString(sent[i:])
		if !isWord(r) {
			i += n
			continue
		}
		j := i
		for j < len(sent) {
			r, n := utf8.DecodeRuneInString(sent[j:])
			if !isWord(r) {
				break
			}
			j += n
		}
		w := fold(sent[i:j])
		hit := strings.HasPrefix(w, last)
		for _, x := range words {
			hit = hit || w == x
		}
		if hit {
			ms = append(ms, mark{Start: i, End: j, Class: "hl-hit", Title: "matches the search"})
		}
		i = j
	}
	return ms
}

// fold lower-cases and drops the diacritics FTS5's unicode61 tokenizer
// drops (remove_diacritics 2) for the Latin letters.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if x, ok := latinBase[r]; ok {
			r = x
		}
		b.WriteRune(r)
	}
	return b.String()
}

var latinBase = func() map[rune]rune {
	m := map[rune]rune{}
	for base, all := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'e': "èéêëēĕėęě", 'i': "ìíîïĩīĭįı", 'n': "ñńņňŉ",
		'o': "òóôõöøōŏő", 'u': "ùúûüũūŭůűų", 'y': "ýÿŷ", 's': "śŝşš", 'z': "źżž", 'g': "ĝğġģ", 'l': "ĺļľŀł", 'r': "ŕŗř", 't': "ţťŧ", 'd': "ďđ",
	} {
		for _, r := range all {
			m[r] = base
		}
	}
	return m
}()

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

// ftsHits returns, for each of the claims (ids → quantities rowid) whose
// sentence the search matches, where FTS5's highlight() marks the matches
// in it: the index's own tokenizer decides, not the app. A database whose
// index has no content (before schema 8, opened read-only) gives nil, and
// the app marks the words itself (searchHits).
func (s *Server) ftsHits(ctx context.Context, ids []string, match string) (map[string][]mark, error) {
	if match == "" || len(ids) == 0 {
		return nil, nil
	}
	args := []any{match}
	for _, id := range ids {
		args = append(args, id)
	}
	rows, err := s.st.DB().QueryContext(ctx, `SELECT q.id, highlight(claims_fts, 1, char(1), char(2)) FROM claims_fts
		JOIN quantities q ON q.rowid = claims_fts.rowid
		WHERE claims_fts MATCH ? AND claims_fts.rowid IN (SELECT rowid FROM quantities WHERE id IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+`))`, args...)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		return nil, nil
	}
	defer rows.Close()
	out := map[string][]mark{}
	for rows.Next() {
		var id, h string
		if err := rows.Scan(&id, &h); err != nil {
			return nil, nil
		}
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
		out[id] = ms
	}
	if rows.Err() != nil {
		return nil, nil
	}
	return out, nil
}
