package lexicon

import "testing"

// TestSharedNameOfRegion: the member of a shared name's family a region
// uses, its former currency when today's is no member (France's FRF
// before the euro, Belgium's BEF), "" when none is.
func TestSharedNameOfRegion(t *testing.T) {
	for _, c := range []struct{ family, region, want string }{
		{"franc", "FR", "FRF"}, {"franc", "BE", "BEF"}, {"franc", "LU", "LUF"}, {"franc", "CH", "CHF"},
		{"franc", "SN", "XOF"}, {"franc", "DE", ""}, {"crown", "SE", "SEK"}, {"crown", "NO", "NOK"},
		{"crown", "CZ", "CZK"}, {"crown", "DK", "DKK"}, {"rupee", "PK", "PKR"}, {"peso", "FR", ""},
	} {
		if got := SharedNameOfRegion(c.family, c.region); got != c.want {
			t.Errorf("SharedNameOfRegion(%q, %q) = %q, want %q", c.family, c.region, got, c.want)
		}
	}
}
