package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// Mention is a number expression found in a piece of text: byte offsets into
// that text and its meaning.
type Mention struct {
	Start, End int
	Low, High  *float64
	Qualifier  string
	Unit       string
	Change     string // "", claims.Up or claims.Down
	Kind       string
}

// TODO(quantities): placeholder grammar, replaced by the full recogniser.
var digitsRE = regexp.MustCompile(`\d[\d,]*(\.\d+)?%?`)

// FindQuantities returns the number expressions of text in order.
func FindQuantities(text string) []Mention {
	var out []Mention
	for _, loc := range digitsRE.FindAllStringIndex(text, -1) {
		s := text[loc[0]:loc[1]]
		unit := "count"
		if strings.HasSuffix(s, "%") {
			unit = "percent"
		}
		v, err := strconv.ParseFloat(strings.NewReplacer(",", "", "%", "").Replace(s), 64)
		if err != nil {
			continue
		}
		out = append(out, Mention{Start: loc[0], End: loc[1], Low: claims.F(v), High: claims.F(v), Qualifier: claims.Exact, Unit: unit, Kind: claims.KindClaim})
	}
	return out
}
