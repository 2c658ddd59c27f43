package quantity

// Number forms read at the number grammar's level (see
// numberForms): digit groupings the lexer splits.

var ruleLakhGrouping = newRule("lakh-grouping")

// lakhGrouping: Indian digit grouping, "1,50,000", "12,34,567.89",
// "₹2,00,000": a first group of one or two digits, groups of two, and a
// last group of three (rule lakh-grouping). The lexer reads commas by
// threes and splits such a number ("1" "," "50,000"); when the whole run
// has the lakh shape it is one number, not a list, and its tokens are
// merged into one. It never decides the candidate: the later forms read
// the merged token.
func (p *parser) lakhGrouping(c *cand, i int) *cand {
	if p.mergeLakh(i) {
		t := &p.toks[i]
		c.v = t.v
		c.yearLike = false
		c.unitRule = ruleLakhGrouping
	}
	return nil
}

// mergeLakh merges the tokens of a lakh-grouped number starting at token i
// into token i, and reports whether it did.
func (p *parser) mergeLakh(i int) bool {
	n := len(p.toks)
	if i+2 >= n || p.toks[i+1].sp || p.text[p.toks[i+1].s] != ',' {
		return false // (most numbers stop here: no comma glued after)
	}
	t := &p.toks[i]
	if t.k != tNum || t.sep || t.dec || t.frac || t.lead0 || t.ndig > 2 || p.toks[i+1].k != tPunct || p.toks[i+2].k != tNum || !p.adj(i+2) {
		return false
	}
	text := p.text
	if t.s > 0 && (text[t.s-1] == ',' || isDigit(text[t.s-1]) || text[t.s-1] == '.' && t.s > 1 && isDigit(text[t.s-2])) {
		return false // part of a longer number or list: "5,12,34,567", "3.1,50,000" (not "Rs.1,50,000")
	}
	// groups of two, then one of three
	v := t.v
	ndig := t.ndig
	pos := t.e
	pairs := 0
	for {
		if pos+3 > len(text) || text[pos] != ',' || !isDigit(text[pos+1]) || !isDigit(text[pos+2]) {
			return false
		}
		if pos+3 < len(text) && isDigit(text[pos+3]) {
			// the last group: three digits, no digit after
			if pairs == 0 || pos+4 < len(text) && isDigit(text[pos+4]) {
				return false
			}
			v = v*1000 + float64(text[pos+1]-'0')*100 + float64(text[pos+2]-'0')*10 + float64(text[pos+3]-'0')
			ndig += 3
			pos += 4
			break
		}
		v = v*100 + float64(text[pos+1]-'0')*10 + float64(text[pos+2]-'0')
		ndig += 2
		pairs++
		pos += 3
	}
	if pos+1 < len(text) && text[pos] == ',' && isDigit(text[pos+1]) {
		return false // more groups: not the lakh shape
	}
	end, dec := pos, false
	if pos+1 < len(text) && text[pos] == '.' && isDigit(text[pos+1]) {
		frac, scale := 0.0, 1.0
		for end = pos + 1; end < len(text) && isDigit(text[end]); end++ {
			if scale < 1e15 {
				frac = frac*10 + float64(text[end]-'0')
				scale *= 10
			}
		}
		v += frac / scale
		dec = true
	}
	// the run must end where a token ends
	k := i + 1
	for k < n && p.toks[k].e < end {
		k++
	}
	if k >= n || p.toks[k].e != end || p.toks[k].multi {
		return false
	}
	t.e, t.v, t.sep, t.dec, t.ndig = end, v, true, dec, ndig
	p.toks = append(p.toks[:i+1], p.toks[k+1:]...)
	return true
}

var ruleScaleOfScale = newRule("scale-of-scale")

// scalesOfScales are the scale words that multiply a scale written before
// them after digits (rule scale-of-scale): "Rs 1.5 lakh crore" is 1.5e12,
// "Rs 10 thousand crore" 1e11. Indian news counts crores in lakhs and
// thousands (the words follow parseWords: "three lakh crore").
var scalesOfScales = map[[2]string]float64{
	{"lakh", "crore"}: 1e7, {"lakhs", "crore"}: 1e7, {"lakh", "crores"}: 1e7,
	{"thousand", "crore"}: 1e7, {"hundred", "crore"}: 1e7,
}

