package attrib

// Object relatives: a cue verb whose gapped object is the number's noun
// phrase ("the 1.2 billion dollars it expects to collect").

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// objectRelative reads a cue verb in a relative clause whose gapped
// object is a number phrase before it: "the 1.2 billion dollars it expects
// to collect", "the 30 people the agency reported missing", or the
// comparison "$130 billion more than the budget office had projected". The
// subject of the verb is the source of the phrase (a definite noun phrase
// holding a number, or the number before "more/less than"); the verb has no
// object of its own.
func (a *attributor) objectRelative(ts []text.Token, j int) (found, bool) {
	t := ts[j]
	if !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" || t.Tag == "VBN" && (j == 0 || !auxWords[ts[j-1].Lower]) {
		return found{}, false
	}
	b, e, apB, _, _, ok := cueSubject(ts, j)
	if !ok || apB >= 0 {
		return found{}, false
	}
	// the object noun and a proper-name subject read as one phrase: "the
	// 22.3 billion gallons Congress had sought"
	for m := b; m < e; m++ {
		if !ts[m].Capitalised() && strings.HasPrefix(ts[m].Tag, "NN") && ts[m+1].Capitalised() {
			b = m + 1
			break
		}
	}
	if b < 2 || countedSubject(ts, b, e) || ts[b].Lower == "who" || ts[b].Lower == "which" || ts[b].Lower == "that" {
		return found{}, false // ("the 900 people who voted": a subject relative)
	}
	n := j + 1
	for n < len(ts) && ts[n].Tag == "RB" {
		n++
	}
	if n < len(ts) && !objectGap(ts, n) {
		return found{}, false
	}
	h := b - 1
	if ts[h].Lower == "that" || ts[h].Lower == "which" {
		if n < len(ts) && ts[n].Lower == "to" {
			// "the handgun that he plans to use …" may be a complement
			// clause ("wrote that he plans to …"): only a reduced relative
			return found{}, false
		}
		h--
	}
	if h < 1 {
		return found{}, false
	}
	from := relativeHeadStart(ts, h)
	if from < 0 {
		return found{}, false
	}
	return found{cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, -1, -1), from: from, to: ts[b].Start, exFrom: ts[b].Start, exTo: t.End(), relative: true}, true
}

// amountQualifiers qualify the amount a relative describes: "the about 5
// trillion won analysts had expected", "the nearly 300 jobs it plans to cut".
var amountQualifiers = lexicon.WordSet(`about around nearly almost some roughly over under`)

// objectGapWords and gapMarks follow a relative clause's verb whose object
// is the noun it describes ("the sum he expects to collect", "the people
// reported missing last week"); complementGapWords follow the verb of a
// complement ("… experts say it costs to run").
var (
	objectGapWords     = lexicon.WordSet(`to last this in on for earlier`)
	gapMarks           = lexicon.WordSet(`, . ; )`)
	complementGapWords = lexicon.WordSet(`to in on for`)
)

// objectGap reports whether the verb's object is missing at ts[n], the
// token after the verb (and its adverbs): the relative's gap ("the 30
// people the agency reported missing", "the sum he expects to collect"),
// also inside a complement ("the minimum $20 million experts say it costs
// to run").
func objectGap(ts []text.Token, n int) bool {
	w := ts[n]
	gap := objectGapWords[w.Lower] || gapMarks[w.Text] || timeWords[w.Lower] || lexicon.MonthWords[w.Lower] ||
		(strings.HasPrefix(w.Tag, "JJ") || w.Tag == "VBG" || w.Tag == "VBN") && n+1 < len(ts) && (ts[n+1].Text == "," || ts[n+1].Text == ".") // "reported missing"
	if !gap && (w.Tag == "PRP" || w.Tag == "NNP") && n+2 < len(ts) {
		// the gap inside the complement: "the minimum $20 million
		// experts say it costs to run", "the 3 people the Post reported
		// Clinton is vetting"
		v := n + 1
		for v < len(ts) && (ts[v].Tag == "NNP" || ts[v].Tag == "RB" || auxWords[ts[v].Lower] && v+1 < len(ts) && strings.HasPrefix(ts[v+1].Tag, "VB")) {
			v++
		}
		if v+1 < len(ts) && strings.HasPrefix(ts[v].Tag, "VB") {
			x := ts[v+1]
			gap = complementGapWords[x.Lower] || x.Text == "," || x.Text == "." || timeWords[x.Lower]
		}
	}
	return gap
}

