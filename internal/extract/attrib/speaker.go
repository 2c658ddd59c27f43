package attrib

import (
	"regexp"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Speakers of direct quotes.
//
// A quote's speaker is read, in order, from:
//
//  1. its tail, the clause right after the closing mark (speaker_tail.go):
//     "“…,” said X, the Y of Z", "“…,” X, the Y of Z, said", "“…?” the man
//     shouted", "“…,” according to X"; after a quote that ends its own
//     sentence only a speech verb with nothing but adjuncts after it ("“We
//     won.” Kim said on Monday."), never a clause leading into the next
//     quote;
//  2. its lead-in, the clause right before the opening mark
//     (speaker_lead.go): "X said, “…”", "X told reporters: “…”", "…,
//     saying, “…”" and "X said … and added, “…”" (the main clause's
//     subject), "Said X, …, “…”", "a sign that read “…”" (its holder), "X
//     was asked, “…?”" (the interviewer, not X), "Headline - Source: “…”";
//  3. the older, looser readings of a cue after the quote in its sentence
//     and of a lead-in before it (speakerAfter, speakerBefore);
//  4. the quote before it, when the text makes the continuation clear: a
//     quote sentence of its own in the same paragraph ("“…,” X said.
//     “…”"), or a quote that opens its paragraph right after a quote that
//     closed the previous one;
//  5. for a paragraph that is nothing but the quote: an attribution
//     sentence closing the paragraph before ("X spoke to reporters on
//     Monday."), a dash signature after it ("— Bernie Sanders."), or the
//     next paragraph's quote when that one names its speaker at once.
//
// A speaker read from the quote's own tail or lead-in (1, 2, or 3 when the
// lead-in ends right at the mark) outranks the other cues of the sentence
// (attribution.go asks quoteTail first). A "he"/"she" speaker resolves to
// a named person (pronounSpeaker). The mention is the source's words in
// the attribution sentence.
func (a *attributor) speaker(qi int) *found {
	q := &a.quotes[qi]
	if q.done {
		return q.speaker
	}
	q.done = true
	// "Q: \"…\"" of an unnamed interviewer: no one's (transcript.go)
	unvoiced := a.unvoicedLabel(qi)
	if f := a.labelledQuote(qi); f != nil {
		q.speaker, q.by = f, "labelled-quote" // "\"CLINTON: I feel …", "A: \"…\"" (transcript.go)
	} else if unvoiced {
		q.speaker = nil
	} else if f := a.labelNameLine(qi); f != nil {
		q.speaker, q.by = f, "label-name-line" // "Name, role" ¶ … ¶ "Topic label: “…”" (nameline.go)
	} else if f := a.ownedQuote(qi); f != nil {
		q.speaker, q.tail, q.by = f, true, "owned-quote"
	} else if f := a.tailSpeaker(qi); f != nil {
		q.speaker, q.tail, q.by = f, true, "tail"
	} else if f := a.leadSpeaker(qi); f != nil {
		q.speaker, q.tail, q.by = f, true, "lead"
	} else if f := a.speakerAfter(qi); f != nil {
		q.speaker, q.by = f, "cue-after"
	} else if f := a.wordsOfSpeaker(qi); f != nil {
		q.speaker = f // "“…” ¶ Those were the words of X"
	} else if f := a.speakerBefore(qi); f != nil {
		// a lead-in right before the mark ("he said, “…”", "X told
		// reporters: “…”") is the quote's own attribution too
		q.speaker, q.tail = f, f.cue.End <= q.Start && len(strings.Fields(a.d.Text[f.cue.End:q.Start])) <= 4
		q.by = "cue-before"
	} else if qi > 0 && a.continues(qi) {
		if prev := a.speaker(qi - 1); prev != nil {
			f := *prev
			q.speaker, q.by = &f, "continued"
		}
	}
	if q.speaker == nil && !unvoiced && a.paragraphQuote(qi) {
		if f := a.introSpeaker(qi); f != nil {
			q.speaker, q.by = f, "intro-sentence"
		} else if f := a.dashSignature(qi); f != nil {
			q.speaker, q.tail, q.by = f, true, "dash-signature"
		} else if qi+1 < len(a.quotes) && a.paragraphOpener(qi+1) && a.paraOf(q.Start)+1 == a.paraOf(a.quotes[qi+1].Start) {
			// “A.” ¶ “B,” X said. — the next paragraph's quote names its
			// speaker at once: one speaker for both
			if next := a.speaker(qi + 1); next != nil && a.quotes[qi+1].tail {
				f := *next
				q.speaker, q.by = &f, "next-paragraph"
			}
		}
	}
	if q.speaker == nil && !unvoiced {
		if f := a.interviewAnswer(qi); f != nil {
			q.speaker, q.by = f, "interview-answer" // (interview.go)
		}
	}
	if q.speaker == nil && !unvoiced {
		q.speaker = a.nameLineSpeaker(qi) // a name line over quoted paragraphs (nameline.go)
	}
	if q.speaker != nil && q.speaker.src != nil {
		a.pronounSpeaker(qi, q.speaker.src)
	}
	if q.speaker != nil {
		q.speaker.from, q.speaker.to = q.Start, q.End
		q.speaker.exFrom, q.speaker.exTo = 0, 0
	}
	return q.speaker
}

// quoteTail returns the speaker of the quote holding byte offset off when
// it was read from the quote's own attribution clause ("“…,” X said"), or
// nil: such a speaker outranks the other cues of the sentence ("Biden,
// telling Mic in an interview, “…,” he said").
func (a *attributor) quoteTail(off int) *found {
	qi := quoteAt(a.quotes, off)
	if qi < 0 {
		return nil
	}
	sp := a.speaker(qi)
	if sp == nil || !a.quotes[qi].tail {
		return nil
	}
	return sp
}

// closeSentence is the sentence holding quote qi's closing mark (or the
// character before it, when the mark ends the text), or -1.
func (a *attributor) closeSentence(qi int) int {
	q := a.quotes[qi]
	if si := a.d.SentenceAt(q.End); si >= 0 {
		return si
	}
	return a.d.SentenceAt(q.End - 1)
}

// speakerAfter looks for a cue after the closing mark.
func (a *attributor) speakerAfter(qi int) *found {
	q := a.quotes[qi]
	si := a.closeSentence(qi)
	if si < 0 {
		return nil
	}
	if f := a.speakerIn(qi, si); f != nil {
		return f
	}
	// a short attribution sentence of its own: "“…” Trump said.", or one
	// the segmenter cut after a title ("''…,'' Mr. | King said.")
	if next := si + 1; next < len(a.d.Sentences) {
		ns := a.d.Sentences[next]
		between := strings.TrimSpace(a.d.Text[q.End:ns.Start])
		if ns.Para == a.d.Sentences[si].Para && (between == "" || lexicon.NameTitles[between]) && len(a.tokens(next)) <= 12 {
			return a.speakerIn(qi, next)
		}
	}
	return nil
}

// speakerIn looks for the cue of quote qi in sentence si, after the quote.
func (a *attributor) speakerIn(qi, si int) *found {
	q := a.quotes[qi]
	lim := a.d.Sentences[si].End
	if qi+1 < len(a.quotes) && a.quotes[qi+1].Start < lim {
		lim = a.quotes[qi+1].Start
	}
	ts := a.tokens(si)
	s := a.d.Sentences[si]
	n := 0
	for j, t := range ts {
		if t.Start < q.End || t.Start >= lim {
			continue
		}
		n++
		if n > 24 {
			break // room for a long appositive: "''…,'' X, an adviser to … and former director of Y, wrote"
		}
		if !isCueVerbAfter(t, prevTok(ts, j)) && !quoteCueVerb(t, prevTok(ts, j)) {
			continue
		}
		f, ok := a.quoteCue(ts, j, s.Start, s.End)
		if !ok || f.src == nil || f.src.Start < q.End || !textReadResolved(t, &f) {
			continue
		}
		return &f
	}
	return nil
}

// speakerBefore looks for a lead-in before the opening mark.
func (a *attributor) speakerBefore(qi int) *found {
	q := a.quotes[qi]
	// (a lead-in sentence of its own may be any sentence of the paragraph
	// before the quote: "X pointed out." ¶ … — see leadInStart)
	si, floor, ok := a.leadInStart(qi, true)
	if !ok {
		return nil
	}
	ts := a.tokens(si)
	s := a.d.Sentences[si]
	last := -1
	for j, t := range ts {
		if t.Start < floor || t.Start >= q.Start {
			continue
		}
		last = j
	}
	if last < 0 {
		return nil
	}
	colon := ts[last].Text == ":"
	if colon {
		if f := a.nameBeforeColon(ts, last, floor); f != nil {
			return f
		}
		if f := a.statementByBeforeColon(ts, last, floor); f != nil {
			return f
		}
	}
	for j := last; j >= 0 && ts[j].Start >= floor; j-- {
		if !isCueVerbAfter(ts[j], prevTok(ts, j)) && !quoteCueVerb(ts[j], prevTok(ts, j)) {
			continue
		}
		if isPassiveHedge(ts, j) {
			// an agentless passive names no speaker; the cue before it
			// does: "Das said inflation was expected to ease to
			// “around 4.5 per cent”"
			continue
		}
		f, ok := a.quoteCue(ts, j, s.Start, s.End)
		if ok && f.src != nil && !textReadResolved(ts[j], &f) {
			continue
		}

		if !ok || f.src == nil || f.src.Start < floor {
			if colon {
				break // "X had this to say about it:": see the colon lead-ins below
			}
			return nil
		}
		return &f
	}
	if colon {
		if f, decided := a.colonCopula(ts, last, floor); decided {
			return f // "X was blunt: “…”" (colonlead.go)
		}
		if f := a.clauseBeforeColon(ts, last, floor); f != nil {
			return f
		}
	}
	return a.phraseBeforeMark(ts, last, floor)
}

// nameBeforeColon: "… – Carl Bialik: “…”": a name right before the colon
// ts[last] is the speaker, whatever verb stands further left.
func (a *attributor) nameBeforeColon(ts []text.Token, last, floor int) *found {
	if last > 0 && ts[last-1].Tag == "NNP" {
		if b := npLeftFrom(ts, last-1); b >= 0 && ts[b].Start >= floor && ts[b].Text != ts[b].Lower {
			if m := b - 1; m < 0 || ts[m].Text == "-" || ts[m].Text == "—" || ts[m].Text == "–" || ts[m].Text == "," || ts[m].Text == ":" {
				return &found{cue: a.span(ts[last].Start, ts[last].End()), src: a.source(ts, b, last-1, -1, -1)}
			}
		}
	}
	return nil
}

// statementByBeforeColon: "… how the website rated this statement by
// Trump on June 11:": the author of the statement the lead-in introduces.
func (a *attributor) statementByBeforeColon(ts []text.Token, last, floor int) *found {
	for m := last - 2; m >= 0 && ts[m].Start >= floor && last-m <= 8; m-- {
		if !statementNouns[ts[m].Lower] || ts[m+1].Lower != "by" {
			continue
		}
		e := npRight(ts, m+2)
		for k := m + 2; k <= e; k++ {
			if (ts[k].Lower == "on" || ts[k].Lower == "in") && k+1 <= e && dateNP(ts, k+1, k+1) {
				e = k - 1
				break
			}
		}
		if e >= m+2 {
			return &found{cue: a.span(ts[last].Start, ts[last].End()), src: a.source(ts, m+2, e, -1, -1)}
		}
	}
	return nil
}

// clauseBeforeColon: a colon lead-in clause with a verb of its own gives
// its subject: "A paper from X had this to say about the plan: “…”", "The
// campaign worded it more carefully: “…”" (after any dash: "What it means
// - More from Jones: “…”" is verbless).
func (a *attributor) clauseBeforeColon(ts []text.Token, last, floor int) *found {
	seg := 0
	for m := 0; m < last; m++ {
		if p := ts[m].Text; ts[m].Start < floor || p == "—" || p == "–" || p == "-" {
			seg = m + 1
		}
	}
	for m := seg; m < last; m++ {
		if tg := ts[m].Tag; tensedTag(tg) && (!copulas[ts[m].Lower] || m+1 < last && ts[m+1].Tag == "VBG") {
			if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && b >= seg && !countedSubject(ts, b, e) {
				return &found{cue: a.span(ts[last].Start, ts[last].End()), src: a.source(ts, b, e, apB, apE)}
			}
			break
		}
	}
	return nil
}

// phraseBeforeMark: "X: “…”" / "X — “…”", a phrase with no verb of its
// own before a colon or dash ts[last] ("the statement reads as follows:").
func (a *attributor) phraseBeforeMark(ts []text.Token, last, floor int) *found {
	p := ts[last].Text
	if p != ":" && p != "—" && p != "–" && p != "-" {
		return nil
	}
	e, cueStart := last-1, ts[last].Start
	if e >= 2 && ts[e].Lower == "follows" && ts[e-1].Lower == "as" {
		e, cueStart = e-2, ts[e-1].Start // "the statement reads as follows:"
		if e >= 0 && (ts[e].Lower == "reads" || ts[e].Lower == "is" || ts[e].Lower == "was") {
			e--
		}
	}
	if e >= 0 {
		if b := npLeftFrom(ts, e); b >= 0 && ts[b].Start >= floor {
			if f, decided := a.colonPPObject(ts, b, last, floor); decided {
				return f // "X read figures on the minister's behalf: “…”" (colonlead.go)
			}
			if f, decided := a.colonNotPhrase(ts, b, e, last, floor); decided {
				return f // "… ranged from skeptical to hostile: “…”", "Isaiah 45:1 reads: “…”" (colonlead.go)
			}
			if _, d := text.Dateline(a.d.Text); d > ts[e].Start {
				return nil // "NAIROBI — “…”": a dateline is no speaker (rule dateline-no-party)
			}
			if p != ":" && (b > 0 && ts[b-1].Start >= floor) {
				return nil // "light-years away from Earth — “…”": a dash after a clause names no one
			}
			return &found{cue: a.span(cueStart, ts[last].End()), src: a.source(ts, b, e, -1, -1)}
		}
	}
	return nil
}

// quoteCueVerb: verbs that introduce a quoted text but no reported
// clause: "At the bottom it reads, “…”", "a sign that read “15%!”"; and,
// whatever the tagger made of it, "read" right after a text's noun
// (rule text-read: "“…,” the statement read.", "“…,” the editorial
// read.", "Oxfam's statement read: “…”"; PolNeAR train), whose owner
// the noun resolves to.
func quoteCueVerb(t, prev text.Token) bool {
	if !readVerbs[t.Lower] {
		return false
	}
	return strings.HasPrefix(t.Tag, "VB") || readTextNouns[prev.Lower]
}

// textReadResolved reports whether the cue t, when only rule text-read
// made it one ("read" the tagger did not take for a verb), found a text
// whose owner is named ("Oxfam's statement read:" → Oxfam): "the
// statement" left as written gives way to the quote's other readings
// ("Dr Jide Idris, in a statement on Sunday, urged …. “…,” the statement
// read." is Idris's, read from the sentence before). It names the rule.
func textReadResolved(t text.Token, f *found) bool {
	if !readVerbs[t.Lower] || strings.HasPrefix(t.Tag, "VB") {
		return true
	}
	if f.src.Name == "" || strings.EqualFold(f.src.Name, f.src.Mention) {
		return false
	}
	f.rule = "quote-speaker/" + ruleTextRead
	return true
}

const ruleTextRead = "text-read"

// quoteAnnouncingObjects, after "the", are the object of a speech verb
// that announces the quote to come (rule intro-the-following: "Trump said
// the following.", "tweeting the following:").
var quoteAnnouncingObjects = lexicon.WordSet(`following`)

// readVerbs are the forms of "read" by which a text gives its words
// ("the statement read", "a sign that reads") (rule text-read).
var readVerbs = lexicon.WordSet(`read reads`)

// textVerbs are the verbs by which a text, not a speaker, gives its words:
// readVerbs and "follows" ("the letter reads:", "the text is as follows:");
// never the copula of a colon lead-in (colonCopula).
var textVerbs = lexicon.Union(readVerbs, lexicon.WordSet(`follows`))

// readTextNouns are texts that "read" their words (rule text-read).
var readTextNouns = lexicon.Union(mediumNouns, lexicon.WordSet(`editorial editorials statements letters posts tweets messages notes headline caption`))

// copulas do not make a lead-in a clause: "Here is Obama's word:", "The
// transcript is as follows:", "Transcript as follows:".
var copulas = lexicon.WordSet(`is are was were 's ’s reads read follows`)

// quoteCue reads the speaker of a cue verb next to a quote: the quote is
// the content, so the verb needs no complement of its own ("Kelly
// responded, with a smile: “…”", "“…,” he wrote after the report").
func (a *attributor) quoteCue(ts []text.Token, j, sStart, sEnd int) (found, bool) {
	if f, ok := a.verbCue(ts, j, sStart, sEnd); ok {
		return f, true
	}
	t := ts[j]
	cue := a.span(t.Start, t.End())
	if f, ok := a.participleAfterDay(ts, j, cue); ok {
		return f, true // "X issued a statement Tuesday saying “…”" (colonlead.go)
	}
	if b, e, apB, apE, ok := subjectLeft(ts, j, 0); ok && !countedSubject(ts, b, e) {
		return found{cue: cue, src: a.source(ts, b, e, apB, apE)}, true
	}
	if j > 0 && (ts[j-1].Text == "," || ts[j-1].Tag == "``") && lexicon.CueVerbs[t.Lower] != "tell" { // "…, told lawmakers": an addressee
		if e := npRight(ts, j+1); e >= 0 {
			src, _ := a.sourceAppos(ts, j+1, e)
			return found{cue: cue, src: src}, true
		}
	}
	return found{}, false
}

// continues reports whether quote qi plainly continues quote qi-1.
func (a *attributor) continues(qi int) bool {
	q, p := a.quotes[qi], a.quotes[qi-1]
	pq := a.d.Sentences[a.d.SentenceAt(q.Start)].Para
	pp := a.paraOf(p.End - 1)
	if pq == pp {
		// a quote sentence of its own ("“…,” X said. “…”"); a quoted
		// phrase inside narration ("The council voted for “the 5 percent
		// plan”") is not the speaker's next words
		return a.opensSentence(qi)
	}
	if pq != pp+1 || q.Start != a.d.Paragraphs[pq].Start {
		return false
	}
	// the previous quote closed (or nearly closed) its paragraph, or this
	// paragraph is nothing but the quote (the news convention for a
	// speaker's next paragraph) and the previous quote was its
	// paragraph's last
	if a.d.Paragraphs[pp].End-p.End < 60 {
		return true
	}
	return q.End >= a.d.Paragraphs[pq].End-2 && (qi+1 >= len(a.quotes) || a.quotes[qi+1].Start >= a.d.Paragraphs[pq].End)
}

func (a *attributor) paraOf(off int) int {
	si := a.d.SentenceAt(off)
	if si < 0 {
		return -1
	}
	return a.d.Sentences[si].Para
}

// ownedQuote reads a quoted phrase between a possessive and a statement
// noun: "Mitt Romney's “47 percent” comment", "his “5 percent” pledge" — the
// owner said it.
func (a *attributor) ownedQuote(qi int) *found {
	q := a.quotes[qi]
	si := a.d.SentenceAt(q.Start)
	if si < 0 || si != a.d.SentenceAt(q.End-1) {
		return nil
	}
	ts := a.tokens(si)
	open, after := -1, -1
	for j, t := range ts {
		if t.Start == q.Start {
			open = j
		}
		if t.Start >= q.End && after < 0 {
			after = j
		}
	}
	if open < 1 || after < 0 || !quoteNouns[ts[after].Lower] {
		return nil
	}
	p := open - 1
	cue := a.span(ts[after].Start, ts[after].End())
	if ts[p].Tag == "PRP$" {
		return &found{cue: cue, src: a.source(ts, p, p, -1, -1)}
	}
	if !isPossessive(ts[p]) || p == 0 {
		return nil
	}
	if b := npLeftFrom(ts, p-1); b >= 0 {
		return &found{cue: cue, src: a.source(ts, b, p-1, -1, -1)}
	}
	return nil
}

// quoteNouns follow a quoted phrase its owner said: "Romney's “47 percent”
// comment".
var quoteNouns = lexicon.WordSet(`comment comments remark remarks line quip slogan pledge promise claim statement vow
boast warning description phrase`)

// statementNouns name what a colon lead-in introduces: "this statement by
// X:".
var statementNouns = lexicon.WordSet(`statement statements comment comments remark remarks words claim quote tweet post`)

// SourcesAt returns, for each byte offset of d's text, the source a claim
// standing there would be given (nil for none).
func SourcesAt(d *text.Doc, offs []int) []*claims.Source {
	a := newAttributor(d)
	out := make([]*claims.Source, len(offs))
	for i, off := range offs {
		if off < 0 || off >= len(d.Text) {
			continue
		}
		if f := a.claimSource(off, off+1); f != nil && f.src != nil {
			s := *f.src
			out[i] = &s
		}
	}
	return out
}

// paragraphQuote reports whether quote qi is its paragraph, all of it
// (past a closing full stop or bracket), or the whole of the paragraphs
// it runs over with no attribution at its end ("“We can now test 200,000
// people a day. ¶ “That capacity did not exist three years ago.”" after
// "Dr. Theresa Tam … said …": fresh-7; the quote paragraphs after "She
// said …" in web copy).
func (a *attributor) paragraphQuote(qi int) bool {
	q := a.quotes[qi]
	p := a.paraOf(q.Start)
	if p < 0 || a.d.Paragraphs[p].Start != q.Start {
		return false
	}
	pe := a.paraOf(q.End - 1)
	if pe < p {
		return false
	}
	return len(strings.Trim(a.d.Text[q.End:a.d.Paragraphs[pe].End], " .)")) == 0
}

// paragraphOpener reports whether quote qi opens its paragraph.
func (a *attributor) paragraphOpener(qi int) bool {
	p := a.paraOf(a.quotes[qi].Start)
	return p >= 0 && a.d.Paragraphs[p].Start == a.quotes[qi].Start
}

// introSpeechLemmas are the cue lemmas of a sentence that introduces the
// quote of the next paragraph (introSpeaker): "X said in an interview.",
// "X told reporters on Monday."; introSpeechForms the forms of "speak"
// (no cue verb) that do so with a hearer after them, as "told" does: "X
// spoke to reporters."; introHearerLemmas the cue lemmas among them
// with a hearer after them ("X told reporters").
var (
	introSpeechLemmas = lexicon.WordSet(`say tell write add explain recall`)
	introSpeechForms  = lexicon.WordSet(`spoke speaks`)
	introHearerLemmas = lexicon.WordSet(`tell`)
)

// introSpeaker reads the speaker of a quote-only paragraph from the last
// sentence of the paragraph before when that sentence is an attribution
// with no content of its own: "X said in an interview." / "X told
// reporters on Monday." / "X, the head of Y, spoke to reporters."
func (a *attributor) introSpeaker(qi int) *found {
	q := a.quotes[qi]
	si := a.d.SentenceAt(q.Start)
	if si <= 0 || a.d.Sentences[si-1].Para+1 != a.d.Sentences[si].Para {
		return nil
	}
	prev := si - 1
	if a.inQuote(a.d.Sentences[prev].Start) || qi > 0 && a.quotes[qi-1].End > a.d.Sentences[prev].Start {
		return nil // the sentence holds a quote: continues() decides
	}
	ts := a.tokens(prev)
	z := len(ts) - 1
	for z >= 0 && (ts[z].Text == "." || ts[z].Text == ":") {
		z--
	}
	for v := z; v >= 0 && z-v <= 10; v-- {
		t := ts[v]
		l := lexicon.CueVerbs[t.Lower]
		if !(introSpeechLemmas[l] || introSpeechForms[t.Lower]) ||
			!strings.HasPrefix(t.Tag, "VB") && !isCueVerbAfter(t, prevTok(ts, v)) {
			if tg := t.Tag; finiteTag(tg) || t.Lower == "that" {
				break
			}
			continue
		}
		after := v + 1
		if introHearerLemmas[l] || introSpeechForms[t.Lower] {
			if after < len(ts) && ts[after].Lower == "to" {
				after++
			}
			if e := npRight(ts, after); e >= 0 {
				after = e + 1
			}
		}
		rule := ""
		if after+1 < len(ts) && ts[after].Lower == "the" && quoteAnnouncingObjects[ts[after+1].Lower] {
			// rule intro-the-following: "When Fox News’ Chris Wallace
			// asked the Republican about …, Trump said the following." ¶
			// “…” (web-dev-pages-q; PolNeAR train's "tweeting the
			// following:"): the object announces the quote
			after, rule = after+2, "quote-speaker/intro-the-following"
		}
		if !trailing(ts, after) {
			return a.reportedLead(ts)
		}
		b, e, apB, apE, ok := subjectLeft(ts, v, 0)
		if !ok || countedSubject(ts, b, e) || dateNP(ts, b, e) {
			return nil
		}
		return &found{cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), rule: rule}
	}
	return a.reportedLead(ts)
}

