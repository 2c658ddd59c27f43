package attrib

import (
	"fmt"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/text"
)

// guard is a check inside a rule or inside the name registry that can
// decide a claim's source without being a rule of its own: "the GDP" is
// no name (measure-acronym), so "It also said" after "84 percent of GDP"
// is the IMF. explain names the guards that decided a claim: attributed
// again with the guard off, the claim gets another source or cue
// (guardsDecided; explain only, the run pays one bit test where a guard
// fires).
type guard uint8

const (
	guardMeasureAcronym      guard = iota // newRegistry keeps no MeasureAcronyms chunk
	guardUnitLetterNoName                 // cutLettersAfterNumber: "44C" holds no name "C"
	guardCodeBeforeNumber                 // cutCodeBeforeNumber: "MVR 2.1 billion" holds no name "MVR"
	guardPlaceAcronymNoOrg                // nearOK: a place's acronym is no organisation
	guardSurnameFirstNearest              // givenNameFull: "Kim" is the nearest Kim written family name first
	guardDomainModifier                   // otherDomain: "the state weather agency" is no Ministry of Agriculture
	guardInvertedNotClause                // cueInverted: in ", said the economy is …" the phrase opens the reported clause
	guardHolidayNoPerson                  // holidayName: "Thanksgiving" is no person (lexicon.Holidays)
	guardPossessivePlatform               // platformAfter: "Elizabeth Snyder's Facebook" holds the name "Elizabeth Snyder"
	numGuards
)

// guardNames are the names explain prints, those of the source comments.
var guardNames = [numGuards]string{
	guardMeasureAcronym:      "measure-acronym",
	guardUnitLetterNoName:    "unit-letter-no-name",
	guardCodeBeforeNumber:    "code-before-number",
	guardPlaceAcronymNoOrg:   "place-acronym-no-org",
	guardSurnameFirstNearest: "surname-first-nearest",
	guardDomainModifier:      "domain-modifier",
	guardInvertedNotClause:   "inverted-not-clause",
	guardHolidayNoPerson:     "holiday-no-person",
	guardPossessivePlatform:  "possessive-platform",
}

// guardSet holds the guards turned off (explain's second readings); the
// zero value has every guard on.
type guardSet uint16

// on reports whether guard g applies.
func (s guardSet) on(g guard) bool { return s&(1<<g) == 0 }

// guardsDecided adds to rules, for each claim of qs (attributed), the
// guards that decided its source or cue: with one guard off the claim's
// source or cue differs. Each reads "name (without it: what the claim
// would get)".
func guardsDecided(d *text.Doc, qs []claims.Quantity, rules []Rules) {
	alt := make([]claims.Quantity, len(qs))
	altRules := make([]Rules, len(qs))
	for g := guard(0); g < numGuards; g++ {
		for i := range qs {
			alt[i] = qs[i]
			alt[i].Source, alt[i].Cue = nil, nil
			altRules[i] = Rules{}
		}
		attribute(d, alt, altRules, 1<<g)
		for i := range qs {
			if qs[i].IsClaim() && (!sameSource(qs[i].Source, alt[i].Source) || !sameCue(qs[i].Cue, alt[i].Cue)) {
				rules[i].Guards = append(rules[i].Guards, fmt.Sprintf("%s (without it: %s)", guardNames[g], sourceText(alt[i], altRules[i])))
			}
		}
	}
}

func sameSource(a, b *claims.Source) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Name == b.Name && a.Mention == b.Mention && a.Start == b.Start && a.End == b.End
}

func sameCue(a, b *claims.Span) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// sourceText describes a claim's source and the rules that gave it.
func sourceText(q claims.Quantity, r Rules) string {
	if q.Source == nil {
		if r.Cue == "" {
			return "no source"
		}
		return "no source, rule " + r.Cue
	}
	name := r.Name
	if name == "" {
		name = "-"
	}
	return fmt.Sprintf("source %q rule %s, name by %s", q.Source.Name, r.Cue, name)
}
