package attrib

import (
	"iter"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule previous-reporter-org: an "it" or a trade description ("the
// brokerage") that no subject or name before resolves stands for the
// organisation that last reported something in the sentences before: the
// named organisation in the subject of a cue verb there ("…, economists
// at Goldman Sachs said. … The brokerage, which had forecast …, said" and
// the "it said" after it, web-dev-8's Indian forecast; "Foro Penal
// reported … . … it said", a narrated object "from the RBI" in between is
// no reporter). It comes before the nearest organisation named anywhere,
// which may be one the reporter only spoke of.

// rulePrevReporterOrg names the rule in `extract explain`;
// ruleDescribedReporter its sub-rule for a reporter described but not
// named.
const (
	rulePrevReporterOrg   = "previous-reporter-org"
	ruleDescribedReporter = "described-reporter"
)

// Tried by itStepAfterEarlier, an npStep before "it", after the "it"
// step's earlier readings and before the nearest organisation named
// anywhere.

// reporterReach bounds how many sentences back prevReporterOrg reads (a
// wire story's reporter may be named in its first paragraph and spoken of
// as "it" a dozen sentences on: web-dev-8's forecast, 13 sentences).
const reporterReach = 15

// reportingBefore yields, nearest first, the tokens of the reporterReach
// sentences before pos's that may hold a report (mayReport: the others are
// passed by without tokenising and tagging them).
func (a *attributor) reportingBefore(pos int) iter.Seq[[]text.Token] {
	return func(yield func([]text.Token) bool) {
		si := a.d.SentenceAt(pos)
		for s := si - 1; s >= 0 && si-s <= reporterReach; s-- {
			if a.mayReport(s) && !yield(a.tokens(s)) {
				return
			}
		}
	}
}

// prevReporterOrg returns the name of the organisation heading the subject
// of the last cue verb in the reporterReach sentences before pos's; a
// person reporting in between ends the search (an "it" skips over no
// person who spoke).
func (a *attributor) prevReporterOrg(pos int) (string, bool) {
	for ts := range a.reportingBefore(pos) {
		for j := len(ts) - 1; j > 0; j-- {
			if !strings.HasPrefix(ts[j].Tag, "VB") || lexicon.CueVerbs[ts[j].Lower] == "" {
				continue
			}
			b, e, _, _, ok := subjectLeft(ts, j, 0)
			if !ok || e >= j || pronouns[ts[b].Lower] {
				continue
			}
			if n, ok := a.namedOrgIn(ts, b, e); ok {
				return n, true
			}
			n, k := a.resolveNP(ts, b, e)
			if k == kindPerson {
				return "", false
			}
			if k == kindOrg && !lexicon.DocNouns[ts[e].Lower] { // (a document, "The review found", is no reporter of its own)
				if n == "" {
					n = a.d.Text[ts[b].Start:ts[e].End()] // (a description as written)
				}
				// rule previous-reporter-org/described-reporter: a
				// reporter the article describes but never names ("…,
				// the central bank said. It said initial projections
				// were …", web-dev-11's Chile)
				a.subRule(ruleDescribedReporter)
				return n, true
			}
		}
	}
	return "", false
}

// namedOrgIn returns the registry's organisation named inside ts[b..e]
// ("Goldman Sachs" of "economists at Goldman Sachs"), its fullest form.
func (a *attributor) namedOrgIn(ts []text.Token, b, e int) (string, bool) {
	r := a.reg
	start, end := ts[b].Start, ts[e].End()
	i := sort.Search(len(r.ents), func(i int) bool { return r.ents[i].Start >= start })
	for ; i < len(r.ents) && r.ents[i].Start < end; i++ {
		r.scanned++
		ent := r.ents[i]
		if ent.End > end {
			break
		}
		n := r.fullest(ent.Name, ent.Start)
		if lexicon.Places[n] || lexicon.Places[ent.Name] || lexicon.PlaceAcronyms[ent.Name] {
			continue // "U.S. officials said": a place, no reporter (a registry entity is never a MeasureAcronyms word)
		}
		if r.kindOf(n) == kindOrg || r.kindOf(ent.Name) == kindOrg {
			return n, true
		}
		if affiliationBefore(ts, ent.Start) {
			return n, true // an employer, whatever its name looks like: "economists at Goldman Sachs"
		}
	}
	return "", false
}

// affiliationBefore reports an "at" or "from" right before the token
// starting at start, after a plural noun of people: "economists at X",
// "analysts from X".
func affiliationBefore(ts []text.Token, start int) bool {
	for k := 2; k < len(ts); k++ {
		if ts[k].Start == start {
			return (ts[k-1].Lower == "at" || ts[k-1].Lower == "from") && ts[k-2].Tag == "NNS" && !ts[k-2].Capitalised()
		}
	}
	return false
}
