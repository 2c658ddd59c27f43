package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Interview transcripts and broadcast transcripts.
//
// A paragraph may open with a speaker label and a colon:
//
//   - "Chris Matthews: …", "Matthews: …": capitalised words naming a person
//     by the article's evidence;
//   - "MATTHEWS: …", "JAKE TAPPER: …": the label in capitals, resolved to
//     the fullest name the article gives in ordinary case ("Chris
//     Matthews"), else the label title-cased; a label in capitals that names
//     no one in the article counts only in a transcript (three labelled
//     paragraphs or more), and never a word of page furniture ("UPDATE:",
//     "WATCH:") or an organisation's;
//   - "HOST: …", "REPORTER: …", "Moderator: …": the label of a party the
//     transcript does not name (transcriptParties); its paragraph has no
//     source, and it counts for the transcript test, so the named labels
//     that answer it are speakers even when the article gives their names
//     only in capitals ("HOST: …" ¶ "MAEVE CULLINANE: …": a party's label
//     and one other label are a dialogue);
//   - "Q: …" and "A: …" in a question-and-answer article (both labels
//     present): the answer's numbers are the interviewee's, the person the
//     introduction (the text before the first label) names first and not as
//     the interviewer ("Vice President Joe Biden spent Thursday …, where he
//     spoke with POLITICO senior writer Michael Grunwald"); the question's
//     are the interviewer's when the introduction names one, else no one's.
//
// A label covers its paragraph. In a transcript, an unlabelled paragraph
// between two labelled ones continues the turn before it ("A: It's a big
// mistake. …\nAre there problems? Yeah. …\nQ: …"); a stage direction in
// brackets ("(BEGIN VIDEO CLIP)") ends the turn.
//
// A first-person pronoun ("I", "me", "my") in a turn names its speaker
// (coref.go).

// turn is a speaker's paragraphs in a transcript.
type turn struct {
	from, to int // byte range covered
	cue      claims.Span
	src      *claims.Source // nil: the question of an unnamed interviewer
	cont     bool           // unlabelled paragraphs may continue it (not a name label in ordinary case, often a headline's "Obama: …")
}

// transcriptTurns holds the turns of an article, in text order.
type transcriptTurns struct {
	turns []turn
}

// transcriptLabel returns the speaker label covering the paragraph of
// sentence si (see above), or nil.
func (a *attributor) transcriptLabel(si int) *found {
	t := a.turnAt(a.d.Sentences[si].Start)
	if t == nil || t.src == nil {
		return nil
	}
	return &found{cue: t.cue, src: a.turnSource(t.src), from: t.from, to: t.to}
}

// labelNameRules name, for explain, how a turn's label named its speaker
// (a name label's is the npStep that resolved it).
var labelNameRules = map[int]string{labelQ: "interviewer", labelA: "interviewee", labelCaps: "caps-label"}

// turnSource copies a turn's source src for a claim, with the rule that
// named it (explain).
func (a *attributor) turnSource(src *claims.Source) *claims.Source {
	s := *src
	if a.nameRules != nil {
		a.nameRules[&s] = a.nameRules[src]
	}
	return &s
}

// turnAt returns the transcript turn holding offset off, or nil.
func (a *attributor) turnAt(off int) *turn {
	if a.transcript == nil {
		// no turns while they are being read: a label that resolves a
		// first-person word ("I: …") asks for the turn holding it
		a.transcript = &transcriptTurns{}
		a.transcript = a.findTurns()
	}
	ts := a.transcript.turns
	for i := range ts {
		if ts[i].from <= off && off < ts[i].to {
			return &ts[i]
		}
	}
	return nil
}

// label kinds
const (
	labelNone = iota
	labelQ
	labelA
	labelName // a name in ordinary case, resolved to a person
	labelCaps // a name in capitals
	labelRole // an unnamed party of a transcript ("HOST", "REPORTER")
)

