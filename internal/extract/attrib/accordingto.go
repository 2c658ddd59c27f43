package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// accordingToAt reports "according to" at ts[i:].
func accordingToAt(ts []text.Token, i int) bool {
	return i >= 0 && i+1 < len(ts) && ts[i].Lower == lexicon.AccordingTo[0] && ts[i+1].Lower == lexicon.AccordingTo[1]
}

// accordingCue returns the number of words of the lexicon.AccordingCues
// phrase at ts[j], 0 when none: "according to", "as per", "per" (a clause's
// first word before a name or a determiner: "Per the CDC", ", per Reuters").
func accordingCue(ts []text.Token, j int) int {
	for _, c := range lexicon.AccordingCues {
		n := len(c)
		if j+n >= len(ts) {
			continue
		}
		ok := true
		for i, w := range c {
			if ts[j+i].Lower != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if c[0] != lexicon.AccordingTo[0] && !((j == 0 || ts[j-1].Text == "," || ts[j-1].Tag == "``") && (ts[j+n].Tag == "DT" || ts[j+n].Capitalised() && ts[j+n].Tag != "CD" || perDocument(ts, j+n))) {
			continue // ("$5 per share", "as per capita income rose", "As per usual")
		}
		return n
	}
	return 0
}

// docSourcePreps put a document's source after it: "figures from the
// Department of Economy and Tourism", "data by Sprout Social" (perDocument).
var docSourcePreps = lexicon.WordSet(`from by`)

// perDocument reports a document after a clause-opening "per" or "as
// per" with no determiner: a possessive pronoun's ("As per its latest
// bulletin", "as per their figures") or a bare plural of lexicon.DocNouns
// with its source after "from"/"by" ("per figures from the Department of
// Economy and Tourism", an ingest page's "Per data from Sprout Social").
func perDocument(ts []text.Token, k int) bool {
	if ts[k].Tag == "PRP$" {
		e := npRight(ts, k)
		return e > k && lexicon.DocNouns[ts[e].Lower]
	}
	return !ts[k].Capitalised() && lexicon.DocNouns[ts[k].Lower] && k+2 < len(ts) && (docSourcePreps[ts[k+1].Lower] || lexicon.AgentParticiples[ts[k+1].Lower] ||
		ts[k+1].Lower == "of" && (ts[k+2].Lower == "the" || ts[k+2].Capitalised()))
}

// timedAgent returns the end of the agent of a document phrase ts[b..e]
// ending in a lexicon.AgentParticiples word, when a time comes between the
// participle and its "by": "a report published on Thursday by Met Éireann
// and the Environmental Protection Agency", "figures released last week by
// the ministry", "a survey conducted earlier this year by the Payments
// Security Task Force" (npRight stops at the time; the time's lead words
// are adjunctTimeLeads).
func timedAgent(ts []text.Token, b, e int) (int, bool) {
	if docHead(ts, b, e) < 0 {
		return 0, false
	}
	if e+1 < len(ts) && lexicon.AgentParticiples[ts[e+1].Lower] {
		e++ // (npRight ends at the noun: "a report | published")
	}
	if e <= b || !lexicon.AgentParticiples[ts[e].Lower] || ts[e].Tag != "VBN" {
		return 0, false
	}
	k := e + 1
	if k < len(ts) && adjunctTimeLeads[ts[k].Lower] {
		k++ // "on Thursday", "in March", "earlier this year"
	}
	te := k
	for te < len(ts) && te-k < 4 && ts[te].Lower != "by" {
		te++
	}
	if te == k || te >= len(ts) || ts[te].Lower != "by" || !dateNP(ts, k, te-1) {
		return 0, false
	}
	ae := npRight(ts, te+1)
	return ae, ae > te
}

// cueAccordingTo: "according to X" (or "as per X", "per X"): the phrase
// after it is the source.
func (a *attributor) cueAccordingTo(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	n := accordingCue(ts, j)
	if n == 0 {
		return false
	}
	e := npRight(ts, j+n)
	if e < 0 {
		e = quotedTitle(ts, j+n) // according to "Perfect Enough" by George Anders
	}
	if e < 0 {
		return true
	}
	if ae, ok := timedAgent(ts, j+n, e); ok {
		e = ae // "a report published on Thursday by Met Éireann"
	}
	e = nameListEnd(ts, j+n, e)
	src, last := a.sourceAppos(ts, j+n, e)
	if ab, ae, _, ok := docParticipleAgent(ts, j+n); ok && ab > e {
		// "according to balance of payments data published by the
		// Central Bank of Egypt", "according to the X report, released
		// on Thursday by the CSIRO and the Bureau of Meteorology": the
		// agent (rule according-to, its document-agent form)
		src, last = a.source(ts, ab, ae, -1, -1), ae
	}
	if src != nil && ts[j+n].Tag == "``" {
		src.Name = strings.Trim(src.Name, "\"“”'‘’ ,.") // a title's name without its marks
	}
	// the phrase runs to the next comma: "according to the tally
	// prepared by X and reported by Y, …"
	k := last + 1
	if ts[last].Tag == "``" && ts[last-1].Text == "," {
		k = len(ts) + 1 // a title closing on its comma ends there: “The Art of the Deal,” he paid
	}
	for k < len(ts) && ts[k].Text != "," && ts[k].Text != "." && !a.inQuote(ts[k].Start) {
		k++
	}
	if k > len(ts) {
		k = last + 1
	}
	// closing the sentence after a comma: it governs the sentence
	outer := j > 0 && ts[j-1].Text == "," && (k >= len(ts) || ts[k].Text == "." && k == len(ts)-1)
	sc.fs = append(sc.fs, found{rule: "according-to", cue: a.span(t.Start, ts[j+n-1].End()), src: src, from: sc.start, to: sc.end, exFrom: t.Start, exTo: ts[k-1].End(), outer: outer})
	for j+1 < len(ts) && ts[j+1].Start < ts[k-1].End() {
		j++ // no cue inside the phrase
	}
	sc.j = j
	return true
}
