package attrib

import "testing"

// TestDocumentNamedLater: an unnamed, indefinite or bare document in the
// lede is the document the next sentences take up with its owner; a
// definite one, one no later sentence owns, or a new document after it
// keeps its description (documentnamedlater.go).
func TestDocumentNamedLater(t *testing.T) {
	cases := []sourceNameCase{
		{"data published by", "Hospital waiting times rose for a fourth month in May, with thousands of patients waiting more than a day, new figures show.\n\nData published by NHS England on Thursday showed 1,200 patients waited longer than 12 hours.", "thousands", "NHS England"},
		{"a survey carried out by", "Fishing boats have been told to cut their catch after a new survey found the cod stock had fallen by a third since 2015.\n\nThe regulator said on Monday that quotas would be cut.\n\nThe survey, carried out by the Marine Institute, estimated that 4,000 tonnes remained.", "a third", "Marine Institute"},
		{"a report, by", "Rents in the capital rose by 9% last year, a report says.\n\nThe report, by the Residential Tenancies Board, found the average rent was €2,100 a month.", "9%", "Residential Tenancies Board"},
		// the description stays
		{"no owner later", "About 50,000 guns are diverted to criminals every year, federal data shows.\n\nMany more cross state lines undetected.", "About 50,000", "federal data"},
		{"a definite document", "A group of 17 lawmakers has asked the court to annul two contracts worth $1 billion, according to the filing.\n\nThe lawmakers' petition says the company agreed to low royalties.", "$1 billion", "the filing"},
		{"a new document after", "Rents rose by 9% last year, a report says.\n\nA separate study by the Central Bank found rents rose 7%.", "9%", "a report"},
		{"not in the lede", "The council met on Monday.\n\nIt discussed the budget.\n\nRents rose by 9% last year, a report says.\n\nThe report, by the Residential Tenancies Board, found the average rent was €2,100.", "9%", "a report"},
	}
	runSourceNames(t, cases)
}
