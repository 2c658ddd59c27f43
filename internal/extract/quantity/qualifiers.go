package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Qualifiers before and after a value, and ranges.

type qualForm struct {
	words []string
	qual  claims.Qualifier // "" keeps the value exact ("only", "a total of")
}

// qualFormRules name the qualifier forms that explain shows by a rule of
// their own (the others are qualifier-before), by their first word.
var qualFormRules = map[string]rule{
	"like": ruleHedgeLike, "something": ruleHedgeLike, "anything": ruleHedgeLike, "somewhere": ruleHedgeLike,
	"past": rulePastAfterVerb,
}

var rulePastAfterVerb = newRule("past-after-verb")

// qualFormGuards hold the one-word qualifier forms that apply only in a
// context, by their word; st is the token of the value's start. One that
// keeps its form off is c's guard (qualifier-form-context).
var qualFormGuards = map[string]func(p *parser, c *cand, st int) bool{
	"like": func(p *parser, _ *cand, st int) bool { return p.hedgeLike(st - 2) },
	"past": func(p *parser, _ *cand, st int) bool { return p.pastAfterVerb(st - 2) },
	// no line of latitude crossed, "crossed 45° North", nor a margin,
	// "crossed two hours clear of the fleet"
	"crossed": func(_ *parser, c *cand, _ int) bool { return c.unit != "degree" && !lexicon.TimeUnits[c.unit] },
	// no bound in a golf score, "shot a seven-under 65", "a 4-under 68"
	// (web-dev-11, web-dev-8), "a three-over 75"
	"under": func(p *parser, _ *cand, st int) bool { return !p.scoreToPar(st - 1) },
	"over":  func(p *parser, _ *cand, st int) bool { return !p.scoreToPar(st - 1) },
}

// scoreToPar reports "under" or "over" at token o hyphened to a number
// before it: a golf score's strokes to par ("seven-under", "4-under").
func (p *parser) scoreToPar(o int) bool {
	return o >= 2 && p.isHyphen(o-1) && p.adj(o-1) && p.adj(o) && p.numberWordOrDigitsAt(o-2)
}

// pastVerbs move a level past a mark besides the change verbs ("surged",
// "weakened", "climbed"): "pushed past", "moved past", "went past".
var pastVerbs = lexicon.WordSet(`pushed pushes pushing moved moves moving went goes going broke breaks breaking sailed raced`)

// pastAfterVerb reports a verb of change or motion at token k, before the
// "past" of rule past-after-verb.
func (p *parser) pastAfterVerb(k int) bool {
	if k < p.floor || p.toks[k].k != tWord {
		return false
	}
	w := p.w(k)
	return w != nil && w.chg != "" || lowerIn(pastVerbs, p.raw(k))
}

var ruleHedgeLike = newRule("hedge-like")

// boundLinks may stand between "a" and the bound word before a bound noun:
// "a combined maximum value of $2.6bn".
var boundLinks = map[string]bool{"combined": true, "total": true}

// boundNouns take a bound a word before them: "a maximum value of",
// "a minimum sentence of".
var boundNouns = map[string]bool{"value": true, "sentence": true, "penalty": true, "fine": true, "capacity": true, "amount": true, "term": true}

