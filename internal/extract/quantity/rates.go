package quantity

import (
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Rates: an amount or a measure keeps its denominator ("$0.03/kWh" is
// USD/kWh, "$15.4/hour" USD/hour, "RM79 a month" MYR/month, "C$6 per
// share" CAD/share, "four times per week" times/week, "188 miles an hour"
// mph). A physical rate with a symbol of its own is written so (rateUnits:
// mph, km/h, mpg); any other joins the two units with "/".

// rateNouns are the denominators of rates that are neither a time nor a
// measure unit, with their normalised name ("shr" the wire's share: "1.23
// dlrs a shr", 71 Reuters documents).
var rateNouns = map[string]string{
	"share": "share", "shr": "share", "person": "person", "head": "person", "capita": "person", "night": "night",
	"ride": "ride", "trip": "trip", "visit": "visit", "ticket": "ticket", "user": "user", "seat": "seat",
	"passenger": "passenger", "household": "household", "employee": "employee", "worker": "worker",
	"student": "student", "pupil": "pupil", "patient": "patient", "barrel": "barrel", "unit": "unit",
	"square": "", "gallon": "gallon", "litre": "litre", "liter": "litre", "ounce": "oz", "tonne": "tonne",
	"ton": "ton", "pound": "lb", "kilo": "kg", "vehicle": "vehicle", "car": "car", "game": "game",
	"episode": "episode", "dose": "dose", "pack": "pack", "bottle": "bottle", "meal": "meal", "item": "item",
	// web copy's prices and benefits: "$2,000 per child", "$15 per
	// customer", "£40 per adult", "$10 per order", "$99 per room"
	"child": "child", "kid": "child", "adult": "adult", "customer": "customer", "member": "member",
	"order": "order", "room": "room", "guest": "guest", "account": "account", "license": "license",
	"licence": "license",
	// a player's pay and a club's fees by the season: "€15 million a
	// season" (web-dev-9), "€9m a season" (web-dev-7), EUR/season
	"season": "season",
	// a country's wealth per head: "about $250,000 per citizen" (web-dev-9)
	"citizen": "person", "resident": "person", "inhabitant": "person",
	// freight and farm prices by the box and the bag: "$4,400 per
	// container" (web-dev-9), "$3,438 per container", "GH¢3,100 per bag of
	// cocoa" (web-dev-11), "Rs 266.50 per bag of urea"
	"container": "container", "bag": "bag",
	// a battery's range per charge: "25–60 miles per charge" (web-dev-6),
	// "lasts about 40 miles per charge" (web-dev-7) mile/charge ("on a
	// charge" is no rate)
	"charge": "charge",
}

// notRateAfter follow "a year" in a comparison, not a rate ("$1.2bn a
// year earlier", "5% a year ago", "a year on"). They close only a time
// denominator: "$2.52 a share on revenue of", "$9,800 a tonne on the LME"
// are rates.
var notRateAfter = map[string]bool{
	"ago": true, "earlier": true, "before": true, "after": true, "prior": true, "later": true,
	"previously": true, "on": true, "since": true,
}

// fromNowWords make "a year from" a point in time ("a year from now"); "from"
// before anything else leaves the rate: "$25,000 a year from the public",
// "£11.44 an hour from April".
var fromNowWords = map[string]bool{"now": true, "today": true, "then": true, "tomorrow": true, "yesterday": true}

// timeReferenceAfter reports whether the words at en make "a <time unit>"
// before them a point in time rather than a rate's denominator.
func (p *parser) timeReferenceAfter(en int) bool {
	k := p.key(en)
	if k == "since" && (p.key(en+1) == "the" || p.isNumAt(en+1)) {
		// "risen by about 3mm a year since the 1990s", "2% a year since
		// 2010" (web-dev-4, climate and economic news): a rate over a
		// period; "3% a year since." is a point in time
		return false
	}
	return notRateAfter[k] || k == "from" && fromNowWords[p.key(en+1)]
}

// rateAfter reads the denominator after a money amount, a measure or a
// multiplier: "/kWh", "per kg", "a month", "an hour".
func (p *parser) rateAfter(c *cand) {
	if c.unit == "" || strings.Contains(c.unit, "/") || c.kind == "" && !c.hasUnit && !c.currency {
		return
	}
	pace := timeUnitNames[c.unit] // "40 seconds per mile" (checked below: a distance)
	if !c.currency && c.unit != "times" && measureDimension(c.unit) == "" && !pace {
		p.pointsPerNoun(c) // "14.2 points per game"
		return
	}
	j := c.en
	of := false
	if k := p.ofSubstanceEnd(j); k > 0 {
		j, of = k, true // "400 milligrams of caffeine per day" (rule rate-of-substance)
	}
	sep := p.key(j)
	switch {
	case of && !perArticles[sep]:
		return
	case p.is(j, "/") && p.adj(j) && p.adj(j+1):
		sep = "/"
	case sep == "per":
	case p.isHyphen(j) && perArticles[p.key(j+1)] && p.isHyphen(j+2) &&
		(p.adj(j) && p.adj(j+1) && p.adj(j+2) && p.adj(j+3) || !p.adj(j) && !p.adj(j+1) && !p.adj(j+2) && !p.adj(j+3)):
		// hyphenated, as an adjective: "a $1-a-share payout", "$15-an-hour
		// jobs", "a 12-cent-a-share dividend", "$90-per-month plans"; the
		// hyphens spaced alike in word-tokenised text (the suites' "a
		// higher , $ 70 - a - share price", as "28 - year - old")
		sep = p.key(j + 1)
		j += 2
	case (sep == "a" || sep == "an") && p.raw(j) != "A":
		// (a frequency keeps its period as "four times per week" does:
		// "3 times a day" times/day, web-dev-10; "no more than four times
		// a day", web-dev-11)
	case eachWords[sep] && pace:
		// a time each longer time (time-per-time below): "two to three
		// minutes each hour", "5 minutes each day", "3-5 hours every week"
	case eachWords[sep] && measureDimension(c.unit) != "" && !lowerIn(tierBefore, p.raw(c.st-1)):
		// a measure each period (rule rate-each, checked below: a time):
		// "losing 1 to 2 pounds each week" lb/week (web-dev-10), "walk 5
		// miles every day", as "two to three minutes each hour" is
		// minute/hour (web-dev-5); a tier stays a measure: "for the first
		// 200 kWh each month" (web-dev-9)
	case eachWords[sep] && c.unit == "times":
		// a frequency each period (rule rate-each, checked below: a
		// time), as "four times per week" is times/week: "10x every week,
		// or 2x every day" (web-dev-14), "three times every month"
	case eachWords[sep] && c.currency:
		// a price each period (rule rate-each, checked below: a time):
		// "$136 each month", "about $39-$54 each hour", "over $2,000
		// each year"
	case c.currency && lowerIn(timeAdverbs, p.raw(j)) != "" && p.toks[j].k == tWord:
		// a price with a time adverb (rule rate-adverb): "$85-$150
		// hourly", "$8.95 monthly", "between $50-$6,000 monthly", "£120
		// weekly"
		c.unit += "/" + lowerIn(timeAdverbs, p.raw(j))
		c.hasUnit, c.en = true, j+1
		c.unitRule = ruleRateAdverb
		return
	default:
		return
	}
	den, en := p.rateDenominator(j + 1)
	anyNoun := false
	if den == "" && c.currency && p.anyRateNoun(j+1) {
		den, en, anyNoun = p.raw(j+1), j+2, true
	}
	if den == "" || (sep == "a" || sep == "an") && denIsTime(den) && p.timeReferenceAfter(en) && !(c.unit == "times" && p.key(en) == "on") {
		return
	}
	if pace {
		if !of && denIsTime(den) && den != c.unit && !noRatePeriods[den] && (rateDeterminers[sep] || sep == "/") {
			// time per time, a share of the day or week (rule
			// time-per-time), as rate-after-noun reads "150 minutes of
			// aerobic activity per week": "6 to 8 hours a day", "no more
			// than 15 minutes per day", "20 hours a week"
			c.unit, c.hasUnit, c.en, c.unitRule = c.unit+"/"+den, true, en, ruleTimePerTime
			return
		}
		// time per distance, a pace (rule pace): "slowed by 40 seconds per
		// mile", "six minutes a kilometre"
		if u, ok := lexicon.Unit(den); !ok || u.Dimension != lexicon.DimLength {
			return
		}
		c.unit, c.hasUnit, c.en, c.unitRule = c.unit+"/"+den, true, en, rulePace
		return
	}
	areaA := false
	if sep != "/" && sep != "per" && !(denIsTime(den) || c.currency) {
		if !p.yieldPerArea(c, den) {
			return // "5 km a kg" is no rate; "20 miles a gallon" is read by per
		}
		areaA = true
	}
	each := eachWords[sep]
	if each && (!denIsTime(den) || p.timeReferenceAfter(en)) {
		return // "$20 each person" is a price apiece; "$5 every day since" (a/an's check)
	}
	unit := c.unit + "/" + den
	if u := rateUnits[[2]string{c.unit, den}]; u != "" {
		unit = u
	}
	if !denIsTime(den) && (c.currency || rateNounDenominators[den] && sep == "per") {
		// a second, time denominator: "$25/user/month", "$9 per user per
		// month", "$39/employee/month" (software and payroll prices);
		// a measure per head per time (rule rate-noun-time, ratenouns.go):
		// "4.9 pounds per person per day"
		if t, e := p.timeDenominatorAt(en); t != "" {
			if !c.currency {
				c.unitRule = ruleRateNounTime
			}
			unit += "/" + t
			en = e
		}
	}
	c.unit = unit
	c.hasUnit = true
	c.en = en
	// the rule that read the rate: the first form below that applies,
	// else the numerator's rule with "+rate" ("currency-abbrev+rate"),
	// else rate
	for _, r := range [...]struct {
		applies bool
		rule    rule
	}{
		{c.unitRule == ruleRateNounTime, ruleRateNounTime},
		{of, ruleRateOfSubstance},
		{anyNoun, ruleRateAnyNoun},
		{areaA, ruleYieldPerArea},
		{each, ruleRateEach},
	} {
		if r.applies {
			c.unitRule = r.rule
			return
		}
	}
	if r, ok := rateRules[c.unitRule]; ok {
		c.unitRule = r
	} else {
		c.unitRule = ruleRate
	}
}

var ruleRateEach = newRule("rate-each")

// A mass or a volume "a"/"an" an area is a yield per area (rule
// yield-per-area), as "per" makes it: "211 bushels an acre" bushel/acre,
// "1.6 tonnes a hectare" tonne/hectare (web-dev-11; web-dev-9 "bushels
// an acre"), "120 kg a hectare". "5 km a kg" stays no rate.
var ruleYieldPerArea = newRule("yield-per-area")

func (p *parser) yieldPerArea(c *cand, den string) bool {
	u, ok := lexicon.Unit(den)
	if !ok || u.Dimension != lexicon.DimArea {
		return false
	}
	d := measureDimension(c.unit)
	return d == lexicon.DimMass || d == lexicon.DimVolume
}

// A measure or an amount of some substance keeps the rate written after
// the substance (rule rate-of-substance): "400 milligrams of caffeine per
// day" mg/day (web-dev-1), "903 litres of rain per square metre" litre/m2,
// "2.7 million barrels of oil equivalent per day", "tens of millions of
// dollars a year" USD/year (web-dev-4), "5 tonnes of hydrogen a day". One
// to three lower-case words name the substance; a name, a number, a unit
// or a function word between ends it ("10 km of the border per …" no).
var ruleRateOfSubstance = newRule("rate-of-substance")

// substanceJoins join two substances of a rate: "beans and lentils", "fruit & veg".
var substanceJoins = lexicon.WordSet(`and or &`)

// ofSubstanceEnd returns the token after "of" and the substance's words at
// j when "per", "a" or "an" follows them, or 0.
func (p *parser) ofSubstanceEnd(j int) int {
	if p.key(j) != "of" || p.toks[j].k != tWord {
		return 0
	}
	k := j + 1
	for n := 0; n < 4 && k < len(p.toks) && (p.toks[k].k == tWord || p.is(k, "&")); n, k = n+1, k+1 {
		raw := p.raw(k)
		if isUpperStart(raw) {
			return 0
		}
		if substanceJoins[raw] && n > 0 && k+1 < len(p.toks) && p.toks[k+1].k == tWord && !isUpperStart(p.raw(k+1)) {
			continue // two substances: "2.5 cups of beans and lentils a week" (web-dev-5), "400 g of fruit & veg per day" (WCXB)
		}
		if p.toks[k].k != tWord {
			return 0
		}
		if w := p.w(k); w != nil {
			if perArticles[w.key] {
				break
			}
			if w.fn || w.tunit != "" || w.unit != "" || w.scale > 0 || w.isCard {
				return 0
			}
		}
	}
	if k == j+1 || k >= len(p.toks) {
		return 0
	}
	if kk := p.key(k); kk != "per" && kk != "a" && kk != "an" {
		return 0
	}
	return k
}

// An exchange rate is an amount of one currency per another (rule
// exchange-rate): "141.7 yen per dollar" JPY/USD, "the rupee fell to 83.2
// per dollar" INR/USD, "the rand weakened to 17.92 against the dollar"
// ZAR/USD, "the naira traded at 1,610 to the US dollar" NGN/USD, "the
// euro traded at 1.09 against the dollar" USD/EUR (baseQuoted). The
// denominator is a currency word or code after "per", "to the" or
// "against the"; the numerator the amount's own currency, else the other
// currency the sentence names before the number. "50 cents per dollar" (one
// currency) is no exchange rate.
var ruleExchangeRate = newRule("exchange-rate")

func (p *parser) exchangeRate(c *cand) {
	if strings.Contains(c.unit, "/") || c.share || c.qual == claims.Vague || !(c.currency || c.unit == "count") {
		return
	}
	j := p.fxDenominatorAt(c.en)
	if j < 0 {
		return
	}
	den := p.currencyAt(j)
	if den == "" {
		return
	}
	num := ""
	if c.currency {
		num = c.unit
	} else {
		for k := c.st - 1; k >= 0 && num == ""; k-- {
			if cur := p.currencyAt(k); cur != "" && cur != den {
				num = cur
				// a name several countries use ("the Philippine peso",
				// "Iceland's krona", "the Kenyan shilling"): the place
				// the sentence names decides it (currency-of-place)
				c.bareName = lexicon.SharedNameWords[p.key(k)]
			}
		}
	}
	if num == "" || num == den {
		return
	}
	if !c.currency && baseQuoted[num] && (c.bareName == "" || c.v < baseQuotedMax) {
		num, den = den, num // "the euro traded at 1.09 against the dollar": dollars per euro
	}
	c.unit, c.hasUnit, c.currency = num+"/"+den, true, true
	c.bareDollar = false
	c.unitRule = ruleExchangeRate
}

// fxDenominatorAfter reports the denominator of an exchange rate at token
// j: "per dollar", "to the dollar", "against the US dollar".
func (p *parser) fxDenominatorAfter(j int) bool {
	k := p.fxDenominatorAt(j)
	return k >= 0 && p.currencyAt(k) != ""
}

// fxDenominatorAt returns the token of an exchange rate's denominator
// after "per", "to the" or "against the" at token j (past a "US"), or -1.
func (p *parser) fxDenominatorAt(j int) int {
	switch p.key(j) {
	case "per":
		j++
	case "to", "against":
		if p.key(j+1) != "the" {
			return -1
		}
		j += 2
	default:
		return -1
	}
	return j + p.usPrefix(j)
}

// baseQuoted are the currencies markets quote as the base, in units of the
// other currency: "the euro at 1.09 against the dollar" is USD/EUR, "the
// pound rose to 1.16 against the euro" EUR/GBP (the rupee, yen or rand
// "per dollar" is INR/USD, JPY/USD, ZAR/USD).
var baseQuoted = map[string]bool{"EUR": true, "GBP": true, "AUD": true, "NZD": true}

// baseQuotedMax bounds the rate of a base-quoted currency in the other:
// none has been worth five dollars or euros. A shared name at a higher
// rate is another member, quoted per dollar as most are: "The pound fell
// to about 49.5 to the US dollar, from 30.85" is the Egyptian pound,
// EGP/USD once the article decides the pound (web-dev-4, articles-dev-1),
// where "the pound rose to 1.27 against the dollar" is USD/GBP.
const baseQuotedMax = 5

// currencyAt is the ISO code of a currency word or code at token j ("dollar",
// "yen", "rupee", "EUR"), or "". A country's adjective before a name
// decides it ("the Canadian dollar" CAD, "the Egyptian pound" EGP, "the
// kiwi dollar" NZD), and so do the names only a quote uses ("the real",
// "the greenback": lexicon.QuoteCurrencyNames).
func (p *parser) currencyAt(j int) string {
	if j < 0 || j >= len(p.toks) || p.toks[j].k != tWord {
		return ""
	}
	w := p.w(j)
	switch {
	case w == nil:
		return ""
	case w.curr != "":
		if j > 0 && p.toks[j-1].k == tWord && p.toks[j-1].w != nil {
			a := p.toks[j-1].w
			if code := lexicon.CurrencyPhrases[[2]string{a.key, w.key}]; code != "" {
				return code
			}
			if code := currencyAdjectives[a.key]; code != "" && w.curr == "USD" {
				return code
			}
			if a.qcurr != "" && w.curr == "USD" {
				return a.qcurr // "the kiwi dollar", "the Aussie dollar"
			}
		}
		return w.curr
	case w.qcurr != "":
		return w.qcurr
	case w.iso && isUpperWord(p.raw(j)) && len(p.raw(j)) == 3:
		return p.raw(j)
	}
	return ""
}

// A count whose noun stands between it and a time denominator is a rate
// all the same (rule rate-after-noun): "more than 620 thousand new cases
// each week" count/week, "1.4 billion (procedures) performed yearly"
// count/year (web-dev-2), "3,000 cars a week". So is a measure or an
// amount "of" a noun per time, as ANNOTATION.md's "barrel/day" says:
// "less than 300 mg of cholesterol per day" mg/day, "150 minutes of
// aerobic activity per week" minute/week, "110 million liters of drinking
// water every year" litre/year, "25 grams of fibre daily" g/day (web-dev);
// "400 milligrams of caffeine per day" mg/day (web-dev-1 claims gold);
// "2 tonnes of hydrogen a day" tonne/day (dev4, relabelled so; the peer
// suite labels "34,500 metric tons of copper cathode a year" tonne, as a
// recogniser without rates reads it). Up to three content words stand
// between; a function word, a number or punctuation ends them; "a year
// ago/later/earlier" is a point in time (timeReferenceAfter).
var ruleRateAfterNoun = newRule("rate-after-noun")

var ruleRateAdverb = newRule("rate-adverb")

// A bare count right before a time denominator is a count per that time
// (rule count-per-time), as rate-after-noun reads one with its noun
// between: "we get an average of about 3,000 a year", "the 50,000 per day
// city officials expected" (polnear-train), "healthy adults can enjoy
// 1-2 a day" (WCXB), "27,494 murders ..., or about 75 a day", "about
// three every minute" (web-dev-7). "A year ago" and "a year earlier" are
// points in time (timeReferenceAfter); "a night", "a decade" no
// denominators (noRatePeriods).
var ruleCountPerTime = newRule("count-per-time")

func (p *parser) countPerTime(c *cand) {
	if c.unit != "count" || c.currency || c.share || c.yearLike || c.qual == claims.Vague {
		return
	}
	j := c.en
	if j+1 >= len(p.toks) || p.toks[j].k != tWord || !lowerIn(rateDeterminers, p.raw(j)) || p.raw(j) == "A" {
		return
	}
	w := p.w(j + 1)
	if w == nil || p.toks[j+1].k != tWord || !timeUnitNames[w.tunit] || noRatePeriods[w.tunit] || p.timeReferenceAfter(j+2) {
		return
	}
	// (the mention keeps its span: the words of the denominator are no
	// part of the number, as rate-after-noun leaves them)
	c.unit, c.unitRule = "count/"+w.tunit, ruleCountPerTime
}

// ruleTimePerTime reads a time per a longer time: "6 to 8 hours a day"
// hour/day, "15 minutes per day" minute/day, "two to three minutes each
// hour" minute/hour (web-dev-5; WCXB guides hold the form on 29 pages:
// sleep, screen time, practice, work hours; "5 minutes each day", "3-5
// hours every week" on two more).
var ruleTimePerTime = newRule("time-per-time")

// rateNounStops end the words between an amount and its denominator. A
// frequency ("once", "twice") makes the time after it a schedule, not the
// amount's denominator: "2.4mg of semaglutide once a week" is a dose in mg
// (web-dev-7, web-dev-9), as "500 mg twice a day" is.
var rateNounStops = lexicon.WordSet(`a an the and or but nor of to from in on at by for with into onto than as that which
who whom whose while when where if because since until after before during over under per each every last next this
these those it its he she they we i you his her their our not no once twice thrice`)

// noRatePeriods are time units no "a"/"per" makes a denominator of: "a
// night" is a stay, "a decade" a span.
var noRatePeriods = lexicon.WordSet(`night decade`)

// squareWords make an area of the length unit after them: "per square
// foot", "per sq ft".
var squareWords = lexicon.WordSet(`square sq`)

// cubicWords make a volume of the length unit after them: "per cubic
// metre" (areaDenominator).
var cubicWords = lexicon.WordSet(`cubic cu`)

// rateDeterminers open a time denominator: "a week", "per year", "each
// month", "every day".
var rateDeterminers = lexicon.WordSet(`a an per each every`)

// perArticles open the denominator of a rate written with "per", "a" or
// "an": "400 milligrams of caffeine per day", "$15-an-hour jobs".
var perArticles = lexicon.WordSet(`a an per`)

// tierBefore a measure make it a tier or a stock that "each <period>"
// after it does not divide: "the first 200 kWh each month".
var tierBefore = lexicon.WordSet(`first next last the its their his her our your my this that these those`)

// eachWords open a denominator of each period (rule rate-each): "$136 each
// month", "3-5 hours every week".
var eachWords = lexicon.WordSet(`each every`)

// denominatorSoonAfter reports a word that may open a time denominator
// ("a", "per", "each", "every", an adverb in -ly) among the few words
// after token j: a cheap test before rateAfterNoun reads them.
func (p *parser) denominatorSoonAfter(j int) bool {
	for k := j + 1; k <= j+5 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		if rateDeterminers[p.key(k)] {
			return true
		}
		if r := p.raw(k); len(r) >= 5 && r[len(r)-1] == 'y' && lowerIn(timeAdverbs, r) != "" {
			return true
		}
	}
	return false
}

// stockDeterminers before an amount make it a stock that a time after its
// noun does not divide ("its 3,000 staff each year").
var stockDeterminers = lexicon.WordSet(`the its their his her our your my this that these those`)

// timeAdverbs are adverbs of frequency that make a denominator.
var timeAdverbs = map[string]string{
	"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year", "hourly": "hour",
	"everyday": "day", // written for "every day" ("400 milligrams of caffeine everyday")
}

func (p *parser) rateAfterNoun(c *cand) {
	if strings.Contains(c.unit, "/") || c.yearLike || c.share || c.qual == claims.Vague {
		return
	}
	of := false // a measure or an amount of a noun: "300 mg of cholesterol per day"
	if c.unit != "count" {
		if p.key(c.en) != "of" || !(c.currency || timeUnitNames[c.unit] || measureDimension(c.unit) != "") {
			return
		}
		of = true
	}
	dm := 0 // "three to five 45-minute exercise sessions a week" (durationModifierEnd)
	if !of {
		dm = p.durationModifierEnd(c.en)
	}
	if !p.denominatorSoonAfter(c.en) && !(dm > 0 && p.denominatorSoonAfter(dm-1)) {
		return
	}
	if b := c.st - 1; b >= 0 && (lowerIn(stockDeterminers, p.raw(b)) && !p.thatOfClause(b) || p.raw(b) == "s" && b > 0 && p.isApostrophe(b-1)) {
		return // "the bank's 100,000 retail bankers every year": a stock, no flow
	}
	j := c.en
	if of {
		j++
	}
	n := 0
	if dm > 0 {
		j = dm
	}
	for ; n < 3 && j < len(p.toks) && p.toks[j].k == tWord; j, n = j+1, n+1 {
		if w := p.w(j); w != nil && (w.tunit != "" || w.unit != "" || w.curr != "" || w.scale > 0 || w.isCard) || lowerIn(timeAdverbs, p.raw(j)) != "" || lowerIn(rateNounStops, p.raw(j)) {
			break
		}
		// a passive may stand between an amount and its denominator
		if lowerIn(lexicon.BeForms, p.raw(j)) && j+1 < len(p.toks) && p.toks[j+1].k == tWord && (strings.HasSuffix(p.raw(j+1), "ed") || strings.HasSuffix(p.raw(j+1), "en")) {
			n-- // "1.4 billion are performed yearly": the auxiliary counts no word
		}
		if isUpperStart(p.raw(j)) && !demonymPlural(p.raw(j)) {
			return // a name ("Kenyans", "Americans" are people: "kills about 10,700 Kenyans a year")
		}
	}
	if n == 0 || j >= len(p.toks) {
		return
	}
	den := lowerIn(timeAdverbs, p.raw(j))
	if den != "" && p.adjectivalAdverb(j) {
		// "more than 20 million unique monthly visitors" (web-dev-15): the
		// period word qualifies the noun after it, as "602 million monthly
		// active users" (dev5) and "$200 billion in annual buying
		// power" (web-dev-12) read no rate (guard adjectival-period-adverb)
		if c.guard == 0 {
			c.guard = ruleAdjectivalPeriodAdverb
		}
		return
	}
	if den == "" && rateDeterminers[p.key(j)] {
		if w := p.w(j + 1); w != nil && timeUnitNames[w.tunit] && !noRatePeriods[w.tunit] && !p.timeReferenceAfter(j+2) {
			den = w.tunit
		}
	}
	if den == "" && !of && p.key(j) == "per" {
		p.countPerNoun(c, j)
		return
	}
	if den == "" {
		return
	}
	c.unit += "/" + den
	c.unitRule = ruleRateAfterNoun
}

// ruleAdjectivalPeriodAdverb names the guard of rate-after-noun that
// reads no rate when the period word qualifies a noun (adjectivalAdverb).
var ruleAdjectivalPeriodAdverb = newRule("adjectival-period-adverb")

// adjectivalAdverb reports a period adverb at token j used as an
// adjective: a word follows that is no function word ("monthly visitors",
// "weekly active users"); "performed yearly." and "yearly in Kenya" divide.
func (p *parser) adjectivalAdverb(j int) bool {
	if j+1 >= len(p.toks) || p.toks[j+1].k != tWord || !p.adj(j+1) && p.toks[j+1].s > p.toks[j].e+1 {
		return false
	}
	w := p.w(j + 1)
	return w == nil || !w.fn && w.tunit == "" && w.chg == ""
}

// timeDenominatorAt reads "/<time>", "per <time>" or "a <time>" at j: the
// time unit and the token after it, or "".
func (p *parser) timeDenominatorAt(j int) (string, int) {
	switch k := p.key(j); {
	case p.is(j, "/") && p.adj(j) && p.adj(j+1):
	case k == "per" || k == "a" || k == "an":
	default:
		return "", 0
	}
	den, en := p.rateDenominator(j + 1)
	if !denIsTime(den) || p.timeReferenceAfter(en) {
		return "", 0
	}
	return den, en
}

// rateDenominator reads a rate's denominator at j: a time unit, a measure
// unit (by its symbol: "kWh", "kg"; or spelled in two words: "megawatt
// hour", "pound-foot") or a rate noun.
func (p *parser) rateDenominator(j int) (string, int) {
	if j < len(p.toks) && p.toks[j].k == tNum && p.key(j-1) == "per" {
		// a consumption per a reference distance: "4.3 litres per 100
		// kilometres", "15 kWh per 100 km"; a content per a reference
		// amount stays apart ("3 grams of fat per 100 grams", web-dev)
		if den, en := p.referenceDenominator(j); den != "" {
			if u, ok := lexicon.Unit(den[len(p.raw(j)):]); ok && u.Dimension == lexicon.DimLength {
				return den, en
			}
		}
		return "", 0
	}
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return "", 0
	}
	if u, en := p.hyphenedUnit(j); u != "" {
		return u, en // "per megawatt hour", "per kilowatt-hour"
	}
	if u, en := p.areaDenominator(j); u != "" {
		return u, en // "per square foot", "per sq. m"
	}
	if r := p.raw(j); p.rateNounModifier(r) && j+1 < len(p.toks) && p.toks[j+1].k == tWord {
		// a participle before a rate noun: "$2,000 per qualifying child",
		// "$5 per existing customer", "$25 per participating student";
		// "$0.12 per diluted share", "$2.53 per diluted share" (rule
		// rate-noun-modifier, ratenouns.go)
		if n, ok := rateNouns[strings.ToLower(p.raw(j+1))]; ok && n != "" && p.w(j) == nil {
			return n, j + 2
		}
	}
	w := p.w(j)
	raw := p.raw(j)
	switch {
	case w != nil && w.tunit != "":
		return w.tunit, j + 1
	case w != nil && w.unit != "" && (!ambiguousUnits[w.key] || p.adj(j) || lowerSpacedUnits[raw]):
		return w.unit, j + 1
	case raw == "h" || raw == "hr":
		return "hour", j + 1
	case raw == "s" && p.is(j-1, "/") && p.adj(j):
		return "second", j + 1 // "5 GB/s", "3 m/s" (only after a slash)
	case slashTimeAbbrevs[strings.ToLower(raw)] != "" && p.is(j-1, "/") && p.adj(j):
		return slashTimeAbbrevs[strings.ToLower(raw)], j + 1 // "$4.99/mo", "$120/wk"
	}
	k := strings.ToLower(raw)
	if n, ok := rateNouns[k]; ok && n != "" {
		return n, j + 1
	}
	if strings.HasSuffix(k, "s") {
		if n, ok := rateNouns[k[:len(k)-1]]; ok && n != "" && p.is(j-1, "/") {
			return n, j + 1
		}
	}
	return "", 0
}

