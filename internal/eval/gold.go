// Package eval scores extract's output against hand-made gold data: claim
// gold files (ANNOTATION.md), article bodies (ingest) and attribution
// relations (PolNeAR).
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// GoldArticle is one line of a gold file such as seeds.gold.jsonl.
type GoldArticle struct {
	File      string      `json:"file"`
	Claims    []GoldClaim `json:"claims"`
	NotClaims []string    `json:"not_claims"`
}

// GoldClaim is a hand-checked claim. Anchor is an exact substring of the
// article holding Quantity once; Source lists the accepted names (empty: the
// article asserts it; "" among them: leaving it unattributed is right too).
type GoldClaim struct {
	Anchor    string   `json:"anchor"`
	Quantity  string   `json:"quantity"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit"`
	Subject   string   `json:"subject"`
	Event     string   `json:"event"`
	Source    []string `json:"source"`
	Cue       string   `json:"cue"`
	Required  bool     `json:"required"`
}

// ReadGold reads a gold JSONL file.
func ReadGold(path string) ([]GoldArticle, error) { return ReadJSONL[GoldArticle](path) }

// Prediction is what the tool stored for one article.
type Prediction struct {
	Text   string            // the article text (offsets refer to it)
	Claims []claims.Quantity // kind = claim
	// Rules, when set, are the named rules of the article's explained
	// mentions (extract explain), found by span: Score then tallies each
	// matched claim under its rules (Report.ByRule).
	Rules []RuleNames
}

// Miss is a required gold claim no prediction matched.
type Miss struct {
	File string
	Gold GoldClaim
}

// FalsePositive is a predicted claim that matched no gold claim or overlaps
// a not-claim expression (NotClaim is then set).
type FalsePositive struct {
	File     string
	Pred     claims.Quantity
	NotClaim string
}

// Mismatch is a matched claim with a wrong field.
type Mismatch struct {
	File  string
	Field string // value, unit, source, cue
	Gold  GoldClaim
	Pred  claims.Quantity
	Rules RuleNames // the rules that decided Pred (set when the prediction carries them)
}

// Report is the score of predictions against a gold file.
type Report struct {
	TP, FP, FN         int // detection counts (see ANNOTATION.md)
	Matched            int // matched gold claims, required or optional
	Value, Unit        int // matched claims with the field right
	Source, Cue        int
	NotClaimViolations int
	MissingArticles    []string
	Misses             []Miss
	FalsePositives     []FalsePositive
	Mismatches         []Mismatch
	Rules              RuleTallies // per-rule tallies, when the predictions carry their rules (byrule.go)
}

// Precision, Recall and F1 of detection.
func (r *Report) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }
func (r *Report) Recall() float64    { return ratio(r.TP, r.TP+r.FN) }
func (r *Report) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