// scaleOfScale applies a scale of a scale after the scale word at token
// j-1, which scaleAfter applied.
func (p *parser) scaleOfScale(c *cand, j int) {
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return
	}
	s, ok := scalesOfScales[[2]string{p.key(j - 1), p.key(j)}]
	if !ok {
		return
	}
	c.v *= s
	c.scale *= s
	c.en, c.valEn = j+1, j+1
	c.unitRule = ruleScaleOfScale
}

var ruleSpacedDecimal = newRule("spaced-decimal")

// spacedDecimal: a decimal point with a space on both sides, as in text
// split into word tokens (Penn Treebank style: "rose 4 . 8 % to", "$ 46 .
// 8 million", "1 . 8500 marks"); prose never puts a space before a full
// stop, so "4 . 8" is 4.8 (rule spaced-decimal). Like lakhGrouping it
// merges the tokens and leaves the reading to the later forms.
func (p *parser) spacedDecimal(c *cand, i int) *cand {
	n := len(p.toks)
	if i+2 >= n || !p.toks[i+1].sp || p.text[p.toks[i+1].s] != '.' {
		return nil // (most numbers stop here)
	}
	t, d := &p.toks[i], &p.toks[i+2]
	if t.k != tNum || t.sep || t.dec || t.frac || t.multi || t.ndig > 3 || p.toks[i+1].e-p.toks[i+1].s != 1 ||
		d.k != tNum || !d.sp || d.sep || d.dec || d.frac || d.multi || d.ndig > 6 || p.toks[i+1].k != tPunct {
		return nil
	}
	if p.is(i+3, ".") && !p.adj(i+3) && i+4 < n && p.toks[i+4].k == tNum || i >= 2 && p.is(i-1, ".") && !p.adj(i) && p.toks[i-2].k == tNum {
		return nil // "1 . 2 . 3": a numbering
	}
	frac, scale := 0.0, 1.0
	for k := d.s; k < d.e; k++ {
		frac = frac*10 + float64(p.text[k]-'0')
		scale *= 10
	}
	t.e, t.v, t.dec = d.e, t.v+frac/scale, true
	p.toks = append(p.toks[:i+1], p.toks[i+3:]...)
	c.v, c.en, c.valEn = t.v, i+1, i+1
	c.yearLike = false
	c.unitRule = ruleSpacedDecimal
	return nil
}

var ruleSpacedThousands = newRule("spaced-thousands")

// spacedThousands: thousands separators with a space on both sides, as in
// text split into word tokens (Penn Treebank style, as the suites' "10 ,
// 000 monkeys", "1 , 118 publishable tunes"; "a staff of 2 , 500"); prose
// never puts a space before a comma, so a group of exactly three digits
// after " , " continues the number (rule spaced-thousands). A list stays
// a list: another spaced comma and number before, or a group not of three
// digits after ("1 , 2 and 3", "5 , 100 , 20"). Like spacedDecimal it
// merges the tokens and leaves the reading to the later forms.
func (p *parser) spacedThousands(c *cand, i int) *cand {
	n := len(p.toks)
	if i+2 >= n || !p.toks[i+1].sp || p.text[p.toks[i+1].s] != ',' {
		return nil // (most numbers stop here)
	}
	t := &p.toks[i]
	if t.k != tNum || t.sep || t.dec || t.frac || t.multi || t.lead0 || t.ndig > 3 {
		return nil
	}
	if i >= 2 && p.is(i-1, ",") && p.toks[i-1].sp && p.toks[i-2].k == tNum {
		return nil // "5 , 10 , 000": a list
	}
	group := func(k int) bool { // " , ddd" at k
		if k+1 >= n || !p.toks[k].sp || p.toks[k].k != tPunct || p.toks[k].e-p.toks[k].s != 1 || p.text[p.toks[k].s] != ',' {
			return false
		}
		d := &p.toks[k+1]
		return d.k == tNum && d.sp && d.ndig == 3 && !d.sep && !d.dec && !d.frac && !d.multi
	}
	v, k := t.v, i+1
	for group(k) {
		v = v*1000 + p.toks[k+1].v
		k += 2
	}
	if k == i+1 || k+1 < n && p.is(k, ",") && p.toks[k].sp && p.toks[k+1].k == tNum && p.toks[k+1].sp {
		return nil // no group, or a list after: "5 , 100 , 20"
	}
	t.e, t.v, t.sep, t.ndig = p.toks[k-1].e, v, true, t.ndig+3*(k-i-1)/2
	p.toks = append(p.toks[:i+1], p.toks[k:]...)
	c.v, c.en, c.valEn = t.v, i+1, i+1
	c.yearLike = false
	c.unitRule = ruleSpacedThousands
	return nil
}