// dashSignature reads a quote-only paragraph signed by the next one: "“…”"
// ¶ "— Bernie Sanders." (debate fact-checks, epigraphs).
func (a *attributor) dashSignature(qi int) *found {
	p := a.paraOf(a.quotes[qi].Start)
	if p < 0 || p+1 >= len(a.d.Paragraphs) {
		return nil
	}
	np := a.d.Paragraphs[p+1]
	si := a.d.SentenceAt(np.Start)
	if si < 0 {
		return nil
	}
	return a.signature(a.tokens(si))
}

// signature reads a dash and a name with nothing after it but punctuation
// or an adjunct of time and place: "— Bernie Sanders.", "— Neil Gaiman".
// maxSignatureApposition bounds a signature line with a description after
// the name (rule dash-signature-apposition); 30 tokens bound one without.
const maxSignatureApposition = 90

// signatureDashes open a quote's signature line: hyphen, en and em dashes
// and the quotation dash (U+2015, "“…” ― Pamela Padilla").
var signatureDashes = lexicon.WordSet("- \u2014 \u2013 -- \u2015")

func (a *attributor) signature(ts []text.Token) *found {
	if len(ts) < 2 || len(ts) > maxSignatureApposition || !signatureDashes[ts[0].Text] {
		return nil
	}
	e := npRight(ts, 1)
	if e < 0 || !ts[1].Capitalised() {
		return nil
	}
	if e+2 < len(ts) && ts[e+1].Text == "," && lexicon.Articles[ts[e+2].Lower] {
		// rule dash-signature-apposition: "— TYLER MCCLOSKEY, a
		// 13-year-old pitcher for the Keystone, Pa., Little League team
		// after another win in front of …" (TIME's quotes of the day,
		// web-dev-9 and web-dev-pages-q): the name, whatever the
		// description after it holds; named by layout alone, no cue
		// words (ANNOTATION.md's cue is "the attribution verb or phrase";
		// web-dev-9's gold gives it none)
		return &found{src: a.source(ts, 1, e, -1, -1), rule: "quote-tail/dash-signature-apposition"}
	}
	if len(ts) > 30 {
		return nil
	}
	for k := e; k > 1; k-- {
		if l := ts[k].Lower; (l == "on" || l == "in") && k+1 <= e && (timeWords[ts[k+1].Lower] || lexicon.MonthWords[ts[k+1].Lower]) {
			e = k - 1 // "— David McKinley on Sunday, October 13th, …"
		}
	}
	// nothing after the name but punctuation, or an adjunct of time and
	// place ("— X on Sunday, October 13th, 2019 in an article …")
	if k := e + 1; k < len(ts) {
		if l := ts[k].Lower; !(ts[k].Text == "." || ts[k].Text == "," || l == "on" || l == "in" || l == "at" || l == "during") {
			return nil
		}
		for m := k; m < len(ts); m++ {
			if finiteTag(ts[m].Tag) {
				return nil
			}
		}
	}
	return &found{cue: a.span(ts[0].Start, ts[0].End()), src: a.source(ts, 1, e, -1, -1)}
}

