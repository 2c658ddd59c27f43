package attrib

import "testing"

// TestDescriptionSubject: rule description-subject, a bare "the company",
// "the group", "the agency", "the association" standing for the subject of
// its own sentence or of the sentence before rather than an organisation
// named nearer as an object, in an appositive or a relative clause. Forms
// of four dev sources: articles-dev (Hong Kong developer's own sentence;
// Debswana's appositive partner; the State Claims Agency's relative clause
// naming the HSE), web-dev's CNET page (Verizon before the FCC). Negatives:
// a public body is no "company"; a name holding another organisation head
// is no "agency"; a possessive subject is the owner's product; a common
// noun opening the sentence is no name; a person is no organisation.
func TestDescriptionSubject(t *testing.T) {
	own := ruleDescriptionSubject + "/own-subject"
	prev := ruleDescriptionSubject + "/previous-subject"
	checkForms(t, []formCase{
		{"own subject past an appositive", "Marlow Homes, the region's second-largest builder, sold 310 of its 400 units in the first week, the company said.", "310", "Marlow Homes", "verb-cue/strong", own},
		{"own subject, the group", "Vantor Holdings Group cut 1,200 jobs after the Finance Committee vote, the group said on Monday.", "1,200 jobs", "Vantor Holdings Group", "verb-cue/strong", own},
		{"previous subject, not the partner in its appositive", "Kelvana Mining, the joint venture between the state and Orrell Minerals, reported a drop in output.\n\nSales fell to 4.1 million carats, the company said.", "4.1 million carats", "Kelvana Mining", "verb-cue/strong", prev},
		{"previous subject, not the body of its relative clause", "The State Pensions Agency, which pays claims against the Revenue Board, paid 300 claims last year. The agency said 1,400 more were pending.", "1,400", "State Pensions Agency", "verb-cue/strong", prev},
		{"previous subject, not the regulator it sued", "Telmar Telecom sued the Communications Authority over a licence fee. The company said 2 million customers were affected.", "2 million customers", "Telmar Telecom", "verb-cue/strong", prev},
		{"a bare company name, named again", "Verizon is nearing the end of the fibre project Verizon began in 2004. The company said it now has 3.8 million customers.", "3.8 million customers", "Verizon", "verb-cue/strong", prev},
		{"a company of unknown kind, its own sentence's reporter", "Kelvana, the state's mining venture, reported a fall in output on Monday.\n\nSales fell to 9.2 million carats, the company said in a statement.", "9.2 million carats", "Kelvana", "verb-cue/strong", prev},
		// negatives: another step decides
		{"a storm is no agency", "Typhoon Mirae made landfall on Kyushu, the Japan Meteorological Agency said.\n\nThe agency said up to 500mm of rain could fall.", "500mm", "Japan Meteorological Agency", "verb-cue/strong", "org-description"},
		{"a one-word opening named once", "WARSAW — Intruders copied the details of about 410,000 customers of Paylio, the payments app, the company said.", "410,000", "Paylio", "verb-cue/strong", "org-description"},
		{"a coordination is no agency", "The Weather Agency warned of floods. Lanka Airways and Coral Airlines cancelled 300 flights. Rivers rose by 2 metres, the agency said.", "2 metres", "Weather Agency", "verb-cue/strong", "org-description"},
		{"a public body is no company", "The Energy Commission fined Brightwell Power Corp on Monday. The company said it would pay 40 percent of the fine.", "40 percent", "Brightwell Power Corp", "verb-cue/strong", "org-description"},
		{"a product is no company", "Tesla's Model Y sold 4,000 units in May, the company said.", "4,000 units", "Tesla", "verb-cue/strong", "org-description"},
		{"a sentence's common first word is no name", "Korvia Airlines reported a profit. Tourist arrivals hit a record. Revenue rose 27 per cent, the company said.", "27 per cent", "Korvia Airlines", "verb-cue/strong", ruleDescriptionPrevReporter},
	})
}
