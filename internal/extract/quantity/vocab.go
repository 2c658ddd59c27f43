package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// word is what the recogniser knows about a (lower-cased) word. One map
// lookup per word of the sentence gives all of it.
type word struct {
	key    string
	card   float64 // cardinal value (one..ninety), when isCard
	isCard bool
	scale  float64 // hundred, thousand, million, k, bn ...
	ord    int     // ordinal (first = 1 ...)
	frac   float64 // denominator of a fraction word (half 2, third 3, quarters 4 ...)
	plural bool    // plural fraction (thirds, quarters)
	ordPl  int     // plural of an ordinal below ten (firsts, seconds, fifths)
	month  int
	unit   string // normalised measure unit
	curr   string // ISO 4217 code of a currency word
	qcurr  string // ISO 4217 code of a name only a quote reads (lexicon.QuoteCurrencyNames)
	tunit  string // time unit (duration)
	iso    bool   // an ISO 4217 code written as a word (USD, EUR)
	chg    string // change verb or adverb before a number: up / down
	chgN   string // change noun or comparative after a number: up / down
	// chgRate: chgN only after a percentage, points or money (changeAfterRate)
	chgRate bool
	fn      bool // function or qualifier word (never the name before a code number)
	// trigger: the word can start a number expression without digits
	// (mayHoldNumber lets its sentence through)
	trigger bool
	value   bool // a value in words can start with it (wordAt)
	// a scaled ISO code ("MUSD", "MEUR"): its code, scale and spelling in capitals
	scurr      string
	scurrScale float64
	scurrRaw   string
}

var vocab wordTable

func entry(k string) *word {
	w := vocab.get(k)
	if w == nil {
		w = &word{key: k}
		vocab.add(w)
	}
	return w
}

var Cardinals = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var Scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
	// abbreviations, written after digits
	"k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// Fractions are the fraction words and their denominators: the rows below
// and every ordinal from "third" on, singular and plural ("a twelfth",
// "three sixteenths", "a hundredth of a second", "two thousandths").
var Fractions = ordinalFractions(map[string]float64{
	"half": 2, "halves": 2, "quarter": 4, "quarters": 4,
})

// ordinalFractions adds the ordinals from 3 on to the fraction words m,
// with their plurals.
func ordinalFractions(m map[string]float64) map[string]float64 {
	for k, v := range ordinals {
		if v >= 3 {
			m[k], m[k+"s"] = float64(v), float64(v)
		}
	}
	return m
}

// pluralOrdinals are the plurals of the ordinals below ten, the last part
// of a fraction's compound denominator ("three twenty-firsts", "two
// thirty-seconds").
var pluralOrdinals = func() map[string]int {
	m := map[string]int{}
	for k, v := range ordinals {
		if v < 10 {
			m[k+"s"] = v
		}
	}
	return m
}()

// measures maps unit words and abbreviations to normalised units: the
// spellings of the lexicon's unit table (lexicon/units.go) and its
// ambiguous spellings (read only glued to the number, see ambiguousUnits).
var measures = func() map[string]string {
	m := lexicon.UnitSpellings()
	for k, v := range lexicon.AmbiguousUnits() {
		m[k] = v
	}
	return m
}()

// currencyWords maps currency names (lexicon.CurrencyNames) and
// subunits (lexicon.CurrencySubunits) to ISO 4217 codes.
var currencyWords = func() map[string]string {
	m := map[string]string{}
	for k, v := range lexicon.CurrencyNames {
		m[k] = v
	}
	for k, v := range lexicon.CurrencySubunits {
		m[k] = v.Code
	}
	return m
}()

// timeUnits are the units of durations.
var timeUnits = map[string]string{
	"millisecond": "millisecond", "milliseconds": "millisecond", "msec": "millisecond", "msecs": "millisecond",
	"ms":     "millisecond", // only in lower case (units.go): "Ms" is a title
	"second": "second", "seconds": "second", "sec": "second", "secs": "second",
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
	"day": "day", "days": "day", "week": "week", "weeks": "week",
	"month": "month", "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
	"decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
	"night": "night", "nights": "night", "weekend": "weekend", "weekends": "weekend",
	// wire abbreviations (Reuters-21578, web-prec-5): a results table's
	// period "Nine mths", "SIX MTHS DEC 31 NET", "52 wks"
	"mth": "month", "mths": "month", "wks": "week",
}

