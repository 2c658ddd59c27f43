package ingest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage prints the candidate containers of one dev page; it runs
// only with INGEST_DEBUG=<id prefix>.
func TestDebugPage(t *testing.T) {
	pfx := os.Getenv("INGEST_DEBUG")
	if pfx == "" {
		t.Skip("set INGEST_DEBUG=<dev page id prefix>")
	}
	dir := devDir(t)
	m, _ := filepath.Glob(filepath.Join(dir, "html", pfx+"*.html.gz"))
	if len(m) == 0 {
		t.Fatal("no page")
	}
	s, err := decodeHTML(readGz(t, m[0]), "")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := html.Parse(strings.NewReader(s))
	body := findBody(doc)
	e := &extractor{st: map[*html.Node]*nodeStat{}}
	e.prune(body)
	e.measure(body, false)
	top := e.topCandidate(body)
	var cands []*html.Node
	for n, s := range e.st {
		if s.cand {
			cands = append(cands, n)
		}
	}
	sort.Slice(cands, func(i, j int) bool { return e.st[cands[i]].score > e.st[cands[j]].score })
	path := func(n *html.Node) string {
		var p []string
		for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
			p = append([]string{a.Data + "." + strings.ReplaceAll(clip(classID(a), 30), " ", ".")}, p...)
		}
		return strings.Join(p, ">")
	}
	for _, c := range cands[:min(8, len(cands))] {
		t.Logf("%.1f text %d ld %.2f %s", e.st[c].score, e.st[c].text, e.linkDensity(c), path(c))
	}
	t.Logf("TOP %s", path(top))
	for a := top; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if s := e.st[a]; s != nil {
			t.Logf("  up %s text %d ptext %d score %.1f", a.Data+"."+clip(classID(a), 40), s.text, s.ptext, s.score)
		}
	}
	for _, n := range e.withSiblings(top) {
		t.Logf("  kept %s", path(n))
	}
}
