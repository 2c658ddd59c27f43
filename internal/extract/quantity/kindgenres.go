package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind forms of the web genres besides hard news (issue #15, web-dev-8):
// list articles' headings and their "these N", population bounds of
// notices and health pages, clock ranges of event notices, old years after
// a verb of dating, and "one" standing for a noun after a comparative.
// Each is a test read by one rule of kindRules (kind.go).

// listHeadingMarkers mark a heading as a list article's: "The 8 Best
// Online Learning Platforms", "7 Steps To Planning", "10 Catering Trends",
// "12 Hidden Beaches … You Need to Visit". A news head names no such list
// ("300 Jobs Cut at Ford Plant", "20 Homes Destroyed in Fire" keep their
// counts), nor a product ("6 Parts Free Graphic Design Bootcamp"); "4
// Types of Catering", "15 Data Analytics Tools" (two WCXB guides,
// web-prec-2).
var listHeadingMarkers = lexicon.WordSet(`best worst most top ways things tips reasons steps questions trends
ideas mistakes signs places habits secrets facts lessons rules hacks tricks favourite favorite favourites
favorites essential essentials you your types kinds tools benefits examples key takeaways`)

// listHeading reports the number that opens a list article's heading (kind
// rule list-heading): a bare whole number, in digits or a capitalised
// number word ("Two Kinds of Vibe Coding", "Five Main Types of Wine";
// web-prec-3 and two other WCXB pages), alone or after "The"/"My"/"Our",
// at the start of a line in headline capitalisation with no closing stop,
// before a capitalised word, with a word of listHeadingMarkers and no toll
// in it — "8 Recent Photography Trends", "7 Steps To Planning & Managing
// An Event", "10 Catering Trends Currently Defining the Industry", "12
// Hidden Beaches in Portugal You Need to Visit" (some 45 WCXB guides;
// web-dev-8). The page's own
// structure, as "Here are 10 …" (list-intro) and "Top 10 …" (top-heading)
// are; "3 Killed in Highway Crash" and "2 Men Charged" keep their count.
func (p *parser) listHeading(c *cand) bool {
	if !c.loneNumber() || c.yearLike {
		return false
	}
	if t := &p.toks[c.valSt]; c.v < 2 || c.v > 100 || len(p.toks) > 18 ||
		t.k == tNum && (t.sep || t.dec) || t.k != tNum && !(c.oneWord() && p.capitalised(c.st)) {
		return false
	}
	k := c.st
	if lowerIn(listIntroDeterminers, p.raw(k-1)) && p.capitalised(k-1) {
		k--
	}
	if !p.sentenceStart(k) || !p.capitalised(c.en) || p.tollAfter(c.en) || !p.isTitle() && !p.shortTitle() {
		return false
	}
	end := strings.TrimRight(p.text, " \t\r\n")
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ',', ':':
		return false
	}
	for k := c.en; k < len(p.toks); k++ {
		if lowerIn(listHeadingMarkers, p.raw(k)) {
			return true
		}
	}
	return false
}

// shortTitle reports a heading too short for isTitle's three capitalised
// words: at most eight tokens, whose words of four letters or more (two at
// least) are all capitalised — "4 Types of Catering", "15 Data Tools".
func (p *parser) shortTitle() bool {
	if len(p.toks) > 8 {
		return false
	}
	caps := 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.k != tWord || t.e-t.s < 4 {
			continue
		}
		if !p.capitalised(i) {
			return false
		}
		caps++
	}
	return caps >= 2
}

// theseCount reports a bare count after "these" (kind rule these-count):
// the article's own items or a reference back to things already counted,
// no new figure — "Stream these 10 at home", "with these 10 helpful
// steps", "These 11 trends offer a practical roadmap", "These 5 simple
// habits can help" (WCXB guides of eight sites; web-prec-1 judges "these
// 10" and "All three substances" no claims). Years ("these 2025
// averages") and scaled amounts ("these 5.5 million households") are read
// before. A headline keeps its count: news heads name what the story
// counts ("Hinging On These 2 States", PolNeAR train).
func (p *parser) theseCount(c *cand) bool {
	if !c.loneNumber() || c.yearLike {
		return false
	}
	if p.toks[c.valSt].dec || c.v < 2 || c.v > 100 || c.v != float64(int(c.v)) {
		return false
	}
	return strings.EqualFold(p.raw(c.st-1), "these") && !p.isTitle()
}

