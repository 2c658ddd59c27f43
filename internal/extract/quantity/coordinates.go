package quantity

// minuteMarks write the minutes of an angle.
var minuteMarks = map[string]bool{"′": true, "'": true, "’": true}

// coordinate reports a latitude or longitude (kind rule coordinate, an
// identifier of a place as an address is): a degree before a compass
// letter (compassLetters), glued or spaced, or before minutes and the letter.
// "Coordinates: 42°S 174°E" (web-dev-14's Wikipedia page), "40.7128° N,
// 74.0060° W", "at 41°17′S 174°46′E"; "35°C", "turned 90° to the right"
// and "the 360° view" stay measures.
func (p *parser) coordinate(c *cand) bool {
	if c.unit != "degree" || !p.en(c.en) {
		return false
	}
	k := c.en
	if p.toks[k].k == tNum && !p.toks[k].sp && p.en(k+1) && minuteMarks[p.raw(k+1)] {
		k += 2 // the minutes: "41°17′S"
	}
	return p.en(k) && p.toks[k].k == tWord && compassLetters[p.raw(k)]
}
