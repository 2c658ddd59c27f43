package quantity

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Mention is a number expression found in a piece of text: byte offsets into
// that text and its meaning.
type Mention struct {
	Start, End int
	Low, High  *float64
	Qualifier  claims.Qualifier
	Unit       string
	Change     string // "", claims.Up or claims.Down
	Kind       claims.Kind
	rules      [5]rule // the rules that decided kind, unit, qualifier, change, and a guard (Rules)
	// BareDollar marks money in USD read from a bare "$", "dollars" or
	// "cents" that names no country: the article decides which dollar it
	// is (the facade's articleDollar).
	BareDollar bool
	// BareAmount marks money read with no sign nor currency name at all
	// (rules money-verb-amount, vague-money: "we paid 18,000") and no money
	// in its sentence: it is also a BareDollar, and the article's own
	// currency, where the article names one, decides it first (the
	// facade's articleAmount: "spent 700" in a British paper is GBP).
	BareAmount bool
	// BareName is the family of a shared currency name ("rupee",
	// "shilling": lexicon.SharedNames) when the money was read from that
	// name alone ("Rs 500", "300 shillings"); the article decides which
	// country's it is (the facade's articleSharedName).
	BareName string
	// PlaceRegion is the ISO 3166 region of the place its sentence names
	// that decided which dollar, rupee, yen or yuan a bare "$", a shared
	// name or "¥" is (rule currency-of-place: "A Toronto condo sells for
	// $1.1 million" CAD): Unit is that currency already, BareDollar or
	// BareName stay set, and the article no longer changes it (the facade
	// only names the basis).
	PlaceRegion string
	// BareCents marks a BareDollar read from "cents" or "cent" alone ("a
	// rise of 80 cent"): the cents of the article's own currency where it
	// has cents (the euro in an Irish paper; the facade's articleAmount).
	BareCents bool
	// BareDegree marks a temperature in "degrees" that names no scale
	// ("temperatures 10 to 12 degrees above average", "warmed by about 1
	// degree"): the article decides Celsius or Fahrenheit (the facade's
	// articleDegrees).
	BareDegree bool
}

var lexers = sync.Pool{New: func() any { return new(lexer) }}

// Find returns the number expressions of text (one sentence) in
// text order, without overlaps. It is a hand-written scanner: the text is
// split into light tokens, each word is looked up once in the vocabulary, and
// the grammar (numbers.go, units.go, qualifiers.go, kind.go, change.go) only
// runs where a token can start a number.
func Find(text string) []Mention {
	return FindIn(text, Topics{})
}

// FindIn is Find for a sentence of an article whose topics (ArticleTopics)
// let the grammar read forms its sentence alone does not mark (cricket's
// scores in a sentence naming no cricket word).
func FindIn(text string, t Topics) []Mention {
	if !mayHoldNumber(text) {
		return nil
	}
	return scan(text, t)
}

// scan is FindIn without the pre-check.
func scan(text string, t Topics) []Mention {
	lx := lexers.Get().(*lexer)
	// the parser lives in the pooled lexer: the kind rules are called
	// through a table, so a parser on the stack would escape to the heap
	lx.p.reset(text, lx.lex(text))
	lx.p.topics = t
	lx.p.run()
	lx.p.currencyOfPlace()
	lx.p.subunitOfSentence()
	lx.p.degreeOfPlace()
	out := lx.p.mentions()
	lx.p.reset("", nil)
	lexers.Put(lx)
	return out
}

// isTitle reports (and caches) headline capitalisation.
func (p *parser) isTitle() bool {
	if p.title == 0 {
		p.title = -1
		if isTitleCase(p.text, p.toks) {
			p.title = 1
		}
	}
	return p.title > 0
}

// parser reads the mentions of one sentence.
type parser struct {
	text   string
	toks   []token
	out    []Mention  // the mentions read (mentions copies them)
	bounds []interval // their intervals
	title  int8       // headline-style capitalisation: 0 unknown, 1 yes, -1 no
	table  int8       // a table row: 0 unknown, 1 yes (2: a stock quote), -1 no
	floor  int        // first token not yet consumed by a mention
	cands  []cand     // the candidates read (newCand)
	// wordsRule names the form of the last number in words parseWords read
	// (and-fraction, point-decimals), 0 for the plain grammar
	wordsRule rule
	topics    Topics // the article's (FindIn)
}

