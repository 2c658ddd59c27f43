package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Words and tests of the kind rules for numbers that real web pages hold
// but that count nothing (issue #15/#16 precision): the indefinite "one"
// ("in one country", "One group received"), ranks ("the top five"),
// rating scales ("a 1,000-point scale"), type modifiers ("a 16-pin
// connector", "a five-room flat", "a four-game winning streak"), a
// basketball "three" and names that hold a number ("Gemini 3 Flash",
// "ABC 7", "7 On Your Side").

// indefinitePreps before "one" and a noun make it the indefinite article
// of a place, a frame or a manner: "in one country", "under one roof", "at
// one school", "on one platform", "into one system" ("by one vote" is a
// margin: not here).
var indefinitePreps = lexicon.WordSet(`in under at on into onto within across inside throughout toward towards`)

// tollWords state a toll in the clause of a "One …" that opens a
// sentence, keeping it a count: "One person was killed", "One man died",
// "One officer was taken to hospital".
var tollWords = lexicon.WordSet(`killed died dead dies injured hurt wounded missing arrested detained charged
hospitalised hospitalized shot stabbed rescued infected injuries injury casualty fatality fatalities
survived drowned suffered remains remained voted abstained`)

// listWords join a count to another: "one Greek Orthodox and two
// Catholics" lists counts.
var listWords = lexicon.WordSet(`and or , ; while whereas but`)

// indefiniteOneAfter are the adjectives after which "one" is no count but
// a figure of speech: "one final stand", "one last thing".
var indefiniteOneAfter = lexicon.WordSet(`final last`)

// listedCount reports a number coordinated with the one ending at token
// en within the next eight tokens of its clause: "one Greek Orthodox and
// two Catholics", "one goal and two assists".
func (p *parser) listedCount(en int) bool {
	for k := en; k < en+8 && k+1 < len(p.toks); k++ {
		if p.is(k, ".") || p.is(k, ";") || p.is(k, ":") {
			return false
		}
		if listWords[p.lw(k)] {
			for j := k + 1; j <= k+2 && j < len(p.toks); j++ {
				if p.toks[j].k == tNum || p.w(j) != nil && p.w(j).isCard {
					return true
				}
			}
		}
	}
	return false
}

// tollAfter reports a word of tollWords in the clause after token i (up
// to ten words): "One person was killed".
func (p *parser) tollAfter(i int) bool {
	for k := i; k < i+10 && k < len(p.toks); k++ {
		if p.is(k, ".") || p.is(k, ";") {
			return false
		}
		if tollWords[p.lw(k)] {
			return true
		}
	}
	return false
}

// nounAfterOne reports a word at token i that can head or modify the noun
// of an indefinite "one": a word that is no function word, number, unit or
// month, and no "-" (a fraction "one-third", a modifier "one-off").
func (p *parser) nounAfterOne(i int) bool {
	if i >= len(p.toks) || p.toks[i].k != tWord || !p.toks[i].sp {
		return false
	}
	w := p.w(i)
	return w == nil || !w.fn && !w.isCard && w.scale == 0 && w.unit == "" && w.curr == "" && w.tunit == "" && w.month == 0 && w.frac == 0
}

// indefiniteOne reports an indefinite "one" (kind rule indefinite-one):
// after a preposition of place or frame and before a noun ("in one
// country", "under one roof"), opening a sentence before a noun whose
// clause states no toll ("One group received", "One option is"), or
// before "final"/"last" ("one final stand"). "only one", "one in five",
// "one person was killed", "one goal and two assists" stay counts.
func (p *parser) indefiniteOne(c *cand) bool {
	st := c.st
	if c.qual == claims.LessThan && c.valSt == st+1 && p.lw(st) == "under" {
		st++ // "under one roof": not a bound
	} else if !c.oneWord() {
		return false
	}
	if c.v != 1 || c.valEn != st+1 || c.hasUnit || c.currency || !strings.EqualFold(p.raw(st), "one") || p.listedCount(c.en) {
		return false
	}
	for k := st - 1; k >= 0 && k >= st-3; k-- {
		if countBefore[p.lw(k)] { // "only one", "Only comes in one color"
			return false
		}
	}
	if indefiniteOneAfter[p.lw(c.en)] {
		return true
	}
	if !p.nounAfterOne(c.en) {
		return false
	}
	if indefinitePreps[p.lw(st-1)] {
		return true
	}
	return st == c.st && p.sentenceStart(st) && p.capitalised(st) && !p.isTitle() && !p.tollAfter(c.en) && !p.pluralVerbAfter(c.en)
}

// existentialOne reports a "one" after an existential "there is",
// "there's", "there was" whose noun of one to three words takes a relative
// clause (kind rule existential-one): "there's one area of life that …",
// "There is one relevant law that …", "there's one specific requirement
// you'll …" — an emphatic indefinite, no count.
func (p *parser) existentialOne(c *cand) bool {
	st := c.st
	if !c.oneWord() || c.v != 1 || c.hasUnit || c.currency || !strings.EqualFold(p.raw(st), "one") || p.listedCount(c.en) || p.tollAfter(c.en) {
		return false
	}
	switch {
	case (p.lw(st-1) == "is" || p.lw(st-1) == "was") && p.lw(st-2) == "there":
	case p.lw(st-1) == "s" && apostrophes[p.raw(st-2)] && p.lw(st-3) == "there":
	default:
		return false
	}
	for k := c.en; k < c.en+4 && k < len(p.toks); k++ {
		if p.toks[k].k != tWord {
			return false
		}
		if k > c.en && existentialRelatives[p.lw(k)] {
			return true
		}
	}
	return false
}

// apostrophes split "there's" into "there", "'", "s"; the left single
// quote stands for one on some pages ("If there‘s one area", web-dev-8).
var apostrophes = map[string]bool{"'": true, "’": true, "‘": true}

// existentialRelatives open the clause after "there is one <noun>": "that",
// "who", "which", or a subject pronoun ("one thing you …").
var existentialRelatives = lexicon.WordSet(`that who which whom where you we i they`)

// pluralVerbAfter reports a plural verb within three words after token i:
// "One CAD files were shared" reads "One" as a number of files.
func (p *parser) pluralVerbAfter(i int) bool {
	for k := i; k < i+3 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		switch p.lw(k) {
		case "are", "were", "have":
			return true
		}
	}
	return false
}

// rankNouns after "top N" make it a rank: "a top 10 list", "a top-five
// finish".
var rankNouns = lexicon.WordSet(`list lists spot spots finish finishes seed seeds ranking rankings place places position positions pick picks`)

// rankFollowers after "top N" end the rank after a rank preposition:
// "finished in the top 10 in the league" (inRanking).
var rankFollowers = lexicon.WordSet(`in on at for among this last overall`)

// topRank reports a rank after "top" (kind rule top-rank): "Hertz rounded
// out the top five.", "a top-10 finish", "top 10 lists" ("the top five
// banks hold 40%" counts the banks; "the top 1 percent" is a share).
func (p *parser) topRank(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.en != c.valEn || c.valEn != c.valSt+1 {
		return false
	}
	prev := c.st - 1
	if p.isHyphen(prev) && p.adj(prev) && p.adj(c.st) {
		prev--
	}
	if p.lw(prev) != "top" {
		return false
	}
	nx := c.en
	if nx >= len(p.toks) || p.toks[nx].k == tPunct && !p.isHyphen(nx) {
		return true
	}
	k := p.lw(nx)
	return rankNouns[k] || rankFollowers[k] && p.inRanking(prev)
}