// changeBefore are verbs, nouns and adverbs that, shortly before a number,
// state that it is a change up or down.
var changeBefore = map[string]string{
	"rose": "up", "rise": "up", "rises": "up", "rising": "up", "risen": "up",
	"increase": "up", "increased": "up", "increases": "up", "increasing": "up",
	"grew": "up", "grow": "up", "grows": "up", "growing": "up", "grown": "up", "growth": "up",
	"climbed": "up", "climb": "up", "climbs": "up", "climbing": "up",
	"jumped": "up", "jump": "up", "jumps": "up", "jumping": "up",
	"surged": "up", "surge": "up", "surges": "up", "surging": "up",
	"soared": "up", "soar": "up", "soars": "up", "soaring": "up",
	"gained": "up", "gain": "up", "gains": "up", "gaining": "up",
	"up": "up", "higher": "up", "boosted": "up", "boost": "up", "raised": "up", "raise": "up", "raising": "up",
	"spiked": "up", "rebounded": "up", "advanced": "up", "added": "up", "expanded": "up", "hike": "up", "hiked": "up",
	"increment": "up", "upped": "up", "swelled": "up", "ballooned": "up", "accelerated": "up",
	"fell": "down", "fall": "down", "falls": "down", "falling": "down", "fallen": "down",
	"dropped": "down", "drop": "down", "drops": "down", "dropping": "down",
	"declined": "down", "decline": "down", "declines": "down", "declining": "down",
	"decreased": "down", "decrease": "down", "decreases": "down", "decreasing": "down",
	"dipped": "down", "dip": "down", "slid": "down", "slide": "down", "slumped": "down", "slump": "down",
	"plunged": "down", "plunge": "down", "plummeted": "down", "tumbled": "down", "tumble": "down",
	"lost": "down", "lose": "down", "loses": "down", "losing": "down", "loss": "down",
	"shrank": "down", "shrunk": "down", "shrink": "down", "shrinking": "down",
	"contracted": "down", "contraction": "down", "cut": "down", "cuts": "down", "cutting": "down",
	"reduced": "down", "reduce": "down", "reduction": "down", "reducing": "down",
	"lower": "down", "lowered": "down", "down": "down", "eased": "down", "sank": "down", "sunk": "down",
	"slipped": "down", "slip": "down", "shed": "down", "slashed": "down", "crashed": "down",
	"swell": "up", "swelling": "up", "swells": "up", "widened": "up", "eliminated": "down", "eliminate": "down",
	"slash": "down", "slashes": "down", "slashing": "down", "narrowed": "down", "halved": "down",
	"retreated": "down", "weakened": "down", "dwindled": "down", "downturn": "down",
	// issue 15: more forms of stated change in news (markets, jobs, economy,
	// sports, health), all inflections
	"rallied": "up", "rally": "up", "rallies": "up", "rallying": "up",
	"rebound": "up", "rebounds": "up", "rebounding": "up",
	"recovered": "up", "recover": "up", "recovers": "up", "recovering": "up",
	"doubled": "up", "doubles": "up", "doubling": "up", "tripled": "up", "triples": "up",
	"tripling": "up", "trebled": "up", "quadrupled": "up",
	"leapt": "up", "leaped": "up", "leap": "up", "leaps": "up", "leaping": "up",
	"skyrocketed": "up", "skyrocketing": "up", "rocketed": "up",
	"spike": "up", "spikes": "up", "spiking": "up", "advance": "up", "advances": "up",
	"advancing": "up", "adds": "up", "adding": "up", "expands": "up", "expanding": "up", "expand": "up",
	"accelerate": "up", "accelerates": "up", "accelerating": "up", "widen": "up",
	"widens": "up", "widening": "up", "boosts": "up", "boosting": "up", "hikes": "up",
	"hiking": "up", "upping": "up",
	"slowed": "down", "slows": "down", "slowing": "down", "decelerated": "down",
	"dips": "down", "dipping": "down", "slides": "down", "sliding": "down",
	"slumps": "down", "slumping": "down", "plunges": "down", "plunging": "down",
	"plummet": "down", "plummets": "down", "plummeting": "down", "tumbles": "down",
	"tumbling": "down", "slips": "down", "slipping": "down", "sheds": "down",
	"shedding": "down", "sink": "down", "sinks": "down", "sinking": "down",
	"eases": "down", "easing": "down", "tanked": "down", "tanking": "down",
	"halve": "down", "halves": "down", "halving": "down",
	"narrows": "down", "narrowing": "down", "shrinks": "down", "contracts": "down",
	"contracting": "down", "trimmed": "down", "trims": "down", "trimming": "down",
	"lowers": "down", "lowering": "down", "retreat": "down",
	"retreats": "down", "retreating": "down", "weakens": "down", "cratered": "down",
	"losses": "down", "save": "down", "saves": "down", "saving": "down", "saved": "down",
	"discount": "down", "discounted": "down", "extended": "up",
	"improve": "up", "improves": "up", "improved": "up", "improving": "up", "raises": "up",
	"lifted": "up", "lifts": "up", "reduces": "down", "worsened": "down", "worsening": "down",
	// "the fiscal math will be dented by only 0.08 per cent" (web-dev-13),
	// "margins were dented by 2 points" (web13forms_test.go; a weak change:
	// by or to)
	"dent": "down", "dents": "down", "dented": "down", "denting": "down",
	"eroded": "down", "erodes": "down", "eroding": "down", "pared": "down", "extending": "up", "extends": "up", "stretched": "up",
	"stretching": "up", "erased": "down", "erase": "down", "erases": "down", "erasing": "down", "wiped": "down",
	"strengthened": "up", "strengthen": "up", "strengthens": "up", "strengthening": "up",
	// the nouns of changeAfter's "a 5% uptick" before the number too: "an
	// uptick in crop yields by about 17%" (web-dev-6's NASA page; WCXB
	// dev_0191 "an uptick in ... visits", dev_4138 "uptick (#9, +1.16%)")
	"uptick": "up", "upticks": "up", "downtick": "down", "downticks": "down",
	// a compound annual growth rate before its figure: "a CAGR of over
	// 5.4%", "(CAGR) of 87.7%" (WCXB market pages dev_0206, dev_0219,
	// dev_0268; web-dev's ghost kitchen market)
	"cagr":   "up",
	"firmed": "up", "weakening": "down", "weaken": "down", "depreciated": "down", "appreciated": "up",
}

