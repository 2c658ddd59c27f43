package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// An amount written in a currency's subunit after a price per thing in
// that currency, earlier in its sentence, is priced per the same thing
// (rule subunit-shares-rate): "equal to six cts a share in the second
// quarter and equal to nine cts in the six months" (USD/share), "a monthly
// payout of 5.7 cts a share compared with 5.6 cts for the previous month"
// (web-dev-18, two documents), "a final dividend of 31 sen a share,
// bringing the full-year payout to 60 sen" (dev5: MYR/share), "a loss of
// 627,500 or 35 cts" after "1.10 dlrs a share", "wheat rose to $5.72 a
// bushel, while corn added 4 cents" (web-dev-11: USD/bushel). Cents, sen
// and pence are no totals beside a price per share, bushel or
// kilowatt-hour. A price per time is left alone ("$10 a month, plus a 50
// cents fee"), as is an amount that names its own denominator; money in
// another currency or a total between the two ends the search. (The golds
// disagree on a change of another good's price: "…to $82.40 a barrel,
// while US crude gained 98 cents" is USD in web-dev-7, read USD/barrel
// here as web-dev-11 labels "corn added 4 cents".)
var ruleSubunitSharesRate = newRule("subunit-shares-rate")

// subunitForms are the rules that read an amount in a currency's subunit:
// "60 sen", "35 cts", "4 cents", "7.1p".
var subunitForms = func() (a [maxRules]bool) {
	a[ruleCurrencySubunit], a[rulePenceLetter] = true, true
	return a
}()

func (p *parser) subunitSharesRate(c *cand) {
	if !c.currency || !subunitForms[c.unitRule] || strings.Contains(c.unit, "/") || c.share || len(p.out) == 0 {
		return
	}
	for k := len(p.out) - 1; k >= 0; k-- {
		m := p.out[k]
		if m.Kind != claims.KindClaim {
			continue // a date or a period between: "in the second quarter"
		}
		num := lexicon.UnitNumerator(m.Unit)
		if !lexicon.IsCurrencyCode(num) {
			continue // a count or a measure between
		}
		i := strings.IndexByte(m.Unit, '/')
		if num != c.unit || i < 0 || denIsTime(m.Unit[i+1:]) {
			return // money of its own, a total or a price per time before
		}
		c.unit, c.hasUnit, c.unitRule = m.Unit, true, ruleSubunitSharesRate
		return
	}
}
