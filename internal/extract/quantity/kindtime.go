package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Durations decided by their neighbours rather than by the one word before
// them (kind rules superlative-frame, duration-by, duration-changed-to,
// parenthesised-duration, duration-list, age-comparison; the rule
// "duration" reads the words around a duration alone). Pooled kind
// confusions of the real-text dev sets (web-dev, web-dev-5 .. -14): 33
// measured durations read as durations, 7 the reverse, the largest family
// of kind errors; the first three forms made (duration-by,
// parenthesised-duration, duration-list) took 13 of them.

// placingAfter are the words after a duration that make it place a time
// ("two days later", "six years ago", "3 years or older" aside): the rule
// "duration" reads them (measuredDuration), and a list or a parenthesis
// never overrides them.
var placingAfter = lexicon.WordSet(`after later ago before earlier old older younger from since into`)

// durationBy reports a duration after "by": a margin or the size of a
// change, measured even when a time follows ("won by 22.3 seconds after 57
// laps", web-dev-9; "won the sprint by 12.4 seconds", web-dev-11; "cut
// travel times by 15 minutes", dev4; "delayed by two years").
// An operand of arithmetic is no margin ("once you divide the total by
// 52 weeks in a year", a not-claim of ingest-dev's golds).
func (p *parser) durationBy(c *cand) bool {
	if c.kind != claims.KindDuration || p.key(c.st-1) != "by" || p.compoundHyphen(c.en) || p.isHyphen(c.en-1) {
		return false
	}
	for j := c.st - 2; j >= 0 && j >= c.st-8 && p.toks[j].k != tPunct; j-- {
		if arithmeticVerbs[p.lw(j)] != "" {
			return false
		}
	}
	return true
}

// durationChangedTo reports a duration that a change reached or left
// (kind rule duration-changed-to): after "to" or "from" and a verb of
// change (changedTo), measured whatever follows it, "response time dropped
// from 310 ms to 95 ms after the migration" (web-dev-8), as "by" makes a
// margin whatever follows it (durationBy: "won by 22.3 seconds after 57
// laps", web-dev-9); the rule "duration" reads a following "after" as
// placing a time before its own changedTo test.
func (p *parser) durationChangedTo(c *cand) bool {
	if c.kind != claims.KindDuration || p.compoundHyphen(c.en) || p.isHyphen(c.en-1) {
		return false
	}
	return p.changedToBefore(c.st)
}

// parenthesisedDuration decides a duration that fills a parenthesis
// alone. Right after another time it restates that time and takes its kind
// ("a grand total of 15 days (3 weeks)" claim, web-dev; "over the next 10
// weeks (2.5 months)" duration, web-dev-5). Else an exact one measures the
// thing before it, a claim: a lesson's or a course part's length
// ("Introduction to design (6 hours):", web-dev-5; "- Using your
// smartphone (6 min)", web-dev-10, three lines), a baby's age ("his
// daughter Kaiarahi (10 months)", web-dev-12). A range or an open bound
// there names a class ("short trips (2–4 days)", "longer trips (7+ days)",
// web-dev-5): the rule "duration" reads those.
func (p *parser) parenthesisedDuration(c *cand) bool {
	if c.kind != claims.KindDuration || !p.is(c.st-1, "(") || !p.is(c.en, ")") {
		return false
	}
	if n := len(p.out); n > 0 {
		if m := &p.out[n-1]; p.tokenStartingFrom(m.End) == c.st-1 && singularUnits[m.Unit] && (m.Kind == claims.KindClaim || m.Kind == claims.KindDuration) {
			c.kind = m.Kind
			return true
		}
	}
	if c.qual != "" {
		return false
	}
	c.kind = claims.KindClaim
	return true
}

// listLinkWords (and commas) join the members of a list of numbers: "5,
// 10, 15 or 20 hours", "45, 60, or even 90 minutes", "11 hours and 42
// minutes".
var listLinkWords = lexicon.WordSet(`or and even`)

func (p *parser) listLink(i int) bool { return p.is(i, ",") || listLinkWords[p.key(i)] }

