package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind rules for the numbers of product names on spec-heavy web pages
// (web-dev-5): a video standard ending a product's name ("Arlo Pro 5S 2K",
// "Apple TV 4K") or before the camera it names ("a battery-powered 2K
// security camera"), and a model number after a product-line word in a
// headline-style line ("Oral-B iO Series 10 at Amazon", "Voom Sonic Pro 5
// Electronic Toothbrush").

// videoNameStandards are the video standards that end a product's name.
var videoNameStandards = map[float64]bool{2000: true, 4000: true, 8000: true}

// videoGearWords, one or two words after a video standard, make it the
// standard of the gear they name: "2K security camera", "4K PoE cameras",
// "2K telephoto lenses", "4K home security camera" (with videoNouns).
var videoGearWords = lexicon.WordSet(`security cctv poe bullet turret webcam webcams lens lenses camcorder camcorders
floodlight spotlight dashcam dashcams`)

// countNounsAfterK follow a thousands count that a name precedes: "Instagram
// 4K followers" stays a count.
var countNounsAfterK = lexicon.WordSet(`followers subscribers users views downloads likes fans members customers
people words steps signups orders visitors readers listeners`)

// videoStandardName reports a video standard written with K that ends a
// product's name or names a camera's standard (kind rule
// video-standard-name; WCXB camera, security-camera, mouse and TV pages:
// "SCI 4K Bullet Camera", "Apple TV 4K", "Lamzu Thorn 4K", "the 2K
// Active Deterrence camera"). "8K polling rate" is a measure: no video noun
// follows, no name precedes.
func (p *parser) videoStandardName(c *cand) bool {
	if !c.scaled || c.currency || c.qual != "" || !videoK(c.v) || !p.gluedK(c) {
		return false
	}
	for k := c.en; k < c.en+3 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		if l := p.lw(k); videoNouns[l] || videoGearWords[l] {
			return true
		}
	}
	if !videoNameStandards[c.v] || countNounsAfterK[p.lw(c.en)] {
		return false
	}
	prev := c.st - 1
	if !p.capitalised(prev) || p.sentenceStart(prev) {
		return false
	}
	w := p.w(prev)
	return w == nil || !w.fn && w.month == 0 && w.curr == "" && !w.isCard && w.tunit == ""
}

// modelLineWords name a product line whose model a number gives: "Series
// 10", "Pro 5", "Ultra 2" (WCXB product pages: 23 pages hold "Pro N",
// "Ultra N", "Series N", "Max N", "Flip N", "Mini N", "Gen N").
var modelLineWords = lexicon.WordSet(`series pro ultra max mini plus gen flip fold lite`)