type paraLabel struct {
	kind     int
	b, c     int // label tokens ts[b..c-1], colon ts[c]
	ts       []text.Token
	name     string // resolved name (labelName, labelCaps)
	resolved bool   // labelCaps: found in the article in ordinary case
}

// findTurns reads the labels opening the article's paragraphs.
func (a *attributor) findTurns() *transcriptTurns {
	out := &transcriptTurns{}
	labels := make([]paraLabel, len(a.d.Paragraphs))
	firstSent := make([]int, len(a.d.Paragraphs))
	for i := range firstSent {
		firstSent[i] = -1
	}
	for si := range a.d.Sentences {
		if p := a.d.Sentences[si].Para; firstSent[p] < 0 {
			firstSent[p] = si
		}
	}
	nQ, nA, n, nRole := 0, 0, 0, 0
	firstQA := -1
	for p, si := range firstSent {
		if si < 0 {
			continue
		}
		l := a.paraLabel(si)
		labels[p] = l
		switch l.kind {
		case labelQ:
			nQ++
		case labelA:
			nA++
		case labelRole:
			nRole++
		}
		if (l.kind == labelQ || l.kind == labelA) && firstQA < 0 {
			firstQA = p
		}
		if l.kind != labelNone && (l.kind != labelCaps || l.resolved) {
			n++
		}
		if l.kind == labelCaps && !l.resolved {
			n++ // counted for the transcript test, kept only if it passes
		}
	}
	qa := nQ > 0 && nA > 0
	transcript := n >= 3 || nRole > 0 && n >= 2
	var interviewee, interviewer string
	if qa {
		interviewee, interviewer = a.interviewParties(a.excerptLeadIn(firstQA), a.d.Paragraphs[firstQA].Start)
	}
	var cur *turn
	for p, l := range labels {
		para := a.d.Paragraphs[p]
		switch {
		case l.kind == labelRole && !transcript:
			cur = nil
			continue
		case l.kind == labelNone || (l.kind == labelQ || l.kind == labelA) && !qa || l.kind == labelCaps && !l.resolved && !transcript:
			// an unlabelled paragraph continues the turn before it in a
			// transcript when a labelled paragraph follows
			if cur != nil && cur.cont && transcript && firstSent[p] >= 0 && !strings.HasPrefix(strings.TrimSpace(a.d.Text[para.Start:para.End]), "(") && laterLabel(labels, p+1, qa, transcript) {
				cur.to = para.End
				continue
			}
			cur = nil
			continue
		}
		ts := l.ts
		t := turn{from: para.Start, to: para.End, cue: a.span(ts[l.c].Start, ts[l.c].End()), cont: l.kind != labelName}
		mention := a.d.Text[ts[l.b].Start:ts[l.c-1].End()]
		switch l.kind {
		case labelQ:
			if interviewer != "" {
				t.src = &claims.Source{Name: interviewer, Mention: mention, Start: ts[l.b].Start, End: ts[l.c-1].End(), Kind: kindPerson, Role: "interviewer"}
			}
		case labelA:
			if interviewee != "" {
				t.src = &claims.Source{Name: interviewee, Mention: mention, Start: ts[l.b].Start, End: ts[l.c-1].End(), Kind: kindPerson}
			}
		case labelName:
			t.src = a.source(ts, l.b, l.c-1, -1, -1)
		case labelCaps:
			t.src = &claims.Source{Name: l.name, Mention: mention, Start: ts[l.b].Start, End: ts[l.c-1].End(), Kind: kindPerson}
		}
		if r := labelNameRules[l.kind]; r != "" && t.src != nil && a.nameRules != nil {
			a.nameRules[t.src] = r
		}
		out.turns = append(out.turns, t)
		cur = &out.turns[len(out.turns)-1]
	}
	return out
}

