package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Cents and centavos are the subunit of the money their sentence names
// (rule subunit-of-sentence): "Petrol prices in South Africa will rise by
// 37 cents a litre, taking 95 octane to R23.74 a litre" (web-dev-7: ZAR
// cents), "Meralco cut its rate by 19 centavos per kilowatt-hour to
// ₱11.91" (web-dev-11: PHP centavos). Many currencies write "cents" or
// "centavos"; the lexicon's default (USD, MXN) holds only when the
// sentence names no other money. The other money of the sentence, read
// from a sign, a code or a name (not itself a subunit), is all in one
// currency that differs from the default and has cents (centsOf; not
// sterling, the rupee). Decided so, the money is no longer bare: the
// article's rules leave it.
var ruleSubunitOfSentence = newRule("subunit-of-sentence")

// genericSubunits are subunit words many currencies share.
var genericSubunits = lexicon.WordSet(`cent cents centavo centavos`)

func (p *parser) subunitOfSentence() {
	sub := false
	for i := range p.out {
		if p.genericSubunit(&p.out[i]) {
			sub = true
			break
		}
	}
	if !sub {
		return
	}
	code := ""
	for i := range p.out {
		m := &p.out[i]
		u := lexicon.UnitNumerator(m.Unit)
		if !lexicon.IsCurrencyCode(u) || p.genericSubunit(m) {
			continue // (a bare "$" counts as its dollar: the cents are its own)
		}
		if code != "" && code != u {
			return
		}
		code = u
	}
	if code == "" {
		return
	}
	// the currency must have cents or centavos ("Milk rose 5 cents; the
	// deal is worth £3 billion": sterling has pence, the cents stay a
	// dollar's)
	if !centsOf(code) && !genericSubunitOf(code) {
		return
	}
	for i := range p.out {
		m := &p.out[i]
		if !p.genericSubunit(m) {
			continue
		}
		u := lexicon.UnitNumerator(m.Unit)
		if u == code || !lexicon.IsCurrencyCode(u) {
			continue
		}
		m.Unit = code + strings.TrimPrefix(m.Unit, u)
		m.BareDollar, m.BareCents, m.BareAmount, m.BareName = false, false, false, ""
		m.rules[1] = ruleSubunitOfSentence
	}
}

// genericSubunitOf reports a currency the lexicon reads from one of the
// genericSubunits ("centavos": the peso's).
func genericSubunitOf(code string) bool {
	for w := range genericSubunits {
		if lexicon.CurrencySubunits[w].Code == code {
			return true
		}
	}
	return false
}

// genericSubunit reports money read from a shared subunit word ("37
// cents", "19 centavos per kilowatt-hour").
func (p *parser) genericSubunit(m *Mention) bool {
	r := m.rules[1]
	if r != ruleCurrencySubunit && r != rateRules[ruleCurrencySubunit] {
		return false
	}
	k := p.tokenStartingFrom(m.Start)
	for ; k >= 0 && k < len(p.toks) && p.toks[k].s < m.End; k++ {
		if p.toks[k].k == tWord && lowerIn(genericSubunits, p.raw(k)) {
			return true
		}
	}
	return false
}
