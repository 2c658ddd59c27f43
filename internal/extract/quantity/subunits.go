package quantity

import (
	"math"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Money forms: subunits after an amount.

var ruleImpliedSubunit = newRule("implied-subunit")

// clauseEnds are the marks that may close an amount with an implied
// subunit: "It costs 15 dollars and 50."
var clauseEnds = map[string]bool{".": true, ",": true, ";": true, "!": true, "?": true, ")": true, ":": true}

// impliedSubunit reads an amount whose subunits are left unsaid (rule
// implied-subunit): "15 dollars and 50", "It costs 15 dollars 50.", "17
// USD 25", "C$ 100 and fifty" are 15.50, 17.25, 100.50. The number after
// the amount, tokens [k, en), has two digits (or is written in words after
// "and"), ends the clause, and the currency has cents (ISO 4217: two
// minor digits); the amount is whole and unscaled. A currency written
// before the amount ("$15 and 50") needs "and".
func (p *parser) impliedSubunit(c *cand, k, en int, v float64, and bool) {
	if !c.currency || c.scaled || c.v != math.Trunc(c.v) || v < 1 || v >= 100 || v != math.Trunc(v) {
		return
	}
	if t := &p.toks[k]; t.k == tNum {
		if t.ndig != 2 || t.sep || t.dec {
			return
		}
	} else if !and {
		return
	}
	if !and && !c.hasUnit {
		return // "$15 50"
	}
	if en < len(p.toks) && !(p.toks[en].k == tPunct && clauseEnds[p.raw(en)]) {
		return // "15 dollars and 50 cents" is read before; "$15 and 50 people"
	}
	if k := p.key(c.st - 1); k == "between" || k == "from" {
		return // "between 15 dollars and 50"
	}
	if d, ok := lexicon.MinorUnitDigits(c.unit); !ok || d != 2 {
		return
	}
	c.v += v / 100
	c.en, c.valEn = en, en
	c.unitRule = ruleImpliedSubunit
}

// subunitAfterSymbol: the subunits after an amount whose currency is
// written before it: "$3 and 50 cents", "£3 and 20p", "C$ 100 and fifty"
// (rules compound-amount, implied-subunit).
func (p *parser) subunitAfterSymbol(c *cand, j int) bool {
	if !c.currency || c.hasUnit || c.unit == "" || c.scaled {
		return false
	}
	if !(p.key(j) == "and" || p.isNumAt(j)) {
		return false
	}
	en := c.en
	p.compoundAmount(c)
	return c.en != en
}

var ruleHyphenCurrency = newRule("hyphen-currency")

// poundWords are "pound(s)", money or weight by context: a hyphenated "a
// 500-pound bomb" is read by hyphenPound.
var poundWords = map[string]bool{"pound": true, "pounds": true}

var ruleHyphenPound = newRule("hyphen-pound")

// poundNouns decide a hyphenated "N-pound" by the noun it qualifies: money
// ("a 20-pound note", "a 50-pound fine") or weight ("a twenty-pound bag of
// rice", "a 500-pound bomb"); before other nouns it stays a bare number.
var poundNouns = map[string]string{
	"note": "GBP", "notes": "GBP", "coin": "GBP", "coins": "GBP", "fine": "GBP", "fines": "GBP",
	"fee": "GBP", "fees": "GBP", "ticket": "GBP", "tickets": "GBP", "voucher": "GBP", "vouchers": "GBP",
	"bet": "GBP", "bill": "GBP", "charge": "GBP", "payment": "GBP", "prize": "GBP", "tip": "GBP",
	"bag": "lb", "bags": "lb", "sack": "lb", "sacks": "lb", "bomb": "lb", "bombs": "lb", "fish": "lb",
	"turkey": "lb", "salmon": "lb", "tuna": "lb", "weight": "lb", "weights": "lb", "dumbbell": "lb",
	"dumbbells": "lb", "baby": "lb", "box": "lb", "boxes": "lb", "bale": "lb", "bales": "lb",
	"block": "lb", "load": "lb", "package": "lb", "parcel": "lb", "stone": "lb", "bear": "lb",
	"pumpkin": "lb", "rock": "lb", "boulder": "lb", "anchor": "lb", "shell": "lb", "shells": "lb",
	// ingest-dev: "the 55.84-pound bundle"; WCXB dev bodies: "2-pound
	// loaves", "a 2-pound loaf"
	"bundle": "lb", "bundles": "lb", "loaf": "lb", "loaves": "lb",
	// poultry and roasts in recipes: "for a 5-pound bird" (web-dev-10),
	// "a 4-pound chicken", "a 10-pound ham"
	"bird": "lb", "birds": "lb", "chicken": "lb", "chickens": "lb", "ham": "lb", "roast": "lb",
	"brisket": "lb",
	// a heavy object's head noun, read past one modifier noun by
	// poundHeadAt: "a 300-pound manhole cover" (web-dev-12), "a 50-pound
	// steel lid", "a 2,000-pound concrete slab"
	"cover": "lb", "covers": "lb", "lid": "lb", "lids": "lb", "slab": "lb", "slabs": "lb",
	"beam": "lb", "beams": "lb", "statue": "lb", "sculpture": "lb", "bell": "lb", "barbell": "lb",
	"kettlebell": "lb", "tire": "lb", "tyre": "lb", "engine": "lb", "safe": "lb", "hatch": "lb",
}

// poundHeadAt reads the noun phrase after a hyphenated "N-pound" at j (rule
// hyphen-pound) past what poundNouns does not decide: a bracketed
// conversion to a mass or a money amount ("a 154-pound (70-kilogram) man"
// web-dev-16, "a 20-pound (9 kg) bag", "a 50-pound ($64) fine"), or a
// modifier noun before a head of poundNouns ("a 300-pound manhole cover"
// web-dev-12, "a 20-pound note" is read without it). It gives "" when
// nothing decides: "a 10-pound increase" stays a bare number.
func (p *parser) poundHeadAt(j int) string {
	if p.is(j+1, "(") {
		for k := j + 2; k < len(p.toks) && k <= j+6 && !p.is(k, ")"); k++ {
			t := &p.toks[k]
			if t.k == tPunct && lexicon.CurrencySymbols[p.raw(k)] != "" {
				return "GBP" // "a 50-pound ($64) fine": a money amount converted
			}
			if w := p.w(k); t.k == tWord && w != nil && w.unit != "" {
				if u, ok := lexicon.Unit(w.unit); ok && u.Dimension == lexicon.DimMass {
					return "lb"
				}
			}
		}
		return ""
	}
	if j+2 < len(p.toks) && p.toks[j+1].k == tWord && p.toks[j+2].k == tWord && p.w(j+1) == nil {
		return poundNouns[strings.ToLower(p.raw(j+2))]
	}
	return ""
}

// hyphenPound reads "pound" joined to the number by a hyphen (rule
// hyphen-pound), by the noun after it (poundNouns; a person noun,
// personNouns, is weighed).
func (p *parser) hyphenPound(c *cand, j int) {
	unit := poundNouns[strings.ToLower(p.raw(j+1))]
	if unit == "" && personNouns[strings.ToLower(p.raw(j+1))] {
		unit = "lb" // a person's weight: "a 200-pound man", "a 98-pound girl"
	}
	if unit == "" && p.toks[j].k == tWord && j+1 < len(p.toks) {
		unit = p.poundHeadAt(j)
		if unit != "" {
			c.setUnit(unit, j+1)
			c.currency = unit == "GBP"
			c.unitRule = ruleHyphenPound
			return
		}
	}
	if unit == "" || p.toks[j].k != tWord || j+1 >= len(p.toks) || p.toks[j+1].k != tWord {
		return
	}
	c.setUnit(unit, j+1)
	c.currency = unit == "GBP"
	c.unitRule = ruleHyphenPound
}

// hyphenCurrency reads a currency word joined to the number by a hyphen,
// as an adjective (rule hyphen-currency): "a 12-cent dividend", "a
// 300-euro fine", "a 20-dollar bill", "a 5-rupee coin". A subunit is a
// fraction of its unit ("12-cent" is 0.12 USD).
func (p *parser) hyphenCurrency(c *cand, j int, w *word) {
	code := w.curr
	if sub, ok := lexicon.CurrencySubunits[w.key]; ok {
		c.v /= sub.Per
		code = sub.Code
	}
	c.setUnit(code, j+1)
	c.currency = true
	c.bareDollar = code == "USD" && (dollarWords[w.key] || centWords[w.key])
	c.bareCents = c.bareDollar && centWords[w.key]
	c.unitRule = ruleHyphenCurrency
}

// CentsOf reports a currency whose subunit news calls "cents" (centsOf):
// the facade gives bare "cents" the article's currency when it is one.
func CentsOf(code string) bool { return centsOf(code) }

// centsOf reports a currency whose subunit news calls "cents": the
// dollars (USD, CAD, AUD …), the euro, the rand, the shilling — any with
// two minor digits but sterling's pence, India's paise and the like, which
// have words of their own (rule compound-amount: "3 euros and 50 cents",
// "5 rand 20 cents").
func centsOf(code string) bool {
	if lexicon.OwnSubunitWord[code] {
		return false
	}
	if len(code) == 3 && code[2] == 'D' {
		return true
	}
	d, ok := lexicon.MinorUnitDigits(code)
	return ok && d == 2
}
