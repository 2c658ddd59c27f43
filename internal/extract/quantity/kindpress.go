package quantity

import "github.com/factcheck/extract/internal/extract/lexicon"

// Kind rules for forms of US newspaper prose met in web-dev-19 (1961
// press of the Brown corpus) and seen in another dev source too, named
// in the comment of each.

// monthCommaYear reads a year after a capitalised month and a comma as one
// date with it (rule month-comma-year): "in August, 1959, for exhibition"
// (web-dev-19), "the initiative announced in April, 1986, it said"
// (web-dev-17, and 16 more DEV Reuters documents: "December, 1986", "July,
// 1984"), as "April 1986" is one (rule date). A day ("Sept. 23, 24"), a
// number with a thousands comma ("In April, 1,000 people") or a
// lower-case month is not read.
func (p *parser) monthCommaYear(c *cand) bool {
	if !c.yearLike || c.hasUnit || c.currency || c.scaled || c.qual != "" || c.st != c.valSt || c.st < 2 {
		return false
	}
	m := c.st - 1
	if !p.is(m, ",") || !p.adj(m) || m-1 < p.floor || !p.isMonth(m-1) || !p.capitalised(m-1) {
		return false
	}
	c.st = m - 1
	return true
}

// appositiveAgeAdverbs may stand between the comma of an apposition and
// its age: "Vintila and Bogdan Radu, both 34, who designed the devices"
// (web-dev-16), "her widowed mother, 80, her maiden aunt, also 80 and
// bedridden" (web-dev-19).
var appositiveAgeAdverbs = lexicon.WordSet(`both also each`)

// appositiveAgeAdverb reads an age in apposition after one of
// appositiveAgeAdverbs (rule appositive-age-adverb), as rule
// appositive-age reads "Maduro, 61,": a name or a word for a person, a
// comma, the adverb, a whole number up to 120, then a comma, a clause end
// or "and". "sales, both 34 and 40 percent" (no person) is not read.
func (p *parser) appositiveAgeAdverb(c *cand) bool {
	if !p.appositiveAgeValue(c) || c.st < 3 {
		return false
	}
	a := c.st - 1
	if !appositiveAgeAdverbs[p.key(a)] || p.toks[a].k != tWord || !p.is(a-1, ",") {
		return false
	}
	if !p.personAt(a - 2) {
		return false
	}
	if !(c.en >= len(p.toks) || p.is(c.en, ",") || p.is(c.en, ";") || p.is(c.en, ")") || p.clauseEndAt(c.en) || p.key(c.en) == "and") {
		return false
	}
	c.unit = "age"
	return true
}

// streetUnitName reports a number in digits whose capitalised unit word
// and a street type after it make a street's name or an address (kind
// rule street-unit-name), as rule number-unit-name reads "Ninety Mile
// beach" (web-dev-7) a name: "They reside at 4911 Miles Dr." (web-dev-19),
// "the plant on 8 Mile Road". "ran 8 miles on Road 12" (lower-case unit)
// stays a distance.
func (p *parser) streetUnitName(c *cand) bool {
	if c.words || !c.hasUnit || c.currency || c.qual != "" || c.st != c.valSt || c.valEn != c.valSt+1 || c.en != c.valEn+1 {
		return false
	}
	return p.capitalised(c.en-1) && streetTypes[p.raw(c.en)]
}
