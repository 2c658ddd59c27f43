// Package when finds the time a claim's figure refers to: the dates and
// periods written in an article ("as of Tuesday", "in 2023", "last week",
// "since July", "by the end of the year", "in the first quarter"),
// resolved against the article's publication date into an interval of
// days with its span in the text.
//
// Expressions are read by an ordered table of named rules (rules.go), each
// a pattern and a function from its match and the publication date to a
// period; a word before the expression ("since", "as of", "by", "until")
// then bounds the period (modifiers.go). Pick chooses, for one number, the
// expression of its sentence nearest to it, else of its paragraph.
//
// Natural-language date libraries for Go (olebedev/when, go-dateparser)
// return instants; a figure refers to a period ("in 2023" is the whole
// year, "since July" runs to the publication date), so the rules here
// return intervals. It imports only the standard library.
package when

import (
	"sort"
	"strings"
	"time"
)

// Ref is a time expression and the period of days it denotes, both ends
// included, as "2006-01-02"; an end is "" when the period is open on that
// side or cannot be resolved (a relative expression in an article without
// a publication date).
type Ref struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	From  string `json:"from"`
	To    string `json:"to"`
	// Rule names the rule that read the expression (for --explain).
	Rule string `json:"-"`
}

// period is an interval of days; a zero end is open.
type period struct{ from, to time.Time }

const day = "2006-01-02"

func (p period) ref(text string, start, end int, rule string) Ref {
	r := Ref{Text: text, Start: start, End: end, Rule: rule}
	if !p.from.IsZero() {
		r.From = p.from.Format(day)
	}
	if !p.to.IsZero() {
		r.To = p.to.Format(day)
	}
	return r
}

// Find returns the time expressions of text in order, resolved against the
// publication date pub (the zero time when unknown: then only absolute
// dates resolve).
func Find(text string, pub time.Time) []Ref {
	if !pub.IsZero() {
		pub = date(pub.Year(), pub.Month(), pub.Day())
	}
	type hit struct {
		start, end int
		p          period
		rule       string
	}
	var hits []hit
	taken := func(s, e int) bool {
		for _, h := range hits {
			if s < h.end && h.start < e {
				return true
			}
		}
		return false
	}
	for _, r := range rules {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[0], m[1]
			if r.core > 0 {
				s, e = m[2*r.core], m[2*r.core+1]
			}
			if taken(s, e) {
				continue
			}
			g := func(i int) string {
				if m[2*i] < 0 {
					return ""
				}
				return text[m[2*i]:m[2*i+1]]
			}
			p, ok := r.read(g, pub, text[max(0, m[0]-40):m[0]], text[m[1]:])
			if !ok {
				continue
			}
			hits = append(hits, hit{s, e, p, r.name})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	var refs []Ref
	for _, h := range hits {
		refs = append(refs, h.p.ref(text[h.start:h.end], h.start, h.end, h.rule))
	}
	return modify(text, refs, pub)
}

// Pick returns the expression a number at [qStart,qEnd) refers to: the
// nearest one in its sentence [sStart,sEnd) that is not inside the number,
// else the nearest before it in its paragraph (the line holding the
// sentence), else the nearest after it there; nil when there is none.
func Pick(refs []Ref, text string, qStart, qEnd, sStart, sEnd int) *Ref {
	pStart := strings.LastIndexByte(text[:sStart], '\n') + 1
	pEnd := len(text)
	if i := strings.IndexByte(text[sEnd:], '\n'); i >= 0 {
		pEnd = sEnd + i
	}
	var best *Ref
	bestD := -1
	dist := func(r *Ref) int {
		if r.End <= qStart {
			return qStart - r.End
		}
		return r.Start - qEnd
	}
	for _, scope := range [][2]int{{sStart, sEnd}, {pStart, sStart}, {sEnd, pEnd}} {
		for i := range refs {
			r := &refs[i]
			if r.Start < scope[0] || r.End > scope[1] || r.Start < qEnd && qStart < r.End {
				continue
			}
			if d := dist(r); bestD < 0 || d < bestD {
				best, bestD = r, d
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// ParseDate reads a publication date as the extractor stores it (ISO 8601:
// "2016-03-09", "2016-03-09T12:00:00Z", with or without a zone); the zero
// time when it is empty or unreadable, or before the year 1000.
func ParseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}
	}
	t, err := time.Parse(day, s[:10])
	if err != nil || t.Year() < 1000 {
		return time.Time{}
	}
	return t
}