// changeAfter are nouns and comparatives right after a number ("a 5% rise",
// "3 points lower").
var changeAfter = map[string]string{
	"increase": "up", "increases": "up", "rise": "up", "rises": "up", "jump": "up", "gain": "up",
	"gains": "up", "growth": "up", "hike": "up", "surge": "up", "higher": "up", "more": "",
	"uptick": "up", "boost": "up", "up": "up", "increment": "up",
	"drop": "down", "drops": "down", "fall": "down", "decline": "down", "declines": "down",
	"decrease": "down", "cut": "down", "cuts": "down", "reduction": "down", "loss": "down",
	"losses": "down", "lower": "down", "down": "down", "slump": "down", "plunge": "down", "dip": "down",
	"contraction": "down", "bump": "up", "spike": "up", "savings": "down", "layoffs": "down",
	// issue 15: "a 5% jump", "a 40% plunge"
	"jumps": "up", "surges": "up", "spikes": "up", "hikes": "up", "upswing": "up",
	"falls": "down", "dips": "down", "reductions": "down", "decreases": "down",
	"slumps": "down", "plunges": "down", "downturn": "down",
}

// changeAfterRate are change nouns that are also things counted ("one
// slide says", "a 5,000-person rally"): a change only after a percentage,
// points or money ("a 5% slide", "a 300-point rally", "a $2 rebound").
var changeAfterRate = map[string]string{
	"slide": "down", "tumble": "down", "retreat": "down",
	"rally": "up", "rebound": "up", "advance": "up", "climb": "up", "expansion": "up",
	// a blow to a sum or a level: "expects 95 per cent hit to recreation"
	// (web-dev-13), "a $2 billion hit to earnings", "a 20% hit to
	// revenue" (web13forms_test.go); only before "to" (changeNounsTo)
	"hit": "down",
	// comparatives take a direction as "30% lower" does ("18 times higher",
	// "$50 cheaper", "20% faster", "50% more"); "five more people" is an
	// additional count, not a comparative
	"more": "up", "less": "down", "fewer": "down", "cheaper": "down", "costlier": "up",
	"pricier": "up", "faster": "up", "quicker": "up", "slower": "down", "bigger": "up",
	"larger": "up", "smaller": "down", "greater": "up", "longer": "up", "shorter": "down",
	"heavier": "up", "lighter": "down", "stronger": "up", "weaker": "down", "better": "up",
	"worse": "down",
	// "20% off", "a 15% discount": a price cut
	"off": "down", "discount": "down", "discounts": "down", "markdown": "down",
	"improvement": "up", "markup": "up",
	// a compound annual growth rate: "a massive 41% CAGR", "a 7.2% CAGR"
	"cagr": "up",
}