// rankPreps before "the top N" place something in a ranking: "break into
// the top three in South Carolina", "back in the top 10 for the first
// time" ("with the top 18 in our lineup" counts them).
var rankPreps = lexicon.WordSet(`in into of out outside among within inside from`)

// rankDeterminers stand between a rank preposition and "top".
var rankDeterminers = lexicon.WordSet(`the our their my its his her your`)

// inRanking reports a rank preposition before "top" at token i, with or
// without a determiner: "in the top", "into our top", "in top".
func (p *parser) inRanking(i int) bool {
	if rankDeterminers[p.lw(i-1)] {
		i--
	}
	return rankPreps[p.lw(i-1)]
}

// scaleNouns after "N-point" make N the top of a rating scale: "on a
// 1,000-point scale", "a 10-point scale" (survey and review pages).
var scaleNouns = lexicon.WordSet(`scale scales`)

// ratingScale reports the top of a rating scale (kind rule rating-scale):
// "704 (on a 1,000-point scale)", "rated on a five-point scale", "on a
// scale of 1 to 10", "Score (1-5)" ("a 10-point lead" is a margin: a
// claim).
func (p *parser) ratingScale(c *cand) bool {
	if c.currency || c.scaled || c.share || c.qual != "" && c.qual != "range" {
		return false
	}
	// "N-point scale": the unit "point" read over the hyphen, or the
	// hyphen and "point" after the number
	e := c.en
	if !c.hasUnit && p.isHyphen(e) && p.lw(e+1) == "point" {
		e += 2
	} else if !(c.hasUnit && c.unit == "point" && p.lw(e-1) == "point" && p.isHyphen(e-2)) {
		e = -1
	}
	if e > 0 && scaleNouns[p.lw(e)] {
		return true
	}
	// "a scale of 1 to 10", "on a scale of one to five"
	if !c.hasUnit && p.lw(c.st-1) == "of" && scaleNouns[p.lw(c.st-2)] {
		return true
	}
	return !c.hasUnit && p.bracketedScale(c)
}

// ratingHeadNouns head a table column or a label whose bracket gives the
// scale: "Versatility Score (1-5)", "Rating (0 to 10)".
var ratingHeadNouns = lexicon.WordSet(`score scores rating ratings scale`)

// scaleBottom and scaleTop are the ends of a rating scale.
func scaleBottom(v float64) bool { return v == 0 || v == 1 }
func scaleTop(v float64) bool    { return v == 5 || v == 10 || v == 100 }

// bracketedScale reports the range of a rating scale in brackets after a
// rating noun: "Versatility Score (1-5)" (a home-gym guide's table,
// web-prec-3), "Rating (0 to 10)" (a product guide) — read whole, or its
// two ends read apart ("0", "to", "10"). "Ratings (3 to 4 stars)" is no
// scale.
func (p *parser) bracketedScale(c *cand) bool {
	if c.qual == "range" {
		return scaleBottom(c.lo) && scaleTop(c.hi) && p.is(c.en, ")") && p.is(c.st-1, "(") && ratingHeadNouns[p.lw(c.st-2)]
	}
	if c.qual != "" || c.en != c.st+1 {
		return false
	}
	if p.lw(c.st-1) == "to" && p.isNumAt(c.st-2) {
		// the top: "(0 to 10)"
		return scaleTop(c.v) && scaleBottom(p.toks[c.st-2].v) && p.is(c.en, ")") && p.is(c.st-3, "(") && ratingHeadNouns[p.lw(c.st-4)]
	}
	// the bottom: "(0 to 10)"
	return scaleBottom(c.v) && p.lw(c.en) == "to" && p.isNumAt(c.en+1) && scaleTop(p.toks[c.en+1].v) && p.is(c.en+2, ")") &&
		p.is(c.st-1, "(") && ratingHeadNouns[p.lw(c.st-2)]
}

// typeModifiers are nouns that, hyphened after a number and before a head
// noun, name a type of thing, not a count the article asserts: "a 16-pin
// connector", "a five-room flat", "a two-bedroom apartment", "a four-game
// winning streak", "a two-class layout", "three-point range". A row lists
// the heads it takes; "a 450-seat chamber", "a 10-point lead", "a
// 40-page report" are measures and stay claims.
var typeModifiers = map[string]map[string]bool{
	"pin":      nil, // any head: "a 16-pin FFC connector", "5-pin switches"
	"bit":      nil, // a width: "32-bit payloads", "a 16-bit integer", "256-bit AES" (11 WCXB pages; web-prec-1, web-prec-3)
	"room":     lexicon.WordSet(`flat flats unit units apartment apartments home homes house houses condo condos hdb`),
	"bedroom":  dwellingHeads,
	"bathroom": dwellingHeads,
	"bath":     dwellingHeads,
	"game":     lexicon.WordSet(`winning losing streak skid slide suspension ban homestand stretch`),
	"class":    lexicon.WordSet(`layout configuration cabin cabins seating`),
	// a series' or a tour's length: "the two-match series", "a
	// three-match white-ball series", "a two-Test tour" (articles-dev-3
	// twice, articles-dev-2: not-claims), "a three-match ban"
	"match": nil,
	"test":  lexicon.WordSet(`series tour tours`),
	// a building's height in floors: "her two-storey house" (articles-dev-3)
	"storey": buildingHeads,
	"story":  buildingHeads,
	// a golf course's or a tournament's length: "an 18-hole golf course",
	// "Almost 650 18-hole golf courses" (PolNeAR train), "a 72-hole total
	// of 280" (Brown ca38); "a 13-hole drilling program" counts holes
	"hole":  lexicon.WordSet(`golf course courses total totals tournament tournaments event events layout layouts championship`),
	"point": lexicon.WordSet(`range shot shots shooting shooter shooters attempt attempts line arc play plays percentage basket baskets`),
}

// buildingHeads are the buildings a number of storeys types: "a
// two-storey house", "a five-story building", "his three-story apartment
// on Fifth Avenue" (web-prec-4; the homes of dwellingHeads, as
// articles-dev-3's "two-storey house").
var buildingHeads = lexicon.WordSet(`house houses home homes building buildings block blocks structure tower towers
apartment apartments flat flats condo condos townhouse townhouses penthouse penthouses mansion mansions`)

// dwellingHeads are the homes a number of bedrooms or bathrooms types: "a
// 3-bedroom house", "a two-bathroom flat".
var dwellingHeads = lexicon.WordSet(`flat flats unit units apartment apartments home homes house houses condo condos property properties
	semi semis bungalow bungalows townhouse townhouses villa villas cottage cottages duplex colonial`)

// singularRooms after a number of two or more with no hyphen still name a
// type: "a two bedroom home" (typeModifier).
var singularRooms = lexicon.WordSet(`bedroom bathroom`)

