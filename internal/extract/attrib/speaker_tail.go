package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// The attribution clause right after a closing quote mark ("tail"):
//
//	“…,” said X, the Y of Z.      (inverted: cue, then the speaker)
//	“…,” X, the Y of Z, said.     (speaker, appositive, cue)
//	“…?” the man shouted.         (any finite verb after an open ending)
//	“…,” Trump told reporters.    (segmenter cut after "?”": next sentence)
//
// A quote that ends its own sentence (“… .”) takes a tail only from a
// speech verb followed by nothing but adjuncts ("“We won.” Trump said on
// Monday."), so that "“We won.” Trump said the recount was over." is read
// as a new statement, not as the quote's attribution.

// tailTokens returns the tokens after quote qi's closing mark up to the
// next quote, in the sentence that holds the close or, when the quote
// closes its sentence, in the next sentence of the same paragraph. A
// segmenter cut after a title or an initial ("Sen. | Smith said") is
// joined over.
func (a *attributor) tailTokens(qi int) []text.Token {
	q := a.quotes[qi]
	si := a.closeSentence(qi)
	if si < 0 {
		return nil
	}
	lim := len(a.d.Text)
	for k := qi + 1; k < len(a.quotes); k++ {
		lim = a.quotes[k].Start
		if !a.shortInner(k) {
			break
		}
		// a short quoted name inside the tail ("X, wearing “Ted Cruz”
		// pins, said"): read on past it
		lim = len(a.d.Text)
	}
	para := a.d.Sentences[si].Para
	var out []text.Token
	for k := si; k < len(a.d.Sentences) && a.d.Sentences[k].Para == para; k++ {
		if a.d.Sentences[k].Start >= lim {
			break
		}
		n := len(out)
		for _, t := range a.tokens(k) {
			if t.Start >= q.End && t.Start < lim {
				out = append(out, t)
			} else if t.Start < q.End && t.End() > q.End && q.End < lim {
				// a dash glued to the closing mark: "hell.”― Pamela Padilla"
				if r, n := utf8.DecodeRuneInString(a.d.Text[q.End:]); q.End+n == t.End() && signatureDashes[string(r)] {
					out = append(out, text.Token{Text: string(r), Tag: ":", Start: q.End, Lower: string(r)})
				}
			}
		}
		if len(out) > n && !(len(out) > 0 && cutAfterTitle(out)) {
			break
		}
		// nothing after the quote in its sentence, or a cut after a title:
		// go on into the next sentence
		if len(out) == n && k > si {
			break
		}
	}
	return mergeApostropheNames(out)
}

// mergeApostropheNames joins names the tokenizer cut at an apostrophe
// ("O" + "'Malley" → "O'Malley", "D" + "’Souza").
func mergeApostropheNames(ts []text.Token) []text.Token {
	for j := 0; j+2 < len(ts); j++ {
		// a title the segmenter cut off its period: "Sens" + "." + "John"
		if t, n := ts[j], ts[j+1]; n.Text == "." && n.Start == t.End() && (lexicon.NameTitles[t.Text+"."] || lexicon.PluralTitles[t.Text+"."]) && ts[j+2].Capitalised() {
			ts = joinName(ts, j, "")
		}
	}
	return mergeHeSurnames(mergeOApostrophes(ts))
}

// mergeOApostrophes joins names the tokenizer cut at an apostrophe after
// one capital ("O" + "'Malley" → "O'Malley", "D" + "’Souza"), in every
// sentence the attributor reads (attributor.tokens), so that "Peter
// O'Mahony said …" has one name before its verb.
func mergeOApostrophes(ts []text.Token) []text.Token {
	for j := 0; j+1 < len(ts); j++ {
		t, n := ts[j], ts[j+1]
		if len(t.Text) == 1 && t.Capitalised() && n.Start == t.End() && len(n.Text) > 2 &&
			(strings.HasPrefix(n.Text, "'") || strings.HasPrefix(n.Text, "’")) {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(n.Text, "'’"))
			if r >= 'A' && r <= 'Z' {
				ts = joinName(ts, j, "")
			}
		}
	}
	return ts
}

// joinName returns ts with ts[j] and ts[j+1] joined, with sep between
// their texts, into one proper-name token (a copy: ts is shared).
func joinName(ts []text.Token, j int, sep string) []text.Token {
	m := ts[j]
	m.Text = ts[j].Text + sep + ts[j+1].Text
	m.Lower = strings.ToLower(m.Text)
	m.Tag = "NNP"
	out := append([]text.Token{}, ts[:j]...)
	out = append(out, m)
	return append(out, ts[j+2:]...)
}