// reset readies the parser for text, keeping its buffers.
func (p *parser) reset(text string, toks []token) {
	*p = parser{text: text, toks: toks, out: p.out[:0], bounds: p.bounds[:0], cands: p.cands[:0]}
}

// tokenStartingFrom returns the index of the first token that starts at or
// after byte offset pos (the token after a mention ending at pos), -1 when
// none.
func (p *parser) tokenStartingFrom(pos int) int {
	if j := sort.Search(len(p.toks), func(m int) bool { return p.toks[m].s >= pos }); j < len(p.toks) {
		return j
	}
	return -1
}

// tokenEndingAfter returns the index of the first token that ends after
// byte offset pos (the token holding pos, else the next), len(p.toks) when
// none.
func (p *parser) tokenEndingAfter(pos int) int {
	return sort.Search(len(p.toks), func(m int) bool { return p.toks[m].e > pos })
}

// newCand returns a pointer to a copy of c, kept in the parser: the
// candidates escape to the heap (the rule tables call functions with them),
// and the parser, pooled with its lexer, keeps their store from one sentence
// to the next instead of allocating each.
func (p *parser) newCand(c cand) *cand {
	if len(p.cands) == cap(p.cands) {
		// a new store: the candidates read so far stay where they are
		p.cands = make([]cand, 0, max(16, 2*cap(p.cands)))
	}
	p.cands = append(p.cands, c)
	return &p.cands[len(p.cands)-1]
}

// isTableRow reports whether the text is a row of a table flattened into a
// line ("3 Kevin Harvick 5033 4 6 15 26", "Palm Bay 18 22 13 17 — 70"):
// four or more bare numbers, at most one lower-case word of three letters
// or more (so no predicate a claim could rest on) and no commas.
func (p *parser) isTableRow() bool {
	if p.table == 0 {
		nums, words, commas := 0, 0, 0
		// (a second lower-case word or a comma rules out both kinds of
		// row: the scan stops there)
		for i := 0; i < len(p.toks) && words <= 1 && commas == 0; i++ {
			switch t := &p.toks[i]; {
			case t.k == tNum:
				nums++
			case t.k == tWord && t.e-t.s >= 3 && !p.capitalised(i):
				words++
			case p.is(i, ","):
				commas++ // "Clinton 46, Trump 42, Johnson 8, Stein 3" is a list of claims
			}
		}
		p.table = -1
		if nums >= 4 && words <= 1 && commas == 0 {
			p.table = 1
		}
		if nums >= 3 && words == 0 && commas == 0 && strings.Contains(p.text, "%") && (strings.Contains(p.text, " -") || strings.Contains(p.text, " +")) {
			p.table = 2 // a stock quote: "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%"
		}
	}
	return p.table > 0
}

// isQuoteRow reports a table row of a stock quote (isTableRow): its
// percentages are no claims either.
func (p *parser) isQuoteRow() bool { return p.isTableRow() && p.table == 2 }

// cand is a mention being read: a token range and its meaning.
type cand struct {
	st, en     int // tokens [st, en)
	lo, hi     float64
	open       byte // 'l' low open, 'h' high open
	qual       claims.Qualifier
	unit       string
	kind       claims.Kind
	change     string
	v          float64 // the value as read (before qualifier)
	words      bool    // written in words
	scaled     bool    // a scale word or suffix applied
	scale      float64 // the scale applied to digits
	hasUnit    bool
	currency   bool
	yearLike   bool
	valSt      int // first token of the value itself (after qualifier/currency)
	valEn      int
	share      bool
	noChange   bool
	kindRule   rule // the rules that decided kind, unit and qualifier (Rules)
	unitRule   rule
	bareDollar bool   // a "$" or "dollars" naming no country
	bareAmount bool   // money with no sign nor name at all ("we paid 18,000")
	bareName   string // a shared currency name naming no country: its family
	bareCents  bool   // a bare dollar read from "cent(s)"
	qualRule   rule
	chgRule    rule // the change rule that read change
	guard      rule // a guard that kept a reading off (Rules.Guard)
}

func (p *parser) run() {
	for i := 0; i < len(p.toks); i++ {
		if i < p.floor {
			continue
		}
		c, ok := p.at(i)
		if !ok {
			continue
		}
		p.emit(c)
		p.joinBoundPair()
		p.joinCompoundTime()
		p.floor = c.en
		i = c.en - 1
	}
}

