package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// The next sentence names the releaser of the figures before it by an
// explicit anaphoric subject or object (nextsentence.go; fresh-3 and
// freshly written wire copy of several countries); a next sentence with
// no such subject names the source of its own content only.
func TestNextSentenceSource(t *testing.T) {
	runKindCases(t, []kindCase{
		{"released by, a union", "About 1,200 jobs would go at the steelworks under the plan. The figures were released by the Community union on Tuesday.", "1,200", "the Community union", kindOrg},
		{"compiled by, have been", "Burglaries fell 14 percent in the capital last year. The numbers have been compiled by the Metropolitan Police.", "14 percent", "Metropolitan Police", kindOrg},
		{"published by, latest data", "Inflation eased to 3.2 percent in May. The latest data were published by Statistics Canada on Friday.", "3.2 percent", "Statistics Canada", kindOrg},
		{"came from", "House prices in Cork rose 7.4 per cent in the year to March. The figures came from the Central Statistics Office.", "7.4 per cent", "Central Statistics Office", kindOrg},
		{"contained in a report released by", "Patients waited an average of 21 hours last month. The numbers were contained in a report released by the Ontario Health Coalition on Wednesday.", "21 hours", "Ontario Health Coalition", kindOrg},
		{"releaser published the figures", "Unemployment rose to 4.1 per cent in June. The Australian Bureau of Statistics published the figures on Thursday.", "4.1 per cent", "Australian Bureau of Statistics", kindOrg},
		{"releaser released the data", "Exports fell 6 percent in April from a year earlier. The customs agency released the data late on Friday.", "6 percent", "The customs agency", kindOrg},
		{"according to inside", "Some 3,400 homes were damaged by the storm. The figures, according to the provincial disaster office, are preliminary.", "3,400", "the provincial disaster office", kindOrg},
		// no anaphoric subject: the next sentence's own content only
		{"bare next sentence", "More than 200 flood warnings were in place across England on Sunday. The Met Office said more rain was on the way.", "200", "", ""},
		{"released with no agent", "The company cut 300 jobs in March. The figures were released on Tuesday.", "300", "", ""},
		{"another paragraph", "The company cut 300 jobs in March.\n\nThe figures were released by the union on Tuesday.", "300", "", ""},
		{"a figure sourced in its own sentence keeps it", "The union said 300 jobs would go. The figures were released by the ministry on Tuesday.", "300", "The union", kindOrg},
	})
}

// The cue is the release verb of the next sentence.
func TestNextSentenceRuleName(t *testing.T) {
	q := attributeNumber(t, "Exports fell 6 percent in April. The figures were released by the customs agency.", "6 percent")
	if q.Source == nil || q.Cue == nil || q.Cue.Text != "released" {
		t.Fatalf("source %v cue %v, want the customs agency, cue released", q.Source, q.Cue)
	}
	if q.Source.Kind != claims.SourceOrganization {
		t.Errorf("kind %q, want an organisation", q.Source.Kind)
	}
}

// A closing ", X reported." after the sentence with the figure reaches
// back to it (PolNeAR dev, fresh-3); "said", a quotation and a noun
// "reports" do not.
func TestClosingReportReachesBack(t *testing.T) {
	runKindCases(t, []kindCase{
		{"reported", "The campaign raised $48 million in July alone. Much of it came from small donors, Politico reported.", "$48 million", "Politico", ""},
		{"reports, a newspaper", "The bank is preparing to cut as many as 5,000 roles. The cuts are expected in the spring, the Financial Times reports.", "5,000", "Financial Times", kindOrg},
		{"reported on a day", "The ministry paid 2.3 billion euros to consultants. None of the contracts went to tender, Der Spiegel reported on Sunday.", "2.3 billion euros", "Der Spiegel", ""},
		{"said does not reach back", "The carmaker will recall some 400,000 vehicles. The recall covers models built since 2018, the company said.", "400,000", "", ""},
		{"a quotation does not", "About two-thirds of the 55,000 pages have been made public. “Most were sent in 2012,” CBS News reported.", "55,000", "", ""},
		{"a noun reports does not", "The school ranks first among 40 programs. Readers can view reports on major industries.", "40", "", ""},
	})
}
