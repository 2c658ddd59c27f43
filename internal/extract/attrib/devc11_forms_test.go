package attrib

import "testing"

// TestDevc11Forms: wire copy's organisation that reported before, read by
// the descriptions and pronouns that stand for it later (web-dev-11's
// Reuters 1987 passages, the pooled dev claims golds of
// scripts/devclaims.sh):
//   - description-previous-reporter: "the company", "the bank" in a
//     sentence naming no organisation before it is the organisation whose
//     name was the subject of the last cue verb, not one it spoke of in
//     between ("Aetna … said it reached an agreement to acquire … <ULG>,
//     a Malaysian composite insurance company. The company said …";
//     "Lloyds Bank Canada, a unit of <Lloyds Bank International PLC>,
//     said … . …, the bank said"); the phrase after "according to" is a
//     reporter too (PolNeAR dev "…, according to the nonpartisan
//     Congressional Budget Office. … the agency said");
//   - bracketed-name: a subject wrapped whole in brackets is the name
//     inside ("(Dumez Investments I Inc) said", "<Mono Gold Mines Inc>
//     said": text.splitAngleMarks reads the wire's angle marks as
//     brackets; before, "Gold Mines Inc>" and "(Dumez … Inc)" as written);
//   - previous-reporter-org/described-reporter: "It said" after a reporter
//     the article describes or names in a form the registry does not hold
//     ("…, the central bank said. It said initial projections …";
//     "Technigen Platinum corp said … . It said values of up to …").
//
// Negatives: a person who reported in between ends the search; a sentence
// whose subject before is another organisation keeps it; a trade noun the
// reporter's name does not hold ("the bank" after an insurer); a document
// ("The review found") is no reporter.
func TestDevc11Forms(t *testing.T) {
	checkForms(t, []formCase{
		{"company, not the one bought", "Harlow Mutual Insurance Co said it agreed to buy a 60 pct stake in Kestrel Holdings Ltd, a Danish shipping company.\n\nThe company said the remaining 40 pct will stay with the founders.", "40 pct", "Harlow Mutual Insurance Co", "verb-cue/strong", ruleDescriptionPrevReporter},
		{"bank, not the parent", "Westmark Bank Ireland, a unit of Westmark Bank Holdings PLC, said profit rose to 12 mln dlrs.\n\nBad debt charges fell to 3 mln dlrs from 5 mln dlrs, the bank said.", "3 mln", "Westmark Bank Ireland", "verb-cue/strong", ruleDescriptionPrevReporter},
		{"after according to", "About 8 pct of households moved last year, according to the Federal Housing Office, and rents rose.\n\nRents rose 4.5 pct, the agency said in its yearly report.", "4.5 pct", "Federal Housing Office", "verb-cue/strong", ruleDescriptionPrevReporter},
		{"it after a described reporter", "Output grew 3.1 pct last year, the statistics office said.\n\nIt said exports rose 7.2 pct.", "7.2 pct", "the statistics office", "verb-cue/strong", rulePrevReporterOrg + "/" + ruleDescribedReporter},
		{"it after an unregistered company", "Norvale Mining corp said drilling on its Blue Ridge property found gold.\n\nThe ore lay near the surface.\n\nIt said grades of 2.5 ounces a ton were found.", "2.5 ounces", "Norvale Mining corp", "verb-cue/strong", rulePrevReporterOrg + "/" + ruleDescribedReporter},
		// bracketed-name
		{"angle-marked company", "<Harlow Mutual Insurance Co> said it sold 300,000 shares to a fund.", "300,000", "Harlow Mutual Insurance Co", "verb-cue/strong", ruleBracketedName + "/proper-name"},
		{"bracketed company", "(Kestrel Holdings Ltd) said 94.7 pct of the shares had been tendered.", "94.7 pct", "Kestrel Holdings Ltd", "verb-cue/strong", ruleBracketedName + "/proper-name"},
		// negatives
		{"a person reported in between", "Harlow Mutual Insurance Co said it agreed to buy a stake in Kestrel Holdings Ltd, a Danish shipping company.\n\nAnalyst John Perry said the price was high.\n\nThe company said 40 pct will stay with the founders.", "40 pct", "Kestrel Holdings Ltd", "verb-cue/strong", ruleApposedDescription + "/appositive"},
		{"another organisation's subject before", "Harlow Mutual Insurance Co said the offer was fair.\n\nKestrel Holdings Ltd, reviewing the offer, came to a similar view. Small holders would get 12 pct of the stock, the company said.", "12 pct", "Kestrel Holdings Ltd", "verb-cue/strong", ruleDescriptionSubject + "/previous-subject"},
		{"trade noun not in the name", "Harlow Mutual Insurance Co said it bought a stake in Baltic Savings Bank, a regional lender.\n\nThe bank said it holds 2 mln accounts.", "2 mln", "Baltic Savings Bank", "verb-cue/strong", "org-description"},
	})
}
