package attrib

import (
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule apposed-description (npStep, before org-description): a definite
// description of an organisation ("the trade group", "the consumer
// group", "the advocacy group") is the name the article introduced with
// the same head, and the same modifiers, right before it: "the industry
// trade group Colorado Ski Country USA said … according to a 2023 study
// commissioned by the trade group" (web-dev-5 us-co-ski-season, where the
// nearest organisation, the Denver Post, had been taken), "the watchdog
// group Public Citizen … the group said" (issue 16's review by "the group
// Public Citizen"), "the campaign group Transport Action … the campaign
// group said". The head may be any common noun of a thing the article
// put right before a name ("according to property consultancy ValuStrat.
// … the consultancy said", articles-dev UAE; apposableHead), and the
// introduction may be an appositive right after the name (rule
// apposed-description/appositive: "JA Zen-Noh, the national federation of
// agricultural cooperatives, … the federation said", articles-dev Japan;
// "Kestrel Holdings Ltd, a Danish shipping company. … The company said").
// A description no name followed or preceded before goes on to the other
// steps.
const ruleApposedDescription = "apposed-description"

// apposedDescriptionBack bounds the names looked at before the
// description (in text order, the nearest first).
const apposedDescriptionBack = 40

func apposedDescription(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e <= b || ts[b].Lower != "the" || ts[e].Text != ts[e].Lower || !apposableHead(ts[e]) {
		return "", "", false
	}
	for i := b + 1; i < e; i++ {
		if ts[i].Text != ts[i].Lower || !ts[i].Wordy() {
			return "", "", false // "the Dutch group", "the country's group": other steps
		}
	}
	head, pos := ts[e].Lower, ts[b].Start
	orgNoun := genericOrgNouns[head] || companyNouns[head]
	txt := a.d.Text
	ents := a.reg.ents
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= pos })
	for k := i - 1; k >= 0 && k >= i-apposedDescriptionBack; k-- {
		n := &ents[k]
		if a.reg.kindOf(n.Name) == kindPerson {
			continue
		}
		// the description before the name ("the industry trade group
		// Colorado Ski Country USA", "property consultancy ValuStrat"),
		// or (rule apposed-description/appositive) an appositive after it
		// ("JA Zen-Noh, the national federation of agricultural
		// cooperatives,", "Sun Hung Kai Properties, the city's biggest
		// developer,")
		desc := strings.TrimRight(txt[max(0, n.Start-60):n.Start], " ")
		sub := ""
		if !strings.HasSuffix(desc, " "+head) || !orgNoun && lexicon.Places[n.Name] {
			desc, sub = appositiveAfter(txt, n.End), "appositive"
			if desc == "" || !strings.HasSuffix(desc, " "+head) {
				continue
			}
		}
		ok := true
		for j := b + 1; j < e && ok; j++ {
			ok = strings.Contains(desc+" ", " "+ts[j].Lower+" ")
		}
		if ok {
			if sub != "" {
				a.subRule(sub)
			}
			return n.Name, kindOrg, true
		}
	}
	return "", "", false
}

// apposableHead reports a description's head that an introduction can
// give a name: an organisation noun (genericOrgNouns, companyNouns), or
// any common noun of a thing, not of a person, a document or data ("the
// consultancy" for "property consultancy ValuStrat").
func apposableHead(t text.Token) bool {
	if genericOrgNouns[t.Lower] || companyNouns[t.Lower] {
		return true
	}
	return t.Tag == "NN" && !peopleOrRoleNoun(t.Lower) && !lexicon.DocNouns[t.Lower] && !lexicon.DataNouns[t.Lower] && !surveyNouns[t.Lower]
}

// appositiveAfter returns the words of a definite or indefinite
// appositive right after a name ending at end, up to its head: ", the
// national federation of …" → "the national federation", ", a regional
// lender." → "a regional lender"; "" when none follows.
func appositiveAfter(txt string, end int) string {
	rest := txt[end:min(len(txt), end+100)]
	var ok bool
	if rest, ok = strings.CutPrefix(rest, ", "); !ok {
		return ""
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !lexicon.Articles[f[0]] {
		return ""
	}
	var words []string
	for _, w := range f[:min(len(f), 7)] {
		c := strings.TrimRight(w, ",.;:")
		if len(words) > 0 && appositiveStops[c] {
			break
		}
		words = append(words, c)
		if c != w {
			break // the appositive ends at its punctuation
		}
	}
	return " " + strings.Join(words, " ")
}

// appositiveStops end an appositive's head: "the national federation of
// agricultural cooperatives", "the state-owned company that runs
// Maldivian", "the joint venture between …".
var appositiveStops = lexicon.WordSet(`of that which who between with for in at on from to and`)
