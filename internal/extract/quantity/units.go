package quantity

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Currencies, scales and units.

// adjectiveNames are the currency names the country adjectives of
// currencyAdjectives decide ("Canadian dollars", "Mexican pesos").
var adjectiveNames = lexicon.WordSet(`dollar dollars dlr dlrs peso pesos`) // "12.3 mln Canadian dlrs" (the wire)

// currencyAdjectives qualify "dollars"/"pesos" ("Canadian dollars").
var currencyAdjectives = map[string]string{
	"canadian": "CAD", "australian": "AUD", "zealand": "NZD", "kong": "HKD", "singapore": "SGD",
	"taiwan": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "mexican": "MXN", "argentine": "ARS",
	"argentinian": "ARS", "colombian": "COP", "chilean": "CLP", "philippine": "PHP", "cuban": "CUP",
	"dominican": "DOP", "us": "USD", "american": "USD", "egyptian": "EGP", "indian": "INR",
	"pakistani": "PKR", "swiss": "CHF", "brazilian": "BRL", "african": "ZAR", "japanese": "JPY",
	"chinese": "CNY", "turkish": "TRY", "russian": "RUB", "venezuelan": "VES",
	"aust": "AUD", // the wire's "5.6 mln Aust dlrs"
}

// currencyBefore reads a currency symbol or code before the value ("$3.2bn",
// "US$5", "USD 20 million", "Rs 500", "MAUD 60", "$US113", "$-50.8bn") and
// a minus sign.
func (p *parser) currencyBefore(c *cand) {
	j := c.st - 1
	if j < p.floor {
		return
	}
	// minus sign: "-0.5", "−3", "$-50.8bn"
	if (p.is(j, "-") || p.is(j, "−")) && p.adj(c.st) && (j == 0 || p.toks[j].sp || p.is(j-1, "(") || lexicon.CurrencySymbols[p.raw(j-1)] != "" && p.adj(j) || signQuals[p.raw(j-1)] != "") {
		// ("<-30": a comparison sign before the minus)
		c.v = -c.v
		c.st = j
		j--
	}
	// "minus 5", "negative 3", "minus-5 yards" (rule minus-word)
	if j >= p.floor && signWords[p.key(j)] && p.toks[j].k == tWord && !c.currency && !(p.key(j-1) == "or" && p.key(j-2) == "plus") {
		c.v = -c.v
		c.st = j
		c.unitRule = ruleMinusWord
		j--
	} else if j-1 >= p.floor && p.isHyphen(j) && p.adj(j) && p.adj(c.st) && signWords[p.key(j-1)] {
		c.v = -c.v
		c.st = j - 1
		c.unitRule = ruleMinusWord
		j -= 2
	}
	if j < p.floor || j < 0 {
		return
	}
	// "$US113 trillion", "$A82,615,680": letters glued between "$" and the digits
	if p.toks[j].k == tWord && p.adj(c.st) && j-1 >= p.floor && p.is(j-1, "$") && p.adj(j) {
		if code := lexicon.DollarSuffixes[p.raw(j)]; code != "" {
			c.st, c.unit, c.currency = j-1, code, true
			c.unitRule = ruleDollarSuffix
			return
		}
	}
	raw := p.raw(j)
	// "GH₵50", "E£3,000": letters glued before a sign that name the currency
	if j-1 >= p.floor && p.toks[j-1].k == tWord && p.adj(j) {
		if code := lexicon.SymbolPrefixes[[2]string{p.raw(j - 1), raw}]; code != "" {
			c.st, c.unit, c.currency = j-1, code, true
			c.unitRule = ruleCurrencySymbolPrefix
			return
		}
	}
	// "R2.5bn", "N5 trillion": a currency letter (rule currency-letter)
	if p.toks[j].k == tWord && j == c.st-1 && p.currencyLetterAt(c.st) {
		c.st, c.unit, c.currency = j, lexicon.CurrencyLetters[raw], true
		c.unitRule = ruleCurrencyLetter
		c.bareName = lexicon.SharedLetters[raw]
		return
	}
	if code, ok := lexicon.CurrencySymbols[raw]; ok {
		c.st = j
		c.unit = code
		c.currency = true
		c.unitRule = ruleCurrencySymbol
		if raw == "$" && j-1 >= p.floor && p.toks[j-1].k == tWord {
			p.dollarPrefix(c, j)
		}
		c.bareDollar = raw == "$" && c.unitRule == ruleCurrencySymbol
		if c.unitRule == ruleCurrencySymbol {
			c.bareName = lexicon.SharedSigns[raw] // "¥": yen or yuan
		}
		return
	}
	if p.toks[j].k == tWord && p.toks[j].w != nil {
		w := p.toks[j].w
		switch code := lexicon.CurrencyAbbrevs[w.key]; {
		case w.iso && isUpperWord(raw) && softwareCodes[raw] && versionLike(p.raw(c.st)):
			// "PHP 8.4", "PHP 7": a language's version, no pesos (rule
			// software-version): a name
			c.st = j
			special(c, claims.KindIdentifier)
			c.unitRule = ruleSoftwareVersion // (named by its kind rule)
		case w.iso && (isUpperWord(raw) || lowerCodesAfter[w.key] && raw == w.key && !c.yearLike && !p.adj(c.st) && !p.is(c.en, "%")) &&
			p.codeAmount(c, raw):
			// a code before the amount; a lower-case one as lower-cased
			// text writes it ("he paid usd 10", "the price is hkd 500"; the
			// suites read "10 usd", "half million usd" after it): only the
			// codes of lowerCodesAfter, no English words
			c.st, c.unit, c.currency = j, toUpperASCII(w.key), true
			c.unitRule = ruleCurrencyCode
			if alias, ok := lexicon.CurrencyCodeAliases[c.unit]; ok {
				c.unit = alias
			}
		case w.scurr != "" && raw == w.scurrRaw:
			// "MAUD 60": a scaled ISO code
			c.st, c.unit, c.currency = j, w.scurr, true
			c.v *= w.scurrScale
			c.scaled, c.scale = true, w.scurrScale
			c.unitRule = ruleCurrencyScaledCode
		case code != "" && isUpperStart(raw):
			c.st, c.unit, c.currency = j, code, true
			c.unitRule = ruleCurrencyAbbrev
			c.bareName = lexicon.SharedNameWords[w.key]
		case w.curr != "" && !poundWords[w.key] && !lexicon.CurrencyCommonWords[w.key] && raw != "Euro" && lexicon.CurrencySubunits[w.key].Code == "" && !c.yearLike && !p.adj(c.st) && !p.is(c.en, "%") &&
			!(j-1 >= 0 && (p.toks[j-1].k == tNum || p.toks[j-1].w != nil && (p.toks[j-1].w.key == "the" || p.toks[j-1].w.key == "a"))):
			// a currency name before the amount (rule currency-name-before):
			// "Rupees 500 crore", "at dollar 22.5 million", "naira 5
			// billion"; not "the euro 2024", "Euro 2024", "the dollar 1.2%",
			// nor "Euro 6" (an emission standard)
			c.st, c.unit, c.currency = j, w.curr, true
			c.unitRule = ruleCurrencyNameBefore
			c.bareName = lexicon.SharedNameWords[w.key]
		}
		return
	}
	// "Rs. 500", "Bs. 20"
	if raw == "." && j-1 >= p.floor && p.adj(j) {
		if code := lexicon.CurrencyAbbrevs[p.key(j-1)]; code != "" && isUpperStart(p.raw(j-1)) {
			c.st, c.currency = j-1, true
			c.unit = code
			c.unitRule = ruleCurrencyAbbrev
			c.bareName = lexicon.SharedNameWords[p.key(j-1)]
		}
	}
}

// dollarPrefix reads the letters before "$" at j that name a dollar, in
// any case, glued or spaced: "HK$", "hk $", "C $", "Mex$", "cad$", "US$".
// A single lower-case letter is read only glued ("a $5 bill" is no
// Australian dollar), a spaced one only in capitals ("C $ 1.34"), and a
// spaced "A" never: it is the article ("A $50 deposit", "For A $15
// Minimum Wage").
func (p *parser) dollarPrefix(c *cand, j int) {
	pre := strings.ToLower(p.raw(j - 1))
	pc, ok := lexicon.DollarPrefixes[pre]
	if !ok {
		return
	}
	glued := p.adj(j)
	upper := isUpperStart(p.raw(j - 1))
	switch {
	case len(pre) == 1 && !upper:
		if !glued && pre != "c" || pre == "a" || pre == "s" {
			return
		}
	case len(pre) == 1 && !glued && (!isUpperWord(p.raw(j-1)) || pre == "a"):
		return // "a $5 bill"; "A $500,000 business", "For A $15 Minimum Wage": the article "A", no Australian dollar
	case !glued && !upper && pre == "us":
		return // "gave us $5"
	}
	if !glued && j-2 >= 0 && p.toks[j-1].k == tWord && (p.w(j-1) != nil && p.w(j-1).fn && !upper) {
		return
	}
	c.unit = pc
	c.st = j - 1
	c.unitRule = ruleDollarPrefix
}

func isUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func isLowerStart(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func toUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	return string(b)
}

// scaleAfterDigits is a scale word or letter written after digits and
// when it applies.
type scaleAfterDigits struct {
	value     float64
	gluedOnly bool   // only glued to the digits: "5k", "3tr" ("5 k" is no scale)
	moneyOnly bool   // only after a currency, glued or in lower case: "€20m", "$3 b" ("20 M" is no scale)
	raw       string // only written so: "US$ 1MM" (not "mm"), "$2.174T"
}

// scalesAfterDigits are the scales read after digits, one row each.
var scalesAfterDigits = map[string]scaleAfterDigits{
	"hundred": {value: 100}, "thousand": {value: 1e3}, "million": {value: 1e6}, "billion": {value: 1e9},
	"trillion": {value: 1e12}, "lakh": {value: 1e5}, "lakhs": {value: 1e5}, "crore": {value: 1e7}, "crores": {value: 1e7},
	"bn": {value: 1e9}, "mn": {value: 1e6}, "mln": {value: 1e6}, "bln": {value: 1e9}, "tn": {value: 1e12}, "trn": {value: 1e12},
	"k": {value: 1e3, gluedOnly: true}, "tr": {value: 1e12, gluedOnly: true},
	"m": {value: 1e6, moneyOnly: true}, "b": {value: 1e9, moneyOnly: true},
	"cr": {value: 1e7, moneyOnly: true}, // "Rs 500 cr": crore, in Indian headlines
	// "3 dozen eggs", "3 dzs"
	"dozen": {value: 12}, "dozens": {value: 12}, "dz": {value: 12}, "dzs": {value: 12},
	"mil": {value: 1e6}, "mm": {value: 1e6, moneyOnly: true, raw: "MM"}, "t": {value: 1e12, moneyOnly: true, gluedOnly: true, raw: "T"},
}

// scaleAfter applies a scale written after digits: "1.5 million", "3.2bn",
// "€20m", "5k".
func (p *parser) scaleAfter(c *cand) {
	if c.words {
		return
	}
	j := c.en
	if p.raw(j) == "grand" && !c.scaled && (p.clauseEndAt(j+1) || p.w(j+1) != nil && p.w(j+1).fn) && (c.currency || c.unit == "") {
		// "100 grand to get a degree", "$80 grand a month": thousands of
		// money (rule grand-thousands), of the article's dollar when no
		// currency is written; not "3 grand prizes", "12 Grand Slam titles"
		c.v *= 1e3
		c.scaled, c.scale = true, 1e3
		c.en = j + 1
		c.valEn = c.en
		if !c.currency {
			c.unit, c.hasUnit, c.currency, c.bareDollar = "USD", true, true, true
		}
		c.unitRule = ruleGrandThousands
		return
	}
	if p.isHyphen(j) && p.adj(j) && p.adj(j+1) && j+1 < len(p.toks) && p.toks[j+1].k == tWord {
		// hyphened as an adjective: "a $5-billion deal", "a ₹500-crore
		// fund", "a 2-million-strong crowd" (a scale word, no letter)
		if sc, ok := scalesAfterDigits[strings.ToLower(p.raw(j+1))]; ok && sc.value >= 100 && !sc.gluedOnly && !sc.moneyOnly && len(p.raw(j+1)) > 3 {
			j++
		}
	}
	w := p.w(j)
	if w == nil || p.toks[j].k != tWord {
		return
	}
	sc, ok := scalesAfterDigits[w.key]
	if !ok {
		return
	}
	if sc.raw != "" && p.raw(j) != sc.raw || sc.value == 0 {
		return
	}
	if !c.currency && j == c.en && p.isHyphen(j+1) && p.adj(j+1) && p.adj(j+2) && dollarWords[p.key(j+2)] && j+3 < len(p.toks) && p.toks[j+3].k == tWord && !p.adj(j+3) && p.w(j+3) == nil &&
		strings.HasSuffix(p.raw(j+3), "s") && p.key(c.st-1) != "a" && p.key(c.st-1) != "an" {
		// "469 million-dollar flats", "20 million-dollar homes": a count of
		// things each worth the amount (rule count-of-priced; web-dev-4,
		// property news); "a 5 million-dollar deal" is the amount
		c.unitRule = ruleCountOfPriced
		c.en = j + 3
		c.unit, c.hasUnit = "count", true
		return
	}
	if p.raw(j) == "K" && p.adj(j) && !c.currency && p.kelvinBeside(c) {
		// "300 °C (572 °F, 573.15K)": kelvin beside a temperature (rule
		// kelvin-beside-temperature), not thousands
		c.setUnit("kelvin", j+1)
		c.unitRule = ruleKelvinBeside
		return
	}
	var s float64
	switch {
	case w.key == "m" && !c.currency && p.adj(j):
		// rule m-million-or-metre: "35m Echo devices", "4.3M sales", "1.2m
		// tons" are millions; "100m sprint", "35m tall", "swam 400m" metres
		if !p.mIsMillion(c, j) {
			return
		}
		s = sc.value
		c.unitRule = ruleMMillion
	case w.key == "b" && !c.currency && p.bIsBillion(c, j):
		s = sc.value
		c.unitRule = ruleBBillionCount
	case sc.gluedOnly && sc.moneyOnly:
		if c.currency && p.adj(j) {
			s = sc.value
		}
	case sc.gluedOnly:
		if p.adj(j) {
			s = sc.value
		}
	case sc.moneyOnly:
		if c.currency && (p.adj(j) || p.raw(j) == w.key) {
			s = sc.value
		}
	default:
		s = sc.value
	}
	if s == 0 {
		return
	}
	c.v *= s
	c.scaled = true
	c.scale = s
	c.en = j + 1
	c.valEn = c.en
	p.scaleOfScale(c, c.en) // "Rs 1.5 lakh crore"
	p.digitScaleChain(c, c.scale)
}

