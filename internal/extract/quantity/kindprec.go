package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind rules for claim precision on real news and web pages (prec17):
// numbers that name, not count — a model coordinated after a model, a
// text-message short code, a phone number spelled with letters, a number
// inside a quoted title. ANNOTATION.md: "numbers in names of indexes and
// products", "identifiers (phone numbers, URLs, codes)", "numbers inside
// names". Each form is seen in two sources or more (dev golds, the
// precision samples, our own sentences in kindprec_test.go).

// modelListNouns may follow a coordinated model number: "the RTX 4090 and
// 4080 cards", "GTX 1080 & 1070 series" (a lower-case word of another kind
// makes it a count: "the Boeing 737 and 180 passengers").
var modelListNouns = lexicon.WordSet(`series model models card cards chip chips processor processors
version versions edition editions variant variants phone phones jet jets aircraft engine engines
lineup range family`)

// modelListLinks join two model numbers: "1080 & 1070", "4090 and 4080",
// "1050 / 1050 Ti", "737, 747".
var modelListLinks = lexicon.WordSet(`and or & / ,`)

// modelList reports a model number coordinated right after the model
// number a name gives (kind rule model-list): "ZOTAC GeForce GTX 1080 &
// 1070 series", "GeForce GTX 1050 / 1050 Ti" (web-prec-3, two lines),
// "the GeForce RTX 4090 and 4080 cards", "Boeing's 737 and 787 jets"
// (kindprec_test.go). Both numbers are bare whole numbers of the same
// length (three digits or more); the first follows an acronym ("GTX"), a
// camel-case name ("iPhone") or a capitalised word the vocabulary does not
// read, inside the sentence; after the second comes the sentence's end,
// punctuation, a capitalised word ("Ti") or a product noun (modelListNouns).
func (p *parser) modelList(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || t.ndig < 3 || c.en != c.st+1 {
		return false
	}
	k := c.st - 1
	if !lowerIn(modelListLinks, p.raw(k)) {
		return false
	}
	k--
	if !p.en(k) || p.toks[k].k != tNum || p.toks[k].ndig != t.ndig || p.toks[k].sep || p.toks[k].dec || p.adj(k) {
		return false
	}
	n := k - 1
	named := p.acronymCode(n) && !p.sentenceStart(n) || p.camelCase(n) || p.capitalised(n) && !p.sentenceStart(n) && p.w(n) == nil
	if !named {
		return false
	}
	e := c.en
	return e >= len(p.toks) || p.toks[e].k == tPunct || p.capitalised(e) || lowerIn(modelListNouns, p.raw(e))
}

// textWords name a text message before "to" and a short code: "by SMS to
// 20076", "Text STOP to 88000", "send the word HELP by text to 30001".
var textWords = lexicon.WordSet(`sms text txt texting texts`)

// shortCodeAfter may follow a short code: the sentence's end or
// punctuation, or these ("Text STOP to 88000 to unsubscribe", "to 20076
// for free").
var shortCodeAfter = lexicon.WordSet(`to for at or and from free with`)

// textShortCode reports the short code a text message is sent to (kind
// rule sms-shortcode): "by sending their index number by SMS to 20076, at
// a cost of" (articles-dev-1, a not-claim), "Text STOP to 88000 to
// unsubscribe", "send HELP by SMS to 30001" (kindprec_test.go) — a
// number to dial, an identifier. A number of four to six digits after
// "to", a text word at most six words before; "sent texts to 5000 voters"
// stays a count (a noun follows).
func (p *parser) textShortCode(c *cand) bool {
	t := &p.toks[c.valSt]
	if c.currency || c.scaled || c.share || c.qual != "" || c.words || c.st != c.valSt || c.valEn != c.valSt+1 || c.en != c.valEn || c.hasUnit && c.unitRule != ruleIndexLevel {
		return false
	}
	if t.k != tNum || t.sep || t.dec || t.ndig < 4 || t.ndig > 6 || p.lw(c.st-1) != "to" {
		return false
	}
	e := c.en
	if !(e >= len(p.toks) || p.toks[e].k == tPunct || lowerIn(shortCodeAfter, p.raw(e))) {
		return false
	}
	for j := c.st - 2; j >= 0 && j >= c.st-8; j-- {
		if lowerIn(textWords, p.raw(j)) {
			return true
		}
		if p.toks[j].k == tPunct && !p.is(j, "-") {
			return false
		}
	}
	return false
}