// populationBound reports an age bound after a word for people (kind rule
// population-bound): "children 17 and under", "children 12 and older",
// "beneficiaries 18 and younger", "toddlers 2 and older", "kids 5 and up"
// (web-prec-1 judges "beneficiaries 18 and younger" no claim; WCXB health
// and travel pages; web-dev-8) — the people a rule covers, not anyone's age
// or a count. A count of people in like words ("12 children and older
// relatives") has its noun after the number.
func (p *parser) populationBound(c *cand) bool {
	if c.words || c.hasUnit || c.currency || c.scaled || c.share || c.v < 0 || c.v > 120 || c.v != float64(int(c.v)) || c.valEn != c.valSt+1 {
		return false
	}
	if p.toks[c.valSt].dec || p.toks[c.valSt].sep || c.st != c.valSt {
		return false
	}
	// the bound read into the mention ("17 and under" at most) or after it
	// ("12" then "and older"); a bound word before an article is a
	// preposition ("12 and under the age limit")
	e := c.valEn
	return p.key(e) == "and" && lowerIn(ageBounds, p.raw(e+1)) && (c.en == e || c.en == e+2) && !lowerIn(lexicon.Articles, p.raw(e+2)) &&
		(lowerIn(agePopulations, p.raw(c.st-1)) || p.populationAt(c.st-1))
}

// clockRange reports a number that opens a range of clock times (kind rule
// clock-range): the range's end carries a.m./p.m. — "from 4 to 7 p.m.",
// "Open house Sunday 1-3 PM", "runs 6–8 pm", "Happy hour runs from 2 to
// 5pm" (WCXB pages, a trafilatura page's "opening reception", web-dev-8's
// notices and obituaries). The mention takes the suffix when it ends the
// range.
func (p *parser) clockRange(c *cand) bool {
	if c.words || c.hasUnit || c.currency || c.scaled || c.share || c.v != float64(int(c.v)) || c.v < 0 || c.v > 12 {
		return false
	}
	if c.qual == claims.Range && c.hi == float64(int(c.hi)) && c.hi <= 12 {
		if e := p.clockSuffix(c.en); e > c.en {
			c.en = e
			return true
		}
		return false
	}
	if c.qual != "" || c.valEn != c.valSt+1 || c.en != c.valEn {
		return false
	}
	j := c.en
	if !clockRangeLinks[p.key(j)] && !p.isHyphen(j) {
		return false
	}
	if j+1 >= len(p.toks) {
		return false
	}
	t := &p.toks[j+1]
	return t.k == tNum && !t.dec && !t.sep && t.v <= 12 && p.clockSuffix(j+2) > j+2
}

// clockRangeLinks join the two clock times of a range besides a hyphen:
// "from 4 to 7 p.m.", "open 9 until 5pm".
var clockRangeLinks = lexicon.WordSet(`to until till`)

// datingVerbs before "to"/"from" (and "back") date a thing to a year:
// "dates back to 1928", "a pub that dates to 1720", "dating from 1450".
var datingVerbs = lexicon.WordSet(`date dates dated dating`)

// datingLinks stand between a verb of dating and the year: "dates to",
// "dating from".
var datingLinks = lexicon.WordSet(`to from`)

// datedYear reports a year before 1800 after a verb of dating (kind rule
// dated-year; later years are read as years anyway): "dates to 1720",
// "dating back to 1450", "dated from 1066" (WCXB company and history pages
// write "dates back to 1928", "dating back to 2011"; web-dev-8).
func (p *parser) datedYear(c *cand) bool {
	if !c.plainDigits() || c.valEn != c.valSt+1 || c.st != c.valSt {
		return false
	}
	t := &p.toks[c.valSt]
	if t.sep || t.dec || t.ndig < 3 || t.ndig > 4 || c.v < 100 || c.v > 2100 {
		return false
	}
	k := c.st - 1
	if !lowerIn(datingLinks, p.raw(k)) {
		return false
	}
	k--
	if strings.EqualFold(p.raw(k), "back") {
		k--
	}
	return lowerIn(datingVerbs, p.raw(k))
}

// comparativeBeforeOne are the comparatives and superlatives that make
// "the … one" stand for a noun named before: "the best one depends on",
// "only the pricier one has", "The bigger one costs more" (some 18 WCXB
// pages write "the best one"; web-prec-1's pronoun "one"). Superlatives in
// -est are read by their ending.
var comparativeBeforeOne = lexicon.WordSet(`best worst better worse bigger smaller larger cheaper pricier newer older
higher lower longer shorter faster slower heavier lighter nicer easier harder safer stronger weaker
cheapest priciest`)

// comparativeOne reports "one" after a determiner and a comparative or
// superlative (kind rule comparative-one): a noun stood for, no count.
func (p *parser) comparativeOne(c *cand) bool {
	if !p.wordOne(c) || p.isHyphen(c.en) {
		return false
	}
	a := p.raw(c.st - 1)
	if !lowerIn(comparativeBeforeOne, a) && !(strings.HasSuffix(a, "est") && len(a) > 5) {
		return false
	}
	return lowerIn(substituteDeterminers, p.raw(c.st-2))
}

