package attrib

import "testing"

// Forms found by `extract eval --by-rule` over the pooled dev claims golds
// (branch srcprec): the name rule "it" took the nearest name-shaped junk
// before it — a unit letter run into a number (rule unit-letter-no-name),
// a measure's or a place's acronym (rules measure-acronym,
// place-acronym-no-org) — or the nearest name where the sentence before
// spoke of a body by its head (rule it-previous-body); a short name of two
// people named family name first (rule surname-first-nearest); a title the
// table lacked ("National Statistician", lexicon titles); a description
// whose domain the nearest name lacks (rule domain-modifier).
func TestSrcPrecSourceForms(t *testing.T) {
	cases := []sourceNameCase{
		// unit-letter-no-name: "44C" holds no name "C"
		{"it after temperatures in C", "The weather service ANAM issued a warning. Daytime highs in the capital reached 44C, and night-time temperatures did not fall below 32C, the agency said. It forecast 45 degrees for Sunday.", "45 degrees", "ANAM"},
		{"it after a reading in F", "The National Weather Service warned of heat. Temperatures in the city hit 118F on Tuesday. It said 12 records had fallen.", "12", "National Weather Service"},
		{"it after a voltage", "Duke Energy restored power on Friday. Lines carry 230V to homes and 11kV between substations. It said 4,000 customers were still waiting.", "4,000", "Duke Energy"},
		// measure-acronym (GDP, CPI), place-acronym-no-org (US): no organisation
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
		// surname-first-nearest: a family name written first is the
		// nearest such name before it
		{"two Kims, the analyst later", "Kim Jae-june, an executive vice president, told analysts sales would grow. Kim Dong-won, an analyst at KB Securities, said Samsung lagged. Kim cut his target price to 80,000 won.", "80,000 won", "Kim Dong-won"},
		{"two Kims, the executive later", "Kim Dong-won, an analyst, said Samsung lagged. Kim Jae-june, executive vice president of the memory business, spoke on the call. \"Sales rose 70 percent,\" Kim said.", "70 percent", "Kim Jae-june"},
		{"two Lins in Taipei", "Chairman Lin Wen-chieh opened the plant. Lin Mei-ling, an analyst at Yuanta, doubts the boom. Lin said margins would fall to 20 percent.", "20 percent", "Lin Mei-ling"},
		{"one Park", "Union official Park Min-ji addressed the rally. \"We lost 28,000 jobs,\" Park told reporters.", "28,000", "Park Min-ji"},
		// given names stay ambiguous: two people open with "Imad"
		{"two given names, no choice", "Imad Wasim took five wickets. Imad Butt made 40 runs. \"I have played this game for 20 years,\" Imad told the broadcaster.", "20 years", "Imad"},
		// a statistician's title is no part of the name
		{"National Statistician", "National Statistician Claire Dennis Mapa told a briefing that inflation slowed. Rice has a weight of about 8.9 percent in the index, Mapa said.", "about 8.9 percent", "Claire Dennis Mapa"},
		{"Government Statistician", "Government Statistician Samuel Kobina Annim said prices rose. Food inflation reached 23 percent, Annim said.", "23 percent", "Samuel Kobina Annim"},
		// Filipino "ng" joins one name (nameConnectorWords)
		{"BSP by its acronym", "The range was projected by the Bangko Sentral ng Pilipinas (BSP). The BSP said in a statement that inflation would average 2.4 percent this year.", "2.4 percent", "Bangko Sentral ng Pilipinas"},
		{"Bangko Sentral ng Pilipinas said", "Inflation would average 3.1 percent this year, the Bangko Sentral ng Pilipinas said on Thursday.", "3.1 percent", "Bangko Sentral ng Pilipinas"},
		// domain-modifier: a description's domain noun the name lacks,
		// the name holding another portfolio, keeps the description
		{"weather agency after a ministry", "Tajikistan harvested less cotton, the Ministry of Agriculture said. Rainfall was 38 mm, a third of the average, according to the state weather agency.", "38 mm", "the state weather agency"},
		{"transport company after a chamber", "Revenue is forecast to rise 4%, the Ministry of Finance said. The Estonian Chamber of Commerce and Industry said in a letter to the council that higher fees would hurt shops. Public transport will remain free, a policy that costs the city about €80 million a year, according to the municipal transport company.", "about €80 million", "the municipal transport company"},
		{"energy agency after a finance ministry", "The Ministry of Finance set the budget. Demand rose 4 percent, the national energy agency said.", "4 percent", "the national energy agency"},
		// the name holds the domain, or no portfolio at all: resolved as before
		{"health agency after a health ministry", "The Ministry of Health issued figures on Monday. About 1,200 people were admitted, the health agency said.", "About 1,200", "Ministry of Health"},
		{"oil company after a company name", "Shell posted results on Thursday. Output rose 3 percent, the oil company said.", "3 percent", "Shell"},
		{"energy company after a company name", "Shell posted results on Thursday. Output rose 3 percent, the energy company said.", "3 percent", "Shell"},
	}
	runSourceNames(t, cases)
}
