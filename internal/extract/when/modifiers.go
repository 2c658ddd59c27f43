package when

import (
	"strings"
	"time"
)

// modifier is a word before a time expression that bounds its period.
type modifier struct {
	name  string
	words []string // the words just before the expression (a "the" between is passed over)
	apply func(p period, pub time.Time) period
}

var modifiers = []modifier{
	// "since July": from its start to the publication date
	{"since", []string{"since"}, func(p period, pub time.Time) period {
		return period{p.from, pub}
	}},
	// "as of Tuesday", "as at 30 June": the figure holds at the period's end
	{"as-of", []string{"as of", "as at"}, func(p period, _ time.Time) period {
		return period{p.to, p.to}
	}},
	// "by 2030", "until March", "through the end of the year": open start
	{"until", []string{"by", "until", "till", "through", "thru", "up to"}, func(p period, _ time.Time) period {
		return period{time.Time{}, p.to}
	}},
	{"before", []string{"before"}, func(p period, _ time.Time) period {
		if p.from.IsZero() {
			return period{}
		}
		return period{time.Time{}, p.from.AddDate(0, 0, -1)}
	}},
	{"after", []string{"after"}, func(p period, _ time.Time) period {
		if p.to.IsZero() {
			return period{}
		}
		return period{p.to.AddDate(0, 0, 1), time.Time{}}
	}},
}

// rangeOpeners and rangeJoints join two expressions into one period:
// "from 2019 to 2023", "between January and March", "from May 1 through May 9".
var (
	rangeOpeners = []string{"from", "between"}
	rangeJoints  = []string{"to", "and", "through", "thru", "until", "till", "-", "–", "—"}
)

// wordBefore returns the start of one of words ending just before end in
// text (case-insensitive, whole words, a "the" between passed over), or -1.
func wordBefore(text string, end int, words []string) int {
	b := strings.TrimRight(text[max(0, end-30):end], " ")
	off := end - 30
	if off < 0 {
		off = 0
	}
	if l := len(b); l >= 4 && strings.EqualFold(b[l-4:], " the") {
		b = strings.TrimRight(b[:l-4], " ")
	}
	for _, w := range words {
		if len(b) >= len(w) && strings.EqualFold(b[len(b)-len(w):], w) {
			at := len(b) - len(w)
			if at == 0 || !isWordByte(b[at-1]) {
				return off + at
			}
		}
	}
	return -1
}

// modify widens each expression over the word that bounds it and joins
// ranges; the publication date closes "since" periods.
func modify(text string, refs []Ref, pub time.Time) []Ref {
	var out []Ref
	for i := 0; i < len(refs); i++ {
		r := refs[i]
		if i+1 < len(refs) {
			n := refs[i+1]
			joint := strings.TrimSpace(text[r.End:n.Start])
			if strings.HasSuffix(joint, " the") {
				joint = strings.TrimSpace(strings.TrimSuffix(joint, " the"))
			}
			if start := wordBefore(text, r.Start, rangeOpeners); start >= 0 && isOneOf(strings.ToLower(joint), rangeJoints) {
				from := r.From
				if f, t := parseDay(from), parseDay(n.To); !f.IsZero() && !t.IsZero() && f.After(t) {
					from = f.AddDate(-1, 0, 0).Format(day) // "between January 1 and September 18" in a September article
				}
				out = append(out, Ref{Text: text[start:n.End], Start: start, End: n.End, From: from, To: n.To, Rule: r.Rule + "+range+" + n.Rule})
				i++
				continue
			}
		}
		for _, m := range modifiers {
			start := wordBefore(text, r.Start, m.words)
			if start < 0 {
				continue
			}
			p := period{from: parseDay(r.From), to: parseDay(r.To)}
			if p.from.IsZero() && p.to.IsZero() {
				break // unresolved: keep as it is
			}
			r = m.apply(p, pub).ref(text[start:r.End], start, r.End, m.name+"+"+r.Rule)
			break
		}
		out = append(out, r)
	}
	return out
}

func isOneOf(s string, set []string) bool {
	for _, w := range set {
		if s == w {
			return true
		}
	}
	return false
}

func parseDay(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(day, s)
	return t
}