// ordinalStreet reports an ordinal in digits that names a street (kind rule
// ordinal-street): before a street type or after "the corner of" — "the
// corner of 5th Avenue and 42nd Street", "near 3rd Avenue and Pine", "on
// the corner of 3rd and McKinley St." (web-dev-5 labels the street "3rd"
// an identifier; web-dev-8's notices and blotters). "the 3rd floor", "3rd
// in the race" stay ordinals. A capitalised ordinal in words names a
// street too: "old Fifth Avenue mansions" (web-dev-14), "the Fifty-fifth
// Street and Sixty-eighth Street Playhouses" (web-dev-19); "the Fifth
// Amendment", "the fifth street on the left" stay ordinals.
func (p *parser) ordinalStreet(c *cand) bool {
	if c.kind != claims.KindOrdinal {
		return false
	}
	if c.words {
		return p.capitalised(c.st) && streetTypes[p.raw(c.en)]
	}
	if c.valEn != c.valSt+1 || p.toks[c.valSt].k != tNum {
		return false
	}
	if j := c.en; streetTypes[p.raw(j)] || streetTypes[p.raw(j+2)] && p.key(j) == "and" && p.capitalised(j+1) {
		return true
	}
	return p.key(c.st-1) == "of" && p.key(c.st-2) == "corner"
}

// grammarKindRules revise a kind the number grammar gave (a date, time,
// ordinal …) that its words show to be another; tried in order, the first
// that applies decides and is named for --explain.
var grammarKindRules = []kindRule{
	// an ordinal naming a street: "5th Avenue", "the corner of 3rd and
	// McKinley St." (ordinalStreet)
	{"ordinal-street", kindIf((*parser).ordinalStreet, claims.KindIdentifier)},
}

// grammarKindRuleIDs are the rule numbers of grammarKindRules, in order.
var grammarKindRuleIDs []rule

func init() { grammarKindRuleIDs = newKindRules(grammarKindRules) }

// reviseGrammarKind applies grammarKindRules to a mention the grammar gave
// a kind.
func (p *parser) reviseGrammarKind(c *cand) {
	p.applyKindRules(grammarKindRules, grammarKindRuleIDs, c)
}

// recipeTimeWords name a recipe's or a method's times before "Time":
// "Prep Time 13 hours", "Cook time: 45 minutes", "Rising Time 10 hrs".
var recipeTimeWords = lexicon.WordSet(`prep preparation cook cooking total baking bake rest resting rising proofing chill chilling marinating active inactive`)

// labelledTime reports a duration after a recipe's time label (kind rule
// labelled-time): "Prep Time 13 hours", "Cook Time 35 minutes", "Total
// Time 13 hours 35 minutes", "Prep time: 15 minutes" (two WCXB bread
// recipes; web-dev-8) — the time the recipe takes, a measure, as
// web-prec-1 judges a recipe's amounts and times.
func (p *parser) labelledTime(c *cand) bool {
	if c.kind != claims.KindDuration || c.qual == claims.Vague {
		return false
	}
	k := c.st - 1
	if p.en(k) && p.toks[k].k == tWord && p.w(k) != nil && p.w(k).tunit != "" && p.en(k-1) && p.toks[k-1].k == tNum {
		k -= 2 // the second part of "13 hours 35 minutes"
	}
	if p.is(k, ":") {
		k--
	}
	return strings.EqualFold(p.raw(k), "time") && lowerIn(recipeTimeWords, p.raw(k-1))
}

// travelModes may stand between a travel time and "from": "5 minutes away
// from", "20 minutes' drive from", "an hour by train from".
var travelModes = lexicon.WordSet(`away drive walk ride flight train bus car by`)

// travelPlaces after "from" are places, not times: "5 minutes from
// downtown", "just minutes from campus".
var travelPlaces = lexicon.WordSet(`downtown town campus home here there`)

// timeAfterThe after "from the" make it a time reference ("two hours from
// the start of the race"), not a place.
var timeAfterThe = lexicon.WordSet(`start end beginning time date moment day release launch opening close kickoff`)

// weekdayNames are lexicon.Weekdays as a set (lowerIn reads it with no
// allocation).
var weekdayNames = map[string]bool{}

func init() {
	for d := range lexicon.Weekdays {
		weekdayNames[d] = true
	}
}

// travelTime reports a travel time to a place (kind rule travel-time): a
// time in minutes or hours, a mode of travel or "away", then "from" and a
// place — "just 5 minutes from downtown", "5 minutes away from Crescent
// Ballroom", "reached in under 3 hours from Tokyo" (two WCXB travel and
// local pages; web-dev-8's listings): a measured span, as "drove for 3
// hours" is. "Two weeks from Friday", "10 minutes from now" and "two
// hours from the start" place a time and stay durations.
func (p *parser) travelTime(c *cand) bool {
	if c.kind != claims.KindDuration || c.unit != "minute" && c.unit != "hour" {
		return false
	}
	j := c.en
	for k := 0; k < 3 && (lowerIn(travelModes, p.raw(j)) || p.isApostrophe(j)); k++ {
		j++ // "away", "' drive", "by train"
	}
	if !strings.EqualFold(p.raw(j), "from") {
		return false
	}
	j++
	if lowerIn(travelPlaces, p.raw(j)) {
		return true
	} else if strings.EqualFold(p.raw(j), "the") {
		return p.en(j+1) && p.toks[j+1].k == tWord && !lowerIn(timeAfterThe, p.raw(j+1))
	}
	if !p.capitalised(j) {
		return false
	}
	w := p.w(j)
	return !lowerIn(weekdayNames, p.raw(j)) && (w == nil || w.month == 0)
}