// maxAntecedentParas bounds how far back pronounSpeaker looks for a named
// person: a pronoun's antecedent is in the last few paragraphs, and a walk
// back over every name of a long article for every pronoun made a
// 3 MB file of quotes take 80 s.
const maxAntecedentParas = 30

// pronounSpeaker resolves a "he"/"she" speaker to the nearest person named
// before the pronoun outside every quote (a name inside a quote is talked
// about, not speaking: "“I beat Trump,” she said"), skipping a name known
// to be of the other gender (names.go: a title, a kinship word or a given
// name; or an earlier quote's "he"/"she").
func (a *attributor) pronounSpeaker(qi int, src *claims.Source) {
	p := strings.ToLower(src.Mention)
	if pronounGenders[p] == 0 {
		return
	}
	// a described speaker with no name of his or her own, introduced after the
	// quote before (describedspeaker.go)
	if d, rule := a.describedSpeaker(qi, src); d != "" {
		src.Name, src.Kind = d, kindPerson
		a.explainAntecedent(src, rule)
		return
	}
	// the speaker of the quote just before (this paragraph or the one
	// before) referred to by the same pronoun: "“…,” he said. ¶ “…,” he
	// added."
	para := a.paraOf(src.Start)
	if k := qi - 1; k >= 0 && para-a.paraOf(a.quotes[k].Start) <= 1 {
		if sp := a.speaker(k); sp != nil && sp.src != nil && strings.ToLower(sp.src.Mention) == p && sp.src.Name != sp.src.Mention && !a.nameBetween(sp.src.End, src.Start) {
			src.Name, src.Kind = sp.src.Name, kindPerson
			return
		}
	}
	// the same pronoun's speaker of the quote just before, further back
	// (up to maxChainParas paragraphs), when only places and
	// organisations are named between: "“We have 1,100 licensed
	// guides,” he said. ¶ He said guides in San Ignacio … ¶ In Belize
	// City, taxi drivers … ¶ “A vendor here is lucky to make BZ$200,” he
	// said." (articles-dev-5; rule he-she/same-pronoun-chain)
	if k := qi - 1; k >= 0 && para-a.paraOf(a.quotes[k].Start) <= maxChainParas {
		if sp := a.speaker(k); sp != nil && sp.src != nil && strings.ToLower(sp.src.Mention) == p && sp.src.Name != sp.src.Mention && !a.personBetween(sp.src.End, src.Start) {
			src.Name, src.Kind = sp.src.Name, kindPerson
			a.explainAntecedent(src, "same-pronoun-chain")
			return
		}
	}
	// the named speaker of the quote just before, when no other name
	// stands between: "“…,” said Steve Clarke, a NASA official. ¶ “…,” he
	// said." (never a description of no known kind: "X told reporters
	// that the province's own modelling shows … “…”" ¶ "“…,” he said" is
	// no modelling, fresh-16: rule he-she/not-a-description)
	if k := qi - 1; k >= 0 && para-a.paraOf(a.quotes[k].Start) <= 1 {
		if sp := a.speaker(k); sp != nil && sp.src != nil && !pronouns[strings.ToLower(sp.src.Mention)] && !kindlessDescription(sp.src) &&
			(sp.src.Kind != kindOrg && a.reg.kindOf(sp.src.Name) != kindOrg || sp.src.Role != "") && sp.src.Name != "" && !a.otherGender(sp.src.Name, p) && !a.nameBetween(sp.src.End, src.Start) &&
			!otherGender(a.reg.gender[a.pronounFullest(sp.src, p)], pronounGender(p)) {
			src.Name, src.Kind = a.pronounFullest(sp.src, p), kindPerson
			if strings.Contains(src.Name, " and ") && !strings.Contains(sp.src.Mention, " and ") {
				src.Name = sp.src.Mention // a coordination the registry made of one name
			}
			return
		}
	}
	// else the nearest person named outside quotes, preferring one that
	// is a clause's subject ("Bivens hopes Clinton …": Bivens) within
	// three paragraphs
	first, passed, soft := "", "", ""
	// the lone surname the he-she step chose for acting in its clause
	// (lonesurname.go) counts as a person here: "…, McKelvey decided to
	// step back …. “…,” he told Mashable" is not the company named before
	// it ("Square has since …"; rule he-she/subject)
	pick, subjectPick := src.Name, src.Name != src.Mention && !strings.Contains(src.Name, " ")
	for i := a.reg.startingBy(src.Start) - 1; i >= 0; i-- {
		e := a.reg.ents[i]
		if e.End > src.Start || a.inQuote(e.Start) {
			continue
		}
		if para-a.paraOf(e.Start) > maxAntecedentParas {
			break
		}
		name := a.reg.fullestOrGivenG(e.Name, e.Start, e.gender)
		t := e.title
		if t == "" {
			// a title right before the name: "Mrs. Ann Ruiz"
			before := strings.Fields(a.d.Text[max(0, e.Start-12):e.Start])
			if len(before) > 0 && lexicon.NameTitles[before[len(before)-1]] {
				t = before[len(before)-1]
			}
		}
		if k := a.reg.kindOf(name); k == kindOrg && !a.roleAppositive(e) || k != kindOrg && k != kindPerson && a.reg.kindOf(e.Name) != kindPerson && t == "" && !a.speechAdjacent(e) && !(e.Name == pick && subjectPick) {
			continue // a person by the article's evidence, a title, or a speech verb next to the name
		}
		g := byte('m')
		if p == "she" {
			g = 'f'
		}
		if r := a.antecedentSkipped(antecedentCand{i: i, e: e, name: name, t: t, p: p, g: g}); r != "" {
			if passed == "" {
				passed = " past " + e.Name + " (" + r + ")"
			}
			if soft == "" && r == "other-gender" && para-a.paraOf(e.Start) <= 1 && a.givenNameGenderOnly(e, name, t, p) && (a.subjectLike(e) || a.speechAdjacent(e)) {
				soft = name
			}
			continue // (antecedents.go)
		}
		if first == "" {
			first = name
			if a.speechAdjacent(e) {
				// the nearest name is a speaker by a speech verb ("…,
				// said Mary E. Lovely, an economist. “…,” she said.")
				src.Name, src.Kind = name, kindPerson
				a.explainAntecedent(src, "speech-adjacent"+passed)
				return
			}
		}
		if a.subjectLike(e) {
			src.Name, src.Kind = name, kindPerson
			if e.Name == pick && subjectPick && a.reg.kindOf(name) == "" {
				a.explainAntecedent(src, ruleLoneSurname+passed) // (lonesurname.go)
			} else {
				a.explainAntecedent(src, "subject"+passed)
			}
			return
		}
		if para-a.paraOf(e.Start) > 3 {
			break
		}
	}
	if first != "" {
		src.Name, src.Kind = first, kindPerson
		a.explainAntecedent(src, "nearest"+passed)
		return
	}
	// no antecedent of the pronoun's gender: the speaker passed over for
	// a gender read only from the given-name list, which names of other
	// languages defy ("National Statistician Claire Dennis Mapa told a
	// briefing … he said", articles-dev-1; "Andrea Rossi", "Jan de Vries",
	// "Kim Ji-hoon"): rule he-she/given-name-gender-only
	if soft != "" {
		src.Name, src.Kind = soft, kindPerson
		a.explainAntecedent(src, ruleGivenNameGenderOnly)
	}
}

