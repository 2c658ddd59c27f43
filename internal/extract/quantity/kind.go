package quantity

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kinds: which mentions are claims, and which are dates, years, times,
// durations, ordinals, identifiers or page furniture.

// furnitureWords label page furniture counters ("Total Views : 3", "12 comments").
var furnitureWords = map[string]bool{
	"views": true, "comments": true, "shares": true, "likes": true, "reads": true,
	"followers": true, "subscribers": true, "photos": true, "page": true, "pages": true,
}

// identifierAfterWords name things by number ("Article 5"); prisons and
// sentences are claims though ("sentenced to 10 years").
var sentenceWords = map[string]bool{
	"sentenced": true, "jailed": true, "imprisoned": true, "sentence": true, "sentences": true,
	"prison": true, "jail": true,
}

// kindRule is one named rule of classification: test reads the candidate
// in its sentence and, when the rule applies, sets its kind (and what else
// the rule decides: an age's unit, a year's bounds) and reports true.
type kindRule struct {
	name string
	test func(p *parser, c *cand) bool
}

// kindIf is the test of a rule that gives c the kind k when test holds
// (most rules of kindRules and grammarKindRules: "video-standard-name",
// "paired-one", …).
func kindIf(test func(p *parser, c *cand) bool, k claims.Kind) func(p *parser, c *cand) bool {
	return func(p *parser, c *cand) bool {
		if test(p, c) {
			c.kind = k
			return true
		}
		return false
	}
}

// kindRuleIDs are the rule numbers of kindRules, in order.
var kindRuleIDs []rule

func init() {
	kindRuleIDs = newKindRules(kindRules)
	ruleDurationList = kindRuleNamed("duration-list")
}

// newKindRules registers the names of a table of kind rules and returns
// their rule numbers, in order.
func newKindRules(rules []kindRule) []rule {
	ids := make([]rule, len(rules))
	for i, r := range rules {
		ids[i] = newRule(r.name)
	}
	return ids
}

// applyKindRules tries rules in order on c: the first that applies decides
// and is named in c.kindRule (ids are the rules' numbers).
func (p *parser) applyKindRules(rules []kindRule, ids []rule, c *cand) bool {
	for i, r := range rules {
		if r.test(p, c) {
			c.kindRule = ids[i]
			return true
		}
	}
	return false
}

// classify gives c its kind: the first rule of kindRules that applies
// decides; a mention no rule claims is a claim ("default-claim"). The rule's
// name is kept for --explain.
func (p *parser) classify(c *cand) {
	if p.applyKindRules(kindRules, kindRuleIDs, c) {
		return
	}
	c.kind = claims.KindClaim
	c.kindRule = ruleDefaultClaim
}

// plain reports a bare number: digits or words with no unit, currency,
// scale, share or qualifier.
func (c *cand) plain() bool {
	return !c.words && !c.hasUnit && !c.currency && !c.scaled && !c.share && c.qual == ""
}

// loneNumber reports a number of one token, in digits or a word, that is
// the whole mention: no unit, currency, scale, share or qualifier
// (top-heading, list-heading, these-count, link-teaser).
func (c *cand) loneNumber() bool {
	return !c.hasUnit && !c.currency && !c.scaled && !c.share && c.qual == "" && c.valEn == c.valSt+1 && c.st == c.valSt
}

// plainDigits reports a bare number written in digits.
func (c *cand) plainDigits() bool { return c.plain() && !c.words }

// oneWord reports a single number word with no qualifier, unit or currency
// ("one", "two").
func (c *cand) oneWord() bool {
	return c.words && c.en == c.st+1 && c.qual == "" && !c.hasUnit && !c.currency
}

// wordOne reports a mention that is the word "one" alone (oneWord): the
// "one" that may stand for a noun or a person (substitute-one, generic-one
// and their kin).
func (p *parser) wordOne(c *cand) bool {
	return c.oneWord() && c.v == 1 && strings.EqualFold(p.raw(c.st), "one")
}

// populationBounds bound the ages of a population: "people under 30",
// "adults over 65".
var populationBounds = lexicon.WordSet(`under over below above`)

// moreThanBounds are the populationBounds of the people above an age
// ("over-65s"); the others bound it from above ("under-18s").
var moreThanBounds = lexicon.WordSet(`over above`)

// peoplePlurals are plural people that personNouns does not spell with an
// "s" ("people aged over 65", "children under 5", "the eldest of the
// children", "the men were 20 years old").
var peoplePlurals = lexicon.WordSet(`people children kids twins men women persons folks`)

// ageCopulas state an age after a person: "my daughter is 3", "he was 65".
var ageCopulas = lexicon.WordSet(`is was`)

// ageSuperlatives head a subject that is one of a group of people: "the
// youngest of her clients was 79" (articles-dev-3).
var ageSuperlatives = lexicon.WordSet(`youngest oldest eldest`)

// ageCopulaSubject returns the token of the subject before the copula
// ending at token k (copula-age), or -1: "is", "was" ("she was 79"), the
// contracted "'s" ("She's 79.") and a modal's "be" ("She'll be 84
// before she's seen", "he will be 21 in May": articles-dev-5).
func (p *parser) ageCopulaSubject(k int) int {
	switch {
	case ageCopulas[p.key(k)]:
		return k - 1
	case strings.EqualFold(p.raw(k), "s") && p.adj(k) && isApostrophe(p.raw(k-1)) && p.adj(k-1):
		return k - 2 // "She's 79"
	case strings.EqualFold(p.raw(k), "be") && lowerIn(ageModals, p.raw(k-1)) && p.toks[k-1].k == tWord:
		if p.adj(k-1) && isApostrophe(p.raw(k-2)) {
			return k - 3 // "She'll be 84"
		}
		return k - 2 // "he will be 21"
	}
	return -1
}

// oneOfGroup reports a plural person noun at k after a superlative and
// "of": "the youngest of her clients", "the eldest of the children".
func (p *parser) oneOfGroup(k int) bool {
	s := p.raw(k)
	if !lowerIn(personNouns, strings.TrimSuffix(s, "s")) && !lowerIn(peoplePlurals, s) {
		return false
	}
	for j := k - 1; j >= k-3 && j >= 1; j-- {
		if strings.EqualFold(p.raw(j), "of") {
			return lowerIn(ageSuperlatives, p.raw(j-1))
		}
	}
	return false
}

// numberUnitName reports a number word and a unit word, both capitalised
// after a lower-case word inside a sentence that is no title (kind rule
// number-unit-name; also after a sentence's opening "The"): "Ninety Mile
// Beach", "The Three Mile Island plant" — a name;
// "Ten Miles of Road Closed" (a title) and "He ran five miles" are not.
func (p *parser) numberUnitName(c *cand) bool {
	if !c.words || !c.hasUnit || c.currency || c.qual != "" || c.st != c.valSt || c.valEn != c.valSt+1 || c.en != c.valEn+1 {
		return false
	}
	prev := c.st - 1
	if prev < 0 || p.toks[prev].k != tWord || p.capitalised(prev) && !(p.sentenceStart(prev) && p.lw(prev) == "the") || !p.capitalised(c.st) || !p.capitalised(c.en-1) || p.isTitle() {
		return false
	}
	return true
}

// ageCopulaAdverbs may stand between the copula and an age: "who was
// just 13", "she is now 84", "when I was finally fifteen" (web-dev-14),
// "he was already 40".
var ageCopulaAdverbs = lexicon.WordSet(`just only now still then finally already`)

// ageModals stand before "be" in an age to come: "she will be 84".
var ageModals = lexicon.WordSet(`will would ll`)

func isApostrophe(s string) bool { return s == "'" || s == "’" }

// clippedYear reports a bare two-digit number glued after an apostrophe
// that follows a space, the start or an opening bracket, and is not itself
// followed by a glued word or apostrophe (rule apostrophe-year): "in ’91",
// "MBA ’16,"; not a quoted "'10'", a height "5'11", a decade "'80s".
func (p *parser) clippedYear(c *cand) bool {
	if c.words || !c.loneNumber() || c.st < 1 {
		return false
	}
	t := p.toks[c.st]
	if t.ndig != 2 || t.dec || t.sep || !p.adj(c.st) || !p.isApostrophe(c.st-1) {
		return false
	}
	if a := c.st - 1; a > 0 && !p.toks[a].sp && !p.is(a-1, "(") {
		return false
	}
	return !p.adj(c.en) || p.toks[c.en].k == tPunct && !p.isApostrophe(c.en)
}

// populationAt reports a plural noun at q that names a population ("voters
// under the age of 30", "people aged over 65"): a bound of its ages, not
// anyone's age.
func (p *parser) populationAt(q int) bool {
	if q < 0 || q >= len(p.toks) || p.toks[q].k != tWord || p.capitalised(q) && !p.sentenceStart(q) {
		return false
	}
	r := strings.ToLower(p.raw(q))
	pw := p.w(q)
	return (strings.HasSuffix(r, "s") || peoplePlurals[r]) && (pw == nil || !pw.fn)
}

// personNouns before ", N," make the number an age in apposition, as a
// name does: "her son, 7, survived", "a man, 45, and a woman, 38".
var personNouns = lexicon.WordSet(`man woman boy girl child baby toddler teenager teen son daughter
wife husband mother father brother sister grandmother grandfather grandson granddaughter
nephew niece cousin uncle aunt mum mom dad widow widower partner girlfriend boyfriend
driver passenger victim suspect pensioner resident student mother-of-two father-of-two
star actor actress singer rapper musician player athlete officer soldier worker teacher nurse
doctor farmer owner founder author juvenile minor youth pedestrian motorist cyclist rider defendant
inmate prisoner gunman shooter attacker patient hiker swimmer runner veteran client`)

// appositiveAgeValue reports a whole number from 1 to 120 with nothing
// else to it (no unit, scale, qualifier, thousands separator): an age set
// in apposition ("Maduro, 61,", "both 34"; rules appositive-age and
// appositive-age-adverb).
func (p *parser) appositiveAgeValue(c *cand) bool {
	return c.plain() && !p.toks[c.valSt].sep && c.v >= 1 && c.v <= 120 && c.v == float64(int(c.v))
}

// personAt reports a name (a capitalised word) or one of personNouns at
// token i: whom an age in apposition describes ("Maduro, 61", "her widowed
// mother, 80").
func (p *parser) personAt(i int) bool {
	return p.capitalised(i) || personNouns[strings.ToLower(p.raw(i))]
}

// agePopulations before "under N" or "over N" make N their age
// (kind rule population-age): "people under 30", "adults over 65".
var agePopulations = lexicon.WordSet(`people persons voters adults children kids teens teenagers youths
youngsters men women boys girls students patients workers residents drivers americans`)

// nameSuffixes end a person's name before an appositive age: "Patrick
// Carlineo Jr., 55,", "Sammy Davis Sr., 64,".
var nameSuffixes = lexicon.WordSet(`jr sr`)

// golfClubs are the clubs named by a number ("9-iron", "3-wood").
var golfClubs = lexicon.WordSet(`iron irons wood woods`)

// lifeEventVerbs before "at N" make N an age ("died at 43", "retired at
// 65").
var lifeEventVerbs = lexicon.WordSet(`died dies retired retires married marries debuted graduated enlisted`)

// agePronouns are subjects of "is/was N" that make N an age.
var agePronouns = lexicon.WordSet(`he she who i`)

// afterCopulaAge may follow "he was 21" as an age.
var afterCopulaAge = lexicon.WordSet(`when and but at now then today while before`)

// turnVerbs before a bare number make it an age ("turns 80").
var turnVerbs = lexicon.WordSet(`turn turns turned turning`)

// afterTurnedAge are the words after "turned 50" that end the age: a time,
// a preposition or conjunction ("turned 50 in March", "turns 80 next
// week"), not a counted noun ("turned 50 votes").
var afterTurnedAge = lexicon.WordSet(`on in this next last today tomorrow yesterday at and when before after
later earlier soon during since but with while or that the
prior was is`) // "who turn 18 prior to the election" (a WCXB page), "Turning 65 was associated with" (web-dev-10)