// changeBeside are the prepositions after a number that compare it with
// an earlier time of the same thing without "than" (aboveEarlier).
var changeBeside = map[string]string{"above": "up", "below": "down"}

// changeEarlier name an earlier time of the same thing after "than".
var changeEarlier = map[string]bool{
	"last": true, "previous": true, "prior": true, "earlier": true, "ago": true,
	"before": true, "yesterday": true, "year-earlier": true, "year-ago": true,
	"previously": true, "pre-pandemic": true,
	// a product's earlier model is the same thing earlier: "about 4 grams
	// less than its predecessor" (web-dev-8), as "than the previous model"
	"predecessor": true,
	// the model a new one replaces: "about A$3,000 more than the outgoing
	// model" (dev4), "10% lighter than the outgoing car"
	"outgoing": true,
}

// changePeriods may stand between a number and its change noun: "a 12%
// year-on-year rise", "over 70% year-over-year growth", "a 3% annual
// increase".
var changePeriods = map[string]bool{
	"year-on-year": true, "year-over-year": true, "yoy": true, "y/y": true, "annual": true,
	"annualized": true, "annualised": true, "quarterly": true, "monthly": true, "weekly": true,
	"sequential": true, "quarter-on-quarter": true, "month-on-month": true, "week-on-week": true,
	"overall": true, "cumulative": true, "daily": true,
	// "a 21.2% compound annual growth rate" (WCXB market reports)
	"compound": true, "compounded": true,
}

// changeStockNouns are stocks that grow and shrink: after one of them a
// count read by a weak change verb is a change ("the economy added 200,000
// jobs", "the party gained three seats"), while "raised $20 million" or
// "added three assists" are not.
var changeStockNouns = map[string]bool{
	"jobs": true, "job": true, "positions": true, "seats": true, "seat": true,
	"subscribers": true, "users": true, "customers": true, "members": true,
	"workers": true, "employees": true, "contributors": true, "followers": true,
	"accounts": true, "residents": true, "payrolls": true, "listings": true,
	"viewers": true, "listeners": true, "readers": true, "households": true,
	"memberships": true, "subscriptions": true, "connections": true,
}

// functionWords are never part of a name such as "Article 5" or "Boeing 737".
var functionWords = []string{
	"a", "an", "the", "and", "or", "but", "nor", "of", "to", "from", "in", "on", "at", "by", "for",
	"with", "without", "into", "onto", "than", "as", "between", "among", "about", "around", "over",
	"under", "below", "above", "up", "down", "some", "nearly", "almost", "roughly", "approximately",
	"approx", "more", "less", "fewer", "least", "most", "only", "just", "all", "another", "other",
	"these", "those", "this", "that", "its", "his", "her", "their", "our", "your", "my", "after",
	"before", "since", "until", "till", "when", "while", "where", "which", "who", "whom", "whose",
	"if", "then", "so", "yet", "also", "still", "even", "per", "cent", "percent", "estimated",
	"close", "well", "total", "each", "every", "both", "no", "not", "nearly", "circa", "upwards",
	"excess", "minimum", "maximum", "many", "much", "few", "several", "dozens", "hundreds", "thousands",
	"millions", "billions", "tens", "is", "are", "was", "were", "be", "been", "has", "have", "had",
	"will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "said", "says",
	"say", "told", "aged", "age", "ages", "some", "via", "against", "during", "within", "across",
	"through", "throughout", "including", "includes", "include", "except", "plus", "minus", "nearly",
	"number", "numbers", "out", "off", "it", "he", "she", "they", "we", "i", "you", "there", "here",
	"what", "how", "why", "because", "though", "although", "whether", "like", "unlike", "toward",
	"towards", "upon", "amid", "amidst", "despite", "beyond", "behind", "past", "next", "last", "again",
	"now", "already", "almost", "once", "twice", "roughly", "exactly", "precisely", "respectively",
	"latest", "nearest", "near", "shy", "approximate", "expected", "projected", "any", "someone", "anyone",
	"such",
}

