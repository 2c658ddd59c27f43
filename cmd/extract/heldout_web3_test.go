package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

// The third blind gold: 35 news passages written for the set in the manner
// of wire and newspaper copy of ten countries (UK, India, Nigeria, South
// Africa, Kenya, Australia, Canada, Germany, Japan, Brazil) and the years
// 2021-2025, on company results, markets, technology, sport, cars,
// science, health, weather and courts (testdata/claims/README.md,
// web-blind-3). Texts and golds were written and committed before the tool
// ever ran on them; nobody tunes on them, and these tests print summary
// figures only (never a miss, even with -v). The floors are loose on
// purpose: they catch breakage, not quality.
const (
	webTexts3  = "../../testdata/claims/web-blind-3.texts.jsonl"
	webGold3   = "../../testdata/claims/web-blind-3.gold.jsonl"
	webQuotes3 = "../../testdata/quotes/web-blind-3.gold.jsonl"
)

var webFloors3 = heldoutFloor{F1: 0.5, Value: 0.5, Unit: 0.4, Source: 0.4, Cue: 0.3, MaxNotClaim: 60}

// TestHeldOutWeb3Claims writes each passage to <article>.txt, runs the CLI
// over them and scores the claims gold (summary only).
func TestHeldOutWeb3Claims(t *testing.T) {
	texts := readQuoteTexts(t, webTexts3)
	checkGoldOffsets(t, webGold3, texts)
	dir := t.TempDir()
	var files []string
	for _, f := range goldFiles(t, webGold3) {
		text, ok := texts[strings.TrimSuffix(f, ".txt")]
		if !ok {
			t.Fatalf("%s: %s has no passage in %s", webGold3, f, webTexts3)
		}
		path := filepath.Join(dir, f)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	scoreHeldOutAs(t, webGold3, files, webFloors3, false)
}

// TestHeldOutWeb3QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md; summary only).
func TestHeldOutWeb3QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webQuotes3, readQuoteTexts(t, webTexts3), 0.3, 0.3, false)
}

// checkGoldOffsets fails when a gold file whose texts live in the repo no
// longer fits them: every claim's start/end must slice its quantity out of
// the text, every anchor occur once and hold its quantity once, every
// not-claim occur. (Only the gold's own fields are named, never a score.)
func checkGoldOffsets(t *testing.T, gold string, texts map[string]string) {
	t.Helper()
	arts, err := eval.ReadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		text, ok := texts[strings.TrimSuffix(a.File, ".txt")]
		if !ok {
			t.Fatalf("%s: %s has no text", gold, a.File)
		}
		for i, c := range a.Claims {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Quantity {
				t.Errorf("%s: %s claim %d: offsets %d-%d do not hold %q", gold, a.File, i, c.Start, c.End, c.Quantity)
			}
			if strings.Count(text, c.Anchor) != 1 || strings.Count(c.Anchor, c.Quantity) != 1 {
				t.Errorf("%s: %s claim %d: anchor %q must occur once and hold %q once", gold, a.File, i, c.Anchor, c.Quantity)
			}
		}
		for _, n := range a.NotClaims {
			if !strings.Contains(text, n) {
				t.Errorf("%s: %s: not-claim %q not in the text", gold, a.File, n)
			}
		}
	}
}
