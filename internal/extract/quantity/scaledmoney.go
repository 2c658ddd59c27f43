package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A bare scaled number after money in its sentence is money in the same
// currency (rule scaled-money-ellipsis): "operating profit rose to 4.7
// billion Swedish crowns, beating the average forecast of 4.3 billion"
// (web-dev-11: SEK), "capital investments of 1,770 billion yen in
// 1987/88, including 109 billion for research and development, as against
// a total of 1,600 billion this year" (web-dev-18: JPY both), "the trade
// surplus plunged to 211 mln dlrs in October and since then has averaged
// under 150 mln" (web-dev-17: USD), as ellipticalUnit already reads "16.74
// billion in December and 13.16 billion in January". The number carries a
// scale word and no unit; nothing but a clause mark or a function word
// (scaledMoneyFollowers) follows it ("2.3 billion users" counts users);
// the nearest claim before it is money of a million or more with no
// denominator (a conversion in brackets passed over: "rose to 148 billion
// CFA francs ($245 million) from 121 billion" is XAF, articles-dev-2), and
// no contrast word (contrastClauseWords) stands between them.
var ruleScaledMoneyEllipsis = newRule("scaled-money-ellipsis")

// scaledMoneyFollowers may follow the bare scaled amount.
var scaledMoneyFollowers = lexicon.Union(fxLevelFollowers, lexicon.WordSet(`for from to by over with`))

func (p *parser) scaledMoneyEllipsis(c *cand) {
	if !c.scaled || c.unit != "" || c.hasUnit || c.currency || c.share || c.yearLike || len(p.out) == 0 {
		return
	}
	if c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(scaledMoneyFollowers, p.raw(c.en)) {
		return // "2.3 billion users"
	}
	k := len(p.out) - 1
	for ; k >= 0 && (p.out[k].Kind != claims.KindClaim || p.bracketed(p.out[k])); k-- {
	}
	if k < 0 {
		return
	}
	m := p.out[k]
	if !lexicon.IsCurrencyCode(m.Unit) || strings.Contains(m.Unit, "/") || !p.millionsIn(m) {
		return
	}
	for j := p.tokenStartingFrom(m.End); j >= 0 && j < c.st; j++ {
		if p.toks[j].k == tWord && lowerIn(contrastClauseWords, p.raw(j)) {
			return // another measure set against the money: "5,030 trillion dong, while tourist arrivals reached 15.4 million" (articles-dev-4)
		}
	}
	c.unit, c.hasUnit, c.unitRule = m.Unit, true, ruleScaledMoneyEllipsis
	c.currency, c.bareDollar, c.bareAmount = true, m.BareDollar, m.BareAmount
	c.bareName = m.BareName
}

// contrastClauseWords open a clause that sets another measure against the
// money before it.
var contrastClauseWords = lexicon.WordSet(`while whereas whilst but although though`)

// bracketed reports a mention that opens right after "(": a conversion
// or an aside ("($245 million)").
func (p *parser) bracketed(m Mention) bool {
	k := p.tokenStartingFrom(m.Start)
	return k > 0 && p.is(k-1, "(")
}

// millionsIn reports a scale word of a million or more in m's span ("4.7
// billion Swedish crowns", "211 mln dlrs", "$3bn").
func (p *parser) millionsIn(m Mention) bool {
	for j := p.tokenStartingFrom(m.Start); j >= 0 && j < len(p.toks) && p.toks[j].s < m.End; j++ {
		if w := p.w(j); w != nil && w.scale >= 1e6 {
			return true
		}
	}
	return false
}
