package quantity

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Number grammar: digits, number words, vague amounts, fractions and shares.

// numberForm is a named form of a number written in digits, read at token
// i into c; it returns the decided candidate, or nil to try the next form.
type numberForm struct {
	name string
	read func(p *parser, c *cand, i int) *cand
}

// numberForms are tried in order by numberAt.
var numberForms = []numberForm{
	{"phone-spaced", (*parser).phoneSpaced},
	{"lakh-grouping", (*parser).lakhGrouping},
	{"spaced-decimal", (*parser).spacedDecimal},
	{"spaced-thousands", (*parser).spacedThousands},
	{"decimal-comma", (*parser).decimalComma},
	{"colon-ratio", (*parser).colonRatio},
	{"race-time", (*parser).raceTime},
	{"clock-time", (*parser).clockTime},
	{"clock-suffix", (*parser).clockSuffixed},
	{"zone-clock", (*parser).zoneClock},
	{"fraction-sign", (*parser).fractionSign},
	{"spaced-slash", (*parser).spacedSlashFraction},
	{"mixed-number", (*parser).mixedNumber},
	{"digits-and-fraction", (*parser).digitsAndFraction},
	{"slashed", (*parser).slashedNumber},
	{"height", (*parser).feetInches},
	{"dimensions-glued", (*parser).dimensionsGlued},
	{"size-glued", (*parser).sizeGlued},
	{"size-spaced", (*parser).sizeSpaced},
	{"verse-ratio", (*parser).verseRatio},
	{"paren-code", (*parser).parenCode},
	{"age-group", (*parser).ageGroup},
	{"tally", (*parser).hyphenTally},
	{"multiple-range-x", (*parser).multipleRangeX},
	{"digit-letter-code", (*parser).digitLetterCode},
	{"local-phone", (*parser).localPhone},
	{"phone-plus", (*parser).phonePlus},
	{"hyphen-chain", (*parser).hyphenChained},
	{"phone-code", (*parser).phoneOrCode},
	{"f-number", (*parser).fNumber},
	{"glued-before", (*parser).gluedBefore},
	{"decade-part", (*parser).decadePart},
	{"period-ordinal", (*parser).periodOrdinal},
	{"word-hyphen", (*parser).wordHyphenNumber},
	{"scientific", (*parser).scientific},
	{"times-ten-power", (*parser).timesTenPower},
	{"caret-power", (*parser).caretPower},
	{"glued-after", (*parser).gluedAfter},
	{"fraction-over", (*parser).overFraction},
}

// ageGroup reads an age group written as a plural (rule age-group): "40%
// of 18-24s" is the ages 18 to 24 (web-dev-1; polls and marketing news:
// "25-34s"; a span of 5 to 20 years from 16: "a 10-20s delay" is seconds);
// "over-65s", "the under-25s" bound a population's ages, no one's age
// (kind other, as "people over 65").
func (p *parser) ageGroup(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.ndig != 2 || t.dec || t.sep {
		return nil
	}
	glued := func(j int) bool { return j < len(p.toks) && p.adj(j) }
	if p.isHyphen(i+1) && glued(i+1) && glued(i+2) && p.toks[i+2].k == tNum && p.toks[i+2].ndig == 2 && p.raw(i+3) == "s" && glued(i+3) && t.v >= 16 && p.toks[i+2].v-t.v >= 5 && p.toks[i+2].v-t.v <= 20 &&
		(i+4 >= len(p.toks) || !p.adj(i+4) || p.toks[i+4].k != tWord) {
		c.en, c.valEn = i+4, i+4
		c.kind, c.unit, c.hasUnit, c.qual = claims.KindClaim, "age", true, claims.Range
		c.lo, c.hi = t.v, p.toks[i+2].v
		c.unitRule = ruleAgeGroup
		return c
	}
	if p.raw(i+1) == "s" && glued(i+1) && p.isHyphen(i-1) && p.adj(i) && i-2 >= p.floor && lowerIn(populationBounds, p.raw(i-2)) && p.adj(i-1) {
		c.st, c.en, c.valEn = i-2, i+2, i+2
		c.kind, c.unit, c.hasUnit = claims.KindOther, "age", true
		if lowerIn(moreThanBounds, p.raw(i-2)) {
			c.qual, c.lo, c.open = claims.MoreThan, t.v, 'h'
		} else {
			c.qual, c.hi, c.open = claims.LessThan, t.v, 'l'
		}
		c.unitRule = ruleAgeGroup
		return c
	}
	return nil
}

var ruleAgeGroup = newRule("age-group")

// numberAt reads a value written in digits at token i, or a non-claim
// number (time, numeric date, phone number, code).
func (p *parser) numberAt(i int) *cand {
	t := &p.toks[i]
	c := p.newCand(cand{st: i, en: i + 1, v: t.v, valSt: i, valEn: i + 1})
	c.yearLike = t.ndig == 4 && !t.sep && !t.dec && t.v >= 1800 && t.v <= 2100 && !p.sizeSideAt(i)
	for _, f := range numberForms {
		if r := f.read(p, c, i); r != nil {
			return r
		}
	}
	c.valSt, c.valEn = i, i+1
	return c
}

// sizeSideAt reports a number at token i that is a side of a size: a
// spaced times sign and a number after it or before it ("a 1920 x 1080
// screen", "2000 × 3000 mm", "3840 x 2160"), so no year.
func (p *parser) sizeSideAt(i int) bool {
	times := func(j int) bool {
		return (p.is(j, "x") || p.is(j, "×") || p.is(j, "X")) && p.toks[j].sp && j+1 < len(p.toks) && p.toks[j+1].sp
	}
	num := func(j int) bool { return j >= 0 && j < len(p.toks) && p.toks[j].k == tNum }
	return times(i+1) && num(i+2) || i >= 2 && times(i-1) && num(i-2)
}

var ruleDimensionsGlued = newRule("dimensions-glued")

// dimensionsGlued reads the two sides of a size written with a times sign
// glued to both and a unit of length after them (rule dimensions-glued): a
// measure, one claim from the first side to the second in that unit, as
// the golds write it: "a STQFN measuring 2x3 mm", "a mere 1.6x2 mm"
// (web-dev-14), "a 4x6 ft rug", "a 20×30cm print". Without a unit of
// length a size stays no claim ("a 9×12 rug", size-glued and the codes of
// gluedAfter), as do three sides ("2x3x4 mm"); a larger side first keeps
// the reading of its first side ("a 5.5×2.1mm DC jack": list-unit).
func (p *parser) dimensionsGlued(c *cand, i int) *cand {
	t := &p.toks[i]
	if !timesSigns[p.raw(i+1)] || !p.adj(i+1) || !p.isNumAt(i+2) || !p.adj(i+2) || t.sep || t.ndig > 4 {
		return nil
	}
	b := &p.toks[i+2]
	j := i + 3
	if b.sep || b.ndig > 4 || b.v <= t.v || j >= len(p.toks) || p.toks[j].k != tWord {
		return nil
	}
	w := p.w(j)
	if w == nil || w.unit == "" || measureDimension(w.unit) != lexicon.DimLength || j+1 < len(p.toks) && p.adj(j+1) && p.toks[j+1].k != tPunct {
		return nil
	}
	c.valSt, c.valEn = i, i+3
	c.lo, c.hi, c.qual = t.v, b.v, claims.Exact // (an exact size from one side to the other: a qualifier kept so that the bounds stay)
	c.setUnit(w.unit, j+1)
	c.unitRule = ruleDimensionsGlued
	c.yearLike = false
	return c
}

// sizeGlued reads a size or resolution written with a times sign glued to
// both sides (rule size-glued): "the 16-inch 1920×1200 IPS display",
// "a 3840×2160 panel", "a 6000×4000 image" — one mention, no claim (as
// the spaced "1920 x 1080", sizeSideAt); "2.48×10−5" is scientific.
func (p *parser) sizeGlued(c *cand, i int) *cand {
	t := &p.toks[i]
	if !(p.is(i+1, "×") && p.adj(i+1) && p.isNumAt(i+2) && p.adj(i+2)) {
		return nil
	}
	b := &p.toks[i+2]
	if t.dec || b.dec || t.v < 100 || b.v < 100 {
		return nil
	}
	c.en = i + 3
	return special(c, claims.KindOther)
}

// sizeSpaced reads a pixel size written with a spaced times sign (rule
// size-spaced), one mention of kind other as size-glued reads
// "1920×1200": "a 1920 x 1080 screen", "3K (2880 x 1620 pixels)",
// "Displayed Resolution 1280 x 800" (WCXB laptop, projector and camera
// spec pages: 16 times on 5 pages). Both sides are whole numbers of 100
// or more; a measure unit after the second makes dimensions ("12 x 14
// feet", "100 x 200 mm" keep their unit).
func (p *parser) sizeSpaced(c *cand, i int) *cand {
	t := &p.toks[i]
	if !(p.is(i+1, "x") || p.is(i+1, "×") || p.is(i+1, "X")) || !p.toks[i+1].sp || !p.isNumAt(i+2) || !p.toks[i+2].sp {
		return nil
	}
	b := &p.toks[i+2]
	if t.dec || b.dec || t.sep || b.sep || t.v < 100 || b.v < 100 || p.is(i+3, "x") || p.is(i+3, "×") {
		return nil
	}
	if w := p.w(i + 3); w != nil && p.toks[i+3].k == tWord && w.unit != "" && !pixelWords[p.lw(i+3)] {
		return nil
	}
	c.en = i + 3
	return special(c, claims.KindOther)
}

// pixelWords after a spaced size keep it a pixel size.
var pixelWords = lexicon.WordSet(`pixels pixel px`)

// ratioWords name a ratio written "N:M" beside them.
var ratioWords = lexicon.WordSet(`ratio ratios`)

// colonRatio: a ratio written with a colon beside "ratio" is no clock
// time or code (kind other): "a 1:16 ratio" of coffee to water, "in a
// ratio of 1:1" (two WCXB pages), "a 2:1 ratio of sand to cement".
func (p *parser) colonRatio(c *cand, i int) *cand {
	t := &p.toks[i]
	if !p.is(i+1, ":") || !p.adj(i+1) || i+2 >= len(p.toks) || p.toks[i+2].k != tNum || !p.adj(i+2) || t.sep || p.toks[i+2].sep {
		return nil
	}
	if !ratioWords[p.key(i+3)] && !(p.key(i-1) == "of" && ratioWords[p.key(i-2)]) && !ratioWords[p.key(i-1)] {
		return nil
	}
	c.en = i + 3
	return special(c, claims.KindOther)
}

var ruleRaceTime = newRule("race-time")

// raceCueWords before a colon time make it a race time: "won in 2:02:42".
var raceCueWords = lexicon.WordSet(`in clocked clocking won finished finishing ran running timed time record best`)

// raceNouns after a colon time make it a race time: "a 2:21:05 marathon".
var raceNouns = lexicon.WordSet(`marathon half-marathon pace finish pr pb personal race`)

// raceTime reads a race or finishing time written with colons as a
// measured time in seconds (rule race-time): "Kipchoge won in 2:02:42"
// 7362 s, "clocked 14:00.21 over 5,000m" 840.21 s (dev5 athletics), "she
// finished in 4:12:30", "a 2:21:05 marathon" (WCXB running pages: "a 2:21
// marathon PR"). Hours, minutes and seconds need a cue of a race before
// ("in", "clocked", "won", "finished", "ran", "time of") or a race noun
// after; minutes and seconds with hundredths are never a clock time. A
// time of day ("at 10:30:15", "12:31:55 -0700") stays a time.
func (p *parser) raceTime(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.dec || t.sep || t.ndig > 2 || !p.is(i+1, ":") || !p.adj(i+1) || !p.isNumAt(i+2) || !p.adj(i+2) {
		return nil
	}
	m := &p.toks[i+2]
	sec, _ := strconv.ParseFloat(p.raw(i+2), 64)
	if m.dec && m.ndig == 2 && sec < 60 && !p.is(i+3, ":") {
		// "14:00.21": minutes, seconds and hundredths
		c.v, c.en = t.v*60+sec, i+3
	} else if !m.dec && m.ndig == 2 && m.v < 60 && p.is(i+3, ":") && p.adj(i+3) && p.isNumAt(i+4) && p.adj(i+4) && p.toks[i+4].ndig == 2 && p.toks[i+4].v < 60 {
		// "2:02:42": hours, minutes, seconds, after a race cue or before a race noun
		if p.clockSuffix(i+5) != i+5 || p.is(i+5, ":") || !(raceCueWords[p.lw(i-1)] || p.key(i-1) == "of" && raceCueWords[p.lw(i-2)] || raceNouns[p.lw(i+5)]) {
			return nil
		}
		c.v, c.en = t.v*3600+m.v*60+p.toks[i+4].v, i+5
	} else if !m.dec && m.ndig == 2 && m.v < 60 && !p.is(i+3, ":") && p.clockSuffix(i+3) == i+3 && p.lw(i-1) == "by" && p.marginVerbBefore(i-1) {
		// a margin in minutes and seconds after "by" and a verb of leading
		// or winning: "now leads the Tour by 4:51" (web-dev-11), "won the
		// stage by 1:02", "trails Vingegaard by 2:15"
		c.v, c.en = t.v*60+m.v, i+3
	} else {
		return nil
	}
	c.valSt, c.valEn = i, c.en
	c.lo, c.hi = c.v, c.v
	c.unit, c.hasUnit = "second", true
	c.unitRule = ruleRaceTime
	return c
}

// marginVerbs win or lead by a margin: raceTime's "leads the Tour by
// 4:51", marginBefore's "won by one goal" (oneforms.go, which reads
// moreMarginVerbs too).
var marginVerbs = lexicon.WordSet(`win wins won winning beat beats lead leads leading trail trails trailed trailing`)

// marginVerbBefore reports a verb of marginVerbs among the four words
// before token j ("by"), within the clause.
func (p *parser) marginVerbBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if p.toks[k].k != tWord {
			return false
		}
		if lowerIn(marginVerbs, p.raw(k)) {
			return true
		}
	}
	return false
}

