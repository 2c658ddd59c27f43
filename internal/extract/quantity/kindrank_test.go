package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// rankKindCases are ranks written with a mark that rank-position
// (kindrank.go) reads, and labels of the same marks that stay identifiers;
// same form as genreKindCases.
var rankKindCases = []genreKindCase{
	{"rank-position", "This year she shot to No. 8.", "8", claims.KindOrdinal},
	{"rank-position", "The single climbed back to No. 2 on the chart.", "2", claims.KindOrdinal},
	{"rank-position", "The Bulldogs fell to #14 after the loss.", "#14", claims.KindOrdinal},
	{"rank-position", "Python ranks #1 in the TIOBE Index this month.", "#1", claims.KindOrdinal},
	{"rank-position", "Python remains popular, ranking #1 in the TIOBE Index, #2 on both GitHub and RedMonk.", "#2", claims.KindOrdinal},
	{"rank-position", "The school was ranked number 4 by the magazine.", "4", claims.KindOrdinal},
	{"rank-position", "At number 3 is the Grand Canyon's South Kaibab Trail.", "3", claims.KindOrdinal},
	{"rank-position", "Number 9 on the list, Lake Bled, draws visitors all year.", "9", claims.KindOrdinal},
	{"", "Tip #2: Learn to say no.", "2", claims.KindIdentifier},
	{"", "When state number 43 does this and state number 27 does that, it is hard.", "43", claims.KindIdentifier},
	{"", "Wearing No. 23, the forward scored twice.", "23", claims.KindIdentifier},
	{"", "He lives at number 10 with his family.", "10", claims.KindIdentifier},
	{"", "Sales fell to 14 units.", "14", claims.KindClaim},
	{"", "See issue #12, #14 and the notes.", "#14", claims.KindIdentifier},
}

func TestRankKinds(t *testing.T) {
	checkGenreKinds(t, rankKindCases)
}
