package eval

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
)

// QuantityCase is one case of a peer test suite mapped onto the project's
// conventions (../shared/eval/quantity-suites/README.md): a text and the
// number mentions expected in it.
type QuantityCase struct {
	ID       string         `json:"id"`
	Suite    string         `json:"suite"`
	Model    string         `json:"model"`
	Text     string         `json:"text"`
	Expected []QuantityItem `json:"expected"`
	// Convention, when set, says why the suite's reading differs from a
	// news reader's: the case is counted apart, not as errors.
	Convention *string `json:"convention"`
}

// QuantityItem is one expected mention: a point Value or a Low/High range
// (an open side nil), and its unit (nil for models that carry none:
// NumberModel, NumberRangeModel, OrdinalModel score values only).
type QuantityItem struct {
	Text       string   `json:"text"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Value      *float64 `json:"value"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	Unit       *string  `json:"unit"`
	UnitAlt    []string `json:"unit_alt"`
	Kind       string   `json:"kind"`
	Share      bool     `json:"share"`
	Convention *string  `json:"convention"`
}

// ReadQuantityCases reads a JSONL file of cases; a malformed line, or an
// item whose offsets do not hold its text, is an error naming its line.
func ReadQuantityCases(path string) ([]QuantityCase, error) {
	cases, err := ReadJSONL[QuantityCase](path)
	if err != nil {
		return nil, err
	}
	for i, c := range cases {
		for _, it := range c.Expected {
			if it.Start < 0 || it.End > len(c.Text) || it.Start > it.End || c.Text[it.Start:it.End] != it.Text {
				return nil, fmt.Errorf("%s: case %d (%s): item %q does not sit at bytes %d-%d of the text", path, i+1, c.ID, it.Text, it.Start, it.End)
			}
		}
	}
	return cases, nil
}

// QuantityFigures are the counts of one suite·model (or of its convention cases).
type QuantityFigures struct {
	Cases      int
	Items      int // expected mentions
	Found      int // … overlapped by a predicted mention
	Predicted  int // predicted mentions
	Matched    int // … overlapping an expected mention
	ValueRight int // found items whose value is read right
	Unitful    int // found items with an expected unit
	UnitRight  int // … whose unit is read right
	// value+unit scoring as CQE scores (Almasian et al. 2023): every
	// predicted quantity (QuantityKind) counts, and one is right when it
	// overlaps an item and reads its value and unit (an item without a
	// unit: its value)
	QuantityPredicted int // predicted mentions of a quantity kind
	ValueUnitRight    int // items found by a quantity whose value and unit are right
}

func (f *QuantityFigures) add(g QuantityFigures) {
	f.Cases += g.Cases
	f.Items += g.Items
	f.Found += g.Found
	f.Predicted += g.Predicted
	f.Matched += g.Matched
	f.ValueRight += g.ValueRight
	f.Unitful += g.Unitful
	f.UnitRight += g.UnitRight
	f.QuantityPredicted += g.QuantityPredicted
	f.ValueUnitRight += g.ValueUnitRight
}

func (f *QuantityFigures) Precision() float64     { return ratio(f.Matched, f.Predicted) }
func (f *QuantityFigures) Recall() float64        { return ratio(f.Found, f.Items) }
func (f *QuantityFigures) F1() float64            { return f1(f.Precision(), f.Recall()) }
func (f *QuantityFigures) ValueAccuracy() float64 { return ratio(f.ValueRight, f.Found) }
func (f *QuantityFigures) UnitAccuracy() float64  { return ratio(f.UnitRight, f.Unitful) }

// ValueUnitPrecision, ValueUnitRecall and ValueUnitF1 score as CQE does:
// a predicted quantity is right when it overlaps an expected item and
// reads its value and unit; every quantity predicted counts against
// precision, so the figures mean "over all quantities" only for a file
// that annotates every quantity of its texts (as
// testdata/quantities/suites-cqe-dev.jsonl does; the suites themselves
// annotate only their model's kind).
func (f *QuantityFigures) ValueUnitPrecision() float64 {
	return ratio(f.ValueUnitRight, f.QuantityPredicted)
}
func (f *QuantityFigures) ValueUnitRecall() float64 { return ratio(f.ValueUnitRight, f.Items) }
func (f *QuantityFigures) ValueUnitF1() float64 {
	return f1(f.ValueUnitPrecision(), f.ValueUnitRecall())
}

