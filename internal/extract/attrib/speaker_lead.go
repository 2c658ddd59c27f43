package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// The lead-in of a quote: the clause right before its opening mark.
//
//	X said, “…”               X told reporters on Monday: “…”
//	X, the Y of Z, added: “…” X said the plan was dead and added, “…”
//	At the debate, X compared himself to Y, saying, “…”
//	X tried to laugh it off by interjecting, “…”
//
// The cue is the speech verb that ends the lead-in (past an addressee and
// adjuncts); a participle after a comma or a preposition, or a verb
// coordinated with "and"/"but", takes the subject of the main clause, not
// the nearest noun phrase ("Lazar said he welcomed the move and added,
// “…”" is Lazar's; "De Blasio said the move was made by the commissioner
// and said, “…”" is De Blasio's).

// leadInStart returns the sentence holding the lead-in of quote qi and the
// offset the lead-in starts at, after any earlier quote: the text before
// the mark in its sentence or, for a quote opening its sentence, a
// sentence of its own right before it ending with a colon ("X told
// reporters:", in this paragraph or closing the previous one) or, with
// samePara, any sentence before it in its paragraph. ok is false when no
// text stands before the mark.
func (a *attributor) leadInStart(qi int, samePara bool) (si, floor int, ok bool) {
	q := a.quotes[qi]
	si = a.d.SentenceAt(q.Start)
	if si < 0 {
		return 0, 0, false
	}
	floor = a.d.Sentences[si].Start
	if floor == q.Start && si > 0 {
		prev := a.d.Sentences[si-1]
		if strings.HasSuffix(strings.TrimSpace(a.d.Text[prev.Start:prev.End]), ":") || samePara && prev.Para == a.d.Sentences[si].Para {
			si--
			floor = prev.Start
		}
	}
	if floor == q.Start {
		return 0, 0, false
	}
	if qi > 0 && a.quotes[qi-1].End > floor {
		floor = a.quotes[qi-1].End
	}
	return si, floor, true
}

// leadSpeaker reads the speaker of quote qi from its lead-in.
func (a *attributor) leadSpeaker(qi int) *found {
	q := a.quotes[qi]
	si, floor, ok := a.leadInStart(qi, false)
	if !ok {
		return nil
	}
	lt := mergeApostropheNames(a.leadTokens(si, floor, q.Start))
	z := len(lt) - 1
	for z >= 0 && (lt[z].Text == "," || lt[z].Text == ":" || lt[z].Text == "—" || lt[z].Text == "–" || lt[z].Text == "-") {
		z--
	}
	if z < 1 {
		return nil
	}
	// the cue: a speech verb, past an addressee and adjuncts ("told
	// reporters in an interview", "said in a statement on Monday")
	if f := a.headingSpeaker(lt, z); f != nil {
		return f
	}
	if f := a.signSpeaker(lt, z); f != nil {
		return f
	}
	if f := a.hereSpeaker(lt, z); f != nil {
		return f
	}
	if f := a.statementSpeaker(lt, z); f != nil {
		return f
	}
	if f := a.wordsSpeaker(lt, z); f != nil {
		return f
	}
	v, anyVerb, f := a.leadCueVerb(lt, z)
	if v < 0 {
		return f
	}
	cue := a.span(lt[v].Start, lt[v].End())
	if f, ok := a.askedSpeaker(lt, z, v, cue); ok {
		return f
	}
	p := v - 1
	for p >= 0 && (lt[p].Tag == "RB" || auxWords[lt[p].Lower]) && lt[p].Lower != "not" {
		p--
	}
	participle := strings.HasSuffix(lt[v].Lower, "ing") && p >= 0 && (lt[p].Text == "," || lt[p].Tag == "IN" || addresseeBefore(lt, p))
	coordinated := p >= 0 && (lt[p].Lower == "and" || lt[p].Lower == "but")
	if coordinated && p > 0 && lt[p-1].Text != "," && nounish(lt[p-1]) && !(lt[p-1].Tag == "NN" && !lt[p-1].Capitalised()) {
		coordinated = false // "X and Y said": a coordinated subject
	}
	if participle || coordinated {
		if b, e, apB, apE, ok := mainSubject(lt, p); ok {
			return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
		}
		return nil
	}
	if l := lexicon.CueVerbs[lt[v].Lower]; (v == 0 || lt[v-1].Text == "," && lt[v].Capitalised()) && l != "tell" && l != "ask" {
		// inverted: "Said Dorothy Poynter, who grew up here, “…”"
		if e := speakerNPRight(lt, v+1); e >= 0 && !pronouns[lt[v+1].Lower] {
			apB, apE := apposRight(lt, e)
			return &found{cue: cue, src: a.source(lt, v+1, e, apB, apE)}
		}
	}
	if lt[v].Tag == "VBG" || lt[v].Tag == "VBN" {
		return nil // "the plan, backed by …": no speaker of its own
	}
	return a.leadSubject(lt, v, cue, anyVerb)
}

