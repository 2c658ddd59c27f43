package when

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	lex "github.com/factcheck/extract/internal/extract/lexicon"
)

// rule reads one form of time expression. read gets the match's groups
// (g(0) the whole match), the publication date (zero when unknown) and the
// text before and after the match, and returns the period, or false when the match is
// no time expression. core, when not 0, is the group that is the
// expression's span: a preposition the rule needs as context ("in 2023")
// stays outside it, where the modifiers ("since", "before") read it.
type rule struct {
	name string
	// first lists the words a match may start with, each with the words
	// that may follow it after ">" ("in>#year": "in" then a year), as
	// words or classes of words (see wordClasses): the scanner tries a
	// rule only where they stand, so most words cost no regexp.
	first string
	re    *regexp.Regexp
	core  int
	read  func(g func(int) string, pub time.Time, before, after string) (period, bool)
}

const (
	yearRE = `((?:19|20)\d\d)`
	dayRE  = `([0-3]?\d)(?:st|nd|rd|th)?`
	unitRE = `(day|week|month|year|decade)s?`
	numRE  = `(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)`
)

// The months and days of the week, from the lexicon's tables.
var (
	monthRE = `(` + lex.MonthPattern(true) + `)\.?`
	// lower-cased month names with a day or year ("sept. 30", "may 19")
	monthAnyRE = `((?i:` + lex.MonthPattern(false) + `))\.?`
	weekdayRE  = `(` + lex.WeekdayPattern(true) + `)`
)

// re compiles a rule's pattern anchored at the start of the text it is
// tried on (the scanner tries it at a word), ending at a word boundary.
func re(s string) *regexp.Regexp { return regexp.MustCompile(`^(?:` + s + `)\b`) }

