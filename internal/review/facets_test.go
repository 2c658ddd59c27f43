package review

import (
	"context"
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

// The list shows the sources and articles with the most claims of the
// filter, each a link narrowing the filter to it; a filter already on a
// source lists no sources.
func TestFacetSourcesAndArticles(t *testing.T) {
	a := newApp(t, Options{})
	if _, err := a.st.ResolveEntities(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, p, _ := a.get("/?unit=count")
	i := strings.Index(p, `id="facet-sources"`)
	j := strings.Index(p, `id="facet-articles"`)
	if i < 0 || j < 0 {
		t.Fatal("no source or article facets")
	}
	srcs, arts := p[i:j], p[j:]
	arts = arts[:strings.Index(arts, "</p>")]
	if !strings.Contains(srcs, `<a href="/?source=Rights&#43;Watchers&amp;unit=count">Rights Watchers</a> (2)`) {
		t.Errorf("sources facet: %s", srcs)
	}
	// the count is what the link lists (copies in near-duplicates once)
	if _, l, _ := a.get("/?source=Rights+Watchers&unit=count"); rowsOf(l) != 2 {
		t.Errorf("the source's link lists %d claims", rowsOf(l))
	}
	if !strings.Contains(arts, `<a href="/?article=a-story&amp;unit=count">Country frees more than 100 detainees</a> (4)`) {
		t.Errorf("articles facet: %s", arts)
	}
	_, p, _ = a.get("/?source=Rights+Watchers")
	if strings.Contains(p, `id="facet-sources"`) || !strings.Contains(p, `id="facet-articles"`) {
		t.Error("facets on a source filter")
	}
}
