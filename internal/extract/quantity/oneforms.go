package quantity

import (
	"slices"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// The readings of a lone "one" that the number grammar would otherwise
// drop as no number (oneCounts: "one day", "one thing", "the one hand",
// "Air Force One."), kept as a mention whose kind rule names it: an idiom
// of fixedExpressions ("On the one hand", "For one thing", "in one way":
// fixed-expression), an indefinite time ("one day", "one night":
// indefinite-time-one) and a name ending in "One" ("Air Force One",
// "Rogue One", "All For One": name-ending-in-number-word) and a count
// whose noun the sentence gave before ("two in Bolivia and one,", "five
// tries to one.": elliptical-count-one). Quantity dev
// sets web-dev-14, -15, -16 label these other or identifier; web-dev-12
// ("Air Force One", "Season One").

// keptOneReading reports a lone "one" at c that a kind rule reads though
// oneCounts finds no count in it (parseWords keeps the mention for that
// rule to name).
func (p *parser) keptOneReading(c *cand) bool {
	if oneBoundBefore[p.lw(c.st-1)] || countBefore[p.lw(c.st-1)] {
		return false // "at least one thing", "about one thing": the grammar reads a bound on a count
	}
	return p.fixedExpression(c) || p.indefiniteTimeOne(c) || p.nameEndingInNumberWord(c) || p.ellipticalCountOne(c) || p.monthDayWordsAt(c.st, c.en)
}

// oneBoundBefore are the words of a bound before "one" ("at least one
// thing", "more than one day", "about one thing").
var oneBoundBefore = lexicon.WordSet(`least most than about around roughly approximately nearly almost over under`)

// indefiniteTimes are the times of day an indefinite "one" places an
// event on: "one day", "one night", "one sunny morning" (weekday names too:
// "one Monday"): "day" and the parts of the day (lexicon.DayParts).
var indefiniteTimes = lexicon.Union(lexicon.WordSet(`day`), lexicon.DayParts)

// measuredOneBefore before "one day" make it a measured span or a count of
// days, not an indefinite time: "for one day", "in one day", "within one
// day", "only one day", "about one day", "every one day", "the one day"; a
// determiner makes it stand for a noun ("another one Monday in Tulsa").
var measuredOneBefore = lexicon.WordSet(`for in within during about around roughly approximately nearly almost only just
than least most over under per a an every each the this that any no by of same last first single extra additional
another other`)

// measuredOneAfter after "one day" make it a span or a rate: "one day a
// week", "one day per month", "one day ago", "one day after the vote",
// "one day of rest", "one day to go", "one day and two nights".
var measuredOneAfter = lexicon.WordSet(`a an per every each ago after before later earlier of from to and or than
long old off only`)

// indefiniteTimeOne reports the "one" of an indefinite time (kind rule
// indefinite-time-one): "one" (after no word that measures: "for one
// day", "only one day") before at most one adjective and a time of day
// or a weekday, with no rate, span or reference after ("one day a week",
// "one day after", "one day of rest" stay spans) — "win the MVP one day",
// "watch a gig one day at the Groundlings", "hold it one night because",
// "wakes up one sunny morning", "one morning" (web-dev-14, -15, -16;
// articles-dev-5's not-claim "one morning").
func (p *parser) indefiniteTimeOne(c *cand) bool {
	if !c.words || c.qual != "" || c.currency || !strings.EqualFold(p.raw(c.st), "one") || measuredOneBefore[p.lw(c.st-1)] || countBefore[p.lw(c.st-1)] {
		return false
	}
	k := c.st + 1 // the grammar may have read "one day" a duration (c.en after "day")
	if !p.timeOfDayAt(k) && p.nounAfterOne(k) && p.timeOfDayAt(k+1) {
		k++ // "one sunny morning"
	}
	if !p.timeOfDayAt(k) {
		return false
	}
	k++
	if k >= len(p.toks) || p.toks[k].k == tPunct && !p.isHyphen(k) {
		return true
	}
	w := p.w(k)
	return p.toks[k].k == tWord && w != nil && w.fn && !measuredOneAfter[p.lw(k)]
}

// timeOfDayAt reports a word of indefiniteTimes or a weekday at token i,
// written as a word on its own (not "one-day").
func (p *parser) timeOfDayAt(i int) bool {
	if i >= len(p.toks) || p.toks[i].k != tWord || p.isHyphen(i-1) {
		return false
	}
	k := p.lw(i)
	return indefiniteTimes[k] || slices.Contains(lexicon.WeekdayNames, k)
}

// nameEndingInNumberWord reports a capitalised number word ending a name
// inside a sentence (kind rule name-ending-in-number-word): "on Zero
// Hedge", "at Five Guys", "the Big Ten's leading passer", "aboard Air
// Force One.", "the story idea for Rogue One,", "who is All For One?" (a
// function word in title case inside the name, after another capitalised
// word). Not a headline in capitals ("SHOOTING Three people").
func (p *parser) nameEndingInNumberWord(c *cand) bool {
	if !c.oneWord() || !p.capitalised(c.st) || !p.capitalised(c.st-1) || p.sentenceStart(c.st-1) || p.capitalised(c.en) || p.isTitle() {
		return false
	}
	prev := p.raw(c.st - 1)
	if strings.ToUpper(prev) == prev || p.lw(c.st) == "one" && p.lw(c.en) == "of" && partitiveDeterminers[p.lw(c.en+1)] {
		return false // "Understanding Virality One of the key insights": the pronoun of a partitive ("Season One of GOT", "Title Eight of the Education Law" are names)
	}
	w := p.w(c.st - 1)
	if w == nil {
		return true
	}
	if w.month != 0 {
		return false
	}
	// "All For One": a function word in title case after a capitalised word
	return !w.fn || p.capitalised(c.st-2) && !p.sentenceStart(c.st-2) && p.toks[c.st-2].k == tWord
}

// partitiveDeterminers after "One of" make it the pronoun of a partitive:
// "One of the key insights", "One of his aides".
var partitiveDeterminers = lexicon.WordSet(`the a an his her its their our my your these those`)

// coordinators join an elliptical "one" to the count before it: "two in
// Bolivia and one", "five tries to one", "three or one".
var coordinators = lexicon.WordSet(`and or to`)

// ellipticalCountOne reports a "one" whose noun a count before it gave
// (kind rule elliptical-count-one): after "and", "or", "to" with a number
// earlier in its clause, and with no noun after it — "made three stops,
// two in Bolivia and one, unannounced, in Puerto Rico" (web-dev-13),
// "scoring five tries to one." (web-dev-11), "two NASA astronauts and one
// from the European Union" (web-dev-12; claims web-dev-7 the same) — a
// count. "one of them", "one another" are no count (oneCounts).
func (p *parser) ellipticalCountOne(c *cand) bool {
	if !c.words || c.en != c.st+1 || c.qual != "" || c.hasUnit || c.currency || !strings.EqualFold(p.raw(c.st), "one") {
		return false
	}
	if p.nounAfterOne(c.en) || p.isNumAt(c.en) || p.lw(c.en) == "of" || p.lw(c.en) == "another" {
		return false
	}
	return p.coordinatedCount(c.st)
}

// coordinatedCount reports a coordinator before token st and a number in
// the twelve tokens before it, within its clause: "two … and one".
func (p *parser) coordinatedCount(st int) bool {
	if !coordinators[p.lw(st-1)] {
		return false
	}
	for k := st - 2; k >= 0 && k >= st-13; k-- {
		if p.is(k, ".") || p.is(k, ";") || p.is(k, ":") {
			return false
		}
		if p.toks[k].k == tNum || p.w(k) != nil && p.w(k).isCard {
			return true
		}
	}
	return false
}

// pronounObjectFollowers after a "one" with no noun make it a pronoun
// standing for a thing named before: "impose one on him", "long overdue
// for one on this blog", "that's probably one too", "though one soon to
// be answered", "including one in Lower Manhattan".
var pronounObjectFollowers = lexicon.WordSet(`on onto upon into at for in too soon also either else instead anyway
again back away here there now yet`)

// pronounObjectOne reports a "one" that stands for a thing named before
// (kind rule pronoun-object-one): before a word of pronounObjectFollowers
// that no number follows, with no count word before it ("only one on
// the list"), no count it is coordinated with ("two in Bolivia and one
// in Peru"), none listed after it ("one in the morning and one in the
// afternoon") and no toll after — "rather than impose one on him"
// (web-dev-16), "I'm long overdue for one on Silicon Exposed", "that's
// probably one too" (web-dev-14), "though one soon to be answered"
// (dev2), "including one in Lower Manhattan" (web-dev-12).
func (p *parser) pronounObjectOne(c *cand) bool {
	if !p.wordOne(c) || countBefore[p.lw(c.st-1)] || !pronounObjectFollowers[p.lw(c.en)] || p.coordinatedCount(c.st) || p.listedCount(c.en) || p.tollAfter(c.en) {
		return false
	}
	if p.isNumAt(c.en+1) || p.w(c.en+1) != nil && (p.w(c.en+1).isCard || p.w(c.en+1).scale != 0) {
		return false // "one in 10", "one in five"
	}
	return true
}

// A mid-sentence indefinite "one" + noun asserts no count (label
// conventions, conv18, testdata/claims/README.md; ANNOTATION.md: a claim is
// "a number that an article asserts ... and that a fact-checker could
// check"): "one study found", "one slide says", "That's one reason", "had
// one big weakness", "is one common alerting rule", "due to one man" —
// kind other (rule indefinite-one-mid), as indefinite-one reads a
// sentence-opening "One" + noun. A "one" that counts stays a count: a
// bound or a count word before it ("only one", "just one thumb", "at least
// one military airport", "exactly one", "more than one"), a determiner or
// a possessive ("their one biological child"), another number it is
// listed or contrasted with ("6 boxes plus one router", "one internal
// drive, one floppy drive and two slots", "one part vinegar to four
// parts water"), a number after it ("one 14-ounce can"), "one in six", a
// measure noun of oneCountHeads ("one standard deviation") or a distance
// ("one click away"), a toll ("killed one person", "one officer was
// wounded").

// oneCountHeads after "one" (and at most one word more) make it a measure,
// a count: "one standard deviation from the mean", "one dose of the
// vaccine", "one serving a day".
var oneCountHeads = lexicon.WordSet(`deviation deviations dose doses serving servings portion portions tablet tablets pill pills
capsule capsules click clicks tap taps`)

// oneDistanceWords after "one" and its noun measure a distance, a
// shortfall or a margin: "one quick click away", "one player short", "one
// vote shy", "with one vote to spare".
var oneDistanceWords = lexicon.WordSet(`away short shy spare`)

// oneCountAdjectives after "one" single out a count, not an example:
// "one specific platform", "one other person", "one main thread", "one
// single charge" (evaluativeAdjectives, "one big weakness", are the
// example's).
var oneCountAdjectives = lexicon.WordSet(`specific other main single additional extra sole`)

// capacityVerbs before "one" state what a thing holds: "The lift carries
// one passenger", "the dock supports one monitor", "seats one person"; and
// tallyVerbs a tally: "Mexico won one gold medal", "scored one goal",
// "captured one seat" ("pick one manufacturer" is an instruction's
// indefinite).
var (
	capacityVerbs = lexicon.WordSet(`carry carries carried carrying hold holds held holding seat seats seated fit fits
accommodate accommodates support supports supported sleep sleeps`)
	tallyVerbs = lexicon.WordSet(`win wins won winning score scores scored scoring net nets netted netting concede concedes
conceded conceding claim claims claimed claiming earn earns earned earning collect collects collected collecting
grab grabs grabbed grabbing capture captures captured capturing`)
)

// moreMarginVerbs measure a margin after "by one" beside marginVerbs
// (numbers.go): "lost by one vote", "missed by one point", "edged by one
// goal". (Not raceTime's: "The meeting led by 10:30" names no margin.)
var moreMarginVerbs = lexicon.WordSet(`beaten beating led miss misses missed missing lose loses lost losing edge edges edged`)

// marginBefore reports "by" before token st after a verb of marginVerbs,
// moreMarginVerbs or a change verb: "won by one goal", "lost by one vote",
// "trailed by one point", "cut by one seat"; "statements made by one
// executive" name an agent.
func (p *parser) marginBefore(st int) bool {
	if p.lw(st-1) != "by" {
		return false
	}
	v := st - 2
	if w := p.w(v); w != nil && w.chg != "" {
		return true
	}
	return marginVerbs[p.lw(v)] || moreMarginVerbs[p.lw(v)]
}

// oneDeterminersBefore make "one" the only one of a set: "their one
// biological child", "the one road into town", "this one error".
var oneDeterminersBefore = lexicon.WordSet(`the this that these those my your his her its our their each every any no
per whose which`)

// countJoiners join or contrast "one" and another number: "two … and one",
// "6 boxes plus one router", "one part vinegar to four parts water", "one
// win against three losses", "one engineer per 50 staff".
var countJoiners = lexicon.WordSet(`and or nor plus to versus vs against than while whereas but per`)

// indefiniteOneMid reports a mid-sentence indefinite "one" + noun (kind
// rule indefinite-one-mid; see above).
func (p *parser) indefiniteOneMid(c *cand) bool {
	if !p.wordOne(c) || p.raw(c.st) != "one" || p.sentenceStart(c.st) || p.isHyphen(c.en) || !p.nounAfterOne(c.en) && !p.namingCompoundAt(c.en) {
		return false
	}
	for k := c.st - 1; k >= 0 && k >= c.st-3; k-- {
		if lw := p.lw(k); countBefore[lw] || oneBoundBefore[lw] || tollWords[lw] || capacityVerbs[lw] || tallyVerbs[lw] {
			return false // "only one", "at least one", "more than one", "killed one person", "carries one passenger", "won one medal"
		}
	}
	prev := p.lw(c.st - 1)
	if oneDeterminersBefore[prev] || p.marginBefore(c.st) || oneCountAdjectives[p.lw(c.en)] || p.technicalNoun(c.en) {
		return false // "their one child", "won by one goal", "one specific platform", "one USB-C port"
	}
	if p.joinedNumberBefore(c.st) || p.joinedNumberAfter(c.en) || p.listedCount(c.en) || p.tollAfter(c.en) || p.rateAfterOne(c.en) || p.forEveryNear(c.st, c.en) {
		return false
	}
	for k := c.en; k < c.en+4 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		if k < c.en+2 && oneCountHeads[p.lw(k)] || oneDistanceWords[p.lw(k)] {
			return false // "one standard deviation", "one quick click away"
		}
	}
	return true
}

