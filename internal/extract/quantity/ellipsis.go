package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare number whose unit is left out because the mention before it in
// the sentence gives it (rule elliptical-unit): "drew 13 percentage points
// from Sanders and 7 from Trump" (7 percentage points), "her four years at
// the university -- two for her bachelor's degree and two for her
// master's" (two years each; PolNeAR texts of the quantity dev sets and
// the PolNeAR train gold). The number is followed by a preposition
// (`ellipsisPrepositions`) and either joins the mention by a conjunction
// or comma when that mention is followed by the same preposition (the two
// stand in parallel), or opens a breakdown after a spaced dash. A
// count gives nothing: "20 people in Kabul and 3 in Kandahar" needs no
// unit word.

var ruleEllipticalUnit = newRule("elliptical-unit")

// ellipsisPrepositions may follow a number whose unit is left out ("7
// from Trump", "two for her master's"); not "of" ("3 of them").
var ellipsisPrepositions = lexicon.WordSet(`from for in among at on to with by`)

func (p *parser) ellipticalUnit(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.share || c.yearLike || c.qual != "" || len(p.out) == 0 {
		return
	}
	if c.scaled && !lexicon.IsCurrencyCode(p.out[len(p.out)-1].Unit) {
		return // (a scaled amount after money is money: "16.74 billion in December and 13.16 billion in January", the wire)
	}
	prep := p.raw(c.en) // (lower case: a preposition inside the sentence)
	if c.en >= len(p.toks) || !ellipsisPrepositions[prep] || p.toks[c.en].k != tWord {
		return
	}
	m := p.out[len(p.out)-1]
	if m.Unit == "" || m.Unit == "count" || m.Unit == "age" || strings.Contains(m.Unit, "/") {
		return
	}
	after := p.tokenStartingFrom(m.End) // the token after the mention
	if after < 0 || after >= c.st || c.st-after > 12 {
		return
	}
	b := c.st - 1
	switch {
	case (p.key(b) == "and" || p.key(b) == "or" || p.is(b, ",")) && strings.EqualFold(p.raw(after), prep):
	case p.isHyphen(b) && (!p.adj(b) || p.isHyphen(b-1)) || p.is(b, "--"):
		// a spaced dash ("--" may be two tokens) opens a breakdown
	default:
		return
	}
	c.unit, c.hasUnit = m.Unit, true
	if lexicon.IsCurrencyCode(m.Unit) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
	}
	c.unitRule = ruleEllipticalUnit
}

// A standings gap after a team's points takes their unit (rule
// standings-gap): "The Drua are ninth on 24 points, four behind the
// sixth-placed Highlanders" (articles-dev-3's gold: four points), "top
// with 60 points, three clear of Burnley", "45 points, two fewer than
// Arsenal", as "two points clear at the top" (dev5, web-dev-7) writes it:
// a bare number right after ", " that follows a mention in points, and a
// word of margin after it.
var ruleStandingsGap = newRule("standings-gap")

// gapWords follow the gap (standingsGap).
var gapWords = lexicon.WordSet(`behind clear adrift ahead short fewer more off`)

func (p *parser) standingsGap(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.scaled || c.share || c.yearLike || c.qual != "" || len(p.out) == 0 || c.en >= len(p.toks) {
		return
	}
	if !lowerIn(gapWords, p.raw(c.en)) || !p.is(c.st-1, ",") {
		return
	}
	m := p.out[len(p.out)-1]
	if m.Unit != "point" || p.tokenStartingFrom(m.End) != c.st-1 {
		return
	}
	c.unit, c.hasUnit = m.Unit, true
	c.unitRule = ruleStandingsGap
}

