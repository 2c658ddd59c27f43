package attrib

// Figures, data and surveys as sources: "the figures reviewed by X
// indicate N", "a new poll shows N", "puts the figure at N".

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// pollNouns: of the documents and data (lexicon.DocNouns) only an opinion
// poll or survey leads a paragraph of results; "according to official
// figures" covers its own sentence only (openingSource).
var pollNouns = lexicon.WordSet(`poll polls survey surveys`)

// headedByDoc reports a source mention headed by a lower-case document or
// data noun: the mention's last word ("official figures", "the data") or
// one a link or an issuing verb follows ("a 52-count civil complaint filed
// by …", "figures from the ministry"), not a modifier ("the statistics
// agency") nor a word of a name ("Statistics South Africa").
func headedByDoc(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		w = strings.Trim(w, ",.")
		if !lexicon.DocNouns[w] {
			continue
		}
		if i == len(ws)-1 {
			return true
		}
		next := strings.ToLower(strings.Trim(ws[i+1], ",."))
		if docLinks[next] || lexicon.IssueVerbs[next] || releasedWords[next] || next == "by" {
			return true
		}
	}
	return false
}

func holdsSurveyText(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if pollNouns[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

// surveyNouns head the phrases that "in" turns into a source.
var surveyNouns = lexicon.WordSet(`poll polls survey surveys study studies report analysis census tally count data average
figures estimates projections`)

// genericPolls reports a plural survey phrase that names no survey: "to
// earn 15 percent in the polls", "a blip in national polls".
func genericPolls(ts []text.Token) bool {
	if len(ts) == 0 || ts[len(ts)-1].Tag != "NNS" {
		return false
	}
	for _, t := range ts {
		if t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD" || t.Text != t.Lower {
			return false
		}
	}
	return true
}

func holdsSurvey(ts []text.Token) bool {
	for _, t := range ts {
		if surveyNouns[t.Lower] {
			return true
		}
	}
	return false
}

// dataVerbs read a survey's or count's figures when the survey or count is
// their subject ("the poll puts …", "the count gives …", "the poll has …").
var dataVerbs = lexicon.WordSet(`put puts has had have gives gave give giving putting`)

// dataHead reports whether the head of the phrase ts[b..e] is a survey or
// a count (postModifiedHead: "a survey released Friday", "the average of
// three polls").
func dataHead(ts []text.Token, b, e int) bool {
	w := ts[postModifiedHead(ts, b, e)].Lower
	return lexicon.DataNouns[w] || surveyNouns[w]
}

// postModifiedHead returns the head of the noun phrase ts[b..e]: its last
// word, or the word before its first post-modifier, a participle, a past
// form or one of postModifierLinks ("a survey released Friday", "data
// published by SA Health", "the average of three polls", "details of the
// legislation", "figures from the ministry").
func postModifiedHead(ts []text.Token, b, e int) int {
	for k := b + 1; k <= e; k++ {
		if ts[k].Tag == "VBN" || ts[k].Tag == "VBD" || postModifierLinks[ts[k].Lower] {
			return k - 1
		}
	}
	return e
}

// postModifierLinks open a noun phrase's post-modifier (postModifiedHead).
var postModifierLinks = lexicon.WordSet(`of by from`)

// estimateVerbs put a figure on something in the frame "V <object> at
// <number>": "put his fortune at $4.5 billion", "pegs the cost at $10
// billion", "placed the toll at 267" (atFigure).
var estimateVerbs = lexicon.WordSet(`put puts putting peg pegs pegged pegging place places placed placing`)

// gappedEstimateVerbs put a figure on the noun a relative clause hangs
// from, their object gapped: "a cost that Audit Scotland has put at more
// than £150m" (web-dev-4), "a crowd that the campaign estimated at 3,000
// people" (PolNeAR train).
var gappedEstimateVerbs = lexicon.WordSet(`put puts pegged pegs placed places estimated estimates valued values`)

// gappedAtFigure reports "at" and, past qualifier words, a number at ts[i:].
func gappedAtFigure(ts []text.Token, i int) bool {
	if i >= len(ts) || ts[i].Lower != "at" {
		return false
	}
	return figureWithin(ts, i+1, i+4, false)
}

// figureStart reports a token that opens a figure: a number, or a
// currency sign written apart ("$ 5", "£").
func figureStart(t text.Token) bool {
	return t.Tag == "CD" || t.Text == "$" || t.Text == "€" || t.Text == "£"
}

// figureWithin reports a number in ts[from..to] with only qualifier words,
// determiners and adjectives before it ("at roughly 5 percent", "at just
// over $2m"), and a currency written apart when currency is set ("at Rs
// 2,500 crore").
func figureWithin(ts []text.Token, from, to int, currency bool) bool {
	for k := from; k < len(ts) && k <= to; k++ {
		if figureStart(ts[k]) || strings.ContainsAny(ts[k].Text, "0123456789") {
			return true // (a currency run into its digits: "£4.2bn", "R2.5", "KSh1.2")
		}
		if !qualifierLinks[ts[k].Lower] && ts[k].Lower != "just" && ts[k].Tag != "DT" && !strings.HasPrefix(ts[k].Tag, "JJ") && !(currency && currencyBefore(ts[k].Text)) {
			return false
		}
	}
	return false
}

// revisionVerbs change a count or an estimate to a new figure (toFigure):
// "raised the death toll to 267", "revised its estimate to 300".
var revisionVerbs = lexicon.WordSet(`raise raises raised raising increase increases increased increasing lift lifts lifted
revise revises revised revising lower lowers lowered lowering cut cuts cutting reduce reduces reduced up ups upped`)

// revisedNouns are the counts and estimates a source revises; a broker's
// "price target" too, and its "target price" (toFigure).
var revisedNouns = lexicon.Union(lexicon.ForecastNouns, lexicon.WordSet(`toll tally count figure figures guidance target targets`))

// priceTargetWords make a broker's "target price" or "price target"
// (rule target-price-revision).
var priceTargetWords = lexicon.WordSet(`price target`)

// toFigure reports whether ts[i:] reads "<count or estimate> (from <number>)
// to <number>": a short object headed by a revised noun, then "to" and,
// past qualifier words, a number; and whether the object is a broker's
// target price (rule target-price-revision, which explain names).
func toFigure(ts []text.Token, i int) (ok, targetPrice bool) {
	if i < len(ts) && ts[i].Tag == "PRP$" {
		i++ // "its estimate"
	}
	e := npRight(ts, i)
	targetPrice = e > i && priceTargetWords[ts[e].Lower] && priceTargetWords[ts[e-1].Lower]
	if e < 0 || e-i > 5 || !revisedNouns[ts[e].Lower] && !targetPrice {
		return false, false
	}
	k := e + 1
	if priceTargetWords[ts[e].Lower] && k+1 < len(ts) && (ts[k].Lower == "for" || ts[k].Lower == "on") {
		// rule target-price-revision: a broker's target price for a
		// company's shares ("raised its target price for Sunfar to NT$720
		// from NT$560", articles-dev-6; "cut its target price for SCG
		// shares to 185 baht from 230 baht", articles-dev-4; "cut its
		// 12-month target price to 14.50 pesos", articles-dev-1)
		if m := npRight(ts, k+1); m > k && m-k <= 4 {
			k = m + 1
		}
	}
	if k+1 < len(ts) && ts[k].Lower == "from" {
		for k++; k < len(ts) && k <= e+6 && ts[k].Lower != "to"; k++ {
		}
	}
	if k >= len(ts) || ts[k].Lower != "to" {
		return false, false
	}
	for m := k + 1; m < len(ts) && m <= k+4; m++ {
		if figureStart(ts[m]) || strings.ContainsAny(ts[m].Text, "0123456789") && strings.ContainsAny(ts[m].Text, "$€£¥") {
			return true, targetPrice // ("NT$720", "US$5": one token)
		}
		if !qualifierLinks[ts[m].Lower] && ts[m].Tag != "DT" && !strings.HasPrefix(ts[m].Tag, "JJ") && ts[m].Tag != "RB" {
			return false, false
		}
	}
	return false, false
}

// atFigure reports whether ts[i:] reads "<noun phrase> at <number>": a
// short object then "at" and, past qualifier words, a number or currency.
func atFigure(ts []text.Token, i int) bool {
	if i < len(ts) && ts[i].Tag == "PRP$" {
		i++ // "her fortune" (npRight reads "her" as a pronoun)
	}
	e := npRight(ts, i)
	if e < 0 || e-i > 8 {
		return false
	}
	// a prepositional modifier of the object: "his support among likely
	// voters at 5 percent"
	if e+2 < len(ts) && ts[e+1].Tag == "IN" && ts[e+1].Lower != "at" {
		if pe := npRight(ts, e+2); pe > 0 && pe-e <= 6 {
			e = pe
		}
	}
	if e+2 >= len(ts) || ts[e+1].Lower != "at" {
		return false
	}
	return figureWithin(ts, e+2, e+5, true)
}

// figureFrame reports whether a data verb's complement reads a figure for
// someone: a short noun phrase then "at", a participle or a number ("puts
// his support at 5 percent", "has Clinton leading by six points", "gives
// her 1,280 delegates"); "the report had two columns" is not one.
func figureFrame(ts []text.Token, i int) bool {
	for k := i; k < len(ts) && k < i+10; k++ {
		t := ts[k]
		switch {
		case k > i && (t.Lower == "at" || t.Tag == "VBG" || t.Tag == "CD" || t.Text[0] >= '0' && t.Text[0] <= '9'):
			return true // ("gives her a 30-point lead")
		case t.Tag == "DT" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") ||
			k > i && (t.Tag == "IN" || plusMinusWords[t.Lower]):
			continue
		case k == i && t.Tag == "VBN" && t.Capitalised() && k+1 < len(ts) && (ts[k+1].Tag == "IN" || ts[k+1].Tag == "VBG"):
			// a name the tagger reads as a participle after "has": "The
			// latest Taxpayers' Union-Curia poll has ACT/VBN on 9 percent"
			// (fresh-13), "A new Emerson poll has Trump/VBN at 45 percent"
			// — PolNeAR train's "the poll has Clinton leading Trump by just
			// six points" form (name-as-participle)
			continue
		}
		return false
	}
	return false
}

// plusMinusWords state a poll's margin of error: "has a margin of error of
// plus or minus 3.1 percentage points" (web-dev-4; PolNeAR train "The Fox
// poll had a margin of error of 4 …").
var plusMinusWords = lexicon.WordSet(`plus minus or ± +/-`)

// sourceGroup reports a few people counted as the speakers, not as a
// share of those asked: a count word of two to ten and a source noun
// after it, a modifier between allowed ("Two officials said", "three
// senior diplomats told", "Two people familiar with the matter said";
// not "six in 10 voters said").
func sourceGroup(ts []text.Token, i, e int) bool {
	if !fewWords[ts[i].Lower] {
		return false
	}
	for k := i + 1; k <= e && k <= i+3; k++ {
		if lexicon.SourceGroupNouns[ts[k].Lower] {
			return true
		}
	}
	return false
}

// fewWords count a few speakers.
var fewWords = lexicon.WordSet(`two three four five six seven eight nine ten`)

// countedSubject reports whether the subject holds a number: "51 percent
// of voters said", "two-thirds of respondents say".
func countedSubject(ts []text.Token, b, e int) bool {
	c := b - 1
	for c > 0 && ts[c].Tag == "CD" && ts[c-1].Tag == "CD" {
		c-- // "$20 million experts": the run's first number
	}
	if b >= 1 && ts[b-1].Tag == "CD" && (c < 1 || ts[c-1].Text != "$") && !strings.HasSuffix(ts[b-1].Text, "%") && (ts[e].Tag == "NNS" || ts[e].Tag == "NNPS") && !sourceGroup(ts, b-1, e) {
		return true // "six in 10 voters said" (not "Fight for $15 director X said")
	}
	if proportionWords[ts[e].Lower] {
		return true // "the majority say", "half said"
	}
	if b >= 2 && ts[b-1].Lower == "of" && proportionWords[ts[b-2].Lower] {
		return true // "half of voters say", "the proportion of voters saying"
	}
	if b >= 2 && ts[b-1].Lower == "of" {
		for i := b - 2; i >= 0 && i >= b-4; i-- {
			if ts[i].Tag == "CD" || ts[i].Text == "%" || ts[i].Lower == "percent" {
				return true
			}
		}
	}
	for i := b; i <= e; i++ {
		if ts[i].Tag == "CD" && ts[i].Lower != "one" && !(i == e && nameNumber(ts, i)) && !tenure(ts, i) && !ageNounRE.MatchString(ts[i].Lower) && !sourceGroup(ts, i, e) &&
			titleHead(ts, i) == i {
			return true
		}
	}
	return false
}

// digitName reports a name written with digits first and a capital
// letter after them, which the tagger reads as a number: "A 1News Verian
// poll" (fresh-13, web-dev-4), "9News", "3M", "7NEWS". It counts nothing
// (attributor.tokens tags it a proper noun).
func digitName(t text.Token) bool {
	digits := 0
	for digits < len(t.Text) && t.Text[digits] >= '0' && t.Text[digits] <= '9' {
		digits++
	}
	return digits > 0 && digits < len(t.Text) && t.Text[digits] >= 'A' && t.Text[digits] <= 'Z'
}

// earlierSurvey reports a survey phrase that points back at an earlier
// result ("the last poll", "the previous Washington Post poll"): a
// comparison, not a source.
func earlierSurvey(ts []text.Token) bool {
	for _, t := range ts {
		switch t.Lower {
		case "last", "previous", "prior", "earlier":
			return true
		}
		if surveyNouns[t.Lower] {
			return false
		}
	}
	return false
}

// reportsShow reads a plural noun the tagger took for the cue verb before a
// plain cue verb it took for a noun: "G-III reports show", "FEC reports
// show", "police records say" (the form of two unrelated PolNeAR train
// articles, politico and wash-post: without it the first loses its source
// and the second reads "FEC" with the cue "reports").
func reportsShow(ts []text.Token, j int) bool {
	if j+1 >= len(ts) || j == 0 || !strings.HasSuffix(ts[j].Lower, "s") || ts[j].Text != ts[j].Lower {
		return false
	}
	if l := ts[j+1].Lower; lexicon.FindingVerbs[l] || l == "reveal" {
		return lexicon.CueVerbs[ts[j].Lower] != "" && !strings.HasPrefix(ts[j+1].Tag, "VB")
	}
	return false
}

// colonCueNoun reads a cue verb's -s form tagged as a plural noun after a
// noun and before a colon opening a quote as the verb: "The IPCC report
// states: “…”", "The memo notes: “…”".
func colonCueNoun(ts []text.Token, j int) bool {
	t := ts[j]
	return j > 0 && j+2 < len(ts) && t.Tag == "NNS" && strings.HasSuffix(t.Lower, "s") && lexicon.CueVerbs[t.Lower] != "" &&
		strings.HasPrefix(ts[j-1].Tag, "NN") && ts[j+1].Text == ":" && ts[j+2].Tag == "``"
}

// asNameCueNoun reads a cue verb's -s form tagged as a plural noun after
// a name opened by a clause-initial "as" and before a comma as the verb:
// "As Mashable reports/NNS, the company announced …" (web-dev-7), as "As
// Herbert notes," and "as The Hill reported," are read (PolNeAR train).
func asNameCueNoun(ts []text.Token, j int) bool {
	t := ts[j]
	if j < 2 || j+1 >= len(ts) || t.Tag != "NNS" || t.Text != t.Lower || !strings.HasSuffix(t.Lower, "s") || lexicon.CueVerbs[t.Lower] == "" || ts[j+1].Text != "," {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch {
		case ts[k].Lower == "as":
			return k < j-1 && (k == 0 || ts[k-1].Text == "," || ts[k-1].Tag == "CC")
		case ts[k].Capitalised() || k < j-1 && ts[k].Lower == "the":
		default:
			return false
		}
	}
	return false
}

// showNoun reads "show(s)" tagged as a noun as the verb when a clause
// follows: "documents from his tax return show he took".
func showNoun(ts []text.Token, j int) bool {
	t := ts[j]
	if (t.Lower != "show" && t.Lower != "shows") || !strings.HasPrefix(t.Tag, "NN") || j == 0 || j+1 >= len(ts) {
		return false
	}
	n := ts[j+1]
	return strings.HasPrefix(ts[j-1].Tag, "NN") && (n.Tag == "PRP" || n.Lower == "that")
}

// currencyBefore reports a currency written apart before its amount: an
// abbreviation ("Rs 2,500 crore", "Rs. 500", "Sh 2bn"), an ISO code ("USD
// 200") or a sign.
func currencyBefore(w string) bool {
	_, abbrev := lexicon.CurrencyAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))]
	_, sign := lexicon.CurrencySymbols[w]
	return abbrev || sign || lexicon.IsCurrencyCode(w)
}