// technicalNoun reports a word at token i written with a digit or
// hyphened to a capital, the name of a part or a standard a spec counts:
// "one USB-C port", "one M.2 slot", "one 4K display" ("one IP address",
// an acronym alone, is the indefinite's).
func (p *parser) technicalNoun(i int) bool {
	if i >= len(p.toks) || p.toks[i].k != tWord {
		return false
	}
	r := p.raw(i)
	for k := 0; k < len(r); k++ {
		if r[k] >= '0' && r[k] <= '9' {
			return true
		}
	}
	return len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && p.isHyphen(i+1) && p.adj(i+1) && p.capitalised(i+2) && p.adj(i+2) // "USB-C"
}

// forEveryNear reports "for" and a word of eachWords ("for every", "for
// each") in the sentence around a "one" (twenty tokens before it, ten
// after): a correspondence counts —
// "For every Syrian sent back to Turkey, the EU will resettle one Syrian
// refugee" (PolNeAR train), "one tree for every ticket sold".
func (p *parser) forEveryNear(st, en int) bool {
	for k := st - 1; k > 0 && k >= st-20; k-- {
		if p.is(k, ".") || p.is(k, ";") {
			break
		}
		if eachWords[p.lw(k)] && p.lw(k-1) == "for" {
			return true
		}
	}
	for k := en; k+1 < len(p.toks) && k < en+10; k++ {
		if p.is(k, ".") || p.is(k, ";") {
			return false
		}
		if p.lw(k) == "for" && eachWords[p.lw(k+1)] {
			return true
		}
	}
	return false
}

