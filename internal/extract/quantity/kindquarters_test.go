package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// quarterSpanCases: a number in words of business quarters placed in time
// is a span, a duration in unit quarter (kind rule quarter-span); a share
// ("three quarters of voters") stays the grammar's 75 percent.
var quarterSpanCases = []struct {
	rule, in, text string
	kind           claims.Kind
	unit           string
	v              float64
}{
	// the dev sets' forms (quantities dev5, web-dev-12, web-dev-17; claims articles-dev-4)
	{"quarter-span", "PC shipments rose 0.3% in the fourth quarter, the first growth in eight quarters.", "eight quarters", claims.KindDuration, "quarter", 8},
	{"quarter-span", "Mrs. Clinton has outpaced Mr. Obama's fundraising in the first two quarters of his initial presidential campaign.", "two quarters", claims.KindDuration, "quarter", 2},
	{"quarter-span", "It reported writedowns in the book value of its oil and gas properties in the first two quarters.", "two quarters", claims.KindDuration, "quarter", 2},
	{"quarter-span", "Revenue was a record for the first three quarters of any year.", "three quarters", claims.KindDuration, "quarter", 3},
	// other wording
	{"quarter-span", "Margins narrowed over the past three quarters.", "three quarters", claims.KindDuration, "quarter", 3},
	{"quarter-span", "The bank expects losses in the next two quarters as rates rise.", "two quarters", claims.KindDuration, "quarter", 2},
	{"quarter-span", "Sales fell for the first time in four quarters and the shares slid.", "four quarters", claims.KindDuration, "quarter", 4},
	{"quarter-span", "Exports have shrunk in the last four quarters.", "four quarters", claims.KindDuration, "quarter", 4},
	// shares stay shares
	{"", "Three quarters of voters agree with the plan.", "Three quarters", claims.KindClaim, "percent", 75},
	{"", "In three quarters of cases the test failed.", "three quarters", claims.KindClaim, "percent", 75},
	{"", "Nearly three-quarters of respondents said they would pay more.", "Nearly three-quarters", claims.KindClaim, "percent", 75},
	{"", "The first three-quarters of the film drag.", "three-quarters", claims.KindClaim, "percent", 75},
}

func TestQuarterSpan(t *testing.T) {
	for _, c := range quarterSpanCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule || m.Unit != c.unit || m.Low == nil || *m.Low != c.v {
			t.Errorf("%q: %q: want %s %v %s by rule %q, got %s %v %s by rule %s", c.in, c.text, c.kind, c.v, c.unit, c.rule, m.Kind, m.Low, m.Unit, got)
		}
	}
}
