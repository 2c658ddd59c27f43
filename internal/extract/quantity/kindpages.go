package quantity

import (
	"math"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind forms of web pages' furniture found by the precision samples
// (testdata/claims/README.md, web-prec-3): each is a test read by one
// named rule of kindRules (kind.go), so `extract explain` names it.

// teaserLabels open a line that links to another post of the site, before
// a colon: "READ MORE: 23 unique and budget-friendly employee benefit
// ideas", "Also read: 3 Simple Ways To Automate Check-ins", "Read next: 7
// lessons for successful machine learning projects". A one-word label
// ("Related: 23 people were hurt") might head news and is not read.
var teaserLabels = [][2]string{
	{"read", "more"}, {"also", "read"}, {"read", "also"}, {"read", "next"}, {"see", "also"},
	{"related", "reading"}, {"related", "post"}, {"related", "article"}, {"keep", "reading"},
}

// teaserLabel reports whether the tokens before the colon at k are a
// label of teaserLabels opening the sentence.
func (p *parser) teaserLabel(k int) bool {
	for _, l := range teaserLabels {
		if strings.EqualFold(p.raw(k-1), l[1]) && strings.EqualFold(p.raw(k-2), l[0]) && p.sentenceStart(k-2) {
			return true
		}
	}
	return false
}

// readMoreTeaser reports the number opening the title of a linked post
// after a teaser label (kind rule read-more-teaser): "READ MORE: 23 unique
// and budget-friendly employee benefit ideas", "Read more: 10 Home Buying
// Hot Spots to Watch in 2026", "Also read: 3 Simple Ways To Automate
// Check-ins", "Read More: 4 REAL Fears You Might Have" (seven WCXB pages
// of seven sites; web-prec-1 and web-prec-3 judge link teasers no
// claims): the other post's list, not a figure of this one. Only a bare
// whole number right after the label is read.
func (p *parser) readMoreTeaser(c *cand) bool {
	if !c.plainDigits() || c.valEn != c.valSt+1 || c.st != c.valSt || c.yearLike || c.v < 2 || c.v > 100 {
		return false
	}
	if t := &p.toks[c.valSt]; t.dec || t.sep {
		return false
	}
	k := c.st - 1
	return p.is(k, ":") && p.teaserLabel(k)
}

// aTimeBlockers between "one" and "at a time" make the "one" a count of
// what may happen at once: "Only one person can stream at a time", "one
// user is allowed at a time".
var aTimeBlockers = lexicon.Union(lexicon.Modals, lexicon.WordSet(`is are was were be been has have had do does did allowed`))

// oneAtATime reports the "one" of "one … at a time" (kind rule
// one-at-a-time): a manner, one after the other, no count — "take it one
// step at a time", "eliminating one category of meat at a time", "focus
// on one class at a time", "renovate one room at a time" (some 20 WCXB
// pages; web-prec-3 judges it no claim; the fixed expressions read "one
// step at a time", with one or two words between). At most five words
// stand between, none a verb of the blockers; "only one", "just one" and "more
// than one" are counts ("Only one person can stream at a time").
func (p *parser) oneAtATime(c *cand) bool {
	if !c.oneWord() || c.v != 1 || !strings.EqualFold(p.raw(c.st), "one") || lowerIn(countBefore, p.raw(c.st-1)) {
		return false
	}
	for k := c.en; k <= c.en+5 && k+2 < len(p.toks); k++ {
		if strings.EqualFold(p.raw(k), "at") && strings.EqualFold(p.raw(k+1), "a") && strings.EqualFold(p.raw(k+2), "time") {
			return true
		}
		if p.toks[k].k != tWord || lowerIn(aTimeBlockers, p.raw(k)) {
			return false
		}
	}
	return false
}

// budgetWords bound the price tier of a buyer's-guide heading.
var budgetWords = lexicon.WordSet(`under below`)

// budgetTier reports the price bound of a buyer's guide heading (kind rule
// budget-tier): "The under $50 starter kit", "The under $100 upgrade"
// (a home-gym guide, web-prec-3), "Best Chromebook under $500", "Best
// Overall Under $500" (a laptop and a scooter guide) — a tier of the
// guide, no price anyone asserts. The heading is a line of at most ten
// tokens with no closing stop, opening "The" right before the bound, or
// opening "Best" and one or two words with the bound ending it; a news head keeps its figure
// ("Gas Falls Under $3", "Stocks Under $10 to Buy").
func (p *parser) budgetTier(c *cand) bool {
	if !c.currency || c.scaled || len(p.toks) > 10 {
		return false
	}
	k := c.st
	if !lowerIn(budgetWords, p.raw(k)) {
		k = c.valSt - 1
		if p.is(k, "$") {
			k--
		}
		if !lowerIn(budgetWords, p.raw(k)) {
			return false
		}
	}
	end := strings.TrimRight(p.text, " \t\r\n")
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ',', ':':
		return false
	}
	if p.is(k-1, "The") && p.sentenceStart(k-1) {
		return true
	}
	// "Best" and one or two words of what is rated: "Best Buy Shares Fall
	// Under $50" is news
	return c.en == len(p.toks) && p.is(0, "Best") && k >= 2 && k <= 3
}