// rateAfterOne reports a rate's period in the clause after "one" and its
// noun (within eight words), a word of rateDeterminers before a time
// unit: "How many people does one doctor see a day?", "one serving per
// week" — "one" the base of a rate, a count.
func (p *parser) rateAfterOne(en int) bool {
	for k := en; k < en+8 && k+1 < len(p.toks); k++ {
		if p.toks[k].k == tPunct && !p.isHyphen(k) {
			return false
		}
		if rateDeterminers[p.lw(k)] {
			if w := p.w(k + 1); w != nil && w.tunit != "" {
				return true
			}
		}
	}
	return false
}

// joinedNumberBefore reports a word of countJoiners before token st with a
// number in the twelve tokens before it, within its clause: "two NASA
// astronauts and one cosmonaut", "(6 boxes plus one router)".
func (p *parser) joinedNumberBefore(st int) bool {
	if !countJoiners[p.lw(st-1)] {
		return false
	}
	for k := st - 2; k >= 0 && k >= st-13; k-- {
		if p.is(k, ".") || p.is(k, ";") || p.is(k, ":") || p.is(k, ",") && p.toks[k-1].k == tWord && k+1 < st-1 && p.toks[k+1].k == tWord && !p.listBefore(k) {
			return false
		}
		if t := &p.toks[k]; t.k == tNum && !t.yearDigits() || p.w(k) != nil && p.w(k).isCard {
			return true
		}
	}
	return false
}

