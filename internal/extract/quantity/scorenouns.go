package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A number that a score noun names is a score in points, no count (rule
// score-noun): "<named scale> <noun> of N" ("a CVSS score of 9.8", web-dev-13;
// "a FICO score of 700") and "N <noun>" ("the denial-of-service flaw with a 7.5
// score", web-dev-13; "July's 98.8 reading" of an index, web-dev-8 claims
// and quantities web-dev-13). The golds give such scores `point`
// (README "Label conventions": a satisfaction score is `point`, CVSS
// scores `point`; quantities web-dev-11 "scored 15.066" point). A
// statistic's z-score ("a z-score of ±1", web-dev-14) is a hyphened word,
// no score noun, and stays a count; a reading followed by a noun
// ("10 reading glasses") is no score.
var ruleScoreNoun = newRule("score-noun")

// scoreNounFollowers may follow "N <score noun>" ("a 7.5 score,", "98.8
// reading in July"): a noun after it makes it a modifier ("reading glasses").
var scoreNounFollowers = lexicon.WordSet(`of in on for from and while but with at by than to`)

// namedScale reports a scale's name at token k, before its score noun: a
// word in capitals ("CVSS", "FICO", "NPS") or a capitalised word that
// opens no sentence ("a Glasgow score"). A common noun ("a credit score of
// at least 620", quantities web-dev-6) or none ("with a score of 409.30",
// quantities dev) is no named scale: both labelled counts.
func (p *parser) namedScale(k int) bool {
	if k < 1 || p.toks[k].k != tWord || p.adj(k) {
		return false // (no hyphened word: "a z-score of ±1", web-dev-14)
	}
	raw := p.raw(k)
	return len(raw) >= 2 && isUpperStart(raw) && p.toks[k-1].k == tWord
}

// scoreNoun reads c as points when a score noun names it.
func (p *parser) scoreNoun(c *cand) {
	if c.unit != "" || c.currency || c.share || c.yearLike || c.scaled || c.qual == claims.Vague {
		return
	}
	if c.st >= 3 && p.key(c.st-1) == "of" && p.toks[c.st-2].k == tWord && lowerIn(lexicon.ScoreNouns, p.raw(c.st-2)) && p.namedScale(c.st-3) {
		c.unit, c.hasUnit = "point", true
		c.unitRule = ruleScoreNoun
		return
	}
	j := c.en
	if j >= len(p.toks) || p.toks[j].k != tWord || !lowerIn(lexicon.ScoreNouns, p.raw(j)) {
		return
	}
	if n := j + 1; n < len(p.toks) && p.toks[n].k == tWord && !lowerIn(scoreNounFollowers, p.raw(n)) {
		return // "10 reading glasses"
	}
	if c.words {
		return // "one reading" is a count of readings
	}
	c.unit, c.hasUnit = "point", true
	c.unitRule = ruleScoreNoun
}

// ratingNounUnits after "N out of M" make N a rating on the scale M, in
// the unit of the row (rules rating-out-of and score-noun): "4.6 out of 5
// stars" (web-dev-8, web-dev-10: the rating as a count), "the mean score
// in the subject was 3.8 out of 12 points" (articles-dev-1: points).
var ratingNounUnits = map[string]string{"star": "count", "stars": "count", "point": "point", "points": "point"}

// ratingOutOfUnit gives the unit and rule of "N out of M" read as a
// rating: the noun after the scale (ratingNounUnits), or "point" after a
// verb of scoring ("scored 85 out of 100"); "" when it is a share.
func (p *parser) ratingOutOfUnit(c *cand, en int) (string, rule) {
	if u := ratingNounUnits[p.raw(en)]; u != "" {
		if u == "point" {
			return u, ruleScoreNoun
		}
		return u, ruleRatingOutOf
	}
	if c.st >= 1 && lowerIn(scoredVerbs, p.raw(c.st-1)) {
		return "point", ruleScoreNoun // "scored 85 out of 100"
	}
	return "", 0
}
