package review

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// Bounds of the claim page: the lists under the claim show the first few
// (with the count and a link to the rest), and the whole article is shown
// up to maxTextShown bytes around the claim.
const (
	maxInArticle   = 50
	maxSameSource  = 20
	maxCopiesShown = 20
	maxDupsShown   = 20
	maxTextShown   = 64 << 10
	// maxCopyReviews bounds "also record for the copies".
	maxCopyReviews = 200
)

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	leave, ok := s.enter(r)
	if !ok {
		return
	}
	defer leave()
	ctx := r.Context()
	if _, err := s.current(ctx); err != nil {
		s.fail(w, err)
		return
	}
	id := r.PathValue("id")
	qs, err := s.claimsByID(ctx, []string{id})
	if err != nil {
		s.fail(w, err)
		return
	}
	q := qs[id]
	if q == nil {
		// A claim a re-run replaced (its article changed): its successor.
		now, err := s.st.Successor(ctx, id)
		if err != nil {
			s.fail(w, err)
			return
		}
		if now != "" {
			loc := "/claim/" + url.PathEscape(now)
			if r.URL.RawQuery != "" {
				loc += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, loc, http.StatusMovedPermanently)
			return
		}
	}
	if q == nil || !q.IsClaim() {
		w.WriteHeader(http.StatusNotFound)
		s.render(w, r, "notfound", map[string]any{"ID": id})
		return
	}
	wh, inferred := what(q)
	data := map[string]any{
		"Q": q, "Interval": interval(q.Low, q.High, q.Qualifier), "What": wh, "WhatInferred": inferred,
		"Time": timeLabel(q.Time), "SavedPrev": r.URL.Query().Get("prev"), "In": inParam(r.URL.Query().Get("in")), "Done": r.URL.Query().Get("done") != "",
		"Saved": r.URL.Query().Get("saved") != "", "Error": errorText(r.URL.Query().Get("error")),
	}
	art, err := s.claimInArticle(ctx, q, data)
	if err == nil {
		err = s.claimRelated(r, q, data)
	}
	if err == nil {
		err = s.claimReview(r, q, art, data)
	}
	if err == nil {
		err = s.claimStory(ctx, q, data)
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	s.saveOutcome(r, data)
	s.render(w, r, "claim", data)
}

// claimInArticle adds the claim's article to the page: its paragraph with
// the claim's marks, and the whole text (or a window of it around the
// claim) with the article's other claims as links.
func (s *Server) claimInArticle(ctx context.Context, q *claims.Quantity, data map[string]any) (articleInfo, error) {
	var text string
	var art articleInfo
	if err := s.st.DB().QueryRowContext(ctx, `SELECT id, title, url, published, text FROM articles WHERE id = ?`, q.ArticleID).
		Scan(&art.ID, &art.Title, &art.URL, &art.Published, &text); err != nil {
		return art, err
	}
	// The claim's own marks, and the article's other claims as links.
	own := []mark{{Start: q.Quantity.Start, End: q.Quantity.End, Class: "hl-q", Title: "the quantity"}}
	if q.Source != nil && q.Source.End > q.Source.Start {
		own = append(own, mark{Start: q.Source.Start, End: q.Source.End, Class: "hl-src", Title: "source: " + q.Source.Name})
	}
	if q.Cue != nil && q.Cue.End > q.Cue.Start {
		own = append(own, mark{Start: q.Cue.Start, End: q.Cue.End, Class: "hl-cue", Title: "cue"})
	}
	if q.Time != nil && q.Time.End > q.Time.Start {
		own = append(own, mark{Start: q.Time.Start, End: q.Time.End, Class: "hl-time", Title: "the time it refers to"})
	}
	// The whole article, or a window of it around the claim.
	from, to := 0, len(text)
	if len(text) > maxTextShown {
		from = wordStart(text, max(0, q.Quantity.Start-maxTextShown/2))
		to = wordStart(text, min(len(text), from+maxTextShown))
	}
	inIDs, err := s.ids(ctx, `SELECT id FROM quantities WHERE article_id = ? AND kind = 'claim' AND id != ? AND start >= ? AND "end" <= ?
		ORDER BY start LIMIT ?`, q.ArticleID, q.ID, from, to, maxInArticle)
	if err != nil {
		return art, err
	}
	var inCount int
	s.st.DB().QueryRowContext(ctx, `SELECT count(*) - 1 FROM claims WHERE article_id = ?`, q.ArticleID).Scan(&inCount)
	inArticle, err := s.refs(ctx, inIDs)
	if err != nil {
		return art, err
	}
	all := append([]mark{}, own...)
	others, err := s.claimsByID(ctx, inIDs)
	if err != nil {
		return art, err
	}
	for _, o := range others {
		all = append(all, mark{Start: o.Quantity.Start, End: o.Quantity.End, Class: "hl-other", Href: "/claim/" + url.PathEscape(o.ID),
			Title: "another claim: " + interval(o.Low, o.High, o.Qualifier)})
	}
	ps, pe := paragraph(text, q.Sentence.Start, q.Sentence.End)
	if q.Sentence.End <= q.Sentence.Start {
		ps, pe = paragraph(text, q.Quantity.Start, q.Quantity.End)
	}
	data["Article"], data["ArticleLink"] = art, safeLink(art.URL)
	data["Paragraph"], data["Full"] = highlight(text, ps, pe, own), highlight(text, from, to, all)
	data["FullCut"], data["TextSize"] = from > 0 || to < len(text), len(text)
	data["InArticle"], data["InArticleMore"] = inArticle, inCount-len(inArticle)
	return art, nil
}