// digitScaleChain reads digits and scale words after a scaled number
// (rule number-chain): "4 thousand 3 hundred and 21" is 4321, "3 hundred
// and 21" 321; a chain goes on only with smaller scales, and a last bare
// number only after "and".
func (p *parser) digitScaleChain(c *cand, last float64) {
	if c.words || last < 100 {
		return
	}
	for {
		k := c.en
		and := p.key(k) == "and"
		if and {
			k++
		}
		if and && k < len(p.toks) && p.toks[k].k == tWord && p.toks[k].w != nil && p.toks[k].w.isCard {
			// "3 hundred and one", "4 thousand and twenty-five"
			// (not "2 million and one of them", "and one in five")
			if v, e, ord, ok := p.parseWords(k); ok && !ord && v < 100 && v < last && !(e == k+1 && p.key(k) == "one" && (!p.oneCounts(k) || p.key(e) == "in" || p.key(e) == "out")) {
				c.v += v
				c.en, c.valEn = e, e
				c.unitRule = ruleNumberChain
			}
			return
		}
		if k >= len(p.toks) || p.toks[k].k != tNum || p.toks[k].sep || p.toks[k].dec || !p.toks[k].sp {
			return
		}
		v := p.toks[k].v
		if w := p.w(k + 1); w != nil && p.toks[k+1].k == tWord && (w.key == "hundred" || w.key == "thousand" || w.key == "million") && w.scale < last && v*w.scale < last {
			c.v += v * w.scale
			last = w.scale
			c.en, c.valEn = k+2, k+2
			c.unitRule = ruleNumberChain
			continue
		}
		// a unit after the last digits is the whole chain's when the
		// chain has none yet and ends in hundreds or thousands ("3 hundred
		// and 21 yuan" is 321 yuan, "2 thousand and 50 miles" 2,050; "USD 5
		// million and 20 euros", "2 million and 5 dollars less" stay two)
		free := !c.hasUnit && !c.currency && last <= 1000
		if nw := p.w(k + 1); and && v < 100 && v < last && (nw == nil || nw.scale == 0 && (free || nw.unit == "" && nw.curr == "" && !nw.iso && nw.tunit == "")) && (free || !p.unitWordAt(k+1)) && !(p.adj(k+1) && p.toks[k+1].k == tWord) {
			// ("1m and 2m people": a glued letter makes an amount of its own)
			c.v += v
			c.en, c.valEn = k+1, k+1
			c.unitRule = ruleNumberChain
		}
		return
	}
}

// videoResolutions are the heights of video formats written "1080p".
var videoResolutions = map[float64]bool{144: true, 240: true, 360: true, 480: true, 540: true, 576: true, 720: true, 1080: true, 1440: true, 2160: true, 4320: true}

// videoFormatAt reports a glued "p" at j that is a video or display format,
// no pence (rule pence-letter does not apply): after a resolution ("4K/30p",
// "8K 60p", "FHD 120p") or before a word of video or display ("a 1200p
// display", "30p footage", "328p-based").
func (p *parser) videoFormatAt(c *cand, j int) bool {
	b := p.raw(c.st - 1)
	if b == "/" && p.adj(c.st) || videoBefore[b] {
		return true
	}
	n := j + 1
	if p.isHyphen(n) && p.adj(n) && p.adj(n+1) {
		n++
	}
	return videoAfter[strings.ToLower(p.raw(n))]
}

// videoBefore and videoAfter are the words around "<n>p" that make it a
// video or display format.
var (
	videoBefore = lexicon.WordSet(`K HD FHD UHD QHD WQHD`)
	videoAfter  = lexicon.WordSet(`video videos display displays screen screens footage recording recordings
resolution fps hdr based panel monitor`)
)

// metrePrepositions are the words of metreAfter that follow any amount
// ("4.3M in volume"): metres only after a lower-case "m".
var metrePrepositions = map[string]bool{"in": true, "into": true, "from": true, "off": true, "up": true, "down": true, "away": true,
	"above": true, "below": true, "under": true, "across": true, "ahead": true, "behind": true, "beneath": true}

// metreAfter are words after "35m" that make it metres: heights, lengths,
// races and distances.
var metreAfter = map[string]bool{
	"tall": true, "high": true, "long": true, "wide": true, "deep": true, "sprint": true, "race": true,
	"hurdles": true, "freestyle": true, "backstroke": true, "breaststroke": true, "butterfly": true,
	"medley": true, "dash": true, "relay": true, "away": true, "above": true, "below": true, "from": true,
	"under": true, "underground": true, "underwater": true, "down": true, "up": true, "across": true,
	"in": true, "into": true, "off": true, "final": true, "heat": true, "semi": true, "yacht": true,
	"tower": true, "wall": true, "wave": true, "waves": true, "drop": true, "fall": true, "jump": true,
	"throw": true, "swim": true, "run": true, "walk": true, "ahead": true, "behind": true, "short": true,
	"beneath": true, "asl": true, "altitude": true, "elevation": true, "depth": true, "length": true,
	"stretch": true, "section": true, "wide-": true, "radius": true, "diameter": true, "span": true,
}

// metreBefore are words before "400m" that make it metres.
var metreBefore = map[string]bool{
	"swam": true, "swim": true, "swims": true, "ran": true, "run": true, "runs": true, "sprinted": true,
	"walked": true, "jumped": true, "threw": true, "thrown": true, "climbed": true, "dived": true, "dove": true,
	"measuring": true, "measures": true, "measured": true, "stands": true, "standing": true, "towering": true,
	"the": false,
}

// mIsMillion decides a lower-case "m" glued to digits without a currency
// (rule m-million-or-metre). "M" in capitals is a million ("4.3M sales",
// "10M."); "m" is metres before a height, length or race word ("35m tall",
// "100m sprint"), after a verb of movement ("swam 400m") or as a modifier
// ("a 100m-long"); it is a million before a unit or currency word ("1.2m
// tons", "1.8m dollars"), a plural noun or an adjective and a noun ("35m
// Echo devices", "2.7m combined sales"), and metres otherwise.
func (p *parser) mIsMillion(c *cand, j int) bool {
	n := j + 1
	if p.raw(j) == "M" {
		// (only a measure's word makes a capital "M" metres: "the 100M
		// hurdles"; a preposition does not: "4.3M in volume", "10M from")
		nk := strings.ToLower(p.raw(n))
		return !(p.isHyphen(n) && p.adj(n)) && !(metreAfter[nk] && !metrePrepositions[nk])
	}
	// the first end of a range or list is what its last end is: "between
	// 1m and 2m people", "1m-2m people", "5m to 10m tall"
	if k := n + 1; (p.isHyphen(n) || p.key(n) == "and" || p.key(n) == "to" || p.key(n) == "or") && p.isNumAt(k) && p.adj(k+1) && p.raw(k+1) == "m" {
		return p.mIsMillion(c, k+1)
	}
	if p.isHyphen(n) && p.adj(n) {
		return false // "a 100m-long wall"
	}
	nk := strings.ToLower(p.raw(n))
	if metreAfter[nk] {
		return false
	}
	if b := c.st - 1; b >= 0 && metreBefore[strings.ToLower(p.raw(b))] {
		return false
	}
	if n >= len(p.toks) || p.toks[n].k != tWord {
		return false
	}
	if w := p.w(n); w != nil && (w.unit != "" || w.curr != "" || w.iso) {
		return true // "1.2m tons", "1.8m dollars"
	}
	if w := p.w(n); w != nil && (w.fn || w.tunit != "" || w.month > 0) {
		return false
	}
	if pluralsWithoutS[nk] {
		return true // "1m people", "2m children"
	}
	// a plural noun, or a word and a plural noun: "35m Echo devices", "2.7m combined sales"
	for k := n; k <= n+2 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		r := strings.ToLower(p.raw(k))
		if len(r) > 3 && r[len(r)-1] == 's' && !strings.HasSuffix(r, "ss") && !strings.HasSuffix(r, "us") && !strings.HasSuffix(r, "is") {
			return true
		}
		if w := p.w(k); w != nil && w.fn {
			break
		}
	}
	return false
}

// pluralsWithoutS are plural nouns after "35m" without a final s: millions
// of them, not metres ("men", "women" are not: "the 100m men's final").
var pluralsWithoutS = lexicon.WordSet(`people children staff police cattle sheep personnel folk
livestock poultry alumni`)

// setUnit gives c the unit and moves its end to token en.
func (c *cand) setUnit(unit string, en int) {
	c.unit = unit
	c.hasUnit = true
	c.en = en
}

// unitStep is a named form of the unit after a value, read at token j; it
// reports whether it decided the unit (possibly that there is none).
type unitStep struct {
	name string
	run  func(p *parser, c *cand, j int) bool
}

// unitSteps are the signs and phrases read before the unit word itself,
// tried in order.
var unitSteps = []unitStep{
	{"percent-sign", (*parser).percentSignAfter},
	{"degree-sign", (*parser).degreeSignAfter},
	{"currency-symbol-after", (*parser).currencySymbolAfter},
	{"unit-bracketed", (*parser).bracketedUnitAfter},
	{"compound-unit", (*parser).compoundUnitAfter},
	{"us-currency", (*parser).usCurrencyAfter},
	{"initials-dollar", (*parser).initialsDollarAfter},
	{"currency-name", (*parser).currencyNameAfter},
	{"marks-money", (*parser).marksMoneyAfter},
	{"age-spaced", (*parser).spacedAgeAfter},
	{"age-yo", (*parser).yoAbbrevAfter},
	{"slash-unit", (*parser).slashUnitAfter},
	{"inch-mark", (*parser).inchMarkAfter},
	{"unit-sign", (*parser).unitSignAfter},
	{"subunit-sign", (*parser).subunitSignAfter},
	{"gram-spaced", (*parser).gramSpacedAfter},
	{"unit-power", (*parser).spacedPowerUnit},
	{"subunit-after-symbol", (*parser).subunitAfterSymbol},
	{"unit-before-dimension", (*parser).unitBeforeDimension},
	{"points-adjective", (*parser).pointsAdjectiveAfter},
	{"n-figure", (*parser).nFigureAfter},
	{"dotted-unit", (*parser).dottedUnitAfter},
	{"modifier-unit", (*parser).modifierUnitAfter},
}

// modifierUnitAfter: a capitalised modifier between the number and its
// unit (rule modifier-unit): "moved past 13,000 Test runs" (cricket's Test
// matches), "will operate for about 14 Earth days" (web-dev-3), "5
// Premier-era goals" no; one name word, then a plural unit or time word in
// lower case ("20 Tesla cars" has no unit word).
func (p *parser) modifierUnitAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || j+1 >= len(p.toks) || p.toks[j].k != tWord || p.toks[j+1].k != tWord || p.adj(j) || p.adj(j+1) {
		return false
	}
	raw := p.raw(j)
	acronym := isUpperWord(raw) // rule acronym-modifier-unit (ratenouns.go)
	if len(raw) < 3 || !isUpperASCII(raw[0]) || acronym && !p.acronymModifierAt(j) {
		return false // "Test", "Earth"; not "GB", "US"
	}
	if w := p.w(j); w != nil && (w.unit != "" || w.curr != "" || w.tunit != "" || w.iso || w.fn || w.scale > 0 || w.isCard || w.month > 0) {
		return false
	}
	nw := p.w(j + 1)
	if nw == nil || isUpperASCII(p.raw(j + 1)[0]) && !acronym || !strings.HasSuffix(nw.key, "s") || ambiguousUnits[nw.key] {
		return false
	}
	u := nw.tunit
	if u == "" {
		u = nw.unit
	}
	if u == "" {
		return false
	}
	c.setUnit(u, j+2)
	c.unitRule = ruleModifierUnit
	if acronym {
		c.unitRule = ruleAcronymModifierUnit
	}
	return true
}

var ruleModifierUnit = newRule("modifier-unit")

var ruleCountOfPriced = newRule("count-of-priced")

// dottedUnitAfter: a unit abbreviation written with a dot after each
// letter (rule dotted-unit), as American papers' style books write them:
// "60 m.p.h.", "90 k.p.h." (issue #15's list; The New York Times and AP
// style). The letters joined must spell a unit of the lexicon.
func (p *parser) dottedUnitAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency {
		return false
	}
	var b []byte
	k := j
	for ; k+1 < len(p.toks) && p.toks[k].k == tWord && len(p.raw(k)) == 1 && p.is(k+1, ".") && p.adj(k+1) && (k == j || p.adj(k)); k += 2 {
		b = append(b, p.raw(k)[0])
	}
	if len(b) < 2 {
		return false
	}
	u := measures[strings.ToLower(string(b))]
	if u == "" {
		return false
	}
	c.setUnit(u, k)
	c.unitRule = ruleDottedUnit
	return true
}

var ruleDottedUnit = newRule("dotted-unit")

// nFigureAfter: an amount of money by its number of digits (rule
// n-figure): "a six-figure salary" is 100,000 to 999,999, "a seven-figure
// sum" 1,000,000 to 9,999,999, in the sentence's currency or the
// article's (as a bare amount, moneyverbs.go). Spelled out only ("a
// 3-figure score" is none).
func (p *parser) nFigureAfter(c *cand, j int) bool {
	if !c.words || c.unit != "" || c.currency || c.qual != "" || c.v < 2 || c.v > 15 || c.v != float64(int(c.v)) || !p.isHyphen(j) || !p.adj(j) || !p.adj(j+1) {
		return false
	}
	if r := p.raw(j + 1); !strings.EqualFold(r, "figure") && !strings.EqualFold(r, "figures") {
		return false
	}
	c.lo, c.hi = math.Pow(10, c.v-1), math.Pow(10, c.v)-1
	c.v = c.lo
	c.qual = claims.Vague
	c.en = j + 2
	p.moneyOfSentence(c, ruleNFigure)
	return true
}

var ruleNFigure = newRule("n-figure")

// pointWords name a point as a unit: "13 points", "a quarter point".
var pointWords = lexicon.WordSet(`point points`)

// pointsAdjectiveAfter: an adjective between a number and "points" (rule
// points-adjective): "poured in 13 huge points", "just 27 combined
// points" (web-dev-2), "a run of 12 straight points", "scored 10
// unanswered points" (game reports).
func (p *parser) pointsAdjectiveAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || !pointWords[p.key(j+1)] || p.adj(j) || !lowerIn(pointAdjectives, p.raw(j)) {
		return false
	}
	c.setUnit("point", j+2)
	c.unitRule = rulePointsAdjective
	return true
}

var rulePointsAdjective = newRule("points-adjective")

// pointAdjectives stand between a number and "points".
var pointAdjectives = lexicon.WordSet(`combined straight consecutive unanswered total huge big quick crucial late early
final bonus extra more fewer`)

// unitAfter reads the unit after a value: percent, percentage points, money,
// measures, durations, ages, multipliers.
func (p *parser) unitAfter(c *cand) {
	j := c.en
	if j >= len(p.toks) {
		return
	}
	if c.qual == claims.Vague {
		p.vagueUnitAfter(c, j)
		return
	}
	for _, s := range unitSteps {
		if s.run(p, c, j) {
			return
		}
	}
	w := p.w(j)
	hyph, spaced := false, false
	if w == nil && p.isHyphen(j) && p.adj(j) && p.adj(j+1) {
		// 72-hour, six-year, 61-year-old, 10-km
		hyph = true
		j++
		w = p.w(j)
	} else if w == nil && p.spacedModifierHyphenAt(j) {
		hyph, spaced = true, true
		j++
		w = p.w(j)
	}
	if w == nil || p.toks[j].k != tWord {
		return
	}
	adj := p.adj(j)
	_ = p.ratioOrTimeUnit(c, j, w, hyph, adj) || p.currencyWordUnit(c, j, w, hyph) || p.measureUnit(c, j, w, hyph, adj)
	if spaced && c.en > j {
		c.unitRule = ruleSpacedHyphenModifier
	}
	if c.hasUnit && !c.currency {
		p.unitPower(c)
	}
}