// Any singular noun after "per" is the denominator of a price (rule
// rate-any-noun), as the nouns of rateNouns are: "a cost of Sh30 per
// message" KES/message, "RM2.5 million per club" MYR/club (articles-dev-1),
// "$5 per widget". The word is in lower case, of letters only, no word of
// the number grammar's vocabulary (units, numbers, "cent", "the") nor a
// plural ("per 1,000 births" is read elsewhere), and ends the phrase: a
// clause mark, a conjunction or a preposition follows.
var ruleRateAnyNoun = newRule("rate-any-noun")

func (p *parser) anyRateNoun(j int) bool {
	if j < 1 || j >= len(p.toks) || !strings.EqualFold(p.raw(j-1), "per") || p.w(j) != nil || p.toks[j].k != tWord {
		return false
	}
	r := p.raw(j)
	if len(r) < 3 || r[len(r)-1] == 's' || lowerIn(notRateNouns, r) {
		return false
	}
	for i := 0; i < len(r); i++ {
		if r[i] < 'a' || r[i] > 'z' {
			return false
		}
	}
	return j+1 >= len(p.toks) || p.toks[j+1].k == tPunct || lowerIn(rateNounFollowers, p.raw(j+1))
}

// notRateNouns follow "per" without naming a denominator: "per se", "per
// the contract", "per annum" (read as a year where the vocabulary has it).
var notRateNouns = lexicon.WordSet(`the this that these those his her their its our your my each every cent annum se`)

