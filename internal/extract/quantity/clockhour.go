package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare hour after a preposition of time, with no a.m./p.m., is a clock
// time, no count, when the words around it say so (kind rule
// clock-hour-bare): a part of the day or a day after it ("at about 6 last
// night", "at 10 tonight", "at 9 on Monday", "at 7 in the morning"), or
// the hour ends its clause in a sentence of a schedule: a clock time
// elsewhere in it ("until well after 4 p.m., ... tried to get the program
// underway at 3": web-dev-12) or a word of a timetable before it ("If my
// first meeting is before 10, the calendar opens": web-dev-13).
// ANNOTATION.md lists dates and times as no claims. A noun after the
// number keeps the count ("before 10 judges", "at 3 locations"), as does
// a clause with no sign of time ("tied at 3,").
var clockPrepositions = lexicon.WordSet(`at before after until till`)

// dayPartWords right after the hour make it a time of day.
var dayPartWords = lexicon.WordSet(`tonight tonite today tomorrow yesterday sharp`)

// dayPartNouns after "last", "this", "that" or "in the" make the hour a
// time of day: "at 6 last night", "at 7 in the morning" (lexicon.DayParts).
var dayPartNouns = lexicon.DayParts

// dayPartOpeners stand before a dayPartNouns word: "last night".
var dayPartOpeners = lexicon.WordSet(`last this that tomorrow yesterday`)

// timetableWords before a clause-ending hour make the sentence a
// schedule. Verbs a price shares stay out: "shares closed at 9", "bids
// start at 5" are levels.
var timetableWords = lexicon.WordSet(`meeting meetings appointment appointments class classes shift shifts
alarm breakfast lunch dinner curtain kickoff underway doors wake woke bedtime`)

func (p *parser) bareClockHour(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.yearLike || c.v != float64(int(c.v)) || c.v < 1 || c.v > 12 {
		return false
	}
	if c.qual != "" && c.qual != claims.About || c.valEn != c.valSt+1 || c.en != c.valEn {
		return false
	}
	if t := &p.toks[c.valSt]; t.dec || t.sep {
		return false
	}
	if c.st < 1 || p.toks[c.st-1].k != tWord || !lowerIn(clockPrepositions, p.raw(c.st-1)) {
		return false
	}
	j := c.en
	if p.dayPartAt(j) {
		return true
	}
	if j < len(p.toks) && !(p.toks[j].k == tPunct && (p.is(j, ",") || p.is(j, ".") || p.is(j, ";"))) {
		return false // "before 10 judges", "at 3%"
	}
	for _, m := range p.out {
		if m.Kind == claims.KindTime {
			return true // "after 4 p.m., ... underway at 3"
		}
	}
	for k := c.st - 1; k >= 0 && k >= c.st-12; k-- {
		if p.toks[k].k == tWord && lowerIn(timetableWords, p.raw(k)) {
			return true
		}
	}
	return false
}

// dayPartAt reports a part of the day or a day at token j: "tonight",
// "last night", "in the morning", "on Monday", a day's name.
func (p *parser) dayPartAt(j int) bool {
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return false
	}
	raw := p.raw(j)
	switch {
	case lowerIn(dayPartWords, raw), lowerIn(weekdayNames, raw) && isUpperStart(raw):
		return true
	case lowerIn(dayPartOpeners, raw):
		return lowerIn(dayPartNouns, p.raw(j+1))
	case p.key(j) == "in" && p.key(j+1) == "the":
		return lowerIn(dayPartNouns, p.raw(j+2))
	case p.key(j) == "on":
		return lowerIn(weekdayNames, p.raw(j+1)) && isUpperStart(p.raw(j+1))
	}
	return false
}