// readTime reports a page's reading time (kind rule read-time): minutes
// before "read" closing a byline or a line — "8 min read", "7 min read |
// Dec 30, 2013", "5 min read | 2 comments" (two WCXB blog pages of other
// sites; web-dev-8): page furniture, as "12 comments" is.
func (p *parser) readTime(c *cand) bool {
	if c.kind != claims.KindDuration || c.unit != "minute" || c.qual != "" || !strings.EqualFold(p.raw(c.en), "read") {
		return false
	}
	j := c.en + 1
	return j >= len(p.toks) || p.toks[j].k == tPunct
}

// teaserVerbs send the reader to more of the site: "Read on for 60 more
// ethical brands", "check out this post for 25 more tips".
var teaserVerbs = lexicon.WordSet(`read check see visit click browse discover explore head scroll`)

// linkTeaser reports the count of a link teaser (kind rule link-teaser):
// "for N more" after a verb sending the reader on — "Read on for 60 more
// ethical brands", "check out this post on Pixpa for 25 more tips" (two
// WCXB pages of other sites; web-prec-1 judges the second no claim). "He
// asked for 25 more troops" has no such verb and stays a claim.
func (p *parser) linkTeaser(c *cand) bool {
	if !c.loneNumber() || c.yearLike {
		return false
	}
	if !strings.EqualFold(p.raw(c.en), "more") || !strings.EqualFold(p.raw(c.st-1), "for") {
		return false
	}
	for k := c.st - 2; k >= 0 && k >= c.st-10; k-- {
		if p.toks[k].k == tPunct && !p.isApostrophe(k) {
			return false
		}
		if lowerIn(teaserVerbs, p.raw(k)) {
			return true
		}
	}
	return false
}

// nInOne reports a product type "N-in-1" read as inches (kind rule
// n-in-one): "the Instant Pot Duo 7-in-1", "the Lenovo Yoga 7i 2-in-1",
// "The 2-in-1 form factor" (three WCXB laptop and gadget pages, 16 times;
// web-dev-8's reviews). The mention takes the "-1", and no unit.
func (p *parser) nInOne(c *cand) bool {
	e := c.en
	if c.unit != "inch" || c.qual != "" || c.currency || e < 2 || e+1 >= len(p.toks) || p.raw(e-1) != "in" || !p.isHyphen(e-2) || !p.adj(e-1) || !p.adj(e-2) {
		return false
	}
	if !p.isHyphen(e) || !p.adj(e) || !p.adj(e+1) || p.toks[e+1].k != tNum || p.toks[e+1].dec {
		return false
	}
	c.en += 2
	c.unit, c.hasUnit = "", false
	return true
}

// splitRatio reports a ratio "N-for-M" written as one modifier (kind rule
// split-ratio): "approved a two-for-one stock split", "a three-for-two
// stock split" (web-dev-17, two Reuters documents; a third's headline
// "PROPOSES TWO-FOR-ONE STOCK"), "a 20-for-1 stock split", "a 1-for-10
// reverse split" (market news). It names the kind of split, as a
// "two-bedroom" home names a kind of home: no amount (testdata/claims/
// README.md "two-bedroom"); the second number goes with it. The spaced
// ratio, a bonus or rights issue and a split's terms spelt out near a
// split word are read term by term (splitRatioSpaced, kindwire.go; prec19,
// web-prec-5).
func (p *parser) splitRatio(c *cand) bool {
	e := c.en
	if c.hasUnit || c.currency || c.qual != "" || e+3 >= len(p.toks) || !p.isHyphen(e) || !p.adj(e) || !strings.EqualFold(p.raw(e+1), "for") || !p.adj(e+1) || !p.isHyphen(e+2) || !p.adj(e+2) || !p.adj(e+3) {
		return p.splitRatioSpaced(c) // spaced, a bonus or rights issue, terms spelt out (kindwire.go)
	}
	if t := &p.toks[e+3]; !(t.k == tNum && !t.dec || t.w != nil && t.w.isCard) {
		return p.splitRatioSpaced(c)
	}
	c.en = e + 4
	c.unit = ""
	return true
}

