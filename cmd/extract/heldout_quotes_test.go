package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/eval"
	"github.com/factcheck/extract/internal/extract"
)

// heldoutQuotesGold is the direct-quote speaker gold of the ingest-dev news
// bodies, annotated by hand and blind (before the tool ever ran on these
// texts; see testdata/quotes/README.md). The bodies stay in ../shared.
const (
	heldoutQuotesGold  = "../../testdata/quotes/ingest-dev.gold.jsonl"
	heldoutQuotesTruth = "../../../shared/eval/ingest-dev/ground-truth.json"
)

// heldoutQuoteFloor is set just under the measured speaker accuracy. The
// first (blind) run, at commit 338cf18 + this test, gave 28 of 45 right:
// 0.622 (14 of the 17 misses are numbers the extractor does not make
// claims: durations, "the two sides", an ordinal-looking "tenth", an
// undetected "one more second"; the 31 that are claims get 28 right, 0.903).
// General fixes since (measured durations are claims; "X of <place>" names
// split when the surname stands alone elsewhere) raised it to 36 of 45,
// 0.800 (0.947 of the 38 made claims). Two more, found from this set's
// misses and so no longer blind (an epigraph's "“…” — Name" on the quote's
// own line; "Name of the Organisation" as a person with an affiliation),
// gave 38 of 45, 0.844 (1.000 of the made claims). Raise the floor when
// general fixes raise the figure.
const heldoutQuoteFloor = 0.82

// heldoutQuoteSpeakerFloor bounds the speaker of the quote holding each
// number, claim or not (what the issue's "speaker accuracy for quotes
// holding a number" asks, apart from which numbers are claims): 45 of 45
// when it was added.
const heldoutQuoteSpeakerFloor = 0.95

// quoteGold is one number inside a direct quotation.
type quoteGold struct {
	Article string   `json:"article"`
	Anchor  string   `json:"anchor"`
	Number  string   `json:"number"`
	Speaker []string `json:"speaker"`
	// Claim false marks a number inside a quote that is no claim under
	// ANNOTATION.md (an ordinal, a year, "one of the largest", a time):
	// its quote's speaker is scored, and it must not become a claim.
	// Absent means a claim.
	Claim *bool `json:"claim,omitempty"`
}

// isClaim reports whether the gold line is a number that should be a claim.
func (g quoteGold) isClaim() bool { return g.Claim == nil || *g.Claim }

