package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Kind rules for claim precision on wire news (prec19, web-prec-5: 60
// DEV Reuters-21578 stories of 1987). Each form is seen in two sources or
// more (web-prec-5 and a dev gold, or our own sentences in
// kindwire_test.go).

// splitWords name a stock split, a bonus or a rights issue near its
// ratio: "a three-for-two stock split", "split its stock two-for-one", "a
// one for four rights issue", "a bonus issue ..., probably one for three".
var splitWords = lexicon.Union(splitNouns, lexicon.WordSet(`bonus rights scrip`))

// splitNouns are the words of splitWords that name a split itself (noun or
// verb: "a stock split", "split its stock"), not an issue of new shares.
var splitNouns = lexicon.WordSet(`split splits`)

// splitRatioSpaced reports a term of a stock split's ratio that
// splitRatio (kindgenres.go, the hyphened modifier "a three-for-two stock
// split") does not join into one mention: the ratio spaced, "a two for one stock split", a bonus or rights issue,
// "the new one for four rights issue", and the terms of a split spelt out,
// "will receive one additional share ... for each two shares held"
// (web-prec-5; other DEV Reuters documents): the ratio names the kind of
// split, as "a two-storey house" names a house (a type modifier), no
// amount. "N-for-M" with no split near it ("went 2-for-4 at the plate", "a
// two-for-one offer") and a merger's "1.5 shares for each share" are not
// read.
func (p *parser) splitRatioSpaced(c *cand) bool {
	if !c.plain() && !(c.words && c.qual == "" && !c.hasUnit && !c.currency && !c.scaled) || c.en != c.st+1 || c.v < 1 || c.v > 100 || c.v != float64(int(c.v)) {
		return false
	}
	// "N-for-M" or "N for M": c the first term or the second
	first, second := -1, -1
	if k := p.ratioForAfter(c.en); k > 0 {
		first, second = c.st, k
	} else if k := p.ratioForBefore(c.st); k >= 0 {
		first, second = k, c.st
	}
	if first < 0 {
		return p.splitTerms(c)
	}
	for k := second + 1; k <= second+3; k++ {
		if lowerIn(splitWords, p.raw(k)) {
			return true
		}
	}
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		if !lowerIn(splitWords, p.raw(k)) {
			continue
		}
		if !splitNouns[p.lw(k)] {
			return true // "a bonus issue ..., probably one for three"
		}
		// the noun after a share word, "Share split four-for-one.", "last
		// common stock split, a three-for-two,"; the verb before its
		// stock, "split its stock two-for-one"; not "voters split 52 for 48"
		if lowerIn(shareWords, p.raw(k-1)) {
			return true
		}
		for j := k + 1; j < first && j <= k+3; j++ {
			if lowerIn(shareWords, p.raw(j)) {
				return true
			}
		}
	}
	return false
}

// shareWords are what a company splits: "split its stock", "splits the
// shares".
var shareWords = lexicon.WordSet(`stock shares share common`)

// ratioForAfter returns the token of the second term when "-for-" or "
// for " and a number follow the term ending at j ("three-for-two", "two
// for one"), else -1.
func (p *parser) ratioForAfter(j int) int {
	k := j
	if p.isHyphen(k) && p.adj(k) {
		if p.lw(k+1) != "for" || !p.adj(k+1) || !p.isHyphen(k+2) || !p.adj(k+2) || !p.adj(k+3) {
			return -1
		}
		k += 3
	} else if p.lw(k) == "for" && !p.adj(k) && !p.adj(k+1) {
		k++
	} else {
		return -1
	}
	if p.isNumAt(k) || p.w(k) != nil && p.w(k).isCard {
		return k
	}
	return -1
}

// ratioForBefore returns the token of the first term when it and "-for-"
// or " for " stand before the term at st, else -1.
func (p *parser) ratioForBefore(st int) int {
	k := -1
	switch {
	case p.isHyphen(st-1) && p.adj(st) && p.adj(st-1) && p.lw(st-2) == "for" && p.adj(st-2) && p.isHyphen(st-3) && p.adj(st-3):
		k = st - 4
	case p.lw(st-1) == "for" && !p.adj(st) && !p.adj(st-1):
		k = st - 2
	default:
		return -1
	}
	if k >= 0 && (p.isNumAt(k) || p.w(k) != nil && p.w(k).isCard) {
		return k
	}
	return -1
}