// rankVerbs before "No. N" place something in a ranking: "ranks No. 1 in
// the state", "ranked No. 2 for CPAs", "comes in at No. 4".
var rankVerbs = lexicon.WordSet(`rank ranks ranked ranking at sits sat came comes landed lands finished finishes placed`)

// rankNumber reports a rank written "No. N" (kind rule rank-number): after
// a verb of ranking or "at", or before a rank noun or "on our list" — "The
// No. 3 seed", "held the No. 3 spot", "shares the No. 1 spot", "ranked No.
// 2 for CPAs" (WCXB pages of two sites), "No. 5 on our list", "comes in at
// No. 4" (web-dev-8): an ordinal, as "#1 pick" is (hash-rank). A jersey, a
// case or an ordinance ("Wearing No. 23", "case No. 24-CR-1187") stays a
// docket number.
//
// The stop may be left out, as British copy writes it ("No 1"): the same
// places make it a rank, and so does a word of standing before it (rank
// modifiers: "a future No 1" in web-dev-13, "world No 2", "the new No. 1"
// in web13forms_test.go).
func (p *parser) rankNumber(c *cand) bool {
	if !c.plainDigits() || c.valEn != c.valSt+1 || c.st < 1 || p.toks[c.valSt].dec || p.toks[c.valSt].sep {
		return false
	}
	no := p.noMarkBefore(c.st)
	if no < 0 {
		return false
	}
	if lowerIn(rankNouns, p.raw(c.en)) || p.onTheListAt(c.en) {
		return true
	}
	return lowerIn(rankVerbs, p.raw(no-1)) || lowerIn(rankModifiers, p.raw(no-1))
}

// billPrefixes write a US bill's chamber before its number (billNumber):
// "H.R." and "HR" (whose "hr" is also an hour), resolutions. (The
// Senate's "S." is no row: an initial, "John S. 40", writes it too.)
var billPrefixes = []string{"H.R. ", "HR ", "H.J.Res. ", "S.J.Res. ", "H.Res. ", "S.Res. "}

// billNumber reports a whole number right after a prefix of
// billPrefixes, the prefix opening a word (kind rule bill-number).
func (p *parser) billNumber(c *cand) bool {
	if !c.plainDigits() || c.hasUnit || p.toks[c.valSt].sep || p.toks[c.valSt].dec || c.st != c.valSt {
		return false
	}
	s := p.toks[c.st].s
	for _, b := range billPrefixes {
		if i := s - len(b); i >= 0 && p.text[i:s] == b && (i == 0 || p.text[i-1] == ' ' || p.text[i-1] == '(' || p.text[i-1] == '"') {
			return true
		}
	}
	return false
}

// seedRank reports a number before a singular "seed" after an article
// (kind rule seed-rank): a tournament's seed is a rank, an ordinal
// (ANNOTATION.md: ordinals are no claims), as "the No. 3 seed" (web-dev-8,
// rank-number) and the suites' "the no . 2 seed": "the Kings are the 8
// seed", "as a 12 seed". A count of seeds writes the plural ("plant four
// seeds"), and "the top four seeds" is a set (top-rank).
func (p *parser) seedRank(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.v < 1 || c.v != float64(int(c.v)) || c.en >= len(p.toks) {
		return false
	}
	if !lowerIn(seedNouns, p.raw(c.en)) {
		return false
	}
	if k := c.en + 1; k < len(p.toks) && p.toks[k].k == tWord && !p.capitalised(k) {
		if w := p.w(k); w == nil || !w.fn {
			return false // a compound: "the 3 seed trays"
		}
	} else if p.isHyphen(k) && p.adj(k) {
		return false // "a 2 seed-bank"
	}
	switch p.key(c.st - 1) {
	case "a", "an", "the":
		return true
	}
	return false
}

// seedNouns name a rank in a draw (seedRank).
var seedNouns = lexicon.WordSet(`seed`)

// rankModifiers before "No N" or "No. N" give a standing in a ranking: "a
// future No 1", "world No 2", "the new No. 1" (rankNumber).
var rankModifiers = lexicon.WordSet(`future world new former current undisputed`)

// Kind forms of web-prec-2's false claims (testdata/claims/README.md), each
// seen on two sites or more of its pages or of another dev set: list marks
// that a title follows, "one" after a determiner and an adjective, release
// numbers glued into a software name, the "360" of a 360-degree view, and
// (kindforms.go's typeModifier) "a two bedroom home" written without its
// hyphen.