func (p *parser) emit(c *cand) {
	m := Mention{
		Start:      p.toks[c.st].s,
		End:        p.toks[c.en-1].e,
		Qualifier:  c.qual,
		Unit:       c.unit,
		Change:     c.change,
		Kind:       c.kind,
		rules:      [5]rule{c.kindRule, c.unitRule, c.qualRule, c.chgRule, c.guard},
		BareDollar: c.bareDollar && c.currency && (c.unit == "USD" || strings.HasPrefix(c.unit, "USD/")),
	}
	m.BareAmount = m.BareDollar && c.bareAmount
	m.BareCents = m.BareDollar && c.bareCents
	m.BareDegree = c.unit == "degree" && c.kind == claims.KindClaim && p.weatherSentence() // (no scale was named: else the unit is it)
	if f := c.bareName; f != "" && c.currency {
		if d := lexicon.SharedNames[f].Default; c.unit == d || strings.HasPrefix(c.unit, d+"/") {
			m.BareName = f
		}
	}
	if m.Qualifier == "" {
		m.Qualifier = claims.Exact
		if r := m.rules[2]; r != ruleChangeAndLevel && r != ruleChangeAndLevelQuote && r != ruleFromToMovement { // (the change that is no range's first end keeps its rule's name)
			m.rules[2] = ruleDefaultExact
		}
	}
	if m.rules[0] == 0 {
		m.rules[0] = ruleNumberGrammar
	}
	lo, hi := c.lo, c.hi
	if f, ok := inYears[m.Unit]; ok {
		// "more than two decades" is more than 20 years: comparable with
		// the years other sources give
		m.Unit = "year"
		lo, hi = lo*f, hi*f
	}
	if m.Kind == "" {
		m.Kind = claims.KindClaim
	}
	p.out = append(p.out, m)
	p.bounds = append(p.bounds, interval{lo, hi, c.open})
}

// interval is the interval of a mention in p.out until mentions gives it its
// Low and High.
type interval struct {
	lo, hi float64
	open   byte // 'l' no low bound, 'h' no high bound
}

// mentions returns the mentions read, in storage of their own (p.out and
// p.bounds are the pooled parser's): one slice, and one array for all their
// bounds.
func (p *parser) mentions() []Mention {
	if len(p.out) == 0 {
		return nil
	}
	out := slices.Clone(p.out)
	vals := make([]float64, 2*len(out))
	for i, b := range p.bounds {
		vals[2*i], vals[2*i+1] = b.lo, b.hi
		if b.open != 'l' {
			out[i].Low = &vals[2*i]
		}
		if b.open != 'h' {
			out[i].High = &vals[2*i+1]
		}
	}
	return out
}

// inYears converts the long time units to years.
var inYears = map[string]float64{"decade": 10, "century": 100}

// at reads a mention whose value starts at token i.
func (p *parser) at(i int) (*cand, bool) {
	t := &p.toks[i]
	var c *cand
	switch t.k {
	case tNum:
		c = p.numberAt(i)
	case tWord:
		if t.w == nil {
			return nil, false
		}
		c = p.wordAt(i)
	case tPunct:
		// "'90s"
		if p.isApostrophe(i) && i+2 < len(p.toks) && p.toks[i+1].k == tNum && p.adj(i+1) && p.toks[i+1].ndig == 2 && p.toks[i+2].key() == "s" && p.adj(i+2) {
			c = p.newCand(cand{st: i, en: i + 3, kind: claims.KindYear, v: p.toks[i+1].v})
			c.lo, c.hi = c.v, c.v
			c.unit = ""
			return c, true
		}
	}
	if c == nil {
		return nil, false
	}
	if c.kind != "" && c.kind != claims.KindClaim {
		p.reviseGrammarKind(c)
		return c, true
	}
	p.complete(c)
	return c, true
}

