package quantity

import "math"

// Scientific notation written out: "2.48×10−5", "6.02 × 10^23".

var ruleTimesTenPower = newRule("times-ten-power")

// superscripts are the superscript digits and signs of an exponent.
var superscripts = map[string]int{"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9, "⁻": -1, "⁺": -2}

// timesTenPower: scientific notation with a power of ten written out (rule
// times-ten-power): "2.48×10−5", "3 x 10^8", "6.02 × 10^23", "1.6×10⁻¹⁹".
func (p *parser) timesTenPower(c *cand, i int) *cand {
	t := &p.toks[i]
	n := len(p.toks)
	j, ten := i+1, i+2
	if ten >= n || p.toks[ten].k != tNum || p.toks[ten].v != 10 || t.sep {
		return nil // (most numbers stop here)
	}
	if x := p.raw(j); !(x == "×" || x == "x" || x == "X" || x == "*" || x == "·") {
		return nil
	}
	if p.toks[ten].dec || p.toks[ten].ndig != 2 || p.toks[ten].sp != p.toks[j].sp {
		return nil // spaced on both sides or on neither: "3 x 10^8", "3x10^8"
	}
	k := ten + 1
	if k >= n || !p.adj(k) {
		return nil
	}
	exp, neg, digits := 0.0, false, 0
	switch {
	case p.is(k, "^") || p.is(k, "−") || p.is(k, "-") && p.adj(k+1) && p.adj(j):
		// (a hyphen only all glued: "2.48×10-5", not "a 3 × 10-5 win")
		caret := p.is(k, "^")
		k++
		if caret && (p.is(k, "-") || p.is(k, "−") || p.is(k, "+")) && p.adj(k) {
			neg = !p.is(k, "+")
			k++
		} else if !caret {
			neg = true
		}
		if !p.isNumAt(k) || !p.adj(k) || p.toks[k].dec || p.toks[k].ndig > 3 {
			return nil
		}
		exp, digits = p.toks[k].v, 1
		k++
	default:
		for k < n && p.adj(k) {
			d, ok := superscripts[p.raw(k)]
			if !ok {
				break
			}
			switch {
			case d == -1 && digits == 0:
				neg = true
			case d >= 0:
				exp = exp*10 + float64(d)
				digits++
			}
			k++
		}
	}
	if digits == 0 {
		return nil
	}
	if neg {
		exp = -exp
	}
	c.v = t.v * math.Pow(10, exp)
	c.en = k
	c.valSt, c.valEn = i, k
	c.yearLike = false
	c.unitRule = ruleTimesTenPower
	return c
}

var ruleCaretPower = newRule("caret-power")

// caretPower: a number raised to a power with a caret (rule caret-power):
// "10^6", "2^10", "1.1^23", "2.5^-1", "1.1^+23". A power glued to a unit
// ("km^2") is the unit's (unit-power); a lone digit after the caret of a
// number followed by a unit word is left to it too.
func (p *parser) caretPower(c *cand, i int) *cand {
	n := len(p.toks)
	k := i + 1
	if k+1 >= n || !p.adj(k) || p.text[p.toks[k].s] != '^' || p.toks[k].e-p.toks[k].s != 1 {
		return nil // (most numbers stop here)
	}
	t := &p.toks[i]
	k++
	neg := false
	if (p.is(k, "-") || p.is(k, "−") || p.is(k, "+")) && p.adj(k) {
		neg = !p.is(k, "+")
		k++
	}
	if !p.isNumAt(k) || !p.adj(k) || p.toks[k].dec || p.toks[k].sep || p.toks[k].ndig > 3 {
		return nil
	}
	exp := p.toks[k].v
	if neg {
		exp = -exp
	}
	v := math.Pow(t.v, exp)
	if math.IsInf(v, 0) || math.IsNaN(v) || v == 0 {
		return nil
	}
	c.v = v
	c.en = k + 1
	c.valSt, c.valEn = i, k+1
	c.yearLike = false
	c.unitRule = ruleCaretPower
	return c
}