// rateNounFollowers may follow the noun of rate-any-noun.
var rateNounFollowers = lexicon.WordSet(`and or but in on at for from to with while when as than by of`)

// areaDenominator reads an area written in words at j, a rate's
// denominator (rule rate): "$500 per square foot", "€12,000 per square
// metre", "£45 per sq ft", "1.14Tb per square inch". Only a length unit
// makes an area ("per square mile", not "per square deal").
func (p *parser) areaDenominator(j int) (string, int) {
	k := p.key(j)
	if cubicWords[k] {
		// a volume: "US$165 per cubic metre" (web-dev-6 log prices),
		// "$3 per cubic foot" (gas and storage prices)
		if w := p.w(j + 1); w != nil && volumeUnit(w.unit) != "" {
			return volumeUnit(w.unit), j + 2
		}
		return "", 0
	}
	if !squareWords[k] {
		return "", 0
	}
	n := j + 1
	if k == "sq" && p.is(n, ".") && p.adj(n) {
		n++
	}
	if w := p.w(n); w != nil && w.unit != "" {
		if a := areaUnit(w.unit); a != w.unit {
			return a, n + 1
		}
	}
	if p.raw(n) == "m" {
		return "m2", n + 1
	}
	return "", 0
}

// slashTimeAbbrevs are short time units read only after a slash, where
// they cannot be words: "$9.99/mo", "$3,000/mo", "$120/wk", "$50/mth".
var slashTimeAbbrevs = map[string]string{"mo": "month", "mos": "month", "mth": "month", "wk": "week", "yr": "year", "hr": "hour", "d": "day"}

