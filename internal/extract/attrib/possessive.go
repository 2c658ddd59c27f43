package attrib

// Possessive cues: "X's figures show N", "by X's tally, N", "X's plan
// would cap … at N".

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// possessor returns the index of the possessive before cue noun ts[j]
// ("Trump's", "his"), past at most two modifiers ("X's repeated emphasis",
// "Mrs. Lee's tax plan", "its British growth forecast"), or of the name
// owning a report with a that-clause ("a New York Times report that"), or
// -1.
func possessor(ts []text.Token, j int) int {
	if reportNouns[ts[j].Lower] && ts[j].Tag == "NN" && j > 1 && (ts[j-1].Tag == "NNP" || ts[j-1].Tag == "NNPS") && ts[j-1].Capitalised() && !timeWords[ts[j-1].Lower] && !lexicon.MonthWords[ts[j-1].Lower] && reportThat(ts, j+1) >= 0 {
		// a name as the owner of a report with a that-clause: "a New York
		// Times report that …" ("officials at Acme report 300 cases" is a verb)
		return j - 1
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		t := ts[k]
		if isPossessive(t) || t.Tag == "PRP$" {
			return k
		}
		if k == j-3 || !(strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBN" || t.Tag == "VBD" || t.Tag == "NN" || t.Tag == "NNS") {
			return -1
		}
	}
	return -1
}

// possessiveCue reads a cue noun with a possessive source at ts[j]. Its
// content is a complement ("that", "to", "of"; only "that" for a report) or, for the nouns of a
// figure-bearing plan or estimate (planNouns), the clause the noun phrase is
// subject of ("Mrs. Lee's plan would cap deductions at 28 percent") or the
// rest of the clause of a verb whose object it is ("the fund edged up its
// forecast for Britain to 1.8 percent": the verb's subject is the source).
func (a *attributor) possessiveCue(ts []text.Token, j, sEnd int) (found, bool) {
	t := ts[j]
	p := possessor(ts, j)
	k := j + 1
	for k < len(ts) && (timeWords[ts[k].Lower] || ts[k].Lower == "last" || ts[k].Lower == "this") {
		k++
	}
	if k >= len(ts) {
		return found{}, false
	}
	if reportNouns[t.Lower] {
		// a report's complement clause, past a short adjunct
		if m := reportThat(ts, k); m >= 0 {
			f, ok := a.possessiveFound(ts, j, p, sEnd)
			f.from = ts[m].End()
			return f, ok
		}
		return found{}, false
	}
	complement := ts[k].Lower == "that" || ts[k].Lower == "to" || ts[k].Lower == "of"
	if !complement && planNouns[t.Lower] {
		v := k
		for v < len(ts) && ts[v].Tag == "RB" {
			v++
		}
		if v < len(ts) && finiteTag(ts[v].Tag) && subjectOpens(ts, p-npLenLeft(ts, p)) {
			// the plan is the subject of a clause: the levels it sets
			// ("would cap deductions at 28 percent", "raises the wage to
			// $15") are its author's; what it would cost or yield ("would
			// dole out $4 trillion") is someone's costing of it, not named
			// here
			if lv := levelAt(ts, v); lv >= 0 {
				f, ok := a.possessiveFound(ts, j, p, sEnd)
				f.from = ts[lv].Start
				return f, ok
			}
			return found{}, false
		} else if ts[p].Tag == "PRP$" && (ts[k].Lower == "for" || ts[k].Lower == "to" || ts[k].Lower == "by" || ts[k].Lower == "at") {
			// the object of a verb: "raised its forecast to 3 percent"
			m := p - 1
			for m >= 0 && (ts[m].Tag == "RP" || ts[m].Tag == "RB") {
				m--
			}
			if m >= 0 && tensedTag(ts[m].Tag) {
				if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
					return found{cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), from: t.End(), to: sEnd, exFrom: ts[b].Start, exTo: t.End()}, true
				}
			}
		}
	}
	if !complement && planNouns[t.Lower] && ts[k].Text == "," && ts[0].Tag == "IN" {
		// an opening adjunct: "By 2026, the final year of the budget
		// office's 10-year outlook, the deficit would reach $1.4 trillion"
		f, ok := a.possessiveFound(ts, j, p, sEnd)
		f.from = ts[k].End()
		return f, ok
	}
	if !complement {
		return found{}, false
	}
	f, ok := a.possessiveFound(ts, j, p, sEnd)
	f.to = cueComplementEnd(ts, k, sEnd)
	return f, ok
}

