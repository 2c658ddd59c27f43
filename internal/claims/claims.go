// Package claims is the data model of extract: articles, the number mentions
// found in them (quantities), the subset that are numeric claims, and who
// asserts them (sources). It imports nothing of the project's own, so every
// other package can share it.
//
// Positions are byte offsets into Article.Text, like go/token: every
// quantity, sentence, source mention and cue carries its span.
package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Span is a piece of article text and its byte offsets: Text == article[Start:End].
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Article is a clean article: Text is what every offset refers to.
type Article struct {
	ID        string   `json:"id"`
	Origin    string   `json:"origin"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Text      string   `json:"text"`
	Authors   []string `json:"authors,omitempty"`
	Site      string   `json:"site,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	// Hash identifies the content (see ContentHash); it is derived, not exported.
	Hash string `json:"-"`
}

// ContentHash is the article identity used for idempotent re-runs: a hash of
// the article id and the fields that offsets and claims depend on. The id is
// part of it so that two copies of one text under different ids (dumps have
// them) still get distinct quantity ids.
func ContentHash(a *Article) string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.Title, a.Published, a.URL, a.Text} {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{0})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Source is who asserts a claim. Name is the resolved name (fullest form in
// the article, or the description as written when the article never names
// it); Mention is the words in the claim's own sentence with their span.
type Source struct {
	Name        string `json:"name"`
	Mention     string `json:"mention"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Role        string `json:"role,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	// Kind is SourcePerson, SourceOrganization or "" when unknown.
	Kind SourceKind `json:"kind,omitempty"`
}

// Quantity is one number mention in an article, with its meaning as an
// interval. Low/High nil means open. When Kind is KindClaim it is a numeric
// claim and Source/Cue tell who asserts it (nil when the article itself does).
type Quantity struct {
	ArticleID string    `json:"article_id"`
	ID        string    `json:"id"`
	Quantity  Span      `json:"quantity"`
	Low       *float64  `json:"low"`
	High      *float64  `json:"high"`
	Qualifier Qualifier `json:"qualifier"`
	Unit      string    `json:"unit"`
	Change    *string   `json:"change"`
	Kind      Kind      `json:"kind"`
	Subject   string    `json:"subject"`
	Event     string    `json:"event"`
	Source    *Source   `json:"source"`
	Cue       *Span     `json:"cue"`
	Sentence  Span      `json:"sentence"`
}

// IsClaim reports whether the mention is a numeric claim.
func (q *Quantity) IsClaim() bool { return q.Kind == KindClaim }

// QuantityID is the stable id of a mention: derived from the article's content
// hash and the mention's span, so re-runs over the same input give the same ids.
// It is 16 hex digits: 8 from the article's content hash, then 8 from a hash
// of the span, so that an article's mentions sit together in the database's
// id indexes (one page per article touched by a batch's inserts, instead of
// one per mention once the indexes outgrow the page cache).
func QuantityID(articleHash string, start, end int) string {
	sum := sha256.Sum256([]byte(articleHash + ":" + strconv.Itoa(start) + ":" + strconv.Itoa(end)))
	prefix := articleHash
	if len(prefix) < 8 {
		prefix = hex.EncodeToString([]byte(prefix))
	}
	for len(prefix) < 8 {
		prefix += "0"
	}
	return prefix[:8] + hex.EncodeToString(sum[:4])
}

// F returns a pointer to v, for Low/High.
func F(v float64) *float64 { return &v }

// Result is everything extracted from one article.
type Result struct {
	Article    Article
	Quantities []Quantity
}

// Claims returns the quantities of kind claim.
func (r *Result) Claims() []Quantity {
	var out []Quantity
	for _, q := range r.Quantities {
		if q.IsClaim() {
			out = append(out, q)
		}
	}
	return out
}
