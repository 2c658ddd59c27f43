package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Road and house numbers that lists and coordination leave bare (conv17;
// ANNOTATION.md: identifiers are no claims). Both golds of a DEV page
// label them identifiers (claims web-dev-8, quantities web-dev-13: "the
// interchange with U.S. 29 and 40", "Main Street (8069, 8059, 8055 and
// 8049)"); our own wording in conventions17_test.go.

// roadLabels name a road by its number: "421 Route 59", "980 Highway 7"
// (numberedRoadAt, roadNumberAt); roadListLabels in the plural ("Routes 1
// and 9"); roadAbbrevs are read on the text, as the grammar splits them at
// their dots ("U.S. 29": usRouteAt). All are lexicon.RoadLabels' rows.
var roadLabels, roadListLabels, roadAbbrevs = roadLabelWords()

// roadLabelWords returns the words of lexicon.RoadLabels: the labels
// without dots, their plurals, the labels with dots.
func roadLabelWords() (labels, plurals map[string]bool, abbrevs []string) {
	labels, plurals = map[string]bool{}, map[string]bool{}
	for _, r := range lexicon.RoadLabels {
		if strings.Contains(r.Word, ".") {
			abbrevs = append(abbrevs, r.Word)
		} else {
			labels[r.Word] = true
		}
		if r.Plural != "" {
			plurals[r.Plural] = true
		}
	}
	return labels, plurals, abbrevs
}

// withRoadLabels adds to the label words the road labels read as such in
// lower case ("route 9"; lexicon.RoadLabels' Label column).
func withRoadLabels(m map[string]claims.Kind) map[string]claims.Kind {
	for _, r := range lexicon.RoadLabels {
		if r.Label {
			m[strings.ToLower(r.Word)] = claims.KindIdentifier
		}
	}
	return m
}

// withRoadStreets adds to the street types the road labels that end a
// street's name ("Pacific Coast Highway"; lexicon.RoadLabels' Street
// column).
func withRoadStreets(m map[string]bool) map[string]bool {
	for _, r := range lexicon.RoadLabels {
		if r.Street {
			m[r.Word] = true
		}
	}
	return m
}

// numberedRoadAt reports a numbered road at token i: a road label, then
// its number in digits ("Route 59").
func (p *parser) numberedRoadAt(i int) bool {
	return roadLabels[p.raw(i)] && p.en(i+1) && p.toks[i+1].k == tNum && p.toks[i+1].sp && !p.toks[i+1].dec
}

// wholeNumber reports a plain whole number token at i: digits, no
// separators or decimals.
func (p *parser) wholeNumber(i int) bool {
	if !p.en(i) {
		return false
	}
	t := &p.toks[i]
	return t.k == tNum && !t.sep && !t.dec && !t.frac && !t.multi && t.ndig <= 5
}

// usRouteAt reports a U.S. route number at token i: "U.S. 29" (a road
// abbreviation, roadAbbrevs, right before the number, a space between).
func (p *parser) usRouteAt(i int) bool {
	if !p.wholeNumber(i) || !p.toks[i].sp || p.toks[i].ndig > 3 {
		return false
	}
	before := strings.TrimRight(p.text[:p.toks[i].s], " ")
	for _, a := range roadAbbrevs {
		if k := len(before) - len(a); strings.HasSuffix(before, a) && (k == 0 || before[k-1] == ' ') {
			return true
		}
	}
	return false
}

// roadNumberAt reports a road's number at token i: after a road label
// ("Route 59", "Routes 1") or "U.S.".
func (p *parser) roadNumberAt(i int) bool {
	if !p.wholeNumber(i) {
		return false
	}
	l := p.raw(i - 1)
	return roadLabels[l] || roadListLabels[l] || p.usRouteAt(i)
}

// roadEndWords may follow a route number: a direction or a coordination.
var roadEndWords = map[string]bool{"and": true, "or": true, "north": true, "south": true, "east": true, "west": true, "northbound": true, "southbound": true, "eastbound": true, "westbound": true}

// roadNumber reports a bare road number (kind rule road-number): "U.S.
// 29" before a coordination, a direction or the clause's end (not "the
// U.S. 50 states"), and a number coordinated after a road number ("U.S.
// 29 and 40", "Routes 1 and 9").
func (p *parser) roadNumber(c *cand) bool {
	if c.valEn != c.valSt+1 || c.st != c.valSt || c.hasUnit || c.currency || c.scaled || !p.wholeNumber(c.valSt) {
		return false
	}
	i := c.valSt
	if p.usRouteAt(i) {
		return !p.en(i+1) || p.toks[i+1].k == tPunct && !p.isHyphen(i+1) || roadEndWords[p.lw(i+1)]
	}
	k := i - 1
	if k >= 1 && (p.lw(k) == "and" || p.lw(k) == "or" || p.is(k, "&")) {
		k--
	} else if !p.is(k, ",") {
		return false
	}
	for k >= 1 && p.is(k, ",") && p.wholeNumber(k-1) && !p.roadNumberAt(k-1) {
		k -= 2 // "Routes 1, 9 and 35"
	}
	if !p.roadNumberAt(k) {
		return false
	}
	return !p.en(i+1) || p.toks[i+1].k == tPunct || roadEndWords[p.lw(i+1)] || p.toks[i+1].k == tWord && p.toks[i+1].w != nil && p.toks[i+1].w.fn
}

// streetNumberList reports a house number in a bracketed list right after
// a street's name (kind rule street-number-list): "at the lower end of
// Main Street (8069, 8059, 8055 and 8049)", "the homes on Elm Street (12,
// 14 and 16)". The brackets hold whole numbers, commas and "and" only.
func (p *parser) streetNumberList(c *cand) bool {
	if c.valEn != c.valSt+1 || c.st != c.valSt || c.hasUnit || c.currency || c.scaled || !p.wholeNumber(c.valSt) {
		return false
	}
	listTok := func(k int) bool {
		return p.wholeNumber(k) || p.is(k, ",") || p.lw(k) == "and" || p.is(k, "&")
	}
	a := c.valSt
	for a > 0 && listTok(a-1) {
		a--
	}
	b := c.valSt
	for p.en(b+1) && listTok(b+1) {
		b++
	}
	if !p.is(a-1, "(") || !p.is(b+1, ")") || b == a {
		return false
	}
	return streetTypes[strings.TrimSuffix(p.raw(a-2), ".")]
}