// QuantityKind says whether a mention of kind k is a quantity for the
// value+unit score: claims and durations; dates, years, clock times,
// ordinals, identifiers and the other mentions the recogniser says are no
// claims (list enumerators, the pronoun "one", scores, table rows) are not.
func QuantityKind(k claims.Kind) bool {
	return k == claims.KindClaim || k == claims.KindDuration
}

// QuantityError is an expected item missed or misread, or a predicted
// mention the suite does not expect.
type QuantityError struct {
	Case, Suite, Model, Text string
	What                     string // "miss", "extra", "value", "unit"
	Expected, Got            string
}

// QuantityReport holds the figures per "suite/model", the suites'
// convention cases and items apart (key "suite/model (convention)").
type QuantityReport struct {
	Figures map[string]*QuantityFigures
	Errors  []QuantityError
}

// ScoreQuantityCases runs find over each case's text and scores its
// mentions (every kind: the suites expect dates' and ordinals' numbers too).
//
// An expected item is found when a predicted mention overlaps it (each
// mention matches one item, the largest overlap first); a predicted mention
// overlapping no item is a false positive. A found item's value is right
// when the mention's interval is the expected one (a point: both bounds, or
// the one bound of "more than 5", equal to it; a share may be read as a
// percent: "two-thirds" 66.67 percent for 0.667); its unit is right when
// it is the expected unit or an accepted alternative. Cases and items with
// a convention go to their model's "(convention)" row (and are not listed
// as errors). Each model's suite annotates only its own kind of mention, so
// a unit model's precision also counts the other numbers of its texts.
func ScoreQuantityCases(cases []QuantityCase, find func(text string) []claims.Quantity) *QuantityReport {
	r := &QuantityReport{Figures: map[string]*QuantityFigures{}}
	fig := func(c *QuantityCase, conv bool) *QuantityFigures {
		k := c.Suite + "/" + c.Model
		if conv {
			k += " (convention)"
		}
		f := r.Figures[k]
		if f == nil {
			f = &QuantityFigures{}
			r.Figures[k] = f
		}
		return f
	}
	for i := range cases {
		c := &cases[i]
		caseConv := c.Convention != nil
		fig(c, caseConv).Cases++
		preds := find(c.Text)
		// a prediction counts in the convention row when its case has a
		// convention or it overlaps a convention item
		predConv := make([]bool, len(preds))
		for j, p := range preds {
			predConv[j] = caseConv
			for _, it := range c.Expected {
				if it.Convention != nil && overlaps(p.Quantity, &it) {
					predConv[j] = true
				}
			}
			fig(c, predConv[j]).Predicted++
			if QuantityKind(p.Kind) {
				fig(c, predConv[j]).QuantityPredicted++
			}
		}
		used := make([]bool, len(preds))
		for _, it := range c.Expected {
			conv := caseConv || it.Convention != nil
			f := fig(c, conv)
			f.Items++
			miss := func(what, expected, got string) {
				if !conv { // convention items are counted, not listed as errors
					r.Errors = append(r.Errors, QuantityError{c.ID, c.Suite, c.Model, c.Text, what, expected, got})
				}
			}
			best, bestOv := -1, 0
			for j, p := range preds {
				if ov := min(p.Quantity.End, it.End) - max(p.Quantity.Start, it.Start); ov > bestOv && !used[j] {
					best, bestOv = j, ov
				}
			}
			if best < 0 {
				miss("miss", it.Text, "")
				continue
			}
			used[best] = true
			p := &preds[best]
			f.Found++
			fig(c, predConv[best]).Matched++
			valueOK, unitOK := itemValueRight(&it, p), true
			if valueOK {
				f.ValueRight++
			} else {
				miss("value", it.Text+" = "+itemValue(&it), p.Quantity.Text+" = "+predValue(p))
			}
			if it.Unit != nil {
				f.Unitful++
				if unitOK = itemUnitRight(&it, p); unitOK {
					f.UnitRight++
				} else {
					miss("unit", it.Text+" "+*it.Unit, p.Quantity.Text+" "+p.Unit)
				}
			}
			if valueOK && unitOK && QuantityKind(p.Kind) {
				// in the item's row (its prediction's row too, unless
				// the prediction also overlaps a convention item)
				f.ValueUnitRight++
			}
		}
		for j, p := range preds {
			if !used[j] && !predConv[j] {
				r.Errors = append(r.Errors, QuantityError{c.ID, c.Suite, c.Model, c.Text, "extra", "", p.Quantity.Text + " (" + string(p.Kind) + ")"})
			}
		}
	}
	return r
}