// splitTerms reports a term of a split spelt out: "one additional share
// ... for each two shares held" — the first term before "additional
// share(s)" and "for each/every" within four words after, the second
// after "for each/every" with "additional share(s)" within six words
// before.
func (p *parser) splitTerms(c *cand) bool {
	if splitShareAdjectives[p.lw(c.en)] && strings.HasPrefix(p.lw(c.en+1), "share") {
		for k := c.en + 2; k <= c.en+6 && k+2 < len(p.toks); k++ {
			if p.lw(k) == "for" && eachWords[p.lw(k+1)] {
				return true
			}
		}
		return false
	}
	if p.lw(c.st-2) != "for" || !eachWords[p.lw(c.st-1)] {
		return false
	}
	for k := c.st - 3; k >= 1 && k >= c.st-8; k-- {
		if strings.HasPrefix(p.lw(k), "share") && splitShareAdjectives[p.lw(k-1)] {
			return true
		}
	}
	return false
}

// splitShareAdjectives stand between a split's first term and its share
// word: "one additional share ... for each two shares held" (splitTerms).
var splitShareAdjectives = lexicon.WordSet(`additional`)

// ratioOne reports the "1" that closes a ratio written with a slash after
// the word ratio (kind rule ratio-one): "the new crop soybean/corn ratio
// of 2.9/1" (web-prec-5), "a debt-to-equity ratio of 1.5/1", "a
// price/earnings ratio near 12/1" — the base of the ratio, no count; its
// first term stays a claim (ratioWords, numbers.go). A "1" after a slash with no ratio named
// ("scored 3/1 on the test") is not read.
func (p *parser) ratioOne(c *cand) bool {
	if !c.plainDigits() || c.v != 1 || c.en != c.st+1 || p.toks[c.valSt].dec || !p.is(c.st-1, "/") || !p.adj(c.st-1) || !p.adj(c.st) || !p.isNumAt(c.st-2) {
		return false
	}
	for k := c.st - 3; k >= 0 && k >= c.st-6; k-- {
		if lowerIn(ratioWords, p.raw(k)) {
			return true
		}
	}
	return false
}

// accordingToOne reports the indefinite "one" of a source left unnamed
// after "according to" (kind rule according-to-one): "according to one
// analysis" (web-prec-4), "According to one Western envoy" (a DEV Reuters
// document), "According to one source", "according to one research firm"
// (PolNeAR train) — a source's description, as "one official said" is
// (unnamed-speaker-one), no count.
func (p *parser) accordingToOne(c *cand) bool {
	return p.wordOne(c) && p.lw(c.st-1) == "to" && sourceToWords[p.lw(c.st-2)]
}

// sourceToWords name, with "to" after them, the source of what follows:
// "according to one analysis" (accordingToOne).
var sourceToWords = lexicon.WordSet(`according`)

// documentNouns are the documents an indefinite "one" introduces as a
// source: "one study found", "one slide says".
var documentNouns = lexicon.WordSet(`study survey poll report analysis paper review estimate slide projection forecast
assessment audit rumor rumour`) // "one rumor suggests selling about 20 pct" (a DEV Reuters document)

// findingVerbs state what a document finds: "one study found", "one
// estimate figured", "one slide says".
var findingVerbs = lexicon.WordSet(`found finds showed shows suggested suggests estimated estimates concluded concludes
reported reports predicted predicts projected projects figured figures said says put puts indicated indicates noted
notes claimed claims argued argues`)

// documentOne reports the indefinite "one" of a document that is a
// figure's source (kind rule document-one): "one study found Trump would
// actually raise taxes" (PolNeAR train's not-claim "one study"), "While one
// study found that taking a multivitamin may decrease your risk"
// (web-prec-1), "one slide says" (a claims gold's not-claim), "One
// influential 2009 paper found improvements", "one estimate figured as much
// as one-fourth" — the document's description, as "one official said" is
// the speaker's (unnamed-speaker-one), no count. At most three words
// between "one" and the document, then a verb of finding; "only one study
// found" counts studies, and "one study of 2,000 adults" is not read.
// Since the merge with conv19, indefinite-one-mid (oneforms.go, earlier
// in the kind table) reads most of these first; document-one and
// according-to-one keep the "one" it leaves to a count, after a number it
// would contrast ("cut taxes by $4 trillion, but one study found").
func (p *parser) documentOne(c *cand) bool {
	if !p.wordOne(c) || countBefore[p.lw(c.st-1)] {
		return false
	}
	for k := c.en; k < c.en+4 && k+1 < len(p.toks); k++ {
		if p.toks[k].k != tWord && !(p.toks[k].k == tNum && p.toks[k].ndig == 4) {
			return false
		}
		if lowerIn(documentNouns, p.raw(k)) {
			return lowerIn(findingVerbs, p.raw(k+1))
		}
		if w := p.w(k); w != nil && w.fn {
			return false
		}
	}
	return false
}