// typeModifier reports a number naming a type (kind rule type-modifier):
// the number, a hyphen, a noun of typeModifiers and one of its heads.
func (p *parser) typeModifier(c *cand) bool {
	if c.currency || c.scaled || c.share || c.qual != "" {
		return false
	}
	n := -1
	switch {
	case !c.hasUnit && p.isHyphen(c.en) && p.adj(c.en) && p.adj(c.en+1):
		n = c.en + 1
	case c.hasUnit && c.en-c.valEn == 2 && p.isHyphen(c.en-2):
		n = c.en - 1
	case !c.hasUnit && c.v >= 2 && c.en < len(p.toks) && p.toks[c.en].sp && singularRooms[p.lw(c.en)]:
		// the hyphen left out: "a typical two bedroom home", "a two
		// bedroom, two bathroom home", "a huge four bedroom house" (a
		// cleaning-price guide, a blog interview) — a count writes the
		// plural ("two bedrooms")
		return true
	}
	if n < 0 {
		return false
	}
	noun := p.lw(n)
	if basketNouns[noun] { // "a three-pointer": the basket
		return true
	}
	heads, ok := typeModifiers[noun]
	if !ok {
		return false
	}
	if heads == nil { // any head noun
		return n+1 < len(p.toks) && p.toks[n+1].k == tWord
	}
	if k := n + 1; (p.is(k, ",") || p.key(k) == "and") && p.isNumAt(k+1) && p.isHyphen(k+2) && p.adj(k+2) && p.adj(k+3) && roomTypes[p.lw(k+3)] {
		// another room type between it and the head: "This 4-bedroom,
		// 2.5-bath colonial" (web-dev-8), "a three-bedroom and two-bath
		// house"
		return heads[p.lw(k+4)]
	}
	return heads[p.lw(n+1)]
}

// roomTypes are the rows of typeModifiers that type a home by its rooms.
var roomTypes = lexicon.WordSet(`room bedroom bathroom bath`)

// basketballThree reports a "three" used as a noun, a three-point basket
// (kind rule basket-three): "hit an early three but", "knocked down a three
// over Horford", "a big three." — an article and at most two adjectives
// before it, and no noun after it.
func (p *parser) basketballThree(c *cand) bool {
	if !c.oneWord() || !strings.EqualFold(p.raw(c.st), "three") {
		return false
	}
	if nx := c.en; nx < len(p.toks) && p.toks[nx].k != tPunct && !threeFollowers[p.lw(nx)] {
		return false
	}
	switch p.lw(c.st - 1) {
	case "a", "an":
		return shootVerbs[p.lw(c.st-2)]
	}
	return threeAdjectives[p.lw(c.st-1)] && (p.lw(c.st-2) == "a" || p.lw(c.st-2) == "an")
}

// threeAdjectives qualify a basketball three: "an early three", "a big
// three", "a corner three".
var threeAdjectives = lexicon.WordSet(`early late big huge deep clutch corner quick timely go-ahead contested step-back stepback open wide-open tough transition first second third fourth`)

// shootVerbs score a basket: "hit a three", "drained a three", "knocked
// down a three".
var shootVerbs = lexicon.WordSet(`hit hits hitting made makes making sank sinks drained drains buried buries down nailed nails drilled splashed`)

// threeFollowers may follow a basketball "three": "hit a three over
// Horford", "an early three but".
var threeFollowers = lexicon.WordSet(`but and over from in to with as before after late early that off down`)

// nameWordAt reports a word at token i that may be part of a name: not a
// function word, number, month, currency, unit or word of change.
func (p *parser) nameWordAt(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].k != tWord {
		return false
	}
	w := p.w(i)
	return w == nil || !w.fn && w.month == 0 && w.curr == "" && w.chg == "" && w.chgN == "" && !w.isCard && w.ord == 0 && w.tunit == "" && w.unit == "" && w.scale == 0
}

// acronymAt reports a word of two to five capitals at token i ("ABC",
// "NBC"), no currency code.
func (p *parser) acronymAt(i int) bool {
	r := p.raw(i)
	if len(r) < 2 || len(r) > 5 || !p.nameWordAt(i) {
		return false
	}
	for k := 0; k < len(r); k++ {
		if r[k] < 'A' || r[k] > 'Z' {
			return false
		}
	}
	return true
}

// numberInName reports a bare whole number inside a name (kind rule
// number-in-name): between two capitalised name words, the first one
// opening the sentence ("Gemini 3 Flash is built", "Raspberry Pi 5
// Model B"), after an acronym opening the sentence ("ABC 7 has also",
// "NBC 5 reported"), or opening a name whose next word is a capitalised
// function word ("a 7 On Your Side investigation"). Not in headlines;
// "In 2019 300 Americans died", "3 In 4 voters" and "40 May Day marchers"
// stay counts.
func (p *parser) numberInName(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.en != c.st+1 || p.isTitle() {
		return false
	}
	prev, next := c.st-1, c.en
	if p.adj(c.st) || next < len(p.toks) && p.adj(next) && p.toks[next].k == tWord {
		return false
	}
	if p.capitalised(prev) && p.sentenceStart(prev) && p.nameWordAt(prev) && !p.verbLike(prev) {
		if p.acronymAt(prev) && (next >= len(p.toks) || !p.capitalised(next)) {
			return true
		}
		if p.capitalised(next) && p.nameWordAt(next) && !p.sentenceStart(next) {
			return true
		}
	}
	if w := p.w(next); w != nil && w.fn && w.month == 0 && p.capitalised(next) && !p.sentenceStart(next) && p.capitalised(next+1) && next+1 < len(p.toks) && p.toks[next+1].k == tWord {
		return true
	}
	return false
}

// verbLike reports a capitalised word at token i that may be a verb
// opening a list item ("- Requires 18 RUs", "Includes 2 USB ports"): it
// ends in -s or -ed and is not an acronym.
func (p *parser) verbLike(i int) bool {
	r := p.raw(i)
	return !p.acronymAt(i) && (strings.HasSuffix(r, "s") || strings.HasSuffix(r, "ed"))
}

// hyphenedNameWord reports a number word hyphened to a capitalised word
// inside a sentence (kind rule number-word-hyphen-name): "Keyless'
// Zero-Knowledge Biometrics", "Zero-Waste Living", "One-Punch Man".
func (p *parser) hyphenedNameWord(c *cand) bool {
	if !c.words || c.valEn != c.valSt+1 || c.hasUnit || c.currency || c.qual != "" || p.isTitle() || !p.capitalised(c.valSt) || p.sentenceStart(c.valSt) {
		return false
	}
	e := c.valEn
	return p.isHyphen(e) && p.adj(e) && p.adj(e+1) && p.capitalised(e+1) && p.nameWordAt(e+1)
}

// lw is the word at token i in lower case ("" past the ends).
func (p *parser) lw(i int) string { return strings.ToLower(p.raw(i)) }

// aircraftModel reports an airliner family's number before its variant or
// an aircraft noun (kind rule aircraft-model; lexicon.AircraftModels):
// "the embattled 737 Max jet", "The 777 program has faced delays", "a 737
// NG plane" ("400 737 Max jets": model-number-after-count).
func (p *parser) aircraftModel(c *cand) bool {
	t := &p.toks[c.valSt]
	return c.plainDigits() && !t.sep && !t.dec && c.en == c.st+1 && lexicon.AircraftModels[c.v] && c.en < len(p.toks) && p.toks[c.en].sp && lexicon.AircraftWords[p.raw(c.en)]
}

// singularVerbs after "the N" make N a name: a count takes the plural
// ("the 300 were killed").
var singularVerbs = lexicon.WordSet(`is was has does remains`)

// singularNumberName reports "the" and a bare number of three or four
// digits (no separator, no decimals, no year) before a verb in the
// singular (kind rule singular-number-name).
func (p *parser) singularNumberName(c *cand) bool {
	t := &p.toks[c.valSt]
	return c.plainDigits() && !c.yearLike && !t.sep && !t.dec && (t.ndig == 3 || t.ndig == 4) && c.en == c.st+1 && c.st > 0 &&
		p.lw(c.st-1) == "the" && c.en < len(p.toks) && p.toks[c.en].k == tWord && singularVerbs[p.lw(c.en)]
}

