package ingest

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/eval"
)

func TestDumpHTML(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"blocks one line each", `<body><h1>Title here</h1><p>First para.</p><div>Second</div></body>`, "Title here\nFirst para.\nSecond"},
		{"inline runs together", `<body><div><a>Subscribe</a><a>Sign In</a></div></body>`, "SubscribeSign In"},
		{"spaces kept between inline", `<p><strong>Disclosure</strong>:&nbsp;<em>ZDNet</em> may earn</p>`, "Disclosure: ZDNet may earn"},
		{"source line break splits", "<p>One sentence.\n   Two sentence.</p>", "One sentence.\nTwo sentence."},
		{"br splits", `<p>Line one<br>Line two</p>`, "Line one\nLine two"},
		{"silent elements", `<head><title>T</title></head><body><script>var x=1</script><style>p{}</style><noscript>Enable JS</noscript><p>Text</p></body>`, "Text"},
		{"hidden text stays", `<body><div style="display:none">Menu</div><p hidden>Body</p></body>`, "Menu\nBody"},
		{"select options", `<form><label>Archives</label><select><option>Select Month</option><option>May 2019</option></select></form>`, "Archives\nSelect Month\nMay 2019"},
		{"table cells", `<table><tr><td>a b</td><td>c</td></tr></table>`, "a b\nc"},
	} {
		got, err := DumpHTML([]byte(c.in), "")
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDumpMatchesDevText checks that DumpHTML renders the ingest-dev pages
// as their dumps in ../shared/eval/ingest-dev/text were made: on average
// at least 99.5% of a dump's lines (as a multiset) come out the same.
func TestDumpMatchesDevText(t *testing.T) {
	dir := devDir(t)
	paths, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(paths) == 0 {
		t.Skip("no dumps")
	}
	sum := 0.0
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DumpHTML(readGz(t, filepath.Join(dir, "html", id+".html.gz")), "")
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		have := map[string]int{}
		for _, l := range strings.Split(got, "\n") {
			have[l]++
		}
		lines := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
		same := 0
		for _, l := range lines {
			if have[l] > 0 {
				have[l]--
				same++
			}
		}
		sum += float64(same) / float64(len(lines))
	}
	mean := sum / float64(len(paths))
	t.Logf("%d pages: %.4f of the dump lines rendered the same", len(paths), mean)
	if mean < 0.995 {
		t.Errorf("DumpHTML matches %.4f of the dev dumps' lines, want >= 0.995", mean)
	}
}

// wcxbBlind are the ids of the WCXB bodies of the blind claims gold
// testdata/claims/web-dev-1.gold.jsonl (then web-blind-1; listed in testdata/claims/README.md):
// left out of the dump dev set so that no text rule is tuned on them.
var wcxbBlind = map[string]bool{
	"dev_0031": true, "dev_0475": true, "dev_0392": true, "dev_4560": true,
	"dev_4129": true, "dev_0279": true, "dev_0405": true, "dev_0387": true,
	"dev_0331": true, "dev_0480": true, "dev_0457": true, "dev_0078": true,
	"dev_0161": true, "dev_0391": true, "dev_0421": true, "dev_4151": true,
}

// wcxbDumpHoldout is the hold-out rule of the WCXB dump set, fixed before
// any result was seen: a page is held out when the first byte of the
// SHA-256 of its file name ("dev_0001.html.gz") is below 52 (about 20%).
func wcxbDumpHoldout(file string) bool {
	h := sha256.Sum256([]byte(file))
	return h[0] < 52
}

// TestDevWCXBDump scores the text reader on WCXB pages flattened by
// DumpHTML: the dev part (worst pages logged; INGEST_DEV_OUT=dir writes the
// dumps and predictions) and, with INGEST_HOLDOUT=1, the hold-out part's
// summary (never its pages).
func TestDevWCXBDump(t *testing.T) {
	dir := webDir(t, "wcxb")
	truth, err := eval.ReadIngestTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("INGEST_DEV_OUT")
	dev, hold := map[string]string{}, map[string]string{}
	for id := range truth {
		file := id + ".html.gz"
		if wcxbBlind[id] {
			continue
		}
		dump, err := DumpHTML(readGz(t, filepath.Join(dir, "html", file)), "")
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		text := ParseText(dump).Text
		if wcxbDumpHoldout(file) {
			hold[id] = text
			continue
		}
		dev[id] = text
		if out != "" {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, id+".dump"), []byte(dump), 0o644)
			os.WriteFile(filepath.Join(out, id+".txt"), []byte(text), 0o644)
		}
	}
	rd := eval.ScoreIngest(truth, dev, nil)
	pages := append([]eval.IngestPage(nil), rd.Pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].F1() < pages[j].F1() })
	for _, p := range pages[:min(25, len(pages))] {
		t.Logf("dev %s P %.3f R %.3f F1 %.3f", p.ID, p.Precision, p.Recall, p.F1())
	}
	rh := eval.ScoreIngest(truth, hold, nil)
	t.Logf("dev: %d pages, P %.4f R %.4f F1 %.4f", len(rd.Pages), rd.Precision, rd.Recall, rd.F1())
	if os.Getenv("INGEST_HOLDOUT") != "" { // the summary only, when asked for
		t.Logf("hold-out: %d pages, P %.4f R %.4f F1 %.4f", len(rh.Pages), rh.Precision, rh.Recall, rh.F1())
	}
	if f := rd.F1(); f < 0.931 { // 0.9302 when raised (ingest11's second round; 0.9301 at its first); 0.9305 after ingest13; 0.9307 after ingest15; 0.9309 after dump19 (credit captions), 0.9310 (announced lists); 0.9312 after dump20 (bridged tables), 0.9313 (introduced table heads)
		t.Errorf("dev dump F1 %.4f < 0.931", f)
	}
}

// TestDevTrafilaturaDump scores the text reader on trafilatura's evaluation
// pages (the dev half in ../shared/eval/ingest-web/trafilatura) flattened by
// DumpHTML, with their must-have / must-not-have snippets: many languages
// and site types, a check on the text rules beyond the two sets they were
// tuned on.
func TestDevTrafilaturaDump(t *testing.T) {
	dir := webDir(t, "trafilatura")
	truth, err := eval.ReadSnippets(filepath.Join(dir, "snippets.json"))
	if err != nil {
		t.Fatal(err)
	}
	pred, errs := parsePages(t, dir, truth, dumpBody)
	report, f1 := snippetF1(t, truth, pred, errs)
	t.Logf("%s", report)
	if f1 < 0.876 { // 0.8766 when raised (ingest11's second round; 0.8623 before the first's text rules); 0.8767 after ingest13
		t.Errorf("trafilatura dump snippet F1 %.4f < 0.876", f1)
	}
}
