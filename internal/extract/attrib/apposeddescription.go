package attrib

import (
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
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
// group said". A description no name followed before goes on to the other
// steps.
const ruleApposedDescription = "apposed-description"

// apposedDescriptionBack bounds the names looked at before the
// description (in text order, the nearest first).
const apposedDescriptionBack = 40

func apposedDescription(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e <= b || ts[b].Lower != "the" || ts[e].Text != ts[e].Lower || !(genericOrgNouns[ts[e].Lower] || companyNouns[ts[e].Lower]) {
		return "", "", false
	}
	for i := b + 1; i < e; i++ {
		if ts[i].Text != ts[i].Lower || !ts[i].Wordy() {
			return "", "", false // "the Dutch group", "the country's group": other steps
		}
	}
	head, pos := ts[e].Lower, ts[b].Start
	txt := a.d.Text
	ents := a.reg.ents
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= pos })
	for k := i - 1; k >= 0 && k >= i-apposedDescriptionBack; k-- {
		n := &ents[k]
		before := strings.TrimRight(txt[max(0, n.Start-60):n.Start], " ")
		if !strings.HasSuffix(before, " "+head) || a.reg.kindOf(n.Name) == kindPerson {
			continue
		}
		ok := true
		for j := b + 1; j < e && ok; j++ {
			ok = strings.Contains(before, " "+ts[j].Lower+" ")
		}
		if ok {
			return n.Name, kindOrg, true
		}
	}
	return "", "", false
}