// filmGauge reports a film width before a film noun (kind rule film-gauge;
// lexicon.FilmGauges): "dreamy 16mm film stock", "a 35mm camera", "35 mm
// film".
func (p *parser) filmGauge(c *cand) bool {
	return c.hasUnit && c.unit == "mm" && c.qual == "" && !c.currency && lexicon.FilmGauges[c.v] && c.en < len(p.toks) && lexicon.FilmWords[p.lw(c.en)]
}

// rateBase reports the base of a rate after "per", a power of ten from 100
// to a million (kind rule rate-base):
// "new infections per 100,000 people is now at 20.4", "deaths per 1,000
// in 2020" — the rate's value is the claim ("12 deaths per 100,000
// residents" is read whole by the grammar; "3 goals per 10 games" counts).
func (p *parser) rateBase(c *cand) bool {
	// (a decimal rate before "per" is the rate, not a count: "from 1.1 to
	// 3.0 per 100,000")
	if c.hasUnit || c.currency || c.share || c.qual != "" || p.lw(c.st-1) != "per" || p.isNumAt(c.st-2) && !p.toks[c.st-2].dec || p.toks[c.valSt].k != tNum {
		return false
	}
	for v := 100.0; v <= 1e6; v *= 10 {
		if c.v == v {
			return true
		}
	}
	return false
}

// labelListWords join a labelled number to the next: "week five or six",
// "Phase 2 or 3", "Articles 5 and 6".
var labelListWords = lexicon.WordSet(`or and to through`)

// labelList reports a number continuing a labelled number (kind rule
// label-list): "by week five or six", "Phase 2 or 3", "Day 4 to 5" — the
// mention before the joining word is a bare number that a label word or
// the number grammar read as an ordinal or identifier ("Cruz trails Trump
// 458 to 359" and "two Thunderbolt 4, one USB-C" count), or a label word
// stands before a range.
func (p *parser) labelList(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share {
		return false
	}
	if c.qual == claims.Range && c.valSt == c.st {
		_, ok := labelWords[p.key(c.st-1)]
		return ok
	}
	if c.qual != "" || !labelListWords[p.lw(c.st-1)] || len(p.out) == 0 {
		return false
	}
	j := c.st - 2
	if j < 0 || !(p.toks[j].k == tNum || p.w(j) != nil && p.w(j).isCard) {
		return false
	}
	last := &p.out[len(p.out)-1]
	r := last.rules[0].String()
	return last.End == p.toks[j].e && (last.Kind == claims.KindOrdinal || last.Kind == claims.KindIdentifier) &&
		(r == "label-word" || r == "label-list" || r == "number-grammar")
}

// displacedDate reports a day written between the comma after its month
// and the year (kind rule displaced-date): "Monday, January, 12 2026",
// "until Tuesday, January, 6 2026".
func (p *parser) displacedDate(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.v < 1 || c.v > 31 || c.en != c.st+1 || !p.is(c.st-1, ",") {
		return false
	}
	m := p.w(c.st - 2)
	y := c.en
	return m != nil && m.month != 0 && p.capitalised(c.st-2) && y < len(p.toks) && p.toks[y].k == tNum && p.toks[y].ndig == 4 && p.toks[y].v >= 1800 && p.toks[y].v <= 2100
}

// substituteDeterminers open a noun phrase whose noun "one" stands for:
// "the previous one", "a $100 one", "this one is set", "each one".
var substituteDeterminers = lexicon.WordSet(`a an the this that each every any another which my your his her our their its same`)

// pronounOneNext follow a "one" that stands for a noun named before or a
// person in general: "one that fits your budget", "one from Cardiology
// Grand Rounds", "one near Toodyay", "one with a 30W port".
var pronounOneNext = lexicon.WordSet(`that which who whose from near like with without`)

// pronounOneVerbs follow a "one" that is the subject of its clause: "one
// is worth it", "One was not necessarily better", "one has two options".
var pronounOneVerbs = lexicon.WordSet(`is was has had does did needs gives gets makes seems looks feels`)

// pronounOneAdverbs stand between a subject "one" and its verb: "one
// just happened", "one never touches your plate".
var pronounOneAdverbs = lexicon.WordSet(`just already also still never always even often rarely really`)

// finiteVerbAt reports a word at token i that reads as a finite verb: a
// past in -ed, a present in -s (not -ss) or a verb of pronounOneVerbs.
func (p *parser) finiteVerbAt(i int) bool {
	if i >= len(p.toks) || p.toks[i].k != tWord || p.capitalised(i) {
		return false
	}
	w := p.lw(i)
	return pronounOneVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// numberBefore reports a number in the sentence before token i: "Two were
// injured and one is in critical condition" counts the one.
func (p *parser) numberBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if p.toks[k].k == tNum || p.w(k) != nil && p.w(k).isCard {
			return true
		}
	}
	return false
}

// substituteOne reports a "one" that stands for a noun (kind rule
// substitute-one): after a determiner and at most two modifiers with no
// noun after it ("the previous one is finished", "a $100 one in the blink
// of an eye", "the right one back"), before a relative or a preposition
// ("one that fits", "one from January 2013", "one near Toodyay"), or as
// the subject of a verb when no number comes before it in the sentence
// and no toll after it ("One was not necessarily better"; "Two were hurt
// and one is in hospital", "one was killed" count).
func (p *parser) substituteOne(c *cand) bool {
	if !p.wordOne(c) || p.listedCount(c.en) || c.qualRule == ruleChangeAndLevelQuote {
		return false // ("rose one to 12-1/4": a change, movementfromto.go)
	}
	for k := c.st - 1; k >= 0 && k >= c.st-3; k-- {
		if countBefore[p.lw(k)] {
			return false
		}
	}
	next := p.lw(c.en)
	if pronounOneNext[next] {
		return true
	}
	if pronounOneVerbs[next] && !p.numberBefore(c.st) && !p.tollAfter(c.en) {
		return true
	}
	// "one just happened", "make sure one never touches your plate"
	if pronounOneAdverbs[next] && p.finiteVerbAt(c.en+1) && !p.numberBefore(c.st) && !p.tollAfter(c.en) {
		return true
	}
	if p.nounAfterOne(c.en) || p.isNumAt(c.en) {
		return false
	}
	for k := c.st - 1; k >= 0 && k >= c.st-3; k-- {
		if substituteDeterminers[p.lw(k)] {
			return true
		}
		if p.toks[k].k == tPunct && !p.is(k, "$") || p.w(k) != nil && p.w(k).fn { // "one in the morning and one in"
			return false
		}
	}
	return false
}

// streetNumberWord reports a number word opening a building's address
// (kind rule street-number-word): "One Commerce Plaza", "One White
// Street".
func (p *parser) streetNumberWord(c *cand) bool {
	if !c.oneWord() || !p.capitalised(c.st) {
		return false
	}
	for j := c.en; j < c.en+4 && p.capitalised(j); j++ {
		if j > c.en && streetTypes[p.raw(j)] {
			// the address ends there: "One Commerce Plaza, 99 …" ("Two
			// Supreme Court justices" counts)
			return j+1 >= len(p.toks) || p.toks[j+1].k != tWord
		}
	}
	return false
}

// dateRangeWords join a date to the last day of its span: "between
// September 16 and 20", "July 8 and 9", "May 3 through 5".
var dateRangeWords = lexicon.WordSet(`and to through till until or`)

