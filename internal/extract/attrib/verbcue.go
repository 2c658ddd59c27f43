package attrib

// Verb cues: a reporting, belief, estimate, finding, accusation or proposal
// verb in a sentence, the subject that is its source and the scope of the
// sentence it covers (see attribution.go for the order of the rules).

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// cueParticles are the cue verbs (lemmas) that are cues only with their
// particle, one row each: "points out", "pushes for", "lobbies for",
// "calls for".
var cueParticles = map[string]string{"point": "out", "push": "for", "lobby": "for", "call": "for"}

// cueGuard is a named condition a cue verb of one lemma must meet: test
// gets the verb at j and the token after it (and its particle).
type cueGuard struct {
	name string
	test func(ts []text.Token, j, next int) bool
}

// cueGuards are the lemma-specific conditions of cue verbs.
var cueGuards = map[string]cueGuard{
	// a forecast: "sees sales growth of 1.8 percent"; not "you can see 300
	// stars", "Chicago sees about 500 murders a year"
	"see": {"see-forecast", func(ts []text.Token, j, next int) bool {
		return !(j > 0 && (ts[j-1].Tag == "MD" || ts[j-1].Lower == "to" || ts[j-1].Lower == "you") || !forecastObject(ts, next) && !atFigure(ts, next) && !forecasterBefore(ts, j))
	}},
	// a company's results: "posted a net profit of KSh 62.5 billion"; not
	// "posted a photo of 30 fans"
	"post": {"post-results", func(ts []text.Token, j, next int) bool {
		if next >= len(ts) || postClauseOpeners[ts[next].Lower] || !ts[next].Wordy() {
			return true // a clause, a place or a trailing position: "posted on X that …", "…, he posted."
		}
		for k := next; k < len(ts) && k < next+6; k++ {
			if lexicon.PostedResults[ts[k].Lower] {
				return !measureSubject(ts, j)
			}
			if ts[k].Tag == "CD" || ts[k].Text == "," || strings.HasPrefix(ts[k].Tag, "VB") {
				return false
			}
		}
		return false
	}},
	// a news outlet's reporting: "RTÉ News understands the Government
	// will …", "this newspaper understands that …"; not "He understands
	// that …", "a good agency understands that …"
	"understand": {"understand-outlet", func(ts []text.Token, j, next int) bool {
		_, e, _, _, _, ok := cueSubject(ts, j)
		return ok && (lexicon.MediaHeads[ts[e].Text] || lexicon.MediaNouns[ts[e].Lower] && !ts[e].Capitalised())
	}},
	// what a body was told: "the inquiry heard", "the court heard that";
	// not "residents heard 12 explosions"
	"hear": {"hear-body", func(ts []text.Token, j, next int) bool {
		// (the body's phrase may run on: "the public inquiry into the
		// Post Office scandal heard")
		for k := j - 1; k >= 0 && j-k <= 8; k-- {
			t := ts[k]
			if lexicon.HearingBodies[t.Lower] && strings.HasPrefix(t.Tag, "NN") {
				return true
			}
			if !(t.Tag == "RB" || auxWords[t.Lower] || t.Tag == "IN" || t.Tag == "DT" || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "POS") {
				return false
			}
		}
		return false
	}},
	// a body's register: "the health ministry has recorded 51 deaths";
	// not "the team recorded 12 wins", "He recorded three albums"
	"record": {"record-body", func(ts []text.Token, j, next int) bool {
		_, e, _, _, _, ok := cueSubject(ts, j)
		return ok && lexicon.RecordingBodies[ts[e].Lower] && strings.HasPrefix(ts[e].Tag, "NN")
	}},
	// "pointed to his 22 percent showing" is a cue; "by 50 basis points to
	// 27.25 per cent", "scored 12 points to lead" are a unit, no verb
	"point": {"point-unit", func(ts []text.Token, j, next int) bool {
		return !(j > 0 && (ts[j-1].Tag == "CD" || pointUnitWords[ts[j-1].Lower]))
	}},
	// "…, he continued." is speech; "the figure continued to drop" is not
	"continue": {"continue-trailing", func(ts []text.Token, j, next int) bool {
		return !(next < len(ts) && ts[next].Wordy())
	}},
	// a vote's position, not its decision: "voted for a $1.1 trillion
	// bill"; not "voted to borrow Sh45 billion" (votecue.go)
	"vote": {"vote-position", votePosition},
	// "add" before a number is speech only when a verb follows the number's
	// phrase: "She added 12 more cases had been found"; else a gain: "The
	// stock added more than 2% to begin the week"
	"add": {"add-clause", func(ts []text.Token, j, next int) bool {
		k := next
		for k < len(ts) && k < next+3 && qualifierLinks[ts[k].Lower] {
			k++
		}
		if k < len(ts) && (ts[k].Tag == "CD" || ts[k].Text == "$") {
			m := k + 1
			for m < len(ts) && (ts[m].Tag == "CD" || ts[m].Tag == "JJ" || ts[m].Tag == "JJR" || ts[m].Tag == "NN" || ts[m].Tag == "NNS" || ts[m].Text == "%" || ts[m].Lower == "more") {
				m++
			}
			for m < len(ts) && (ts[m].Tag == "RB" || auxWords[ts[m].Lower] && ts[m].Tag == "RB") {
				m++
			}
			if m >= len(ts) || !finiteTag(ts[m].Tag) {
				return false
			}
		}
		return true
	}},
}

// measureSubject reports whether the subject of the verb ts[j] is a
// measure, not an agent: a common noun that names no person, role or
// organisation ("the current account posted a surplus of $329 million",
// "Exports posted growth of 12 percent", fresh-13) reports nothing; a
// company, a body or a person posting results does ("Safaricom posted a
// net profit", "The lender posted …").
func measureSubject(ts []text.Token, j int) bool {
	_, e, _, _, _, ok := cueSubject(ts, j)
	if !ok {
		return false
	}
	h := ts[e]
	if h.Tag != "NN" && h.Tag != "NNS" || pronouns[h.Lower] {
		return false
	}
	return !genericOrgNouns[h.Lower] && !companyNouns[strings.TrimSuffix(h.Lower, "s")] && !orgHeadsLower[h.Lower] && !orgPlurals[h.Lower] &&
		!peopleOrRoleNoun(h.Lower) && !personNouns[h.Lower]
}

// postClauseOpeners open what "posted" introduces other than an object:
// "posted on Facebook that …", "posted to X:", "posted that …".
var postClauseOpeners = lexicon.WordSet(`that on to online in onto`)

// pointUnitWords make "points" after them a unit: "basis points",
// "percentage points", "index points".
var pointUnitWords = lexicon.WordSet(`basis percentage percent base index match ranking bonus`)

// cueCtx is a cue verb ts[j] in a sentence spanning [sStart, sEnd): the
// verb's lemma, the cue's span (with its particle) and the token after it.
type cueCtx struct {
	ts           []text.Token
	j            int
	sStart, sEnd int
	t            text.Token
	lemma        string
	cue          claims.Span
	cueEnd, next int
	// objPrep: the cue ends in a preposition of lexicon.ObjectPrepCues
	// ("pointed to", "boasted of"): its content is that preposition's
	// object, when the object holds a number
	objPrep bool
}

// cueVerdict is what a verb-cue step decided: nothing yet (the next step
// is tried), a cue (the step's found) or no cue.
type cueVerdict int

const (
	cueUndecided cueVerdict = iota
	cueFound
	cueRejected
)

// Rejections: the named rules by which a cue step turns a cue verb down.
// A step returns its name as the rule of the found it returns with
// cueRejected; explain prints the one nearest a claim left without a
// source in its sentence: `source none (cue "indicate" rejected:
// evidence-subject)`. (A lemma's cueGuards condition failing rejects
// the verb under the guard's name.)
const (
	rejCitingAside      = "citing-aside"           // a cue word in ", citing …," with a strong cue outside
	rejAttributive      = "attributive-participle" // "its projected deficit"
	rejComparedNoun     = "compared-noun"          // "beating analyst estimates"
	rejThatSaid         = "that-said"              // "That said, …"
	rejByNoPhrase       = "by-no-phrase"           // "reported by" with no noun phrase after "by"
	rejAttitudeBy       = "attitude-by"            // "the party, which is backed by the military"
	rejNounModifier     = "noun-modifier"          // "language highlighting concerns"
	rejAgentlessPassive = "agentless-passive"      // "is expected to", "when asked"
	rejCountedSubject   = "counted-subject"        // "51 percent of respondents said"
	rejAllTold          = "all-told"               // the idiom "all told"
	rejSeeNoForecaster  = "see-no-forecaster"      // "most referenda see a turnout of 50 percent"
	rejEvidenceSubject  = "evidence-subject"       // "Simple math will indicate" (evidencesubject.go)
	rejZeroRelative     = "zero-relative"          // "the coronation many pundits forecast"
	rejReducedRelative  = "reduced-relative"       // "…, a deal announced at the beginning of the week"
	rejModalFindObject  = "modal-find-object"      // "will probably find very little sympathy"
	rejNoComplement     = "no-complement"          // a subject's verb with no reported content after it
	rejInvertedNoPhrase = "inverted-no-phrase"     // "…, said" with no noun phrase after the verb
)