// qualForms are tried longest first.
var qualForms = []qualForm{
	{[]string{"greater", "than", "or", "equal", "to"}, claims.AtLeast},
	{[]string{"more", "than", "or", "equal", "to"}, claims.AtLeast},
	{[]string{"less", "than", "or", "equal", "to"}, claims.AtMost},
	{[]string{"fewer", "than", "or", "equal", "to"}, claims.AtMost},
	{[]string{"equal", "to", "or", "greater", "than"}, claims.AtLeast},
	{[]string{"equal", "to", "or", "more", "than"}, claims.AtLeast},
	{[]string{"equal", "to", "or", "higher", "than"}, claims.AtLeast},
	{[]string{"equal", "to", "or", "less", "than"}, claims.AtMost},
	{[]string{"equal", "to", "or", "fewer", "than"}, claims.AtMost},
	{[]string{"equal", "to", "or", "lower", "than"}, claims.AtMost},
	{[]string{"greater", "or", "equal", "to"}, claims.AtLeast},
	{[]string{"greater", "or", "equal", "than"}, claims.AtLeast},
	{[]string{"bigger", "or", "equal", "to"}, claims.AtLeast},
	{[]string{"bigger", "or", "equal", "than"}, claims.AtLeast},
	{[]string{"more", "or", "equal", "to"}, claims.AtLeast},
	{[]string{"less", "or", "equal", "to"}, claims.AtMost},
	{[]string{"less", "or", "equal", "than"}, claims.AtMost},
	{[]string{"smaller", "or", "equal", "to"}, claims.AtMost},
	{[]string{"smaller", "or", "equal", "than"}, claims.AtMost},
	{[]string{"a", "little", "more", "than"}, claims.MoreThan},
	{[]string{"in", "excess", "of"}, claims.MoreThan},
	{[]string{"no", "fewer", "than"}, claims.AtLeast},
	{[]string{"no", "less", "than"}, claims.AtLeast},
	{[]string{"not", "less", "than"}, claims.AtLeast},
	{[]string{"not", "fewer", "than"}, claims.AtLeast},
	{[]string{"a", "minimum", "of"}, claims.AtLeast},
	{[]string{"no", "more", "than"}, claims.AtMost},
	// a measure's comparative after "no" bounds it the same way: "no
	// wider than 2.5m" (web-dev-6), "a leash no longer than 6 feet"
	// (web-dev-8), "no taller than 35 feet"; "no shorter than 5 feet" a
	// lower bound
	{[]string{"no", "wider", "than"}, claims.AtMost},
	{[]string{"no", "longer", "than"}, claims.AtMost},
	{[]string{"no", "taller", "than"}, claims.AtMost},
	{[]string{"no", "larger", "than"}, claims.AtMost},
	{[]string{"no", "bigger", "than"}, claims.AtMost},
	{[]string{"no", "higher", "than"}, claims.AtMost},
	{[]string{"no", "greater", "than"}, claims.AtMost},
	{[]string{"no", "heavier", "than"}, claims.AtMost},
	{[]string{"no", "deeper", "than"}, claims.AtMost},
	{[]string{"no", "shorter", "than"}, claims.AtLeast},
	{[]string{"no", "narrower", "than"}, claims.AtLeast},
	{[]string{"no", "smaller", "than"}, claims.AtLeast},
	{[]string{"no", "lower", "than"}, claims.AtLeast},
	{[]string{"no", "lighter", "than"}, claims.AtLeast},
	{[]string{"not", "more", "than"}, claims.AtMost},
	{[]string{"a", "maximum", "of"}, claims.AtMost},
	{[]string{"as", "many", "as"}, claims.AtMost},
	{[]string{"as", "much", "as"}, claims.AtMost},
	{[]string{"as", "high", "as"}, claims.AtMost},
	{[]string{"as", "low", "as"}, claims.AtLeast},
	{[]string{"as", "little", "as"}, claims.AtLeast},
	{[]string{"as", "few", "as"}, claims.AtLeast},
	{[]string{"just", "shy", "of"}, claims.Nearly},
	{[]string{"a", "total", "of"}, ""},
	{[]string{"more", "than"}, claims.MoreThan},
	{[]string{"greater", "than"}, claims.MoreThan},
	{[]string{"higher", "than"}, claims.MoreThan},
	{[]string{"larger", "than"}, claims.MoreThan},
	{[]string{"bigger", "than"}, claims.MoreThan},
	{[]string{"lower", "than"}, claims.LessThan},
	{[]string{"smaller", "than"}, claims.LessThan},
	{[]string{"upwards", "of"}, claims.MoreThan},
	{[]string{"just", "over"}, claims.MoreThan},
	{[]string{"well", "over"}, claims.MoreThan},
	{[]string{"just", "above"}, claims.MoreThan},
	{[]string{"well", "above"}, claims.MoreThan},
	{[]string{"at", "least"}, claims.AtLeast},
	{[]string{"less", "than"}, claims.LessThan},
	{[]string{"fewer", "than"}, claims.LessThan},
	{[]string{"well", "under"}, claims.LessThan},
	{[]string{"well", "below"}, claims.LessThan},
	{[]string{"just", "under"}, claims.Nearly},
	{[]string{"just", "below"}, claims.Nearly},
	{[]string{"at", "most"}, claims.AtMost},
	{[]string{"up", "to"}, claims.AtMost},
	// an article between the qualifier and the number: "about a 20%
	// reduction", "about a 67 percent chance", "almost a 7-year head-start"
	{[]string{"approximately", "a"}, claims.About},
	{[]string{"about", "a"}, claims.About},
	{[]string{"around", "a"}, claims.About},
	{[]string{"roughly", "a"}, claims.About},
	{[]string{"nearly", "a"}, claims.Nearly},
	{[]string{"almost", "a"}, claims.Nearly},
	{[]string{"an", "estimated"}, claims.About},
	// an estimate's verb: "damage estimated at $1bn", "a crowd estimated at
	// 50,000", "its value is estimated to be $2 billion"
	{[]string{"estimated", "at"}, claims.About},
	{[]string{"estimated", "to", "be"}, claims.About},
	{[]string{"an", "approximate"}, claims.About},
	{[]string{"close", "to"}, claims.About},
	// "closer to 70 million" (articles-dev-6), "closer to 25" (articles-dev-5),
	// as ANNOTATION.md's "close to" (a hedge "maybe"/"perhaps" is left:
	// articles-dev-5 labels "maybe three" about, articles-dev-2 "maybe 35
	// percent" exact; rule hedged-half)
	{[]string{"closer", "to"}, claims.About},
	// an estimate's span (polnear-train: "in the range of $70 per square
	// foot"; British news: "in the region of £5m", "on the order of 10,000")
	{[]string{"in", "the", "range", "of"}, claims.About},
	{[]string{"in", "the", "region", "of"}, claims.About},
	{[]string{"on", "the", "order", "of"}, claims.About},
	// a spoken hedge (rule hedge-like): "something like 50,000 new homes",
	// "It's like 60% black" (web-dev-4, web-dev-2); "like" alone only
	// after a form of "be" or a hedge word (hedgeLikeAfter): "would like 10
	// more", "companies like 3M" stay exact
	{[]string{"something", "like"}, claims.About},
	{[]string{"anything", "like"}, claims.About},
	{[]string{"somewhere", "like"}, claims.About},
	{[]string{"like"}, claims.About},
	{[]string{"more", "or", "less"}, claims.About},
	{[]string{"over"}, claims.MoreThan},
	{[]string{"above"}, claims.MoreThan},
	{[]string{"under"}, claims.LessThan},
	{[]string{"below"}, claims.LessThan},
	{[]string{"about"}, claims.About},
	{[]string{"around"}, claims.About},
	{[]string{"roughly"}, claims.About},
	{[]string{"approximately"}, claims.About},
	{[]string{"approx"}, claims.About},
	{[]string{"some"}, claims.About},
	{[]string{"estimated"}, claims.About},
	{[]string{"circa"}, claims.About},
	{[]string{"nearly"}, claims.Nearly},
	{[]string{"almost"}, claims.Nearly},
	// "near" an amount is about it (web-dev-9 "wind chills near -45";
	// web-dev-11 "near minus 40", "tops out near 2.5 Gbps", "humidity
	// near 85 per cent")
	{[]string{"near"}, claims.About},
	// a level crossed is passed (web-dev "Delhi's air quality index crossed
	// 450"; web-dev-11 "crossed 100,000 points", "crossed 100 GW"), as
	// "surpassed"; "past" only after a verb of motion or change (rule
	// past-after-verb): "weakened past 950 per dollar", "surged past
	// $10,000 a tonne" (web-dev-11; web-dev "push well past 40 mph");
	// "the past 12 months" is a period
	{[]string{"crossed"}, claims.MoreThan},
	{[]string{"past"}, claims.MoreThan},
	{[]string{"exceeding"}, claims.MoreThan},
	{[]string{"surpassing"}, claims.MoreThan},
	// the verbs right before the number ("sales exceeded $1 billion",
	// "cases surpassed 10,000"; polnear-train: "thefts exceeding $600
	// million"); "surpassing the $394,000 raised" (an article) stays exact
	{[]string{"exceed"}, claims.MoreThan},
	{[]string{"exceeds"}, claims.MoreThan},
	{[]string{"exceeded"}, claims.MoreThan},
	{[]string{"surpass"}, claims.MoreThan},
	{[]string{"surpasses"}, claims.MoreThan},
	{[]string{"surpassed"}, claims.MoreThan},
	// web copy's bounds (web-dev, WCXB): "service upto 456 employees",
	// "spend north of US$723bn", "push well past 40 mph", "go beyond 40
	// mph", "the thickness maxes out at 3mm" (a top speed "tops out at
	// 190mph" is the speed: exact, as web-dev-7, web-dev-11 and dev4 label
	// it), "plans start from $29 per
	// month" (the lowest price: at least), "something like 30 trillion
	// words" (ingest-dev: "something like 50,000 new homes")
	{[]string{"upto"}, claims.AtMost},
	{[]string{"north", "of"}, claims.MoreThan},
	{[]string{"well", "past"}, claims.MoreThan},
	{[]string{"well", "beyond"}, claims.MoreThan},
	{[]string{"beyond"}, claims.MoreThan},
	{[]string{"maxes", "out", "at"}, claims.AtMost},
	{[]string{"maxed", "out", "at"}, claims.AtMost},
	{[]string{"max", "out", "at"}, claims.AtMost},
	{[]string{"start", "from"}, claims.AtLeast},
	{[]string{"starts", "from"}, claims.AtLeast},
	{[]string{"starting", "from"}, claims.AtLeast},
	// a price's verb before "from", the lowest price (rule
	// qualifier-before): "is priced from RM105,800" (web-dev-4's claims
	// gold), "costs from £31,995" (web-dev-7), as "start from" (web-dev-6);
	// web-dev-3's claims gold alone labels "is priced from Rs 14.49 lakh"
	// exact. With a top ("priced from Rs 7.49 lakh to Rs 15.49 lakh",
	// dev5; "prices from $15/user to $45/user", web-dev) the range holds.
	{[]string{"costs", "from"}, claims.AtLeast},
	{[]string{"cost", "from"}, claims.AtLeast},
	{[]string{"priced", "from"}, claims.AtLeast},
	{[]string{"prices", "from"}, claims.AtLeast},
	{[]string{"something", "like"}, claims.About},
}

