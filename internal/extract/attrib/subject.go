package attrib

import (
	"strings"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
	"github.com/factcheck/extract/internal/extract/when"
)

// SubjectEvent finds the noun phrase a claim counts or measures ("political
// prisoners", "of the vote" → "vote") and the predicate it is about
// ("released", "remain in detention"), with chunk rules over prose's tags.
func SubjectEvent(d *text.Doc, q *claims.Quantity) (subject, event string) {
	return SubjectEventIn(d, q, nil)
}

// SubjectEventIn is SubjectEvent given the quantity mentions of each
// sentence of d (quantity.Find of its text, by sentence index) that the
// caller found already; nil: they are found again.
func SubjectEventIn(d *text.Doc, q *claims.Quantity, mentions [][]quantity.Mention) (subject, event string) {
	si := d.SentenceAt(q.Quantity.Start)
	if si < 0 {
		return "", ""
	}
	toks := d.Tokens(si)
	first, after := -1, len(toks)
	for i, t := range toks {
		if first < 0 && t.End() > q.Quantity.Start {
			first = i
		}
		if t.Start >= q.Quantity.End {
			after = i
			break
		}
	}
	if first < 0 {
		return "", ""
	}
	if q.Unit == "age" {
		return ageSubject(toks, first), ""
	}
	npStart, npEnd := subjectAfter(toks, after)
	phraseEnd := npEnd // the event is read after the whole phrase
	if npStart < npEnd {
		npEnd = beforeTime(d.Text, toks, npStart, npEnd)
	}
	noSubject := npStart >= npEnd
	if !noSubject {
		// "103 released prisoners": the participle is the event
		if tg := toks[npStart].Tag; (tg == "VBN" || tg == "VBD" || (tg == "JJ" || tg == "NN") && isParticiple(toks[npStart].Text)) && npEnd > npStart+1 {
			event = toks[npStart].Text
			npStart++
		}
		subject = spanText(d.Text, toks[npStart:npEnd])
	} else if q.Unit == "count" && (isVerbPOS(posAt(toks, after)) || lowerTokAt(toks, after) == "more" || lowerTokAt(toks, after) == "others" || npStop[lowerTokAt(toks, after)] && auxiliaries[lowerTokAt(toks, after)]) {
		// "thousands more remain behind bars", "99 were released"
		subject = "people"
	}
	if subject == "" {
		subject = parallelSubject(d, q, si, mentions)
	}
	if event != "" {
		return subject, event
	}
	// the event: a noun governing the quantity ("the release of 107
	// detainees"), else the verb of which it is the object ("released 107
	// individuals"), else the verb of which it is the subject ("1,800 people
	// were arrested"), else that of a coordinated quantity ("28 deaths and
	// hundreds of injuries")
	if event = nominalEvent(d.Text, toks, first); event != "" {
		return subject, event
	}
	if event = eventBefore(d.Text, toks, first); event != "" {
		return subject, event
	}
	k := phraseEnd
	if npStart >= phraseEnd {
		k = after
		if lowerTokAt(toks, k) == "more" || lowerTokAt(toks, k) == "others" {
			k++
		}
	}
	if event = eventAfter(d.Text, toks, k); event != "" {
		return subject, event
	}
	event = parallelEvent(d, q, si, mentions)
	return subject, event
}

// beforeTime ends the noun phrase toks[b:e] before a time expression
// that follows its head noun ("sold 40 cars last week" → "cars", "freed
// 30 hostages Monday" → "hostages"), as the claim times read them
// (internal/extract/when); a phrase that is all a time expression is no
// subject ("rose 5 percent last year"), but one a time word only starts
// is ("40 Sunday schools"), and so is a name a time word ends ("Super
// Tuesday states").
func beforeTime(txt string, toks []text.Token, b, e int) int {
	from := toks[b].Start
	refs := when.Find(txt[from:toks[e-1].End()], time.Time{})
	for _, r := range refs {
		if r.Start == 0 {
			if from+r.End >= toks[e-1].End() {
				return b
			}
			continue
		}
		for k := b + 1; k < e; k++ {
			if toks[k].End() > from+r.Start {
				if toks[k].Capitalised() && toks[k-1].Capitalised() && toks[k-1].Tag != "NNPS" && toks[k-1].Tag != "NNS" {
					break // a name's part: "Super Tuesday states", "Black Friday sales"
				}
				return k
			}
		}
	}
	return e
}