// cueStep is a named step of verbCue.
type cueStep struct {
	name string
	run  func(a *attributor, c *cueCtx) (found, cueVerdict)
}

// cueSteps are tried in order; the first that decides wins, and a cue verb
// no step decides is no cue.
var cueSteps = []cueStep{
	{"citing-aside", (*attributor).cueCitingAside},
	{"attributive-participle", (*attributor).cueAttributive},
	{"compared-noun", (*attributor).cueComparedNoun},
	{"that-said", (*attributor).cueThatSaid},
	{"quoted-as-saying", (*attributor).cueQuotedAsSaying},
	{"passive-by", (*attributor).cuePassiveBy},
	{"with-absolute", (*attributor).cueWithAbsolute},
	{"noun-modifier", (*attributor).cueNounModifier},
	{"agentless-passive", (*attributor).cueAgentlessPassive},
	{"medium-relative", (*attributor).cueMediumRelative},
	{"reported-clause-participle", (*attributor).cueReportedClauseParticiple},
	{"comma-participle", (*attributor).cueCommaParticiple},
	{"subject-before", (*attributor).cueSubjectBefore},
	{"inverted", (*attributor).cueInverted},
}

// verbCue reads the attribution around cue verb ts[j] in a sentence spanning
// [sStart, sEnd).
func (a *attributor) verbCue(ts []text.Token, j, sStart, sEnd int) (found, bool) {
	t := ts[j]
	c := &cueCtx{ts: ts, j: j, sStart: sStart, sEnd: sEnd, t: t, lemma: lexicon.CueVerbs[t.Lower], cueEnd: t.End(), next: j + 1}
	if preps, ok := lexicon.ObjectPrepCues[c.lemma]; ok && c.next < len(ts) && strings.Contains(" "+preps+" ", " "+ts[c.next].Lower+" ") {
		// "pointed to his 22 percent showing", "boasted of whittling $25
		// million off the price": the preposition's object is the content
		// when it holds a number (complementScope)
		c.objPrep = true
		c.cueEnd = ts[c.next].End()
		c.next++
	} else if p, ok := cueParticles[c.lemma]; ok {
		// "points out", "pushing for a $15 wage", "calls for a $15 minimum
		// wage"; "pushed back", "called him a liar" are no cues
		if c.next >= len(ts) || ts[c.next].Lower != p {
			return found{}, false
		}
		c.cueEnd = ts[c.next].End()
		c.next++
	}
	if k := citingAsideEnd(ts, c.next); k > 0 && ts[k].Lower == "that" {
		// "Le Monde reported, citing a confidential note …, that €48
		// million …": the complement opens after the aside
		c.next = k
	}
	if g, ok := cueGuards[c.lemma]; ok && !g.test(ts, j, c.next) {
		return found{rule: g.name, cue: a.span(t.Start, c.cueEnd)}, false // (the guard's name: a rejection)
	}
	c.cue = a.span(t.Start, c.cueEnd)
	for _, s := range cueSteps {
		switch f, v := s.run(a, c); v {
		case cueFound:
			return f, true
		case cueRejected:
			f.cue = c.cue
			return f, false // (f.rule names the rejection, for explain)
		}
	}
	return found{}, false
}

// cueCitingAside: a cue word inside an aside that opens with "citing"
// between commas, and that "citing" itself, is no cue when a cue verb
// of the sentence stands outside the aside: the aside names where the
// source got its figures, the verb outside reports them. "The Institute
// for Fiscal Studies, citing Treasury forecasts/NNS, said public debt
// would reach 98%" (fresh-15: not the Treasury's "forecasts"), "Le Monde
// reported, citing a confidential note …, that €48 million …" (fresh-15:
// the cue "reported"); PolNeAR train "The Journal, citing internal
// documents, reported that …", PolNeAR dev "Salceda, citing data from the
// U.S. State Department, said that …".
func (a *attributor) cueCitingAside(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	k := j
	for k > 0 && ts[k].Text != "," && !asideOpeners[ts[k].Lower] {
		k--
	}
	if k == 0 || !asideOpeners[ts[k].Lower] || ts[k-1].Text != "," {
		return found{}, cueUndecided
	}
	e := j + 1
	for e < len(ts) && ts[e].Text != "," {
		e++
	}
	if e >= len(ts)-1 {
		return found{}, cueUndecided // (no comma closes it: "…, X said, citing Y.")
	}
	for m := range ts {
		if m >= k-1 && m <= e {
			continue
		}
		if strings.HasPrefix(ts[m].Tag, "VB") {
			if l := lexicon.CueVerbs[ts[m].Lower]; l != "" && lexicon.StrongCues[l] {
				return found{rule: rejCitingAside}, cueRejected
			}
		}
	}
	return found{}, cueUndecided
}

// citingAsideEnd returns the index of the token after the comma closing
// an aside ", citing …," that opens at ts[i], or -1.
func citingAsideEnd(ts []text.Token, i int) int {
	if i+2 >= len(ts) || ts[i].Text != "," || !asideOpeners[ts[i+1].Lower] {
		return -1
	}
	for k := i + 2; k+1 < len(ts); k++ {
		if ts[k].Text == "," {
			return k + 1
		}
	}
	return -1
}

// asideOpeners open an aside naming a source's own source: "…, citing
// Treasury forecasts, said".
var asideOpeners = lexicon.WordSet(`citing quoting`)

// cueAttributive: an attributive participle is no cue: "the current
// expected lineup", "its projected deficit".
func (a *attributor) cueAttributive(c *cueCtx) (found, cueVerdict) {
	ts, j, t := c.ts, c.j, c.t
	if j+1 < len(ts) && j > 0 && (t.Tag == "VBN" || t.Tag == "JJ") && (ts[j+1].Tag == "NN" || ts[j+1].Tag == "NNS") && !ts[j+1].Capitalised() &&
		(ts[j-1].Tag == "DT" || ts[j-1].Tag == "PRP$" || ts[j-1].Tag == "JJ" || isPossessive(ts[j-1])) {
		return found{rule: rejAttributive}, cueRejected
	}
	return found{}, cueUndecided
}

// cueComparedNoun: a cue's plural noun a result is measured against is no
// cue: "beating analyst estimates", "missing Wall Street forecasts",
// "ahead of consensus estimates" (company results of any country).
func (a *attributor) cueComparedNoun(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if c.t.Tag != "NNS" || c.next < len(ts) && ts[c.next].Wordy() && ts[c.next].Lower != "of" && ts[c.next].Lower != "for" {
		return found{}, cueUndecided
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if lexicon.ComparisonFrames[ts[k].Lower] {
			return found{rule: rejComparedNoun}, cueRejected
		}
		if !(strings.HasPrefix(ts[k].Tag, "NN") || ts[k].Tag == "JJ" || isPossessive(ts[k])) {
			break
		}
	}
	return found{}, cueUndecided
}

// cueThatSaid: the idiom "That said, …" is no cue.
func (a *attributor) cueThatSaid(c *cueCtx) (found, cueVerdict) {
	ts, j, next := c.ts, c.j, c.next
	if c.t.Lower == "said" && j > 0 && ts[j-1].Lower == "that" && next < len(ts) && ts[next].Text == "," && (j == 1 || !ts[j-2].Wordy()) {
		return found{rule: rejThatSaid}, cueRejected
	}
	return found{}, cueUndecided
}

