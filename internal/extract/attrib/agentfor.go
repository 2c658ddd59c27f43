package attrib

import (
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Rule agent-name-for: "for" between an organisation's capitalised head
// and a capitalised word is inside the agent's name, not before its
// client (agentStops): "The survey, carried out by the Institute for
// Marine and Antarctic Studies, estimated" (web-dev-5 au-tas-salmon),
// "conducted by the Centre for Ageing and Health Research", "published by
// the Institute for Fiscal Studies"; "conducted by Ipsos for the Evening
// Standard" still stops at "for".
const ruleAgentNameFor = "agent-name-for"

// agentNameFor reports whether ts[k], a "for", joins an organisation's
// head to the capitalised rest of its name.
func agentNameFor(ts []text.Token, k int) bool {
	if k < 1 || k+1 >= len(ts) || ts[k].Lower != "for" {
		return false
	}
	return ts[k-1].Capitalised() && ts[k+1].Capitalised() && lexicon.OrgName([]string{ts[k-1].Text})
}

// agentRule names, for --explain, the rule that gave a document's
// parenthetical agent ts[ab..oe] ("The survey, conducted by Afrobarometer
// in March, found"): "document-agent", "document-agent/agent-name-for"
// when a "for" inside it joins the name.
func agentRule(ts []text.Token, ab, oe int) string {
	for k := ab + 1; k <= oe; k++ {
		if agentNameFor(ts, k) {
			return "document-agent/" + ruleAgentNameFor
		}
	}
	return "document-agent"
}
