package compare

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
)

// Key is what a claim measures: a normalised event and subject class, and
// its unit (a count of people is not compared with a percentage).
type Key struct {
	Event   string
	Subject string
	Unit    string
}

// String is "event · subject", the group's label.
func (k Key) String() string {
	switch {
	case k.Event == "":
		return k.Subject
	case k.Subject == "":
		return k.Event
	}
	return k.Event + " · " + k.Subject
}

// Measure is a claim's key and how it was found.
type Measure struct {
	Key
	// SubjectText and EventText are the words the key was made from.
	SubjectText, EventText string
	// Inferred is true when subject or event were not extracted and were
	// read off the claim's sentence instead.
	Inferred bool
}

// Of returns what q measures, or false when neither the extraction nor the
// sentence says. When q has no event or subject, they are inferred from the
// sentence: the subject from a known head noun right after the number
// ("107 political prisoners"), the event from the nearest verb or phrase of
// the event table in the sentence.
func Of(q *claims.Quantity) (Measure, bool) {
	m := Measure{Key: Key{Unit: q.Unit}, SubjectText: q.Subject, EventText: q.Event}
	if m.SubjectText == "" || m.EventText == "" {
		subj, ev := infer(q)
		if m.SubjectText == "" && subj != "" {
			m.SubjectText, m.Inferred = subj, true
		}
		if m.EventText == "" && ev != "" {
			m.EventText, m.Inferred = ev, true
		}
	}
	m.Event = NormEvent(m.EventText)
	m.Subject, _ = NormSubject(m.SubjectText)
	// "28 deaths", "left 28 deaths" and "28 people killed" measure the same
	// thing: a count of deaths is its own event, whatever verb carries it.
	if e, ok := impliedEvent[m.Subject]; ok {
		m.Event, m.Subject = e, "people"
	}
	if m.Event == "" || m.Subject == "" {
		return m, false
	}
	return m, true
}

// impliedEvent maps subject classes that name an event on people
// ("deaths", "injuries") to that event.
var impliedEvent = map[string]string{"deaths": "killed", "injuries": "injured"}

// token is a word of the sentence with its byte offsets in the article.
type token struct {
	w          string
	start, end int
}