// wordsSpeaker reads a lead-in that names whose words the quote is, with
// no speech verb (rule words-lead): "In his words, “The case fatality
// rate now stands at 5.7 per cent …”" (fresh-17 Nigeria), "In her own
// words, “…”", "In the words of the minister, “…”".
func (a *attributor) wordsSpeaker(lt []text.Token, z int) *found {
	if z < 2 || lt[0].Lower != "in" {
		return nil
	}
	k := 2
	if lt[1].Tag == "PRP$" && lt[k].Lower == "own" && k < z {
		k++
	}
	if lt[1].Tag == "PRP$" && k == z && lt[k].Lower == "words" {
		return &found{rule: "words-lead", cue: a.span(lt[0].Start, lt[k].End()), src: a.source(lt, 1, 1, -1, -1)}
	}
	if z >= 4 && lt[1].Lower == "the" && lt[2].Lower == "words" && lt[3].Lower == "of" {
		if e := npRight(lt, 4); e == z {
			return &found{rule: "words-lead", cue: a.span(lt[0].Start, lt[3].End()), src: a.source(lt, 4, e, -1, -1)}
		}
	}
	return nil
}

// leadTokens returns the tokens of sentence si from floor to the quote
// mark at qStart; a token run into the mark is cut at it ("said,“Look" →
// "said").
func (a *attributor) leadTokens(si, floor, qStart int) []text.Token {
	var lt []text.Token
	for _, t := range a.tokens(si) {
		if t.Start >= floor && t.Start < qStart {
			if t.End() > qStart {
				// a token run into the mark: "said,“Look" → "said"
				w := strings.TrimRight(a.d.Text[t.Start:qStart], ",: ")
				if w == "" {
					continue
				}
				t.Text, t.Lower = w, strings.ToLower(w)
				if lexicon.CueVerbs[t.Lower] != "" || mannerVerbs[t.Lower] {
					t.Tag = "VBD"
				}
			}
			lt = append(lt, t)
		}
	}
	return lt
}