// ruleGivenNameGenderOnly names rule he-she/given-name-gender-only for
// --explain: in a quote's pronoun speaker (pronounSpeaker) and in a
// pronoun source of reported speech (givenNameOnlyBefore, the he-she
// step of coref.go).
const ruleGivenNameGenderOnly = "given-name-gender-only"

// givenNameOnlyBefore returns, for a pronoun p ("he", "him", "she",
// "her", "his") no person of its gender resolves, the nearest person
// named before pos outside quotes, in its paragraph or the one before,
// as a clause's subject or next to a speech verb, whose gender of the
// other kind comes from the given-name list alone ("National
// Statistician Claire Dennis Mapa told a briefing … Rice prices fell 13.1
// percent, he said": rule he-she/given-name-gender-only).
func (a *attributor) givenNameOnlyBefore(pos int, p string) (string, bool) {
	if s, ok := pronounSubjects[p]; ok {
		p = s
	}
	para := a.paraOf(pos)
	for i := a.reg.startingBy(pos) - 1; i >= 0; i-- {
		e := a.reg.ents[i]
		if e.End > pos || a.inQuote(e.Start) {
			continue
		}
		if para-a.paraOf(e.Start) > 1 {
			break
		}
		name := a.reg.fullestOrGivenG(e.Name, e.Start, e.gender)
		if a.reg.kindOf(name) != kindPerson && a.reg.kindOf(e.Name) != kindPerson {
			continue
		}
		if otherGender(e.gender, pronounGender(p)) && a.givenNameGenderOnly(e, name, e.title, p) && (a.subjectLike(e) || a.speechAdjacent(e)) {
			return name, true
		}
	}
	return "", false
}