// An amount that an estimate's noun phrase is or has is about that amount
// (rule estimated-subject): "The estimated value is $4.3 million"
// (web-dev-2), "the estimated cost of the project was $2bn",
// "estimated losses totalled $3bn" (not "an estimated loss of $473 million":
// the quantity dev gold keeps it exact). Up to six words stand
// between "estimated" and the verb right before the amount.
var ruleEstimatedSubject = newRule("estimated-subject")

// estimateLinks stand right before the amount of an estimate's noun.
var estimateLinks = lexicon.WordSet(`is was are were totalled totaled totals reached`)

func (p *parser) estimatedSubject(c *cand) {
	if c.qual != "" || c.st < 3 || !lowerIn(estimateLinks, p.raw(c.st-1)) {
		return
	}
	for k := c.st - 2; k >= c.st-8 && k >= p.floor; k-- {
		if p.toks[k].k != tWord {
			return
		}
		if strings.EqualFold(p.raw(k), "estimated") {
			if k == c.st-2 {
				return // "estimated of"? no noun between
			}
			c.qual, c.lo, c.hi = claims.About, c.v, c.v
			c.qualRule = ruleEstimatedSubject
			return
		}
	}
}

// qualFormsEnding holds qualForms by their last word, in qualForms' order:
// qualifierBefore tries those that end in the word before the value.
var qualFormsEnding = func() map[string][]qualForm {
	m := map[string][]qualForm{}
	for _, f := range qualForms {
		last := f.words[len(f.words)-1]
		m[last] = append(m[last], f)
	}
	return m
}()

// signQuals are comparison signs before a number (">10", "≤ 5", ">= 30").
var signQuals = map[string]claims.Qualifier{
	">": claims.MoreThan, "<": claims.LessThan, "≥": claims.AtLeast, "≤": claims.AtMost,
	">=": claims.AtLeast, "<=": claims.AtMost, "⩾": claims.AtLeast, "⩽": claims.AtMost,
}

// circaAbbrevs abbreviate circa before a number: "c. 2,000", "ca. 1850".
var circaAbbrevs = lexicon.WordSet(`c ca`)

// signQualifier reads a comparison sign before the value (rule
// comparison-sign): ">10", "< 20", ">= 30", "≤5", and "sub-7" (less than).
func (p *parser) signQualifier(c *cand) bool {
	st := c.st
	if st-1 < p.floor {
		return false
	}
	sign := p.raw(st - 1)
	n := 1
	if sign == "=" && st-2 >= p.floor && (p.raw(st-2) == ">" || p.raw(st-2) == "<") {
		// ">= 30", also spaced: "< = 100"
		sign, n = p.raw(st-2)+"=", 2
	}
	if (sign == "~" || sign == "≈") || sign == "." && st-2 >= p.floor && p.adj(st-1) && circaAbbrevs[p.raw(st-2)] && !p.adj(st) {
		// about (rule comparison-sign): "~500 staff", "≈ 3 km", and circa
		// abbreviated: "c. 2,000 people", "ca. 1,500"
		if sign == "." {
			n = 2
		}
		c.st = st - n
		c.qual, c.lo, c.hi = claims.About, c.v, c.v
		c.qualRule = ruleComparisonSign
		return true
	}
	q, ok := signQuals[sign]
	if ok && n == 1 && (sign == ">" || sign == "<") && p.adj(st-1) && st-2 >= 0 && p.toks[st-2].k == tWord && !p.adj(st) {
		// the closing bracket of a name glued to its last word, a space
		// before the number: the wire's "&lt;DEXLEIGH CORP> SIX MTHS",
		// "<TXLN> 4TH QTR" (Reuters-21578's ticker and company brackets,
		// web-prec-5; "a <b> 5 </b>" markup alike) — no sign
		return false
	}
	if !ok {
		if st-2 >= p.floor && p.isHyphen(st-1) && p.adj(st) && p.adj(st-1) && p.key(st-2) == "sub" {
			q, n = claims.LessThan, 2 // "sub-7 nanometre", "sub-300 sq m"
		} else {
			return false
		}
	}
	c.st = st - n
	c.qual = q
	c.qualRule = ruleComparisonSign
	switch q {
	case claims.MoreThan, claims.AtLeast:
		c.lo, c.open = c.v, 'h'
	default:
		c.hi, c.open = c.v, 'l'
	}
	return true
}

// upMovement reports whether the word at k before "up to" makes "up" a
// movement (upToMovement); "back" of a phrasal verb does not ("buy back up
// to $10 billion", "pay back up to 80%": a bound).
func (p *parser) upMovement(k int) bool {
	w := toLowerASCII(p.raw(k))
	return upToMovement[w] && !(w == "back" && phrasalBack[toLowerASCII(p.raw(k-1))])
}

// phrasalBack are the verbs of "buy back", "pay back", "claw back": "back"
// after them is no movement.
var phrasalBack = lexicon.WordSet(`buy buys buying bought pay pays paying paid give gives giving gave
hand hands handing handed claw claws clawing clawed win wins winning won roll rolls rolling rolled
scale scales scaling scaled cut cuts cutting trim trims trimming trimmed send sends sending sent
bring brings bringing brought`)

// upToMovement are words before "up to" that make "up" a movement ("back
// up to", "edged up to"): the number is a new level, not an upper bound.
var upToMovement = map[string]bool{
	"back": true, "inching": true, "inched": true, "edging": true, "edged": true, "ticking": true,
	"ticked": true, "crept": true, "creeping": true, "moved": true, "moving": true, "went": true,
	"going": true, "bounced": true, "bouncing": true, "crawled": true, "nudged": true, "creeps": true,
}

// hedgeLikeAfter are the words after which "like" before a number hedges
// it ("it's like 60%", "was like 200 people", "more like 30"), not a verb
// ("would like 10") nor a comparison ("cities like 3 others").
var hedgeLikeAfter = lexicon.WordSet(`is was are were be been being s re more just probably maybe literally`)

// hedgeLike reports whether the word at k, before "like", makes "like" a
// hedge (hedgeLikeAfter; "'s" and "'re" of "it's", "they're").
func (p *parser) hedgeLike(k int) bool {
	return k >= p.floor && p.toks[k].k == tWord && hedgeLikeAfter[toLowerASCII(p.raw(k))]
}

