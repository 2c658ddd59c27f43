package extract

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// Attribution: who asserts each claim, and with which cue.
//
// For a claim, in order:
//
//  1. the cues of its own sentence, outside quotation marks (cues.go):
//     "X said/noted/estimated … (that) N", "N …, X said", "N …, said X",
//     "according to X", "X's figures show N", "the tally prepared by X
//     shows", "announced by X", "in a new poll, N", "…, noting that N",
//     "as X explained, N", "…, with X showing N", "in a new poll, N" (the
//     cue runs from "in" to the survey's noun; "in" alone is never a cue,
//     nor is "in the last poll" or a speech verb's "said in a report"),
//     and hedges ("reportedly") that mark reported content with no named
//     source. A subject whose head carries a post-modifier ("the average
//     of polls taken over two weeks shows") is taken from its head
//     (cueSubject); a date is never a source. Each cue covers a scope of the sentence
//     (after the cue, or before a closing "…, X said" clause, or all of it
//     for "according to", passives and hedges). The number takes the
//     closing attribution of its sentence if there is one ("N …, according
//     to X."), else the nearest cue whose scope holds it — never one whose
//     source phrase holds the number ("Maduro, 61, claimed"). Cue verbs
//     other than the strong ones (say, report, estimate, …) need a clause
//     ("that", a colon, a quote, "to" + verb) to take content: "the
//     government responded harshly" names no source. Agentless passives
//     ("is expected to"), poll shares ("47 percent said") and participles
//     modifying a noun are not cues.
//
//     Assertion through a non-speech verb. The subject of a clause is also
//     the source of the numbers in its complement when the verb is one of
//     these classes (cues.go lists the verbs, from the train Cue spans):
//     belief and expectation ("expects a crowd of more than 90,000"),
//     estimate and forecast ("puts/pegs <object> at <number>", "raised its
//     forecast to 3 percent", "By the AP's tally, …"), assessment and
//     finding ("found", "counted", "deemed 1,500 of the pages personal"),
//     accusation ("charged X with …", "accused X of …": the charge, not
//     the accused, is content), and proposal, plan or pledge ("called for
//     the wage … to be raised to $15", "promised to deport 11 million",
//     "threatened to impose a 35 percent tariff", "X's plan would cap … at
//     28 percent": a plan's levels, not what it would cost). These take a
//     clause or an object holding a number; a "NAME NUM" object is a tally
//     ("favored Trump 46 percent to 32 percent"), and physical or
//     narrative acts (grilled, unveiled, imposed a penalty) are no cues.
//     Other forms: object relatives ("the 1.2 billion dollars it expects
//     to collect", "$130 billion more than the budget office had
//     projected"), gapped lists ("with Gallup showing her ahead 3 points,
//     Ipsos 4.3 points"), a paragraph ending "X argued that:" leading in
//     the next paragraph, a relative on a medium the subject put out
//     ("released a letter that says"), and a cue under a modal nested in
//     another cue's content giving way to the outer cue.
//  2. if the number is inside a direct quote, the quote's speaker
//     (quotes.go, speaker.go).
//  3. otherwise no source: the article asserts it.
//
// The source phrase is resolved to a name by resolveNP (coref.go).

// found is an attribution: its cue, its source (nil for a hedge with no
// named source) and the byte range of the sentence it covers.
type found struct {
	cue          claims.Span
	src          *claims.Source
	from, to     int // numbers in [from, to) are covered…
	exFrom, exTo int // …except those in [exFrom, exTo): the source's own words
	// outer marks a closing attribution ("…, according to X." / "…, X
	// said."): it governs the whole sentence before it, nested cues included.
	outer bool
	// survey marks "in" + a survey ("In a new poll, 57 percent …"): the
	// cue runs from "in" to the survey's noun, never "in" alone.
	survey bool
	// relative marks a cue in a relative clause on the number's own noun
	// phrase ("the 30 people the agency reported missing"): it is nearer
	// the number than any cue whose object holds the phrase.
	relative bool
	// irrealis marks a cue under a modal or "to" ("will announce", "plans
	// to say"): a statement not (yet) made. Nested in another cue's content
	// it gives way to that cue ("the campaign says she will announce a
	// program for people under 30").
	irrealis bool
}

func (f *found) covers(start, end int) bool {
	if start < f.from || end > f.to {
		return false
	}
	return end <= f.exFrom || start >= f.exTo
}

type attributor struct {
	d      *Doc
	reg    *nameReg
	quotes []quoteSpan
	sents  map[int][]found
	toks   map[int][]atok
}

func newAttributor(d *Doc) *attributor {
	return &attributor{d: d, reg: newRegistry(d.Text), quotes: findQuotes(d), sents: map[int][]found{}, toks: map[int][]atok{}}
}

// attribute sets Source and Cue on the claims of qs.
func attribute(d *Doc, qs []claims.Quantity) {
	var a *attributor
	for i := range qs {
		if !qs[i].IsClaim() {
			continue
		}
		if a == nil {
			a = newAttributor(d)
		}
		f := a.claimSource(qs[i].Quantity.Start, qs[i].Quantity.End)
		if f == nil {
			continue
		}
		c := f.cue
		qs[i].Cue = &c
		if f.src != nil {
			s := *f.src
			qs[i].Source = &s
		}
	}
}

func (a *attributor) tokens(si int) []atok {
	ts, ok := a.toks[si]
	if !ok {
		ts = sentToks(a.d, si)
		// tokens at a quote's ends are quote marks, whatever prose made of
		// them ('' may come as two ' tokens)
		for j := range ts {
			t := &ts[j]
			if qi := quoteAt(a.quotes, t.Start); qi >= 0 {
				q := a.quotes[qi]
				if t.Start == q.Start || t.end() == q.End || (t.Text == "'" && (t.Start == q.Start+1 || t.end() == q.End-1)) {
					t.Tag = "``"
				}
			}
		}
		a.toks[si] = ts
	}
	return ts
}

// claimSource returns the attribution of the number at [start, end), or nil.
func (a *attributor) claimSource(start, end int) *found {
	si := a.d.SentenceAt(start)
	if si < 0 {
		return nil
	}
	if sp := a.quoteTail(start); sp != nil {
		return sp // "“…,” X said": the quote's own attribution clause (speaker.go)
	}
	best := pick(a.sentence(si), start, end)
	if best != nil && best.src != nil {
		return best
	}
	if qi := quoteAt(a.quotes, start); qi >= 0 {
		if sp := a.speaker(qi); sp != nil {
			return sp
		}
	}
	if best == nil {
		if f := a.transcriptLabel(si); f != nil {
			return f
		}
		if f := a.leadIn(si); f != nil {
			return f
		}
		return a.surveyParagraph(si)
	}
	return best
}

// leadIn returns the attribution of a paragraph that ends in a cue and a
// colon ("Smith argued that:", "The ministry said:") for the paragraph
// right after it, which is the content it introduces (a block quotation or
// a list, not in quotation marks).
func (a *attributor) leadIn(si int) *found {
	para := a.d.Sentences[si].Para
	k := si
	for k > 0 && a.d.Sentences[k-1].Para == para {
		k--
	}
	if k == 0 || a.d.Sentences[k-1].Para != para-1 {
		return nil
	}
	ts := a.tokens(k - 1)
	if len(ts) < 2 || ts[len(ts)-1].Text != ":" || a.inQuote(ts[len(ts)-1].Start) {
		return nil
	}
	colon := ts[len(ts)-1]
	for _, f := range a.sentence(k - 1) {
		if f.src == nil || f.cue.End > colon.Start {
			continue
		}
		// only "that" or an addressee between the cue and the colon
		gap := strings.Fields(strings.ToLower(a.d.Text[f.cue.End:colon.Start]))
		if len(gap) > 2 || len(gap) > 0 && gap[0] != "that" && !(cueVerbs[strings.ToLower(f.cue.Text)] == "tell") {
			continue
		}
		p := a.d.Paragraphs[para]
		g := f
		g.from, g.to, g.exFrom, g.exTo, g.outer = p.Start, p.End, 0, 0, false
		return &g
	}
	return nil
}