// kindRules are tried in order; the first that applies decides.
var kindRules = []kindRule{
	// the first end of a duration modifier with a suspended hyphen: "a 1-
	// or 2-year subscription", "for 3- or 6-month commitments"
	// (suspendedDuration; "3- to 6-month" is read as one range)
	{"suspended-duration", func(p *parser, c *cand) bool {
		if u := p.suspendedDuration(c); u != "" {
			c.kind, c.unit, c.hasUnit = claims.KindDuration, u, true
			return true
		}
		return false
	}},
	// a range of years after "aged"/"ages" is an age range, no duration
	// (rule aged-range): "children aged 4 to 17 years", "adults aged 55
	// to 75 years", "children ages 1 to 3 years" ("the wine was aged 10
	// to 12 years" stays a duration; ranges in weeks or months stay
	// theirs, as "puppies ages 8 to 12 weeks" is labelled)
	{"aged-range", func(p *parser, c *cand) bool {
		if c.kind != claims.KindDuration || c.qual != claims.Range || c.unit != "year" || !ageWords[p.key(c.st-1)] || lowerIn(agedVerbBefore, p.raw(c.st-2)) {
			return false
		}
		if c.lo < 0 || c.hi > 120 {
			return false
		}
		c.kind, c.unit = claims.KindClaim, "age"
		return true
	}},
	// a recipe's time after its label: "Prep Time 13 hours", "Cook time:
	// 45 minutes" (labelledTime, kindgenres.go)
	{"labelled-time", kindIf((*parser).labelledTime, claims.KindClaim)},
	// a travel time to a place: "just 5 minutes from downtown", "5
	// minutes away from Crescent Ballroom" (travelTime)
	{"travel-time", kindIf((*parser).travelTime, claims.KindClaim)},
	// a page's reading time: "8 min read" (readTime)
	{"read-time", kindIf((*parser).readTime, claims.KindOther)},
	// a latitude or longitude: "42°S 174°E", "40.7128° N" (coordinate)
	{"coordinate", kindIf((*parser).coordinate, claims.KindIdentifier)},
	// a number inside an HTML tag a page's text kept: `<iframe
	// width="600" height="430">` (markupTag, kindnews.go)
	{"markup-tag", kindIf((*parser).markupTag, claims.KindIdentifier)},
	// "one" of an indefinite time: "win the MVP one day", "hold it one
	// night", "wakes up one sunny morning" (indefiniteTimeOne)
	{"indefinite-time-one", func(p *parser, c *cand) bool {
		if !p.indefiniteTimeOne(c) {
			return false
		}
		c.kind, c.unit, c.hasUnit = claims.KindOther, "", false
		return true
	}},
	// a vague span of time that places an event: "thousands of years ago",
	// "a few hundred years earlier" (vagueAgo)
	{"vague-ago", kindIf((*parser).vagueAgo, claims.KindDuration)},
	// durations decided by their neighbours (kindtime.go): the time frame
	// of a record, whatever bounds it, "its weakest finish in nearly two
	// years" (superlativeFrame); after "by", a margin or a change, "won by
	// 22.3 seconds after 57 laps" (durationBy); a level a change reached
	// or left, "dropped from 310 ms to 95 ms after the migration"
	// (durationChangedTo); alone in a parenthesis, "Using your smartphone
	// (6 min)" (parenthesisedDuration); ending a list, "for 45, 60, or
	// even 90 minutes", "lasted 11 hours and 42 minutes" (listDuration)
	{"superlative-frame", kindIf((*parser).superlativeFrame, claims.KindDuration)},
	{"duration-by", kindIf((*parser).durationBy, claims.KindClaim)},
	{"duration-changed-to", kindIf((*parser).durationChangedTo, claims.KindClaim)},
	{"parenthesised-duration", (*parser).parenthesisedDuration},
	{"duration-list", (*parser).listDuration},
	// an age or a difference of ages: "more than 30 years younger than
	// him", "3 years or older" (ageComparison)
	{"age-comparison", (*parser).ageComparison},
	// a copula's complement, the subject's length: "the average view
	// duration is 84 minutes", "They are 20 years behind" (copulaDuration)
	{"copula-duration", kindIf((*parser).copulaDuration, claims.KindClaim)},
	// the time lost, a measure: "we lost two hours", "did he lose 20
	// minutes?" (timeLost, timelost.go)
	{"time-lost", kindIf((*parser).timeLost, claims.KindClaim)},
	// a duration is a claim when measured or a prison term ("sentenced to
	// 10 years", "10 years in prison", "has lasted 40 years"), else it
	// stays a duration
	{"duration", func(p *parser, c *cand) bool {
		if c.kind != claims.KindDuration {
			return false
		}
		for j := c.st - 1; j >= 0 && j >= c.st-4; j-- {
			if w := p.w(j); w != nil && sentenceWords[w.key] {
				c.kind = claims.KindClaim
				return true
			}
		}
		if k := p.key(c.en); k == "in" && (p.key(c.en+1) == "prison" || p.key(c.en+1) == "jail") || k == "behind" && p.key(c.en+1) == "bars" {
			c.kind = claims.KindClaim
			return true
		}
		if p.measuredDuration(c) {
			c.kind = claims.KindClaim
		}
		return true
	}},
	// a year of an era, before the grammar's own kind (a range "600-500"
	// is read as other): "around 750 AD", "between 600-500 BCE", "around
	// 2570 BC", "as early as 3000 BCE" (eraWords)
	{"era-year", func(p *parser, c *cand) bool {
		if c.words || c.hasUnit || c.currency || c.scaled || p.toks[c.valSt].dec || !eraWords[p.raw(c.en)] || !p.toks[c.en].sp || p.en(c.en+1) && p.adj(c.en+1) && p.toks[c.en+1].k == tWord {
			return false
		}
		c.kind, c.qual = claims.KindYear, ""
		c.st = c.valSt
		c.open = 0
		c.en++
		return true
	}},
	// a year cut to two digits after an apostrophe: "ran afoul of Bush in
	// ’91" (web-dev-12), "Joan LaRovere, MBA ’16," (web-dev), "the class
	// of '98" (clippedYear)
	{"apostrophe-year", func(p *parser, c *cand) bool {
		if !p.clippedYear(c) {
			return false
		}
		c.kind, c.st = claims.KindYear, c.st-1
		return true
	}},
	// a language's version after its name, no money: "PHP 8.4" (units.go,
	// softwareCodes)
	{"software-version", func(p *parser, c *cand) bool {
		return c.unitRule == ruleSoftwareVersion
	}},
	// a form or model named by a number glued to C or F that is no
	// temperature (units.go, letterName): "13F filings", "When must 13F be
	// filed?", "a Boeing 777F"
	{"letter-name", func(p *parser, c *cand) bool {
		return c.unitRule == ruleLetterName
	}},
	// a number of business quarters, no share: "in the first two quarters",
	// "the first growth in eight quarters" (quarterSpan, kindquarters.go)
	{"quarter-span", (*parser).quarterSpan},
	// the grammar already gave a kind (time, date, ordinal, identifier ...)
	{"grammar-kind", func(p *parser, c *cand) bool {
		return c.kind != "" && c.kind != claims.KindClaim
	}},
	// a number inside a quoted title: "the film “21 Grams”", "“10 Things
	// I Hate About You”" (quotedTitle, kindprec.go; web-prec-3)
	{"quoted-title", kindIf((*parser).quotedTitle, claims.KindIdentifier)},
	// a product type "N-in-1" the grammar read as inches: "the Instant Pot
	// Duo 7-in-1", "a 2-in-1 laptop" (nInOne, kindgenres.go)
	{"n-in-one", kindIf((*parser).nInOne, claims.KindIdentifier)},
	// a stock split's ratio names the kind of split, no amount (splitRatio,
	// kindgenres.go): "a two-for-one stock split", "a 20-for-1 split"
	{"split-ratio", kindIf((*parser).splitRatio, claims.KindOther)},
	// stock index names: "S&P 500", "FTSE 100", "Russell 2000", "Stoxx 50"
	// (lexicon.StockIndexes)
	{"index-name", func(p *parser, c *cand) bool {
		if c.words || c.hasUnit || c.currency || c.qual != "" || c.st == 0 || !p.toks[c.st].sp {
			return false
		}
		e := c.st - 1
		b := e
		for b > p.floor && !p.toks[b].sp && p.toks[b-1].k != tNum {
			b--
		}
		nums, ok := lexicon.StockIndexes[p.text[p.toks[b].s:p.toks[e].e]]
		if !ok {
			return false
		}
		for _, v := range nums {
			if v == c.v {
				c.kind = claims.KindIdentifier
				return true
			}
		}
		return false
	}},
	// list and award names of the form N Under/Over N, capitalised: "a 40
	// Under 40 Award recipient", "the M&A Advisor's 40 Under 40 Award",
	// "30 Under 30" (three unrelated sites in ingest-dev and ingest-web)
	{"n-under-n-name", func(p *parser, c *cand) bool {
		// (not after a clock or a video's length: "1:52 Over 230,000 people
		// flee Idlib", a video teaser in web-dev-13)
		if !c.hasUnit && !c.currency && (p.is(c.st, "Under") || p.is(c.st, "Over")) && c.st > 0 && p.toks[c.st-1].k == tNum && !(p.is(c.st-2, ":") && p.adj(c.st-1)) ||
			c.plain() && (p.is(c.en, "Under") || p.is(c.en, "Over")) && c.en+1 < len(p.toks) && p.toks[c.en+1].k == tNum {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// table rows: "3 Kevin Harvick 5033 4 6 15 26", "Palm Bay 18 22 13 17 — 70"
	{"table-row", func(p *parser, c *cand) bool {
		if !c.words && !c.hasUnit && !c.currency && !c.share && (c.qual == "" || c.qual == claims.Range) && p.isTableRow() || !c.words && !c.currency && p.isQuoteRow() {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// the next cell of a table row flattened with no space, glued to the
	// unit of the measure before it: a nutrition label's "% daily value",
	// "Fat 198g305%", "Sodium 1738mg72%" (gluedCell)
	{"glued-cell", kindIf((*parser).gluedCell, claims.KindOther)},
	// dates: July 28, 28 July, July 28, 2024, July 2024
	{"date", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		if !c.words && !c.hasUnit && !c.currency && !c.scaled && !t.sep && !t.dec && (c.qual == "" || c.qual == claims.Range) && p.dateAround(c) {
			c.kind = claims.KindDate
			c.qual = ""
			return true
		}
		return false
	}},
	// a title's number far ahead after a capitalised word: "Blade Runner
	// 2049", "Cyberpunk 2077" (futureTitleYear, kindnews.go)
	{"future-title-year", kindIf((*parser).futureTitleYear, claims.KindIdentifier)},
	// a day written in words after its month, as the 1987 wire writes
	// dates (web-dev-17: "payable April one to holders", "redeem the
	// debentures on June eight.", "from November three, 1986, when",
	// four documents; web-prec-5 "Record April three", "began on February
	// six", prec19's word-day-date folded in): a date when punctuation, a
	// year or a link word follows; "In March two men were held" stays a count
	{"month-day-words", kindIf((*parser).monthDayWords, claims.KindDate)},
	// a year after a month and a comma, one date with it: "in August,
	// 1959," (monthCommaYear, kindpress.go; web-dev-17, -19)
	{"month-comma-year", kindIf((*parser).monthCommaYear, claims.KindDate)},
	{"year", func(p *parser, c *cand) bool {
		if c.yearLike && !c.hasUnit && !c.currency && !c.scaled && (c.qual == "" || c.qual == claims.Range) {
			c.kind = claims.KindYear
			return true
		}
		return false
	}},
	// "about 2000 people" is a count, "around 2010," a year ("below 2005
	// levels" is a year too)
	{"qualified-year", func(p *parser, c *cand) bool {
		if c.yearLike && !c.hasUnit && !c.currency && !c.scaled && c.qual != "" {
			if nw := p.w(c.en); !(p.en(c.en) && p.toks[c.en].k == tWord && !p.capitalised(c.en) && (nw == nil || !nw.fn && nw.key != "levels" && nw.key != "level")) {
				c.kind, c.qual = claims.KindYear, ""
				c.st = c.valSt
				c.open = 0
				c.lo, c.hi = c.v, c.v
				return true
			}
		}
		return false
	}},
	// the start of a range of clock times: "from 4 to 7 p.m.", "1-3 PM",
	// "from 2 to 5pm" (clockRange, kindgenres.go)
	{"clock-range", kindIf((*parser).clockRange, claims.KindTime)},
	// a bare hour after a preposition of time in a sentence that speaks of
	// the time of day: "at about 6 last night", "If my first meeting is
	// before 10," (bareClockHour, clockhour.go)
	{"clock-hour-bare", kindIf((*parser).bareClockHour, claims.KindTime)},
	// a year before 1800 after a verb of dating: "a pub that dates to
	// 1720", "dating back to 1450" (datedYear)
	{"dated-year", kindIf((*parser).datedYear, claims.KindYear)},
	// a bound after a word for people is their age: "people under 30",
	// "focusing on voters under 35", "adults over 65 are at risk"
	// (`agePopulations`; "temperatures under 30" stays a count)
	{"population-age", func(p *parser, c *cand) bool {
		if c.words || c.hasUnit || c.currency || c.scaled || c.share || c.v < 1 || c.v > 120 || c.v != float64(int(c.v)) {
			return false
		}
		if (c.qual != claims.LessThan && c.qual != claims.MoreThan) || c.valSt != c.st+1 || !agePopulations[strings.ToLower(p.raw(c.st-1))] {
			return false
		}
		if populationBounds[p.key(c.st)] {
			c.unit = "age"
			return true
		}
		return false
	}},
	// an age bound after a word for people: "children 17 and under",
	// "beneficiaries 18 and younger", "toddlers 2 and older"
	// (populationBound)
	{"population-bound", kindIf((*parser).populationBound, claims.KindOther)},
	// ages: "aged 61", "ages 3 to 17", "died at 43", "(under) the age of 30"
	{"age", func(p *parser, c *cand) bool {
		k := p.key(c.st - 1)
		if k == "from" && ageWords[p.key(c.st-2)] && c.qual == "" {
			// an age changed from one level to another (rule
			// from-level-phrase): "raise the state pension age from 62 to
			// 64" (web-dev-4's claims gold), as the range it was read as
			k = p.key(c.st - 2)
		} else if k == "to" && c.qual == "" && p.fromAgeBefore(c.st-1) {
			k = "age" // (its new level: "... from 62 to 64")
		}
		// after "aged" or "the age of" the number may be in words or
		// bounded: "at the age of eighty-five", "aged around 40"
		agedBefore := ageWords[k] || k == "of" && p.key(c.st-2) == "age"
		if !((!c.words || agedBefore) && !c.hasUnit && !c.currency && !c.scaled && !c.share && (c.qual == "" || c.qual == claims.Range || agedBefore && c.qual != claims.Vague) && c.v >= 0 && c.v <= 120) {
			return false
		}
		if ageWords[k] {
			c.unit = "age"
			if (c.qual == claims.LessThan || c.qual == claims.MoreThan || c.qual == claims.AtLeast || c.qual == claims.AtMost) && p.populationAt(c.st-2) {
				// "people aged over 65", "children aged under 5"
				c.kind = claims.KindOther
			}
			if p.key(c.en) == "and" && ageBounds[strings.ToLower(p.raw(c.en+1))] {
				// a population bound, not anyone's age: "people age 12
				// and older", "adults aged 65 and over"
				c.kind = claims.KindOther
			}
			return true
		}
		// "she turns 80 next week", "turned 50 in March", "when they turn
		// 18,": the number alone after a verb of turning, then a clause
		// end or a word that is no counted noun
		if turnVerbs[strings.ToLower(p.raw(c.st-1))] && !p.toks[c.valSt].dec && c.v >= 1 && (c.en >= len(p.toks) || p.toks[c.en].k == tPunct || afterTurnedAge[strings.ToLower(p.raw(c.en))]) {
			c.unit = "age"
			return true
		}
		// "died at 43", "passed away at 90", "retired at 65", "married at
		// 19" (lifeEventVerbs)
		if k == "at" && (lowerIn(lifeEventVerbs, p.raw(c.st-2)) ||
			strings.EqualFold(p.raw(c.st-2), "away") && strings.EqualFold(p.raw(c.st-3), "passed")) && c.v >= 1 && c.v <= 120 && c.plain() {
			c.unit = "age"
			return true
		}
		if k == "of" && p.key(c.st-2) == "age" {
			c.unit = "age"
			// "under the age of 30", "over the age of 65"
			q := c.st - 3
			if p.key(q) == "the" {
				q--
			}
			switch p.key(q) {
			case "under", "below":
				c.qual, c.hi, c.open = claims.LessThan, c.v, 'l'
			case "over", "above":
				c.qual, c.lo, c.open = claims.MoreThan, c.v, 'h'
			}
			if c.qual != "" && p.populationAt(q-1) {
				// a population bound, not anyone's age: "voters under the
				// age of 30"
				c.kind = claims.KindOther
			}
			return true
		}
		return false
	}},
	// an age as a person's complement: "my daughter is 3", "the boy, who
	// is six, was unhurt", "he was 21 when he joined" (kind rule
	// copula-age): a whole number alone after "is"/"was" whose subject is a
	// person, then a clause end or a conjunction ("he was 21st", "the score
	// was 21 when" are none)
	{"copula-age", func(p *parser, c *cand) bool {
		if !(!c.hasUnit && !c.currency && !c.scaled && !c.share && c.qual == "" && !p.toks[c.valSt].sep && !p.toks[c.valSt].dec && c.v >= 1 && c.v <= 120 && c.v == float64(int(c.v)) && c.st >= 2) {
			return false
		}
		k := c.st - 1
		if lowerIn(ageCopulaAdverbs, p.raw(k)) && p.toks[k].k == tWord {
			k-- // "another sibling, who was just 13," (web-dev-12)
		}
		subj := p.ageCopulaSubject(k)
		if subj < 0 {
			return false
		}
		if s := p.raw(subj); !lowerIn(personNouns, s) && !lowerIn(agePronouns, s) && !p.oneOfGroup(subj) {
			return false
		}
		if !(p.clauseEndAt(c.en) || p.is(c.en, ",") || lowerIn(afterCopulaAge, p.raw(c.en))) {
			return false
		}
		c.unit = "age"
		return true
	}},
	// ages in apposition: "Maduro, 61,", "Carlineo Jr., 55,", "the star, 42,",
	// "(61)"
	{"appositive-age", func(p *parser, c *cand) bool {
		if !p.appositiveAgeValue(c) {
			return false
		}
		name := c.st - 2
		if p.is(name, ".") && nameSuffixes[strings.ToLower(p.raw(name-1))] {
			name-- // "Jr., 55,"
		}
		if p.is(c.st-1, ",") && p.personAt(name) && (c.en >= len(p.toks) || p.is(c.en, ",") || p.is(c.en, ";") || p.is(c.en, ")") || p.is(c.en, "—") || p.is(c.en, "―") || p.is(c.en, "–") || p.is(c.en, ".") && c.en == len(p.toks)-1) {
			c.unit = "age"
			return true
		}
		if p.is(c.st-1, "(") && p.capitalised(c.st-2) && p.is(c.en, ")") && p.parenAgeFits(c) {
			c.unit = "age"
			return true
		}
		return false
	}},
	// an age in apposition after "both", "also", "each": "Vintila and
	// Bogdan Radu, both 34, who" (appositiveAgeAdverb, kindpress.go;
	// web-dev-16, -19)
	{"appositive-age-adverb", kindIf((*parser).appositiveAgeAdverb, claims.KindClaim)},
	// the operand of an instruction to calculate (rule arithmetic-operand):
	// "multiply the result by 100 to get the percentage" (web-dev-6's ROI
	// guide), "multiply by 1.2" (WCXB pricing guide dev_0111), "divide the
	// total by 12"; "has multiplied by 10" states a change
	{"arithmetic-operand", func(p *parser, c *cand) bool {
		if !p.arithmeticOperand(c) {
			return false
		}
		c.kind = claims.KindOther
		return true
	}},
	// "the four professional regions", "the ten franchises", "the five
	// most recent polls", "the nine companies": "the" and a number word
	// from three to ten before a noun or its modifier states how many the
	// set holds (claims golds of articles-dev-2, web-dev-1, ingest-dev,
	// PolNeAR train, WCXB dev pages: 11 such claims, none a not-claim);
	// a pair ("the two countries"), "these three men" and "the three
	// were charged", "the three of them" stay references
	// (definite-reference)
	{"definite-count", func(p *parser, c *cand) bool {
		if !c.words || c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.v < 3 || c.v > 10 || c.v != float64(int(c.v)) {
			return false
		}
		if p.key(c.st-1) != "the" || p.capitalised(c.st) || c.en >= len(p.toks) || p.toks[c.en].k != tWord || definiteRefFollowers[p.key(c.en)] {
			return false
		}
		if w := p.w(c.en); w != nil && (w.fn || w.isCard || w.scale != 0) || p.superlativeAt(c.en) {
			return false
		}
		for j := c.en + 1; j < len(p.toks) && j <= c.en+3 && p.toks[j].k == tWord; j++ {
			if definiteRelatives[p.key(j)] {
				return false // "the three packages that we need", "the five words that everybody reads"
			}
		}
		c.kind = claims.KindClaim
		return true
	}},
	// "the two countries", "these three men": a reference back to known
	// things, not a count the article asserts
	{"definite-reference", func(p *parser, c *cand) bool {
		if c.words && !c.hasUnit && !c.currency && !c.scaled && !c.share && c.qual == "" && c.v >= 2 && c.v <= 10 && !p.nameAfterArticle(c) {
			switch p.key(c.st - 1) {
			case "the", "these", "those":
				c.kind = claims.KindOther
				return true
			}
		}
		return false
	}},
	// a number word ending a name: "on Zero Hedge", "at Five Guys", "the
	// Big Ten's leading passer" (not a headline in capitals: "SHOOTING
	// Three people")
	{"name-ending-in-number-word", kindIf((*parser).nameEndingInNumberWord, claims.KindIdentifier)},
	// a number word opening a name: "Xbox One X", "the “Three Amigos”"
	{"number-word-in-name", func(p *parser, c *cand) bool {
		if c.oneWord() && p.capitalised(c.st) && p.capitalised(c.en) && !p.isTitle() {
			prev := c.st - 1
			inName := c.v == 0 || prev >= 0 && (p.toks[prev].k == tWord && (!p.capitalised(prev) || !p.sentenceStart(prev)) ||
				lexicon.IsQuoteMark(p.raw(prev)) && prev > 0)
			if w := p.w(c.en); (w == nil || !w.isCard && w.scale == 0) && inName {
				c.kind = claims.KindIdentifier
				return true
			}
		}
		return false
	}},
	// a number word and its unit word, both capitalised inside a sentence,
	// name a place: "on Ninety Mile Beach" (web-dev-12), "the Three Mile
	// Island plant", "the Seven Mile Bridge" (numberUnitName)
	{"number-unit-name", kindIf((*parser).numberUnitName, claims.KindIdentifier)},
	// a capitalised unit word and a street type after digits: "4911
	// Miles Dr.", "8 Mile Road" (streetUnitName, kindpress.go; web-dev-19,
	// as web-dev-7's "Ninety Mile beach")
	{"street-unit-name", kindIf((*parser).streetUnitName, claims.KindIdentifier)},
	// the idiom "at one point" is a moment, not a margin
	{"at-one-point", func(p *parser, c *cand) bool {
		if c.words && c.v == 1 && c.unit == "point" && c.qual == "" && p.key(c.st-1) == "at" {
			c.kind, c.unit = claims.KindOther, ""
			return true
		}
		return false
	}},
	// hyperbole: "a million times" of what one has said or done ("we've
	// done this a million times", "talked about it a million times", "I
	// told him a hundred times") or before a comparative ("a thousand
	// times better") counts nothing (fresh-14 US local TV and sport), nor
	// with "about" ("I've done this about a million times now", web-dev-15);
	// "viewed a million times" counts views
	{"hyperbole-times", func(p *parser, c *cand) bool {
		if !(c.words || c.scaled) || c.unit != "times" || c.qual != "" && c.qual != claims.About || c.currency || p.key(c.valSt) != "a" || !hyperboleValues[c.v] {
			return false
		}
		if !hyperboleComparatives[strings.ToLower(p.raw(c.en))] && !p.hyperboleVerbBefore(c.st) {
			return false
		}
		c.kind, c.unit = claims.KindOther, ""
		return true
	}},
	// an emphatic negation: "Not one rupee has been held back", "not one
	// woman appeared" say "no rupee", "no woman": no number (fresh-14
	// Pakistan; PolNeAR train)
	{"not-one", func(p *parser, c *cand) bool {
		if !c.words || c.v != 1 || c.qual != "" || p.key(c.valSt) != "one" || c.valSt != c.st || strings.ToLower(p.raw(c.st-1)) != "not" {
			return false
		}
		c.kind, c.unit = claims.KindOther, ""
		return true
	}},
	// an acceleration benchmark: "0-60 mph", "from zero to 60 mph (97
	// kph)" name the test; the time it takes is the claim
	{"speed-benchmark", func(p *parser, c *cand) bool {
		if c.qual == claims.Range && c.lo == 0 && speedUnits[c.unit] {
			c.kind = claims.KindOther
			return true
		}
		if c.qual == claims.Range && c.lo == 0 && (c.unit == "" || c.unit == "count") && lowerIn(benchmarkNouns, p.raw(c.en)) && p.toks[c.en].k == tWord {
			c.kind = claims.KindOther // "its 0-60 time is 3.5s", "a 0-100 sprint"
			return true
		}
		if speedUnits[c.unit] && c.qual == "" && p.is(c.st-1, "(") && len(p.out) > 0 && p.out[len(p.out)-1].Kind == claims.KindOther && speedUnits[p.out[len(p.out)-1].Unit] {
			c.kind = claims.KindOther // the benchmark converted
			return true
		}
		return false
	}},
	// fixed expressions that hold a number word but count nothing: "the
	// two-state solution", "one country, two systems", "zero tolerance"
	{"fixed-expression", func(p *parser, c *cand) bool {
		if c.oneWord() && p.fixedExpression(c) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// the values of a bit: "bits that can either be 0 or 1", "qubits,
	// which can be 0, 1, or both" (binaryDigit, kindnews.go; quantities
	// web-dev-6, web-prec-4)
	{"binary-digit", kindIf((*parser).binaryDigit, claims.KindOther)},
	// the emergency number: "called 911", "a 911 dispatcher"
	{"emergency-number", func(p *parser, c *cand) bool {
		if c.plain() && c.v == 911 && !p.toks[c.valSt].sep && (callVerbs[strings.ToLower(p.raw(c.st-1))] || emergencyNouns[strings.ToLower(p.raw(c.en))]) {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// a phone number spelled with letters, "call 855-JWU-1881"; a text
	// message's short code, "by SMS to 20076" (vanityPhone, textShortCode,
	// kindprec.go; web-prec-2, articles-dev-1)
	{"vanity-phone", kindIf((*parser).vanityPhone, claims.KindIdentifier)},
	{"sms-shortcode", kindIf((*parser).textShortCode, claims.KindIdentifier)},
	// a video standard: "4K streaming", "in 8K", a camera's "6.2K video",
	// "2.5K video" (videoK)
	{"video-standard", func(p *parser, c *cand) bool {
		if c.scaled && !c.currency && videoK(c.v) && p.gluedK(c) &&
			(videoNouns[strings.ToLower(p.raw(c.en))] || p.key(c.st-1) == "in" && (c.en >= len(p.toks) || p.toks[c.en].k == tPunct || p.w(c.en) != nil && p.w(c.en).fn) ||
				p.is(c.en, "/") && p.adj(c.en) && p.isNumAt(c.en+1) || // "4K/30p", "4K/60"
				p.isNumAt(c.en) && p.raw(c.en+1) == "p" && p.adj(c.en+1) || // "8K 60p"
				p.isNumAt(c.en) && p.adj(c.en) && p.adj(c.en+1) && lowerIn(frameRateUnits, p.raw(c.en+1)) || // "4K120Hz", "4K60fps" glued
				p.videoFrameRateAfter(c.en) || p.videoVerbBefore(c.st)) { // "4K at 120 fps", "renders at up to 8K"
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// a race named by its distance: "The 5K fun run starts at 9 a.m."
	// (raceDistanceName, kindnews.go)
	{"race-distance-name", kindIf((*parser).raceDistanceName, claims.KindIdentifier)},
	// a video standard ending a product's name or naming a camera's:
	// "Arlo Pro 5S 2K", "Apple TV 4K", "a battery-powered 2K security
	// camera" (videoStandardName; web-dev-5, WCXB camera pages)
	{"video-standard-name", kindIf((*parser).videoStandardName, claims.KindIdentifier)},
	// a model number after a product-line word, in headline-style lines
	// too: "Oral-B iO Series 10 at Amazon", "Voom Sonic Pro 5"
	// (modelLineNumber; web-dev-5, WCXB product pages)
	{"model-line-number", kindIf((*parser).modelLineNumber, claims.KindIdentifier)},
	// a number ending a product's name: "Garmin Forerunner 970", "Under
	// Armour Sonic 7 (Men's)", "Pulsefire Haste 2 Mini" (modelNameEnd;
	// WCXB review pages)
	{"model-name-end", kindIf((*parser).modelNameEnd, claims.KindIdentifier)},
	// a version number before a release noun: "since our 1.0 release",
	// "the 2.3 update" (versionBeforeRelease; web-dev-5, WCXB, trafilatura)
	{"version-before-release", kindIf((*parser).versionBeforeRelease, claims.KindIdentifier)},
	// a golf club named by its number, hyphened ("hitting a ball with a
	// 9-iron": quantity dev; "a 9 - iron approach": the peer suites; "a
	// 3-wood", "his 60-degree wedge" keeps its degrees)
	{"golf-club", func(p *parser, c *cand) bool {
		if c.plainDigits() && c.v < 10 && p.isHyphen(c.en) && lowerIn(golfClubs, p.raw(c.en+1)) {
			c.kind = claims.KindIdentifier
			c.en += 2
			return true
		}
		return false
	}},
	// "a four-way race", "a two-way street": a kind of thing, not a count
	{"n-way", func(p *parser, c *cand) bool {
		if !c.hasUnit && !c.currency && !c.scaled && !c.share && c.qual == "" && p.isHyphen(c.en) && p.adj(c.en) && p.adj(c.en+1) && p.key(c.en+1) == "way" {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// "the earlier two", "the other three": a reference back, no count
	// ("the other three suspects were released" counts them)
	{"the-other-n", func(p *parser, c *cand) bool {
		if c.words && c.en == c.st+1 && c.qual == "" && !c.hasUnit && c.v >= 2 && c.v <= 10 && p.key(c.st-2) == "the" && (c.en >= len(p.toks) || p.toks[c.en].k != tWord || p.w(c.en) != nil && p.w(c.en).fn) {
			if backReferenceWords[p.key(c.st-1)] {
				c.kind = claims.KindOther
				return true
			}
		}
		return false
	}},
	// "prioritized one state over the other", "one way or the other": a
	// contrast, no count; "one 12-year stretch": an indefinite span ("one
	// 14-ounce can", "only write one 10,000-word-long article" count)
	{"contrastive-one", func(p *parser, c *cand) bool {
		if c.words && c.v == 1 && c.valEn == c.valSt+1 && !c.hasUnit && !c.currency && (c.qual == "" && p.contrastAfter(c.en) || p.spanModifierAfter(c)) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// an elliptical count: "two in Bolivia and one, unannounced", "five
	// tries to one", "two astronauts and one from the EU"
	// (ellipticalCountOne)
	{"elliptical-count-one", kindIf((*parser).ellipticalCountOne, claims.KindClaim)},
	// "one user quipped", "said one source who", "one Clinton spokesman
	// has called": an unnamed speaker, no count
	{"unnamed-speaker-one", func(p *parser, c *cand) bool {
		if c.oneWord() && c.v == 1 && !countBefore[p.key(c.st-1)] && (p.speakerAfter(c.en) || p.speechBefore(c.st) && p.speakerNounAfter(c.en)) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// "one such plume": an indefinite, no count
	{"one-such", func(p *parser, c *cand) bool {
		if c.oneWord() && c.v == 1 && p.key(c.en) == "such" {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// the pronoun "one": "one might expect", "one can come from zero"
	{"pronoun-one", func(p *parser, c *cand) bool {
		if c.oneWord() && c.v == 1 && (pronounOneFollowers[p.key(c.en)] || p.negatedModal(c.en)) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// the pronoun of "the only one": "the only one brave enough", "the
	// only one left" (theOnlyOne, kindprec.go)
	{"the-only-one", kindIf((*parser).theOnlyOne, claims.KindOther)},
	// a number word opening an address: "One Commerce Plaza" (WCXB pages,
	// two sites)
	{"street-number-word", kindIf((*parser).streetNumberWord, claims.KindIdentifier)},
	// the indefinite "one": "in one country", "under one roof", "One group
	// received", "one final stand" (web-dev-1, web-dev-2, PolNeAR train,
	// WCXB pages: "in one place", "One option is"); "only one", "One
	// person was killed", "one goal and two assists" count (kindforms.go)
	{"indefinite-one", kindIf((*parser).indefiniteOne, claims.KindOther)},
	// an existential "there is one … that": "If there's one area of life
	// that there should not be divisiveness" (web-dev-8), "There is one
	// relevant law that criminalizes gross negligence" (PolNeAR train),
	// "there’s one specific requirement you’ll have to comply with"
	// (web-prec-1); "only one", a toll ("there was one man who died")
	// and "one X and two Y" count (existentialOne)
	{"existential-one", kindIf((*parser).existentialOne, claims.KindOther)},
	// a rank: "rounded out the top five.", "a top-10 finish", "top 10
	// lists" (web-dev-1, PolNeAR: "in the top five,"; WCXB: "top 10
	// lists"); "the top five banks hold 40%" counts
	{"top-rank", kindIf((*parser).topRank, claims.KindOther)},
	// the top of a rating scale: "on a 1,000-point scale", "on a scale of
	// 1 to 10" (web-dev-1; survey and review pages); "a 10-point lead"
	// counts
	{"rating-scale", kindIf((*parser).ratingScale, claims.KindOther)},
	// a type named by a number: "a 16-pin connector", "a five-room unit",
	// "a four-game winning streak", "a two-class layout", "three-point
	// range" (typeModifiers; web-dev-1, web-dev-2, web-dev-4, ingest-dev,
	// WCXB pages); "a 450-seat chamber" counts
	{"type-modifier", func(p *parser, c *cand) bool {
		if p.typeModifier(c) {
			c.kind, c.unit, c.hasUnit = claims.KindOther, "", false
			return true
		}
		return false
	}},
	// a basketball three: "hit an early three but", "knocked down a three
	// over Horford" (web-dev-2; game reports)
	{"basket-three", kindIf((*parser).basketballThree, claims.KindOther)},
	// a number in a name: "Gemini 3 Flash is built", "ABC 7 has also",
	// "a 7 On Your Side investigation" (web-dev-1, web-dev-4 "e.MAS 7";
	// name-with-number reads the names inside a sentence)
	{"number-in-name", kindIf((*parser).numberInName, claims.KindIdentifier)},
	// a number word hyphened into a name: "Zero-Knowledge Biometrics",
	// "Zero-Waste Living", "One-Punch Man" (web-dev-1, WCXB pages)
	{"number-word-hyphen-name", kindIf((*parser).hyphenedNameWord, claims.KindIdentifier)},
	// a number of three or four digits after "the" and before a verb in
	// the singular names a model: "the 486 is the descendant of a long
	// series of intel chips" (the suites), "The 737 is Boeing's best-selling
	// jet", "the 911 remains Porsche's icon" (singularNumberName)
	{"singular-number-name", kindIf((*parser).singularNumberName, claims.KindIdentifier)},
	// an airliner family's number: "the embattled 737 Max jet", "The 777
	// program", "a 737 NG plane" (lexicon.AircraftModels; ingest-dev,
	// two unrelated pages)
	{"aircraft-model", kindIf((*parser).aircraftModel, claims.KindIdentifier)},
	// a film gauge: "16mm film stock", "a 35mm camera" (lexicon.FilmGauges;
	// web-dev-1, WCXB pages)
	{"film-gauge", kindIf((*parser).filmGauge, claims.KindIdentifier)},
	// the base of a rate after "per": "infections per 100,000 people is now
	// at 20.4" (web-dev-2; PolNeAR, health pages)
	{"rate-base", kindIf((*parser).rateBase, claims.KindOther)},
	// a number continuing a labelled one: "week five or six", "Phase 2 or
	// 3", "Day 4 to 5" (web-dev-1; WCXB itineraries "Day 1 to 3")
	{"label-list", kindIf((*parser).labelList, claims.KindOrdinal)},
	// the last day of a span opened by a date: "between September 16 and
	// 20,", "on July 8 and 9." (web-dev-4; PolNeAR)
	{"date-range-end", kindIf((*parser).dateRangeEnd, claims.KindDate)},
	// a day between its month's comma and the year: "Monday, January, 12
	// 2026" (web-dev-1)
	{"displaced-date", kindIf((*parser).displacedDate, claims.KindDate)},
	// "one" after a comparative: "the best one depends on", "only the
	// pricier one has" (comparativeOne)
	{"comparative-one", kindIf((*parser).comparativeOne, claims.KindOther)},
	// "one" standing for a noun: "the previous one is finished", "a $100
	// one in the blink of an eye", "one that fits", "one from January
	// 2013", "one near Toodyay", "One was not necessarily better" (WCXB
	// pages, PolNeAR train, web-dev-4; the quantity dev set's "one with a
	// 30W port")
	{"substitute-one", kindIf((*parser).substituteOne, claims.KindOther)},
	// a "one" standing for a thing named before with no determiner:
	// "impose one on him", "probably one too" (pronounObjectOne)
	{"pronoun-object-one", kindIf((*parser).pronounObjectOne, claims.KindOther)},
	// "one" after a determiner and an adjective: "the right one", "a
	// different one works", "a loved one" (adjectiveOne; web-prec-2)
	{"adjective-one", kindIf((*parser).adjectiveOne, claims.KindOther)},
	// "one" in a copula's predicate: "is one easy way", "is just one piece
	// of the puzzle" (copulaOne; web-prec-2)
	{"copula-one", kindIf((*parser).copulaOne, claims.KindOther)},
	// the pronoun "one", a person in general: "How does one know", "allow
	// one to sign", "after one watches" (genericOne; web-prec-2)
	{"generic-one", kindIf((*parser).genericOne, claims.KindOther)},
	// "one" as an article before an evaluative adjective: "has one clear
	// advantage", "one particular zone" (web-prec-1, web-prec-3; WCXB
	// guides)
	{"evaluative-one", kindIf((*parser).evaluativeOne, claims.KindOther)},
	// a reference mark or index in square brackets: "the Water-Making
	// Spell[2]", "processing.[6]", "[3][4]" (trafilatura pages, WCXB
	// bodies)
	{"bracket-citation", kindIf((*parser).bracketCitation, claims.KindOther)},
	// the pages and DOI of a cited work: "pp. 595–598", "p. 23-36",
	// "doi:10.1109/…" (trafilatura pages, WCXB bodies, PolNeAR)
	{"reference-locator", kindIf((*parser).referenceLocator, claims.KindIdentifier)},
	// "one" paired with "another" or "the next": "between one band and
	// another", "from one social context to the next" (WCXB and
	// trafilatura essays and health pages)
	{"paired-one", kindIf((*parser).pairedOne, claims.KindOther)},
	// the "one" of "one … at a time": "take it one step at a time"
	// (oneAtATime; web-prec-3)
	{"one-at-a-time", kindIf((*parser).oneAtATime, claims.KindOther)},
	// a mid-sentence indefinite "one" + noun: "one study found", "That's one
	// reason", "due to one man" (conv18 label convention; a bound, a list, a
	// contrast with another number, a measure or a toll keep the count:
	// indefiniteOneMid, oneforms.go)
	{"indefinite-one-mid", kindIf((*parser).indefiniteOneMid, claims.KindOther)},
	// the count of the items an article is about to list: "Here are 10
	// new and notable movies", "here's 5 of my favorite tips" (USA Today,
	// a photography blog and some 40 WCXB guides)
	{"list-intro", kindIf((*parser).listIntro, claims.KindOther)},
	// the N of a heading opening with "Top N": "Top 10 Language Learning
	// Apps: Overview", "My Top 10 Women Talking Sports" (some 15 WCXB
	// guides and a trafilatura sports page)
	{"top-heading", kindIf((*parser).topHeading, claims.KindOther)},
	// the N of "top N" naming a ranking list inside a sentence: "the top
	// 15 best keyboards" (web-dev-10), "top 10 travel lists" (web-dev-6)
	// (topList)
	{"top-list", kindIf((*parser).topList, claims.KindOther)},
	// the number opening a list article's heading: "8 Recent Photography
	// Trends", "The 10 Most Affordable Places to Retire in 2025"
	// (listHeading)
	{"list-heading", kindIf((*parser).listHeading, claims.KindOther)},
	// the count of a link teaser: "Read on for 60 more ethical brands"
	// (linkTeaser)
	{"link-teaser", kindIf((*parser).linkTeaser, claims.KindOther)},
	// the number opening a linked post's title after "Read more:", "Also
	// read:" (readMoreTeaser; web-prec-3)
	{"read-more-teaser", kindIf((*parser).readMoreTeaser, claims.KindOther)},
	// a list article's head in sentence case: "Five tips for choosing
	// vegetables:", "10 Things to Know for Today." (listFormula, kindprec.go)
	{"list-formula", kindIf((*parser).listFormula, claims.KindOther)},
	// the live quote a market-data page prints after a ticker code:
	// "yield TMUBMUSD10Y, 0.673% fell" (tickerQuote; conv17, ANNOTATION.md:
	// page furniture and codes are no claims)
	{"ticker-quote", kindIf((*parser).tickerQuote, claims.KindOther)},
	// a count after "these": "Stream these 10 at home", "These 11 trends
	// offer" (theseCount)
	{"these-count", kindIf((*parser).theseCount, claims.KindOther)},
	// a list mark opening a line before its title: "1: Still wines", "15 -
	// Age of Darkness" (titledListNumber; web-prec-2)
	{"titled-list-number", kindIf((*parser).titledListNumber, claims.KindOther)},
	// a release glued into a name: "HTTP/1.1", "Mozilla/5.0",
	// "python:3.7", "click==7.0" (gluedVersion; web-prec-2)
	{"glued-version", kindIf((*parser).gluedVersion, claims.KindIdentifier)},
	// the 360 of a 360-degree view: "a 360-degree view", "360° clips"
	// (fullTurn; web-prec-2)
	{"full-turn", kindIf((*parser).fullTurn, claims.KindOther)},
	// a class of stars: "an epic 5-star hotel", "a five-star review"
	// (starClass; web-dev-6, web-prec-2)
	{"star-class", kindIf((*parser).starClass, claims.KindIdentifier)},
	// a year before 1800 after a preposition of time: "opened in 1652;",
	// "until 1645", "In 1714, the Mayor" (oldYear; web-prec-2, WCXB coffee
	// histories)
	{"old-year", kindIf((*parser).oldYear, claims.KindYear)},
	// digits glued to the letters of a name: "amd64", "x86_64" (a software
	// page's architectures)
	{"glued-to-name", kindIf((*parser).gluedToName, claims.KindIdentifier)},
	// a family of releases: "Stunnel 4.x", "Python 2.x"
	{"wildcard-version", kindIf((*parser).wildcardVersion, claims.KindIdentifier)},
	// the number of a network or processor port: "port 873", "273/tcp",
	// "localhost:8080" (trafilatura and WCXB pages: an rsync guide, a
	// home-server guide, an ESPHome guide, an AVX-512 essay)
	{"port-number", kindIf((*parser).portNumber, claims.KindIdentifier)},
	// a number assigned in code or configuration: "default_bits = 1024",
	// "rows=100 width=32" (an rsync guide, PostgreSQL guides, a network
	// card manual)
	{"code-assignment", kindIf((*parser).codeAssignment, claims.KindOther)},
	// a year with a footnote number glued after it: "in 2018.2  This
	// decrease" (a KFF report, a tax guide)
	{"footnoted-year", kindIf((*parser).footnotedYear, claims.KindYear)},
	// a release after a versioned name: "Python 2 allowed", "JDK 25 also
	// brings", "Windows 11" (lexicon.VersionedNames; trafilatura and WCXB
	// pages)
	{"versioned-name", kindIf((*parser).versionedName, claims.KindIdentifier)},
	// a version continuing a list of versions: "Python 3.5, 3.6, 3.7, and
	// 3.8", "Python 2.7 and 3.5+" (trafilatura pages; release notes)
	{"version-list", kindIf((*parser).versionList, claims.KindIdentifier)},
	// "3-D printing", "2-D images", as "3D" (trafilatura and WCXB pages)
	{"dimension-name", kindIf((*parser).dimensionName, claims.KindIdentifier)},
	// "zero-cost abstractions", "zero-tolerance", "zero-click searches"
	// (trafilatura and WCXB pages)
	{"zero-compound", kindIf((*parser).zeroCompound, claims.KindOther)},
	// a list mark inside a sentence: "others 1) didn't see them or 2)
	// didn't explore" (trafilatura pages)
	{"inline-enumerator", kindIf((*parser).inlineEnumerator, claims.KindOther)},
	// the scale of a rating: "⭐4.2/5", "(9.8/10)" (WCXB review pages of
	// several sites)
	{"rating-denominator", kindIf((*parser).ratingDenominator, claims.KindOther)},
	// "zero" as a figure of ease: "with practically zero fuss", "zero
	// guesswork" (WCXB guides of five sites; web-prec-2, web-prec-3)
	{"figurative-zero", kindIf((*parser).figurativeZero, claims.KindOther)},
	// "100%" as an intensifier: "is 100% credible", "100% focused on",
	// "with 100% honesty" (WCXB guides of five sites; web-prec-2)
	{"intensifier-percent", kindIf((*parser).intensifierPercent, claims.KindOther)},
	// a percent naming a kind of thing: "the 70% rule" (web-dev-6), "a 75%
	// layout", "75% mechanical keyboards" (web-dev-10; percentName)
	{"percent-name", kindIf((*parser).percentName, claims.KindIdentifier)},
	// "a third party", "a third-party vendor": an ordinal (WCXB pages of
	// three sites; web-prec-2, web-prec-3)
	{"third-party", kindIf((*parser).thirdParty, claims.KindOrdinal)},
	// a counter line: "Page 1 of 8", a slideshow's "of 15" (two WCXB
	// sites; web-prec-3)
	{"counter-line", kindIf((*parser).counterLine, claims.KindOther)},
	// the price tier of a buyer's guide heading: "The under $100
	// upgrade", "Best Chromebook under $500" (WCXB guides of three sites;
	// web-prec-3)
	{"budget-tier", kindIf((*parser).budgetTier, claims.KindOther)},
	// a number an acronym names: "GeForce GTX 1080 Ti", "ISO 17024
	// Certified", "Albany, NY 12231." (WCXB pages of four sites; web-prec-3)
	{"acronym-number", kindIf((*parser).acronymNumber, claims.KindIdentifier)},
	// a number in digits before a capitalised singular word that no count
	// can take (a count of two or more wants a plural) names a title: "a
	// former 30 Rock writer", "doing 30 Rock and all these movies"
	// (web-dev-9's BusinessWeek and Guardian pages); "20 Republican
	// senators", "3 Boeing jets", "40 Chinese engineers" and a unit ("2
	// Euro") stay counts (titleAfterDigits)
	{"title-after-digits", kindIf((*parser).titleAfterDigits, claims.KindIdentifier)},
	// a model number coordinated after a model number: "GTX 1080 & 1070
	// series", "GTX 1050 / 1050 Ti" (modelList, kindprec.go; web-prec-3)
	{"model-list", kindIf((*parser).modelList, claims.KindIdentifier)},
	// a model's size ending its name, "Olmo 3 7B", "Mistral 7B"; a
	// registration number after an acronym, "(USDOT: 1434373)" (modelSize,
	// codedLabel, kindprec.go; web-prec-3)
	{"model-size", kindIf((*parser).modelSize, claims.KindIdentifier)},
	{"coded-label", kindIf((*parser).codedLabel, claims.KindIdentifier)},
	// a street's hundred-block, "in the 400 block of Elm Street" (streetBlock,
	// kindnews.go; quantities web-dev-8, web-prec-4)
	{"street-block", kindIf((*parser).streetBlock, claims.KindIdentifier)},
	// the "1" closing a ratio after a slash, "the soybean/corn ratio of
	// 2.9/1" (ratioOne, kindwire.go; web-prec-5)
	{"ratio-one", kindIf((*parser).ratioOne, claims.KindOther)},
	// the "one" of an unnamed source after "according to", "according to
	// one analysis" (accordingToOne, kindwire.go; web-prec-4, PolNeAR train)
	{"according-to-one", kindIf((*parser).accordingToOne, claims.KindOther)},
	// the "one" of a document that is a source, "one study found", "one
	// slide says" (documentOne, kindwire.go; web-prec-1, PolNeAR train, a
	// claims gold's not-claims)
	{"document-one", kindIf((*parser).documentOne, claims.KindOther)},
	// a suite, apartment or post-office box: "110 Gough St. Suite 301",
	// "P.O. Box 1234" (WCXB pages of four sites)
	{"address-unit", kindIf((*parser).addressUnit, claims.KindIdentifier)},
	// a review count after rating stars: "★★★★★(922)" (WCXB pages, two
	// sites)
	{"star-count", kindIf((*parser).starCount, claims.KindOther)},
	// a scoreline: "Hurricanes 4, Blackhawks 2:", "Bruins 5, Devils 1"
	{"scoreline", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		if c.plainDigits() && !t.sep && !t.dec && c.v <= 200 && c.en == c.st+1 && p.scoreline(c.st) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// a rank written "#N" before the noun it ranks: "the long-term #1
	// business school", "our #1 pick", "the #1 reason", "#1 of 21 Best
	// Moving Companies" (hashRank; "Exercise #1 should", "#12-3" stay
	// labels)
	{"hash-rank", func(p *parser, c *cand) bool {
		if p.hashRank(c) {
			c.kind = claims.KindOrdinal
			c.st--
			return true
		}
		return false
	}},
	// a rank written "No. N": "the No. 3 seed", "ranked No. 2 for CPAs",
	// "No. 5 on our list" (rankNumber, kindgenres.go)
	{"rank-number", kindIf((*parser).rankNumber, claims.KindOrdinal)},
	// a rank after a mark where the sentence moves something to it, ranks
	// it with "#" or "number", or lists ranks: "shot to No. 8", "ranking #1
	// in the TIOBE Index, #2 on both GitHub", "At number 3 is",
	// "Number 9 on the list" (rankPosition, kindrank.go)
	{"rank-position", kindIf((*parser).rankPosition, claims.KindOrdinal)},
	// a seed is a rank: "the 8 seed", "a 12 seed" (seedRank, kindgenres.go)
	{"seed-rank", kindIf((*parser).seedRank, claims.KindOrdinal)},
	// docket and case numbers: "No. 14-915", "#12-3"; "no . 1" with the
	// stop spaced on both sides as word-tokenised, lower-cased text writes
	// it (the suites' "at no . 1 , singh hit"; "the no . 2 seed"): prose
	// never spaces a stop so, where "no. 5" may end a sentence
	{"docket-number", func(p *parser, c *cand) bool {
		if !c.words && !c.hasUnit && !c.currency && c.st > 0 && (p.is(c.st-1, "#") || c.st > 1 && p.is(c.st-1, ".") && p.key(c.st-2) == "no" && (p.raw(c.st-2) == "No" || !p.adj(c.st-1) && !p.adj(c.st))) {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// a model number after a count: "roughly 400 737 Max jets", "five 787
	// Dreamliner sales" ("In 2019 300 Americans died": not after a year)
	{"model-number-after-count", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		if c.plainDigits() && !t.sep && !t.dec && c.v >= 100 && c.en == c.st+1 && c.st > 0 && p.capitalised(c.en) {
			if pt := p.toks[c.st-1]; pt.k == tNum && !(pt.ndig == 4 && pt.v >= 1800 && pt.v <= 2100) || p.w(c.st-1) != nil && p.w(c.st-1).isCard {
				c.kind = claims.KindIdentifier
				return true
			}
		}
		return false
	}},
	// a model's number before a singular device noun: "the 16-bit 8088
	// chip", "a 6502 processor" (modelBeforeDevice, kindnews.go)
	{"model-before-device", kindIf((*parser).modelBeforeDevice, claims.KindIdentifier)},
	// product names glued to a dot: "VW ID.3"
	{"glued-to-dot", func(p *parser, c *cand) bool {
		if s := p.toks[c.st].s; c.plainDigits() && s > 1 && p.text[s-1] == '.' && isASCIILetter(p.text[s-2]) {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// list numbers: "2." as a paragraph of its own, "3. The second point
	// …", "1) Apples", "(4) Pears"
	{"list-number", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		if c.plainDigits() && !t.sep && !t.dec && c.v >= 1 && c.v <= 100 && (c.st == 0 || c.st == 1 && p.is(0, "(")) &&
			(p.is(c.en, ")") || p.is(c.en, ".") && (c.en == len(p.toks)-1 || p.capitalised(c.en+1))) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// a time phrase with an indefinite or distributive determiner, then a
	// count (rule time-then-count): "on a bad day 140 people are waiting"
	// (articles-dev-5), "on an average day 55 of every 1,000 employees"
	// (articles-dev-1), "every day 300 people come", "each week 20
	// families arrive" — no label "day 140" ("on day 140 of the war",
	// "Day 2 results", "the day 3 talks" stay label-word)
	{"time-then-count", func(p *parser, c *cand) bool {
		if !c.plainDigits() || !timeLabelWords[p.key(c.st-1)] || c.en >= len(p.toks) || p.toks[c.en].k != tWord {
			return false
		}
		for k := c.st - 2; k >= 0 && k >= c.st-3; k-- {
			if countDeterminers[p.key(k)] {
				c.kind = claims.KindClaim
				return true
			}
			if p.toks[k].k != tWord || p.capitalised(k) || timePrepositions[p.key(k)] {
				return false // "on day 140", "by day 3"
			}
		}
		return false
	}},
	// "day one", "Phase 2", "page 12", "Article 5"; "version 9.0",
	// "Section 2.3"
	{"label-word", func(p *parser, c *cand) bool {
		if !c.plainDigits() {
			return false
		}
		if k, ok := labelWords[p.key(c.st-1)]; ok && (!p.toks[c.valSt].dec || k == claims.KindIdentifier) {
			c.kind = k
			return true
		}
		return false
	}},
	// a label's number bounded after it: "storms of Category 3 or higher"
	// (web-dev-13, twice), "a Level 4 or above alert", "Stage 2 or higher
	// restrictions" (web13forms_test.go) name the label's steps, no count;
	// the mention is the labelled number alone ("a score of 3 or higher"
	// stays at_least)
	{"label-or-higher", (*parser).labelOrHigher},
	// big-O notation: "the O(1) latest checkpoint", "O(1) access" (two WCXB
	// programming pages) name a complexity class, no count
	{"big-o", func(p *parser, c *cand) bool {
		if c.plainDigits() && c.en == c.st+1 && p.is(c.st-1, "(") && p.adj(c.st) && p.adj(c.st-1) && p.raw(c.st-2) == "O" && p.is(c.en, ")") {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// a heading's label: "Example 1: Renting from", "Myth 1: Carbs make",
	// "Factor 1 – Your Target Audience" (headingLabel; web-dev-5, WCXB guides)
	{"heading-label", kindIf((*parser).headingLabel, claims.KindIdentifier)},
	// tie-breaks: "7-6 (5)"
	{"tie-break", func(p *parser, c *cand) bool {
		prev := c.st - 1
		if c.plainDigits() && p.is(prev, "(") && p.is(c.en, ")") && prev >= 3 && p.toks[prev-1].k == tNum && p.isHyphen(prev-2) && p.toks[prev-3].k == tNum {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// citations: "... emotional eating (21).", "weight loss (10, 11).";
	// after a number ending its sentence, "could reach $124 billion by
	// 2032 (1)." (web-dev), or glued after a sentence's end, "if you use
	// their free plan.(2) Picking a VPN" (web-dev-6) (citedAfter)
	{"citation", func(p *parser, c *cand) bool {
		if !c.plainDigits() {
			return false
		}
		if open, close := p.citation(c.st, c.en); open > 0 && p.citedAfter(open, close) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
	// a footnote mark glued through a clause's closing mark: "loyalty to
	// Rust?2 Based on", "email alerts,22 and pages" (web-dev-5, -14;
	// gluedFootnote)
	{"glued-footnote", kindIf((*parser).gluedFootnote, claims.KindOther)},
	// a page's or a slide's number ending its text after a spaced closing
	// mark: "wealthfront.com | 4" (web-dev-14), "real estate.” 2"
	// (web-dev-6; trailingPageNumber)
	{"trailing-page-number", kindIf((*parser).trailingPageNumber, claims.KindOther)},
	// a bare road number, "U.S. 29 and 40", "Routes 1 and 9"
	// (roadnumbers.go; conv17)
	{"road-number", kindIf((*parser).roadNumber, claims.KindIdentifier)},
	// house numbers listed in brackets after a street, "Main Street (8069,
	// 8059, 8055 and 8049)" (roadnumbers.go; conv17)
	{"street-number-list", kindIf((*parser).streetNumberList, claims.KindIdentifier)},
	// street addresses: "1119 Eighth St.", "at 2134 Caldwell Place", "3170
	// W. Main" (streetAfter); a range of house numbers ("8085-8089 Main
	// St." in web-dev-13, "1200-1210 Broadway Avenue" in
	// web13forms_test.go); a house number before a numbered road ("store,
	// 421 Route 59" in web-dev-13, "at 980 Highway 7" in
	// web13forms_test.go: roadLabels, numberedRoadAt)
	{"street-address", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		if !t.sep && !t.dec && c.v >= 1 && (c.plainDigits() || p.houseNumberRange(c)) && (p.streetAfter(c.en) || p.numberedRoadAt(c.en)) {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// "§ 68" ("No. 10" and "#3": docket numbers, above)
	{"section-sign", func(p *parser, c *cand) bool {
		if c.plainDigits() && p.is(c.st-1, "§") {
			c.kind = claims.KindIdentifier
			return true
		}
		return false
	}},
	// names with numbers: "Article 5", "Boeing 737", "Resolution 2231"
	// a bill's number after its chamber's prefix is an identifier
	// (ANNOTATION.md: codes): "H.R. 3684", "HR 1", "S.Res. 12" (billNumber,
	// kindgenres.go; "HB 1523", "SB 1070" are names with numbers)
	{"bill-number", kindIf((*parser).billNumber, claims.KindIdentifier)},
	{"name-with-number", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		prev := c.st - 1
		if c.plainDigits() && !t.sep && !t.dec && (p.camelCase(prev) || p.capitalised(prev) && !p.sentenceStart(prev) && !p.isTitle()) {
			w := p.w(prev)
			if (w == nil || !w.fn && w.month == 0 && w.curr == "" && w.chg == "" && !w.isCard && w.ord == 0 && w.tunit == "") && !p.tally(c.st) {
				c.kind = claims.KindIdentifier
				return true
			}
		}
		return false
	}},
	// versions of named products and standards: "USB 3.0", "Bluetooth 5.3",
	// "Llama 3.1", "HDMI 2.1" — a bare decimal right after a name, read as
	// name-with-number reads "Boeing 737"
	{"name-with-version", func(p *parser, c *cand) bool {
		t := &p.toks[c.valSt]
		prev := c.st - 1
		if c.plainDigits() && !t.sep && t.dec && c.valEn == c.valSt+1 && t.ndig <= 2 && (p.camelCase(prev) || p.capitalised(prev) && !p.sentenceStart(prev) && !p.isTitle()) {
			w := p.w(prev)
			if (w == nil || !w.fn && w.month == 0 && w.curr == "" && w.chg == "" && !w.isCard && w.ord == 0 && w.tunit == "") && !p.tally(c.st) {
				c.kind = claims.KindIdentifier
				return true
			}
		}
		return false
	}},
	// page furniture: "Total Views : 3", "12 comments" (not "the big
	// number: 1,237": a lower-case noun before the colon)
	{"page-furniture", func(p *parser, c *cand) bool {
		if !c.plainDigits() {
			return false
		}
		prev := c.st - 1
		if p.is(prev, ":") && (c.en >= len(p.toks) || p.toks[c.en].k == tPunct && c.en == len(p.toks)-1) && (prev < 1 || p.capitalised(prev-1) || p.toks[prev-1].k != tWord || furnitureWords[p.key(prev-1)]) {
			c.kind = claims.KindOther
			return true
		}
		if w := p.w(prev); w != nil && furnitureWords[w.key] || p.is(prev, "(") && p.is(c.en, ")") && furnitureWords[p.lw(prev-1)] {
			c.kind = claims.KindOther // "Views 3"; a counter in brackets, "Comments (12)", "Photos (8)"
			return true
		}
		if w := p.w(c.en); w != nil && furnitureWords[w.key] && (prev < 0 || p.toks[prev].k == tPunct) && (c.en+1 >= len(p.toks) || p.toks[c.en+1].k == tPunct) {
			c.kind = claims.KindOther
			return true
		}
		return false
	}},
}

func (p *parser) en(i int) bool { return i >= 0 && i < len(p.toks) }

// scoreline reports whether the number at token i is one side of a
// scoreline opening its sentence, "Team N, Team M" with a colon, a full
// stop or the end after M: both numbers at most 25, and a colon after or
// plural team names ("Hurricanes 4, Blackhawks 2:", "Islanders 3, Penguins
// 2"; not the poll line "Clinton 46, Trump 42" nor "Sanders 45, Clinton 40").
func (p *parser) scoreline(i int) bool {
	small := func(n int) bool { v, err := strconv.Atoi(p.raw(n)); return err == nil && v <= 25 }
	teams := func(a, b int) bool {
		return small(a) && small(b) && (p.is(b+1, ":") || strings.HasSuffix(p.raw(a-1), "s") && strings.HasSuffix(p.raw(b-1), "s"))
	}
	side := func(n int, first bool) bool { // capitalised words, then the number at n
		k := n - 1
		for k >= 0 && n-k <= 3 && p.capitalised(k) {
			k--
		}
		if first && k >= 0 {
			return false // the scoreline opens its sentence ("Clinton 46, Trump 42, Johnson 8" is a poll)
		}
		return k < n-1 && (k < 0 || p.toks[k].k != tWord) && n < len(p.toks) && p.toks[n].k == tNum
	}
	end := func(n int) bool { return n >= len(p.toks) || p.is(n, ":") || p.is(n, ".") && n == len(p.toks)-1 }
	if p.is(i+1, ",") && side(i, true) { // first side: Team M follows
		for m := i + 3; m <= i+5 && m < len(p.toks); m++ {
			if p.toks[m].k == tNum {
				return side(m, false) && end(m+1) && p.capitalised(i+2) && teams(i, m)
			}
		}
		return false
	}
	if !side(i, false) {
		return false
	}
	// second side: "Team N, " before
	k := i - 1
	for k >= 0 && p.capitalised(k) {
		k--
	}
	return end(i+1) && k >= 1 && p.is(k, ",") && side(k-1, true) && teams(k-1, i)
}

// isMonth reports whether token i is a month name: any capitalised one
// ("May", "Nov"), one in lower case where lowerMonth reads it.
func (p *parser) isMonth(i int) bool {
	w := p.w(i)
	if w == nil || w.month == 0 {
		return false
	}
	return p.capitalised(i) || p.lowerMonth(i, w)
}

// lowerMonth reads a month written in lower case (rule lowercase-month):
// a full name that is no other word ("sept. 30", "july 4", "19 october"),
// an abbreviation with its full stop ("jan. 5", "sept. 30"), and "may" or
// "march" only after a preposition of time ("on may 19", "since march 3")
// or before a day that ends its clause or takes a year ("due may 19.",
// "may 19, 2024"; a modal takes a verb: "prices may 19 rise" is none).
func (p *parser) lowerMonth(i int, w *word) bool {
	if wordMonths[w.key] {
		if monthPrepositions[p.key(i-1)] {
			return true
		}
		if i+1 < len(p.toks) && p.toks[i+1].k == tNum && p.toks[i+1].ndig <= 2 && !p.toks[i+1].dec && p.toks[i+1].v >= 1 && p.toks[i+1].v <= 31 {
			k := i + 2
			return k >= len(p.toks) || p.is(k, ",") || p.is(k, ".") || p.is(k, ";") || p.is(k, ")") || p.key(k) == "and" || p.key(k) == "to"
		}
		return false
	}
	if n := p.toks[i].e - p.toks[i].s; n <= 4 && !shortMonthNames[w.key] {
		// "sept.", "jan.", and spaced as in word-tokenised text when a day
		// follows ("oct . 7")
		return p.is(i+1, ".") && (p.adj(i+1) || i+2 < len(p.toks) && p.toks[i+2].k == tNum && p.toks[i+2].ndig <= 2)
	}
	return true
}

// dateAround extends a small number or a year to the date around it and
// reports whether there is one.
func (p *parser) dateAround(c *cand) bool {
	t := &p.toks[c.valSt]
	day := t.ndig <= 2 && t.v >= 1 && t.v <= 31 && !t.dec
	// month before: "July 28", "Nov. 26", "July 2024"
	m := c.st - 1
	if p.is(m, ".") && (p.adj(m) || p.toks[m].e-p.toks[m].s == 1 && len(p.raw(m-1)) <= 4 && p.isMonth(m-1)) {
		m-- // "Nov. 26", and spaced as in word-tokenised text: "nov . 15"
	}
	if m >= p.floor && p.isMonth(m) && (day || c.yearLike) {
		c.st = m
		if day {
			p.yearAfter(c)
		}
		return true
	}
	// month after: "28 July (2024)", "28th of July"
	a := c.en
	if p.key(a) == "of" {
		a++
	}
	if day && p.isMonth(a) {
		c.en = a + 1
		if p.is(c.en, ".") && p.adj(c.en) && p.toks[a].e-p.toks[a].s <= 4 && c.en+1 < len(p.toks) {
			c.en++ // "26 Nov."
		}
		p.yearAfter(c)
		return true
	}
	return false
}

// monthDayWords reads a day in words after a capitalised month
// (kind rule month-day-words).
func (p *parser) monthDayWords(c *cand) bool {
	if !c.words || c.hasUnit || c.currency || c.scaled || c.qual != "" || c.v < 1 || c.v > 31 || c.v != float64(int(c.v)) || !p.monthDayWordsAt(c.st, c.en) {
		return false
	}
	c.st--
	p.yearAfter(c)
	return true
}

// monthDayWordsAt reports a day in words at [st, en) after a capitalised
// month and before no word but one of monthDayFollowers (the end of the
// sentence and punctuation too: "On April one, NYMEX will", "markets
// April one."). parseWords keeps such a lone "one" for month-day-words
// (keptOneReading).
func (p *parser) monthDayWordsAt(st, en int) bool {
	m := st - 1
	if st < 1 || m < p.floor || !p.isMonth(m) || !p.capitalised(m) || m == p.floor && modalWords[p.key(m)] {
		return false
	}
	return en >= len(p.toks) || p.toks[en].k != tWord || lowerIn(monthDayFollowers, p.raw(en))
}

// monthDayFollowers may follow a day in words: "payable April one to
// holders", "from May one through June", "set April one for the debut",
// "by March Two whether to proceed" (web-dev-17, -18).
// "expire March three", "began on February six", "on March six the board
// met" (web-prec-5, web-dev-11).
var monthDayFollowers = lexicon.WordSet(`to and or through until till when for at in on after before the a it he
she they we with by from that this which but while as if whether`)

func (p *parser) yearAfter(c *cand) {
	j := c.en
	if p.is(j, ",") {
		j++
	}
	if j < len(p.toks) && p.toks[j].k == tNum && p.toks[j].ndig == 4 && !p.toks[j].sep && p.toks[j].v >= 1800 && p.toks[j].v <= 2100 {
		c.en = j + 1
	}
}

// camelCase reports a word like "iPhone" or "eBay": a product name.
func (p *parser) camelCase(i int) bool {
	if i < 0 || p.toks[i].k != tWord {
		return false
	}
	w := p.text[p.toks[i].s:p.toks[i].e]
	if len(w) < 3 || !(w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	for j := 1; j < len(w); j++ {
		if w[j] >= 'A' && w[j] <= 'Z' {
			return true
		}
	}
	return false
}

// citation returns the parentheses around the number at [st, en) when
// they hold nothing but bare numbers separated by commas ("(21)", "(10,
// 11)", "(27, 28, 29)"), else -1, -1.
func (p *parser) citation(st, en int) (open, close int) {
	open, close = st-1, en
	for p.is(open, ",") && open > 0 && p.toks[open-1].k == tNum {
		open -= 2
	}
	for p.is(close, ",") && close+1 < len(p.toks) && p.toks[close+1].k == tNum {
		close += 2
	}
	if !p.is(open, "(") || !p.is(close, ")") {
		return -1, -1
	}
	return open, close
}

// measuredSpanPreps before a span make it measured, a claim: "for two
// years", "within 20 years", "during 643 days" (measuredDuration).
var measuredSpanPreps = lexicon.WordSet(`for within during`)

// timeRefBefore are the words before a duration that place a time rather
// than measure one ("in 3-5 years", "over 2 to 3 weeks", "after 5 to 10
// minutes").
var timeRefBefore = lexicon.WordSet(`in over after within during by until till before since every each per the this that next last past first`)

// suspensionLinks join the two ends of a suspended hyphen ("1- or
// 2-year", "one- and two-week").
var suspensionLinks = lexicon.WordSet(`or and`)

// suspendedDuration returns the time unit of a modifier whose first end
// is a number with a suspended hyphen ("1- or 2-year", "one- or
// two-week"): the number glued to "-", then "or" or "and", a number glued
// to "-" and a time unit; "" when there is none.
func (p *parser) suspendedDuration(c *cand) string {
	j := c.en
	if c.hasUnit || c.currency || c.kind != "" && c.kind != claims.KindClaim || !p.isHyphen(j) || !p.adj(j) || !suspensionLinks[p.key(j+1)] {
		return ""
	}
	if k := j + 2; k+2 < len(p.toks) && (p.toks[k].k == tNum || p.w(k) != nil && p.w(k).isCard) && p.isHyphen(k+1) && p.adj(k+1) && p.adj(k+2) {
		if w := p.w(k + 2); w != nil && w.tunit != "" {
			return w.tunit
		}
	}
	return ""
}

// eraWords after a number make it a year of that era: "750 AD", "2570
// BC", "600-500 BCE" (written in capitals; "CE" is left out: "15 CE
// credits" are continuing-education credits).
var eraWords = map[string]bool{"AD": true, "BC": true, "BCE": true}

// addedWords before a duration make it time added to a measure: "an
// additional six months", "another 25 minutes", "an extra 15 hours".
var addedWords = lexicon.WordSet(`another additional extra further`)

// averageWords head a measured mean or sum of a duration: "an average of
// nine minutes", "a median of 12 days", "a total of 45 hours with the
// case", "a grand total of 15 days".
var averageWords = map[string]bool{"average": true, "median": true, "mean": true, "total": true}

// specDurationNouns follow "of" after a device's runtime, a measured spec
// (web-dev-5 earbuds; WCXB headphone, watch and camera pages hold "hours
// of battery life" 14 times, "of playback", "of GPS", "of listening").
var specDurationNouns = lexicon.WordSet(`battery playback runtime listening talk standby recording gps`)

// specRuntimeNouns right after a duration make it a device's runtime:
// "a 12-hour battery life", "a 40-hour runtime".
var specRuntimeNouns = lexicon.WordSet(`battery runtime playback`)

// tookInWords stand between "in" and a duration the thing took: "in
// just 10 weeks", "in only six minutes", "in under an hour".
var tookInWords = lexicon.WordSet(`just only under`)

// measuredDuration reports whether a duration is a measure the article
// asserts ("the war has lasted 40 years", "spent 15 years under house
// arrest", "more than two decades", "as long as 18 years") rather than a
// modifier ("a 72-hour period", "his six-year term"), a point in time ("two
// days later", "a year ago") or a schedule ("every three months"): it is
// not hyphenated into a modifier, not followed by a word that makes it a
// time reference, and carries a qualifier, follows "for" or "within",
// measures something ("25 years of experience") or follows a verb of
// duration.
func (p *parser) measuredDuration(c *cand) bool {
	if c.unitRule == ruleTimePerTime {
		// a time per a longer time is measured as its time is: read the
		// words around "about 60 hours" of "about 60 hours a week doing
		// research", not those after the denominator
		for j := c.valEn; j < c.en; j++ {
			if rateDeterminers[p.key(j)] || p.is(j, "/") {
				cc := *c
				cc.en, cc.unitRule = j, 0
				cc.unit, _, _ = strings.Cut(c.unit, "/") // the time itself: "hour" of "hour/week"
				return p.measuredDuration(&cc)
			}
		}
	}
	if specRuntimeNouns[p.lw(c.en)] && p.toks[c.en].sp {
		return true // a device's runtime as a modifier is a spec: "a longer 12-hour battery life", "its 40-hour runtime" (WCXB earbud, headphone and mouse pages: 8 times on 3 pages; web-dev-5 "hours of battery life")
	}
	if c.st > 0 && (p.is(c.st-1, "-") && !p.toks[c.st].sp || p.compoundHyphen(c.en)) || c.en < len(p.toks) && p.isHyphen(c.en-1) {
		return false // "a 72-hour period", "a one-year-old"; a spaced dash is punctuation: "each night - 11 to 12 hours - have", "others take two years - this checklist"
	}
	for j := c.valSt; j < c.en; j++ {
		if j > c.valSt && j+1 < c.valEn && p.toks[j-1].k == tWord && p.toks[j+1].k == tWord && p.adj(j) && p.adj(j+1) {
			continue // the hyphen inside a number in words: "lasted for forty-five minutes", "two and one-half hours" (web-dev-19), "twenty-one years and six months" (quantity suites), as "for 45 minutes"
		}
		if p.isHyphen(j) && !approxSuffixes[p.lw(j+1)] && !(c.qual == claims.Range && j > 0 && p.toks[j-1].k == tNum && j+1 < len(p.toks) && p.toks[j+1].k == tNum) {
			return false // "72-hour", "six-year" (not "35-plus hours", "20-odd years", nor the range "3-5 days")
		}
	}
	if p.key(c.en) == "since" && (p.key(c.st-1) == "been" || durationVerbs[p.lw(c.st-1)] || durationVerbs[p.lw(c.st-2)] && p.toks[c.st-1].k == tWord) {
		return true // "It's been 235 days since her last press conference"; a sum since a time: "already totaled 326 hours since it took over" (web-dev-13), "has spent 40 days since the strike in hiding"
	}
	prev := strings.ToLower(p.raw(c.st - 1))
	if prev == "for" && !strings.EqualFold(p.raw(c.en), "ago") {
		return true // "deliberated for less than 10 minutes before convicting"
	}
	if prev == "within" {
		// a deadline is a measured bound, a claim read exact (rule
		// duration; testdata/claims/README.md "Label conventions": the
		// dev golds' majority), also with "after"/"of" after it: "Drink
		// within 30 minutes after your workout" (dev), "file within 60
		// days of the decision" (web-dev-8)
		return true
	}
	if prev == "in" && (speedWords[strings.ToLower(p.raw(c.st-2))] || p.is(c.st-2, ")") && speedWords[strings.ToLower(p.raw(c.st-3))]) {
		return true // "0-60 mph (97 kph) in 5.8 seconds"
	}
	if prev == "in" && p.taskVerbBefore(c.st-1) {
		// the time a task takes is measured (rule duration): "can be
		// charged from 10 to 80 per cent in 27 minutes" (dev5, web-dev-7,
		// -8, -9, -11: five charging times), "crosses the strait in 35
		// minutes" (web-dev-9), "covers 15,300km in about 18 hours"
		// (web-dev-7, -11); "250mm of rain in 24 hours" stays a period
		return true
	}
	if comparativeTimes[strings.ToLower(p.raw(c.en))] {
		return true // "a full two seconds faster"
	}
	if lowerIn(marginWords, p.raw(c.en)) && p.key(c.en+1) == "of" && !lowerIn(marginIdioms, p.raw(c.en+2)) {
		return true // a margin: "finished 7.3 seconds ahead of Norris" (dev4), "three seconds ahead of Ethiopia's Tigst Assefa" (web-dev-11); "six weeks ahead for the best fares" is a time ahead
	}
	if c.v >= 1e6 && c.unit == "year" {
		return true // an age of the universe, not a date: "13.8 billion years after the Big Bang"
	}
	if v := p.lw(c.st - 1); durationVerbs[v] && !adjectiveDurationVerbs[v] && !lowerIn(agoWords, p.raw(c.en)) {
		return true // a verb of lasting right before outweighs the words after: "wait 30 minutes after consuming acidic foods" (web-dev-6), "spent two years after college abroad"
	}
	if placingAfter[strings.ToLower(p.raw(c.en))] {
		return false // "two days later", "six years ago" (placingAfter)
	}
	if p.singularUnitModifier(c) {
		return false // a singular unit before a noun is a modifier: "48 hour holds"
	}
	if p.key(c.en) == "of" && specDurationNouns[p.lw(c.en+1)] {
		return true // a device's runtime, a spec even after "the": "The 5 to 6 hours of battery life is less than we'd like", "the 30 hours of playback"
	}
	if lowerIn(possessedSpanVerbs, prev) && !lowerIn(spanLeftWords, p.raw(c.en)) && !(p.lw(c.en) == "to" && spanLeftAfterTo[p.lw(c.en+1)]) {
		return true // a span had or held: "I had 80 days at the time" (web-dev-16), "a startup with 2 years and about 300 users" (web-dev-10), "They have six years of accumulated history" (web-dev-12); "with two minutes left" stays a time
	}
	if adjectiveDurationVerbs[prev] && lowerIn(lastVerbAuxiliaries, p.raw(c.st-2)) {
		return true // "last" a verb after an auxiliary: "a process that will last about a month" (web-dev-15), "the drought could last two years"
	}
	if prev == "of" && lowerIn(measuredSpanNouns, p.raw(c.st-2)) {
		return true // a span a noun of lasting measures: "an average downtime of 18.71 days per attack" (web-dev-5), "a delay of three hours"
	}
	if prev == "every" || prev == "each" || prev == "per" || prev == "the" || prev == "this" || prev == "that" || prev == "those" || prev == "these" || prev == "first" || prev == "last" || prev == "next" || prev == "past" {
		return false
	}
	if timingUnits[c.unit] || fractionTimingUnits[c.unit] && c.v != math.Trunc(c.v) && c.qual == "" {
		return true // a timing to a fraction of a second: "won in 49.26 seconds", "finished 7.3 seconds ahead"
	}
	switch c.qual {
	case claims.MoreThan, claims.AtLeast, claims.LessThan, claims.AtMost, claims.About, claims.Nearly:
		return true
	case claims.Range:
		// a range of durations measures something, unless it places a
		// time ("in the next 3 to 6 months" stopped above at "next";
		// "in 3-5 years" is a time ahead): "videos are usually between 5
		// and 90 seconds", "timelines ranging from 3 to 9 months", "save
		// 3–6 months' worth", "sleep - 11 to 12 hours -"
		if !timeRefBefore[prev] && !rangeOpeners[prev] || rangeOpeners[prev] && !timeRefBefore[strings.ToLower(p.raw(c.st-2))] {
			return true
		}
	}
	if tookInWords[prev] && strings.EqualFold(p.raw(c.st-2), "in") {
		// done "in just N": the time something took, a measure: "organised
		// their whole wedding in just 10 weeks", "maps a room in just six
		// minutes", "4 cups in just 4 minutes"
		return true
	}
	if measuredSpanPreps[prev] {
		return true // "has lived in the city for two years", "within 20 years"; "tortured during 643 days as a political prisoner" (web-dev-13), "held during 18 months" ("during the 12 months" stopped above at "the")
	}
	if addedWords[prev] && p.key(c.st-2) != "in" {
		return true // time added to a measure: "gives you an additional six months", "wait another 25 minutes", "the case holds an extra 15 hours" (not "in another 10 years", a time ahead)
	}
	if prev == "of" && averageWords[strings.ToLower(p.raw(c.st-2))] {
		return true // a measured mean or sum: "wait an average of eight minutes", "a total of 45 hours"
	}
	if strings.EqualFold(p.raw(c.en), "of") && p.en(c.en+1) && p.toks[c.en+1].k == tWord && !strings.EqualFold(p.raw(c.en+1), "age") {
		return true // "his 25 years of management experience"
	}
	if c.unit == "day" && thresholdWords[p.key(c.en)] && p.en(c.en+1) && p.toks[c.en+1].k == tNum {
		return true // a count of days past a threshold: "recorded 20 days above 25C", "five days over 35C"
	}
	if p.changedToBefore(c.st) {
		return true // "cut travel time … to 45 minutes", "fell from 90 minutes to 40 minutes"
	}
	if clockUnits[c.unit] && rateDeterminers[p.lw(c.en)] && ratePeriods[p.lw(c.en+1)] && !scheduleWords[p.lw(c.st-1)] {
		return true // time per period, a measured rate: "sometimes 60 hours a week", "50 minutes a day", "22 minutes a night" (rule duration, ratePeriods)
	}
	if p.statedStay(c.st - 1) {
		return true // "the ones who have been here 20 years", "has gone 271 days without", "we were out there six hours"
	}
	for j := c.st - 1; j >= 0 && j >= c.st-5; j-- {
		if v := strings.ToLower(p.raw(j)); durationVerbs[v] && (j >= c.st-3 || takeVerbs[v]) && !(v == "last" && lastAdjBefore[p.key(j-1)]) {
			return true // "lasted 40 years"; "would take a single processor 15,000 years"
		}
		if j == c.st-1 && termVerbs[p.lw(j)] {
			return true // "my father did 40 years down there", "he's doing 10 years" (rule duration, termVerbs)
		}
		if p.toks[j].k != tWord {
			break
		}
	}
	return false
}

// taskVerbs name a task whose time "in N minutes" measures
// (taskVerbBefore).
var taskVerbs = lexicon.WordSet(`charge charges charged charging recharge recharges recharged recharging
	cross crosses crossed crossing cover covers covered covering travel travels travelled traveled
	fly flies flew download downloads downloaded install installs installed boil boils boiled`)

// taskVerbBefore reports a word of taskVerbs among the eight tokens
// before token i ("in"), not past a comma or the start of a clause.
func (p *parser) taskVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &p.toks[k]
		if t.k == tPunct && !p.isHyphen(k) && !p.is(k, "%") {
			return false
		}
		if t.k == tWord && lowerIn(taskVerbs, p.raw(k)) {
			return true
		}
	}
	return false
}

// marginWords before "of" after a duration make it a margin over a rival.
var marginWords = lexicon.WordSet(`ahead clear behind`)

// marginIdioms after "ahead of" make a time ahead: "three months ahead of
// time", "two years ahead of schedule".
var marginIdioms = lexicon.WordSet(`time schedule`)

// compoundHyphen reports whether token i is a hyphen that joins the word
// before it to the one after into a compound ("six-year", "72-hour-long"):
// written without a space before it. A dash set off by spaces ("- 11 to
// 12 hours -", "two years - this") is punctuation.
//
// An em dash glued on is punctuation too, never a compound's hyphen: "have
// accumulated to more than 2,600 hours—equivalent to" (web-dev-10), "every
// 18 months—iPhone 5, anyone?" (web-dev-15).
func (p *parser) compoundHyphen(i int) bool {
	return p.isHyphen(i) && !p.toks[i].sp && !p.is(i, "—")
}

// changedTo reports a verb of change (changeBefore: "cut", "reduced",
// "rose", "extended" …) among the eight words and numbers that end at
// ts[j], within the clause: a duration after its "to" or "from" is the
// measure it changed to or from ("cut travel time from Agbado to Oyingbo to
// 45 minutes", "cuts timeline to 31 days", "increase the intervals to 3
// minutes each"), not a span of time the text lives in.
func (p *parser) changedTo(j int) bool {
	for k := j; k >= 0 && k > j-8; k-- {
		if t := p.toks[k].k; t != tWord && t != tNum && !(p.raw(k) == "-" && !p.toks[k].sp) { // ("the jogging-walking intervals")
			return false
		}
		if _, ok := changeBefore[strings.ToLower(p.raw(k))]; ok {
			return true
		}
	}
	return false
}

// changedToBefore reports "to" or "from" before token st after a verb of
// change (changedTo): "cut travel time … to 45 minutes", "fell from 90
// minutes to 40 minutes" (measuredDuration, durationChangedTo).
func (p *parser) changedToBefore(st int) bool {
	k := p.lw(st - 1)
	return (k == "to" || k == "from") && p.changedTo(st-2)
}

// fractionTimingUnits: a duration in these units written to a fraction
// ("49.26 seconds", "3.9 seconds") is a timing the article reports (a
// race, an acceleration run, a lap), not a schedule or a time reference;
// a duration in timingUnits always is ("latency of 100-300 ms", "up to 20
// ms"), unless a schedule or a time reference ("every 10 ms", "50 ms
// later").
var (
	fractionTimingUnits = map[string]bool{"second": true}
	timingUnits         = map[string]bool{"millisecond": true}
)

// singularUnits are time units spelled out in the singular, as in a
// modifier ("48 hour holds"; not the abbreviation "10 min").
var singularUnits = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "decade": true}

// durationLinks may follow a measured duration: "20 years of", "two days
// in jail", "40 years and counting".
var durationLinks = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "and": true, "or": true, "to": true, "for": true, "with": true,
	"without": true, "behind": true, "under": true, "into": true, "as": true, "than": true, "because": true, "but": true,
	"while": true, "when": true, "after": true, "before": true, "during": true, "until": true, "by": true, "from": true,
}

// thresholdWords after a count of days and a number make it the days
// that passed a threshold ("20 days above 25C", "three days over 40
// degrees"): weather and climate records, a count the article asserts.
var thresholdWords = map[string]bool{"above": true, "below": true, "over": true, "under": true, "exceeding": true, "topping": true}

// possessedSpanVerbs right before a duration make it a span someone has,
// measured (measuredDuration): the quantities golds label all ten such
// spans of web-dev, -5, -7, -8, -10, -12 and -16 claims.
var possessedSpanVerbs = lexicon.WordSet(`have has had having with`)

// spanLeftWords after a duration had make it the time that remains, no
// measure: "with two minutes left", "have 10 days remaining" (and "with
// two minutes to go").
var spanLeftWords = lexicon.WordSet(`left remaining ago`)

// spanLeftAfterTo, after "to", make a duration had the time that remains,
// as spanLeftWords do: "with two minutes to go".
var spanLeftAfterTo = lexicon.WordSet(`go`)

// adjectiveDurationVerbs are durationVerbs that are also adjectives placing
// a span ("the last 30 years"): a verb of lasting only after an auxiliary
// (lastVerbAuxiliaries).
var adjectiveDurationVerbs = lexicon.WordSet(`last`)

// agoWords after a duration place it in the past ("spent two years ago"
// is a time, not a measure; placingAfter).
var agoWords = lexicon.WordSet(`ago`)

// lastVerbAuxiliaries before "last" make it the verb of lasting, no
// "last N years" placing a span (measuredDuration).
var lastVerbAuxiliaries = lexicon.Union(lexicon.Modals, lexicon.WordSet(`to does did not`))

// measuredSpanNouns before "of" and a duration measure it (measuredDuration):
// "an average downtime of 18.71 days", "a delay of three hours", "a
// lifespan of 10 years".
var measuredSpanNouns = lexicon.WordSet(`downtime delay delays wait lifespan runtime tenure outage`)

// lastAdjBefore make "last" an adjective, not the verb of durationVerbs:
// "in just the last five or 10 years", "at last", "his last two or three
// seasons" place a time ("the last 10 years" stops at "last" itself).
var lastAdjBefore = lexicon.WordSet(`the this that at its his her their our my your whose`)

// clockUnits, rateDeterminers (rates.go) and ratePeriods: hours, minutes or seconds per
// period are a measured rate, a claim ("working 35-plus hours a week" in
// the PolNeAR train gold; "out there busting it, sometimes 60 hours a
// week", "spending, on average, 50 minutes a day", "Her shifts can run 10
// hours a day" in PolNeAR; "I played 22 minutes a night" in speech).
// Days per week ("seven days a week") are a schedule, left as they are.
var (
	clockUnits  = lexicon.WordSet(`hour minute second`)
	ratePeriods = lexicon.WordSet(`day week night month year shift game match session`)
)

// scheduleWords before a time per period make it opening hours, a
// schedule, not a measure: "the center is open 24 hours a day", "staffed
// 24 hours a day", "available 24 hours a day, seven days a week" (web-dev-5
// pages; "open 24 HR").
var scheduleWords = lexicon.WordSet(`open opened closed available staffed operating operates operated manned accessible`)

// stayComplements state where or how someone stays, between a form of
// "be" (or "has gone") and a duration that measures the stay: "have been
// here 20 years", "I've been married 50 years", "we were out there six
// hours", "he was gone two weeks", "Clinton has gone 271 days without a
// press conference" (PolNeAR train, twice; speech in fresh quotes).
var stayComplements = lexicon.WordSet(`here there married gone away together sober retired home out sidelined`) // (not "open": "is open 24 hours" is a schedule, scheduleWords)

// stayLinks are the forms of "be" (and "has gone"'s "has") before
// stayComplements.
var stayLinks = lexicon.WordSet(`been be being was were is are am has have had`)

// statedStay reports one or two stayComplements ending at token j after a
// word of stayLinks: the duration after them measures a stay (a time after
// it, "ago", "later", "before" …, was ruled out before).
func (p *parser) statedStay(j int) bool {
	n := 0
	for n < 2 && j >= 0 && p.toks[j].k == tWord && stayComplements[p.lw(j)] {
		j--
		n++
	}
	return n > 0 && j >= 0 && stayLinks[p.lw(j)]
}

// termVerbs right before a duration take it as a term served or worked,
// in speech: "my father did 40 years down there", "my dad did 35 years
// underground", "he's doing 10 years for fraud", "I've done 12 years
// in the job" (ago, later, before … after the duration place a time and
// are returned before; "Did he lose 20 minutes?" is no term: the verb
// must stand right before the number).
var termVerbs = lexicon.WordSet(`did done doing do does`)

// approxSuffixes after a hyphen make a number approximate, not a modifier
// compound: "35-plus hours", "for 20-odd years", "40-odd years" (rules
// plus-at-least, odd-about).
var approxSuffixes = lexicon.WordSet(`plus odd`)

// takeVerbs take a duration after an indirect object: "would take a
// single processor system 15,000 years".
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true}

// durationVerbs take a duration as their measure: "lasted 40 years".
var durationVerbs = map[string]bool{
	"lasted": true, "last": true, "lasts": true, "lasting": true, "spent": true, "spend": true, "spends": true,
	"spending": true, "served": true, "serve": true, "serves": true, "serving": true, "took": true, "take": true,
	"takes": true, "taking": true, "waited": true, "wait": true, "waits": true, "waiting": true, "lived": true,
	"survived": true, "endured": true, "remained": true, "stayed": true, "worked": true, "ran": true,
	"reigned": true, "ruled": true, "held": true, "delayed": true, "extended": true, "shortened": true,
	"work": true, "works": true, "working": true,
	// a sum of time: "brownouts ... already totaled 326 hours" (web-dev-13),
	// "outages totalled 40 hours" (web13forms_test.go), as "a total of 45
	// hours" (averageWords)
	"totaled": true, "totalled": true, "totaling": true, "totalling": true, "totals": true,
}

// streetAfter reports whether a street name starts at token i: one to four
// capitalised words ending in a street type ("Eighth St.", "Martin Luther
// King Jr. Boulevard"), or a compass point ("W. Main", "N Broad").
func (p *parser) streetAfter(i int) bool {
	if (p.is(i, "N") || p.is(i, "S") || p.is(i, "E") || p.is(i, "W")) && (p.is(i+1, ".") || p.capitalised(i+1)) {
		return true
	}
	for j := i; j < i+8 && p.capitalised(j); j++ {
		if j > i && streetTypes[p.raw(j)] {
			return true
		}
		if p.is(j+1, ".") { // "Jr.", "St."
			j++
		}
	}
	return false
}

// houseNumberRange reports a range of whole house numbers joined by a
// hyphen with no space, "8085-8089", no unit nor qualifier word before.
func (p *parser) houseNumberRange(c *cand) bool {
	if c.qual != claims.Range || c.words || c.hasUnit || c.currency || c.scaled || c.share || c.en != c.st+3 {
		return false
	}
	a, b := &p.toks[c.st], &p.toks[c.st+2]
	return p.isHyphen(c.st+1) && p.adj(c.st+1) && p.adj(c.st+2) && a.k == tNum && b.k == tNum && !a.sep && !b.sep && !b.dec && a.ndig >= 3 && b.ndig == a.ndig
}

// backReferenceWords point back to people or things named before, between
// "the" and a small number (kind rule the-other-n): "the other three",
// "the remaining two", "the former two".
var backReferenceWords = lexicon.WordSet(`earlier other remaining latter former previous`)

// streetTypes end a street name (and the road labels that do, "Highway",
// "Hwy": withRoadStreets).
var streetTypes = withRoadStreets(map[string]bool{
	"Street": true, "St": true, "Avenue": true, "Ave": true, "Road": true, "Rd": true, "Drive": true, "Dr": true,
	"Place": true, "Pl": true, "Lane": true, "Ln": true, "Boulevard": true, "Blvd": true, "Court": true, "Ct": true,
	"Way": true, "Terrace": true, "Parkway": true, "Pkwy": true, "Circle": true,
	"Square": true, "Plaza": true, "Trail": true, "Pike": true, "Alley": true,
})

// negatedModal reports a modal's negative contraction at token i, read as
// the words "won", "'" and "t": "whether perhaps one won't reach the finish
// line" (web-dev-8), "this one won’t disappoint" (WCXB dev), "one
// wouldn't know" — the negatives of pronounOneFollowers' "will", "would".
func (p *parser) negatedModal(i int) bool {
	if i+2 >= len(p.toks) || !negatedModals[strings.ToLower(p.raw(i))] || !p.adj(i+1) || !p.adj(i+2) || strings.ToLower(p.raw(i+2)) != "t" {
		return false
	}
	a := p.raw(i + 1)
	return a == "'" || a == "’"
}

// negatedModals stand before "n't" split as "'" and "t": "won't", "wouldn't".
var negatedModals = lexicon.WordSet(`won wouldn couldn shouldn mustn`)

// pronounOneFollowers make "one" a pronoun ("one might expect").
var pronounOneFollowers = modalWords

// modalWords are the modal verbs ("one might expect"; a sentence-opening
// "May one ask" is no month).
var modalWords = lexicon.Union(lexicon.Modals, lexicon.WordSet(`cannot`))

// Month names read with care in lower case: wordMonths are also common
// words (the modal "may", the verb "march"), months only after
// monthPrepositions ("on may 19", "since march 3") or before a day;
// shortMonthNames are full names of four letters or fewer, no
// abbreviation ("june 5" needs no full stop).
var (
	wordMonths        = lexicon.WordSet(`may march`)
	monthPrepositions = lexicon.Union(datePrepositions, lexicon.WordSet(`in of`))
	shortMonthNames   = lexicon.WordSet(`june july`)
)

// callVerbs and emergencyNouns frame the emergency number 911.
var (
	callVerbs      = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "dial": true, "dials": true, "dialed": true, "dialled": true, "dialing": true, "dialling": true}
	emergencyNouns = map[string]bool{"call": true, "calls": true, "caller": true, "callers": true, "dispatcher": true, "dispatchers": true, "operator": true, "operators": true, "center": true, "centre": true, "system": true, "recording": true, "recordings": true}
)

// gluedK reports that c ends in a "K" glued to its digits, "4K", "5k":
// thousands or a video standard (video-standard, video-standard-name,
// race-distance-name).
func (p *parser) gluedK(c *cand) bool {
	return strings.EqualFold(p.raw(c.en-1), "k") && p.adj(c.en-1)
}

// videoK reports whether v is the width of a video standard in thousands
// of pixels written with K: 2K, 4K, 8K, and the cameras' 2.5K, 2.7K, 5.3K,
// 6.2K (a whole or one-decimal number of thousands, 1.5K to 16K).
func videoK(v float64) bool {
	return v >= 1500 && v <= 16000 && math.Mod(v, 100) == 0
}

// videoNouns follow a video standard: "4K streaming".
var videoNouns = map[string]bool{"streaming": true, "resolution": true, "video": true, "videos": true, "tv": true, "tvs": true, "display": true, "displays": true,
	"monitor": true, "monitors": true, "hdr": true, "ultra": true, "uhd": true, "content": true, "screen": true, "screens": true, "camera": true, "cameras": true,
	"output": true, "smart": true, "hdtv": true, "hdtvs": true, "oled": true, "projector": true, "projectors": true, "footage": true, "blu-ray": true, // "4K Smart HDTV", "4K output"
	"restoration": true, "remaster": true, "transfer": true, "scan": true, "playback": true, "recording": true, "gaming": true} // "a brand new 4K restoration print" (web-dev-14)

// videoVerbs make a video standard of the "NK" they render, record or
// stream: "renders at up to 8K" (web-dev-7), "shoots 6K", "streams in 4K".
var videoVerbs = lexicon.WordSet(`render renders rendered rendering record records recorded recording shoot shoots shot shooting
stream streams streamed streaming upscale upscales upscaled upscaling output outputs film films filmed filming`)

// videoVerbFillers may stand between a verb of videoVerbs and the video
// standard: "renders at up to 8K", "shoots in native 6K", "records full 4K".
var videoVerbFillers = lexicon.WordSet(`at up to in native full`)

// videoVerbBefore reports a verb of videoVerbs before token st, over words
// of videoVerbFillers (kind rule video-standard).
func (p *parser) videoVerbBefore(st int) bool {
	for j := st - 1; j >= 0 && j >= st-4; j-- {
		switch k := p.lw(j); {
		case lowerIn(videoVerbs, k):
			return true
		case videoVerbFillers[k]:
		default:
			return false
		}
	}
	return false
}

// videoFrameRateAfter reports a frame rate after "at" at token j: "4K at
// 120 fps" (web-dev-9), "8K at 60Hz", "4K@60fps" (kind rule video-standard).
func (p *parser) videoFrameRateAfter(j int) bool {
	if p.lw(j) != "at" && !p.is(j, "@") || !p.isNumAt(j+1) {
		return false
	}
	return lowerIn(frameRateUnits, p.raw(j+2))
}

// frameRateUnits write a frame rate after its number: "120 fps", "60Hz",
// "60p" (videoFrameRateAfter).
var frameRateUnits = lexicon.WordSet(`fps hz p`)

// ageBounds close a population bound: "age 12 and older".
var ageBounds = map[string]bool{"older": true, "over": true, "up": true, "above": true, "younger": true, "under": true, "below": true}

// benchmarkNouns after a bare "0-60" name the acceleration test.
var benchmarkNouns = lexicon.WordSet(`time times sprint sprints acceleration run dash`)

// speedUnits and speedWords: the units of an acceleration benchmark.
var (
	speedUnits = map[string]bool{"mph": true, "km/h": true}
	speedWords = map[string]bool{"mph": true, "kph": true, "km/h": true, "h": true}
)

// comparativeTimes after a duration make it a measured difference: "two
// seconds faster" ("two days later" is a time reference).
// A delay is measured too: "he was 15 minutes late to that telephone
// call" (PolNeAR), "more than six years late" (web-dev-4), "18 months
// behind schedule", "two days early" ("ahead", which places a time, "a
// year and a half ahead of time", is not here).
var comparativeTimes = lexicon.WordSet(`faster slower quicker longer shorter late behind early overdue`)

// rangeOpeners open a range before its first number ("between 5 and 90
// seconds", "from 3 to 9 months"), and a pair of one and another
// (pairedOne): "between one band and another", "from one context to the
// next".
var rangeOpeners = lexicon.WordSet(`between from`)

// timeLabelWords are the label words of time ("day 3", "week 12") that,
// after "a", "every" or "each", are a time phrase, not a label
// (time-then-count).
var timeLabelWords = lexicon.WordSet(`day week night`)

// countDeterminers before a time word make it a time phrase:
// "a bad day", "an average day", "every day", "each week", "one night".
var countDeterminers = lexicon.WordSet(`a an every each one any`)

// timePrepositions before a label word make it a label: "on day 140",
// "by week 12", "until day 3".
var timePrepositions = lexicon.WordSet(`on by from until till since of in at to before after through`)

// definiteRefFollowers after "the three" make it a reference to people or
// things named before, not a count (definite-count): "the three were
// charged", "the four of them", "the five who".
var definiteRefFollowers = lexicon.Union(lexicon.Modals, lexicon.WordSet(`were are was is had have has did do does said say says told met agreed went came remain remained who whom whose which that of and or but also all each both together`))

// definiteRelatives open a relative clause that picks the set out of what
// the text has named or will list ("the three packages that we need:
// OpenSSL, Stunnel and Rsync"): a reference (definite-count).
var definiteRelatives = lexicon.WordSet(`that which who whom whose`)

// superlativeAt reports a superlative at token i ("the three highest
// values", "the three most important ones", "the two best"): a ranking the
// text picks out, not a set's size (definite-count).
func (p *parser) superlativeAt(i int) bool {
	k := p.key(i)
	return irregularSuperlatives[k] || len(k) > 5 && strings.HasSuffix(k, "est") && !notSuperlatives[k]
}

// irregularSuperlatives rank without "-est" (or in fewer than six letters).
var irregularSuperlatives = lexicon.WordSet(`most least best worst`)

// notSuperlatives end in "-est" and rank nothing.
var notSuperlatives = lexicon.WordSet(`interest interests forest forests request requests harvest harvests protest protests contest contests conquest honest modest`)

// hyperboleValues are the round numbers of hyperbole ("a hundred/
// thousand/million/billion times").
var hyperboleValues = map[float64]bool{100: true, 1000: true, 1e6: true, 1e9: true}

// hyperboleComparatives follow "a million times" as an intensifier.
var hyperboleComparatives = lexicon.WordSet(`better worse more less bigger smaller harder easier over`)

// hyperboleVerbs are what one says or does "a million times" for
// emphasis (not views, plays or downloads, which are counted).
var hyperboleVerbs = lexicon.WordSet(`said say says saying told tell tells telling done do did does doing talked talk
asked ask heard hear explained explain repeated repeat warned warn apologised apologized practised practiced
rehearsed thought`)

// hyperboleVerbBefore reports a hyperboleVerbs word within the five
// tokens before token i, with no punctuation between ("done this a
// million times", "talked about it a million times").
func (p *parser) hyperboleVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.toks[k].k != tWord {
			return false
		}
		if hyperboleVerbs[strings.ToLower(p.raw(k))] { // (key holds only the grammar's words)
			return true
		}
	}
	return false
}

// labelOrHigher: a plain number in digits after a label word (labelWords)
// read with a bound after it ("3 or higher", "4 or above"): the label
// names its step, so the mention is the number alone, of the label's kind
// (rule label-or-higher).
func (p *parser) labelOrHigher(c *cand) bool {
	if c.qualRule != ruleSuffixQualifier || c.st != c.valSt || c.valEn != c.valSt+1 || c.words || c.hasUnit || c.currency || c.scaled || c.share {
		return false
	}
	k, ok := labelWords[p.key(c.st-1)]
	if !ok || p.toks[c.valSt].dec {
		return false
	}
	c.kind, c.en, c.qual, c.qualRule = k, c.valEn, claims.Exact, ruleDefaultExact
	c.lo, c.hi, c.open = c.v, c.v, 0
	return true
}

// titleAfterDigits reports a whole number of two or more in digits, alone
// (no qualifier, unit, currency or scale), inside a sentence, before a
// capitalised singular word that is no month, weekday, unit or demonym and
// is not followed, within three words and before a function word, by a
// plural noun (rule title-after-digits).
func (p *parser) titleAfterDigits(c *cand) bool {
	if c.words || c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.en != c.st+1 || c.v < 2 || c.v != float64(int(c.v)) || c.yearLike {
		return false
	}
	if c.st == 0 || p.sentenceStart(c.st) || p.isTitle() || p.toks[c.st-1].k != tWord {
		return false
	}
	n := c.en
	if !p.capitalised(n) {
		return false
	}
	w := p.raw(n)
	if _, day := lexicon.Weekdays[strings.ToLower(w)]; day || strings.ToUpper(w) == w || strings.HasSuffix(w, "s") || lexicon.Demonyms[w] || lexicon.PeopleDemonyms[w] {
		return false // "scored 3 Saturday", an acronym or unit code, a plural, "Republican", "500 Japanese"
	}
	if x := p.w(n); x != nil && (x.fn || x.month != 0 || x.unit != "" || x.curr != "" || x.tunit != "" || x.isCard || x.scale != 0) {
		return false
	}
	for j := n + 1; j < len(p.toks) && j <= n+3 && p.toks[j].k == tWord; j++ {
		if x := p.w(j); x != nil && x.fn {
			break // "doing 30 Rock and all these movies"
		}
		if r := p.raw(j); strings.HasSuffix(r, "s") && !strings.HasSuffix(r, "ss") {
			return false // the counted plural: "3 Boeing jets", "12 Old Firm matches", "459 Democratic primary voters"
		}
	}
	return true
}

// gluedCell reports a number glued, with no space, to the unit word that
// ends the measure read just before it (kind rule glued-cell): cells of a
// table row flattened into one run, "Fat 198g305%", "Cholesterol
// 512mg171%", "Vitamin A 6070IU121%" (a recipe page's nutrition label,
// web-prec-2). Prose spaces its numbers; "4K120Hz" after a video standard
// (no measure) keeps its reading.
func (p *parser) gluedCell(c *cand) bool {
	if c.st == 0 || c.st != p.floor || !p.adj(c.st) || p.toks[c.st-1].k != tWord || len(p.out) == 0 {
		return false
	}
	last := &p.out[len(p.out)-1]
	return last.End == p.toks[c.st].s && last.Kind == claims.KindClaim && last.Unit != "" && last.Unit != "count"
}