// qualifierBefore reads a qualifier before the value and sets the interval.
func (p *parser) qualifierBefore(c *cand) {
	if c.qual == claims.Vague || c.qual == claims.Range || c.kind != "" && c.kind != claims.KindClaim && c.kind != claims.KindDuration {
		return
	}
	if p.signQualifier(c) {
		return
	}
	st := c.st
	// "approx. 5"
	dot := p.is(st-1, ".") && p.key(st-2) == "approx"
	if dot {
		st--
	}
	if p.key(st-1) == "of" && boundNouns[strings.ToLower(p.raw(st-2))] && st-4 >= p.floor && (p.key(st-4) == "a" || p.key(st-4) == "an" || boundLinks[strings.ToLower(p.raw(st-4))] && p.key(st-5) == "a") {
		// "a combined maximum value of $2.6bn", "a minimum sentence of
		// five years": the bound holds the number at a distance ("a
		// minimum wage of $15" is a wage, "paid the maximum fine of
		// $10,000" the fine paid)
		switch strings.ToLower(p.raw(st - 3)) {
		case "maximum":
			c.qual, c.hi, c.open = claims.AtMost, c.v, 'l'
			return
		case "minimum":
			c.qual, c.lo, c.open = claims.AtLeast, c.v, 'h'
			return
		}
	}
	if p.key(st-1) == "over" && p.periodOver(c, st-1) {
		c.kind = claims.KindDuration
		c.qualRule = rulePeriodOver
		return
	}
	if p.key(st-1) == "over" && p.openingPeriodOver(c, st-1) {
		c.kind, c.qual, c.lo, c.hi = claims.KindClaim, claims.Exact, c.v, c.v
		c.qualRule = ruleOpeningPeriodOver
		return
	}
	for _, f := range qualFormsEnding[p.key(st-1)] {
		n := len(f.words)
		if st-n < p.floor {
			continue
		}
		ok := true
		for k, wd := range f.words {
			t := &p.toks[st-n+k]
			if t.k != tWord || t.w == nil || t.w.key != wd {
				ok = false
				break
			}
		}
		if !ok || dot && f.words[0] != "approx" {
			continue
		}
		if f.qual == "" {
			return
		}
		if g := qualFormGuards[f.words[0]]; g != nil && len(f.words) == 1 && !g(p, c, st) {
			c.guard = ruleQualifierFormContext
			continue
		}
		if f.words[0] == "up" && st-n-1 >= p.floor && p.upMovement(st-n-1) {
			// rule up-to-movement: "inching back up to 4.8 percent", "edged
			// up to 3%" name a new level, not a bound
			c.qualRule = ruleUpToMovement
			return
		}
		if c.qual != "" {
			// "an estimated 28,000-plus": the suffix gives the interval
			c.st = st - n
			return
		}
		// "over" and "under" as prepositions of place or time: "over the
		// weekend" never reaches here (a number must follow); "up to" after
		// a change verb is still a bound.
		c.st = st - n
		c.qual = f.qual
		if r := qualFormRules[f.words[0]]; r != 0 {
			c.qualRule = r
		}
		switch f.qual {
		case claims.MoreThan, claims.AtLeast:
			c.lo, c.open = c.v, 'h'
		case claims.LessThan, claims.AtMost:
			c.hi, c.open = c.v, 'l'
		default:
			c.lo, c.hi = c.v, c.v
		}
		return
	}
}

// rulePeriodOver: "over" before a duration that closes the clause right
// after an amount is the period the amount is spread over, not a bound:
// "lost 12kg over six months" (dev4), "return £10bn to shareholders over
// three years and cut …", "a deal worth £6.7bn over four years" (dev5).
// "for over 15 years", "over 17 years of experience", "has grown over 20
// years" (no amount before) stay more_than.
var rulePeriodOver = newRule("period-over")

// periodOver reports the form of rulePeriodOver; o is the token "over".
func (p *parser) periodOver(c *cand, o int) bool {
	if !c.hasUnit || !lexicon.TimeUnits[c.unit] || len(p.out) == 0 {
		return false
	}
	last := &p.out[len(p.out)-1]
	if last.Kind != claims.KindClaim || lexicon.TimeUnits[last.Unit] {
		return false
	}
	n := 0
	for k := o - 1; k >= 0 && p.toks[k].s >= last.End; k-- {
		if n++; n > 4 || p.toks[k].k != tWord {
			return false
		}
		if periodOverBlocks[p.lw(k)] && !(p.key(k) == "of" && k > 0 && p.toks[k-1].e == last.End) {
			// (the substance right after the amount is no block: "lost
			// approximately 16 percent of fat mass over six months"
			// (WCXB), "lost 14.9% of their body weight over 68 weeks"
			// (web-dev-7))
			return false
		}
	}
	if o-n-1 < 0 || p.toks[o-n-1].e != last.End {
		return false
	}
	return p.clauseEndAt(c.en) || periodOverEnds[p.lw(c.en)]
}

// ruleOpeningPeriodOver: "Over" opening a sentence before a duration that
// closes its clause is the span the sentence measures, not a bound:
// "Over three months of daily use, the strap showed almost no wear"
// (web-dev-8), "Over two years, the market skyrocketed from $191 million
// to $25.6 billion" (web-dev-10) — the measured span, exact. "Over 20
// years ago" and "Over 300 people" (no time unit) are not this form.
var ruleOpeningPeriodOver = newRule("opening-period-over")

// openingPeriodOver reports the form of ruleOpeningPeriodOver; o is the
// token "Over".
func (p *parser) openingPeriodOver(c *cand, o int) bool {
	if !c.hasUnit || !lexicon.TimeUnits[c.unit] || c.qual != "" || !p.capitalised(o) || !p.sentenceStart(o) {
		return false
	}
	j := c.en
	if p.key(j) == "of" {
		// the activity the span measures: "of daily use", "of testing"
		for j++; j < c.en+5 && j < len(p.toks) && p.toks[j].k == tWord && !isUpperStart(p.raw(j)); j++ {
		}
	}
	return p.is(j, ",")
}

// periodOverBlocks between the amount and "over" make "over" a bound:
// "paid $5m for over 3 years", "$2m in over two years".
var periodOverBlocks = lexicon.WordSet(`for of than in within after since`)

// periodOverEnds may follow the period: "over three years and cut".
var periodOverEnds = lexicon.WordSet(`and to from starting through until ending while but`)

