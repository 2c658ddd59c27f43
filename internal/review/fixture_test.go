package review

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// Payloads that must never run or become links, put in article text, titles,
// URLs and source names.
const (
	xssScript = `<script>window.__xss=1</script>`
	xssImg    = `<img src=x onerror="window.__xss=2">`
	xssURL    = `javascript:window.__xss=3`
)

// spec is a claim to build: the number as written (found in the text at its
// first occurrence at or after the previous claim), its interval, and the
// source and cue found in the same sentence.
type spec struct {
	num       string
	low, high *float64
	qualifier claims.Qualifier
	unit      string
	source    string // resolved name
	mention   string // as written in the sentence
	cue       string
	subject   string
	event     string
}

// build makes a Result with claims located in text. Sentences are split on
// ". " and newlines.
func build(id, title, url, published, text string, specs ...spec) claims.Result {
	a := claims.Article{ID: id, Title: title, URL: url, Published: published, Text: text}
	a.Hash = claims.ContentHash(&a)
	r := claims.Result{Article: a}
	from := 0
	for _, s := range specs {
		i := strings.Index(text[from:], s.num)
		if i < 0 {
			panic("fixture: " + s.num + " not in " + id)
		}
		i += from
		from = i + len(s.num)
		ss, se := sentenceAround(text, i)
		q := claims.Quantity{ArticleID: id, ID: claims.QuantityID(a.Hash, i, i+len(s.num)),
			Quantity: claims.Span{Text: s.num, Start: i, End: i + len(s.num)}, Low: s.low, High: s.high,
			Qualifier: s.qualifier, Unit: s.unit, Kind: claims.KindClaim, Subject: s.subject, Event: s.event,
			Sentence: claims.Span{Text: text[ss:se], Start: ss, End: se}}
		if q.Qualifier == "" {
			q.Qualifier = claims.Exact
		}
		if q.Unit == "" {
			q.Unit = "count"
		}
		if s.source != "" {
			m := s.mention
			if m == "" {
				m = s.source
			}
			j := strings.Index(text[ss:se], m)
			if j < 0 {
				panic("fixture: mention " + m)
			}
			q.Source = &claims.Source{Name: s.source, Mention: m, Start: ss + j, End: ss + j + len(m)}
		}
		if s.cue != "" {
			j := strings.Index(text[ss:se], s.cue)
			if j < 0 {
				panic("fixture: cue " + s.cue)
			}
			q.Cue = &claims.Span{Text: s.cue, Start: ss + j, End: ss + j + len(s.cue)}
		}
		r.Quantities = append(r.Quantities, q)
	}
	// A non-claim mention too, as the extractor stores every number.
	if i := strings.Index(text, "2024"); i >= 0 {
		ss, se := sentenceAround(text, i)
		r.Quantities = append(r.Quantities, claims.Quantity{ArticleID: id, ID: claims.QuantityID(a.Hash, i, i+4),
			Quantity: claims.Span{Text: "2024", Start: i, End: i + 4}, Low: claims.F(2024), High: claims.F(2024),
			Qualifier: claims.Exact, Kind: claims.KindYear, Sentence: claims.Span{Text: text[ss:se], Start: ss, End: se}})
	}
	return r
}

func sentenceAround(text string, i int) (int, int) {
	s := 0
	for _, sep := range []string{". ", "\n"} {
		if k := strings.LastIndex(text[:i], sep); k >= 0 && k+len(sep) > s {
			s = k + len(sep)
		}
	}
	e := len(text)
	if k := strings.Index(text[i:], ". "); k >= 0 && i+k+1 < e {
		e = i + k + 1
	}
	if k := strings.Index(text[i:], "\n"); k >= 0 && i+k < e {
		e = i + k
	}
	return s, e
}