func denIsTime(den string) bool { return timeUnitNames[den] }

var timeUnitNames = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true,
	"night": true, "decade": true,
}

// measureDimension is the dimension of a measure unit of the lexicon, ""
// for others (money, counts, percent).
func measureDimension(unit string) string {
	u, ok := lexicon.Unit(unit)
	if !ok || u.Dimension == lexicon.DimMoney || u.Dimension == lexicon.DimCount || u.Dimension == lexicon.DimRatio || u.Dimension == lexicon.DimTime {
		return ""
	}
	return u.Dimension
}

var ruleSlashUnit = newRule("slash-unit")

// slashNumerators are unit symbols that are no unit alone after a number
// ("5 g", "3 m", "10 l", "2 t" may be other things) but are one before a
// slash and a denominator: "120 g/km", "3 m/s", "5.6 l/100km", "8 t/ha".
var slashNumerators = map[string]string{"g": "g", "m": "m", "l": "litre", "L": "litre", "t": "tonne", "kg": "kg", "mg": "mg", "µg": "ug", "μg": "ug", "ug": "ug", "km": "km", "kWh": "kWh", "Wh": "Wh", "ml": "ml", "cm": "cm", "mm": "mm", "mmol": "mmol", "µmol": "umol", "μmol": "umol", "umol": "umol"}

