package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Money a payment named with its period before it is per that period
// (rule period-pay-before): "raised the minimum monthly wage for garment
// workers to Tk 12,500" BDT/month (articles-dev-2), "the minimum monthly
// wage would rise to RM1,700", "bringing the average monthly rent in the
// capital to €2,440" EUR/month (web-dev-4), "a weekly allowance of £40",
// "its hourly fee was $85". The period adjective (periodAdjectives) stands
// before a payment noun (payNouns), at most one word between ("monthly
// minimum wage"); the amount follows within six words, right after a
// link (periodPayLinks: "to", "of", "was"), in the same clause (no
// punctuation) and with no number between. A level set against it
// ("from Tk 8,000", ", up from RM1,500") then shares the rate
// (level-shares-rate). A yearly total is no rate in the golds ("annual
// profit of AED18.7 billion" AED, web-dev-4): "annual" and "yearly" are
// left out.
var rulePeriodPayBefore = newRule("period-pay-before")

// periodAdjectives name the period of a payment, with its time unit.
var periodAdjectives = map[string]string{
	"monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour", "nightly": "night",
}

// payNouns are the payments a period adjective makes a rate of.
var payNouns = lexicon.WordSet(`wage wages salary salaries pay paycheck income rent rents fee fees charge charges
allowance allowances stipend pension pensions payment payments instalment installment subscription premium premiums
bill bills rate rates fare fares tariff tariffs benefit benefits earnings`)

// periodPayLinks stand right before the amount of the payment: "rise to",
// "a fee of", "was"; an amount that opens a noun phrase is another thing
// ("cutting monthly payments on a $400,000 loan": web-dev-7).
var periodPayLinks = lexicon.WordSet(`to of at is was were are be from reach reached reaches hit hits stood stands
totals totalled totaled`)

// periodPayGap bounds the words between the payment noun and the amount.
const periodPayGap = 6

func (p *parser) periodPayBefore(c *cand) {
	if !c.currency || strings.Contains(c.unit, "/") || c.st < 2 || !lowerIn(periodPayLinks, p.raw(c.st-1)) {
		return
	}
	for j := c.st - 2; j >= 1 && j >= c.st-2-periodPayGap; j-- {
		t := &p.toks[j]
		if t.k != tWord {
			return // a comma, a quote, another number: another clause or amount
		}
		if !lowerIn(payNouns, p.raw(j)) {
			continue
		}
		den := lowerIn(periodAdjectives, p.raw(j-1))
		if den == "" && j >= 2 && p.toks[j-1].k == tWord {
			den = lowerIn(periodAdjectives, p.raw(j-2)) // "monthly minimum wage"
		}
		if den == "" {
			return
		}
		c.unit += "/" + den
		c.unitRule = rulePeriodPayBefore
		return
	}
}
