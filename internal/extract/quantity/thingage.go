package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A thing's age is years, not a person's age (rule thing-years-old):
// "The old building was 50 years old" (articles-dev-3), "14 of its 31
// large vessels were more than 30 years old" (web-dev-4) are `year`, as
// web-dev-1's claims gold labels "a thousand-year-old metropolis"; "she
// was 16 years old", "the boy is 12 years old", "Smith was 40 years old"
// stay `age` (ANNOTATION.md: an age is a person's). The spaced "N years
// old" follows a copula whose subject is a lower-case noun that names no
// person (personNouns, peoplePlurals) and is no pronoun, and whose head
// is no "age" ("The average age of respondents was 29.6 years old",
// "the median age of buyers is 35 years old" stay `age`: ageSubject).
var ruleThingYearsOld = newRule("thing-years-old")

// personPronouns may be a person: "they were 20 years old", "who was 29".
var personPronouns = lexicon.WordSet(`he she who i they we you it that one`)

func (p *parser) thingYearsOld(c *cand) {
	if c.unit != "age" || c.st < 2 || c.en < 3 || !p.isOld(c.en-1) || !strings.EqualFold(p.raw(c.en-2), "years") || p.isHyphen(c.en-2) {
		return
	}
	if !lowerIn(lexicon.FiniteBe, p.raw(c.st-1)) {
		return
	}
	s := c.st - 2
	if p.ageSubject(s) {
		return
	}
	r := p.raw(s)
	if p.toks[s].k != tWord || r[0] < 'a' || r[0] > 'z' {
		return // a name ("Smith was 40 years old"), a capitalised pronoun
	}
	if lowerIn(personPronouns, r) || lowerIn(agePronouns, r) || lowerIn(personNouns, r) || lowerIn(peoplePlurals, r) ||
		lowerIn(personNouns, strings.TrimSuffix(r, "s")) {
		return
	}
	c.unit = "year"
	c.unitRule = ruleThingYearsOld
}

// ageHeads head a subject that is a person's age: "The average age of
// respondents was 29.6 years old" (web-dev-14), "the mean age of the
// patients was 62 years old".
var ageHeads = lexicon.WordSet(`age ages`)

// ageSubject reports an age head within the four words that end at token
// s, the last word before the copula ("age of respondents", "age of the
// buyers", "age").
func (p *parser) ageSubject(s int) bool {
	for k := s; k >= 0 && k > s-4 && p.toks[k].k == tWord; k-- {
		if ageHeads[p.lw(k)] {
			return true
		}
	}
	return false
}