// claimRelated adds the claims of the same source, the claim's copies in
// near-duplicate articles and its article's near-duplicates.
func (s *Server) claimRelated(r *http.Request, q *claims.Quantity, data map[string]any) error {
	ctx := r.Context()
	var sameSource []claimRef
	sameCount := 0
	if q.Source != nil && q.Source.Name != "" {
		ids, err := s.ids(ctx, `SELECT c.id FROM sources s JOIN claims c ON c.source_id = s.id
			WHERE s.name = ? COLLATE NOCASE AND c.id != ? ORDER BY s.id DESC LIMIT ?`, q.Source.Name, q.ID, maxSameSource)
		if err != nil {
			return err
		}
		if sameSource, err = s.refs(ctx, ids); err != nil {
			return err
		}
		cctx, cancel := context.WithTimeout(ctx, countBudget)
		if err := s.st.DB().QueryRowContext(cctx, `SELECT count(*) FROM (SELECT 1 FROM sources s JOIN claims c ON c.source_id = s.id
			WHERE s.name = ? COLLATE NOCASE AND c.id != ? LIMIT ?)`, q.Source.Name, q.ID, maxCounted+1).Scan(&sameCount); err != nil {
			sameCount = maxCounted + 1
		}
		cancel()
	}
	copyIDs, copyCount, err := s.copyIDs(ctx, q.ID, maxCopiesShown)
	if err != nil {
		return err
	}
	copies, err := s.refs(ctx, copyIDs)
	if err != nil {
		return err
	}
	dups, dupCount, err := s.duplicatesOf(r, q.ArticleID, maxDupsShown)
	if err != nil {
		return err
	}
	data["SameSource"], data["SameSourceMore"], data["SameSourceMany"] = sameSource, sameCount-len(sameSource), sameCount > maxCounted
	data["SourceLink"] = "/?" + url.Values{"source": {sourceName(q)}}.Encode()
	data["Copies"], data["CopiesMore"], data["CopyCount"] = copies, copyCount-len(copies), min(copyCount, maxCopyReviews)
	data["Duplicates"], data["DuplicatesMore"] = dups, dupCount-len(dups)
	return nil
}

