package main

import (
	"os"
	"path/filepath"
	"testing"
)

// The fifth blind gold: 12 real English news pages, 6 of trafilatura's
// evaluation set and 6 of WCXB's (testdata/claims/README.md, web-blind-5):
// energy, housing, climate, politics, crime, royals, technology, education,
// health research, M&A and a consumer study, 2017-2025, 11 of the 12 sites
// US-based. The golds were annotated by hand on the text `extract ingest`
// gives for each page and committed (eaa4894) before the tool ever ran on
// them; the pages stay in ../shared and are scored end to end from the
// HTML, as web-dev-2's are. Nobody tunes on them, and these tests print
// summary figures only (never a miss, even with -v). First run (the code of
// 09020d9 with the gold eaa4894, 2026-12-07, `go test ./cmd/extract -run
// TestHeldOutWeb5 -count=1`, only the summary lines read): P 0.790,
// R 0.989, F1 0.878, value 1.000, unit 0.844, source 0.900, cue 0.911,
// 17 not-claim violations (tp 90, fp 24, fn 1); quotes: 4 of 4 numbers made
// claims with the right source, speaker of the quote holding each number
// 4 of 4. The misses were not looked at. The floors sit a little under
// these figures (the quote floors allow one of the four to go).
const (
	wcxbHTML   = "../../../shared/eval/ingest-web/wcxb/html"
	webGold5   = "../../testdata/claims/heldout/web-blind-5.gold.jsonl"
	webQuotes5 = "../../testdata/quotes/heldout/web-blind-5.gold.jsonl"
)

var webFloors5 = heldoutFloor{F1: 0.86, Value: 0.98, Unit: 0.82, Source: 0.88, Cue: 0.89, MaxNotClaim: 19}

// webPages finds the page file of every line of a gold of web pages in
// trafilatura's or WCXB's html directory (skipping when ../shared is
// absent): the pages of web-blind-5 and web-blind-7.
func webPages(t *testing.T, gold string) []string {
	t.Helper()
	dirs := []string{trafHTML, wcxbHTML}
	for _, dir := range dirs {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("no web pages beside the repo (%v)", err)
		}
	}
	var files []string
	for _, f := range goldFiles(t, gold) {
		found := ""
		for _, dir := range dirs {
			if p := filepath.Join(dir, f); fileExists(p) {
				if found != "" {
					t.Fatalf("%s: %s is in both page directories", gold, f)
				}
				found = p
			}
		}
		if found == "" {
			t.Fatalf("%s: page %s in neither %s nor %s", gold, f, trafHTML, wcxbHTML)
		}
		files = append(files, found)
	}
	return files
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// TestHeldOutWeb5Claims runs the CLI over the pages and scores the claims
// gold (summary only).
func TestHeldOutWeb5Claims(t *testing.T) {
	scoreHeldOutAs(t, webGold5, webPages(t, webGold5), webFloors5, false)
}

// TestHeldOutWeb5QuoteSpeakers scores the quote-speaker gold of the same
// pages (testdata/quotes/README.md; summary only) on the text ingest reads
// from each page.
func TestHeldOutWeb5QuoteSpeakers(t *testing.T) {
	scoreQuotes(t, webQuotes5, pageTexts(t, webPages(t, webGold5)), 0.75, 0.75, false)
}