// The earlier level of a rate, set against it with "from" or "compared
// with", is in the rate's unit (rule level-shares-rate): "costs about
// HK$28,000 a month, up from HK$21,000" (HKD/month), "averaged 42 pesos a
// kilo in January, compared with 28 pesos a year earlier" (MXN/kg), "the
// yen strengthened to 141.7 per dollar, from around 161" (JPY/USD)
// (web-dev-3, web-dev-4). The level has no unit or the rate's numerator;
// between the two stand at most a short phrase ("in January"), a comma and
// "from", "up from", "down from" or "compared with".
var ruleLevelSharesRate = newRule("level-shares-rate")

// levelLinks are the words that set an earlier level against a rate
// ("83.21 to the dollar, little changed from 83.18", "N1,480 to the
// dollar on the official market, against N1,620": dev5's FX reports; the
// level it replaces: "will pay about $119 per month, instead of $159.30"
// (web-dev-12)).
var levelLinks = [][]string{{"from"}, {"up", "from"}, {"down", "from"}, {"compared", "with"}, {"compared", "to"},
	{"increasing", "from"}, {"rising", "from"}, {"climbing", "from"}, {"falling", "from"}, {"dropping", "from"},
	{"declining", "from"}, {"little", "changed", "from"}, {"unchanged", "from"}, {"against"}, {"versus"}, {"vs"},
	{"instead", "of"}, {"rather", "than"}}

// resultsLink reports the tokens from i to before j as a results line's
// link to the year-ago figure: "vs" or "versus", and a word of
// shareLineWords ("Shr 34 cts vs 1.19 dlrs", "Shr loss 6.48 DLS VS PROFIT
// 23 CTS": web-dev-17).
func (p *parser) resultsLink(i, j int) bool {
	if i >= j || !lowerIn(resultsVs, p.raw(i)) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !lowerIn(shareLineWords, p.raw(k)) {
			return false
		}
	}
	return true
}

// restatedAfter reports an amount that ends at token en and is restated
// in another unit after it (", or" or "or" and a number): "vs 3.9 mln
// dlrs, or 73 cts per share", "vs 900,000 dlrs or two cts a share" — the
// amount is a total, its restatement the rate (the wire's results notes).
func (p *parser) restatedAfter(en int) bool {
	if p.is(en, ",") {
		en++
	}
	return p.key(en) == "or" && p.numberWordOrDigitsAt(en+1)
}

// resultsVs set a results line's year-ago figure against this year's.
var resultsVs = lexicon.WordSet(`vs versus`)

func (p *parser) levelSharesRate(c *cand) {
	if c.share || c.yearLike || c.scaled && !c.currency && !c.hasUnit || c.qual == claims.Range && !c.currency || c.qual == claims.Vague || len(p.out) == 0 {
		return
	}
	if p.restatedAfter(c.en) {
		return // a total restated per share: "1.07 dlrs per share, vs 3.9 mln dlrs, or 73 cts per share" (web-dev-18: two documents)
	}
	m := p.out[len(p.out)-1]
	if m.Kind == claims.KindDate && len(p.out) > 1 {
		m = p.out[len(p.out)-2] // "42 pesos a kilo in January, compared with"
	}
	i := strings.IndexByte(m.Unit, '/')
	if i < 0 || !(c.unit == "" && !c.hasUnit || c.unit == m.Unit[:i]) {
		return
	}
	after := p.tokenStartingFrom(m.End) // the token after the rate
	if after < 0 || after >= c.st {
		return
	}
	ok := c.currency && p.resultsLink(after, c.st)
	fx := m.rules[1] == ruleExchangeRate
	for _, l := range levelLinks {
		b := c.st - len(l)
		if l[0] == "from" && (b == after || fx && b > after && b-after <= 4 && p.currencyAt(b-1) != "") && (c.currency || c.en >= len(p.toks) || p.toks[c.en].k != tWord || lowerIn(fxLevelFollowers, p.raw(c.en))) {
			// no comma: "rose to $5 a share from $4", "eased to 161.5
			// per dollar from 160.2" (an exchange rate's mention ends
			// before its denominator)
			ok = true
			break
		}
		if b <= after || !p.is(b-1, ",") || contrastLinks[l[0]] && !fx && !c.currency {
			continue // ("4.2 tonnes per hectare, against 3.6 tonnes last year": dev4 reads tonnes; a price set against a price is one: "P42.76 a kilogram, against P50.69 a year earlier", articles-dev-1)
		}
		if !c.currency && c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(fxLevelFollowers, p.raw(c.en)) {
			continue // a count of its own: "$5 a share, instead of 200 shares"
		}
		match := true
		for k, w := range l {
			if toLowerASCII(p.raw(b+k)) != w || p.toks[b+k].k != tWord {
				match = false
				break
			}
		}
		// at most four words between the rate and the comma (eight after
		// an exchange rate's "to the dollar")
		if match && (b-1-after <= 4 || fx && b-1-after <= 8) {
			for k := after; k < b-1; k++ {
				if p.toks[k].k != tWord {
					match = false
				}
			}
			ok = match
		}
		if ok {
			break
		}
	}
	if !ok {
		return
	}
	c.unit, c.hasUnit, c.unitRule = m.Unit, true, ruleLevelSharesRate
	if lexicon.IsCurrencyCode(m.Unit[:i]) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
		c.bareName = m.BareName
	}
}