// acronymCode reports whether token i is an acronym that a code number may
// follow: two to five capital letters, no function word ("THERE ARE ONLY 4
// SEATS LEFT"), no currency ("USD 500") nor other word the vocabulary
// reads.
func (p *parser) acronymCode(i int) bool {
	if i < 0 || p.toks[i].k != tWord {
		return false
	}
	r := p.raw(i)
	if len(r) < 2 || len(r) > 5 {
		return false
	}
	for k := 0; k < len(r); k++ {
		if r[k] < 'A' || r[k] > 'Z' {
			return false
		}
	}
	return p.w(i) == nil
}

// acronymNumber reports a number of three digits or more that a capitalised
// acronym names inside a line (kind rule acronym-number): a product's model,
// "ZOTAC GeForce GTX 1080 Ti Series", "GeForce GTX 1080 ArcticStorm" (a
// graphics-card page, web-prec-3); a standard, "ISO 17024 Certified"; a
// room, "SAAC 217 Carrie Menke"; a postal code after a state, "Albany, NY
// 12231." (WCXB pages of four sites) — a name or code, no count. The number
// is a bare whole number followed by a capitalised word or the sentence's
// end; the acronym does not open the sentence ("TOTAL 200 Insurers", a news
// head "NHS 5000 Nurses Hired" keep their counts), and a lower-case word
// after it makes it a count.
func (p *parser) acronymNumber(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || t.ndig < 3 || c.en != c.st+1 || c.yearLike {
		return false
	}
	if a := c.st - 1; !p.acronymCode(a) || p.sentenceStart(a) {
		return false
	}
	e := c.en
	return e >= len(p.toks) || p.is(e, ".") && e+1 == len(p.toks) || p.toks[e].k == tWord && p.capitalised(e)
}

// counterLabels may open a gallery's or a listing's counter line.
var counterLabels = lexicon.WordSet(`page slide image photo picture`)

// counterLine reports a number of a line that is only a counter (kind rule
// counter-line): "Page 1 of 8" (a security-tips page), "of 15" after a
// slide number left on the line before (a slideshow of houseplants,
// web-prec-3: fifteen "1 / of 15" lines) — where a reader is, no figure.
// The whole sentence is "[Label] N of M" (N at most M) or "of M"; or a
// labelled counter opens the sentence and a caption or a link follows it
// ("Page 2 of 7 - Continue reading below.", web-dev-8; "Slide 4 of 10: The
// mayor speaks", "Photo 3 of 12 Firefighters at the scene"): its total M,
// or "N of M" read as one, is furniture (counterHead; the labelled N is
// the label's, label-word).
func (p *parser) counterLine(c *cand) bool {
	if p.counterHead(c) {
		return true
	}
	n := len(p.toks)
	if n > 4 || n < 2 || !c.plainDigits() || c.en != c.st+1 || p.toks[c.valSt].dec || p.toks[c.valSt].sep {
		return false
	}
	if !p.isNumAt(n-1) || !strings.EqualFold(p.raw(n-2), "of") {
		return false
	}
	switch n {
	case 2: // "of 15"
		return true
	case 3: // "3 of 15"
		return p.isNumAt(0) && p.toks[0].v <= p.toks[2].v
	}
	return lowerIn(counterLabels, p.raw(0)) && p.isNumAt(1) && p.toks[1].v <= p.toks[3].v
}

// counterHead reports the total of a labelled counter that opens its
// sentence with more after it (counterLine): "Label N of M" at the
// sentence's start, N at most M, then a punctuation mark, a capitalised
// word or the end; c is M or "N of M".
func (p *parser) counterHead(c *cand) bool {
	if c.words || c.hasUnit || c.currency || c.scaled {
		return false
	}
	s := c.st - 1 // the label, c being "N of M"
	if c.en != c.st+3 {
		s = c.st - 3 // c being M
		if c.en != c.st+1 {
			return false
		}
	}
	if s < 0 || !lowerIn(counterLabels, p.raw(s)) || !p.sentenceStart(s) || !p.isNumAt(s+1) || !strings.EqualFold(p.raw(s+2), "of") || !p.isNumAt(s+3) {
		return false
	}
	a, b := &p.toks[s+1], &p.toks[s+3]
	if a.dec || b.dec || a.sep || b.sep || a.v < 1 || a.v > b.v {
		return false
	}
	e := s + 4
	return e >= len(p.toks) || p.toks[e].k == tPunct || p.toks[e].k == tWord && p.capitalised(e)
}

