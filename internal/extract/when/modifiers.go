package when

import (
	"regexp"
	"time"
)

// modifier is a word before a time expression that bounds its period.
type modifier struct {
	name  string
	re    *regexp.Regexp // matches the text just before the expression, anchored at its end
	apply func(p period, pub time.Time) period
}

var modifiers = []modifier{
	// "since July": from its start to the publication date
	{"since", regexp.MustCompile(`(?i)\b(?:ever\s+)?since\s+(?:the\s+)?$`), func(p period, pub time.Time) period {
		return period{p.from, pub}
	}},
	// "as of Tuesday", "as at 30 June": the figure holds at the period's end
	{"as-of", regexp.MustCompile(`(?i)\bas\s+(?:of|at)\s+(?:the\s+)?$`), func(p period, _ time.Time) period {
		return period{p.to, p.to}
	}},
	// "by 2030", "until March", "through the end of the year": open start
	{"until", regexp.MustCompile(`(?i)\b(?:by|until|till|through|thru|up\s+to)\s+(?:the\s+)?$`), func(p period, _ time.Time) period {
		return period{time.Time{}, p.to}
	}},
	{"before", regexp.MustCompile(`(?i)\bbefore\s+(?:the\s+)?$`), func(p period, _ time.Time) period {
		if p.from.IsZero() {
			return period{}
		}
		return period{time.Time{}, p.from.AddDate(0, 0, -1)}
	}},
	{"after", regexp.MustCompile(`(?i)\bafter\s+(?:the\s+)?$`), func(p period, _ time.Time) period {
		if p.to.IsZero() {
			return period{}
		}
		return period{p.to.AddDate(0, 0, 1), time.Time{}}
	}},
}

// joiners join two expressions into one period: "from 2019 to 2023",
// "between January and March", "2019 through 2021".
var (
	rangeOpen  = regexp.MustCompile(`(?i)\b(?:from|between)\s+(?:the\s+)?$`)
	rangeJoint = regexp.MustCompile(`(?i)^\s*(?:to|and|through|thru|until|till|-|–|—)\s*(?:the\s+)?$`)
)

// modify widens each expression over the word that bounds it and joins
// ranges; the publication date closes "since" periods.
func modify(text string, refs []Ref, pub time.Time) []Ref {
	var out []Ref
	for i := 0; i < len(refs); i++ {
		r := refs[i]
		before := text[max(0, r.Start-24):r.Start]
		if i+1 < len(refs) && rangeOpen.MatchString(before) && rangeJoint.MatchString(text[r.End:refs[i+1].Start]) {
			n := refs[i+1]
			loc := rangeOpen.FindStringIndex(before)
			start := r.Start - len(before) + loc[0]
			from := r.From
			if f, t := parseDay(from), parseDay(n.To); !f.IsZero() && !t.IsZero() && f.After(t) {
				from = f.AddDate(-1, 0, 0).Format(day) // "between January 1 and September 18" in a September article
			}
			out = append(out, Ref{Text: text[start:n.End], Start: start, End: n.End, From: from, To: n.To, Rule: r.Rule + "+range+" + n.Rule})
			i++
			continue
		}
		for _, m := range modifiers {
			loc := m.re.FindStringIndex(before)
			if loc == nil {
				continue
			}
			p := period{from: parseDay(r.From), to: parseDay(r.To)}
			if p.from.IsZero() && p.to.IsZero() {
				break // unresolved: keep as it is
			}
			start := r.Start - len(before) + loc[0]
			r = m.apply(p, pub).ref(text[start:r.End], start, r.End, m.name+"+"+r.Rule)
			break
		}
		out = append(out, r)
	}
	return out
}

func parseDay(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(day, s)
	return t
}