// A bare change set after a level with a comma and "up" or "down" is in
// the level's unit (rule change-after-level): market tables and reports,
// "dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks , up 0 . 0085" (the
// suites), "Brent settled at $82.40 a barrel, down 1.15, or 1.4%", "the
// dollar fetched 151.2 yen, up 0.6 from Friday" (written in the manner of
// Reuters and WSJ market reports). The level is money or a measure, not a
// count, a percent (a change of a percent is in points) or an age; the
// change ends its clause or is followed by "or", "from", "on" or "at".
var ruleChangeAfterLevel = newRule("change-after-level")

// contrastLinks set a level against an earlier one rather than reading
// it as the same measure ("…, against 3.6 tonnes last year").
var contrastLinks = lexicon.WordSet(`against versus`)

// changeParticles are the adverbs of change, "up" and "down": between the
// comma and a bare change (", up 3%"), and no change word of their own
// where a verb may carry the change ("rose up", "more than doubled to").
var changeParticles = lexicon.WordSet(`up down`)

// levelUnitsNoChange are the units of a level no bare change after it
// belongs to (changeAfterLevel): counts, shares, ages and points.
var levelUnitsNoChange = lexicon.WordSet(`count percent percentage_point age point`)

// changeFollowers may follow the change.
var changeFollowers = lexicon.WordSet(`or from on at`)

func (p *parser) changeAfterLevel(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.scaled || c.share || c.qual != "" || c.words || len(p.out) == 0 || c.st < 2 {
		return
	}
	if !lowerIn(changeParticles, p.raw(c.st-1)) || p.toks[c.st-1].k != tWord || !p.is(c.st-2, ",") {
		return
	}
	m := p.out[len(p.out)-1]
	if m.Kind != claims.KindClaim || m.Unit == "" || levelUnitsNoChange[m.Unit] {
		return
	}
	if after := p.tokenStartingFrom(m.End); after != c.st-2 {
		return
	}
	if c.en < len(p.toks) && !(p.toks[c.en].k == tPunct && clauseEnds[p.raw(c.en)] || p.toks[c.en].k == tWord && lowerIn(changeFollowers, p.raw(c.en))) {
		return
	}
	c.unit, c.hasUnit, c.unitRule = m.Unit, true, ruleChangeAfterLevel
	code := m.Unit
	if i := strings.IndexByte(code, '/'); i > 0 {
		code = code[:i]
	}
	if lexicon.IsCurrencyCode(code) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
		c.bareName = m.BareName
	}
}

// fxLevelFollowers may follow an earlier level: "from 160.2 a week
// earlier", "little changed from 83.18 on Tuesday".
var fxLevelFollowers = lexicon.WordSet(`on in at a an last the earlier previously before and but while as yesterday
this currently now`) // "from a projected 348 billion this year" (web-dev-18), "from around 20 mln bushels currently" (web-dev-20)