func readQuoteGold(t *testing.T, path string) []quoteGold {
	t.Helper()
	out, err := eval.ReadJSONL[quoteGold](path)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range out {
		if !strings.Contains(g.Anchor, g.Number) {
			t.Fatalf("%s: %s: number %q not in anchor %q", path, g.Article, g.Number, g.Anchor)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no quotes", path)
	}
	return out
}

// quantityAt returns the mention whose quantity span holds byte offset off,
// or nil.
func quantityAt(qs []claims.Quantity, off int) *claims.Quantity {
	for i := range qs {
		q := &qs[i]
		if q.Quantity.Start <= off && off < q.Quantity.End {
			return q
		}
	}
	return nil
}

// TestQuoteSpeakersDev runs the extractor over the quote-speaker set's news
// bodies (annotated blind, but its misses led to two fixes: a dev set, no
// longer held out) and checks the speaker of every number inside a direct quotation: right
// when the claim's source name holds one of the accepted names (whole words,
// case-insensitive), or when no one is quoted and the claim has no source.
// A number that is not a claim is a miss there. It also scores the speaker
// of the quote holding each number, claim or not (the source a claim at
// the number would get: Extractor.SourcesAt), the figure the issue names.
func TestQuoteSpeakersDev(t *testing.T) {
	scoreQuoteSpeakers(t, heldoutQuotesGold, heldoutQuotesTruth, heldoutQuoteFloor, heldoutQuoteSpeakerFloor)
}

// scoreQuoteSpeakers scores a quote-speaker gold over the bodies of a
// ground-truth file and fails below the floors: floor for the numbers as
// claims, speakerFloor for the quote holding each number.
func scoreQuoteSpeakers(t *testing.T, goldPath, truthPath string, floor, speakerFloor float64) {
	if _, err := os.Stat(truthPath); err != nil {
		t.Skipf("no ground truth beside the repo (%v)", err)
	}
	truth, err := eval.ReadIngestTruth(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for id, tr := range truth {
		texts[id] = tr.ArticleBody
	}
	scoreQuoteTexts(t, goldPath, texts, floor, speakerFloor)
}

// scoreQuoteTexts scores the quote-speaker gold of goldPath on the
// articles' texts (by article id); misses are logged (-v).
func scoreQuoteTexts(t *testing.T, goldPath string, texts map[string]string, floor, speakerFloor float64) {
	t.Helper()
	scoreQuotesAllowing(t, goldPath, texts, floor, speakerFloor, true, 0)
}

// scoreQuotes is scoreQuoteTexts; with showMisses false it logs the
// summary line only, for sets whose misses nobody may read.
func scoreQuotes(t *testing.T, goldPath string, texts map[string]string, floor, speakerFloor float64, showMisses bool) {
	t.Helper()
	scoreQuotesAllowing(t, goldPath, texts, floor, speakerFloor, showMisses, 0)
}

// scoreQuotesAllowing is scoreQuotes with a ceiling on the numbers
// marked "claim": false that may make claims (known misses of a set,
// pinned so that no new one comes in).
func scoreQuotesAllowing(t *testing.T, goldPath string, texts map[string]string, floor, speakerFloor float64, showMisses bool, nonClaimsAllowed int) {
	t.Helper()
	gold := readQuoteGold(t, goldPath)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	byArticle := map[string][]claims.Quantity{}
	right, asClaims, quoteRight, claimLines, wrongClaims := 0, 0, 0, 0, 0
	var misses []string
	for _, g := range gold {
		text, ok := texts[g.Article]
		if !ok {
			t.Fatalf("%s: article %s has no text", goldPath, g.Article)
		}
		at := strings.Index(text, g.Anchor)
		if at < 0 || strings.Count(text, g.Anchor) != 1 {
			t.Fatalf("%s: anchor %q not found exactly once in %s", goldPath, g.Anchor, g.Article)
		}
		qs, done := byArticle[g.Article]
		if !done {
			qs = x.ExtractText(g.Article, text)
			byArticle[g.Article] = qs
		}
		off := at + strings.Index(g.Anchor, g.Number)
		// the quote's speaker, whether or not the number is a claim: the
		// source a claim at the number would get
		if src := x.SourcesAt(text, []int{off})[0]; eval.SourceMatches(src, g.Speaker) {
			quoteRight++
		} else {
			got := "(none)"
			if src != nil {
				got = src.Name
			}
			misses = append(misses, fmt.Sprintf("%.12s %q: quote speaker %q, want %q", g.Article, g.Number, got, g.Speaker))
		}
		q := quantityAt(qs, off)
		if !g.isClaim() {
			if q != nil && q.IsClaim() {
				wrongClaims++
				misses = append(misses, fmt.Sprintf("%.12s %q: %q made a claim, but it is none", g.Article, g.Number, q.Quantity.Text))
			}
			continue
		}
		claimLines++
		switch {
		case q == nil:
			misses = append(misses, fmt.Sprintf("%.12s %q: no quantity (want %q)", g.Article, g.Number, g.Speaker))
		case !q.IsClaim():
			misses = append(misses, fmt.Sprintf("%.12s %q: %q is not a claim (kind %q; want %q)", g.Article, g.Number, q.Quantity.Text, q.Kind, g.Speaker))
		case eval.SourceMatches(q.Source, g.Speaker):
			right++
			asClaims++
		default:
			asClaims++
			got := "(none)"
			if q.Source != nil {
				got = q.Source.Name
			}
			misses = append(misses, fmt.Sprintf("%.12s %q: got %q, want %q", g.Article, g.Number, got, g.Speaker))
		}
	}
	sort.Strings(misses)
	acc := float64(right) / float64(max(claimLines, 1))
	t.Logf("%s: quotes %d, right %d, accuracy %.3f (floor %.3f); among the %d made claims: %.3f; speaker of the quote holding each number, claim or not: %d, %.3f",
		goldPath, claimLines, right, acc, floor, asClaims, float64(right)/float64(max(asClaims, 1)), quoteRight, float64(quoteRight)/float64(len(gold)))
	if n := len(gold) - claimLines; n > 0 {
		t.Logf("%s: %d numbers in quotes that are no claims, %d of them made claims", goldPath, n, wrongClaims)
	}
	for _, m := range misses {
		if showMisses {
			t.Logf("miss: %s", m)
		}
	}
	if qa := float64(quoteRight) / float64(len(gold)); qa < speakerFloor {
		t.Errorf("speaker accuracy of quotes holding a number %.3f < floor %.3f", qa, speakerFloor)
	}
	if acc < floor {
		t.Errorf("quote speaker accuracy %.3f < floor %.3f", acc, floor)
	}
	if wrongClaims > nonClaimsAllowed {
		t.Errorf("%d numbers in quotes marked \"claim\": false made claims (%d allowed)", wrongClaims, nonClaimsAllowed)
	}
}