// laterLabel reports whether a paragraph from p on opens with a label that
// counts.
func laterLabel(labels []paraLabel, p int, qa, transcript bool) bool {
	for ; p < len(labels); p++ {
		switch l := labels[p]; l.kind {
		case labelQ, labelA:
			if qa {
				return true
			}
		case labelName:
			return true
		case labelRole:
			if transcript {
				return true
			}
		case labelCaps:
			if l.resolved || transcript {
				return true
			}
		}
	}
	return false
}

// furnitureLabels are words in capitals that open paragraphs without
// naming a speaker.
var furnitureLabels = lexicon.WordSet(`update updated updates breaking watch video photo photos note editor editors
editor's related read more source sources correction clarification advertisement transcript excerpt excerpts
partial full exclusive live warning alert developing contributing reporting disclosure caption credit image
images audio listen subscribe follow share comment comments question questions answer answers announcer narrator
unidentified male female voice crowd audience host moderator interviewer reporter anchor correspondent
protesters protester`)

// transcriptParties are the words of a label naming a party of a broadcast
// or press-conference transcript by its part, not by name ("HOST:",
// "REPORTER:", "UNIDENTIFIED MALE:", "Moderator:"): all of a label's words
// must be among them.
var transcriptParties = lexicon.WordSet(`host co-host presenter anchor reporter reporters interviewer moderator
questioner journalist correspondent announcer narrator caller unidentified male female man woman voice`)

// roleLabel reports whether the label words ws name a transcript party by
// its part (transcriptParties).
func roleLabel(ws []text.Token) bool {
	for _, t := range ws {
		if !transcriptParties[strings.ToLower(strings.Trim(t.Text, "."))] {
			return false
		}
	}
	return len(ws) > 0
}

// paraLabel reads the label sentence si (a paragraph's first) opens with.
func (a *attributor) paraLabel(si int) paraLabel {
	if strings.IndexByte(a.d.SentenceText(si), ':') < 0 {
		return paraLabel{} // every label ends in a colon: no need to tokenise
	}
	ts := a.tokens(si)
	// a transcript excerpt quoted whole: "\"Chris Matthews: Seriously …\""
	b0, quoted := 0, false
	if len(ts) > 0 && lexicon.IsQuoteMark(ts[0].Text) {
		b0, quoted = 1, true
	}
	if len(ts) < b0+3 || !quoted && a.inQuote(ts[0].Start) {
		return paraLabel{}
	}
	// "Q:" / "A:" (and "Q.:" typed as one token)
	if ts[b0+1].Text == ":" {
		switch strings.TrimSuffix(ts[b0].Text, ".") {
		case "Q":
			return paraLabel{kind: labelQ, b: b0, c: b0 + 1, ts: ts}
		case "A":
			return paraLabel{kind: labelA, b: b0, c: b0 + 1, ts: ts}
		}
	}
	c := -1
	caps := true
	for j := b0; j < len(ts) && j < b0+5; j++ {
		if ts[j].Text == ":" {
			c = j
			break
		}
		if !ts[j].Capitalised() || !quoted && a.inQuote(ts[j].Start) {
			return paraLabel{}
		}
		if !text.AllCaps(ts[j].Text) {
			caps = false
		}
	}
	if c < b0+1 || ts[c].Start != ts[c-1].End() {
		return paraLabel{}
	}
	if roleLabel(ts[b0:c]) && (caps || c == b0+1) && a.speechAfter(si, ts, c) {
		return paraLabel{kind: labelRole, b: b0, c: c, ts: ts}
	}
	if caps {
		var words []string
		for _, t := range ts[b0:c] {
			w := strings.Trim(t.Text, ".")
			if furnitureLabels[strings.ToLower(w)] || orgHeads[titleCase(w)] || orgHeads[w] || lexicon.NameTitles[titleCase(w)] && c == b0+1 {
				return paraLabel{}
			}
			words = append(words, w)
		}
		if name, ok := a.capsName(words, ts[b0].Start); ok && a.speechAfter(si, ts, c) {
			return paraLabel{kind: labelCaps, b: b0, c: c, ts: ts, name: name, resolved: true}
		}
		var tc []string
		for _, w := range words {
			tc = append(tc, titleCase(w))
		}
		if len(words) == 1 || a.describingLabel(ts, b0, c, true) || !a.speechAfter(si, ts, c) || lexicon.Places[strings.Join(tc, " ")] {
			// "PRICE: $603-$785", "LOCATIONS: 22 countries", "INTERVAL:
			// When one burns out": a single word in capitals names no one
			// unless the article gives the name in full
			return paraLabel{}
		}
		// a single capitalised acronym-like word ("CNN:", "AP:") is an
		// organisation's, not a speaker's, unless the article says otherwise
		if len(words) == 1 && len(words[0]) <= 3 {
			return paraLabel{}
		}
		// a title before the name is the role ("COMMISSIONER LINDIWE NKOSI:"
		// → Lindiwe Nkosi), a name of two words or more left
		for len(tc) > 2 && lexicon.NameTitles[tc[0]] {
			tc = tc[1:]
		}
		return paraLabel{kind: labelCaps, b: b0, c: c, ts: ts, name: strings.Join(tc, " ")}
	}
	if c == b0+1 && furnitureLabels[strings.ToLower(ts[b0].Text)] {
		return paraLabel{} // "Video: 16-inch MacBook Pro top features"
	}
	if _, kind := a.resolveNP(ts, b0, c-1); kind != kindPerson {
		return paraLabel{}
	}
	name := a.d.Text[ts[b0].Start:ts[c-1].End()]
	if !a.speechAfter(si, ts, c) || lexicon.Places[name] || !a.nameOutsideLabels(name) && a.describingLabel(ts, b0, c, false) {
		return paraLabel{} // "Max Brew: 64 ounces / 8 cups", "Bronze Plan: Cost $760, …", "New York: 28 (18.92%)"
	}
	return paraLabel{kind: labelName, b: b0, c: c, ts: ts}
}