// givenNameGenderOnly reports a name occurrence whose gender comes from
// the given-name list alone: no honorific or kinship word (nameGender),
// no earlier quote giving it the other pronoun, no coordination, and no
// gender the registry holds other than the given name's.
func (a *attributor) givenNameGenderOnly(e nameEnt, name, title, p string) bool {
	if len(e.words) == 0 || coordinatesPeople(name) || a.otherGender(name, p) || nameGender(a.d.Text, e.Start, title) != 0 {
		return false
	}
	gn := lexicon.GivenNameGender(e.words[0])
	if gn == 0 || e.gender != 0 && e.gender != gn {
		return false
	}
	g := a.reg.gender[name]
	return g == 0 || g == gn
}

// kindlessDescription reports a source written as a description in lower
// case ("the province's own modelling", "a provincial study") whose kind
// is unknown: no person a "he"/"she" refers to.
func kindlessDescription(src *claims.Source) bool {
	return src.Kind == "" && src.Name != "" && !startsUpper(src.Name)
}

// roleObject reports a name that is the object of a role in an
// appositive: "Brendan Buck, a spokesman for House Speaker Paul Ryan,
// said", "Tad Devine, a senior adviser to Mr. Sanders, said", "Jane Doe, a
// spokesperson for Premier Danielle Smith, said" (PolNeAR train;
// Canadian news): the role's holder named before the comma speaks, so a
// "he"/"she" after it is not the named one (rolePreps, roleNouns; titles
// and capitalised words of a title before the name are passed over).
func (a *attributor) roleObject(e nameEnt) bool {
	before := strings.Fields(a.d.Text[max(0, e.Start-80):e.Start])
	k := len(before) - 1
	for n := 0; k >= 0 && n < 3 && (lexicon.NameTitles[before[k]] || lexicon.NameTitles[strings.TrimSuffix(before[k], ".")] || startsUpper(before[k])) && !strings.HasSuffix(before[k], ","); n++ {
		k-- // "House Speaker", "Premier", "Mr.", "Health Minister"
	}
	if k < 1 || !rolePrepsOrTo[before[k]] {
		return false
	}
	k--
	if !roleNouns[before[k]] {
		return false // (a lower-case role: "Secretary of State Hillary Clinton" is a title)
	}
	// the role opens an appositive: ", a spokesman", ", the premier's
	// press secretary", ", a senior adviser"
	for n := 0; k >= 0 && n < 4; n++ {
		if strings.HasSuffix(before[k], ",") {
			return true
		}
		k--
		if k >= 0 && strings.HasSuffix(before[k], ",") {
			return true
		}
		if k < 0 || startsUpper(before[k]) {
			return false
		}
	}
	return false
}

