package attrib

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule document-named-later (npStep, last: only where the phrase would
// stay as written): an unnamed, indefinite or bare document in the
// article's lede ("…, new
// figures show", "after an independent survey found", "according to
// official figures") is the document the next sentences name with its
// owner, when the first of them whose subject is a document names one:
// "Data published by SA Health on Monday showed …" (web-dev-5, Adelaide),
// "The survey, carried out by the Institute for Marine and Antarctic
// Studies, estimated …" (web-dev-5, Hobart); articles-dev-2's annotator
// reads Hong Kong's lede "according to official figures" as "The Rating
// and Valuation Department's index" of the next sentence too. News names
// the source of the lede's figure in the paragraphs after it (cataphora);
// a document the next sentences do not own ("federal data shows", "according
// to preliminary police data") keeps its description, as ANNOTATION.md
// keeps "official figures" the article never names. The later document
// must be taken up again (definite or bare: "The survey", "Data"), not a
// new one ("A separate report by …").
const ruleDocumentNamedLater = "document-named-later"

// ledeSentences are how many sentences open an article as its lede (a
// headline may stand first).
const ledeSentences = 2

// laterDocumentReach is how many sentences after the lede's may name the
// document's owner.
const laterDocumentReach = 3

func documentNamedLater(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if a.namingLater || !unnamedDocument(ts, b, e) {
		return "", "", false // (not while reading the sentences after: their sources may read the lede's)
	}
	si := a.d.SentenceAt(ts[b].Start)
	if si < 0 || si >= ledeSentences {
		return "", "", false
	}
	a.namingLater = true
	defer func() { a.namingLater = false }()
	for k := si + 1; k < len(a.d.Sentences) && k <= si+laterDocumentReach; k++ {
		pts := a.tokens(k)
		sb, se, apB, apE, _, ok := mainClause(pts, len(pts))
		if !ok {
			continue
		}
		h := postModifiedHead(pts, sb, se)
		if !docOrDataNoun(pts[h].Lower) || lexicon.IndefiniteDeterminers[pts[sb].Lower] {
			continue
		}
		if ob, oe, ok := a.laterDocumentOwner(pts, sb, se, apB, apE); ok {
			n, _ := a.resolveInner(pts, ob, oe)
			return n, kindOrg, true
		}
		for m := sb + 2; m <= se; m++ {
			if agentStops[pts[m].Lower] && pts[m-1].Capitalised() {
				se = m - 1 // "Data published by SA Health on Monday"
				break
			}
		}
		if n, k, step := a.resolveNPRule(pts, sb, se); n != "" && k != kindPerson && step != ruleDocumentNamedLater {
			return n, kindOrg, true // ("Data published by SA Health": prepared-by)
		}
		return "", "", false // the document taken up names no owner
	}
	return "", "", false
}

// unnamedDocument reports a phrase ts[b..e] headed by a document or data
// noun, indefinite or bare, with no name, possessive or number in it:
// "new figures", "an independent survey", "official figures" (a definite
// "the filing" takes up what the article told before: "A group of 17
// opposition lawmakers has asked the court …, according to the filing").
func unnamedDocument(ts []text.Token, b, e int) bool {
	if !docOrDataNoun(ts[e].Lower) || ts[e].Text != ts[e].Lower || ts[b].Tag == "DT" && !lexicon.IndefiniteArticles[ts[b].Lower] || ts[b].Tag == "PRP$" {
		return false
	}
	for k := b; k < e; k++ {
		if isPossessive(ts[k]) || ts[k].Tag == "CD" || k > b && ts[k].Capitalised() || ts[k].Tag == "NNP" {
			return false
		}
	}
	return true
}

func docOrDataNoun(w string) bool { return lexicon.DocNouns[w] || lexicon.DataNouns[w] }

// laterDocumentOwner returns the owner of the document subject
// ts[b..e] (its appositive ts[apB..apE]): by a document-owner rule
// ("the ministry's figures"; else the resolver's steps read it: "Data
// published by SA Health" by prepared-by), by an agent
// in its appositive ("The survey, carried out by X,") or between commas
// ("The report, by X,").
func (a *attributor) laterDocumentOwner(ts []text.Token, b, e, apB, apE int) (ob, oe int, ok bool) {
	if ob, oe, _, ok := a.documentOwner(ts, b, e); ok {
		return ob, oe, true
	}
	if apB >= 0 {
		if ab := agentBy(ts, apB, apE); ab > 0 {
			if ts[ab].Lower == "the" && ab < apE {
				ab++
			}
			return ab, agentEnd(ts, ab, apE), true
		}
	}
	if ab, ae, ok := bareAgentBy(ts, b, e); ok {
		return ab, ae, true
	}
	return 0, 0, false
}