// cueQuotedAsSaying: "X was quoted as saying …" (the passive's subject)
// and "the agency quoted X as saying …" (the object of "quoted") name the
// speaker of the reported words, not the one who quotes them.
func (a *attributor) cueQuotedAsSaying(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if c.t.Tag != "VBG" || j < 2 || ts[j-1].Lower != "as" || c.lemma != "say" && c.lemma != "tell" {
		return found{}, cueUndecided
	}
	// the object between "quoted" and "as": "quoted Ruto as saying"
	if e := j - 2; e > 0 {
		if b := npLeftFrom(ts, e); b > 0 && ts[b-1].Lower == "quoted" && (b == e || ts[e].Tag != "VBN") {
			return found{cue: c.cue, src: a.source(ts, b, e, -1, -1), from: c.cueEnd, to: c.sEnd, exFrom: ts[b-1].Start, exTo: c.cueEnd}, cueFound
		}
	}
	// the passive: "X was quoted as saying", "X is widely quoted as saying"
	q := j - 2
	if ts[q].Lower != "quoted" {
		return found{}, cueUndecided
	}
	k := q - 1
	for k > 0 && ts[k].Tag == "RB" {
		k--
	}
	if k <= 0 || !lexicon.BeForms[ts[k].Lower] {
		return found{}, cueUndecided
	}
	b, e, apB, apE, ok := subjectLeft(ts, k, 0)
	if !ok {
		return found{}, cueUndecided
	}
	f := found{cue: c.cue, src: a.source(ts, b, e, apB, apE), from: c.cueEnd, to: c.sEnd, exFrom: ts[b].Start, exTo: c.cueEnd}
	if b > 0 && ts[b-1].Text == "," && quotedFrameCloses(ts, j+1) {
		// a closing frame: "Local people reported a flash …, 3,600
		// kilometers east of Moscow, the Tuva government was quoted as
		// saying late Thursday by the Interfax news agency" — the
		// sentence before it is the speaker's, nested cues included, as
		// before a closing "…, X said."
		f.from, f.to, f.outer = c.sStart, ts[b].Start, true
		f.rule = "verb-cue/quoted-as-saying-closing" // (--explain names it)
	}
	return f, cueFound
}

// quotedFrameCloses reports whether the words from ts[i] on close a
// sentence after "as saying"/"as telling" with no content of their own:
// nothing, a time, the publication that quoted ("by the Interfax news
// agency", "in an interview with Reuters").
func quotedFrameCloses(ts []text.Token, i int) bool {
	if i >= len(ts) || ts[i].Text == "." {
		return true
	}
	if ts[i].Tag == "``" || ts[i].Lower == "that" || ts[i].Text == ":" {
		return false
	}
	k := i
	for k < len(ts) && !quotedFramePreps[ts[k].Lower] && ts[k].Text != "." {
		k++
	}
	if k > i && !dateNP(ts, i, k-1) {
		return false // "as saying 40 people died": content
	}
	for n := 0; n < 3 && k < len(ts) && quotedFramePreps[ts[k].Lower]; n++ {
		e := npRight(ts, k+1)
		if e < 0 {
			return false
		}
		for m := k + 1; m <= e; m++ {
			if ts[m].Tag == "CD" {
				return false
			}
		}
		k = e + 1
	}
	return k >= len(ts) || ts[k].Text == "." && k == len(ts)-1
}

// quotedFramePreps open the phrases that may close a quoted-as-saying
// frame: the publication or the occasion ("by the Interfax news agency",
// "in an interview with Reuters", "to the BBC").
var quotedFramePreps = lexicon.WordSet(`by in to with on`)

// cuePassiveBy: a passive with its agent: "announced by X", "the figures
// reported by X" ("a poll found by 43%-41% …" is no passive).
func (a *attributor) cuePassiveBy(c *cueCtx) (found, cueVerdict) {
	ts, j, t, next := c.ts, c.j, c.t, c.next
	if !(next < len(ts) && ts[next].Lower == "by" && (t.Tag == "VBN" || t.Tag == "VBD") && !(next+1 < len(ts) && (ts[next+1].Tag == "CD" || ts[next+1].Text == "$" || ts[next+1].Text[0] >= '0' && ts[next+1].Text[0] <= '9' || channelNouns[ts[next+1].Text]))) {
		return found{}, cueUndecided
	}
	e := npRight(ts, next+1)
	if e < 0 {
		return found{rule: rejByNoPhrase}, cueRejected
	}
	src, last := a.sourceAppos(ts, next+1, e)
	f := found{cue: c.cue, src: src, from: c.sStart, to: c.sEnd, exFrom: t.Start, exTo: ts[last].End()}
	if j > 0 && nounish(ts[j-1]) {
		// a reduced relative: "the facts reported by X" covers its noun only
		if b := npLeftFrom(ts, j-1); b >= 0 {
			f.from, f.to = ts[b].Start, t.Start
			return f, cueFound
		}
	}
	if lexicon.AttitudeCues[c.lemma] {
		// "the party, which is backed by the military": a supporter is
		// no source of the sentence's figures
		return found{rule: rejAttitudeBy}, cueRejected
	}
	return f, cueFound
}

// cueWithAbsolute: an absolute construction: "…, with RealClearPolitics
// showing her ahead 3 points": the noun phrase after "with" is the subject.
func (a *attributor) cueWithAbsolute(c *cueCtx) (found, cueVerdict) {
	ts, j, t := c.ts, c.j, c.t
	if t.Tag == "VBG" && j > 1 && nounish(ts[j-1]) && lexicon.StrongCues[c.lemma] {
		if b := npLeftFrom(ts, j-1); b > 0 && ts[b-1].Lower == "with" && !countedSubject(ts, b, j-1) {
			return found{cue: c.cue, src: a.source(ts, b, j-1, -1, -1), from: c.cueEnd, to: c.sEnd, exFrom: ts[b].Start, exTo: c.cueEnd}, cueFound
		}
	}
	return found{}, cueUndecided
}

// cueNounModifier: a participle with no comma or auxiliary before it
// modifies a noun ("language highlighting concerns"): not a cue; but "a new
// poll showing 14 percent" is.
func (a *attributor) cueNounModifier(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if c.t.Tag == "VBG" && j > 0 && nounish(ts[j-1]) && !lexicon.DataNouns[ts[j-1].Lower] && !mediumNouns[ts[j-1].Lower] {
		return found{rule: rejNounModifier}, cueRejected
	}
	return found{}, cueUndecided
}

// cueAgentlessPassive: a passive with no agent ("is expected to", "was
// widely reported", "when asked", "it's estimated that") names no source;
// a pronoun's contracted "has" before "for"/"that" is no passive ("he's
// said that", "who's called for"), but an expletive "it" is ("it's
// thought that").
func (a *attributor) cueAgentlessPassive(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if j == 0 || c.t.Tag != "VBN" && !expletiveItIs(ts, j) {
		return found{}, cueUndecided
	}
	k := j - 1
	for k > 0 && ts[k].Tag == "RB" && !isContractedS(ts[k]) {
		k--
	}
	hasContracted := isContractedS(ts[k]) && k > 0 && (ts[k-1].Lower == "who" || pronouns[ts[k-1].Lower]) &&
		j+1 < len(ts) && (ts[j+1].Lower == "for" || ts[j+1].Lower == "that") && !expletiveItIs(ts, j)
	switch ts[k].Lower {
	case "is", "are", "was", "were", "be", "been", "being", "when", "if", "as", "'s", "’s":
		if !hasContracted { // ("who's called for": a contracted "has")
			return found{rule: rejAgentlessPassive}, cueRejected
		}
	}
	return found{}, cueUndecided
}

// isContractedS is a contracted "is" or "has" ("'s", "’s").
func isContractedS(t text.Token) bool { return t.Lower == "'s" || t.Lower == "’s" }

// expletiveItIs is the verb ts[j] (a participle, or a past form as prose
// tags it after "’s") in an expletive "it's … that": "it's estimated that",
// "it’s widely thought that" — a contracted "is", a passive.
func expletiveItIs(ts []text.Token, j int) bool {
	if !(j+1 < len(ts) && ts[j+1].Lower == "that" && (ts[j].Tag == "VBN" || ts[j].Tag == "VBD")) {
		return false
	}
	k := j - 1
	for k > 0 && ts[k].Tag == "RB" && !isContractedS(ts[k]) { // (prose may tag "’s" an adverb)
		k--
	}
	return k > 0 && isContractedS(ts[k]) && ts[k-1].Lower == "it"
}

// cueMediumRelative: a relative on a medium the subject put out: "he
// released a letter from his doctor Friday that says …", "the firm issued a
// statement which said …" — the one who put it out is the source.
func (a *attributor) cueMediumRelative(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if !(j > 3 && (ts[j-1].Lower == "that" || ts[j-1].Lower == "which") && !strings.HasSuffix(c.t.Lower, "ing")) {
		return found{}, cueUndecided
	}
	for m := j - 2; m >= 1 && m >= j-8; m-- {
		if !mediumNouns[ts[m].Lower] {
			if tensedTag(ts[m].Tag) || ts[m].Text == "," {
				break
			}
			continue
		}
		if d := ts[m-1]; !(d.Tag == "DT" || d.Tag == "PRP$" || strings.HasPrefix(d.Tag, "JJ")) {
			break
		}
		for v := m - 2; v >= 0 && v >= m-5; v-- {
			if tensedTag(ts[v].Tag) {
				if b, e, apB, apE, ok := subjectLeft(ts, v, 0); ok && !countedSubject(ts, b, e) {
					return a.clauseSubjectCue(c, b, e, apB, apE), cueFound
				}
				break
			}
		}
		break
	}
	return found{}, cueUndecided
}

