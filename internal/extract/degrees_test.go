package extract

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// TestArticleDegrees: a temperature in bare "degrees" takes the scale of
// the article's other temperatures, else its country's; an angle, or an
// article that says nothing, keeps "degree".
func TestArticleDegrees(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, url, text, mention, unit string
	}{
		{"article-scale", "", "The year's mean was 10.9C. It was 2.5 degrees above the 1961-1990 average temperature.", "2.5 degrees", "celsius"},
		{"article-scale", "", "Highs reached 104F on Monday. Forecasters said temperatures would stay 10 degrees above normal.", "10 degrees", "fahrenheit"},
		{"article-places", "", "Temperatures in Perth were 10 to 12 degrees above the December average, Australia's weather bureau said.", "10 to 12 degrees", "celsius"},
		{"article-places", "", "Ireland's climate has warmed by about 1 degree since 1900, Met Éireann and Irish officials said.", "about 1 degree", "celsius"},
		{"article-places", "", "A heat wave pushed temperatures above 105 degrees in Dallas, Texas, U.S. officials said.", "above 105 degrees", "fahrenheit"},
		{"url-domain", "https://www.irishtimes.ie/x", "The temperature fell 8 degrees overnight.", "8 degrees", "celsius"},
		{"angle", "", "The robot arm in Australia turned 180 degrees.", "180 degrees", "degree"},
		{"no-country", "", "The temperature fell 8 degrees overnight.", "8 degrees", "degree"},
		{"two-scales-places", "", "Highs hit 40C in Sydney, Australia, and 30F in Chicago. Temperatures fell 8 degrees overnight.", "8 degrees", "celsius"},
		{"two-scales", "", "Highs hit 40C in one town and 30F in another. Temperatures fell 8 degrees overnight.", "8 degrees", "degree"},
	} {
		qs := ex.Extract(&claims.Article{ID: "a", URL: c.url, Text: c.text})
		found := false
		for _, q := range qs {
			if q.Quantity.Text == c.mention {
				found = true
				if q.Unit != c.unit {
					t.Errorf("%s: %q: %q unit %s, want %s", c.name, c.text, c.mention, q.Unit, c.unit)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q: no mention %q", c.name, c.text, c.mention)
		}
	}
}
