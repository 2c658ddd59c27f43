package attrib

import "testing"

// A time adjunct between a relative pronoun and its antecedent ("a study
// covered by Ars Technica earlier this year, which found …" — web-dev-1;
// "Rob Portman this year, who endorsed …" — PolNeAR dev) is not the
// antecedent: the noun phrase before it is. The sentences are written for
// this test, in varied wording.
func TestRelativeAfterTimeAdjunct(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "earlier this year, which found",
			text: "The result echoes a study covered by Ars Technica earlier this year, which found that developers were slowed by 19%.",
			num:  "19%", source: "Ars Technica", cue: "found"},
		{name: "last month, which found",
			text: "The figures echo a report published by the Grattan Institute last month, which found that rents rose 12%.",
			num:  "12%", source: "Grattan Institute", cue: "found"},
		{name: "on a weekday, which showed",
			text: "It follows an audit released by the Audit Office on Monday, which showed 40 schools lacked heating.",
			num:  "40", source: "Audit Office", cue: "showed"},
		{name: "a person, this year, who said",
			text: "The bill won the support of Senator Maria Hale this year, who said 30 states would follow.",
			num:  "30", source: "Maria Hale", cue: "said"},
		{name: "in a month and year, which estimated",
			text: "The plan drew on a paper by the Reserve Bank in March 2024, which estimated 8,000 jobs would go.",
			num:  "8,000", source: "Reserve Bank", cue: "estimated"},
	})
}
