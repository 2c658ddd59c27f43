package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// A comparative right after a number ("27 percent greater", "300 times
// more potent", "2.3% lower", "$50 cheaper") states a change only when it
// compares the thing with itself at an earlier time (label conventions,
// conv18, testdata/claims/README.md; ANNOTATION.md: change is "for a
// change stated as such"). What decides is the comparison's object: the
// ordered table comparisonRules, read by comparisonChange, names the rule
// that decided (shown by explain).
//
//   - "than" + an earlier time of the same thing ("9 per cent more than a
//     year earlier", "than in 2022", "18 times higher than they were in
//     the 1960s", "14g more than its predecessor"): the direction
//     (change-than-earlier);
//   - "than" + another thing, group, place or norm ("27 percent greater
//     than those with no certification", "300 times more potent than
//     carbon dioxide", "25-50% faster than the industry average"): no
//     change (comparison-than-other);
//   - no "than" but "since"/"from" or a time after the comparative ("5%
//     higher since January", "3X fewer after the migration", "10% lower
//     this year"): the direction (comparison-since);
//   - no "than" after a verb of change or of a close ("ended 2.3% lower",
//     "closed 0.4 percent higher", "rose 5% higher"): the direction
//     (comparison-change-verb);
//   - else a bare comparison ("30% lower on mobile", "a 13% higher risk",
//     "12.7 times more difficult"): no change (comparison-bare).
var (
	ruleComparisonThanOther  = newRule("comparison-than-other")
	ruleComparisonSince      = newRule("comparison-since")
	ruleComparisonChangeVerb = newRule("comparison-change-verb")
	ruleComparisonBare       = newRule("comparison-bare")
)

// comparisonRules are tried in order on a comparative at token j after
// the mention c; the first that holds decides: keep reports whether the
// comparative's direction is kept.
var comparisonRules = []struct {
	r     rule
	keep  bool
	holds func(p *parser, c *cand, j int) bool
}{
	{ruleChangeThanEarlier, true, func(p *parser, c *cand, j int) bool {
		k := p.thanAt(j)
		return k >= 0 && p.earlierObject(k+1)
	}},
	{ruleComparisonThanOther, false, func(p *parser, c *cand, j int) bool { return p.thanAt(j) >= 0 }},
	{ruleComparisonSince, true, func(p *parser, c *cand, j int) bool { return p.timeAfterComparative(j + 1) }},
	{ruleComparisonChangeVerb, true, func(p *parser, c *cand, j int) bool { return p.changeVerbBefore(c.st) }},
	{ruleComparisonBare, false, func(p *parser, c *cand, j int) bool { return true }},
}

// comparisonChange decides the change of the mention c before the
// comparative at token j whose direction is dir; onlyEarlier limits it
// to change-than-earlier ("five more people" is an added count unless
// compared with an earlier time: "15 more cars than a year earlier"), ok
// false when that rule does not hold.
func (p *parser) comparisonChange(c *cand, j int, dir string, onlyEarlier bool) (string, rule, bool) {
	for i := range comparisonRules {
		cr := &comparisonRules[i]
		if cr.holds(p, c, j) {
			if !cr.keep {
				return "", cr.r, true
			}
			return dir, cr.r, true
		}
		if onlyEarlier {
			break
		}
	}
	return "", 0, false
}

// comparatives are the change words after a number that compare (rows
// of changeAfter and changeAfterRate, which give their direction).
var comparatives = lexicon.WordSet(`more less fewer higher lower greater faster quicker slower cheaper costlier pricier
bigger larger smaller longer shorter heavier lighter stronger weaker better worse`)

// comparisonLinks open the object of a comparison like "than": "compared
// with the national average", "versus last year".
var comparisonLinks = lexicon.WordSet(`than compared versus vs relative`)

// comparisonLinkPreps may follow a word of comparisonLinks before the
// object: "compared with", "compared to", "relative to".
var comparisonLinkPreps = lexicon.WordSet(`with to`)

// thanAt returns the token of "than" (or another comparisonLinks word)
// in the clause after the comparative at j, within ten tokens and before
// a punctuation mark or a number that is no year ("30% more likely to
// die than non-smokers"); -1 if none.
func (p *parser) thanAt(j int) int {
	for k := j + 1; k < len(p.toks) && k <= j+10; k++ {
		t := &p.toks[k]
		if t.k == tNum && !t.yearDigits() || t.k == tPunct && !p.isHyphen(k) {
			return -1
		}
		if t.k == tWord && lowerIn(comparisonLinks, p.raw(k)) {
			return k
		}
	}
	return -1
}

// pastAuxiliaries after a pronoun in a comparison's object make it the
// same thing at an earlier time: "than they were in the 1960s", "than it
// did in 2021", "than they had in their initial baseline test".
var pastAuxiliaries = lexicon.WordSet(`was were did had used`)

// objectPronouns open an object that is the compared thing itself.
var objectPronouns = lexicon.WordSet(`it they he she we i you`)