// rules, longest forms first: a span read by an earlier rule is not read again.
var rules = []rule{
	{"iso-date", "#year", re(`((?:19|20)\d\d)-([01]\d)-([0-3]\d)`), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		return dayPeriod(atoi(g(1)), time.Month(atoi(g(2))), atoi(g(3)))
	}},
	{"month-day-year", "#month>#digit", re(monthAnyRE + `\s+` + dayRE + `,?\s+` + yearRE), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		return dayPeriod(atoi(g(3)), monthOf(g(1)), atoi(g(2)))
	}},
	{"day-month-year", "#digit>#month|of", re(dayRE + `\s+(?:of\s+)?` + monthAnyRE + `,?\s+` + yearRE), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		return dayPeriod(atoi(g(3)), monthOf(g(2)), atoi(g(1)))
	}},
	{"month-year", "#month>#year|of", re(monthRE + `,?\s+(?:of\s+)?` + yearRE), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		return monthPeriod(atoi(g(2)), monthOf(g(1))), true
	}},
	{"quarter", "first>quarter|fiscal second>quarter|fiscal third>quarter|fiscal fourth>quarter|fiscal 1st>quarter|fiscal 2nd>quarter|fiscal 3rd>quarter|fiscal 4th>quarter|fiscal last>quarter|fiscal", re(`(?i:(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:fiscal\s+)?quarter)(?:\s+of)?(?:\s+(?:fiscal\s+)?` + yearRE + `)?`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		q := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}[strings.ToLower(g(1))]
		return quarterOf(g(2), q, pub)
	}},
	{"quarter-code", "#code", re(`Q([1-4])(?:\s*|-|/)?(?:FY)?` + `((?:19|20)?\d\d)?`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		y := g(2)
		if len(y) == 2 {
			y = "20" + y
		}
		return quarterOf(y, atoi(g(1)), pub)
	}},
	{"half", "first>half second>half", re(`(?i:(first|second)\s+half)(?:\s+of)?(?:\s+` + yearRE + `)?`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		y, ok := yearOr(g(2), pub)
		if !ok {
			return period{}, g(2) == "" && pub.IsZero()
		}
		if strings.EqualFold(g(1), "first") {
			return period{date(y, 1, 1), date(y, 6, 30)}, true
		}
		return period{date(y, 7, 1), date(y, 12, 31)}, true
	}},
	{"month-day", "#month>#digit", re(monthAnyRE + `\s+` + dayRE), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if g(1) == "may" || g(1) == "march" || numberGoesOn(after) { // the verbs; "March 9,000"
			return period{}, false
		}
		return nearestDay(monthOf(g(1)), atoi(g(2)), pub)
	}},
	{"day-month", "#digit>#month|of", re(dayRE + `\s+(?:of\s+)?` + monthRE), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if strings.HasSuffix(g(0), "May") && numberGoesOn(after) {
			return period{}, false
		}
		return nearestDay(monthOf(g(2)), atoi(g(1)), pub)
	}},
	{"today", "today tonight yesterday tomorrow this>morning|afternoon|evening last>night", re(`(?i:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|tomorrow)`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if g(0) == "Today" && nameBefore(before) { // "USA Today", "Good Morning America Today"
			return period{}, false
		}
		if pub.IsZero() {
			return period{}, true
		}
		w := strings.ToLower(g(0))
		switch {
		case w == "yesterday" || strings.HasPrefix(w, "last"):
			pub = pub.AddDate(0, 0, -1)
		case w == "tomorrow":
			pub = pub.AddDate(0, 0, 1)
		}
		return period{pub, pub}, true
	}},
	{"ago", "#digit>#unit #num>#unit", re(`(?i:` + numRE + `\s+` + unitRE + `\s+ago)`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		n, ok := number(g(1))
		if !ok {
			return period{}, false
		}
		if pub.IsZero() {
			return period{}, true
		}
		t := back(pub, strings.ToLower(g(2)), n)
		return period{t, t}, true
	}},
	{"past-n", "the>past|last|previous|next|coming past>#digit|#num last>#digit|#num previous>#digit|#num next>#digit|#num coming>#digit|#num", re(`(?i:(?:the\s+)?(past|last|previous|next|coming)\s+` + numRE + `\s+` + unitRE + `)`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		n, ok := number(g(2))
		if !ok {
			return period{}, false
		}
		if pub.IsZero() {
			return period{}, true
		}
		u := strings.ToLower(g(3))
		if w := strings.ToLower(g(1)); w == "next" || w == "coming" {
			return period{pub, forward(pub, u, n)}, true
		}
		return period{back(pub, u, n), pub}, true
	}},
	{"so-far-this-year", "so>far to>date thus>far year>to", re(`(?i:(?:so\s+far|to\s+date|thus\s+far)\s+this\s+year|year[-\s]to[-\s]date)`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if pub.IsZero() {
			return period{}, true
		}
		return period{date(pub.Year(), 1, 1), pub}, true
	}},
	{"end-of", "the>end|start|beginning|middle end>of start>of beginning>of middle>of", re(`(?i:(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(year|month|week|decade|quarter))`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if pub.IsZero() {
			return period{}, true
		}
		s := strings.ToLower(g(0))
		off := 0
		switch {
		case strings.Contains(s, "next "):
			off = 1
		case strings.Contains(s, "last "):
			off = -1
		}
		p := relative(pub, strings.ToLower(g(2)), off)
		switch strings.ToLower(g(1)) {
		case "end":
			return period{p.to, p.to}, true
		case "start", "beginning":
			return period{p.from, p.from}, true
		}
		mid := p.from.Add(p.to.Sub(p.from) / 2)
		return period{mid, mid}, true
	}},
	{"this-last-next", "earlier>this later>this this>#period last>#period past>#period previous>#period next>#period coming>#period current>#period", re(`(?i:(?:earlier\s+|later\s+)?(this|last|past|previous|next|coming|current)\s+(week|weekend|month|year|quarter|decade|season|fiscal\s+year))`), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if pub.IsZero() {
			return period{}, true
		}
		u := strings.ToLower(strings.Join(strings.Fields(g(2)), " "))
		if u == "fiscal year" {
			u = "year"
		}
		if u == "season" {
			return period{}, false
		}
		w := strings.ToLower(g(1))
		switch w {
		case "past":
			// "the past week": the last seven days, not the calendar week
			return period{back(pub, u, 1), pub}, true
		case "this", "current":
			return relative(pub, u, 0), true
		case "next", "coming":
			return relative(pub, u, 1), true
		}
		return relative(pub, u, -1), true
	}},
	{"weekday", "#weekday last>#weekday next>#weekday this>#weekday", re(`(?:((?i:last|next|this))\s+)?` + weekdayRE), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if pub.IsZero() {
			return period{}, true
		}
		wd := lex.Weekdays[strings.ToLower(g(2))]
		d := int(pub.Weekday()-wd+7) % 7 // days back to the last such day (0: today)
		switch strings.ToLower(g(1)) {
		case "next":
			d = -((int(wd-pub.Weekday())+6)%7 + 1)
		case "last":
			if d == 0 {
				d = 7
			}
		}
		t := pub.AddDate(0, 0, -d)
		return period{t, t}, true
	}},
	{"decade", "the>#decade #decade", re(`(?:the\s+)?((?:19|20)\d)0['’]?s`), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		y := atoi(g(1)) * 10
		return period{date(y, 1, 1), date(y+9, 12, 31)}, true
	}},
	{"fiscal-year", "fiscal>year|#digit #code", re(`(?:fiscal(?:\s+year)?\s+|FY\s?)((?:19|20)?\d\d)`), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		y := g(1)
		if len(y) == 2 {
			y = "20" + y
		}
		return yearPeriod(atoi(y)), true
	}},
	{"year-range", "from>#year between>#year", re(`(?i:from|between)\s+` + yearRE + `\s*(?:to|and|through|until|-|–)\s*` + yearRE), 0, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		a, b := atoi(g(1)), atoi(g(2))
		if b < a || numberGoesOn(after) {
			return period{}, false
		}
		return period{date(a, 1, 1), date(b, 12, 31)}, true
	}},
	{"month-range", "from>#month between>#month", re(`(?i:from|between)\s+` + monthRE + `\s*(?:to|and|through|until|-|–)\s*` + monthRE), 0, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		if pub.IsZero() {
			return period{}, true
		}
		a, b := monthOf(g(1)), monthOf(g(2))
		y := pub.Year()
		if b > pub.Month() {
			y--
		}
		ya := y
		if a > b {
			ya--
		}
		return period{date(ya, a, 1), date(y, b+1, 0)}, true
	}},
	// a year after a preposition ("in 2023", "since 2010"), not a count
	// ("30 of 2000 seats", "from 2000 to 3000 jobs", "in 2000 homes")
	{"year", "in>#year since>#year by>#year during>#year until>#year through>#year before>#year after>#year early>#year late>#year mid>#year end>of the>year", re(`(?:(?i:in|since|by|during|until|through|before|after|early|late|mid-?|end\s+of|the\s+year)\s+)` + yearRE), 1, func(g func(int) string, _ time.Time, before, after string) (period, bool) {
		if !yearEnds(after) {
			return period{}, false
		}
		return yearPeriod(atoi(g(1))), true
	}},
	{"month", "in>#month since>#month by>#month during>#month until>#month through>#month before>#month after>#month from>#month early>#month late>#month mid>#month last>#month this>#month next>#month of>#month", re(`(?:((?i:in|since|by|during|until|through|before|after|from|early|late|mid-?|last|this|next|of))\s+)` + monthRE), 2, func(g func(int) string, pub time.Time, before, after string) (period, bool) {
		m := monthOf(g(2))
		if startsWithDigit(after) {
			return period{}, false
		}
		if pub.IsZero() {
			return period{}, true
		}
		s := strings.ToLower(g(1))
		y := pub.Year()
		switch {
		case strings.HasPrefix(s, "next") || strings.HasPrefix(s, "by") || strings.HasPrefix(s, "until"):
			if m < pub.Month() {
				y++
			}
		case strings.HasPrefix(s, "this"):
		default:
			if m > pub.Month() {
				y--
			}
		}
		return monthPeriod(y, m), true
	}},
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// numberGoesOn: the digits just matched go on as a number ("March 9,000", "2,015").
func numberGoesOn(after string) bool {
	return len(after) >= 2 && (after[0] == ',' || after[0] == '.') && after[1] >= '0' && after[1] <= '9'
}

