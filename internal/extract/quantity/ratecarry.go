package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A price's denominator written once for several amounts in its currency
// (rule rate-shared-back): the amounts before the rate, joined to it by
// "from … to" or by a list's "and", "or" and commas, are in the rate's
// unit: "jump up from $1.99 to $10.99 per month" (web-dev: USD/month
// both), "parking fees will rise from €4.80 to €6 an hour" (articles-dev-4
// gold: EUR/hour both), "will cost you $70 and $150 per month" (web-dev),
// "$5, $10 or $15 a share". The earlier amount has the rate's currency and
// no denominator of its own, written alike (read by the rule that read
// the rate's numerator); nothing but the link stands between them.
// "Or" before a denominator other than a time restates the amount: "net
// income was $4.1 million, or $0.12 per diluted share" (web-dev-8, dev4).
var ruleRateSharedBack = newRule("rate-shared-back")

// rateBackLinks join an amount to the next one of a shared rate (",", or a
// conjunction after an optional comma); "to" joins them after "from".
var rateBackLinks = [][]string{{"to"}, {"and"}, {"or"}, {","}, {",", "and"}, {",", "or"}}

func (p *parser) rateSharedBack(c *cand) {
	i := strings.IndexByte(c.unit, '/')
	if !c.currency || i < 0 || c.qual == claims.Range || len(p.out) == 0 {
		return
	}
	num := c.unit[:i]
	st := c.st
	for k := len(p.out) - 1; k >= 0; k-- {
		m := &p.out[k]
		if m.Kind != claims.KindClaim || m.Unit != num || m.Qualifier == claims.Range || rateRules[m.rules[1]] != c.unitRule {
			return // (each amount written alike: "87 cents and $5 a barrel" shares nothing)
		}
		after := p.tokenStartingFrom(m.End)
		if after < 0 || after >= st {
			return
		}
		link := p.linkBetween(after, st)
		if link < 0 {
			return
		}
		if l := rateBackLinks[link]; l[len(l)-1] == "or" && !denIsTime(c.unit[i+1:]) {
			return // a restatement: "earned C$2.1 billion, or C$1.52 a share"
		}
		if rateBackLinks[link][0] == "to" {
			// "from $1.99 to $10.99 per month": the amount follows "from"
			ms := p.tokenStartingFrom(m.Start)
			if ms < 1 || !p.wordIs(ms, "from") && !p.wordIs(ms-1, "from") {
				return
			}
		}
		m.Unit = c.unit
		m.rules[1] = ruleRateSharedBack
		if rateBackLinks[link][0] == "to" {
			return // the from-amount opens the pair
		}
		st = p.tokenStartingFrom(m.Start)
	}
}

