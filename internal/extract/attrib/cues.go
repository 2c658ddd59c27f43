package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// appositiveBefore reports a noun phrase set off by commas that closes at
// the comma ts[c], after a noun: ", the study's authors," after "Chen".
func appositiveBefore(ts []text.Token, c int) bool {
	k := c - 1
	for k >= 0 && appositiveTags[ts[k].Tag] {
		k--
	}
	return k >= 1 && k < c-1 && ts[k].Text == "," && strings.HasPrefix(ts[k-1].Tag, "NN")
}

var appositiveTags = lexicon.WordSet(`DT NN NNS NNP NNPS POS CC JJ PRP$`)

// nounFirstCues are cue verbs whose noun reading comes first: a "state"
// tagged as a noun is the state ("federal and state laws"), never a cue.
var nounFirstCues = lexicon.WordSet(`state`)

// cueNounForms are cue forms that, tagged as nouns, are the nouns ("a
// note", "an estimate", "the state", "a report").
var cueNounForms = lexicon.WordSet(`note estimate state report`)

// pluralSubjectCue reads a base-form cue the tagger took for a noun after a
// plural subject with a prepositional phrase: "Experts at the CDC estimate
// 300 deaths" (isCueVerbAfter sees only "CDC").
func pluralSubjectCue(ts []text.Token, j int) bool {
	t := ts[j]
	if !strings.HasPrefix(t.Tag, "NN") || t.Text != t.Lower || j < 1 || j+1 >= len(ts) { // (before the look-up: this runs at every token; a sentence opening with it has no subject)
		return false
	}
	if l := lexicon.CueVerbs[t.Lower]; l != t.Lower || lexicon.VerbOnly[l] || nounFirstCues[l] {
		return false
	}
	switch n := ts[j+1]; {
	case n.Tag == "CD" || n.Tag == "DT" || n.Tag == "PRP" || n.Tag == "PRP$" || n.Tag == "$" || n.Tag == "RB" || n.Lower == "that":
	default:
		return false // "federal and state laws", "in the state."
	}
	if ts[j-1].Text == "," && ts[j+1].Lower == "that" && appositiveBefore(ts, j-1) {
		// a subject with an appositive: "Smith, Garcia and Chen, the
		// study's authors, estimate that", "The authors, Smith and
		// Garcia, estimate that"
		return true
	}
	for k := j - 2; k >= 0 && k >= j-6; k-- {
		switch {
		case ts[k].Tag == "NNS" && ts[k+1].Tag == "IN":
			return true
		case ts[k].Tag == "IN" || ts[k].Tag == "DT" || ts[k].Tag == "NNP" || ts[k].Tag == "NNPS" || ts[k].Tag == "NN" || ts[k].Tag == "JJ":
		default:
			return false
		}
	}
	return false
}

// isCueVerbAfter reports whether the token is a cue verb form, knowing the
// token before. Forms that double as nouns ("the report", "a state") must be
// tagged as verbs, except that a cue form prose tagged as a noun still counts
// right after a plural noun, a proper name or a pronoun ("the reports show",
// "Smith says").
func isCueVerbAfter(t, prev text.Token) bool {
	if t.Text != t.Lower {
		return false // "States", headings in capitals
	}
	lemma, ok := lexicon.CueVerbs[t.Lower] // (one look-up: this runs at every token)
	if !ok {
		return false
	}
	if strings.HasPrefix(t.Tag, "NN") && !nounFirstCues[lemma] && !lexicon.VerbOnly[lemma] {
		// (a singular subject takes no base form: "the Treasury note" is a noun)
		if prev.Tag == "NNS" || prev.Tag == "NNPS" || prev.Tag == "PRP" || (prev.Tag == "NNP" || prev.Tag == "NN") && (strings.HasSuffix(t.Lower, "s") || t.Lower != lemma) {
			return true
		}
	}
	if strings.HasPrefix(t.Tag, "VB") {
		return true
	}
	if nounTaggedCues[lemma] {
		// prose sometimes tags these as nouns after capitalised names.
		return !cueNounForms[t.Lower]
	}
	return false
}

// nounTaggedCues are the cue lemmas whose forms count as cues though
// tagged as nouns (isCueVerbAfter): plain and written speech (lexicon),
// announcing, estimating, confirming, acknowledging, emphasising.
var nounTaggedCues = lexicon.Union(lexicon.PlainSpeechLemmas, lexicon.WrittenSpeechLemmas, lexicon.WordSet(`announce estimate confirm acknowledge emphasize stress`))