// complete adds what surrounds a value: currency and qualifiers before it,
// units, ranges and suffixes after it, then the kind and the change.
func (p *parser) complete(c *cand) {
	if c.valSt == 0 && c.valEn == 0 {
		c.valSt, c.valEn = c.st, c.en
	}
	var n notes
	n.note(c, ruleGrammar)
	if !c.share && c.qual != claims.Vague && c.kind == "" {
		p.shareAfter(c)
		n.note(c, ruleShare)
	}
	if !c.share && c.qual != claims.Vague {
		p.currencyBefore(c)
		n.note(c, ruleCurrencyBefore)
		p.unitBefore(c)
		p.scaleAfter(c)
		p.unitAfter(c)
		n.note(c, ruleUnitAfter)
		p.unitAndAHalf(c)
		p.dollarCodeAfter(c)
		p.belowZero(c)
		p.spacedMinus(c)
		p.minusTemperature(c)
		p.highLowTemperature(c)
		p.rateAfter(c)
		p.perPopulation(c)
	} else if c.qual == claims.Vague {
		p.unitAfter(c)
		n.note(c, ruleUnitAfter)
	}
	if c.kind == "" || c.kind == claims.KindClaim || c.kind == claims.KindDuration && c.hasUnit && p.key(c.st-1) == "from" {
		// (a duration with its unit on both ends after "from": "ranged
		// from 1 night to 4 nights", web-dev-10)
		p.rangeAfter(c)
		n.note(c, ruleRangeAfter)
		if c.qual == claims.Range {
			p.dollarCodeAfter(c) // "$100-$160 Canadian/night", "$50-$80 CAD"
		}
		p.redundantCurrencyWord(c)
		p.rateAfter(c) // "$10,000 to $20,000 a year"
	}
	if c.unit == "" && !c.share && !c.currency && c.qual != claims.Range && c.qual != claims.Vague {
		p.listUnit(c)
		n.note(c, ruleListUnit)
	}
	if c.qual == "" {
		c.lo, c.hi = c.v, c.v
	}
	if c.qual == claims.Range && c.open == 0 && !c.words {
		p.rangeOpenTop(c) // "$1,000 – $10,000+"
		if c.open == 'h' {
			p.rateAfter(c) // the rate after the sign: "$400 to $800+ per square foot"
		}
	}
	if c.qual != claims.Range {
		p.suffixQualifier(c)
		n.note(c, ruleSuffixQualifier)
		orBound := c.qual != "" && c.qualRule == ruleSuffixQualifier && p.key(c.en-2) == "or"
		if c.qual != "" && c.unit == "" && !c.share {
			p.unitAfter(c) // "15-plus years"
			n.note(c, ruleUnitAfter)
		}
		if orBound {
			// the rate after "or more" (rule rate-after-or-more): "N5
			// million or more a year" NGN/year (web-dev-7), "on 5 or more
			// days a week" day/week (web-dev-10), "$10 or less per month"
			p.rateAfter(c)
			if strings.Contains(c.unit, "/") && c.unitRule != ruleTimePerTime {
				c.unitRule = ruleRateAfterOrMore
			}
		}
		if c.qualRule == rulePlusAtLeast && c.currency {
			// a price's rate after the sign (WCXB price pages): "$400+
			// per hour", "$2000+ per month"; a time stays as the claims
			// golds label it ("35-plus hours a week": hour, PolNeAR)
			p.rateAfter(c)
		}
	}
	p.qualifierBefore(c)
	n.note(c, ruleQualifierBefore)
	p.thingYearsOld(c)
	p.estimatedSubject(c)
	p.moneyVerbAmount(c)
	p.accountingNegative(c)
	p.ellipticalUnit(c)
	p.standingsGap(c)
	p.measureTarget(c)
	p.changeAfterLevel(c)
	p.levelSharesRate(c)
	p.levelSharesUnit(c)
	p.scaledMoneyEllipsis(c)
	p.classify(c)
	n.note(c, c.kindRule)
	if c.kind == claims.KindClaim && !c.noChange {
		c.change, c.chgRule = p.changeOf(c)
	}
	if c.unit == "" && c.kind == claims.KindClaim {
		p.indexLevel(c)
		p.scoreOf(c)
		p.scoreNoun(c)      // (scorenouns.go)
		p.quoteLevelUnit(c) // (movementfromto.go)
		p.cricketRuns(c)
	}
	if c.unit == "" && c.kind == claims.KindClaim {
		c.unit = "count"
		if !valueRules[c.unitRule] {
			c.unitRule = ruleDefaultCount
		}
	}
	if c.kind == claims.KindClaim {
		p.exchangeRate(c)
		p.populationRateShared(c)
		p.currencyQuote(c)
		p.perShareNoun(c)
		p.periodPayBefore(c)
		p.fxEarlierLevel(c)
		p.countPerTime(c)
		p.rateAfterNoun(c)
		p.frequencyInClause(c)
		p.changeAmountRate(c)
		p.currencyPair(c)
		p.rateSharedBack(c)
		p.rateParallel(c)
		p.pointsOfPercent(c)
		p.subunitSharesRate(c)
		p.stockPriceEighths(c)
	}
}

