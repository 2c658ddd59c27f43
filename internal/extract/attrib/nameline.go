package attrib

import (
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// A speaker named on a heading line over quoted paragraphs (expert
// round-ups, reviews with an "expert take", interviews laid out by
// speaker): the heading is a paragraph holding only a name, with an
// optional role after a comma and an optional "From", and no verb or
// closing punctuation:
//
//	Conor Allison, Wareable Editor
//	“As the editor of Wareable, I’ve tested dozens of fitness trackers …”
//	“My advice to everyone: … 10,000 steps …”
//
//	From Subbu Sthanu, Chief Commercial Officer of IPVanish
//	“A common issue I encounter is …”
//
// The quotes opening the paragraphs under the heading, up to the first
// paragraph that does not open with a quotation mark, are the named
// person's when nothing nearer names their speaker (nameLineSpeaker, a step
// of speaker). No verb or phrase attributes them: the claims get the source
// and no cue (ANNOTATION.md: the cue is the attribution verb or phrase). A heading with a colon ("Name, role:") is a lead-in
// (headingSpeaker, speaker_lead.go); "By Name" is a byline, not a speaker.

// Under such a heading a paragraph may open with a topic label before its
// quote ("Less pressure on buyers: “…”", "Monthly payments ease: “…”"):
// the label is the writer's summary, not a speaker (labelQuote), so the
// quote is the heading's person's too, and the walk up to the heading
// passes over labelled paragraphs as over quoted ones.

// nameLineReach is how many quoted paragraphs a heading covers.
const nameLineReach = 8

// nameLineSpeaker returns the speaker named on a name line over the
// paragraph quote qi opens, through quoted paragraphs only, or nil.
func (a *attributor) nameLineSpeaker(qi int) *found {
	p := a.paraOf(a.quotes[qi].Start)
	if p <= 0 || !a.paragraphOpener(qi) && !a.labelQuote(qi) {
		return nil
	}
	for k := p - 1; k >= 0 && p-k <= nameLineReach; k-- {
		pt := strings.TrimSpace(a.d.Text[a.d.Paragraphs[k].Start:a.d.Paragraphs[k].End])
		if pt == "" {
			continue
		}
		if r := attrFirstRune(pt); lexicon.IsQuoteMark(string(r)) || topicLabel(pt) >= 0 {
			continue // a quoted or labelled paragraph under the same heading
		}
		return a.nameHeading(k)
	}
	return nil
}

// labelNameLine is the name-line speaker of a quote after a topic label:
// the label names nobody, so the heading above decides before any reading
// of the label as a lead-in ("Baby boomers remain the dominant force:" is
// no speaker).
func (a *attributor) labelNameLine(qi int) *found {
	if !a.labelQuote(qi) {
		return nil
	}
	return a.nameLineSpeaker(qi)
}

// labelQuote reports whether quote qi is the first quote of a paragraph
// that opens with a topic label (topicLabel).
func (a *attributor) labelQuote(qi int) bool {
	p := a.paraOf(a.quotes[qi].Start)
	if p < 0 {
		return false
	}
	para := a.d.Paragraphs[p]
	i := topicLabel(a.d.Text[para.Start:para.End])
	return i >= 0 && para.Start+i == a.quotes[qi].Start
}

// topicLabelMaxWords bounds a topic label's length.
const topicLabelMaxWords = 12

// pluralPronouns take a base-form verb as plural nouns do ("We report").
var pluralPronouns = lexicon.WordSet(`i we you they`)

// subjectBeforeBase reports whether w can be the subject of a base-form
// verb after it: a plural noun or a pronoun ("Experts warn", "We report"),
// so that the word after it is a verb, not a noun.
func subjectBeforeBase(w string) bool {
	l := strings.ToLower(w)
	return pluralPronouns[l] || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// topicLabel returns the byte offset of the opening quotation mark of a
// paragraph pt that reads "label: “…": the label is a phrase of 2 to
// topicLabelMaxWords words with no speech verb (a lexicon.CueVerbs word
// inflected or after its subject; a base form may be a noun) and no
// capitalised word after its first, so no name ("Finance Minister Ana
// Ruiz:", "He said:" are lead-ins, not labels); -1 when pt is not so.
func topicLabel(pt string) int {
	q := strings.IndexAny(pt, "“\"")
	if q < 0 {
		return -1
	}
	label := strings.TrimSpace(pt[:q])
	if !strings.HasSuffix(label, ":") || strings.ContainsAny(label, "\n;?!”‘’«»") {
		return -1
	}
	ws := strings.FieldsFunc(strings.TrimSuffix(label, ":"), func(r rune) bool { return r == ' ' || r == '—' || r == '–' || r == ',' })
	if len(ws) < 2 || len(ws) > topicLabelMaxWords {
		return -1
	}
	for i, w := range ws {
		if lemma, ok := lexicon.CueVerbs[strings.ToLower(w)]; ok && (lemma != strings.ToLower(w) || i > 0 && subjectBeforeBase(ws[i-1])) {
			return -1 // "He said:", "Experts warn:"; not "incoming demand:"
		}
		if r := attrFirstRune(w); i > 0 && unicode.IsUpper(r) {
			return -1
		}
	}
	return q
}

// nameHeading reads paragraph k as a name heading (see above), or nil.
func (a *attributor) nameHeading(k int) *found {
	para := a.d.Paragraphs[k]
	pt := strings.TrimSpace(a.d.Text[para.Start:para.End])
	if len(pt) > 140 || strings.ContainsAny(pt, "\n:;?!\"“”") || strings.HasSuffix(pt, ".") {
		return nil
	}
	si := a.d.SentenceAt(para.Start + strings.Index(a.d.Text[para.Start:para.End], pt))
	if si < 0 || a.d.Sentences[si].End < para.Start+len(pt) {
		return nil // more than one sentence
	}
	ts := a.tokens(si)
	if len(ts) == 0 || ts[0].Lower == "by" {
		return nil // a byline
	}
	b := 0
	if len(ts) > 0 && ts[0].Lower == "from" {
		b = 1
	}
	e := b
	for e < len(ts) && ts[e].Capitalised() && ts[e].Text != "," {
		e++
	}
	e-- // the name is ts[b..e]
	if n := e - b + 1; n < 2 || n > 4 {
		return nil
	}
	for m := b; m <= e; m++ {
		if lexicon.Places[ts[m].Text] || lexicon.MonthWords[ts[m].Text] || orgHeads[ts[m].Text] || isAcronymWord(ts[m].Text) {
			return nil
		}
	}
	apB, apE := -1, -1
	switch {
	case e+1 == len(ts):
	case ts[e+1].Text == "," && e+2 < len(ts) && len(ts)-(e+2) <= 14:
		apB, apE = e+2, len(ts)-1
		for m := apB; m <= apE; m++ {
			if finiteTag(ts[m].Tag) {
				return nil // a clause, not a role
			}
		}
	default:
		return nil
	}
	name := a.d.Text[ts[b].Start:ts[e].End()]
	kind := a.reg.kindOf(a.reg.fullest(name, ts[b].Start))
	if kind == kindOrg || apB < 0 && kind != kindPerson {
		return nil // a section title ("Common Objections"), a brand
	}
	src := a.source(ts, b, e, apB, apE)
	if src == nil {
		return nil
	}
	src.Kind = kindPerson
	return &found{rule: "name-line", src: src} // no cue: no verb or phrase attributes the quotes
}
