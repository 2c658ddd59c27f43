package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Direction of change: "rose 5%", "fell by 3 points", "up about 19 per cent",
// "an increase of 5%", "a 5% rise", "3 points lower". Each way of stating a
// change is a named rule (shown by explain); the words are rows of the
// changeBefore and changeAfter tables (vocab.go).

// The change rules, in the order changeOf tries them.
var (
	ruleChangeNounAfter    = newRule("change-noun-after")    // "a 5% rise", "3 points lower", "a 40% plunge"
	ruleChangeThanEarlier  = newRule("change-than-earlier")  // "15% more cars than a year earlier", "10% fewer deaths than in 2020"
	ruleChangeAboveEarlier = newRule("change-above-earlier") // "about 14% above last year's", "5% below a year earlier"
	ruleChangeNounOf       = newRule("change-noun-of")       // "a gain of three", "a loss of 40 seats"
	ruleChangeSign         = newRule("change-sign")          // "(+22.22% YoY)", "AAPL -1.4%": a signed rate
	ruleChangeNounIn       = newRule("change-noun-in")       // "5% in job growth"
	ruleChangeUpFrom       = newRule("change-up-from")       // "1 in 4 ... in 2010, up from 1 in 10": the new level
	ruleChangeOrRestated   = newRule("change-or-restated")   // "rose 3.54 points, or 0.2 percent": the same change restated
	ruleChangeNewLevel     = newRule("change-new-level")     // "rose 3.5% to $3.2bn", "fell 0.7 percent, to $102.48"
	ruleChangeLevelTo      = newRule("change-level-to")      // "jumped 16% to a record $785", "added 2,000 staff, taking its headcount to 3,15,332"
	ruleChangeAdverb       = newRule("change-adverb")        // "sales were up 5%", "down 3 points"
	ruleChangeVerb         = newRule("change-verb")          // "rose 5%", "fell by more than 3 points", "an increase of 5%"
	ruleChangeByAmount     = newRule("change-by-amount")     // "cut emissions and land use by 70%"
	ruleChangeObjectRate   = newRule("change-object-rate")   // "grew revenue 20%", "cut its costs 10 percent"
	ruleChangeStockCount   = newRule("change-stock-count")   // "added 200,000 jobs", "gained 3 seats"
	ruleChangeWeakByTo     = newRule("change-weak-by-to")    // "boosted output by 5%", "raised rates to 5%"
	ruleChangeWeakRate     = newRule("change-weak-rate")     // "gained 4 points"
)

// passWords may stand between a change word and its number.
var passWords = map[string]bool{
	"by": true, "to": true, "of": true, "a": true, "an": true, "the": true, "some": true, "average": true,
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "more": true, "than": true, "over": true, "just": true, "only": true,
	"another": true, "further": true, "additional": true, "sharply": true, "slightly": true,
	"steeply": true, "estimated": true, "at": true, "least": true, "as": true, "much": true,
	"many": true, "record": true, "whopping": true,
	"modest": true, "marginally": true, "dramatically": true, "significantly": true,
	"substantially": true, "close": true, "respectively": true, "again": true,
	"year": true, "on": true, "low": true, "high": true, "level": true, "new": true, "annual": true, "annually": true, "overall": true, "total": true,
	"fully": true, "net": true, "collectively": true, "past": true, "you": true,
	"preliminary": true, "provisional": true, // "increased to a preliminary 277,500 short tons" (web-dev-18, the wire)
}

// extremeLevels are the level words a hyphened span may qualify between a
// change word and its number: "to a multi-decade low of".
var extremeLevels = lexicon.WordSet(`low lows high highs peak`)

// changeOf returns "up", "down" or "" for a claim, and the rule that read it.
func (p *parser) changeOf(c *cand) (string, rule) {
	if chg := p.signed(c); chg != "" {
		return chg, ruleChangeSign
	}
	if c.unit == "times" && c.en > c.st && lowerIn(multiplierVerbs, p.raw(c.en-1)) != 0 {
		return "up", ruleMultiplierVerb
	}
	if c.unitRule == ruleMultiplierOfThe && p.earlierAfter(c.en) {
		// "double the figure of a year ago" (web-dev-7), "more than double
		// their level a year ago" (web-dev-11): a multiple of an earlier
		// time of the same thing is a rise
		return "up", ruleMultiplierEarlier
	}
	if chg, r, ok := p.changeAfter(c); ok {
		return chg, r
	}
	if chg, r := p.changeBefore(c); chg != "" || r != 0 {
		return chg, r
	}
	if chg := p.byEllipsis(c); chg != "" {
		return chg, ruleChangeByEllipsis
	}
	return "", 0
}

var ruleChangeByEllipsis = newRule("change-by-ellipsis")

// ruleMultiplierEarlier: a multiple of an earlier time of the same thing
// is a rise (multiplier-of-the).
var ruleMultiplierEarlier = newRule("multiplier-earlier")

// A verb of multiplying read as the multiple states a rise (rule
// multiplier-verb): "that number has more than tripled in the last two
// decades" (web-dev-6), "Cocoa futures have nearly tripled", "more than
// doubling in value" (web-dev-7), as "a threefold increase" (dev) does
// with its noun. Only the verbs: "a fivefold ROI" states no change.
var ruleMultiplierVerb = newRule("multiplier-verb")

// byEllipsis reads a change whose verb is left out after "and" (rule
// change-by-ellipsis): "temperatures have risen by 2.5°F and temperatures
// in Alaska by 4.2°F", "exports fell by 5% and imports by 3%": an amount
// after "by" takes the change of the amount after "by" that an earlier
// clause of its sentence joined by "and" stated.
func (p *parser) byEllipsis(c *cand) string {
	if p.key(c.st-1) != "by" || len(p.out) == 0 {
		return ""
	}
	last := &p.out[len(p.out)-1]
	if last.Change == "" {
		return ""
	}
	and := false
	k := c.st - 2
	for ; k >= 0 && p.toks[k].s >= last.End; k-- {
		switch t := &p.toks[k]; {
		case t.k == tWord && p.key(k) == "and":
			and = true
		case t.k != tWord:
			return "" // another clause or a number between
		}
	}
	if !and || k < 0 || p.toks[k].e != last.End {
		return ""
	}
	for k >= 0 && p.toks[k].s >= last.Start {
		k--
	}
	if p.key(k) != "by" {
		return ""
	}
	return last.Change
}