// vanityPhone reports the first group of a phone number spelled with
// letters (kind rule vanity-phone): "call 855-JWU-1881" (web-prec-2),
// "call 1-800-GOT-JUNK", "888-NYC-2025" (kindprec_test.go) — digits,
// a hyphen, capital letters the vocabulary does not read, a hyphen and
// digits or the end, all glued.
func (p *parser) vanityPhone(c *cand) bool {
	if c.currency || c.hasUnit || c.scaled || c.share || c.words {
		return false
	}
	for j := c.st; j < c.en; j++ { // digits, or "1-800" glued
		if p.toks[j].k != tNum && !p.is(j, "-") || j > c.st && !p.adj(j) || p.toks[j].sep || p.toks[j].dec {
			return false
		}
	}
	i := c.en
	if !p.is(i, "-") || !p.adj(i) || !p.adj(i+1) || !p.acronymCode(i+1) && !p.allCaps(i+1) {
		return false
	}
	return p.is(i+2, "-") && p.adj(i+2) && p.adj(i+3) && (p.isNumAt(i+3) || p.allCaps(i+3))
}

// allCaps reports a word of two letters or more, all capitals, that the
// vocabulary does not read ("JUNK", "JWU"; not "HOUR").
func (p *parser) allCaps(i int) bool {
	if !p.en(i) || p.toks[i].k != tWord || p.w(i) != nil {
		return false
	}
	r := p.raw(i)
	if len(r) < 2 {
		return false
	}
	for k := 0; k < len(r); k++ {
		if r[k] < 'A' || r[k] > 'Z' {
			return false
		}
	}
	return true
}

// titleSmallWords may stand lower-case inside a title: "10 Things I Hate
// About You", "One Hundred Years of Solitude".
var titleSmallWords = lexicon.WordSet(`a an the of and or nor but in on at to for with from by vs via as`)

// maxTitleTokens bounds the scan for a title's quotation marks.
const maxTitleTokens = 10

// openQuote reports an opening quotation mark at token i: a curly opening
// mark, or a straight one with a space (or the start, or a bracket) before
// it and a token glued after it.
func (p *parser) openQuote(i int) bool {
	switch p.raw(i) {
	case "“", "‘":
		return p.adj(i + 1)
	case "\"", "'", "’":
		return p.adj(i+1) && (i == 0 || p.toks[i].sp || p.is(i-1, "("))
	}
	return false
}

// closeQuote reports a closing quotation mark at token i, glued to the
// token before it and not followed by a glued letter ("Ocean's").
func (p *parser) closeQuote(i int) bool {
	switch p.raw(i) {
	case "”", "’", "\"", "'":
		return p.adj(i) && !(p.adj(i+1) && p.toks[i+1].k == tWord)
	}
	return false
}

// quotedTitle reports a number inside a quoted title (kind rule
// quoted-title): "the film “21 Grams”", "she starred in “10 Things I Hate
// About You”", "3 'Hyakuemu' ('100 Meters')" (web-prec-3), the band "98
// Degrees" when quoted — a name. The quotation holds at most ten tokens,
// opens with a capital or the number, and every word in it is capitalised
// but the small words of titles (titleSmallWords); at least one
// capitalised word besides the number. Quoted speech ("“We cut 20 jobs,”
// he said") is no title; nor a quote in a headline, whose words are all
// capitalised ("Trump Is Right, ‘Thousands of Shootings’ in Chicago",
// dev3.txt), nor a count in brackets after the title ("“American Skin (41
// Shots)” was written after ... shot at 41 times", dev3.txt).
func (p *parser) quotedTitle(c *cand) bool {
	if p.isTitle() {
		return false // a headline capitalises its quotes too ("Trump Is Right, ‘Thousands of Shootings’ in Chicago")
	}
	o := -1
	for j := c.st - 1; j >= 0 && j >= c.st-maxTitleTokens; j-- {
		if p.openQuote(j) {
			o = j
			break
		}
		if p.closeQuote(j) || p.is(j, ".") || p.is(j, ";") || p.is(j, "?") || p.is(j, "!") || p.is(j, "(") {
			return false
		}
	}
	if o < 0 {
		return false
	}
	cl := -1
	for j := c.en; j < len(p.toks) && j <= c.en+maxTitleTokens; j++ {
		if p.closeQuote(j) {
			cl = j
			break
		}
		if p.openQuote(j) || p.is(j, ".") || p.is(j, ";") || p.is(j, "?") || p.is(j, "!") || p.is(j, ",") || p.is(j, "(") {
			return false
		}
	}
	if cl < 0 || cl-o > maxTitleTokens+1 {
		return false
	}
	caps := 0
	for j := o + 1; j < cl; j++ {
		if p.toks[j].k != tWord {
			continue
		}
		switch {
		case p.capitalised(j):
			caps++
		case lowerIn(titleSmallWords, p.raw(j)) && j > o+1:
		case j > o+1 && p.isApostrophe(j-1) && p.adj(j): // "Ocean's"
		default:
			return false
		}
	}
	first := o + 1
	return caps > 0 && (first == c.st || p.capitalised(first) || p.toks[first].k == tNum)
}

// listFormulaNouns name a list article's items after its opening number:
// "10 Things to Know for Today", "Five tips for choosing vegetables:",
// "3 lessons we learned".
var listFormulaNouns = lexicon.WordSet(`things tips ways reasons lessons takeaways questions facts signs steps stages`)