// suffixQualifier reads "100 or more", "100 or so", "100-plus", "100+".
func (p *parser) suffixQualifier(c *cand) {
	if c.qual != "" || p.andSuffix(c) {
		return
	}
	j := c.en
	if p.key(j+1) == "or" && p.toks[j].k == tWord && (c.hasUnit && !c.currency && lowerIn(measureAdjectives, p.raw(j)) || c.currency && p.raw(j) == c.unit) {
		// a measure's adjective or the amount's own currency code before
		// "or more" (rule or-more-after-word): "6 feet tall or more",
		// "£40 GBP or more", "$55 CAD or higher"
		j++
	}
	if p.key(j) == "or" && p.key(j+2) == "than" {
		return // "5000 or less than 6000": the comparison is the next number's
	}
	skipped := j > c.en
	defer func() {
		if skipped && c.qual != "" {
			c.qualRule = ruleOrMoreAfterWord
		}
	}()
	switch {
	case p.key(j) == "or" && (p.key(j+1) == "more" || p.key(j+1) == "greater"):
		c.qual, c.lo, c.open, c.en = claims.AtLeast, c.v, 'h', j+2
	case p.key(j) == "or" && p.key(j+1) == "so":
		c.qual, c.lo, c.hi, c.en = claims.About, c.v, c.v, j+2
	case p.key(j) == "or" && lowerIn(orHigherWords, p.raw(j+1)):
		c.qual, c.lo, c.open, c.en = claims.AtLeast, c.v, 'h', j+2
	case p.key(j) == "or" && (p.key(j+1) == "fewer" || p.key(j+1) == "less" || p.key(j+1) == "lower" || p.key(j+1) == "below" || p.key(j+1) == "under"):
		c.qual, c.hi, c.open, c.en = claims.AtMost, c.v, 'l', j+2
	case j > c.en:
		// the skipped word only leads to "or more" and its kin
	case p.isHyphen(j) && p.adj(j) && p.adj(j+1) && strings.EqualFold(p.raw(j+1), "odd") && !c.currency:
		// "a 20-odd session campaign", "40-odd years" (rule odd-about):
		// about N, a little over it
		c.qual, c.lo, c.hi, c.en = claims.About, c.v, c.v, j+2
		c.qualRule = ruleOddAbout
	case p.tensSomething(c, j):
		// a decade of age, "twenty-something" (numbers.go, beside the
		// other decades)
	case p.key(j) == "plus" && (!p.toks[j].sp || p.isHyphen(j-1)):
		p.plusSuffix(c, j+1)
	case p.isHyphen(j) && p.adj(j) && p.key(j+1) == "plus":
		p.plusSuffix(c, j+2)
	case p.is(j, "+") && p.adj(j) && !(p.isNumAt(j+1) && p.adj(j+1)):
		// ("8GB+128GB", a phone's memory and storage, and "2+2" are sums
		// of parts, no bound: web-dev-11's phone specs)
		p.plusSuffix(c, j+1)
	}
}

// orHigherWords after "N or" make N a lower bound: "650 or higher", "80
// or over", and a measure's comparative: "a processor of 1 GHz or faster"
// (web-dev-8), "a 1 TB drive or larger" (the kin of "30 or greater",
// web-dev-5). Not "longer": "for a period of three years or longer" bounds
// a population (web-prec-1), the duration rules' question.
var orHigherWords = lexicon.WordSet(`higher above over faster larger bigger`)

// measureAdjectives follow a measure before "or more": "6 feet tall or
// more", "10 metres long or longer".
var measureAdjectives = lexicon.WordSet(`tall long wide high deep thick heavy`)

var rulePlusAtLeast = newRule("plus-at-least")

// ruleRangeOpenTop opens the top of a range written with "+" after its
// second end (rule range-open-top): price guides' "$1,000 – $10,000+",
// "$89 - $249+", "$150–$350+" (web-dev-5; 42 times on 8 WCXB price
// pages). "or more" after a range stays outside it, as web-dev labels
// "from around $30 to $100 dollars per day or more".
var ruleRangeOpenTop = newRule("range-open-top")

func (p *parser) rangeOpenTop(c *cand) {
	j := c.en
	switch {
	case p.is(j, "+") && p.adj(j) && (j+1 >= len(p.toks) || p.toks[j+1].k != tNum):
		c.en = j + 1
	default:
		return
	}
	c.open = 'h'
	c.qualRule = ruleRangeOpenTop
}

var ruleOrMoreAfterWord = newRule("or-more-after-word")

var ruleOddAbout = newRule("odd-about")

var ruleTensSomething = newRule("tens-something")

// plusSuffix reads "N+", "N-plus", "Nplus" ending at token e (rule
// plus-at-least): N or more, so N is included (at_least, as "N or more";
// ANNOTATION.md's more_than excludes N): "15,000+ employees", "40+
// countries", "1M+ tokens", "an estimated 28,000-plus", "35-plus hours".
// A scale word after the sign still scales the amount: "$380+ billion".
func (p *parser) plusSuffix(c *cand, e int) {
	c.en = e
	if w := p.w(e); !c.words && !c.scaled && w != nil && p.toks[e].k == tWord {
		if sc, ok := scalesAfterDigits[w.key]; ok && sc.value >= 1000 && !sc.gluedOnly && (sc.raw == "" || sc.raw == p.raw(e)) && len(p.raw(e)) > 3 {
			c.v *= sc.value
			c.scaled, c.scale = true, sc.value
			c.en = e + 1
			c.valEn = c.en
		}
	}
	c.qual, c.lo, c.open = claims.AtLeast, c.v, 'h'
	c.qualRule = rulePlusAtLeast
}

// rangeRead is a range being read after a first end: what stands before
// the first end, the separator at token j and the second end b at token k.
type rangeRead struct {
	between, from bool
	ages          bool // "between the ages of 17 and 20"
	bst           int  // where "between" stands
	sep           string
	j, k          int
	openHi        bool // "$500,000 to more than $1 million"
	both          bool // units written on both ends (rule range-units-both-ends)
	desc          bool // two negative ends, the second lower: "-18 °C to -34 °C"
	b             *cand
}

// rangeAfter reads the second end of a range: "60-75", "2,000–2,400",
// "60 to 75", "between 60 and 75", "from 60 to 75", "two or three".
// It also reads year ranges (2012–13) and scores (3-1).
func (p *parser) rangeAfter(c *cand) {
	j := c.en
	if j+1 >= len(p.toks) {
		return
	}
	if c.unit == "times" && c.words && c.valEn-c.valSt == 1 && foldWords[p.key(c.valSt)] > 0 {
		return // "doubled to 1.4 million": a multiplier and the new level
	}
	r := &rangeRead{
		between: p.key(c.st-1) == "between",
		from:    p.key(c.st-1) == "from",
		bst:     c.st - 1,
	}
	if p.key(c.st-1) == "of" && (p.key(c.st-2) == "ages" || p.key(c.st-2) == "age") && p.key(c.st-3) == "the" && p.key(c.st-4) == "between" {
		r.ages, r.between, r.bst = true, true, c.st-4
	}
	sep, skip := p.rangeSeparator(c, j, r.between)
	if sep == "" || p.changeNotRange(c, sep, j, r.from) {
		return
	}
	r.sep, r.j = sep, j+skip
	if !p.rangeSecondEnd(c, r) || p.yearThenLevel(c, r) || p.yearRange(c, r) || p.dayThenLevel(c, r) {
		return
	}
	p.joinRangeEnds(c, r)
}

// dayThenLevel reports the day or the year of a date after its month
// followed by "to" and a new level that no day or year is: the date of a
// change, not the first end of a range. "Reserve fell on March 5 to 3.467
// billion dlrs", "rose on Feb 27 to 3.482 billion dlrs", "down 10.8 pct in
// January 1987 to 12.32 mln barrels", "for the period July 1/February 13 to
// 2.99 mln tonnes" (DEV Reuters documents); "March 5 to 7" stays a range
// of days.
func (p *parser) dayThenLevel(c *cand, r *rangeRead) bool {
	if r.sep != "to" || c.hasUnit || c.currency || c.scaled || c.words || c.qual != "" || !p.isMonth(c.st-1) {
		return false
	}
	if t := &p.toks[c.valSt]; t.dec || t.sep || !(c.v >= 1 && c.v <= 31 && c.v == float64(int(c.v)) || c.yearLike) {
		return false
	}
	b := r.b
	return b.hasUnit || b.currency || b.scaled || b.v > 31 && !(c.yearLike && b.v >= 1800 && b.v <= 2100)
}