// changeAfter reads a change after the number: "a 5% rise", "3 points
// lower", a change noun a few words after "in", "1 in 4 residents ... in
// 2010, up from 1 in 10" (the new level).
func (p *parser) changeAfter(c *cand) (string, rule, bool) {
	j := c.en
	if p.isHyphen(j) && p.adj(j) {
		j++
	}
	for n := 0; n < 2; n++ {
		// "a 12% year-on-year rise", "70% annual growth", "a 0.4% compound
		// annual growth rate"
		w, next := p.compound(j)
		if !changePeriods[toLowerASCII(w)] && !(n == 0 && rateOrMoney(c) && lowerIn(changedPrices, w)) {
			break
		}
		j = next
	}
	if w := p.w(j); w != nil && p.toks[j].k == tWord && lowerIn(comparatives, p.raw(j)) {
		// a comparative: its object decides (comparisonRules)
		if w.chgN != "" && (!w.chgRate || rateOrMoney(c)) {
			return p.comparisonChange(c, j, w.chgN, false)
		}
		if w.chgN != "" {
			// after a count or a measure ("five more people", "0.2 seconds
			// quicker than Norris") only an earlier time makes it a change:
			// "15 more cars than a year earlier", "14g less than its
			// predecessor"
			if chg, r, ok := p.comparisonChange(c, j, w.chgN, true); ok {
				return chg, r, true
			}
		}
	}
	if w := p.w(j); w != nil && w.chgN != "" && p.toks[j].k == tWord && (!w.chgRate || rateOrMoney(c)) && (!changeNounsTo[w.key] || p.key(j+1) == "to") {
		if w.key == "down" && lowerIn(downCompounds, p.raw(j+1)) {
			// "down" of a compound noun, no change (rule
			// down-compound): "20-30% down payments", "a 10% down
			// deposit"
			return "", ruleDownCompound, true
		}
		if changeParticles[w.key] && p.key(j+1) == "to" && p.fromBefore(c.st) {
			// the level a change starts from carries none: "cut error
			// rates from 15-20% down to 2%", "from 40 up to 60"
			return "", 0, true
		}
		if changeParticles[w.key] && p.key(j+1) == "the" || w.key == "up" && p.key(j+1) == "to" && (p.isNumAt(j+2) || p.w(j+2) != nil && p.w(j+2).isCard) {
			// a way or the bound of the next number, no change:
			// "within 50 miles down the road", "submersion for 30 minutes
			// up to three meters deep" (WCXB moving and earbud pages)
			return "", 0, false
		}
		if p.lossAmount(c, j) {
			return "", ruleLossAmount, true // "a $3 million loss"
		}
		return w.chgN, ruleChangeNounAfter, true
	}
	if p.key(j) == "in" {
		for k := j + 1; k < len(p.toks) && k <= j+3 && p.toks[k].k == tWord; k++ {
			if w := p.w(k); w != nil && w.chgN != "" && (!w.chgRate || rateOrMoney(c)) && !lowerIn(comparatives, p.raw(k)) {
				// (a comparative is no change noun: "less than $0.40 in larger quantities")
				return w.chgN, ruleChangeNounIn, true
			}
		}
	}
	if chg, r := p.aboveEarlier(j); chg != "" {
		return chg, r, true
	}
	for k := c.en; k < len(p.toks) && k < c.en+8; k++ {
		if t := &p.toks[k]; t.k == tNum && !t.yearDigits() {
			break // (a year may stand between: "1 in 4 adults in 2020, up from 1 in 10")
		}
		if (p.key(k) == "up" || p.key(k) == "down") && p.key(k+1) == "from" && p.is(k-1, ",") {
			return p.key(k), ruleChangeUpFrom, true
		}
	}
	return "", 0, false
}

// changedPrices name the price or rate a change noun after a rate or an
// amount changes: "the 0.75 per cent rate cut" (web-dev-13), "a 25 basis
// point rate hike", "a 5% pay rise", "a 10% price increase", "a 20% tax
// cut" (web13forms_test.go).
var changedPrices = lexicon.WordSet(`rate rates price prices pay wage wages tax fare fares rent rents tariff tariffs salary fee fees`)

// changeNounsTo state a change after a rate or an amount only with what
// changes after "to": "a 95 per cent hit to recreation" (web-dev-13), "a
// $2 billion hit to earnings"; "It was a $75 billion hit, said" (web-dev-9)
// is a blow measured, no change.
var changeNounsTo = lexicon.WordSet(`hit`)

var ruleDownCompound = newRule("down-compound")

// downCompounds make "down" before them part of a noun, no change: "a 20%
// down payment" (real estate and car loan pages).
var downCompounds = lexicon.WordSet(`payment payments deposit deposits`)

// compound returns the word at j with the words hyphenated or slashed to
// it ("year-on-year", "y/y") and the token after it.
func (p *parser) compound(j int) (string, int) {
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return "", j
	}
	k := j + 1
	for k+1 < len(p.toks) && (p.isHyphen(k) || p.is(k, "/")) && p.adj(k) && p.adj(k+1) && p.toks[k+1].k == tWord {
		k += 2
	}
	return p.text[p.toks[j].s:p.toks[k-1].e], k
}

