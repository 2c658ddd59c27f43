package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// A sentence with no cue of its own right after a sentence that closes on
// an organisation's statement ("Export earnings rose to $1.7 billion …,
// the institute said. Growers received an average of 9,800 lempiras …";
// "…, the bank said. The average export price rose to US$165 …"; "…, the
// ministry said. Mining royalties … rose to 148 billion CFA francs";
// "The department recorded 87,000 transactions …, it said. Foreign
// investors from 120 nationalities bought …"; "…, the bulletin said.
// Dhubri was the worst-hit district, with over 6.4 lakh people affected")
// goes on reporting that statement: wire copy gives a release's figures
// in a run of sentences and names the releaser once. The rule
// previous-statement gives such a sentence the source of the statement
// before it, in the same paragraph only, and only when that statement is
// an organisation's (or a group's, "officials said") closing "said": a
// person's closing "he said" is followed by the reporter's narration as
// often as by more of the speech (PolNeAR annotates no continuation of
// it; the comment on closing reports in nextsentence.go).

// prevStatementForms are the closing cues whose statement runs on into the
// next sentence: the verbs of plain statement (lexicon.CueVerbs lemma).
var prevStatementForms = map[string]bool{"say": true}

// previousStatement returns the closing statement of the sentence before
// si, when si is its continuation (rule previous-statement), or nil.
func (a *attributor) previousStatement(si int) *found {
	f, ok := a.prevStmt[si] // (once per sentence: a run-on sentence may hold thousands of claims)
	if !ok {
		f = a.readPreviousStatement(si)
		if a.prevStmt == nil {
			a.prevStmt = map[int]*found{}
		}
		a.prevStmt[si] = f
	}
	if f == nil {
		return nil
	}
	c := *f
	return &c
}

func (a *attributor) readPreviousStatement(si int) *found {
	if si == 0 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para || len(a.sentence(si)) > 0 {
		return nil
	}
	ts := a.tokens(si)
	if len(ts) == 0 || ts[0].Tag == "``" || lexicon.IsQuoteMark(ts[0].Text) || pronouns[ts[0].Lower] && ts[0].Lower != "it" {
		return nil // a quotation, or the reporter's "He …" narrating a person
	}
	if !changeFromReading(ts) {
		return nil
	}
	k := si - 1
	for _, f := range a.sentence(k) {
		if !f.outer || f.src == nil || f.irrealis || f.from != a.d.Sentences[k].Start || f.cue.Start < f.src.Start {
			continue
		}
		if !prevStatementForms[lexicon.CueVerbs[strings.ToLower(f.cue.Text)]] || !statementBody(f.src) {
			continue
		}
		s := a.d.Sentences[si]
		c := f
		c.rule, c.from, c.to, c.exFrom, c.exTo = "previous-statement", s.Start, s.End, 0, 0
		return &c
	}
	return nil
}

// statementBody reports whether a statement's source is a body whose
// statement may run over several sentences: an organisation, or a group
// of officials.
func statementBody(src *claims.Source) bool {
	if src.Kind == claims.SourceOrganization {
		return true
	}
	w, _ := lastWord(src.Mention)
	return lexicon.SourceGroupNouns[strings.ToLower(w)] // ("health officials said": a body's voice, read as people)
}

// changeFromReading reports whether a sentence reports a change from an
// earlier reading, "from" before a figure ("rose to US$165 per cubic metre
// from US$148", "up from 6,200 lempiras the previous season"): the series
// of a release, not a fact of the reporter's background ("The local
// currency is pegged to the euro at 655.957 francs.", "The National
// Assembly has set a target of 8% for the full year.").
func changeFromReading(ts []text.Token) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].Lower == "from" && strings.ContainsAny(ts[i+1].Text, "0123456789") {
			return true
		}
	}
	return false
}