// titledListNumber reports a whole number opening a line of a list whose
// title follows a colon or a spaced dash (kind rule titled-list-number):
// "1: Still wines", "15 - Age of Darkness: Final Stand", "2 – The Pros"
// (a wine guide's and a games list's items), or a quoted title, "6 'To Be
// Hero X'" (an anime list) — the page's own structure.
// A score ("3 - 2"), a time ("2:30") and a sentence that goes on in lower
// case ("10: the number of …") stay.
func (p *parser) titledListNumber(c *cand) bool {
	if c.st != 0 || !c.plainDigits() || c.valEn != c.valSt+1 || c.en != c.valEn {
		return false
	}
	t := &p.toks[c.valSt]
	if t.sep || t.dec || c.v < 1 || c.v > 100 || c.en+1 >= len(p.toks) {
		return false
	}
	switch {
	case p.is(c.en, ":"):
		if !p.adj(c.en) || !p.toks[c.en+1].sp {
			return false // "2:30"
		}
	case p.isHyphen(c.en):
		if p.adj(c.en) || !p.toks[c.en+1].sp {
			return false // "3-2", "15-year"
		}
	case openingTitleQuotes[p.raw(c.en)]:
		// "6 'To Be Hero X'", "4 'Dandadan' Season 2" (an anime list,
		// web-prec-3): a quoted title heading the item, no sentence
		if p.adj(c.en) || !p.adj(c.en+1) || !p.untermLine() {
			return false
		}
		return p.capitalised(c.en + 1)
	default:
		return false
	}
	return p.capitalised(c.en + 1)
}

// openingTitleQuotes open a quoted title after a list item's number.
var openingTitleQuotes = map[string]bool{"'": true, "‘": true, "\"": true, "“": true}

// untermLine reports a sentence with no closing stop: a heading or a list
// item's line.
func (p *parser) untermLine() bool {
	end := strings.TrimRight(p.text, " \t\r\n")
	if end == "" {
		return false
	}
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ',', ':':
		return false
	}
	return true
}

// evaluativeAdjectives after "one" make it the indefinite article of a
// singled-out thing, no count: "Plant-based protein has one clear
// advantage", "caring for one particular zone in your company", "comes
// with one big question", "one important element", "ask one simple
// question" (web-prec-1 and web-prec-3 judge the first two no claims; some
// 20 WCXB guides of other sites write the form). Adjectives of size or
// kind that a count may take ("one specific platform", "one other person",
// "one main thread") are not listed.
var evaluativeAdjectives = lexicon.WordSet(`clear particular important simple major big`)

// evaluativeOne reports the word "one" before an adjective of
// evaluativeAdjectives and a word (kind rule evaluative-one); "only one
// big room", "just one simple rule", "at least one major bank" count.
func (p *parser) evaluativeOne(c *cand) bool {
	if !c.oneWord() || c.v != 1 || !strings.EqualFold(p.raw(c.st), "one") || lowerIn(countBefore, p.raw(c.st-1)) {
		return false
	}
	return lowerIn(evaluativeAdjectives, p.raw(c.en)) && c.en+1 < len(p.toks) && p.toks[c.en+1].k == tWord
}

// substituteAdjectives stand between a determiner and a "one" that stands
// for a noun named before (kind rule adjective-one): "the right one", "a
// different one works better", "a loved one", "the new one arrives", "the
// other one".
var substituteAdjectives = lexicon.WordSet(`right wrong different loved new old same other good bad real perfect ideal whole`)

// adjectiveOne reports "one" after a determiner and an adjective of
// substituteAdjectives (kind rule adjective-one): "make choosing the right
// one easier", "while a different one works better", "helping a loved one
// transition" (WCXB guides of three sites; web-prec-1's "albeit one
// camouflaged" is the like pronoun) — a noun stood for, no count. A number,
// a scale or a hyphen after it ("the same one million", "a new one-year
// deal") leaves it to the grammar.
func (p *parser) adjectiveOne(c *cand) bool {
	if !p.wordOne(c) || p.isHyphen(c.en) || p.isNumAt(c.en) {
		return false
	}
	if w := p.w(c.en); w != nil && (w.isCard || w.scale != 0) {
		return false
	}
	return lowerIn(substituteAdjectives, p.raw(c.st-1)) && lowerIn(substituteDeterminers, p.raw(c.st-2))
}

// gluedVersion reports a release number glued into the name of software
// or a protocol (kind rule glued-version): after a capitalised name and "/"
// ("HTTP/1.1", "Mozilla/5.0", "Firefox/65.0", "AppleWebKit/537.36",
// "Gecko/20100101": a request line and user agents of two programming
// pages), after a lower-case name and ":" as a decimal ("python:3.7",
// "python:3.8-slim", "rv:65.0": a Docker image tag, a user agent), or
// after "==" ("click==7.0", "pytz==2019.1": pinned requirements). Rates
// ("$5/month", "deaths/100,000"), ratios ("3:2") and times ("at 9:30")
// have no name glued before the sign.
func (p *parser) gluedVersion(c *cand) bool {
	if c.st != c.valSt || c.st == 0 || p.toks[c.st].sp || c.currency || c.scaled || c.share || c.words || c.qual != "" {
		return false
	}
	t := &p.toks[c.valSt]
	if t.sep {
		return false
	}
	before := p.text[:t.s]
	if strings.HasSuffix(before, "==") {
		before = before[:len(before)-2]
		return before != "" && isASCIILetter(before[len(before)-1])
	}
	n := c.st - 2
	if n < 0 || !p.adj(c.st-1) || p.toks[n].k != tWord {
		return false
	}
	r := p.raw(n)
	switch {
	case p.is(c.st-1, "/"):
		return p.capitalised(n) && len(r) >= 2
	case p.is(c.st-1, ":"):
		return (t.dec || t.multi) && len(r) >= 2 && strings.ToLower(r) == r
	}
	return false
}

