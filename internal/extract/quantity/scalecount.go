package quantity

import "strings"

// A capital "B" glued to digits without a currency is billions of the
// counted noun after it (rule b-billion-count), as a capital "M" is
// millions (m-million): "trained on 9.8B tokens (approximately 43B
// bytes)" (a WCXB page), "1.2B users", "2B records", "15B parameters";
// before a singular noun or none, or after a name, it stays as it was
// ("Unit 4B features", "Bolmo 7B improves", "a 7B model", "the
// Qwen3-14B model": names), and money keeps its own reading
// ("$470B"). The noun is counted as for "35m Echo devices": a plural
// (pluralsWithoutS too) right after it or after one word, or a unit word
// ("43B bytes").
var ruleBBillionCount = newRule("b-billion-count")

// bIsBillion reports a "B" at token j glued to the number of c that is
// billions of a counted noun.
func (p *parser) bIsBillion(c *cand, j int) bool {
	if p.raw(j) != "B" || !p.adj(j) || c.currency || c.st > 0 && p.adj(c.st) && (p.toks[c.st-1].k == tWord || p.isHyphen(c.st-1) || p.toks[c.st-1].k == tNum) {
		return false // ("H-1B visas", "LAION-5B": a name's letter)
	}
	if b := c.st - 1; b >= 0 && p.toks[b].k == tWord && isUpperASCII(p.raw(b)[0]) && (p.toks[b].w == nil || !p.toks[b].w.fn) {
		return false // a name's size or letter: "Bolmo 7B improves", "Unit 4B features"
	}
	n := j + 1
	if n >= len(p.toks) || p.toks[n].k != tWord || p.adj(n) {
		return false
	}
	if w := p.w(n); w != nil && (w.unit != "" && !ambiguousUnits[w.key]) {
		return true // "43B bytes"
	}
	return p.countedNounAt(n)
}

// countedNounAt reports a counted noun at token n: a plural noun, or a
// word and a plural noun ("35m Echo devices", "1.2B active users"), or a
// plural without s ("1m people").
func (p *parser) countedNounAt(n int) bool {
	if pluralsWithoutS[strings.ToLower(p.raw(n))] {
		return true
	}
	for k := n; k <= n+1 && k < len(p.toks) && p.toks[k].k == tWord; k++ {
		w := p.w(k)
		if w != nil && (w.fn || w.tunit != "" || w.month > 0) {
			return false
		}
		if r := strings.ToLower(p.raw(k)); len(r) > 3 && r[len(r)-1] == 's' && !strings.HasSuffix(r, "ss") && !strings.HasSuffix(r, "us") && !strings.HasSuffix(r, "is") {
			return true
		}
	}
	return false
}