// fxEarlierLevel: the earlier level set against an exchange rate (read
// late, by exchange-rate) is in the rate's unit (rule level-shares-rate):
// "83.21 to the dollar, little changed from 83.18", "eased to 161.5 per
// dollar from 160.2", "N1,480 to the dollar …, against N1,620"; web-dev-4
// "to about 49.5 to the US dollar …, from 30.85".
func (p *parser) fxEarlierLevel(c *cand) {
	if len(p.out) == 0 || strings.Contains(c.unit, "/") || !(c.unit == "count" && c.unitRule == ruleDefaultCount || c.currency) {
		return
	}
	m := p.out[len(p.out)-1]
	if m.rules[1] != ruleExchangeRate {
		return
	}
	if c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(fxLevelFollowers, p.raw(c.en)) {
		return // "per dollar from 12 banks": a count of things
	}
	unit, has, r := c.unit, c.hasUnit, c.unitRule
	if !c.currency {
		c.unit, c.hasUnit = "", false
	}
	p.levelSharesRate(c)
	if c.unitRule != ruleLevelSharesRate {
		c.unit, c.hasUnit, c.unitRule = unit, has, r
	}
}

// The change of a price quoted per unit, written before the new level,
// is in the level's unit (rule change-amount-rate): "Brent settled 87
// cents lower at $77.42 a barrel" (USD/barrel, dev5), "rose 24 cents, to
// $42.46 a barrel", "gained 15 cents, to $20.07 an ounce" (PolNeAR train,
// nyt_2016-07-30 oil and metals report). The amount carries a stated
// change and the numerator's unit; between it and "to" or "at" stand only
// a direction word or a comma. A time denominator is no quote: "up $2, to
// $30 a month" keeps its dollars.
var ruleChangeAmountRate = newRule("change-amount-rate")

// changeAmountLinks stand between a change amount and "to"/"at" before
// the new level: "87 cents lower at", "24 cents, to".
var changeAmountLinks = lexicon.WordSet(`lower higher up down , ,`)

func (p *parser) changeAmountRate(c *cand) {
	i := strings.IndexByte(c.unit, '/')
	if i < 0 || !c.currency || len(p.out) == 0 || denIsTime(c.unit[i+1:]) {
		return
	}
	m := &p.out[len(p.out)-1]
	if m.Unit != c.unit[:i] || m.Change == "" || m.Kind != claims.KindClaim {
		return
	}
	link := c.st - 1
	if !quoteLevelLinks[p.key(link)] {
		return
	}
	after := p.tokenStartingFrom(m.End)
	if after < 0 || after > link || link-after > 2 {
		return
	}
	for k := after; k < link; k++ {
		if !changeAmountLinks[p.lw(k)] {
			return
		}
	}
	m.Unit = c.unit
	m.rules[1] = ruleChangeAmountRate
}

// A price given in two currencies joined by a slash is one price (rule
// currency-pair): the second amount keeps the first's qualifier ("around
// $50/£50": about £50, web-dev-5) and the first takes the second's time
// denominator ("€7.68/$8.95 monthly": EUR/month, web-dev); "For just
// $99/£99" (WCXB) is two exact prices.
var ruleCurrencyPair = newRule("currency-pair")

