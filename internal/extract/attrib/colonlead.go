package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Colon lead-ins whose last phrase is no speaker (speakerBefore, before
// clauseBeforeColon and phraseBeforeMark, which would take the phrase
// right before the colon as a verbless "X: “…”"):
//   - colon-copula-subject: "Mayor Tom Berg was blunt: “…”", "He was
//     emphatic: “…”" — a copula and a short predicate before the colon:
//     the copula's subject when it is a name or a personal pronoun; no
//     speaker when it is not ("The answer was simple: “…”", "One thing
//     was clear: “…”"), never the predicate ("blunt", "simple");
//   - colon-pp-subject: "His spokesperson, Bill Jarkloh, read figures on
//     the minister's behalf: “…”" (the tagger took "read" for an
//     adjective) — the phrase before the colon is a preposition's object,
//     so it is no verbless heading: the clause's subject (through its
//     apposition) when it is a name; else the phrase as before ("Key
//     figures for the year:" names no one). Not after "from" or "by",
//     whose object is the speaker ("More from Jones: “…”").
//   - colon-verb-subject: "Isaiah 45:1 reads: “…”", "Article 33
//     affirms: “…”" (PolNeAR train; the tagger took the verb for a plural
//     noun): the phrase before the verb, never the verb ("reads");
//   - colon-adjective-no-speaker: "… ranged from skeptical to hostile:
//     “…”", "It all sounds great: “…”", "Here is one common saying: “…”"
//     (PolNeAR train): an adjective (or a participle) before the colon
//     names no one: no speaker, never "hostile" or "great".
const (
	ruleColonCopulaSubject = "colon-copula-subject"
	ruleColonPPSubject     = "colon-pp-subject"
	ruleColonVerbSubject   = "colon-verb-subject"
)

// colonPredicateTags are the tags of a copula's short predicate before a
// colon ("blunt", "more direct", "clear", "unequivocal"; the tagger reads
// some of them as nouns): not "asked" (VBN: "X was asked: “…?”" is the
// interviewer's question) nor "from" (a place: "was from Mexico:").
var colonPredicateTags = map[string]bool{"JJ": true, "JJR": true, "JJS": true, "RB": true, "RBR": true, "NN": true}

// speakerPronouns may stand as the subject of a colon lead-in.
var speakerPronouns = lexicon.WordSet(`he she they we i`)

// colonCopula handles a lead-in "SUBJ is/was PRED:" ending at ts[last]
// (the colon); decided is false when the lead-in has another form.
func (a *attributor) colonCopula(ts []text.Token, last, floor int) (f *found, decided bool) {
	m := -1
	for k := last - 1; k >= 0 && k >= last-4 && ts[k].Start >= floor; k-- {
		if ts[k].Tag == "VBZ" || ts[k].Tag == "VBD" || ts[k].Tag == "VBP" {
			if copulas[ts[k].Lower] && !textVerbs[ts[k].Lower] {
				m = k
			}
			break
		}
	}
	if m < 0 || last-m-1 < 1 || last-m-1 > 3 {
		return nil, false
	}
	for k := m + 1; k < last; k++ {
		if !colonPredicateTags[ts[k].Tag] {
			return nil, false
		}
	}
	b, e, apB, apE, ok := subjectLeft(ts, m, 0)
	if !ok || ts[b].Start < floor {
		return nil, true
	}
	if !(ts[e].Tag == "NNP" || b == e && speakerPronouns[ts[b].Lower]) {
		return nil, true // "The answer was simple:"
	}
	return &found{cue: a.span(ts[m].Start, ts[last].End()), src: a.source(ts, b, e, apB, apE), rule: "quote-tail/" + ruleColonCopulaSubject}, true
}

// colonPPObject handles a lead-in whose phrase before the colon ts[last]
// starts at b right after a preposition, when the clause's subject is a
// name; decided is false otherwise.
func (a *attributor) colonPPObject(ts []text.Token, b, last, floor int) (f *found, decided bool) {
	if b < 2 || ts[b-1].Tag != "IN" || ppSpeakerLinks[ts[b-1].Lower] || ts[b-1].Start < floor || ts[last].Text != ":" {
		return nil, false
	}
	seg := b - 1
	for seg > 0 && ts[seg-1].Start >= floor {
		seg--
	}
	// the subject: the phrase opening the clause, through an apposition
	// ("His spokesperson, Bill Jarkloh, read …")
	for j := b - 2; j > seg; j-- {
		if ts[j-1].Text != "," {
			continue
		}
		if sb, se, apB, apE, ok := subjectLeft(ts, j, 0); ok && (sb == seg || apB == seg) && (ts[se].Tag == "NNP" || apE >= 0 && ts[apE].Tag == "NNP") {
			return &found{cue: a.span(ts[b-1].Start, ts[last].End()), src: a.source(ts, sb, se, apB, apE), rule: "quote-tail/" + ruleColonPPSubject}, true
		}
	}
	if e := npRight(ts, seg); e > seg && e < b-2 && ts[e].Tag == "NNP" && ts[seg].Tag == "NNP" {
		return &found{cue: a.span(ts[b-1].Start, ts[last].End()), src: a.source(ts, seg, e, -1, -1), rule: "quote-tail/" + ruleColonPPSubject}, true
	}
	return nil, false
}

// ppSpeakerLinks are the prepositions whose object is the speaker of a
// colon lead-in ("More from Jones: “…”", "A statement by the ministry:
// “…”"): colonPPObject leaves them to phraseBeforeMark.
var ppSpeakerLinks = lexicon.WordSet(`from by`)

// ruleParticipleAfterDay: "Mr. Trump issued a statement Tuesday saying
// “…”" (PolNeAR train, The New York Times' style of a bare weekday): a
// participle cue after a common noun and a bare day reads its subject as
// if the day were not there ("a statement saying" → the statement's
// issuer), never the day as a name ("Tuesday").
const ruleParticipleAfterDay = "participle-after-day"

// participleAfterDay reads the cue ts[j] of that form; ok is false for
// any other.
func (a *attributor) participleAfterDay(ts []text.Token, j int, cue claims.Span) (found, bool) {
	if ts[j].Tag != "VBG" || j < 3 || !dayWords[ts[j-1].Lower] || ts[j-2].Tag != "NN" && ts[j-2].Tag != "NNS" {
		return found{}, false
	}
	b, e, apB, apE, ok := subjectLeft(ts, j-1, 0)
	if !ok || countedSubject(ts, b, e) {
		return found{}, false
	}
	return found{cue: cue, src: a.source(ts, b, e, apB, apE), rule: "quote-tail/" + ruleParticipleAfterDay}, true
}

// dayWords are bare days that stand as adjuncts: the weekdays, "today",
// "yesterday".
var dayWords = func() map[string]bool {
	m := lexicon.WordSet(`today yesterday`)
	for _, w := range lexicon.WeekdayNames {
		m[w] = true
	}
	return m
}()

// colonTextVerbs are the verbs of a text (textVerbs) read before a colon
// even when the tagger made them a noun (colon-verb-subject: "Isaiah 45:1
// reads:").
var colonTextVerbs = lexicon.WordSet(`reads`)

// colonNotPhrase handles a verbless-looking phrase ts[b..e] before the
// colon ts[last] that ends in an adjective or a participle
// (colon-adjective-no-speaker: no one) or is a lone speech verb or "reads"
// the tagger made a noun (colon-verb-subject); decided is false otherwise.
func (a *attributor) colonNotPhrase(ts []text.Token, b, e, last, floor int) (f *found, decided bool) {
	if ts[last].Text != ":" {
		return nil, false
	}
	if tg := ts[e].Tag; tg == "JJ" || tg == "JJR" || tg == "JJS" || tg == "VBG" {
		return nil, true
	}
	if t := ts[e]; b == e && t.Text == t.Lower && (colonTextVerbs[t.Lower] || strings.HasSuffix(t.Lower, "s") && (lexicon.CueVerbs[t.Lower] != "" || lexicon.CueVerbs[strings.TrimSuffix(t.Lower, "s")] != "")) {
		return a.colonVerbSubject(ts, e, floor) // "Isaiah 45:1 reads:"
	}
	return nil, false
}

// colonVerbSubject handles a cue ts[j] read as its own speaker: the
// phrase right before it when it is a name or a numbered name ("Isaiah
// 45:1", "Article 33"; colon-verb-subject), else no speaker.
func (a *attributor) colonVerbSubject(ts []text.Token, j, floor int) (f *found, decided bool) {
	if j == 0 || ts[j-1].Start < floor || ts[j-1].Tag != "CD" && ts[j-1].Tag != "NNP" {
		return nil, true
	}
	e := j - 1
	nb := npLeftFrom(ts, e)
	if nb < 0 && ts[e].Tag == "CD" && e > 0 && ts[e-1].Tag == "NNP" {
		nb = npLeftFrom(ts, e-1) // "Isaiah 45:1"
	}
	if nb < 0 || ts[nb].Start < floor {
		return nil, true
	}
	return &found{cue: a.span(ts[j].Start, ts[j].End()), src: a.source(ts, nb, e, -1, -1), rule: "quote-tail/" + ruleColonVerbSubject}, true
}