// clauseSubjectCue is the cue whose source is the subject ts[b..e] (with
// its appositive) of another verb, covering the rest of the sentence.
func (a *attributor) clauseSubjectCue(c *cueCtx, b, e, apB, apE int) found {
	return found{cue: c.cue, src: a.source(c.ts, b, e, apB, apE), from: c.cueEnd, to: c.sEnd, exFrom: c.ts[b].Start, exTo: c.cueEnd}
}

// reportingClauseOf returns the subject of the speech verb whose reported
// clause opens at ts[b] ("Jane Smith said [the shelter] is full", "the
// mayor told reporters that [costs] had risen"): a finite cue verb
// (lexicon.CueVerbs) right before it, or before "that", or before an
// addressee and "that". ok false when none.
func reportingClauseOf(ts []text.Token, b int) (sb, se, apB, apE int, ok bool) {
	k := b - 1
	if k >= 0 && reportedClauseOpeners[ts[k].Lower] {
		k--
	}
	if k >= 1 && lexicon.CueVerbs[ts[k-1].Lower] == "tell" && strings.HasPrefix(ts[k].Tag, "N") {
		k-- // "told reporters that"
	}
	if k < 0 || lexicon.CueVerbs[ts[k].Lower] == "" {
		return 0, 0, 0, 0, false
	}
	if !tensedTag(ts[k].Tag) {
		return 0, 0, 0, 0, false
	}
	sb, se, apB, apE, ok = subjectLeft(ts, k, 0)
	if !ok || countedSubject(ts, sb, se) {
		return 0, 0, 0, 0, false
	}
	return sb, se, apB, apE, true
}

// reportedClauseOpeners may stand between a speech verb and its reported
// clause's subject: "said that the shelter is full".
var reportedClauseOpeners = lexicon.WordSet(`that`)

// mediumBefore reports a medium noun right before the participle ts[j]:
// "shot back in an article stating that …".
func mediumBefore(ts []text.Token, j int) bool {
	return j > 2 && mediumNouns[ts[j-1].Lower] && (ts[j-2].Tag == "DT" || ts[j-2].Tag == "PRP$" || strings.HasPrefix(ts[j-2].Tag, "JJ"))
}

// commaParticiple reports a cue participle after a comma, "by" or a
// medium noun that reports a clause or a number: "…, noting that", "…,
// saying 5,000 …", "by promising to impose 35 percent tariffs".
func commaParticiple(c *cueCtx, medium bool) bool {
	ts, j := c.ts, c.j
	pc := j - 1
	for pc > 1 && ts[pc].Tag == "RB" {
		pc-- // "…, later alleging that"
	}
	return strings.HasSuffix(c.t.Lower, "ing") && j > 1 && (ts[pc].Text == "," || ts[j-1].Lower == "by" || medium) && (lexicon.StrongCues[c.lemma] || introducesClause(ts, c.next) || c.objPrep && prepObjectHoldsNumber(ts, c.next))
}

// cueReportedClauseParticiple: a comma participle after the reported
// clause of a speech verb is the speaker's, not the reported clause's
// subject's: "Jane Smith said the shelter is full, adding that demand has
// risen “about 40 per cent”" (fresh-13 style; PolNeAR train "Khalif said
// some of Clinton's rhetoric … has been patronizing, noting …", "She said
// her father has been an advocate for women …, saying that …").
func (a *attributor) cueReportedClauseParticiple(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	if !commaParticiple(c, mediumBefore(ts, j)) {
		return found{}, cueUndecided
	}
	for m := j - 2; m >= 0; m-- {
		if tg := ts[m].Tag; tensedTag(tg) && !a.inQuote(ts[m].Start) {
			if b, e, _, _, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
				if rb, re, rapB, rapE, ok := reportingClauseOf(ts, b); ok {
					return a.clauseSubjectCue(c, rb, re, rapB, rapE), cueFound
				}
			}
			break
		}
	}
	return found{}, cueUndecided
}

// cueCommaParticiple: a participle after a comma: "…, noting that",
// "…, saying 5,000 …": the subject of the main clause ("…, promising to …"
// and the manner adjunct "rallied thousands by promising to impose 35
// percent tariffs" alike).
func (a *attributor) cueCommaParticiple(c *cueCtx) (found, cueVerdict) {
	ts, j := c.ts, c.j
	medium := mediumBefore(ts, j)
	if !commaParticiple(c, medium) {
		return found{}, cueUndecided
	}
	for m := j - 2; m >= 0; m-- {
		if tg := ts[m].Tag; (tensedTag(tg) || medium && tg == "VBN") && !a.inQuote(ts[m].Start) {
			if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
				return a.clauseSubjectCue(c, b, e, apB, apE), cueFound
			}
			break
		}
	}
	if medium {
		// the verb before "in an article" tagged as a noun: "Forbes
		// shot back in an article stating that …" — the medium is
		// never the source, the clause's subject is
		if mb := npLeftFrom(ts, j-1); mb > 1 && ts[mb-1].Tag == "IN" {
			v := mb - 2
			for v > 0 && (ts[v].Tag == "RB" || ts[v].Tag == "RP") {
				v--
			}
			if v > 0 && ts[v].Text == ts[v].Lower {
				if b, e, apB, apE, ok := subjectLeft(ts, v, 0); ok && !countedSubject(ts, b, e) && b == 0 {
					return a.clauseSubjectCue(c, b, e, apB, apE), cueFound
				}
			}
		}
		return found{}, cueUndecided
	}
	// the nearest verb's subject is no phrase ("…the case that this
	// was a few bad apples, explaining …"): the first clause's subject
	for m := 0; m < j-1; m++ {
		if tg := ts[m].Tag; tensedTag(tg) && ts[m].Wordy() && !a.inQuote(ts[m].Start) {
			if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) && !pronounLed(ts[b].Lower) {
				return a.clauseSubjectCue(c, b, e, apB, apE), cueFound
			}
			break
		}
	}
	// an interrupting participle right after the sentence's subject:
	// "Trump, later alleging that Obama wanted 250,000, said …"
	k := j - 1
	for k > 0 && ts[k].Tag == "RB" {
		k--
	}
	if ts[k].Text == "," && k > 0 {
		if b := npLeftFrom(ts, k-1); b == 0 && !countedSubject(ts, b, k-1) {
			return a.clauseSubjectCue(c, b, k-1, -1, -1), cueFound
		}
	}
	return found{}, cueUndecided
}

// cueSubjectBefore: the subject before the verb ("X said", "As X
// explained, …", "…, records show, …").
// perfectAux make a participle a perfect ("has found"), not a reduced
// relative ("a deal announced").
var perfectAux = lexicon.WordSet(`has have had 've ’ve`)