// nameBefore: a capitalised word that does not open a sentence stands
// just before ("USA Today").
func nameBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ".!?:") {
		return false
	}
	if len(f) == 1 {
		return false // the sentence's first word
	}
	prev := f[len(f)-2]
	return !strings.ContainsAny(prev[len(prev)-1:], ".!?")
}

func startsWithDigit(after string) bool {
	a := strings.TrimLeft(after, " ")
	return a != "" && a[0] >= '0' && a[0] <= '9'
}

// yearEnds: what follows a year leaves it a year: punctuation, the end, or
// a word that does not make it a count ("in 2000 homes").
func yearEnds(after string) bool {
	if numberGoesOn(after) {
		return false
	}
	a := strings.TrimLeft(after, " ")
	first, _ := utf8.DecodeRuneInString(a)
	if a == "" || !unicode.IsLetter(first) {
		return !startsWithDigit(after)
	}
	w := a
	if i := strings.IndexFunc(a, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = a[:i]
	}
	return unicode.IsUpper(first) || afterYear[w]
}

// afterYear are the lower-case words that may follow a year used as a time.
var afterYear = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`to and or through until till when while as the a an after before than
	compared versus vs at on in for of with by but so that which it he she they we there is was were are
	had has have alone only election elections season census budget campaign race primary primaries
	levels level figures data survey report fiscal calendar`) {
		afterYear[w] = true
	}
}