var ruleSpacedHyphenModifier = newRule("spaced-hyphen-modifier")

// spacedModifierHyphenAt reports a hyphen at j spaced on both sides before
// a unit, currency or time word in the singular and a noun, as
// word-tokenised text writes a hyphened modifier (rule
// spaced-hyphen-modifier): "a 20 - dollar bill", "five of the three - ton
// satellites", "a 45 - acre horse farm", "the six - mile trip", "a six -
// year term" (the suites' lower-cased text, beside its "28 - year - old"
// and "$ 70 - a - share"). A plural ("20 - dollars") or no noun after is
// a dash.
func (p *parser) spacedModifierHyphenAt(j int) bool {
	if !p.isHyphen(j) || p.adj(j) || p.adj(j+1) || j+2 >= len(p.toks) || p.toks[j+1].k != tWord || p.toks[j+2].k != tWord || p.adj(j+2) {
		return false
	}
	w := p.w(j + 1)
	if w == nil || w.unit == "" && w.curr == "" && w.tunit == "" || strings.HasSuffix(p.raw(j+1), "s") || !isLowerStart(p.raw(j+1)) {
		return false
	}
	n := p.w(j + 2)
	return isLowerStart(p.raw(j+2)) && (n == nil || !n.fn && n.unit == "" && n.curr == "" && n.tunit == "" && !n.isCard)
}

// vagueUnitAfter reads the unit of a vague amount: "thousands of dollars",
// "millions of euros", "hundreds of acres", and (rule vague-of-unit) a
// unit in two words or a time unit: "thousands of light-years", "billions
// of years", "hundreds of hours" (ingest-dev gold: "spanning billions of
// years", "rising thousands of light-years above"; PolNeAR and WCXB dev
// texts: "thousands of years", "hundreds of hours").
func (p *parser) vagueUnitAfter(c *cand, j int) {
	if p.key(j) != "of" {
		return
	}
	w := p.w(j + 1)
	switch {
	case w != nil && w.curr != "":
		c.unit = w.curr
		c.currency = true
		// "millions of dollars", "billions of pesos": the article decides
		// which (like "500 dollars")
		c.bareDollar = dollarWords[w.key]
		c.bareName = lexicon.SharedNameWords[w.key]
	case w != nil && w.unit != "" && !ambiguousUnits[w.key] && len(w.key) > 3:
		c.unit = w.unit
	default:
		if u, _ := p.compoundUnit(j + 1); u != "" {
			c.unit, c.unitRule = u, ruleVagueOfUnit
		} else if w != nil && w.tunit != "" && strings.HasSuffix(w.key, "s") && !(p.isHyphen(j+2) && p.adj(j+2)) {
			// (not a modifier: "hundreds of seconds-long interactions")
			c.unit, c.unitRule = w.tunit, ruleVagueOfUnit
		}
	}
}

var ruleVagueOfUnit = newRule("vague-of-unit")

// percentSignAfter: "5%", "2% points".
func (p *parser) percentSignAfter(c *cand, j int) bool {
	if p.raw(j) != "%" {
		return false
	}
	c.setUnit("percent", j+1)
	if pointWords[p.key(j+1)] {
		c.setUnit("percentage_point", j+2)
	}
	return true
}

// degreeSignAfter: "40°C", "300 °C", "−273.15°".
func (p *parser) degreeSignAfter(c *cand, j int) bool {
	scale := p.degreeScaleAt(j+1) != "" && (p.adj(j+1) || p.spacedScaleAt(j+1))
	if !(p.raw(j) == "°" && (p.adj(j) || scale)) {
		return false
	}
	if u := p.degreeScaleAt(j + 1); scale {
		c.setUnit(u, j+2)
	} else if u := p.otherScaleInBrackets(j + 1); u != "" {
		c.setUnit(u, j+1) // "40° (104°F)"
		c.unitRule = ruleDegreeOtherScale
		return true
	} else if u := p.scaleNamedAfter(j + 1); u != "" {
		c.setUnit(u, j+1) // "−273.15° on the Celsius scale"
		c.unitRule = ruleDegreeOtherScale
		return true
	} else if u := p.applianceScaleAt(c, j); u != "" {
		c.setUnit(u, j+1) // "set the thermostat to 85°"
		c.unitRule = ruleApplianceScale
		return true
	} else {
		c.setUnit("degree", j+1)
	}
	c.unitRule = ruleDegreeSign
	return true
}

// spacedScaleAt reports a scale spaced after a degree sign at k that is
// the sign's scale ("40° C", "20 ° C" in tokenised text), not an initial
// ("45° C.S. Lewis").
func (p *parser) spacedScaleAt(k int) bool {
	return !(p.is(k+1, ".") && p.adj(k+1) && p.adj(k+2) && k+2 < len(p.toks) && p.toks[k+2].k == tWord)
}

// currencySymbolAfter: "5 €", "-15€", "10,000 ¥", "100₾"; then the
// subunits after it (compoundAmount: "5 € 50 cents", "10 $ 30 cent": a
// "$" between two numbers is the first's when the second counts cents).
func (p *parser) currencySymbolAfter(c *cand, j int) bool {
	raw := p.raw(j)
	code := lexicon.CurrencySymbols[raw]
	if !(code != "" && c.unit == "" && !c.currency && (raw != "$" || p.adj(j) && !p.isNumAt(j+1) || p.centsAfterAt(j+1))) {
		return false
	}
	c.setUnit(code, j+1)
	c.currency = true
	c.unitRule = ruleCurrencySymbolAfter
	if !c.scaled && c.v == math.Trunc(c.v) {
		p.compoundAmount(c)
	}
	return true
}

// centsAfterAt reports a whole number under 100 at k and a word of cents
// after it ("30 cent", "45 cents").
func (p *parser) centsAfterAt(k int) bool {
	if !p.isNumAt(k) || p.toks[k].dec || p.toks[k].sep || p.toks[k].v >= 100 {
		return false
	}
	sub, ok := lexicon.CurrencySubunits[p.key(k+1)]
	return ok && sub.Code == "USD"
}

// bracketedUnitAfter: "The weight is 20 (kg)", "20 [kg]" (rule
// unit-bracketed); any other bracket ends the value.
func (p *parser) bracketedUnitAfter(c *cand, j int) bool {
	if raw := p.raw(j); raw != "(" && raw != "[" {
		return false
	}
	if w := p.w(j + 1); w != nil && w.unit != "" && (p.is(j+2, ")") || p.is(j+2, "]")) && c.unit == "" && !c.currency {
		c.setUnit(w.unit, j+3)
		if u := lexicon.UnitSymbol(p.raw(j + 1)); u != "" {
			c.unit = u
		}
		c.unitRule = ruleUnitBracketed
	}
	return true
}

// compoundUnitAfter: a unit of several tokens (see compoundUnit).
func (p *parser) compoundUnitAfter(c *cand, j int) bool {
	u, en := p.compoundUnit(j)
	if u == "" {
		return false
	}
	c.setUnit(u, en)
	if hu, hen := p.hyphenedUnit(j); hu == u && hen == en {
		c.unitRule = ruleHyphenedUnit
	}
	if en == j+3 && p.is(j+1, "/") && slashAbbrevs[[2]string{strings.ToLower(p.raw(j)), strings.ToLower(p.raw(j + 2))}] == u {
		c.unitRule = ruleSlashAbbrev
	}
	return true
}

var ruleSlashAbbrev = newRule("slash-abbrev")

// usCurrencyAfter: "19 United States cents", "30 U.S. dollars".
func (p *parser) usCurrencyAfter(c *cand, j int) bool {
	n := p.usPrefix(j)
	if !(n > 0 && c.unit == "" && !c.currency) {
		return false
	}
	k := p.key(j + n)
	if !dollarWords[k] && !centWords[k] {
		return false
	}
	if centWords[k] {
		c.v /= 100
	}
	c.setUnit("USD", j+n+1)
	c.currency = true
	return true
}

// initialsDollarAfter: "7.15 billion N.Z. Dlrs", "80 H.K. cents": a
// country's dotted initials, its ISO 3166 region, before a dollar or cent
// word name that country's dollar (lexicon.DollarOfRegion, from CLDR;
// "U.S." is us-currency's). Rule initials-dollar.
func (p *parser) initialsDollarAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || !p.is(j+1, ".") || !p.is(j+3, ".") || !p.adj(j+1) || !p.adj(j+2) || !p.adj(j+3) {
		return false
	}
	a, b := p.raw(j), p.raw(j+2)
	if len(a) != 1 || len(b) != 1 || a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' {
		return false
	}
	k := p.key(j + 4)
	code, ok := lexicon.DollarOfRegion(a + b)
	if !ok || !dollarWords[k] && !centWords[k] {
		return false
	}
	if centWords[k] {
		c.v /= 100
	}
	c.setUnit(code, j+5)
	c.currency = true
	c.unitRule = ruleInitialsDollar
	return true
}

var ruleInitialsDollar = newRule("initials-dollar")

var ruleMonthDayUnit = newRule("month-day-unit")

var ruleYearNumberYear = newRule("year-number-year")

// yearBeforeYearWord reports a year in digits ("1986", c.yearLike) with
// nothing but its digits, right before the singular lower-case word
// "year" at j that no "old" follows ("a 2000 year old tree" is an age).
func (p *parser) yearBeforeYearWord(c *cand, j int) bool {
	return c.yearLike && !c.words && !c.currency && !c.scaled && c.qual == "" && c.st == c.valSt && j == c.en &&
		p.raw(j) == "year" && !p.isOld(j+1) && !p.isHyphen(j+1)
}

// monthDayBefore reports a day of the month in digits right after a
// capitalised month name: "February 16", "Jan 31".
func (p *parser) monthDayBefore(c *cand) bool {
	t := &p.toks[c.valSt]
	return !c.words && !c.currency && c.st == c.valSt && c.st >= 1 && t.ndig <= 2 && !t.dec && t.v >= 1 && t.v <= 31 && p.isMonth(c.st-1) && p.capitalised(c.st-1)
}

// currencyNameAfter: "176 Hong Kong dollars", "9.99 New Zealand dollars".
func (p *parser) currencyNameAfter(c *cand, j int) bool {
	if k := p.key(j); !((k == "hong" || k == "new" || k == "south") && currencyAdjectives[p.key(j+1)] != "" && p.w(j+2) != nil && p.w(j+2).curr != "" && c.unit == "" && !c.currency) {
		return false
	}
	p.currencyWordAfter(c, j+1)
	c.unitRule = ruleCurrencyName
	return true
}

// spacedAgeAfter: "28 - year - old": an age with spaced hyphens.
func (p *parser) spacedAgeAfter(c *cand, j int) bool {
	if !(p.isHyphen(j) && (p.key(j+1) == "year" || p.key(j+1) == "years") && p.isHyphen(j+2) && p.key(j+3) == "old" && !c.currency && c.unit == "") {
		return false
	}
	c.setUnit("age", j+4)
	c.kind = claims.KindClaim
	c.unitRule = ruleAgeSpaced
	return true
}

// hyphenedWordAt reports whether token i is a hyphen glued to the words
// on both sides ("square-foot").
func (p *parser) hyphenedWordAt(i int) bool {
	return p.isHyphen(i) && p.adj(i) && p.adj(i+1) && i+1 < len(p.toks) && p.toks[i+1].k == tWord
}

// pointAfter is the end of "point(s)" after the word at j, spaced
// ("percentage points") or hyphened as an adjective ("a 10
// percentage-point lead", "a 25-basis-point cut"); 0 when none follows.
func (p *parser) pointAfter(j int) int {
	switch {
	case pointWords[p.key(j+1)]:
		return j + 2
	case p.hyphenedWordAt(j+1) && (p.key(j+2) == "point" || p.key(j+2) == "points"):
		return j + 3
	}
	return 0
}

// setPointUnit sets a unit of points read by pointAfter (rule
// hyphened-points when hyphened).
func (p *parser) setPointUnit(c *cand, unit string, j int) {
	en := p.pointAfter(j)
	c.setUnit(unit, en)
	if en == j+3 {
		c.unitRule = ruleHyphenedPoints
	}
}

// ratioOrTimeUnit reads a unit word of ratio, points, multiples, ages and
// durations at token j (after a hyphen when hyph); it reports whether
// one of its forms matched.
func (p *parser) ratioOrTimeUnit(c *cand, j int, w *word, hyph, adj bool) bool {
	switch k := w.key; {
	case k == "percent" || k == "pct" || k == "pc" && adj:
		c.setUnit("percent", j+1)
		if k == "pct" && p.is(j+1, ".") && p.adj(j+1) && j+2 < len(p.toks) {
			c.en = j + 2
		}
	case k == "per" && p.key(j+1) == "cent":
		c.setUnit("percent", j+2)
	case k == "percentage" && p.pointAfter(j) > 0:
		p.setPointUnit(c, "percentage_point", j)
	case k == "pp" || k == "ppt":
		c.setUnit("percentage_point", j+1)
	case k == "basis" && p.pointAfter(j) > 0:
		p.setPointUnit(c, "basis_point", j)
	case k == "bps" && p.dataRateSentence():
		// "a 38400 bps modem": bits a second where the sentence speaks of
		// data links (rule bps-data-rate), basis points otherwise
		c.setUnit("bps", j+1)
		c.unitRule = ruleBpsDataRate
	case k == "bps" || k == "bp":
		c.setUnit("basis_point", j+1)
	case (k == "points" || k == "point") && !hyph:
		c.setUnit("point", j+1)
	case k == "point" && hyph:
		// a 35-point margin (but a 10-point plan is a count)
		if nw := p.w(j + 1); nw == nil || !countedNouns[nw.key] {
			c.setUnit("point", j+1)
		}
	case k == "yo" && !hyph && !c.currency:
		// "a 87 yo man"
		c.setUnit("age", j+1)
		c.unitRule = ruleAgeYo
	case k == "times" && !hyph:
		c.setUnit("times", j+1)
	case k == "fold" && hyph:
		c.setUnit("times", j+1)
	case !hyph && durationAdjectives[k] && p.w(j+1) != nil && p.w(j+1).tunit != "" && p.key(j+1) != "second":
		// "12 straight years", "three consecutive days"
		c.setUnit(p.w(j+1).tunit, j+2)
		c.kind = claims.KindDuration
	case !hyph && allowanceAdjectives[k] && p.w(j+1) != nil && p.w(j+1).tunit != "" && p.key(j+1) != "second" && p.toks[j].sp && p.toks[j+1].sp:
		// time counted as an allowance or a total (rule allowance-time):
		// "3 sick days", "2 personal days", "16,000 waking hours", "20
		// working days", "10 vacation days"
		c.setUnit(p.w(j+1).tunit, j+2)
		c.unitRule = ruleAllowanceTime
	case w.tunit != "" && p.raw(j) == "HR" && p.en(j+1) && p.toks[j+1].k == tWord:
		// an all-capital "HR" before a word is human resources (or a heart
		// rate), no hour: "15 HR consulting firms", "one HR function", "5 HR
		// Outsourcing" (WCXB HR and tech pages: 9 times on 5 pages; German
		// "7 HR Vorstandspositionen", trafilatura); "2 hr 15 min" is time
	case w.tunit != "" && !hyph && p.monthDayBefore(c):
		// a day after its month is a date, not a span of the time word
		// after it (guard month-day-unit): "in the February 16 week",
		// "for the January 31 second quarter" (web-dev-17, two documents)
		c.guard = ruleMonthDayUnit
	case w.tunit == "year" && !hyph && p.yearBeforeYearWord(c, j):
		// a year before a singular "year" names that year (guard
		// year-number-year): "in the 1986 year", "1986 year loss", "for
		// 1986 year and both 1985 periods" (web-dev-17, web-dev-20: three
		// Reuters documents); a span would be plural ("2000 years ago")
		c.guard = ruleYearNumberYear
	case w.tunit != "" && (w.key != "ms" || p.raw(j) == "ms"):
		c.setUnit(w.tunit, j+1)
		c.kind = claims.KindDuration
		if p.compoundDuration(c, j) {
			return true
		}
		// 61-year-old, 61 years old; "a 3-month-old baby", "8 months
		// old", "a 90 day old bill" (the peer suites' ages keep the
		// number as written)
		if ageTimeUnits[w.tunit] {
			if p.isHyphen(j+1) && p.adj(j+1) && p.isOld(j+2) {
				c.setUnit("age", j+3)
				c.kind = claims.KindClaim
				p.ageInYears(c, w.tunit)
			} else if p.isOld(j + 1) {
				c.setUnit("age", j+2)
				c.kind = claims.KindClaim
				p.ageInYears(c, w.tunit)
			} else if ageWords[p.key(c.st-1)] && !lowerIn(agedVerbBefore, p.raw(c.st-2)) {
				// "a baby aged 7 months", "children age 2 years and
				// up" (not "the wine was aged 12 years": a duration)
				c.setUnit("age", j+1)
				c.kind = claims.KindClaim
				p.ageInYears(c, w.tunit)
			} else if p.key(j+1) == "of" && p.key(j+2) == "age" {
				// "ninety five years of age"
				c.setUnit("age", j+3)
				c.kind = claims.KindClaim
				c.unitRule = ruleAgeOfAge
			}
			p.ageSubYear(c, w.tunit)
		}
	default:
		return false
	}
	return true
}