var (
	f = claims.F
	// Two rewrites of one story (near-duplicates), a government article, an
	// NGO article, and an article full of XSS payloads.
	storyA = "Authorities in the country have released more than 100 individuals detained after the disputed July 2024 presidential election, according to Rights Watchers, a local human rights group.\n" +
		"“Up to now, we have verified 107 political prisoners released,” said Ana Ruiz, the director of Rights Watchers, in a statement on Saturday afternoon to reporters gathered outside the capital's main prison.\n" +
		"The detainees were freed from four separate prisons across the country, and relatives gathered at the gates to welcome them home after months of waiting for news.\n" +
		"The organization stated that more than 1,800 individuals were arrested in connection with the mass protests that erupted after the election, and many remain in custody today."
	storyB = "Authorities in the country freed over 100 protesters detained after the disputed July 2024 presidential election, the local human rights group Rights Watchers said on Saturday.\n" +
		"“Up to now, we have verified 107 political prisoners released,” Ana Ruiz, the director of Rights Watchers, said in a statement to reporters gathered outside the capital's main prison.\n" +
		"Relatives gathered at the gates of four prisons across the country to welcome the detainees home after months of waiting for news of their fate.\n" +
		"Rights Watchers noted that over 1,800 people were arrested in connection with the mass protests that erupted after the election, and many remain in custody."
	govt = "The Interior Ministry announced on Monday that 103 prisoners were released from detention centres across the country in 2024.\n" +
		"Officials said about 2,400 people were arrested during the unrest, according to official figures published by the ministry."
	ngo = "A coalition of groups reported the release of between 60 and 75 people, while the Interior Ministry said 99 citizens were released.\n" +
		"About 900 political prisoners remain in detention, the groups estimate."
	xss = "Breaking " + xssScript + " news: officials said 42 people " + xssImg + " were released, a spokesman " + xssScript + " said.\n" +
		"Click " + xssURL + " for more."
)

func fixture() []claims.Result {
	return []claims.Result{
		build("a-story", "Country frees more than 100 detainees", "https://news.example/a", "2024-09-01", storyA,
			spec{num: "more than 100", low: f(100), qualifier: claims.MoreThan, source: "Rights Watchers", cue: "according to", subject: "individuals", event: "released"},
			spec{num: "107", low: f(107), high: f(107), source: "Ana Ruiz", cue: "said", subject: "political prisoners", event: "released"},
			spec{num: "four", low: f(4), high: f(4), subject: "prisons", event: "freed"},
			spec{num: "more than 1,800", low: f(1800), qualifier: claims.MoreThan, source: "Rights Watchers", mention: "The organization", cue: "stated", subject: "individuals", event: "arrested"}),
		build("b-story", "Over 100 protesters freed", "https://other.example/b", "2024-09-02", storyB,
			spec{num: "over 100", low: f(100), qualifier: claims.MoreThan, source: "Rights Watchers", cue: "said", subject: "protesters", event: "freed"},
			spec{num: "107", low: f(107), high: f(107), source: "Ana Ruiz", cue: "said", subject: "political prisoners", event: "released"},
			spec{num: "four", low: f(4), high: f(4), subject: "prisons", event: "gathered"},
			spec{num: "over 1,800", low: f(1800), qualifier: claims.MoreThan, source: "Rights Watchers", cue: "noted", subject: "people", event: "arrested"}),
		build("c-govt", "Ministry: 103 prisoners released", "https://gov.example/c", "2024-12-02", govt,
			spec{num: "103", low: f(103), high: f(103), source: "Interior Ministry", cue: "announced"},
			spec{num: "about 2,400", low: f(2400), high: f(2400), qualifier: claims.About, source: "official figures", cue: "according to", subject: "people", event: "arrested"}),
		build("d-ngo", "Groups count 60 to 75 releases", "https://ngo.example/d", "2024-12-05", ngo,
			spec{num: "between 60 and 75", low: f(60), high: f(75), qualifier: claims.Range, source: "coalition of groups", cue: "reported", subject: "people", event: "release"},
			spec{num: "99", low: f(99), high: f(99), source: "the ministry", mention: "the Interior Ministry", cue: "said", subject: "citizens", event: "released"},
			spec{num: "About 900", low: f(900), high: f(900), qualifier: claims.About, source: "the groups", cue: "estimate", subject: "political prisoners", event: "remain in detention"}),
		build("e-xss", "Evil "+xssScript+xssImg, xssURL, "2024-12-06", xss,
			spec{num: "42", low: f(42), high: f(42), source: `Spokes<script>man`, mention: "a spokesman", cue: "said", subject: "people", event: "released"}),
	}
}

// newStore writes the fixture into a fresh database.
func newStore(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "claims.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Write(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	pairAll(t, st)
	return st
}

// pairAll runs the passes that extract serve runs in the background
// (near-duplicates, then stories), so that pages show them from the first
// request.
func pairAll(t testing.TB, st *sqlite.Store) {
	t.Helper()
	for _, pass := range []func(context.Context, int) (int, error){st.PairPending, st.StoriesPending} {
		for {
			n, err := pass(context.Background(), 100)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				break
			}
		}
	}
}