// transcriptLabel returns the speaker label a paragraph opens with, in
// transcripts ("Matthews: …", "Bernie Sanders: …"): one to four capitalised
// words and a colon, the words naming a person by the article's evidence
// ("Contributing:", "Twitter:" or "South Carolina:" do not; nor do "Q:" and
// "A:", which name no one). It covers the paragraph.
func (a *attributor) transcriptLabel(si int) *found {
	para := a.d.Sentences[si].Para
	k := si
	for k > 0 && a.d.Sentences[k-1].Para == para {
		k--
	}
	ts := a.tokens(k)
	c := -1
	for j := 0; j < len(ts) && j < 5; j++ {
		if ts[j].Text == ":" {
			c = j
			break
		}
		if !ts[j].capitalised() || a.inQuote(ts[j].Start) {
			return nil
		}
	}
	if c < 1 || (c+1 >= len(ts) && k+1 >= len(a.d.Sentences)) {
		return nil
	}
	if _, kind := a.resolveNP(ts, 0, c-1); kind != kindPerson {
		return nil
	}
	p := a.d.Paragraphs[para]
	return &found{cue: a.span(ts[c].Start, ts[c].end()), src: a.source(ts, 0, c-1, -1, -1), from: p.Start, to: p.End}
}

// surveyParagraph returns the survey a paragraph opens with ("According to
// a new poll, Clinton has 27 percent. Carson trails at 13 percent."), for a
// later sentence of that paragraph with no cue of its own in between.
func (a *attributor) surveyParagraph(si int) *found {
	para := a.d.Sentences[si].Para
	for k := si - 1; k >= 0 && a.d.Sentences[k].Para == para; k-- {
		fs := a.sentence(k)
		first := k == 0 || a.d.Sentences[k-1].Para != para
		if !first {
			if len(fs) > 0 {
				return nil
			}
			continue
		}
		for i := range fs {
			f := fs[i]
			if f.src != nil && (strings.EqualFold(f.cue.Text, "according to") || f.survey) &&
				f.from == a.d.Sentences[k].Start && f.exFrom-f.from < 3 && holdsSurveyText(f.src.Mention) {
				return &f
			}
		}
	}
	return nil
}

// pollNouns: only an opinion poll or survey leads a paragraph of results;
// "according to official figures" covers its own sentence only.
var pollNouns = attrWordSet(`poll polls survey surveys`)

func holdsSurveyText(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if pollNouns[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

// pick returns the covering attribution whose cue is nearest the number.
func pick(fs []found, start, end int) *found {
	var best *found
	bestDist := 0
	for i := range fs {
		f := &fs[i]
		if !f.covers(start, end) {
			continue
		}
		dist := f.cue.Start - start
		if dist < 0 {
			dist = start - f.cue.End
		}
		if best == nil || (f.outer && !best.outer) || (f.outer == best.outer && (f.relative && !best.relative || f.relative == best.relative && dist < bestDist)) {
			best, bestDist = f, dist
		}
	}
	// nested speech whose inner source is a pronoun refers back to the outer
	// speaker: "officials say they have found 200 tunnels", "X said that,
	// according to its analysis, …" — the outer one is the named source.
	// An attitude reported by someone else is that someone's claim: "Trump
	// claimed that Obama wants to take in 250,000 refugees" is Trump's
	// figure. (Preferring the outer speaker for every nested cue, or for an
	// inner "according to", lowers PolNeAR train and dev source accuracy:
	// PolNeAR annotates the inner relation too.)
	if best != nil && best.src != nil && !best.relative && (pronounLed(best.src.Mention) || best.irrealis || attitudeCues[cueVerbs[strings.ToLower(best.cue.Text)]]) {
		var outer *found
		for i := range fs {
			f := &fs[i]
			if f != best && f.src != nil && f.covers(start, end) && f.cue.End <= best.cue.Start && f.from <= best.cue.Start && f.to >= best.cue.End {
				if outer == nil || f.cue.Start > outer.cue.Start {
					outer = f
				}
			}
		}
		if outer != nil {
			return outer
		}
	}
	return best
}

// pronounLed reports whether a source phrase starts with a pronoun ("they",
// "its analysis").
func pronounLed(mention string) bool {
	w, _, _ := strings.Cut(mention, " ")
	switch strings.ToLower(w) {
	case "he", "she", "they", "it", "we", "i", "its", "his", "her", "their", "our", "my":
		return true
	}
	return false
}

func (a *attributor) inQuote(off int) bool { return quoteAt(a.quotes, off) >= 0 }

// sentence returns the attributions of sentence si (cached).
func (a *attributor) sentence(si int) []found {
	if fs, ok := a.sents[si]; ok {
		return fs
	}
	var fs []found
	ts := a.tokens(si)
	s := a.d.Sentences[si]
	for j := 0; j < len(ts); j++ {
		t := ts[j]
		if a.inQuote(t.Start) {
			continue
		}
		switch {
		case t.lower == "according" && j+1 < len(ts) && ts[j+1].lower == "to":
			e := npRight(ts, j+2)
			if e < 0 {
				continue
			}
			apB, apE := apposRight(ts, e)
			src := a.source(ts, j+2, e, apB, apE)
			// the phrase runs to the next comma: "according to the tally
			// prepared by X and reported by Y, …"
			k := e + 1
			if apE >= 0 {
				k = apE + 1
			}
			for k < len(ts) && ts[k].Text != "," && ts[k].Text != "." && !a.inQuote(ts[k].Start) {
				k++
			}
			// closing the sentence after a comma: it governs the sentence
			outer := j > 0 && ts[j-1].Text == "," && (k >= len(ts) || ts[k].Text == "." && k == len(ts)-1)
			fs = append(fs, found{cue: a.span(t.Start, ts[j+1].end()), src: src, from: s.Start, to: s.End, exFrom: t.Start, exTo: ts[k-1].end(), outer: outer})
			for j+1 < len(ts) && ts[j+1].Start < ts[k-1].end() {
				j++ // no cue inside the phrase
			}
		case t.lower == "by" && (j == 0 || ts[j-1].Text == "," || ts[j-1].lower == "and" || ts[j-1].lower == "but"):
			// "By the AP's tally, he has 739 delegates", "By one estimate,
			// 300,000 acres …", "by his own account": a count or an
			// estimate opening a clause, its owner as the source
			e := npRight(ts, j+1)
			if e < 0 || !byNouns[ts[e].lower] || e+1 >= len(ts) || ts[e+1].Text != "," {
				continue
			}
			b := j + 1
			se := e
			for m := j + 1; m < e; m++ {
				if isPossessive(ts[m]) && m > j+1 {
					se = m - 1 // the owner: "the Associated Press"
					break
				}
			}
			if ts[b].Tag == "PRP$" {
				se = b // "his own account"
			}
			fs = append(fs, found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, se, -1, -1), from: s.Start, to: s.End, exFrom: t.Start, exTo: ts[e].end()})
		case t.lower == "in":
			// "In a new poll, 57 percent …", "… led by 10 points in a Des
			// Moines Register poll": a survey or study as the source
			// ("said in a June report" is the speaker's adjunct; "58
			// percent in the last poll" compares with an earlier result)
			e := npRight(ts, j+1)
			if e < 0 || !holdsSurvey(ts[j+1:e+1]) || genericPolls(ts[j+1:e+1]) || earlierSurvey(ts[j+1:e+1]) || afterCueVerb(ts, j) {
				continue
			}
			h := j + 1
			for h < e && !surveyNouns[ts[h].lower] {
				h++
			}
			fs = append(fs, found{cue: a.span(t.Start, ts[h].end()), src: a.source(ts, j+1, e, -1, -1), from: s.Start, to: s.End, exFrom: t.Start, exTo: ts[e].end(), survey: true})
		case cueNouns[t.lower] && possessor(ts, j) >= 0:
			// "Mr. Trump's claim that …", "his estimate of …", "Berlin's
			// pledge to", "X's repeated emphasis that …", "Mrs. Lee's tax
			// plan would cap …", "it raised its growth forecast to 3 percent"
			if f, ok := a.possessiveCue(ts, j, s.End); ok {
				fs = append(fs, f)
			}
		case cueNouns[t.lower] && j > 1 && ts[j-1].lower == "with" && j+1 < len(ts) && ts[j+1].lower == "to":
			// "…, with plans to spend upward of $10 million": the plans of
			// the main clause's subject
			for m := 0; m < j-1; m++ {
				if tg := ts[m].Tag; (tg == "VBD" || tg == "VBZ" || tg == "VBP") && ts[m].wordy() && !isPossessive(ts[m]) && ts[m].lower != "’s" && ts[m].lower != "'s" && !a.inQuote(ts[m].Start) {
					if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
						fs = append(fs, found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, e, apB, apE), from: t.end(), to: s.End, exFrom: ts[b].Start, exTo: t.end()})
					}
					break
				}
			}
		case (dataVerbs[t.lower] || estimateVerbs[t.lower]) && strings.HasPrefix(t.Tag, "VB"):
			// "a Field Poll put his support at 5 percent", "the AP count
			// gives her 1,280 delegates", "the poll has Clinton leading by
			// six points": a survey or count as the subject; "Forbes put
			// his fortune at $4.5 billion", "officials pegged the toll at
			// 267": anyone who puts a figure on something
			if b, e, apB, apE, _, ok := cueSubject(ts, j); ok && !countedSubject(ts, b, e) && (dataHead(ts, b, e) && dataVerbs[t.lower] && figureFrame(ts, j+1) || estimateVerbs[t.lower] && atFigure(ts, j+1)) {
				fs = append(fs, found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, e, apB, apE), from: t.end(), to: s.End, exFrom: ts[b].Start, exTo: t.end()})
			}
		case hedgeCues[t.lower]:
			fs = append(fs, found{cue: a.span(t.Start, t.end()), from: s.Start, to: s.End, exFrom: t.Start, exTo: t.end()})
		case isCueVerbAfter(t, prevTok(ts, j)) || showNoun(ts, j) || nounTaggedVerb(ts, j):
			if f, ok := a.verbCue(ts, j, s.Start, s.End); ok {
				m := j - 1
				for m >= 0 && ts[m].Tag == "RB" {
					m--
				}
				f.irrealis = m >= 0 && (ts[m].Tag == "MD" || ts[m].lower == "to")
				fs = append(fs, f)
			}
			if f, ok := a.objectRelative(ts, j); ok {
				fs = append(fs, f)
			}
		}
	}
	fs = a.gappedSources(ts, fs)
	// a semicolon ends the clause a cue governs when the next clause has a
	// cue of its own: "He calls for $1 trillion; she calls for $275
	// billion" (a list of results after a semicolon stays the cue's: "the
	// poll showed …; 12 percent …")
	for i := range fs {
		f := &fs[i]
		if f.from < f.cue.End || f.outer {
			continue
		}
		for k, t := range ts {
			if t.Start >= f.cue.End && t.Start < f.to && t.Text == ";" && !a.inQuote(t.Start) {
				// the next clause opens with its cue's subject
				for _, g := range fs {
					if g.src != nil && g.cue.Start > t.Start && k+1 < len(ts) && g.exFrom == ts[k+1].Start {
						f.to = t.Start
						break
					}
				}
				break
			}
		}
	}
	a.sents[si] = fs
	return fs
}