// yearThenLevel reports a year after "in" or "by" followed by "to" and a
// new level that is no year: the year of the old level, not the first end
// of a range. "grew from 8,400 in 2010 to 11,900 in 2020" (web-dev-8),
// "from 2.1 billion tonnes in 2023 to 3.8 billion tonnes per year"
// (web-dev-10), "from 40,000 units in 2019 to 1.2 million", "from 12
// billion euros in 2021 to 15 billion euros"; "in 2010 to 2015" stays a
// range of years.
func (p *parser) yearThenLevel(c *cand, r *rangeRead) bool {
	if r.sep != "to" || !c.yearLike || c.hasUnit || c.currency || c.scaled || c.words {
		return false
	}
	if k := p.key(c.st - 1); k != "in" && k != "by" {
		return false
	}
	b := r.b
	tb := &p.toks[b.valSt]
	yearEnd := tb.k == tNum && tb.ndig == 4 && !tb.sep && !tb.dec && b.v >= 1800 && b.v <= 2100
	return !yearEnd || b.hasUnit || b.currency || b.scaled
}

// rangeSeparator reads the separator of a range at token j and the tokens
// to skip after it; "" when there is none.
func (p *parser) rangeSeparator(c *cand, j int, between bool) (string, int) {
	switch {
	case p.isHyphen(j) && p.adj(j) && p.key(j+1) == "to" && !c.hasUnit:
		// a suspended hyphen: "18- to 24-year-olds", "5- to 10-year terms"
		return "to", 1
	case p.isHyphen(j) && !p.adj(j) && p.adj(j+1):
		// a sign, no range: "225.86 -12.99 -5.44%"; but "75 -300mm" is a
		// range: a larger second end with a unit glued, the first bare
		if !(!c.hasUnit && !c.currency && p.isNumAt(j+1) && p.toks[j+1].v > c.v && p.adj(j+2) && p.unitWordAt(j+2)) {
			return "", 0
		}
		return "-", 0
	case p.isHyphen(j):
		return "-", 0
	case p.key(j) == "to":
		return "to", 0
	case (p.key(j) == "through" || p.key(j) == "thru") && !c.currency && p.isNumAt(j+1):
		// "20 through 100", "pages 5 thru 9" (rule range-through); a
		// measure or rate "through" a year runs until it: "a CAGR of 62.3%
		// through 2032", "5 GW through 2030"
		if c.hasUnit && p.yearAt(j+1) {
			return "", 0
		}
		return "to", 0
	case p.key(j) == "and" && between:
		return "and", 0
	case p.key(j) == "or" && c.words && !c.scaled:
		return "or", 0
	}
	return "", 0
}

// changeNotRange reports two values of a change where a range would be
// read: "rose from 5% to 7%", "cut its order by 30 to 126".
func (p *parser) changeNotRange(c *cand, sep string, j int, from bool) bool {
	if p.movementFromTo(c, sep, from) {
		c.qualRule = ruleFromToMovement // "accuracy improvements from 37% to 81%" (movementfromto.go)
		return true
	}
	if from && (p.changeWordBefore(c.st-1) || sep == "to" && p.clauseChange(c.st-1) != "") && !(sep == "-" && p.adj(j) && p.adj(j+1)) {
		// "rose from 5% to 7%": two values, not a range; a tight hyphen
		// joins a range's ends (read by range-after: "up from 70-80
		// per cent earlier", web-dev-8; "rose from 1-3 per cent", after
		// web-dev-3's "from 1-3 per cent earlier")
		return true
	}
	// "by" before a bare count, money or a measure ("cut the price by 14,000
	// yuan to 249,900 yuan", "raise capacity by 25 tonnes to 34,500
	// tonnes"); not a percentage ("by 5% to 20%" is a range)
	if sep == "to" && c.qual == "" && (p.byBefore(c.st) && !percentUnits[c.unit] || (c.unit == "point" || c.currency || c.unit == "times") && p.changeWordBefore(c.st)) {
		k := j + 1
		if c.currency {
			k += p.currencyPrefixAt(c, k) // "$20 to $2,050"
		}
		b := p.valueAt(k)
		bv := 0.0
		if b != nil {
			bv = b.v
			if w := p.w(b.en); w != nil && w.scale > 0 && (c.scaled || c.v > b.v) {
				// "climbing by 79,000 to 8.4 million", "grew by 1.5 million
				// to 7 million" (not "by 2 to 3 million": one scale for both)
				bv *= w.scale
			}
		}
		if b != nil && bv > 3*c.v {
			// "cut its order by 30 to 126", "fell by 0.3 to 3.7 percent",
			// "the Dow fell 200 points to 40,816.38": a change and a new
			// level ("by 2 to 3 percent", "by 5 to 10 percent" are ranges);
			// a multiple too: "rose 45-fold to 58,000" (web-dev-9)
			c.qualRule = ruleChangeAndLevel
			return true
		}
	}
	return false
}

// byAmountFillers stand between "by" and a change's amount (rule
// change-and-level): "fell by a record 837,000 to 124.4 million"
// (web-dev-7), "rose by a further 12,000 to 1.3 million", "grew by
// another 40 to 2,150".
var byAmountFillers = lexicon.WordSet(`a an record further another additional extra estimated`)

// byBefore reports "by" right before token i, or before a run of
// byAmountFillers ending there (up to two words).
func (p *parser) byBefore(i int) bool {
	for k := i - 1; k >= p.floor && k >= i-3; k-- {
		if p.key(k) == "by" {
			return true
		}
		if p.toks[k].k != tWord || !lowerIn(byAmountFillers, p.raw(k)) {
			return false
		}
	}
	return false
}

// rangeSecondEnd reads the second end of the range into r.b (with its
// scale and unit) and reports whether it can end a range.
func (p *parser) rangeSecondEnd(c *cand, r *rangeRead) bool {
	k := r.j + 1
	// "$500,000 to more than $1 million": the upper end is open
	if r.sep == "to" && p.key(k) == "more" && p.key(k+1) == "than" {
		k, r.openHi = k+2, true
	} else if r.sep == "to" && p.key(k) == "over" {
		k, r.openHi = k+1, true
	}
	// "$5-$7 million", "US$5 to US$10", "Rs 5 lakh to Rs 10 lakh"
	if n := p.currencyPrefixAt(c, k); n > 0 {
		k += n
		r.both = n > 1 || lexicon.CurrencySymbols[p.raw(k-1)] == ""
	}
	// "from -18 °C to -34 °C": a minus on the second end of a negative first
	neg := c.v < 0 && (p.is(k, "-") || p.is(k, "−")) && p.adj(k+1) && p.isNumAt(k+1)
	if neg {
		k++
	}
	r.k = k
	b := p.valueAt(k)
	if b == nil {
		return false
	}
	if neg {
		b.v, b.st = -b.v, k-1
		r.k = k - 1
		r.desc = true
	}
	r.b = b
	b.currency = c.currency
	p.scaleAfter(b)
	p.unitAfter(b)
	if p.currencyWordAfterEnd(c, b) {
		r.both = true
	}
	if p.changeLevelQuote(c, b, r.sep) {
		return false // "climbed 19 to 151-1/2": a change and a new level (movementfromto.go)
	}
	if r.sep == "to" && c.qual == "" && c.hasUnit && !b.hasUnit && !b.currency && (percentUnits[c.unit] || c.unit == "point") && p.changeWordBefore(c.st) {
		// rule change-and-level: "fell 0.4 per cent to 13,176" is a fall of
		// 0.4 percent and a level of 13,176, not a range
		c.qualRule = ruleChangeAndLevel
		return false
	}
	if r.sep == "to" && c.qual == "" && c.hasUnit && b.hasUnit && b.unit == c.unit && percentUnits[c.unit] && p.pastChangeBefore(c.st) {
		// rule change-and-level: "fell 0.3 per cent to 4.1 per cent" after
		// a stated (past, finite) change with the unit written on both
		// numbers is a change and the new level; "could rise 2% to 3%" and
		// "rose 5 to 10 per cent" stay ranges
		c.qualRule = ruleChangeAndLevel
		return false
	}
	return !(b.kind != "" && b.kind != claims.KindClaim && b.kind != claims.KindDuration)
}