// clockTime: a time: 10:30, 10:30:15.
func (p *parser) clockTime(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// times: 10:30, 10:30:15
	if p.is(i+1, ":") && p.adj(i+1) && i+2 < n && p.toks[i+2].k == tNum && p.adj(i+2) && p.toks[i+2].ndig == 2 && t.ndig <= 2 && !t.dec {
		c.en = i + 3
		if p.is(c.en, ":") && p.adj(c.en) && c.en+1 < n && p.toks[c.en+1].k == tNum && p.adj(c.en+1) {
			c.en += 2
		}
		if c.en == i+3 {
			if pc := p.paceAt(c, i); pc != nil {
				return pc
			}
		}
		c.en = p.clockSuffix(c.en)
		return special(c, claims.KindTime)
	}
	return nil
}

var rulePace = newRule("pace")

// paceAt reads minutes and seconds per distance, a runner's pace (rule
// pace): "a goal pace of 10:45 per mile" is 10.75 minute/mile, "4:30/km"
// 4.5 minute/km, "7:30 a mile"; the clock c (tokens i..i+2) is no time
// of day then.
func (p *parser) paceAt(c *cand, i int) *cand {
	j := c.en
	sep := p.key(j)
	if !(sep == "per" || sep == "a" || p.is(j, "/") && p.adj(j) && p.adj(j+1)) {
		return nil
	}
	den, en := p.rateDenominator(j + 1)
	if den == "" {
		if w := p.w(j + 1); w != nil && w.unit != "" && p.toks[j+1].k == tWord {
			den, en = w.unit, j+2 // "per km", "per mi": spaced symbols after "per"
		}
	}
	if u, ok := lexicon.Unit(den); !ok || u.Dimension != lexicon.DimLength {
		return nil
	}
	sec := p.toks[i+2].v
	if sec >= 60 {
		return nil
	}
	c.v = p.toks[i].v + sec/60
	c.lo, c.hi = c.v, c.v
	c.en, c.valEn = en, i+3
	c.unit, c.hasUnit = "minute/"+den, true
	c.unitRule = rulePace
	return c
}

// clockSuffixed: a small number before a.m., p.m. or GMT.
func (p *parser) clockSuffixed(c *cand, i int) *cand {
	t := &p.toks[i]
	// a.m. / p.m. / GMT after a small number
	if t.ndig <= 2 && !t.sep {
		if e := p.clockSuffix(i + 1); e > i+1 && (t.v <= 12 || p.key(i+1) != "am" && p.key(i+1) != "pm" && !p.is(i+1, "a") && !p.is(i+1, "p")) {
			c.en = e
			return special(c, claims.KindTime)
		}
	}
	return nil
}

// zoneClocks are the time zones wire copy writes after a 24-hour clock
// time of four digits (zoneClock), in capitals; hourZones those read
// after an hour (clockSuffix), by key, with their capitals when only
// those are (lexicon.TimeZones).
var zoneClocks, hourZones = timeZoneWords()

func timeZoneWords() (clock map[string]bool, hour map[string]string) {
	clock, hour = map[string]bool{}, map[string]string{}
	for _, z := range lexicon.TimeZones {
		clock[z.Code] = true
		if z.CapsOnly {
			hour[toLowerASCII(z.Code)] = z.Code
		} else if z.AfterHour {
			hour[toLowerASCII(z.Code)] = ""
		}
	}
	return clock, hour
}

var ruleZoneClock = newRule("zone-clock")

// zoneClock reads a 24-hour clock time of four digits before a time zone
// (rule zone-clock, zoneClocks): "lifted off at 8:51 p.m. (1451 GMT)"
// (web-dev-12), "the ceasefire began at 0300 GMT", "by 1600 UTC"; four
// digits that are no clock time ("1998 GMT": minute 98) are left alone.
func (p *parser) zoneClock(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.ndig != 4 || t.sep || t.dec || !zoneClocks[p.raw(i+1)] || !p.toks[i+1].sp {
		return nil
	}
	if h, m := int(t.v)/100, int(t.v)%100; h > 23 || m > 59 {
		return nil
	}
	c.en = i + 2
	c.kindRule = ruleZoneClock
	return special(c, claims.KindTime)
}

// fractionSign: digits and a fraction sign: "2½ miles".
func (p *parser) fractionSign(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// "2½ miles": digits and a fraction sign, glued or spaced as
	// typesetters write a mixed number ("a 4-5 ½ inch device", "5 ½ cups")
	if i+1 < n && p.toks[i+1].frac && (p.adj(i+1) || t.ndig <= 3) && !t.dec && !t.sep {
		c.v = t.v + p.toks[i+1].v
		c.en = i + 2
		c.valSt, c.valEn = i, c.en
		return c
	}
	return nil
}

// mixedNumber: a mixed number: "10 1/2 miles" (rule fraction-slash).
func (p *parser) mixedNumber(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// mixed numbers: "10 1/2 miles", "2 1/2 in" (rule fraction-slash)
	if !t.sep && !t.dec && i+3 < n && p.toks[i+1].k == tNum && p.toks[i+1].sp && p.is(i+2, "/") && p.adj(i+2) && p.toks[i+3].k == tNum && p.adj(i+3) {
		if a, b := p.toks[i+1].v, p.toks[i+3].v; fractionDenominators[b] && a < b && a >= 1 && !p.is(i+4, "/") {
			c.v = t.v + a/b
			c.en = i + 4
			c.valSt, c.valEn = i, c.en
			c.unitRule = ruleFractionSlash
			return c
		}
	}
	// hyphened, as the 1987 wire and market tables write prices and rates
	// (rule mixed-number-hyphen): "shot up 11-5/8 to 29-3/8", "a 7-3/4 pct
	// debenture", "up 2-1/2 percentage points", "1-1/16 inch cotton"
	// (web-dev-17, five documents)
	if v, ok := p.hyphenMixed(i); ok {
		c.v = v
		c.en = i + 5
		c.valSt, c.valEn = i, c.en
		c.unitRule = ruleMixedNumberHyphen
		return c
	}
	return nil
}

var ruleMixedNumberHyphen = newRule("mixed-number-hyphen")

// hyphenMixed reads a hyphened mixed number at token i ("11-5/8", five
// tokens): its value and whether it stands there (mixedNumber; a range's
// second end, valueAt: "shot up 11-5/8 to 29-3/8").
func (p *parser) hyphenMixed(i int) (float64, bool) {
	if i+5 > len(p.toks) {
		return 0, false
	}
	t, a, b := &p.toks[i], &p.toks[i+2], &p.toks[i+4]
	if t.k != tNum || t.sep || t.dec || !p.isHyphen(i+1) || !p.adj(i+1) || a.k != tNum || !p.adj(i+2) || !p.is(i+3, "/") || !p.adj(i+3) || b.k != tNum || !p.adj(i+4) {
		return 0, false
	}
	if a.dec || a.sep || b.dec || b.sep || !fractionDenominators[b.v] || a.v >= b.v || a.v < 1 || p.is(i+5, "/") || p.isHyphen(i+5) {
		return 0, false
	}
	return t.v + a.v/b.v, true
}

// ruleDigitsAndFraction reads digits and a fraction in words (rule
// digits-and-fraction), as the words grammar reads "two and a half":
// "over 2 and a half months", "3 and a half hours", "1 and a quarter
// cups" (web-dev-5 training plan; two more WCXB pages, a recipe and a
// travel guide, hold "N and a half" six times).
var ruleDigitsAndFraction = newRule("digits-and-fraction")

func (p *parser) digitsAndFraction(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.sep || t.dec || t.v >= 1000 || !p.is(i+1, "and") || !p.toks[i+1].sp {
		return nil
	}
	f, e := p.andFraction(i + 1)
	if e == 0 || f >= 1 {
		return nil
	}
	c.v = t.v + f
	c.en = e
	c.valSt, c.valEn = i, e
	c.unitRule = ruleDigitsAndFraction
	return c
}

// slashedNumber: a numeric date, fraction or slashed number: 28/07/2024, 3/4, 24/7.
func (p *parser) slashedNumber(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// numeric dates and slashed numbers: 28/07/2024, 7/28, 2024/25, 24/7
	if p.is(i+1, "/") && p.adj(i+1) && i+2 < n && p.toks[i+2].k == tNum && p.adj(i+2) && !t.sep && !t.dec {
		b := &p.toks[i+2]
		c.en = i + 3
		if t.v < b.v && t.v >= 1 && !p.is(i+3, "/") && (fractionDenominators[b.v] && p.fractionContext(i, i+3) || p.key(i+3) == "of" && b.ndig <= 3 && !b.dec && !b.sep) {
			// "3/4 cup", "a 1/4 mile", "1/2 of the budget", "about 1/40 of
			// the wavelength" (rule fraction-slash)
			c.v = t.v / b.v
			c.valSt, c.valEn = i, c.en
			c.unitRule = ruleFractionSlash
			return c
		}
		if p.is(i+3, "/") && p.adj(i+3) && i+4 < n && p.toks[i+4].k == tNum && p.adj(i+4) {
			c.en = i + 5
			return special(c, claims.KindDate)
		}
		if p.mmHgEnd(i+3) > 0 {
			// a blood pressure, two values in one unit: "140/90 mmHg",
			// "120/80 mm Hg" (rule pressure-pair); the second is read
			// on its own with the unit after it
			c.en = i + 1
			c.kind, c.unit, c.hasUnit = claims.KindClaim, "mmHg", true
			c.unitRule = rulePressurePair
			return c
		}
		switch {
		case c.yearLike && (b.ndig == 2 || b.ndig == 4):
			return special(c, claims.KindYear)
		case t.v >= 1 && t.v <= 31 && b.v >= 1 && b.v <= 31 && !(t.v == 24 && b.v == 7) && (t.v <= 12 || b.v <= 12):
			return special(c, claims.KindDate)
		}
		return special(c, claims.KindOther)
	}
	return nil
}

// mmHgEnd returns the end of millimetres of mercury at token j ("mmHg",
// "mm Hg", "mm/Hg"), 0 when there are none.
func (p *parser) mmHgEnd(j int) int {
	if w := p.w(j); w != nil && w.unit == "mmHg" {
		return j + 1
	}
	if !strings.EqualFold(p.raw(j), "mm") {
		return 0
	}
	if strings.EqualFold(p.raw(j+1), "Hg") {
		return j + 2
	}
	if p.is(j+1, "/") && strings.EqualFold(p.raw(j+2), "Hg") {
		return j + 3
	}
	return 0
}

// feetInches: feet and inches (rule feet-inches): a height "6'3\"",
// "6′2″", "5' 4\""; a room's side "15'9″", "20'2″" (more than 9 feet
// only with a double prime or a spaced inch, never a quotation mark's
// closing "'"); and feet alone before a dimension word: "6' tall", "2'
// wide".
func (p *parser) feetInches(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	if !(p.is(i+1, "'") || p.is(i+1, "’") || p.is(i+1, "′")) || !p.adj(i+1) || t.dec || t.sep {
		return nil
	}
	k := i + 2 // the inches
	if k < n && p.toks[k].k == tNum && !p.toks[k].dec && p.toks[k].v < 12 && (p.is(k+1, "\"") || p.is(k+1, "”") || p.is(k+1, "″")) && p.adj(k+1) &&
		(p.adj(k) || p.toks[k].ndig <= 2) && (t.v <= 9 || t.v <= 99 && (p.is(k+1, "″") || !p.adj(k))) {
		c.en = k + 2
		c.v = t.v + p.toks[k].v/12
		c.kind, c.unit, c.hasUnit = claims.KindClaim, "foot", true
		c.lo, c.hi = c.v, c.v
		c.unitRule = ruleFeetInches
		return c
	}
	if k < n && !p.adj(k) && p.toks[k].k == tWord && footMarkWords[toLowerASCII(p.raw(k))] && t.v <= 99 {
		c.en = i + 2
		c.kind, c.unit, c.hasUnit = claims.KindClaim, "foot", true
		c.lo, c.hi = c.v, c.v
		c.unitRule = ruleFeetInches
		return c
	}
	return nil
}

// footMarkWords after "N'" make the mark feet: "6' tall", "2' wide".
var footMarkWords = lexicon.WordSet(`tall wide long high deep thick across`)