// rolePrepsOrTo join a role to the one it serves: "a spokesman for",
// "an adviser to", "an analyst with", "director of".
var rolePrepsOrTo = lexicon.WordSet(`for to with at of`)

// pronounGenders are the genders of the personal pronouns a speaker is
// written as ('m' for "he", 'f' for "she").
var pronounGenders = map[string]byte{"he": 'm', "she": 'f'}

// pronounSubjects are the subject forms of the object and possessive
// pronouns of a person ("him", "his" → "he"; "her" → "she").
var pronounSubjects = map[string]string{"him": "he", "his": "he", "her": "she"}

// pronounGender is the gender of "he" ('m') or "she" ('f').
func pronounGender(p string) byte {
	if pronounGenders[p] == 'f' {
		return 'f'
	}
	return 'm'
}

// pronounFullest is the name of the previous quote's speaker src as the
// pronoun p refers to it: a bare surname resolved to the nearest full name
// of the other gender is resolved again with p's ("“…,” Clinton said. ¶
// “…,” he said." in an article naming "Bill Clinton" and "his wife
// Hillary Clinton": Bill Clinton, PolNeAR train; "Trump" after "Donald
// Trump" and "Ivanka Trump").
func (a *attributor) pronounFullest(src *claims.Source, p string) string {
	g := pronounGender(p)
	if !otherGender(a.reg.gender[src.Name], g) || strings.Contains(src.Mention, " ") {
		return src.Name
	}
	if n := a.reg.fullestG(src.Mention, src.Start, g); n != src.Mention && !otherGender(a.reg.gender[n], g) {
		return n
	}
	return src.Name
}

