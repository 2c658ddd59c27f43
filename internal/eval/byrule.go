package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// RuleNames are the named rules that decided one predicted mention, as
// `extract explain` prints them: the attribution rule that found its cue
// (the "source" rule; "" when no cue was found), the step that resolved its
// source's name ("name by"; "" without a source) and its unit rule.
type RuleNames struct {
	Start, End int            // the mention's quantity span (byte offsets)
	Source     string         // attribution cue rule ("" none: the article asserts it)
	Name       string         // name-by rule ("" none)
	Unit       string         // unit rule ("" none)
	Kind       string         // kind rule ("" unknown): shown with the numbers of an uncovered quote
	Got        *claims.Source // the source the explanation gave (nil none)
}

// String is "SOURCE-RULE, name by NAME-RULE" as the table names them.
func (r RuleNames) String() string {
	return orRule(r.Source, RuleNoCue) + ", name by " + orRule(r.Name, RuleNoName)
}

// Rule families of the per-rule table.
const (
	FamilySource = "source" // the attribution rule that found the cue
	FamilyName   = "name"   // the step that resolved the source's name
	FamilyUnit   = "unit"   // the unit rule
)

// Names shown for claims that no rule of a family decided, or whose rules
// could not be read.
const (
	RuleNoCue   = "(no cue)"       // no attribution rule fired: the article asserts it
	RuleNoName  = "(no source)"    // a cue without a name, or no cue at all
	RuleNoUnit  = "(no unit rule)" // the default unit
	RuleStale   = "(stale)"        // the stored source differs from the explanation's: the database predates the rules
	RuleUnknown = "(unexplained)"  // no explained mention at the stored span
)

// RuleTally counts the matched claims one rule decided and how many of them
// have the field the family decides right. For the source and name
// families the wrong ones are split: a source where the gold has none
// (GoldNone), none where the gold has one (NoneGiven), another name
// (WrongName).
type RuleTally struct {
	Family, Rule                   string
	Claims, Right                  int
	GoldNone, NoneGiven, WrongName int
	// Given counts the claims the rule left with a source, GivenRight
	// those whose source is right: the precision of the sources it gives
	// (source and name families).
	Given, GivenRight int
}

// Precision is GivenRight / Given: how many of the sources the rule gave
// are right (0 when it gave none).
func (t *RuleTally) Precision() float64 { return ratio(t.GivenRight, t.Given) }

// Errors is the number of matched claims the rule decided wrongly.
func (t *RuleTally) Errors() int { return t.Claims - t.Right }

// ruleFor returns the rules that decided the stored claim q, found by its
// span among the prediction's explained mentions; a stored source the
// explanation does not give is stale (the database predates the rules).
func (p *Prediction) ruleFor(q *claims.Quantity) RuleNames {
	r := ruleFor(p.Rules, q)
	if r.Source != RuleUnknown && sourceName(r.Got) != sourceName(q.Source) {
		return RuleNames{Start: r.Start, End: r.End, Source: RuleStale, Name: RuleStale, Unit: r.Unit, Got: r.Got}
	}
	return r
}

// ruleFor returns the rules of rules at q's span.
func ruleFor(rules []RuleNames, q *claims.Quantity) RuleNames {
	for _, r := range rules {
		if r.Start == q.Quantity.Start && r.End == q.Quantity.End {
			return r
		}
	}
	return RuleNames{Source: RuleUnknown, Name: RuleUnknown, Unit: RuleUnknown}
}

func sourceName(s *claims.Source) string {
	if s == nil {
		return ""
	}
	return s.Name
}

// RuleTallies are per-rule tallies of scored claims (the zero value is
// empty and ready).
type RuleTallies struct {
	m map[[2]string]*RuleTally
}

// Add counts one scored claim under its rules: under its source and name
// rules with sourceRight (a wrong source is split by pred, the source the
// claim got, and goldNone, whether the gold names no one), and, when
// withUnit, under its unit rule with unitRight.
func (rt *RuleTallies) Add(rules RuleNames, sourceRight bool, pred *claims.Source, goldNone bool, withUnit, unitRight bool) {
	if rt.m == nil {
		rt.m = map[[2]string]*RuleTally{}
	}
	add := func(family, rule string, right bool, split bool) {
		k := [2]string{family, rule}
		t := rt.m[k]
		if t == nil {
			t = &RuleTally{Family: family, Rule: rule}
			rt.m[k] = t
		}
		t.Claims++
		if split && pred != nil {
			t.Given++
			if right {
				t.GivenRight++
			}
		}
		if right {
			t.Right++
			return
		}
		if !split {
			return
		}
		switch {
		case pred != nil && goldNone:
			t.GoldNone++
		case pred == nil:
			t.NoneGiven++
		default:
			t.WrongName++
		}
	}
	add(FamilySource, orRule(rules.Source, RuleNoCue), sourceRight, true)
	add(FamilyName, orRule(rules.Name, RuleNoName), sourceRight, true)
	if withUnit {
		add(FamilyUnit, orRule(rules.Unit, RuleNoUnit), unitRight, false)
	}
}