// leadCueVerb finds the cue verb of lead-in lt ending at z, past an addressee
// and adjuncts; when there is none (v < 0) f is the speaker named after a
// dash, or nil. anyVerb marks a verb right before the quote that is no cue
// verb ("Clinton cracked, “…”").
func (a *attributor) leadCueVerb(lt []text.Token, z int) (v int, anyVerb bool, f *found) {
	v = -1
	for k := z; k >= 0 && z-k <= 25; k-- {
		t := lt[k]
		if t.Text == "-" || t.Text == "—" || t.Text == "–" {
			// "Headline - Source: “…”": the name after the dash, else none
			if lt[len(lt)-1].Text == ":" && z-k <= 5 && lt[k+1].Capitalised() && npRight(lt, k+1) == z {
				return -1, false, &found{cue: a.span(lt[len(lt)-1].Start, lt[len(lt)-1].End()), src: a.source(lt, k+1, z, -1, -1)}
			}
			return -1, false, nil
		}
		if leadVerb(t, prevTok(lt, k)) && (t.Tag == "VBN" || t.Tag == "VBG") && inRelative(lt, k) {
			continue // "He argued the pipeline, which is widely supported by Republicans, “…”"
		}
		if leadVerb(t, prevTok(lt, k)) && (z-k-relativeLen(lt, k+1, z) <= 10 || adjunctsOnly(lt[k+1:z+1])) {
			v = k
			break
		}
		if k == z && (t.Tag == "VBD" || t.Tag == "VBZ") && t.Text == t.Lower && z+1 < len(lt) && !copulas[t.Lower] && !auxWords[t.Lower] {
			v, anyVerb = k, true // any verb right before ", “" or ": “": "Clinton cracked, “…”"
			break
		}
		if k > 0 && k == z && (t.Lower == "back" && lt[k-1].Lower == "shot" || t.Lower == "on" && lt[k-1].Lower == "went" || t.Lower == "it" && lt[k-1].Lower == "put") {
			v = k - 1 // "shot back, “…”", "went on: “…”", "as X put it, “…”"
			break
		}
		if k == 0 && t.Text != t.Lower && lexicon.CueVerbs[t.Lower] != "" && !lexicon.AttitudeCues[lexicon.CueVerbs[t.Lower]] {
			v = k // "Said Rosa Diaz, …, “…”"
			break
		}
		if finiteTag(t.Tag) && !inRelative(lt, k) || t.Text == ";" || t.Text == "." {
			return -1, false, nil // another clause stands between
		}
	}
	return v, anyVerb, nil
}

// askedSpeaker: "X was asked, “…?”": the question is the interviewer's,
// not X's; the agent when named ("was asked by a reporter"). ok reports
// that the rule decided.
func (a *attributor) askedSpeaker(lt []text.Token, z, v int, cue claims.Span) (*found, bool) {
	if lexicon.CueVerbs[lt[v].Lower] == "ask" && v > 0 {
		// "X was asked, “…?”": the question is the interviewer's, not X's;
		// the agent when named ("was asked by a reporter")
		m := v - 1
		for m > 0 && lt[m].Tag == "RB" {
			m--
		}
		if l := lt[m].Lower; l == "was" || l == "were" || l == "is" || l == "are" || l == "been" || l == "being" || l == "be" {
			if v+2 <= z && lt[v+1].Lower == "by" {
				if e := npRight(lt, v+2); e >= 0 {
					return &found{cue: cue, src: a.source(lt, v+2, e, -1, -1)}, true
				}
			}
			return &found{cue: cue}, true
		}
	}
	return nil, false
}

// leadSubject reads the subject of cue verb lt[v] as the speaker: a name
// before a party tag, the verb's subject, or the main clause's.
func (a *attributor) leadSubject(lt []text.Token, v int, cue claims.Span, anyVerb bool) *found {
	if v >= 3 && lt[v-1].Text == "," && lt[v-2].Text == ")" {
		// "Gov. John Kasich (R-OH), said": a party tag, then a stray comma
		for m := v - 3; m > 0 && v-m < 8; m-- {
			if lt[m].Text == "(" {
				if b := npLeftFrom(lt, m-1); b >= 0 && lt[b].Capitalised() && lt[b].Tag != "DT" {
					return &found{cue: cue, src: a.source(lt, b, v-2, -1, -1)}
				}
				break
			}
		}
	}
	if b, e, apB, apE, ok := subjectLeft(lt, v, 0); ok && !countedSubject(lt, b, e) && !dateNP(lt, b, e) {
		if anyVerb && (b > 0 && lt[b-1].Tag == "IN" || !personLike(lt[e])) {
			return nil // "an ad in Indiana titled, “…”", "Revenue fell, “sharply,”": no speaker
		}
		if b > 0 && (lt[b-1].Tag == "IN" || strings.HasPrefix(lt[b-1].Tag, "VB")) {
			// the phrase is an object run into the subject: "asked for a
			// photo and Clinton said" → Clinton
			for m := e - 1; m > b; m-- {
				if lt[m].Lower == "and" && lt[m+1].Capitalised() && !lt[m-1].Capitalised() {
					b = m + 1
					break
				}
			}
		}
		return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
	}
	// the subject is far from the verb ("Clinton, 35, the daughter of …,
	// said on Twitter, …, “…”") or the verb follows "to" ("was prompted to
	// say, “…”"): the main clause's subject
	if b, e, apB, apE, k, ok := mainClause(lt, v+1); ok && verbChain(lt, k, v) {
		return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
	}
	return nil
}

