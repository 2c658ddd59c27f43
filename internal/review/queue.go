package review

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
)

// The review queue: claims in article order (article id, then position),
// the order "next claim", "previous claim" and "save & next unreviewed"
// walk. Each step is one index walk from the current claim
// (quantities_article), never a pass over the database.

// claimPos is a claim's place in the queue.
type claimPos struct {
	article string
	start   int
}

func (s *Server) posOf(ctx context.Context, id string) (claimPos, error) {
	var p claimPos
	err := s.st.DB().QueryRowContext(ctx, `SELECT article_id, start FROM quantities WHERE id = ?`, id).Scan(&p.article, &p.start)
	return p, err
}

// neighbour returns the claim after (forward) or before p, optionally only
// among the claims not reviewed yet; "" when there is none.
func (s *Server) neighbour(ctx context.Context, p claimPos, forward, unreviewed bool) (string, error) {
	cmp, order := ">", "ASC"
	if !forward {
		cmp, order = "<", "DESC"
	}
	cond := ""
	if unreviewed {
		cond = ` AND NOT EXISTS (SELECT 1 FROM claim_status cs WHERE cs.claim_id = q.id)`
	}
	var id string
	// Within the article first, then the following articles.
	err := s.st.DB().QueryRowContext(ctx, `SELECT q.id FROM quantities q WHERE q.article_id = ? AND q.start `+cmp+` ? AND q.kind = 'claim'`+cond+`
		ORDER BY q.start `+order+` LIMIT 1`, p.article, p.start).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && unreviewed {
		// read from claims in article order (claims_article), whose rows
		// are checked at less cost than the quantities' where many claims
		// in a row are reviewed
		err = s.st.DB().QueryRowContext(ctx, `SELECT q.id FROM claims c CROSS JOIN quantities q ON q.id = c.id WHERE c.article_id `+cmp+` ?
			AND NOT EXISTS (SELECT 1 FROM claim_status cs WHERE cs.claim_id = c.id)
			ORDER BY c.article_id `+order+`, q.start `+order+` LIMIT 1`, p.article).Scan(&id)
	} else if errors.Is(err, sql.ErrNoRows) {
		err = s.st.DB().QueryRowContext(ctx, `SELECT q.id FROM quantities q WHERE q.article_id `+cmp+` ? AND q.kind = 'claim'`+cond+`
			ORDER BY q.article_id `+order+`, q.start `+order+` LIMIT 1`, p.article).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// nextUnreviewed is the first claim not reviewed after id in the queue,
// wrapping round to the start; "" when every claim is reviewed.
func (s *Server) nextUnreviewed(ctx context.Context, id string) (string, error) {
	p, err := s.posOf(ctx, id)
	if err != nil {
		return "", err
	}
	next, err := s.neighbour(ctx, p, true, true)
	if err != nil || next != "" {
		return next, err
	}
	next, err = s.neighbour(ctx, claimPos{article: ""}, true, true)
	if next == id {
		return "", err
	}
	return next, err
}

// queueIn is the list filter a claim was opened from (?in=, the list's
// query string without its page), or nil: "save & next unreviewed" then
// walks that filter's claims not reviewed, in its order.
func queueIn(v string) *listFilter {
	if v == "" || len(v) > 2000 {
		return nil
	}
	q, err := url.ParseQuery(v)
	if err != nil {
		return nil
	}
	f := parseFilter(q)
	return &f
}

// nextInFilter is the first claim of the filter that is not reviewed and
// is not id; "" when there is none.
func (s *Server) nextInFilter(ctx context.Context, f listFilter, id string) (string, error) {
	f.Status, f.Page = "unreviewed", 1
	next := ""
	f.eachMax = 2
	f.each = func(c string) error {
		if next == "" && c != id {
			next = c
		}
		return nil
	}
	_, _, _, err := s.queryList(ctx, f)
	return next, err
}

// inParam is the ?in= a claim page keeps (normalised), or "".
func inParam(v string) string {
	if f := queueIn(v); f != nil {
		return f.values(1).Encode()
	}
	return ""
}

// navCursor is where "next claim" and "previous claim" start from in a
// list's filter: a claim's article, position and its article's date.
type navCursor struct {
	article, published string
	start              int
	forward            bool
	sameArticle        bool // within the claim's article only
}

// neighbourIn returns the claim after (forward) or before the claim at p in
// the list filter f, in article order as a reviewer reads: the filter's
// next claim in the same article, else the first claim (going back: the
// last) of the filter's next article in the list's order (by date when the
// list is sorted by date, else by article). "" when there is none.
func (s *Server) neighbourIn(ctx context.Context, f listFilter, p claimPos, published string, forward bool) (string, error) {
	f.Page = 1
	next := ""
	f.eachMax = 1
	f.each = func(c string) error {
		next = c
		return nil
	}
	if f.Sort == "value" {
		f.Sort = "article" // value order jumps between articles: j/k keep to article order
	}
	for _, same := range []bool{true, false} {
		f.nav = &navCursor{article: p.article, published: published, start: p.start, forward: forward, sameArticle: same}
		if _, _, _, err := s.queryList(ctx, f); err != nil || next != "" {
			return next, err
		}
	}
	return "", nil
}