// gappedSources splits a cue's content that goes on as a list with the verb
// left out ("with Gallup showing her ahead 3 points, Ipsos 4.3 points, and
// Pew 2.1 points"): each later member, a proper name followed by its
// number, is that name's figure under the same cue. The first member keeps
// the cue's own source. When the cue's object is itself a name ("the poll
// showed Trump at 35 percent, Rubio 8 percent") the list is one of objects.
func (a *attributor) gappedSources(ts []atok, fs []found) []found {
	n := len(fs)
	for i := 0; i < n; i++ {
		f := fs[i]
		if f.src == nil || f.from < f.cue.End || !strongCues[cueVerbs[strings.ToLower(f.cue.Text)]] {
			continue
		}
		k := 0
		for k < len(ts) && ts[k].Start < f.cue.End {
			k++
		}
		if k >= len(ts) || ts[k].capitalised() {
			// a named object: the list goes on with objects ("showed
			// Trump at 35 percent, Rubio 8 percent"), not sources
			continue
		}
		number := false
		first := true
		for ; k < len(ts) && ts[k].Start < f.to; k++ {
			t := ts[k]
			if t.Tag == "CD" {
				number = true
			}
			if t.Text == ";" || t.Tag == "``" || a.inQuote(t.Start) {
				break
			}
			if t.Text != "," || !number {
				continue
			}
			b := k + 1
			if b < len(ts) && (ts[b].lower == "and" || ts[b].lower == "or") {
				b++
			}
			e := npRight(ts, b)
			if e < 0 || !ts[b].capitalised() || !ts[e].capitalised() {
				continue
			}
			m := e + 1
			for m < len(ts) && qualifierLinks[ts[m].lower] {
				m++
			}
			if m >= len(ts) || !(ts[m].Tag == "CD" || ts[m].Text == "$") {
				continue
			}
			end := m
			for end < len(ts) && ts[end].Text != "," && ts[end].Text != ";" && ts[end].Text != "." && ts[end].lower != "and" {
				end++
			}
			to := f.to
			if end < len(ts) && ts[end].Start < to {
				to = ts[end].Start
			}
			if first {
				fs[i].to = ts[k].Start
				first = false
			}
			fs = append(fs, found{cue: f.cue, src: a.source(ts, b, e, -1, -1), from: ts[b].Start, to: to, exFrom: ts[b].Start, exTo: ts[e].end()})
			k = end - 1
		}
	}
	return fs
}

func (a *attributor) span(start, end int) claims.Span {
	return claims.Span{Text: a.d.Text[start:end], Start: start, End: end}
}