var ruleDecimalComma = newRule("decimal-comma")

// decimalComma: a comma as the decimal mark, as much of Europe writes
// numbers (rule decimal-comma): "3,5 millones", "2,5 %", "1.111,11",
// "1.234.567,89 euros". A comma before one or two digits is no thousands
// separator; it is read as a decimal mark only where that is unambiguous:
// after dot-grouped thousands, or before a scale, a percent sign, a unit or
// currency, or the end of a clause ("rounds 1,2 and 3" stays a list).
// Like lakhGrouping it merges the tokens and leaves the reading to the
// later forms.
func (p *parser) decimalComma(c *cand, i int) *cand {
	t := &p.toks[i]
	if t.k != tNum || t.sep || t.frac || t.lead0 || i+2 >= len(p.toks) || !p.adj(i+1) || p.text[p.toks[i+1].s] != ',' {
		return nil // (most numbers stop here: no comma glued after)
	}
	text := p.text
	if t.s > 0 && (isDigit(text[t.s-1]) || text[t.s-1] == ',' || text[t.s-1] == '.') {
		return nil
	}
	// the integer part: 1-3 digits, then groups of ".ddd"
	pos, v, groups := t.s, 0.0, 0
	for pos < len(text) && isDigit(text[pos]) && pos-t.s < 3 {
		v = v*10 + float64(text[pos]-'0')
		pos++
	}
	if pos < len(text) && isDigit(text[pos]) {
		return nil
	}
	for pos+3 < len(text) && text[pos] == '.' && isDigit(text[pos+1]) && isDigit(text[pos+2]) && isDigit(text[pos+3]) && !(pos+4 < len(text) && isDigit(text[pos+4])) {
		v = v*1000 + float64(text[pos+1]-'0')*100 + float64(text[pos+2]-'0')*10 + float64(text[pos+3]-'0')
		pos += 4
		groups++
	}
	// the decimals: a comma and one or two digits, no digit or ",d" after
	if pos+1 >= len(text) || text[pos] != ',' || !isDigit(text[pos+1]) {
		return nil
	}
	end := pos + 2
	if end < len(text) && isDigit(text[end]) {
		end++
	}
	if end < len(text) && (isDigit(text[end]) || (text[end] == ',' || text[end] == '.') && end+1 < len(text) && isDigit(text[end+1])) {
		return nil
	}
	frac := float64(text[pos+1] - '0')
	scale := 10.0
	if end-pos == 3 {
		frac, scale = frac*10+float64(text[pos+2]-'0'), 100
	}
	k := i + 1
	for k < len(p.toks) && p.toks[k].e < end {
		k++
	}
	if k >= len(p.toks) || p.toks[k].e != end {
		return nil
	}
	if groups == 0 && !p.decimalCommaAfter(k+1) {
		return nil
	}
	t.e, t.v, t.dec, t.multi, t.sep, t.ndig = end, v+frac/scale, true, false, groups > 0, pos-t.s-groups
	p.toks = append(p.toks[:i+1], p.toks[k+1:]...)
	c.v, c.en, c.valEn = t.v, i+1, i+1
	c.yearLike = false
	c.unitRule = ruleDecimalComma
	return nil
}