// skipAdjectives are dropped from the front of a subject ("four separate
// prisons" → "prisons").
var skipAdjectives = map[string]bool{
	"separate": true, "other": true, "additional": true, "more": true, "further": true,
	"different": true, "total": true, "several": true, "various": true, "respective": true,
	"remaining": true, "estimated": true, "some": true, "extra": true, "new": true, "such": true,
}

// subjectAfter returns the noun phrase after the quantity: "of the vote",
// "political prisoners", "of demonstrators".
func subjectAfter(toks []text.Token, i int) (int, int) {
	if lowerTokAt(toks, i) == "of" {
		i++
		for i < len(toks) && (toks[i].Tag == "DT" || toks[i].Tag == "PRP$" || toks[i].Tag == "POS") {
			i++
		}
	}
	for i < len(toks) && skipAdjectives[strings.ToLower(toks[i].Text)] {
		i++
	}
	start, end := i, i
	for j := i; j < len(toks) && j < i+6; j++ {
		tg := toks[j].Tag
		if npStop[strings.ToLower(toks[j].Text)] {
			return start, end
		}
		switch {
		case strings.HasPrefix(tg, "NN"):
			end = j + 1
		case tg == "JJ" || tg == "JJR" || (tg == "VBN" || tg == "VBD") && j == i || tg == "HYPH" || toks[j].Text == "-":
			if end > start && j > end {
				return start, end
			}
		default:
			return start, end
		}
	}
	return start, end
}

// npStop ends a noun phrase even when mis-tagged (title case: "88
// Protest Detainees Amid Tensions").
var npStop = map[string]bool{
	"amid": true, "over": true, "in": true, "of": true, "for": true, "after": true, "before": true,
	"as": true, "at": true, "on": true, "to": true, "from": true, "with": true, "by": true,
	"and": true, "or": true, "but": true, "who": true, "which": true, "that": true, "continue": true,
	"remain": true, "were": true, "are": true, "was": true, "is": true, "continues": true,
}