// subjectLike reports whether the name occurrence e is a clause's subject:
// it opens its sentence (past a title) or a verb follows it, possibly
// after an appositive between commas.
func (a *attributor) subjectLike(e nameEnt) bool {
	si := a.d.SentenceAt(e.Start)
	if si < 0 {
		return false
	}
	ts := a.tokens(si)
	j := 0
	for j < len(ts) && ts[j].End() <= e.End-1 {
		j++
	}
	// j: the token holding the name's last character
	b := 0
	for b < j && ts[b].End() <= e.Start {
		b++
	}
	if subjectFormOf(ts, b, j) != "" {
		return true // (antecedents.go)
	}
	k := 0
	for k < len(ts) && (lexicon.NameTitles[ts[k].Text] || ts[k].Tag == "JJ" || ts[k].Tag == "NN" || ts[k].Tag == "DT") && ts[k].Start < e.Start {
		k++
	}
	if k < len(ts) && ts[k].Start == e.Start {
		return true
	}
	n := j + 1
	for n < len(ts) && lexicon.PostNominals[ts[n].Text] {
		n++ // "Lewis Baglietto KC argued"
	}
	if n < len(ts) && ts[n].Text == "," {
		for n++; n < len(ts) && ts[n].Text != "," && ts[n].Tag != "``"; n++ {
		}
		n++
	}
	for n < len(ts) && (ts[n].Tag == "RB" || auxWords[ts[n].Lower]) {
		n++
	}
	return n < len(ts) && finiteTag(ts[n].Tag)
}

// otherGender reports whether an earlier quote of the article gave name as
// the speaker of the other pronoun ("he" for "she").
func (a *attributor) otherGender(name, p string) bool {
	other := "he"
	if p == "he" {
		other = "she"
	}
	for k := range a.quotes {
		sp := a.quotes[k].speaker
		if a.quotes[k].done && sp != nil && sp.src != nil && sp.src.Name == name && strings.EqualFold(sp.src.Mention, other) {
			return true
		}
	}
	return false
}

// speechVerbWords are the speech verbs that mark a name next to them as a
// speaker ("Grisham said", "said Mary E. Lovely").
var speechVerbWords = lexicon.WordSet(`said says told added wrote explained noted`)

// speechAdjacent reports whether a speech verb stands right before or
// after the name occurrence e, or after an appositive that follows it
// ("Sonya Zoghlin, his attorney, told …").
func (a *attributor) speechAdjacent(e nameEnt) bool {
	before := strings.Fields(a.d.Text[max(0, e.Start-12):e.Start])
	after := a.d.Text[e.End:min(len(a.d.Text), e.End+80)]
	if len(before) > 0 && speechVerbWords[strings.ToLower(before[len(before)-1])] {
		// "said Tumpat was the worst-hit district", "said Zambia would
		// …": the name opens the reported clause, no speaker (rule
		// said-clause-subject)
		return !clauseSubjectAfter(after)
	}
	if m := apposSpeechRE.FindStringSubmatch(after); m != nil {
		return speechVerbWords[strings.ToLower(m[1])]
	}
	// (a name closing an appositive, the verb after its comma: "The
	// managing director, Joseph Siror, said …")
	w := strings.Fields(strings.TrimPrefix(after, ","))
	return len(w) > 0 && speechVerbWords[strings.ToLower(strings.TrimRight(w[0], ".,"))]
}

// clauseVerbs are the finite verbs that, right after a name after a
// speech verb, make the name the reported clause's subject ("said Egypt
// had", "said Morocco was", "said Tumpat was"; rule said-clause-subject).
var clauseVerbs = lexicon.Union(lexicon.Modals, lexicon.WordSet(`was is were are had has have`))