// decimalCommaAfter reports whether token j lets a comma before one or two
// digits be a decimal mark: a scale word ("millones" is read as a scale in
// Spanish-language copy too), a percent sign or word, a unit or currency
// word or code, or the end of a clause.
func (p *parser) decimalCommaAfter(j int) bool {
	if j >= len(p.toks) || p.is(j, "%") || p.is(j, ".") || p.is(j, ";") || p.is(j, "!") || p.is(j, "?") {
		// ("see items (1,2)" and "1,2: the rules" stay lists)
		return true
	}
	if decimalCommaScales[toLowerASCII(p.raw(j))] {
		return true
	}
	w := p.w(j)
	return w != nil && p.toks[j].k == tWord && (w.scale > 0 || w.unit != "" && !ambiguousUnits[w.key] || w.curr != "" || w.iso || w.key == "percent")
}

// decimalCommaScales are the scale words of copy that writes a decimal
// comma (Spanish, Portuguese, Italian, French, German) read after it.
var decimalCommaScales = map[string]bool{
	"millones": true, "millón": true, "mil": true, "milhões": true, "milhão": true, "milioni": true,
	"miliardi": true, "millions": true, "milliards": true, "millionen": true, "milliarden": true, "mrd": true, "mio": true,
}

// spacedSlashFraction: a fraction whose slash stands apart, as in text
// split into word tokens: "7 3 / 4 % bonds", "priced at 101 1 / 4",
// "fell as much as 1 / 4 point" (rule fraction-slash). The fraction takes
// a denominator of fractionDenominators, a numerator below it, and a whole
// number before it or a percent, point, unit or "of" after it.
func (p *parser) spacedSlashFraction(c *cand, i int) *cand {
	n := len(p.toks)
	t := &p.toks[i]
	if t.sep || t.dec || i+2 >= n || !p.spacedSlashAt(i+1) && !p.spacedSlashAt(i+2) {
		return nil // (most numbers stop here: no spaced slash after)
	}
	frac := func(a int) (float64, bool) { // a: the numerator's token
		if a+2 >= n || p.toks[a].k != tNum || !p.is(a+1, "/") || !p.toks[a+1].sp || !p.toks[a+2].sp || p.toks[a+2].k != tNum || p.toks[a+2].dec || p.toks[a+2].sep || p.toks[a].dec {
			return 0, false
		}
		x, y := p.toks[a].v, p.toks[a+2].v
		if !fractionDenominators[y] || x < 1 || x >= y || p.is(a+3, "/") {
			return 0, false
		}
		return x / y, true
	}
	if f, ok := frac(i + 1); ok && p.toks[i+1].sp && t.ndig <= 3 {
		c.v = t.v + f // "7 3 / 4 %", "101 1 / 4"
		c.en = i + 4
	} else if f, ok := frac(i); ok && p.spacedFractionBefore(i+3) {
		c.v = f // "1 / 4 point"
		c.en = i + 3
	} else {
		return nil
	}
	c.yearLike = false
	c.valSt, c.valEn = i, c.en
	c.unitRule = ruleFractionSlash
	return c
}

// spacedFractionBefore reports whether token j makes a lone spaced fraction
// one: a percent sign, "point(s)", "of", or a unit or currency that is no
// common word ("1 / 4 point", "3 / 4 of the total"; not "2 / 3 in").
func (p *parser) spacedFractionBefore(j int) bool {
	if p.is(j, "%") {
		return true
	}
	w := p.w(j)
	return w != nil && p.toks[j].k == tWord && (w.key == "point" || w.key == "points" || w.key == "of" || w.curr != "" || w.unit != "" && !ambiguousUnits[w.key])
}

// spacedSlashAt reports a slash standing apart at token k ("3 / 4").
func (p *parser) spacedSlashAt(k int) bool {
	return k < len(p.toks) && p.toks[k].sp && p.toks[k].e-p.toks[k].s == 1 && p.text[p.toks[k].s] == '/'
}
