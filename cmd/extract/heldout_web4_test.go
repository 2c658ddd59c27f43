package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fourth blind gold: 33 news passages written for the set in the
// manner of wire and newspaper copy of places web-blind-3 did not use
// (Ireland, Scotland, New Zealand, Singapore, the Philippines, Pakistan,
// Ghana, the UAE, Hong Kong, Malaysia, Egypt, Mexico, France and US
// states) and the years 2023-2025, on public finance, polls and
// elections, property, crime statistics, transport, agriculture, energy,
// markets, company results, sport, health, weather and science
// (testdata/claims/README.md, web-blind-4). Texts and golds were written
// and committed (0a73a2f) before the tool ever ran on them; nobody tunes on
// them, and these tests print summary figures only (never a miss, even
// with -v). The floors sit a little under the first run's figures.
const (
	webTexts4  = "../../testdata/claims/web-blind-4.texts.jsonl"
	webGold4   = "../../testdata/claims/web-blind-4.gold.jsonl"
	webQuotes4 = "../../testdata/quotes/web-blind-4.gold.jsonl"
)

var webFloors4 = heldoutFloor{F1: 0.5, Value: 0.5, Unit: 0.4, Source: 0.4, Cue: 0.3, MaxNotClaim: 60}

// TestHeldOutWeb4Claims writes each passage to <article>.txt, runs the CLI
// over them and scores the claims gold (summary only).
func TestHeldOutWeb4Claims(t *testing.T) {
	texts := readQuoteTexts(t, webTexts4)
	checkGoldOffsets(t, webGold4, texts)
	dir := t.TempDir()
	var files []string
	for _, f := range goldFiles(t, webGold4) {
		text, ok := texts[strings.TrimSuffix(f, ".txt")]
		if !ok {
			t.Fatalf("%s: %s has no passage in %s", webGold4, f, webTexts4)
		}
		path := filepath.Join(dir, f)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	scoreHeldOutAs(t, webGold4, files, webFloors4, false)
}

// TestHeldOutWeb4QuoteSpeakers scores the quote-speaker gold of the same
// passages (testdata/quotes/README.md; summary only).
func TestHeldOutWeb4QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webQuotes4, readQuoteTexts(t, webTexts4), 0.3, 0.3, false)
}