// A label of a list of specifications, plans or prices ("Max Brew: 64
// ounces / 8 cups", "Bronze Plan: Cost $760, Trip cancellation 100%",
// "PRICE: $603-$785", "YOY Growth: 30%") is no speaker. A speaker's label
// names someone the article names elsewhere too ("… spoke with host Carl
// Whitman" ¶ "Carl Whitman: …"), or its words are no common words and
// speech follows it: a verb or a first- or second-person word.

// describingLabel reports whether the last word of the label ts[b..c-1]
// (any word, for a label in capitals) is a word the article also writes in
// lower case ("Plan", "Price", "Brew", "FAVORITE ITEMS").
func (a *attributor) describingLabel(ts []text.Token, b, c int, any bool) bool {
	for k := c - 1; k >= b; k-- {
		if a.reg.lower.has(strings.ToLower(strings.Trim(ts[k].Text, "."))) {
			return true
		}
		if !any {
			break
		}
	}
	return false
}

// speechAfter reports whether the words after the label's colon ts[c] are
// speech: a finite verb or a modal in lower case, or a first- or
// second-person pronoun
// ("Q: Your state lost 4,000 jobs", "BRANDT: We closed it").
func (a *attributor) speechAfter(si int, ts []text.Token, c int) bool {
	if speechWords(ts[c+1:]) || c+1 < len(ts) && lexicon.IsQuoteMark(ts[c+1].Text) {
		return true // (a quotation: "Bernie Sanders: ‘It Is Not A Radical Idea’ …")
	}
	// the paragraph's next sentences ("BRANDT: No. We hired 250 teachers.")
	for k := si + 1; k < len(a.d.Sentences) && k <= si+3 && a.d.Sentences[k].Para == a.d.Sentences[si].Para; k++ {
		if speechWords(a.tokens(k)) {
			return true
		}
	}
	return false
}

