package quantity

import "strings"

// Units read after a unit word: powers of lengths.

var ruleUnitPower = newRule("unit-power")

// unitPowers are the area and volume of a length unit, one row each: what
// "square"/"sq"/"cubic"/"cu" before it or a power after it ("km²", "m2",
// "km^3", "km squared", "km cubed") make of it.
var unitPowers = map[string]struct{ area, volume string }{
	"km":   {"km2", "km3"},
	"m":    {"m2", "m3"},
	"cm":   {"cm2", "cc"},
	"mm":   {"mm2", "mm3"},
	"mile": {"mile2", "mile3"},
	"foot": {"foot2", "foot3"},
	"yard": {"yard2", "yard3"},
	"inch": {"inch2", "inch3"},
}

// areaUnit is the area of a length unit ("square miles"), else u.
func areaUnit(u string) string {
	if pw, ok := unitPowers[u]; ok {
		return pw.area
	}
	return u
}

// volumeUnit is the volume of a length unit ("cubic metres"), or "".
func volumeUnit(u string) string { return unitPowers[u].volume }

// unitPower reads a power written after a length unit (rule unit-power):
// "km²", "m³", "24703m2", "4km^3", "40 km squared", "4 km cubed".
func (p *parser) unitPower(c *cand) {
	j := c.en
	if j >= len(p.toks) {
		return
	}
	power, en := p.powerMarkAt(j)
	if t := &p.toks[j]; power == 0 && t.k == tWord && t.e-t.s >= 5 && (strings.EqualFold(p.raw(j), "squared") || strings.EqualFold(p.raw(j), "cubed")) {
		power, en = 2, j+1
		if strings.EqualFold(p.raw(j), "cubed") {
			power = 3
		}
	}
	if power == 0 {
		return
	}
	c.setPowerOf(c.unit, power, en)
}

// setPowerOf gives c the area (power 2) or the volume (power 3) of the
// length unit u, read up to token en (rule unit-power), and reports
// whether u has that power (unitPowers).
func (c *cand) setPowerOf(u string, power, en int) bool {
	pw, ok := unitPowers[u]
	switch {
	case !ok:
		return false
	case power == 2:
		c.setUnit(pw.area, en)
	case power == 3:
		c.setUnit(pw.volume, en)
	default:
		return false
	}
	c.unitRule = ruleUnitPower
	return true
}

// powerMarkAt reports a power glued at token j, "²", "³", "^2", "^3" or a
// lone digit 2 or 3, and the token after it.
func (p *parser) powerMarkAt(j int) (power, en int) {
	if j >= len(p.toks) || !p.adj(j) {
		return 0, j
	}
	t := &p.toks[j]
	switch {
	case p.is(j, "²"):
		return 2, j + 1
	case p.is(j, "³"):
		return 3, j + 1
	case p.is(j, "^") && p.isNumAt(j+1) && p.adj(j+1) && p.toks[j+1].ndig == 1 && !p.toks[j+1].dec:
		return int(p.toks[j+1].v), j + 2
	case t.k == tNum && t.ndig == 1 && !t.dec && p.toks[j-1].k == tWord && !(j+1 < len(p.toks) && p.adj(j+1) && (p.toks[j+1].k == tNum || p.toks[j+1].k == tWord)):
		// "m2", "km3" (not "A4s", "m2.5")
		return int(t.v), j + 1
	}
	return 0, j
}

// spacedPowerUnit: a length symbol with a power, spaced from the number:
// "3,000 m²", "5 m3", "10 km^2" (rule unit-power); a lone "m" after a
// number is otherwise no unit ("5 m" may be millions).
func (p *parser) spacedPowerUnit(c *cand, j int) bool {
	if j+1 >= len(p.toks) || !p.adj(j+1) || p.toks[j].k != tWord || c.currency || c.unit != "" || p.adj(j) {
		return false // (the power is glued to the unit: most numbers stop here)
	}
	u := ""
	if p.raw(j) == "m" {
		u = "m"
	} else if w := p.w(j); w != nil && len(p.raw(j)) <= 2 {
		u = w.unit // km, cm, mm, ft, mi, in
	}
	if u == "" {
		return false
	}
	power, en := p.powerMarkAt(j + 1)
	return c.setPowerOf(u, power, en)
}