// listHead returns the index in p.out of the first mention of the list
// that token st continues (the mentions before st joined to it by
// listLinks alone), and whether all of them are bare numbers of the list's
// unit or of none (list-unit: "5, 10, 15 or"); -1 when st continues no
// list.
func (p *parser) listHead(st int, unit string) (head int, bare bool) {
	head, bare = -1, true
	end := st
	for k := len(p.out) - 1; k >= 0; k-- {
		m := &p.out[k]
		j := p.tokenStartingFrom(m.End)
		if j < 0 || j >= end {
			break
		}
		for i := j; i < end; i++ {
			if !p.listLink(i) {
				return head, bare
			}
		}
		s := p.tokenStartingFrom(m.Start)
		if m.Kind != claims.KindClaim && m.Kind != claims.KindDuration {
			return head, bare
		}
		if s+1 != j || m.Qualifier != claims.Exact || m.Unit != unit && m.Unit != "count" {
			bare = false
		}
		head, end = k, s
	}
	return head, bare
}

// listDuration decides a duration that ends a list from the list (kind
// rule duration-list), the words before its first member being the list's:
// "working out for 45, 60, or even 90 minutes" is measured as "for 45
// minutes" is (web-dev-10); bare members and the duration are one list of
// one kind, the members' ("tutoring packages of 5, 10, 15 or 20 hours",
// web-dev), unless the list places a time, and then its members are
// durations too ("in just the last five or 10 years", web-dev; "over the
// next 3, 6 or 9 months"). After a measured time it is a part or a
// restatement of it: "lasted 11 hours and 42 minutes" (web-dev-8), "at
// least 150 minutes, or 2 hours and 30 minutes" (web-dev-10). A duration
// that places a time itself ("10 years later") is left to the rule
// "duration" unless it continues a measured time (the "before" of "lasted
// 11 hours and 42 minutes before shutting down" placed neither).
func (p *parser) listDuration(c *cand) bool {
	if c.kind != claims.KindDuration || !c.hasUnit || !p.listLink(c.st-1) {
		return false
	}
	head, bare := p.listHead(c.st, c.unit)
	if head < 0 {
		return false
	}
	if !bare {
		// after a measured time: its part or its restatement
		if m := &p.out[len(p.out)-1]; m.Kind == claims.KindClaim && singularUnits[m.Unit] {
			c.kind = claims.KindClaim
			return true
		}
		return false
	}
	if placingAfter[p.key(c.en)] || ageWords[p.key(p.tokenStartingFrom(p.out[head].Start)-1)] {
		return false // (a list of ages is no list of spans: "people between ages 65 and 74 years")
	}
	cc := *c
	cc.st = p.tokenStartingFrom(p.out[head].Start)
	if p.measuredDuration(&cc) || p.measuredDuration(c) {
		c.kind = claims.KindClaim
		return true
	}
	if !timeRefBefore[p.key(cc.st-1)] {
		c.kind = claims.KindClaim // the members' kind: a list of amounts
		return true
	}
	for k := head; k < len(p.out); k++ {
		m := &p.out[k]
		m.Kind, m.Unit, m.Change = claims.KindDuration, c.unit, ""
		m.rules[0], m.rules[3] = ruleDurationList, 0
	}
	return true
}

// ruleDurationList is the number of kind rule duration-list, which also
// names itself in the earlier mentions it decides (listDuration); set
// once the kind rules are registered (kind.go's init).
var ruleDurationList rule

// kindRuleNamed returns the number of the rule named name (0 when none
// is).
func kindRuleNamed(name string) rule {
	for i, n := range ruleNames {
		if n == name {
			return rule(i)
		}
	}
	return 0
}

// ageComparatives after a span of years make it an age or a difference of
// ages: "more than 30 years younger than him", "3 years or older".
var ageComparatives = lexicon.WordSet(`older younger`)

// ageBoundLinks join an age to the comparative that bounds it: "3 years
// or older", "5 years and older".
var ageBoundLinks = lexicon.WordSet(`or and`)

// ageComparison reports a span of time that measures an age (kind rule
// age-comparison), a claim: a difference of ages before "older" or
// "younger" ("Soon-Yi Previn, more than 30 years younger than him",
// web-dev-13 and the claims golds of its text; "he is 10 years older than
// his wife"), or an age bounded by "or older", "and older", "or younger"
// ("If your child is 3 years or older", web-dev: at least 3, unit age). The
// rule "duration" read the comparative as placing a time ("5 years
// older" is no period).
func (p *parser) ageComparison(c *cand) bool {
	if c.kind != claims.KindDuration || !c.hasUnit || p.isHyphen(c.en-1) || p.compoundHyphen(c.en) {
		return false
	}
	if ageComparatives[p.lw(c.en)] {
		c.kind = claims.KindClaim
		return true
	}
	if !ageBoundLinks[p.lw(c.en)] || !ageComparatives[p.lw(c.en+1)] || c.qual != "" {
		return false
	}
	c.kind = claims.KindClaim
	if c.unit == "year" {
		c.unit = "age"
	}
	if p.lw(c.en+1) == "older" {
		c.qual, c.lo, c.open = claims.AtLeast, c.v, 'h'
	} else {
		c.qual, c.hi, c.open = claims.AtMost, c.v, 'l'
	}
	c.en += 2
	return true
}

