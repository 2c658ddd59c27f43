package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// A paragraph that is only "From X:" or "From X on …:" introduces X's own
// words in the paragraphs after it, with no cue verb: an analyst's note
// pasted into a blog post ("From Goldman on the FOMC operation twist
// announcement:" then the note's numbered points; web-dev-9), a
// publication's text quoted as a block ("From Bloomberg:" then its
// paragraph; PolNeAR train). The lead-in's rule is lead-in/from-name; its
// content is the next paragraph and the numbered or bulleted points that
// follow it (leadInParagraph), as for a lead-in with a cue ("X said:"). In
// that content, a first-person plural ("As we had expected", "our
// expectations") is the lead-in's source (rule lead-in/we), as a
// transcript turn's is its speaker's (turnWe).

// fromLeadIn reads the sentence ts as "From NAME [on|about …]:" and
// returns the name's token range.
func fromLeadIn(ts []text.Token) (b, e int, ok bool) {
	if len(ts) < 3 || ts[0].Text != "From" || ts[len(ts)-1].Text != ":" || !ts[1].Capitalised() {
		return 0, 0, false
	}
	e = 1
	for e+1 < len(ts)-1 && ts[e+1].Capitalised() {
		e++
	}
	if n := ts[e+1]; n.Text != ":" && !fromLeadInTopics[n.Lower] {
		return 0, 0, false // ("From January to March:", "From 2010 to 2015, …")
	}
	return 1, e, true
}

// fromLeadInTopics may follow the name of "From NAME on …:", "From NAME
// about …:", "From NAME in …:".
var fromLeadInTopics = lexicon.WordSet(`on about in`)

// listMarker reports whether a paragraph opens as a point of a list: "2.",
// "3)", "-", "•", "*".
func listMarker(p string) bool {
	p = strings.TrimLeft(p, " \t")
	if p == "" {
		return false
	}
	switch p[0] {
	case '-', '*':
		return len(p) > 1 && p[1] == ' '
	}
	if strings.HasPrefix(p, "•") {
		return true
	}
	k := 0
	for k < len(p) && k < 3 && p[k] >= '0' && p[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(p) && (p[k] == '.' || p[k] == ')') && p[k+1] == ' '
}

// maxListPoints bounds the points of a list read back to its lead-in.
const maxListPoints = 30

// leadInParagraph returns the paragraph whose lead-in may cover paragraph
// para: the one before it, or, when para and the paragraphs before it
// open as points of a list, the one before the list's first point ("From
// Goldman …:" / "1. …" / "2. …").
func (a *attributor) leadInParagraph(para int) int {
	lead := para - 1
	if lead < 1 || !a.listPoint(para) {
		return lead
	}
	for lead > 0 && para-lead <= maxListPoints && a.listPoint(lead) {
		lead--
	}
	return lead
}

func (a *attributor) listPoint(p int) bool {
	pp := a.d.Paragraphs[p]
	return listMarker(a.d.Text[pp.Start:pp.End])
}

// leadInWe returns, for a claim whose source is a first-person plural in
// a lead-in's content, the lead-in's source (rule lead-in/we), or nil.
func (a *attributor) leadInWe(si int, f *found) *found {
	return a.weAs(f, func() *found { return a.leadIn(si) }, "lead-in/we")
}
