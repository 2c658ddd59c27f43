package review

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// reviewed is a current review with the claim it is about now (nil when the
// claim is gone) and its article.
type reviewed struct {
	Review  sqlite.Review
	Claim   *claims.Quantity
	Article claims.Article
	History int
	Status  sqlite.ReviewStatus
	Rating  sqlite.ClaimRating // the claim verdict; zero when none
}

// loadReviewed gathers every current review, following claims re-extracted
// under a new id (without writing: export opens the database read-only).
func loadReviewed(ctx context.Context, st *sqlite.Store) ([]reviewed, error) {
	if !st.HasReviews() {
		return nil, nil
	}
	// Reviews of claims no longer extracted are placed on the claims they
	// now are; claim_status (schema 4) tells cheaply when there are none.
	moved := map[string]string{}
	var orphans int
	if err := st.DB().QueryRowContext(ctx, `SELECT count(*) FROM claim_status cs WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = cs.claim_id)`).
		Scan(&orphans); err != nil || orphans > 0 {
		if moved, _, err = st.ResolveReviews(ctx); err != nil {
			return nil, err
		}
	}
	statuses, err := st.ReviewStatuses(ctx)
	if err != nil {
		return nil, err
	}
	byStatus := map[string]sqlite.ReviewStatus{}
	for _, s := range statuses {
		byStatus[s.Status] = s
	}
	ratings, err := st.ClaimRatings(ctx)
	if err != nil {
		return nil, err
	}
	byRating := map[string]sqlite.ClaimRating{}
	for _, r := range ratings {
		byRating[r.Rating] = r
	}
	counts := map[string]int{}
	rows, err := st.DB().QueryContext(ctx, `SELECT claim_id, count(*) FROM reviews GROUP BY claim_id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return nil, err
		}
		counts[id] = n
	}
	rows.Close()
	var out []reviewed
	need := map[string]bool{}
	if err := st.LatestReviews(ctx, func(r *sqlite.Review) error {
		x := reviewed{Review: *r, History: counts[r.ClaimID], Status: byStatus[r.Status], Rating: byRating[r.Rating]}
		if to, ok := moved[r.ClaimID]; ok {
			x.Review.ClaimID = to
		}
		need[x.Review.ArticleID] = true
		out = append(out, x)
		return nil
	}); err != nil {
		return nil, err
	}
	// The claims and articles by id, a chunk at a time (index lookups: a
	// query per article scanned quantities, 53 s for 40k reviews).
	var claimIDs, artIDs []string
	for i := range out {
		claimIDs = append(claimIDs, out[i].Review.ClaimID)
	}
	for id := range need {
		artIDs = append(artIDs, id)
	}
	// A claim id is derived from its article's content, so a review made on
	// this very id holds the claim's sentence; only reviews re-attached to a
	// re-extracted claim need it read from the article.
	sentence := map[string]string{}
	var reread []string
	for _, r := range out {
		if r.Review.ClaimID == r.Review.OriginalClaimID && r.Review.Sentence != "" {
			sentence[r.Review.ClaimID] = r.Review.Sentence
		} else {
			reread = append(reread, r.Review.ClaimID)
		}
	}
	qs := map[string]*claims.Quantity{}
	keep := func(q *claims.Quantity) error {
		c := *q
		if s, ok := sentence[c.ID]; ok && c.Sentence.Text == "" {
			c.Sentence.Text = s
		}
		qs[c.ID] = &c
		return nil
	}
	for len(claimIDs) > 0 {
		n := min(len(claimIDs), 500)
		if err := st.QuantitiesByIDNoSentence(ctx, claimIDs[:n], keep); err != nil {
			return nil, err
		}
		claimIDs = claimIDs[n:]
	}
	for len(reread) > 0 {
		n := min(len(reread), 500)
		if err := st.QuantitiesByID(ctx, reread[:n], keep); err != nil {
			return nil, err
		}
		reread = reread[n:]
	}
	arts := map[string]claims.Article{}
	for len(artIDs) > 0 {
		n := min(len(artIDs), 500)
		args := make([]any, n)
		for i, id := range artIDs[:n] {
			args[i] = id
		}
		rows, err := st.DB().QueryContext(ctx, `SELECT id, url, title, published, site FROM articles WHERE id IN (`+
			strings.TrimSuffix(strings.Repeat("?, ", n), ", ")+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var a claims.Article
			if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Published, &a.Site); err != nil {
				rows.Close()
				return nil, err
			}
			arts[a.ID] = a
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		artIDs = artIDs[n:]
	}
	for i := range out {
		out[i].Claim = qs[out[i].Review.ClaimID]
		out[i].Article = arts[out[i].Review.ArticleID]
	}
	return out, nil
}

// ExportReviews writes the current reviews: format "claimreview" is a
// JSON-LD array of schema.org ClaimReview objects for the reviews that
// answer the claim question (true, false, misleading, unverifiable; an
// extraction verdict alone is no ClaimReview); "csv" is every current
// review, one row per claim.
func ExportReviews(ctx context.Context, st *sqlite.Store, format string, w io.Writer) error {
	return ExportReviewsSite(ctx, st, format, "", w)
}

// ExportReviewsSite is ExportReviews with the review app's address: each
// ClaimReview's url is then the claim's page there (siteURL + /claim/ID);
// without it, the article's URL (pointing at the sentence).
func ExportReviewsSite(ctx context.Context, st *sqlite.Store, format, siteURL string, w io.Writer) error {
	return exportReviews(ctx, st, format, siteURL, "", w)
}

// exportReviews is ExportReviewsSite with a fallback address for the
// reviews of articles that have no http(s) URL (the app's own address).
func exportReviews(ctx context.Context, st *sqlite.Store, format, siteURL, fallback string, w io.Writer) error {
	if format != "claimreview" && format != "csv" {
		return fmt.Errorf("unknown format %q for reviews (want claimreview or csv)", format)
	}
	rs, err := loadReviewed(ctx, st)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if format == "csv" {
		err = writeCSV(bw, rs)
	} else {
		err = writeClaimReview(bw, rs, strings.TrimRight(siteURL, "/"), strings.TrimRight(fallback, "/"))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

type thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type creativeWork struct {
	Type      string `json:"@type"`
	URL       string `json:"url,omitempty"`
	Headline  string `json:"headline,omitempty"`
	Published string `json:"datePublished,omitempty"`
}

type claimItem struct {
	Type       string         `json:"@type"`
	Author     *thing         `json:"author,omitempty"`
	Published  string         `json:"datePublished,omitempty"`
	Appearance []creativeWork `json:"appearance,omitempty"`
}

type rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue,omitempty"` // none for "Unverifiable"
	BestRating    int    `json:"bestRating,omitempty"`
	WorstRating   int    `json:"worstRating,omitempty"`
	AlternateName string `json:"alternateName"`
}

type claimReview struct {
	Context       string    `json:"@context"`
	Type          string    `json:"@type"`
	Identifier    string    `json:"identifier"`
	URL           string    `json:"url,omitempty"`
	ClaimReviewed string    `json:"claimReviewed"`
	ItemReviewed  claimItem `json:"itemReviewed"`
	ReviewRating  rating    `json:"reviewRating"`
	ReviewBody    string    `json:"reviewBody,omitempty"`
	Author        thing     `json:"author"`
	DatePublished string    `json:"datePublished"`
}

// fragmentURL links to the quantity's sentence in the article, with a
// text fragment (#:~:text=) when the URL is http(s).
func fragmentURL(articleURL, sentence string) string {
	u := safeLink(articleURL)
	if u == "" {
		return ""
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	ws := strings.Fields(sentence)
	if len(ws) > 8 {
		return u + "#:~:text=" + url.PathEscape(strings.Join(ws[:4], " ")) + "," + url.PathEscape(strings.Join(ws[len(ws)-4:], " "))
	}
	if len(ws) == 0 {
		return u
	}
	return u + "#:~:text=" + url.PathEscape(strings.Join(ws, " "))
}

func writeClaimReview(w io.Writer, rs []reviewed, siteURL, fallback string) error {
	out := []claimReview{}
	for _, r := range rs {
		if r.Rating.Rating == "" {
			continue // an extraction verdict only: not a verdict on the claim
		}
		sentence := r.Review.Sentence
		item := claimItem{Type: "Claim", Published: r.Article.Published}
		if q := r.Claim; q != nil {
			sentence = q.Sentence.Text
			if q.Source != nil && q.Source.Name != "" {
				kind := "Thing"
				switch q.Source.Kind {
				case "person":
					kind = "Person"
				case "organization":
					kind = "Organization"
				}
				item.Author = &thing{Type: kind, Name: q.Source.Name}
			}
		}
		if item.Author == nil {
			// Unattributed: the article asserts it itself, so its publisher does.
			if r.Article.Site != "" {
				item.Author = &thing{Type: "Organization", Name: r.Article.Site}
			} else if u, err := url.Parse(safeLink(r.Article.URL)); err == nil && u.Host != "" {
				item.Author = &thing{Type: "Organization", Name: strings.TrimPrefix(u.Hostname(), "www.")}
			}
		}
		if u := safeLink(r.Article.URL); u != "" || r.Article.Title != "" {
			item.Appearance = []creativeWork{{Type: "CreativeWork", URL: u, Headline: r.Article.Title, Published: r.Article.Published}}
		}
		date := r.Review.CreatedAt
		if len(date) >= 10 {
			date = date[:10]
		}
		u := fragmentURL(r.Article.URL, sentence)
		if siteURL != "" {
			u = siteURL + "/claim/" + url.PathEscape(r.Review.ClaimID)
		} else if u == "" && fallback != "" {
			u = fallback + "/claim/" + url.PathEscape(r.Review.ClaimID)
		}
		rt := rating{Type: "Rating", AlternateName: r.Rating.RatingName}
		if r.Rating.Value > 0 {
			rt.RatingValue, rt.BestRating, rt.WorstRating = r.Rating.Value, 5, 1
		}
		out = append(out, claimReview{
			Context: "https://schema.org", Type: "ClaimReview", Identifier: r.Review.ClaimID,
			URL: u, ClaimReviewed: sentence, ItemReviewed: item, ReviewRating: rt,
			ReviewBody: r.Review.Note, Author: thing{Type: "Person", Name: r.Review.Reviewer}, DatePublished: date,
		})
	}
	// The array one element at a time (the same bytes as encoding it whole
	// with a two-space indent, without holding 40k reviews' JSON twice).
	if len(out) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // safe to paste into a <script type="application/ld+json">
	enc.SetIndent("  ", "  ")
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	for i := range out {
		buf.Reset()
		if err := enc.Encode(&out[i]); err != nil {
			return err
		}
		sep := ",\n"
		if i == len(out)-1 {
			sep = "\n"
		}
		if _, err := io.WriteString(w, "  "); err != nil {
			return err
		}
		if _, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
			return err
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

var reviewCSVHeader = []string{"claim_id", "original_claim_id", "article_id", "article_title", "article_url", "quantity",
	"low", "high", "qualifier", "unit", "subject", "event", "source", "cue", "sentence", "status", "rating", "rating_value", "evidence", "note",
	"reviewer", "reviewed_at", "reviews", "claim_found"}

func writeCSV(w io.Writer, rs []reviewed) error {
	cw := csv.NewWriter(w)
	cw.Write(reviewCSVHeader)
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	for _, r := range rs {
		v := r.Review
		row := []string{v.ClaimID, v.OriginalClaimID, v.ArticleID, r.Article.Title, r.Article.URL, v.Quantity}
		sentence, found := v.Sentence, "no"
		if q := r.Claim; q != nil {
			src, cue := "", ""
			if q.Source != nil {
				src = q.Source.Name
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			sentence, found = q.Sentence.Text, "yes"
			row = append(row, num(q.Low), num(q.High), string(q.Qualifier), q.Unit, q.Subject, q.Event, src, cue)
		} else {
			row = append(row, "", "", "", "", "", "", "", "")
		}
		rt := ""
		if r.Rating.Value > 0 {
			rt = strconv.Itoa(r.Rating.Value)
		}
		row = append(row, sentence, v.Status, v.Rating, rt, v.EvidenceURL, v.Note, v.Reviewer, v.CreatedAt, strconv.Itoa(r.History), found)
		for i, c := range row {
			row[i] = csvSafe(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe defuses spreadsheet formulas in untrusted cells (CSV injection):
// a cell starting with = + - @ or a control character gets a leading quote.
// Numbers ("-5") are left as they are.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func (s *Server) handleExport(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		leave, ok := s.enter(r)
		if !ok {
			return
		}
		defer leave()
		var buf strings.Builder
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		if err := exportReviews(r.Context(), s.st, format, s.opt.SiteURL, scheme+"://"+r.Host, &buf); err != nil {
			s.fail(w, err)
			return
		}
		name, ctype := "reviews.jsonld", "application/ld+json; charset=utf-8"
		if format == "csv" {
			name, ctype = "reviews.csv", "text/csv; charset=utf-8"
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
		io.WriteString(w, buf.String())
	}
}