// isOld reports "old" at token j, or "olds" of an age group ("18- to
// 24-year-olds", "18-24 year olds": web-dev-1's "18-24s" and poll news).
func (p *parser) isOld(j int) bool {
	return p.key(j) == "old" || strings.EqualFold(p.raw(j), "olds")
}

// yoAbbrevAfter: "y/o" or "y.o." (years old) after the number is an age
// (rule age-yo): "a 25 y/o male", "a 30 y.o. woman".
func (p *parser) yoAbbrevAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || !strings.EqualFold(p.raw(j), "y") || p.adj(j) {
		return false
	}
	if !((p.is(j+1, "/") || p.is(j+1, ".")) && p.adj(j+1) && p.adj(j+2) && strings.EqualFold(p.raw(j+2), "o")) {
		return false
	}
	en := j + 3
	if p.is(j+1, ".") && p.is(j+3, ".") && p.adj(j+3) {
		en++
	}
	c.setUnit("age", en)
	c.unitRule = ruleAgeYo
	return true
}

// agedVerbBefore before "aged" make it a verb of maturing: "the whisky was
// aged 12 years" is a duration, no age.
var agedVerbBefore = lexicon.WordSet(`is was were are be been being has have had`)

// ageWords before a number make it an age: "aged 61", "age 12 and
// older", "ages 3 to 17", "a baby aged 7 months".
var ageWords = lexicon.WordSet(`aged age ages`)

// percentWords name a percentage after a number ("5 percent", "a 5
// percentage point rise").
var percentWords = lexicon.WordSet(`percent percentage`)

// percentUnits are the units of a share and of a change of one.
var percentUnits = lexicon.WordSet(`percent percentage_point`)

// temperatureUnits are the units of a temperature (signs and "below zero"
// apply to them).
var temperatureUnits = lexicon.WordSet(`degree celsius fahrenheit`)

// ageTimeUnits are the time units of an age: "a 45-year-old", "a
// 3-month-old", "a 10-week-old puppy", "a six-day-old calf", "a century
// old", "two decades old".
var ageTimeUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "decade": true, "century": true}

// ageInYears gives an age in decades or centuries in years (rule
// age-in-years: "a century old" is 100, "a decade-old law" 10, "three
// centuries old" 300); an age in the other units keeps its number as the
// peer suites write it.
func (p *parser) ageInYears(c *cand, unit string) {
	f, ok := inYears[unit]
	if !ok {
		return
	}
	c.v *= f
	c.lo *= f
	c.hi *= f
	c.unitRule = ruleAgeInYears
}

// subYearAgeUnits are the time units of an age under a year: such an age
// keeps its unit (rule age-sub-year), for the unit "age" counts years —
// "a 3-month-old baby" is 3 months, not 3 years old. The dev quantity
// golds write so: "about 8 weeks of age", "puppies from 6 to 16 weeks old"
// (web-dev-5, a pet guide), "patients over one month of age" twice
// (web-dev-15, a drug maker's release); one dev claims gold writes "age"
// (web-dev-3 "from five months of age", the minority); the peer suites'
// ages in months and weeks accept the time unit too (their unit_alt).
var subYearAgeUnits = map[string]bool{"month": true, "week": true, "day": true}

// ageSubYear gives an age read in months, weeks or days its time unit
// (rule age-sub-year).
func (p *parser) ageSubYear(c *cand, tunit string) {
	if c.unit == "age" && subYearAgeUnits[tunit] {
		c.unit = tunit
		c.unitRule = ruleAgeSubYear
	}
}

// contractionAt reports an apostrophe and "t" glued at j: the currency
// word before it is a verb ("one won't", "the next one won’t come").
func (p *parser) contractionAt(j int) bool {
	return p.isApostrophe(j) && p.adj(j) && p.adj(j+1) && strings.EqualFold(p.raw(j+1), "t")
}

// currencyWordUnit reads a currency word or code at token j: "dollars",
// "Hong Kong dollars", "USD", "40 rmb", "30 MUSD"; it reports whether one
// of its forms matched.
func (p *parser) currencyWordUnit(c *cand, j int, w *word, hyph bool) bool {
	switch k := w.key; {
	case !hyph && !c.currency && c.unit == "" && (w.curr != "" || currencyAdjectives[k] != "" && p.w(j+1) != nil && p.w(j+1).curr != "" || lexicon.CurrencyPhrases[[2]string{k, p.key(j + 1)}] != "") && !p.contractionAt(j+1):
		p.currencyWordAfter(c, j)
	case hyph && w.curr != "" && !c.currency && c.unit == "" && !poundWords[k]:
		p.hyphenCurrency(c, j, w) // "a 12-cent dividend", "a 300-euro fine"
	case hyph && poundWords[k] && !c.currency && c.unit == "":
		p.hyphenPound(c, j) // "a 500-pound bomb", "a 20-pound note"
	case !hyph && w.iso && isUpperWord(p.raw(j)) && c.unit == "" && !p.acronymCodeAt(j):
		c.setUnit(toUpperASCII(k), j+1)
		c.currency = true
		if alias, ok := lexicon.CurrencyCodeAliases[c.unit]; ok {
			c.unit = alias
		}
		c.unitRule = ruleCurrencyCodeAfter
		p.scaleAfterCode(c)
		if !c.scaled {
			p.compoundAmount(c) // "17 USD 25", "5 USD 20 cents"
		}
	case !hyph && w.iso && lowerCodesAfter[k] && c.unit == "" && !c.currency && !p.acronymCodeAt(j):
		// "half million usd", "40 rmb"
		c.setUnit(toUpperASCII(k), j+1)
		if alias, ok := lexicon.CurrencyCodeAliases[c.unit]; ok {
			c.unit = alias
		}
		c.currency = true
		c.unitRule = ruleCurrencyCodeAfter
	case !hyph && w.scurr != "" && p.raw(j) == w.scurrRaw && c.unit == "" && !c.currency:
		// "30 MUSD", "120 MEUR"
		c.v *= w.scurrScale
		c.scaled, c.scale = true, w.scurrScale
		c.setUnit(w.scurr, j+1)
		c.currency = true
		c.unitRule = ruleCurrencyScaledCode
	default:
		return false
	}
	return true
}

// measureUnit reads a measure at token j: areas, volumes, tonnes, metres,
// pence, watts, temperatures, degrees, unit symbols and unit words; it
// reports whether one of its forms matched.
func (p *parser) measureUnit(c *cand, j int, w *word, hyph, adj bool) bool {
	switch k := w.key; {
	case k == "square" || k == "sq":
		// "300 square miles", "12 sq mi", "7,000 sq. ft", "116,347 sq m";
		// hyphened as an adjective: "a 5,125-square-foot space", "a
		// two-square-mile zone" (rule hyphened-area)
		n := j + 1
		if k == "sq" && p.is(n, ".") && p.adj(n) {
			n++
		}
		hyphened := p.hyphenedWordAt(n)
		if hyphened {
			n++
		}
		if u := p.w(n); u != nil && u.unit != "" {
			c.setUnit(areaUnit(u.unit), n+1)
		} else if p.raw(n) == "m" {
			c.setUnit("m2", n+1)
		}
		if hyphened && c.hasUnit {
			c.unitRule = ruleHyphenedArea
		}
	case k == "cubic" || k == "cu":
		// "cubic metres", "20.7 cubic foot trunk", "2.1 cu.ft.", "58 cu ft",
		// "a 300-cubic-metre tank"
		n := j + 1
		if p.is(n, ".") && p.adj(n) || p.hyphenedWordAt(n) {
			n++
		}
		if u := p.w(n); u != nil && volumeUnit(u.unit) != "" {
			c.setUnit(volumeUnit(u.unit), n+1)
		}
	case hyph && p.hyphenedUnitAt(c, j):
		// a unit of several words as a modifier: "a 5-metric-ton truck"
		// (spaced, the compound-unit step reads it: "5 metric tons")
	case k == "m" && adj && !c.currency:
		c.setUnit("m", j+1)
		c.unitRule = ruleMMetre
	case k == "m" && !adj && !hyph && p.raw(j) == "m" && !c.currency && !c.scaled && c.unit == "" && p.spacedMetreAt(c, j):
		c.setUnit("m", j+1)
		c.unitRule = ruleMSpacedMetre
	case k == "p" && adj && p.raw(j) == "p" && !c.currency && c.unit == "" && !videoResolutions[c.v] && !p.videoFormatAt(c, j):
		// "164p": pence (rule pence-letter); "1080p" is a video resolution
		c.v /= 100
		c.setUnit("GBP", j+1)
		c.currency = true
		c.unitRule = rulePenceLetter
	case k == "w" && p.raw(j) == "W" && (adj || !hyph && p.spacedWattAt(j+1)):
		// "1400W"; spaced before a lower-case word, an acronym or a clause
		// end: "a 1400 W heating element", "a 20 W LED bulb", "draws 5 W
		// on standby" (not "42 W Street", "42 W. 57th")
		c.setUnit("W", j+1)
	case adj && (p.raw(j) == "C" || p.raw(j) == "F") && !c.currency:
		// "-5C", "104F"; not "13F filing", "Boeing 777F", "14.7C/share"
		if p.falseTemperature(c, j) {
			p.letterName(c, j)
			return true
		}
		c.setUnit(degreeScales[p.raw(j)], j+1)
		c.unitRule = ruleTemperatureLetter
	case !adj && !hyph && p.raw(j) == "t" && !c.currency && c.unit == "" && c.v >= 1 && !(j+1 < len(p.toks) && p.adj(j+1) && !clauseEnds[p.raw(j+1)]):
		// a spaced "t" is tonnes (rule tonne-letter): "278,000 t valued",
		// "exports of 1.2m t of wheat", "500 t a day"
		c.setUnit("tonne", j+1)
		c.unitRule = ruleTonneLetter
	case !adj && !hyph && (p.raw(j) == "C" || p.raw(j) == "F" || (p.raw(j) == "c" || p.raw(j) == "f") && (p.clauseEndAt(j+1) || p.conversionScaleAt(j+1))) && !c.currency && c.unit == "" && !p.falseTemperature(c, j) && p.temperatureSpaced(c, j):
		// "highs of 40 C (104 F)", "it's 30 C outside" (rule
		// temperature-letter-spaced): only where the sentence speaks of
		// temperature, else "3 C batteries", "Grade 5 C"; a lower-case
		// letter only before a clause end ("the temperature outside is 40
		// c", "it was 90 f.")
		c.setUnit(degreeScales[p.raw(j)], j+1)
		c.unitRule = ruleTemperatureLetterSpaced
	case w.unit == "degree" && !c.currency:
		// "30 degrees Celsius", "98.6 degrees f", "6 deg c", "50 deg."
		en := j + 1
		if k == "deg" && p.is(en, ".") && p.adj(en) {
			en++
		}
		c.setUnit("degree", en)
		if u := degreeScales[p.raw(en)]; u != "" {
			c.setUnit(u, en+1)
			c.unitRule = ruleDegreeScale
		} else if u := degreeScales[p.key(en)]; u != "" && len(p.raw(en)) > 1 {
			c.setUnit(u, en+1)
			c.unitRule = ruleDegreeScale
		} else if u := p.otherScaleInBrackets(en); u != "" {
			c.unit = u // "40 degrees (104 Fahrenheit)": Celsius (rule degree-other-scale)
			c.unitRule = ruleDegreeOtherScale
		} else if u := p.scaleNamedAfter(en); u != "" {
			c.unit = u // "100 degrees on the Celsius scale"
			c.unitRule = ruleDegreeOtherScale
		} else if u := p.scaleOfSentence(j); u != "" {
			c.unit = u
			c.unitRule = ruleDegreeSentenceScale
		} else if u := p.applianceScaleAt(c, j); u != "" {
			c.unit = u // "Preheat the oven to 375 degrees"
			c.unitRule = ruleApplianceScale
		}
	case len(p.raw(j)) == 1 && lexicon.UnitSymbol(p.raw(j)) != "" && j+1 < len(p.toks) && p.adj(j+1) && (p.isHyphen(j+1) || p.toks[j+1].k != tPunct):
		// a one-letter symbol glued to what follows is a prefix, no unit
		// ("World War 2 V-day")
	case lexicon.UnitSymbol(p.raw(j)) != "" && !c.currency:
		// case-sensitive symbols: "400 Nm" (not "nm"), "300PS", "48V"
		c.setUnit(lexicon.UnitSymbol(p.raw(j)), j+1)
		c.unitRule = ruleUnitSymbol
	case w.unit == "run" && c.st > 0 && c.st-1 >= p.floor && p.toks[c.st-1].k == tWord && isUpperASCII(p.raw(c.st - 1)[0]) && (p.toks[c.st-1].w == nil || !p.toks[c.st-1].w.fn):
		// a name's number before the verb "runs": "Route 66 runs through
		// Arizona", "Channel 4 runs the show" (cricket's runs: "scored 446
		// runs", "won by 20 runs")
		return true
	case w.unit != "" && !c.currency:
		if !adj && ambiguousUnits[k] && !lowerSpacedUnits[p.raw(j)] && !p.unitContextAt(j) {
			return true // "20 HP printers"; "176 hp" is horsepower
		}
		u := w.unit
		en := j + 1
		switch {
		case u == "barrel" && (p.key(en) == "per" || p.key(en) == "a") && p.key(en+1) == "day":
			u, en = "barrel/day", en+2
		case u == "km" && p.is(en, "/") && p.adj(en) && p.raw(en+1) == "h":
			u, en = "km/h", en+2
		case u == "lb" && k == "pounds":
		}
		c.setUnit(u, en)
		p.compoundMeasure(c)
	default:
		return false
	}
	return true
}

