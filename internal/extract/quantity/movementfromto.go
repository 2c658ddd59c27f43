package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A "from X to Y" after a word of movement that is no change verb of the
// changeBefore table states two levels, the old and the new, not a range
// (rule from-to-movement): "accuracy improvements from 37% to 81%"
// (web-dev-13), "the rate has gone from 6 per cent to 14 per cent"
// (articles-dev-1), "the violent crime rate, which went from 458 per
// 100,000 in 2011 to 753 per 100,000" (quantities web-dev-13, labelled two
// levels, the new one up). The new level takes the direction its value
// gives against the old one. A present "go"/"goes" spans a range ("Electric
// skateboards go from 18 to 28 miles per hour", quantities web-dev), as
// the rangeVerbs do; so "go", "goes" and "going" are no rows here.
var ruleFromToMovement = newRule("from-to-movement")

// movementWords before "from X to Y" make it a movement between two levels.
var movementWords = lexicon.WordSet(`gone went moved shifted changed
improvement improvements improved improving improve improves
progressed switched`)

// movementBeforeFrom reports a movement word among the three words before
// the "from" at token f, none before token lim ("accuracy improvements
// from", "has gone from"; only words between).
func (p *parser) movementBeforeFrom(f, lim int) bool {
	for k := f - 1; k >= lim && k >= f-3; k-- {
		if p.toks[k].k != tWord || lowerIn(rangeVerbs, p.raw(k)) || lowerIn(fromPhraseStops, p.raw(k)) {
			return false
		}
		if lowerIn(movementWords, p.raw(k)) {
			return true
		}
	}
	return false
}

// movementFromTo reports "from X to Y" after a movement word (c is X, the
// separator "to" at token j): two levels, not a range. A tight hyphen keeps
// its range ("from 1-3 per cent").
func (p *parser) movementFromTo(c *cand, sep string, from bool) bool {
	if !from || sep != "to" || c.qual != "" {
		return false
	}
	return p.movementBeforeFrom(c.st-1, p.floor)
}

// movementLevelChange gives the new level c of "from X to Y" after a
// movement word its direction against the old level X (the mention before
// "to", past a year of the old level: "from 458 per 100,000 in 2011 to
// 753"); "" when the form does not hold or the levels are equal or not of
// one unit.
func (p *parser) movementLevelChange(c *cand) string {
	to := c.st - 1
	if p.key(to) != "to" || len(p.out) == 0 {
		return ""
	}
	q := len(p.out) - 1 // the old level
	if p.out[q].Kind == claims.KindYear && q > 0 && p.key(p.tokenEndingAfter(p.out[q].Start)-1) == "in" {
		q-- // "from 458 per 100,000 in 2011 to 753"
	}
	old := &p.out[q]
	u := c.unit
	if u == "" {
		u = "count"
	}
	if old.Kind != claims.KindClaim || old.Qualifier != claims.Exact || old.Unit != u || p.bounds[q].open != 0 {
		return ""
	}
	k := p.pastFromFillers(p.tokenEndingAfter(old.Start) - 1) // the token before the old level
	lim := 0
	if q > 0 {
		lim = p.tokenEndingAfter(p.out[q-1].End-1) + 1 // no word of an earlier mention
	}
	if k < 0 || p.key(k) != "from" || !p.movementBeforeFrom(k, lim) {
		return ""
	}
	for m := k + 1; m < to; m++ { // one clause: no stop word between
		if p.toks[m].k == tWord && lowerIn(fromPhraseStops, p.raw(m)) {
			return ""
		}
	}
	switch {
	case c.v > p.bounds[q].lo:
		return "up"
	case c.v < p.bounds[q].lo:
		return "down"
	}
	return ""
}

// A bare number after a past change verb and "to" a bare new level that
// is a wire price quote (a fraction: "151-1/2", "12-1/4") or over three
// times it is a change and its new level, not a range (rule
// change-and-level-quote): "Taft shares climbed 19 to 151-1/2", "Hughes
// Tool Co rose one to 12-1/4" (web-dev-11's Reuters documents); "rose 5 to
// 10 per cent" (a unit) and "rose 10 to 15" stay ranges.
var ruleChangeAndLevelQuote = newRule("change-and-level-quote")

// changeLevelQuote reports the change and new level of a bare price quote
// after a past change verb; b is the second end.
func (p *parser) changeLevelQuote(c, b *cand, sep string) bool {
	if sep != "to" || c.qual != "" || c.hasUnit || c.currency || c.scaled || c.share || b.hasUnit || b.currency || b.scaled {
		return false
	}
	if w := p.w(c.st - 1); w == nil || w.chg == "" || p.toks[c.st-1].k != tWord || !p.pastChangeBefore(c.st) {
		return false // the past change verb right before the change: "climbed 19 to" ("fallen from rank 2 to 9" a range of ranks)
	}
	if p.byBefore(c.st) {
		return false
	}
	quote := b.unitRule == ruleMixedNumberHyphen || b.unitRule == ruleFractionSlash || c.unitRule == ruleMixedNumberHyphen || c.unitRule == ruleFractionSlash
	if !quote && !(c.v > 0 && b.v > 3*c.v) {
		return false
	}
	c.qualRule = ruleChangeAndLevelQuote
	if p.sentenceSpeaksOf(quoteShareWords) {
		p.moneyOfSentence(c, ruleChangeAndLevelQuote) // "Taft shares climbed 19": dollars a share
	}
	return true
}

// quoteShareWords in the sentence make a wire price quote a share price, in
// the sentence's money or else dollars: "Viacom shares climbed 2-1/2 to
// 50-3/8" (quantities web-dev-18), "rose one to 12-1/4 on 1,658,000
// shares" (web-dev-11), both labelled USD.
var quoteShareWords = lexicon.WordSet(`share shares stock stocks`)

// quoteLevelUnit gives the new level of a price quote (the mention before
// "to" read by change-and-level-quote as money) its money.
func (p *parser) quoteLevelUnit(c *cand) {
	if len(p.out) == 0 || p.key(c.st-1) != "to" || c.hasUnit || c.currency || c.scaled {
		return
	}
	last := &p.out[len(p.out)-1]
	if last.rules[2] != ruleChangeAndLevelQuote || !last.BareDollar || p.toks[c.st-2].e != last.End {
		return
	}
	p.moneyOfSentence(c, ruleChangeAndLevelQuote)
}