// slashUnitAfter reads a unit symbol, a slash and a denominator after the
// number (rule slash-unit): "120 g/km" (g/km), "3 m/s" (m/s), "10 l/km"
// (litre/km), "5.6 l/100km" (litre/100km), "150 µg/m3" (ug/m3), "126
// mg/dL", "7.0 mmol/L" (mmol/litre). The denominator is a time, a unit, a rate noun, or a number and
// a unit ("100km", "100 km").
func (p *parser) slashUnitAfter(c *cand, j int) bool {
	if c.unit != "" || c.currency || j+2 >= len(p.toks) || p.toks[j].k != tWord || !p.is(j+1, "/") || !p.adj(j+1) || !p.adj(j+2) {
		return false // (most numbers stop here: no slash after the next word)
	}
	num := slashNumerators[p.raw(j)]
	if num == "" {
		if w := p.w(j); w != nil && w.unit != "" && ambiguousUnits[w.key] && lexicon.UnitSymbol(p.raw(j)) == "" {
			num = w.unit // "oz", "ha", "mi"
		}
	}
	if num == "" {
		return false
	}
	den, en := p.slashDenominator(j + 2)
	if den == "" {
		return false
	}
	unit := num + "/" + den
	if u := rateUnits[[2]string{num, den}]; u != "" {
		unit = u
	}
	if den == "second" {
		if e := p.squaredAt(en); e > en {
			unit, en = num+"/s2", e // an acceleration: "9.81 m/s²", "9.8 m/s^2"
		}
	}
	c.setUnit(unit, en)
	c.unitRule = ruleSlashUnit
	return true
}

