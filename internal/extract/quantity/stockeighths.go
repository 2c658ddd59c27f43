package quantity

import (
	"math"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare fraction in eighths in a sentence about a company's stock is a
// share price in dollars (rule stock-price-eighths): US exchanges quoted
// prices in fractions of a dollar until 2001, and the wire writes them
// bare: "American Express closed … at 72-5/8, up 4-1/8", "Viacom shares
// climbed 2-1/2 to 50-3/8", "Purolator's stock slipped 3/8 today to close
// at 34-3/4", "its stock be halted …, last trade 24-1/8" (web-dev-17,
// web-dev-18: five documents). The number is a mixed number or a fraction
// whose denominator divides 16, read a count for want of a unit, in a
// sentence naming shares or stock (shareWords); nothing but a function
// word or a clause mark follows it ("2-1/2 shares for each" counts
// shares). The dollar is the bare "$" (the article decides which).
var ruleStockPriceEighths = newRule("stock-price-eighths")

// stockPriceFollowers may follow the price: "up 4-1/8 on heavy volume",
// "slipped 3/8 today to close".
var stockPriceFollowers = lexicon.WordSet(`on in at to from by and or but while as after before today yesterday`)

// stockFractionForms are the number forms of the fractions it reads.
var stockFractionForms = func() (a [maxRules]bool) {
	a[ruleMixedNumberHyphen], a[ruleFractionSlash] = true, true
	return a
}()

func (p *parser) stockPriceEighths(c *cand) {
	if c.unit != "count" || !stockFractionForms[c.unitRule] || c.v*16 != math.Floor(c.v*16) {
		return
	}
	if c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(stockPriceFollowers, p.raw(c.en)) {
		return
	}
	st, en := p.sentenceAround(c.st)
	stock := false
	for k := st; k < en && !stock; k++ {
		stock = p.toks[k].k == tWord && lowerIn(shareWords, p.raw(k))
	}
	if !stock {
		return
	}
	c.unit, c.hasUnit, c.unitRule = "USD", true, ruleStockPriceEighths
	c.currency, c.bareDollar = true, true
}
