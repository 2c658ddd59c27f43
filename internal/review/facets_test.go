package review

import (
	"strings"
	"testing"
	"time"
)

// On a filter matching more than maxFacetClaims claims, the counts are
// lower bounds over the first maxFacetClaims, and say so.
func TestFacetsBounded(t *testing.T) {
	// no timing asserted: the counts may take as long as they need here
	budget := facetBudget
	facetBudget = time.Minute
	t.Cleanup(func() { facetBudget = budget })
	a := newAppOn(t, bigStore(t, 60, 20, 30), Options{})
	_, p, _ := a.get("/?attributed=1")
	if !strings.Contains(p, "attributed only (1000&#43;)") || !strings.Contains(p, "counted among the first 1000 claims") {
		i := strings.Index(p, "attributed only")
		t.Errorf("bounded facets: %q", p[i:min(len(p), i+60)])
	}
}