func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	// the first three bytes of strings.ToLower(s): those of s lower-cased
	// when ASCII
	var b [3]byte
	n := min(3, len(s))
	for i := range n {
		c := s[i]
		if c >= utf8.RuneSelf {
			l := strings.ToLower(s)
			copy(b[:], l)
			n = min(3, len(l))
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(lowerMonths[m], string(b[:n])) {
			return m
		}
	}
	return 0
}

// lowerMonths are the months' names in lower case, by time.Month.
var lowerMonths = func() (l [13]string) {
	for m := time.January; m <= time.December; m++ {
		l[m] = strings.ToLower(m.String())
	}
	return l
}()

func dayPeriod(y int, m time.Month, d int) (period, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return period{}, false
	}
	t := date(y, m, d)
	if t.Month() != m { // "February 30"
		return period{}, false
	}
	return period{t, t}, true
}

func monthPeriod(y int, m time.Month) period {
	return period{date(y, m, 1), date(y, m+1, 0)}
}

func yearPeriod(y int) period { return period{date(y, 1, 1), date(y, 12, 31)} }

func yearOr(y string, pub time.Time) (int, bool) {
	if y != "" {
		return atoi(y), true
	}
	if pub.IsZero() {
		return 0, false
	}
	return pub.Year(), true
}

func quarterOf(y string, q int, pub time.Time) (period, bool) {
	if q < 1 || q > 4 {
		return period{}, false
	}
	yy, ok := yearOr(y, pub)
	if !ok {
		return period{}, true
	}
	if y == "" && !pub.IsZero() && time.Month(3*q-2) > pub.Month() {
		yy-- // "the fourth quarter" in a March article is last year's
	}
	return period{date(yy, time.Month(3*q-2), 1), date(yy, time.Month(3*q+1), 0)}, true
}

// nearestDay resolves a day without a year to the one nearest the
// publication date (a January article's "December 28" is last year's).
func nearestDay(m time.Month, d int, pub time.Time) (period, bool) {
	if pub.IsZero() {
		if _, ok := dayPeriod(2000, m, d); !ok { // 2000: a leap year
			return period{}, false
		}
		return period{}, true
	}
	var best time.Time
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		t := date(y, m, d)
		if t.Month() != m {
			continue
		}
		if best.IsZero() || absDur(t.Sub(pub)) < absDur(best.Sub(pub)) {
			best = t
		}
	}
	if best.IsZero() {
		return period{}, false
	}
	return period{best, best}, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "a": 1, "an": 1}

func number(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0
	}
	n, ok := numberWords[strings.ToLower(s)]
	return n, ok
}

// back is n units before t; forward n units after.
func back(t time.Time, unit string, n int) time.Time { return forward(t, unit, -n) }

func forward(t time.Time, unit string, n int) time.Time {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return t.AddDate(0, 0, n)
	case "week", "weekend":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return t.AddDate(0, n, 0)
	case "quarter":
		return t.AddDate(0, 3*n, 0)
	case "decade":
		return t.AddDate(10*n, 0, 0)
	}
	return t.AddDate(n, 0, 0)
}

// relative is the calendar unit holding t, moved by off units (weeks run
// Monday to Sunday; a weekend is Saturday and Sunday).
func relative(t time.Time, unit string, off int) period {
	switch unit {
	case "week":
		mon := t.AddDate(0, 0, -((int(t.Weekday())+6)%7)).AddDate(0, 0, 7*off)
		return period{mon, mon.AddDate(0, 0, 6)}
	case "weekend":
		sat := t.AddDate(0, 0, 5-((int(t.Weekday())+6)%7)+7*off) // the Saturday of t's week, moved
		return period{sat, sat.AddDate(0, 0, 1)}
	case "month":
		m := date(t.Year(), t.Month()+time.Month(off), 1)
		return monthPeriod(m.Year(), m.Month())
	case "quarter":
		q := (int(t.Month())-1)/3 + off
		s := date(t.Year(), time.Month(3*q+1), 1)
		return period{s, s.AddDate(0, 3, -1)}
	case "decade":
		y := t.Year()/10*10 + 10*off
		return period{date(y, 1, 1), date(y+9, 12, 31)}
	}
	return yearPeriod(t.Year() + off)
}