// listBefore reports a number right before the comma at token k, a list
// of counts: "14 Catholics, six Orthodox, four Protestants and one Greek".
func (p *parser) listBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if t := &p.toks[j]; t.k == tNum || p.w(j) != nil && p.w(j).isCard {
			return true
		}
		if p.toks[j].k != tWord {
			return false
		}
	}
	return false
}

// joinedNumberAfter reports a word of countJoiners after "one" and its
// noun (within six tokens of its clause) with a number right after it:
// "one part vinegar to four parts water", "one goal against two".
func (p *parser) joinedNumberAfter(en int) bool {
	for k := en; k < en+6 && k+1 < len(p.toks); k++ {
		if p.toks[k].k == tPunct && !p.isHyphen(k) {
			return false
		}
		if countJoiners[p.lw(k)] {
			n := k + 1
			if p.lw(n) == "another" {
				return true // "one billionaire onstage and another likely to join"
			}
			if p.lw(n) == "a" || p.lw(n) == "the" {
				n++
			}
			return p.isNumAt(n) || p.w(n) != nil && p.w(n).isCard
		}
	}
	return false
}

// spanModifierAfter reports a number hyphened to a time unit right after
// the "one" of c, with no count word before it: "one 12-year stretch", an
// indefinite span (rule contrastive-one); "one 14-ounce can" and "only
// one 10,000-word article" count.
func (p *parser) spanModifierAfter(c *cand) bool {
	n := c.en
	if !p.hyphenedNumberAt(n) {
		return false
	}
	if w := p.w(n + 2); w == nil || w.tunit == "" {
		return false
	}
	for k := c.st - 1; k >= 0 && k >= c.st-3; k-- {
		if countBefore[p.lw(k)] || oneBoundBefore[p.lw(k)] {
			return false
		}
	}
	return true
}

// namingCompoundAt reports a number hyphened to a word that is no unit at
// token n, a modifier naming a kind: "one 3-D printing company executive"
// (web-prec-1) — the indefinite's noun ("one 14-ounce can" measures).
func (p *parser) namingCompoundAt(n int) bool {
	if !p.hyphenedNumberAt(n) || n+2 >= len(p.toks) || p.toks[n+2].k != tWord {
		return false
	}
	w := p.w(n + 2)
	return w == nil || w.unit == "" && w.tunit == "" && w.scale == 0 && w.curr == "" && !w.fn
}
