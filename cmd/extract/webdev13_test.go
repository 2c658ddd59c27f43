package main

import "testing"

// The claims gold on 42 passages of 15 WCXB DEV article pages of 2025 that
// no testdata file had named (testdata/claims/README.md, web-dev-13; not
// the quantities set testdata/quantities/web-dev-13.txt). Passages cut by
// scripts/wcxb-passages.py --windows 4, annotated by hand and committed
// (ce45a8b) before the tool ever ran on them. A DEV set from the start:
// its misses are printed (-v) and guide fixes.
// First run (code of d34c70e, gold of ce45a8b, `go test ./cmd/extract -run
// TestWebDev13Claims -count 1 -v`): P 0.689, R 0.886, F1 0.775 (tp 31, fp
// 14, fn 4), value 0.968, unit 0.935, source 0.968 (30/31), cue 0.968, 11
// not-claim violations. Gold then corrected in form only: two anchors that
// spanned a hard line break ("500\ntimes more than Hotmail", "One\nline.")
// could not be found in the stored text, whose wrapped lines are joined;
// re-anchored on the same quantity, no label changed: P 0.711, R 0.914, F1
// 0.800 (tp 32, fp 13, fn 3), value 0.969, unit 0.938, source 0.969
// (31/32), cue 0.969, 11 violations.
const (
	webDevTexts13 = "../../testdata/claims/web-dev-13.texts.jsonl"
	webDevGold13  = "../../testdata/claims/web-dev-13.gold.jsonl"
)

// A dev set's ratchet, just under its first figures.
// forms20 (from-to-movement, clock-hour-bare, score-noun): F1 0.800 ->
// 0.825 (tp 33, fp 12, fn 2), value 0.969 -> 1, unit 0.938 -> 1, 10
// violations; source 0.969 (31/32) -> 0.939 (31/33): the newly matched
// "81%" ("Research on geospatial applications showed accuracy improvements
// from 37% to 81%") takes the known proper-name source "Research" (the
// README error table's capitalised-common-noun row, left to the source
// rules), so the source floor goes to 0.935 with no right source lost.
var webDevFloors13 = heldoutFloor{F1: 0.82, Value: 0.99, Unit: 0.99, Source: 0.935, Cue: 0.96, MaxNotClaim: 10}

// TestWebDev13Claims scores the claims gold of the passages; misses are
// logged (-v).
func TestWebDev13Claims(t *testing.T) {
	scorePassages(t, webDevTexts13, webDevGold13, webDevFloors13, true)
}