// yearRange reads a range of years: 2012–13, 2012-2013, between 2010 and
// 2015; it reports whether it did.
func (p *parser) yearRange(c *cand, r *rangeRead) bool {
	b := r.b
	if !(c.yearLike && !c.hasUnit && !c.currency) {
		return false
	}
	tb := &p.toks[b.valSt]
	if !(r.sep == "-" && tb.ndig == 2 && p.adj(r.j) && p.adj(r.k) || tb.ndig == 4 && b.v > c.v && b.v <= 2100 && (r.sep != "or")) {
		return false
	}
	c.en = b.en
	c.kind = claims.KindYear
	c.qual = claims.Range
	hi := b.v
	if tb.ndig == 2 {
		hi = float64(int(c.v)/100*100) + b.v // 2012–13
	}
	if r.between || r.from {
		c.st--
	}
	c.lo, c.hi = c.v, hi
	return true
}

// joinRangeEnds makes c the range from c to r.b, or a score or tally, or
// leaves it a single value when the ends do not make a range.
func (p *parser) joinRangeEnds(c *cand, r *rangeRead) {
	b, sep, j, k := r.b, r.sep, r.j, r.k
	if b.words != c.words && sep != "to" && sep != "and" {
		return
	}
	// apply the second end's scale and unit to the first ("5-7 million", "5 to 7%")
	av := c.v
	// (unless the scaled first end would pass the second: "$500,000 to $1
	// million"); number words share the second's scale word too ("two or
	// three hundred", "five or six thousand": rule range-shared-scale)
	wordScaled := false
	if !c.scaled && b.scaled && b.scale > 0 && (!c.words || b.words) && av*b.scale < b.v {
		av *= b.scale
	} else if sc := p.wordScaleEnd(b); c.words && !c.scaled && sc > 0 && av*sc < b.v {
		av *= sc
		wordScaled = true
	}
	if c.unit != "" && b.unit != "" && c.unit != b.unit {
		return
	}
	// the first end takes the second's unit only once the range holds
	// ("by 2030 to 32 percent" is a year and a share)
	u0, h0, k0 := c.unit, c.hasUnit, c.kind
	undo := func() { c.unit, c.hasUnit, c.kind = u0, h0, k0 }
	if c.unit == "" && b.unit != "" {
		c.unit = b.unit
		c.hasUnit = b.hasUnit
	}
	if c.kind == claims.KindDuration || b.kind == claims.KindDuration {
		if b.kind == claims.KindDuration {
			c.kind, c.unit = claims.KindDuration, b.unit
		}
	}
	ta := &p.toks[c.valSt]
	// set scores, lowest first too: "beat X 3-6, 6-3, 7-6 (0)"
	if av < b.v && sep == "-" && !c.hasUnit && !b.hasUnit && !ta.dec && p.adj(j) && p.adj(k) && c.qual == "" && p.scoreSequence(c.st, b.en) {
		c.en = b.en
		c.kind = claims.KindOther
		c.lo, c.hi = av, b.v
		return
	}
	if r.desc && av > b.v && (c.hasUnit || b.hasUnit) && (sep == "to" || sep == "and") {
		// "temperatures ranged from -18 °C to -34 °C" (rule negative-range)
		c.st = p.rangeStart(c, r)
		c.en = b.en
		c.qual = claims.Range
		c.lo, c.hi = b.v, av
		c.v = b.v
		c.qualRule = ruleNegativeRange
		return
	}
	if av >= b.v {
		if !p.scoreOrTally(c, r, av) {
			undo()
		}
		return
	}
	if sep == "to" && !r.from && !c.hasUnit && !b.hasUnit && b.v/av > 1000 {
		undo()
		return
	}
	c.st = p.rangeStart(c, r)
	if r.ages && c.unit == "" {
		c.unit = "age"
	}
	c.en = b.en
	c.qual = claims.Range
	c.lo, c.hi = av, b.v
	c.v = av
	if b.currency && !c.currency && c.unit == b.unit {
		// money named after the second end: "1,750 to 1,780 dlrs per
		// tonne" reads its rate and its article's dollar as "$1,750"
		c.currency, c.bareDollar, c.bareCents, c.bareName = true, b.bareDollar, b.bareCents, b.bareName
	}
	if wordScaled {
		c.qualRule = ruleRangeSharedScale
	}
	if r.openHi {
		c.open = 'h'
	}
	if r.both {
		c.qualRule = ruleRangeBothEnds
	}
}

// wordScaleEnd is the scale word that ends a second end written in words
// ("three hundred", "six thousand"), 0 when there is none.
func (p *parser) wordScaleEnd(b *cand) float64 {
	e := b.valEn
	if e <= b.valSt {
		e = b.en
	}
	if !b.words || e < 1 {
		return 0
	}
	if w := p.w(e - 1); w != nil && w.scale >= 100 {
		return w.scale
	}
	return 0
}

// scoreOrTally reads ends whose second is not above the first (av): a
// score or tally, 3-1, "a 3 to 1 margin", or two shares, "beat Trump 46 to
// 40 percent"; it reports false when c stays a single value whose unit the
// caller restores.
func (p *parser) scoreOrTally(c *cand, r *rangeRead, av float64) bool {
	b, sep := r.b, r.sep
	ta := &p.toks[c.valSt]
	if sep == "-" && !c.hasUnit && !b.hasUnit && !ta.dec && p.adj(r.j) && p.adj(r.k) && c.qual == "" {
		c.en = b.en
		c.kind = claims.KindOther // a score or tally: 3-1
		c.lo, c.hi = av, b.v
		return true
	}
	// a ratio or tally in words: "a 3 to 1 margin", "voted 7 to 2"
	if sep == "to" && !r.from && !r.between && !c.hasUnit && !b.hasUnit && !c.currency && !c.share && !ta.dec && c.qual == "" && !r.openHi && b.v >= 1 && (b.v == 1 && !p.isHyphen(b.en) || tallyNouns[p.key(b.en)]) {
		c.en = b.en
		c.kind = claims.KindOther
		c.lo, c.hi = av, b.v
		return true
	}
	// "beat Trump 46 to 40 percent": two shares, the first keeps the unit
	return sep == "to" && !c.yearLike && (b.unit == "percent" || b.unit == "percentage_point")
}