// verbCue reads the attribution around cue verb ts[j] in a sentence spanning
// [sStart, sEnd).
func (a *attributor) verbCue(ts []atok, j, sStart, sEnd int) (found, bool) {
	t := ts[j]
	cueEnd := t.end()
	next := j + 1
	if cueVerbs[t.lower] == "point" {
		if next >= len(ts) || ts[next].lower != "out" {
			return found{}, false
		}
		cueEnd = ts[next].end()
		next++
	}
	if l := cueVerbs[t.lower]; l == "push" || l == "lobby" {
		// "pushing for a $15 wage"; "pushed back" is no cue
		if next >= len(ts) || ts[next].lower != "for" {
			return found{}, false
		}
		cueEnd = ts[next].end()
		next++
	}
	if cueVerbs[t.lower] == "call" {
		// "calls for a $15 minimum wage"; "called him a liar" is no cue
		if next >= len(ts) || ts[next].lower != "for" {
			return found{}, false
		}
		cueEnd = ts[next].end()
		next++
	}
	cue := a.span(t.Start, cueEnd)
	if t.lower == "said" && j > 0 && ts[j-1].lower == "that" && next < len(ts) && ts[next].Text == "," && (j == 1 || !ts[j-2].wordy()) {
		return found{}, false // the idiom "That said, …"
	}
	// passive: "announced by X", "the figures reported by X"
	if next < len(ts) && ts[next].lower == "by" && (t.Tag == "VBN" || t.Tag == "VBD") && !(next+1 < len(ts) && (ts[next+1].Tag == "CD" || ts[next+1].Text == "$" || ts[next+1].Text[0] >= '0' && ts[next+1].Text[0] <= '9')) {
		// ("a poll found by 43%-41% …" is no passive)
		e := npRight(ts, next+1)
		if e < 0 {
			return found{}, false
		}
		apB, apE := apposRight(ts, e)
		exTo := ts[e].end()
		if apE >= 0 {
			exTo = ts[apE].end()
		}
		f := found{cue: cue, src: a.source(ts, next+1, e, apB, apE), from: sStart, to: sEnd, exFrom: t.Start, exTo: exTo}
		if j > 0 && nounish(ts[j-1]) {
			// a reduced relative: "the facts reported by X" covers its noun only
			if b := npLeftFrom(ts, j-1); b >= 0 {
				f.from, f.to = ts[b].Start, t.Start
				return f, true
			}
		}
		if attitudeCues[cueVerbs[t.lower]] {
			// "the party, which is backed by the military": a supporter is
			// no source of the sentence's figures
			return found{}, false
		}
		return f, true
	}
	// a participle with no comma or auxiliary before it modifies a noun
	// ("language highlighting concerns"): not a cue
	if t.Tag == "VBG" && j > 1 && nounish(ts[j-1]) && strongCues[cueVerbs[t.lower]] {
		// an absolute construction: "…, with RealClearPolitics showing her
		// ahead 3 points": the noun phrase after "with" is the subject
		if b := npLeftFrom(ts, j-1); b > 0 && ts[b-1].lower == "with" && !countedSubject(ts, b, j-1) {
			return found{cue: cue, src: a.source(ts, b, j-1, -1, -1), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
		}
	}
	if t.Tag == "VBG" && j > 0 && nounish(ts[j-1]) && !dataNouns[ts[j-1].lower] && !mediumNouns[ts[j-1].lower] {
		return found{}, false // but "a new poll showing 14 percent" is
	}
	// a passive with no agent ("is expected to", "was widely reported",
	// "when asked") names no source
	if t.Tag == "VBN" && j > 0 {
		k := j - 1
		for k > 0 && ts[k].Tag == "RB" {
			k--
		}
		hasContracted := (ts[k].lower == "'s" || ts[k].lower == "’s") && k > 0 && (ts[k-1].lower == "who" || pronouns[ts[k-1].lower]) &&
			j+1 < len(ts) && (ts[j+1].lower == "for" || ts[j+1].lower == "that")
		switch ts[k].lower {
		case "is", "are", "was", "were", "be", "been", "being", "when", "if", "as", "'s", "’s":
			if !hasContracted { // ("who's called for": a contracted "has")
				return found{}, false
			}
		}
	}
	// a relative on a medium the subject put out: "he released a letter
	// from his doctor Friday that says …", "the firm issued a statement
	// which said …" — the one who put it out is the source
	if j > 3 && (ts[j-1].lower == "that" || ts[j-1].lower == "which") && !strings.HasSuffix(t.lower, "ing") {
		for m := j - 2; m >= 1 && m >= j-8; m-- {
			if !mediumNouns[ts[m].lower] {
				if ts[m].Tag == "VBD" || ts[m].Tag == "VBZ" || ts[m].Tag == "VBP" || ts[m].Text == "," {
					break
				}
				continue
			}
			if d := ts[m-1]; !(d.Tag == "DT" || d.Tag == "PRP$" || strings.HasPrefix(d.Tag, "JJ")) {
				break
			}
			for v := m - 2; v >= 0 && v >= m-5; v-- {
				if tg := ts[v].Tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" {
					if b, e, apB, apE, ok := subjectLeft(ts, v, 0); ok && !countedSubject(ts, b, e) {
						return found{cue: cue, src: a.source(ts, b, e, apB, apE), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
					}
					break
				}
			}
			break
		}
	}
	// participle after a comma: "…, noting that", "…, saying 5,000 …": the
	// subject of the main clause
	medium := j > 2 && mediumNouns[ts[j-1].lower] && (ts[j-2].Tag == "DT" || ts[j-2].Tag == "PRP$" || strings.HasPrefix(ts[j-2].Tag, "JJ"))
	// ("…, promising to …" and the manner adjunct "rallied thousands by
	// promising to impose 35 percent tariffs" alike)
	pc := j - 1
	for pc > 1 && ts[pc].Tag == "RB" {
		pc-- // "…, later alleging that"
	}
	if strings.HasSuffix(t.lower, "ing") && j > 1 && (ts[pc].Text == "," || ts[j-1].lower == "by" || medium) && (strongCues[cueVerbs[t.lower]] || introducesClause(ts, next)) {
		for m := j - 2; m >= 0; m-- {
			if tg := ts[m].Tag; (tg == "VBD" || tg == "VBZ" || tg == "VBP" || (medium && tg == "VBN")) && !a.inQuote(ts[m].Start) {
				if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
					return found{cue: cue, src: a.source(ts, b, e, apB, apE), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
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
				if v > 0 && ts[v].Text == ts[v].lower {
					if b, e, apB, apE, ok := subjectLeft(ts, v, 0); ok && !countedSubject(ts, b, e) && b == 0 {
						return found{cue: cue, src: a.source(ts, b, e, apB, apE), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
					}
				}
			}
		}
		// the nearest verb's subject is no phrase ("…the case that this
		// was a few bad apples, explaining …"): the first clause's subject
		if !medium {
			for m := 0; m < j-1; m++ {
				if tg := ts[m].Tag; (tg == "VBD" || tg == "VBZ" || tg == "VBP") && ts[m].wordy() && !a.inQuote(ts[m].Start) {
					if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) && !pronounLed(ts[b].lower) {
						return found{cue: cue, src: a.source(ts, b, e, apB, apE), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
					}
					break
				}
			}
			// an interrupting participle right after the sentence's
			// subject: "Trump, later alleging that Obama wanted 250,000,
			// said …"
			c := j - 1
			for c > 0 && ts[c].Tag == "RB" {
				c--
			}
			if ts[c].Text == "," && c > 0 {
				if b := npLeftFrom(ts, c-1); b == 0 && !countedSubject(ts, b, c-1) {
					return found{cue: cue, src: a.source(ts, b, c-1, -1, -1), from: cueEnd, to: sEnd, exFrom: ts[b].Start, exTo: cueEnd}, true
				}
			}
		}
	}
	// subject before the verb
	if b, e, apB, apE, rel, ok := cueSubject(ts, j); ok {
		if countedSubject(ts, b, e) || (t.lower == "told" && ts[e].lower == "all") {
			// "51 percent of respondents said": a poll result, not a source;
			// "all told": an idiom
			return found{}, false
		}
		f := found{cue: cue, src: a.source(ts, b, e, apB, apE), exFrom: ts[b].Start, exTo: cueEnd}
		if b > 0 && ts[b-1].lower == "as" && next < len(ts) && ts[next].Text == "," {
			// "As X explained, three taxes were postponed"
			f.from, f.to, f.outer = sStart, sEnd, true
			return f, true
		}
		after := next
		if cueVerbs[t.lower] == "tell" {
			if ae := npRight(ts, next); ae >= 0 {
				after = ae + 1 // "…, X told reporters."
			}
		}
		if b > 0 && ts[b-1].Text == "," && skipAdjuncts(ts, after) < len(ts) && ts[skipAdjuncts(ts, after)].Text == "," && !verbOnly[cueVerbs[t.lower]] && !attitudeCues[cueVerbs[t.lower]] {
			// a parenthetical attribution: "The plane was insured at $35
			// million, records show, and experts say …" covers the sentence
			f.from, f.to, f.outer = sStart, sEnd, true
			return f, true
		}
		if b > 0 && ts[b-1].Text == "," && after < len(ts) && ts[after].Text == ")" && !verbOnly[cueVerbs[t.lower]] {
			// a bracketed aside: "(at one point as low as 19%, Gutin says)"
			for k := b - 2; k >= 0; k-- {
				if ts[k].Text == "(" {
					f.from, f.to, f.outer = ts[k].Start, ts[after].end(), true
					return f, true
				}
			}
		}
		if trailing(ts, after) && !verbOnly[cueVerbs[t.lower]] && (b == 0 || ts[b-1].Text == "," || ts[b-1].Tag == "``" || ts[b-1].Text == ":") {
			f.from, f.to = sStart, ts[b].Start
			f.outer = b > 0
		} else {
			if !strongCues[cueVerbs[t.lower]] && !introducesClause(ts, next) && !(dataHead(ts, b, e) && !attitudeCues[cueVerbs[t.lower]] && !questionCues[cueVerbs[t.lower]] && objectHoldsNumber(ts, next)) && !(attitudeCues[cueVerbs[t.lower]] && (objectHoldsNumber(ts, next) || objectControl(ts, next)) || accusationCues[cueVerbs[t.lower]] && accusationFrame(ts, next) && !(cueVerbs[t.lower] == "vote" && next < len(ts) && ts[next].Tag == "CD")) {
				// ("the court voted 5 to 4": a tally, not a complement)
				return found{}, false
			}
			f.from, f.to = cueEnd, sEnd
			if (ts[b].lower == "who" || ts[b].lower == "that") && b > 0 && ts[b-1].Text != "," {
				// a restrictive relative ("respondents who support Sanders
				// are in college", "a supporter who wants to give more could
				// shell out $449,400"): its content is no clause without
				// "that", and ends where the main clause's verb comes
				if !strongCues[cueVerbs[t.lower]] && next < len(ts) && ts[next].lower != "that" && ts[next].lower != "to" && ts[next].Text != ":" && ts[next].Tag != "``" && !objectHoldsNumber(ts, next) {
					return found{}, false
				}
				for k := next + 1; k < len(ts); k++ {
					if tg := ts[k].Tag; (tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD") && (nounish(ts[k-1]) || ts[k-1].Tag == "RB") {
						f.to = ts[k].Start
						break
					}
					if ts[k].lower == "that" || ts[k].Text == ":" || ts[k].Tag == "``" {
						break // a complement clause of its own
					}
				}
			}
			if r := adjunctRelative(ts, next); r >= 0 && !introducesClause(ts, next) {
				// "cited the figure at last week's forum viewed by 14.7
				// million people": the adjunct's modifier is not content
				f.to = ts[r].Start
			}
			if rel >= 0 && (surveyNouns[ts[e].lower] || dataNouns[ts[e].lower]) {
				// "an analysis of groups that have raised $1 million or
				// more shows …": the relative clause is the survey's too
				f.from, f.exTo = ts[rel].Start, ts[rel].Start
			}
			if cueVerbs[t.lower] == "vote" {
				// the tally is not content: "voted 5 to 4 to stall the plan"
				for k := next; k < len(ts) && (ts[k].Tag == "CD" || ts[k].lower == "to" && k+1 < len(ts) && ts[k+1].Tag == "CD" || ts[k].Text == "-" || ts[k].Text == "–"); k++ {
					f.from = ts[k].end()
				}
			}
			if accusationCues[cueVerbs[t.lower]] && accusationFrame(ts, next) {
				// the accused are not content: "charged two bankers with
				// cheating 31 investors" (the charge is)
				for k := next; k+1 < len(ts); k++ {
					if (ts[k].lower == "with" || ts[k].lower == "of") && k > next {
						f.from = ts[k].Start
						break
					}
				}
			}
			if cueVerbs[t.lower] == "tell" {
				// the addressee is not content: "told 3,000 supporters that"
				if ae := npRight(ts, next); ae >= 0 {
					f.from = ts[ae].end()
				} else if next < len(ts) && ts[next].Tag == "CD" {
					f.from = ts[next].end()
					if ae := npRight(ts, next+1); ae >= 0 {
						f.from = ts[ae].end()
					}
				}
			}
		}
		return f, true
	}
	// inverted: "…, said X" / "…,” said X" (never a participle: in
	// "…, promising impossible growth" the phrase after the cue is its
	// object)
	if j > 0 && (ts[j-1].Text == "," || ts[j-1].Tag == "``") && t.Tag != "VBG" && !strings.HasSuffix(t.lower, "ing") {
		e := npRight(ts, next)
		if e < 0 {
			return found{}, false
		}
		apB, apE := apposRight(ts, e)
		exTo := ts[e].end()
		if apE >= 0 {
			exTo = ts[apE].end()
		}
		return found{cue: cue, src: a.source(ts, next, e, apB, apE), from: sStart, to: t.Start, exFrom: t.Start, exTo: exTo, outer: trailing(ts, e+1)}, true
	}
	return found{}, false
}

// possessor returns the index of the possessive before cue noun ts[j]
// ("Trump's", "his"), past at most two modifiers ("X's repeated emphasis",
// "Mrs. Lee's tax plan", "its British growth forecast"), or -1.
func possessor(ts []atok, j int) int {
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
// content is a complement ("that", "to", "of") or, for the nouns of a
// figure-bearing plan or estimate (planNouns), the clause the noun phrase is
// subject of ("Mrs. Lee's plan would cap deductions at 28 percent") or the
// rest of the clause of a verb whose object it is ("the fund edged up its
// forecast for Britain to 1.8 percent": the verb's subject is the source).
func (a *attributor) possessiveCue(ts []atok, j, sEnd int) (found, bool) {
	t := ts[j]
	p := possessor(ts, j)
	k := j + 1
	for k < len(ts) && (timeWords[ts[k].lower] || ts[k].lower == "last" || ts[k].lower == "this") {
		k++
	}
	if k >= len(ts) {
		return found{}, false
	}
	complement := ts[k].lower == "that" || ts[k].lower == "to" || ts[k].lower == "of"
	if !complement && planNouns[t.lower] {
		v := k
		for v < len(ts) && ts[v].Tag == "RB" {
			v++
		}
		if v < len(ts) && (ts[v].Tag == "MD" || ts[v].Tag == "VBZ" || ts[v].Tag == "VBD" || ts[v].Tag == "VBP") && subjectOpens(ts, p-npLenLeft(ts, p)) {
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
		} else if ts[p].Tag == "PRP$" && (ts[k].lower == "for" || ts[k].lower == "to" || ts[k].lower == "by" || ts[k].lower == "at") {
			// the object of a verb: "raised its forecast to 3 percent"
			m := p - 1
			for m >= 0 && (ts[m].Tag == "RP" || ts[m].Tag == "RB") {
				m--
			}
			if m >= 0 && (ts[m].Tag == "VBD" || ts[m].Tag == "VBZ" || ts[m].Tag == "VBP") {
				if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
					return found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, e, apB, apE), from: t.end(), to: sEnd, exFrom: ts[b].Start, exTo: t.end()}, true
				}
			}
		}
	}
	if !complement && planNouns[t.lower] && ts[k].Text == "," && ts[0].Tag == "IN" {
		// an opening adjunct: "By 2026, the final year of the budget
		// office's 10-year outlook, the deficit would reach $1.4 trillion"
		f, ok := a.possessiveFound(ts, j, p, sEnd)
		f.from = ts[k].end()
		return f, ok
	}
	if !complement {
		return found{}, false
	}
	return a.possessiveFound(ts, j, p, sEnd)
}

// levelAt returns the index of the first "at", "to" or "by" from ts[i] that
// sets a level ("at 28 percent", "to $15", "by 10 percent"), within the
// clause, or -1.
func levelAt(ts []atok, i int) int {
	for k := i; k+1 < len(ts); k++ {
		w := ts[k].lower
		if w == ";" || w == "," || w == "which" || w == "who" || w == "that" || ts[k].Tag == "``" {
			return -1 // (a relative or parenthetical is not the plan's)
		}
		if w != "at" && w != "to" && w != "by" {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+3; m++ {
			if ts[m].Tag == "CD" || ts[m].Text == "$" || ts[m].Text == "€" || ts[m].Text == "£" {
				return k
			}
			if !qualifierLinks[ts[m].lower] {
				break
			}
		}
	}
	return -1
}

// possessiveFound is the attribution of cue noun ts[j] whose possessive is
// ts[p], covering the rest of the sentence.
func (a *attributor) possessiveFound(ts []atok, j, p, sEnd int) (found, bool) {
	t := ts[j]
	b, e := p, p
	if isPossessive(ts[p]) {
		e = p - 1
		if e < 0 {
			return found{}, false
		}
		if b = npLeftFrom(ts, e); b < 0 {
			return found{}, false
		}
	}
	return found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, e, -1, -1), from: t.end(), to: sEnd, exFrom: ts[b].Start, exTo: t.end()}, true
}