// signed: a percentage or points written with a sign glued to it is a
// change ("+5%", "(-1.4%)", "+3 pts"); "+44 20 7946 0958" is a phone
// number (numbers.go) and "-5C" a temperature.
func (p *parser) signed(c *cand) string {
	if !rateUnit(c.unit) {
		return ""
	}
	if p.is(c.st-1, "+") && !p.toks[c.st].sp && (c.st < 2 || p.toks[c.st-1].sp || p.toks[c.st-2].k == tPunct) {
		return "up"
	}
	if (p.isHyphen(c.st) || p.is(c.st, "−")) && c.st+1 < c.en && !p.toks[c.st+1].sp && (c.st == 0 || p.toks[c.st].sp || p.toks[c.st-1].k == tPunct) {
		return "down"
	}
	return ""
}

// earlierAfter reports a word of changeEarlier among the few words after
// token j, before a number or a punctuation mark.
func (p *parser) earlierAfter(j int) bool {
	for k := j; k < len(p.toks) && k < j+7; k++ {
		if p.toks[k].k != tWord {
			return false
		}
		if changeEarlier[toLowerASCII(p.raw(k))] {
			return true
		}
	}
	return false
}

// aboveEarlier: "above"/"below" right after the number compared with an
// earlier time of the same thing need no "than" (rule
// change-above-earlier): "about 14% above last year's", "10 bushels above
// last year's", "about 4 per cent above last summer's high" (web-dev-11;
// web-dev-3's claims text); a reference level ("above pre-industrial
// levels", "below normal", "32 percent below 2005 levels", a target
// against a base year) states no change. Comparatives ("more", "higher")
// are read by comparisonRules (comparison.go).
func (p *parser) aboveEarlier(j int) (string, rule) {
	if j >= len(p.toks) || p.toks[j].k != tWord {
		return "", 0
	}
	dir := changeBeside[toLowerASCII(p.raw(j))]
	if dir == "" {
		return "", 0
	}
	for k := j + 1; k < len(p.toks) && k <= j+8; k++ {
		t := &p.toks[k]
		if t.k != tWord {
			return "", 0
		}
		if changeEarlier[toLowerASCII(p.raw(k))] {
			return dir, ruleChangeAboveEarlier
		}
	}
	return "", 0
}