// speechWords reports a finite verb or a modal in lower case, or a first-
// or second-person pronoun, among ts.
func speechWords(ts []text.Token) bool {
	for _, t := range ts {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if t.Text == t.Lower { // (not "Cost $760, Cancel for work reasons Yes")
				return true
			}
		}
		switch t.Lower {
		case "i", "we", "you", "my", "our", "your", "me", "us":
			return true
		}
	}
	return false
}

// nameOutsideLabels reports whether the article writes name somewhere not
// as a label (not right before a colon).
func (a *attributor) nameOutsideLabels(name string) bool {
	txt := a.d.Text
	for off := 0; ; {
		i := strings.Index(txt[off:], name)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(name)
		for j < len(txt) && txt[j] == ' ' {
			j++
		}
		if j >= len(txt) || txt[j] != ':' {
			return true
		}
		off = i + len(name)
	}
}

// capsName returns the fullest name in the article whose last words are
// words (a label in capitals) ignoring case: "MATTHEWS" → "Chris
// Matthews", "JAKE TAPPER" → "Jake Tapper". A name the article gives only
// in capitals is title-cased; an organisation's name does not count.
func (a *attributor) capsName(words []string, pos int) (string, bool) {
	best, bestCaps := "", ""
	for _, e := range a.reg.ents {
		if len(e.words) < len(words) || len(e.words) > len(words)+2 {
			continue
		}
		ok := true
		for i, w := range words {
			if !strings.EqualFold(strings.Trim(e.words[len(e.words)-len(words)+i], ".,"), w) {
				ok = false
				break
			}
		}
		if !ok || a.reg.kindOf(e.Name) == kindOrg || len(e.words) > len(words) && a.reg.kindOf(a.reg.fullest(e.Name, -1)) != kindPerson {
			continue // ("CPU:" is not "Intel N-series CPU")
		}
		caps := true
		for _, w := range e.words {
			if !text.AllCaps(w) {
				caps = false
			}
		}
		if caps {
			if len(e.words) > len(strings.Fields(bestCaps)) {
				bestCaps = e.Name
			}
			continue
		}
		if len(e.words) == len(words) && len(words) == 1 && a.reg.kindOf(a.reg.fullest(e.Name, -1)) != kindPerson {
			continue // a lone word not known as a person's name ("Wall")
		}
		full := a.reg.fullest(e.Name, pos)
		if len(strings.Fields(full)) > len(strings.Fields(best)) {
			best = full
		}
	}
	if best != "" {
		return best, true
	}
	if len(strings.Fields(bestCaps)) > len(words) {
		var tc []string
		for _, w := range strings.Fields(bestCaps) {
			tc = append(tc, titleCase(w))
		}
		return strings.Join(tc, " "), true
	}
	return "", false
}

// interviewParties returns the interviewee and the interviewer named in
// the introduction of a question-and-answer article, the text before
// offset end: the interviewer is a person introduced by an interviewer's
// role ("POLITICO senior writer Michael Grunwald", "interviewed by …"); the
// interviewee is the first other person named.
func (a *attributor) interviewParties(from, end int) (interviewee, interviewer string) {
	for _, e := range a.reg.ents {
		if e.Start >= end {
			break
		}
		if e.Start < from {
			continue
		}
		full := a.reg.fullest(e.Name, e.Start)
		k := a.reg.kindOf(full)
		if k == kindOrg || k == "" && len(e.words) < 2 || isAcronymWord(full) || a.furnitureName(e.Start, e.Name, full) {
			continue
		}
		before := strings.Fields(strings.ToLower(a.d.Text[max(0, e.Start-60):e.Start]))
		asker := false
		for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
			w := strings.Trim(before[i], ",.")
			if interviewerWords[w] {
				asker = true
				break
			}
		}
		if asker {
			if interviewer == "" {
				interviewer = full
			}
			continue
		}
		if interviewee == "" && full != interviewer {
			interviewee = full
			// a headline's lead-in word is no part of the name:
			// "Introducing Junior Gaspard, New CEO at Experience"
			if f := strings.Fields(full); len(f) > 2 && headlineLeadIns[strings.ToLower(f[0])] {
				interviewee = strings.Join(f[1:], " ")
			}
		}
	}
	return interviewee, interviewer
}