// squaredAt returns the token after a square glued at j ("²", "^2", "2"),
// or j when none is.
func (p *parser) squaredAt(j int) int {
	switch {
	case j < len(p.toks) && p.adj(j) && p.is(j, "²"):
		return j + 1
	case j+1 < len(p.toks) && p.adj(j) && p.is(j, "^") && p.adj(j+1) && p.isNumAt(j+1) && p.toks[j+1].v == 2:
		return j + 2
	case j < len(p.toks) && p.adj(j) && p.isNumAt(j) && p.toks[j].v == 2 && p.toks[j].ndig == 1 && !p.toks[j].dec:
		return j + 1
	}
	return j
}

// referenceAmount reports a number a rate may be per: a power of ten ("per
// 100 km", "/100g", "per 1,000 births"); "mg/23 mg" pairs two doses.
func referenceAmount(v float64) bool {
	for r := 1.0; r <= 1e6; r *= 10 {
		if v == r {
			return true
		}
	}
	return false
}

// referenceDenominator reads a reference amount and a unit at j, a rate's
// denominator after a slash or "per": "l/100km", "kWh/100 km", "4.3
// litres per 100 kilometres" litre/100km (web-dev-11; the spelled form of
// web-dev-9's and dev4's "l/100km").
func (p *parser) referenceDenominator(j int) (string, int) {
	t := &p.toks[j]
	if t.k != tNum || t.dec || t.sep || t.ndig > 3 || j+1 >= len(p.toks) || p.toks[j+1].k != tWord {
		return "", 0
	}
	if !referenceAmount(t.v) {
		return "", 0 // "3.75 mg/23 mg" is a pair of doses, no rate
	}
	if w := p.w(j + 1); w != nil && w.unit != "" && !ambiguousUnits[w.key] {
		return p.raw(j) + w.unit, j + 2
	}
	return "", 0
}

// slashDenominator reads the denominator after a slash at j: a unit with
// its power ("m3", "m²"), "dL", a number and a unit ("100km", "100 km"),
// or what rateDenominator reads.
func (p *parser) slashDenominator(j int) (string, int) {
	t := &p.toks[j]
	if t.k == tNum {
		return p.referenceDenominator(j)
	}
	if t.k != tWord {
		return "", 0
	}
	if raw := p.raw(j); raw == "dL" || raw == "dl" {
		return "dL", j + 1 // "mg/dL": blood tests
	}
	if u := unitPowers[p.raw(j)]; u.area != "" {
		if power, en := p.powerMarkAt(j + 1); power == 2 {
			return u.area, en // "kg/m2", "people/km²"
		} else if power == 3 {
			return u.volume, en // "µg/m3"
		}
	}
	if p.raw(j) == "m" {
		return "m", j + 1
	}
	return p.rateDenominator(j)
}

// populationNouns close a rate per a number of people (rule
// per-population), with the name the unit gives them.
var populationNouns = map[string]string{
	"people": "person", "persons": "person", "person": "person", "residents": "person", "inhabitants": "person",
	"population": "person", "citizens": "person", "births": "birth", "women": "woman", "men": "man",
	"children": "child", "adults": "adult", "pupils": "pupil", "students": "student", "workers": "worker",
	"patients": "patient",
}

var rulePerPopulation = newRule("per-population")

// perPopulation reads a count per a round number of people as one rate
// (rule per-population): "3.2 deaths per 100,000 people" is 3.2
// count/100000person, "5 cases per 1,000 residents" 5 count/1000person,
// "a rate of 12.1 per 100,000" count/100000; the reference number is no
// mention of its own. At most two words (the thing counted) come between
// the count and "per".
func (p *parser) perPopulation(c *cand) {
	if c.unit != "" || c.currency || c.share || c.yearLike || c.kind != "" && c.kind != claims.KindClaim || c.qual == claims.Vague {
		return
	}
	p.perPopulationAfter(c)
	if c.unit == "" {
		p.rateBasisBefore(c)
	}
}

