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
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
//
// Each field goes in as its length in decimal, a zero byte and its bytes,
// through a reused buffer: hashing the text cost a copy of it per article.
func ContentHash(a *Article) string {
	h := sha256.New()
	buf := hashBufs.Get().(*[hashChunk]byte)
	defer hashBufs.Put(buf)
	for _, s := range [...]string{a.ID, a.Title, a.Published, a.URL, a.Text} {
		b := append(strconv.AppendInt(buf[:0], int64(len(s)), 10), 0)
		for {
			n := copy(buf[len(b):], s)
			h.Write(buf[:len(b)+n])
			if s = s[n:]; s == "" {
				break
			}
			b = buf[:0]
		}
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// hashChunk is the size of ContentHash's buffers.
const hashChunk = 4096

var hashBufs = sync.Pool{New: func() any { return new([hashChunk]byte) }}

// Limits on an article's fields other than its text (whose limit is
// ingest's): an id is a key shown in URLs, lists and messages; the other
// fields are one line of metadata each.
const (
	MaxIDBytes    = 512
	MaxFieldBytes = 64 << 10
)

// Check reports what makes an article unfit to store, or nil: an id that is
// empty, longer than MaxIDBytes, not UTF-8 or holding control characters,
// or a title, URL, date, site, language or author list longer than
// MaxFieldBytes.
func (a *Article) Check() error {
	switch {
	case a.ID == "":
		return errors.New("article has no id")
	case len(a.ID) > MaxIDBytes:
		return fmt.Errorf("article id of %d bytes, over the %d-byte limit", len(a.ID), MaxIDBytes)
	case !utf8.ValidString(a.ID):
		return fmt.Errorf("article id %q is not UTF-8", a.ID)
	case strings.IndexFunc(a.ID, unicode.IsControl) >= 0:
		return fmt.Errorf("article id %q holds control characters", a.ID)
	}
	authors := 0
	for _, s := range a.Authors {
		authors += len(s)
	}
	for _, f := range []struct {
		name string
		n    int
	}{{"title", len(a.Title)}, {"url", len(a.URL)}, {"published", len(a.Published)}, {"site", len(a.Site)}, {"lang", len(a.Lang)}, {"authors", authors}} {
		if f.n > MaxFieldBytes {
			return fmt.Errorf("article %s: %s is %.1f MB, over the %d KB limit", a.ID, f.name, float64(f.n)/(1<<20), MaxFieldBytes>>10)
		}
	}
	return nil
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
	// Entity is the source's identity across articles (the store fills it
	// in: internal/entity); nil for a description such as "the campaign".
	Entity *EntityRef `json:"entity,omitempty"`
}

// EntityRef names a source's canonical entity.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
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
	// UnitBasis says how a currency was decided: "written" when the text
	// names it (US$, CAD, "Canadian dollars", €), else for a bare "$" or
	// "dollars" the article's evidence — "url-domain" (its URL's country
	// domain), "lang" (its language tag, en-CA), "dateline" (WINNIPEG —),
	// "article-currency" (a dollar named elsewhere in it) — or "default"
	// (USD when nothing says otherwise); for money written with no sign
	// nor name ("we paid 18,000") "amount-url-domain", "amount-lang",
	// "amount-dateline" (the currency of the article's country, any) or
	// "amount-article-currency" (the currency the article writes most),
	// else the bare dollar's basis; "sentence-places" when the place its
	// sentence names decided it and no rule of the article reads the same
	// ("A Toronto condo sells for $1.1 million" CAD). Empty for other units.
	UnitBasis string  `json:"unit_basis,omitempty"`
	Change    *string `json:"change"`
	Kind      Kind    `json:"kind"`
	Subject   string  `json:"subject"`
	Event     string  `json:"event"`
	Source    *Source `json:"source"`
	Cue       *Span   `json:"cue"`
	Sentence  Span    `json:"sentence"`
	// Time is the date or period a claim's figure refers to, from its
	// sentence or paragraph, resolved against the publication date; nil
	// when the text gives none (and for mentions that are no claims).
	Time *TimeRef `json:"time"`
}

// TimeRef is a time expression ("as of Tuesday", "in 2023") and the days
// it denotes, both ends included, as "2006-01-02"; an end is "" when the
// period is open on that side or cannot be resolved (a relative expression
// in an article without a publication date).
type TimeRef struct {
	Span
	From string `json:"from"`
	To   string `json:"to"`
}

// IsClaim reports whether the mention is a numeric claim.
func (q *Quantity) IsClaim() bool { return q.Kind == KindClaim }

// QuantityID is the stable id of a mention: the first 16 hex digits of the
// article's content hash, then the mention's start and end offsets in base 36
// ("3f2a9c01d4e5b6a7-1k-1n"). It is unique by construction within an
// article (two mentions of one article never share a span) and, across
// articles, as unique as 64 bits of a content hash; re-runs over the same
// input give the same ids, and an article's mentions sit together in the
// database's id indexes. Ids made before this scheme (16 hex digits, 32 bits
// of them a hash of the span, which collided in articles with ~100k numbers)
// stay valid where they are stored: an unchanged article keeps its rows.
func QuantityID(articleHash string, start, end int) string {
	prefix := articleHash
	if len(prefix) < 16 || !isHex(prefix[:16]) {
		sum := sha256.Sum256([]byte(articleHash))
		prefix = hex.EncodeToString(sum[:8])
	}
	b := make([]byte, 0, 16+2+2*8)
	b = append(b, prefix[:16]...)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(start), 36)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(end), 36)
	return string(b)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
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
