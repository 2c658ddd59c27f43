package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind rules for claim precision on news pages (prec18, web-prec-4: the
// DEV U and P pages of testdata/page-split.md). Each form is seen in two
// sources or more (web-prec-4 and a dev gold or dev quantity file; our own
// sentences in kindnews_test.go).

// streetBlock reports the hundred-block of a street that police and court
// news give for an address (kind rule street-block): "in the 400 block of
// Elm Street" (quantities web-dev-8, an identifier), "at a home in the
// 10700 block of Arno Drive" (web-prec-4), "the 1500 block of North Main"
// — an address, ANNOTATION.md's identifier. A bare whole number, a
// multiple of 100, after "the" and before "block of" and a capitalised
// word (a street's name); "a 400 block of ice", "the 400 blocks of
// stone" and "the 400 block of the city" stay counts.
func (p *parser) streetBlock(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || c.en != c.st+1 || t.dec || c.v < 100 || int64(c.v)%100 != 0 || float64(int64(c.v)) != c.v {
		return false
	}
	return p.lw(c.st-1) == "the" && p.lw(c.en) == "block" && p.lw(c.en+1) == "of" && p.capitalised(c.en+2)
}

// binaryNouns tell that a "0" and a "1" are binary digits: "bits that can
// either be 0 or 1", "qubits, which can be 0, 1, or both".
var binaryNouns = lexicon.WordSet(`bit bits qubit qubits binary`)

// binaryDigit reports the digit 0 or 1 coordinated with the other one
// ("0 or 1", "0 and 1", "0, 1, or both", "1 or 0") in a sentence that
// names bits, qubits or binary before it, within twelve words (kind rule
// binary-digit): "Unlike classical computers, which use “bits” that can
// either be 0 or 1, quantum computers rely on “qubits” that can represent
// both 0 and 1" (quantities web-dev-6: kind other), "it stores
// information as qubits, which can be 0, 1, or both at once" (web-prec-4)
// — the values a bit takes, no amount. "2 bits and 1 byte", "scored 1 and
// 0 goals" and a "0 or 1" of no bits stay claims.
func (p *parser) binaryDigit(c *cand) bool {
	if !c.plainDigits() || c.en != c.st+1 || p.toks[c.valSt].ndig != 1 || c.v != 0 && c.v != 1 {
		return false
	}
	other := "1"
	if c.v == 1 {
		other = "0"
	}
	paired := false
	for _, k := range [...]int{c.st + 2, c.st + 3, c.st - 2, c.st - 3} {
		lo, hi := min(k, c.st), max(k, c.st)
		if !p.is(k, other) || hi-lo == 3 && !p.is(lo+1, ",") {
			continue
		}
		link := p.lw(hi - 1)
		if link == "or" || link == "and" || link == "," {
			paired = true
			break
		}
	}
	if !paired {
		return false
	}
	for k := c.st - 1; k >= 0 && k >= c.st-12; k-- {
		if lowerIn(binaryNouns, p.raw(k)) {
			return true
		}
	}
	return false
}

// raceNameNouns after "NK" make it a race's name, its distance in kilometres
// (kind rule race-distance-name): "The 5K fun run starts at 9 a.m."
// (web-dev-8), "a charity 10K race", "the 5K walk".
var raceNameNouns = lexicon.WordSet(`run race races walk fun course`)

// raceDistanceName reports an "NK" of a race's distance before a word of
// raceNameNouns, after a determiner or a word of raceAdjectives: a name,
// no count of thousands (kind rule race-distance-name; "5K runners signed
// up", "Over 5K runs logged" stay counts).
func (p *parser) raceDistanceName(c *cand) bool {
	if !c.scaled || c.currency || c.qual != "" || !p.gluedK(c) || c.v < 1000 || c.v > 100000 {
		return false
	}
	if !lowerIn(raceNameNouns, p.raw(c.en)) {
		return false
	}
	return lowerIn(raceDeterminers, p.raw(c.st-1)) || lowerIn(raceAdjectives, p.raw(c.st-1))
}

// raceDeterminers and raceAdjectives may open a race's name: "the 5K",
// "a charity 10K".
var raceDeterminers = lexicon.WordSet(`the a an this our their its`)
var raceAdjectives = lexicon.WordSet(`charity virtual annual fun local`)

// markupReach bounds how far markupTag looks for a tag's brackets.
const markupReach = 300

// markupTag reports a number inside an HTML tag that a page's text kept
// (kind rule markup-tag): the attributes of an embed, `<iframe ...
// width="600" height="430" border="0">` (web-dev-15), `<img src="a.png"
// width="640">`, `<td colspan="2">` — a tag's settings, no claim: a "<"
// opening a tag name before it, with no ">" between, and a ">" after it
// before any "<". ("x < 5 and y > 3" opens no tag: a letter must follow
// the "<".)
func (p *parser) markupTag(c *cand) bool {
	s, e := p.toks[c.st].s, p.toks[c.en-1].e
	lo := max(0, s-markupReach)
	i := strings.LastIndexAny(p.text[lo:s], "<>")
	if i < 0 || p.text[lo+i] != '<' || lo+i+1 >= s || !isASCIILetter(p.text[lo+i+1]) {
		return false
	}
	j := strings.IndexAny(p.text[e:min(len(p.text), e+markupReach)], "<>")
	return j >= 0 && p.text[e+j] == '>'
}

// deviceNouns, singular, after a number name a model of the device:
// "the 16-bit 8088 chip" (the peer suites' DimensionModel), "a 6502
// processor", "the 486 CPU" (kind rule model-before-device).
var deviceNouns = lexicon.WordSet(`chip processor cpu microprocessor microcontroller chipset gpu`)

// deviceDeterminers before a model's number and a device noun: "the 8088
// chip", "a 6502 processor", "its 486 CPU" (modelBeforeDevice).
var deviceDeterminers = lexicon.WordSet(`the a an its`)

// modelBeforeDevice reports a whole number of three digits or more,
// written plain, before a singular noun of deviceNouns and after a word of
// deviceDeterminers, a possessive or a spec hyphened before it ("16-bit"): a
// model's number, no count — a count of chips takes the plural ("shipped
// 500 chips") (kind rule model-before-device).
func (p *parser) modelBeforeDevice(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || c.en != c.st+1 || t.sep || t.dec || t.ndig < 3 || c.st < 1 || !lowerIn(deviceNouns, p.raw(c.en)) {
		return false
	}
	return deviceDeterminers[p.lw(c.st-1)] || p.lw(c.st-1) == "s" && p.isApostrophe(c.st-2) || // "Intel's 486 chip"
		c.st >= 3 && p.isHyphen(c.st-2) && p.adj(c.st-2) && p.adj(c.st-1) && p.isNumAt(c.st-3) && p.toks[c.st-1].k == tWord
}

// futureTitleYear reports a year-like number far ahead, 2040 or later,
// right after a capitalised word inside the sentence, no month: a title's
// number, no year (kind rule future-title-year) — "Blade Runner 2049"
// (web-dev-16, twice), "even Cyberpunk 2077" (web-dev), "Death Race
// 2050"; a year ahead is dated by a preposition or a month ("by 2050",
// "through 2100", "in December 2049"), and an earlier one ("Office 2016",
// "NAMM 2014") is the golds' year.
func (p *parser) futureTitleYear(c *cand) bool {
	if !c.yearLike || !c.plainDigits() || c.en != c.st+1 || c.v < 2040 || c.st < 2 {
		return false
	}
	prev := c.st - 1
	if !p.capitalised(prev) || p.sentenceStart(prev) || p.isMonth(prev) {
		return false
	}
	w := p.w(prev)
	return w == nil || !w.fn
}