func (a *attributor) cueSubjectBefore(c *cueCtx) (found, cueVerdict) {
	ts, j, t, next := c.ts, c.j, c.t, c.next
	b, e, apB, apE, rel, ok := cueSubject(ts, j)
	if !ok {
		return found{}, cueUndecided
	}
	if countedSubject(ts, b, e) {
		return found{rule: rejCountedSubject}, cueRejected // "51 percent of respondents said": a poll result, not a source
	}
	if t.Lower == lexicon.SpeechTold && ts[e].Lower == "all" {
		return found{rule: rejAllTold}, cueRejected // "all told": an idiom
	}
	if c.lemma == "see" && (!personLike(ts[e]) && !genericOrgNouns[ts[e].Lower] && !orgHeads[ts[e].Text] || standaloneDets[ts[e].Lower]) {
		return found{rule: rejSeeNoForecaster}, cueRejected // "most referenda see a turnout of 50 percent": no forecaster
	}
	if lexicon.EvidenceVerbs[c.lemma] && !evidenceSubjectOK(ts, b, e) {
		return found{rule: rejEvidenceSubject}, cueRejected // "Simple math will indicate …", "as its name suggests" (evidencesubject.go)
	}
	if zeroRelative(ts, b) {
		// "as the coronation many pundits forecast, Clinton has …": the
		// cue's object is the noun before its subject; it states nothing
		return found{rule: rejZeroRelative}, cueRejected
	}
	if t.Tag == "VBN" && b > 0 && ts[b-1].Text == "," && (ts[b].Lower == "a" || ts[b].Lower == "an") && apB < 0 && sentenceTail(ts, next) && !perfectAux[ts[j-1].Lower] {
		// a reduced relative after an appositive noun: "…, a deal
		// announced at the beginning of the week" (the deal was announced);
		// not a perfect, "…, a report by Audit Scotland has found."
		return found{rule: rejReducedRelative}, cueRejected
	}
	if c.lemma == "find" && j > 0 && (ts[j-1].Tag == "MD" || j > 1 && ts[j-1].Tag == "RB" && ts[j-2].Tag == "MD") && !introducesClause(ts, next) {
		// "Sanders will probably find very little sympathy": finding an
		// object, not a finding
		return found{rule: rejModalFindObject}, cueRejected
	}
	f := found{cue: c.cue, src: a.source(ts, b, e, apB, apE), exFrom: ts[b].Start, exTo: c.cueEnd}
	if b > 0 && ts[b-1].Lower == "as" && next < len(ts) && ts[next].Text == "," {
		// "As X explained, three taxes were postponed"
		f.from, f.to, f.outer = c.sStart, c.sEnd, true
		return f, cueFound
	}
	after := next
	if c.lemma == "tell" {
		if ae := npRight(ts, next); ae >= 0 {
			after = ae + 1 // "…, X told reporters."
		}
	}
	if b > 0 && ts[b-1].Text == "," && skipCueTime(ts, after) < len(ts) && ts[skipCueTime(ts, after)].Text == "," && !lexicon.VerbOnly[c.lemma] && !lexicon.AttitudeCues[c.lemma] {
		// a parenthetical attribution: "The plane was insured at $35
		// million, records show, and experts say …" covers the sentence
		f.from, f.to, f.outer = c.sStart, c.sEnd, true
		if k := skipCueTime(ts, after); contrastWithCue(ts, k) {
			// "…, the Bank of Tanzania said, while the Tanzania Tourist
			// Board put the number of visitors at 1.8 million" (fresh-10),
			// PolNeAR train "…, KING-TV reported, while in Chicago …, the
			// Chicago Sun-Times reported": the contrast is another's
			f.to = ts[k].Start
		}
		return f, cueFound
	}
	if b > 0 && ts[b-1].Text == "," && after < len(ts) && ts[after].Text == ")" && !lexicon.VerbOnly[c.lemma] {
		// a bracketed aside: "(at one point as low as 19%, Gutin says)"
		for k := b - 2; k >= 0; k-- {
			if ts[k].Text == "(" {
				f.from, f.to, f.outer = ts[k].Start, ts[after].End(), true
				return f, cueFound
			}
		}
	}
	if b > 0 && (ts[b-1].Tag == "``" || b > 1 && ts[b-1].Text == "," && ts[b-2].Tag == "``") && a.inQuote(ts[b-1].Start-1) && !tailComplement(ts, next) && !lexicon.VerbOnly[c.lemma] {
		// a quote's tail: its content is the quote; what follows the
		// cue is the reporter's ("“…,” Mr. Rubio said in front of a
		// crowd of about 1,000 people", "“…,” she told a crowd of 1,300")
		f.from, f.to, f.outer = c.sStart, ts[b].Start, true
		return f, cueFound
	}
	if k := subordinateAfter(ts, after); b > 0 && ts[b-1].Text == "," && k > 0 && !lexicon.VerbOnly[c.lemma] && !lexicon.AttitudeCues[c.lemma] {
		// an adverbial clause after a trailing cue: "Malaysia will spend
		// RM421 billion, Anwar Ibrahim said as he tabled the budget, and
		// will cut the deficit to 3.8%" — the sentence is the speaker's
		f.from, f.to, f.outer = c.sStart, c.sEnd, true
		return f, cueFound
	}
	if trailing(ts, after) && !lexicon.VerbOnly[c.lemma] && (b == 0 || ts[b-1].Text == "," || ts[b-1].Tag == "``" || ts[b-1].Text == ":") {
		f.from, f.to = c.sStart, ts[b].Start
		f.outer = b > 0
		return f, cueFound
	}
	if !a.complementScope(c, &f, b, e, rel) {
		return found{rule: rejNoComplement}, cueRejected
	}
	return f, cueFound
}

// complementScope sets the scope of cue f whose subject ts[b..e] comes
// before it to the cue's complement, or reports that the verb has no
// reported content after it.
func (a *attributor) complementScope(c *cueCtx, f *found, b, e, rel int) bool {
	ts, next := c.ts, c.next
	if !lexicon.StrongCues[c.lemma] && !introducesClause(ts, next) && !(c.objPrep && prepObjectHoldsNumber(ts, next)) && !(dataHead(ts, b, e) && !lexicon.AttitudeCues[c.lemma] && !questionCues[c.lemma] && objectHoldsNumber(ts, next)) && !(lexicon.AttitudeCues[c.lemma] && (objectHoldsNumber(ts, next) || objectControl(ts, next)) || lexicon.AccusationCues[c.lemma] && accusationFrame(ts, next) && !(c.lemma == "vote" && next < len(ts) && ts[next].Tag == "CD")) {
		// ("the court voted 5 to 4": a tally, not a complement)
		return false
	}
	f.from, f.to = c.cueEnd, c.sEnd
	if lexicon.AttitudeCues[c.lemma] || c.objPrep {
		// an expectation, a plan or a cited object ("pointed to the
		// 1994 crime bill, which cut $55 billion") ends at a non-restrictive
		// relative, the reporter's aside: "the $1.2 billion it
		// expects to collect through the carbon tax, which amounts
		// to roughly 5 percent of revenue" (", which would be 20
		// percent more" is still the forecast, and a relative
		// closed by a comma is a parenthesis: "to air an ad,
		// which paints her as a job-killer, in nine states")
		for k := next; k+1 < len(ts); k++ {
			if ts[k].Text == "," && (ts[k+1].Lower == "which" && !(k+2 < len(ts) && ts[k+2].Tag == "MD") && !commaAfter(ts, k+2) || ts[k+1].Lower == "while" || ts[k+1].Lower == "whereas") && !a.inQuote(ts[k].Start) {
				f.to = ts[k].Start // (", while 95 members favored Clinton": a contrast of the reporter's)
				break
			}
		}
	}
	if (ts[b].Lower == "who" || ts[b].Lower == "that") && b > 0 && ts[b-1].Text != "," {
		// a restrictive relative ("respondents who support Sanders
		// are in college", "a supporter who wants to give more could
		// shell out $449,400"): its content is no clause without
		// "that", and ends where the main clause's verb comes
		if !lexicon.StrongCues[c.lemma] && next < len(ts) && ts[next].Lower != "that" && ts[next].Lower != "to" && ts[next].Text != ":" && ts[next].Tag != "``" && !objectHoldsNumber(ts, next) {
			return false
		}
		for k := next + 1; k < len(ts) && ts[next].Lower != "that"; k++ {
			if tg := ts[k].Tag; finiteTag(tg) && (nounish(ts[k-1]) || ts[k-1].Tag == "RB") {
				f.to = ts[k].Start
				break
			}
			if ts[k].Lower == "that" || ts[k].Text == ":" || ts[k].Tag == "``" {
				break // a complement clause of its own
			}
		}
	}
	if r := adjunctRelative(ts, next); r >= 0 && !introducesClause(ts, next) {
		// "cited the figure at last week's forum viewed by 14.7
		// million people": the adjunct's modifier is not content
		f.to = ts[r].Start
	}
	if rel >= 0 && (surveyNouns[ts[e].Lower] || lexicon.DataNouns[ts[e].Lower]) {
		// "an analysis of groups that have raised $1 million or
		// more shows …": the relative clause is the survey's too
		f.from, f.exTo = ts[rel].Start, ts[rel].Start
	}
	a.trimComplementObject(c, f)
	return true
}

// trimComplementObject moves the start of a complement past what the verb
// takes before its content: a vote's tally, the accused, the addressee.
func (a *attributor) trimComplementObject(c *cueCtx, f *found) {
	ts, next := c.ts, c.next
	if c.lemma == "vote" {
		// the tally is not content: "voted 5 to 4 to stall the plan"
		tally := voteTallyEnd(ts, next)
		if tally > next {
			f.from = ts[tally-1].End()
		}
		f.to = votePositionEnd(ts, tally, f.to) // (votecue.go)
	}
	if lexicon.AccusationCues[c.lemma] && accusationFrame(ts, next) {
		// the accused are not content: "charged two bankers with
		// cheating 31 investors" (the charge is)
		for k := next; k+1 < len(ts); k++ {
			if (ts[k].Lower == "with" || ts[k].Lower == "of") && k > next {
				f.from = ts[k].Start
				break
			}
		}
	}
	if c.lemma == "tell" {
		// the addressee is not content: "told 3,000 supporters that"
		if ae := npRight(ts, next); ae >= 0 {
			f.from = ts[ae].End()
		} else if next < len(ts) && ts[next].Tag == "CD" {
			f.from = ts[next].End()
			if ae := npRight(ts, next+1); ae >= 0 {
				f.from = ts[ae].End()
			}
		}
	}
}

