package attrib

import (
	"strings"

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

// nameLineReach is how many quoted paragraphs a heading covers.
const nameLineReach = 8

// nameLineSpeaker returns the speaker named on a name line over the
// paragraph quote qi opens, through quoted paragraphs only, or nil.
func (a *attributor) nameLineSpeaker(qi int) *found {
	p := a.paraOf(a.quotes[qi].Start)
	if p <= 0 || !a.paragraphOpener(qi) {
		return nil
	}
	for k := p - 1; k >= 0 && p-k <= nameLineReach; k-- {
		pt := strings.TrimSpace(a.d.Text[a.d.Paragraphs[k].Start:a.d.Paragraphs[k].End])
		if pt == "" {
			continue
		}
		if r := attrFirstRune(pt); lexicon.IsQuoteMark(string(r)) {
			continue // a quoted paragraph under the same heading
		}
		return a.nameHeading(k)
	}
	return nil
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
			if tg := ts[m].Tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
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
