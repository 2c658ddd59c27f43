package quantity

import (
	"fmt"
	"sort"
	"strings"
)

// ruleStat is what one named rule decided over the pooled dev sets: the
// kind rules of TestKindRulePrecision, the unit rules of
// TestUnitRulePrecision.
type ruleStat struct {
	rule           string
	decided, right int
	wrongGold      map[string]int  // "gold>got" of its wrong mentions
	wrongSets      map[string]bool // the sets it erred on
	wrong          []string        // its wrong mentions, for -v
}

// ruleStats are the stats of the rules met so far, by name.
type ruleStats map[string]*ruleStat

// of returns the stat of rule rn, new when rn was not met yet.
func (s ruleStats) of(rn string) *ruleStat {
	st := s[rn]
	if st == nil {
		st = &ruleStat{rule: rn, wrongGold: map[string]int{}, wrongSets: map[string]bool{}}
		s[rn] = st
	}
	return st
}

// miss counts a wrong mention of the rule: its confusion ("gold>got"), the
// set it is in and its line for -v.
func (r *ruleStat) miss(set, confusion, line string) {
	r.wrongGold[confusion]++
	r.wrongSets[set] = true
	r.wrong = append(r.wrong, line)
}

func (r *ruleStat) errors() int { return r.decided - r.right }

func (r *ruleStat) precision() float64 {
	return float64(r.right) / float64(max(1, r.decided))
}

// confusion names the gold values of the rule's wrong mentions with the
// value the rule gave ("claim>duration 23": gold claim, read a duration),
// the most frequent first, at most n.
func (r *ruleStat) confusion(n int) string {
	type kc struct {
		k string
		c int
	}
	var ks []kc
	for k, c := range r.wrongGold {
		ks = append(ks, kc{k, c})
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].c != ks[j].c {
			return ks[i].c > ks[j].c
		}
		return ks[i].k < ks[j].k
	})
	var parts []string
	for i, x := range ks {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", x.k, x.c))
	}
	return strings.Join(parts, ", ")
}

// sorted returns the stats sorted by errors, then by mentions decided,
// then by name.
func (s ruleStats) sorted() []*ruleStat {
	rows := make([]*ruleStat, 0, len(s))
	for _, st := range s {
		rows = append(rows, st)
	}
	sort.Slice(rows, func(i, j int) bool {
		ei, ej := rows[i].errors(), rows[j].errors()
		if ei != ej {
			return ei > ej
		}
		if rows[i].decided != rows[j].decided {
			return rows[i].decided > rows[j].decided
		}
		return rows[i].rule < rows[j].rule
	})
	return rows
}

// printWrong writes, per rule of rows with errors, its wrong mentions.
func printWrong(b *strings.Builder, rows []*ruleStat) {
	for _, r := range rows {
		if len(r.wrong) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n== %s: %d wrong of %d\n", r.rule, len(r.wrong), r.decided)
		for _, l := range r.wrong {
			b.WriteString("  " + l + "\n")
		}
	}
}