// cueInverted: "…, said X" / "…,” said X" (never a participle: in "…,
// promising impossible growth" the phrase after the cue is its object; nor
// "tell": in "…, told lawmakers" the phrase is the addressee).
func (a *attributor) cueInverted(c *cueCtx) (found, cueVerdict) {
	ts, j, t, next := c.ts, c.j, c.t, c.next
	if !(j > 0 && (ts[j-1].Text == "," || ts[j-1].Tag == "``") && t.Tag != "VBG" && !strings.HasSuffix(t.Lower, "ing") && c.lemma != "tell") {
		return found{}, cueUndecided
	}
	e := npRight(ts, next)
	if e < 0 {
		return found{rule: rejInvertedNoPhrase}, cueRejected
	}
	if e+1 < len(ts) && finiteVerbTags[ts[e+1].Tag] && !pronouns[ts[next].Lower] && a.reg.off.on(guardInvertedNotClause) {
		// guard inverted-not-clause (explainguards.go): "Hoenig, who's dissented from all five
		// decisions …, said the economy is in a modest recovery": the
		// phrase after the verb opens its reported clause, no speaker
		// after an inversion (the subject before the appositive speaks)
		return found{}, cueUndecided
	}
	src, last := a.sourceAppos(ts, next, e)
	return found{cue: c.cue, src: src, from: c.sStart, to: t.Start, exFrom: t.Start, exTo: ts[last].End(), outer: trailing(ts, e+1)}, cueFound
}

// finiteVerbTags are the tags of a finite verb or modal: after the phrase
// following "said" they make it the subject of a reported clause.
var finiteVerbTags = map[string]bool{"VBZ": true, "VBD": true, "VBP": true, "MD": true}

// commaAfter reports a comma at or after ts[i] in the sentence.
func commaAfter(ts []text.Token, i int) bool {
	for ; i < len(ts); i++ {
		if ts[i].Text == "," {
			return true
		}
	}
	return false
}

// tailComplement reports whether a quote's tail cue goes on into reported
// words of its own: "that", a colon or another quote, past adverbs and an
// addressee ("“…,” she told reporters that …"). Stricter than
// introducesClause, which also takes a clause without "that": after a
// quote's tail, "Clinton said at a college as she sat …" is the reporter's
// scene, not more of her words.
func tailComplement(ts []text.Token, i int) bool {
	for i < len(ts) && ts[i].Tag == "RB" {
		i++
	}
	if e := npRight(ts, i); e >= 0 && i < len(ts) && ts[i].Tag != "``" {
		i = e + 1
	} else if c := quotedName(ts, i); c > 0 {
		i = c + 1 // an addressee named in quotes: told “Fox and Friends” after …
	}
	if i < len(ts) && ts[i].Text == "," {
		i++
	}
	return i < len(ts) && (ts[i].Lower == "that" || ts[i].Text == ":" || ts[i].Tag == "``")
}

// quotedName returns the closing mark of a short quoted name opening at
// ts[i] (capitalised words and connectors: “Fox and Friends”), or 0.
func quotedName(ts []text.Token, i int) int {
	m := closingTok(ts, i, 6)
	if m < 0 || m+1 >= len(ts) || !ts[m+1].Wordy() {
		return 0
	}
	for _, t := range ts[i+1 : m] {
		if !t.Capitalised() && !nameConnectors[t.Lower] {
			return 0
		}
	}
	return m
}

// sentenceTail reports whether ts[i:] holds only adjuncts to the end of
// the sentence: "at the beginning of the week."
func sentenceTail(ts []text.Token, i int) bool {
	e := len(ts)
	if e > i && ts[e-1].Text == "." {
		e--
	}
	return adjunctsOnly(ts[i:e])
}

// introducesClause reports whether a cue verb's complement starting at ts[i]
// is reported content: "that", a colon or a quote, possibly after adverbs
// and an addressee ("told reporters that").
func introducesClause(ts []text.Token, i int) bool {
	for k := i; k < len(ts) && k < i+8; k++ {
		t := ts[k]
		switch {
		case t.Text == "," || t.Text == "-" || t.Text == "—" || t.Text == "–":
			if t.Text == "," && k+1 < len(ts) && ts[k+1].Tag == "``" {
				return true // "he added, “…”"
			}
			// a parenthetical adverbial: "saying, apparently for the first
			// time, that …", "alleging - again falsely - that …"
			for m := k + 1; m < len(ts) && m <= k+7; m++ {
				if ts[m].Text == t.Text {
					return m+1 < len(ts) && ts[m+1].Lower == "that"
				}
				if !(ts[m].Tag == "RB" || ts[m].Tag == "IN" || ts[m].Tag == "DT" || ts[m].Tag == "JJ" || strings.HasPrefix(ts[m].Tag, "NN")) {
					break
				}
			}
			return false
		case t.Lower == "that" || t.Text == ":" || t.Tag == "``" || t.Lower == "if" || t.Lower == "whether" ||
			t.Lower == "how" || t.Lower == "why" || t.Lower == "what":
			return true
		case (t.Tag == "PRP" || t.Tag == "EX") && k+1 < len(ts) && (finiteTag(ts[k+1].Tag) || strings.HasPrefix(ts[k+1].Text, "'") || strings.HasPrefix(ts[k+1].Text, "’")):
			return true // a clause without "that": "suggest it would generate"
		case t.Lower == "to" && k+1 < len(ts) && (strings.HasPrefix(ts[k+1].Tag, "VB") || ts[k+1].Tag == "RB" && k+2 < len(ts) && ts[k+2].Tag == "VB"):
			return true // "pledged to cut", "promised to forcibly deport"
		case finiteTag(t.Tag) && k > i && strings.HasPrefix(ts[k-1].Tag, "NN") && nominalRun(ts, i, k) && !subordinatorIn(ts, i, k):
			return true // "claims his net worth is …": a clause without "that"

		case t.Tag == "RB" || t.Tag == "TO" || t.Tag == "IN" || t.Tag == "DT" || t.Tag == "PRP" || strings.HasPrefix(t.Tag, "NN") ||
			t.Tag == "PRP$" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CC" && k > i:
			continue // "wrote in his 1990 autobiography that"
		}
		return false
	}
	return false
}

// subordinatorIn reports a subordinating conjunction among ts[i:k]: the
// words before a finite verb are then an object and an adverbial clause
// ("Clifton added a goal as the Bruins beat the Devils for the eighth time
// in nine meetings"), not the subject of a reported clause ("claims his net
// worth is …").
func subordinatorIn(ts []text.Token, i, k int) bool {
	for m := i; m < k; m++ {
		if adverbialSubordinators[ts[m].Lower] {
			return true
		}
	}
	return false
}

// adverbialSubordinators open an adverbial clause (phrases.go's
// subordinators less "after", "before", "since", which are prepositions
// of a noun phrase too: "said growth since 2010 has …"; and less "when",
// "if", "once").
var adverbialSubordinators = lexicon.WordSet(`as because although though while whereas unless until`)

// forecastNouns name what a forecast puts a figure on: "Home Depot sees
// sales growth of 1.8 percent", "investors see a one-in-five chance".
var forecastNouns = lexicon.WordSet(`growth revenue revenues sales earnings profit profits loss losses decline increase
rise drop inflation demand margin margins chance chances probability odds return returns rate rates price prices
deliveries shipments output production deficit surplus unemployment`)

// forecastObject reports a forecast noun in the object of a cue ("sees a
// 30 percent chance", "sees 2 percent growth in 2024", "sees oil prices of
// $90"), within eight words, before a comma.
func forecastObject(ts []text.Token, i int) bool {
	for k := i; k < len(ts) && k < i+8; k++ {
		if forecastNouns[ts[k].Lower] {
			return true
		}
		if ts[k].Text == "," || ts[k].Tag == "VBD" || ts[k].Tag == "VBZ" {
			return false
		}
	}
	return false
}

// forecasterBefore reports a forecaster as the subject of cue ts[j]:
// "Forecasters see as many as 20 named storms", "analysts see …".
func forecasterBefore(ts []text.Token, j int) bool {
	k := j - 1
	for k >= 0 && ts[k].Tag == "RB" {
		k--
	}
	if k < 0 {
		return false
	}
	return forecasterNouns[strings.TrimSuffix(ts[k].Lower, "s")]
}

// forecasterNouns name people whose trade is to foresee figures, in the
// singular (forecasterBefore).
var forecasterNouns = lexicon.WordSet(`forecaster analyst economist investor trader strategist meteorologist expert`)