// ageSubject is the name before "Name, 61," or "61-year-old Name".
func ageSubject(toks []text.Token, first int) string {
	j := first - 1
	if j >= 0 && (toks[j].Text == "," || toks[j].Text == "(") {
		j--
	}
	end := j + 1
	for j >= 0 && toks[j].Tag == "NNP" {
		j--
	}
	if j+1 < end {
		parts := make([]string, 0, end-j-1)
		for _, t := range toks[j+1 : end] {
			parts = append(parts, t.Text)
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// auxiliaries are skipped before the main verb.
var auxiliaries = lexicon.Union(lexicon.Modals, lexicon.WordSet(`was were is are be been being have has had 've
reportedly also still now already continue continues continued to`))

// lightVerbs take their complement into the event ("remain in detention",
// "took to the streets").
var lightVerbs = map[string]bool{
	"remain": true, "remains": true, "remained": true, "remaining": true, "stay": true,
	"stayed": true, "stays": true, "took": true, "take": true, "takes": true, "taken": true,
	"taking": true, "went": true, "go": true, "goes": true, "gone": true, "were": false,
}

// eventAfter reads the predicate after the subject: "were arrested",
// "remain behind bars", "who were granted precautionary measures", "leaders
// from the opposition party were detained".
func eventAfter(text string, toks []text.Token, i int) string {
	// a prepositional phrase after the subject
	if posAt(toks, i) == "IN" && lowerTokAt(toks, i) != "that" {
		j := i + 1
		for j < len(toks) && j < i+9 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "POS") {
			j++
		}
		if j < len(toks) && (auxiliaries[strings.ToLower(toks[j].Text)] || finiteTag(toks[j].Tag)) {
			i = j
		}
	}
	if t := posAt(toks, i); t == "WP" || t == "WDT" || lowerTokAt(toks, i) == "that" {
		i++
	}
	for i < len(toks) && (auxiliaries[strings.ToLower(toks[i].Text)] || toks[i].Tag == "MD") {
		i++
	}
	start := i
	for i < len(toks) && toks[i].Tag == "RB" {
		i++
	}
	if i >= len(toks) || !isVerbPOS(toks[i].Tag) {
		return ""
	}
	v := i
	end := v + 1
	lw := strings.ToLower(toks[v].Text)
	switch {
	case lightVerbs[lw]:
		end = complementEnd(toks, v+1)
	case toks[v].Tag == "VBN" && lowerTokAt(toks, v+1) == "of":
		end = complementEnd(toks, v+1)
	case toks[v].Tag == "VBN" && v+1 < len(toks) && (toks[v+1].Tag == "JJ" || toks[v+1].Tag == "NNS" || toks[v+1].Tag == "NN" || isQuoteTok(toks[v+1].Text)):
		// "were granted precautionary measures"
		e := v + 1
		for e < len(toks) && isQuoteTok(toks[e].Text) {
			e++
		}
		for e < len(toks) && (toks[e].Tag == "JJ" || strings.HasPrefix(toks[e].Tag, "NN") && toks[e].Tag != "NNP") {
			e++
		}
		if e > v+1 && strings.HasPrefix(toks[e-1].Tag, "NN") {
			end = e
		}
	}
	return spanText(text, toks[start:end])
}

// complementEnd extends a light verb over a predicate adjective, a
// participle or a prepositional phrase with a common noun.
func complementEnd(toks []text.Token, i int) int {
	if i >= len(toks) {
		return i
	}
	switch tg := toks[i].Tag; {
	case tg == "JJ" || tg == "VBN":
		return i + 1
	case tg == "IN" || tg == "TO":
		j := i + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
			j++
		}
		e := j
		for e < len(toks) && (toks[e].Tag == "JJ" || toks[e].Tag == "NN" || toks[e].Tag == "NNS") {
			e++
		}
		if e > j {
			return e
		}
	}
	return i
}

// eventBefore reads the predicate before the quantity: the nearest verb
// ("released more than 100", "freed from four prisons") or the noun of
// "the release of 107 detainees".
func eventBefore(text string, toks []text.Token, first int) string {
	j := first - 1
	// skip prepositions and determiners, but not a clause boundary ("stated
	// that more than 1,800 ...")
	for k := 0; j >= 0 && k < 4; k++ {
		tg := toks[j].Tag
		if lw := strings.ToLower(toks[j].Text); lw == "that" || lw == "which" || lw == "who" || lw == "whether" || lw == "if" || lw == "because" {
			return ""
		}
		if tg == "IN" || tg == "TO" || tg == "DT" || tg == "RB" || tg == "JJ" || tg == "PRP$" {
			j--
			continue
		}
		break
	}
	if j < 0 {
		return ""
	}
	if isVerbPOS(toks[j].Tag) && !auxiliaries[strings.ToLower(toks[j].Text)] && !isPossessiveWord(toks[j].Text) && !reportingVerbs[strings.ToLower(toks[j].Text)] {
		return toks[j].Text
	}
	return ""
}

// reportingVerbs report a figure rather than being what it is about
// ("Foro Penal estimate about 900 political prisoners remain in detention").
var reportingVerbs = map[string]bool{
	"said": true, "say": true, "says": true, "stated": true, "state": true, "states": true,
	"reported": true, "report": true, "reports": true, "noted": true, "note": true, "notes": true,
	"told": true, "added": true, "estimate": true, "estimates": true, "estimated": true,
	"believe": true, "believes": true, "believed": true, "verified": true, "verify": true,
	"confirmed": true, "confirm": true, "confirms": true, "counted": true, "count": true,
	"counts": true, "recorded": true, "documented": true, "registered": true, "claimed": true,
	"claim": true, "claims": true, "announced": true, "announce": true, "announces": true,
	"put": true, "puts": true, "cited": true, "cites": true, "showed": true, "shows": true,
}

// quantityNouns head noun phrases that only restate the number.
var quantityNouns = map[string]bool{
	"number": true, "total": true, "tally": true, "count": true, "group": true, "majority": true,
	"share": true, "percentage": true, "proportion": true, "rate": true, "amount": true,
	"figure": true, "estimate": true, "list": true, "sum": true, "average": true, "minimum": true,
	"maximum": true, "one": true, "some": true, "all": true, "most": true, "each": true, "none": true,
}

// nominalEvent reads "the release of (the) 107 detainees", "enforced
// disappearances of several dozen people".
func nominalEvent(text string, toks []text.Token, first int) string {
	j := first - 1
	if posAt(toks, j) == "DT" {
		j--
	}
	if lowerTokAt(toks, j) != "of" {
		return ""
	}
	h := j - 1
	if h < 0 || !strings.HasPrefix(toks[h].Tag, "NN") || toks[h].Tag == "NNP" || toks[h].Tag == "NNPS" || quantityNouns[strings.ToLower(toks[h].Text)] {
		return ""
	}
	s := h
	for s > 0 && s > h-2 && (toks[s-1].Tag == "JJ" || toks[s-1].Tag == "VBN") {
		s--
	}
	return spanText(text, toks[s:h+1])
}

// parallelEvent gives "hundreds of injuries" in "resulting in at least 28
// deaths and hundreds of injuries" the event of the coordinated quantity.
func parallelEvent(d *text.Doc, q *claims.Quantity, si int, mentions [][]quantity.Mention) string {
	s := d.Sentences[si]
	text := d.Text[s.Start:s.End]
	ms := sentenceMentions(d, si, mentions)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if s.Start+m.End > q.Quantity.Start || m.Kind != claims.KindClaim {
			continue
		}
		gap := text[m.End : q.Quantity.Start-s.Start]
		sameUnit := m.Unit == q.Unit && q.Unit != "count"
		if !sameUnit && (len(gap) > 40 || strings.ContainsAny(gap, ";.")) {
			return ""
		}
		prev := claims.Quantity{Quantity: claims.Span{Start: s.Start + m.Start, End: s.Start + m.End}, Unit: m.Unit, Kind: m.Kind}
		toks := d.Tokens(si)
		first := -1
		for i, t := range toks {
			if t.End() > prev.Quantity.Start {
				first = i
				break
			}
		}
		if first < 0 {
			return ""
		}
		if e := nominalEvent(d.Text, toks, first); e != "" {
			return e
		}
		if e := eventBefore(d.Text, toks, first); e != "" || !sameUnit {
			return e
		}
	}
	return ""
}