// dateRangeEnd reports the last day of a span opened by a date (kind rule
// date-range-end): "between September 16 and 20,", "on July 8 and 9." —
// the mention before the joining word is a date ending in its day, and no
// counted noun follows ("In May 3 and 4 people died" counts).
func (p *parser) dateRangeEnd(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.v < 1 || c.v > 31 || c.en != c.st+1 || len(p.out) == 0 {
		return false
	}
	if !dateRangeWords[p.lw(c.st-1)] && !p.isHyphen(c.st-1) {
		return false
	}
	j := c.st - 2
	last := &p.out[len(p.out)-1]
	if j < 0 || p.toks[j].k != tNum || p.toks[j].v < 1 || p.toks[j].v > 31 || last.End != p.toks[j].e || last.Kind != claims.KindDate {
		return false
	}
	n := c.en
	if n >= len(p.toks) || p.toks[n].k == tPunct {
		return true
	}
	w := p.w(n)
	return w != nil && w.fn || p.toks[n].k == tNum && p.toks[n].ndig == 4
}

// bracketCitation reports a number alone in square brackets, or a list of
// them (kind rule bracket-citation): a footnote or reference mark ("the
// Water-Making Spell[2]", "signal processing.[6]", "[3][4]", "[3, 4]")
// or an index ("offset [4]"), never a count.
func (p *parser) bracketCitation(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" && c.qual != claims.Range || c.words || p.toks[c.valSt].dec {
		return false // "23.11 [4.93]": a standard deviation
	}
	open, close := c.st-1, c.en
	for p.is(open, ",") && open > 0 && p.toks[open-1].k == tNum {
		open -= 2
	}
	for p.is(close, ",") && close+1 < len(p.toks) && p.toks[close+1].k == tNum {
		close += 2
	}
	return p.is(open, "[") && p.is(close, "]")
}

// referenceLocator reports the page or identifier of a cited work (kind
// rule reference-locator): after "p." or "pp." ("pp. 595–598", "p.
// 23-36"; capitalised in older copy: "(P. 211) the anti-trust laws …",
// "(Pp. 228-229)", a 1961 magazine quoting a book, Brown ca36) or "doi:"
// ("doi:10.1109/BHI.2016.7455968", "doi: 10.3389/…").
func (p *parser) referenceLocator(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.words || c.qual != "" && c.qual != claims.Range {
		return false
	}
	if p.is(c.st-1, ".") && lowerIn(pageMarks, p.raw(c.st-2)) {
		return true
	}
	return p.is(c.st-1, ":") && strings.EqualFold(p.raw(c.st-2), "doi") || p.citationLocator(c)
}

// pageMarks abbreviate "page" and "pages" before a cited work's locator,
// any case ("p. 23", "pp. 595–598", "P. 211", "Pp. 228-229").
var pageMarks = lexicon.WordSet(`p pp`)

// versionList reports a version continuing a list opened by a versioned
// name (kind rule version-list): "Python 3.5, 3.6, 3.7, and 3.8", "between
// Python 2.7 and 3.5+" — a bare decimal after ",", "and", "or" or "to"
// whose list began with a mention read as a version (name-with-version,
// software-version), or any release number after a versioned name ("from
// Python 2 to 3", "Perl 5 to 6"; versioned-name).
func (p *parser) versionList(c *cand) bool {
	t := &p.toks[c.valSt]
	if c.hasUnit || c.currency || c.scaled || c.share || c.words || t.sep || t.ndig > 2 || c.valEn != c.valSt+1 || len(p.out) == 0 {
		return false
	}
	if c.qual != "" && !((c.qual == claims.AtLeast || c.qual == claims.MoreThan) && c.valSt == c.st) { // "3.5+"
		return false
	}
	j := c.st - 1
	if !labelListWords[p.lw(j)] && !p.is(j, ",") {
		return false
	}
	if p.is(j-1, ",") { // ", and 3.8"
		j--
	}
	last := &p.out[len(p.out)-1]
	if j < 1 || last.End != p.toks[j-1].e {
		return false
	}
	switch last.rules[0].String() {
	case "name-with-version", "software-version", "version-list":
		return t.dec
	case "versioned-name":
		return true // "from Python 2 to 3", "Perl 5 to 6"
	}
	return false
}

// dimensionName reports "3-D", "2-D" (kind rule dimension-name): the
// number of dimensions names a kind of printing, film or image, as "3D"
// does.
func (p *parser) dimensionName(c *cand) bool {
	return c.plainDigits() && c.en == c.st+1 && c.v >= 2 && c.v <= 4 && p.isHyphen(c.en) && p.adj(c.en) && p.adj(c.en+1) && (p.is(c.en+1, "D") || p.is(c.en+1, "d"))
}

// zeroCompound reports "zero" hyphened into a modifier (kind rule
// zero-compound): "zero-cost abstractions", "zero-tolerance
// consequences", "zero-click searches", "zero-emission vehicles" — a kind
// of thing, not a count ("from zero to 60 mph": speed-benchmark).
func (p *parser) zeroCompound(c *cand) bool {
	return c.oneWord() && c.v == 0 && strings.EqualFold(p.raw(c.st), "zero") && p.isHyphen(c.en) && p.adj(c.en) && p.adj(c.en+1) && c.en+1 < len(p.toks) && p.toks[c.en+1].k == tWord
}

// figurativeZeroNouns after a bare "zero" make it a figure of ease, no
// count: "with practically zero fuss", "deliver spotless results with
// zero guesswork", "with zero friction", "zero effort required", "with
// zero compromises" (WCXB cleaning, baking, wedding, CRM, web-design and
// gear pages; web-prec-2 and web-prec-3 judge them figurative). Nouns a
// fact-checker may count stay out ("zero interest", "zero revenue",
// "zero clicks", "zero risk").
var figurativeZeroNouns = lexicon.WordSet(`fuss guesswork hassle friction effort compromises compromise`)

// figurativeZero reports the "zero" of "zero fuss" (kind rule
// figurative-zero): the word, not the digit, right before a noun of
// figurativeZeroNouns.
func (p *parser) figurativeZero(c *cand) bool {
	return c.oneWord() && c.v == 0 && strings.EqualFold(p.raw(c.st), "zero") && lowerIn(figurativeZeroNouns, p.raw(c.en))
}

// intensifiedWords after "100%" make it an intensifier, no share: "your
// business is 100% credible", "is 100% focused on social media", "We
// review earphones with 100% honesty", "no one knows for 100% certainty",
// "100% recommend these boots" (WCXB guides of five sites; web-prec-2
// judges "100% credible" figurative). What a product is made of or does
// ("100% recyclable", "100% vegan", "100% of the proceeds") stays a claim,
// and so, for now, does a quoted pledge ("it was “100 percent committed to
// an open process”", PolNeAR train: an attribution relation its figures
// count).
var intensifiedWords = lexicon.WordSet(`credible focused honest honesty certainty recommend`)

// intensifierPercent reports the "100%" of "100% credible" (kind rule
// intensifier-percent).
func (p *parser) intensifierPercent(c *cand) bool {
	return c.unit == "percent" && c.v == 100 && c.qual == "" && c.en < len(p.toks) && lowerIn(intensifiedWords, p.raw(c.en))
}