// changeBefore reads a change before the number: "rose 5%", "fell by more
// than 3 points", "an increase of 5%", "rose from 5% to 7%".
func (p *parser) changeBefore(c *cand) (string, rule) {
	i := c.st - 1
	if p.key(i) == "from" {
		return "", 0 // the start of "rose from 5% to 7%"
	}
	if chg := p.restated(c); chg != "" {
		return chg, ruleChangeOrRestated
	}
	if chg := p.levelAt(c); chg != "" {
		return chg, ruleChangeLevelTo
	}
	if p.takenTotal(c) {
		return "up", ruleChangeTakenTotal
	}
	// "rose from 5% to 7%": look past "from 5%"
	i, lim, chg, acrossRule := p.changeAcrossTo(i)
	if chg != "" {
		return chg, acrossRule
	}
	if chg := p.movementLevelChange(c); chg != "" {
		return chg, ruleFromToMovement // "improvements from 37% to 81%" (movementfromto.go)
	}
	// "reduce steel production by 10,000 tons": "by" marks the amount of a change
	byAmount := p.key(i) == "by" || p.key(i) == "to"
	by := p.key(i) == "by"
	// "grew revenue 20%", "cut its costs 10 percent": a rate right after
	// the changed thing (rule change-object-rate)
	objRate := !byAmount && rateUnit(c.unit)
	maxN, maxPassed := 7, 3
	if by {
		// "cut greenhouse gas emissions and land use by 70%"
		maxN, maxPassed = 13, 6
	} else if byAmount {
		// "lifted its farmgate milk price forecast to NZ$9.50"
		maxN, maxPassed = 9, 5
	}
	passed := 0 // words passed that are not pass words
	for n := 0; i >= lim && i >= 0 && n < maxN; i, n = i-1, n+1 {
		t := &p.toks[i]
		if by && t.k == tPunct && (p.is(i, "(") || p.is(i, ")")) {
			continue // "the risk of sudden infant death syndrome (SIDS) by 50%"
		}
		if t.k == tWord && i >= 2 && i+1 < c.st && p.isHyphen(i-1) && p.adj(i) && p.adj(i-1) && p.toks[i-2].k == tWord && lowerIn(extremeLevels, p.raw(i+1)) {
			// a hyphened span before a low or high, passed as one word:
			// "likely to plummet to a multi-decade low of 1.6 per cent"
			// (web-dev-13), "eased to a multi-month low of", "climbed to a
			// near-record high of" (web13forms_test.go)
			i -= 2
			continue
		}
		if byAmount && p.isHyphen(i) && p.adj(i) && p.adj(i+1) && i > 0 && p.toks[i-1].k == tWord && p.toks[i+1].k == tWord {
			// a hyphened compound in the changed thing before "by" or
			// "to": "reduce hosted-runners prices by up to 39%"
			// (web-dev-6), "reduce time-to-hire by up to 50%", "reducing
			// low-frequency noise by up to 30dB" (WCXB), "raised its
			// full-year guidance to $8.45-$8.55 a share" (dev5)
			n--
			continue
		}
		if p.is(i, ")") && i >= 2 && p.is(i-2, "(") && isUpperWord(p.raw(i-1)) {
			// an acronym in brackets names the word before it: "a
			// compound annual growth rate (CAGR) of 87.7%"
			i -= 2
			continue
		}
		if t.k == tWord && t.w == nil && passWords[toLowerASCII(p.raw(i))] {
			continue // a pass word the vocabulary does not hold ("up an average of")
		}
		if byAmount && t.k == tWord && (p.isHyphen(i-1) && p.adj(i) || p.isHyphen(i+1) && p.adj(i+1)) {
			// a word of a hyphened compound, function words too, read as
			// one word: "raised its tax-to-GDP ratio target to 13%"
			// (web-dev-7), "cut the loan-to-value limit ... to 75 per
			// cent" (web-dev-4's claims text), "cut time-to-hire by 50%"
			if p.isHyphen(i+1) && p.adj(i+1) {
				n-- // (its last word counted it)
			} else {
				passed++
			}
			continue
		}
		if byAmount && !by && p.key(i) == "in" && i > 0 && lowerIn(lexicon.HoldingNouns, p.raw(i-1)) {
			// the holding's company after "in", before the new level:
			// "raised its stake in Wrather Corp to 816,000 shares",
			// "lowered their stake in Cyclops Corp to 260,500 shares"
			// (web-dev-17, three documents), "raised its stake in the
			// Scandinavia Fund Inc to 2,165,300 shares" (web-dev-20); "in X"
			// passed as one word
			passed = 1
			continue
		}
		if byAmount && t.k == tWord && lowerIn(boundAdjectives, p.raw(i)) {
			// "raised the minimum wage by 12%" (web-dev-9): a bound's
			// word as the adjective of the changed thing
			passed++
			continue
		}
		if byAmount && p.isApostrophe(i) && i > 0 && p.toks[i-1].k == tWord && p.adj(i) {
			// a possessive in the changed thing: "cut Zambia's hydropower
			// output to about 1,000MW" (web-dev-11), "cut Uruguay's soybean
			// harvest by 35%" (articles-dev-4)
			continue
		}
		if byAmount && p.lw(i) == "s" && p.isApostrophe(i-1) && p.adj(i) {
			continue
		}
		if t.k == tWord && t.w != nil && changeModifiers[t.w.key] && i+1 < c.st && lowerIn(planNouns, p.raw(i+1)) {
			// a change noun that qualifies a plan noun is part of the
			// changed thing (rule change-verb reads the verb before it):
			// "narrowed its revenue growth forecast to 1.5%-2%" (dev5),
			// "cut its organic sales growth forecast to around 2%"
			// (web-dev-11), "raised its revenue growth guidance to 3-4 per
			// cent" (web-dev-3's claims text)
			passed++
			continue
		}
		if t.k != tWord || t.w == nil && !byAmount && !objRate {
			return "", 0
		}
		if t.w == nil {
			passed++
			if passed > maxPassed {
				return "", 0
			}
			continue
		}
		if t.w.chg != "" {
			if lowerIn(comparatives, p.raw(i)) && len(p.out) > 0 && i > 0 && p.out[len(p.out)-1].End == p.toks[i-1].e {
				// the comparative of the mention before, no verb: the level
				// after "ended 2.3% lower at ₹1,642.50" (web-dev-7), "closed
				// 0.4 percent higher at 7,250.8" (web-dev-11) carries none,
				// as a level after "at" does ("closed down 3.2% at $240")
				return "", 0
			}
			if p.key(i+1) == "than" && i+1 < c.st {
				// a comparative before "than": the amount is what is
				// compared with, no change ("meaningfully higher than the
				// 6.3% rates we predict", "lower than the 5% a year ago")
				return "", 0
			}
			if growVerbs[t.w.key] && (p.key(c.en) == "of" || lowerIn(measureAdjectives, p.raw(c.en))) {
				// "grow" as cultivating, or reaching a size, states no change:
				// "I grow two of my five plants",
				// "farmers grow 97% of what they could", "plants grow 2 to 4
				// feet tall"; "sales grew 5%" is a change
				return "", 0
			}
			if p.lossAmount(c, i) {
				return "", ruleLossAmount
			}
			chg, r := p.changeWord(c, i, passed)
			if r == ruleChangeByAmount && !byAmount {
				r = ruleChangeObjectRate
			}
			if chg != "" && acrossRule == ruleFromLevelYear {
				r = ruleFromLevelYear // "rise from $752.4 billion in 2024 to $2.4 trillion"
			}
			return chg, r
		}
		if !passWords[t.w.key] {
			if !byAmount && !objRate || t.w.fn && !(by && (t.w.key == "and" || t.w.key == "in" || byDemonstratives[t.w.key])) && !byDeterminers[t.w.key] {
				return "", 0
			}
			passed++
		}
		if passed > maxPassed || n >= 4 && !byAmount && !objRate {
			return "", 0
		}
	}
	return "", 0
}