// prepObjectHoldsNumber reports whether the object of a cue's preposition
// (lexicon.ObjectPrepCues) starting at ts[i] holds a number: as an object
// of objectHoldsNumber ("pointed to his 22 percent showing"), or in a
// gerund the object's preposition governs ("boasted of his negotiating
// skills in whittling $25 million off the price"). A number in the
// object's other modifiers describes it and is the reporter's ("brags
// about his prowess in his 11 debates"), as is one in a non-restrictive
// relative (complementScope).
func prepObjectHoldsNumber(ts []text.Token, i int) bool {
	if objectHoldsNumber(ts, i) {
		return true
	}
	k := i
	for k < len(ts) && k < i+8 && (ts[k].Tag == "DT" || ts[k].Tag == "PRP$" || ts[k].Tag == "POS" || strings.HasPrefix(ts[k].Tag, "JJ") || strings.HasPrefix(ts[k].Tag, "NN") || ts[k].Tag == "VBG" && k > i) {
		k++
	}
	return k > i && k+1 < len(ts) && ts[k].Tag == "IN" && ts[k+1].Tag == "VBG" && objectHoldsNumber(ts, k+1)
}

// objectHoldsNumber reports whether the noun phrase after an attitude cue
// (after at most one preposition: "voted for", "called for") holds a
// number: "proposed a $275 billion plan", "supports a 35 percent tariff".
func objectHoldsNumber(ts []text.Token, i int) bool {
	if i < len(ts) && (ts[i].Tag == "IN" || ts[i].Tag == "TO" && i+1 < len(ts) && ts[i+1].Tag != "VB") {
		i++ // "voted for", "agreed to a $7 million settlement"
	}
	// a gerund object runs on through its own object and "to"/"of"
	// phrases: "supports raising the minimum wage to $15"
	if i+1 < len(ts) && ts[i].Tag == "NNP" && ts[i+1].Tag == "CD" {
		return false // a tally: "favored Trump 46 percent to 32 percent"
	}
	gerund := i < len(ts) && ts[i].Tag == "VBG"
	n := 8
	if gerund {
		n = 12
		// a proposed action is content to the end of its clause: "called
		// for taxing so-called pass-through income, such as that of
		// partnerships, at a new 15 percent rate"
		for k := i + 1; k < len(ts) && k < i+30; k++ {
			t := ts[k]
			if finiteTag(t.Tag) || t.Text == ";" || t.Text == "." {
				break
			}
			if t.Tag == "CD" && !quantity.YearLike(t.Text) && !(ts[k-1].Lower == "in") {
				return true
			}
		}
	}
	for k := i; k < len(ts) && k < i+n; k++ {
		t := ts[k]
		switch {
		case t.Tag == "CD" && !(k > i && ts[k-1].Lower == "in"):
			return true
		case (qualifierLinks[t.Lower] || amountParticiples[t.Lower] || rangeOpeners[t.Lower]) && k+1 < len(ts) && (ts[k+1].Tag == "CD" || ts[k+1].Text == "$" || qualifierLinks[ts[k+1].Lower] || rangeOpeners[ts[k+1].Lower]):
			continue // "a turnout of more than 4 million", "up to $500", "thefts exceeding $600 million", "revenue of between $10.38 billion and …"
		case t.Text == "$" || t.Text == "%" || t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "HYPH" ||
			strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "NN") || t.Tag == "RB":
			continue
		case gerund && (t.Tag == "VBG" || t.Tag == "TO" || t.Lower == "of" || t.Lower == "to" || t.Lower == "by" || t.Lower == "for"):
			continue
		}
		return false
	}
	return false
}

// objectControl reports whether an attitude cue's complement is an object
// and a "to" clause about it, the object possibly carrying a parenthetical:
// "called for the minimum wage, now $7.25 an hour, to be raised to $15",
// "urged Congress to approve 500 new visas".
func objectControl(ts []text.Token, i int) bool {
	if i < len(ts) && ts[i].Tag == "IN" {
		i++
	}
	e := npRight(ts, i)
	if e < 0 {
		return false
	}
	k := e + 1
	// post-modifiers of the object: "the number of electric vehicles for
	// sale in the U.S. to grow"
	for pp := 0; pp < 4 && k+1 < len(ts) && ts[k].Tag == "IN" && ts[k].Lower != "that"; pp++ {
		pe := npRight(ts, k+1)
		if pe < 0 {
			break
		}
		k = pe + 1
	}
	if k < len(ts) && ts[k].Text == "," {
		m := k + 1
		for m < len(ts) && m-k <= 10 && ts[m].Text != "," {
			if tg := ts[m].Tag; finiteTag(tg) || tg == "``" {
				return false
			}
			m++
		}
		if m >= len(ts) || ts[m].Text != "," {
			return false
		}
		k = m + 1
	}
	for k < len(ts) && ts[k].Tag == "RB" {
		k++
	}
	return k+1 < len(ts) && ts[k].Lower == "to" && ts[k+1].Tag == "VB"
}

// qualifierLinks join a noun phrase to its number: "of more than 4
// million", "up to $500", "at least 30".
var qualifierLinks = lexicon.WordSet(`of than to up at least as much many more less fewer about around nearly almost some roughly over under`)

// rangeOpeners open a range an object's amount is given as: "expects
// full-year revenue of between $10.38 billion and $10.48 billion"
// (fresh-14), "projects revenues between $450-455 billion" (an ingest-web
// WCXB page).
var rangeOpeners = lexicon.WordSet(`between`)

// amountParticiples link a noun to the amount that measures it: "thefts
// exceeding $600 million", "losses totalling $2 billion", "a fund worth
// $40 million".
var amountParticiples = lexicon.WordSet(`exceeding topping totalling totaling surpassing reaching worth amounting estimated`)

// accusationFrame reports whether an accusation cue's complement is an
// object and the charge: "charged two developers with defrauding
// investors", "accused the group of inflating the toll".
func accusationFrame(ts []text.Token, i int) bool {
	e := npRight(ts, i)
	if e < 0 || e+2 >= len(ts) {
		return false
	}
	if apB, apE := apposRight(ts, e); apB >= 0 && apE+2 < len(ts) && ts[apE+1].Text == "," {
		e = apE + 1 // "charged two developers, X and Y, with …"
	}
	w := ts[e+1].Lower
	return (w == "with" || w == "of") && (ts[e+2].Tag == "VBG" || nounish(ts[e+2]) || ts[e+2].Tag == "DT" || ts[e+2].Tag == "PRP$" || ts[e+2].Tag == "CD" || ts[e+2].Text == "$")
}

// nominalRun reports whether ts[i:k] is a plain noun phrase (determiners,
// possessives, adjectives, nouns, numbers and their qualifiers, "and").
func nominalRun(ts []text.Token, i, k int) bool {
	for ; i < k; i++ {
		t := ts[i].Tag
		if !(t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") ||
			t == "CC" && i > 0 || qualifierLinks[ts[i].Lower] && i+1 < k && ts[i+1].Tag == "CD" || t == "IN" && i > 0 && ts[i].Lower != "that") {
			return false
		}
	}
	return true
}

// cueNouns report a source's statement when a possessive names the source:
// "Mr. Trump's claim that", "the ministry's estimate of".
var cueNouns = lexicon.WordSet(`claim claims assertion assertions estimate estimates prediction predictions promise
pledge forecast forecasts projection projections statement warning contention argument boast emphasis insistence
plan plans proposal proposals outlook budget`)

// questionCues ask or answer: a survey that "asked about all four
// candidates" states nothing.
var questionCues = lexicon.WordSet(`ask answer reply respond`)

// channelNouns, in lower case, follow "by" as the means, not the agent:
// "said by telephone" ("reported by Radio Free Asia" names one).
var channelNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`phone telephone email e-mail text letter mail video videolink satellite radio fax post cable`) {
		channelNouns[w] = true
	}
}

// mediumNouns carry a statement: "X shot back in an article stating that".
var mediumNouns = lexicon.WordSet(`article statement interview letter email e-mail memo post tweet speech release
op-ed column video message note filing`)

func prevTok(ts []text.Token, j int) text.Token {
	if j == 0 {
		return text.Token{}
	}
	return ts[j-1]
}

// trailing reports whether the tokens from i to the end of the sentence are
// only adjuncts of a closing attribution clause ("in a statement", "on
// Thursday", ", adding …").
func trailing(ts []text.Token, i int) bool {
	// a direct object right after the verb is content, not an adjunct
	k := i
	for k < len(ts) && ts[k].Tag == "RB" {
		k++
	}
	if k < len(ts) {
		t := ts[k]
		if t.Tag == "VBG" && k > 0 && ts[k-1].Text != "," {
			return false // a gerund object: "Trump proposed barring all Muslims"
		}
		if (t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) &&
			!timeWords[t.Lower] && !(k+1 < len(ts) && timeWords[ts[k+1].Lower] && (k+2 >= len(ts) || ts[k+2].Lower != "of")) {
			return false
		}
	}
	n := 0
	for ; i < len(ts); i++ {
		t := ts[i]
		if t.Text == "," && i+1 < len(ts) && strings.HasPrefix(ts[i+1].Tag, "VBG") {
			return true
		}
		if t.Text == ";" {
			return true // the rest is another clause
		}
		switch {
		case t.Text == "." || t.Text == "," || t.Text == "!" || t.Text == "?":
		case t.Tag == "``" || t.Lower == "that":
			return false
		case t.Tag == "CD" && i > 0 && (ts[i-1].Tag == "IN" || ts[i-1].Tag == "DT") && (t.Lower == "one" || quantity.YearLike(t.Text) || ts[i-1].Tag == "IN") &&
			!(ts[i-1].Tag == "IN" && qualifierLinks[ts[i-1].Lower] && ts[i-1].Lower != "at"):
			// "said at one point", "said in a 2014 interview" (not "said …
			// yields a 10% bump", nor a qualified object: "reported about
			// 900 deaths")
		case finiteTag(t.Tag) || t.Tag == "VB" || t.Tag == "CD":
			return false
		}
		n++
		if n > 12 {
			return false
		}
	}
	return true
}