// footnoteGlue are the marks a footnote number is glued after: the end
// of a clause or a quotation.
var footnoteGlue = map[string]bool{"?": true, "!": true, ",": true, "”": true, "\"": true}

// gluedFootnote reports a footnote or reference mark glued to the word it
// annotates through a clause's closing mark (kind rule glued-footnote):
// "that strong loyalty to Rust?2 Based on the interviews" (web-dev-5),
// "email alerts,22 and pages" (web-dev-14), as the bracketed "security
// research,[2] music analysis,[3]" (web-dev-5, bracket-citation) — a
// whole number of at most three digits, the mark glued to a word before
// and to the number, a space or the end after it. No count is written so.
func (p *parser) gluedFootnote(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || c.en != c.st+1 || t.dec || t.sep || t.ndig > 3 || c.v < 1 {
		return false
	}
	k := c.st - 1
	if !footnoteGlue[p.raw(k)] || !p.adj(c.st) || !p.adj(k) || p.toks[k-1].k != tWord || len(p.raw(k-1)) < 2 {
		return false
	}
	return c.en >= len(p.toks) || p.toks[c.en].sp
}

// sentenceEnds close a sentence a footnote mark may follow.
var sentenceEnds = map[string]bool{".": true, "!": true, "?": true}

// citedAfter reports whether the parenthesis of numbers from token open to
// close is a citation by what stands around it (kind rule citation): after
// a lower-case word and before a punctuation mark or the end ("emotional
// eating (21)."); after a number and before the sentence's end ("by 2032
// (1)."); glued after a sentence's end and before the end or a capitalised
// word ("their free plan.(2) Picking").
func (p *parser) citedAfter(open, close int) bool {
	b, a := open-1, close+1
	end := a >= len(p.toks) || p.is(a, ".") && a == len(p.toks)-1
	switch {
	case p.toks[b].k == tWord && !p.capitalised(b):
		return a >= len(p.toks) || p.toks[a].k == tPunct
	case p.toks[b].k == tNum:
		return end
	case sentenceEnds[p.raw(b)] && p.adj(open) && b > 0 && p.toks[b-1].k == tWord && p.adj(b):
		return end || p.toks[a].k == tWord && p.capitalised(a)
	}
	return false
}

// trailingMarks close a line or a sentence before a page's or a slide's
// number.
var trailingMarks = map[string]bool{"|": true, ".": true, "?": true, "!": true, "”": true, "\"": true}

// trailingPageNumber reports a bare whole number that ends its sentence
// after a spaced closing mark (kind rule trailing-page-number): a slide's
// or a page's number left at the end of its text, "… for non-users?
// wealthfront.com | 4" (web-dev-14, five slides), or a note's mark after a
// closing quotation, "… ownership of real estate.” 2" (web-dev-6). A count
// is not written after its sentence's end.
func (p *parser) trailingPageNumber(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || c.en != c.st+1 || c.en != len(p.toks) || t.dec || t.sep || t.ndig > 3 || c.v < 1 || !t.sp {
		return false
	}
	return c.st > 1 && trailingMarks[p.raw(c.st-1)] && p.toks[c.st-2].k != tNum
}

// percentNameNouns after a percent make it the name of a kind of thing,
// no share: "the 70% rule" (web-dev-6; "the 4% rule" of retirement
// guides), "a 75% layout", "the 75% keyboard", "75% mechanical
// keyboards" (web-dev-10, a keyboard guide: 60%, 65%, 75% are sizes).
var percentNameNouns = lexicon.WordSet(`rule layout layouts keyboard keyboards`)

// percentName reports a percent naming a kind of thing (kind rule
// percent-name): an exact whole percent with a noun of percentNameNouns
// right after it or after one lower-case word ("75% mechanical
// keyboards"); "cut 75% of the rule's cost" and "a 20% rule change" (a
// change, a hyphen or a noun between) stay shares.
func (p *parser) percentName(c *cand) bool {
	if c.unit != "percent" || c.qual != "" || c.v != math.Trunc(c.v) || c.en >= len(p.toks) {
		return false
	}
	j := c.en
	if !percentNameNouns[p.lw(j)] && p.toks[j].k == tWord && !p.capitalised(j) && p.w(j) == nil {
		j++
	}
	return percentNameNouns[p.lw(j)] && p.toks[j].k == tWord && p.toks[j].sp
}
