package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Cues that name no source.
//
//   - negated cues: "Telstra would not reveal how many customers remain",
//     "the ministry declined to say how many …", "he never disclosed the
//     $2 million fee": the subject does not assert the figure (cue kept,
//     no source: negatedCue);
//   - passive cues without an agent: "the group is thought to have about
//     300 fighters", "about 200 are said to be missing" (passiveHedge).
//
// Either gives way to another cue with a source whose content holds it
// ("officials said the group is thought to have 300 fighters": the
// officials; dropNamelessInner).

// negatedCue reports whether the cue verb ts[j] is negated: "not", "n't"
// or "never" among the auxiliaries and adverbs before it, or a refusal
// before its "to" ("declined to say").
func negatedCue(ts []text.Token, j int) bool {
	for m := j - 1; m >= 0 && j-m <= 5; m-- {
		t := ts[m]
		switch {
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never":
			return true
		case t.Lower == "to":
			return m > 0 && lexicon.RefusalVerbs[ts[m-1].Lower]
		case t.Tag == "RB" || t.Tag == "MD" || auxWords[t.Lower]:
			continue
		}
		return false
	}
	return false
}

// passiveHedge returns the end index of a passive cue with no agent at
// ts[j] ("is thought to", "are believed to"), the index of its "be", and
// whether it is one.
func passiveHedge(ts []text.Token, j int) (be, to int, ok bool) {
	t := ts[j]
	if t.Tag != "VBN" && t.Tag != "VBD" || j+1 >= len(ts) || ts[j+1].Lower != "to" || !lexicon.PassiveHedges[t.Lower] { // (the look-up last: this runs at every token)
		return 0, 0, false
	}
	m := j - 1
	for m >= 0 && ts[m].Tag == "RB" {
		m-- // "is widely thought to"
	}
	if m < 0 || !lexicon.BeForms[ts[m].Lower] {
		return 0, 0, false
	}
	return m, j + 1, true
}

// silenceUnderNegated takes the source from the cues inside a negated
// cue's content: "Trump never cited evidence that Obama wants to take in
// 250,000 refugees" asserts no one's figure, Obama's least. A closing
// attribution or an "according to" governs the sentence, the negated cue
// included ("55 percent said they do not believe her, according to a
// poll"); a predicate coordinated by "but" is the subject's own assertion
// ("Telstra would not reveal how many customers remain, but said 40,000
// had left", "declined to name the three delegates but said one was …",
// PolNeAR train; butPredicate).
func silenceUnderNegated(txt string, fs []found) {
	for _, f := range fs {
		if f.rule != "negated-cue" {
			continue
		}
		for k := range fs {
			g := &fs[k]
			if g.src != nil && !g.outer && g.rule != "according-to" && g.cue.Start >= f.cue.End && f.covers(g.cue.Start, g.cue.End) && !butPredicate(txt[f.cue.End:g.cue.Start]) {
				g.src, g.rule = nil, "under-negated-cue"
			}
		}
	}
}

// butPredicate reports whether the text between a negated cue and a later
// cue ends in "but" (and adverbs: "but also", "but did say"): the later cue
// is a predicate of its own, not inside the negated one's content. So is a
// clause of its own after "but", its short subject before the cue ("did
// not disclose how much …, but the airline said it would add 1,100 seats",
// PolNeAR train "did not give … but he said that …": butSubject).
func butPredicate(between string) bool {
	ws := strings.Fields(between)
	for len(ws) > 0 && (butAdverbs[strings.ToLower(ws[len(ws)-1])]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && (strings.EqualFold(ws[len(ws)-1], "but") || strings.EqualFold(ws[len(ws)-1], ",but")) {
		return true
	}
	for k := len(ws) - 2; k >= 1 && len(ws)-k <= 5; k-- {
		if strings.EqualFold(ws[k], "but") {
			return butSubject(ws[k+1:])
		}
	}
	return false
}

// butSubject reports whether ws (the words between "but" and a cue) are a
// clause's subject: a pronoun, or a determiner or capitalised word first
// and no punctuation inside ("the airline", "its chief executive", "he",
// "Ms Ortiz").
func butSubject(ws []string) bool {
	for _, w := range ws {
		if strings.ContainsAny(w, ",;:()\"“”") {
			return false
		}
	}
	first := ws[0]
	l := strings.ToLower(first)
	if len(ws) == 1 {
		return butPronouns[l] || first != l
	}
	return butDeterminers[l] || first != l && !butPronouns[l]
}

// butPronouns and butDeterminers open the subject of a clause after "but".
var (
	butPronouns    = lexicon.WordSet(`he she it they we`)
	butDeterminers = lexicon.WordSet(`the a an its his her their this that`)
)

// butAdverbs may stand between "but" and its cue verb.
var butAdverbs = lexicon.WordSet(`also did does later still instead only has had have`)

// dropNamelessInner removes the cues with no source (negated, passive)
// whose place another cue with a source covers: the outer speaker
// asserts the content, hedge and all.
func dropNamelessInner(txt string, fs []found) []found {
	any := false
	for _, f := range fs {
		if f.rule == "negated-cue" || f.rule == "passive-no-agent" {
			any = true
			break
		}
	}
	if !any {
		return fs
	}
	silenceUnderNegated(txt, fs)
	var out []found
	for i, f := range fs {
		if f.rule == "under-negated-cue" {
			continue // the negated cue holds it
		}
		if f.src == nil && (f.rule == "negated-cue" || f.rule == "passive-no-agent") {
			covered := false
			for k, g := range fs {
				if k != i && g.src != nil && (g.cue.Start < f.cue.Start || g.outer || g.rule == "according-to") && g.covers(f.cue.Start, f.cue.End) {
					covered = true
					break
				}
			}
			if covered {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

func isPassiveHedge(ts []text.Token, j int) bool {
	_, _, ok := passiveHedge(ts, j)
	return ok
}

// reflexiveObject reports whether the cue verb ts[j] takes a reflexive
// object: "donors who identified themselves as teachers", "he described
// himself as …" describe their subject; they report no figure.
func reflexiveObject(ts []text.Token, j int) bool {
	return j+1 < len(ts) && reflexives[ts[j+1].Lower]
}

var reflexives = lexicon.WordSet(`myself yourself himself herself itself ourselves yourselves themselves oneself`)