// npLenLeft returns how many tokens before the possessive ts[p] belong to
// its noun phrase ("Mrs. Lee 's": 2).
func npLenLeft(ts []atok, p int) int {
	if !isPossessive(ts[p]) || p == 0 {
		return 0
	}
	if b := npLeftFrom(ts, p-1); b >= 0 {
		return p - b
	}
	return 0
}

// introducesClause reports whether a cue verb's complement starting at ts[i]
// is reported content: "that", a colon or a quote, possibly after adverbs
// and an addressee ("told reporters that").
func introducesClause(ts []atok, i int) bool {
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
					return m+1 < len(ts) && ts[m+1].lower == "that"
				}
				if !(ts[m].Tag == "RB" || ts[m].Tag == "IN" || ts[m].Tag == "DT" || ts[m].Tag == "JJ" || strings.HasPrefix(ts[m].Tag, "NN")) {
					break
				}
			}
			return false
		case t.lower == "that" || t.Text == ":" || t.Tag == "``" || t.lower == "if" || t.lower == "whether" ||
			t.lower == "how" || t.lower == "why" || t.lower == "what":
			return true
		case (t.Tag == "PRP" || t.Tag == "EX") && k+1 < len(ts) && (ts[k+1].Tag == "MD" || ts[k+1].Tag == "VBD" || ts[k+1].Tag == "VBZ" || ts[k+1].Tag == "VBP" || strings.HasPrefix(ts[k+1].Text, "'") || strings.HasPrefix(ts[k+1].Text, "’")):
			return true // a clause without "that": "suggest it would generate"
		case t.lower == "to" && k+1 < len(ts) && (strings.HasPrefix(ts[k+1].Tag, "VB") || ts[k+1].Tag == "RB" && k+2 < len(ts) && ts[k+2].Tag == "VB"):
			return true // "pledged to cut", "promised to forcibly deport"
		case (t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP" || t.Tag == "MD") && k > i && strings.HasPrefix(ts[k-1].Tag, "NN") && nominalRun(ts, i, k):
			return true // "claims his net worth is …": a clause without "that"

		case t.Tag == "RB" || t.Tag == "TO" || t.Tag == "IN" || t.Tag == "DT" || t.Tag == "PRP" || strings.HasPrefix(t.Tag, "NN") ||
			t.Tag == "PRP$" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CC" && k > i:
			continue // "wrote in his 1990 autobiography that"
		}
		return false
	}
	return false
}

