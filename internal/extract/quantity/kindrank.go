package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Ranks written with a mark before the number: "#1", "No. 8", "number 3".
// hash-rank and rank-number (kindforms.go, kindgenres.go) read the ranks a
// noun or a verb of ranking places; rank-position reads the same marks
// where the sentence moves something to a rank, ranks it with a "#", or
// continues a list of ranks (ANNOTATION.md: a rank is an ordinal; a label,
// "Tip #2", "state number 43", "Suite No. 5", stays an identifier).

// rankMoveVerbs move something to a rank: "shot to No. 8", "climbed to
// #3", "fell to number 12" (rankMovedTo).
var rankMoveVerbs = lexicon.WordSet(`shot shoots climbed climbs climbing rose rises rising jumped jumps jumping
soared soars leapt leaped vaulted surged fell falls falling dropped drops dropping slipped slips slid slides
sank tumbled plunged moved moves moving rocketed catapulted returned returns debuted debuts`)

// rankCopulas after "at number N" place a thing at that rank: "At number 3
// is the Grand Canyon's South Kaibab Trail".
var rankCopulas = lexicon.WordSet(`is was are were sits sat comes came stands stood`)

// rankMovedTo reports "to" at token j after a verb of rankMoveVerbs:
// "shot to", "climbed back to", "fell all the way to" (up to two words
// between).
func (p *parser) rankMovedTo(j int) bool {
	if p.lw(j) != "to" {
		return false
	}
	for k := j - 1; k >= p.floor && k >= j-3; k-- {
		if p.toks[k].k != tWord {
			return false
		}
		if lowerIn(rankMoveVerbs, p.raw(k)) {
			return true
		}
	}
	return false
}

// rankMark returns the first token of the mark written before a plain
// whole number c ("#", "No", "No .", "number"), and the mark's kind ('#',
// 'N' for "No", 'n' for "number"), or -1.
func (p *parser) rankMark(c *cand) (int, byte) {
	if !c.plainDigits() || c.valEn != c.valSt+1 || c.st < 1 || p.toks[c.valSt].dec || p.toks[c.valSt].sep || c.v < 1 || c.v > 1000 {
		return -1, 0
	}
	switch {
	case p.is(c.st-1, "#") && p.adj(c.st):
		return c.st - 1, '#'
	case strings.EqualFold(p.raw(c.st-1), "number") && !p.adj(c.st):
		return c.st - 1, 'n'
	}
	if no := p.noMarkBefore(c.st); no >= 0 {
		return no, 'N'
	}
	return -1, 0
}

// noMarkBefore returns the token of the "No" written before the number at
// token st, "No. 8" or, as British copy writes it, "No 8" (a space after
// it), or -1 (rank-number, rank-position).
func (p *parser) noMarkBefore(st int) int {
	switch {
	case p.is(st-1, ".") && numberMarks[p.raw(st-2)]:
		return st - 2
	case numberMarks[p.raw(st-1)] && !p.adj(st):
		return st - 1
	}
	return -1
}

// numberMarks are the abbreviations of "number" written before a rank, as
// spelt (case-sensitive: "no" is a word): "No. 8", "No 8" (noMarkBefore).
var numberMarks = map[string]bool{"No": true}

// onTheListAt reports "on the list", "on our list" from token j (a word of
// rankDeterminers between): "No. 5 on our list", "Number 9 on the list"
// (rank-number, rank-position).
func (p *parser) onTheListAt(j int) bool {
	return strings.EqualFold(p.raw(j), "on") && lowerIn(rankDeterminers, p.raw(j+1)) && strings.EqualFold(p.raw(j+2), "list")
}

// rankPosition reports a rank written with a mark (kind rule
// rank-position): after a verb that moves it there ("This year she shot to
// No. 8", web-dev-15; "climbed to #3"), after a verb of ranking written
// with "#" or "number" ("ranking #1 in the TIOBE Index", web-dev-10;
// "ranked number 2"), "at number N" then a copula ("At number 3 is the
// Grand Canyon's South Kaibab Trail", web-dev-8), "number N" before "on
// the list" ("Number 9 on the list, Lake Bled", web-dev-8), and a mark
// continuing a list whose first rank was read so ("#1 in the TIOBE Index,
// #2 on both GitHub and RedMonk"). "Tip #2:", "state number 43 does
// this", "Wearing No. 23" stay labels.
func (p *parser) rankPosition(c *cand) bool {
	m, mark := p.rankMark(c)
	if m < 0 {
		return false
	}
	before := p.raw(m - 1)
	switch {
	case p.rankMovedTo(m - 1):
	case mark != 'N' && lowerIn(rankVerbs, before) && !strings.EqualFold(before, "at"):
	case mark == 'n' && strings.EqualFold(before, "at") && (lowerIn(rankCopulas, p.raw(c.en)) || p.is(c.en, ",")):
	case mark == 'n' && p.onTheListAt(c.en):
	case mark == '#' && (p.is(m-1, ",") || strings.EqualFold(before, "and")) && p.rankListBefore(m):
	default:
		return false
	}
	if mark == '#' {
		c.st = m
	}
	return true
}

// rankListBefore reports that the mention read last in the sentence is a
// rank written "#N", in the same clause as the mark at token m
// (rankPosition's lists of ranks).
func (p *parser) rankListBefore(m int) bool {
	if len(p.out) == 0 {
		return false
	}
	last := p.out[len(p.out)-1]
	if last.Kind != claims.KindOrdinal || !strings.HasPrefix(p.text[last.Start:last.End], "#") || last.End > p.toks[m].s {
		return false
	}
	between := p.text[last.End:p.toks[m].s]
	return len(between) < 80 && !strings.ContainsAny(between, ".;:!?\n")
}
