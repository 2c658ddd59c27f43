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
// return intervals. It imports only the standard library and the word
// tables (lexicon: months, days of the week).
package when

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	lex "github.com/factcheck/extract/internal/extract/lexicon"
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
	var hits []hit
	buf := tokenBufs.Get().(*[]token)
	defer func() {
		clear(*buf) // (holds no article's words while pooled)
		*buf = (*buf)[:0]
		tokenBufs.Put(buf)
	}()
	toks := words((*buf)[:0], text)
	*buf = toks
	for ti := range toks {
		t := &toks[ti]
		if t.word == "" && t.bits == 0 {
			continue
		}
		t.candidates(func(c *candidate) {
			{
				if (c.nextBits != 0 || c.nextWords != nil) && (ti+1 >= len(toks) || !toks[ti+1].follows(c)) {
					return
				}
				r := &rules[c.rule]
				at := t.start
				// the text up to the end of the line, 120 bytes at most: no
				// expression is longer
				lim := min(len(text), at+120)
				if i := strings.IndexByte(text[at:lim], '\n'); i >= 0 {
					lim = at + i
				}
				m := r.re.FindStringSubmatchIndex(text[at:lim])
				if m == nil || m[1] == lim-at && lim < len(text) && isWordByte(text[lim]) {
					return
				}
				g := func(i int) string {
					if m[2*i] < 0 {
						return ""
					}
					return text[at+m[2*i] : at+m[2*i+1]]
				}
				p, ok := r.read(g, pub, text[max(0, at-40):at], text[at+m[1]:])
				if !ok {
					return
				}
				s, e := at+m[0], at+m[1]
				if r.core > 0 {
					s, e = at+m[2*r.core], at+m[2*r.core+1]
				}
				hits = append(hits, hit{c.rule, s, e, p})
			}
		})
	}
	// an earlier rule wins over a later one it overlaps; then text order
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].rule != hits[j].rule {
			return hits[i].rule < hits[j].rule
		}
		return hits[i].start < hits[j].start
	})
	kept := keepApart(hits)
	refs := make([]Ref, 0, len(kept))
	for _, h := range kept {
		refs = append(refs, h.p.ref(text[h.start:h.end], h.start, h.end, rules[h.rule].name))
	}
	return modify(text, refs, pub)
}

// keepApart keeps, of hits sorted by rule then start, those no hit kept
// before overlaps (an earlier rule wins), in text order. One rule at a
// time, against the hits kept so far (apart, in text order): the first of
// them ending after a hit's start is the only one it can overlap first,
// and the hits of a rule come in text order, so one pass each (a check
// against every kept hit was quadratic in a paragraph of many dates).
func keepApart(hits []hit) []hit {
	var kept []hit
	for lo := 0; lo < len(hits); {
		hi := lo
		for hi < len(hits) && hits[hi].rule == hits[lo].rule {
			hi++
		}
		var add []hit
		k := 0
		for _, h := range hits[lo:hi] {
			for k < len(kept) && kept[k].end <= h.start {
				k++
			}
			if k < len(kept) && kept[k].start < h.end || len(add) > 0 && h.start < add[len(add)-1].end {
				continue
			}
			add = append(add, h)
		}
		kept = mergeHits(kept, add)
		lo = hi
	}
	return kept
}

// hit is a rule's match in Find.
type hit struct {
	rule, start, end int
	p                period
}