// notes follows a candidate through complete's steps: what its unit and
// qualifier (and the rules that decided them) were at the last note.
type notes struct {
	unit               string
	qual               claims.Qualifier
	unitRule, qualRule rule
}

// note names step as the rule that decided c's unit or qualifier when
// either changed since the last note (the step's own rule, when it named
// one, stays).
func (n *notes) note(c *cand, step rule) {
	if c.unit != n.unit {
		if c.unitRule == 0 || c.unitRule == n.unitRule {
			c.unitRule = step
		}
		n.unit, n.unitRule = c.unit, c.unitRule
	}
	if c.qual != n.qual {
		if c.qualRule == 0 || c.qualRule == n.qualRule {
			c.qualRule = step
		}
		n.qual, n.qualRule = c.qual, c.qualRule
	}
}

// listEvenAt returns the tokens of a list's stressed conjunction at k
// (", or even", "or even", "and even"), or 0.
func listEvenAt(p *parser, k int) int {
	e := 0
	if p.is(k, ",") {
		e = 1
	}
	if (p.key(k+e) == "and" || p.key(k+e) == "or") && p.raw(k+e+1) == "even" {
		return e + 2
	}
	return 0
}

// listNumEnd returns the token after a list item that opens with the
// number at i: a mixed number or a fraction glued to it is one item
// ("6-5/8, 3/8, 7-1/8, 6-7/8 and 7-3/8, 1/8 pct", the wire's deposit
// quotes: web-dev-20; "2-1/2 and 3-1/4 pct").
func (p *parser) listNumEnd(i int) int {
	j := i + 1
	if j+2 < len(p.toks) && p.isHyphen(j) && p.adj(j) && p.toks[j+1].k == tNum && p.adj(j+1) && p.is(j+2, "/") && p.adj(j+2) && j+3 < len(p.toks) && p.toks[j+3].k == tNum && p.adj(j+3) {
		return j + 4
	}
	if j+1 < len(p.toks) && p.is(j, "/") && p.adj(j) && p.toks[j+1].k == tNum && p.adj(j+1) {
		return j + 2
	}
	return j
}

