package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Review is one review of a claim, as stored: the history of a claim is all
// its reviews, the current review the latest one.
type Review struct {
	ID              int64  `json:"id"`
	ClaimID         string `json:"claim_id"`
	OriginalClaimID string `json:"original_claim_id"`
	ArticleID       string `json:"article_id"`
	Quantity        string `json:"quantity"`
	QuantityStart   int    `json:"quantity_start"`
	Sentence        string `json:"sentence"`
	Status          string `json:"status"`             // the extraction verdict
	Rating          string `json:"rating,omitempty"`   // the claim verdict (claim_ratings), "" when not given
	EvidenceURL     string `json:"evidence,omitempty"` // what the claim verdict rests on
	Note            string `json:"note"`
	Reviewer        string `json:"reviewer"`
	CreatedAt       string `json:"created_at"`
}

// ReviewStatus is a row of the review_statuses lookup table: the answers
// to the extraction question. Offered is false for the statuses of older
// reviews (verified, disputed, wrong extraction, needs check), which the app
// shows but no longer offers.
type ReviewStatus struct {
	Status     string
	Label      string
	Rating     int // 0 since schema 6: ratings are ClaimRatings
	RatingName string
	Offered    bool
}

// ClaimRating is a row of the claim_ratings lookup table: the answers to
// the claim question, with what ClaimReview says for each.
type ClaimRating struct {
	Rating     string
	Label      string
	Value      int // ClaimReview ratingValue (1–5); 0 for none
	RatingName string
	Offered    bool
}

// Verdict is what a reviewer records about a claim: the extraction
// question's answer (Status), the claim question's (Rating, optional) with
// its evidence, a note and who they are.
type Verdict struct {
	Status, Rating, EvidenceURL, Note, Reviewer string
}

// ErrNoClaim is returned when reviewing a claim id that is not stored.
var ErrNoClaim = errors.New("no such claim")

// reviewsVersion is the schema version that created the review tables.
const reviewsVersion = 2

// HasReviews reports whether the database has the review tables (a
// database written by an older program opened read-only may not).
func (s *Store) HasReviews() bool {
	v, err := s.version()
	return err == nil && v >= reviewsVersion
}