// lowerCodesAfter are the ISO codes also read in lower case after a
// number ("10 usd", "40 rmb"): the frequent ones that are no English word.
var lowerCodesAfter = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "rmb": true, "inr": true, "cad": true,
	"aud": true, "chf": true, "hkd": true, "sgd": true, "nzd": true, "sek": true, "nok": true, "dkk": true,
	"krw": true, "brl": true, "mxn": true, "zar": true, "rub": true, "myr": true, "btc": true,
}

// scaleAfterCode reads a scale after a code after the number: "75 USD
// million".
func (p *parser) scaleAfterCode(c *cand) {
	w := p.w(c.en)
	if w == nil || c.scaled {
		return
	}
	if sc, ok := scalesAfterDigits[w.key]; ok && !sc.gluedOnly && !sc.moneyOnly {
		c.v *= sc.value
		c.scaled, c.scale = true, sc.value
		c.en++
	}
}

func (p *parser) isNumAt(j int) bool { return j >= 0 && j < len(p.toks) && p.toks[j].k == tNum }

// hyphenedNumberAt reports a number at token j glued by a hyphen to the
// token after it, a compound modifier: "45-minute", "14-ounce", "3-D"
// (durationModifierEnd, spanModifierAfter, namingCompoundAt).
func (p *parser) hyphenedNumberAt(j int) bool {
	return p.isNumAt(j) && p.isHyphen(j+1) && p.adj(j+1) && p.adj(j+2)
}

// degreeScaleAt names the scale at token k after "°": a letter as written
// ("C", "c", "K"; no "k"), a word in any case ("100° Celsius", "32°
// Fahrenheit", suite texts and weather and science news).
func (p *parser) degreeScaleAt(k int) string {
	if r := p.raw(k); len(r) == 1 {
		return degreeScales[r]
	}
	return degreeScales[p.key(k)]
}

// degreeScales name the temperature scale after "°" or "degrees" (raw
// text, and lower-case words).
var degreeScales = map[string]string{
	"C": "celsius", "F": "fahrenheit", "K": "kelvin", "c": "celsius", "f": "fahrenheit",
	"celsius": "celsius", "celcius": "celsius", "centigrade": "celsius", "fahrenheit": "fahrenheit",
	"farenheit": "fahrenheit", "fahrenheight": "fahrenheit", "kelvin": "kelvin",
}

// softwareCodes are ISO codes that are also the names of software written
// with a version ("PHP 8.4" is no Philippine pesos): before a version-like
// number they are no money (versionLike).
var softwareCodes = map[string]bool{"PHP": true}

// versionLike reports a number written like a version: one digit, with at
// most two more groups of one or two ("7", "8.4", "5.6.40"; "20.50" and
// "12" are amounts).
func versionLike(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) > 3 || len(groups[0]) != 1 {
		return false
	}
	for _, g := range groups {
		if len(g) == 0 || len(g) > 2 {
			return false
		}
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return false
			}
		}
	}
	return true
}

// acronymCodes are ISO codes that news writes far more often as another
// acronym or a name ("128 AMD EPYC cores", "3 AMD GPUs", "One CAD files",
// found in the dev texts): after a number they are money only before the
// end of a clause or a function word ("55 CAD or more", "500 AMD a month").
var acronymCodes = map[string]bool{"AMD": true, "CAD": true}

// acronymCodeAt reports a code of acronymCodes at j that is not money:
// neither a clause end nor a function word follows it.
func (p *parser) acronymCodeAt(j int) bool {
	return acronymCodes[toUpperASCII(p.raw(j))] && !p.clauseEndAt(j+1) && !(p.w(j+1) != nil && p.w(j+1).fn)
}

var ruleDegreeOtherScale = newRule("degree-other-scale")

var ruleKelvinBeside = newRule("kelvin-beside-temperature")

// kelvinBeside reports a number in the brackets or list that follow a
// temperature read just before it ("300 °C (572 °F, 573.15K)", "-196 °C
// (77K)"): a glued K there is kelvin.
func (p *parser) kelvinBeside(c *cand) bool {
	if len(p.out) == 0 {
		return false
	}
	last := &p.out[len(p.out)-1]
	if last.Unit != "celsius" && last.Unit != "fahrenheit" {
		return false
	}
	k := c.st - 1
	if k < 0 || !(p.is(k, "(") || p.is(k, ",")) || p.toks[k].s < last.End || strings.TrimSpace(p.text[last.End:p.toks[k].s]) != "" {
		return false
	}
	if p.is(k, "(") {
		return true
	}
	// "(572 °F, 573.15K)": the temperature before the comma opens brackets
	for m := k - 1; m >= 0 && p.toks[m].s >= last.Start; m-- {
		if p.toks[m].s == last.Start {
			return p.is(m-1, "(")
		}
	}
	return false
}

// otherScaleInBrackets reads a temperature in the other scale in brackets
// at j after bare degrees ("40 degrees (104 Fahrenheit)", "40 degrees
// (104F)", "104 degrees (40 C)") and returns the scale of the degrees
// before it: Celsius beside Fahrenheit and the reverse; "" when none.
func (p *parser) otherScaleInBrackets(j int) string {
	if !p.is(j, "(") || !p.isNumAt(j+1) {
		return ""
	}
	k := j + 2
	if p.is(k, "°") || degreeWords[p.key(k)] {
		k++
	}
	other := degreeScales[p.raw(k)]
	if other == "" && len(p.raw(k)) > 1 {
		other = degreeScales[p.key(k)]
	}
	switch other {
	case "fahrenheit":
		return "celsius"
	case "celsius":
		return "fahrenheit"
	}
	return ""
}

// scaleNamedAfter reads "on the Celsius scale" ("on the Fahrenheit
// scale", "on the Kelvin scale") at j after degrees, and returns the scale.
func (p *parser) scaleNamedAfter(j int) string {
	if p.key(j) != "on" || p.key(j+1) != "the" || !strings.EqualFold(p.raw(j+3), "scale") {
		return ""
	}
	return degreeScales[strings.ToLower(p.raw(j+2))]
}

var ruleInchMark = newRule("inch-mark")

// inchNouns after a number and an inch mark make it inches ("a 13\" laptop",
// "10\" long"): a size or the thing measured; elsewhere the mark may close
// a quotation ("\"I paid 10\" he said").
var inchNouns = lexicon.WordSet(`long wide tall high deep thick across diagonal screen screens display
displays monitor monitors tv tvs television laptop laptops notebook tablet tablets ipad macbook
macbookpro pizza pipe wheels wheel rims rim subwoofer woofer speaker blade barrel`)

// inchMarkAfter: an inch mark after the number, glued or spaced ("13\"",
// "27″", "10 \""), before a word of inchNouns (rule inch-mark).
func (p *parser) inchMarkAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || j+1 >= len(p.toks) {
		return false
	}
	r := p.raw(j)
	if r != "\"" && r != "″" && r != "”" {
		return false
	}
	if r == "\"" && p.adj(j) && !c.words && !p.quoteOpenBefore(c.st) && (p.toks[j+1].k == tWord || p.toks[j+1].k == tPunct && clauseEnds[p.raw(j+1)]) {
		// a straight double quote glued to a number, with no quotation
		// opened before it in the sentence, is an inch mark (rule
		// inch-mark): "monitors over 24\" and", "a 3\" tall pot", "27\"
		// or larger"; "he said \"99.9\" percent" closes a quotation
		c.setUnit("inch", j+1)
		c.unitRule = ruleInchMark
		return true
	}
	if r == "″" && p.adj(j) && !p.arcSecondsAt(c, j) {
		// a double prime glued to the number is no quotation mark: "14″
		// and 15″ laptops", "6″ to 8″", "a 10″ x 8″ print", "15'9″"
		c.setUnit("inch", j+1)
		c.unitRule = ruleInchMark
		return true
	}
	if !inchNouns[strings.ToLower(p.raw(j+1))] || p.toks[j+1].k != tWord {
		return false
	}
	c.setUnit("inch", j+1)
	c.unitRule = ruleInchMark
	return true
}

// gramSpacedAfter: a spaced "g" is grams before "of", a nutrient or a
// closing bracket, or after a number over 12 (rule gram-letter): "400 g of
// fruit", "11 g protein", "(serving size 125 g)", recipes' "1200 g whole
// chicken", "125 g, chopped" (web-dev-5; trafilatura recipe pages); else
// "pulled 9 g" may be a g-force.
func (p *parser) gramSpacedAfter(c *cand, j int) bool {
	if p.raw(j) != "g" || p.adj(j) || c.currency || c.unit != "" {
		return false
	}
	if k := p.key(j + 1); !(k == "of" || nutrientWords[toLowerASCII(p.raw(j+1))] || p.is(j+1, ")") || c.v > 12 || c.v != math.Trunc(c.v)) {
		return false // over 12 (or a fraction), as gramsAfter reads a glued "g": "1200 g whole chicken", "125 g, chopped", "300 g Mehl"
	}
	c.setUnit("g", j+1)
	c.unitRule = ruleGramLetter
	return true
}

// compassLetters after a coordinate ("51°30′N").
var compassLetters = lexicon.WordSet(`N S E W`)

// arcSecondsAt reports a double prime at j that marks seconds of arc or
// time, not inches: after a prime or a degree sign ("40°26′46″N"), or
// before a compass letter ("46″N").
func (p *parser) arcSecondsAt(c *cand, j int) bool {
	if b := p.raw(c.st - 1); (b == "′" || b == "°") && p.adj(c.st) {
		return true
	}
	return compassLetters[p.raw(j+1)] && p.adj(j+1)
}

// temperatureWords make a spaced letter C or F after a number a
// temperature ("highs of 40 C", "it's 30 C outside", "95 F in the shade"),
// and of heating and cooking (the suites' "set the thermostat to 85°";
// recipes: "preheat the oven to 200 c", "bake at 180 C").
var temperatureWords = lexicon.WordSet(`temperature temperatures temp temps heat heatwave hot hotter
hottest warm warmer warmest warming cold colder coldest cool cooler chilly freezing frost thermometer
thermometers mercury highs lows celsius fahrenheit outside outdoors shade weather forecast degrees
chill chills windchill thermostat thermostats oven ovens preheat preheated bake baked baking`)

// temperatureTimes after "the 35C" keep it a temperature: "the 35C day".
var temperatureTimes = lexicon.WordSet(`day days night nights afternoon afternoons morning mornings evening
summer winter spring autumn weekend week mark peak high highs low lows record readings reading`)

// temperatureSpaced reports a spaced letter C or F at j after the number c
// that is a temperature: the other scale in brackets after it ("40 C (104
// F)", "104 F (40 C)"), or a word of temperatureWords in the sentence.
func (p *parser) temperatureSpaced(c *cand, j int) bool {
	if _, ok := labelWords[p.key(c.st-1)]; ok {
		return false // "section 5 C", "grade 3 F"
	}
	if c.yearLike || p.is(j+1, ".") && p.adj(j+1) && p.adj(j+2) && j+2 < len(p.toks) && p.toks[j+2].k == tWord {
		return false // "the March 2021 C.P.I. forecast": an initialism
	}
	other := "F"
	if p.raw(j) == "F" {
		other = "C"
	}
	if p.is(j+1, "(") && p.isNumAt(j+2) && (p.raw(j+3) == other || p.is(j+3, "°")) || p.is(c.st-1, "(") && (p.raw(c.st-2) == other || p.raw(c.st-2) == "°") {
		return true
	}
	return p.conversionScaleAt(j+1) || p.temperatureSentence()
}

// conversionWords join a temperature to the scale it is converted to.
var conversionWords = lexicon.WordSet(`to in into`)

// conversionScaleAt reports "to", "in" or "into" at k and a temperature
// scale after it, with or without "degrees": a conversion, whose amount
// is a temperature ("what is 12 c in fahrenheit", "convert 98.6 F to C";
// the suites' "convert 10 celsius to fahrenheit", "convert 106 degree
// fahrenheit to degrees celsius").
func (p *parser) conversionScaleAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].k != tWord || !lowerIn(conversionWords, p.raw(k)) {
		return false
	}
	if w := p.w(k + 1); w != nil && w.unit == "degree" {
		k++
	}
	return p.degreeScaleAt(k+1) != "" && p.toks[k+1].k == tWord && !(k+2 < len(p.toks) && p.adj(k+2) && p.is(k+2, "."))
}

// belowZero reads "below zero" after a temperature or a bare number (rule
// below-zero): "2 degrees below zero" is -2 degrees, "15 below zero" -15
// degrees, "10C below zero" -10 celsius; "below" alone too in a sentence
// about the weather ("dropped to 5 below overnight").
func (p *parser) belowZero(c *cand) {
	if c.v <= 0 || c.qual != "" || c.currency || p.key(c.en) != "below" {
		return
	}
	end := c.en + 2
	if p.key(c.en+1) != "zero" {
		// "below" alone in a sentence about the weather, before a clause
		// end or a time: "temperatures dropped to 5 below overnight",
		// "wind chills of 20 below" ("5 below the target" is no degrees)
		if !(p.clauseEndAt(c.en+1) || lowerIn(belowTimes, p.raw(c.en+1))) || !p.temperatureSentence() {
			return
		}
		end = c.en + 1
	}
	switch {
	case c.unit == "":
		c.unit, c.hasUnit = "degree", true
	case !temperatureUnits[c.unit]:
		return
	}
	c.v = -c.v
	c.en = end
	c.unitRule = ruleBelowZero
}

// belowTimes after "N below" end it as a temperature ("5 below overnight").
var belowTimes = lexicon.WordSet(`overnight tonight today tomorrow yesterday on in at by during and with this last
next early late before after`)

// spacedMinusLead are the words after which a spaced minus before a
// temperature is its sign, not a dash between clauses: "fell to - 20
// degrees fahrenheit", "lows of - 5 °C", "it was - 12 degrees" (the
// spaced tokens of tokenised text; "a mild day - 20 degrees by noon"
// keeps its dash).
var spacedMinusLead = lexicon.WordSet(`to of at from and between or is was were be been reach reached reaches
hit hits read reads around about near nearly approximately roughly below under as`)

// spacedMinus reads a minus spaced from a temperature after a word of
// spacedMinusLead as its sign (rule spaced-minus-temperature).
func (p *parser) spacedMinus(c *cand) {
	j := c.st - 1
	if c.v <= 0 || c.qual != "" || c.currency || j-1 < p.floor || !(p.is(j, "-") || p.is(j, "−")) || !p.toks[j].sp || !p.toks[c.st].sp {
		return
	}
	if !temperatureUnits[c.unit] {
		return
	}
	if p.toks[j-1].k != tWord || !lowerIn(spacedMinusLead, p.raw(j-1)) {
		return
	}
	c.v = -c.v
	c.st = j
	c.unitRule = ruleSpacedMinusTemperature
}

