package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Ranges: units written on both ends ("Rs 5 lakh to Rs 10
// lakh", "US$5 to US$10", "5 million dollars to 10 million dollars").

var (
	ruleRangeBothEnds = newRule("range-units-both-ends")
	ruleNegativeRange = newRule("negative-range")
)

// rangeStart is the first token of the range c with the reading r: its
// "between" or "from" (not a change's "from": "fell from 5% to 7%").
func (p *parser) rangeStart(c *cand, r *rangeRead) int {
	switch {
	case r.between:
		return r.bst
	case r.from && !p.changeWordBefore(c.st-1):
		return c.st - 1
	}
	return c.st
}

// currencyPrefixAt returns how many tokens at k write the currency of the
// range's first end c before its second end: a sign ("$5-$7 million"), a
// dollar prefix ("US$5 to US$10", "HK$"), an ISO code ("USD 5 million to
// USD 10 million"), an abbreviation ("Rs 5 lakh to Rs 10 lakh", "Rs.");
// 0 when none, or when it names another currency.
func (p *parser) currencyPrefixAt(c *cand, k int) int {
	if !c.currency || k >= len(p.toks) {
		return 0
	}
	raw := p.raw(k)
	if code := lexicon.CurrencySymbols[raw]; code != "" {
		return 1 // (the sign may stand for another dollar: "C$5-$7")
	}
	if p.toks[k].k != tWord {
		return 0
	}
	if code := lexicon.DollarPrefixes[strings.ToLower(raw)]; code == c.unit && p.is(k+1, "$") && p.adj(k+1) {
		return 2
	}
	if code := lexicon.CurrencyLetters[raw]; code == c.unit && k+1 < len(p.toks) && p.adj(k+1) && p.isNumAt(k+1) {
		return 1 // "between R500 billion and R900 billion", "K20 to K30"
	}
	w := p.toks[k].w
	if w == nil {
		return 0
	}
	if w.iso && isUpperWord(raw) && (toUpperASCII(w.key) == c.unit || lexicon.CurrencyCodeAliases[toUpperASCII(w.key)] == c.unit) {
		return 1
	}
	if code := lexicon.CurrencyAbbrevs[w.key]; code == c.unit && isUpperStart(raw) {
		if p.is(k+1, ".") && p.adj(k+1) {
			return 2 // "Rs. 1,000"
		}
		return 1
	}
	return 0
}

// currencyWordAfterEnd extends the second end b of a range over the
// currency word of the first ("5 million dollars to 10 million dollars",
// "10 euros to 20 euros"), and reports whether it did.
func (p *parser) currencyWordAfterEnd(c, b *cand) bool {
	if !c.currency || !c.hasUnit || b.hasUnit {
		return false
	}
	w := p.w(b.en)
	if w == nil || p.toks[b.en].k != tWord {
		return false
	}
	if w.curr == c.unit || dollarWords[w.key] && strings.HasSuffix(c.unit, "D") {
		if sub, ok := lexicon.CurrencySubunits[w.key]; ok {
			b.v /= sub.Per // "34 cents to 36 cents a share": both ends in cents
		}
		b.en++
		return true
	}
	return false
}