func (p *parser) perPopulationAfter(c *cand) {
	j := c.en
	for n := 0; n < 2 && j < len(p.toks) && p.toks[j].k == tWord && p.key(j) != "per"; n++ {
		if w := p.w(j); w != nil && (w.fn || w.unit != "" || w.tunit != "" || w.curr != "") {
			return
		}
		j++
	}
	if p.key(j) != "per" || j+1 >= len(p.toks) {
		return
	}
	var v float64
	en := j + 2
	if sc := scalesAfterDigits[strings.ToLower(p.raw(j+1))]; p.toks[j+1].k == tWord && sc.value >= 1e3 && !sc.gluedOnly && !sc.moneyOnly {
		v = sc.value // "per million people"
	} else if p.toks[j+1].k == tNum {
		b := p.valueAt(j + 1)
		if b == nil || b.kind != "" {
			return
		}
		p.scaleAfter(b)
		v, en = b.v, b.en
	} else {
		return
	}
	if !referenceAmount(v) || v < 10 {
		return
	}
	den := ""
	if strings.EqualFold(p.raw(en), "live") && strings.EqualFold(p.raw(en+1), "births") {
		den, en = "birth", en+2
	} else if d := populationNouns[strings.ToLower(p.raw(en))]; d != "" && p.toks[en].k == tWord {
		den, en = d, en+1
	}
	if den == "" && v < 1000 {
		return // "3 goals per 10 games": no population
	}
	c.unit = "count/" + strconv.FormatFloat(v, 'f', -1, 64) + den
	c.hasUnit = true
	c.en = en
	c.unitRule = rulePerPopulation
}

// A bare number set against a rate per population in its sentence is in
// that rate's unit (rule population-rate-shared): "41 per 1,000 live
// births, against a global target of 25", "2.9 beds per 1,000 people,
// below the OECD average of 4.3", "2.6 doctors per 1,000 people, fewer
// than Germany's 4.5" (web-dev-9); web-dev-2's claims gold labels the
// bare values beside a rate per 100,000 so ("up from 18.4", "rates of
// 80.4 and 25.9 respectively"). A comparison word stands between, no
// other number, at most eight tokens; nothing but punctuation or
// "respectively" follows the number ("3,000 people died" counts people).
// A number with a unit of its own keeps it ("4.2 tonnes per hectare,
// against 3.6 tonnes": dev5).
var rulePopulationRateShared = newRule("population-rate-shared")

// populationComparisons set a bare number against a rate before it.
var populationComparisons = lexicon.WordSet(`against than average target versus vs compared from`)

func (p *parser) populationRateShared(c *cand) {
	if c.unit != "count" || c.unitRule != ruleDefaultCount || c.currency || c.share || c.yearLike || c.qual == claims.Range || c.qual == claims.Vague || len(p.out) == 0 {
		return
	}
	if c.en < len(p.toks) && p.toks[c.en].k == tWord && !strings.EqualFold(p.raw(c.en), "respectively") {
		return
	}
	m := &p.out[len(p.out)-1]
	if !strings.HasPrefix(m.Unit, "count/") || len(m.Unit) < 7 || m.Unit[6] < '0' || m.Unit[6] > '9' {
		return
	}
	after := p.tokenStartingFrom(m.End)
	if after < 0 || after >= c.st || c.st-after > 8 {
		return
	}
	cmp := false
	for k := after; k < c.st; k++ {
		if p.toks[k].k == tNum {
			return
		}
		cmp = cmp || p.toks[k].k == tWord && populationComparisons[toLowerASCII(p.raw(k))]
	}
	if !cmp {
		return
	}
	c.unit, c.hasUnit, c.unitRule = m.Unit, true, rulePopulationRateShared
}

// rateWords name a rate before its basis ("the rate per 100,000 people").
var rateWords = lexicon.WordSet(`rate rates`)

// A rate's value after its subject, which names the basis (rule
// rate-basis-before): "The seven-day rate of new infections per 100,000
// people in Italy is now at 20.4" (web-dev-2), "the infection rate per
// 100,000 residents stood at 45", "the murder rate per 100,000 people was
// 6.5" (health and crime news). The basis ("per 100,000 people", a
// reference number of people) follows "rate" or "rates" within nine tokens,
// and the value comes within eight words after it, after "at", "is",
// "was", "of" or "to", with no other number between.
var ruleRateBasisBefore = newRule("rate-basis-before")

// rateValueLinks stand right before the value of a rate named before it.
var rateValueLinks = lexicon.WordSet(`at is was of to were are reached hit`)

func (p *parser) rateBasisBefore(c *cand) {
	link := c.st - 1
	if len(p.out) == 0 || link < 0 || p.toks[link].k != tWord {
		return
	}
	if lowerIn(rateValueBounds, p.raw(link)) {
		link-- // "has fallen below 400", "is now at about 20"
	}
	if link < 0 || p.toks[link].k != tWord || !lowerIn(rateValueLinks, p.raw(link)) && !(link < c.st-1 && lowerIn(rateLevelVerbs, p.raw(link))) {
		return
	}
	// the basis is the last mention, or the last before a year that
	// dates the rate ("the rate per 100,000 throughout 2019 was 753.2")
	i := len(p.out) - 1
	for i > 0 && p.out[i].Kind == claims.KindYear {
		i--
	}
	m := p.out[i]
	if m.Low == nil && (len(p.bounds) == 0) || len(p.bounds) != len(p.out) {
		return
	}
	b := p.bounds[i]
	// (the basis is a claim, or no claim by rule rate-base: "per 100,000
	// people" is no count of its own)
	if m.Kind != claims.KindClaim && m.Kind != claims.KindOther || m.Unit != "count" && m.Unit != "" || b.lo != b.hi || !referenceAmount(b.lo) || b.lo < 1000 {
		return
	}
	// the tokens of the basis: "per" right before it, a population noun after it
	st, en := -1, -1
	for k := range p.toks {
		if p.toks[k].s == m.Start {
			st = k
		}
		if p.toks[k].e == m.End {
			en = k + 1
		}
	}
	if st < 1 || en < 0 || p.key(st-1) != "per" || en >= c.st {
		return
	}
	den := populationNouns[strings.ToLower(p.raw(en))]
	switch {
	case den != "" && p.toks[en].k == tWord:
	case p.key(en) == "of" && populationNouns[strings.ToLower(p.raw(en+1))] != "":
		// "cases per 100,000 of population" (web-dev-13)
		den, en = populationNouns[strings.ToLower(p.raw(en+1))], en+1
	case p.key(en) == "of" && p.key(en+1) == "the" && populationNouns[strings.ToLower(p.raw(en+2))] != "":
		den, en = populationNouns[strings.ToLower(p.raw(en+2))], en+2
	case rateWords[toLowerASCII(p.raw(st-2))]:
		// a bare basis right after "rate": "Aurora's violent crime rate
		// per 100,000 throughout 2019 was 753.2" (web-dev-13), as "a rate
		// of 12.1 per 100,000" is count/100000
		den, en = "", en-1
	default:
		return
	}
	if c.st-(en+1) > 8 {
		return
	}
	for k := en + 1; k < c.st; k++ {
		if p.toks[k].k == tNum && !p.toks[k].yearDigits() {
			return
		}
	}
	rate := false
	for k := st - 2; k >= 0 && k >= st-10; k-- {
		if rateWords[toLowerASCII(p.raw(k))] {
			rate = true
			break
		}
	}
	if !rate {
		return
	}
	c.unit = "count/" + strconv.FormatFloat(b.lo, 'f', -1, 64) + den
	c.hasUnit = true
	c.unitRule = ruleRateBasisBefore
}