func tokens(s string, base int) []token {
	out := make([]token, 0, len(s)/6)
	start := -1
	for i, r := range s {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if isW && start < 0 {
			start = i
		}
		if !isW && start >= 0 {
			out = append(out, token{strings.ToLower(s[start:i]), base + start, base + i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{strings.ToLower(s[start:]), base + start, base + len(s)})
	}
	return out
}

// infer reads subject and event off q's sentence.
func infer(q *claims.Quantity) (subject, event string) {
	s := q.Sentence
	if s.Text == "" || q.Quantity.Start < s.Start || q.Quantity.End > s.End {
		return "", ""
	}
	toks := tokens(s.Text, s.Start)
	after := -1 // first token after the number
	for i, t := range toks {
		if t.start >= q.Quantity.End {
			after = i
			break
		}
	}
	if after >= 0 {
		for i := after; i < len(toks) && i < after+3; i++ {
			if _, ok := subjectClass(Lemma(toks[i].w)); ok {
				var ws []string
				for _, t := range toks[after : i+1] {
					ws = append(ws, t.w)
				}
				subject = strings.Join(ws, " ")
				break
			}
		}
	}
	// The event: the table phrase nearest to the number, within
	// maxEventDist words, with no other figure in between ("103 released
	// prisoners … 225 individuals" does not make the 225 a release).
	numFirst, numLast := -1, -1
	for i, t := range toks {
		if t.end > q.Quantity.Start && t.start < q.Quantity.End {
			if numFirst < 0 {
				numFirst = i
			}
			numLast = i
		}
	}
	if numFirst < 0 {
		return subject, ""
	}
	// the base forms of the words a phrase within maxEventDist of the
	// number can hold
	bases := make([]string, len(toks))
	for i := max(numFirst-maxEventDist-maxEventWords, 0); i < min(numLast+1+maxEventDist+maxEventWords, len(toks)); i++ {
		bases[i] = Lemma(toks[i].w)
	}
	hasDigit := func(from, to int) bool {
		for _, t := range toks[max(from, 0):min(to, len(toks))] {
			if strings.ContainsAny(t.w, "0123456789") {
				return true
			}
		}
		return false
	}
	bestDist := maxEventDist + 1
	for ci := range eventClasses {
		for _, pw := range eventPhraseWords[ci] {
			// d <= maxEventDist before the number and after it
			for i := max(numFirst-len(pw)-maxEventDist, 0); i+len(pw) <= len(bases) && i <= numLast+1+maxEventDist; i++ {
				ok := true
				for j := range pw {
					if bases[i+j] != pw[j] {
						ok = false
						break
					}
				}
				if !ok || i <= numLast && i+len(pw) > numFirst {
					continue
				}
				var d int
				if i < numFirst {
					d = numFirst - (i + len(pw))
					if hasDigit(i+len(pw), numFirst) {
						continue
					}
				} else {
					d = i - (numLast + 1)
					if hasDigit(numLast+1, i) {
						continue
					}
				}
				if d < bestDist && !closerFigure(toks, i, i+len(pw), numFirst, numLast, d) {
					var ws []string
					for _, t := range toks[i : i+len(pw)] {
						ws = append(ws, t.w)
					}
					event, bestDist = strings.Join(ws, " "), d
				}
			}
		}
	}
	return subject, event
}

// closerFigure reports whether another figure of the sentence is nearer
// than d words to the phrase toks[from:to]: the phrase then belongs to it.
func closerFigure(toks []token, from, to, numFirst, numLast, d int) bool {
	for k, t := range toks {
		if k >= numFirst && k <= numLast || !strings.ContainsAny(t.w, "0123456789") {
			continue
		}
		dk := from - (k + 1)
		if k >= to {
			dk = k - to
		}
		if k >= from && k < to || dk < d {
			return true
		}
	}
	return false
}

// Member is a claim in a group.
type Member struct {
	Q       *claims.Quantity
	Measure Measure
}

// Group is the claims measuring the same thing, ordered by value.
type Group struct {
	Key      Key
	Members  []Member
	Subjects []string // the subject words seen, most frequent first
	Low      float64  // the smallest finite bound of any member
	High     float64  // the largest finite bound of any member
	Sources  int      // distinct sources (unattributed counts as one)
	Articles int      // distinct articles
}

// Spread is High/Low, the ratio between the extreme figures (0 when Low is 0).
func (g *Group) Spread() float64 {
	if g.Low <= 0 {
		return 0
	}
	return g.High / g.Low
}

// Value is the point used to order members: the interval's midpoint, or its
// finite bound (NaN when it has none).
func Value(q *claims.Quantity) float64 { return value(q) }

func value(q *claims.Quantity) float64 {
	switch {
	case q.Low != nil && q.High != nil:
		return (*q.Low + *q.High) / 2
	case q.Low != nil:
		return *q.Low
	case q.High != nil:
		return *q.High
	}
	return math.NaN()
}

// Build groups the claims by what they measure and keeps the groups with at
// least min members, largest first (more sources, then more claims).
// Claims whose measure cannot be told, or that have no value, are left out.
func Build(qs []*claims.Quantity, min int) []Group {
	byKey := map[Key]*Group{}
	var keys []Key
	subjects := map[Key]map[string]int{}
	for _, q := range qs {
		if !q.IsClaim() || math.IsNaN(value(q)) {
			continue
		}
		m, ok := Of(q)
		if !ok {
			continue
		}
		g := byKey[m.Key]
		if g == nil {
			g = &Group{Key: m.Key, Low: math.Inf(1), High: math.Inf(-1)}
			byKey[m.Key] = g
			keys = append(keys, m.Key)
			subjects[m.Key] = map[string]int{}
		}
		g.Members = append(g.Members, Member{Q: q, Measure: m})
		subjects[m.Key][strings.ToLower(strings.TrimSpace(m.SubjectText))]++
	}
	var out []Group
	for _, k := range keys {
		g := byKey[k]
		if len(g.Members) < min {
			continue
		}
		srcs, arts := map[string]bool{}, map[string]bool{}
		for _, m := range g.Members {
			for _, b := range []*float64{m.Q.Low, m.Q.High} {
				if b != nil {
					g.Low = math.Min(g.Low, *b)
					g.High = math.Max(g.High, *b)
				}
			}
			name := ""
			if m.Q.Source != nil {
				name = strings.ToLower(m.Q.Source.Name)
			}
			srcs[name] = true
			arts[m.Q.ArticleID] = true
		}
		g.Sources, g.Articles = len(srcs), len(arts)
		sort.SliceStable(g.Members, func(i, j int) bool { return value(g.Members[i].Q) > value(g.Members[j].Q) })
		for s := range subjects[k] {
			g.Subjects = append(g.Subjects, s)
		}
		sc := subjects[k]
		sort.Slice(g.Subjects, func(i, j int) bool {
			a, b := g.Subjects[i], g.Subjects[j]
			return sc[a] > sc[b] || sc[a] == sc[b] && a < b
		})
		out = append(out, *g)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if len(a.Members) != len(b.Members) {
			return len(a.Members) > len(b.Members)
		}
		return a.Key.String() < b.Key.String()
	})
	return out
}