// Accuracy of a field among matched claims.
func (r *Report) Accuracy(n int) float64 { return ratio(n, r.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score scores predictions (by article id = gold file name) against gold, as
// ANNOTATION.md describes:
//   - a predicted claim matches a gold claim when their quantity spans overlap
//     (gold offsets are used when they still locate the quantity in the
//     stored text; otherwise the anchor is looked up in it), or when the
//     predicted sentence contains the anchor and the quantity texts overlap;
//   - detection counts required claims; an optional gold claim that is
//     extracted counts as right, one that is missed is not counted;
//   - a predicted claim overlapping a not_claims expression, or matching
//     nothing, is a false positive;
//   - among matched claims: value (low, high and qualifier equal), unit,
//     source (predicted name equals or contains an accepted name as whole
//     words, case-insensitively; empty list: no source) and cue accuracy.
func Score(gold []GoldArticle, preds map[string]Prediction) *Report {
	r := &Report{}
	for _, g := range gold {
		p, ok := preds[g.File]
		if !ok {
			r.MissingArticles = append(r.MissingArticles, g.File)
		}
		scoreArticle(r, g, p)
	}
	return r
}

func scoreArticle(r *Report, g GoldArticle, p Prediction) {
	// Not-claim expressions: every occurrence in the text.
	type span struct{ s, e int }
	var notSpans []span
	var notText []string
	for _, nc := range g.NotClaims {
		for off := 0; nc != ""; {
			i := strings.Index(p.Text[off:], nc)
			if i < 0 {
				break
			}
			notSpans = append(notSpans, span{off + i, off + i + len(nc)})
			notText = append(notText, nc)
			off += i + len(nc)
		}
	}
	used := make([]bool, len(p.Claims))
	for _, gc := range g.Claims {
		gs, ge := locate(p.Text, gc)
		best := -1
		for i := range p.Claims {
			if used[i] {
				continue
			}
			q := &p.Claims[i]
			if gs >= 0 && q.Quantity.Start < ge && gs < q.Quantity.End {
				best = i
				break
			}
			if best < 0 && strings.Contains(q.Sentence.Text, gc.Anchor) && textsOverlap(q.Quantity.Text, gc.Quantity) {
				best = i
			}
		}
		if best < 0 {
			if gc.Required {
				r.FN++
				r.Misses = append(r.Misses, Miss{File: g.File, Gold: gc})
			}
			continue
		}
		used[best] = true
		q := p.Claims[best]
		r.TP++
		r.Matched++
		var rules RuleNames
		if p.Rules != nil {
			rules = p.ruleFor(&q)
		}
		check := func(field string, ok bool, n *int) {
			if ok {
				*n++
			} else {
				r.Mismatches = append(r.Mismatches, Mismatch{File: g.File, Field: field, Gold: gc, Pred: q, Rules: rules})
			}
		}
		check("value", sameF(q.Low, gc.Low) && sameF(q.High, gc.High) && string(q.Qualifier) == gc.Qualifier, &r.Value)
		unitOK, sourceRight := sameUnit(q.Unit, gc.Unit), sourceOK(q.Source, gc.Source)
		check("unit", unitOK, &r.Unit)
		check("source", sourceRight, &r.Source)
		if p.Rules != nil {
			r.Rules.Add(rules, sourceRight, q.Source, noName(gc.Source), true, unitOK)
		}
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		check("cue", strings.EqualFold(strings.TrimSpace(cue), gc.Cue), &r.Cue)
	}
	for i := range p.Claims {
		q := p.Claims[i]
		nc := ""
		for j, s := range notSpans {
			if q.Quantity.Start < s.e && s.s < q.Quantity.End {
				nc = notText[j]
				break
			}
		}
		if nc != "" {
			r.NotClaimViolations++
		}
		if used[i] && nc == "" {
			continue
		}
		if used[i] {
			// Matched a gold claim but also overlaps a not-claim: the
			// gold file contradicts itself; count it as a violation only.
			continue
		}
		r.FP++
		r.FalsePositives = append(r.FalsePositives, FalsePositive{File: g.File, Pred: q, NotClaim: nc})
	}
}

// locate returns the gold quantity's span in text: its own offsets when they
// still hold it, else the quantity inside the (nearest) anchor occurrence, else -1.
func locate(text string, gc GoldClaim) (int, int) {
	if gc.Start >= 0 && gc.End <= len(text) && gc.Start < gc.End && text[gc.Start:gc.End] == gc.Quantity {
		return gc.Start, gc.End
	}
	qi := strings.Index(gc.Anchor, gc.Quantity)
	if qi < 0 {
		return -1, -1
	}
	best, bestDist := -1, math.MaxInt
	for off := 0; ; {
		i := strings.Index(text[off:], gc.Anchor)
		if i < 0 {
			break
		}
		at := off + i
		if d := abs(at + qi - gc.Start); d < bestDist {
			best, bestDist = at, d
		}
		off = at + 1
	}
	if best < 0 {
		return -1, -1
	}
	return best + qi, best + qi + len(gc.Quantity)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func textsOverlap(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

func sameF(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*b))
}

// sourceOK applies the source rule of ANNOTATION.md.
func sourceOK(pred *claims.Source, accepted []string) bool {
	name := ""
	if pred != nil {
		name = pred.Name
	}
	if len(accepted) == 0 {
		return name == ""
	}
	for _, a := range accepted {
		if a == "" && name == "" {
			return true
		}
		if a != "" && name != "" && containsWords(name, a) {
			return true
		}
	}
	return false
}

var wordSep = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// containsWords reports whether the words of b appear consecutively in a,
// case-insensitively.
func containsWords(a, b string) bool {
	aw := strings.Fields(strings.ToLower(wordSep.ReplaceAllString(a, " ")))
	bw := strings.Fields(strings.ToLower(wordSep.ReplaceAllString(b, " ")))
	if len(bw) == 0 {
		return false
	}
	for i := 0; i+len(bw) <= len(aw); i++ {
		ok := true
		for j := range bw {
			if aw[i+j] != bw[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Summary is the one-line JSON summary printed after the table.
type Summary struct {
	Precision          float64 `json:"precision"`
	Recall             float64 `json:"recall"`
	F1                 float64 `json:"f1"`
	ValueAccuracy      float64 `json:"value_accuracy"`
	UnitAccuracy       float64 `json:"unit_accuracy"`
	SourceAccuracy     float64 `json:"source_accuracy"`
	CueAccuracy        float64 `json:"cue_accuracy"`
	NotClaimViolations int     `json:"not_claim_violations"`
	TP                 int     `json:"tp"`
	FP                 int     `json:"fp"`
	FN                 int     `json:"fn"`
	Matched            int     `json:"matched"`
}

// Summary returns the figures of the report.
func (r *Report) Summary() Summary {
	round := func(x float64) float64 { return math.Round(x*10000) / 10000 }
	return Summary{
		Precision: round(r.Precision()), Recall: round(r.Recall()), F1: round(r.F1()),
		ValueAccuracy: round(r.Accuracy(r.Value)), UnitAccuracy: round(r.Accuracy(r.Unit)),
		SourceAccuracy: round(r.Accuracy(r.Source)), CueAccuracy: round(r.Accuracy(r.Cue)),
		NotClaimViolations: r.NotClaimViolations, TP: r.TP, FP: r.FP, FN: r.FN, Matched: r.Matched,
	}
}

// Print writes the table, the misses, false positives and field mismatches,
// then the one-line JSON summary.
func (r *Report) Print(w io.Writer) {
	s := r.Summary()
	fmt.Fprintf(w, "Detection   P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n", s.Precision, s.Recall, s.F1, r.TP, r.FP, r.FN)
	fmt.Fprintf(w, "Value       %.3f  (%d/%d matched)\n", s.ValueAccuracy, r.Value, r.Matched)
	fmt.Fprintf(w, "Unit        %.3f  (%d/%d)\n", s.UnitAccuracy, r.Unit, r.Matched)
	fmt.Fprintf(w, "Source      %.3f  (%d/%d)\n", s.SourceAccuracy, r.Source, r.Matched)
	fmt.Fprintf(w, "Cue         %.3f  (%d/%d)\n", s.CueAccuracy, r.Cue, r.Matched)
	fmt.Fprintf(w, "Not-claim violations  %d\n", r.NotClaimViolations)
	for _, a := range r.MissingArticles {
		fmt.Fprintf(w, "\nMISSING ARTICLE %s (not in the database)", a)
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "\nMisses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  %s  %q  in %q\n", m.File, m.Gold.Quantity, m.Gold.Anchor)
		}
	}
	if len(r.FalsePositives) > 0 {
		fmt.Fprintf(w, "\nFalse positives (%d):\n", len(r.FalsePositives))
		for _, f := range r.FalsePositives {
			why := "matches no gold claim"
			if f.NotClaim != "" {
				why = fmt.Sprintf("overlaps not-claim %q", f.NotClaim)
			}
			fmt.Fprintf(w, "  %s  %q @%d  %s  in %q\n", f.File, f.Pred.Quantity.Text, f.Pred.Quantity.Start, why, clip(f.Pred.Sentence.Text, 90))
		}
	}
	if len(r.Mismatches) > 0 {
		sort.SliceStable(r.Mismatches, func(i, j int) bool { return r.Mismatches[i].Field < r.Mismatches[j].Field })
		fmt.Fprintf(w, "\nField errors (%d):\n", len(r.Mismatches))
		for _, m := range r.Mismatches {
			fmt.Fprintf(w, "  %-6s %s  %q: got %s, want %s\n", m.Field, m.File, m.Gold.Quantity, predField(m), goldField(m))
		}
	}
	b, _ := json.Marshal(s)
	fmt.Fprintf(w, "\n%s\n", b)
}

func predField(m Mismatch) string {
	q := m.Pred
	switch m.Field {
	case "value":
		return fmt.Sprintf("%s [%s, %s]", q.Qualifier, fnum(q.Low), fnum(q.High))
	case "unit":
		return q.Unit
	case "source":
		if q.Source == nil {
			return "(none)"
		}
		return fmt.Sprintf("%q", q.Source.Name)
	default:
		if q.Cue == nil {
			return "(none)"
		}
		return fmt.Sprintf("%q", q.Cue.Text)
	}
}

func goldField(m Mismatch) string {
	g := m.Gold
	switch m.Field {
	case "value":
		return fmt.Sprintf("%s [%s, %s]", g.Qualifier, fnum(g.Low), fnum(g.High))
	case "unit":
		return g.Unit
	case "source":
		if len(g.Source) == 0 {
			return "(none)"
		}
		b, _ := json.Marshal(g.Source)
		return string(b)
	default:
		return fmt.Sprintf("%q", g.Cue)
	}
}

func fnum(f *float64) string {
	if f == nil {
		return "null"
	}
	return fmt.Sprintf("%g", *f)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// sameUnit compares a predicted unit with a gold one. Both are first
// brought to the lexicon's canonical name (lexicon.CanonicalUnit: a gold
// "square foot", "liter" or "percentage points" is foot2, litre,
// percentage_point; ANNOTATION.md fixes count, percent, ISO codes and the
// rate form, not the spelling of every measure). The claims golds were
// written before rates kept their denominator (ANNOTATION.md: "$7.25 an
// hour" is USD/hour, issue #15): a gold unit without "/" matches a rate
// whose numerator it is, so that the golds need no rewriting.
func sameUnit(pred, gold string) bool {
	if pred == gold {
		return true
	}
	pred, gold = lexicon.CanonicalUnit(pred), lexicon.CanonicalUnit(gold)
	if pred == gold {
		return true
	}
	i := strings.IndexByte(pred, '/')
	return i > 0 && !strings.Contains(gold, "/") && pred[:i] == gold
}