// cutAfterTitle reports whether tokens end with a title or an initial that
// the segmenter took for a sentence end ("Sen.", "Mr.", "J.").
func cutAfterTitle(ts []text.Token) bool {
	t := ts[len(ts)-1]
	if t.Text == "." && len(ts) > 1 {
		t = ts[len(ts)-2]
		if len(t.Text) == 1 && t.Capitalised() {
			return true
		}
		return lexicon.NameTitles[t.Text+"."] || lexicon.PluralTitles[t.Text+"."]
	}
	return strings.HasSuffix(t.Text, ".") && (lexicon.NameTitles[t.Text] || lexicon.PluralTitles[t.Text] || len(t.Text) == 2 && t.Capitalised())
}

// quoteEnding returns the last character inside quote q before its
// closing mark (skipping the mark itself): ',' '?' '!' '.' …
func (a *attributor) quoteEnding(q quoteSpan) rune {
	s := a.d.Text[q.Start:q.End]
	_, n := utf8.DecodeLastRuneInString(s)
	if strings.HasSuffix(s, "''") {
		n = 2
	}
	s = strings.TrimRight(s[:len(s)-n], " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// mannerVerbs report speech in a tail even when the quote ends its own
// sentence: "“…!” he shouted."
var mannerVerbs = lexicon.WordSet(`joked shouted yelled barked quipped laughed chanted exclaimed asked asks answered
answers replied retorted interjected interrupted countered charged continued continues went offered conceded
declared remarked opined pressed demanded pleaded recalled mused wondered wonders cried screamed snapped shot
read reads began begins concluded concludes commented comments`)

// tailSpeaker reads the speaker of quote qi from its tail.
func (a *attributor) tailSpeaker(qi int) *found {
	q := a.quotes[qi]
	ts := a.tailTokens(qi)
	if len(ts) == 0 {
		return nil
	}
	end := a.quoteEnding(q)
	open := end != '.' // "“…,” X said", "“…?” X asked", "“…—” X said"
	if !a.opensSentence(qi) {
		// a quoted phrase inside a clause ("called it “a disgrace,” leaving
		// …") has no tail of its own but a cue verb's
		open = false
	}
	if pq := a.paraOf(q.Start); pq >= 0 && q.Start == a.d.Paragraphs[pq].Start && a.paraOf(ts[len(ts)-1].Start) == pq {
		if f := a.signature(ts); f != nil {
			return f // an epigraph: "“…” — Neil Gaiman"
		}
	}
	i := 0
	if ts[0].Text == "," || ts[0].Text == "—" || ts[0].Text == "–" {
		i++ // "“…”, he said" (the comma outside the marks)
	}
	if f := a.accordingToTail(ts, i, open); f != nil {
		return f
	}
	if f := a.invertedTail(ts, i, open, end); f != nil {
		return f
	}
	// speaker first: "X said", "X, the Y of Z, said", "the man shouted"
	e := speakerNPRight(ts, i)
	if e < 0 {
		return nil
	}
	apB, apE := -1, -1
	p := e + 1
	if p < len(ts) && ts[p].Text == "," {
		// an appositive runs to the comma before the verb
		c := a.appositiveComma(ts, p, open)
		if c < 0 || c == p+1 {
			return nil
		}
		apB, apE, p = p+1, c-1, c+1
	}
	for p < len(ts) && (ts[p].Tag == "RB" || ts[p].Tag == "MD" || auxWords[ts[p].Lower]) && ts[p].Lower != "not" {
		p++
	}
	if f := a.quotedAsSaying(ts, i, e, apB, apE, p); f != nil {
		return f // "X was quoted as saying", "Xinhua quoted X as saying"
	}
	if p+1 < len(ts) && (ts[p].Lower == "heard" || ts[p].Lower == "seen") && ts[p+1].Tag == "VBG" {
		// "a reporter can be heard asking"
		if l := ts[p+1].Lower; lexicon.CueVerbs[l] != "" || mannerVerbs[strings.TrimSuffix(l, "ing")+"ed"] {
			p++
			return &found{cue: a.span(ts[p].Start, ts[p].End()), src: a.source(ts, i, e, apB, apE)}
		}
	}
	if p >= len(ts) || !a.tailVerb(ts, p, open) || copulas[ts[p].Lower] {
		return nil
	}
	if !open && !(trailing(ts, p+1) || lexicon.CueVerbs[ts[p].Lower] == "tell" && tellTrailing(ts, p+1)) {
		return nil
	}
	if end == '.' && a.leadsNext(qi, ts) {
		return nil // “A.” He added, “B.” — the clause is the next quote's lead-in
	}
	return &found{cue: a.span(ts[p].Start, ts[p].End()), src: a.source(ts, i, e, apB, apE)}
}

// accordingToTail: "“…,” according to X." — the tail ts[i:] of an open
// quote.
func (a *attributor) accordingToTail(ts []text.Token, i int, open bool) *found {
	if open && i+2 < len(ts) && accordingToAt(ts, i) {
		if e := speakerNPRight(ts, i+2); e >= 0 {
			src, _ := a.sourceAppos(ts, i+2, e)
			return &found{cue: a.span(ts[i].Start, ts[i+1].End()), src: src}
		}
	}
	return nil
}

// invertedTail: the verb before the speaker in the tail ts[i:]: "said X",
// "also said X", "wrote X in a letter", "scoffed Ann Gil"; end is the last
// character inside the quote.
func (a *attributor) invertedTail(ts []text.Token, i int, open bool, end rune) *found {
	k := i
	for k < len(ts) && ts[k].Tag == "RB" && k-i < 2 {
		k++
	}
	if !open && i == 0 && (unicode.IsLetter(end) || unicode.IsDigit(end)) {
		// a quoted phrase inside a clause, closed on a word, is the
		// subject of the verb after it, not a quote it attributes:
		// "X added that “13 out of the 20 audited accounts” showed
		// irregularities"; PolNeAR "the advertisement “unmistakably and
		// wrongfully” suggests that …" (rule partial-quote-subject)
		return nil
	}
	inverted := k < len(ts) && (a.tailVerb(ts, k, open) ||
		open && ts[k].Tag == "VBN" && k+1 < len(ts) && ts[k+1].Capitalised()) // "''…,'' scoffed Ann Gil"
	if inverted && ts[k].Text == ts[k].Lower && !copulas[ts[k].Lower] {
		if e := speakerNPRight(ts, k+1); e >= 0 && (open || trailing(ts, e+1)) {
			e = a.nameBeforeVenue(ts, k+1, e)
			src, _ := a.sourceAppos(ts, k+1, e)
			return &found{cue: a.span(ts[k].Start, ts[k].End()), src: src}
		}
	}
	return nil
}

// venueLinks open the venue or outlet after a speaker's name: "in
// Auckland", "on Hot Air".
var venueLinks = lexicon.WordSet(`in on`)

// nameBeforeVenue returns the end of a person's name that the speaker
// phrase ts[b..e] of an inverted tail runs past into a venue or outlet:
// "said Christopher Luxon in Auckland", "said Deputy Prime Minister Gan
// Kim Yong in Parliament on Feb 18" (fresh-15 probes, Straits Times and
// NZ styles), PolNeAR train "wrote Larry O’Connor on Hot Air" (rule
// name-before-venue). The words before "in"/"on" must all be capitalised
// and mark a person: a title, a known given name first, or a person by the
// article's evidence; else e as it is ("said the Church in Wales").
func (a *attributor) nameBeforeVenue(ts []text.Token, b, e int) int {
	for m := b + 1; m < e; m++ {
		if !venueLinks[ts[m].Lower] {
			continue
		}
		if !ts[m+1].Capitalised() && !(ts[m+1].Lower == "the" && m+2 <= e && ts[m+2].Capitalised()) {
			return e
		}
		n := b
		for n < m && (lexicon.NameTitles[ts[n].Text] || lexicon.TitleWords[ts[n].Text] != "" || lexicon.Honorifics[ts[n].Text]) {
			n++
		}
		if n == m {
			return e
		}
		for j := n; j < m; j++ {
			if !ts[j].Capitalised() || orgHeads[ts[j].Text] {
				return e
			}
		}
		if n > b || lexicon.GivenNameGender(ts[n].Text) != 0 || a.reg.kindOf(a.d.Text[ts[n].Start:ts[m-1].End()]) == kindPerson {
			return m - 1
		}
		return e
	}
	return e
}

// irregularPastCues are the finite past forms of cue verbs that end in
// neither "-s" nor "-ed" ("Smith said", "Jones told", "Lee wrote"), read by
// speakerNPRight as a verb, not the phrase's last noun.
var irregularPastCues = lexicon.WordSet(`said told wrote`)

// appositiveComma returns the comma closing an appositive that opens at
// the comma ts[p] after the speaker ("X, the Y of Z, said"): the one
// before a tail verb; -1 when none.
func (a *attributor) appositiveComma(ts []text.Token, p int, open bool) int {
	for m := p + 1; m < len(ts) && m-p <= 30; m++ {
		if ts[m].Tag == "``" && !a.inShortInner(ts[m].Start) || ts[m].Text == ";" || ts[m].Text == ":" || ts[m].Text == "." && !abbrevStop(ts, m) {
			break
		}
		if ts[m].Text == "," {
			v := m + 1
			for v < len(ts) && (ts[v].Tag == "RB" || auxWords[ts[v].Lower]) && v-m < 4 {
				v++
			}
			if v < len(ts) && a.tailVerb(ts, v, open) {
				return m
			}
		}
	}
	return -1
}

// tellTrailing: "told reporters on Monday." — an addressee, then adjuncts.
func tellTrailing(ts []text.Token, i int) bool {
	if e := npRight(ts, i); e >= 0 {
		return trailing(ts, e+1)
	}
	return false
}

// tailVerb reports whether ts[k] can be the verb of a quote's tail: a cue
// or manner-of-speech verb, whatever its tag or capitals ("Tweeted"); after
// an open ending any finite verb ("“…,” the man grumbled").
func (a *attributor) tailVerb(ts []text.Token, k int, open bool) bool {
	t := ts[k]
	l := t.Lower
	if _, ok := lexicon.CueVerbs[l]; ok && (strings.HasPrefix(t.Tag, "VB") || !lexicon.VerbOnly[lexicon.CueVerbs[l]]) && !strings.HasSuffix(l, "ing") {
		return true
	}
	if mannerVerbs[l] {
		return true
	}
	return open && (t.Tag == "VBD" || t.Tag == "VBZ") && t.Text == l
}

// speakerNPRight returns the last index of a speaker phrase starting at
// ts[b]: a noun phrase or a pronoun, including "the 43-year-old".
func speakerNPRight(ts []text.Token, b int) int {
	if b >= len(ts) {
		return -1
	}
	switch ts[b].Lower {
	case "he", "she", "i", "we", "they", "it":
		return b
	}
	if e := particleName(ts, b); e >= 0 {
		return e // "von der Leyen told reporters", "de Guindos said"
	}
	if ts[b].Tag == "IN" || ts[b].Tag == "CC" || ts[b].Tag == "WRB" || ts[b].Tag == "TO" {
		return -1
	}
	e := npRight(ts, b)
	if e < 0 && (ts[b].Tag == "DT") && b+1 < len(ts) && strings.Contains(ts[b+1].Text, "-") {
		return b + 1 // "the 43-year-old"
	}
	if e < 0 && (ts[b].Tag == "DT" || ts[b].Tag == "PRP$") && b+2 < len(ts) && (ts[b+1].Tag == "VBG" || ts[b+1].Tag == "VBN") {
		e = npRight(ts, b+2) // "another leading Supreme Court advocate"
	}
	if e < 0 && (ts[b].Tag == "VBG" || ts[b].Tag == "VBN") && ts[b].Text == ts[b].Lower && b+1 < len(ts) && nounish(ts[b+1]) {
		e = npRight(ts, b+1) // "retired neurosurgeon Ben Carson"
	}
	if e >= 0 && dateNP(ts, b, e) {
		return -1
	}
	if e > b {
		if l := ts[e].Lower; ts[e].Text == l && (mannerVerbs[l] || lexicon.CueVerbs[l] != "") &&
			(strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ed") || irregularPastCues[l]) &&
			!(e == b+1 && (ts[b].Tag == "DT" || ts[b].Tag == "PRP$")) {
			e-- // "Bozell answers", "Smith says" tagged as one noun phrase (not "The rules are", "Its claims were": a determiner alone is no subject)
		}
	}
	return e
}

// opensSentence reports whether quote qi stands at the start of its
// sentence (past an opening bracket or dash) or right after the quote
// before it with only an attribution between ("“A,” X said. “B,” …").
func (a *attributor) opensSentence(qi int) bool {
	q := a.quotes[qi]
	si := a.d.SentenceAt(q.Start)
	if si < 0 {
		return false
	}
	st := a.d.Sentences[si].Start
	if _, d := text.Dateline(a.d.Text); d > st && d <= q.Start {
		st = d // "NAIROBI — “…,” according to X": the dateline is no part of the sentence (rule dateline-no-party)
	}
	before := strings.TrimLeft(a.d.Text[st:q.Start], " (—–-:")
	return before == ""
}

// abbrevStop reports whether the period ts[m] ends an abbreviation inside a
// phrase ("Cambridge, Mass., said", "the A.F.L.-C.I.O. and …"), not a
// sentence.
func abbrevStop(ts []text.Token, m int) bool {
	if m+1 >= len(ts) {
		return false
	}
	if n := ts[m+1]; n.Text == "," || n.Text == n.Lower && n.Wordy() {
		return m > 0 && (strings.Contains(ts[m-1].Text, ".") || len(ts[m-1].Text) <= 4 && ts[m-1].Capitalised())
	}
	// a middle initial: "George W. Bush"; initials opening a name after
	// the appositive's comma: "a senior DRDO scientist, A. K. Singh, told
	// PTI", "the club's owner, R. Sharma, said" (South Asian names)
	return m > 1 && len(ts[m-1].Text) == 1 && ts[m-1].Capitalised() && ts[m+1].Capitalised() &&
		(ts[m-2].Capitalised() || ts[m-2].Text == "," || ts[m-2].Text == "." && initialBefore(ts, m-2))
}

// initialBefore reports a one-capital initial before the period ts[m]
// ("A" of "A. K. Singh").
func initialBefore(ts []text.Token, m int) bool {
	return m > 0 && len(ts[m-1].Text) == 1 && ts[m-1].Capitalised()
}

// leadsNext reports whether the tail tokens of quote qi end with a comma or
// colon right before the next quote's mark: a lead-in of that quote.
func (a *attributor) leadsNext(qi int, ts []text.Token) bool {
	if qi+1 >= len(a.quotes) || len(ts) == 0 {
		return false
	}
	last := ts[len(ts)-1]
	return (last.Text == "," || last.Text == ":") && strings.TrimSpace(a.d.Text[last.End():a.quotes[qi+1].Start]) == ""
}

// shortInner reports whether quote k is a short quoted name or phrase in
// running text (at most four words, no sentence punctuation, not opening
// its sentence): “Ted Cruz” in "wearing “Ted Cruz” campaign pins".
func (a *attributor) shortInner(k int) bool {
	q := a.quotes[k]
	inner := strings.Trim(a.d.Text[q.Start:q.End], "“”\"'‘’ ")
	return len(strings.Fields(inner)) <= 4 && !strings.ContainsAny(inner, ".,!?;:") && !a.opensSentence(k)
}

// inShortInner reports whether offset off holds a short inner quote's mark.
func (a *attributor) inShortInner(off int) bool {
	k := quoteAt(a.quotes, off)
	return k >= 0 && a.shortInner(k)
}

// particleName returns the end of a surname opening with its lower-case
// particles at ts[b] ("von der Leyen", "de Guindos", "da Silva": one or two
// nameParticles, then capitalised words), or -1.
func particleName(ts []text.Token, b int) int {
	k := b
	for k < len(ts) && k-b < 2 && nameParticles[ts[k].Text] {
		k++
	}
	if k == b || k >= len(ts) || !ts[k].Capitalised() || !ts[k].Wordy() {
		return -1
	}
	for k+1 < len(ts) && ts[k+1].Capitalised() && strings.HasPrefix(ts[k+1].Tag, "NNP") {
		k++
	}
	return k
}

// personObjects are the object pronouns of one person ("quoted him as
// saying"); quotedAsVerbs end "quoted … as saying".
var personObjects, quotedAsVerbs = lexicon.WordSet(`him her`), lexicon.WordSet(`saying telling`)

// quotedAsSaying reads a tail of "quoted … as saying" at ts[p], after the
// phrase ts[i..e] (appositive ts[apB..apE]): the passive names the
// speaker first ("“…,” Braynard is quoted as saying", PolNeAR train;
// "Tahir Ali was quoted as saying by Dawn"), the active names the
// publication first and the speaker after "quoted" ("“…,” Xinhua quoted
// Commerce Minister Wang Wentao as saying", wire copy): the speaker is
// the one quoted, not the publication. nil when the tail is no such form.
func (a *attributor) quotedAsSaying(ts []text.Token, i, e, apB, apE, p int) *found {
	if p >= len(ts) || ts[p].Lower != "quoted" {
		return nil
	}
	asSaying := func(k int) bool {
		return k+1 < len(ts) && ts[k].Lower == "as" && quotedAsVerbs[ts[k+1].Lower]
	}
	if asSaying(p + 1) {
		if p == e+1 || apE >= 0 && p == apE+2 || auxWords[ts[p-1].Lower] {
			return &found{cue: a.span(ts[p].Start, ts[p+2].End()), src: a.source(ts, i, e, apB, apE)}
		}
		return nil
	}
	if s := p + 1; s < len(ts) {
		x := speakerNPRight(ts, s)
		if personObjects[ts[s].Lower] && s+1 < len(ts) {
			x = s // "Bernama quoted him as saying"
		}
		if x >= 0 && asSaying(x+1) {
			return &found{cue: a.span(ts[p].Start, ts[p].End()), src: a.source(ts, s, x, -1, -1)}
		}
	}
	return nil
}