// excerptLeadIn returns where the introduction of the question-and-answer
// excerpt opening at paragraph firstQA starts: the paragraph right before
// it when that paragraph announces the excerpt with a colon ("In an
// interview with The Standard, Lamin Jassey … described the change.
// Excerpts:", "Calvin Moxey … answered questions from The Tribune. An
// edited excerpt:", articles-dev-5; the Q&A inside a news story, after
// other people were named) and names a person; else the article's start
// (a question-and-answer article: its introduction is all the text before
// the first label).
func (a *attributor) excerptLeadIn(firstQA int) int {
	if firstQA < 1 {
		return 0
	}
	prev := a.d.Paragraphs[firstQA-1]
	if !strings.HasSuffix(strings.TrimSpace(a.d.Text[prev.Start:prev.End]), ":") {
		return 0
	}
	if ee, _ := a.interviewParties(prev.Start, prev.End); ee == "" {
		return 0
	}
	return prev.Start
}

// furnitureName reports whether the name at offset start is no one's name
// for an interview: on a short line of capitalised words alone (an item of
// a site's menu: "Solutions\nPartner Success\nAbout") or words that are all common words of the
// article, titles or role nouns ("New CEO"). No interviewee is better than
// a wrong one: the answers then have no source.
func (a *attributor) furnitureName(start int, name, full string) bool {
	if text.IsDatelinePlace(a.d.Text, start, name) {
		return true // "KUALA LUMPUR: In an interview with The Star, …" (rule dateline-no-party)
	}
	ls := strings.LastIndexByte(a.d.Text[:start], '\n') + 1
	le := strings.IndexByte(a.d.Text[start:], '\n')
	if le < 0 {
		le = len(a.d.Text)
	} else {
		le += start
	}
	if line := strings.Fields(a.d.Text[ls:le]); len(line) <= 3 && !strings.ContainsAny(a.d.Text[ls:le], ",.!?:") {
		furniture := true
		for _, w := range line {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				furniture = false
			}
		}
		if furniture {
			return true
		}
	}
	for _, w := range strings.Fields(full) {
		w = strings.Trim(w, ".,")
		l := strings.ToLower(w)
		if !a.reg.lower.has(l) && !roleNouns[l] && !lexicon.NameTitles[w] && !headlineLeadIns[l] && !nameDeterminers[l] {
			return false
		}
	}
	return true
}

// paragraphDateline reports the place of a dateline in capitals opening
// a paragraph near the top of an article, under its headline and
// standfirst ("MONTERREY — Cemex … said", "CAIRO — …", "NEW DELHI: …"):
// a place, never an organisation the company or the agency could stand
// for (rule dateline-no-name; articles-dev-1, web-dev-4 "DUBAI:", ingest
// pages "WASHINGTON (Reuters) -"). Only the article's top (datelineReach
// bytes) is read: further down a paragraph in capitals is a heading.
func paragraphDateline(txt string, start int, name string) bool {
	if start >= datelineReach || start > 0 && txt[start-1] != '\n' || len(name) < 3 {
		return false
	}
	return text.IsDatelinePlace(txt[start:], 0, name)
}

// datelineReach is how far into an article a dateline may open a paragraph.
const datelineReach = 1200

// headlineLeadIns open a headline presenting a person ("Introducing Junior
// Gaspard", "Meet Jane Doe"); the name chunk may swallow them.
var headlineLeadIns = lexicon.WordSet(`introducing meet meeting welcoming welcome presenting congratulations spotlight`)

