package attrib

import "testing"

// Forms of fresh-14's first run (testdata/quotes/README.md), each also
// found in another source.

// Rule office-portfolio-name (names.go givenAfterOf): "Minister for
// Housing Darragh O'Brien" is a title with its portfolio and a person's
// name, though no known given name opens it (fresh-14 Ireland and
// Pakistan, fresh-2 Singapore "Minister for Health Ong Ye Kung"). An
// office with no name after it, or an organisation's name, stays whole.
func TestOfficePortfolioName(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"minister for, Irish", "Minister for Housing Darragh O'Brien told the Dáil that 32,695 homes were built.", "32,695", "Darragh O'Brien", "Minister for Housing"},
		{"federal minister for, Pakistani", "Federal Minister for Planning Ahsan Iqbal said Rs25 billion had been released.", "Rs25 billion", "Ahsan Iqbal", "Federal Minister for Planning"},
		{"minister of two portfolios", "Minister of Finance and Economy Wale Edun said revenue rose 40 per cent.", "40 per cent", "Wale Edun", "Minister of Finance and Economy"},
		{"minister for, three-word name", "Minister for Health Ong Ye Kung said 2,000 people were diagnosed each year.", "2,000", "Ong Ye Kung", "Minister for Health"},
		{"secretary of, after the figure", "About 300 wells were capped, Secretary of Energy Chris Wright said.", "300", "Chris Wright", "Secretary of Energy"},
	})
	for _, tc := range []struct{ name, text, num, notSource string }{
		{"an office alone", "The Minister for Housing said 32,695 homes were built.", "32,695", "Housing"},
		{"a ministry's name", "The Ministry of Health Services said 400 nurses were hired.", "400", "Services"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := attributeNumber(t, tc.text, tc.num)
			if q.Source != nil && q.Source.Name == tc.notSource {
				t.Errorf("source %q", q.Source.Name)
			}
		})
	}
}