// cueComplementEnd returns where the complement of a possessive cue noun,
// opening at ts[k], ends: before a predicate coordinated with ", and" or
// ", but" (or a closing quote and "and": "Trump called Ford's plans to open
// a $1.6 billion plant “a disgrace,” and threatened to impose a 35 percent
// tax": the tax is Trump's threat, not Ford's plan; "X's claim that it was
// 42 percent and rose 3 points" keeps both), else at sEnd.
func cueComplementEnd(ts []text.Token, k, sEnd int) int {
	for m := k + 1; m < len(ts); m++ {
		if (ts[m].Lower == "and" || ts[m].Lower == "but") && m+1 < len(ts) && (ts[m-1].Text == "," || ts[m-1].Tag == "``") {
			v := m + 1
			for v < len(ts) && ts[v].Tag == "RB" {
				v++
			}
			if v < len(ts) && (ts[v].Tag == "VBD" || ts[v].Tag == "VBZ") {
				return ts[m].Start
			}
		}
	}
	return sEnd
}

// reportThat returns the index of the "that" opening a report's complement
// clause from ts[k], past a short adjunct ("a Times report from over the
// weekend that nearly $1 billion …"), or -1; "a report that found …" is a
// relative, not a complement.
func reportThat(ts []text.Token, k int) int {
	for m := k; m < len(ts) && m < k+6; m++ {
		if ts[m].Lower == "that" {
			if m+1 < len(ts) && !strings.HasPrefix(ts[m+1].Tag, "VB") && ts[m+1].Tag != "MD" {
				return m
			}
			return -1
		}
		if !(ts[m].Tag == "IN" || ts[m].Tag == "DT" || ts[m].Tag == "JJ" || ts[m].Tag == "RB" || ts[m].Tag == "NN" || ts[m].Tag == "NNP") {
			return -1
		}
	}
	return -1
}

// levelAt returns the index of the first "at", "to" or "by" from ts[i] that
// sets a level ("at 28 percent", "to $15", "by 10 percent"), within the
// clause, or -1.
func levelAt(ts []text.Token, i int) int {
	for k := i; k+1 < len(ts); k++ {
		w := ts[k].Lower
		if w == ";" || w == "," || w == "which" || w == "who" || w == "that" || ts[k].Tag == "``" {
			return -1 // (a relative or parenthetical is not the plan's)
		}
		if w != "at" && w != "to" && w != "by" {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+3; m++ {
			if figureStart(ts[m]) {
				return k
			}
			if !qualifierLinks[ts[m].Lower] {
				break
			}
		}
	}
	return -1
}

// possessiveFound is the attribution of cue noun ts[j] whose possessive is
// ts[p], covering the rest of the sentence.
func (a *attributor) possessiveFound(ts []text.Token, j, p, sEnd int) (found, bool) {
	t := ts[j]
	b, e := p, p
	if ts[p].Tag == "NNP" || ts[p].Tag == "NNPS" {
		for b > 0 && (ts[b-1].Tag == "NNP" || ts[b-1].Tag == "NNPS" || ts[b-1].Text == "/") {
			b-- // "New York Times", "NBC News/Wall Street Journal"
		}
	}
	if isPossessive(ts[p]) {
		e = p - 1
		if e < 0 {
			return found{}, false
		}
		if b = npLeftFrom(ts, e); b < 0 {
			return found{}, false
		}
	}
	return found{cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, -1, -1), from: t.End(), to: sEnd, exFrom: ts[b].Start, exTo: t.End()}, true
}

// npLenLeft returns how many tokens before the possessive ts[p] belong to
// its noun phrase ("Mrs. Lee 's": 2).
func npLenLeft(ts []text.Token, p int) int {
	if !isPossessive(ts[p]) || p == 0 {
		return 0
	}
	if b := npLeftFrom(ts, p-1); b >= 0 {
		return p - b
	}
	return 0
}

// reportNouns carry what their owner reported, stated in a "that" clause:
// "the ministry's report that 300 died", "a New York Times report that …".
var reportNouns = lexicon.WordSet(`report study analysis investigation review audit finding`)

// planNouns are cue nouns that carry the source's own figures: a plan
// or an estimate is the subject of a clause stating them ("X's plan would
// cap …", "the ministry's estimate puts …") or the object of a verb revising
// them ("raised its forecast to …").
var planNouns = lexicon.Union(lexicon.ForecastNouns, lexicon.WordSet(`plan plans proposal proposals prediction predictions budget`))

// byNouns head the phrase of "by <count or estimate>," opening a clause.
var byNouns = lexicon.WordSet(`tally tallies count counts estimate estimates calculation calculations reckoning account
accounts measure measures figures analysis`)

var proportionWords = lexicon.WordSet(`percent percentage half third thirds quarter quarters majority minority
proportion share number most plurality`)
