package extract

import "strings"

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

// leadSpeaker reads the speaker of quote qi from its lead-in.
func (a *attributor) leadSpeaker(qi int) *found {
	q := a.quotes[qi]
	si := a.d.SentenceAt(q.Start)
	if si < 0 {
		return nil
	}
	floor := a.d.Sentences[si].Start
	if floor == q.Start && si > 0 {
		// a lead-in sentence of its own ending with a colon: "X told
		// reporters:" (in this paragraph or closing the previous one)
		prev := a.d.Sentences[si-1]
		if !strings.HasSuffix(strings.TrimSpace(a.d.Text[prev.Start:prev.End]), ":") {
			return nil
		}
		si--
		floor = prev.Start
	}
	if qi > 0 && a.quotes[qi-1].End > floor {
		floor = a.quotes[qi-1].End
	}
	var lt []atok
	for _, t := range a.tokens(si) {
		if t.Start >= floor && t.Start < q.Start {
			lt = append(lt, t)
		}
	}
	z := len(lt) - 1
	for z >= 0 && (lt[z].Text == "," || lt[z].Text == ":" || lt[z].Text == "—" || lt[z].Text == "–" || lt[z].Text == "-") {
		z--
	}
	if z < 1 {
		return nil
	}
	// the cue: a speech verb, past an addressee and adjuncts ("told
	// reporters in an interview", "said in a statement on Monday")
	v := -1
	for k := z; k >= 0 && z-k <= 10; k-- {
		t := lt[k]
		if leadVerb(t, prevTok(lt, k)) {
			v = k
			break
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Text == ";" || t.Text == "." {
			return nil // another clause stands between
		}
	}
	if v < 0 {
		return nil
	}
	cue := a.span(lt[v].Start, lt[v].end())
	p := v - 1
	for p >= 0 && (lt[p].Tag == "RB" || auxWords[lt[p].lower]) && lt[p].lower != "not" {
		p--
	}
	participle := strings.HasSuffix(lt[v].lower, "ing") && p >= 0 && (lt[p].Text == "," || lt[p].Tag == "IN")
	coordinated := p >= 0 && (lt[p].lower == "and" || lt[p].lower == "but")
	if coordinated && p > 0 && lt[p-1].Text != "," && nounish(lt[p-1]) && !(lt[p-1].Tag == "NN" && !lt[p-1].capitalised()) {
		coordinated = false // "X and Y said": a coordinated subject
	}
	if participle || coordinated {
		if b, e, apB, apE, ok := mainSubject(lt, p); ok {
			return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
		}
		return nil
	}
	if lt[v].Tag == "VBG" || lt[v].Tag == "VBN" {
		return nil // "the plan, backed by …": no speaker of its own
	}
	if b, e, apB, apE, ok := subjectLeft(lt, v, 0); ok && !countedSubject(lt, b, e) && !dateNP(lt, b, e) {
		if b > 0 && (lt[b-1].Tag == "IN" || strings.HasPrefix(lt[b-1].Tag, "VB")) {
			// the phrase is an object run into the subject: "asked for a
			// photo and Clinton said" → Clinton
			for m := e - 1; m > b; m-- {
				if lt[m].lower == "and" && lt[m+1].capitalised() && !lt[m-1].capitalised() {
					b = m + 1
					break
				}
			}
		}
		return &found{cue: cue, src: a.source(lt, b, e, apB, apE)}
	}
	return nil
}

// leadVerb: a speech verb that can end a quote's lead-in, whatever its tag
// ("Trump Tweeted:"), or a participle of one ("saying", "adding").
func leadVerb(t, prev atok) bool {
	if mannerVerbs[t.lower] && t.lower != "read" && t.lower != "reads" && t.lower != "went" && t.lower != "shot" {
		return true
	}
	l, ok := cueVerbs[t.lower]
	if !ok || attitudeCues[l] {
		return false
	}
	return isCueVerbAfter(t, prev) || strings.HasPrefix(t.Tag, "VB") || t.Text != t.lower && !strings.HasPrefix(t.Tag, "NN")
}

// mainSubject returns the subject of the main clause of the tokens before
// ts[lim]: past leading adjuncts that end at a comma ("At Sunday's debate,",
// "Asked about it Tuesday,", "Speaking in the East Room,", "When X spoke,"),
// the first noun phrase followed (after an appositive, adverbs and
// auxiliaries) by a finite verb.
func mainSubject(ts []atok, lim int) (b, e, apB, apE int, ok bool) {
	i := 0
	for n := 0; n < 3 && i < lim; n++ {
		t := ts[i]
		if t.lower == "but" || t.lower == "and" || t.lower == "so" || t.lower == "yet" {
			i++
			continue
		}
		if t.Tag == "IN" || t.Tag == "RB" || t.Tag == "WRB" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "TO" || t.Tag == "CD" {
			c := i + 1
			for c < lim && ts[c].Text != "," && c-i <= 25 {
				c++
			}
			if c >= lim || ts[c].Text != "," {
				return 0, 0, -1, -1, false
			}
			i = c + 1
			continue
		}
		break
	}
	e = speakerNPRight(ts, i)
	if e < 0 || e >= lim {
		return 0, 0, -1, -1, false
	}
	apB, apE = -1, -1
	k := e + 1
	if k < lim && ts[k].Text == "," {
		c := k + 1
		for c < lim && ts[c].Text != "," && c-k <= 25 {
			c++
		}
		if c >= lim || ts[c].Text != "," {
			return 0, 0, -1, -1, false
		}
		apB, apE, k = k+1, c-1, c+1
	}
	for k < lim && (ts[k].Tag == "RB" || auxWords[ts[k].lower]) {
		k++
	}
	// (a past tense the tagger read as a participle counts: "Sanders
	// compared/VBN himself to …", but not a passive "… backed by")
	vbn := ts[k].Tag == "VBN" && !(k+1 < lim && ts[k+1].lower == "by")
	if k >= lim || !(ts[k].Tag == "VBD" || ts[k].Tag == "VBZ" || ts[k].Tag == "VBP" || ts[k].Tag == "MD" || vbn || cueVerbs[ts[k].lower] != "") {
		return 0, 0, -1, -1, false
	}
	if countedSubject(ts, i, e) || dateNP(ts, i, e) {
		return 0, 0, -1, -1, false
	}
	return i, e, apB, apE, true
}
