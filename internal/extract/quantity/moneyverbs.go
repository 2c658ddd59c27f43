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
// Its currency is that of the sentence's last amount of money, else a
// bare dollar, which the article decides (dollar.go).

var ruleMoneyVerbAmount = newRule("money-verb-amount")

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
	verb := strings.ToLower(p.raw(c.st - 1))
	large := c.scaled || c.qual == claims.Vague
	if !(moneyVerbs[verb] && (c.v == 0 || c.v >= 100 || large) || moneyVerbsScaled[verb] && large) {
		return
	}
	if c.en < len(p.toks) {
		if t := p.toks[c.en]; !(t.k == tPunct && !p.is(c.en, "%") || afterMoneyObject[strings.ToLower(p.raw(c.en))]) {
			return
		}
	}
	unit, bare := "USD", true
	for k := len(p.out) - 1; k >= 0; k-- {
		u := p.out[k].Unit
		if i := strings.IndexByte(u, '/'); i > 0 {
			u = u[:i]
		}
		if lexicon.IsCurrencyCode(u) {
			unit, bare = u, p.out[k].BareDollar
			break
		}
	}
	c.unit, c.hasUnit, c.currency, c.bareDollar = unit, true, true, bare
	c.unitRule = ruleMoneyVerbAmount
}
