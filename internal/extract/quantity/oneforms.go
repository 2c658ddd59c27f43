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
	return p.fixedExpression(c) || p.indefiniteTimeOne(c) || p.nameEndingInNumberWord(c) || p.ellipticalCountOne(c)
}

// oneBoundBefore are the words of a bound before "one" ("at least one
// thing", "more than one day", "about one thing").
var oneBoundBefore = lexicon.WordSet(`least most than about around roughly approximately nearly almost over under`)

// indefiniteTimes are the times of day an indefinite "one" places an
// event on: "one day", "one night", "one sunny morning" (weekday names too:
// "one Monday").
var indefiniteTimes = lexicon.WordSet(`day night morning afternoon evening`)

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