func init() {
	for k, v := range Cardinals {
		e := entry(k)
		e.card, e.isCard = v, true
	}
	for k, v := range Scales {
		entry(k).scale = v
	}
	for k, v := range ordinals {
		entry(k).ord = v
	}
	for k, v := range Fractions {
		e := entry(k)
		e.frac = v
		e.plural = k[len(k)-1] == 's'
	}
	for k, v := range pluralOrdinals {
		entry(k).ordPl = v
	}
	for k, v := range lexicon.Months {
		entry(k).month = v
	}
	for k, v := range measures {
		entry(k).unit = v
	}
	for k, v := range lexicon.UnitSymbols() { // "PS", "Nm": read by case in unitAfter
		if e := entry(toLowerASCII(k)); e.unit == "" {
			e.unit = v
		}
	}
	for k, v := range currencyWords {
		entry(k).curr = v
	}
	for _, k := range lexicon.CurrencyCodes() {
		e := entry(toLowerASCII(k))
		e.iso = true
		if len(k) != 3 {
			continue
		}
		for pre, v := range lexicon.CurrencyScalePrefixes {
			raw := string(pre) + k
			if lexicon.IsCurrencyCode(raw) {
				continue
			}
			s := entry(toLowerASCII(raw))
			s.scurr, s.scurrScale, s.scurrRaw = k, v, raw
		}
	}
	for k, v := range lexicon.QuoteCurrencyNames {
		entry(k).qcurr = v
	}
	for k := range lexicon.CurrencyPhrases { // "Deutsche marks": both words known
		entry(k[0])
		entry(k[1])
	}
	for k, v := range timeUnits {
		entry(k).tunit = v
	}
	for k, v := range changeBefore {
		entry(k).chg = v
	}
	for k, v := range changeAfter {
		entry(k).chgN = v
	}
	for k, v := range changeAfterRate {
		e := entry(k)
		e.chgN, e.chgRate = v, true
	}
	for _, k := range functionWords {
		entry(k).fn = true
	}
	for _, k := range extraWords {
		entry(k)
	}
	for k := range hourZones { // "9 GMT": clockSuffix reads them by key
		entry(k)
	}
	for k := range segmentWords { // "the bottom fifth of"
		entry(k)
	}
	for k := range allowanceAdjectives { // "3 sick days"
		entry(k)
	}
	for k := range labelWords { // "Bug 1681512", "game mode 3"
		entry(k)
	}
	for _, f := range qualForms { // every word of a qualifier is known
		for _, k := range f.words {
			entry(k)
		}
	}
	for k := range lexicon.CurrencyAbbrevs { // "Rs", "Bs": known, so that "Rs500" is money, not a code
		entry(k)
	}
	for _, k := range triggerWords() {
		entry(k).trigger = true
	}
	for _, k := range valueWords() {
		if e := vocab.get(k); e != nil { // (the lexer gives other words no entry)
			e.value = true
		}
	}
}

// gluedSuffixAbbreviations are the abbreviations the unit grammar reads
// glued to digits (gluedAfter leaves them to it): million and billion
// ("5m", "2b"), per cent ("3pc", "4pct"), percentage points ("2pp",
// "1ppt"), basis points ("25bp", "50bps") and the clock ("9am", "5pm").
var gluedSuffixAbbreviations = lexicon.WordSet(`m b pc pct pp ppt bp bps am pm`)