// listUnit gives a bare number the unit of the list it opens: the percent
// of "by 11 and 8 percent respectively", "3, 4 and 5 percent"; the measure
// or age of "10 or 20 hours", "13 or 14 inches", "27 and 29 years old".
func (p *parser) listUnit(c *cand) {
	if c.yearLike || c.words {
		return // "In 2012, 43 percent"
	}
	num := func(i int) bool { return i < len(p.toks) && p.toks[i].k == tNum }
	k, items, conj, by := c.en, 1, false, false
	for {
		if p.is(k, ",") && (p.key(k+1) == "and" || p.key(k+1) == "or") && num(k+2) {
			k, conj = p.listNumEnd(k+2), true // "3, 4, and 5"
		} else if (p.key(k) == "and" || p.key(k) == "or") && num(k+1) {
			k, conj = p.listNumEnd(k+1), true
		} else if e := listEvenAt(p, k); e > 0 && num(k+e) {
			// the last item stressed: "45, 60, or even 90 minutes"
			// (web-dev-10), "3, 4, 5 or even 10 developers", "5, 10, or
			// even 50 developers" (WCXB pages)
			k, conj = k+e+1, true
		} else if ((p.is(k, "x") || p.is(k, "X")) && !p.adj(k) || p.is(k, "×")) && num(k+1) {
			// the sides of a size: "1.5 x 2 metres", "4 × 6 × 8 ft", and
			// glued with a times sign: "a 5.5×2.1mm jack" (a glued "x" is
			// a multiple or a name: "4x4")
			k, conj = k+2, true
		} else if p.key(k) == "by" && num(k+1) && !p.toks[k+1].sep {
			k, conj, by = k+2, true, true // "a 12 by 15 foot room": lengths only
		} else if p.hyphenedByAt(k) && num(k+3) {
			k, conj, by = k+4, true, true // "a 10-by-12-foot room", "8-by-11-inch paper"
		} else if p.is(k, ",") && num(k+1) {
			k = p.listNumEnd(k + 1)
		} else {
			break
		}
		items++
	}
	// a list ends in "and"/"or"; a comma alone may close a clause ("On
	// page 12, 40 percent …"), so two items need the conjunction after
	// the first ("11 and 8 percent"), unless the number ends a longer list
	// ("3, 4, and 5 percent")
	if !conj || items == 2 && p.is(c.en, ",") && !(p.is(c.st-1, ",") && num(c.st-2)) {
		return
	}
	switch {
	case by && (c.scaled || p.is(k, "%") || percentWords[p.key(k)]):
		// "rose 3 by 5 percent" pairs no sides
	case c.v > 100 && (p.is(k, "%") || percentWords[p.key(k)]):
		// "hired 300 and 10 percent of them"
	case p.is(k, "%") && p.adj(k), p.key(k) == "percent":
		c.unit, c.hasUnit = "percent", true
	case p.key(k) == "percentage" && (p.key(k+1) == "points" || p.key(k+1) == "point"):
		c.unit, c.hasUnit = "percentage_point", true
	case c.scaled:
		// "3 hundred and 20 km" is one number, not a list
	default:
		// the measure the last item's unit words give, read as after it
		// (not money: "5 or 6 dollars" has no list of its own forms yet)
		last := cand{st: k, en: k, v: c.v}
		p.unitAfter(&last)
		if last.hasUnit && !last.currency && last.unit != "" && (!by || measureDimension(last.unit) == lexicon.DimLength) {
			c.unit, c.hasUnit = last.unit, true
		}
	}
}

// hyphenedByAt reports "-by-" glued at k, between the sides of a size
// written as an adjective ("a 10-by-12-foot room": web-dev-10; "8-by-11-inch
// paper": a WCXB page).
func (p *parser) hyphenedByAt(k int) bool {
	return p.isHyphen(k) && p.adj(k) && p.key(k+1) == "by" && p.adj(k+1) && p.isHyphen(k+2) && p.adj(k+2) && p.adj(k+3)
}

// helpers over tokens

func (p *parser) is(i int, s string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return p.text[t.s:t.e] == s
}

func (p *parser) key(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].key()
}

func (p *parser) w(i int) *word {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return p.toks[i].w
}

// adj reports whether token i follows token i-1 with no space.
func (p *parser) adj(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].sp
}

func (p *parser) raw(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[i].s:p.toks[i].e]
}

// isApostrophe reports an apostrophe, straight or curly, at token i.
func (p *parser) isApostrophe(i int) bool { return p.is(i, "'") || p.is(i, "’") }

func (p *parser) isHyphen(i int) bool {
	switch p.raw(i) {
	case "-", "–", "‑", "—", "‐": // (U+2011 non-breaking and U+2010 hyphens: web pages' "6‐month")
		return true
	}
	return false
}

// capitalised reports whether token i is a word starting with a capital letter.
func (p *parser) capitalised(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].k != tWord {
		return false
	}
	c := p.text[p.toks[i].s]
	if c >= 'A' && c <= 'Z' {
		return true
	}
	if c >= 0x80 {
		r := []rune(p.text[p.toks[i].s:p.toks[i].e])
		return len(r) > 0 && r[0] >= 'À' && r[0] <= 'Þ'
	}
	return false
}

// sentenceStart reports whether token i begins the sentence (or a quote or
// bracket within it).
func (p *parser) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if p.toks[j].k == tWord || p.toks[j].k == tNum {
			return false
		}
		s := p.raw(j)
		if s == ":" || s == "." || s == "•" || s == "|" || s == "—" {
			return true
		}
	}
	return true
}

// isTitleCase reports headline capitalisation ("Venezuela Frees Over 100
// Protesters"): most longer words start with a capital.
func isTitleCase(text string, toks []token) bool {
	lower, caps := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.k != tWord || t.e-t.s < 4 {
			continue
		}
		if c := text[t.s]; c >= 'A' && c <= 'Z' {
			caps++
		} else if t.w == nil || !t.w.fn {
			lower++
		}
	}
	return caps >= 3 && lower*6 < caps
}