func (p *parser) currencyPair(c *cand) {
	if !c.currency || len(p.out) == 0 || c.st < 1 || !p.is(c.st-1, "/") || !p.adj(c.st-1) || !p.adj(c.st) {
		return
	}
	m := &p.out[len(p.out)-1]
	if m.End != p.toks[c.st-1].s || m.Kind != claims.KindClaim || !lexicon.IsCurrencyCode(m.Unit) {
		return
	}
	i := strings.IndexByte(c.unit, '/')
	cur := c.unit
	if i >= 0 {
		cur = c.unit[:i]
	}
	if cur == m.Unit {
		return
	}
	if i >= 0 && denIsTime(c.unit[i+1:]) {
		m.Unit += c.unit[i:]
		m.rules[1] = ruleCurrencyPair
	}
	if c.qual == "" || c.qual == claims.Exact {
		switch m.Qualifier {
		case claims.About, claims.Nearly:
			c.qual, c.lo, c.hi, c.open = m.Qualifier, c.v, c.v, 0
		case claims.AtLeast, claims.MoreThan:
			c.qual, c.lo, c.open = m.Qualifier, c.v, 'h'
		case claims.AtMost, claims.LessThan:
			c.qual, c.hi, c.open = m.Qualifier, c.v, 'l'
		default:
			return
		}
		c.qualRule = ruleCurrencyPair
	}
}

// A bare target after a measure in its sentence takes the measure's unit
// (rule measure-target): "We have rehabilitated about 170,000 hectares so
// far, and we want to reach 300,000 by the end of next year", "DXB moved
// 1.8 million tonnes last year, and Dubai World Central can handle 12
// million once it is finished" (articles-dev-2, two articles), "Output hit
// 40 GW last year, and Kenya aims to top 50 by 2030" (web13forms_test.go). A
// verb of reaching or holding (targetVerbs) stands right before the
// number, no other number between, and no noun follows it ("reach 300
// villages" counts villages). Counts, shares, ages, multiples and rates
// give nothing.
var ruleMeasureTarget = newRule("measure-target")

// targetVerbs reach or hold an amount: "reach 300,000", "handle 12 million".
var targetVerbs = lexicon.WordSet(`reach reaches reached reaching handle handles handled top tops exceed exceeds hit hits double`)

// targetLeads may stand between "and" and a target verb: who reaches it
// and the modal words before the verb ("and we want to reach", "and
// Kenya aims to top", "and it can handle"; capitalised names pass).
var targetLeads = lexicon.Union(lexicon.Modals, lexicon.WordSet(`we they it he she i you the want wants aims aim plans plan expects expect hopes hope to also now then still`))

func (p *parser) measureTarget(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.share || c.yearLike || c.words && !c.scaled || c.qual != "" || len(p.out) == 0 || c.st < 1 {
		return
	}
	if p.toks[c.st-1].k != tWord || !lowerIn(targetVerbs, p.raw(c.st-1)) {
		return
	}
	if c.en < len(p.toks) && p.toks[c.en].k == tWord {
		if w := p.w(c.en); w == nil || !w.fn || p.key(c.en) == "of" {
			return // "reach 300 villages", "reach 30 of them"
		}
	}
	m := p.out[len(p.out)-1]
	if m.Kind != claims.KindClaim || m.Unit == "" || m.Unit == "count" || m.Unit == "age" || m.Unit == "times" || percentUnits[m.Unit] || strings.Contains(m.Unit, "/") {
		return
	}
	after := p.tokenStartingFrom(m.End)
	if after < 0 || after >= c.st || c.st-after > 14 {
		return
	}
	for k := after; k < c.st; k++ {
		if p.toks[k].k == tNum {
			return
		}
	}
	// the clause of the target opens with "and" and names who reaches it
	// (a pronoun, a name, modal words: targetLeads); a thing named as its
	// subject is another measure: "5,030 trillion dong, while
	// international tourist arrivals reached 15.4 million" (articles-dev-4)
	k := c.st - 2
	for ; k > after && p.toks[k].k == tWord && (p.capitalised(k) || lowerIn(targetLeads, p.raw(k))); k-- {
	}
	if k <= after || !p.is(k, "and") && p.key(k) != "and" {
		return
	}
	c.unit, c.hasUnit = m.Unit, true
	if lexicon.IsCurrencyCode(m.Unit) {
		c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
	}
	c.unitRule = ruleMeasureTarget
}