// ReviewStatuses lists the statuses in display order.
func (s *Store) ReviewStatuses(ctx context.Context) ([]ReviewStatus, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT status, label, rating, rating_name, position < 100 FROM review_statuses ORDER BY position, status`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReviewStatus
	for rows.Next() {
		var r ReviewStatus
		if err := rows.Scan(&r.Status, &r.Label, &r.Rating, &r.RatingName, &r.Offered); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ratingsVersion is the schema version that split reviews in two questions.
const ratingsVersion = 6

// ClaimRatings lists the answers to the claim question in display order
// (none on a database older than schema 6 opened read-only).
func (s *Store) ClaimRatings(ctx context.Context) ([]ClaimRating, error) {
	if v, err := s.version(); err != nil || v < ratingsVersion {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rating, label, value, rating_name, position < 100 FROM claim_ratings ORDER BY position, rating`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ClaimRating
	for rows.Next() {
		var r ClaimRating
		if err := rows.Scan(&r.Rating, &r.Label, &r.Value, &r.RatingName, &r.Offered); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Errors of AddReview that are the reviewer's to fix.
var (
	ErrNoReviewer = errors.New("reviewer name is required")
	ErrBadStatus  = errors.New("unknown review status")
	ErrBadRating  = errors.New("unknown claim rating")
	ErrBadURL     = errors.New("the evidence must be an http(s) URL")
)

// AddReview records a review of a stored claim and returns it. The claim's
// article, quantity text, position and sentence are kept with the review so
// that it can be re-attached when a re-run gives the claim a new id.
//
// The transaction takes the write lock when it begins, waits for another
// writer (a run's batch, another reviewer) up to the busy timeout and is
// retried with backoff when SQLite answers busy at once: a review is either
// stored or AddReview returns an error.
func (s *Store) AddReview(ctx context.Context, claimID, status, note, reviewer string) (Review, error) {
	rs, err := s.AddVerdict(ctx, claimID, nil, Verdict{Status: status, Note: note, Reviewer: reviewer})
	if err != nil {
		return Review{}, err
	}
	return rs[0], nil
}

// AddReviews records the same review of a claim and of its copies (the same
// claim in near-duplicate articles) in one transaction: all are stored or
// none. A copy that is no longer stored (its article was re-extracted since
// the page was shown) is left out; the returned reviews are the claim's,
// then the stored copies'.
func (s *Store) AddReviews(ctx context.Context, claimID string, copies []string, status, note, reviewer string) ([]Review, error) {
	return s.AddVerdict(ctx, claimID, copies, Verdict{Status: status, Note: note, Reviewer: reviewer})
}

// AddVerdict records a two-question verdict on a claim and its copies in
// one transaction (see AddReviews). The rating is optional; the evidence,
// when given, must be an http(s) URL.
func (s *Store) AddVerdict(ctx context.Context, claimID string, copies []string, v Verdict) ([]Review, error) {
	return s.addVerdicts(ctx, append([]string{claimID}, copies...), true, v)
}

// AddVerdicts records the same verdict on many claims (the list's bulk
// action) in one transaction. Ids no longer stored are left out; the
// reviews stored are returned.
func (s *Store) AddVerdicts(ctx context.Context, ids []string, v Verdict) ([]Review, error) {
	return s.addVerdicts(ctx, ids, false, v)
}

func (s *Store) addVerdicts(ctx context.Context, ids []string, firstMust bool, v Verdict) ([]Review, error) {
	reviewer := strings.TrimSpace(v.Reviewer)
	if reviewer == "" {
		return nil, ErrNoReviewer
	}
	status, note := v.Status, v.Note
	v.EvidenceURL = strings.TrimSpace(v.EvidenceURL)
	if v.EvidenceURL != "" {
		u, err := url.Parse(v.EvidenceURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, ErrBadURL
		}
	}
	var out []Review
	err := s.retry(ctx, func() error {
		out = out[:0]
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		var ok int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM review_statuses WHERE status = ?`, status).Scan(&ok); err != nil {
			return err
		}
		if ok == 0 {
			return fmt.Errorf("%w %q", ErrBadStatus, status)
		}
		if v.Rating != "" {
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claim_ratings WHERE rating = ?`, v.Rating).Scan(&ok); err != nil {
				return fmt.Errorf("%w %q", ErrBadRating, v.Rating)
			}
			if ok == 0 {
				return fmt.Errorf("%w %q", ErrBadRating, v.Rating)
			}
		}
		for i, id := range ids {
			r, err := addReview(ctx, tx, id, Verdict{Status: status, Rating: v.Rating, EvidenceURL: v.EvidenceURL, Note: note, Reviewer: reviewer})
			if errors.Is(err, ErrNoClaim) && (i > 0 || !firstMust) {
				continue
			}
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return tx.Commit()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func addReview(ctx context.Context, tx *sql.Tx, claimID string, v Verdict) (Review, error) {
	r := Review{ClaimID: claimID, OriginalClaimID: claimID, Status: v.Status, Rating: v.Rating, EvidenceURL: v.EvidenceURL,
		Note: v.Note, Reviewer: v.Reviewer}
	var sentence []byte
	err := tx.QueryRowContext(ctx, `SELECT q.article_id, q.text, q.start,
			substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start)
		FROM claims c JOIN quantities q ON q.id = c.id JOIN articles a ON a.id = q.article_id
		WHERE c.id = ?`, claimID).Scan(&r.ArticleID, &r.Quantity, &r.QuantityStart, &sentence)
	if errors.Is(err, sql.ErrNoRows) {
		return Review{}, fmt.Errorf("claim %s: %w", claimID, ErrNoClaim)
	}
	if err != nil {
		return Review{}, err
	}
	r.Sentence = string(sentence)
	var rating any
	if r.Rating != "" {
		rating = r.Rating
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO reviews(claim_id, original_claim_id, article_id, quantity, quantity_start,
			sentence, status, rating, evidence_url, note, reviewer) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, created_at`,
		r.ClaimID, r.OriginalClaimID, r.ArticleID, r.Quantity, r.QuantityStart, r.Sentence, r.Status, rating, r.EvidenceURL,
		r.Note, r.Reviewer).
		Scan(&r.ID, &r.CreatedAt)
	return r, err
}

// reviewCols are the columns scanReviews reads, prefixed by p (a table
// alias and dot, or ""); a database older than schema 6 (opened read-only)
// has no rating or evidence.
func (s *Store) reviewCols(p string) string {
	rating := `coalesce(` + p + `rating, ''), ` + p + `evidence_url`
	if v, err := s.version(); err == nil && v < ratingsVersion {
		rating = `'', ''`
	}
	return p + `id, ` + p + `claim_id, ` + p + `original_claim_id, ` + p + `article_id, ` + p + `quantity, ` +
		p + `quantity_start, ` + p + `sentence, ` + p + `status, ` + rating + `, ` + p + `note, ` + p + `reviewer, ` + p + `created_at`
}

func scanReviews(rows *sql.Rows, fn func(*Review) error) error {
	defer rows.Close()
	for rows.Next() {
		var r Review
		if err := rows.Scan(&r.ID, &r.ClaimID, &r.OriginalClaimID, &r.ArticleID, &r.Quantity, &r.QuantityStart,
			&r.Sentence, &r.Status, &r.Rating, &r.EvidenceURL, &r.Note, &r.Reviewer, &r.CreatedAt); err != nil {
			return err
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ReviewHistory returns every review of a claim, newest first.
func (s *Store) ReviewHistory(ctx context.Context, claimID string) ([]Review, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+s.reviewCols("")+` FROM reviews WHERE claim_id = ? ORDER BY id DESC`, claimID)
	if err != nil {
		return nil, err
	}
	var out []Review
	err = scanReviews(rows, func(r *Review) error { out = append(out, *r); return nil })
	return out, err
}

// CurrentReviews calls fn with the latest review of every reviewed claim id,
// ordered by article and position. Reviews whose claim id is no longer
// stored are included: see ResolveReviews.
func (s *Store) CurrentReviews(ctx context.Context, fn func(*Review) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+s.reviewCols("")+` FROM current_reviews ORDER BY article_id, quantity_start, claim_id`)
	if err != nil {
		return err
	}
	return scanReviews(rows, fn)
}

// ResolveReviews finds, for every reviewed claim id that is no longer
// stored (a re-run re-extracted its article after a content change), the
// stored claim it now is: same article and quantity text, preferring the same
// sentence, then the nearest position among those whose sentence still
// shares most of its words. It returns old id → new id and the ids it
// could not place. It does not write.
func (s *Store) ResolveReviews(ctx context.Context) (moved map[string]string, orphans []string, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT claim_id, article_id, quantity, quantity_start, sentence FROM current_reviews
		WHERE claim_id NOT IN (SELECT id FROM claims) ORDER BY claim_id`)
	if err != nil {
		return nil, nil, err
	}
	type lost struct {
		id, article, quantity, sentence string
		start                           int
	}
	var todo []lost
	for rows.Next() {
		var l lost
		if err := rows.Scan(&l.id, &l.article, &l.quantity, &l.start, &l.sentence); err != nil {
			rows.Close()
			return nil, nil, err
		}
		todo = append(todo, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	moved = map[string]string{}
	for _, l := range todo {
		cands, err := s.db.QueryContext(ctx, `SELECT q.id, q.start,
				substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_end - q.sentence_start)
			FROM claims c JOIN quantities q ON q.id = c.id JOIN articles a ON a.id = q.article_id
			WHERE q.article_id = ? AND q.text = ?`, l.article, l.quantity)
		if err != nil {
			return nil, nil, err
		}
		best, bestScore, bestDist := "", -1.0, 0
		for cands.Next() {
			var id string
			var start int
			var sent []byte
			if err := cands.Scan(&id, &start, &sent); err != nil {
				cands.Close()
				return nil, nil, err
			}
			score := 2.0 // same sentence
			if string(sent) != l.sentence {
				score = wordOverlap(l.sentence, string(sent))
				if score < 0.5 {
					continue
				}
			}
			dist := start - l.start
			if dist < 0 {
				dist = -dist
			}
			if score > bestScore || score == bestScore && dist < bestDist {
				best, bestScore, bestDist = id, score, dist
			}
		}
		cands.Close()
		if best == "" {
			orphans = append(orphans, l.id)
			continue
		}
		moved[l.id] = best
	}
	return moved, orphans, nil
}

// ReattachReviews moves the reviews of claim ids that are no longer stored
// to the claims they now are (see ResolveReviews), keeping
// original_claim_id. It returns how many claim ids moved and how many
// reviewed ids could not be placed.
func (s *Store) ReattachReviews(ctx context.Context) (movedN, orphanN int, err error) {
	moved, orphans, err := s.ResolveReviews(ctx)
	if err != nil || len(moved) == 0 {
		return 0, len(orphans), err
	}
	err = s.retry(ctx, func() error {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for old, now := range moved {
			if _, err := tx.ExecContext(ctx, `UPDATE reviews SET claim_id = ? WHERE claim_id = ?`, now, old); err != nil {
				return err
			}
		}
		return tx.Commit()
	})
	if err != nil {
		return 0, 0, err
	}
	return len(moved), len(orphans), nil
}

// wordOverlap is |A∩B| / |A∪B| over the lower-cased words of a and b.
func wordOverlap(a, b string) float64 {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
		}) {
			m[w] = true
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(wa)+len(wb)-inter)
}
