package quantity

import (
	"slices"
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
//   - a bowler's figures: "took four for 32", "three for 44", "took 6
//     for 28" (the runs conceded after the wickets; articles-dev-3,
//     web-dev-11);
//   - a chase or a target: "chasing down 160", "Set 263 to win", "a
//     target of 180", "chased 219", "chased down 245" (web-dev-4,
//     articles-dev-3, web-dev-9, web-dev-11);
//   - an innings: "160 in the first innings", "144 in their second innings";
//   - a partnership: "added 54 for the seventh wicket" (articles-dev-3).
//
// The sentence names a cricket word, or the article is about cricket
// (Topics.Cricket: "Imad … steadied the chase with an unbeaten 19 after
// United slumped to 102 for six in the 15th over", web-dev-4; "Wiaan
// Mulder took four for 32", articles-dev-3).
var ruleCricketRuns = newRule("cricket-runs")

// Topics are what the whole article is about, for forms a sentence alone
// does not mark (ArticleTopics).
type Topics struct {
	Cricket bool
}

// cricketArticleWords mark an article about cricket when two of them
// occur in it, one of them a key word (a bare "over" or "innings" alone
// may be another sport's or no sport's).
var cricketArticleWords = []string{"wicket", "innings", "bowled", "batting", "batter", "batsm", "overs", "stumps", "century", "run rate"}

// cricketArticleKeys are the words of cricketArticleWords one of which an
// article about cricket holds.
var cricketArticleKeys = cricketArticleWords[:2]

// ArticleTopics returns the topics of an article's text: two or more
// cricket words (cricketArticleWords), one of them a key (cricketArticleKeys),
// make it about cricket (an article without either costs two scans).
func ArticleTopics(text string) Topics {
	if !slices.ContainsFunc(cricketArticleKeys, func(w string) bool { return strings.Contains(text, w) }) {
		return Topics{}
	}
	n := 0
	for _, w := range cricketArticleWords {
		if strings.Contains(text, w) {
			n++
			if n >= 2 {
				return Topics{Cricket: true}
			}
		}
	}
	return Topics{}
}

// cricketChaseBefore stand before a chase's or a target's runs.
var cricketChaseBefore = [][]string{{"chasing"}, {"chasing", "down"}, {"chased"}, {"chased", "down"}, {"chase", "of"}, {"target", "of"}, {"set"}}

// cricketInningsOwners may stand between "in" and "innings".
var cricketInningsOwners = lexicon.WordSet(`the their his her its our first second third fourth 1st 2nd 3rd 4th`)

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
	if !p.cricketScore(c) || !p.topics.Cricket && !p.sentenceSpeaksOf(cricketWords) {
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
	case strings.EqualFold(r, "in"): // "160 in the first innings"
		k := j + 1
		for k < j+3 && lowerIn(cricketInningsOwners, p.raw(k)) {
			k++
		}
		if k > j+1 && strings.EqualFold(p.raw(k), "innings") {
			return true
		}
	}
	if strings.EqualFold(p.raw(j), "for") && strings.EqualFold(p.raw(j+1), "the") && strings.EqualFold(p.raw(j+3), "wicket") {
		if lowerIn(ordinals, p.raw(j+2)) > 0 {
			return true // "added 54 for the seventh wicket"
		}
	}
	if strings.EqualFold(p.raw(c.st-1), "for") && c.st >= 2 {
		if w, _ := p.wicketsAt(c.st - 2); w && (c.st < 3 || !p.isNumAt(c.st-3)) {
			return true // a bowler's figures: "took four for 32", "three for 44"
		}
	}
	for _, f := range cricketChaseBefore {
		b := c.st - len(f)
		if b < 0 || !p.wordsAre(b, f) {
			continue
		}
		if f[0] == "set" && !(strings.EqualFold(p.raw(c.en), "to") && strings.EqualFold(p.raw(c.en+1), "win")) {
			continue // "set 263 to win", not "set 12 records"
		}
		return true
	}
	i := c.st - 1
	if strings.EqualFold(p.raw(i), "unbeaten") {
		return true
	}
	if strings.EqualFold(p.raw(i), "for") && strings.EqualFold(p.raw(i-1), "out") {
		return true // "bowled out for 255", "all out for 120"
	}
	return false
}

// wordsAre reports the words f (lower case) at tokens b, b+1, ….
func (p *parser) wordsAre(b int, f []string) bool {
	for k, w := range f {
		if p.toks[b+k].k != tWord || !strings.EqualFold(p.raw(b+k), w) {
			return false
		}
	}
	return true
}

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
