package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A count whose clause states its frequency away from it is a count per
// that period (rule frequency-in-clause), as rate-after-noun reads one
// with a short noun between: the label convention of
// testdata/claims/README.md ("a frequency stated away from the number"),
// decided by the dev golds' majority (ANNOTATION.md: "a rate joins two
// with `/`"; it does not say how near the period stands). Two forms:
//
//   - fronted: "Every year, about 2 million people get sick" count/year,
//     "Each week, 300 patients are turned away" count/week;
//   - a subject count whose clause ends in its period: "About 50,000 guns
//     are found to be diverted to criminals across state lines every
//     year" count/year, "says at least 100 people die in mining accidents
//     in the country every year".
//
// A stock is no flow: "its 100,000 retail bankers every year" (a
// determiner before the count), "The city has more than 40 museums"
// (an object, not a subject), a clause joined by "and", "which", "who"
// or a comma before the period ("about 60 members and performs twice a
// year"), "the first Sunday of each month" (a period after "of").
var ruleFrequencyInClause = newRule("frequency-in-clause")

// frequencyReach is how many tokens after a count its clause's period may
// stand.
const frequencyReach = 18

// frequencyStops end the clause of a subject count before its period:
// a conjunction, a relative word, a frequency of its own ("twice").
var frequencyStops = lexicon.WordSet(`and but or nor which who whom whose while when where if because since until than
as once twice thrice times though although whereas unless`)

// subjectOpeners may stand between a verb of saying and a subject count
// that opens its clause: "says that at least 100 people die".
var subjectOpeners = lexicon.WordSet(`that`)

// periodPrepositions before "a"/"every"/"each" make the period a span or a
// part of one, not a frequency: "in a day", "of each month", "for a week".
var periodPrepositions = lexicon.WordSet(`in of on for within during over after before by from to at the first last next this that`)

func (p *parser) frequencyInClause(c *cand) {
	if c.unit != "count" || c.currency || c.share || c.yearLike || c.qual == claims.Vague {
		return
	}
	if den := p.frontedFrequency(c.st); den != "" {
		c.unit, c.unitRule = "count/"+den, ruleFrequencyInClause
		return
	}
	if !p.subjectStart(c.st) {
		return
	}
	for j := c.en; j < len(p.toks) && j < c.en+frequencyReach; j++ {
		t := &p.toks[j]
		if t.k == tNum {
			return
		}
		if t.k != tWord {
			if r := p.raw(j); r == "-" || r == "‑" || r == "‐" || p.isApostrophe(j) {
				continue
			}
			return
		}
		if lowerIn(frequencyStops, p.raw(j)) {
			return
		}
		if den, en := p.periodAt(j); den != "" {
			if en < len(p.toks) && !(p.toks[en].k == tPunct && clauseEnds[p.raw(en)]) {
				return // "every year since ..." goes on: not the clause's end
			}
			c.unit, c.unitRule = "count/"+den, ruleFrequencyInClause
			return
		}
	}
}

// frontedFrequency reads "Every year," or "Each week," (or "Annually,")
// opening the sentence right before token st: the period, or "".
func (p *parser) frontedFrequency(st int) string {
	if st < 2 || !p.is(st-1, ",") {
		return ""
	}
	if st == 2 {
		return lowerIn(timeAdverbs, p.raw(0))
	}
	if st != 3 || !eachWords[p.key(0)] {
		return ""
	}
	w := p.w(1)
	if w == nil || p.toks[1].k != tWord || !timeUnitNames[w.tunit] || noRatePeriods[w.tunit] {
		return ""
	}
	return w.tunit
}

// subjectStart reports a count that opens its clause: the sentence's
// first token, an average ("an average of"), or after a verb of saying,
// "that" after one ("says at
// least 100 people die", "data show that 5,000 ..."); a demonstrative
// "that" ("kept that 3,000 staff") is no opener.
func (p *parser) subjectStart(st int) bool {
	if st == 0 {
		return true
	}
	b := st - 1
	if p.toks[b].k != tWord {
		return false
	}
	if strings.EqualFold(p.raw(b), "of") && strings.EqualFold(p.raw(b-1), "average") {
		return true // an average per period: "an average of 300 animals beaching themselves each year" (web-dev-12; "an average of 71 ships a day", web-dev-9)
	}
	if lowerIn(subjectOpeners, p.raw(b)) {
		b--
	}
	return b >= 0 && p.toks[b].k == tWord && lowerIn(lexicon.CueVerbs, p.raw(b)) != ""
}

// periodAt reads a frequency at token j: "every/each/a/per <period>" not
// after a preposition ("in a day", "of each month") and not a point in
// time ("a year ago"), or an adverb ("annually"): the period and the
// token after it, or "".
func (p *parser) periodAt(j int) (string, int) {
	if d := lowerIn(timeAdverbs, p.raw(j)); d != "" {
		return d, j + 1
	}
	if !rateDeterminers[p.key(j)] || j+1 >= len(p.toks) || lowerIn(periodPrepositions, p.raw(j-1)) {
		return "", 0
	}
	w := p.w(j + 1)
	if w == nil || p.toks[j+1].k != tWord || !timeUnitNames[w.tunit] || noRatePeriods[w.tunit] || p.timeReferenceAfter(j+2) {
		return "", 0
	}
	return w.tunit, j + 2
}
