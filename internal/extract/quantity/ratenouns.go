package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rates whose denominator is a rate noun (rateNouns: a person, a child, a
// trip, a game) rather than a unit.

// A count whose noun stands between it and "per" and a rate noun is a
// count per that noun (rule count-per-noun), as rate-after-noun reads one
// per time: "108 containers per trip" count/trip (dev), "three doses per
// child" count/child, "12 patients per nurse"; a time denominator after it
// is kept too: "three doses per child per year" count/child/year, "2
// visits per member per year". Only "per" opens it ("5 goals a game" is
// left as it was), and only a rate noun closes it: "per cent", "per the
// filing" and "per hour" (rate-after-noun) are not read here.
var ruleCountPerNoun = newRule("count-per-noun")

// A measure per head per time keeps both denominators (rule
// rate-noun-time), as money does ("$9 per user per month"): "4.9 pounds
// per person per day" lb/person/day (dev), "50 litres per person per day".
var ruleRateNounTime = newRule("rate-noun-time")

// rateNounDenominators are the denominators rateNouns reads that are no units:
// the nouns a count or measure is divided among.
var rateNounDenominators = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range rateNouns {
		if u != "" && measureDimension(u) == "" && !timeUnitNames[u] {
			m[u] = true
		}
	}
	return m
}()

// countPerNoun reads "per <rate noun>" at j, and a time denominator after
// it, as the denominators of the count c (rule count-per-noun).
func (p *parser) countPerNoun(c *cand, j int) {
	den, en := p.rateDenominator(j + 1)
	if !rateNounDenominators[den] {
		return
	}
	c.unit += "/" + den
	if t, _ := p.timeDenominatorAt(en); t != "" && !noRatePeriods[t] {
		c.unit += "/" + t
	}
	// (the mention keeps its span, as rate-after-noun leaves it)
	c.unitRule = ruleCountPerNoun
}

// A participle or a share's class may stand between "per" and a rate
// noun (read by rateDenominator, named by the rate rule): "$2,000 per
// qualifying child", "$0.12 per diluted share" (web-dev-10), "$2.53 per
// diluted share" (a WCXB earnings page), "$1.10 per basic share", "$40
// per registered user". A word the vocabulary knows ("per red car") is no
// modifier here.
var rateNounClasses = lexicon.WordSet(`basic common ordinary preferred`)

// rateNounModifier reports a participle in -ing or -ed, or a share class
// (rateNounClasses), written before a rate noun.
func (p *parser) rateNounModifier(r string) bool {
	return len(r) > 4 && (strings.HasSuffix(r, "ing") || strings.HasSuffix(r, "ed")) || rateNounClasses[r]
}

// An acronym naming the standard a measure is taken by may stand between
// the number and its unit (rule acronym-modifier-unit, read by
// modifierUnitAfter): "800 CVIA lumens", "800 CVIA Lumens" (web-dev-6),
// "1000 ANSI lumens", "400 ISO lumens of brightness" (WCXB projector
// pages). Only a measure's unit word follows (no
// time: "20 NFL seasons"; no money: "5 UK pounds"), in lower case or
// capitalised.
var ruleAcronymModifierUnit = newRule("acronym-modifier-unit")

// acronymModifierAt reports an acronym at j before a measure's unit word.
func (p *parser) acronymModifierAt(j int) bool {
	w := p.w(j + 1)
	return len(p.raw(j)) <= 5 && w != nil && w.unit != "" && w.curr == "" && w.tunit == "" && measureDimension(w.unit) != ""
}

// Points scored per game or match are a rate (rule points-per-noun), as
// other counts per a rate noun are: "averaged 14.2 points per game"
// point/game (web-dev-10), "27 points a game";
// an index's points keep their unit ("fell 300 points a day earlier" has
// no rate noun).
var rulePointsPerNoun = newRule("points-per-noun")

func (p *parser) pointsPerNoun(c *cand) {
	if c.unit != "point" || !perArticles[p.key(c.en)] {
		return
	}
	den, en := p.rateDenominator(c.en + 1)
	if !rateNounDenominators[den] || den == "share" || den == "person" {
		return
	}
	c.setUnit("point/"+den, en)
	c.unitRule = rulePointsPerNoun
}

// durationModifierEnd returns the token after a duration written as an
// adjective at j ("45-minute", "30-minute"), or 0: the length of each of
// the things a count per time counts ("three to five 45-minute exercise
// sessions a week" count/week, web-dev-6; "two 30-minute walks a day",
// "3 10-minute breaks an hour"), read by rate-after-noun as one of the
// noun's words.
func (p *parser) durationModifierEnd(j int) int {
	if !p.hyphenedNumberAt(j) || p.toks[j].sep || p.toks[j].dec {
		return 0
	}
	if w := p.w(j + 2); w != nil && p.toks[j+2].k == tWord && w.tunit != "" && j+3 < len(p.toks) && p.toks[j+3].k == tWord {
		return j + 3
	}
	return 0
}

// thatOfClause reports a "that" at b opening a clause after a verb of
// saying or finding (lexicon.CueVerbs), no determiner of a stock:
// "researchers concluded that three to five 45-minute exercise sessions a
// week" (web-dev-6), "officials said that 500 migrants a day cross"; "that
// 3,000 staff each year" stays a stock.
func (p *parser) thatOfClause(b int) bool {
	return strings.EqualFold(p.raw(b), "that") && b >= 1 && p.toks[b-1].k == tWord && lowerIn(lexicon.CueVerbs, p.raw(b-1)) != ""
}
