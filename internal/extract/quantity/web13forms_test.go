package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web13FormCases are forms seen in web-dev-13 (real 2020 news pages) and
// at least one other dev source (another dev set, or varied sentences of
// this table), written with varied wording, with negatives.
var web13FormCases = []struct {
	in   string
	want []want
}{
	// fiscal-year-short: "FY" and two digits name a fiscal year (web-dev-13
	// "for FY20", "in FY21"; web-dev-6 "record FY25 performance")
	{"Growth slid to 5 per cent for FY20 even without the pandemic.", []want{chg(w("5 per cent", "5", "5", "exact", "percent"), "down"), nc("FY20", claims.KindYear)}},
	{"The company reported record FY25 revenue.", []want{nc("FY25", claims.KindYear)}},
	{"Its FY2024 budget was cut.", []want{nc("FY2024", claims.KindYear)}},
	// negatives: a longer or decimal code is no year
	{"The FY205 form is due.", []want{nc("FY205", claims.KindIdentifier)}},
	// label-or-higher: a label's number bounded after it names the label's
	// steps (web-dev-13 "major storms of Category 3 or higher", twice)
	{"Forecasters expect two to four storms of Category 3 or higher.", []want{w("two to four", "2", "4", "range", "count"), nc("3", claims.KindIdentifier)}},
	{"The ministry raised a Level 4 or above alert.", []want{nc("4", claims.KindIdentifier)}},
	{"Phase 2 or higher rules still apply.", []want{nc("2", claims.KindOrdinal)}},
	// negatives: no label, a bound
	{"You need a score of 3 or higher to pass.", []want{w("3 or higher", "3", "-", "at_least", "count")}},
	// a measured span after "during" or a verb of sum, also before "since"
	// (web-dev-13 "tortured during 643 days as a political prisoner",
	// "already totaled 326 hours since it took over"; the table: "held
	// during 18 months", "outages totalled 40 hours")
	{"He was held during 18 months in solitary confinement.", []want{w("18 months", "18", "18", "exact", "month")}},
	{"Outages totalled 40 hours last month.", []want{w("40 hours", "40", "40", "exact", "hour")}},
	{"Downtime has totaled 12 days since the upgrade.", []want{w("12 days", "12", "12", "exact", "day")}},
	{"She has spent 40 days since the strike in hiding.", []want{w("40 days", "40", "40", "exact", "day")}},
	// negatives: a period or a time since stays a duration
	{"Sales rose during the 12 months to June.", []want{nc("12 months", claims.KindDuration)}},
	{"It is two years since the war began.", []want{nc("two years", claims.KindDuration)}},
}

func TestWeb13Forms(t *testing.T) { checkCases(t, web13FormCases) }
