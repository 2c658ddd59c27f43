package attrib

import "github.com/factcheck/extract/internal/extract/text"

// nameListEnd extends a name ts[b..e] right over the names listed after
// it ("according to Smith, Jones and Brown, …"): items of one to three
// capitalised words set off by commas, the last after "and", closing the
// phrase (a comma or the sentence's end follows). It returns e when no
// such list follows.
func nameListEnd(ts []text.Token, b, e int) int {
	for k := b; k <= e; k++ {
		if !ts[k].Capitalised() {
			return e
		}
	}
	item := func(i int) int { // the end of a name of 1-3 capitalised words at i, or -1
		m := i
		for m < len(ts) && m < i+3 && ts[m].Capitalised() && ts[m].Wordy() && ts[m].Tag != "DT" {
			m++
		}
		return m - 1
	}
	k := e
	for k+2 < len(ts) && ts[k+1].Text == "," {
		if ts[k+2].Lower == "and" {
			k++ // "Smith, Jones, and Brown"
			break
		}
		m := item(k + 2)
		if m < k+2 {
			return e
		}
		k = m
	}
	if k+2 < len(ts) && ts[k+1].Lower == "and" && k > e {
		if m := item(k + 2); m >= k+2 && (m+1 >= len(ts) || ts[m+1].Text == "," || ts[m+1].Text == ".") {
			return m // (not "according to Reuters, Paris, London and Berlin sent …": the clause's subject)
		}
	}
	return e
}

// listStart extends a coordinated subject ts[b..e] ("the Red Cross and
// MSF") left over the earlier names of its list ("The UN, the Red Cross
// and MSF said"): capitalised names, each with an optional determiner and
// set off by a comma, from the sentence's start or from a comma after
// another item. A phrase before the list that is no name ("In Paris, the
// UN and the Red Cross said") stays out.
func listStart(ts []text.Token, b, e int) int {
	and := false
	for k := b + 1; k < e; k++ {
		if ts[k].Lower == "and" && ts[k-1].Capitalised() && ts[k+1].Capitalised() || ts[k].Lower == "and" && ts[k+1].Lower == "the" {
			and = true
		}
	}
	if !and || !ts[e].Capitalised() {
		return b
	}
	nb := b
	for nb >= 2 && ts[nb-1].Text == "," && ts[nb-2].Capitalised() {
		ib := npLeftFrom(ts, nb-2)
		if ib < 0 {
			return nb
		}
		if n := nameRunStart(ts, nb-2); n > ib && ts[n-1].Lower == "by" {
			ib = n // "A study by Ngubane, …": the phrase before "by" is the document's
		}
		for k := ib; k <= nb-2; k++ {
			if !ts[k].Capitalised() && ts[k].Tag != "DT" && !nameConnectors[ts[k].Lower] {
				return nb
			}
		}
		if ib > 0 && ts[ib-1].Text != "," && ts[ib-1].Lower != "by" { // ("a paper by Autor, Dorn and Hanson found")
			return nb
		}
		nb = ib
	}
	return nb
}

// nameRunStart returns the start of the run of capitalised words ending at
// ts[e].
func nameRunStart(ts []text.Token, e int) int {
	s := e
	for s > 0 && ts[s-1].Capitalised() {
		s--
	}
	return s
}
