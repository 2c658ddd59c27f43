package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/ingest"
)

// The claims and quote-speaker golds on 14 English news pages of
// trafilatura's evaluation set (testdata/claims/README.md, web-dev-2:
// annotated blind by hand on 2026-12-06 on the text `extract ingest` gave
// for each page, before the tool ran on them). Held out until 2026-12-07
// (as web-blind-2; its last held-out figures: F1 0.933, unit 0.752,
// source 0.984, quote speakers 8/8); since then a DEV set: its misses are
// printed (-v) and guide fixes. Scored end to end: the pages go
// through ingest as a run reads them, so an ingest change that loses or
// adds text shows here too (offsets that moved are found again by their
// anchors). The floors sit under the first run's figures (2026-12-06, main
// 76275d2 with this test, before the session's extraction changes were
// merged): detection F1 0.926, value 0.960, unit 0.736, source 0.984, cue
// 0.912, 11 not-claim violations; quote speakers 8 of 8.
const (
	trafHTML   = "../../../shared/eval/ingest-web/trafilatura/html"
	webGold2   = "../../testdata/claims/web-dev-2.gold.jsonl"
	webQuotes2 = "../../testdata/quotes/web-dev-2.gold.jsonl"
)

// quant7 (hedges, rates' bases and levels, per-population): value 0.968 →
// 0.976, unit 0.896 → 0.936.
// The kind rules of quantity/kindforms.go ("three-point range", "hit an
// early three", "One group of organizers", "one final stand", "per 100,000
// people", "zero net carbon emissions"): P 0.899 → 0.984, F1 0.933 →
// 0.977, 11 → 2 violations.
// Issue #15's web forms (quant8): unit 0.896 → 0.904; unit floor raised.
// overattr19 (evidence-subject: "details of the legislation have now revealed"): source 0.983 -> 0.992, cue 0.916 -> 0.924.
var webFloors2 = heldoutFloor{F1: 0.97, Value: 0.97, Unit: 0.93, Source: 0.99, Cue: 0.92, MaxNotClaim: 2}

// TestWebDev2Claims scores the claims of the pages' articles; misses are
// logged (-v).
func TestWebDev2Claims(t *testing.T) {
	if _, err := os.Stat(trafHTML); err != nil {
		t.Skipf("no trafilatura pages beside the repo (%v)", err)
	}
	var files []string
	for _, f := range goldFiles(t, webGold2) {
		files = append(files, filepath.Join(trafHTML, f))
	}
	scoreHeldOut(t, webGold2, files, webFloors2)
}

// TestWebDev2QuoteSpeakers scores the quote speakers of the same
// pages (testdata/quotes/README.md).
func TestWebDev2QuoteSpeakers(t *testing.T) {
	if _, err := os.Stat(trafHTML); err != nil {
		t.Skipf("no trafilatura pages beside the repo (%v)", err)
	}
	var pages []string
	for _, f := range goldFiles(t, webGold2) {
		pages = append(pages, filepath.Join(trafHTML, f))
	}
	scoreQuoteTexts(t, webQuotes2, pageTexts(t, pages), 0.85, 0.85)
}

// pageTexts reads each web page as a run does and returns its article's
// text by the page's name without ".html.gz" (the quote golds' article).
func pageTexts(t *testing.T, pages []string) map[string]string {
	t.Helper()
	texts := map[string]string{}
	for _, p := range pages {
		err := ingest.Read(context.Background(), []string{p}, func(it ingest.Item) error {
			if it.Err != nil {
				return it.Err
			}
			texts[strings.TrimSuffix(filepath.Base(p), ".html.gz")] = it.Article.Text
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return texts
}
