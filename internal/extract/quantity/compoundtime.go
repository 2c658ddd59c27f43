package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// A time written in two units, the larger first with only a space between
// them, is one measured time in the smaller unit (rule compound-time): "won
// the women's 10,000 metres in 29 minutes 54 seconds" 1794 second
// (web-dev-8), "won the stage by 1 minute 42 seconds" 102 second
// (web-dev-11), "a flight of 2 hours 15 minutes" 135 minute; with "and"
// between the same ("lasted 14 hours and 32 minutes" 872 minute,
// web-dev-11; conv18 decided the dev golds' split so: one mention in the
// smaller unit), and a rate on the smaller part is the whole's ("watches
// 5 hours and 9 minutes of TV a day" 309 minute/day, web-dev-15 and the
// claims gold web-dev-9).
var ruleCompoundTime = newRule("compound-time")

// compoundTimeSeconds are the time units a compound time joins, in seconds.
var compoundTimeSeconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400}

// compoundTimeGap reports whether the text between the two parts joins
// them: a space, or "and" ("11 hours and 42 minutes").
func compoundTimeGap(gap string) bool {
	return gap == " " || gap == " and "
}

// joinCompoundTime makes the last two mentions one time when they are the
// two parts of a compound time.
func (p *parser) joinCompoundTime() {
	n := len(p.out)
	if n < 2 {
		return
	}
	a, b := &p.out[n-2], &p.out[n-1]
	base := b.Unit // "minute/day": the rate is the whole's
	if i := strings.IndexByte(base, '/'); i > 0 {
		base = base[:i]
	}
	fa, fb := compoundTimeSeconds[a.Unit], compoundTimeSeconds[base]
	if fa == 0 || fb <= 0 || fa <= fb || !compoundTimeGap(p.text[a.End:b.Start]) || a.Qualifier != claims.Exact || b.Qualifier != claims.Exact {
		return
	}
	ia, ib := &p.bounds[n-2], &p.bounds[n-1]
	if ia.open != 0 || ib.open != 0 || ia.lo != ia.hi || ib.lo != ib.hi || ia.lo != float64(int64(ia.lo)) || ib.lo < 0 || ib.lo >= fa/fb {
		return
	}
	if c := p.text[b.Start]; c < '0' || c > '9' {
		return // "1 minute a second" is no compound
	}
	v := ia.lo*fa/fb + ib.lo
	a.End, a.Unit, a.Kind = b.End, b.Unit, claims.KindClaim
	a.rules[0], a.rules[1] = ruleCompoundTime, ruleCompoundTime
	if a.Change == "" {
		a.Change, a.rules[3] = b.Change, b.rules[3]
	}
	*ia = interval{lo: v, hi: v}
	p.out, p.bounds = p.out[:n-1], p.bounds[:n-1]
}