func isQuoteTok(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

func isPossessiveWord(s string) bool { return s == "'s" || s == "’s" || s == "s" }

// sentenceMentions is quantity.Find of sentence si: mentions[si] when the
// caller has it.
func sentenceMentions(d *text.Doc, si int, mentions [][]quantity.Mention) []quantity.Mention {
	if si < len(mentions) {
		return mentions[si]
	}
	s := d.Sentences[si]
	return quantity.Find(d.Text[s.Start:s.End])
}

// parallelSubject gives "43%" in "won 52% of the vote to González's 43%"
// the subject of the previous quantity with the same unit in the sentence.
func parallelSubject(d *text.Doc, q *claims.Quantity, si int, mentions [][]quantity.Mention) string {
	if q.Unit == "count" {
		return ""
	}
	s := d.Sentences[si]
	toks := d.Tokens(si)
	ms := sentenceMentions(d, si, mentions)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if s.Start+m.End > q.Quantity.Start || m.Kind != claims.KindClaim || m.Unit != q.Unit {
			continue
		}
		after := len(toks)
		for i, t := range toks {
			if t.Start >= s.Start+m.End {
				after = i
				break
			}
		}
		if a, b := subjectAfter(toks, after); a < b {
			return spanText(d.Text, toks[a:b])
		}
	}
	return ""
}

func spanText(text string, toks []text.Token) string {
	for len(toks) > 0 && isQuoteTok(toks[0].Text) {
		toks = toks[1:]
	}
	for len(toks) > 0 && isQuoteTok(toks[len(toks)-1].Text) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return ""
	}
	inner := false
	for _, t := range toks {
		if isQuoteTok(t.Text) {
			inner = true
		}
	}
	if !inner {
		return strings.Trim(text[toks[0].Start:toks[len(toks)-1].End()], "\"“”‘’'")
	}
	var b strings.Builder
	for _, t := range toks {
		if isQuoteTok(t.Text) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Trim(t.Text, "\"“”‘’'"))
	}
	return b.String()
}

func isVerbPOS(tag string) bool { return strings.HasPrefix(tag, "VB") }

func posAt(toks []text.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Tag
}

func lowerTokAt(toks []text.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[i].Text)
}

// isParticiple guesses a past participle mis-tagged as an adjective or noun
// ("the 50 freed hostages").
func isParticiple(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	return !edNonParticiples[w]
}

// edNonParticiples end in "-ed" but are no past participles (isParticiple):
// nouns, a number, adjectives.
var edNonParticiples = lexicon.WordSet(`speed breed creed greed seed bleed steed tweed hundred sacred naked wicked rugged kindred`)