// claimReview adds the review form: the claim's reviews, the statuses and
// ratings offered, the reviewer, and the claims before and after it.
func (s *Server) claimReview(r *http.Request, q *claims.Quantity, art articleInfo, data map[string]any) error {
	ctx := r.Context()
	history, err := s.st.ReviewHistory(ctx, q.ID)
	if err != nil {
		return err
	}
	statuses, err := s.st.ReviewStatuses(ctx)
	if err != nil {
		return err
	}
	labels := map[string]string{}
	var offered []sqlite.ReviewStatus
	for _, st := range statuses {
		labels[st.Status] = st.Label
		if st.Offered {
			offered = append(offered, st)
		}
	}
	ratings, err := s.st.ClaimRatings(ctx)
	if err != nil {
		return err
	}
	ratingLabels := map[string]string{}
	var offeredRatings []sqlite.ClaimRating
	for _, rt := range ratings {
		ratingLabels[rt.Rating] = rt.Label
		if rt.Offered {
			offeredRatings = append(offeredRatings, rt)
		}
	}
	var rating, evidence string
	if len(history) > 0 {
		rating, evidence = history[0].Rating, history[0].EvidenceURL
	}
	pos, err := s.posOf(ctx, q.ID)
	if err != nil {
		return err
	}
	// j/k: the next and previous claim in article order, within the list
	// the claim was opened from when it was (?in=).
	var prevClaim, nextClaim string
	if in := queueIn(r.URL.Query().Get("in")); in != nil {
		if prevClaim, err = s.neighbourIn(ctx, *in, pos, art.Published, false); err == nil {
			nextClaim, err = s.neighbourIn(ctx, *in, pos, art.Published, true)
		}
	} else if prevClaim, err = s.neighbour(ctx, pos, false, false); err == nil {
		nextClaim, err = s.neighbour(ctx, pos, true, false)
	}
	if err != nil {
		return err
	}
	nextUnrev, err := s.nextUnreviewed(ctx, q.ID)
	if err != nil {
		return err
	}
	reviewer, _ := reviewerName(r)
	status, err := s.statusOf(ctx, []string{q.ID})
	if err != nil {
		return err
	}
	data["History"], data["Labels"], data["Statuses"], data["Offered"], data["Reviewer"] = history, labels, statuses, offered, reviewer
	data["Ratings"], data["RatingLabels"], data["Rating"], data["Evidence"] = offeredRatings, ratingLabels, rating, evidence
	data["PrevClaim"], data["NextClaim"], data["NextUnreviewed"] = prevClaim, nextClaim, nextUnrev
	data["Status"] = status[q.ID]
	return nil
}

// claimStory adds the claim's story, else its comparison group, when it
// holds other figures.
func (s *Server) claimStory(ctx context.Context, q *claims.Quantity, data map[string]any) error {
	var gid, n, sid, sn int64
	var ev, subj, unit string
	var names sql.NullString
	switch err := s.st.DB().QueryRowContext(ctx, `SELECT g.gid, g.event, g.subject, g.unit, g.claims, coalesce(st.sid, 0), coalesce(st.claims, 0), st.names
		FROM quantities q JOIN claim_measures m ON m.qrow = q.rowid JOIN cmp_groups g ON g.gid = m.gid
		LEFT JOIN story_claims sc ON sc.claim_id = m.claim_id LEFT JOIN stories st ON st.sid = sc.sid
		WHERE q.id = ?`, q.ID).Scan(&gid, &ev, &subj, &unit, &n, &sid, &sn, &names); err {
	case nil:
	case sql.ErrNoRows:
		return nil
	default:
		return err
	}
	label := groupLabel(ev, subj, unit)
	if sn >= 2 {
		var ns []string
		for _, x := range sqlite.ParseStoryNames(names.String) {
			if len(ns) < 3 {
				ns = append(ns, x.Name)
			}
		}
		data["Story"] = label
		data["StoryNames"] = strings.Join(ns, " · ")
		data["StoryLink"] = "/compare?s=" + strconv.FormatInt(sid, 10)
		data["StorySize"] = sn
	}
	if n >= 2 {
		data["Group"] = label
		data["GroupLink"] = "/compare?g=" + strconv.FormatInt(gid, 10)
		data["GroupSize"] = n
	}
	return nil
}

func sourceName(q *claims.Quantity) string {
	if q.Source == nil {
		return ""
	}
	return q.Source.Name
}

// duplicatesOf lists an article's near-duplicates, best first: the first
// limit and how many there are.
func (s *Server) duplicatesOf(r *http.Request, articleID string, limit int) ([]articleInfo, int, error) {
	ctx := r.Context()
	var n int
	if err := s.st.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM near_duplicates WHERE a = ?1) + (SELECT count(*) FROM near_duplicates WHERE b = ?1)`,
		articleID).Scan(&n); err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return nil, 0, nil
	}
	ids, err := s.ids(ctx, `SELECT other FROM (SELECT b AS other, containment FROM near_duplicates WHERE a = ?1
		UNION ALL SELECT a, containment FROM near_duplicates WHERE b = ?1) ORDER BY containment DESC, other LIMIT ?2`, articleID, limit)
	if err != nil {
		return nil, 0, err
	}
	arts, err := s.articles(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	var out []articleInfo
	for _, id := range ids {
		out = append(out, arts[id])
	}
	return out, n, nil
}
