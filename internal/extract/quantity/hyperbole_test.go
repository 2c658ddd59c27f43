package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// Rules hyperbole-times and not-one (kind.go; testdata/quotes fresh-14):
// "a million times" of what one says or does, or before a comparative,
// counts nothing ("We've done this a million times", "We've talked about
// it a million times": fresh-14 US local TV and US sport); "not one X"
// says "no X" ("Not one rupee has been held back": fresh-14 Pakistan;
// PolNeAR train "not one woman appeared", "Not one U.S. in the top 10").
// Counted times ("viewed a million times", "one million times") and "one"
// without "not" stay claims.
func TestHyperboleAndNotOne(t *testing.T) {
	checkCases(t, []struct {
		in   string
		want []want
	}{
		{"We've done this a million times, but never this close.", []want{nc("a million times", claims.KindOther)}},
		{"We've talked about it a million times.", []want{nc("a million times", claims.KindOther)}},
		{"I told him a hundred times to stop.", []want{nc("a hundred times", claims.KindOther)}},
		{"The new chip is a thousand times better.", []want{nc("a thousand times", claims.KindOther)}},
		{"I'm not nervous anymore, because I've done this about a million times now.", []want{nc("about a million times", claims.KindOther)}},
		{"She has told me about a hundred times to stop.", []want{nc("about a hundred times", claims.KindOther)}},
		{"Not one rupee has been held back.", []want{nc("one rupee", claims.KindOther)}},
		{"On that day not one woman appeared on the show.", []want{nc("one", claims.KindOther)}},
		// negatives: counted times, digits, "one" without "not"
		{"The clip was viewed a million times.", []want{w("a million times", "1000000", "1000000", "exact", "times")}},
		{"The video was viewed about a million times.", []want{w("about a million times", "1000000", "1000000", "about", "times")}},
		{"The song was streamed one million times.", []want{w("one million times", "1000000", "1000000", "exact", "times")}},
		{"Only one woman appeared on the show.", []want{w("one", "1", "1", "exact", "count")}},
	})
}