// clauseSubjectAfter reports text after a name that opens with a
// clauseVerbs word.
func clauseSubjectAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	return len(after) > 0 && after[0] == ' ' && clauseVerbs[w]
}

// apposSpeechRE: ", an appositive of a few words, said" after a name.
var apposSpeechRE = regexp.MustCompile(`^, [^,.;“”"]{2,60}, (\p{Ll}+)\b`)

// roleAppositive reports whether the name occurrence e is followed by an
// appositive headed by a role noun ("Marco Villa, the company's chief
// operating officer, said"): a person, whatever organisation the
// appositive mentions.
func (a *attributor) roleAppositive(e nameEnt) bool {
	after := a.d.Text[e.End:min(len(a.d.Text), e.End+80)]
	m := apposRE.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	w := strings.Fields(m[1])
	return len(w) > 0 && roleNouns[strings.ToLower(w[len(w)-1])]
}

// apposRE: ", an appositive," right after a name.
var apposRE = regexp.MustCompile(`^, ([^,.;“”"]{2,60}),`)

// maxChainParas bounds how many paragraphs back the quote whose pronoun
// speaker a "he"/"she" continues may stand (rule he-she/same-pronoun-chain).
const maxChainParas = 3

// personBetween reports whether a name that may be a person's stands
// outside quotes in text[from:to]: one the article gives a person's kind,
// a title or a gender, one opening with a known given name, or one of no
// known kind next to a speech verb. Places and organisations are none.
func (a *attributor) personBetween(from, to int) bool {
	ents := a.reg.ents
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= from })
	for _, e := range ents[i:max(i, a.reg.startingBy(to))] {
		if e.Start < from || e.End > to || a.inQuote(e.Start) || nonNames[e.Name] {
			continue
		}
		k := a.reg.kindOf(a.reg.fullest(e.Name, e.Start))
		if k == kindPerson || k == "" && (e.title != "" || e.gender != 0 || len(e.words) > 0 && lexicon.GivenNameGender(e.words[0]) != 0 || a.speechAdjacent(e)) {
			return true
		}
	}
	return false
}

// nameBetween reports whether a capitalised name stands outside quotes in
// text[from:to] (another possible antecedent).
func (a *attributor) nameBetween(from, to int) bool {
	// the names are in text order: those starting from from to to
	ents := a.reg.ents
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= from })
	for _, e := range ents[i:max(i, a.reg.startingBy(to))] {
		if e.Start >= from && e.End <= to && !a.inQuote(e.Start) && len(strings.Fields(e.Name)) >= 1 && !nonNames[e.Name] {
			if k := a.reg.kindOf(a.reg.fullest(e.Name, e.Start)); k != kindOrg {
				return true
			}
		}
	}
	return false
}

// reportedLead reads the sentence before a quoted paragraph that reports
// a person's speech in its main clause ("He said the city had ignored the
// workers." ¶ "They promised 40 new posts and delivered none."): the quote
// goes on with that speaker's words. The subject opens the sentence and is
// a personal pronoun or a person's name, an appositive may follow it
// ("Dr. Theresa Tam, Canada's chief public health officer, said …",
// fresh-7); the cue is a plain speech verb.
func (a *attributor) reportedLead(ts []text.Token) *found {
	for v := 1; v < len(ts) && v <= 20; v++ {
		if !lexicon.PlainSpeechLemmas[lexicon.CueVerbs[ts[v].Lower]] {
			continue
		}
		if v > 6 && ts[v-1].Text != "," {
			continue // far from the start only after an appositive: "X, the Y of Z, said …"
		}
		if !strings.HasPrefix(ts[v].Tag, "VB") {
			return nil
		}
		b, e, apB, apE, ok := subjectLeft(ts, v, 0)
		if !ok || b != 0 {
			return nil
		}
		src := a.source(ts, b, e, apB, apE)
		if src == nil || !(b == e && (ts[b].Lower == "he" || ts[b].Lower == "she")) && src.Kind != kindPerson {
			return nil
		}
		return &found{rule: "reported-then-quoted", cue: a.span(ts[v].Start, ts[v].End()), src: src}
	}
	return nil
}

// wordsOfDemonstratives open a sentence naming the speaker of the quote
// before it: "Those were the words of X", "That was the verdict of X".
var wordsOfDemonstratives = lexicon.WordSet(`that those these this such`)

// wordsOfSpeaker reads the speaker of quote qi from the sentence right
// after it, in its paragraph or opening the next: a demonstrative, a
// copula, "the", a lexicon.WordsOfNouns noun and "of" the speaker ("“We
// are seeing 55,000 incidents every day.” ¶ Those were the words of Helen
// Dickinson, chief executive of the British Retail Consortium, speaking
// to Sky News."). Rule "words-of".
func (a *attributor) wordsOfSpeaker(qi int) *found {
	q := a.quotes[qi]
	si := a.closeSentence(qi)
	if si < 0 {
		return nil
	}
	next := si + 1
	if a.d.Sentences[si].End > q.End && strings.TrimSpace(strings.Trim(a.d.Text[q.End:a.d.Sentences[si].End], ".")) != "" {
		next = si // the quote's sentence goes on: "“…” Those were …"
	}
	if next >= len(a.d.Sentences) || a.d.Sentences[next].Para > a.paraOf(q.Start)+1 ||
		a.d.Sentences[next].Para == a.paraOf(q.Start)+1 && !a.paragraphQuote(qi) {
		return nil
	}
	ts := a.tokens(next)
	b := 0
	for b < len(ts) && ts[b].Start < q.End {
		b++
	}
	if b+5 >= len(ts) || !wordsOfDemonstratives[ts[b].Lower] || !copulas[ts[b+1].Lower] || ts[b+2].Lower != "the" ||
		!lexicon.WordsOfNouns[ts[b+3].Lower] || ts[b+4].Lower != "of" {
		return nil
	}
	s := b + 5
	e := speakerNPRight(ts, s)
	if e < 0 || a.inQuote(ts[s].Start) {
		return nil
	}
	apB, apE := -1, -1
	if e+2 < len(ts) && ts[e+1].Text == "," {
		apB, apE = e+2, len(ts)-1
		for k := e + 2; k < len(ts); k++ {
			if ts[k].Text == "," || ts[k].Text == "." || ts[k].Text == ";" {
				apE = k - 1
				break
			}
		}
		if apE < apB {
			apB, apE = -1, -1
		}
	}
	return &found{rule: "words-of", cue: a.span(ts[b].Start, ts[b+4].End()), src: a.source(ts, s, e, apB, apE)}
}