// verseRatio: a verse or ratio reference: 3:1-5, 3:1.
func (p *parser) verseRatio(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// verse and ratio references: 3:1-5, 3:1
	if p.is(i+1, ":") && p.adj(i+1) && i+2 < n && p.toks[i+2].k == tNum && p.adj(i+2) && !t.sep {
		c.en = p.digitGroups(i + 2)
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// parenCode: a code with a bracketed letter: 401(k).
func (p *parser) parenCode(c *cand, i int) *cand {
	n := len(p.toks)
	// 401(k)
	if p.is(i+1, "(") && p.adj(i+1) && i+2 < n && p.toks[i+2].k == tWord && p.adj(i+2) && p.is(i+3, ")") {
		c.en = i + 4
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// hyphenTally: a tally: 9-to-6.
func (p *parser) hyphenTally(c *cand, i int) *cand {
	n := len(p.toks)
	// tallies: 9-to-6, 5-to-4
	if p.isHyphen(i+1) && p.adj(i+1) && p.key(i+2) == "to" && p.adj(i+2) && p.isHyphen(i+3) && p.adj(i+3) && i+4 < n && p.toks[i+4].k == tNum && p.adj(i+4) {
		c.en = i + 5
		return special(c, claims.KindOther)
	}
	return nil
}

// digitLetterCode: a code: 5-1A.
func (p *parser) digitLetterCode(c *cand, i int) *cand {
	n := len(p.toks)
	// 5-1A: a code (but "5-10W", "10-15GB", "75-300mm" are ranges with a unit)
	if p.isHyphen(i+1) && p.adj(i+1) && i+3 < n && p.toks[i+2].k == tNum && p.adj(i+2) && p.toks[i+3].k == tWord && p.adj(i+3) && (p.toks[i+3].w == nil || isUpperWord(p.raw(i+3))) && !p.unitWordAt(i+3) {
		c.en = p.codeEnd(i + 3)
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// multipleRangeX: a range of multiples whose "x" ends it only (rule
// multiple-x): "10–100x faster computation" (web-dev-10), "2-5x cheaper",
// "a 3–5x increase"; "5-1A", "3-4X" before no word of multiples stay codes
// and sizes.
func (p *parser) multipleRangeX(c *cand, i int) *cand {
	t := &p.toks[i]
	if !p.isHyphen(i+1) || !p.adj(i+1) || !p.adj(i+2) || !p.isNumAt(i+2) || !p.adj(i+3) || t.sep || t.ndig > 3 || p.toks[i+2].sep || p.toks[i+2].v <= t.v {
		return nil
	}
	if timesSigns[p.raw(i+3)] && p.multipleAt(i+4) || p.capitalMultipleAt(i+3) {
		if !(i+4 < len(p.toks) && p.adj(i+4)) {
			c.setMultiple(i, i+3, i+4)
			c.qual, c.lo, c.hi = claims.Range, t.v, p.toks[i+2].v
			return c
		}
	}
	return nil
}

// phoneSpaced: a phone number after a spaced plus, its digits in groups
// (rule phone-spaced): "Ireland, + 353 1 634 7887", "U.S., + 1 650 496
// 2717" (web-dev-15's contact lines); "3 + 4 = 7" is a sum.
func (p *parser) phoneSpaced(c *cand, i int) *cand {
	if !p.is(i-1, "+") || p.adj(i) || i >= 2 && p.toks[i-2].k == tNum {
		return nil
	}
	groups, digits, end := 0, 0, i
	for j := i; j < len(p.toks) && p.toks[j].k == tNum && p.toks[j].sp; j++ {
		t := &p.toks[j]
		spaced := t.sep && !strings.Contains(p.raw(j), ",") // "1 634": the lexer joined spaced groups
		if t.sep && !spaced || t.dec || t.ndig > 4 && !spaced {
			break
		}
		groups += 1 + strings.Count(p.raw(j), " ")
		digits += t.ndig
		end = j + 1
	}
	if groups < 3 || digits < 8 || digits > 15 {
		return nil
	}
	c.st, c.en = i-1, end
	return special(c, claims.KindIdentifier)
}

// phonePlus: a phone number: +1 202 ....
func (p *parser) phonePlus(c *cand, i int) *cand {
	n := len(p.toks)
	// phone numbers: +1 202 ...
	if p.is(i-1, "+") && p.adj(i) && (i < 2 || p.toks[i-1].sp) {
		if p.toks[i].dec || p.is(i+1, "%") && !p.toks[i+1].sp {
			return nil // a signed change, not a phone number: "+2.3%", "+5%"
		}
		if t := &p.toks[i]; t.ndig <= 3 && !t.sep && (i+1 >= n || p.toks[i+1].k == tWord || p.toks[i+1].k == tPunct && !p.is(i+1, "(") && !(p.isHyphen(i+1) && p.isNumAt(i+2))) {
			// a signed figure with no digit groups after it is no phone
			// number (the grammar reads its sign): a goal difference "+44, eight better", a poll
			// margin "+32 points", "a +12 point jump" (dev5; PolNeAR train
			// breitbart_2016-01-19); "+1 202 555 0100" is a phone number
			return nil
		}
		c.st = i - 1
		c.en = p.digitGroups(i)
		if p.isHyphen(c.en) || c.en < n && p.toks[c.en].k == tNum {
			_, c.en = p.hyphenChain(c.en - 1)
		}
		c.en = p.digitGroups(c.en - 1)
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// hyphenChained: an ISO date or hyphen chain: 2024-07-28, 202-555-0100.
func (p *parser) hyphenChained(c *cand, i int) *cand {
	// ISO dates and hyphen chains: 2024-07-28, 202-555-0100
	if groups, end := p.hyphenChain(i); groups >= 3 {
		c.en = end
		if c.yearLike && groups == 3 || groups == 3 && p.usDateChain(i, end) {
			return special(c, claims.KindDate)
		}
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// usDateChain reports a US date written month-day-year with hyphens,
// "08-13-10", "8-13-2010", before a clock time (hyphenChained, rule
// hyphen-chain): "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10
// 12:41 AM" (web-dev-15's page lines), "Filed 03-02-2024 9:15 am"; a code
// or a phone number has no clock after it.
func (p *parser) usDateChain(i, end int) bool {
	m, d, y := &p.toks[i], &p.toks[i+2], &p.toks[i+4]
	if m.dec || d.dec || y.dec || m.sep || d.sep || y.sep || m.ndig > 2 || d.ndig > 2 || y.ndig != 2 && y.ndig != 4 || m.v < 1 || m.v > 12 || d.v < 1 || d.v > 31 {
		return false
	}
	return p.isNumAt(end) && p.is(end+1, ":") && p.adj(end+1) && p.isNumAt(end+2) && p.adj(end+2) && p.toks[end].ndig <= 2 && p.toks[end+2].ndig == 2
}

// localPhone: a local phone number, three digits, a hyphen and four
// (rule local-phone; ANNOTATION.md: phone numbers are identifiers), after a
// word of calling a few words before ("call 555-1234", "call Crime
// Stoppers at 555-8477", "Tel: 555-0199") or with a leading zero no range
// end has ("Jane Ruiz, 555-0142"); "prices of 500-1000 dollars" stays a
// range.
func (p *parser) localPhone(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.ndig != 3 || t.sep || t.dec || t.lead0 || !p.isHyphen(i+1) || !p.adj(i+1) || !p.adj(i+2) || !p.isNumAt(i+2) {
		return nil
	}
	if u := &p.toks[i+2]; u.ndig != 4 || u.sep || u.dec || p.isHyphen(i+3) && p.adj(i+3) || !u.lead0 && !p.phoneWordBefore(i) {
		return nil
	}
	if i > 0 && (p.isHyphen(i-1) || p.is(i-1, ")")) && p.adj(i) {
		return nil // part of a longer number: "1-800-555-1234", "(202) 555-0100"
	}
	if k := i + 3; k < len(p.toks) && p.toks[k].k == tWord {
		if w := p.w(k); (w == nil || !w.fn || w.isCard || w.scale != 0) && !lowerIn(phoneFollowers, p.raw(k)) {
			return nil // a range of things: "called 100-1500 voters", "300-1200 dollars"
		}
	}
	c.en = i + 3
	return special(c, claims.KindIdentifier)
}

// phoneWords call for a number (localPhone).
var phoneWords = lexicon.WordSet(`call calls calling called phone phoned telephone tel dial dialling dialing fax text texting hotline helpline`)

// phoneFollowers may follow a phone number: "call 555-1234 today".
var phoneFollowers = lexicon.WordSet(`today now tonight tomorrow anytime ext extension`)

// phoneWordBefore reports a word of phoneWords among the five tokens
// before token i.
func (p *parser) phoneWordBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.toks[k].k == tWord && lowerIn(phoneWords, p.raw(k)) {
			return true
		}
	}
	return false
}

// phoneOrCode: a phone number or code: (202) 555-0100, 0800 ..., 1.2.3.
func (p *parser) phoneOrCode(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// phone numbers and codes: +1 202 ..., (202) 555-0100, 0800 ..., 1.2.3
	if p.is(i-1, "(") && p.is(i+1, ")") && t.ndig == 3 && i+2 < n && p.toks[i+2].k == tNum && p.toks[i+2].ndig == 3 {
		c.st = i - 1
		c.en = p.digitGroups(i + 2)
		return special(c, claims.KindIdentifier)
	}
	if t.lead0 && !t.dec || t.multi || t.ndig >= 10 && !t.sep {
		c.en = p.digitGroups(i)
		return special(c, claims.KindIdentifier)
	}
	return nil
}

// gluedBefore: digits glued to a word before: G7, A320, FY2024. Not a
// word the mention before already holds: in "8K60p" and "#5Days5Ways" the
// "K" and "Days" end "8K" and "5Days", and "K60p", "Days5Ways" would
// overlap them (FuzzFind: mentions never overlap).
func (p *parser) gluedBefore(c *cand, i int) *cand {
	// glued to a word before: G7, A320, FY2024 (but USD5, Rs500 are money)
	if i > 0 && i > p.floor && p.adj(i) && p.toks[i-1].k == tWord {
		w := p.toks[i-1].w
		dollarLetters := i > 1 && p.is(i-2, "$") && p.adj(i-1) && lexicon.DollarSuffixes[p.raw(i-1)] != "" // "$US113", "$A82"
		if (w == nil || !(w.iso && !gluedCodeName(p.raw(i-1)) || lexicon.CurrencyAbbrevs[w.key] != "" || w.scurr != "")) && !dollarLetters && !p.currencyLetterAt(i) {
			c.st = i - 1
			c.en = p.codeEnd(i + 1)
			if w != nil && w.key == "fy" && c.yearLike {
				return special(c, claims.KindYear)
			}
			if w != nil && w.key == "fy" && c.en == i+1 && p.fiscalYearShort(i) {
				c.kindRule = ruleFiscalYearShort
				return special(c, claims.KindYear)
			}
			if n := yearParts[p.raw(i-1)]; n > 0 && c.en == i+1 && p.toks[i].v >= 1 && p.toks[i].v <= n && !p.toks[i].dec && p.yearAt(i+1) && p.toks[i+1].sp {
				// a quarter or half of a year, with its year (rule
				// year-part): "in Q4 2025", "H1 2024 results" are dates
				c.en = i + 2
				return special(c, claims.KindDate)
			}
			if n := yearParts[p.raw(i-1)]; n > 0 && c.en == i+1 && p.toks[i].v >= 1 && p.toks[i].v <= n && !p.toks[i].dec && i >= 2 && yearPartPreps[p.lw(i-2)] {
				// a quarter or half on its own after a word of time (rule
				// year-part): "the “sometime late Q1” timeline"
				// (web-dev-5), "launches in Q2", "by Q3" (WCXB pages); "the
				// Q5 model" stays a name
				return special(c, claims.KindDate)
			}
			return special(c, claims.KindIdentifier)
		}
	}
	return nil
}

var ruleFiscalYearShort = newRule("fiscal-year-short")

// fiscalYearShort: a fiscal year written with two digits glued after
// "FY" (rule fiscal-year-short): "a decadal low of 5 per cent for FY20",
// "in FY21" (web-dev-13), "reported record FY25 performance"
// (web-dev-6); "FY2024" is a year by its four digits, a decimal or a
// longer code ("FY20.5", "FY205") is none.
func (p *parser) fiscalYearShort(i int) bool {
	t := &p.toks[i]
	return t.ndig == 2 && !t.dec && !t.sep && (i+1 >= len(p.toks) || !p.adj(i+1) || p.toks[i+1].k == tPunct)
}

var ruleFNumber = newRule("f-number")

// fNumber: a lens's f-number, "f/" glued before the number (rule
// f-number): "an aperture of f/2.5", "the RF 28-70 f/2 lens", "Focal
// Ratio: f/4.9", "starts at F/4.8" (several WCXB pages of ingest-dev and
// ingest-web), a range "f/4-5.6" (a zoom's, as the suites' "ef 75 -300mm
// f / 4 - 5 . 6"). Not after another letter ("rf/2" is a code).
func (p *parser) fNumber(c *cand, i int) *cand {
	if i < 2 || !p.adj(i) || !p.is(i-1, "/") || !p.adj(i-1) || !strings.EqualFold(p.raw(i-2), "f") || i >= 3 && p.adj(i-2) && p.toks[i-3].k != tPunct {
		return nil
	}
	t := &p.toks[i]
	if t.sep || t.multi || t.v <= 0 || t.v > 64 {
		return nil
	}
	c.st, c.en, c.valSt, c.valEn = i-2, i+1, i, i+1
	c.lo, c.hi = t.v, t.v
	if p.isHyphen(i+1) && p.adj(i+1) && p.adj(i+2) && p.isNumAt(i+2) && p.toks[i+2].v > t.v && p.toks[i+2].v <= 64 {
		c.en, c.valEn = i+3, i+3
		c.qual, c.hi = claims.Range, p.toks[i+2].v
	}
	c.yearLike = false
	c.unit, c.hasUnit = "f_number", true
	c.unitRule = ruleFNumber
	return c
}

// yearParts are the letters glued before the number of a part of a year:
// quarters Q1-Q4, halves H1-H2 (with the count of parts).
var yearParts = map[string]float64{"Q": 4, "H": 2}

// yearPartPreps before a quarter or half on its own make it a date: "in
// Q2", "late Q1", "by Q3".
var yearPartPreps = lexicon.WordSet(`in late early by during mid until till before after since through throughout`)

// letterPriceLinks join a change in currency letters to the level after
// it: "gained R84 to R3,302", "R5 or R25".
var letterPriceLinks = lexicon.WordSet(`to and or`)

// currencyLetterAt reports a currency letter glued before the number at i
// (lexicon.CurrencyLetters) before an amount that looks like money: a scale
// after it, glued, spaced or hyphenated, thousands separators or a price's
// denominator ("R2.5bn", "N5 trillion", "R423-billion", "R1,500", "N617 per
// litre", "R350 a month").
func (p *parser) currencyLetterAt(i int) bool {
	if i < 1 || !p.adj(i) || lexicon.CurrencyLetters[p.raw(i-1)] == "" || i >= 2 && p.adj(i-1) && p.toks[i-2].k != tPunct {
		return false
	}
	if p.toks[i].sep {
		return true
	}
	if t := &p.toks[i]; t.dec && !t.multi {
		// cents written: "the rand weakened to R17.92", "N1.50" (a code
		// or version has no two-digit fraction)
		if r := p.raw(i); len(r)-strings.IndexByte(r, '.')-1 == 2 {
			return true
		}
	}
	if i >= 2 && lowerIn(priceVerbs, p.raw(i-2)) || i >= 3 && lowerIn(letterPriceHedges, p.raw(i-2)) && lowerIn(priceVerbs, p.raw(i-3)) {
		return true // "bread costs R25", "fined K500", "a tray now costs about R95" (web-dev-7)
	}
	if i >= 2 && lowerIn(letterPriceEarlier, p.raw(i-2)) && p.moneyReadIn(lexicon.CurrencyLetters[p.raw(i-1)]) {
		// the earlier level of a price the sentence gave in the same
		// currency (rule currency-letter): "tariffs rose to N225 per
		// kilowatt-hour from N68" (web-dev-7), "Petrol now sells for N617
		// a litre, up from N568" (web-dev-9)
		return true
	}
	if w := p.w(i - 2); i >= 2 && w != nil && w.chg != "" && p.toks[i-2].k == tWord && !p.isNumAt(i+1) && !p.isHyphen(i+1) {
		// a change of a price in letters (rule currency-letter): "Shares
		// in Naspers gained R84 to R3,302" (dev5), "the fare rose N50"
		return true
	}
	if i >= 4 && letterPriceLinks[p.key(i-2)] && p.isNumAt(i-3) && p.adj(i-3) && p.raw(i-4) == p.raw(i-1) && p.currencyLetterAt(i-3) {
		return true // the level after a change in the same letters: "gained R84 to R3,302", "rose R5 to R25"
	}
	if i >= 2 && p.key(i-2) == "for" && p.toks[i].v >= 10 && (i+1 >= len(p.toks) || p.is(i+1, ".") || p.is(i+1, ",")) {
		return true // a price closing a clause: "54GB of data a month for R399." (dev5)
	}
	j := i + 1
	if p.isHyphen(j) && p.adj(j) && p.adj(j+1) {
		// a scale after a hyphen, South African style: "a debt of
		// R423-billion", "R1-billion a month" (as "$61-billion" is read)
		sc, ok := scalesAfterDigits[strings.ToLower(p.raw(j+1))]
		return ok && !sc.gluedOnly && sc.raw == ""
	}
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return false
	}
	if k := p.key(j); k == "per" || k == "a" || k == "an" {
		// a price: "N617 per litre", "R350 a month", "N617 a litre", "R22
		// a litre", "K45 a kilo" (a time or a measure after "a")
		den, _ := p.rateDenominator(j + 1)
		return den != "" && (k == "per" || denIsTime(den) || measureDimension(den) != "")
	}
	sc, ok := scalesAfterDigits[strings.ToLower(p.raw(j))]
	return ok && (!sc.gluedOnly || p.adj(j)) && (sc.raw == "" || sc.raw == p.raw(j))
}

// letterPriceHedges may stand between a price verb and a currency letter:
// "costs about R95", "sold for nearly N2,000".
var letterPriceHedges = lexicon.WordSet(`about around nearly almost roughly approximately just only some over under`)

// letterPriceEarlier before a currency letter and digits compare them with
// a price the sentence read in the same currency: "from N68", "than R40".
var letterPriceEarlier = lexicon.WordSet(`from than versus vs`)

// moneyReadIn reports a mention already read in the sentence whose unit
// is the currency code cur (or a rate of it).
func (p *parser) moneyReadIn(cur string) bool {
	if cur == "" {
		return false
	}
	for _, m := range p.out {
		if lexicon.UnitNumerator(m.Unit) == cur {
			return true
		}
	}
	return false
}

// priceVerbs before a currency letter and digits make them money.
var priceVerbs = lexicon.WordSet(`cost costs costing priced paid pay pays fined charged charges sells sold worth`)

// gluedCodeNames are ISO codes that, glued to a number, name a thing:
// "COP27", "COP28" (the climate conferences).
var gluedCodeNames = map[string]bool{"COP": true}

// gluedCodeName reports a code glued before digits that is a name, not
// money: a row of gluedCodeNames, or the code of a former currency
// ("ESP32" a microcontroller, "ARM64" a processor; "USD50" is money).
func gluedCodeName(raw string) bool {
	return isUpperWord(raw) && (gluedCodeNames[raw] || lexicon.IsCurrencyCode(raw) && !lexicon.IsCurrentCurrencyCode(raw))
}

var rulePeriodOrdinal = newRule("period-ordinal")

// periodParts before a hyphen name a part of the period an ordinal names
// ("the mid-17th century").
var periodParts = lexicon.WordSet(`mid early late`)

// periodOrdinal reads an ordinal with a part of its period hyphened
// before it (rule period-ordinal): "the mid-20th century", "by the
// mid-17th century", "in the late-19th century" are ordinals, no codes
// (as "mid-2024" is a year and "the 19th century" an ordinal).
func (p *parser) periodOrdinal(c *cand, i int) *cand {
	t := &p.toks[i]
	if i < 2 || t.dec || t.sep || !p.isHyphen(i-1) || !p.adj(i) || !p.adj(i-1) || !lowerIn(periodParts, p.raw(i-2)) {
		return nil
	}
	if i+1 >= len(p.toks) || !p.adj(i+1) || !ordinalSuffix[p.key(i+1)] || !ordinalSuffixFits(t.v, p.key(i+1)) {
		return nil
	}
	if i+2 < len(p.toks) && p.adj(i+2) && p.toks[i+2].k != tPunct {
		return nil
	}
	c.st, c.en = i-2, i+2
	c.kindRule = rulePeriodOrdinal
	return special(c, claims.KindOrdinal)
}

// yearPrefixes place a time within a year or around it, hyphened before
// the year: "mid-2024", "pre-2008", "post-2020", "early-1990s".
var yearPrefixes = lexicon.WordSet(`mid pre post early late`)

// wordHyphenNumber: word-hyphen-number: COVID-19, F-16, mid-2024.
func (p *parser) wordHyphenNumber(c *cand, i int) *cand {
	// word-hyphen-number: COVID-19, F-16, mid-2024
	if i > 1 && p.isHyphen(i-1) && p.adj(i) && p.adj(i-1) && p.toks[i-2].k == tWord && !(p.key(i-2) == "sub" || signWords[p.key(i-2)]) {
		w := p.toks[i-2].w
		if w != nil && yearPrefixes[w.key] && c.yearLike {
			c.st = i - 2
			return special(c, claims.KindYear)
		}
		if w == nil || !(w.isCard || w.fn) {
			c.st = i - 2
			c.en = p.codeEnd(i + 1)
			return special(c, claims.KindIdentifier)
		}
	}
	return nil
}

// scientific: scientific notation: "1e10", "12e-1" (rule scientific-notation).
func (p *parser) scientific(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	// scientific notation: "1e10", "1.3e6", "-127.32e13", "12e-1" (rule scientific-notation)
	if i+2 < n && p.adj(i+1) && (p.raw(i+1) == "e" || p.raw(i+1) == "E") && !t.sep {
		k, neg := i+2, false
		if (p.isHyphen(k) || p.is(k, "−") || p.is(k, "+")) && p.adj(k) && k+1 < n {
			neg = !p.is(k, "+")
			k++
		}
		if p.toks[k].k == tNum && p.adj(k) && !p.toks[k].dec && p.toks[k].ndig <= 3 && (k+1 >= n || !p.adj(k+1) || p.toks[k+1].k != tWord) {
			e := p.toks[k].v
			if neg {
				e = -e
			}
			c.v = t.v * math.Pow(10, e)
			c.en = k + 1
			c.valSt, c.valEn = i, c.en
			c.unitRule = ruleScientific
			return c
		}
	}
	return nil
}

var (
	ruleSecondsLetter = newRule("seconds-letter")
	ruleCountX        = newRule("count-x")
	ruleDigitsPlural  = newRule("digits-plural")
)

// gluedAfter: digits glued to a word after: 21st, 20s, 1990s, 5G.
func (p *parser) gluedAfter(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	if i+1 < n && p.adj(i+1) && p.toks[i+1].k == tWord {
		w := p.toks[i+1].w
		k := ""
		if w != nil {
			k = w.key
		}
		switch {
		case k == "st" && !t.dec && !ordinalSuffixFits(t.v, k):
			// "14st", "11st 7lb": stone, not an ordinal (14th, 11th)
		case k == "st" || k == "nd" || k == "rd" || k == "th":
			c.en = i + 2
			c.kind = claims.KindOrdinal
			c.lo, c.hi = t.v, t.v
			if p.dateAround(c) {
				return special(c, claims.KindDate)
			}
			p.ordinalRange(c)
			return c
		case p.raw(i+1) == "W" || (p.raw(i+1) == "C" || p.raw(i+1) == "F") && t.ndig <= 3:
			// 30W: watts; 40C, 104F: temperatures
		case (p.raw(i+1) == "x" && (p.multipleAt(i+2) || p.articleMultiple(i)) || p.capitalMultipleAt(i+1)) &&
			!(i+2 < n && p.adj(i+2) && (p.toks[i+2].k == tNum || p.toks[i+2].k == tWord)) && !t.sep && t.ndig <= 3:
			// "20x earnings", "a 10x improvement", "1.5x", "2X points",
			// "16X YoY growth": a multiple (rule multiple-x); "1920x1080",
			// "3x10" stay codes, "777x jets" a model; a capital X only
			// before a word of multipleAfter ("the Nexus 5X." is a phone)
			c.setMultiple(i, i+1, i+2)
			p.multipleRange(c, i+2)
			return c
		case k == "fold" && !t.sep && t.ndig <= 4 && !(i+2 < n && p.adj(i+2) && p.toks[i+2].k != tPunct):
			// a multiple glued to "fold" (rule multiple-x): "a 100fold
			// speed increase" (web-dev-5), as "100-fold" and "tenfold"
			c.setMultiple(i, i+1, i+2)
			return c
		case p.raw(i+1) == "x" && !t.sep && !t.dec && t.v >= 1 && t.v <= 64 && i+2 < n && !p.adj(i+2) && p.toks[i+2].k == tWord &&
			isUpperASCII(p.raw(i + 2)[0]) && !p.multipleAt(i+2):
			// a count of parts in a spec list (rule count-x): "- 4x USB3.2
			// Gen1", "6x USB 2.0 ports" (web-dev-1), "2x HDMI outputs and 1x
			// Ethernet port" (product pages); "10x zoom", "20x earnings" stay
			// multiples
			c.en = i + 2
			c.unit, c.hasUnit = "count", true
			c.unitRule = ruleCountX
			c.valSt, c.valEn = i, i+1
			return c
		case p.raw(i+1) == "g" && !(p.is(i+2, "/") && p.adj(i+2)) && p.gramsAfter(t.v, i+2):
			// "200g", "12g of sugar", "18g protein": grams (rule
			// gram-letter); "9g turns", "4g LTE" stay g-forces and codes
			c.en = i + 2
			c.unit, c.hasUnit = "g", true
			c.unitRule = ruleGramLetter
			c.valSt, c.valEn = i, i+1
			return c
		case slashNumerators[p.raw(i+1)] != "" && p.is(i+2, "/") && p.adj(i+2) && p.adj(i+3):
			// "95g/km", "3m/s": a rate read by the unit grammar (slash-unit)
		case k == "s" && t.ndig == 2 && int(t.v)%10 == 0 && t.v >= 10 && possessives[p.key(i-1)]:
			// "in his 20s": an age
			c.en = i + 2
			c.kind, c.unit, c.hasUnit, c.qual = claims.KindClaim, "age", true, claims.Range
			c.lo, c.hi = t.v, t.v+9
			c.valSt, c.valEn = i, i+2
			return c
		case k == "p" && p.raw(i+1) == "p" && !videoResolutions[t.v] && t.ndig <= 5 && (t.ndig <= 4 || t.sep):
			// "164p", "1,234p", "2,150.5p": pence, read by the unit grammar
			// (a share price in London above 1,000p is written grouped)
		case k == "s" && p.raw(i+1) == "s" && t.dec && !(i+2 < n && p.adj(i+2) && p.toks[i+2].k != tPunct):
			// a time in seconds with decimals (rule seconds-letter): "ran
			// the 100m in 9.58s", "0-62mph in 3.5s", "a lap of 1m 32.5s"
			// (sports results, car tests); "the 1990s", "his 20s" have none
			c.en = i + 2
			c.unit, c.hasUnit = "second", true
			c.unitRule = ruleSecondsLetter
			c.valSt, c.valEn = i, i+1
			return c
		case k == "s" && p.raw(i+1) == "s" && !t.dec && (t.v == 100 || t.v == 1e3 || t.v == 1e4 || t.v == 1e5) && p.key(i+2) == "of":
			// "1,000s of fans", "100s of cars" (rule digits-plural): as
			// "thousands of", "hundreds of"; "the 1000s" stay a century
			c.en = i + 2
			c.qual, c.lo, c.hi, c.v = claims.Vague, t.v, 10*t.v-1, t.v
			c.qualRule = ruleDigitsPlural
			c.valSt, c.valEn = i, i+2
			return c
		case k == "s" && (t.ndig == 4 || t.ndig == 2) && int(t.v)%10 == 0:
			c.en = i + 2
			return special(c, claims.KindYear)
		case k == "s" && t.ndig == 4 && !t.sep && !t.dec:
			// a plural of a model or form number, not a decade (decades
			// end in 0; rule model-plural): "a larger Peugeot 5008s",
			// "you can't upload 1099s", "forms 1041s and 1065s"
			c.en = i + 2
			return special(c, claims.KindIdentifier)
		case p.hashtagAt(i) && p.codeEnd(i+1) > i+2:
			// a hashtag led by digits, whose glued run goes on past the
			// word after them (rule glued-after): "#5Days5Ways", "#10DaysOfCode"
			// is a name, not "5Days" and a code after it
			c.en = p.codeEnd(i + 1)
			return special(c, claims.KindIdentifier)
		case w != nil && (w.scale > 0 || w.unit != "" || w.tunit != "" || gluedSuffixAbbreviations[k] || w.iso || w.curr != "" || w.scurr != ""), lexicon.CurrencySymbols[p.raw(i+1)] != "":
			// a suffix read by the unit grammar
		default:
			c.en = p.codeEnd(i + 1)
			return special(c, claims.KindIdentifier)
		}
	}
	return nil
}

// hashtagAt reports digits at i glued after a "#" that opens a word (a
// space or the text's start before it): a hashtag ("#5Days5Ways").
func (p *parser) hashtagAt(i int) bool {
	return i > 0 && p.adj(i) && p.is(i-1, "#") && (i == 1 || p.toks[i-1].sp)
}

// gramsAfter reports whether "<v>g" glued is grams, given the token j
// after the "g": "of" or a nutrient follows ("12g of sugar", "3g fat"), or
// the value is no g-force or network generation (a fraction, or above 12:
// "200g", "2.5g"). Else "5g", "9g turns" stay codes.
func (p *parser) gramsAfter(v float64, j int) bool {
	k := p.key(j)
	if k == "" {
		k = toLowerASCII(p.raw(j))
	}
	return k == "of" || nutrientWords[k] || v > 12 || v != math.Trunc(v)
}

// nutrientWords after "<v>g" make it grams: "3g fat", "18g protein".
var nutrientWords = lexicon.WordSet(`protein proteins fat fats carbs carbohydrate carbohydrates sugar
sugars fibre fiber salt sodium saturated sat saturates net`)

// multipleAfter are the words after "Nx" that make it a multiple: what is
// multiplied or compared ("20x earnings", "3x faster", "a 5x zoom").
// ("9x to 10x performance wins", web-dev-5; "2x performance degradation",
// "the 2.9x gap", "a ~30x difference", WCXB tech pages; a return on
// spending, "a 50x ROI" (web-dev-5), "8X ROAS"; a multiple per period
// or of a past period, "10x every week, or 2x every day" (web-dev-14),
// "grew 3x last year", "2x per day")
var multipleAfter = lexicon.WordSet(`earnings sales revenue revenues profit profits ebitda book cash
multiple faster slower more less higher lower bigger smaller larger cheaper better worse greater
zoom optical digital magnification leverage levered coverage oversubscribed return returns gain
gains improvement increase jump rise growth speed speedup boost the its their his her over in on
fewer yoy roi roas
performance gap difference degradation reduction decrease drop
forward trailing next expected estimated at by to and or than versus vs compared from
every per each last this daily weekly monthly yearly annually`)

// multipleAfterCapital are the words after "NX" (a capital X) that make it
// a multiple: a comparison or what grows ("3X fewer GPUs", "16X YoY
// revenue growth"); a capital X before anything else is a size or a model
// ("up to 3X and", "the KQi 300X and").
var multipleAfterCapital = lexicon.WordSet(`faster slower more less fewer higher lower bigger smaller larger
cheaper better worse greater yoy revenue revenues growth returns return improvement increase earnings sales roi roas`)

// articleMultiple reports an "Nx" at token i that an indefinite article
// makes a modifier of the noun after it, a multiple whatever that noun is
// (rule multiple-x): "paired with a 12MP ultrawide and a 5x telephoto"
// (web-dev-8), "with a 10x word count" (web-dev-14), "a 3x zoom lens" —
// the word before decides where the one word after (multipleAt) does not
// know the noun. A whole number of one or two digits, or 100, and a word
// after ("a 777x jet" is a model).
func (p *parser) articleMultiple(i int) bool {
	t := &p.toks[i]
	return indefiniteArticles[p.key(i-1)] && !t.dec && (t.ndig <= 2 || t.v == 100) && t.v >= 2 && i+2 < len(p.toks) && p.toks[i+2].k == tWord && p.toks[i+2].sp
}

// multipleAt reports whether token j (after "Nx") makes "Nx" a multiple:
// a word of multipleAfter, or the end of a clause ("trades at 1.5x.").
func (p *parser) multipleAt(j int) bool {
	return p.clauseEndAt(j) || p.toks[j].k == tWord && multipleAfter[toLowerASCII(p.raw(j))]
}

// capitalMultipleAt reports a capital "X" at token j before a word of
// multipleAfterCapital: "3X fewer GPUs", "2-5X faster" (rule multiple-x).
func (p *parser) capitalMultipleAt(j int) bool {
	return p.raw(j) == "X" && j+1 < len(p.toks) && p.toks[j+1].k == tWord && multipleAfterCapital[toLowerASCII(p.raw(j+1))]
}

// setMultiple makes c a multiple (rule multiple-x) whose value is tokens
// [valSt, valEn), the mention ending at en with its "x" or "fold".
func (c *cand) setMultiple(valSt, valEn, en int) {
	c.setUnit("times", en)
	c.unitRule = ruleMultipleX
	c.valSt, c.valEn = valSt, valEn
}

// multipleRange reads a range of multiples after the multiple c, "to" or
// a hyphen at token j and a larger multiple written alike (rule
// multiple-x): "9x to 10x performance wins" (web-dev-5), "10x to 100x
// cheaper" (WCXB), "20x-25x earnings".
func (p *parser) multipleRange(c *cand, j int) {
	if p.key(j) != "to" && !p.isHyphen(j) {
		return
	}
	k := j + 1
	if k+1 >= len(p.toks) || !p.isNumAt(k) || !p.adj(k+1) || p.raw(k+1) != p.raw(c.en-1) {
		return
	}
	t := &p.toks[k]
	if t.sep || t.v <= c.v || !p.multipleAt(k+2) || k+2 < len(p.toks) && p.adj(k+2) && p.toks[k+2].k != tPunct {
		return
	}
	c.en = k + 2
	c.qual, c.lo, c.hi = claims.Range, c.v, t.v
}

// unitWordAt reports a unit glued after digits: a unit of the table, a
// case-sensitive symbol, a scale letter, watts or a temperature letter.
func (p *parser) unitWordAt(j int) bool {
	w := p.w(j)
	raw := p.raw(j)
	return w != nil && (w.unit != "" || w.scale > 0 || w.curr != "" || w.iso) || lexicon.UnitSymbol(raw) != "" || raw == "W" || raw == "M" || raw == "K" || raw == "C" || raw == "F"
}

// fractionDenominators are the denominators of fractions written with a
// slash ("3/4", "1/16").
var fractionDenominators = map[float64]bool{2: true, 3: true, 4: true, 5: true, 6: true, 8: true, 10: true, 16: true, 32: true, 64: true}

// fractionContext reports a slashed number [st, en) read as a fraction: a
// unit, "of" or a word of shares after it ("3/4 cup", "1/4-mile", "1/2 of",
// "a 2/3 majority"), or "a"/"an" or a word of proportion before it ("a 1/4
// mile", "only 3/4 voted", "nearly 2/3 agreed") or a change word (a Wall
// Street price move: "stock slipped 3/8 today", "was up 1/4 at 22":
// web-dev-18, the wire); a date otherwise ("on 3/4", "since 7/28").
func (p *parser) fractionContext(st, en int) bool {
	if p.isHyphen(en) && p.adj(en) {
		en++
	}
	if w := p.w(en); w != nil && p.toks[en].k == tWord && (w.unit != "" || w.tunit != "" || w.curr != "" || w.key == "of" || shareNounsAfterFraction[w.key]) {
		return true
	}
	k := strings.ToLower(p.raw(st - 1))
	if lexicon.Articles[p.key(en)] && p.toks[en].k == tWord && !datePrepositions[k] {
		return true // a fraction of what the article after it opens: "at 1/2 the current" (web-dev), "it only took 1/2 a cup of coffee" (web-dev-6), "1/3 the price"; "on 3/4 the index fell" stays a date
	}
	return k == "a" || k == "an" || fractionBefore[k] || changeBefore[k] != "" && p.toks[st-1].k == tWord
}

// datePrepositions put a point in time after them: before a slashed pair
// they make it a date even before an article ("on 3/4 the index fell",
// "since 1/2 the team"); with "in" and "of" they make a lower-case "may"
// or "march" a month (monthPrepositions).
var datePrepositions = lexicon.WordSet(`on since until till by from through before after`)

// fractionBefore are words of proportion before a slashed fraction.
var fractionBefore = lexicon.WordSet(`only just nearly almost about roughly around approximately some over under
than least most exactly barely
up down off rose fell gained lost added eased dropped climbed slipped`) // a stock's move: "up 1/2", "fell 3/4 to 35" (Reuters-21578)

// shareNounsAfterFraction are nouns of a share after a slashed fraction ("a
// 2/3 majority", "a 3/4 stake").
var shareNounsAfterFraction = lexicon.WordSet(`majority majorities stake share`)

func special(c *cand, kind claims.Kind) *cand {
	c.kind = kind
	c.lo, c.hi = c.v, c.v
	return c
}

// clockSuffix extends a time over a.m./p.m./am/pm/GMT/local time; it returns i
// when there is none.
func (p *parser) clockSuffix(i int) int {
	k := p.key(i)
	if caps, ok := hourZones[k]; ok {
		if caps == "" || p.raw(i) == caps {
			return i + 1 // "9 GMT", "9 ET"
		}
		return i
	}
	switch k {
	case "am", "pm":
		return i + 1
	case "a", "p":
		// a.m. / p.m.
		if p.is(i+1, ".") && p.adj(i+1) && p.key(i+2) == "m" && p.adj(i+2) {
			if p.is(i+3, ".") && p.adj(i+3) {
				return i + 4
			}
			return i + 3
		}
	case "local":
		if p.key(i+1) == "time" {
			return i + 2
		}
	case "o":
		if p.isApostrophe(i+1) && p.key(i+2) == "clock" {
			return i + 3
		}
	}
	return i
}

// hyphenChain counts numbers joined by adjacent hyphens from token i.
func (p *parser) hyphenChain(i int) (groups, end int) {
	groups, end = 1, i+1
	for j := i + 1; j+1 < len(p.toks) && p.isHyphen(j) && p.adj(j) && p.adj(j+1) && p.toks[j+1].k == tNum; j += 2 {
		groups++
		end = j + 2
	}
	return groups, end
}

// digitGroups extends an identifier over following digit groups joined by
// spaces, hyphens, dots or slashes.
func (p *parser) digitGroups(i int) int {
	end := i + 1
	joined := false
	for j := i + 1; j < len(p.toks); {
		if p.toks[j].k == tNum && (p.toks[j].ndig >= 2 || joined) {
			end = j + 1
			j++
			joined = false
			continue
		}
		if (p.isHyphen(j) || p.is(j, ".") || p.is(j, "/") || p.is(j, ")")) && p.adj(j) && j+1 < len(p.toks) && p.toks[j+1].k == tNum && p.adj(j+1) {
			j++
			joined = true
			continue
		}
		break
	}
	return end
}

// codeEnd extends a code over glued letters, digits and hyphens (H5N1, Su-57M).
func (p *parser) codeEnd(i int) int {
	end := i
	for j := i; j < len(p.toks) && p.adj(j); j++ {
		t := &p.toks[j]
		if t.k == tWord || t.k == tNum {
			end = j + 1
			continue
		}
		if p.isHyphen(j) && j+1 < len(p.toks) && p.adj(j+1) && (p.toks[j+1].k == tNum) {
			continue
		}
		break
	}
	return end
}

// wordAt reads a value written in words at token i.
func (p *parser) wordAt(i int) *cand {
	if !p.toks[i].w.value {
		return nil // most words of a sentence: "the", "said", "percent"
	}
	return p.wordValue(i)
}

// valueWords are the words a value written in words can start with (the
// vocabulary marks them, and wordAt tries no other): the starts of
// wordValue's forms below.
func valueWords() []string {
	ws := []string{"a", "an"}
	for _, m := range []map[string]float64{Cardinals, Fractions, foldWords, multiplierAdjectives} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	for w := range ordinals {
		ws = append(ws, w)
	}
	for w := range decadeWords {
		ws = append(ws, w)
	}
	for _, f := range vagueForms {
		ws = append(ws, f.words[0])
	}
	return ws
}

// wordValue reads a value in words at token i, a word of valueWords.
func (p *parser) wordValue(i int) *cand {
	w := p.toks[i].w
	if base, ok := decadeWords[w.key]; ok {
		c := p.newCand(cand{st: i, en: i + 1, v: base, words: true, valSt: i, valEn: i + 1})
		return p.decadeAt(c, i, i+1, base)
	}
	if c := p.vagueAt(i); c != nil {
		return c
	}
	if c := p.coupleAt(i); c != nil {
		return c
	}
	if c := p.halfDozenAt(i); c != nil {
		return c
	}
	if v, ok := multiplierAdjectives[w.key]; ok && p.multiplierOfThe(i) {
		c := p.newCand(cand{st: i, en: i + 1, v: v, words: true, unit: "times", hasUnit: true, valSt: i, valEn: i + 1})
		c.unitRule = ruleMultiplierOfThe
		return c
	}
	if v, ok := foldWords[w.key]; ok && !p.multiplierIdiom(i) {
		c := p.newCand(cand{st: i, en: i + 1, v: v, words: true, unit: "times", hasUnit: true, valSt: i, valEn: i + 1})
		return c
	}
	if w.frac > 1 || w.isCard || len(w.key) <= 2 && (w.key == "a" || w.key == "an") {
		// (the guard keeps the call off the common words)
		if c := p.fractionOfScale(i); c != nil {
			return c
		}
	}
	if c := p.fractionRange(i); c != nil {
		return c
	}
	if c := p.fractionAt(i); c != nil {
		return c
	}
	if w.ord > 0 && !w.isCard {
		if w.key == "second" && (p.key(i-1) == "per" || p.key(i-1) == "a" && !p.nounAfter(i)) {
			return nil
		}
		c := p.newCand(cand{st: i, en: i + 1, v: float64(w.ord), words: true})
		special(c, claims.KindOrdinal)
		p.ordinalRange(c)
		return c
	}
	if indefiniteArticles[w.key] && aUnitDuration[p.key(i+1)] && (p.andAHalfAt(i+2) || (p.boundBefore(i) || p.oldAfter(i+2)) && !(p.key(i+2) == "and" && p.key(i+4) == "half")) { // ("a year and a half" is no one year: unitAndAHalf reads it)
		// "more than a year", "nearly a decade", "in less than an hour":
		// one unit under a qualifier; "a century old", "a decade-old
		// law", "a year old": one unit of an age
		return p.newCand(cand{st: i, en: i + 1, v: 1, words: true, valSt: i, valEn: i + 1})
	}
	if !(w.isCard || (w.key == "a" || w.key == "an") && p.startsScaleWord(i+1)) {
		return nil
	}
	if i > 1 && p.isHyphen(i-1) && p.adj(i) && p.adj(i-1) && p.toks[i-2].k == tWord && !(p.key(i-2) == "sub" || signWords[p.key(i-2)]) {
		if pw := p.toks[i-2].w; pw == nil || !pw.isCard && pw.scale == 0 {
			return nil // high-five, catch-all compounds
		}
	}
	v, en, ord, ok := p.parseWords(i)
	if !ok {
		return nil
	}
	if !ord && v > 1 {
		if c := p.wordsFraction(i, en, v); c != nil {
			return c
		}
	}
	en = p.restatedDigits(en, v)
	c := p.newCand(cand{st: i, en: en, v: v, words: true})
	if e := p.clockSuffix(en); e > en && v >= 1 && v <= 12 {
		c.en = e
		return special(c, claims.KindTime) // three o'clock
	}
	if ord || en == i+1 && (labelWords[p.key(i-1)] == claims.KindOrdinal || w.key == "one" && p.key(i-1) == "number") { // "the number one buyer"
		return special(c, claims.KindOrdinal)
	}
	if en == i+1 && w.key == "zero" && p.key(en) == "in" && (p.key(en+1) == "on" || p.key(i-1) == "to") {
		return nil // the verb: "to zero in on the causes"
	}
	if en == i+1 && w.key == "one" && !p.oneCounts(i) && (!(p.key(en) == "in" || p.key(en) == "out" && p.key(en+1) == "of") || strings.EqualFold(p.raw(i-1), "no")) && !p.keptOneReading(c) {
		return nil // ("one day", "the one hand", "Air Force One." are kept for their kind rules: oneforms.go)
	}
	if en == i+1 && w.isCard && p.isHyphen(en) && p.adj(en) && p.adj(en+1) && p.key(en+1) == "on" {
		return nil // one-on-one, two-on-two
	}
	for j := i; j < en; j++ {
		if w := p.toks[j].w; w != nil && w.scale >= 1000 {
			c.scaled = true
		}
	}
	c.valSt, c.valEn = i, en
	c.unitRule = p.wordsRule // and-fraction, point-decimals
	p.fractionOver(c)        // "one over three"
	return c
}

var ruleOrdinalRange = newRule("ordinal-range")

// ordinalRange reads a range of ranks from the ordinal c (rule
// ordinal-range): "between the tenth and the fifteenth", "from the 3rd to
// the 5th", "between 10th and 15th place". The mention stays an ordinal
// (no claim), its bounds the two ranks.
func (p *parser) ordinalRange(c *cand) {
	b := c.st - 1
	if p.key(b) == "the" {
		b--
	}
	between := p.key(b) == "between"
	if !between && p.key(b) != "from" || b < p.floor {
		return
	}
	k := c.en
	if between && p.key(k) != "and" || !between && p.key(k) != "to" {
		return
	}
	k++
	if p.key(k) == "the" {
		k++
	}
	hi, en := 0.0, 0
	if w := p.w(k); w != nil && p.toks[k].k == tWord && w.ord > 0 && !w.isCard {
		hi, en = float64(w.ord), k+1
	} else if p.isNumAt(k) && !p.toks[k].dec && !p.toks[k].sep && p.adj(k+1) && ordinalSuffix[p.key(k+1)] {
		hi, en = p.toks[k].v, k+2
	}
	if en == 0 || hi <= c.v || p.isMonth(en) || p.key(en) == "of" && p.isMonth(en+1) {
		return // ("between the 5th and 10th of May" is a date range)
	}
	c.st, c.en = b, en
	c.lo, c.hi = c.v, hi
	c.qual = claims.Range
	c.qualRule = ruleOrdinalRange
}

// ordinalSuffix are the letters of "1st", "2nd", "3rd", "4th".
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// ordinalSuffixFits reports whether suffix is the English ordinal suffix of
// the whole number v (1st, 2nd, 3rd, 11th, 21st).
func ordinalSuffixFits(v float64, suffix string) bool {
	n := int64(v)
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return suffix == want
}

// nounAfter reports whether a word that is not a function word follows i.
func (p *parser) nounAfter(i int) bool {
	if i+1 >= len(p.toks) || p.toks[i+1].k != tWord {
		return false
	}
	w := p.toks[i+1].w
	return w == nil || !w.fn
}

func (p *parser) startsScaleWord(i int) bool {
	k := p.key(i)
	return k == "dozen" || k == "hundred" || k == "thousand" || k == "million" || k == "billion" || k == "trillion"
}

var (
	ruleCoupleScale = newRule("couple-scale")
	ruleAHalfDozen  = newRule("a-half-dozen")
)

// halfDozenAt reads "a half dozen", "a half-dozen" at token i, "a" (rule
// a-half-dozen): six, as "half a dozen" is ("a half-dozen Senate seats",
// "a half-dozen times", "A half-dozen of the Republican senators": ten
// PolNeAR articles; "I lost a half-dozen head of cattle").
func (p *parser) halfDozenAt(i int) *cand {
	if p.key(i) != "a" || p.key(i+1) != "half" {
		return nil
	}
	j := i + 2
	if p.isHyphen(j) && p.adj(j) {
		j++
	}
	if p.key(j) != "dozen" || p.isHyphen(j+1) && p.adj(j+1) {
		return nil // ("a half-dozen-strong crew": a compound)
	}
	c := p.newCand(cand{st: i, en: j + 1, v: 6, words: true})
	c.valSt, c.valEn = i, j+1
	c.unitRule = ruleAHalfDozen
	return c
}

// coupleWords are the nouns of "a couple (of)" before a scale word.
var coupleWords = lexicon.WordSet(`couple`)

// coupleAt reads "a couple (of)" before a scale word at token i, "a" (rule
// couple-scale): about two of the scale, a count said in speech and in
// casual prose: "a couple hundred bucks a month", "a couple of hundred
// Marines", "a couple dozen investment bankers", "a couple of thousand
// dollars", "a couple hundred thousand people". "A couple" alone ("a
// couple of days", "the couple") is no number here.
func (p *parser) coupleAt(i int) *cand {
	if p.key(i) != "a" || !coupleWords[p.lw(i+1)] {
		return nil
	}
	j := i + 2
	if p.key(j) == "of" {
		j++
	}
	if !p.startsScaleWord(j) {
		return nil
	}
	v, en, ord, ok := p.parseWords(j)
	if !ok || ord || p.isHyphen(en) && p.adj(en) {
		return nil // ("a couple of thousand-year-old trees": a compound)
	}
	v *= 2
	c := p.newCand(cand{st: i, en: en, v: v, lo: v, hi: v, qual: claims.About, words: true, scaled: v >= 2000})
	c.valSt, c.valEn = i, en
	c.qualRule = ruleCoupleScale
	return c
}

// oneCounts reports whether a lone "one" counts something ("one person was
// killed") rather than being a pronoun or idiom ("one of", "no one").
func (p *parser) oneCounts(i int) bool {
	if p.isHyphen(i+1) && p.adj(i+1) && ageTimeUnits[timeUnits[p.key(i+2)]] && p.isHyphen(i+3) && p.key(i+4) == "old" {
		return true // "a one-year-old", "the one-month-old"
	}
	if signWords[p.key(i-1)] && p.toks[i-1].k == tWord {
		return true // "the answer is minus one"
	}
	next := strings.ToLower(p.raw(i + 1))
	if next == "or" && p.numberWordOrDigitsAt(i+2) && p.toks[i+1].sp {
		return true // the first end of a range: "one or two full-time team members" (web-dev-10), as "two or three days" is
	}
	switch next {
	case "of", "another", "or", "and", "more", "thing", "way", "side", "hand", "day", "time", "that", "who", "which", "whose", "with", "at", "as", "where", "for",
		"morning", "afternoon", "evening", "night", "he", "she", "they", "we", "i", "you", "it": // "not one he extends"
		return false
	}
	if slices.Contains(lexicon.WeekdayNames, next) { // "one Monday"
		return false
	}
	if p.isApostrophe(i + 1) {
		return false
	}
	if w := p.w(i + 1); w != nil && w.unit != "" && !ambiguousUnits[w.key] && !lowerIn(noOneWords, p.raw(i-1)) {
		return true // after a determiner too: "that one mile", "the last one kilometre"
	}
	switch strings.ToLower(p.raw(i - 1)) {
	case "no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "such", "last", "first", "as", "new", "big", "little", "other":
		return false
	}
	if i+1 >= len(p.toks) || p.toks[i+1].k == tPunct {
		return false
	}
	return true
}

// numberWordOrDigitsAt reports a number at token j, in digits or a
// cardinal word ("two", "2").
func (p *parser) numberWordOrDigitsAt(j int) bool {
	if p.isNumAt(j) {
		return true
	}
	w := p.w(j)
	return w != nil && w.isCard
}

// noOneWords before "one" make a pronoun even before a unit word ("no one
// foot soldier").
var noOneWords = lexicon.WordSet(`no someone anyone every each which such`)

// parseWords reads a number in words: "twenty-one", "one hundred and five",
// "three million", "a dozen", "two dozen", "one and a half million". It also
// reports a compound ordinal ("twenty-first").
func (p *parser) parseWords(i int) (v float64, en int, ord bool, ok bool) {
	n := len(p.toks)
	s := wordsState{lastCard: -1}
	j := i
	if k := p.key(j); k == "a" || k == "an" {
		s.cur = 1
		j++
	}
	end := i
	p.wordsRule = 0
scan:
	for j < n {
		w := p.toks[j].w
		if p.is(j, "&") && s.seen {
			// "two hundred & forty": an ampersand for the "and" before
			// the last card words (rule number-ampersand)
			if e, _ := p.wordsAnd(&s, j); e > 0 && !p.isNumAt(j+1) {
				j = e
				p.wordsRule = ruleNumberAmpersand
				continue
			}
			break
		}
		if w == nil || p.toks[j].k != tWord {
			break
		}
		switch {
		case w.isCard:
			if !s.card(w.card) {
				break scan
			}
		case w.key == "hundred":
			s.times(100)
		case wordScales[w.key]:
			s.scale(w.scale, p.w(j-1))
		case w.key == "dozen":
			s.times(12)
		case w.key == "point" && s.seen && s.lastScale == 0:
			// "two point five million", "two hundred point zero three"
			f, e := p.pointDigits(j)
			if e == 0 || s.cur+s.total != float64(int64(s.cur+s.total)) {
				break scan
			}
			s.cur += f
			j = e
			end = j
			s.lastCard = -1
			p.wordsRule = rulePointDecimals
			continue
		case w.ord > 0 && s.lastCard >= 20 && p.isHyphen(j-1):
			// twenty-first
			return s.total + s.cur + float64(w.ord), j + 1, true, true
		case w.ord >= 100 && w.frac == float64(w.ord) && s.seen && s.cur > 0 && s.cur < float64(w.ord) && !p.isHyphen(j+1):
			// a scale's ordinal after cards: "two hundredth", "the three
			// thousandth visitor", "a hundred trillionth"
			return s.total + s.cur*float64(w.ord), j + 1, true, true
		case w.key == "and" && s.seen:
			e, fraction := p.wordsAnd(&s, j)
			if e == 0 {
				break scan
			}
			j = e
			if fraction {
				end = j
			}
			continue
		default:
			break scan
		}
		s.seen = true
		j++
		end = j
		// words may be joined by hyphens, also spaced: "fifty-two", "fifty - two"
		if j+1 < n && p.isHyphen(j) && (p.adj(j) && p.adj(j+1) || s.lastCard >= 20 && int(s.lastCard)%10 == 0) {
			if nw := p.w(j + 1); nw != nil && (nw.isCard || nw.ord > 0 && s.lastCard >= 20) {
				j++
			} else if nw != nil && hyphenScaleWords[nw.key] && p.adj(j) && p.adj(j+1) && s.lastCard > 0 {
				// a scale word glued by a hyphen: "two-hundred years old",
				// "three-thousand fans" (rule number-hyphen-scale)
				j++
				p.wordsRule = ruleNumberHyphenScale
			}
		}
	}
	if !s.seen || end == i {
		return 0, 0, false, false
	}
	return s.total + s.cur, end, false, true
}

// hyphenScaleWords may follow a card word over a glued hyphen:
// "two-hundred", "five-thousand", "three-million" (web-dev-14 "around
// two-hundred years old"; the suites' "fifty - two" joins cards so).
// wordScales are the scales read after number words: "five million",
// "three lakh", and the wire's abbreviations ("five mln shares", "nine mln
// dlr", "one bln": web-dev-17).
var wordScales = lexicon.WordSet(`thousand million billion trillion lakh crore mln bln mn bn`)

var hyphenScaleWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// wordsState is parseWords' running sum: total holds the scaled groups
// read ("three million"), cur the group being read ("two hundred five").
type wordsState struct {
	total, cur float64
	lastCard   float64 // value of the previous card word at this level, -1 if none
	lastScale  float64 // the last scale word above hundred ("one million and a half")
	seen       bool
}

// card adds a cardinal word ("five", "twenty"); false when it cannot
// follow what was read ("five six", "twenty thirty").
func (s *wordsState) card(v float64) bool {
	if s.lastCard >= 0 && !(s.lastCard >= 20 && int(s.lastCard)%10 == 0 && v > 0 && v < 10) {
		return false
	}
	if s.lastCard < 0 && s.cur > 0 && s.cur < 100 && s.seen {
		return false // "five six"
	}
	if !s.seen {
		s.cur = 0
	}
	s.cur += v
	s.lastCard = v
	return true
}

// times multiplies the group by "hundred" or "dozen" ("a dozen" is 12).
func (s *wordsState) times(f float64) {
	if s.cur == 0 {
		s.cur = 1
	}
	s.cur *= f
	s.lastCard = -1
}

// scale closes the group with a scale word ("three million"); prev is the
// word before it.
func (s *wordsState) scale(sc float64, prev *word) {
	if s.cur == 0 && s.lastScale > 0 && s.lastScale < sc && prev != nil && prev.scale > 0 && s.total > 0 {
		// "three lakh crore": a scale of a scale multiplies
		s.total *= sc
		s.lastScale = sc
		s.lastCard = -1
		return
	}
	if s.cur == 0 {
		s.cur = 1
	}
	s.total += s.cur * sc
	s.cur = 0
	s.lastCard = -1
	s.lastScale = sc
}

// wordsAnd reads "and" at token j inside a number in words: a fraction
// after it ("two and a half", "two and a quarter million", "five billion
// and three quarters"; fraction true), or an "and" before the last card
// words ("one hundred and five"). It returns where the reading goes on, 0
// when the number ends before the "and".
func (p *parser) wordsAnd(s *wordsState, j int) (e int, fraction bool) {
	if f, e := p.andFraction(j); e > 0 {
		if nw := p.w(e); s.cur == 0 && s.lastScale > 0 && !(nw != nil && nw.scale > 0 && nw.scale < s.lastScale) {
			s.cur += f * s.lastScale // "one million and a half" ("one billion and three quarters million" is 1.00075e9)
		} else {
			s.cur += f
		}
		if f != 0.5 {
			p.wordsRule = ruleAndFraction // ("and a half" is the number grammar's own)
		}
		s.lastCard = -1
		return e, true
	}
	if nw := p.w(j + 1); nw != nil && nw.isCard && (s.lastCard < 0) && (s.total > 0 || s.cur >= 100) {
		return j + 1, false
	}
	return 0, false
}

// vague amounts: the intervals of ANNOTATION.md.
type vagueForm struct {
	words  []string
	lo, hi float64
}

var vagueForms = []vagueForm{
	{[]string{"tens", "of", "thousands"}, 1e4, 99999},
	{[]string{"hundreds", "of", "thousands"}, 1e5, 999999},
	{[]string{"tens", "of", "millions"}, 1e7, 99999999},
	{[]string{"hundreds", "of", "millions"}, 1e8, 999999999},
	{[]string{"tens", "of", "billions"}, 1e10, 99999999999},
	{[]string{"hundreds", "of", "billions"}, 1e11, 999999999999},
	{[]string{"several", "hundred", "thousand"}, 1e5, 999999},
	{[]string{"a", "few", "hundred", "thousand"}, 1e5, 999999},
	{[]string{"a", "few", "dozen"}, 24, 99},
	{[]string{"a", "few", "hundred"}, 100, 999},
	{[]string{"a", "few", "thousand"}, 1000, 9999},
	{[]string{"a", "few", "million"}, 1e6, 9999999},
	{[]string{"a", "few", "billion"}, 1e9, 9999999999},
	{[]string{"several", "dozen"}, 24, 99},
	{[]string{"several", "hundred"}, 100, 999},
	{[]string{"several", "thousand"}, 1000, 9999},
	{[]string{"several", "million"}, 1e6, 9999999},
	{[]string{"several", "billion"}, 1e9, 9999999999},
	{[]string{"dozens"}, 24, 99},
	{[]string{"hundreds"}, 100, 999},
	{[]string{"thousands"}, 1000, 9999},
	{[]string{"millions"}, 1e6, 9999999},
	{[]string{"billions"}, 1e9, 9999999999},
	{[]string{"trillions"}, 1e12, 9999999999999},
}

func (p *parser) vagueAt(i int) *cand {
	k := p.key(i)
	switch k {
	case "tens", "hundreds", "several", "a", "dozens", "thousands", "millions", "billions", "trillions":
	default:
		return nil
	}
	for _, f := range vagueForms {
		if f.words[0] != k || i+len(f.words) > len(p.toks) {
			continue
		}
		ok := true
		for j, wd := range f.words[1:] {
			if p.key(i+1+j) != wd {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		c := p.newCand(cand{st: i, en: i + len(f.words), qual: claims.Vague, lo: f.lo, hi: f.hi, v: f.lo, words: true})
		c.valSt, c.valEn = c.st, c.en
		return c
	}
	return nil
}

// halfDeterminers after "half" make it a share of what follows: "half of
// the votes", "half the street", "half their income", "half my paycheque",
// "half your attention", "half them".
var halfDeterminers = lexicon.WordSet(`of the their its his her our my your all them those these`)

// fractionAt reads shares written as fractions: "half (of)", "a third of",
// "two-thirds", "three quarters of", "one-fifth", "half a million".
func (p *parser) fractionAt(i int) *cand {
	w := p.toks[i].w
	n := len(p.toks)
	share := func(en int, v float64) *cand {
		// a share of a percentage: "half of 1 percent" is 0.5 percent
		if p.key(en) == "of" && en+1 < n && p.toks[en+1].k == tNum && !p.toks[en+1].sep {
			k := en + 2
			if p.is(k, "%") && p.adj(k) || p.key(k) == "percent" || p.key(k) == "pct" {
				v, en = v*p.toks[en+1].v/100, k+1
			} else if p.key(k) == "per" && p.key(k+1) == "cent" {
				v, en = v*p.toks[en+1].v/100, k+2
			}
		}
		c := p.newCand(cand{st: i, en: en, v: v, unit: "percent", share: true, words: true})
		c.valSt, c.valEn = i, en
		return c
	}
	if w.key == "half" {
		if k := p.key(i + 1); (k == "a" || k == "an") && p.halfUnitAt(i+2) {
			// half a unit (rule half-a-unit): "half a pound", "more than
			// half an hour", "half a percentage point" are 0.5 of the unit,
			// not 50 percent; the unit is read after it as after a number
			c := p.newCand(cand{st: i, en: i + 2, v: 0.5, words: true})
			c.valSt, c.valEn = i, i+2
			c.unitRule = ruleHalfAUnit
			return c
		}
		// half a million
		if k := p.key(i + 1); (k == "a" || k == "an") && p.startsScaleWord(i+2) {
			v := p.toks[i+2].w.scale * 0.5
			if p.key(i+2) == "dozen" {
				v = 6 // "half a dozen"
			}
			c := p.newCand(cand{st: i, en: i + 3, v: v, words: true, scaled: true})
			c.valSt, c.valEn = i, i+3
			return c
		}
		if c := p.fractionPoint(i, i+1, 0.5); c != nil {
			return c // "a half-point hike", "and a half-point hike"
		}
		if p.key(i-1) == "a" && p.key(i-2) == "and" {
			return nil
		}
		if pw := p.w(i - 1); pw != nil && (pw.ord > 0 || pw.key == "the" || pw.key == "second") {
			return nil // "the first half of 2015", "the second half"
		}
		if p.isHyphen(i+1) && p.adj(i+1) {
			return nil // half-time, half-brother
		}
		if halfDeterminers[p.key(i+1)] {
			return share(i+1, 50) // "half of", "half the street", "half their income", "half my paycheque", "half your code"
		}
		switch p.key(i - 1) {
		case "than", "nearly", "almost", "about", "around", "over", "least", "roughly", "some", "just", "only", "under", "most", "by":
			return share(i+1, 50)
		}
		if spokenHedges[p.lw(i-1)] {
			c := share(i+1, 50)
			c.unitRule = ruleHedgedHalf
			return c
		}
		if p.key(i-1) == "a" && p.clauseEndAt(i+1) {
			// "cut by a half.", "a half" closing a clause ("and a half" is
			// a number's: returned above)
			c := share(i+1, 50)
			c.unitRule = ruleWordFraction
			return c
		}
		return nil
	}
	// a third of, one quarter of, one-fifth, one twenty-fifth of, cut by
	// a fifth, a hundredth of a second; "a fifth" closing a clause ("fell
	// by a fifth.") but not before a noun ("a fifth term")
	if (w.key == "a" || w.key == "one") && i+1 < n {
		j := i + 1
		hy := p.isHyphen(j) && p.adj(j)
		if hy {
			j++
		}
		if d, plural, en := p.fractionDenom(j); d > 2 && !plural {
			if c := p.fractionPoint(j, en, 1/d); c != nil && w.key == "a" {
				return c // "a quarter-point cut"
			}
			if p.key(en) == "of" || hy || p.key(i-1) == "by" || p.clauseEndAt(en) || p.hedgedFraction(i, en) {
				c := share(en, 100/d)
				if en > j+1 || d > 10 || !p.is(en, "of") && p.key(i-1) != "by" && !hy {
					c.unitRule = ruleWordFraction
				}
				if !p.is(en, "of") && !hy && p.key(i-1) != "by" && !p.clauseEndAt(en) {
					c.unitRule = ruleHedgedFraction
				}
				return c
			}
			if p.hedgedBy(i - 1) {
				c := share(en, 100/d)
				c.unitRule = ruleFractionAfterBy
				return c
			}
		}
		return nil
	}
	// the bottom fifth of, the richest tenth of
	if w.frac > 2 && !w.plural && p.key(i+1) == "of" {
		if segmentWords[p.key(i-1)] {
			return share(i+1, 100/w.frac)
		}
	}
	// two-thirds, three quarters, three sixteenths, three twenty-firsts
	if w.isCard && w.card >= 1 && w.card < 10 && i+1 < n {
		j := i + 1
		if p.isHyphen(j) && p.adj(j) {
			j++
		}
		if d, plural, en := p.fractionDenom(j); d > 1 && !plural {
			if c := p.fractionPoint(i, en, w.card/d); c != nil {
				return c // "a three-quarter-point rise"
			}
		} else if d > 1 && plural {
			c := share(en, 100*w.card/d)
			if d > 10 {
				c.unitRule = ruleWordFraction
			}
			return c
		}
	}
	return nil
}

// fractionPoint reads a fraction word at [st, en) hyphened to "point" or
// "percentage-point" (rule word-fraction): "a quarter-point cut" is 0.25
// points, "a half-point hike" 0.5, "a three-quarter-point rise" 0.75; the
// unit is read after it (the article makes rate points percentage points:
// the facade's pollPoints). It returns nil when no such point follows.
func (p *parser) fractionPoint(st, en int, v float64) *cand {
	if !p.isHyphen(en) || !p.adj(en) || !p.adj(en+1) {
		// spaced: "cut rates by a quarter point", "a half percentage
		// point" (dev5; Fed and ECB reports), the unit read after it
		if en < len(p.toks) && p.toks[en].k == tWord && (p.key(en) == "point" || p.key(en) == "percentage" && p.key(en+1) == "point") {
			c := p.newCand(cand{st: st, en: en, v: v, words: true})
			c.valSt, c.valEn = st, en
			c.unitRule = ruleWordFraction
			return c
		}
		return nil
	}
	switch p.key(en + 1) {
	case "point":
	case "percentage":
		if !p.isHyphen(en+2) || p.key(en+3) != "point" {
			return nil
		}
	default:
		return nil
	}
	c := p.newCand(cand{st: st, en: en, v: v, words: true})
	c.valSt, c.valEn = st, en
	c.unitRule = ruleWordFraction
	return c
}

// clauseEndAt reports whether token j closes a clause: the end of the text
// or a mark of clauseEnds.
func (p *parser) clauseEndAt(j int) bool {
	return j >= len(p.toks) || p.toks[j].k == tPunct && clauseEnds[p.raw(j)]
}

// wordsFraction reads a plural fraction word after a number in words read
// at [i, en) with value v (rule word-fraction): "twenty-three fifths",
// "twenty fifths", "one hundred thirty-fifths" (100/35: tens joined to the
// fraction word make its denominator). It returns nil when none follows.
func (p *parser) wordsFraction(i, en int, v float64) *cand {
	d, plural, e := p.fractionDenom(en)
	if d <= 1 || !plural {
		// "one hundred thirty-fifths": the tens before the hyphen are the
		// denominator's
		tw := p.w(en - 1)
		fw := p.w(en + 1)
		if !p.isHyphen(en) || !p.adj(en) || !p.adj(en+1) || tw == nil || !tw.isCard || tw.card < 20 || int(tw.card)%10 != 0 ||
			fw == nil || p.toks[en+1].k != tWord || !fw.plural || fw.frac < 2 || fw.frac > 9 || v-tw.card <= 0 {
			return nil
		}
		d, e = tw.card+fw.frac, en+2
		v -= tw.card
	}
	c := p.newCand(cand{st: i, en: e, v: 100 * v / d, unit: "percent", share: true, words: true})
	c.valSt, c.valEn = i, e
	c.unitRule = ruleWordFraction
	return c
}

// shareAfter reads "one in five", "1 in 10", "nine out of 10" after a value.
func (p *parser) shareAfter(c *cand) bool {
	j := c.valEn
	if c.unit != "" || c.scaled || c.currency {
		return false
	}
	if c.st >= 2 && p.key(c.st-1) == "of" && strings.EqualFold(p.raw(c.st-2), "score") {
		return false // "a score of 412 out of 500": a score (rule score-of)
	}
	round := false // "eight of 10": only a round base reads as a share
	switch {
	case p.key(j) == "in":
		j++
	case p.isHyphen(j) && p.adj(j) && p.key(j+1) == "in" && p.isHyphen(j+2) && p.adj(j+2) && p.adj(j+3):
		j += 3 // hyphened as an adjective: "1-in-5 adults", "a one-in-four chance"
	case p.key(j) == "out" && p.key(j+1) == "of":
		j += 2
	case p.key(j) == "of" && p.key(j+1) == "every":
		j += 2
	case p.key(j) == "of" && labelWords[p.key(c.st-1)] == "":
		// not "page 1 of 10"
		j++
		round = true
	default:
		return false
	}
	if p.key(j) == "every" && !round && p.key(j-1) != "every" {
		j++ // "nine out of every ten avocados", "one in every five adults"
	}
	var b float64
	var en int
	switch {
	case j < len(p.toks) && p.toks[j].k == tNum && (!p.toks[j].sep || p.toks[j].v == 1000) && !p.toks[j].dec:
		// (a base written "1,000" too: "55 of every 1,000 employees",
		// articles-dev-1)
		t := &p.toks[j]
		if t.ndig == 4 && t.v >= 1800 {
			return false
		}
		b, en = t.v, j+1
	case p.w(j) != nil && p.w(j).isCard:
		v, e, ord, ok := p.parseWords(j)
		if !ok || ord {
			return false
		}
		b, en = v, e
	default:
		return false
	}
	if b <= c.v || b > 1000 || c.v <= 0 {
		return false
	}
	if w := p.w(en); w != nil && en < len(p.toks) && p.toks[en].k == tWord && (w.unit != "" && !ambiguousUnits[w.key] || w.tunit != "") && p.key(c.valEn) == "in" {
		// a count in a span of a measure or a time is no share (rule
		// share): "287 for 7 in 50 overs" (web-dev-11), "scored 3 in 10
		// minutes", "two goals in 12 minutes"; "1 in 5 adults" is one
		return false
	}
	if round && b != 10 && b != 100 && b != 1000 {
		return false
	}
	if p.ratingOutOf(c, j, en) {
		return false
	}
	c.v = 100 * c.v / b
	c.en, c.valEn = en, en
	c.unit = "percent"
	c.share = true
	return true
}

// labelWords name things by number: "day one", "Phase 2", "page 12". A
// step or part of a guide is named as its sections are ("Step 1: Define
// Your Goals", "I'm going to breeze over part 1", "MPEG-4 Part 10"):
// identifiers, as web-dev-5 and web-dev-6 label all eleven of them (no
// set labels one ordinal); days, weeks, rounds and games of a sequence
// stay ordinals. A series' season is named as a part is ("I was not a
// big fan of Season 1", "the debut of Season 2" in web-dev-13; "In Season
// One of GOT" in web-dev-12): an identifier.
// Road labels ("route 9", "highway 7") are lexicon.RoadLabels' rows
// (withRoadLabels).
var labelWords = withRoadLabels(map[string]claims.Kind{
	"day": claims.KindOrdinal, "week": claims.KindOrdinal, "round": claims.KindOrdinal,
	"game": claims.KindOrdinal, "season": claims.KindIdentifier, "episode": claims.KindOrdinal,
	"stage": claims.KindOrdinal, "phase": claims.KindOrdinal, "step": claims.KindIdentifier,
	"part": claims.KindIdentifier, "grade": claims.KindOrdinal, "chapter": claims.KindIdentifier,
	"level": claims.KindIdentifier, "page": claims.KindIdentifier, "section": claims.KindIdentifier,
	"article": claims.KindIdentifier, "item": claims.KindIdentifier, "volume": claims.KindIdentifier,
	"vol": claims.KindIdentifier, "tier": claims.KindIdentifier, "type": claims.KindIdentifier,
	"category": claims.KindIdentifier, "number": claims.KindIdentifier, "act": claims.KindIdentifier,
	"resolution": claims.KindIdentifier, "flight": claims.KindIdentifier,
	"room": claims.KindIdentifier, "gate": claims.KindIdentifier,
	"platform": claims.KindIdentifier, "channel": claims.KindIdentifier, "line": claims.KindIdentifier,
	"proposition": claims.KindIdentifier, "amendment": claims.KindIdentifier, "rule": claims.KindIdentifier,
	"verse": claims.KindIdentifier, "psalm": claims.KindIdentifier, "exhibit": claims.KindIdentifier,
	"figure": claims.KindIdentifier, "table": claims.KindIdentifier, "model": claims.KindIdentifier,
	"version": claims.KindIdentifier, "unit": claims.KindIdentifier, "ward": claims.KindIdentifier,
	"district": claims.KindIdentifier, "precinct": claims.KindIdentifier, "block": claims.KindIdentifier,
	// a class of a regulated kind and a dial's setting: "class 2 vs class
	// 3 e-bikes", "Class 3 bikes" (web-dev-6), "Turn the dial to setting
	// 3" (web-dev-8), as "Level 2 stations" (dev.txt), "Category 5"
	// (web-dev-7)
	"class": claims.KindIdentifier, "setting": claims.KindIdentifier,
	// a tracker's bug and a program's mode: "(Bug 1681512)", "game mode
	// 3" (web-dev-14's release notes and changelog; "see bug 12345",
	// "switch to mode 2" of bug trackers and manuals)
	"bug": claims.KindIdentifier, "mode": claims.KindIdentifier,
	// a ballot measure named as "Proposition 50" is: "Prop 36 makes a
	// third theft a felony" (web-dev-4; prec17)
	"prop": claims.KindIdentifier,
	// a road's mile marker and exit: "near mile marker 47" (web-dev-8),
	// "at marker 112", "take exit 23 for the airport" (kinds19)
	"marker": claims.KindIdentifier, "exit": claims.KindIdentifier,
})

// segmentWords name a part of a population before a fraction of it: "the
// bottom fifth of", "the richest tenth of" (a share).
var segmentWords = lexicon.WordSet(`bottom top middle richest poorest lowest highest wealthiest`)

// multiplierIdiom reports a multiplier verb in an idiom: "doubled down",
// "doubling-down", "doubled as a reminder", "doubled over in pain".
func (p *parser) multiplierIdiom(i int) bool {
	if strings.HasSuffix(p.toks[i].w.key, "fold") {
		return false
	}
	switch p.key(i + 1) {
	case "down", "as", "over", "back", "up":
		return true
	}
	return p.isHyphen(i+1) && p.adj(i+1)
}

// oldAfter reports "old" at token j, spaced or hyphened: the end of an
// age ("a year old", "a decade-old law").
func (p *parser) oldAfter(j int) bool {
	return p.key(j) == "old" || p.isHyphen(j) && p.adj(j) && p.adj(j+1) && p.key(j+1) == "old"
}

var ruleUnitAndAHalf = newRule("unit-and-a-half")

// andAHalfAt reports "and a half" at token i.
func (p *parser) andAHalfAt(i int) bool {
	return p.key(i) == "and" && p.key(i+1) == "a" && p.key(i+2) == "half"
}

// indefiniteArticles stand for one unit ("a year", "an hour": unitAndAHalf,
// the one-unit duration): the lexicon's indefinite articles.
var indefiniteArticles = lexicon.IndefiniteArticles

// timesSigns join the sides of a size ("2x3 mm", "20×30cm") and the bounds
// of a range of multiples ("3–5x") to the number before them.
var timesSigns = lexicon.WordSet(`x ×`)

// unitAndAHalf reads "and a half" after a time unit counted one by "a"/"an"
// (rule unit-and-a-half): "a year and a half" is 1.5 years, "an hour and a
// half" 1.5 hours (PolNeAR: "had to wait almost a year and a half for a
// vote", "a month and a half before the first …", "an hour and a half
// later"; speech: "the project took a year and a half"). Whether the
// duration is a claim is the kind rules' question ("later", "before" place
// a time).
func (p *parser) unitAndAHalf(c *cand) {
	if !c.words || c.v != 1 || c.valEn != c.valSt+1 || c.en != c.valEn+1 || !aUnitDuration[p.key(c.valEn)] || !p.andAHalfAt(c.en) {
		return
	}
	if !indefiniteArticles[p.key(c.valSt)] {
		return
	}
	c.v, c.lo, c.hi = 1.5, 1.5, 1.5
	c.en += 3
	c.unitRule = ruleUnitAndAHalf
}

// aUnitDuration are the time units "a"/"an" counts one of under a
// qualifier: "more than a year".
var aUnitDuration = map[string]bool{"year": true, "month": true, "week": true, "day": true, "decade": true, "century": true, "hour": true, "minute": true}

// boundBefore reports whether a qualifier that bounds a number ends right
// before token i: "more/less/fewer than", "at least", "nearly", "almost",
// "about", "around", "roughly", and "over"/"under" after "for", "just" or
// "well" (else "over a year" may be a period: "Over a year, sales rose").
func (p *parser) boundBefore(i int) bool {
	switch p.key(i - 1) {
	case "than":
		k := p.key(i - 2)
		return k == "more" || k == "less" || k == "fewer"
	case "least":
		return p.key(i-2) == "at"
	case "nearly", "almost", "about", "around", "roughly":
		return true
	case "over", "under":
		k := p.key(i - 2)
		return k == "for" || k == "just" || k == "well"
	}
	return false
}

// foldWords are multipliers written as one word ("a threefold increase")
// and the verbs of multiplying (multiplierVerbs).
var foldWords = func() map[string]float64 {
	m := map[string]float64{
		"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
		"eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
	}
	for w, v := range multiplierVerbs {
		m[w] = v
	}
	return m
}()

// A multiple of an amount named after it is a multiple (rule
// multiplier-of-the): "almost double the 70mph limit", "more than 200
// million weekly users, double the figure of a year ago" (web-dev-7),
// "nearly double the national figure", "more than double their level a
// year ago" (web-dev-11), "more than double the original budget"
// (articles-dev-1), "nearly double the level of a year ago"
// (articles-dev-2). Only after a qualifier, a comma or a form of "be":
// "plans to double the fleet" is a verb.
var ruleMultiplierOfThe = newRule("multiplier-of-the")

// multiplierAdjectives are the multiples written before what they multiply.
var multiplierAdjectives = map[string]float64{"double": 2, "triple": 3, "treble": 3, "quadruple": 4}

// multiplierObjects open what a multiple multiplies: "double the", "double
// their".
var multiplierObjects = lexicon.WordSet(`the their its his her our your that those these what`)

// multiplierLeads may stand before a multiple of rule multiplier-of-the.
var multiplierLeads = lexicon.WordSet(`nearly almost about around roughly than some over just well is was are were be been being`)

// multiplierOfThe reports the form of rule multiplier-of-the at token i.
func (p *parser) multiplierOfThe(i int) bool {
	if !lowerIn(multiplierObjects, p.raw(i+1)) || p.toks[i+1].k != tWord {
		return false
	}
	return i > 0 && (p.is(i-1, ",") || p.toks[i-1].k == tWord && lowerIn(multiplierLeads, p.raw(i-1)))
}

// multiplierVerbs are the verbs of multiplying, read as multiples
// (foldWords: "sales doubled", "nearly quintupled the rent") that state a
// rise (change rule multiplier-verb).
var multiplierVerbs = map[string]float64{
	"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4, "quadrupling": 4,
	"quintupled": 5, "quintupling": 5,
}

// decadeParts are the words before a decade ("his late 40s", "the
// mid-30s", "the upper 80s") with the part of the ten years they mean.
var decadeParts = map[string][2]float64{
	"early": {0, 3}, "low": {0, 3}, "lower": {0, 3},
	"mid": {4, 6}, "middle": {4, 6},
	"late": {7, 9}, "high": {7, 9}, "upper": {7, 9},
}

// wholeDecade is a decade with no part word: "in his 40s" 40–49.
var wholeDecade = [2]float64{0, 9}

// decadePart reads a round two-digit number glued to "s" after a part word
// (decadeParts) or a possessive: "in his late 40s" and "in her mid-60s" are
// ages 47–49 and 64–66 (rule decade-of-life; "in his 20s" is read by
// glued-after); "temperatures in the mid-30s", "highs in the upper 80s"
// are temperatures in degrees, 34–36 and 87–89, in a sentence about the
// weather (rule temperature-decade); "the 80s" alone stays a decade.
func (p *parser) decadePart(c *cand, i int) *cand {
	t := &p.toks[i]
	if !(t.ndig == 2 && !t.dec && !t.sep && int(t.v)%10 == 0 && p.adj(i+1) && p.raw(i+1) == "s" && (i+2 >= len(p.toks) || !p.adj(i+2) || p.toks[i+2].k != tWord)) {
		return nil
	}
	return p.decadeAt(c, i, i+2, t.v)
}

// decadeTemperatureLinks stand before "the" and a decade in digits that
// is a band of temperatures in a sentence about the weather ("highs in
// the 80s", "temperatures climbed into the 50s"); after other words ("since
// the 80s") or opening the sentence ("In the 70s, temperatures were
// lower") it stays a decade.
var decadeTemperatureLinks = map[string]bool{"in": true, "into": true}

// decadeWords are the decades written in words, with their first year
// ("in her early twenties", "in his forties", "highs in the nineties").
var decadeWords = map[string]float64{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// decadeAt reads the decade at tokens [i, en) whose first year is base,
// after a part word or a possessive or "the" (see decadePart), or returns
// nil (c unchanged).
func (p *parser) decadeAt(c *cand, i, en int, base float64) *cand {
	st, part := i, wholeDecade
	if i-2 >= p.floor && p.isHyphen(i-1) && p.adj(i) && p.adj(i-1) && strings.EqualFold(p.raw(i-2), "mid") {
		st, part = i-2, decadeParts["mid"]
	} else if pt, ok := decadeParts[strings.ToLower(p.raw(i-1))]; ok && i-1 >= p.floor && p.toks[i-1].k == tWord {
		st, part = i-1, pt
	}
	if st-1 < p.floor {
		return nil
	}
	unit, r := "", rule(0)
	switch {
	case possessives[p.key(st-1)]:
		unit, r = "age", ruleDecadeOfLife
	case p.key(st-1) == "the" && st < i && p.temperatureSentence():
		unit, r = "degree", ruleTemperatureDecade
	case p.key(st-1) == "the" && st == i && c.words && p.temperatureSentence():
		unit, r = "degree", ruleTemperatureDecade // "highs in the nineties"
	case p.key(st-1) == "the" && st == i && !c.words && st-2 >= p.floor && decadeTemperatureLinks[p.key(st-2)] && !p.sentenceStart(st-2) && p.temperatureSentence():
		unit, r = "degree", ruleTemperatureDecade // "temperatures ... ballooned into the 50s" (web-dev-12)
	default:
		return nil
	}
	c.st, c.en = st, en
	c.valSt, c.valEn = i, en
	c.kind = claims.KindClaim
	setDecade(c, base, part, unit, r)
	return c
}

// setDecade makes c the part of the decade whose first year is base, in
// unit, as rule r read it: "his late 40s" 47–49 years.
func setDecade(c *cand, base float64, part [2]float64, unit string, r rule) {
	c.qual, c.lo, c.hi = claims.Range, base+part[0], base+part[1]
	c.v = c.lo
	c.hasUnit, c.unit, c.unitRule = true, unit, r
}

// tensSomething reads a decade of age written as its first year and
// "-something" after the number, the hyphen at token j (rule
// tens-something, from suffixQualifier): "her twenty-something daughter"
// (web-dev-13), "thirty-something voters", "a 40-something executive"
// (web13forms_test.go): N to N+9 years. Not of money or a measure ("a
// $16-something").
func (p *parser) tensSomething(c *cand, j int) bool {
	if !(p.isHyphen(j) && p.adj(j) && p.adj(j+1) && strings.EqualFold(p.raw(j+1), "something") && !c.currency && !c.hasUnit && !p.unitWordAt(j+2) && p.currencyAt(j+2) == "" && c.v >= 20 && c.v <= 90 && c.v == math.Trunc(c.v/10)*10) {
		return false
	}
	c.en = j + 2
	setDecade(c, c.v, wholeDecade, "age", ruleTensSomething)
	c.qualRule = ruleTensSomething
	return true
}

var possessives = map[string]bool{"his": true, "her": true, "their": true, "my": true, "your": true, "our": true}

// restatedDigits returns the end of a number in words restated in digits
// in brackets, as terms and contracts write it, one mention with them:
// "three (3) to five (5) products", "within thirty (30) days"; en when
// no such brackets follow at en.
func (p *parser) restatedDigits(en int, v float64) int {
	if p.is(en, "(") && p.isNumAt(en+1) && p.toks[en+1].v == v && p.is(en+2, ")") && p.adj(en+1) && p.adj(en+2) {
		return en + 3
	}
	return en
}