// listFormulaLinks follow the noun in the formula: "things to know",
// "things we learned", "tips for choosing", "stages of video production".
var listFormulaLinks = lexicon.WordSet(`to we you i that about for from of`)

// listFormula reports the number opening a list article's title or
// section head in sentence case (kind rule list-formula; list-heading
// reads title case): a lone number from 2 to 100 at the start of the line
// (after "The", "Our", "My"), a noun of listFormulaNouns and a word of
// listFormulaLinks, in a line ending with a colon or with no stop —
// "Five tips for choosing vegetables:", "5 Stages of Video Production",
// "3 things we learned from the win" (web-prec-3; kindprec_test.go) — or
// the formula "things to know" even with a stop, "10 Things to Know for
// Today." (an AP title, polnear-train's not-claim). "Three things stood out
// in the report." and "Five ways to save money were proposed." keep their
// counts.
func (p *parser) listFormula(c *cand) bool {
	if !c.loneNumber() || c.yearLike || c.v < 2 || c.v > 100 || c.v != float64(int(c.v)) {
		return false
	}
	k := c.st
	if lowerIn(listIntroDeterminers, p.raw(k-1)) && p.capitalised(k-1) {
		k--
	}
	e := c.en
	if !p.sentenceStart(k) || !lowerIn(listFormulaNouns, p.raw(e)) || !lowerIn(listFormulaLinks, p.raw(e+1)) || len(p.toks) > 18 {
		return false
	}
	if p.lw(e) == "things" && p.lw(e+1) == "to" && p.lw(e+2) == "know" {
		return true
	}
	end := strings.TrimRight(p.text, " \t\r\n")
	switch end[len(end)-1] {
	case '.', '!', '?', ';', ',':
		return false
	}
	return true
}

// modelSizeLetters glue a model's size to its number: "7B" (billion
// parameters), "125M".
var modelSizeLetters = map[string]bool{"B": true, "M": true}

// modelSize reports the size that ends a model's name (kind rule
// model-size): a whole number glued to a capital "B" or "M", after a
// capitalised name the vocabulary does not read or after the version
// number of one — "an existing Olmo 3 7B checkpoint", "Olmo 2 1B into
// Bolmo 1B" (web-prec-3, five times on an AI lab's page), "Mistral 7B
// outperforms Llama 2 13B", "Meta released Llama 3 70B" (kindprec_test.go):
// a name, as "iPhone 11" is (ANNOTATION.md). A currency word after it
// ("7B yen") or a lower-case word before it ("raised 7B") leaves it.
func (p *parser) modelSize(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || c.en != c.st+1 {
		return false
	}
	e := c.en
	if !modelSizeLetters[p.raw(e)] || !p.adj(e) || p.en(e+1) && p.adj(e+1) {
		return false
	}
	if w := p.w(e + 1); w != nil && w.curr != "" {
		return false
	}
	k := c.st - 1
	if p.en(k) && p.toks[k].k == tNum && !p.toks[k].sep && p.toks[k].ndig <= 2 {
		k-- // "Olmo 3 7B": the version before the size
	}
	return p.capitalised(k) && p.w(k) == nil
}

// codedLabel reports a registration number after an acronym and a colon
// (kind rule coded-label): "Colonial Van Lines (USDOT: 1434373) is a
// trusted" (web-prec-3, three movers), "(EIN: 123456789)", "MC: 614506,"
// (kindprec_test.go) — an identifier. The number has six digits or more
// and no separators, and ends its bracket or clause; "GDP: 25000" and
// "(GDP: $25,000)" keep theirs.
func (p *parser) codedLabel(c *cand) bool {
	t := &p.toks[c.valSt]
	if !c.plainDigits() || t.sep || t.dec || t.ndig < 6 || c.en != c.st+1 {
		return false
	}
	if !p.is(c.st-1, ":") || !p.acronymCode(c.st-2) {
		return false
	}
	e := c.en
	return e >= len(p.toks) || p.is(e, ")") || p.is(e, ",") || p.is(e, ";") || p.is(e, ".") && e+1 == len(p.toks)
}

// theOnlyOne reports the pronoun "one" of "the only one" (kind rule
// the-only-one): "the only one brave enough to put her name to it"
// (articles-dev-3, no claim in its gold), "you won't be the only one
// trying", "effectively the only one doing real work", "the only one
// left" (WCXB pages of four sites: every "the only one" stands for a
// noun) — no count. "Only one is likely to survive" and "only one of the
// matches" (no "the") keep their count, as "the only one in three" (a
// number after it).
func (p *parser) theOnlyOne(c *cand) bool {
	if !p.wordOne(c) || p.lw(c.st-1) != "only" || p.lw(c.st-2) != "the" {
		return false
	}
	e := c.en
	if p.isNumAt(e) || (p.lw(e) == "in" || p.lw(e) == "out") && (p.isNumAt(e+1) || p.w(e+1) != nil && p.w(e+1).isCard) {
		return false
	}
	return true
}