// relativeHeadStart returns the byte offset where the numbers the relative
// clause governs start, given its head ending at ts[h]: the number before
// "more/less than" ("$130 billion more than the budget office had
// projected"), or a definite phrase holding a number ("the 30 people");
// -1 when neither.
func relativeHeadStart(ts []text.Token, h int) int {
	from := -1
	switch ts[h].Lower {
	case "than":
		if c := ts[h-1].Lower; c == "more" || c == "less" || c == "fewer" || c == "higher" || c == "lower" || c == "greater" {
			m := h - 2
			for m >= 0 && (ts[m].Tag == "CD" || ts[m].Text == "$" || ts[m].Text == "%" || ts[m].Lower == "percent" || qualifierLinks[ts[m].Lower]) {
				m--
			}
			if m < h-2 && ts[m+1].Tag == "CD" || m < h-3 {
				from = ts[m+1].Start
			}
		}
	default:
		if !nounish(ts[h]) && ts[h].Tag != "CD" && (h < 1 || ts[h-1].Tag != "CD") {
			return -1 // (a unit word after its number is the head, whatever its tag: "the about 5 trillion won analysts had expected", "won" read as a verb)
		}
		hb := h
		for hb > 0 && (nounish(ts[hb-1]) || ts[hb-1].Tag == "CD" || ts[hb-1].Text == "$" || amountQualifiers[ts[hb-1].Lower] && (ts[hb].Tag == "CD" || ts[hb].Text == "$")) && h-hb < 8 {
			hb--
		}
		if hb == 0 || ts[hb-1].Lower != "the" {
			return -1
		}
		for m := hb; m <= h; m++ {
			if ts[m].Tag == "CD" {
				from = ts[hb-1].Start
			}
		}
	}
	return from
}

// nounTaggedVerb reads a third-person form of an attitude cue that prose
// tagged as a plural noun as the verb, between a name and a verb phrase:
// "Sanders supports raising the wage", "Lee wants to", "Ruiz opposes the".
func nounTaggedVerb(ts []text.Token, j int) bool {
	t := ts[j]
	if t.Tag != "NNS" { // (before the look-up: this runs at every token)
		return false
	}
	l, ok := lexicon.CueVerbs[t.Lower]
	if !ok || !lexicon.VerbOnly[l] || !strings.HasSuffix(t.Lower, "s") || j == 0 || j+1 >= len(ts) {
		return false
	}
	p, n := ts[j-1], ts[j+1]
	if p.Tag == "NN" && j >= 2 && ts[j-2].Tag == "DT" && n.Tag == "TO" && j+2 < len(ts) && ts[j+2].Tag == "VB" {
		// "The government plans to build 30 million homes": a singular
		// subject, then an infinitive, and no other finite verb in the
		// clause ("the government plans to build homes were dropped")
		for k := j + 3; k < len(ts) && ts[k].Text != ","; k++ {
			if finiteTag(ts[k].Tag) {
				return false
			}
		}
		return true
	}
	return p.Capitalised() && (p.Tag == "NNP" || p.Tag == "NNS" || p.Tag == "NNPS") &&
		(n.Tag == "VBG" || n.Tag == "TO" || n.Tag == "DT" || n.Tag == "PRP$")
}

// adjunctRelative finds, in a cue's object, a reduced passive relative
// inside a prepositional adjunct after a number-free object ("cited the
// figure at last week's forum viewed by 14.7 million people") and returns
// the participle's index, or -1.
func adjunctRelative(ts []text.Token, i int) int {
	e := npRight(ts, i)
	if e < 0 || e+1 >= len(ts) || ts[e+1].Tag != "IN" || ts[e+1].Lower == "of" {
		return -1
	}
	for m := i; m <= e; m++ {
		if ts[m].Tag == "CD" || ts[m].Text == "$" {
			return -1
		}
	}
	pe := npRight(ts, e+2)
	if pe < 0 || pe+2 >= len(ts) {
		return -1
	}
	if p := ts[pe+1]; (p.Tag == "VBN" || p.Tag == "VBD") && ts[pe+2].Lower == "by" {
		return pe + 1
	}
	return -1
}
