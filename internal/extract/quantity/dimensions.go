package quantity

import "strings"

var ruleUnitBeforeDimension = newRule("unit-before-dimension")

// dimensionAdjectives after a spaced ambiguous unit ("in", "mi", "t", "m")
// make it the unit: "2 1/2 in thick", "a 6.1 in wide screen", "3 m high".
var dimensionAdjectives = map[string]bool{
	"thick": true, "thin": true, "wide": true, "long": true, "tall": true, "deep": true, "high": true,
	"across": true, "broad": true, "diagonal": true, "diagonally": true, "wider": true, "longer": true,
	"taller": true, "thicker": true, "thinner": true, "deeper": true, "higher": true,
}

// dimensionNouns before the number make a spaced ambiguous unit at a
// clause end the unit: "The length of my pencil is 2 in", "its diameter is
// 5 m.".
var dimensionNouns = map[string]bool{
	"length": true, "width": true, "height": true, "depth": true, "thickness": true, "diameter": true,
	"radius": true, "span": true, "wingspan": true, "circumference": true, "breadth": true,
}

// dimensionNounBefore reports a word of dimensionNouns in the sentence
// before token i.
func (p *parser) dimensionNounBefore(i int) bool {
	for k := 0; k < i; k++ {
		if p.toks[k].k == tWord && lowerIn(dimensionNouns, p.raw(k)) {
			return true
		}
	}
	return false
}

// unitBeforeDimension: an ambiguous unit spelling spaced from its number
// and followed by a dimension adjective, or at a clause end after a
// dimension noun (rule unit-before-dimension): "The door is 2 1/2 in
// thick", "It is 0.3 in thinner", "The length of my pencil is 2 in".
// Alone, "2 in" is no unit ("2 in 10", "born 1990 in Ohio").
func (p *parser) unitBeforeDimension(c *cand, j int) bool {
	if j >= len(p.toks) || p.toks[j].k != tWord || c.currency || c.unit != "" || p.adj(j) {
		return false
	}
	u := ""
	if w := p.toks[j].w; w != nil && w.unit != "" && ambiguousUnits[w.key] {
		u = w.unit
	} else if p.raw(j) == "m" {
		u = "m" // "a 10 m long bridge" ("5 m" alone may be millions)
	}
	if u == "" {
		return false
	}
	if !(dimensionAdjectives[strings.ToLower(p.raw(j+1))] && !(p.isHyphen(j+2) && p.adj(j+2)) || p.clauseEndAt(j+1) && p.dimensionNounBefore(c.st)) {
		return false
	}
	c.setUnit(u, j+1)
	c.unitRule = ruleUnitBeforeDimension
	return true
}