// extraWords are looked up by the grammar by key, so they need an entry.
var extraWords = []string{
	"something", "anything", "somewhere", "range", "region", "order", "little", "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed",
	"dozen", "dozens", "dz", "dzs", "score", "scores", "percentage", "point", "points", "basis", "pct", "pc",
	"old", "aged", "square", "sq", "cubic", "cu", "metric", "am", "pm", "local", "time", "times", "o", "clock", "s", "st", "nd", "rd", "th",
	"us", "c", "f", "nz", "hk", "r", "nt", "mx", "usd", "m", "b", "t", "bp", "bps", "pp", "ppt",
	"in", "out", "or", "and", "so", "plus", "mid", "pre", "post", "early", "late", "fy", "no",
	"sentenced", "jailed", "imprisoned", "prison", "jail", "sentence", "sentences", "term", "terms",
	"views", "comments", "shares", "likes", "reads", "read", "followers", "subscribers", "photos",
	"page", "pages", "canadian", "australian", "hong", "kong", "new", "zealand", "singapore",
	"mexican", "argentine", "argentinian", "colombian", "chilean", "philippine", "cuban", "dominican",
	"taiwan", "zimbabwe", "zimbabwean", "american", "us", "u", "egyptian", "indian", "pakistani", "swiss",
	"brazilian", "south", "african", "japanese", "chinese", "turkish", "russian", "venezuelan", "aust",
	"per", "a", "an", "day", "week", "round", "game", "season", "episode", "stage", "phase", "step",
	"part", "grade", "chapter", "level", "section", "article", "item", "volume", "vol", "tier", "type",
	"category", "act", "resolution", "flight", "route", "highway", "room", "gate", "platform", "channel",
	"line", "proposition", "amendment", "rule", "verse", "psalm", "exhibit", "figure", "table", "model",
	"version", "unit", "ward", "district", "precinct", "block", "class", "setting", "straight", "consecutive", "full",
	"higher", "lower", "low", "high", "level",
	"larger", "bigger", "smaller", "w", "k", "plan", "program", "programme", "agenda",
	"scale", "proposal", "strategy", "list", "another", "further", "additional", "over", "of", "the", "whole",
	"p", "trillions", "fold", "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold",
	"eightfold", "ninefold", "tenfold", "hundredfold", "doubled", "doubling", "tripled", "tripling", "trebled",
	"quadrupled", "quadrupling", "quintupled", "quintupling", "extra",
	"people", "year", "years", "ago", "later", "earlier", "bars", "behind", "record", "tally",
	"margin", "ratio", "majority", "vote", "votes", "decision", "ruling", "odds", "levels", "ages", "age",
	"way", "yo", "greater", "equal", "exceeding", "surpassing", "sub", "minus", "negative", "through", "thru", "every", "might", "may", "could", "would", "should", "can", "cannot", "must", "will", "shall",
}

// lowerIn looks s up in m by its ASCII lower case without allocating (a
// word of a rule's table: "Highs", "MACH"); words longer than 24 bytes
// are in no such table.
func lowerIn[V any](m map[string]V, s string) V {
	var buf [24]byte
	if len(s) > len(buf) {
		var zero V
		return zero
	}
	b := buf[:copy(buf[:], s)]
	lowerASCII(b)
	return m[string(b)]
}

// toLowerASCII is s in ASCII lower case, a new string.
func toLowerASCII(s string) string {
	b := []byte(s)
	lowerASCII(b)
	return string(b)
}

// lowerASCII puts the ASCII capitals of b in lower case, in place (the one
// loop of lowerIn, toLowerASCII and appendLower).
func lowerASCII(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// yearDigits reports four plain digits from 1900 to 2100: a year of
// modern news ("in 2023", "since 1975").
func (t *token) yearDigits() bool {
	return t.ndig == 4 && !t.sep && !t.dec && t.v >= 1900 && t.v <= 2100
}

// key is the vocabulary key of token t, "" for unknown words and non-words.
func (t *token) key() string {
	if t.w == nil {
		return ""
	}
	return t.w.key
}

// signWords make the number after them negative ("minus 5", "negative 3",
// "a minus-1.4 degree angle").
var signWords = lexicon.WordSet(`minus negative`)

// dollarWords and centWords name the US dollar and its hundredth when no
// country stands before them ("3 dollars 50 cents", "19 cents").
var (
	dollarWords = lexicon.WordSet(`dollar dollars buck bucks dlr dlrs dls`) // "20 bucks": the article's dollar; "dlrs" the wire's
	centWords   = lexicon.WordSet(`cent cents ct cts`)
)