// verbChain reports whether ts[k..v] is one verb group: "said", "was
// prompted to say", "had said", "went on to say".
func verbChain(ts []text.Token, k, v int) bool {
	for m := k; m < v; m++ {
		if t := ts[m]; !(strings.HasPrefix(t.Tag, "VB") || t.Tag == "TO" || t.Tag == "RB" || t.Tag == "RP" || t.Tag == "MD" || auxWords[t.Lower] || t.Lower == "on") {
			return false
		}
	}
	return true
}

// addresseeBefore reports a noun phrase ending at lt[p] that is the
// addressee of a message, so that a participle after it is the message's
// ("sent a text message to supporters saying:", "emailed supporters
// saying:"), not the addressee's ("heard protesters chanting:" is theirs).
func addresseeBefore(lt []text.Token, p int) bool {
	b := npLeftFrom(lt, p)
	return b > 0 && (lt[b-1].Lower == "to" || sendVerbs[lt[b-1].Lower])
}

var sendVerbs = lexicon.WordSet(`emailed e-mailed texted messaged wrote sent told emails e-mails texts messages writes sends tells`)

// leadVerb: a speech verb that can end a quote's lead-in, whatever its tag
// ("Trump Tweeted:"), or a participle of one ("saying", "adding").
func leadVerb(t, prev text.Token) bool {
	if mannerVerbs[t.Lower] && t.Lower != "read" && t.Lower != "reads" && t.Lower != "went" && t.Lower != "shot" {
		return true
	}
	if namingVerbs[t.Lower] && strings.HasPrefix(t.Tag, "VB") {
		return true // "Trump called the plan “a disgrace”"
	}
	l, ok := lexicon.CueVerbs[t.Lower]
	if !ok || lexicon.AttitudeCues[l] {
		return false
	}
	return isCueVerbAfter(t, prev) || strings.HasPrefix(t.Tag, "VB") || t.Text != t.Lower && !strings.HasPrefix(t.Tag, "NN")
}

// namingVerbs characterise something in the speaker's quoted words:
// "called the plan “a disgrace”", "dubbed it “the 5 percent solution”".
var namingVerbs = lexicon.WordSet(`called calls calling dubbed dubs dubbing labeled labelled labels labeling branded brands
termed terms described describes describing`)

// mainSubject returns the subject of the main clause of the tokens before
// ts[lim]: past leading adjuncts that end at a comma ("At Sunday's debate,",
// "Asked about it Tuesday,", "Speaking in the East Room,", "When X spoke,"),
// the first noun phrase followed (after an appositive, adverbs and
// auxiliaries) by a finite verb.
func mainSubject(ts []text.Token, lim int) (b, e, apB, apE int, ok bool) {
	b, e, apB, apE, _, ok = mainClause(ts, lim)
	return
}

