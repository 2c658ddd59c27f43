package eval

import (
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// CueClass is the class of an annotated PolNeAR cue, read from the lemma of
// its head word. PolNeAR annotates reporting speech ("said", "according
// to"), beliefs ("expects", "thinks") and narrated acts and attitudes
// ("signed", "ordered", "praised"); ANNOTATION.md gives a source to the first
// two only, so the attribution figures are scored on them (issue #16's
// decision on PolNeAR's convention).
//
// The tables below are the evaluation's own definition of the classes,
// written apart from the extractor's cue lexicon on purpose: scoring the
// extractor on the cues it already reads would be circular.
type CueClass string

const (
	CueReporting CueClass = "reporting" // speech, writing, publication, findings of documents and data
	CueBelief    CueClass = "belief"    // beliefs, expectations, knowledge
	CueOther     CueClass = "other"     // acts and attitudes (signed, ordered, praised, supports)
)

// CueClasses lists the classes in a stable order.
var CueClasses = []CueClass{CueReporting, CueBelief, CueOther}

// reportingLemmas are verbs and nouns of saying, writing and publishing
// (promises and proposals included), and of what documents and data show.
var reportingLemmas = words(`
	say tell report accord add announce write tweet post note explain state claim declare
	reveal release publish show find indicate suggest argue insist acknowledge admit confirm
	deny warn respond reply describe recall point cite testify quote mention stress emphasize
	emphasise conclude estimate calculate count tally project predict forecast put peg list
	uncover file identify disclose document record detail outline brief inform assert contend
	maintain allege boast brag complain concede observe remark comment answer speak read tout
	highlight underline demonstrate prove discover ask repeat reiterate clarify caution signal
	rate rank promise pledge vow propose offer reportedly
	statement interview letter memo poll survey study analysis data figure number projection
	account testimony filing census research finding review audit investigation speech
	announcement briefing email message video transcript website blog column editorial op-ed
	article book paper proposal
`)

// beliefLemmas are verbs, adjectives and nouns of belief, expectation,
// knowledge and intention ("wants", "plans": a proposal by its proposer).
var beliefLemmas = words(`
	believe think expect feel fear hope know suspect doubt assume worry anticipate seem appear
	consider reckon guess understand agree disagree suppose imagine wonder realize realise
	recognize recognise trust bet presume sense want plan intend aim seek see learn
	convinced sure confident certain aware concerned worried afraid skeptical sceptical
	optimistic pessimistic hopeful likely
	view belief opinion expectation suspicion impression consensus thought assumption
`)

// cueSkip are the words passed over before a cue's head: auxiliaries,
// negation, determiners, pronouns and prepositions ("has said", "did not
// say", "in a statement").
var cueSkip = words(`
	has have had having is are was were be been being am will would can could may might must
	shall should do does did also still now later recently just then first even not n't never
	only already again often once further too
	a an the in to of on for it that with by from as at its his her their this these those
	he she they we i you who which what and or but 's ’s said: : " “ ” ‘ ’ '
	didn't don't doesn't hasn't haven't hadn't won't wouldn't can't couldn't isn't wasn't
	aren't weren't didn’t don’t doesn’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t
	isn’t wasn’t aren’t weren’t
`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "thought": "think", "knew": "know",
	"known": "know", "wrote": "write", "written": "write", "found": "find", "shown": "show",
	"spoke": "speak", "spoken": "speak", "felt": "feel", "saw": "see", "seen": "see",
	"read": "read", "put": "put", "foresaw": "foresee", "understood": "understand",
	"bet": "bet", "made": "make", "took": "take", "gave": "give",
}

// lemmaCandidates returns the forms a word may be the inflection of, the word first.
func lemmaCandidates(w string) []string {
	if l, ok := irregular[w]; ok {
		return []string{l}
	}
	c := []string{w}
	add := func(suffix, repl string) {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+1 {
			c = append(c, w[:len(w)-len(suffix)]+repl)
		}
	}
	add("ies", "y")
	add("ied", "y")
	add("es", "")
	add("s", "")
	add("ed", "")
	add("ed", "e")
	add("d", "")
	add("ing", "")
	add("ing", "e")
	// doubled consonants: "submitted", "plotting"
	for _, suf := range []string{"ed", "ing"} {
		if b := strings.TrimSuffix(w, suf); b != w && len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			c = append(c, b[:len(b)-1])
		}
	}
	return c
}

// ClassifyCue returns the class of an annotated cue's text: the class of
// its first word that is not an auxiliary, negation, determiner or
// preposition (or an adverb in -ly); "according to" and a bare colon lead-in
// are reporting; a cue whose head is in neither table is CueOther.
func ClassifyCue(cue string) CueClass {
	t := strings.ToLower(strings.Join(strings.Fields(cue), " "))
	if strings.Trim(t, " :") == "" && strings.Contains(t, ":") {
		return CueReporting
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}) {
		w = strings.Trim(w, ":‘’'")
		if w == "" || cueSkip[w] || strings.HasSuffix(w, "ly") && !reportingLemmas[w] && !beliefLemmas[w] {
			continue
		}
		if w == "according" {
			return CueReporting
		}
		for _, l := range lemmaCandidates(w) {
			if reportingLemmas[l] {
				return CueReporting
			}
			if beliefLemmas[l] {
				return CueBelief
			}
		}
		return CueOther
	}
	return CueOther
}

// CueFilter is a set of cue classes; nil keeps every relation.
type CueFilter map[CueClass]bool

// ParseCueFilter reads a comma-separated list of classes ("reporting",
// "reporting,belief"); "" or "all" is nil (every relation).
func ParseCueFilter(s string) (CueFilter, error) {
	if s == "" || s == "all" {
		return nil, nil
	}
	f := CueFilter{}
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		ok := false
		for _, c := range CueClasses {
			if string(c) == p {
				f[c], ok = true, true
			}
		}
		if !ok {
			return nil, &cueFilterError{p}
		}
	}
	return f, nil
}

type cueFilterError struct{ class string }

func (e *cueFilterError) Error() string {
	return "unknown cue class " + `"` + e.class + `"` + " (want reporting, belief, other or all, comma-separated)"
}

// Keep reports whether a relation with this annotated cue is scored.
func (f CueFilter) Keep(cue []claims.Span) bool {
	return f == nil || f[ClassifyCue(joinSpans(cue))]
}

// String is the filter as ParseCueFilter reads it.
func (f CueFilter) String() string {
	if f == nil {
		return "all"
	}
	var p []string
	for c := range f {
		p = append(p, string(c))
	}
	sort.Strings(p)
	return strings.Join(p, ",")
}

// CueClassCounts counts the annotated cues of the articles by class, over
// all relations, keyed "class" and "class\tfirst word" (the words behind
// each class, for checking the tables).
func CueClassCounts(arts []PolnearArticle) map[string]int {
	n := map[string]int{}
	for _, a := range arts {
		for _, r := range a.Relations {
			if len(r.Cue) == 0 {
				continue
			}
			cue := joinSpans(r.Cue)
			c := string(ClassifyCue(cue))
			n[c]++
			n[c+"\t"+strings.ToLower(strings.Join(strings.Fields(cue), " "))]++
		}
	}
	return n
}