// modelLineNumber reports a number under 100 after a capitalised
// product-line word that itself follows a name (kind rule
// model-line-number): "Oral-B iO Series 10 at Amazon", "Voom Sonic Pro 5
// Electronic Toothbrush" — in headline-style lines too, where
// name-with-number does not read names. Not after a function word: "the
// Pro 5 tips", nor a year: "World Series 2024".
func (p *parser) modelLineNumber(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.v >= 100 || c.en != c.st+1 {
		return false
	}
	line := c.st - 1
	if !p.capitalised(line) || !modelLineWords[p.lw(line)] {
		return false
	}
	name := line - 1
	if name < 0 || p.toks[name].k != tWord {
		return false
	}
	if !p.capitalised(name) && !strings.ContainsAny(p.raw(name), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || lineDeterminers[p.lw(name)] {
		return false
	}
	w := p.w(name)
	return w == nil || !w.fn && w.month == 0 && w.curr == "" && !w.isCard
}

// lineDeterminers before a product-line word make it a common word: "The
// Pro 5 Tips", "Our Top 10".
var lineDeterminers = lexicon.WordSet(`the a an this that these those our your my their his her its all`)

// releaseNouns after a bare decimal make it a version number: "our 1.0
// release" (web-dev-5, Rust blog), "its stable 1.0.0 release" (WCXB
// dev_0490), "the Mercurial 5.2 release" (trafilatura), "the 2.3 update".
// ("2.5 builds a week" counts builds: singular nouns only).
var releaseNouns = lexicon.WordSet(`release update version beta build firmware upgrade patch`)

// versionBeforeRelease reports a bare decimal with at most two decimals
// before a release noun (kind rule version-before-release): "since our 1.0
// release in 2015", "the 2.3 update fixed bugs"; "a 2.5 percent rise" has
// a unit.
func (p *parser) versionBeforeRelease(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || !t.dec || t.sep || c.valEn != c.valSt+1 || c.en >= len(p.toks) || !p.toks[c.en].sp {
		return false
	}
	if r := p.raw(c.valSt); len(r)-strings.IndexByte(r, '.')-1 > 2 {
		return false
	}
	return releaseNouns[p.lw(c.en)]
}

// headingLabel reports a small number after the capitalised noun that
// opens a line or sentence, before a colon or a dash: a heading's label
// (kind rule heading-label): "Example 1: Renting from Orlando" (web-dev-5),
// "Prediction 1: Mortgage Rates Will Dip", "Myth 1: Carbs make you gain
// weight", "Trend 1: Wearable technology", "Factor 1 – Your Target
// Audience" (WCXB guides: 15 such label nouns on as many pages). Label
// words of their own (labelWords: "Step 1", "Day 1") are read before.
func (p *parser) headingLabel(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || t.ndig > 2 || c.en != c.st+1 || c.en >= len(p.toks) {
		return false
	}
	prev := c.st - 1
	if !p.capitalised(prev) || !p.sentenceStart(prev) || !p.toks[c.st].sp {
		return false
	}
	if w := p.w(prev); w != nil && (w.fn || w.isCard || w.curr != "" || w.unit != "" || w.month != 0 || w.chg != "") {
		return false
	}
	return p.is(c.en, ":") || (p.isHyphen(c.en) || p.is(c.en, "–") || p.is(c.en, "—")) && p.toks[c.en].sp
}

// modelNameEnd reports a number ending a product's name: after two
// capitalised words (a brand and a model line), at the end of the text or
// before a bracket or a product-line word (kind rule model-name-end): "Best
// Overall GPS Running Watch: Garmin Forerunner 970", "Best Value: Under
// Armour Sonic 7 (Men's/Women's)", "HyperX Pulsefire Haste 2 Mini", "-
// Fluke 117" after "Digital Multimeter" (WCXB review pages), "Hyundai
// Ioniq 5." (web-dev-5 style listings). "Messi Scores 2 Goals" goes on
// with a noun; "Manchester United 2, Liverpool 1" is a score (a comma).
func (p *parser) modelNameEnd(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.yearLike || c.en != c.st+1 || !p.toks[c.st].sp {
		return false
	}
	a, b := c.st-2, c.st-1
	if a < 0 || !p.capitalised(a) || !p.capitalised(b) || p.sentenceStart(b) {
		return false
	}
	for _, j := range []int{a, b} {
		if w := p.w(j); w != nil && (w.fn || w.isCard || w.curr != "" || w.unit != "" || w.month != 0 || w.chg != "" || w.tunit != "") || lineDeterminers[p.lw(j)] {
			return false
		}
	}
	e := c.en
	if p.is(e, ".") && e == len(p.toks)-1 {
		e++ // "… Hyundai Ioniq 5."
	}
	return e >= len(p.toks) || p.is(e, "(") || p.toks[e].k == tWord && modelLineWords[p.lw(e)] && p.capitalised(e)
}

// parenAgeFits reports whether "Name (N)" may be an age (kind rule
// appositive-age): the bracket is spaced from a name that is no acronym,
// the number whole, and no colon follows. Web pages bracket other numbers
// after capitalised words: a score heading "Interoperability (10): How
// well", "DIY (15):" (WCXB software review), "O(1) access" (two WCXB
// programming pages), "Bluetooth (5.0)", "Sun SPARC (20)".
func (p *parser) parenAgeFits(c *cand) bool {
	open := c.st - 1
	if !p.toks[open].sp || p.toks[c.valSt].dec || isUpperWord(p.raw(open-1)) && len(p.raw(open-1)) > 1 || furnitureWords[p.lw(open-1)] {
		return false // (a page's counter: "Comments (12)", "Photos (8)": page-furniture)
	}
	return !p.is(c.en+1, ":")
}