// mainClause is mainSubject, also returning the index of the main verb.
func mainClause(ts []text.Token, lim int) (b, e, apB, apE, verb int, ok bool) {
	fail := func() (int, int, int, int, int, bool) { return 0, 0, -1, -1, -1, false }
	i := tokenDatelineEnd(ts, lim)
	for n := 0; n < 3 && i < lim; n++ {
		t := ts[i]
		if t.Lower == "but" || t.Lower == "and" || t.Lower == "so" || t.Lower == "yet" {
			i++
			continue
		}
		nameLike := t.Capitalised() && (t.Tag == "VBG" || t.Tag == "VBN") && i+1 < lim &&
			strings.HasPrefix(ts[i+1].Tag, "VB") && ts[i+1].Text == ts[i+1].Lower // "Husted/VBN continued"
		if !nameLike && (t.Tag == "IN" || t.Tag == "RB" || t.Tag == "WRB" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "TO" || t.Tag == "CD") {
			c := i + 1
			for c < lim && ts[c].Text != "," && c-i <= 25 {
				c++
			}
			if c >= lim || ts[c].Text != "," {
				return fail()
			}
			i = c + 1
			continue
		}
		break
	}
	e = speakerNPRight(ts, i)
	if e < 0 || e >= lim {
		return fail()
	}
	if e+2 < lim && ts[e+1].Lower == "of" && !ts[e].Capitalised() {
		if pe := npRight(ts, e+2); pe > e+1 && pe < lim {
			e = pe // "An army of HP workers and retirees had amassed"
		}
	}
	apB, apE = -1, -1
	k := e + 1
	// appositives between commas, one or more: "Clinton, 35, the daughter
	// of …, said"
	for n := 0; n < 3 && k < lim && ts[k].Text == ","; n++ {
		c := k + 1
		for c < lim && ts[c].Text != "," && c-k <= 25 {
			c++
		}
		if c >= lim || ts[c].Text != "," {
			return fail()
		}
		if apB < 0 {
			apB = k + 1
		}
		apE, k = c-1, c+1
		m := k
		for m < lim && (ts[m].Tag == "RB" || auxWords[ts[m].Lower]) {
			m++
		}
		if m < lim && finiteLike(ts, m, lim) {
			break
		}
		k = c // the next chunk starts at this comma
	}
	for k < lim && (ts[k].Tag == "RB" || auxWords[ts[k].Lower]) {
		k++
	}
	if (k >= lim || !finiteLike(ts, k, lim)) && k-1 > e && auxWords[ts[k-1].Lower] && finiteLike(ts, k-1, lim) {
		k-- // the auxiliary is the main verb: "Emirates had a fleet of 270"
	} else if k < lim && ts[k].Tag == "VBG" {
		// a progressive whose adverb follows its auxiliaries: "Uber has
		// been strenuously defending its surge pricing" (web-dev-7),
		// "the bank is now offering": the first finite auxiliary is the
		// clause's verb (check progressive-after-adverb, which explain does not name)
		for m := e + 1; m < k-1; m++ {
			if auxWords[ts[m].Lower] && finiteLike(ts, m, lim) && ts[k-1].Tag == "RB" {
				k = m
				break
			}
		}
	}
	if k >= lim || !finiteLike(ts, k, lim) {
		return fail()
	}
	if countedSubject(ts, i, e) || dateNP(ts, i, e) {
		return fail()
	}
	return i, e, apB, apE, k, true
}

// finiteLike reports whether ts[k] reads as a clause's verb: a finite verb,
// a cue verb, or a past tense the tagger read as a participle ("Sanders
// compared/VBN himself to …"; not a passive "… backed by").
func finiteLike(ts []text.Token, k, lim int) bool {
	t := ts[k]
	vbn := t.Tag == "VBN" && !(k+1 < lim && ts[k+1].Lower == "by")
	return finiteTag(t.Tag) || vbn || lexicon.CueVerbs[t.Lower] != "" && t.Text == t.Lower
}

// adjunctsOnly reports whether tokens are adjuncts of a cue: prepositional
// phrases, dates, appositive commas, no verb of their own ("said on Twitter
// on Monday, in reference to her first child, a girl born in 2014,").
func adjunctsOnly(ts []text.Token) bool {
	for _, t := range ts {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "``":
			return false
		}
		if t.Text == ";" || t.Text == "." || t.Lower == "that" {
			return false
		}
	}
	return true
}