// fullTurnHeads follow the "360" of a 360-degree view: "a 360-degree view",
// "360° & Virtual Reality (VR) Video", "VR and 360° clips", "5. 360
// Panorama".
var fullTurnHeads = lexicon.WordSet(`view views video videos panorama panoramas photo photos photography image images
camera cameras clip clips tour tours content experience experiences feedback review reviews approach vr &`)

// fullTurn reports the 360 of a 360-degree view (kind rule full-turn): 360
// (with "°", "-degree" or bare) before a head of fullTurnHeads — a kind of
// picture or view, no measure (a photography trends page and a video
// trends page). "turned 360 degrees" and "a 360-degree turn" stay
// measures.
func (p *parser) fullTurn(c *cand) bool {
	if c.v != 360 || c.qual != "" || c.currency || c.scaled || c.share || c.words || c.hasUnit && c.unit != "degree" {
		return false
	}
	e := c.en
	if !c.hasUnit && p.isHyphen(e) && p.adj(e) && p.lw(e+1) == "degree" {
		e += 2
	}
	return e < len(p.toks) && lowerIn(fullTurnHeads, p.raw(e))
}

// copulas before "one" make it the indefinite of a predicate: "pip-tools is
// one easy way", "Booking a mover is just one piece of the puzzle".
var copulas = lexicon.Union(lexicon.FiniteBe, lexicon.WordSet(`be been being becomes became remains`))

// copulaOneHedges may stand between the copula and "one": "is just one
// piece", "is but one example", "is simply one way".
var copulaOneHedges = lexicon.WordSet(`just but simply merely`)

// copulaOneExistentials before the copula make "one" a count of what
// there is: "There is one way out", "here's one option".
var copulaOneExistentials = lexicon.WordSet(`there here`)

// copulaOneNouns head the predicate of "is one …": a member of a kind,
// no count — "one easy way to do this", "just one piece of the puzzle",
// "one example of", "one factor".
var copulaOneNouns = lexicon.WordSet(`way ways piece part example option reason factor thing step aspect approach method
tool sign element ingredient component
solution answer explanation possibility`) // "That’s one solution." (web-prec-4; conv18's "That's one reason")

// copulaOne reports "one" in the predicate of a copula, before a noun of
// copulaOneNouns at most one word later (kind rule copula-one): "pip-tools
// is one easy way to do this", "Booking a moving company is just one piece
// of the puzzle" (a Python blog, a movers' guide; web-prec-1's "has one
// clear advantage" is the like indefinite) — a member of a kind, no count.
// "There is one way out" and "there's just one option" count what there
// is.
func (p *parser) copulaOne(c *cand) bool {
	if !p.wordOne(c) {
		return false
	}
	k := c.st - 1
	if lowerIn(copulaOneHedges, p.raw(k)) {
		k--
	}
	cop := p.lw(k)
	if cop == "s" && p.isApostrophe(k-1) {
		k-- // "it's one way"
	} else if !copulas[cop] {
		return false
	}
	if copulaOneExistentials[p.lw(k-1)] {
		return false
	}
	return copulaOneNouns[p.lw(c.en)] || copulaOneNouns[p.lw(c.en+1)] && p.toks[c.en].k == tWord && p.nounAfterOne(c.en)
}

// starClassHeads are the things a number of stars classes: "an epic 5-star
// hotel", "a five-star review", "a four-star general".
var starClassHeads = lexicon.WordSet(`hotel hotels resort resorts review reviews rating ratings restaurant restaurants
accommodation accommodations property properties service experience general generals admiral admirals`)

// starClass reports the number of a star class (kind rule star-class): the
// number, a hyphen, "star" and a head of starClassHeads — "booked an epic
// 5-star hotel" (web-dev-6 labels it an identifier), "add extra stars to
// get a five-star review" (a Google ratings guide, web-prec-2) — a class,
// no count. "rated 4.6 out of 5 stars" is read by the rating rules; "a
// five-star rating from 2,000 buyers" keeps the 2,000.
func (p *parser) starClass(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.v < 1 || c.v > 7 || c.v != float64(int(c.v)) {
		return false
	}
	e := c.en
	return p.isHyphen(e) && p.adj(e) && p.adj(e+1) && p.lw(e+1) == "star" && lowerIn(starClassHeads, p.raw(e+2))
}

