package attrib

import "testing"

// unseenCase is a form that failed on news the tool had never seen (issue
// 16): each form has cases of varied wording from independent sources.
type unseenCase struct {
	name, text, num string
	source, mention string // want: resolved name and mention ("" = no source)
	cue             string // want: the cue's text ("" = no cue)
}

func runUnseen(t *testing.T, tests []unseenCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := attributeNumber(t, tc.text, tc.num)
			name, mention, cue := "", "", ""
			if q.Source != nil {
				name, mention = q.Source.Name, q.Source.Mention
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			if name != tc.source || tc.mention != "" && mention != tc.mention || cue != tc.cue {
				t.Errorf("source %q (mention %q), cue %q; want %q (%q), %q", name, mention, cue, tc.source, tc.mention, tc.cue)
			}
		})
	}
}

func TestStraightSingleQuotes(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "sport, speaker after", text: "'It was great to have 7,500 of our fans here,' Ferguson said afterwards.", num: "7,500", source: "Ferguson", cue: "said"},
		{name: "defence, told", text: "'The missile flew 5,000 km in its first test,' DRDO chief V.K. Saraswat told IANS.", num: "5,000", source: "V.K. Saraswat", cue: "told"},
		{name: "inverted said", text: "'We lost 3,000 jobs in a year,' said Mary Bell, the union's leader.", num: "3,000", source: "Mary Bell", cue: "said"},
	})
}

func TestNestedReports(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "newspaper, investigators in a country", text: "The New York Times reported that investigators in Ukraine had found $12.7 million in cash payments.", num: "12.7", source: "New York Times", cue: "reported"},
		{name: "agency, auditors at a ministry", text: "The agency said auditors at the ministry found 300 fake invoices.", num: "300", source: "The agency", cue: "said"},
		{name: "broadcaster, officials from a province", text: "Reuters reported on Friday that officials from Sindh province counted 1,400 deaths.", num: "1,400", source: "Reuters", cue: "reported"},
	})
}

func TestDocumentOwners(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "report to a regulator", text: "The RNC's latest report to the FEC shows a $2.2 million transfer to the state party.", num: "2.2", source: "RNC", cue: "shows"},
		{name: "filing with a regulator", text: "Acme Corp.'s annual filing with the SEC shows 3,400 employees.", num: "3,400", source: "Acme Corp", cue: "shows"},
		{name: "according to a review by a group", text: "Drug makers raised prices by 9 percent, according to a review of financial disclosures by the group Public Citizen.", num: "9", source: "Public Citizen", cue: "according to"},
		{name: "according to an analysis by a firm", text: "According to an analysis of census data by Moody's Analytics, rents rose 14 percent.", num: "14", source: "Moody's Analytics", cue: "According to"},
		{name: "according to an acronym's report", text: "Coal demand will fall 12 percent by 2030, according to the IEA report.", num: "12", source: "IEA", cue: "according to"},
		{name: "an acronym's survey found", text: "A new NBER study found that 40 percent of renters pay more than a third of their income.", num: "40", source: "NBER", cue: "found"},
		{name: "place acronym owns nothing", text: "A U.S. study found that 40 percent of renters are burdened.", num: "40", source: "A U.S. study", cue: "found"},
		{name: "lawsuit filed by its filer", text: "The union filed a lawsuit alleging that 45 workers were fired.", num: "45", source: "The union", cue: "alleging"},
		{name: "a costed lawsuit filed by an official", text: "New York Attorney General Eric Schneiderman filed a $40 million lawsuit in 2013 alleging that the school had defrauded more than 5,000 students.", num: "5,000", source: "Eric Schneiderman", cue: "alleging"},
		{name: "figures released by a ministry", text: "The ministry released figures showing 40 percent of schools lack heat.", num: "40", source: "The ministry", cue: "showing"},
		{name: "report issued by an agency", text: "The agency issued a report saying 12,000 homes were damaged.", num: "12,000", source: "The agency", cue: "saying"},
	})
}
