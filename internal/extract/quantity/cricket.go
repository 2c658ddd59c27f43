package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Cricket scores: a batting side's or a batter's score is a number of runs
// even when "runs" is not written (rule cricket-runs), in a sentence that
// speaks of cricket (cricketWords). The forms, each found in two or more
// sources (web-dev-3 "385 for four at stumps", web-dev-4 "made 159 for
// nine", "slumped to 102 for six", "57 off 40 balls", "an unbeaten 19",
// web-dev-3 "an unbeaten 143", dev5 "bowled out for 255", "restricted to
// 199 for nine", "85 off 116 balls"):
//   - a total for wickets: "N for four" (wickets one to ten, then no noun);
//   - runs off balls: "N off M balls/deliveries";
//   - a not-out score: "an unbeaten N";
//   - a side dismissed: "bowled out for N", "all out for N";
//   - a target chased: "chased 219", "chased down 245" (web-dev-9, web-dev-11);
//   - bowling figures: "took four for 32", "took 6 for 28" (articles-dev-3, web-dev-11).
var ruleCricketRuns = newRule("cricket-runs")

// cricketWords mark a sentence about cricket.
var cricketWords = lexicon.WordSet(`wicket wickets overs innings stumps bowled bowler bowlers batting batter batters batsman batsmen runs balls deliveries century`)

// cricketBallNouns count the balls a score was made off.
var cricketBallNouns = lexicon.WordSet(`balls deliveries`)

// cricketAfterTotal may follow "N for four": the score ends there.
var cricketAfterTotal = lexicon.WordSet(`at in off after before and when with on as by from`)

func (p *parser) cricketRuns(c *cand) {
	if c.unit != "" || c.currency || c.share || c.yearLike || c.qual == claims.Vague || c.v < 0 || c.v != float64(int(c.v)) || c.v > 1000 {
		return
	}
	if !p.cricketScore(c) || !p.sentenceSpeaksOf(cricketWords) {
		return
	}
	c.unit, c.hasUnit = "run", true
	c.unitRule = ruleCricketRuns
}

// cricketScore reports one of the forms above around c.
func (p *parser) cricketScore(c *cand) bool {
	j := c.en
	switch r := p.raw(j); {
	case strings.EqualFold(r, "for"): // "385 for four", "159 for nine in their 20 overs"
		w, n := p.wicketsAt(j + 1)
		if w && (n >= len(p.toks) || p.toks[n].k == tPunct || lowerIn(cricketAfterTotal, p.raw(n))) {
			return true
		}
	case strings.EqualFold(r, "off"): // "57 off 40 balls"
		if p.isNumAt(j+1) && lowerIn(cricketBallNouns, p.raw(j+2)) {
			return true
		}
	}
	i := c.st - 1
	if strings.EqualFold(p.raw(i), "unbeaten") {
		return true
	}
	if strings.EqualFold(p.raw(i), "for") && strings.EqualFold(p.raw(i-1), "out") {
		return true // "bowled out for 255", "all out for 120"
	}
	if strings.EqualFold(p.raw(i), "down") {
		i-- // "chased down 245"
	}
	if lowerIn(cricketChaseVerbs, p.raw(i)) {
		return true // a target chased: "Chennai chased 219 in 20 overs" (web-dev-9), "India chased down 245" (web-dev-11)
	}
	if strings.EqualFold(p.raw(i), "for") {
		// bowling figures, wickets for runs: "Wiaan Mulder took four for
		// 32" (articles-dev-3), "Pat Cummins took 6 for 28" (web-dev-11)
		if w, n := p.wicketsAt(i - 1); w && n == i && lowerIn(cricketFigureVerbs, p.raw(i-2)) {
			return true
		}
	}
	return false
}

// cricketChaseVerbs take the target a side chased.
var cricketChaseVerbs = lexicon.WordSet(`chased chasing chase chases`)

// cricketFigureVerbs take a bowler's wickets for runs.
var cricketFigureVerbs = lexicon.WordSet(`took taking take takes claimed claiming returned`)

// wicketsAt reports a number of wickets (one to ten, in words or digits)
// at token j, and the token after it.
func (p *parser) wicketsAt(j int) (bool, int) {
	if j >= len(p.toks) {
		return false, j
	}
	t := &p.toks[j]
	switch {
	case t.k == tNum && !t.dec && !t.sep && t.v >= 1 && t.v <= 10:
		return true, j + 1
	case t.k == tWord && t.w != nil && t.w.isCard && t.w.card >= 1 && t.w.card <= 10:
		return true, j + 1
	}
	return false, j
}
