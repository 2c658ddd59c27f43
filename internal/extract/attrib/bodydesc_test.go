package attrib

import "testing"

// A description of a kind of body ("the regulator", "the market
// regulator", "the watchdog") is the nearest body named before whose name
// marks that kind (lexicon.BodyDescriptions), not a company named in
// between (fresh-10: the ACCC past Qantas, "The market regulator" for
// SEBI; ingest pages: "the regulator" for the FDIC, "The markets
// regulator"). Without such a body the description stays as written.
func TestBodyDescriptions(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "regulator past the company it fined", text: "The Financial Conduct Authority fined Barclays on Tuesday. The regulator said 4,000 customers had been overcharged.", num: "4,000", source: "Financial Conduct Authority", cue: "said"},
		{name: "markets regulator, acronym", text: "The Securities and Exchange Board of India (SEBI) banned two brokers. The markets regulator said investors had lost Rs 120 crore.", num: "Rs 120 crore", source: "Securities and Exchange Board of India", cue: "said"},
		{name: "watchdog over a paragraph", text: "The Competition Commission raided three banks in Johannesburg.\n\nThe watchdog said it had found collusion worth R2 billion.", num: "R2 billion", source: "Competition Commission", cue: "said"},
		{name: "energy regulator past a utility", text: "The Energy Regulatory Office approved a tariff rise for Eskom. The energy regulator said bills would rise 12.7 percent in April.", num: "12.7 percent", source: "Energy Regulatory Office", cue: "said"},
		{name: "no body named: the description stays", text: "Shell said profits fell. The regulator said 30 wells had leaked.", num: "30", source: "The regulator", cue: "said"},
	})
}