// genericOneQuestions open a question whose subject is the pronoun "one":
// "How does one know", "What can one do", "Why would one".
var genericOneQuestions = lexicon.WordSet(`how what why where when which`)

// genericOneAux stand between the question word and "one".
var genericOneAux = lexicon.Union(lexicon.Modals, lexicon.WordSet(`does do did`))

// genericOneEnablers take "one to" and a verb: "allow one to sign", "lets
// one see", "helps one to understand".
var genericOneEnablers = lexicon.WordSet(`allow allows allowed enable enables enabled permit permits permitted help helps helped`)

// genericOneSubordinators open a clause whose subject is the pronoun
// "one": "after one watches", "if one looks", "when one considers".
var genericOneSubordinators = lexicon.WordSet(`after if when once unless until before whenever as`)

// genericOneVerbs after "one" make it the generic pronoun (genericOne;
// web-dev-14 "if one ponders the reality of it, ... one wonders why",
// "Over time one tends to grow tired", "actions one can take", "the kind
// of waste space one finds today", "one anticipates it"; web-dev-12
// leaves "as one might attempt on Twitter" unlabelled, no count): modals
// and verbs of thinking, finding and doing in the third person. The
// copulas stay out ("only one is likely to survive" counts, dev), and a
// count word before "one" keeps the count ("only one can win").
var genericOneVerbs = lexicon.Union(modalWords, lexicon.WordSet(`can't couldn't wouldn't shouldn't won't tends wonders ponders finds anticipates assumes imagines supposes expects hopes wishes
notices realizes realises learns knows sees feels thinks wants needs tries gets opts begins starts ends
reads hears comes goes does makes takes gives`))

// genericOne reports the pronoun "one", a person in general (kind rule
// generic-one): after a question word and an auxiliary ("How does one
// know when to use it", a Q&A page), after a verb of enabling before "to"
// ("can allow one to sign spurious measurements", a security blog), or as
// the subject of a verb after a subordinator ("after one watches the
// documentary", an essay; "if one was not included", a review), or
// before a modal or a verb of genericOneVerbs ("one wonders why", "actions
// one can take", "Over time one tends to") — no count. A number before it in the sentence ("Two were hurt when one
// fell") or a toll after it keeps the count.
func (p *parser) genericOne(c *cand) bool {
	if !p.wordOne(c) || c.st < 1 {
		return false
	}
	prev := p.lw(c.st - 1)
	switch {
	case genericOneAux[prev]:
		return genericOneQuestions[p.lw(c.st-2)]
	case genericOneEnablers[prev]:
		return p.lw(c.en) == "to" && c.en+1 < len(p.toks) && p.toks[c.en+1].k == tWord
	case genericOneSubordinators[prev]:
		return p.finiteVerbAt(c.en) && !p.numberBefore(c.st) && !p.tollAfter(c.en)
	}
	return genericOneVerbs[p.lw(c.en)] && !countBefore[prev] && !p.numberBefore(c.st)
}

// oldYearPreps date an event to a year before 1800: "opened in 1652",
// "until 1645", "come 1671", "Established in 1759", "In 1714, the Mayor"
// (not "by", the preposition of a change: "rose by 1200 in March").
var oldYearPreps = lexicon.WordSet(`in until till since before after circa come`)

// oldYear reports a year from 1000 to 1799 after a preposition of time
// (kind rule old-year; later years are read as years anyway): four plain
// digits, no number before the preposition ("one in 1500"), and after them
// the sentence's end, a sign or a function word, not a counted noun — "the
// original coffee house opened in 1652;", "knew nothing of it until 1645",
// "a public café in Marseilles come 1671." (a history essay), "coffee came
// to Venice in 1615, local clergy", "Established in 1759, Guinness" (coffee
// histories of four WCXB sites, a marketing guide, an art review: some 30
// such years in the pools). "in 1500 cases", "With 1500 locations" and "at
// 1200 metres" stay counts.
func (p *parser) oldYear(c *cand) bool {
	if !c.plainDigits() || c.valEn != c.valSt+1 || c.st != c.valSt || c.en != c.valEn {
		return false
	}
	t := &p.toks[c.valSt]
	if t.sep || t.dec || t.ndig != 4 || c.v < 1000 || c.v >= 1800 || !t.sp {
		return false
	}
	if !lowerIn(oldYearPreps, p.raw(c.st-1)) || c.st >= 2 && (p.isNumAt(c.st-2) || p.w(c.st-2) != nil && p.w(c.st-2).isCard) {
		return false
	}
	n := c.en
	if n >= len(p.toks) {
		return true
	}
	switch p.toks[n].k {
	case tPunct:
		return !p.is(n, "%") && !p.isHyphen(n)
	case tWord:
		w := p.w(n)
		return p.capitalised(n) || w != nil && w.fn
	}
	return false
}
