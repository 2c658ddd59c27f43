package eval

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestPool: two reports pooled count as one, rule tallies summed by rule.
func TestPool(t *testing.T) {
	src := &claims.Source{Name: "the parties"}
	a := &Report{TP: 2, FP: 1, Matched: 2, Source: 1}
	a.Rules.Add(RuleNames{Source: "verb-cue/strong"}, true, src, false, false, false)
	a.Rules.Add(RuleNames{Source: "verb-cue/strong"}, false, src, true, false, false)
	b := &Report{TP: 1, FN: 1, Matched: 1, Source: 1}
	b.Rules.Add(RuleNames{Source: "verb-cue/strong"}, false, src, false, false, false)
	b.Rules.Add(RuleNames{}, true, nil, true, false, false)
	var p Report
	p.Pool(a)
	p.Pool(b)
	if p.TP != 3 || p.FP != 1 || p.FN != 1 || p.Matched != 3 || p.Source != 2 {
		t.Errorf("pooled counts %+v", p)
	}
	got := map[string]RuleTally{}
	for _, r := range p.ByRule() {
		if r.Family == FamilySource {
			got[r.Rule] = r
		}
	}
	if r := got["verb-cue/strong"]; r.Claims != 3 || r.Right != 1 || r.GoldNone != 1 || r.WrongName != 1 {
		t.Errorf("verb-cue/strong %+v", r)
	}
	if r := got[RuleNoCue]; r.Claims != 1 || r.Right != 1 {
		t.Errorf("(no cue) %+v", r)
	}
}