// unitsBeforeMaxLen is the length of the longest word of
// lexicon.UnitsBefore (a longer word is none).
var unitsBeforeMaxLen = func() int {
	n := 0
	for k := range lexicon.UnitsBefore {
		n = max(n, len(k))
	}
	return n
}()

// unitBefore reads a unit written before its number (rule unit-before,
// lexicon.UnitsBefore): "Mach 2", "cruises at Mach 0.85".
func (p *parser) unitBefore(c *cand) {
	j := c.st - 1
	if c.unit != "" || c.currency || c.words || j < p.floor || p.toks[j].k != tWord || !p.toks[c.st].sp {
		return
	}
	if raw := p.raw(j); len(raw) <= unitsBeforeMaxLen && lowerIn(lexicon.UnitsBefore, raw) != "" {
		u := lowerIn(lexicon.UnitsBefore, raw)
		c.unit, c.hasUnit = u, true
		c.st = j
		c.unitRule = ruleUnitBefore
	}
}

// highLowWords name a day's extreme temperature; highLowLinks may stand
// between it and the number ("highs near 100", "a low of 28", "lows in
// the 20s" is temperature-decade).
var highLowWords = lexicon.WordSet(`high highs low lows`)
var highLowLinks = lexicon.WordSet(`of near around about to at`)

// highLowTemperature reads a bare number after a day's high or low in a
// sentence about the weather as degrees (rule high-low-temperature):
// "highs near 100 are forecast", "a low of 28 and light snow" when a word
// of temperatureWords is in the sentence ("highs", "lows" are; a share
// price's "high of 93" is not).
func (p *parser) highLowTemperature(c *cand) {
	if c.unit != "" || c.currency || c.words || c.scaled || c.qual == claims.Vague || c.v < -80 || c.v > 130 || p.toks[c.valSt].sep {
		return
	}
	if p.isHyphen(c.en) && p.adj(c.en) && p.isNumAt(c.en+1) && p.adj(c.en+1) {
		return // the first end of a range with its unit after: "highs of 28-31C" (range-after)
	}
	j := c.st - 1
	if j < 0 || p.toks[j].k != tWord {
		return
	}
	if lowerIn(highLowLinks, p.raw(j)) {
		j--
	}
	if j < 0 || !lowerIn(highLowWords, p.raw(j)) || !p.temperatureSentence() {
		return
	}
	c.unit, c.hasUnit = "degree", true
	c.unitRule = ruleHighLowTemperature
}

// minusTemperature reads a negative bare number in a sentence about the
// weather as degrees (rule minus-temperature): "the thermometer read
// minus 40", "overnight lows of -5 are forecast".
func (p *parser) minusTemperature(c *cand) {
	if c.v < 0 && c.unit == "" && !c.currency && c.qual == "" && p.temperatureSentence() {
		c.unit, c.hasUnit = "degree", true
		c.unitRule = ruleMinusTemperature
		if u := p.scaleOfSentence(c.st); u != "" {
			// the scale another temperature of the sentence names (rule
			// degree-sentence-scale): "The mercury plunged to -27°F in
			// Minneapolis, with wind chills near -45" (web-dev-9), "a low
			// of minus 18 degrees Fahrenheit, with wind chills near minus
			// 40" (web-dev-11)
			c.unit, c.unitRule = u, ruleDegreeSentenceScale
		}
	}
}

// temperatureSentence reports a word of temperatureWords in the sentence.
func (p *parser) temperatureSentence() bool {
	for k := range p.toks {
		if p.toks[k].k == tWord && temperatureWords[strings.ToLower(p.raw(k))] {
			return true
		}
	}
	return false
}

// weatherSentence reports a word of temperatureWords in the sentence
// other than "degree(s)" itself: "temperatures were 10 to 12 degrees above
// average", "the climate has warmed by about 1 degree"; not "turned 180
// degrees".
func (p *parser) weatherSentence() bool {
	for k := range p.toks {
		if w := strings.ToLower(p.raw(k)); p.toks[k].k == tWord && w != "degrees" && w != "degree" && (temperatureWords[w] || warmingVerbs[w]) {
			return true
		}
	}
	return false
}

// warmingVerbs say that a climate or a sea grew warmer or colder.
var warmingVerbs = lexicon.WordSet(`warmed warms cooled cools heated`)

// dataRateWords in a sentence make "bps" bits a second, not basis points.
var dataRateWords = lexicon.WordSet(`modem modems baud bandwidth broadband connection connections download
downloads upload uploads link links transmission throughput internet network networks
serial ethernet wifi wi-fi dial-up bitrate bit bits`)

// dataRateSentence reports a word of dataRateWords in the sentence.
func (p *parser) dataRateSentence() bool {
	for k := range p.toks {
		if p.toks[k].k == tWord && dataRateWords[strings.ToLower(p.raw(k))] {
			return true
		}
	}
	return false
}

// notTemperatureAfter are words after "13F", "777F" that make the letter
// part of a name: a form, a model.
var notTemperatureAfter = map[string]bool{
	"filing": true, "filings": true, "form": true, "forms": true, "report": true, "reports": true,
	"freighter": true, "freighters": true, "model": true, "models": true, "jet": true, "jets": true,
	"aircraft": true, "plane": true, "planes": true, "visa": true, "visas": true,
}

// falseTemperature reports a letter C or F glued to a number that is no
// temperature: followed by "/" or a form or model noun ("13F filing",
// "14.7C/"), or after a capitalised name ("Boeing 777F").
func (p *parser) falseTemperature(c *cand, j int) bool {
	if p.is(j+1, "/") && p.adj(j+1) {
		return true
	}
	if w := p.w(j + 1); w != nil && notTemperatureAfter[w.key] || notTemperatureAfter[strings.ToLower(p.raw(j+1))] {
		return true
	}
	k := j + 1
	for k < j+3 && lowerIn(filingAuxiliaries, p.raw(k)) {
		k++
	}
	if k > j+1 && lowerIn(filingVerbs, p.raw(k)) {
		return true // "When must 13F be filed?", "the 13F was filed late"
	}
	b := c.st - 1
	if b >= 0 && p.toks[b].k == tWord && isUpperStart(p.raw(b)) && b > 0 {
		if w := p.w(b); w == nil || !w.fn && w.month == 0 {
			return true
		}
	}
	if p.is(b, "%") && p.adj(c.st) {
		return true // "%2F": a URL's escape
	}
	if next := p.raw(j + 1); len(next) >= 2 && isUpperWord(next) {
		return true // "the 5C NFC": a model before another name
	}
	if b >= 0 && lowerIn(modelDeterminers, p.raw(b)) && !temperatureWords[strings.ToLower(p.raw(j+1))] && !temperatureTimes[strings.ToLower(p.raw(j+1))] {
		// "the 100F actually absorbs bumps", "see the 2C at Amazon", "in
		// a 13F", "its 13F shows": a model or form named by the article;
		// "the 40C heat", "the 35C day", "a 40F night" stay temperatures
		return true
	}
	return false
}

// modelDeterminers before a number glued to C or F name a model or form
// unless a temperature word follows (falseTemperature).
var modelDeterminers = lexicon.WordSet(`the a an its their his her our`)

// filingAuxiliaries and filingVerbs after a number glued to F or C make it
// a form that is filed (falseTemperature): "When must 13F be filed?", "the
// 13F was filed on Friday", "its 13F is due in May".
var (
	filingAuxiliaries = lexicon.WordSet(`be is was were been being are must`)
	filingVerbs       = lexicon.WordSet(`filed file submitted due amended disclosed`)
)

// ruleLetterName: a number glued to C or F that is no temperature by
// falseTemperature, and not a rate ("14.7C/share"), is the name of a form
// or model, no claim (kind rule letter-name): "13F filings", "When must
// 13F be filed?", "a Boeing 777F".
var ruleLetterName = newRule("letter-name-code")

// letterName marks c, a number glued to the letter at j, as a name.
func (p *parser) letterName(c *cand, j int) {
	if p.is(j+1, "/") && p.adj(j+1) {
		return
	}
	c.en = j + 1
	special(c, claims.KindIdentifier)
	c.unitRule = ruleLetterName // (named by its kind rule)
}

// rateUnits are the rates written out as "<unit> per <unit>": "90 miles
// per gallon", "38 kilometers per liter", "60 frames per second".
var rateUnits = map[[2]string]string{
	{"mile", "hour"}: "mph", {"mile", "gallon"}: "mpg", {"km", "hour"}: "km/h", {"km", "litre"}: "km/l",
	{"m", "second"}: "m/s", {"foot", "second"}: "ft/s", {"frame", "second"}: "fps",
	{"km", "hr"}: "km/h", {"mile", "hr"}: "mph", {"barrel", "day"}: "barrel/day", {"boe", "day"}: "boe/day", {"bit", "second"}: "bps", {"kbit", "second"}: "Kbps", {"Mbit", "second"}: "Mbps", {"Gbit", "second"}: "Gbps", {"beat", "minute"}: "bpm",
}

// slashAbbrevs are rates abbreviated as two letters around a slash whose
// letters are no units alone: "450,000 b/d" of oil (barrels a day).
var slashAbbrevs = map[[2]string]string{
	{"b", "d"}: "barrel/day", {"bbl", "d"}: "barrel/day", {"bbl", "day"}: "barrel/day", {"boe", "d"}: "boe/day",
	{"gt", "s"}: "GT/s", {"mt", "s"}: "MT/s", // transfers: "PCIe 5.0 at 32 GT/s", "6,400MT/s"
	// an electric car's efficiency is miles (or km) per kWh, never metres:
	// "3.0 m/kWh for electric vehicles", "4 mi/kWh", "6.5 km/kWh"
	{"m", "kwh"}: "mile/kWh", {"mi", "kwh"}: "mile/kWh",
}

// rateNumerators are the nouns, no units alone, that begin a rate unit
// written out ("60 frames per second", "60 beats per minute").
var rateNumerators = map[string]string{"frame": "frame", "frames": "frame", "beat": "beat", "beats": "beat"}

// hyphenedFirst are the first words, and the first words joined by
// hyphens, of the unit spellings written with hyphens ("lb" of "lb-ft",
// "newton" of "newton-metres"; "barrels", "barrels-of" and
// "barrels-of-oil" of "barrels-of-oil-equivalent").
var hyphenedFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range measures {
		for i := strings.IndexByte(k, '-'); i > 0; {
			m[k[:i]] = true
			n := strings.IndexByte(k[i+1:], '-')
			if n < 0 {
				break
			}
			i += 1 + n
		}
	}
	return m
}()

// compoundUnit reads a unit of several words at token j: a rate ("miles
// per gallon", "frames per second") or "light-years". It returns the unit
// and the token after it, or "".
func (p *parser) compoundUnit(j int) (string, int) {
	if u, en := p.hyphenedUnit(j); u != "" {
		return u, en
	}
	if en := p.mmHgEnd(j); en > j+1 {
		return "mmHg", en // "80 mm Hg"
	}
	k := strings.ToLower(p.raw(j)) // (unlisted words have no key)
	if p.is(j+1, "/") && p.adj(j+1) && p.adj(j+2) && j+2 < len(p.toks) && p.toks[j+2].k == tWord {
		if u := slashAbbrevs[[2]string{k, strings.ToLower(p.raw(j + 2))}]; u != "" {
			return u, j + 3
		}
	}
	if p.key(j+1) != "per" {
		return "", 0
	}
	num := ""
	if w := p.w(j); w != nil && w.unit != "" {
		num = w.unit
	} else if n := rateNumerators[k]; n != "" {
		num = n
	}
	den := p.key(j + 2)
	if den == "liter" || den == "liters" {
		den = "litre"
	} else if w := p.w(j + 2); w != nil && w.unit != "" {
		den = w.unit
	} else if w != nil && w.tunit != "" {
		den = w.tunit
	}
	if u := rateUnits[[2]string{num, den}]; num != "" && u != "" {
		return u, j + 3
	}
	return "", 0
}

// hyphenedUnit reads at token j a unit the table spells with hyphens,
// written so or spaced: "442 lb-ft", "295 lb ft", "400 newton-metres",
// "300 kilowatt hours", "5 metric tons", "2.7 million barrels of oil
// equivalent", "4.2 light-years" (rule hyphened-unit: rows of
// lexicon/units.go); also a rate's denominator: "£138 per megawatt hour",
// "4 miles per kilowatt hour", "$650 per metric ton". The longest
// spelling wins. It returns the unit and the token after it, or "".
func (p *parser) hyphenedUnit(j int) (string, int) {
	var buf [48]byte
	key := appendLower(buf[:0], p.raw(j)) // (unlisted words have no key)
	if !hyphenedFirst[string(key)] {
		return "", 0
	}
	u, en := "", 0
	for n := j; n+1 < len(p.toks) && hyphenedFirst[string(key)]; {
		switch {
		case p.isHyphen(n+1) && p.adj(n+1) && p.adj(n+2) && n+2 < len(p.toks) && p.toks[n+2].k == tWord:
			n += 2
		case p.toks[n+1].k == tWord && !p.adj(n+1):
			n++
		default:
			return u, en
		}
		key = appendLower(append(key, '-'), p.raw(n))
		if m := measures[string(key)]; m != "" {
			u, en = m, n+1
		}
	}
	return u, en
}

// appendLower appends s in ASCII lower case to b.
func appendLower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	lowerASCII(b[n:])
	return b
}

// hyphenedUnitAt gives c the unit of several words at token j
// (hyphenedUnit) and reports whether there is one.
func (p *parser) hyphenedUnitAt(c *cand, j int) bool {
	u, en := p.hyphenedUnit(j)
	if u == "" {
		return false
	}
	c.setUnit(u, en)
	c.unitRule = ruleHyphenedUnit
	return true
}

var ruleHyphenedUnit = newRule("hyphened-unit")

// nationBetween reports a nationality or the United States in s.
func nationBetween(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '.') }) {
		if currencyAdjectives[strings.Trim(w, ".")] != "" || w == "u.s." {
			return true
		}
	}
	return false
}

// usPrefix returns how many tokens from j spell the United States before a
// currency word ("United States", "U.S.", "US"), or 0.
func (p *parser) usPrefix(j int) int {
	switch {
	case p.raw(j) == "United" && p.raw(j+1) == "States":
		return 2
	case p.raw(j) == "US":
		return 1
	case p.raw(j) == "U" && p.is(j+1, ".") && p.raw(j+2) == "S" && p.is(j+3, ".") && p.adj(j+1) && p.adj(j+2) && p.adj(j+3):
		return 4
	case p.raw(j) == "u" && p.is(j+1, ".") && p.raw(j+2) == "s" && p.is(j+3, ".") &&
		(p.adj(j+1) && p.adj(j+2) && p.adj(j+3) || !p.adj(j+1) && !p.adj(j+2) && !p.adj(j+3)):
		// lower-cased, glued or spaced as word-tokenised text writes it
		// (the suites' "a u . s . judge"): "500 million u . s . dollars",
		// "u.s. dollars" (the callers read dollars or a currency after it)
		return 4
	}
	return 0
}

