package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/eval"
)

// The source-agreement study (testdata/claims/agreement/README.md): every
// claim of the DEV golds web-dev-8 and web-dev-10 (annotator A) was given
// a source and a cue by a second annotator, B, blind (sources-B.jsonl,
// committed before A's sources were read or the tool ran on the passages).
// The figures are the claims scorer's own (eval.Score: a source is right
// when the predicted name equals or contains an accepted name as whole
// words, case-insensitively; a cue when equal but for case).
const sourcesB = "../../testdata/claims/agreement/sources-B.jsonl"

// bLabel is one line of sources-B.jsonl: B's accepted sources for the gold
// claim at file/start/end (the first is B's answer; [] the article) and
// B's cue.
type bLabel struct {
	Set      string   `json:"set"`
	File     string   `json:"file"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Quantity string   `json:"quantity"`
	Source   []string `json:"source"`
	Cue      string   `json:"cue"`
}

// agreementFloor holds loose floors, just under the study's figures.
type agreementFloor struct{ ab, first, toolA, toolB float64 }

var sourceAgreementFloors = agreementFloor{ab: 0.96, first: 0.93, toolA: 0.93, toolB: 0.90}

// TestSourceAgreement prints source and cue accuracy for A vs B (B
// predicts), B vs A (A's first name predicts), tool vs A and tool vs B on
// the 377 claims, and (-v) every claim where A, B and the tool do not all
// agree.
func TestSourceAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the CLI over 80 passages")
	}
	sets := []struct{ name, texts, gold string }{
		{"web-dev-8", webDevTexts8, webDevGold8},
		{"web-dev-10", "../../testdata/claims/web-dev-10.texts.jsonl", "../../testdata/claims/web-dev-10.gold.jsonl"},
	}
	labels, err := eval.ReadJSONL[bLabel](sourcesB)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		file       string
		start, end int
	}
	byKey := map[key]bLabel{}
	for _, l := range labels {
		k := key{l.File, l.Start, l.End}
		if _, dup := byKey[k]; dup {
			t.Fatalf("%s: %s %d-%d twice", sourcesB, l.File, l.Start, l.End)
		}
		byKey[k] = l
	}
	var goldA, goldB []eval.GoldArticle
	texts := map[string]string{}
	dir := t.TempDir()
	var files []string
	for _, s := range sets {
		ts := readQuoteTexts(t, s.texts)
		checkGoldOffsets(t, s.gold, ts)
		arts, err := eval.ReadGold(s.gold)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			text := ts[strings.TrimSuffix(a.File, ".txt")]
			texts[a.File] = text
			path := filepath.Join(dir, a.File)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
			b := a
			b.Claims = append([]eval.GoldClaim(nil), a.Claims...)
			for i, c := range b.Claims {
				l, ok := byKey[key{a.File, c.Start, c.End}]
				if !ok || l.Quantity != c.Quantity || l.Set != s.name {
					t.Fatalf("%s: %s %d-%d %q: no B label", sourcesB, a.File, c.Start, c.End, c.Quantity)
				}
				delete(byKey, key{a.File, c.Start, c.End})
				b.Claims[i].Source, b.Claims[i].Cue = l.Source, l.Cue
			}
			goldA = append(goldA, a)
			goldB = append(goldB, b)
		}
	}
	if len(byKey) != 0 {
		t.Fatalf("%s: %d labels match no gold claim", sourcesB, len(byKey))
	}
	db := filepath.Join(dir, "claims.db")
	if code, out, errs := cli(t, append([]string{"run", "--db", db}, files...)...); code != exitOK {
		t.Fatalf("extract run: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	st, err := openRead(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tool, _, err := loadPredictions(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	pairs := []struct {
		name        string
		gold        []eval.GoldArticle
		pred        map[string]eval.Prediction
		floor       float64
		claimsFloor int
	}{
		{"A vs B (B predicts)", goldA, annotatorPredictions(goldB, texts), sourceAgreementFloors.ab, 377},
		{"B vs A (A predicts)", goldB, annotatorPredictions(goldA, texts), sourceAgreementFloors.ab, 377},
		{"A vs tool", goldA, tool, sourceAgreementFloors.toolA, 350},
		{"B vs tool", goldB, tool, sourceAgreementFloors.toolB, 350},
	}
	for _, p := range pairs {
		r := eval.Score(p.gold, p.pred)
		t.Logf("%-20s matched %d  source %.3f (%d)  cue %.3f (%d)", p.name, r.Matched,
			r.Accuracy(r.Source), r.Source, r.Accuracy(r.Cue), r.Cue)
		if r.Matched < p.claimsFloor {
			t.Errorf("%s: %d claims matched, want at least %d", p.name, r.Matched, p.claimsFloor)
		}
		if got := r.Accuracy(r.Source); got < p.floor {
			t.Errorf("%s: source %.3f < floor %.3f", p.name, got, p.floor)
		}
	}
	both, first := annotatorAgreement(goldA, goldB)
	t.Logf("A and B agree both ways (each one's answer right under the other's accepted names): %d of %d (%.3f)",
		both, len(labels), float64(both)/float64(len(labels)))
	t.Logf("A's and B's first answers agree (the scorer's rule either way, alternatives ignored): %d of %d (%.3f)",
		first, len(labels), float64(first)/float64(len(labels)))
	if float64(first) < sourceAgreementFloors.first*float64(len(labels)) {
		t.Errorf("first answers agree on %d of %d, under the floor %.2f", first, len(labels), sourceAgreementFloors.first)
	}
	if testing.Verbose() {
		logSourceSplits(t, goldA, goldB, tool)
	}
}

// annotatorPredictions turns a gold's claims into predictions: each
// claim's own span, value and unit, its first accepted source (none for
// an empty list or a first "") and its cue.
func annotatorPredictions(gold []eval.GoldArticle, texts map[string]string) map[string]eval.Prediction {
	preds := map[string]eval.Prediction{}
	for _, a := range gold {
		p := eval.Prediction{Text: texts[a.File]}
		for _, c := range a.Claims {
			q := claims.Quantity{ArticleID: a.File, Quantity: claims.Span{Text: c.Quantity, Start: c.Start, End: c.End},
				Low: c.Low, High: c.High, Qualifier: claims.Qualifier(c.Qualifier), Unit: c.Unit, Kind: claims.KindClaim}
			if name := firstName(c.Source); name != "" {
				q.Source = &claims.Source{Name: name}
			}
			if c.Cue != "" {
				q.Cue = &claims.Span{Text: c.Cue}
			}
			p.Claims = append(p.Claims, q)
		}
		preds[a.File] = p
	}
	return preds
}

func firstName(accepted []string) string {
	if len(accepted) == 0 {
		return ""
	}
	return accepted[0]
}

// srcOf is a predicted source of name (nil for none).
func srcOf(name string) *claims.Source {
	if name == "" {
		return nil
	}
	return &claims.Source{Name: name}
}

// oneName is the accepted list of a single answer ([] for none).
func oneName(name string) []string {
	if name == "" {
		return nil
	}
	return []string{name}
}

// annotatorAgreement counts the claims where each annotator's first answer
// is right under the other's accepted names (both), and where the two
// first answers agree by the scorer's rule either way round, their
// alternatives ignored (first).
func annotatorAgreement(goldA, goldB []eval.GoldArticle) (both, first int) {
	for i, a := range goldA {
		for j, ca := range a.Claims {
			cb := goldB[i].Claims[j]
			fa, fb := firstName(ca.Source), firstName(cb.Source)
			if eval.SourceMatches(srcOf(fb), ca.Source) && eval.SourceMatches(srcOf(fa), cb.Source) {
				both++
			}
			if eval.SourceMatches(srcOf(fb), oneName(fa)) || eval.SourceMatches(srcOf(fa), oneName(fb)) {
				first++
			}
		}
	}
	return both, first
}

// logSourceSplits logs every claim where A and B part on the source (the
// scorer's rule, either way round) or the tool's source is wrong against
// A or B (the scorer's own mismatches), then every claim where A's and B's
// cues differ.
func logSourceSplits(t *testing.T, goldA, goldB []eval.GoldArticle, tool map[string]eval.Prediction) {
	t.Helper()
	type key struct {
		file       string
		start, end int
	}
	toolWrong := func(gold []eval.GoldArticle) map[key]string {
		m := map[key]string{}
		for _, x := range eval.Score(gold, tool).Mismatches {
			if x.Field == "source" {
				name := ""
				if x.Pred.Source != nil {
					name = x.Pred.Source.Name
				}
				m[key{x.File, x.Gold.Start, x.Gold.End}] = name
			}
		}
		return m
	}
	wrongA, wrongB := toolWrong(goldA), toolWrong(goldB)
	src := srcOf
	n := 0
	var cues []string
	for i, a := range goldA {
		for j, ca := range a.Claims {
			cb := goldB[i].Claims[j]
			k := key{a.File, ca.Start, ca.End}
			ab := eval.SourceMatches(src(firstName(cb.Source)), ca.Source)
			ba := eval.SourceMatches(src(firstName(ca.Source)), cb.Source)
			if !strings.EqualFold(ca.Cue, cb.Cue) {
				cues = append(cues, fmt.Sprintf("%s %d-%d %q: A %q %q, B %q %q", a.File, ca.Start, ca.End, ca.Quantity, firstName(ca.Source), ca.Cue, firstName(cb.Source), cb.Cue))
			}
			nameA, okA := wrongA[k]
			nameB, okB := wrongB[k]
			if ab && ba && !okA && !okB {
				continue
			}
			n++
			tool := "(right for both, or not extracted)"
			if okA {
				tool = fmt.Sprintf("%q", nameA)
			} else if okB {
				tool = fmt.Sprintf("%q", nameB)
			}
			t.Logf("%s %d-%d %q: A %q B %q tool %s | A-B %s B-A %s tool-A %s tool-B %s", a.File, ca.Start, ca.End, ca.Quantity,
				ca.Source, cb.Source, tool, yes(ab), yes(ba), yes(!okA), yes(!okB))
		}
	}
	t.Logf("%d claims where A, B and the tool do not all agree on the source", n)
	for _, c := range cues {
		t.Logf("cue: %s", c)
	}
	t.Logf("%d claims where A's and B's cues differ", len(cues))
}

func yes(ok bool) string {
	if ok {
		return "ok"
	}
	return "NO"
}
