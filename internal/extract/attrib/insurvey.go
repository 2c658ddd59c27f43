package attrib

import (
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// cueInSurvey: "In a new poll, 57 percent …": a survey or study as the source.
func (a *attributor) cueInSurvey(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(t.Lower == "in") {
		return false
	}
	// "In a new poll, 57 percent …", "… led by 10 points in a Des
	// Moines Register poll": a survey or study as the source
	// ("said in a June report" is the speaker's adjunct; "58
	// percent in the last poll" compares with an earlier result)
	e := npRight(ts, j+1)
	if e < 0 || !holdsSurvey(ts[j+1:e+1]) || genericPolls(ts[j+1:e+1]) || earlierSurvey(ts[j+1:e+1]) || afterCueVerb(ts, j) {
		return true
	}
	h := j + 1
	for h < e && !surveyNouns[ts[h].Lower] {
		h++
	}
	if ts[h].Lower == "average" && h+2 < len(ts) && ts[h+1].Lower == "of" && (ts[h+2].Tag == "CD" || ts[h+2].Text == "$" || ts[h+2].Tag == "$") {
		return true // "pull in an average of $250 million a month": a quantity
	}
	if ts[h].Lower == "study" && h+3 < len(ts) && ts[h+1].Lower == "of" && ts[h+2].Tag == "PRP$" && dwellingNouns[ts[h+3].Lower] {
		return true // "sat in the first-floor study of her mansion": a room
	}
	if h+1 < len(ts) && recipientLinks[ts[h+1].Lower] {
		// rule in-document-to-recipient: "In a report to clients, it cut
		// its rating … and said that at least six rivals …" (articles-dev-6
		// Taiwan), "In a letter to the Department of Homeland Security …,
		// the doctors said" (issue 16): a document sent to someone is the
		// speaker's adjunct; the clause's own cue and subject decide
		return true
	}
	sc.fs = append(sc.fs, found{rule: "in-survey", cue: a.span(t.Start, ts[h].End()), src: a.source(ts, j+1, e, -1, -1), from: sc.start, to: sc.end, exFrom: t.Start, exTo: ts[surveySampleEnd(ts, h, e)].End(), survey: true})
	return true
}

// surveySampleEnd returns the last token of the survey phrase whose
// survey noun is ts[h] and which npRight ended at ts[e], over the sample
// it names: "in a survey of 14 economists", "in a poll among 1,000 likely
// voters". The sample's size describes the survey, not what it found, so
// it stays outside what the survey reports, as "according to a survey of
// 2,000 adults" leaves it (the according-to phrase runs to its comma)
// and a survey subject does ("A survey of 1,200 households found …").
func surveySampleEnd(ts []text.Token, h, e int) int {
	if h+2 >= len(ts) || !surveySampleLinks[ts[h+1].Lower] {
		return e
	}
	k := h + 2
	for k < len(ts) && qualifierLinks[ts[k].Lower] {
		k++ // "of more than 1,000 voters"
	}
	if k >= len(ts) || ts[k].Tag != "CD" {
		return e
	}
	if se := npRight(ts, k); se > e {
		return se
	}
	return e
}

// surveySampleLinks join a survey noun to its sample: "a poll of 1,000
// voters", "a survey among 500 firms".
var surveySampleLinks = lexicon.WordSet(`of among`)

// dwellingNouns are homes a study (the room) belongs to.
var dwellingNouns = lexicon.WordSet(`mansion home house residence apartment estate villa`)