// inRelative reports whether the verb ts[k] belongs to a relative clause
// opened after a comma ("X, who has worked there for years, said").
func inRelative(ts []text.Token, k int) bool {
	for m := k - 1; m >= 1 && k-m <= 4; m-- {
		if l := ts[m].Lower; l == "who" || l == "which" || l == "whose" {
			return ts[m-1].Text == ","
		}
	}
	return false
}

// relativeLen counts the tokens of ts[b..e] inside non-restrictive
// relative clauses (", which … ," and ", who … ,", commas included).
func relativeLen(ts []text.Token, b, e int) int {
	n := 0
	for i := b; i < e; i++ {
		if ts[i].Text != "," || (ts[i+1].Lower != "which" && ts[i+1].Lower != "who") {
			continue
		}
		c := i + 1
		for c <= e && ts[c].Text != "," {
			c++
		}
		n += c - i
		i = c - 1
	}
	return n
}

// signNouns carry written words someone displays: "a sign that read “…”".
var signNouns = lexicon.WordSet(`sign signs banner banners placard placards poster posters shirt shirts t-shirt
t-shirts hat hats cap caps button buttons sticker stickers message messages billboard billboards card cards`)

// signSpeaker reads "X held a sign that read “…”" (X), "a sign reading
// “…”" (the sign's holder) and "A sign read “…”" (the sign): the lead-in
// lt ends at lt[z] with "read", "reads", "reading", "said" or "saying".
func (a *attributor) signSpeaker(lt []text.Token, z int) *found {
	t := lt[z]
	switch t.Lower {
	case "read", "reads", "reading", "said", "saying", "says":
	default:
		return nil
	}
	n := z - 1
	if n >= 0 && (lt[n].Lower == "that" || lt[n].Lower == "which") {
		n--
	}
	if n < 0 || !signNouns[lt[n].Lower] {
		return nil
	}
	nb := npLeftFrom(lt, n)
	if nb < 0 {
		return nil
	}
	cue := a.span(t.Start, t.End())
	if nb > 0 {
		// the sign is the object of a verb: its subject holds it
		m := nb - 1
		if v := lt[m]; tensedTag(v.Tag) || v.Tag == "VBN" {
			if b, e, apB, apE, ok := subjectLeft(lt, m, 0); ok && !countedSubject(lt, b, e) {
				return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
			}
		}
		if v := lt[m]; v.Tag == "VBG" && m > 0 && lt[m-1].Text == "," {
			if b, e, apB, apE, ok := mainSubject(lt, m); ok {
				return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
			}
		}
		if lt[m].Tag == "IN" {
			return nil // "under a banner that read …"
		}
	}
	if lt[nb].Tag == "VBG" && nb < n {
		// "…, calling for his firing and carrying signs saying, “…”": the
		// participle's subject holds the signs
		if b, e, apB, apE, ok := mainSubject(lt, nb); ok {
			return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
		}
		return nil
	}
	return &found{cue: cue, src: a.source(lt, nb, n, -1, -1)}
}

// statementSpeaker reads a lead-in whose last words are a statement put
// out by the subject: "President Clinton released the following
// statement: “…”", "Trump issued a statement, “…”" (the subject of the
// verb whose object the statement is).
func (a *attributor) statementSpeaker(lt []text.Token, z int) *found {
	if !mediumNouns[lt[z].Lower] || lt[z].Tag != "NN" || z+1 >= len(lt) {
		return nil
	}
	nb := npLeftFrom(lt, z)
	if nb < 1 || nb < z-4 {
		return nil
	}
	m := nb - 1
	if v := lt[m]; !tensedTag(v.Tag) || lexicon.CueVerbs[v.Lower] != "" || copulas[v.Lower] {
		return nil
	}
	b, e, apB, apE, ok := subjectLeft(lt, m, 0)
	if !ok || countedSubject(lt, b, e) || !personLike(lt[e]) {
		return nil
	}
	cue := a.span(lt[m].Start, lt[z].End())
	if l := lt[len(lt)-1]; l.Text == ":" {
		cue = a.span(l.Start, l.End()) // as every colon lead-in
	}
	return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
}