// trailingDataCues are the data verbs the tagger reads as nouns at the end
// of a trailing attribution whose data phrase has words after its head:
// "…, data from real estate portals SRX and 99.co show.", "…, official
// statistics published by the Scottish Government on Tuesday show,".
var trailingDataCues = lexicon.WordSet(`show shows suggest suggests indicate indicates`)

// unmarkedPluralDataNouns are lexicon.DataNouns that are plural without a
// final "s", so a plural verb agrees with them ("the data show").
var unmarkedPluralDataNouns = lexicon.WordSet(`data`)

// trailingDataCue reads ts[j], a trailingDataCues word tagged as a noun, as
// the cue verb of the data phrase before it: the word ends its clause (a
// comma, a full stop or a semicolon after it) and the words back to the
// comma before open with a lexicon.DataNouns head that a preposition or a
// participle follows ("figures from", "statistics published by"), or
// that is the cue's subject alone ("…, the data show."): a "the SRX
// show." is never a verb's subject alone.
func trailingDataCue(ts []text.Token, j int) bool {
	t := ts[j]
	if !strings.HasPrefix(t.Tag, "NN") || !trailingDataCues[t.Text] || j+1 >= len(ts) {
		return false
	}
	if n := ts[j+1].Text; n != "," && n != "." && n != ";" {
		return false
	}
	k := j - 1
	for ; k >= 0 && j-k <= 14 && ts[k].Text != ","; k-- {
		switch tg := ts[k].Tag; {
		case strings.HasPrefix(tg, "NN"), tg == "IN", tg == "DT", tg == "JJ", tg == "VBN", tg == "CD", tg == "CC", tg == "POS":
		default:
			return false
		}
	}
	if k < 0 || ts[k].Text != "," {
		return false
	}
	// the data noun within the segment's first three words, something after
	// it, or the segment's last word before the cue ("…, the data show.")
	for h := k + 1; h < j && h <= k+3; h++ {
		if !lexicon.DataNouns[ts[h].Lower] || !strings.HasPrefix(ts[h].Tag, "NN") {
			continue
		}
		if h == j-1 {
			// the verb agrees with the head: "the figures show", "the data
			// show", "the poll shows" (a singular before "show" is a
			// compound noun: "the record show")
			return strings.HasSuffix(t.Text, "s") || strings.HasSuffix(ts[h].Lower, "s") || unmarkedPluralDataNouns[ts[h].Lower]
		}
		return ts[h+1].Tag == "IN" || ts[h+1].Tag == "VBN"
	}
	return false
}
