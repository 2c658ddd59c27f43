package quantity

// rule is the number of a named rule, an index into ruleNames (0: none).
// Mentions and candidates carry these small numbers, not the names, so
// that naming the rules costs the grammar nothing.
type rule uint16

// maxRules bounds the rules (arrays indexed by rule, as valueRules, are
// this long): 255 fitted a byte until issue #15's web forms passed it.
const maxRules = 1024

var ruleNames = []string{""}

// newRule registers a rule name.
func newRule(name string) rule {
	ruleNames = append(ruleNames, name)
	if len(ruleNames) > maxRules {
		panic("quantity: too many rules")
	}
	return rule(len(ruleNames) - 1)
}

func (r rule) String() string { return ruleNames[r] }

// The steps of the grammar that decide units and qualifiers (note), the
// currency rows, and the defaults.
var (
	ruleNumberGrammar  = newRule("number-grammar") // a date, time, year or code read as such by numbers.go
	ruleGrammar        = newRule("grammar")
	ruleShare          = newRule("share")
	ruleCurrencyBefore = newRule("currency-before")
	ruleUnitAfter      = newRule("unit-after")
	ruleRangeAfter     = newRule("range-after")
	// the first end of a range in number words takes the scale word of
	// the second: "two or three hundred", "five or six thousand"
	ruleRangeSharedScale = newRule("range-shared-scale")
	ruleListUnit         = newRule("list-unit")
	ruleSuffixQualifier  = newRule("suffix-qualifier")
	ruleQualifierBefore  = newRule("qualifier-before")
	ruleCurrencySymbol   = newRule("currency-symbol")
	ruleDollarPrefix     = newRule("dollar-prefix")
	ruleCurrencyCode     = newRule("currency-code")
	ruleCurrencyAbbrev   = newRule("currency-abbrev")
	ruleDefaultClaim     = newRule("default-claim")
	ruleDefaultCount     = newRule("default-count")
	ruleDefaultExact     = newRule("default-exact")
)

// Guards: checks inside a step that keep a reading off a mention, named
// by explain (Rules.Guard) as they decide without a rule of their own.
var (
	// a code of lexicon.GuardedCodes before a number that does not look
	// like money is no currency: "the NIS 2 directive" (codeAmount)
	ruleGuardedCode = newRule("guarded-code")
	// a one-word qualifier form out of the context it needs
	// (qualFormGuards): "looks like 5" is no hedge, "crossed 45° North"
	// no bound
	ruleQualifierFormContext = newRule("qualifier-form-context")
)

// Rules names the rules that decided a mention's kind, unit and qualifier:
// a kindRules entry, a currency row or a step of the grammar (currency,
// unit, range, qualifier before or after the value), a qualifier form.
// "default-…" names what holds when no rule spoke.
type Rules struct {
	Kind, Unit, Qualifier string
	Change                string // the change rule (change.go), "" when no change is stated
	Guard                 string // a guard that kept a reading off (ruleGuardedCode, …), "" when none did
}

// Rules returns the names of the rules that decided m (for --explain).
func (m Mention) Rules() Rules {
	r := Rules{Kind: m.rules[0].String(), Unit: m.rules[1].String(), Qualifier: m.rules[2].String(), Change: m.rules[3].String(), Guard: m.rules[4].String()}
	if m.PlaceRegion != "" {
		r.Unit += "+" + ruleCurrencyOfPlace.String() // "currency-symbol+currency-of-place" (placecurrency.go)
	}
	return r
}