// currencyWordAfter reads "5 dollars", "20 million euros", "3 Canadian
// dollars", "50 cents", "200 pounds".
func (p *parser) currencyWordAfter(c *cand, j int) {
	w := p.w(j)
	code := w.curr
	en := j + 1
	if pc := lexicon.CurrencyPhrases[[2]string{w.key, p.key(j + 1)}]; pc != "" {
		// "Deutsche marks", "Dutch guilders", "Egyptian pounds"
		c.unit, c.hasUnit, c.currency, c.en = pc, true, true, j+2
		if nw := p.w(j + 2); nw != nil && nw.curr != "" {
			c.en = j + 3 // "Sri Lankan rupees", "East Caribbean dollars"
		}
		c.unitRule = ruleCurrencyPhrase
		c.bareName = lexicon.SharedPhrases[[2]string{w.key, p.key(j + 1)}] // "CFA francs": the article decides XOF or XAF
		return
	}
	if w.curr == "" {
		code = currencyAdjectives[w.key]
		en = j + 2
		if p.key(j) == "us" && p.raw(j) != "US" && p.key(j+1) != "dollar" && p.key(j+1) != "dollars" {
			return
		}
		nw := p.w(j + 1)
		if f := lexicon.SharedNameWords[nw.key]; f != "" && slices.Contains(lexicon.SharedNames[f].Members, code) {
			// "Pakistani rupees", "Ugandan shillings": the adjective names the member
		} else if !adjectiveNames[nw.key] {
			code = nw.curr
			if w.key == "african" && (nw.key == "rand") {
				code = "ZAR"
			}
		}
	}
	if (dollarWords[w.key] || centWords[w.key]) && code == "USD" && w.curr != "" {
		c.bareDollar = true
		c.bareCents = centWords[w.key]
	}
	if w.curr != "" && code == w.curr {
		c.bareName = lexicon.SharedNameWords[w.key] // "500 rupees", not "500 Pakistani rupees"
	}
	if dollarWords[w.key] && code == "USD" {
		// bare "dollars" after another country's dollars in the sentence:
		// "from 10 Canadian dollars in 2008 to 30 dollars by 2012"
		for k := len(p.out) - 1; k >= 0; k-- {
			if nationBetween(p.text[p.out[k].End:p.toks[c.st].s]) {
				break // another country: "earns 50,000 Canadian dollars, while his American colleague earns 70,000 dollars"
			}
			u := lexicon.UnitNumerator(p.out[k].Unit) // "10 Canadian dollars per ton": CAD
			if u != "USD" && lexicon.IsDollar(u) && writtenAsDollar(p.text[p.out[k].Start:p.out[k].End]) {
				code = u
				break
			} else if u == "USD" {
				break
			}
		}
	}
	switch w.key {
	case "pound", "pounds":
		if p.key(en) == "sterling" {
			en++
		} else if !c.scaled && !p.subunitAfter(en, "GBP") && !p.poundsAsMoney(c) {
			code = "lb" // a weight, unless millions of pounds or money around
		}
	}
	if sub, ok := lexicon.CurrencySubunits[w.key]; ok {
		// "19 cents", "470 pence": a fraction of the unit
		if p.key(c.en-1) == "per" {
			return
		}
		c.v /= sub.Per
		c.unitRule = ruleCurrencySubunit
	}
	c.unit = code
	c.hasUnit = true
	c.currency = code != "lb"
	c.en = en
	if c.currency {
		p.compoundAmount(c)
	} else {
		p.compoundMeasure(c) // a weight in pounds and ounces: "weighed 7 pounds 8 ounces"
	}
}

// compoundMeasures are a unit and the smaller unit that may follow it in
// one measure ("5 feet 2 inches", "8 pounds 3 ounces"), with how many of
// the smaller make one of the larger.
var compoundMeasures = map[string]struct {
	sub string
	per float64
}{
	"foot": {"inch", 12}, "lb": {"oz", 16}, "m": {"cm", 100}, "mile": {"yard", 1760}, "stone": {"lb", 14},
}

// compoundDuration reads a time written in several glued units (rule
// compound-duration), as sports pages write race, lap and stage times:
// "won the 400m freestyle in 3min 57.49sec", "a lap of 1min 29.708sec",
// "won the stage by 1min 24sec", "the record stands at 2hr 0min 35sec"
// (dev5: swimming, Formula One, cycling, athletics). The time is measured,
// a claim, in seconds; spaced words ("2 hours 15 minutes") are left alone.
// j is the unit token of the first part.
func (p *parser) compoundDuration(c *cand, j int) bool {
	big, ok := durationSeconds[c.unit]
	if !ok || big == 1 || c.qual != "" || c.words || !p.adj(j) || c.v != math.Trunc(c.v) {
		return false
	}
	total, last, k := c.v*big, big, j+1
	for k+1 < len(p.toks) && p.toks[k].k == tNum && p.toks[k].sp && !p.toks[k].sep && p.adj(k+1) {
		w := p.w(k + 1)
		if w == nil || p.toks[k+1].k != tWord {
			break
		}
		sec, ok := durationSeconds[w.tunit]
		if !ok || sec >= last || p.toks[k].v >= last/sec {
			break
		}
		total += p.toks[k].v * sec
		last, k = sec, k+2
	}
	if last == big {
		return false
	}
	c.v, c.unit, c.kind = total, "second", claims.KindClaim
	c.en, c.valEn = k, k
	c.unitRule = ruleCompoundDuration
	return true
}

var ruleCompoundDuration = newRule("compound-duration")

// durationSeconds are the seconds in the units of a compound time.
var durationSeconds = map[string]float64{"hour": 3600, "minute": 60, "second": 1}

// compoundMeasure reads the smaller unit after a measure (rule
// compound-measure): "5 feet 2 inches" is 5 + 2/12 foot, "5 feet and 2
// inches" and "6 pounds, 4 ounces" too.
func (p *parser) compoundMeasure(c *cand) {
	cm, ok := compoundMeasures[c.unit]
	if !ok {
		return
	}
	k := c.en
	if c.unit == "foot" && p.isHyphen(k) && p.adj(k) && p.adj(k+1) && p.isNumAt(k+1) && !p.toks[k+1].dec && p.toks[k+1].v < 12 && p.isHyphen(k-2) {
		// a height as an adjective, the inches bare or named: "the
		// 6-foot-5 forward", "a 5-foot-10 guard", "a 6-foot-5-inch man"
		en := k + 2
		if p.isHyphen(en) && p.adj(en) && p.adj(en+1) && p.w(en+1) != nil && p.w(en+1).unit == "inch" {
			en += 2
		} else if en < len(p.toks) && p.adj(en) {
			return
		}
		c.v += p.toks[k+1].v / 12
		c.en = en
		c.valEn = c.en
		c.unitRule = ruleCompoundMeasure
		return
	}
	if c.unit == "foot" && p.bareInchesAt(c, k) {
		// a height with the inches left unsaid: "6ft 2", "the 5ft 11
		// guard", "five foot four" (rule compound-measure)
		v := p.toks[k].v
		if p.toks[k].k == tWord {
			v = Cardinals[p.key(k)]
		}
		c.v += v / 12
		c.en = k + 1
		c.valEn = c.en
		c.unitRule = ruleCompoundMeasure
		return
	}
	if p.key(k) == "and" || p.is(k, ",") {
		k++ // "5 feet and 2 inches", "weighed 6 pounds, 4 ounces"
	}
	if k >= len(p.toks) || p.toks[k].k != tNum || p.toks[k].sep {
		return
	}
	v := p.toks[k].v
	w := p.w(k + 1)
	if w == nil || w.unit != cm.sub || v >= cm.per {
		return
	}
	c.v += v / cm.per
	c.en = k + 2
	c.valEn = c.en
	c.unitRule = ruleCompoundMeasure
}

// bareInchesAt reports the inches of a height left unsaid at k after a
// whole number of feet up to eight written "ft" or "foot" (not "feet":
// "6 feet 2 metres"): a whole number below 12 in digits or one word,
// spaced, not followed by a unit, a scale, a number or a hyphen.
func (p *parser) bareInchesAt(c *cand, k int) bool {
	if c.v != float64(int(c.v)) || c.v < 3 || c.v > 8 || k >= len(p.toks) || k-1 < 0 || p.adj(k) {
		return false
	}
	if u := strings.ToLower(p.raw(k - 1)); u != "ft" && u != "foot" {
		return false
	}
	t := &p.toks[k]
	switch {
	case t.k == tNum && !t.dec && !t.sep && t.v < 12:
	case t.k == tWord && Cardinals[p.key(k)] > 0 && Cardinals[p.key(k)] < 12:
	default:
		return false
	}
	if k+1 < len(p.toks) {
		if p.adj(k+1) && !p.clauseEndAt(k+1) || p.isHyphen(k+1) || p.toks[k+1].k == tNum || p.is(k+1, "%") {
			return false
		}
		if w := p.w(k + 1); w != nil && (w.unit != "" || w.tunit != "" || w.curr != "" || w.scale > 0 || w.isCard || w.key == "times") {
			return false
		}
	}
	return true
}

// subunitAfter reports "[and] N <subunit of code>" at k ("5 pounds 20 pence").
func (p *parser) subunitAfter(k int, code string) bool {
	if p.key(k) == "and" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].k != tNum {
		return false
	}
	sub, ok := lexicon.CurrencySubunits[p.key(k+1)]
	return ok && sub.Code == code
}

// compoundAmount reads the subunits after an amount in units (rule
// compound-amount): "3 dollars 50 cents", "thirteen dollars and forty-five
// cents", "5 pounds 20 pence", "£3 and 20p"; and the subunits left unsaid
// (rule implied-subunit, see impliedSubunit): "15 dollars and 50", "17
// USD 25".
func (p *parser) compoundAmount(c *cand) {
	k := c.en
	and := p.key(k) == "and"
	if and {
		k++
	}
	var v float64
	en := 0
	switch {
	case k < len(p.toks) && p.toks[k].k == tNum && !p.toks[k].dec:
		v, en = p.toks[k].v, k+1
	default:
		w, e, ord, ok := p.parseWords(k)
		if !ok || ord {
			return
		}
		v, en = w, e
	}
	sub, ok := lexicon.CurrencySubunits[p.key(en)]
	if !ok && p.raw(en) == "p" && p.adj(en) && p.toks[k].k == tNum {
		sub, ok = lexicon.Subunit{Code: "GBP", Per: 100}, true // "£3 and 20p"
	}
	if !ok {
		p.impliedSubunit(c, k, en, v, and)
		return
	}
	if sub.Code != c.unit && !(sub.Code == "USD" && centsOf(c.unit)) || v >= sub.Per {
		return
	}
	c.v += v / sub.Per
	c.en = en + 1
	c.valEn = c.en
	c.unitRule = ruleCompoundAmount
}

// moneyWords in a sentence make "pounds" money, not weight ("withdrew 100
// pounds from the ATM", "fined 500 pounds").
var moneyWords = map[string]bool{
	"paid": true, "pay": true, "pays": true, "paying": true, "cost": true, "costs": true, "price": true,
	"priced": true, "prices": true, "fine": true, "fined": true, "fines": true, "salary": true, "wage": true,
	"wages": true, "spent": true, "spend": true, "spends": true, "withdrew": true, "withdraw": true,
	"atm": true, "bank": true, "cash": true, "earn": true, "earned": true, "earns": true, "worth": true,
	"budget": true, "tax": true, "taxes": true, "charged": true, "charge": true, "fee": true, "fees": true,
	"bill": true, "rent": true, "sold": true, "bought": true, "buy": true, "sell": true, "donated": true,
	"raised": true, "owed": true, "owes": true, "debt": true, "loan": true, "ticket": true, "tickets": true,
	"compensation": true, "refund": true, "stake": true, "bet": true, "prize": true, "award": true, "awarded": true,
	"ransom": true, "bribe": true, "bonus": true, "pension": true, "benefit": true, "benefits": true,
}

// weightWords in a sentence make "pounds" a weight ("lost 20 pounds").
var weightWords = map[string]bool{
	"weigh": true, "weighs": true, "weighed": true, "weighing": true, "weight": true, "heavy": true,
	"heavier": true, "lighter": true, "lost": true, "gained": true, "lose": true, "gain": true, "body": true,
	"fish": true, "baby": true, "lift": true, "lifted": true, "bench": true, "overweight": true, "obese": true,
	// drugs seized are weighed, beside the cash seized with them:
	// "seized 3.2 pounds of methamphetamine and $8,700 in cash"
	// (web-dev-10), "40 pounds of cocaine and $20,000 in cash"
	"methamphetamine": true, "meth": true, "cocaine": true, "heroin": true, "fentanyl": true,
	"marijuana": true, "cannabis": true,
}

var ruleMarksMoney = newRule("marks-money")

// markWords are the Deutsche mark's bare names, also marks of exams.
var markWords = lexicon.WordSet(`mark marks`)

// marksMoneyAfter: "marks" after a number are Deutsche marks where the
// sentence names another currency (rule marks-money): the market tables
// and reports of the mark's years, "dollar : 143.80 yen , up 0 . 95 ; 1 .
// 8500 marks" (the suites), "the dollar rose to 1.8500 marks from 1.8415
// marks and to 143.80 yen", "a loan of 500 million marks ($270 million)"
// (written in that manner); "scored 95 marks", "full marks" stay no money.
// Millions or billions of marks are money with no other currency: "lent
// 300 mln marks to the firm" (the 1987 wire, ten Reuters documents); no
// exam gives a million marks.
func (p *parser) marksMoneyAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || c.share || c.yearLike || p.toks[j].k != tWord || !lowerIn(markWords, p.raw(j)) || !(c.scaled && c.v >= 1e6) && !p.otherCurrencyInSentence(j) {
		return false
	}
	if p.isNumAt(j+1) || lowerIn(modelDeterminers, p.raw(j+1)) {
		return false // a verb: "Euro 2024 marks 50 years", "100 days marks the start"
	}
	for i := range p.toks {
		if p.toks[i].k == tWord && lowerIn(examWords, p.raw(i)) {
			return false // "got 40 marks in the exam and won $500"
		}
	}
	c.setUnit("DEM", j+1)
	c.currency = true
	c.unitRule = ruleMarksMoney
	return true
}

// examWords speak of marks given for answers.
var examWords = lexicon.WordSet(`exam exams examination examinations test tests scored score scores marking
marked paper papers question questions student students pupil pupils grade grades subject subjects full`)

// otherCurrencyInSentence reports a currency named in the sentence other
// than at token j: a symbol, an ISO code in capitals or a currency word.
func (p *parser) otherCurrencyInSentence(j int) bool {
	for i := range p.toks {
		t := &p.toks[i]
		if i == j {
			continue
		}
		switch t.k {
		case tPunct:
			if lexicon.CurrencySymbols[p.raw(i)] != "" {
				return true
			}
		case tWord:
			if t.w != nil && (t.w.curr != "" && !lexicon.CurrencyCommonWords[t.w.key] || t.w.iso && isUpperWord(p.raw(i))) {
				return true
			}
		}
	}
	return false
}