// changeAcrossTo looks back past "to" (token i): in "rose from 5% to 7%"
// the change word is before "from 5%" (it returns the token to read back
// from, and lim 0); in "rose 3.5% to $3.2bn" and "more than doubled to $4
// billion" the mention before "to" gives the new level's change. With no
// change read, the rule is ruleFromLevelYear when it passed the earlier
// level's year, for changeBefore to name the change it reads back.
func (p *parser) changeAcrossTo(i int) (int, int, string, rule) {
	lim := p.floor
	passedYear := rule(0) // ruleFromLevelYear once the earlier level's year is passed
	if p.key(i) == "to" && len(p.out) > 0 {
		last := &p.out[len(p.out)-1]
		prev := i - 1 // the mention ends right before "to" (or its comma)
		if p.is(prev, ",") {
			prev--
		}
		if prev >= 0 && last.Kind == claims.KindYear && p.toks[prev].e == last.End && len(p.out) > 1 {
			// a time adverbial with a year between the change and "to"
			// (change rule change-new-level): "have almost tripled since
			// 1975, to about 16 per cent" (web-dev-7), as "fell 6.8% in
			// 2023, to 55 million tonnes" (ingest-dev) below
			if before := &p.out[len(p.out)-2]; before.Change != "" && before.Kind == claims.KindClaim && p.timeAdverbialBetween(before.End, last.End) && p.key(p.tokenEndingAfter(last.Start)-1) == "since" {
				return i, lim, before.Change, ruleChangeNewLevel
			}
		}
		if prev >= 0 && p.toks[prev].e != last.End && p.toks[prev].e > last.End && (p.periodBetween(last.End, p.toks[prev].e) || p.timeAdverbialBetween(last.End, p.toks[prev].e)) {
			// "jumped 40% year-on-year to 2.3 million": a period between
			for prev >= 0 && p.toks[prev].s >= last.End {
				prev--
			}
		}
		if prev >= 0 && p.toks[prev].e == last.End && last.Kind == claims.KindYear && len(p.out) > 1 {
			// the year of the earlier level between it and "to" (change
			// rule from-level-year): "rise from $752.4 billion in 2024 to
			// $2.4 trillion in 2030", "increased from 253 deaths in 2018
			// to 723 deaths in 2022" (web-dev-5; WCXB market and health
			// pages)
			y := prev
			for y > 0 && p.toks[y-1].s >= last.Start {
				y--
			}
			before := &p.out[len(p.out)-2]
			for z := y - 2; p.key(y-1) == "in" && z >= 0 && z >= y-4; z-- {
				if p.toks[z].e == before.End {
					last, prev, passedYear = before, z, ruleFromLevelYear
					break
				}
				if p.toks[z].k != tWord || p.capitalised(z) {
					break // only the counted noun between: "253 deaths in 2018"
				}
			}
		}
		old := last
		if old.Kind == claims.KindYear && len(p.out) > 1 {
			old = &p.out[len(p.out)-2] // "from about 10 percent of disposable income in 1985 to"
		}
		if prev >= 0 && p.toks[prev].e > old.End && old.Kind == claims.KindClaim {
			if from := p.fromLevelPhrase(old, i); from >= 0 {
				// "increased from 189 percent of nominal GDP ... to 234
				// percent" (rule from-level-phrase)
				i, lim = p.exampleOpenerBefore(from)-1, 0
				if chg := p.changeWordAt(i); chg != "" {
					return i, lim, chg, ruleFromLevelPhrase
				}
				return i, lim, "", 0
			}
		}
		if prev >= 0 && p.toks[prev].e == last.End {
			k := i - 1
			for k >= 0 && p.toks[k].s >= last.Start {
				k--
			}
			kf := p.pastFromFillers(k) // "from a mere $191 million in 2022 to"
			if p.key(kf) == "from" && p.toks[k+1].s == last.Start {
				i = p.exampleOpenerBefore(kf) - 1 // (past "(e.g.,")
				lim = 0
				if chg := p.clauseChange(kf); chg != "" && p.changeWordAt(i) == "" {
					// the change word further back in the clause (rule
					// from-level-phrase): "increased its debt ...
					// dramatically from 4.87 percent to 24.32 percent"
					return i, lim, chg, ruleFromLevelPhrase
				}
			} else if last.Change != "" && p.toks[k+1].s == last.Start {
				return i, lim, last.Change, ruleChangeNewLevel // "rose 3.5% to $3.2bn": the new level
			} else if p.toks[k+1].s == last.Start {
				// "sales more than doubled to $4 billion": the multiplier
				// word is the change
				for m := k + 1; m < i && p.toks[m].e <= last.End; m++ {
					if w := p.w(m); w != nil && w.chg != "" && !changeParticles[w.key] && p.toks[m].k == tWord {
						return i, lim, w.chg, ruleChangeNewLevel
					}
				}
			}
		}
	}
	return i, lim, "", passedYear
}

// ruleFromLevelYear names a change read before "from" past the earlier
// level and its year (changeAcrossTo, read back by changeBefore).
var ruleFromLevelYear = newRule("from-level-year")

// levelAt: the level a change reached, linked to the change just read by
// "at" or "to" and the words of changeLevelLinks ("closed up 4% at 3,357 yen",
// "surged 16.4% to a record $785.38", "gained 312 points, or 0.9 per cent,
// to close at 37,440") keeps its direction. A bare count followed by a noun
// is no level ("rose 5% at 300 stores"); a level after a comparative with no
// verb ("closed 1.8% higher at P248.40") gets none: changeBefore stops it.
func (p *parser) levelAt(c *cand) string {
	if len(p.out) == 0 {
		return ""
	}
	last := &p.out[len(p.out)-1]
	if last.Change == "" || last.Kind != claims.KindClaim {
		return ""
	}
	i, link, words := c.st-1, "", 0
scan:
	for ; i >= 0 && p.toks[i].s >= last.End; i-- {
		switch {
		case p.is(i, ","):
		case strings.EqualFold(p.raw(i), "to"):
			link = "to"
		case lowerIn(changeLevelLinks, p.raw(i)) && words < 5:
			words++
		case link == "to" && words == 0 && i == c.st-2:
			return p.levelTaking(c, last) // "…, taking its headcount to"
		case link == "to" && words > 0 && p.timeAdverbialBetween(last.End, p.toks[i].e):
			// "fell 14.8% in March to an annualised 1.32 million units"
			// (timeAdverbialBetween)
			i = p.tokenEndingAfter(last.End) - 1
			break scan
		default:
			return ""
		}
	}
	if link == "" || i < 0 || p.toks[i].e != last.End || words == 0 && link == "to" {
		if link == "to" && words == 0 {
			return p.levelTaking(c, last)
		}
		return "" // plain "to" is change-new-level's
	}
	if !c.currency && !c.hasUnit && (c.unit == "" || c.unit == "count") && c.en < len(p.toks) && p.toks[c.en].k == tWord && !lowerIn(levelFollowers, p.raw(c.en)) {
		return ""
	}
	return last.Change
}

// levelTaking: "added 2,000 employees in the quarter, taking its headcount
// to 3,15,332", "added 3.2 million subscribers, taking its base to 459.8
// million", "rose 4.1%, lifting its market value to KSh 563 billion": a
// participle of levelTakers after a comma names the total a change
// reached, which keeps its direction.
func (p *parser) levelTaking(c *cand, last *Mention) string {
	to := c.st - 1
	if !strings.EqualFold(p.raw(to), "to") {
		return ""
	}
	v := to - 1
	for ; v >= 0 && v > to-5 && p.toks[v].k == tWord && !lowerIn(levelTakers, p.raw(v)); v-- {
	}
	if v < 0 || !lowerIn(levelTakers, p.raw(v)) || !p.is(v-1, ",") {
		return ""
	}
	for k, n := v-2, 0; k >= 0 && p.toks[k].s >= last.End; k, n = k-1, n+1 {
		if n >= 6 || p.toks[k].k == tNum {
			return ""
		}
	}
	return last.Change
}

