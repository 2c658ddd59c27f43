package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Speaker after a fronted clause. A sentence may open with a subordinate
// clause and name its speaker only after it: "Although prices actually
// went up by 1.3% during December, the Halifax said that was …", "While
// sales rose 4 percent in May, the company said demand was weak". The
// speech cue's content starts after the cue, so the figure in the fronted
// clause stays the article's ("While the lineup is light (only three
// games …), Early says there is a possibility …" is the reporter's
// narration) unless the content refers back to the clause with a
// demonstrative ("that was a blip", "this reflected …"): then the speaker
// says the whole sentence (frontedSpeech extends the cue over the clause).

// frontedOpeners open a subordinate clause fronted before the main one.
var frontedOpeners = lexicon.WordSet(`although though while whereas despite even as with since because after
given`)

// frontedSpeech extends each speech cue whose subject follows a fronted
// clause at the start of the sentence over that clause.
func (a *attributor) frontedSpeech(ts []text.Token, fs []found, sStart int) {
	if len(ts) < 4 || !frontedOpeners[ts[0].Lower] {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.src == nil || f.outer || f.from <= sStart || f.exFrom <= sStart {
			continue
		}
		l := lexicon.CueVerbs[strings.ToLower(f.cue.Text)]
		if l == "" || lexicon.AttitudeCues[l] || lexicon.AccusationCues[l] || questionCues[l] {
			continue
		}
		// the subject opens right after the clause's comma
		b := 0
		for b < len(ts) && ts[b].Start < f.exFrom {
			b++
		}
		if b < 2 || b >= len(ts) || ts[b].Start != f.exFrom || ts[b-1].Text != "," || f.cue.Start < f.exFrom {
			continue
		}
		// one clause before it: no other comma-free cue, no semicolon or quote
		clean := true
		for k := 0; k < b-1; k++ {
			if ts[k].Text == ";" || ts[k].Tag == "``" || ts[k].Tag == "''" || a.inQuote(ts[k].Start) {
				clean = false
				break
			}
		}
		for _, g := range fs {
			if g.cue.Start < f.exFrom {
				clean = false
			}
		}
		if clean && refersBack(ts, f.cue.End) {
			f.from = sStart
		}
	}
}

// refersBack reports whether the content after the cue at offset end opens
// with a demonstrative subject standing for the fronted clause: "said that
// was", "said this reflected", "noted that this is".
func refersBack(ts []text.Token, end int) bool {
	k := 0
	for k < len(ts) && ts[k].Start < end {
		k++
	}
	if k+1 < len(ts) && ts[k].Lower == "that" && (ts[k+1].Lower == "this" || ts[k+1].Lower == "that" || ts[k+1].Lower == "it") {
		k++ // "said that this was"
	}
	if k+1 >= len(ts) || ts[k].Lower != "that" && ts[k].Lower != "this" && ts[k].Lower != "it" {
		return false
	}
	n := ts[k+1]
	return n.Tag == "VBD" || n.Tag == "VBZ" || n.Tag == "MD" || auxWords[n.Lower]
}