// nameDeterminers open a description, never a name ("Our New CEO").
var nameDeterminers = lexicon.WordSet(`the a an our my your his her their its this new`)

// interviewerWords introduce the person asking the questions.
var interviewerWords = lexicon.WordSet(`reporter reporters writer writers editor editors correspondent correspondents
columnist columnists host anchor interviewer moderator journalist journalists by`)

// turnWe returns, for a claim whose source is a first-person plural
// pronoun ("we expect", "our figures show") in a transcript turn, the
// turn's speaker: the turn is the speaker's own words, as a direct quote
// is ("Jameel Ahmad: Inflation was 4.1 per cent, but we expect it to go
// up to between 5 and 7 per cent"; rule transcript-we).
func (a *attributor) turnWe(si int, f *found) *found {
	return a.weAs(f, func() *found { return a.transcriptLabel(si) }, "transcript-we")
}

// weAs gives a claim whose source is a first-person plural pronoun the
// source of owner (a transcript turn's speaker, a lead-in's source; looked
// up only for such a claim), under rule; nil when either is missing. The
// cue stays the verb ("expect"), the mention the pronoun; the name, kind
// and role are the owner's.
func (a *attributor) weAs(f *found, owner func() *found, rule string) *found {
	if f == nil || f.src == nil || !firstPersonPlural[strings.ToLower(f.src.Name)] {
		return nil
	}
	l := owner()
	if l == nil || l.src == nil {
		return nil
	}
	out := *f
	src := *f.src
	src.Name, src.Kind, src.Role = l.src.Name, l.src.Kind, l.src.Role
	out.src = &src
	if a.nameRules != nil {
		a.nameRules[&src] = a.nameRules[l.src]
	}
	out.rule = rule
	return &out
}

// firstPersonPlural are the pronouns of a speaker's "we".
var firstPersonPlural = lexicon.WordSet(`we us our ours`)

// titleCase turns "MCCAIN" into "Mccain" and "O'REILLY" into "O'reilly":
// only a fallback for a name the article never writes in ordinary case.
func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	if len(rs) > 0 {
		rs[0] = unicode.ToUpper(rs[0])
	}
	return string(rs)
}

// labelledQuote returns the speaker of a quote that opens a paragraph with
// a speaker label inside the mark ("\"CLINTON: I feel …", a transcript
// excerpt quoted whole) or right before it ("A: \"We have cut by 175
// basis points …\"", an answer set in quotation marks: the label, not a
// name "A", is the quote's lead-in), or nil.
func (a *attributor) labelledQuote(qi int) *found {
	q := a.quotes[qi]
	t := a.turnAt(q.Start)
	if t == nil || t.src == nil || t.from > q.Start {
		return nil
	}
	if t.cue.Start < q.Start {
		if !a.labelOpensQuote(t, qi) {
			return nil
		}
	} else if si := a.d.SentenceAt(q.Start); si < 0 || si > 0 && a.d.Sentences[si-1].Para == a.d.Sentences[si].Para {
		return nil
	}
	return &found{cue: t.cue, src: a.turnSource(t.src)}
}

// labelOpensQuote reports whether the label of turn t stands right before
// quote qi's opening mark, only blanks between its colon and the mark.
func (a *attributor) labelOpensQuote(t *turn, qi int) bool {
	q := a.quotes[qi]
	return t.cue.Start < q.Start && t.cue.End <= q.Start && strings.TrimSpace(a.d.Text[t.cue.End:q.Start]) == ""
}

// unvoicedLabel reports whether quote qi follows a label that names no one
// ("Q: \"…\"" when the introduction names no interviewer): the label is
// the quote's lead-in, so no other rule reads a speaker for it.
func (a *attributor) unvoicedLabel(qi int) bool {
	t := a.turnAt(a.quotes[qi].Start)
	return t != nil && t.src == nil && a.labelOpensQuote(t, qi)
}