// trailingSubordinators open an adverbial clause after a trailing cue
// ("…, the minister said as he tabled the budget", "…, she said while
// the vote was counted"): the cue's content is before it.
var trailingSubordinators = lexicon.WordSet(`as while when after before because since although though`)

// subordinateAfter returns the index of a trailingSubordinators word that
// opens a clause (a pronoun, a determiner or a name after it) at ts[i],
// past adverbs and up to two prepositional adjuncts ("said on Friday as
// he …"), or -1.
func subordinateAfter(ts []text.Token, i int) int {
	for n := 0; i < len(ts); {
		t := ts[i]
		switch {
		case t.Tag == "RB":
			i++
			continue
		case trailingSubordinators[t.Lower] && t.Tag == "IN":
			if i+1 < len(ts) && (ts[i+1].Tag == "PRP" || ts[i+1].Tag == "DT" || ts[i+1].Tag == "NNP") {
				return i
			}
			return -1
		case t.Tag == "IN" && n < 2:
			e := npRight(ts, i+1)
			if e < 0 {
				return -1
			}
			i, n = e+1, n+1
			continue
		}
		return -1
	}
	return -1
}

// cueSubject finds the subject of cue verb ts[j]: the noun phrase before
// it (subjectLeft), or, when that phrase is a date or sits inside a
// post-modifier of a longer subject ("the average of polls taken over the
// past two weeks shows"), the head noun phrase of that subject
// (headSubject; rel is the index of a relative pronoun inside it, or -1).
func cueSubject(ts []text.Token, j int) (b, e, apB, apE, rel int, ok bool) {
	b, e, apB, apE, ok = subjectLeft(ts, j, 0)
	rel = -1
	if ok && b == e && lexicon.Articles[ts[b].Lower] {
		return 0, 0, -1, -1, -1, false // an article alone: "The proposed 55% targets" (a participle, no verb)
	}
	if ok && apB < 0 {
		if db, de, rok := recipientSubject(ts, b, e); rok {
			return db, de, -1, -1, rel, true // "the RNC's report to the FEC shows" (documents.go)
		}
	}
	if ok && apB < 0 {
		if db, ok := dataAgentPhrase(ts, b); ok {
			b = db // "official statistics published by the Scottish Government show"
		}
	}
	// (an agent is the source already: "a 2014 examination by X found")
	inner := ok && b > 0 && apB < 0 && (postLinkers[ts[b-1].Lower] && ts[b-1].Lower != "that" && ts[b-1].Lower != "which" && ts[b-1].Lower != "who" && ts[b-1].Lower != "by" ||
		ts[b-1].Tag == "VBN" || ts[b-1].Tag == "VBG" || ts[b-1].Tag == "CD" ||
		ts[b-1].Lower == "to" && b >= 2 && strings.HasPrefix(ts[b-2].Tag, "VB")) // "… as they speak to business leaders shows"
	if !ok || inner || dateNP(ts, b, e) {
		if hb, he, hr, hok := headSubject(ts, j); hok {
			return hb, he, -1, -1, hr, true
		}
		if ok && dateNP(ts, b, e) {
			return 0, 0, -1, -1, -1, false
		}
	}
	return b, e, apB, apE, rel, ok
}

// dataAgentPhrase returns the start of the data phrase whose participle's
// agent opens at ts[b]: "official statistics published by | the Scottish
// Government", "figures compiled by | the ministry" (a lexicon.DataNouns
// head, a participle, "by"). The whole phrase is the verb's subject and
// its agent the source (npStep "prepared-by").
func dataAgentPhrase(ts []text.Token, b int) (int, bool) {
	if b < 3 || ts[b-1].Lower != "by" || ts[b-2].Tag != "VBN" || !lexicon.DataNouns[ts[b-3].Lower] || !strings.HasPrefix(ts[b-3].Tag, "NN") {
		return 0, false
	}
	h := b - 3
	for h > 0 && (ts[h-1].Tag == "JJ" || ts[h-1].Tag == "DT" || ts[h-1].Tag == "PRP$" || ts[h-1].Tag == "NN") {
		h--
	}
	return h, true
}

// skipAdjuncts returns the index after adverbs and prepositional adjuncts
// from ts[i] ("explained earlier in the committee hearing, …"): a
// preposition and a noun phrase holding no number but a year.
func skipAdjuncts(ts []text.Token, i int) int {
	for i < len(ts) {
		t := ts[i]
		switch {
		case (t.Tag == "RB" || t.Tag == "RBR" || auxWords[t.Lower]) && t.Lower != "not":
			i++
			continue
		case t.Tag == "IN" && t.Lower != "that" && t.Lower != "because" && t.Lower != "if":
			e := npRight(ts, i+1)
			if e < 0 {
				return i
			}
			for m := i + 1; m <= e; m++ {
				if ts[m].Tag == "CD" && !quantity.YearLike(ts[m].Text) {
					return i
				}
			}
			i = e + 1
			continue
		}
		return i
	}
	return i
}

// bareTimes stand after a cue verb with no preposition: "said Friday",
// "announced today".
var bareTimes = func() map[string]bool {
	m := lexicon.WordSet(`today yesterday tonight`)
	for _, w := range lexicon.WeekdayNames {
		m[w] = true
	}
	return m
}()

// skipCueTime is skipAdjuncts past a bare time right after the cue too
// (rule parenthetical-cue-time): US wire copy's "…, the Labor Department
// said Friday, far more than the 180,000 economists had forecast"
// (fresh-14; PolNeAR dev "…, her advisers said Friday, because she
// understands …") is the parenthetical attribution "…, records show, …"
// and "…, the Ministry of Health said on Monday, after a pilot that
// reached more than 400,000 children" (an attribution dev set) are.
func skipCueTime(ts []text.Token, i int) int {
	k := skipAdjuncts(ts, i)
	if k == i && k < len(ts) && bareTimes[ts[k].Lower] {
		k = skipAdjuncts(ts, k+1)
	}
	if k == i && k+1 < len(ts) && (ts[k].Lower == "last" || ts[k].Lower == "this") && cueTimeUnits[ts[k+1].Lower] {
		// "…, the National Bureau of Statistics said last month, after the
		// bureau rebased the index", "…, CAPMAS said last week, down from
		// a peak of 38 percent" (articles-dev-1; fresh-15 "reported last
		// week that")
		k = skipAdjuncts(ts, k+2)
	}
	return k
}

// cueTimeUnits follow "last"/"this" in a bare time after a cue verb.
var cueTimeUnits = lexicon.WordSet(`week month year quarter weekend night`)

// afterCueVerb reports whether ts[j] follows a cue verb, past adverbs: the
// verb's adjunct ("the agency said in a June report").
func afterCueVerb(ts []text.Token, j int) bool {
	k := j - 1
	for k >= 0 && ts[k].Tag == "RB" {
		k--
	}
	return k >= 0 && strings.HasPrefix(ts[k].Tag, "VB") && isCueVerbAfter(ts[k], prevTok(ts, k))
}

// contrastWithCue reports a comma at ts[k] opening a contrast ("while",
// "whereas") that holds a reporting or estimating verb of its own (a
// strong cue or an estimateVerbs word): a second source's clause, not the
// content of the parenthetical cue before it ("Bob said, while others
// didn't want to help" stays Bob's).
func contrastWithCue(ts []text.Token, k int) bool {
	if k+1 >= len(ts) || ts[k].Text != "," || !contrastWords[ts[k+1].Lower] {
		return false
	}
	for m := k + 2; m < len(ts); m++ {
		t := ts[m]
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if l := lexicon.CueVerbs[t.Lower]; l != "" && lexicon.StrongCues[l] || estimateVerbs[t.Lower] {
			return true
		}
	}
	return false
}

// contrastWords open a contrasting clause after a comma ("…, X said, while
// Y estimated …").
var contrastWords = lexicon.WordSet(`while whereas`)