// A total that an amount added took somewhere is a rise, though the
// amount added states no change of its own (rule change-taken-total):
// "will buy back an additional US$25 billion of shares, taking the total
// to US$35.3 billion", "declared a final dividend of 31 sen a share,
// bringing the full-year payout to 60 sen" (dev5), "a $16.5m budget
// increase, lifting total spending to $1.02bn" (web-dev-7), "the
// $24.1-billion acquisition of CyberArk, bringing the year-to-date deal
// value to $63.3 billion" (WCXB). A participle of levelTakers after a
// comma, up to six words and "to" stand before the amount; a change
// word between decides instead ("bringing the cost down to $149").
var ruleChangeTakenTotal = newRule("change-taken-total")

func (p *parser) takenTotal(c *cand) bool {
	to := c.st - 1
	if !strings.EqualFold(p.raw(to), "to") {
		return false
	}
	for v, n := to-1, 0; v >= p.floor && n < 7; v-- {
		if p.isHyphen(v) && p.adj(v) && p.adj(v+1) {
			continue // "the full-year payout", "the year-to-date deal value"
		}
		if p.toks[v].k != tWord {
			return false
		}
		if lowerIn(levelTakers, p.raw(v)) {
			return n > 0 && p.is(v-1, ",")
		}
		if w := p.w(v); w != nil && w.chg != "" {
			return false
		}
		n++
	}
	return false
}

// timeAdverbialBetween reports whether the text [st, en) holds only a
// time adverbial, the time of a change between it and the level it
// reached (change rule change-new-level): "rose 1.9% over the year to
// £285,000", "fell 14.8% in March to an annualised 1.32 million units",
// "fell 7.2% year over year to an average of $2,474", "rose 30-fold last
// year to more than 42,000" (web-dev-7), as "fell 6.8% in 2023, to 55
// million tonnes" (ingest-dev) and "jumped 40% year-on-year to 2.3
// million" (periodBetween). Up to six words of timeAdverbWords, month
// and weekday names and years; one of them names a time.
func (p *parser) timeAdverbialBetween(st, en int) bool {
	n, named := 0, false
	for k := p.tokenEndingAfter(st); k < len(p.toks) && p.toks[k].s < en; k++ {
		t := &p.toks[k]
		if t.s < st {
			continue
		}
		raw := p.raw(k)
		switch {
		case t.k == tPunct && (raw == "," || p.isHyphen(k)):
			continue
		case t.k == tNum && t.yearDigits():
			named = true
		case t.k != tWord:
			return false
		case lowerIn(timeAdverbNouns, raw):
			named = true
		case isUpperStart(raw) && (lexicon.MonthWords[raw] || len(raw) > 5 && lowerIn(weekdayNames, raw)): // (a day's full name, not "Sat")
			named = true
		case !lowerIn(timeAdverbWords, raw):
			return false
		}
		n++
		if n > 6 {
			return false
		}
	}
	return named
}

// timeAdverbNouns name the time of a time adverbial; timeAdverbWords are
// its other words.
var (
	timeAdverbNouns = lexicon.WordSet(`year month week quarter day half`)
	timeAdverbWords = lexicon.WordSet(`last this past previous in over on since during the a first second third fourth
fiscal financial calendar ended ending yesterday`)
)

// levelTakers name the total a change reached: "taking its headcount to".
var levelTakers = lexicon.WordSet(`taking bringing lifting pushing boosting raising putting`)

// changeLevelLinks may stand after "to" between a change and the level it
// reached: "to a record", "to a record high of", "to a new low of".
// "to an annualised 1.32 million units", "to an average of $2,474 a
// month" (web-dev-7; the earlier "average" is a pass word of changeBefore).
// An estimate's word too: "increased to a preliminary 277,500 short tons"
// (web-dev-18), "M-3 increased to an estimated 30.3 billion" (weka-train-0124).
var changeLevelLinks = lexicon.WordSet(`a an record new high low of annualised annualized average seasonally adjusted
preliminary estimated provisional`)

// levelFollowers may follow a bare level: "at 7,623 on Friday", "at
// 37,440 points".
// "to an annualised 1.32 million units" (web-dev-7; dev5's "rose 8% to
// 1,99,364 units" without a link word).
var levelFollowers = lexicon.WordSet(`on in after as by before with while and points point yen pence units`)

// periodBetween reports whether the text [st, en) is a period of change
// ("year-on-year", "y/y", "annually").
func (p *parser) periodBetween(st, en int) bool {
	s := strings.TrimSpace(p.text[st:en])
	return len(s) > 2 && len(s) < 24 && (changePeriods[strings.ToLower(s)] || strings.EqualFold(s, "annually"))
}

// changeWord is the change the change word at token i gives the mention c,
// passed words after it that are not pass words.
func (p *parser) changeWord(c *cand, i, passed int) (string, rule) {
	t := &p.toks[i]
	if t.w.key == "up" && p.key(i+1) == "to" && i+1 < c.st {
		if i > 0 && p.upMovement(i-1) {
			return "up", ruleChangeNewLevel // "inching back up to 4.8 percent"
		}
		return "", 0
	}
	if t.w.key == "up" || t.w.key == "down" {
		// "minds made up compared to nearly four in 10": a word
		// that is no pass word between ends the adverb's reach
		if passed > 0 || !p.adverbChange(c, i) {
			return "", 0
		}
		if t.w.key == "up" && giveUp[toLowerASCII(p.raw(i-1))] {
			return "down", ruleChangeAdverb // "the stock gave up 3%"
		}
		return t.w.chg, ruleChangeAdverb
	}
	if weakChange[t.w.key] {
		r := p.weakChangeHolds(c, i)
		if r == 0 {
			return "", 0
		}
		return t.w.chg, r
	}
	if passed > 0 {
		return t.w.chg, ruleChangeByAmount
	}
	return t.w.chg, ruleChangeVerb
}

