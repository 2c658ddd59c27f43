package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule possessive-org-name (npStep): "the" before capitalised words with
// a possessive among them and an organisation's head at the end is the
// organisation's own name, not a description of one named before:
// "according to the Northern Territory Cattlemen's Association" (web-dev-5
// au-nt-cattle, where "the association" had been the Livestock Exporters
// Association named before), "the National Farmers' Union", "the BC
// Nurses' Union" (fresh-16), "the Scottish Grocers' Federation", "the
// Taxpayers' Union". "the group's association", "the country's largest
// union" (a lower-case word) stay descriptions.
const rulePossessiveOrgName = "possessive-org-name"

func possessiveOrgName(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if ts[b].Lower != "the" || e-b < 3 || !ts[e].Capitalised() {
		return "", "", false
	}
	poss := false
	for i := b + 1; i < e; i++ {
		switch {
		case isPossessive(ts[i]):
			poss = poss || i > b+1
		case !ts[i].Capitalised():
			return "", "", false
		}
	}
	if !poss || !lexicon.OrgName(strings.Fields(a.d.Text[ts[b+1].Start:ts[e].End()])) {
		return "", "", false
	}
	// (the phrase as written, "the" kept, as head-kind gives it)
	return a.d.Text[ts[b].Start:ts[e].End()], kindOrg, true
}