// valueAt reads a bare value (digits or words) at token k, for the second
// end of a range.
func (p *parser) valueAt(k int) *cand {
	if k >= len(p.toks) {
		return nil
	}
	p.mergeLakh(k) // "Rs 1,50,000-2,00,000"
	t := &p.toks[k]
	switch t.k {
	case tNum:
		if t.lead0 || t.multi {
			return p.newCand(cand{kind: claims.KindIdentifier})
		}
		if k+1 < len(p.toks) && p.adj(k+1) && p.toks[k+1].k == tWord {
			w := p.toks[k+1].w
			if w == nil || (w.scale == 0 && w.unit == "" && w.tunit == "" && w.key != "m" && w.key != "b" && w.key != "pc" && !p.unitWordAt(k+1)) {
				return nil
			}
		}
		if v, ok := p.hyphenMixed(k); ok {
			return p.newCand(cand{st: k, en: k + 5, v: v, valSt: k, valEn: k + 5}) // "up 11-5/8 to 29-3/8"
		}
		if k+1 < len(p.toks) && p.toks[k+1].frac && !t.frac && !t.dec && !t.sep && (p.adj(k+1) || t.ndig <= 3) {
			// a mixed number at the second end: "a 4-5 ½ inch device",
			// "from 2 to 2½ cups" (as fractionSign reads a first one)
			return p.newCand(cand{st: k, en: k + 2, v: t.v + p.toks[k+1].v, valSt: k, valEn: k + 2})
		}
		return p.newCand(cand{st: k, en: k + 1, v: t.v, valSt: k, valEn: k + 1})
	case tWord:
		if t.w == nil || !t.w.isCard && t.w.key != "a" {
			return nil
		}
		v, en, ord, ok := p.parseWords(k)
		if !ok || ord {
			return nil
		}
		c := p.newCand(cand{st: k, en: p.restatedDigits(en, v), v: v, words: true, valSt: k, valEn: en})
		for j := k; j < en; j++ {
			if w := p.toks[j].w; w != nil && w.scale >= 1000 {
				c.scaled = true
			}
		}
		return c
	}
	return nil
}

// changeWordBefore reports a change verb just before token i ("rose from").
func (p *parser) changeWordBefore(i int) bool {
	i = p.exampleOpenerBefore(i)
	for j := i - 1; j >= p.floor && j >= i-3; j-- {
		if lowerIn(rangeVerbs, p.raw(j)) && p.toks[j].k == tWord {
			// "from A to B" after a verb of spanning is a range, whatever
			// change word stands before it: "slightly lower averages
			// ranging from $11 to $90" (web-dev-6; "ranging from $69 to
			// $1,743", "range from $15 to $26 an hour" and their kin read
			// as ranges across WCXB and PolNeAR)
			return false
		}
		if w := p.w(j); w != nil && w.chg != "" {
			return true
		}
		if p.toks[j].k != tWord {
			return false
		}
	}
	return false
}

// rangeVerbs span a range before "from": "ranging from $11 to $90".
var rangeVerbs = lexicon.WordSet(`range ranges ranged ranging vary varies varied varying span spans spanning`)

// exampleWords open a bracketed example: "(e.g., from $1.99 to $10.99)",
// "(i.e. from 5% to 7%)", "(for example, from 3 to 5)".
var exampleWords = lexicon.WordSet(`e g i eg ie for example say`)

// exampleOpenerBefore returns the token of the "(" that opens a bracketed
// example right before token i ("prices jump up (e.g., from $1.99 to
// $10.99)": the change word before the bracket governs the example), or i.
func (p *parser) exampleOpenerBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		r := p.raw(j)
		switch {
		case r == "(":
			if j < i-1 {
				return j
			}
			return i
		case r == "," || r == "." || p.toks[j].k == tWord && lowerIn(exampleWords, r):
		default:
			return i
		}
	}
	return i
}

// irregularPastChange are the past forms of change verbs that do not end
// in "-ed" (a regular past is read by its ending).
var irregularPastChange = lexicon.WordSet(`rose risen fell fallen grew grown sank sunk slid shrank shrunk lost cut shed`)

// notFiniteBefore are the words before a change verb that make it a
// forecast or a possibility, not a stated change ("is expected to rise",
// "could fall", "will grow").
var notFiniteBefore = lexicon.Union(lexicon.Modals, lexicon.WordSet(`to`))

// pastChangeBefore reports whether a change verb in the past tense, not
// after a modal or "to", stands right before token i (up to three words).
func (p *parser) pastChangeBefore(i int) bool {
	for j := i - 1; j >= p.floor && j >= i-3; j-- {
		if p.toks[j].k != tWord {
			return false
		}
		if w := p.w(j); w != nil && w.chg != "" {
			k := p.key(j)
			if !(irregularPastChange[k] || strings.HasSuffix(k, "ed")) {
				return false
			}
			return !(j-1 >= p.floor && p.toks[j-1].k == tWord && notFiniteBefore[p.key(j-1)])
		}
	}
	return false
}

// tallyNouns after "A to B" make it a tally or ratio ("a 5 to 4 decision").
var tallyNouns = map[string]bool{
	"margin": true, "ratio": true, "majority": true, "vote": true, "votes": true,
	"decision": true, "ruling": true, "odds": true,
}

// scoreSequence reports whether the pair N-M at tokens [st, en) is one of a
// comma-separated run of such pairs, or carries a tie-break in
// parentheses: a match score, not a range.
func (p *parser) scoreSequence(st, en int) bool {
	pair := func(i int) bool { // N-M at i, i+1, i+2
		return i >= 0 && i+2 < len(p.toks) && p.toks[i].k == tNum && p.isHyphen(i+1) && p.toks[i+2].k == tNum
	}
	if p.is(en, ",") && pair(en+1) || p.is(st-1, ",") && pair(st-4) ||
		p.is(en, "(") && en+2 < len(p.toks) && p.toks[en+1].k == tNum && p.is(en+2, ")") {
		return true
	}
	// three bare pairs in a sentence are records, not ranges: "At 4-7,
	// including 2-6 in the AFC and 0-3 in AFC West"
	n := 0
	for i := 0; i+2 < len(p.toks); i++ {
		if w := p.w(i + 3); pair(i) && p.adj(i+1) && p.adj(i+2) && !p.isHyphen(i+3) && (i+3 >= len(p.toks) || p.toks[i+3].k != tWord || w != nil && w.fn) {
			n++
			i += 2
		}
	}
	return n >= 3
}

// yearAt reports a four-digit number from 1900 to 2100 at token j, with no
// separators, decimals nor unit glued to it.
func (p *parser) yearAt(j int) bool {
	if !p.isNumAt(j) {
		return false
	}
	t := &p.toks[j]
	return t.yearDigits() && t.e-t.s == 4 && !(j+1 < len(p.toks) && p.adj(j+1) && p.toks[j+1].k == tWord)
}