// earlierObject reports an earlier time of the same thing in the object
// that starts at token k (after "than"): a pronoun and a past auxiliary
// ("they were", "it did"), or, through words of a time phrase only
// (objectTimeWords, timeAdverbWords, timeAdverbNouns, months), a word of
// changeEarlier ("a year earlier", "last year", "its predecessor", "the
// outgoing model", "the same period last year"), a point of earlier time
// ("at the start of the year") or a year ("in 2022"). Another thing first
// ends it: "than men in 2023", "than analysts expected last week".
func (p *parser) earlierObject(k int) bool {
	if lowerIn(comparisonLinks, p.raw(k-1)) && lowerIn(comparisonLinkPreps, p.raw(k)) {
		k++ // "compared with", "relative to"
	}
	if lowerIn(objectPronouns, p.raw(k)) && lowerIn(pastAuxiliaries, p.raw(k+1)) {
		return true
	}
	for n := k; n < len(p.toks) && n < k+8; n++ {
		t := &p.toks[n]
		if t.k == tNum {
			return t.yearDigits()
		}
		if t.k != tWord {
			if p.isHyphen(n) || p.isApostrophe(n) {
				continue
			}
			return false
		}
		raw := p.raw(n)
		switch {
		case lowerIn(changeEarlier, raw) || lowerIn(earlierPoints, raw):
			return true
		case lowerIn(objectTimeWords, raw) || lowerIn(timeAdverbWords, raw) || lowerIn(timeAdverbNouns, raw) || lexicon.MonthWords[raw]:
			continue
		case n > k && p.isHyphen(n-1) && p.adj(n):
			continue // "the year-ago quarter" read on at "ago"
		}
		return false
	}
	return false
}

// earlierPoints name the start of a time the same thing is compared
// with: "than at the start of the year", "than at the beginning of 2020",
// "30% cheaper than at launch".
var earlierPoints = lexicon.WordSet(`start beginning outset launch debut`)

// objectTimeWords may stand in a comparison's object before its time:
// "than the same period last year", "than its level a year ago", "than
// at the end of 2023", "than its 2019 figure".
var objectTimeWords = lexicon.WordSet(`its their his her our at of same period time level levels figure figures end
quarter's year's month's week's`)

// sinceWords after a comparative compare with an earlier time: "5%
// higher since January", "10% lower from a year ago".
var sinceWords = lexicon.WordSet(`since from`)

// afterWords after a comparative and before a determiner place the
// comparison after an event: "3X fewer after the migration".
var afterWords = lexicon.WordSet(`after following`)

// afterDeterminers follow afterWords ("after tax" is no event).
var afterDeterminers = lexicon.WordSet(`the a an its their this that our his her`)

// timeAfterComparative reports a time the comparison is read at, within
// the three tokens from k (after the comparative and a compared noun):
// "since"/"from" ("5% higher since January"), "after" an event ("3X fewer
// after the migration"), or a time adverbial ("10% lower this year", "6%
// higher in the third quarter", "2% lower year on year").
func (p *parser) timeAfterComparative(k int) bool {
	for n := k; n < len(p.toks) && n < k+3; n++ {
		t := &p.toks[n]
		if t.k != tWord {
			return false
		}
		raw := p.raw(n)
		switch {
		case lowerIn(sinceWords, raw):
			return true
		case lowerIn(afterWords, raw):
			return lowerIn(afterDeterminers, p.raw(n+1))
		case lowerIn(changeEarlier, raw) || changePeriods[toLowerASCII(raw)]:
			return true
		case lowerIn(timeAdverbWords, raw) || lowerIn(sessionModifiers, raw):
			return p.timeAdverbialAt(n)
		}
		if w := t.w; w != nil && w.fn {
			return false // "on mobile", "when paying", "for a greener product"
		}
	}
	return false
}

// timeAdverbialAt reports a time adverbial of at most five words from
// token k: words of timeAdverbWords or sessionModifiers and one that names
// a time (a word of timeAdverbNouns or sessionTimes, a month, a weekday, a
// year): "this year", "in the third quarter", "on Friday", "in early
// trading", "at midday".
func (p *parser) timeAdverbialAt(k int) bool {
	for n := k; n < len(p.toks) && n < k+5; n++ {
		t := &p.toks[n]
		raw := p.raw(n)
		switch {
		case t.k == tNum:
			return t.yearDigits()
		case t.k != tWord:
			return false
		case lowerIn(timeAdverbNouns, raw) || lowerIn(sessionTimes, raw) || lexicon.MonthWords[raw] || lowerIn(weekdayNames, raw):
			return true
		case !lowerIn(timeAdverbWords, raw) && !lowerIn(sessionModifiers, raw):
			return false
		}
	}
	return false
}

// sessionTimes name a time of a day or a market session: "3% higher in
// early trading", "1.2% higher at midday", "2% lower in afternoon deals".
var sessionTimes = lexicon.WordSet(`trading trade session deals dealings morning afternoon midday evening close`)

// sessionModifiers may stand before them: "at midday", "in early trading",
// "in late afternoon".
var sessionModifiers = lexicon.WordSet(`at early late mid`)

// closeVerbs state where a price or a level ended a time: "shares ended
// 2.3% lower", "the index closed 0.4 percent higher", "Brent settled 87
// cents lower", "traded 1% higher"; with the verbs of change (changeBefore
// rows: "rose 5% higher") a comparative after them is a change.
var closeVerbs = lexicon.WordSet(`end ends ended ending close closes closed closing settle settles settled settling
finish finishes finished finishing trade trades traded trading open opens opened opening move moves moved moving
edge edges edged edging tick ticks ticked ticking become becomes became becoming turn turns turned turning`)

// closeVerbFillers may stand between the verb and the number: "ended the
// day 2.3% lower", "closed the session about 1% higher".
var closeVerbFillers = lexicon.WordSet(`the day session week month year trading`)

// changeVerbBefore reports a verb of change or of a close before token st,
// past pass words and closeVerbFillers (up to four tokens).
func (p *parser) changeVerbBefore(st int) bool {
	for k := st - 1; k >= 0 && k >= st-5; k-- {
		t := &p.toks[k]
		if t.k != tWord {
			return false
		}
		raw := p.raw(k)
		if lowerIn(closeVerbs, raw) {
			return true
		}
		if w := t.w; w != nil && w.chg != "" && !lowerIn(comparatives, raw) {
			return true
		}
		if !passWords[toLowerASCII(raw)] && !lowerIn(closeVerbFillers, raw) {
			return false
		}
	}
	return false
}