// thirdParty reports the "a third" of "a third party", "a third-party
// vendor" (kind rule third-party): an ordinal naming an outside party, no
// fraction — "copyrighted by a third party", "software provided by a
// third-party vendor", "built under license by a third-party
// manufacturer" (WCXB pages of three sites; web-prec-2 and web-prec-3
// judge them ordinals). "A third of employees" stays a share.
func (p *parser) thirdParty(c *cand) bool {
	if !c.words || !strings.EqualFold(p.raw(c.en-1), "third") {
		return false
	}
	e := c.en
	if p.isHyphen(e) && p.adj(e) && p.adj(e+1) {
		e++
	}
	w := p.lw(e)
	return w == "party" || w == "parties"
}

// enumeratorConjunctions before "(2)" open a list's next item: "… and
// (2) those who think".
var enumeratorConjunctions = lexicon.WordSet(`and or`)

// inlineEnumerator reports a list mark inside a sentence (kind rule
// inline-enumerator): "others 1) didn't see them or 2) didn't explore",
// "still stand: 1.) Show the committee … and 2.) Dig into" — a small whole
// number closed by ")" or ".)" with no "(" before it — and "(1)" opening
// an item after ":", ",", ";", "and" or "or" ("fall into one of two
// categories: (1) those who dig … and (2) those who think", web-prec-2).
func (p *parser) inlineEnumerator(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.v < 1 || c.v > 20 || c.en != c.st+1 {
		return false
	}
	e := c.en
	if p.is(e, ".") && p.adj(e) && p.is(e+1, ")") && p.adj(e+1) {
		// "1.)": a list mark whatever follows (the sentence splitter may
		// end the sentence after it)
		return p.adj(c.en) && (c.st == 0 || p.toks[c.st-1].k == tWord || p.is(c.st-1, ";") || p.is(c.st-1, ":"))
	}
	if !p.is(e, ")") || e+1 >= len(p.toks) || p.toks[e+1].k != tWord {
		return false
	}
	if p.is(c.st-1, "(") {
		// "(1) those who": the "(" after a list's opener, not "slice(0, 6)",
		// "(x + 1)" or "a conductive mesh (3) is"
		o := c.st - 2
		return p.adj(c.st) && p.adj(c.en) && (o < 0 || p.is(o, ":") || p.is(o, ",") || p.is(o, ";") || enumeratorConjunctions[p.lw(o)])
	}
	// after a word, ";" or ":" or opening the sentence: not "(9.8/10)"
	return c.st == 0 || p.toks[c.st-1].k == tWord || p.is(c.st-1, ";") || p.is(c.st-1, ":")
}

// ratingDenominator reports the top of a rating written "N/5", "N/10" or
// "N/100" (kind rule rating-denominator): "⭐4.2/5", "pressure relief
// (9.8/10)" — the rating is the claim, its scale no count ("3/4 of
// members" is a fraction, read whole by the grammar). The top may carry a
// zero decimal, "CleverHiker Rating: 4.8/5.0", and stand apart from the
// slash when a decimal shows it a score, "Our Score: 4.9 / 5.0" (a gear
// review and a movers' guide, web-prec-3); "Windows 7 / 8" has no such
// top.
func (p *parser) ratingDenominator(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || c.en != c.st+1 || c.v != 5 && c.v != 10 && c.v != 100 {
		return false
	}
	s := c.st - 1
	if !p.is(s, "/") || !p.isNumAt(s-1) || p.toks[s-1].v > c.v {
		return false
	}
	if p.adj(c.st) && p.adj(s) {
		return true
	}
	return !p.adj(c.st) && !p.adj(s) && (t.dec || p.toks[s-1].dec)
}

// addressUnitWords name the unit or box of a postal address before its
// number: "110 Gough St. Suite 301", "P.O. Box 1234", "Apt. 4".
var addressUnitWords = lexicon.WordSet(`Suite Ste Apt Box`)

// addressUnit reports the number of a suite, apartment or post-office box
// (kind rule address-unit): "Suite 301", "Ste. 200", "Apt. 4B", "PO Box
// 1234" (the capitalised word; "a box 12 inches wide" counts).
func (p *parser) addressUnit(c *cand) bool {
	if !c.plainDigits() || p.toks[c.valSt].sep || p.toks[c.valSt].dec {
		return false
	}
	w := c.st - 1
	if p.is(w, ".") || p.is(w, "#") {
		w--
	}
	return p.capitalised(w) && addressUnitWords[p.raw(w)]
}

// starGlyphs are the rating stars of review widgets.
var starGlyphs = map[rune]bool{'★': true, '☆': true, '⭐': true, '✩': true, '✭': true, '✮': true}

