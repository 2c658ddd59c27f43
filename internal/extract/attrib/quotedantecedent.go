package attrib

import "sort"

// rulePastQuotedName names the he-she sub-rule for --explain
// ("he-she/past-quoted-name"): the nearest person of the pronoun's gender
// stands inside a quotation, so it is passed over.
const rulePastQuotedName = "past-quoted-name"

// nearestPersonOutsideQuotes is nearestG for a "he"/"she" (kind person,
// gender g) that passes over names standing inside a quotation: a name
// inside a quote is talked about, not the one who goes on talking
// ("'… unless they're Harrison Ford,'" he says" is not Ford; "'…
// Getting Square off the ground …'" names no speaker). ok is false when
// no person stands before pos outside quotes; passed reports that the
// nearest such person stood inside a quote (rule he-she/past-quoted-name).
func (a *attributor) nearestPersonOutsideQuotes(pos int, g byte) (name string, passed, ok bool) {
	r := a.reg
	r.index()
	q := r.nearCandidates(kindPerson, "", g)
	n := len(q)
	if r.endsUp {
		n = sort.Search(len(q), func(n int) bool { return r.ents[q[n]].End > pos })
	}
	for i := n - 1; i >= 0; i-- {
		e := r.ents[q[i]]
		if e.End > pos {
			continue // (nested names: ends do not rise with the index)
		}
		if a.inQuote(e.Start) {
			passed = true
			continue
		}
		return r.fullestG(e.Name, e.Start, e.gender), passed, true
	}
	return "", passed, false
}

// ruleUnknownPersonAside names the he-she sub-rule for --explain
// ("he-she/unknown-person-aside"): the pronoun stands for a name of no
// known kind that does not act in its clause (an object, a title), taken
// only when no acting name and no lone surname that acts stands before
// (unknownPersonBefore).
const ruleUnknownPersonAside = "unknown-person-aside"

// quotedNameBefore reports, for a pronoun at pos outside quotes left
// unresolved, a name inside a quotation in pos's paragraph or the two
// before: the pronoun passed over it (rule he-she/past-quoted-name).
func (a *attributor) quotedNameBefore(pos int) bool {
	p := a.paraOf(pos)
	if p < 0 || a.inQuote(pos) {
		return false
	}
	for e := range a.recentNames(pos, p) {
		if a.inQuote(e.Start) {
			return true
		}
	}
	return false
}