// linkBetween returns the index in rateBackLinks of the link that the
// tokens from a up to b spell, -1 when they spell none.
func (p *parser) linkBetween(a, b int) int {
	for li, l := range rateBackLinks {
		if b-a != len(l) {
			continue
		}
		ok := true
		for k, w := range l {
			if w == "," && !p.is(a+k, ",") || w != "," && !p.wordIs(a+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return li
		}
	}
	return -1
}

// A price set in parallel with an earlier rate takes its denominator (rule
// rate-parallel): "The fibre plan costs £25 a month for 500Mbps, or £35
// for 900Mbps" (dev5: GBP/month), "Ozempic costs about $936 a month in
// the US, compared with roughly £73 in the UK" (web-dev-11: GBP/month).
// The rate is followed, after at most a few words, by a preposition; the
// amount follows a link ("or", "and", "compared with", "against",
// "versus", "while") and is followed by the same preposition, as
// elliptical-unit reads a bare number. Each amount keeps its currency.
var ruleRateParallel = newRule("rate-parallel")

// parallelLinks stand right before the parallel amount (after an
// optional comma and qualifier words).
var parallelLinks = [][]string{{"or"}, {"and"}, {"compared", "with"}, {"compared", "to"}, {"against"}, {"versus"}, {"vs"}, {"while"}}

// parallelPrepositions follow both the rate and the parallel amount.
var parallelPrepositions = lexicon.WordSet(`for in on at with`)

func (p *parser) rateParallel(c *cand) {
	if !c.currency || strings.Contains(c.unit, "/") || c.share || len(p.out) == 0 || c.en >= len(p.toks) {
		return
	}
	if p.toks[c.en].k != tWord || !lowerIn(parallelPrepositions, p.raw(c.en)) {
		p.parallelQuote(c)
		return
	}
	prep := p.raw(c.en)
	// the last money before c (a measure may stand between: "£25 a month
	// for 500Mbps, or £35")
	m, i, ok := p.lastMoneyRate()
	if !ok {
		return
	}
	after := p.tokenStartingFrom(m.End)
	if after < 0 || after >= c.st || !p.wordIs(after, prep) {
		return
	}
	// the words of the rate's phrase up to a link before c (its
	// qualifier words belong to c: c.st is the qualifier's first token)
	for _, l := range parallelLinks {
		b := c.st - len(l)
		if b <= after || b-after > 6 {
			continue
		}
		match := true
		for k, w := range l {
			if !p.wordIs(b+k, w) {
				match = false
				break
			}
		}
		if match && (denIsTime(m.Unit[i+1:]) || amountComparisons[l[0]]) {
			// (a price per thing is set in parallel only by a comparison,
			// amountComparisons:
			// "Health spending per capita reached $12,555 in the United
			// States, against €5,300 in France", web-dev-9)
			c.unit += m.Unit[i:]
			c.hasUnit, c.unitRule = true, ruleRateParallel
			return
		}
	}
}

// lastMoneyRate is the last money mention read so far if it is a claim
// priced per something (a rate: "$5.72 a bushel"), with the index of its
// unit's "/".
func (p *parser) lastMoneyRate() (m Mention, slash int, ok bool) {
	k := len(p.out) - 1
	for ; k >= 0 && !lexicon.IsCurrencyCode(lexicon.UnitNumerator(p.out[k].Unit)); k-- {
	}
	if k < 0 {
		return Mention{}, 0, false
	}
	m = p.out[k]
	slash = strings.IndexByte(m.Unit, '/')
	return m, slash, m.Kind == claims.KindClaim && slash >= 0
}

// wordIs reports the word w (lower case) at token k, in any case.
func (p *parser) wordIs(k int, w string) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].k == tWord && strings.EqualFold(p.raw(k), w)
}

// A quote's new level set in a clause parallel to an earlier quote's
// takes its denominator (rule rate-parallel): "Gold rose 1.4% to
// $2,045.30 an ounce, and silver added 2% to $23.10" (dev5: USD/oz),
// "wheat futures rose 1.6% to $5.72 a bushel, while corn added 4 cents to
// $4.31 1/2" (web-dev-11: USD/bushel) — the market report's clauses. Both
// levels follow the same quote word ("to", "at": quoteLevelLinks), are in
// one currency, and a clause link (", and", ", but", "while", "whereas":
// parallelClauseLinks) stands between them, with no clause end.
func (p *parser) parallelQuote(c *cand) {
	prep := c.st - 1
	if prep < 1 || p.toks[prep].k != tWord || !quoteLevelLinks[p.key(prep)] {
		return
	}
	m, i, ok := p.lastMoneyRate()
	if !ok || m.Unit[:i] != c.unit {
		return
	}
	ms := p.tokenStartingFrom(m.Start)
	after := p.tokenStartingFrom(m.End)
	if ms < 1 || after < 0 || after >= prep || prep-after > 10 || !strings.EqualFold(p.raw(ms-1), p.raw(prep)) {
		return
	}
	linked := false
	for j := after; j < prep; j++ {
		if p.toks[j].k == tPunct && clauseEnds[p.raw(j)] && !p.is(j, ",") {
			return
		}
		if p.toks[j].k == tWord && lowerIn(parallelClauseLinks, p.raw(j)) && (p.is(j-1, ",") || lowerIn(parallelSubordinators, p.raw(j))) {
			linked = true
		}
	}
	if linked {
		c.unit += m.Unit[i:]
		c.hasUnit, c.unitRule = true, ruleRateParallel
	}
}

// parallelClauseLinks open a clause parallel to the one before
// (parallelQuote): "and", "but" after a comma; "while", "whereas".
var parallelClauseLinks = lexicon.WordSet(`and but while whereas`)

// parallelSubordinators link a parallel clause with no comma before.
var parallelSubordinators = lexicon.WordSet(`while whereas`)
