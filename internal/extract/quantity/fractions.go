package quantity

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Numbers in words: fractions of a scale ("a quarter of a
// million"), fractions after "and" ("two and a quarter million"), decimal
// points in words ("two point five million"), and fractions written with
// "over" ("one over three").

var (
	ruleFractionOfScale = newRule("fraction-of-scale")
	ruleFractionOver    = newRule("fraction-over")
	ruleFractionSlash   = newRule("fraction-slash")
	ruleAndFraction     = newRule("and-fraction")
	rulePointDecimals   = newRule("point-decimals")
	ruleWordFraction    = newRule("word-fraction")
	ruleHalfAUnit       = newRule("half-a-unit")
	ruleHedgedHalf      = newRule("hedged-half")
	ruleHedgedFraction  = newRule("hedged-fraction")
)

// spokenHedges before a bare "half" make it a share the speaker estimates
// (rule hedged-half): "Insurance will cover maybe half", "we got back
// perhaps half" — like "about half", but words that hedge a clause as
// well as a number, so they make only "half" a share, not any word after
// them.
var spokenHedges = lexicon.WordSet(`maybe perhaps probably possibly`)

// A fraction in words after "by" and a hedge is a share, whatever
// follows it (rule fraction-after-by): "sales plummeting by more than a
// third from the spring of 2019" (WCXB), "offences jumped by almost a
// third to 469,788" (web-dev-7); right after "by" the share rule reads it
// ("cut emissions by a third from 2007 to 2020"), and "a third" alone
// before a noun stays an ordinal ("a third term").
var ruleFractionAfterBy = newRule("fraction-after-by")

// fractionHedges may stand between "by" and a fraction in words, and
// before "a third", "a quarter", "a fifth" with no "of" after it make it a
// share (rule hedged-fraction): "about a third involve seniors", "roughly
// a quarter had publicly reported financial terms" (WCXB dev_0078), "sales
// plummeting by more than a third from the spring of 2019" (WCXB
// dev_0243), "down by more than a fifth this year" (fresh-15) — the
// qualifiers "half" takes.
var fractionHedges = lexicon.WordSet(`almost nearly about roughly around some over under just only more less than well
close to least`)

// hedgedBy reports "by" and one to three hedge words ending at token k:
// "by more than", "by almost", "by well over".
func (p *parser) hedgedBy(k int) bool {
	n := 0
	for ; n < 3 && k >= p.floor && p.toks[k].k == tWord && lowerIn(fractionHedges, p.raw(k)); k-- {
		n++
	}
	return n > 0 && k >= p.floor && p.key(k) == "by"
}

// halfUnitAt reports whether a unit word stands at token j after "half a":
// a measure unit that is no common word ("pound", "mile", "litre"), a time
// unit ("hour", "second"), a currency word, "point", or "percent" /
// "percentage point". "Half a million" and "half a dozen" are read as scales instead.
func (p *parser) halfUnitAt(j int) bool {
	w := p.w(j)
	if w == nil || p.toks[j].k != tWord {
		return false
	}
	switch {
	case w.scale != 0:
		return false // "half a million", "half a dozen"
	case w.tunit != "" || w.curr != "":
		return true
	case w.unit != "":
		return !ambiguousUnits[w.key]
	case w.key == "percent" || w.key == "point":
		return true // "half a percent", "won by half a point"
	case w.key == "percentage":
		k := p.key(j + 1)
		return k == "point" || k == "points"
	}
	return false
}

// fractionDenom reads the denominator of a fraction in words at token j: a
// fraction word ("fifth", "thirds", "hundredths", "twelfth"), or tens
// joined to an ordinal ("twenty-fifth", "twenty-firsts", "thirty-seconds").
// It returns the denominator (0 when none stands there), whether it is
// plural, and the token after it.
func (p *parser) fractionDenom(j int) (d float64, plural bool, en int) {
	w := p.w(j)
	if w == nil || p.toks[j].k != tWord {
		return 0, false, j
	}
	if w.isCard && w.card >= 20 && w.card < 100 && int(w.card)%10 == 0 {
		if !p.isHyphen(j+1) || !p.adj(j+1) || !p.adj(j+2) || j+2 >= len(p.toks) || p.toks[j+2].k != tWord {
			return 0, false, j
		}
		switch ow := p.w(j + 2); {
		case ow == nil:
		case ow.ord > 0 && ow.ord < 10:
			return w.card + float64(ow.ord), false, j + 3
		case ow.ordPl > 0:
			return w.card + float64(ow.ordPl), true, j + 3
		}
		return 0, false, j
	}
	if w.frac > 1 {
		return w.frac, w.plural, j + 1
	}
	return 0, false, j
}

// bigScales are the scales a fraction may take: "a quarter of a million".
var bigScales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// fractionOfScale reads a fraction of a scale at token i (rule
// fraction-of-scale): "a quarter of a million", "a quarter million", "a
// quarter-million", "quarter million", "three quarters of a million",
// "three-quarters of a billion", "a third of a billion dollars", "half
// million". It returns nil for shares ("a quarter of voters").
func (p *parser) fractionOfScale(i int) *cand {
	w := p.toks[i].w
	n, j := 1.0, i
	switch {
	case w.frac > 1:
	case w.key == "a" || w.key == "an" || w.key == "one":
		j = i + 1
	case w.isCard && w.card >= 2 && w.card <= 9:
		n, j = w.card, i+1
	default:
		return nil
	}
	fw := p.w(j)
	if fw == nil && j > i && j+1 < len(p.toks) && p.toks[j].k == tPunct && p.isHyphen(j) && p.adj(j) && p.adj(j+1) {
		j++ // "three-quarters"
		fw = p.w(j)
	}
	if fw == nil || fw.frac <= 1 || p.toks[j].k != tWord || n > 1 && !fw.plural && fw.frac != 2 {
		return nil
	}
	k := j + 1
	if p.isHyphen(k) && p.adj(k) && p.adj(k+1) {
		k++ // "a quarter-million"
	} else if p.key(k) == "of" && (p.key(k+1) == "a" || p.key(k+1) == "an") {
		k += 2 // "a quarter of a million"
	}
	s, ok := bigScales[p.key(k)]
	if !ok {
		return nil
	}
	c := &cand{st: i, en: k + 1, v: n / fw.frac * s, words: true, scaled: true, valSt: i, valEn: k + 1}
	c.unitRule = ruleFractionOfScale
	return c
}

// andFraction reads a fraction after "and" in a number in words at token
// j (the "and"): "two and a quarter", "three and a fifth", "five billion
// and three quarters", "one and three-quarters". It returns the fraction
// and the token after it, or 0. A fraction word that is also an ordinal
// ("a third", "a fifth") must end the number: "two and a third candidate"
// is no number.
func (p *parser) andFraction(j int) (float64, int) {
	k := j + 1
	n := 1.0
	switch w := p.w(k); {
	case w == nil:
		return 0, 0
	case w.key == "a" || w.key == "one":
		k++
		if w.key == "one" && p.isHyphen(k) && p.adj(k) && p.adj(k+1) {
			k++ // "two and one-half acts" (web-dev-19), as "two and a half years" (web-dev-3) and "forty two and a third" (quantity suites)
		}
	case w.isCard && w.card >= 2 && w.card <= 9:
		n = w.card
		k++
		if p.isHyphen(k) && p.adj(k) && p.adj(k+1) {
			k++
		}
	default:
		return 0, 0
	}
	fw := p.w(k)
	if fw == nil || fw.frac <= 1 || fw.frac > 10 || p.toks[k].k != tWord || n > 1 && !fw.plural || n == 1 && fw.plural {
		return 0, 0
	}
	if fw.ord > 0 {
		// an ordinal's spelling: the number ends here, or goes on with a
		// scale or unit ("and three quarters million", "and a third
		// miles" are read; "and a third candidate" is not)
		if nw := p.w(k + 1); k+1 < len(p.toks) && p.toks[k+1].k == tWord && (nw == nil || nw.scale == 0 && nw.unit == "" && nw.tunit == "" && nw.curr == "" && !nw.fn) {
			return 0, 0
		}
	}
	return n / fw.frac, k + 1
}

// pointDigits reads the decimals of a number in words after "point" at
// token j: "two point five", "two hundred point zero three", "point
// seventy-one". It returns the decimal part and the token after it, or 0.
func (p *parser) pointDigits(j int) (float64, int) {
	k := j + 1
	digits, scale := 0.0, 1.0
	for k < len(p.toks) && scale < 1e9 {
		w := p.w(k)
		if w == nil || !w.isCard || p.toks[k].k != tWord {
			break
		}
		if w.card >= 10 {
			// "point seventy-one", "point twenty five": one group of two digits
			if scale > 1 {
				break
			}
			v := w.card
			k++
			if w.card >= 20 && int(w.card)%10 == 0 {
				h := k
				if p.isHyphen(h) && p.adj(h) {
					h++
				}
				if nw := p.w(h); nw != nil && nw.isCard && nw.card > 0 && nw.card < 10 {
					v += nw.card
					k = h + 1
				}
			}
			return v / 100, k
		}
		digits = digits*10 + w.card
		scale *= 10
		k++
	}
	if scale == 1 {
		return 0, 0
	}
	return digits / scale, k
}

// fractionOver reads "A over B" after the number c (rule fraction-over):
// "one over three", "1 over twenty-one", "2000 over 3", "one over 20". The
// ends are whole numbers, the second larger than one, and the fraction
// ends the clause (else "over" is a bound: "one over 20 people").
func (p *parser) fractionOver(c *cand) bool {
	j := c.valEn
	if p.key(j) != "over" || c.v != float64(int64(c.v)) || c.v <= 0 || c.en != c.valEn || c.unit != "" || c.qual != "" {
		return false
	}
	b := p.valueAt(j + 1)
	if b == nil || b.kind != "" || b.v < 2 || b.v != float64(int64(b.v)) {
		return false
	}
	if b.en < len(p.toks) && !(p.toks[b.en].k == tPunct && clauseEnds[p.raw(b.en)]) {
		return false
	}
	c.v /= b.v
	c.en, c.valEn = b.en, b.en
	c.unitRule = ruleFractionOver
	return true
}

// overFraction: digits before "over" and a number: "2000 over 3", "1 over
// twenty-one" (rule fraction-over, see fractionOver).
func (p *parser) overFraction(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.dec || t.sep || p.key(i+1) != "over" {
		return nil
	}
	c.valSt, c.valEn = i, i+1
	if p.fractionOver(c) {
		c.yearLike = false // "2000 over 3"
		return c
	}
	return nil
}

// A range between two fractions is a range of shares (rule
// fraction-range): "between a quarter and a third of voters" 25–33.3
// percent (polnear-train), "shrank by about a half to two-thirds" 50–66.7
// (web-dev-1), "from one-third to one-half of the budget". Each end is a
// fraction in words ("a quarter", "a half", "one-third", "two-thirds",
// "half"); the second is larger.
var ruleFractionRange = newRule("fraction-range")

func (p *parser) fractionRange(i int) *cand {
	v1, e1 := p.fractionWordsAt(i)
	if e1 == 0 {
		return nil
	}
	sep := p.key(e1)
	switch {
	case sep == "to":
	case sep == "and" && p.key(i-1) == "between":
	default:
		return nil
	}
	v2, e2 := p.fractionWordsAt(e1 + 1)
	if e2 == 0 || v2 <= v1 {
		return nil
	}
	st := i
	if k := p.key(i - 1); (k == "between" || k == "from") && i-1 >= p.floor {
		st = i - 1
	}
	c := p.newCand(cand{st: st, en: e2, v: 100 * v1, unit: "percent", share: true, words: true, qual: claims.Range})
	c.lo, c.hi = 100*v1, 100*v2
	c.valSt, c.valEn = i, e2
	c.unitRule = ruleFractionRange
	return c
}

// fractionWordsAt reads a fraction in words at j: "a quarter", "a half",
// "half", "one-third", "one third", "two-thirds", "three quarters". It
// returns the fraction and the token after it (0 when none stands there).
func (p *parser) fractionWordsAt(j int) (float64, int) {
	w := p.w(j)
	if w == nil || p.toks[j].k != tWord {
		return 0, 0
	}
	if w.key == "half" {
		return 0.5, j + 1
	}
	num := 0.0
	switch {
	case w.key == "a" || w.key == "an":
		num = 1
	case w.isCard && w.card >= 1 && w.card < 10:
		num = w.card
	default:
		return 0, 0
	}
	k := j + 1
	if p.isHyphen(k) && p.adj(k) {
		k++
	}
	if p.key(k) == "half" && num == 1 {
		return 0.5, k + 1
	}
	d, plural, en := p.fractionDenom(k)
	if d < 2 || plural != (num > 1) || num >= d {
		return 0, 0
	}
	return num / d, en
}

// fractionNouns after "a third", "a quarter" make an ordinal or a
// measure of it, not a share: "nearly a quarter century", "almost a
// fifth straight month".
var fractionNouns = lexicon.WordSet(`century centuries time times term terms straight consecutive successive round place generation`)

// hedgedFraction reports the rule hedged-fraction at "a" (token i) whose
// fraction word ends before token en; after "by" and its hedges the rule
// fraction-after-by reads it.
func (p *parser) hedgedFraction(i, en int) bool {
	if p.toks[i].w.key != "a" || !fractionHedges[p.key(i-1)] || fractionNouns[p.key(en)] || p.hedgedBy(i-1) {
		return false
	}
	if w := p.w(en); w != nil && p.toks[en].k == tWord && (w.tunit != "" || w.unit != "" || w.scale != 0 || w.curr != "") {
		return false // "about a third mile", "about a quarter million"
	}
	return true
}
