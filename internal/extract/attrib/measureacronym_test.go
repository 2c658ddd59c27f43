package attrib

import "testing"

// Rule measure-acronym (lexicon.MeasureAcronyms, names.go): the acronym of
// an economic measure ("GDP", "CPI", "PMI") is never a name the registry
// keeps, so "it said" or "the brokerage said" after "… of GDP" goes to the
// body that speaks ("84 percent of GDP … It also said": articles-dev-1's
// Egypt report; "60 per cent of the GDP, … the brokerage said": web-dev-8's
// Indian forecast). Varied wording; real acronyms of bodies still resolve.
func TestMeasureAcronym(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "it after of GDP", text: "The International Monetary Fund approved a loan last year. In its latest review, the fund said Egypt's debt would fall to 84 percent of GDP by mid-2026. It also said that $2.5 billion of sales had been completed.", num: "$2.5 billion", source: "International Monetary Fund", mention: "It", cue: "said"},
		{name: "it after CPI", text: "Statistics Canada published its figures on Tuesday. The agency said the CPI rose 3.1% in May from a year earlier. It said shelter costs climbed 6.2%.", num: "6.2%", source: "Statistics Canada", mention: "It", cue: "said"},
		{name: "the brokerage after the GDP", text: "Nomura Securities cut its outlook on Monday. Consumption, which makes up 55 per cent of the GDP, will shrink, the brokerage said.", num: "55 per cent", source: "Nomura Securities", mention: "the brokerage", cue: "said"},
		{name: "it after the PMI", text: "Caixin published its survey on Monday. The publisher said the PMI slipped in June. It said new orders fell to 47.1.", num: "47.1", source: "Caixin", mention: "It", cue: "said"},
		// negatives: an acronym of a body is still one
		{name: "IMF acronym", text: "The IMF cut its forecast for the region. It said growth would slow to 2.1% this year.", num: "2.1%", source: "IMF", mention: "It", cue: "said"},
	})
}