// mergeHits merges two lists of hits in text order.
func mergeHits(a, b []hit) []hit {
	if len(b) == 0 {
		return a
	}
	out := make([]hit, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// candidate is a rule to try at a word, with the words that must follow
// (any of nextBits' classes or nextWords; none when both are empty).
type candidate struct {
	rule      int
	nextBits  uint16
	nextWords []string
}

// Word classes, as bits of a token.
const (
	cDigit   uint16 = 1 << iota // a word opening with a digit
	cYear                       // 1900–2099
	cDecade                     // "1990s"
	cCode                       // Q1–Q4, FY…
	cMonth                      // month names and their abbreviations
	cWeekday                    // day names
	cUnit                       // day(s), week(s), month(s), year(s), decade(s)
	cPeriod                     // week, weekend, month, year, quarter, decade, season, fiscal
	cNum                        // number words, "a", "an"
)

var classBits = map[string]uint16{"#digit": cDigit, "#year": cYear, "#decade": cDecade, "#code": cCode,
	"#month": cMonth, "#weekday": cWeekday, "#unit": cUnit, "#period": cPeriod, "#num": cNum}

// wordClasses are the words of the classes that are word lists.
var wordClasses = map[uint16][]string{
	cWeekday: lex.WeekdayNames,
	cUnit:    {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"},
	cPeriod:  {"week", "weekend", "month", "year", "quarter", "decade", "season", "fiscal"},
	cNum: {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "a", "an"},
}

// lexicon maps each lower-case word a rule names (first, next or class
// member) to its classes; other words are no one's concern.
type entry struct {
	word string
	bits uint16
}

var (
	lexicon = map[string]entry{}
	// lexStarts[n][c] is true when a word of lexicon has n bytes and
	// starts with c (words does not look up the others: most)
	lexStarts [17][256]bool
	// firstWords maps a word to the rules that may start at it; firstBits
	// the rules that may start at any word of a class.
	firstWords = map[string][]candidate{}
	firstBits  [16][]candidate
)

func init() {
	for m := time.January; m <= time.December; m++ {
		n := strings.ToLower(m.String())
		wordClasses[cMonth] = append(wordClasses[cMonth], n, n[:3])
	}
	wordClasses[cMonth] = append(wordClasses[cMonth], "sept")
	add := func(w string, bits uint16) {
		if w != "" && len(w) < len(lexStarts) {
			lexStarts[len(w)][w[0]] = true
		}
		e := lexicon[w]
		e.word, e.bits = w, e.bits|bits
		lexicon[w] = e
	}
	for c, ws := range wordClasses {
		for _, w := range ws {
			add(w, c)
		}
	}
	for i, r := range rules {
		for _, f := range strings.Fields(r.first) {
			w, next, _ := strings.Cut(f, ">")
			c := candidate{rule: i}
			for _, n := range strings.Split(next, "|") {
				if b, ok := classBits[n]; ok {
					c.nextBits |= b
				} else if n != "" {
					c.nextWords = append(c.nextWords, n)
					add(n, 0)
				}
			}
			if b, ok := classBits[w]; ok {
				for k := 0; k < 16; k++ {
					if b&(1<<k) != 0 {
						firstBits[k] = append(firstBits[k], c)
					}
				}
				continue
			}
			add(w, 0)
			firstWords[w] = append(firstWords[w], c)
		}
	}
}

// token is a word (a run of ASCII letters and digits): where it starts,
// its lower-case form when the lexicon knows it, and its classes.
type token struct {
	start int
	word  string
	bits  uint16
}

func (t *token) follows(c *candidate) bool {
	if t.bits&c.nextBits != 0 {
		return true
	}
	for _, w := range c.nextWords {
		if t.word == w {
			return true
		}
	}
	return false
}

// candidates calls fn with each rule that may start at t, in no order.
func (t *token) candidates(fn func(*candidate)) {
	cs := firstWords[t.word]
	for i := range cs {
		fn(&cs[i])
	}
	for k := 0; t.bits>>k != 0; k++ {
		if t.bits&(1<<k) != 0 {
			for i := range firstBits[k] {
				fn(&firstBits[k][i])
			}
		}
	}
}

// tokenBufs holds Find's buffers of words, reused article after article.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// words appends the words of text to toks (a buffer to reuse).
func words(toks []token, text string) []token {
	toks = slices.Grow(toks, len(text)/6)
	var buf [16]byte
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w := text[i:j]
		t := token{start: i}
		switch {
		case w[0] >= '0' && w[0] <= '9':
			t.bits = cDigit
			if len(w) >= 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w[:4]) {
				if len(w) == 4 {
					t.bits |= cYear
				} else if w[3] == '0' && w[4:] == "s" {
					t.bits |= cDecade
				}
			}
		case len(w) >= 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'F' && w[1] == 'Y'):
			t.bits = cCode
		case len(w) <= len(buf):
			b := buf[:len(w)]
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[k] = c
			}
			if !lexStarts[len(b)][b[0]] {
				// no word of lexicon: not looked up
			} else if e, ok := lexicon[string(b)]; ok {
				t.word, t.bits = e.word, e.bits
			}
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
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
	return PickIn(refs, Ordered(refs), qStart, qEnd, sStart, sEnd, pStart, pEnd)
}

// Ordered reports whether refs are in text order and none overlaps the
// next (as Find gives them, its ranges and modifiers permitting).
func Ordered(refs []Ref) bool {
	for i := 1; i < len(refs); i++ {
		if refs[i].Start < refs[i-1].End || refs[i].End < refs[i].Start {
			return false
		}
	}
	return true
}

// PickIn is Pick for a paragraph [pStart,pEnd) known to the caller (an
// article's claims are read in order: no scan back to the paragraph's
// start for each). Ordered refs (Ordered) are searched by halves, so that
// the claims of a paragraph with many dates cost no more than a log each;
// others are scanned.
func PickIn(refs []Ref, ordered bool, qStart, qEnd, sStart, sEnd, pStart, pEnd int) *Ref {
	if !ordered {
		return pickScan(refs, qStart, qEnd, sStart, sEnd, pStart, pEnd)
	}
	// in order and apart, the ends are in order too: the nearest before
	// [a position] is the last ending by it, the nearest after the first
	// starting from it
	lastBy := func(pos int) int { return sort.Search(len(refs), func(i int) bool { return refs[i].End > pos }) - 1 }
	firstFrom := func(pos int) int { return sort.Search(len(refs), func(i int) bool { return refs[i].Start >= pos }) }
	// the sentence: the nearer of the two around the number (the one
	// before on a tie, as the scan finds it first)
	var best *Ref
	if i := lastBy(qStart); i >= 0 && refs[i].Start >= sStart {
		best = &refs[i]
	}
	if j := firstFrom(qEnd); j < len(refs) && refs[j].End <= sEnd {
		if best == nil || refs[j].Start-qEnd < qStart-best.End {
			best = &refs[j]
		}
	}
	if best != nil {
		return best
	}
	if i := lastBy(sStart); i >= 0 && refs[i].Start >= pStart && refs[i].End <= qStart {
		return &refs[i]
	}
	if j := firstFrom(sEnd); j < len(refs) && refs[j].End <= pEnd && refs[j].Start >= qEnd {
		return &refs[j]
	}
	return nil
}

// pickScan is PickIn over refs in any order: every one is looked at.
func pickScan(refs []Ref, qStart, qEnd, sStart, sEnd, pStart, pEnd int) *Ref {
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
