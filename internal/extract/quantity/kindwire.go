package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind rules for claim precision on wire news (prec19, web-prec-5: 60
// DEV Reuters-21578 stories of 1987). Each form is seen in two sources or
// more (web-prec-5 and a dev gold, or our own sentences in
// kindwire_test.go).

// splitWords name a stock split near its ratio: "a three-for-two stock
// split", "split its stock two-for-one".
var splitWords = lexicon.WordSet(`split splits`)

// splitRatio reports a term of a stock split's ratio (kind rule
// split-ratio): "a three-for-two stock split" (web-prec-5 ×3, web-dev-11's
// not-claim "three-for-two"), "a May 1986 2-for-1 stock split" (both
// terms), "June, 1986 two-for-one stock split", "split its shares
// 3-for-2", and the terms of a split spelt out, "will receive one
// additional share ... for each two shares held" (web-prec-5): the ratio
// names the kind of split, as "a two-storey house" names a house (a type
// modifier), no amount. "N-for-M" with no split near it ("went 2-for-4 at
// the plate", "a two-for-one offer") and a merger's "1.5 shares for each
// share" are not read.
func (p *parser) splitRatio(c *cand) bool {
	if !c.plain() && !(c.words && c.qual == "" && !c.hasUnit && !c.currency && !c.scaled) || c.en != c.st+1 || c.v < 1 || c.v > 100 || c.v != float64(int(c.v)) {
		return false
	}
	// "N-for-M": c the first term (for at en+1) or the second (for at st-2)
	first, second := -1, -1
	if p.ratioFor(c.en) && p.isNumAt(c.en+3) || p.ratioFor(c.en) && p.w(c.en+3) != nil && p.w(c.en+3).isCard {
		first, second = c.st, c.en+3
	} else if p.ratioFor(c.st - 3) {
		first, second = c.st-4, c.st
	}
	if first >= 0 {
		for k := second + 1; k <= second+3; k++ {
			if lowerIn(splitWords, p.raw(k)) {
				return true
			}
		}
		for k := first - 1; k >= 0 && k >= first-4; k-- {
			if lowerIn(splitWords, p.raw(k)) {
				return true
			}
		}
		return false
	}
	return p.splitTerms(c)
}

// ratioFor reports "-for-" (or " for ") between two numbers at j: the
// hyphen or space at j, "for" at j+1 (a hyphen at j+2 when j is one).
func (p *parser) ratioFor(j int) bool {
	if j < 1 || p.key(j+1) != "for" {
		return false
	}
	if p.isHyphen(j) {
		return p.adj(j) && p.adj(j+1) && p.isHyphen(j+2) && p.adj(j+2) && p.adj(j+3)
	}
	return false
}

// splitTerms reports a term of a split spelt out: "one additional share
// ... for each two shares held" — the first term before "additional
// share(s)" and "for each/every" within four words after, the second
// after "for each/every" with "additional share(s)" within six words
// before.
func (p *parser) splitTerms(c *cand) bool {
	if p.lw(c.en) == "additional" && strings.HasPrefix(p.lw(c.en+1), "share") {
		for k := c.en + 2; k <= c.en+6 && k+2 < len(p.toks); k++ {
			if p.lw(k) == "for" && (p.lw(k+1) == "each" || p.lw(k+1) == "every") {
				return true
			}
		}
		return false
	}
	if p.lw(c.st-2) != "for" || p.lw(c.st-1) != "each" && p.lw(c.st-1) != "every" {
		return false
	}
	for k := c.st - 3; k >= 1 && k >= c.st-8; k-- {
		if strings.HasPrefix(p.lw(k), "share") && p.lw(k-1) == "additional" {
			return true
		}
	}
	return false
}

// wordDayFollowers end a date whose day is a word: "expire March three",
// "began on February six", "As of March six," "Record April three" and
// then a clause, "on March six the board met".
var wordDayFollowers = lexicon.WordSet(`for to and or at in on when after before the a it he she they we with by
from until through that this which but while as if`)

// wordDayDate reports the day of a date written as a number word after
// its month (kind rule word-day-date): the wire writes days one to nine so,
// "Record April three" (web-prec-5), "expire March three", "began on
// February six", "As of March six," (web-dev-11's not-claims, Reuters
// documents). The day ends its clause or a function word follows it; a
// count after a month stays a count: "In May six people were killed", "in
// March two companies merged", "In April three were hurt".
func (p *parser) wordDayDate(c *cand) bool {
	if !c.oneWord() || c.v < 1 || c.v > 31 || c.v != float64(int(c.v)) || !p.isMonth(c.st-1) || !p.capitalised(c.st-1) {
		return false
	}
	if c.en >= len(p.toks) || p.toks[c.en].k == tPunct {
		return true
	}
	return p.toks[c.en].k == tWord && !p.capitalised(c.en) && lowerIn(wordDayFollowers, p.raw(c.en))
}

// ratioOne reports the "1" that closes a ratio written with a slash after
// the word ratio (kind rule ratio-one): "the new crop soybean/corn ratio
// of 2.9/1" (web-prec-5), "a debt-to-equity ratio of 1.5/1", "a
// price/earnings ratio near 12/1" — the base of the ratio, no count; its
// first term stays a claim (ratioWords, numbers.go). A "1" after a slash with no ratio named
// ("scored 3/1 on the test") is not read.
func (p *parser) ratioOne(c *cand) bool {
	if !c.plainDigits() || c.v != 1 || c.en != c.st+1 || p.toks[c.valSt].dec || !p.is(c.st-1, "/") || !p.adj(c.st-1) || !p.adj(c.st) || !p.isNumAt(c.st-2) {
		return false
	}
	for k := c.st - 3; k >= 0 && k >= c.st-6; k-- {
		if lowerIn(ratioWords, p.raw(k)) {
			return true
		}
	}
	return false
}