// noName reports whether a gold source list names no one (empty, or only
// "": the article asserts the claim).
func noName(gold []string) bool {
	for _, g := range gold {
		if g != "" {
			return false
		}
	}
	return true
}

// RuleName is the name a per-rule table counts a rule under (orRule): the
// quantity package's TestUnitRulePrecision names unit rules as this
// package's "By unit rule" table does.
func RuleName(s, none string) string { return orRule(s, none) }

// orRule returns a rule's name, none when it is empty. A rule name is one
// word; what follows a space is detail of the case ("he-she/subject past
// Mona (org-seat)": the names a pronoun passed over) and is dropped, so
// that the cases of one rule count together.
func orRule(s, none string) string {
	if s == "" {
		return none
	}
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// ByRule returns the per-rule tallies of the matched claims whose
// predictions carried their rules (Prediction.Rules): r.Rules.Rows().
func (r *Report) ByRule() []RuleTally { return r.Rules.Rows() }

// PrintByRule writes r.Rules (RuleTallies.Print).
func (r *Report) PrintByRule(w io.Writer) { r.Rules.Print(w) }

// Rows returns the tallies family by family (source, name, unit), each
// sorted by errors, then by claims, then by name.
func (rt *RuleTallies) Rows() []RuleTally {
	out := make([]RuleTally, 0, len(rt.m))
	for _, t := range rt.m {
		out = append(out, *t)
	}
	order := map[string]int{FamilySource: 0, FamilyName: 1, FamilyUnit: 2}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		switch {
		case a.Family != b.Family:
			return order[a.Family] < order[b.Family]
		case a.Errors() != b.Errors():
			return a.Errors() > b.Errors()
		case a.Claims != b.Claims:
			return a.Claims > b.Claims
		}
		return a.Rule < b.Rule
	})
	return out
}

// Print writes the per-rule table: for each family, each rule's scored
// claims, how many have the field right, the errors and their accuracy;
// for source and name rules the errors split into a source where the gold
// has none, none where the gold has one, and another name, then the claims
// it left with a source (given) and how many of those are right (prec).
func (rt *RuleTallies) Print(w io.Writer) {
	family := ""
	for _, t := range rt.Rows() {
		if t.Family != family {
			family = t.Family
			field := "source"
			if family == FamilyUnit {
				field = "unit"
			}
			fmt.Fprintf(w, "\nBy %s rule (matched claims it decided; right = %s right)\n", family, field)
			if family == FamilyUnit {
				fmt.Fprintf(w, "  %-34s %6s %6s %6s %6s\n", "rule", "claims", "right", "errors", "acc")
			} else {
				fmt.Fprintf(w, "  %-34s %6s %6s %6s %6s %9s %10s %10s %6s %6s\n", "rule", "claims", "right", "errors", "acc", "gold-none", "none-given", "other-name", "given", "prec")
			}
		}
		if family == FamilyUnit {
			fmt.Fprintf(w, "  %-34s %6d %6d %6d %6.3f\n", t.Rule, t.Claims, t.Right, t.Errors(), ratio(t.Right, t.Claims))
			continue
		}
		fmt.Fprintf(w, "  %-34s %6d %6d %6d %6.3f %9d %10d %10d %6d %6.3f\n", t.Rule, t.Claims, t.Right, t.Errors(), ratio(t.Right, t.Claims), t.GoldNone, t.NoneGiven, t.WrongName, t.Given, t.Precision())
	}
}

// PrintRuleErrors writes the source and unit errors of the matched claims
// whose source, name-by or unit rule is named rule.
func (r *Report) PrintRuleErrors(w io.Writer, rule string) {
	n := 0
	for _, m := range r.Mismatches {
		var hit bool
		switch m.Field {
		case "source":
			hit = orRule(m.Rules.Source, RuleNoCue) == rule || orRule(m.Rules.Name, RuleNoName) == rule
		case "unit":
			hit = orRule(m.Rules.Unit, RuleNoUnit) == rule
		}
		if !hit {
			continue
		}
		if n == 0 {
			fmt.Fprintf(w, "\nErrors of rule %s:\n", rule)
		}
		n++
		fmt.Fprintf(w, "  %-6s %s  %q: got %s, want %s (rules %s / %s / %s)\n    in %q\n", m.Field, m.File, m.Gold.Quantity, predField(m), goldField(m),
			orRule(m.Rules.Source, RuleNoCue), orRule(m.Rules.Name, RuleNoName), orRule(m.Rules.Unit, RuleNoUnit), clip(m.Pred.Sentence.Text, 240))
	}
	if n == 0 {
		fmt.Fprintf(w, "\nErrors of rule %s: none\n", rule)
	}
}