// rateLevelVerbs before a bounded value of a rate named before it: "the
// rate of cases per 100,000 of population has fallen below 400"
// (web-dev-13), "the rate per 100,000 people rose above 50".
var rateLevelVerbs = lexicon.WordSet(`fallen fell dropped risen rose climbed stayed remained`)

// rateValueBounds may stand between a rate's link and its value.
var rateValueBounds = lexicon.WordSet(`below above under over about around nearly almost`)

// demonymPlural reports the plural name of a country's people
// (lexicon.RegionNames: "Kenyans", "Americans", "Britons").
func demonymPlural(raw string) bool {
	return strings.HasSuffix(raw, "s") && lexicon.RegionNames[raw] != ""
}

// A base currency quoted in dollars with no "per" (rule currency-quote):
// "the euro fell 0.3% to $1.0850" USD/EUR, "sterling rose to $1.2715"
// USD/GBP (dev5 FX reports), "the euro rose to $1.1175", "the British
// pound rose to $1.3231" (PolNeAR train nyt_2016-07-30). The currency
// word, one markets quote as the base (baseQuoted), opens the clause and
// a change or level verb follows it; the amount follows "to" or "at".
// "euro zone", "pound sterling bonds" name no quote.
var ruleCurrencyQuote = newRule("currency-quote")

// usQuoted reports another country's dollar quoted in US money: "the
// Canadian dollar rose to 74.2 US cents" USD/CAD (web-dev-9), "the loonie
// was little changed at 71.9 US cents", "the kiwi dollar dropped to 58.6
// US cents" (web-dev-11), as "the Australian dollar rose to 66.5 US
// cents" (dev4, dev5: relabelled USD/AUD by ANNOTATION.md's "quoted
// currency per base").
func usQuoted(cur, amount string) bool {
	return amount == "USD" && cur != "USD" && lexicon.IsDollar(cur)
}

// quoteVerbs follow a quoted currency besides the change words: "the euro
// traded at $1.09", "sterling stood at $1.27".
var quoteVerbs = lexicon.WordSet(`was is traded trades trading stood stands ended ends closed closes settled
hovered held hit touched reached firmed weakened strengthened eased steadied`)

// quoteLevelLinks stand before a level a price or a quote reaches: "rose to
// $1.10", "trading at 150 yen" (currencyQuote; changeAmountRate).
var quoteLevelLinks = lexicon.WordSet(`to at`)

// quoteBlockers before a currency word make it no quoted currency: "in
// euro", "per pound".
var quoteBlockers = lexicon.WordSet(`in of for into from by per than`)

func (p *parser) currencyQuote(c *cand) {
	if !c.currency || strings.Contains(c.unit, "/") || c.qual == claims.Range || !lexicon.IsCurrencyCode(c.unit) {
		return
	}
	if !quoteLevelLinks[p.key(c.st-1)] {
		return
	}
	for j := c.st - 2; j >= 0 && j >= c.st-10; j-- {
		t := &p.toks[j]
		if t.k == tPunct && !p.is(j, "%") && !p.is(j, ".") {
			return
		}
		if t.k != tWord {
			continue
		}
		cur := p.currencyAt(j)
		if cur == "" {
			continue
		}
		if !(baseQuoted[cur] || usQuoted(cur, c.unit)) || cur == c.unit || strings.HasSuffix(p.lw(j), "s") || quoteBlockers[p.key(j-1)] {
			return // "sales in euros rose to $5 billion"
		}
		if w := p.w(j + 1); j+1 >= len(p.toks) || p.toks[j+1].k != tWord || (w == nil || w.chg == "") && !quoteVerbs[p.lw(j+1)] {
			return
		}
		c.unit = c.unit + "/" + cur
		c.unitRule = ruleCurrencyQuote
		return
	}
}

// Money after earnings per share is per share (rule per-share-noun):
// "expected adjusted EPS of 97 cents" USD/share (dev5), "EPS of $6.36",
// "EPS of $0.20" (WCXB dev_0046, a stock guide), "earnings per share of
// $1.20". ANNOTATION.md writes the rate USD/share; "revenue of $5.2bn"
// after it is no per-share figure.
var rulePerShareNoun = newRule("per-share-noun")

// Money on a wire results line headed "Shr" is per share (rule
// share-line): "Shr 34 cts vs 1.19 dlrs", "Oper shr loss two cts vs profit
// seven cts", "Shr primary 95.30 pesos vs 29.71 pesos" (web-dev-17: 1987
// Reuters results, one line per company); the year-ago figure after "vs"
// shares the rate (level-shares-rate, resultsLink).
var ruleShareLine = newRule("share-line")

// shareLineWords stand between "Shr" or "vs" and the amount of a results
// line: "Shr loss 51 cts", "vs profit 23 cts", "Shr fully diluted 61 cts".
var shareLineWords = lexicon.WordSet(`loss profit primary diluted fully basic`)

// shareLine reports the head "Shr" (any case) of a results line before the
// amount of c, token j the word before it.
func (p *parser) shareLine(c *cand, j int) bool {
	for j >= 0 && lowerIn(shareLineWords, p.raw(j)) {
		j--
	}
	return strings.EqualFold(p.raw(j), "shr")
}

// perShareLinks stand between "EPS" and its amount.
var perShareLinks = lexicon.WordSet(`of was were is at to rose fell came reached hit stood`)

// Money after a figure per head of population is per person (rule
// per-capita-noun), as money after earnings per share is per share: "GDP
// per capita is about $128,000", "health spending per capita reached
// $12,555" (web-dev-9), "income per head of £31,000"; the basis named
// before the value as per-share-noun and rate-basis-before read it.
var rulePerCapitaNoun = newRule("per-capita-noun")

// perCapitaNouns after "per" name a head of population: "per capita",
// "per head".
var perCapitaNouns = lexicon.WordSet(`capita head`)

func (p *parser) perShareNoun(c *cand) {
	if !c.currency || strings.Contains(c.unit, "/") || c.qual == claims.Vague || c.st < 1 {
		return
	}
	if p.shareLine(c, c.st-1) {
		c.unit += "/share"
		c.unitRule = ruleShareLine
		return
	}
	if c.st < 2 {
		return
	}
	j := c.st - 1
	if perShareLinks[p.lw(j)] || p.is(j, ":") {
		j--
	}
	switch {
	case p.raw(j) == "EPS":
	case p.lw(j) == "share" && p.lw(j-1) == "per" && p.lw(j-2) == "earnings":
	case perCapitaNouns[p.lw(j)] && p.lw(j-1) == "per":
		c.unit += "/person"
		c.unitRule = rulePerCapitaNoun
		return
	default:
		return
	}
	c.unit += "/share"
	c.unitRule = rulePerShareNoun
}