// hereSpeaker reads "Here's X in December 1992: “…”" and "Here is X's
// answer: “…”" (X).
func (a *attributor) hereSpeaker(lt []text.Token, z int) *found {
	if z < 2 || lt[len(lt)-1].Text != ":" || lt[0].Lower != "here" {
		return nil
	}
	b := 1
	if l := lt[1].Lower; l == "'s" || l == "’s" || l == "is" || l == "was" || l == "are" {
		b = 2
	} else {
		return nil
	}
	e := npRight(lt, b)
	if e < 0 || e > z {
		return nil
	}
	for m := b + 1; m <= e; m++ {
		if isPossessive(lt[m]) {
			e = m - 1 // "Obama's word" → Obama
			break
		}
		if l := lt[m].Lower; (l == "in" || l == "on" || l == "at" || l == "during") && m+1 <= e &&
			(lexicon.MonthWords[lt[m+1].Lower] || timeWords[lt[m+1].Lower] || lt[m+1].Tag == "CD") {
			e = m - 1 // "Clinton in December 1992"
			break
		}
	}
	if !lt[b].Capitalised() && lt[b].Tag != "DT" {
		return nil
	}
	cue := a.span(lt[len(lt)-1].Start, lt[len(lt)-1].End())
	return &found{cue: cue, src: a.source(lt, b, e, -1, -1)}
}

// personNouns head descriptions of people who speak: "the man shouted".
var personNouns = lexicon.WordSet(`man woman men women crowd audience protester protesters supporter supporters voter
voters someone people person child boy girl resident residents fan fans heckler hecklers delegate delegates
attendee attendees worker workers student students group`)

// personLike reports whether a subject's head can be a speaker of any verb:
// a name, a personal pronoun, a role or a person noun.
func personLike(t text.Token) bool {
	switch t.Lower {
	case "he", "she", "i", "we", "they", "you":
		return true
	}
	return t.Capitalised() || roleNouns[strings.TrimSuffix(t.Lower, "s")] || personNouns[t.Lower]
}

// headingSpeaker reads a lead-in that is only a name, with its role, on a
// line or heading of its own before the quoted paragraphs ("Maria Lopez,
// director of the food bank:", "Finance Minister Ana Ruiz:"): the name is
// the speaker. The lead-in holds no verb and opens its paragraph.
func (a *attributor) headingSpeaker(lt []text.Token, z int) *found {
	colon := lt[len(lt)-1]
	if colon.Text != ":" || !lt[0].Capitalised() || a.paraOf(lt[0].Start) != a.paraOf(colon.Start) || a.d.Paragraphs[a.paraOf(lt[0].Start)].Start != lt[0].Start {
		return nil
	}
	for _, t := range lt[:z+1] {
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" || t.Tag == "MD" || t.Text == "." || t.Text == ";" {
			return nil
		}
	}
	e := npRight(lt, 0)
	if e < 0 || e > z || !lt[e].Capitalised() {
		return nil
	}
	apB, apE := -1, -1
	if e < z {
		if lt[e+1].Text != "," {
			return nil
		}
		apB, apE = e+2, z
	}
	src := a.source(lt, 0, e, apB, apE)
	if src == nil || src.Kind != kindPerson && !a.reg.nameAt(src.Start, src.End) {
		return nil
	}
	return &found{rule: "heading-speaker", cue: a.span(colon.Start, colon.End()), src: src}
}

// tokenDatelineEnd returns the index of the first token after a dateline
// in capitals opening the sentence ("MONTERREY — Cemex, Mexico's largest
// cement maker, said …", "NEW DELHI: About 25 per cent …"; rule
// dateline-no-name), 0 when none: the place is no subject.
func tokenDatelineEnd(ts []text.Token, lim int) int {
	for k := 0; k < lim && k < 4; k++ {
		t := ts[k].Text
		if k > 0 && (t == "—" || t == "–" || t == "-" || t == ":") {
			return k + 1
		}
		if len(t) < 2 || !text.AllCaps(t) {
			return 0
		}
	}
	return 0
}
