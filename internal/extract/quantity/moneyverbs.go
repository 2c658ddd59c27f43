package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare amount as the object of a verb of paying is money (rule
// money-verb-amount): "we paid 18,000, she said", "may have enabled him to
// pay zero in federal income tax", "she has accepted millions from the
// financial industry" (WCXB, quantity dev and PolNeAR dev texts). The
// amount stands alone: the next token ends the clause or is a preposition
// or conjunction ("paid 300 workers" counts workers). Verbs that also take
// people or things ("accepted 100 from Syria", "raised 3 children") make
// money only of a scaled or vague amount ("millions", "21 thousand").
// Its currency is that of the sentence's last amount of money, else the
// article's (a bare amount: the facade's articleAmount, dollar.go).

var ruleMoneyVerbAmount = newRule("money-verb-amount")

// A vague amount of millions or more that counts no noun ("the tens of
// millions flowing into races", "put hundreds of billions into school
// recovery dollars": PolNeAR and WCXB dev texts) is money when its
// sentence speaks of money (`vagueMoneyWords`; rule vague-money); "millions
// of people" counts people, and neither a sentence's first word
// ("Millions lost their homes") nor the object of a preposition ("watched
// by millions", "sent to millions") is an amount paid; the amount moves
// as money does (`moneyFlowWords` or a participle after it: "reached
// millions as spending grew" stays a count).
var ruleVagueMoney = newRule("vague-money")

// vagueMoneyWords in a sentence make a vague amount that counts no noun
// money.
var vagueMoneyWords = lexicon.WordSet(`money dollars dollar funds funding fundraising donations
donors contributions spending budget cash taxpayer taxpayers`)

// moneyVerbs take money as their object, whatever the amount.
var moneyVerbs = lexicon.WordSet(`pay pays paid paying spend spends spent spending donate donates donated
donating owe owes owed owing earn earns earned earning`)

// moneyVerbsScaled take money as their object when it is scaled or vague.
var moneyVerbsScaled = lexicon.WordSet(`accept accepts accepted accepting raise raises raised raising
receive receives received receiving`)

// afterMoneyObject may follow a bare amount of money.
var afterMoneyObject = lexicon.WordSet(`in from for to into on at and or but`)

func (p *parser) moneyVerbAmount(c *cand) {
	if c.unit != "" || c.hasUnit || c.currency || c.share || c.yearLike || c.kind != "" && c.kind != claims.KindClaim {
		return
	}
	verb := p.raw(c.st - 1) // (a verb in the sentence's body: lower case, no allocation)
	large := c.scaled || c.qual == claims.Vague
	if moneyVerbs[verb] && (c.v == 0 || c.v >= 100 || large) || moneyVerbsScaled[verb] && large {
		if c.en < len(p.toks) {
			if t := p.toks[c.en]; !(t.k == tPunct && !p.is(c.en, "%") || afterMoneyObject[p.raw(c.en)]) {
				return
			}
		}
		p.moneyOfSentence(c, ruleMoneyVerbAmount)
		return
	}
	if w := p.w(c.st - 1); c.qual == claims.Vague && c.lo >= 1e6 && p.key(c.en) != "of" && c.st > 0 && (w == nil || !w.fn || w.key == "the") && p.moneyFlowAfter(c.en) && p.sentenceSpeaksOf(vagueMoneyWords) {
		p.moneyOfSentence(c, ruleVagueMoney)
	}
}

// An amount of money in brackets as the complement of a verb of being or
// after a colon is negative, as accounts write it (rule
// accounting-negative): "The annual revenue is ($99.99)", "Net loss per
// share was ($0.25)", "EPS: ($0.12)", "a net loss of ($1.2 million)". A
// bracketed amount after a noun or another amount stays a restatement or
// a conversion ("a fine of 500 euros ($560)", "the deficit (£2.3m) grew",
// "milk (45p)").
var ruleAccountingNegative = newRule("accounting-negative")

// accountingVerbs before "(" make a bracketed amount negative.
var accountingVerbs = lexicon.WordSet(`is was were are be been of`)

func (p *parser) accountingNegative(c *cand) {
	b := c.st - 1
	if !c.currency || c.qual != "" || c.v <= 0 || strings.Contains(c.unit, "/") || b-1 < p.floor || !p.is(b, "(") || !p.is(c.en, ")") {
		return
	}
	if !(accountingVerbs[p.raw(b-1)] && p.toks[b-1].k == tWord || p.is(b-1, ":")) {
		return
	}
	c.v, c.lo, c.hi = -c.v, -c.lo, -c.hi
	c.st, c.en = b, c.en+1
	c.qual, c.qualRule = claims.Exact, ruleAccountingNegative
}

// A bare number after a preposition of level in a sentence that names a
// stock index is the index's level in points (rule index-level): "the
// Sensex closed at 40,816.38", "the FTSE 100 fell 0.4 per cent to
// 13,176", "the Dow dropped from 38,000", "the Nikkei ended near 33,000",
// "the Sensex scaled a new all-time high of 40,816.38" (ingest-dev-2;
// wire market reports). Counts ("the index has 30
// stocks"), years and small numbers stay as they are.
var ruleIndexLevel = newRule("index-level")

// levelNouns before "of N" make N a level.
var levelNouns = lexicon.WordSet(`high low record peak level close`)

// levelPrepositions before a number make it a level.
var levelPrepositions = lexicon.WordSet(`at to from near above below around past record`)

func (p *parser) indexLevel(c *cand) {
	if c.currency || c.share || c.yearLike || c.hasUnit || c.qual == claims.Vague || c.v < 100 || c.st < 1 {
		return
	}
	level := levelPrepositions[p.key(c.st-1)] || c.qual != "" && c.st >= 2 && levelPrepositions[p.key(c.st-2)] ||
		c.qual != "" && levelPrepositions[p.key(c.st)] || // "the Nikkei ended near 33,000" (the qualifier's own word)
		p.key(c.st-1) == "of" && c.st >= 2 && lowerIn(levelNouns, p.raw(c.st-2)) // "a new all-time high of 40,816.38"
	if !level || p.fxDenominatorAfter(c.en) {
		return // "the Nikkei fell 2.1% ..., as the yen strengthened to 147.20 per dollar": an exchange rate
	}
	if lexicon.NamesStockIndex(p.text) {
		c.unit, c.hasUnit = "point", true
		c.unitRule = ruleIndexLevel
	}
}

// A number after "score of" with its scale "out of" after it is a score
// in points, the scale part of the mention (rule score-of): "receiving a
// score of 734 out of 1,000" is 734 points (web-dev-1: satisfaction
// scores; ratings "a score of 87 out of 100"). A score with no scale ("a
// dive with a score of 409.30": quantity dev) stays a count.
var ruleScoreOf = newRule("score-of")

func (p *parser) scoreOf(c *cand) {
	if c.unit == "" && !c.currency && !c.share && c.qual == "" && c.st >= 1 && p.toks[c.valSt].dec && lowerIn(scoredVerbs, p.raw(c.st-1)) && !p.nounAfter(c.en-1) && !rateDeterminers[p.key(c.en)] {
		// a judged score to decimals after "scored" is points (rule
		// score-of): "Sky Brown, 16, scored 93.11 in her second run"
		// (web-dev-7), "Simone Biles scored 15.066 on the vault"
		// (web-dev-11); "scored 27 goals" counts goals
		c.unit, c.hasUnit = "point", true
		c.unitRule = ruleScoreOf
		return
	}
	if c.unit != "" || c.currency || c.share || c.qual == claims.Vague || c.st < 2 || p.key(c.st-1) != "of" || !strings.EqualFold(p.raw(c.st-2), "score") {
		return
	}
	if !(p.key(c.en) == "out" && p.key(c.en+1) == "of" && c.en+2 < len(p.toks) && p.toks[c.en+2].k == tNum) {
		return
	}
	c.unit, c.hasUnit = "point", true
	c.unitRule = ruleScoreOf
	c.en += 3 // the scale is no claim of its own
}

// scoredVerbs take a judged score: "scored 93.11".
var scoredVerbs = lexicon.WordSet(`scored scores scoring`)

// A number "out of" a scale followed by a rating noun is a rating on
// that scale, not a share (rule rating-out-of): "4.6 out of 5 stars"
// (web-dev-8), "Zip to Zip Moving Inc: 4.58 out of 5 stars" (web-dev-10),
// stay 4.6 and 4.58; the scale is no claim
// of its own. A share keeps its percent: "one out of five adults".
var ruleRatingOutOf = newRule("rating-out-of")

// ratingOutOf reads c as a rating when the scale at en-1, reached by "out
// of" at j-2, is followed by a rating noun; it reports whether it did.
func (p *parser) ratingOutOf(c *cand, j, en int) bool {
	if j < 2 || p.key(j-2) != "out" || p.key(j-1) != "of" {
		return false
	}
	u, r := p.ratingOutOfUnit(c, en) // (scorenouns.go)
	if u == "" {
		return false
	}
	c.unit, c.hasUnit = u, true
	c.unitRule = r
	c.en = en // the scale is no claim of its own
	return true
}

// moneyFlowAfter reports a word at j after a vague amount that moves it as
// money does: a preposition of flow ("into school recovery", "from
// donors", "on ads") or a participle ("flowing into races", "pouring in").
func (p *parser) moneyFlowAfter(j int) bool {
	k := p.raw(j)
	return moneyFlowWords[k] || len(k) > 4 && strings.HasSuffix(k, "ing") && p.toks[j].k == tWord
}

// moneyFlowWords after a vague amount move it as money.
var moneyFlowWords = lexicon.WordSet(`into in from for on to`)

// sentenceSpeaksOf reports whether a word of the sentence is in words.
func (p *parser) sentenceSpeaksOf(words map[string]bool) bool {
	for i := range p.toks {
		if p.toks[i].k == tWord && words[strings.ToLower(p.raw(i))] {
			return true
		}
	}
	return false
}

// moneyOfSentence makes c money in the currency of the sentence's last
// amount of money, else a bare amount (Mention.BareAmount: the article's
// currency, else its dollar), by rule r.
func (p *parser) moneyOfSentence(c *cand, r rule) {
	unit, bare, amount := "USD", true, true
	for k := len(p.out) - 1; k >= 0; k-- {
		u := lexicon.UnitNumerator(p.out[k].Unit)
		if lexicon.IsCurrencyCode(u) {
			unit, bare, amount = u, p.out[k].BareDollar, p.out[k].BareAmount
			break
		}
	}
	c.unit, c.hasUnit, c.currency, c.bareDollar, c.bareAmount = unit, true, true, bare, amount
	c.unitRule = r
}
