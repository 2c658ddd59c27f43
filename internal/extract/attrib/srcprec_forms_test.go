package attrib

import "testing"

// Forms found by `extract eval --by-rule` over the pooled dev claims golds
// (branch srcprec): the name rule "it" took the nearest name-shaped junk
// before it — a unit letter run into a number (rule unit-letter-no-name),
// a place's or a measure's acronym (rule measure-acronym-no-org) — or the
// nearest name where the sentence before spoke of a body by its head
// (rule it-previous-body).
func TestSrcPrecSourceForms(t *testing.T) {
	cases := []sourceNameCase{
		// unit-letter-no-name: "44C" holds no name "C"
		{"it after temperatures in C", "The weather service ANAM issued a warning. Daytime highs in the capital reached 44C, and night-time temperatures did not fall below 32C, the agency said. It forecast 45 degrees for Sunday.", "45 degrees", "ANAM"},
		{"it after a reading in F", "The National Weather Service warned of heat. Temperatures in the city hit 118F on Tuesday. It said 12 records had fallen.", "12", "National Weather Service"},
		{"it after a voltage", "Duke Energy restored power on Friday. Lines carry 230V to homes and 11kV between substations. It said 4,000 customers were still waiting.", "4,000", "Duke Energy"},
		// measure-acronym-no-org: GDP, US, CPI are no organisation
		{"it after GDP", "The International Monetary Fund approved the loan. In its review, the fund said debt would fall to 84 percent of GDP. It also said that $2.5 billion of sales had been completed.", "$2.5 billion", "International Monetary Fund"},
		{"it after CPI", "The Reserve Bank of India held rates. Inflation measured by the CPI eased in May. It said growth would reach 7.2 percent.", "7.2 percent", "Reserve Bank of India"},
		{"the company after US", "Sunfar Thermal Technology is worth about NT$48 billion (US$1.5 billion). A fire halted two lines, which the company said cost it NT$150 million.", "NT$150 million", "Sunfar Thermal Technology"},
		// an organisation acronym stays one
		{"it after an organisation's acronym", "The World Health Organization (WHO) met on Monday. It said 40 countries had reported cases.", "40", "World Health Organization"},
		// it-previous-body: the body the sentence before spoke of
		{"it after the tribunal", "For the company, Lewis Baglietto KC argued that 40 staff were made redundant.\n\nThe tribunal rejected that account. It noted that the company had advertised for four new croupiers.", "four", "tribunal"},
		{"it said after the health ministry", "The national meteorological agency ANAM said the heat would last. The health ministry said hospitals had admitted 1,150 patients. At least 102 people have died, it said.", "At least 102", "health ministry"},
		{"it added after the regulator", "Ofgem is the energy regulator. Octopus Energy raised its prices. The regulator said the cap would rise. It added that 2 million households were in arrears.", "2 million", "Ofgem"},
		// a named subject before is prevSubjectOrg's, as before
		{"it after a named body", "Lawyers for the firm objected. The Employment Tribunal rejected that account. It noted that 15 staff had been replaced.", "15", "Employment Tribunal"},
		// a document or medium in the sentence before may be what "it" is
		{"it reads after an email", "Lawyers for the firm wrote. The campaign sent an email to donors. At the bottom it reads that 35 people gave.", "35", ""},
		{"it after the report, no body", "The Environment Agency published its data. The report found rivers in poor health. It said 40 percent of sites failed.", "40 percent", "Environment Agency"},
	}
	runSourceNames(t, cases)
}