// objectHoldsNumber reports whether the noun phrase after an attitude cue
// (after at most one preposition: "voted for", "called for") holds a
// number: "proposed a $275 billion plan", "supports a 35 percent tariff".
func objectHoldsNumber(ts []atok, i int) bool {
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
			if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Text == ";" || t.Text == "." {
				break
			}
			if t.Tag == "CD" && !yearLike(t.Text) && !(ts[k-1].lower == "in") {
				return true
			}
		}
	}
	for k := i; k < len(ts) && k < i+n; k++ {
		t := ts[k]
		switch {
		case t.Tag == "CD" && !(k > i && ts[k-1].lower == "in"):
			return true
		case qualifierLinks[t.lower] && k+1 < len(ts) && (ts[k+1].Tag == "CD" || ts[k+1].Text == "$" || qualifierLinks[ts[k+1].lower]):
			continue // "a turnout of more than 4 million", "up to $500"
		case t.Text == "$" || t.Text == "%" || t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "HYPH" ||
			strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "NN") || t.Tag == "RB":
			continue
		case gerund && (t.Tag == "VBG" || t.Tag == "TO" || t.lower == "of" || t.lower == "to" || t.lower == "by" || t.lower == "for"):
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
func objectControl(ts []atok, i int) bool {
	if i < len(ts) && ts[i].Tag == "IN" {
		i++
	}
	e := npRight(ts, i)
	if e < 0 {
		return false
	}
	k := e + 1
	if k < len(ts) && ts[k].Text == "," {
		m := k + 1
		for m < len(ts) && m-k <= 10 && ts[m].Text != "," {
			if tg := ts[m].Tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" || tg == "``" {
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
	return k+1 < len(ts) && ts[k].lower == "to" && ts[k+1].Tag == "VB"
}

// qualifierLinks join a noun phrase to its number: "of more than 4
// million", "up to $500", "at least 30".
var qualifierLinks = attrWordSet(`of than to up at least as much many more less fewer about around nearly almost some roughly over under`)

// accusationFrame reports whether an accusation cue's complement is an
// object and the charge: "charged two developers with defrauding
// investors", "accused the group of inflating the toll".
func accusationFrame(ts []atok, i int) bool {
	e := npRight(ts, i)
	if e < 0 || e+2 >= len(ts) {
		return false
	}
	if apB, apE := apposRight(ts, e); apB >= 0 && apE+2 < len(ts) && ts[apE+1].Text == "," {
		e = apE + 1 // "charged two developers, X and Y, with …"
	}
	w := ts[e+1].lower
	return (w == "with" || w == "of") && (ts[e+2].Tag == "VBG" || nounish(ts[e+2]) || ts[e+2].Tag == "DT" || ts[e+2].Tag == "PRP$" || ts[e+2].Tag == "CD" || ts[e+2].Text == "$")
}

// nominalRun reports whether ts[i:k] is a plain noun phrase (determiners,
// possessives, adjectives, nouns, numbers and their qualifiers, "and").
func nominalRun(ts []atok, i, k int) bool {
	for ; i < k; i++ {
		t := ts[i].Tag
		if !(t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") ||
			t == "CC" && i > 0 || qualifierLinks[ts[i].lower] && i+1 < k && ts[i+1].Tag == "CD" || t == "IN" && i > 0 && ts[i].lower != "that") {
			return false
		}
	}
	return true
}

// cueNouns report a source's statement when a possessive names the source:
// "Mr. Trump's claim that", "the ministry's estimate of".
var cueNouns = attrWordSet(`claim claims assertion assertions estimate estimates prediction predictions promise
pledge forecast forecasts projection projections statement warning contention argument boast emphasis insistence
plan plans proposal proposals outlook budget`)

// planNouns are cue nouns that carry the source's own figures: a plan
// or an estimate is the subject of a clause stating them ("X's plan would
// cap …", "the ministry's estimate puts …") or the object of a verb revising
// them ("raised its forecast to …").
var planNouns = attrWordSet(`plan plans proposal proposals estimate estimates forecast forecasts projection projections
outlook prediction predictions budget`)

// byNouns head the phrase of "by <count or estimate>," opening a clause.
var byNouns = attrWordSet(`tally tallies count counts estimate estimates calculation calculations reckoning account
accounts measure measures figures analysis`)

// surveyNouns head the phrases that "in" turns into a source.
var surveyNouns = attrWordSet(`poll polls survey surveys study studies report analysis census tally count data average
figures estimates projections`)

// genericPolls reports a plural survey phrase that names no survey: "to
// earn 15 percent in the polls", "a blip in national polls".
func genericPolls(ts []atok) bool {
	if len(ts) == 0 || ts[len(ts)-1].Tag != "NNS" {
		return false
	}
	for _, t := range ts {
		if t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD" || t.Text != t.lower {
			return false
		}
	}
	return true
}

func holdsSurvey(ts []atok) bool {
	for _, t := range ts {
		if surveyNouns[t.lower] {
			return true
		}
	}
	return false
}

// dataVerbs read a survey's or count's figures when the survey or count is
// their subject ("the poll puts …", "the count gives …", "the poll has …").
var dataVerbs = attrWordSet(`put puts has had have gives gave give giving putting`)

// questionCues ask or answer: a survey that "asked about all four
// candidates" states nothing.
var questionCues = attrWordSet(`ask answer reply respond`)

// dataHead reports whether the head of the phrase ts[b..e] is a survey or
// a count: its last word, or the word before a post-modifier ("a survey
// released Friday", "the average of three polls").
func dataHead(ts []atok, b, e int) bool {
	h := e
	for k := b + 1; k <= e; k++ {
		if ts[k].Tag == "VBN" || ts[k].Tag == "VBD" || ts[k].lower == "of" || ts[k].lower == "by" || ts[k].lower == "from" {
			h = k - 1
			break
		}
	}
	w := ts[h].lower
	return dataNouns[w] || surveyNouns[w] || w == "average"
}

// estimateVerbs put a figure on something in the frame "V <object> at
// <number>": "put his fortune at $4.5 billion", "pegs the cost at $10
// billion", "placed the toll at 267" (atFigure).
var estimateVerbs = attrWordSet(`put puts putting peg pegs pegged pegging place places placed placing`)

// atFigure reports whether ts[i:] reads "<noun phrase> at <number>": a
// short object then "at" and, past qualifier words, a number or currency.
func atFigure(ts []atok, i int) bool {
	if i < len(ts) && ts[i].Tag == "PRP$" {
		i++ // "her fortune" (npRight reads "her" as a pronoun)
	}
	e := npRight(ts, i)
	if e < 0 || e-i > 8 {
		return false
	}
	// a prepositional modifier of the object: "his support among likely
	// voters at 5 percent"
	if e+2 < len(ts) && ts[e+1].Tag == "IN" && ts[e+1].lower != "at" {
		if pe := npRight(ts, e+2); pe > 0 && pe-e <= 6 {
			e = pe
		}
	}
	if e+2 >= len(ts) || ts[e+1].lower != "at" {
		return false
	}
	for k := e + 2; k < len(ts) && k <= e+5; k++ {
		if ts[k].Tag == "CD" || ts[k].Text == "$" || ts[k].Text == "€" || ts[k].Text == "£" {
			return true
		}
		if !qualifierLinks[ts[k].lower] && ts[k].lower != "roughly" && ts[k].lower != "just" && ts[k].Tag != "DT" && !strings.HasPrefix(ts[k].Tag, "JJ") {
			return false
		}
	}
	return false
}

// figureFrame reports whether a data verb's complement reads a figure for
// someone: a short noun phrase then "at", a participle or a number ("puts
// his support at 5 percent", "has Clinton leading by six points", "gives
// her 1,280 delegates"); "the report had two columns" is not one.
func figureFrame(ts []atok, i int) bool {
	for k := i; k < len(ts) && k < i+8; k++ {
		t := ts[k]
		switch {
		case k > i && (t.lower == "at" || t.Tag == "VBG" || t.Tag == "CD" || t.Text[0] >= '0' && t.Text[0] <= '9'):
			return true // ("gives her a 30-point lead")
		case t.Tag == "DT" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") ||
			k > i && t.Tag == "IN":
			continue
		}
		return false
	}
	return false
}

var proportionWords = attrWordSet(`percent percentage half third thirds quarter quarters majority minority
proportion share number most plurality`)

// mediumNouns carry a statement: "X shot back in an article stating that".
var mediumNouns = attrWordSet(`article statement interview letter email e-mail memo post tweet speech release
op-ed column video message note filing`)

// countedSubject reports whether the subject holds a number: "51 percent
// of voters said", "two-thirds of respondents say".
func countedSubject(ts []atok, b, e int) bool {
	c := b - 1
	for c > 0 && ts[c].Tag == "CD" && ts[c-1].Tag == "CD" {
		c-- // "$20 million experts": the run's first number
	}
	if b >= 1 && ts[b-1].Tag == "CD" && (c < 1 || ts[c-1].Text != "$") && (ts[e].Tag == "NNS" || ts[e].Tag == "NNPS") {
		return true // "six in 10 voters said" (not "Fight for $15 director X said")
	}
	if proportionWords[ts[e].lower] {
		return true // "the majority say", "half said"
	}
	if b >= 2 && ts[b-1].lower == "of" && proportionWords[ts[b-2].lower] {
		return true // "half of voters say", "the proportion of voters saying"
	}
	if b >= 2 && ts[b-1].lower == "of" {
		for i := b - 2; i >= 0 && i >= b-4; i-- {
			if ts[i].Tag == "CD" || ts[i].Text == "%" || ts[i].lower == "percent" {
				return true
			}
		}
	}
	for i := b; i <= e; i++ {
		if ts[i].Tag == "CD" && ts[i].lower != "one" {
			return true
		}
	}
	return false
}

func prevTok(ts []atok, j int) atok {
	if j == 0 {
		return atok{}
	}
	return ts[j-1]
}

// trailing reports whether the tokens from i to the end of the sentence are
// only adjuncts of a closing attribution clause ("in a statement", "on
// Thursday", ", adding …").
func trailing(ts []atok, i int) bool {
	// a direct object right after the verb is content, not an adjunct
	k := i
	for k < len(ts) && ts[k].Tag == "RB" {
		k++
	}
	if k < len(ts) {
		t := ts[k]
		if (t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) &&
			!timeWords[t.lower] && !(k+1 < len(ts) && timeWords[ts[k+1].lower] && (k+2 >= len(ts) || ts[k+2].lower != "of")) {
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
		case t.Tag == "``" || t.lower == "that":
			return false
		case t.Tag == "CD" && i > 0 && (ts[i-1].Tag == "IN" || ts[i-1].Tag == "DT") && (t.lower == "one" || yearLike(t.Text) || ts[i-1].Tag == "IN") &&
			!(ts[i-1].Tag == "IN" && qualifierLinks[ts[i-1].lower] && ts[i-1].lower != "at"):
			// "said at one point", "said in a 2014 interview" (not "said …
			// yields a 10% bump", nor a qualified object: "reported about
			// 900 deaths")
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VB" || t.Tag == "MD" || t.Tag == "CD":
			return false
		}
		n++
		if n > 12 {
			return false
		}
	}
	return true
}

// yearLike reports a four-digit year ("2014").
func yearLike(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// source builds the Source of the phrase ts[b..e] with appositive
// ts[apB..apE] (apB < 0: none).
func (a *attributor) source(ts []atok, b, e, apB, apE int) *claims.Source {
	src := &claims.Source{Mention: a.d.Text[ts[b].Start:ts[e].end()], Start: ts[b].Start, End: ts[e].end()}
	src.Name, src.Kind = a.resolveNP(ts, b, e)
	if src.Name == "" {
		src.Name = src.Mention
	}
	if role := preRole(ts, b, e); role != "" {
		src.Role = role
		if src.Kind == "" {
			src.Kind = kindPerson
		}
	}
	if apB >= 0 {
		role, aff, kind := a.appositive(ts, apB, apE)
		if role != "" && src.Role == "" {
			src.Role = role
		}
		if aff != "" {
			src.Affiliation = aff
		}
		if src.Kind == "" {
			src.Kind = kind
		}
	}
	return src
}

// cueSubject finds the subject of cue verb ts[j]: the noun phrase before
// it (subjectLeft), or, when that phrase is a date or sits inside a
// post-modifier of a longer subject ("the average of polls taken over the
// past two weeks shows"), the head noun phrase of that subject
// (headSubject; rel is the index of a relative pronoun inside it, or -1).
func cueSubject(ts []atok, j int) (b, e, apB, apE, rel int, ok bool) {
	b, e, apB, apE, ok = subjectLeft(ts, j, 0)
	rel = -1
	// (an agent is the source already: "a 2014 examination by X found")
	inner := ok && b > 0 && apB < 0 && (postLinkers[ts[b-1].lower] && ts[b-1].lower != "that" && ts[b-1].lower != "which" && ts[b-1].lower != "who" && ts[b-1].lower != "by" ||
		ts[b-1].Tag == "VBN" || ts[b-1].Tag == "VBG" || ts[b-1].Tag == "CD" ||
		ts[b-1].lower == "to" && b >= 2 && strings.HasPrefix(ts[b-2].Tag, "VB")) // "… as they speak to business leaders shows"
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

// skipAdjuncts returns the index after adverbs and prepositional adjuncts
// from ts[i] ("explained earlier in the committee hearing, …"): a
// preposition and a noun phrase holding no number but a year.
func skipAdjuncts(ts []atok, i int) int {
	for i < len(ts) {
		t := ts[i]
		switch {
		case (t.Tag == "RB" || t.Tag == "RBR" || auxWords[t.lower]) && t.lower != "not":
			i++
			continue
		case t.Tag == "IN" && t.lower != "that" && t.lower != "because" && t.lower != "if":
			e := npRight(ts, i+1)
			if e < 0 {
				return i
			}
			for m := i + 1; m <= e; m++ {
				if ts[m].Tag == "CD" && !yearLike(ts[m].Text) {
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

// earlierSurvey reports a survey phrase that points back at an earlier
// result ("the last poll", "the previous Washington Post poll"): a
// comparison, not a source.
func earlierSurvey(ts []atok) bool {
	for _, t := range ts {
		switch t.lower {
		case "last", "previous", "prior", "earlier":
			return true
		}
		if surveyNouns[t.lower] {
			return false
		}
	}
	return false
}

// afterCueVerb reports whether ts[j] follows a cue verb, past adverbs: the
// verb's adjunct ("the agency said in a June report").
func afterCueVerb(ts []atok, j int) bool {
	k := j - 1
	for k >= 0 && ts[k].Tag == "RB" {
		k--
	}
	return k >= 0 && strings.HasPrefix(ts[k].Tag, "VB") && isCueVerbAfter(ts[k], prevTok(ts, k))
}

// objectRelative reads a cue verb in a relative clause whose gapped
// object is a number phrase before it: "the 1.2 billion dollars it expects
// to collect", "the 30 people the agency reported missing", or the
// comparison "$130 billion more than the budget office had projected". The
// subject of the verb is the source of the phrase (a definite noun phrase
// holding a number, or the number before "more/less than"); the verb has no
// object of its own.
func (a *attributor) objectRelative(ts []atok, j int) (found, bool) {
	t := ts[j]
	if !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" || t.Tag == "VBN" && (j == 0 || !auxWords[ts[j-1].lower]) {
		return found{}, false
	}
	b, e, apB, _, _, ok := cueSubject(ts, j)
	if !ok || apB >= 0 {
		return found{}, false
	}
	// the object noun and a proper-name subject read as one phrase: "the
	// 22.3 billion gallons Congress had sought"
	for m := b; m < e; m++ {
		if !ts[m].capitalised() && strings.HasPrefix(ts[m].Tag, "NN") && ts[m+1].capitalised() {
			b = m + 1
			break
		}
	}
	if b < 2 || countedSubject(ts, b, e) || ts[b].lower == "who" || ts[b].lower == "which" || ts[b].lower == "that" {
		return found{}, false // ("the 900 people who voted": a subject relative)
	}
	n := j + 1
	for n < len(ts) && ts[n].Tag == "RB" {
		n++
	}
	if n < len(ts) {
		w := ts[n]
		gap := w.lower == "to" || w.Text == "," || w.Text == "." || w.Text == ";" || w.Text == ")" || timeWords[w.lower] || monthWords[w.lower] ||
			w.lower == "last" || w.lower == "this" || w.lower == "in" || w.lower == "on" || w.lower == "for" || w.lower == "earlier" ||
			(strings.HasPrefix(w.Tag, "JJ") || w.Tag == "VBG" || w.Tag == "VBN") && n+1 < len(ts) && (ts[n+1].Text == "," || ts[n+1].Text == ".") // "reported missing"
		if !gap && (w.Tag == "PRP" || w.Tag == "NNP") && n+2 < len(ts) {
			// the gap inside the complement: "the minimum $20 million
			// experts say it costs to run", "the 3 people the Post reported
			// Clinton is vetting"
			v := n + 1
			for v < len(ts) && (ts[v].Tag == "NNP" || ts[v].Tag == "RB" || auxWords[ts[v].lower] && v+1 < len(ts) && strings.HasPrefix(ts[v+1].Tag, "VB")) {
				v++
			}
			if v+1 < len(ts) && strings.HasPrefix(ts[v].Tag, "VB") {
				x := ts[v+1]
				gap = x.lower == "to" || x.Text == "," || x.Text == "." || x.lower == "in" || x.lower == "on" || x.lower == "for" || timeWords[x.lower]
			}
		}
		if !gap {
			return found{}, false
		}
	}
	h := b - 1
	if ts[h].lower == "that" || ts[h].lower == "which" {
		if n < len(ts) && ts[n].lower == "to" {
			// "the handgun that he plans to use …" may be a complement
			// clause ("wrote that he plans to …"): only a reduced relative
			return found{}, false
		}
		h--
	}
	if h < 1 {
		return found{}, false
	}
	from := -1
	switch ts[h].lower {
	case "than":
		if c := ts[h-1].lower; c == "more" || c == "less" || c == "fewer" || c == "higher" || c == "lower" || c == "greater" {
			m := h - 2
			for m >= 0 && (ts[m].Tag == "CD" || ts[m].Text == "$" || ts[m].Text == "%" || ts[m].lower == "percent" || qualifierLinks[ts[m].lower]) {
				m--
			}
			if m < h-2 && ts[m+1].Tag == "CD" || m < h-3 {
				from = ts[m+1].Start
			}
		}
	default:
		if !nounish(ts[h]) && ts[h].Tag != "CD" {
			return found{}, false
		}
		hb := h
		for hb > 0 && (nounish(ts[hb-1]) || ts[hb-1].Tag == "CD" || ts[hb-1].Text == "$") && h-hb < 8 {
			hb--
		}
		if hb == 0 || ts[hb-1].lower != "the" {
			return found{}, false
		}
		for m := hb; m <= h; m++ {
			if ts[m].Tag == "CD" {
				from = ts[hb-1].Start
			}
		}
	}
	if from < 0 {
		return found{}, false
	}
	return found{cue: a.span(t.Start, t.end()), src: a.source(ts, b, e, -1, -1), from: from, to: ts[b].Start, exFrom: ts[b].Start, exTo: t.end(), relative: true}, true
}

// nounTaggedVerb reads a third-person form of an attitude cue that prose
// tagged as a plural noun as the verb, between a name and a verb phrase:
// "Sanders supports raising the wage", "Lee wants to", "Ruiz opposes the".
func nounTaggedVerb(ts []atok, j int) bool {
	t := ts[j]
	l, ok := cueVerbs[t.lower]
	if !ok || !verbOnly[l] || t.Tag != "NNS" || !strings.HasSuffix(t.lower, "s") || j == 0 || j+1 >= len(ts) {
		return false
	}
	p, n := ts[j-1], ts[j+1]
	return p.capitalised() && (p.Tag == "NNP" || p.Tag == "NNS" || p.Tag == "NNPS") &&
		(n.Tag == "VBG" || n.Tag == "TO" || n.Tag == "DT" || n.Tag == "PRP$")
}

// showNoun reads "show(s)" tagged as a noun as the verb when a clause
// follows: "documents from his tax return show he took".
func showNoun(ts []atok, j int) bool {
	t := ts[j]
	if (t.lower != "show" && t.lower != "shows") || !strings.HasPrefix(t.Tag, "NN") || j == 0 || j+1 >= len(ts) {
		return false
	}
	n := ts[j+1]
	return strings.HasPrefix(ts[j-1].Tag, "NN") && (n.Tag == "PRP" || n.lower == "that")
}

// adjunctRelative finds, in a cue's object, a reduced passive relative
// inside a prepositional adjunct after a number-free object ("cited the
// figure at last week's forum viewed by 14.7 million people") and returns
// the participle's index, or -1.
func adjunctRelative(ts []atok, i int) int {
	e := npRight(ts, i)
	if e < 0 || e+1 >= len(ts) || ts[e+1].Tag != "IN" || ts[e+1].lower == "of" {
		return -1
	}
	for m := i; m <= e; m++ {
		if ts[m].Tag == "CD" || ts[m].Text == "$" {
			return -1
		}
	}
	pe := npRight(ts, e+2)
	if pe < 0 || pe+2 >= len(ts) {
		return -1
	}
	if p := ts[pe+1]; (p.Tag == "VBN" || p.Tag == "VBD") && ts[pe+2].lower == "by" {
		return pe + 1
	}
	return -1
}
