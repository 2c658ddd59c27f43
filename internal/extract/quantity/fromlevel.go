package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// A change stated "from" an old level "to" a new one may name what the old
// level measures, and when, between them (rule from-level-phrase): "Nonfinancial
// debt increased from 189 percent of nominal GDP at the start of the
// decade to 234 percent", "Personal savings dropped from about 10 percent
// of disposable income in 1985 to less than 2 percent" (web-dev-15), "the
// market skyrocketed from a mere $191 million in 2022 to $25.6 billion"
// (web-dev-10); the change word before "from" gives the new level its
// direction, as in "rose from 5% to 7%". A clause cut by a comma or a
// conjunction between the two is no such phrase.
var ruleFromLevelPhrase = newRule("from-level-phrase")

// fromLevelFillers may stand between "from" and the old level: "from a
// mere $191 million", "from just 12".
var fromLevelFillers = lexicon.WordSet(`a mere just only`)

// pastFromFillers returns the token before the fromLevelFillers (two at
// most) that end at token k, or k when none does: where "from" stands in
// "from a mere $191 million" (k at "mere").
func (p *parser) pastFromFillers(k int) int {
	for f := 0; f < 2 && k >= 0 && lowerIn(fromLevelFillers, p.raw(k)); f++ {
		k--
	}
	return k
}

// fromPhraseStops end the old level's phrase: a clause or a list goes on.
var fromPhraseStops = lexicon.WordSet(`and but or which that while whereas`)

// fromLevelPhrase reports, for the mention last and the "to" at token to,
// the token of "from" before last when the tokens between last and "to"
// are the old level's phrase (one to nine words, or years, no change
// word); -1 when there is none.
func (p *parser) fromLevelPhrase(last *Mention, to int) int {
	k := to - 1
	n := 0
	for ; k >= 0 && p.toks[k].s >= last.End; k-- {
		t := &p.toks[k]
		n++
		if n > 9 {
			return -1
		}
		switch {
		case t.k == tNum && t.yearDigits():
		case t.k == tWord && !lowerIn(fromPhraseStops, p.raw(k)) && (t.w == nil || t.w.chg == ""):
		default:
			return -1
		}
	}
	if n == 0 || k < 0 || p.toks[k].e != last.End {
		return -1
	}
	for k >= 0 && p.toks[k].s >= last.Start {
		k--
	}
	k = p.pastFromFillers(k)
	if k < 0 || p.key(k) != "from" { // (before the floor: the old level is behind it)
		return -1
	}
	return k
}

// changeWordAt gives the change of a change word at token i or among the
// two words before it ("increased from", "dropped sharply from"), or "".
func (p *parser) changeWordAt(i int) string {
	for k := i; k >= 0 && k >= i-2; k-- {
		t := &p.toks[k]
		if t.k != tWord {
			return ""
		}
		if t.w != nil && t.w.chg != "" {
			return t.w.chg
		}
	}
	return ""
}

// clauseChange gives the change of a change word up to ten words before
// the "from" at token i with only words between, none a verb of spanning
// nor a conjunction: "The U.S. increased its debt to the rest of the world
// dramatically from 4.87 percent to 24.32 percent" (web-dev-15) is a
// change from one level to another, not a range (rule from-level-phrase);
// "" when there is none.
func (p *parser) clauseChange(i int) string {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := &p.toks[k]
		if t.k != tWord || lowerIn(rangeVerbs, p.raw(k)) || lowerIn(fromPhraseStops, p.raw(k)) {
			return ""
		}
		if t.w != nil && t.w.chg != "" && !changeParticles[t.w.key] {
			return t.w.chg
		}
	}
	return ""
}

// fromAgeBefore reports an age read right before the "to" at token to,
// itself after "from" and an age word: "the state pension age from 62 to
// 64" (the kind rule age gives the new level the unit too).
func (p *parser) fromAgeBefore(to int) bool {
	if len(p.out) == 0 || to < 1 {
		return false
	}
	m := &p.out[len(p.out)-1]
	if m.Unit != "age" || p.toks[to-1].e != m.End {
		return false
	}
	k := to - 1
	for k >= 0 && p.toks[k].s >= m.Start {
		k--
	}
	return k >= 1 && p.key(k) == "from" && ageWords[p.key(k-1)]
}