// recordOrdinals head a record as superlatives do: "the first time in two
// months", "her first title in three years".
var recordOrdinals = lexicon.WordSet(`first`)

// superlativeFrame reports the span after "in" that a record is set
// against (kind rule superlative-frame), a time frame whatever bounds it:
// "its weakest finish in nearly two years" (web-dev-11), as "its
// strongest level in eight years" (dev5, web-dev-11), "the lowest in two
// years" (web-dev-7), "the most in 140 years" (web-dev-9), "her first
// title in three years" (web-dev-13), "the first growth in eight
// quarters" (dev5); "the highest in more than a decade" is no measured
// decade. A superlative or "first" heads the words before "in": at most
// three words (hyphens aside) and no number between ("the fastest car
// reaches 60 mph in under 3 seconds" times a task); "the worst crisis in
// nine years of war" measures the war (web-dev-13).
func (p *parser) superlativeFrame(c *cand) bool {
	if c.kind != claims.KindDuration || p.key(c.st-1) != "in" || p.key(c.en) == "of" || p.compoundHyphen(c.en) {
		return false
	}
	words := 0
	for j := c.st - 2; j >= 0 && j >= c.st-8 && words <= 3; j-- {
		if p.toks[j].k == tNum || p.toks[j].k == tPunct && !p.isHyphen(j) {
			return false // "the fastest car reaches 60 mph in under 3 seconds" times a task
		}
		if p.toks[j].k == tWord {
			words++
		}
		if w := p.lw(j); irregularSuperlatives[w] || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w] || recordOrdinals[w] {
			return true
		}
	}
	return false
}

// durationCopulas state a duration as the complement of its subject (kind
// rule copula-duration): "the average view duration ... is 84 minutes",
// "Wiig was 11 years in LA", "They are 20 years behind": the finite
// forms of "be" (lexicon.FiniteBe), also the first row of copulas.
var durationCopulas = lexicon.FiniteBe

// copulaDuration reports a duration that is a copula's complement (kind
// rule copula-duration): the length of the subject, a measure the article
// asserts — "the average view duration for an eSports stream is 84
// minutes" (quantities web-dev-16), "Wiig was 11 years in LA before"
// (quantities web-dev-15, claims web-dev-9), "They are 20 years behind"
// (claims web-dev-9), "the ship is more than six years late" (claims
// web-dev-4). An adverb of ageCopulaAdverbs may stand between ("was just
// 13 minutes"); a duration that places a time ("were just six months
// ago", "was two years later", placingAfter), the time that remains
// ("two minutes left", spanLeftWords), an existential "there are 365 days
// in a year" or one hyphened into a modifier ("was a 10-year plan",
// "There are around 13,000 second homes": singularUnitModifier) is left to
// the rule "duration".
func (p *parser) copulaDuration(c *cand) bool {
	if c.kind != claims.KindDuration || c.st < 1 || p.compoundHyphen(c.en) || p.isHyphen(c.en-1) || placingAfter[p.key(c.en)] || p.singularUnitModifier(c) {
		return false
	}
	if lowerIn(spanLeftWords, p.raw(c.en)) || p.lw(c.en) == "to" && spanLeftAfterTo[p.lw(c.en+1)] {
		return false // the time that remains: "There were two minutes left", "is 10 minutes to go"
	}
	k := c.st - 1
	if lowerIn(ageCopulaAdverbs, p.raw(k)) && p.toks[k].k == tWord {
		k--
	}
	return p.toks[k].k == tWord && durationCopulas[p.key(k)] && p.key(k-1) != "there"
}

// singularUnitModifier reports a duration of more than one whose unit is
// spelled in the singular before a lower-case word that no measured span
// takes after it (durationLinks): a modifier, "48 hour holds", or no time
// at all, "around 13,000 second homes" (rules duration, copula-duration).
func (p *parser) singularUnitModifier(c *cand) bool {
	nx := p.key(c.en)
	return c.v != 1 && c.en < len(p.toks) && p.toks[c.en].k == tWord && !p.capitalised(c.en) && !durationLinks[nx] && singularUnits[p.key(c.en-1)]
}