// starCount reports the count of reviews after a row of rating stars
// (kind rule star-count): "Elements of AI ★★★★★(922)", "★★★★☆ (29)" —
// widget furniture.
func (p *parser) starCount(c *cand) bool {
	if !c.plainDigits() || c.st == 0 || !p.is(c.st-1, "(") || !p.is(c.en, ")") {
		return false
	}
	before := strings.TrimRight(p.text[:p.toks[c.st-1].s], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return starGlyphs[r]
}

// versionedName reports a release number after the name of software, a
// language or an operating system (kind rule versioned-name;
// lexicon.VersionedNames): "Python 2 allowed", "JDK 25 also brings",
// "Windows 11", "Office 365", "from Python 2 to 3", also opening a
// sentence, where name-with-number does not read it.
func (p *parser) versionedName(c *cand) bool {
	t := &p.toks[c.valSt]
	plain := c.plainDigits() && c.valEn == c.valSt+1
	span := c.qual == claims.Range && !c.words && !c.hasUnit && !c.currency && !c.scaled && !c.share // "Python 2 to 3"
	if !plain && !span || t.sep || c.st != c.valSt || t.ndig > 3 || !p.toks[c.st].sp {
		return false
	}
	return c.st > 0 && p.toks[c.st-1].k == tWord && lexicon.VersionedNames[p.raw(c.st-1)] && p.capitalised(c.st-1) || p.is(c.st-1, "iOS") || p.is(c.st-1, "macOS")
}

// basketNouns are baskets named by their points ("a three-pointer").
var basketNouns = lexicon.WordSet(`pointer pointers`)

// hashRank reports a rank written "#N": small whole digits glued after a
// "#" that no capitalised word names ("Exercise #1", "Issue #12" are
// labels), followed by the lower-case noun it ranks ("our #1 pick", "the
// #1 reason") or by "of" and a number ("#1 of 21").
func (p *parser) hashRank(c *cand) bool {
	if !c.plainDigits() || c.en != c.st+1 || c.v < 1 || c.v > 100 || c.st == 0 || !p.is(c.st-1, "#") || !p.adj(c.st) || p.capitalised(c.st-2) {
		return false
	}
	t := &p.toks[c.st]
	if t.sep || t.dec || c.en >= len(p.toks) || !p.toks[c.en].sp {
		return false
	}
	if p.lw(c.en) == "of" {
		return c.en+1 < len(p.toks) && p.toks[c.en+1].k == tNum
	}
	w := p.w(c.en)
	return p.toks[c.en].k == tWord && !p.capitalised(c.en) && (w == nil || !w.fn && !w.isCard)
}

// arithmeticVerbs map each form of a verb of calculation, whose "by N" is
// an operand, not a claim, to its imperative: the imperative opens a
// calculation (kind rule arithmetic-operand: "multiply the result by
// 100"), any form keeps a duration after "by" from being a margin
// (durationBy: "once you divide the total by 52 weeks").
var arithmeticVerbs = map[string]string{
	"multiply": "multiply", "multiplies": "multiply", "multiplied": "multiply", "multiplying": "multiply",
	"divide": "divide", "divides": "divide", "divided": "divide", "dividing": "divide",
}

// arithmeticOpeners may stand before an imperative at the start of its
// clause: "Then, multiply", "and divide", "simply multiply".
var arithmeticOpeners = lexicon.WordSet(`then and next now simply just finally first`)

// arithmeticOperand reports a bare number after "by" in a clause that an
// imperative of arithmetic opens, up to five words before: "multiply the
// result by 100", "Divide the total by 12", "then multiply by 1.2".
func (p *parser) arithmeticOperand(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.st < 2 || p.lw(c.st-1) != "by" {
		return false
	}
	for j := c.st - 2; j >= p.floor && j >= c.st-7; j-- {
		if p.toks[j].k != tWord {
			return false
		}
		if w := p.lw(j); arithmeticVerbs[w] != w {
			continue
		}
		k := j - 1
		for k >= p.floor && p.toks[k].k == tWord && arithmeticOpeners[p.lw(k)] {
			k--
		}
		return k < p.floor || k < 0 || p.toks[k].k == tPunct
	}
	return false
}

// citationIDs name the identifier of a cited work before its number:
// "PMID: 24055351", "PMID 20175497", "PMC 2807447", "PMCID: PMC123".
var citationIDs = lexicon.WordSet(`pmid pmc pmcid`)

// citationLocator reports the identifier, volume or pages of a cited work
// in a reference list (part of kind rule reference-locator): after an
// identifier word ("[PMID: 24055351]", "PMC 2807447"), the volume of a
// journal glued after its year and ";" ("BMJ. 2014;349:g5293",
// "2019;39(4):544-555"), or the pages glued after the volume and ":"
// ("Vaccine. 2004;23:639-45", "2014;6:38-72").
func (p *parser) citationLocator(c *cand) bool {
	k := c.st - 1
	if p.is(k, ":") {
		k--
	}
	if citationIDs[p.lw(k)] {
		return true
	}
	vol := c.valSt
	if p.isHyphen(vol-1) && p.adj(vol) && p.adj(vol-1) && p.isNumAt(vol-2) {
		vol -= 2 // the last page of "38-72" when the grammar read "6:38" as a time
	}
	if p.is(vol-1, ":") && p.adj(vol) && p.adj(vol-1) && p.isNumAt(vol-2) {
		// the pages: "…;23:639-45", "…;39(4):544-555"
		v := vol - 2
		if p.is(v, ")") && p.is(v-2, "(") && p.isNumAt(v-3) {
			v -= 3
		}
		if p.is(v-1, ";") && p.adj(v) && p.adj(v-1) && p.isNumAt(v-2) && p.toks[v-2].ndig == 4 {
			return true
		}
	}
	// the volume: "2014;349:" or "2019;39(4):"
	return p.is(vol-1, ";") && p.adj(vol) && p.adj(vol-1) && p.isNumAt(vol-2) && p.toks[vol-2].ndig == 4 &&
		(p.is(c.en, ":") || p.is(c.en, "(")) && p.adj(c.en)
}

// portWords name a network or processor port before its number: "port
// 873", "ports 0 or 1", "Port 80".
var portWords = lexicon.WordSet(`port ports`)

// protocolWords follow a port number after "/": "273/tcp", "53/udp".
var protocolWords = lexicon.WordSet(`tcp udp`)

// portNumber reports the number of a port (kind rule port-number): after
// "port" ("listening on port 873", "any port 22 proto tcp", "3 cycles on
// port 5"), before "/tcp" or "/udp" ("ssync 273/tcp"), or glued after a
// host and ":" ("domain.of.langly.com:273", "localhost:8080") — an
// identifier, never a count ("the port handled 5 million containers"
// counts).
func (p *parser) portNumber(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.valEn != c.valSt+1 {
		return false
	}
	if portWords[p.lw(c.st-1)] && p.toks[c.st].sp || portWords[p.lw(c.st-2)] && p.is(c.st-1, "(") && p.is(c.en, ")") {
		return true // "port 873", "the standard rsync port (873)"
	}
	if p.is(c.en, "/") && p.adj(c.en) && p.adj(c.en+1) && protocolWords[p.lw(c.en+1)] {
		return true
	}
	h := c.st - 2
	return p.is(c.st-1, ":") && p.adj(c.st) && p.adj(c.st-1) && h >= 0 && (p.toks[h].k == tWord || p.toks[h].k == tURL) && !p.capitalised(h) &&
		(c.en >= len(p.toks) || p.toks[c.en].sp || p.toks[c.en].k == tPunct && !p.is(c.en, ":"))
}

// statisticNames are the names before "=" of a statistic a paper reports
// ("effect size=0.76", "(n = 21)", "r=0.98"): claims, not code.
var statisticNames = lexicon.WordSet(`size mean median ratio rate odds total value score count`)

// codeAssignment reports a number assigned to a name of code or
// configuration (kind rule code-assignment): a snake_case name before "="
// ("default_bits = 1024", "max_connections = 200", "target_port = 80"),
// or a lower-case name of four letters or more glued to "=" and the number
// ("matches=0", "rows=100 width=32", "limit=500000"), or any lower-case
// name in a line of three assignments or more ("uid = root max connections
// = 10 timeout = 600", "#debug = 7 #foreground = yes"), also compared
// ("status_code == 200"). "(n = 21)",
// "effect size=0.76" and "1 USD = 0.92 EUR" stay claims.
func (p *parser) codeAssignment(c *cand) bool {
	if !c.plainDigits() || c.valEn != c.valSt+1 || !p.is(c.st-1, "=") {
		return false
	}
	eq := p.toks[c.st-1].s
	// a comparison's sign before the "=": "if resp.status_code == 200:"
	// (a scraping tutorial), "elif error_code == 404:"
	left := strings.TrimRight(strings.TrimRight(p.text[:eq], "=!<>"), " ")
	glued := len(left) == eq && p.adj(c.st)
	k := strings.LastIndexAny(left, " \t\n(,;[{\"'`")
	name := strings.TrimLeft(left[k+1:], "#")
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	if name[0] >= '0' && name[0] <= '9' {
		return false
	}
	if strings.Contains(strings.Trim(name, "_"), "_") {
		return true
	}
	if strings.ToLower(name) != name || statisticNames[name] {
		return false
	}
	// glued ("matches=0"), or one of three assignments or more in a line
	// of configuration ("uid = root … max connections = 10 timeout = 600")
	return glued && len(name) >= 4 || strings.Count(p.text, "=") >= 3 && len(name) >= 3
}

// footnoteYearPreps place a year before a footnote number glued to it.
var footnoteYearPreps = lexicon.WordSet(`in since during until for`)

// footnotedYear reports a year with a footnote number glued after a point
// (kind rule footnoted-year): "down from 63% in 2018.2  This decrease",
// "The filing threshold is $13,990,000 for 2025.8 To take" — a plain
// decimal of four digits from 1900 to 2099 and one decimal, after a
// preposition of time and before a capitalised word or the sentence's end
// ("rose to 2018.2 points", "closed at 2018.2 on Friday" stay).
func (p *parser) footnotedYear(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || !t.dec || t.ndig != 4 || t.e-t.s != 6 || c.valEn != c.valSt+1 || c.v < 1900 || c.v >= 2100 {
		return false
	}
	if !footnoteYearPreps[p.lw(c.st-1)] {
		return false
	}
	n := c.en
	return n >= len(p.toks) || p.is(n, ".") && n == len(p.toks)-1 || p.toks[n].k == tWord && p.capitalised(n) && p.toks[n].sp
}

// pairedOneEnds close the pair that an indefinite "one" opens: "between
// one band and another", "from one context to the next", "best for one
// group may not be best for another".
var pairedOneEnds = lexicon.WordSet(`another next`)

// pairedOnePreps stand before the pair's end and make it one of any: "best
// for one group … best for another", "from one job to another", "running
// one block after another" (web-prec-3, a WCXB coffee history) ("with one
// billionaire onstage and another likely to join" counts two).
var pairedOnePreps = lexicon.WordSet(`for to from than into over after`)

// pairedOne reports a "one" paired with "another" or "the next" later in
// its clause (kind rule paired-one): one of any, no count — "the stakes
// between one band of hunter-gatherers and another", "as we move from one
// social context to the next", "What is best for one group may not be
// best for another" — after "between" or "from", or with a preposition
// before the pair's end. "only one … another", "One man was killed and
// another injured", "with one billionaire onstage and another likely to
// join" stay counts.
func (p *parser) pairedOne(c *cand) bool {
	if !p.wordOne(c) || countBefore[p.lw(c.st-1)] || p.tollAfter(c.en) {
		return false
	}
	for k := c.en; k < c.en+12 && k < len(p.toks); k++ {
		if p.is(k, ".") || p.is(k, ";") || p.is(k, ":") || p.toks[k].k == tNum {
			return false
		}
		if pairedOneEnds[p.lw(k)] {
			j := k - 1 // the word before the pair's end: "for another", "to the next"
			if p.lw(k) != "another" {
				if p.lw(j) != "the" {
					return false
				}
				j--
			}
			return rangeOpeners[p.lw(c.st-1)] || pairedOnePreps[p.lw(j)]
		}
	}
	return false
}

// gluedToName reports a whole number glued after the letters of a name or
// code with no space or sign between (kind rule glued-to-name): "x86_64",
// "amd64", "arm64 / aarch64" (architectures on a software page) — part of
// the name. A currency or unit glued before ("Rs5", "US$5") is read by
// the grammar and never reaches here.
func (p *parser) gluedToName(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.st != c.valSt || t.sp || c.st == 0 {
		return false
	}
	prev := c.st - 1
	if p.is(prev, "_") && prev > 0 && !p.toks[prev].sp {
		return true // "x86_64"
	}
	if p.toks[prev].k != tWord {
		return false
	}
	r := p.raw(prev)
	return len(r) >= 2 && strings.ToLower(r) == r
}

// wildcardVersion reports a release written with ".x" (kind rule
// wildcard-version): "Stunnel 4.x has been stable", "version 3.x syntax",
// "Python 2.x" — a family of versions, no count.
func (p *parser) wildcardVersion(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.dec || c.valEn != c.valSt+1 || c.en >= len(p.toks) {
		return false
	}
	e := t.e
	return e+2 <= len(p.text) && p.text[e] == '.' && (p.text[e+1] == 'x' || p.text[e+1] == 'X') && (e+2 == len(p.text) || !isASCIILetter(p.text[e+2]))
}

// listIntroHeads open the introduction of an article's list: "Here are
// 10 new movies", "here's 5 of my favorite tips", "Below are the 7
// habits".
var listIntroHeads = []string{"here are", "here're", "here's", "here’s", "here is", "below are"}

// listIntroDeterminers may stand between the head and the number: "Here
// are the five main types", "Here are our 10 picks"; and open a "Top N"
// heading (topHeading): "My Top 10 Women Talking Sports", "The Top 10 Best
// Language Learning Apps", and a list heading (listHeading): "The 10 Most
// Affordable Places to Retire".
var listIntroDeterminers = lexicon.WordSet(`the our my`)

// listIntro reports the count of the items an article is about to list
// (kind rule list-intro): a bare number right after "Here are" / "here's" /
// "Below are" (and "the", "our", "my") opening a sentence or a clause —
// "Here are 10 new and notable movies you can stream", "So... here's 5 of
// my favorite composition tips", "Here are the five main types of
// marketing videos" — the page's own structure, not a figure it asserts
// ("Here are 5 million people without power" is scaled; "There are 48
// still" counts).
func (p *parser) listIntro(c *cand) bool {
	if c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.valEn != c.valSt+1 {
		return false
	}
	k := c.st
	if listIntroDeterminers[p.lw(k-1)] {
		k--
	}
	end := p.toks[k].s
	for end > 0 && p.text[end-1] == ' ' {
		end--
	}
	for _, h := range listIntroHeads {
		// (the head just before, compared in place: lower-casing all the
		// text before each number cost time quadratic in the text)
		if st := end - len(h); st >= 0 && strings.EqualFold(p.text[st:end], h) {
			rest := strings.TrimRight(p.text[:st], " ")
			if rest == "" {
				return true
			}
			r, _ := utf8.DecodeLastRuneInString(rest)
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
	}
	return false
}

// topHeading reports the N of a heading that opens with "Top N" (kind rule
// top-heading): "Top 10 Language Learning Apps: Overview", "My Top 10
// Women Talking Sports", "Top 5 home insurance tips" — a line with no
// closing point that names the list below it, not a count the page
// asserts. A sentence ("Top 10 banks paid $5bn in fines.") and "the top
// five banks hold 40%" inside a sentence stay claims.
func (p *parser) topHeading(c *cand) bool {
	if !c.loneNumber() {
		return false
	}
	k := c.st - 1
	if p.lw(k) != "top" || !p.capitalised(k) {
		return false
	}
	if listIntroDeterminers[p.lw(k-1)] && p.capitalised(k-1) {
		k--
	}
	if !p.sentenceStart(k) {
		return false
	}
	end := strings.TrimRight(p.text, " \t\r\n")
	if end == "" {
		return false
	}
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ',':
		return false
	}
	if len(p.toks) <= 16 {
		return true
	}
	// a longer title goes on in title case: "Top 5 HR Outsourcing and
	// Outsourced HR Companies, Providers, Consultants, & Consulting Firms
	// TL;DR" (web-dev-10)
	return len(p.toks) <= 28 && c.en < len(p.toks) && p.capitalised(c.en)
}

// topListWords follow "top N" of a ranking list inside a sentence:
// "rounded up the top 15 best 75% mechanical keyboards" (web-dev-10),
// "top 10 travel lists", "my top 10 lists of the best luxury hotels"
// (web-dev-6).
var topListWords = lexicon.WordSet(`list lists`)

// topSuperlatives right after "top N" make it a ranking list's title.
var topSuperlatives = lexicon.WordSet(`best worst`)

// topList reports the N of "top N" that names a ranking list inside a
// sentence (kind rule top-list): "the top 15 best keyboards", "top 10
// travel lists", "my top 10 lists of" — the list's length, not a count the
// page asserts. "the world's top 10 arms exporters" and "the top 1 percent"
// (dev.txt, dev2.txt) stay claims.
func (p *parser) topList(c *cand) bool {
	if !c.loneNumber() || c.st == 0 || p.key(c.st-1) != "top" {
		return false
	}
	if lowerIn(topSuperlatives, p.raw(c.en)) {
		return true
	}
	for j := c.en; j < c.en+3 && j < len(p.toks) && p.toks[j].k == tWord; j++ {
		if lowerIn(topListWords, p.raw(j)) {
			return true
		}
	}
	return false
}
