package attrib

import "testing"

// TestApposedDescriptionForms: rule apposed-description read wider (pooled
// dev claims golds, articles-dev: "according to property consultancy
// ValuStrat. … the consultancy said" in the UAE, "JA Zen-Noh, the national
// federation of agricultural cooperatives, rejected the criticism. …, the
// federation said" in Japan): the description's head may be any common
// noun of a thing that the article put right before a name ("the
// consultancy", "the operator", "the think tank" is "tank" too), and the
// introduction may be an appositive after the name (rule
// apposed-description/appositive: "X, the Y of …," and "X, a Y,").
// Negatives: a document, or a description whose modifiers the
// introduction lacks, goes on to the other steps.
func TestApposedDescriptionForms(t *testing.T) {
	app := ruleApposedDescription + "/appositive"
	checkForms(t, []formCase{
		{"consultancy before the name", "Office rents rose 4 percent, according to property consultancy Knightsbridge Partners. Prices for homes climbed 9 percent, the consultancy said.", "9 percent", "Knightsbridge Partners", "verb-cue/strong", ruleApposedDescription},
		{"think tank before the name", "Coal's share fell, said an analyst at the energy think tank Ember Futures. Solar met 12 percent of demand in May, the think tank said.", "12 percent", "Ember Futures", "verb-cue/strong", ruleApposedDescription},
		{"federation in an appositive", "Nokai Zenren, the national federation of dairy cooperatives, rejected the criticism. In a statement, the federation said it had shipped 80 percent of its stock.", "80 percent", "Nokai Zenren", "verb-cue/strong", app},
		{"indefinite appositive", "Grupo Mareva, a Peruvian fishing cooperative, landed its catch on Monday. Inspectors visited the port. The cooperative said 300 boats stayed in harbour.", "300 boats", "Grupo Mareva", "verb-cue/strong", app},
		{"operator in an appositive, modifier kept", "Lakeline Transit, the regional rail operator, cut services. The minister criticised the decision. The rail operator said 40 trains a day would run.", "40 trains", "Lakeline Transit", "verb-cue/strong", app},
		// negatives
		{"a modifier the appositive lacks", "Lakeline Transit, the regional rail operator, cut services. The bus operator said 40 buses a day would run.", "40 buses", "Lakeline Transit", "verb-cue/strong", "org-description"},
		{"a document is no introduction", "The finance ministry published the review Fiscal Outlook on Monday. The review found 12 percent of spending was wasted.", "12 percent", "The finance ministry", "verb-cue/strong", "document-author/document-issued-by-subject"},
	})
}