func overlaps(s claims.Span, it *QuantityItem) bool {
	return s.Start < it.End && it.Start < s.End
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

func nearP(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return near(*a, *b)
}

func itemValueRight(it *QuantityItem, p *claims.Quantity) bool {
	if it.Value == nil {
		return nearP(it.Low, p.Low) && nearP(it.High, p.High)
	}
	v := *it.Value
	ok := func(v float64) bool {
		switch {
		case p.Low != nil && p.High != nil:
			return near(*p.Low, v) && near(*p.High, v)
		case p.Low != nil:
			return near(*p.Low, v)
		case p.High != nil:
			return near(*p.High, v)
		}
		return false
	}
	return ok(v) || it.Share && p.Unit == "percent" && ok(v*100)
}

// itemUnitRight: the predicted unit is the expected one or an accepted
// alternative, by name or as another name of the same unit
// (lexicon.CanonicalUnit: "km/ms" is km/millisecond, "K" kelvin).
func itemUnitRight(it *QuantityItem, p *claims.Quantity) bool {
	pred := lexicon.CanonicalUnit(p.Unit)
	for _, u := range append([]string{*it.Unit}, it.UnitAlt...) {
		if p.Unit == u || pred == lexicon.CanonicalUnit(u) {
			return true
		}
	}
	return false
}

func itemValue(it *QuantityItem) string {
	if it.Value != nil {
		return fmt.Sprint(*it.Value)
	}
	return "[" + fnum(it.Low) + ", " + fnum(it.High) + "]"
}

func predValue(p *claims.Quantity) string {
	return "[" + fnum(p.Low) + ", " + fnum(p.High) + "] " + string(p.Qualifier)
}

// Keys returns the report's rows in order: per suite, its models, each
// model's convention row after it.
func (r *QuantityReport) Keys() []string {
	keys := make([]string, 0, len(r.Figures))
	for k := range r.Figures {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Total sums the rows with or without the convention rows.
func (r *QuantityReport) Total(convention bool) QuantityFigures {
	var t QuantityFigures
	for k, f := range r.Figures {
		if strings.HasSuffix(k, " (convention)") == convention {
			t.add(*f)
		}
	}
	return t
}

// Print writes a row per suite/model and the totals, then up to show errors
// of each kind, then a one-line JSON summary (the totals without convention
// cases).
func (r *QuantityReport) Print(w io.Writer, show int) {
	if show > 0 {
		for _, what := range []string{"miss", "extra", "value", "unit"} {
			var es []QuantityError
			for _, e := range r.Errors {
				if e.What == what {
					es = append(es, e)
				}
			}
			fmt.Fprintf(w, "-- %s, first %d of %d\n", what, min(show, len(es)), len(es))
			for _, e := range es[:min(show, len(es))] {
				fmt.Fprintf(w, "%s\texpected %q got %q\n\ttext=%q\n", e.Case, e.Expected, e.Got, clipAttr(e.Text, 160))
			}
		}
	}
	row := func(name string, f *QuantityFigures) {
		fmt.Fprintf(w, "%-44s %5d %5d %5d  %.3f %.3f %.3f  %.3f  %.3f (%4d)  %.3f %.3f %.3f\n", name, f.Cases, f.Items, f.Found,
			f.Precision(), f.Recall(), f.F1(), f.ValueAccuracy(), f.UnitAccuracy(), f.Unitful,
			f.ValueUnitPrecision(), f.ValueUnitRecall(), f.ValueUnitF1())
	}
	fmt.Fprintf(w, "%-44s %5s %5s %5s  %5s %5s %5s  %5s  %-12s  %s\n", "suite/model", "cases", "items", "found", "P", "R", "F1", "value", "unit (n)", "value+unit P R F1")
	for _, k := range r.Keys() {
		row(k, r.Figures[k])
	}
	t, c := r.Total(false), r.Total(true)
	row("all (convention cases apart)", &t)
	row("convention cases and items", &c)
	fmt.Fprintf(w, `{"cases":%d,"items":%d,"precision":%.4f,"recall":%.4f,"f1":%.4f,"value_accuracy":%.4f,"unit_accuracy":%.4f,"value_unit_f1":%.4f,"convention_items":%d}`+"\n",
		t.Cases, t.Items, t.Precision(), t.Recall(), t.F1(), t.ValueAccuracy(), t.UnitAccuracy(), t.ValueUnitF1(), c.Items)
}