// giveUp are the verbs of "give up": "up" after them is a loss ("shares
// gave up 3%", "the dollar gave up early gains").
var giveUp = map[string]bool{"give": true, "gives": true, "gave": true, "given": true, "giving": true}

// byDeterminers are the function words a change by an amount may pass:
// "cut its emissions by 70%".
var byDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true,
	// first and second persons of web copy: "I increased my salary 400%",
	// "we cut our costs 20%", "boost your sales by 30%"
	"my": true, "our": true, "your": true}

// byDemonstratives may stand in the changed thing of a change by an
// amount ("can reduce this optimum by up to 30%", WCXB; "cut these
// costs by 10%"); not before a bare rate, where "that" opens a clause
// ("a slide shows that eight of 10 ...").
var byDemonstratives = lexicon.WordSet(`this these those`)

// restated: "rose 3.54 points, or 0.2 percent, to 2,173.60": a number after
// "or" that restates the change just read in another unit keeps its
// direction.
func (p *parser) restated(c *cand) string {
	i := c.st - 1
	if p.is(i, "(") && c.qual != claims.Range && len(p.out) > 0 && i > 0 &&
		(p.is(c.en, ")") && p.toks[i-1].e == p.out[len(p.out)-1].End || p.countNounBefore(c, i-1)) {
		// a change converted in brackets keeps its direction (rule
		// change-or-restated): "a weight loss of 25 lbs (11.5 kg)",
		// "reduce the water to 1 3/4 cups (400g)", "fell 3 miles (4.8 km)";
		// not a range, which breaks the figure down: "-30 points (30
		// percent to 60 percent)"
		return p.out[len(p.out)-1].Change
	}
	if p.key(i) != "or" || len(p.out) == 0 {
		return ""
	}
	last := &p.out[len(p.out)-1]
	if last.Change == "" {
		return ""
	}
	k := i - 1
	if p.is(k, ",") {
		k--
	}
	if k > 0 && last.Unit == "count" && p.toks[k].k == tWord && p.toks[k-1].e == last.End && p.text[p.toks[k].s] >= 'a' && p.text[p.toks[k].s] <= 'z' {
		k-- // the counted noun: "raised its stake to 816,000 shares, or 11.3 pct" (web-dev-17, web-dev-20)
	}
	if k < 0 || p.toks[k].e != last.End {
		return ""
	}
	return last.Change
}

// countNounBefore reports the noun of the last mention, a bare count, at
// token k: a level converted in brackets after its counted noun keeps the
// change (rule change-or-restated): "has been increased to 32 chunks (512
// blocks)" (web-dev-14), as "reduce the water to 1 3/4 cups (400g)"
// (web-dev) does after its unit.
func (p *parser) countNounBefore(c *cand, k int) bool {
	last := &p.out[len(p.out)-1]
	return k > 0 && last.Unit == "count" && (c.unit == "" || c.unit == "count") && last.Change != "" && p.toks[k].k == tWord && p.w(k) == nil &&
		p.toks[k-1].e == last.End && c.en+1 < len(p.toks) && p.toks[c.en].k == tWord && p.w(c.en) == nil && p.is(c.en+1, ")")
}

// boundAdjectives are bound words that may qualify the changed thing
// before "by" or "to" ("the minimum wage", "the maximum fine").
var boundAdjectives = lexicon.WordSet(`minimum maximum`)

// changeModifiers are change nouns that may qualify a plan noun after
// them ("growth forecast"); planNouns those plan nouns.
var changeModifiers = lexicon.WordSet(`growth`)

var planNouns = lexicon.Union(lexicon.ForecastNouns, lexicon.WordSet(`guidance target targets outlooks expectation expectations`))

// growVerbs are the forms of "grow", which also means cultivating or
// reaching a size.
var growVerbs = map[string]bool{"grow": true, "grows": true, "grew": true, "growing": true, "grown": true}

// rateOrMoney: a percentage, points, a multiple or money, the amounts that
// ambiguous change nouns and comparatives take ("a 5% slide", "a $2
// rebound", "18 times higher", "$50 cheaper", "20% off").
func rateOrMoney(c *cand) bool {
	return rateUnit(c.unit) || c.unit == "times" || c.currency
}

// rateUnit: a percentage or points.
func rateUnit(u string) bool {
	switch u {
	case "percent", "percentage_point", "point", "basis_point":
		return true
	}
	return false
}

// A sum of money or a count of things lost is the amount lost, not a change
// of a level the sentence states (rule loss-amount; ANNOTATION.md: change
// is "for a change stated as such"): "Pemex lost 161.5 billion pesos",
// "a loss of $23 million" (web-dev-11), "a loss of Rs 945 crore" (dev5),
// "lost 2.1 billion baht", "a loss of €4.1 million" (articles-dev-4), "The
// Patriots have lost 9 of their last 11" (web-dev-8), "We lost two
// buffaloes" (articles-dev-3). A share, points or a measure lost is a
// change ("the Nasdaq lost 1.6%", "lost 12kg", "the glacier has lost
// two-thirds"), as are a stock of jobs or seats ("lost two jobs", dev) and
// an amount with the level it reaches ("lost $2.15 to $40.10").
var ruleLossAmount = newRule("loss-amount")

// lossWords are the words of losing (rule loss-amount).
var lossWords = lexicon.WordSet(`lose loses losing lost loss losses`)