// writtenAsDollar reports an amount written with a dollar sign or name:
// "10 Canadian dollars", "C$10", not "10 pesos" (whose sign is also "$":
// "I have 10 pesos and 20 dollars" holds US dollars).
func writtenAsDollar(s string) bool {
	if strings.IndexByte(s, '$') >= 0 {
		return true
	}
	for i := 0; i+6 <= len(s); i++ {
		if strings.EqualFold(s[i:i+6], "dollar") {
			return true
		}
	}
	for i := 0; i+3 <= len(s); i++ {
		if strings.EqualFold(s[i:i+3], "dlr") {
			return true // the wire's "N.Z. Dlrs"
		}
	}
	return false
}

// poundsAsMoney decides "pounds" after a number (rule pounds-money-or-weight):
// money when the sentence speaks of money and not of weight, or when the
// article's sentence holds another sterling amount.
func (p *parser) poundsAsMoney(c *cand) bool {
	money, weight := false, false
	for i := p.floor; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.k == tPunct && p.raw(i) == "£" {
			money = true
		}
		if t.k != tWord {
			continue
		}
		k := strings.ToLower(p.raw(i))
		money = money || moneyWords[k]
		weight = weight || weightWords[k]
	}
	if money && !weight {
		c.unitRule = rulePoundsMoneyOrWeight
		return true
	}
	return false
}

// lowerSpacedUnits are ambiguous abbreviations read spaced after a number
// when written in lower case: "176 hp" (not "20 HP printers"), "8 oz.
// water", "300,000 oz of gold" (not "Oz", Australia), "18.7 mi".
var lowerSpacedUnits = map[string]bool{"hp": true, "oz": true, "mi": true}

// unitContextAfter: an ambiguous symbol read spaced after a number when a
// word of its table follows: "24.2 MP images", "a 26 MP APS-C sensor"
// (not "400 MPs", "3 MP candidates").
var unitContextAfter = map[string]map[string]bool{
	"MP": lexicon.WordSet(`image images sensor sensors camera cameras photo photos picture pictures
full aps resolution main wide ultrawide ultra telephoto selfie front rear lens shooter stills`), // ("full-frame", "APS-C": their first word)
	// data sizes in lower case before what holds or moves them ("a 40 mb
	// hard drive", "16 gb of ram", "a 2 tb ssd"; the suites' "this file
	// is 100 MB" in capitals)
	"mb": dataSizeContext, "gb": dataSizeContext, "tb": dataSizeContext,
}

// unitContextAt reports a word of unitContextAfter after the ambiguous
// symbol at j, or "of" and one ("16 gb of ram").
func (p *parser) unitContextAt(j int) bool {
	ctx := unitContextAfter[p.raw(j)]
	if ctx == nil {
		return false
	}
	next := toLowerASCII(p.raw(j + 1))
	return ctx[next] || next == "of" && ctx[toLowerASCII(p.raw(j+2))]
}

var ruleMSpacedMetre = newRule("m-spaced-metre")

// metreVerbs measure a distance in metres ("he jumped 8.95 m").
var metreVerbs = lexicon.WordSet(`jumped jumps jump leapt leaped threw throws throw hurled vaulted cleared
swam swims sprinted dived dove climbed measured measures measuring stands stood`)

// spacedMetreAt reports a lower-case "m" spaced after the number c at j
// that is metres, not millions (rule m-spaced-metre): in a sentence that
// names no currency, beside another "N m" ("1 m 1 m", "the 50 m and
// 100 m pools"; the suites) or after a verb of athletics or measure ("he
// jumped 8.95 m", "the tower stands 330 m"); "profits were 3 m" stays a
// count.
func (p *parser) spacedMetreAt(c *cand, j int) bool {
	if p.otherCurrencyInSentence(-1) {
		return false
	}
	if p.isNumAt(j+1) && p.raw(j+2) == "m" && !p.adj(j+2) || j+2 < len(p.toks) && p.key(j+1) == "and" && p.isNumAt(j+2) && p.raw(j+3) == "m" {
		return true
	}
	if n := len(p.out); n > 0 && p.out[n-1].Unit == "m" && p.tokenStartingFrom(p.out[n-1].End) >= c.st-2 {
		return true
	}
	for k := c.st - 1; k >= 0 && k >= c.st-3; k-- {
		if p.toks[k].k == tWord && lowerIn(metreVerbs, p.raw(k)) {
			return true
		}
	}
	return false
}

// dataSizeContext after a lower-case "mb", "gb", "tb" make it a data size.
var dataSizeContext = lexicon.WordSet(`ram memory storage drive drives disk disks hard ssd ssds hdd file files data
download downloads upload uploads cache card cards flash usb stick cloud quota attachment attachments plan plans
video videos update updates patch space chip chips module modules`)

// ambiguousUnits are abbreviations that are also words: only units when
// glued to the number ("5mi").
var ambiguousUnits = func() map[string]bool {
	m := map[string]bool{}
	for k := range lexicon.AmbiguousUnits() {
		m[k] = true
	}
	return m
}()

// countedNouns after "N-point" make it a count ("a 10-point plan").
var countedNouns = map[string]bool{
	"plan": true, "program": true, "programme": true, "agenda": true, "list": true,
	"scale": true, "proposal": true, "strategy": true,
}

var ruleAllowanceTime = newRule("allowance-time")

// allowanceAdjectives stand between a number and its time unit when the
// time is an amount granted, spent or counted ("3 sick days", "16,000
// waking hours"), a claim as "10 days of vacation" is; work counted in
// hours: "saved over 360 labor hours a year" (web-dev-10), "200 volunteer
// hours", "1.2 million man hours".
var allowanceAdjectives = lexicon.WordSet(`sick personal waking working business vacation holiday leave paid unpaid
billable school training study overtime labor labour volunteer man`)

// durationAdjectives may stand between a number and its time unit.
var durationAdjectives = map[string]bool{"straight": true, "consecutive": true, "full": true, "more": true, "additional": true, "extra": true}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

var ruleDollarCodeAfter = newRule("dollar-code-after")

// dollarCodes are the ISO 4217 codes of the dollars that "$" writes.
var dollarCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, code := range lexicon.DollarPrefixes {
		m[code] = true
	}
	return m
}()

// dollarCodeAfter reads a dollar's ISO code written after a "$" amount
// (rule dollar-code-after): "$55 CAD or more" is Canadian dollars, "about
// $5 USD" US dollars, "$1,200 AUD per week" Australian ones; the code
// joins the mention and names its dollar.
func (p *parser) dollarCodeAfter(c *cand) {
	j := c.en
	if !c.bareDollar || c.unit != "USD" || j >= len(p.toks) || p.toks[j].k != tWord || !p.toks[j].sp {
		return
	}
	raw := p.raw(j)
	if code := dollarAdjectives[toLowerASCII(raw)]; code != "" && p.capitalised(j) && p.dollarAdjectiveEnds(j+1) {
		// the dollar's country adjective after the amount (rule
		// dollar-adjective-after): "about $7 Canadian", "between
		// $100-$160 Canadian/night", "just under $3000 Canadian"
		c.unit, c.bareDollar, c.en = code, false, j+1
		c.unitRule = ruleDollarAdjectiveAfter
		return
	}
	if !dollarCodes[raw] || !isUpperWord(raw) {
		return
	}
	c.unit, c.bareDollar, c.en = raw, false, j+1
	c.unitRule = ruleDollarCodeAfter
}

var ruleDollarAdjectiveAfter = newRule("dollar-adjective-after")

// dollarAdjectives name the dollar of a country after a "$" amount
// (dollarCodeAfter): "$7 Canadian", "$20 Australian", "$5 Singapore".
// ("US" is left out: "$5 US stocks" is a US thing priced in dollars.)
var dollarAdjectives = map[string]string{
	"canadian": "CAD", "australian": "AUD", "singapore": "SGD",
}

// dollarAdjectiveEnds reports whether the dollar adjective before token j
// ends the amount: punctuation, a rate's slash or "per", a conjunction or
// the end ("$7 Canadian)", "$160 Canadian/night", "$30 Canadian per
// person"), not a noun it qualifies ("a $5 Canadian company").
func (p *parser) dollarAdjectiveEnds(j int) bool {
	if j >= len(p.toks) || p.toks[j].k == tPunct {
		return true
	}
	return p.toks[j].k == tWord && lowerIn(dollarAdjectiveFollowers, p.raw(j))
}

// dollarAdjectiveFollowers may follow "$7 Canadian" with the adjective
// still naming the dollar.
var dollarAdjectiveFollowers = lexicon.WordSet(`per a an each every or and for at in on to from with`)

var ruleDegreeSentenceScale = newRule("degree-sentence-scale")

// scaleOfSentence returns the one temperature scale that the sentence of
// token j names after degrees elsewhere (rule degree-sentence-scale):
// "170 degrees Fahrenheit for white tea while green tea gets 180 degrees,
// the coffee setting is 205 degrees" are all Fahrenheit; "highs of 30°C
// and lows of 18 degrees" Celsius. Two scales named, or none, give none.
func (p *parser) scaleOfSentence(j int) string {
	st, en := p.sentenceAround(j)
	scale := ""
	for k := st; k < en-1; k++ {
		if !(p.is(k, "°") || degreeWords[p.key(k)]) || k == j {
			continue
		}
		u := degreeScales[p.raw(k+1)]
		if u == "" && len(p.raw(k+1)) > 1 {
			u = degreeScales[p.key(k+1)]
		}
		if u == "" || scale != "" && u != scale {
			if u != "" {
				return "" // two scales
			}
			continue
		}
		scale = u
	}
	for i := range p.out {
		// a temperature read before in the sentence whose scale is a
		// glued letter: "Chicago hit -23F on Sunday, with wind chills of
		// minus 40 degrees" (web-dev-7)
		if m := &p.out[i]; m.Start >= p.toks[st].s && (m.Unit == "celsius" || m.Unit == "fahrenheit") {
			if scale != "" && m.Unit != scale {
				return ""
			}
			scale = m.Unit
		}
	}
	return scale
}

// sentenceAround returns the tokens [st, en) of the sentence holding
// token j: bounded by a full stop, "!" or "?" before a space.
func (p *parser) sentenceAround(j int) (int, int) {
	end := func(k int) bool {
		r := p.raw(k)
		return p.toks[k].k == tPunct && (r == "." || r == "!" || r == "?") && (k+1 >= len(p.toks) || p.toks[k+1].sp)
	}
	st := j
	for st > 0 && !end(st-1) {
		st--
	}
	en := j
	for en < len(p.toks) && !end(en) {
		en++
	}
	return st, en
}

// quoteOpenBefore reports an odd number of straight double quotes in the
// sentence before token i: a quotation is open there.
func (p *parser) quoteOpenBefore(i int) bool {
	open := false
	st, _ := p.sentenceAround(i)
	for k := st; k < i && k < len(p.toks); k++ {
		if p.toks[k].k == tPunct && p.raw(k) == "\"" && (open || !(k > 0 && p.adj(k) && p.toks[k-1].k == tNum)) {
			open = !open // (an inch mark glued to a number opens nothing; any quote closes an open one)
		}
	}
	return open
}

var ruleUnitSign = newRule("unit-sign")

// unitSignAfter reads a unit written as one sign after the number (rule
// unit-sign): "up to 93℃", "200 ℉" (the lexicon's spellings of the
// degree signs).
func (p *parser) unitSignAfter(c *cand, j int) bool {
	if p.toks[j].k != tPunct || c.unit != "" || c.currency {
		return false
	}
	u := unitSigns[p.raw(j)]
	if u == "" {
		return false
	}
	c.setUnit(u, j+1)
	c.unitRule = ruleUnitSign
	return true
}

// unitSigns are the lexicon's unit spellings that are single signs, not
// letters ("℃", "℉").
var unitSigns = func() map[string]string {
	m := map[string]string{}
	for k, v := range lexicon.UnitSpellings() {
		if r, n := utf8.DecodeRuneInString(k); n == len(k) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			m[k] = v
		}
	}
	return m
}()

var ruleSubunitSign = newRule("subunit-sign")

// subunitSignAfter reads a subunit sign after a bare number (rule
// subunit-sign, lexicon.SubunitSigns): "2.9% plus 30¢" is 0.30 USD, "a 99
// ¢ song" 0.99; the cent is the article's dollar's, as a bare "$" is.
func (p *parser) subunitSignAfter(c *cand, j int) bool {
	sub, ok := lexicon.SubunitSigns[p.raw(j)]
	if !ok || p.toks[j].k != tPunct || c.unit != "" || c.currency || c.words {
		return false
	}
	c.v /= sub.Per
	c.setUnit(sub.Code, j+1)
	c.currency, c.bareDollar = true, sub.Code == "USD"
	c.unitRule = ruleSubunitSign
	return true
}

// redundantCurrencyWord takes into the mention a currency word that
// repeats the currency its sign already gave, as web copy writes it: "$100
// dollars per day", "from $30 to $100 dollars", "€50 euros" (the rate or
// bound after it is then read).
func (p *parser) redundantCurrencyWord(c *cand) {
	j := c.en
	if !c.currency || j >= len(p.toks) || p.toks[j].k != tWord || !p.toks[j].sp {
		return
	}
	if w := p.w(j); w != nil && w.curr != "" && w.curr == lexicon.UnitNumerator(c.unit) && lexicon.CurrencySymbols[p.raw(c.valSt-1)] != "" {
		c.en = j + 1
	}
}

// spacedWattAt reports whether token k, after a spaced capital "W", lets
// the "W" be watts: a lower-case word, an acronym ("LED", "USB"), the end
// of the text or a clause end other than a full stop, not followed by a
// number; not a capitalised name ("W Street", "W Main"), an initial ("W.
// Main") or a number ("W 57th").
func (p *parser) spacedWattAt(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	r := p.raw(k)
	switch t := &p.toks[k]; t.k {
	case tWord:
		return r[0] >= 'a' && r[0] <= 'z' || len(r) > 1 && isUpperWord(r)
	case tPunct:
		// (not a full stop: the initial of "3170 W. Main St." may end what
		// the parser sees)
		return clauseEnds[r] && r != "." && !(k+1 < len(p.toks) && p.toks[k+1].k == tNum)
	}
	return false
}

// degreeWords write a degree before its scale ("30 degrees Celsius").
var degreeWords = lexicon.WordSet(`degrees degree deg`)

// codeAmount reports whether c may be money in the code raw before it:
// any code but one of lexicon.GuardedCodes, whose amount must look like
// money (guardedCodeAmount); when it does not, the guard is c's (guard
// guarded-code).
func (p *parser) codeAmount(c *cand, raw string) bool {
	if !lexicon.GuardedCodes[raw] || p.guardedCodeAmount(c) {
		return true
	}
	c.guard = ruleGuardedCode
	return false
}

// guardedCodeAmount reports an amount after a code of
// lexicon.GuardedCodes that looks like money: spaced from the code and
// written with separators, decimals or a scale, or 10 and over ("NIS 600",
// "NIS 2.4 million"; not "NIS2", "the NIS 2 directive").
func (p *parser) guardedCodeAmount(c *cand) bool {
	if p.adj(c.st) {
		return false
	}
	t := &p.toks[c.valSt]
	return t.sep || t.dec || c.scaled || c.v >= 10
}