// lossAmount reports the claim c after the loss word at token v an amount
// lost (rule loss-amount).
func (p *parser) lossAmount(c *cand, v int) bool {
	if !lowerIn(lossWords, p.raw(v)) || rateUnit(c.unit) || c.share {
		return false
	}
	if !c.currency && c.unit != "" && c.unit != "count" {
		return false // a measure: "lost 12kg", "lost 2,400MW"
	}
	if k := p.key(c.en); (k == "to" || k == "from") && (p.isNumAt(c.en+1) || p.isNumAt(c.en+2)) {
		return false // the level it reaches: "lost $2.15 to $40.10"
	}
	return c.currency || c.en >= len(p.toks) || !p.stockNounAt(c.en)
}

// weakChange verbs also take amounts that are not changes ("raised $20
// million", "gaining 16 percent of the vote", "lost two jobs").
var weakChange = map[string]bool{
	"raised": true, "raise": true, "raising": true, "gain": true, "gains": true, "gained": true,
	"gaining": true, "added": true, "boost": true, "boosted": true, "adds": true, "adding": true,
	"boosts": true, "boosting": true,
	// "police recovered 30 guns", "grabbed 12 rebounds", "sink 3 putts",
	// "rally 5,000 supporters", "stretched 3 miles", "saved 3 lives"
	"recovered": true, "recover": true, "recovers": true, "recovering": true, "rebound": true,
	"rebounds": true, "rebounding": true, "rebounded": true, "advance": true, "advances": true,
	"advancing": true, "advanced": true, "leap": true, "leaps": true, "leaping": true, "leapt": true,
	"leaped": true, "sink": true, "sinks": true, "sinking": true, "rally": true, "rallies": true,
	"rallying": true, "rallied": true, "stretched": true, "stretching": true, "extended": true,
	"extending": true, "extends": true, "retreat": true, "retreats": true, "retreating": true,
	"save": true, "saves": true, "saving": true, "saved": true, "expands": true, "expanding": true,
	"expanded": true, "expand": true, "dent": true, "dents": true, "dented": true, "denting": true, "improve": true, "improves": true, "improved": true, "improving": true,
	"raises": true, "lifted": true, "lifts": true,
}

// saveVerbs state a price cut before money ("save $300").
var saveVerbs = map[string]bool{"save": true, "saves": true, "saving": true, "saved": true}

// saveDiscountAfter follow the money of a price cut: "save $300 on the
// TV", "save $50 off", "save $20 with code", "save $10 when you buy".
var saveDiscountAfter = lexicon.WordSet(`on off with when if at by compared versus vs`)

// weakChangeHolds: a weak change verb at token v makes the claim a change
// when "by"/"to" introduces it, when it is a rate not followed by "of", or
// when it counts a stock that grows and shrinks ("added 200,000 jobs"). It
// returns the rule that holds (0: none).
func (p *parser) weakChangeHolds(c *cand, v int) rule {
	if k := p.key(v - 1); (k == "a" || k == "an") && p.key(v+1) == "of" && v+2 == c.st {
		return ruleChangeNounOf // "a gain of three"
	}
	for j := v + 1; j < c.st; j++ {
		if k := p.key(j); k == "by" || k == "to" {
			return ruleChangeWeakByTo
		}
	}
	if rateUnit(c.unit) {
		if p.key(c.en) != "of" {
			return ruleChangeWeakRate
		}
		return 0
	}
	if c.currency && saveVerbs[p.key(v)] && saveDiscountAfter[p.lw(c.en)] {
		return ruleChangeWeakRate // "save $300 on the TV"; not savings put by: "save $5,000 for an emergency fund", "aim to save $5,001 or more" (web-dev-5, WCXB)
	}
	if (c.unit == "" || c.unit == "count") && !c.currency && c.en < len(p.toks) && p.stockNounAt(c.en) {
		return ruleChangeStockCount
	}
	return 0
}

// stockNounAt: a stock noun at token j, or after one lower-case modifier
// ("added 3.2 million wireless subscribers", "13.1 million paid
// memberships", "200,000 new jobs").
func (p *parser) stockNounAt(j int) bool {
	if lowerIn(changeStockNouns, p.raw(j)) {
		return true
	}
	t := &p.toks[j]
	if t.k != tWord || t.w != nil && t.w.fn || p.text[t.s] < 'a' || p.text[t.s] > 'z' {
		return false
	}
	return lowerIn(changeStockNouns, p.raw(j+1))
}

// adverbChange: "up"/"down" before a number state a change ("sales were up
// 5%", "down 3 points"), unless they are a verb particle ("sign up 5
// million people").
func (p *parser) adverbChange(c *cand, i int) bool {
	// "women make up 51 percent of", "took up 30% of the budget" (but she
	// "made up 5 points" gained them)
	if i > 0 {
		switch particleVerbs[toLowerASCII(p.raw(i-1))] {
		case 1:
			return false
		case 2:
			if p.key(c.en) == "of" {
				return false
			}
		}
	}
	if rateUnit(c.unit) || c.currency {
		return true
	}
	if i == 0 || p.toks[i-1].k == tPunct {
		return true
	}
	switch p.key(i - 1) {
	case "is", "are", "was", "were", "be", "been", "being", "now", "still":
		return true
	}
	return false
}

// particleVerbs take "up"/"down" as a particle, not as a change: "sign up
// 5 million people", "end up with" (1); "make up 51 percent of" and "take up
// 30% of" only before "of" (2).
var particleVerbs = map[string]int{
	"make": 2, "makes": 2, "made": 2, "making": 2, "take": 2, "takes": 2, "took": 2, "taken": 2,
	"taking": 2, "end": 1, "ends": 1, "ended": 1, "ending": 1, "sign": 1, "signs": 1, "signed": 1,
	"signing": 1, "set": 1, "sets": 1, "setting": 1, "break": 1, "breaks": 1, "broke": 1,
	"broken": 1, "breaking": 1,
}

// fromBefore reports "from" before token st, a one-word qualifier
// ("roughly", "about") allowed between: "from roughly 15-20%".
func (p *parser) fromBefore(st int) bool {
	k := st - 1
	return p.key(k) == "from" || len(qualFormsEnding[p.key(k)]) > 0 && p.key(k-1) == "from"
}
