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

// A count opening an anonymous subject after a comma ("…, two energy
// ministry officials told Reuters", fresh-10; PolNeAR train "…, three
// current and former Podesta employees said", "five past and current
// employees separately told The Post") is the subject's first word: the
// tail names the source (it gave none).
func TestCountedSubjects(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "two officials told a wire", text: "Indonesia will cut its coal quota to 710 million tonnes next year, two energy ministry officials told Reuters.", num: "710 million tonnes", source: "two energy ministry officials", cue: "told"},
		{name: "three people familiar said", text: "The bank will cut 2,000 jobs, three people familiar with the matter said.", num: "2,000", source: "three people familiar with the matter", cue: "said"},
		{name: "a year is no count", text: "In 2019 three officials said 300 people had died.", num: "300", source: "officials", cue: "said"},
	})
}

// A plain definite description of an organisation with a name in
// apposition is the named one, not the organisation named before
// (fresh-10 "while the central bank, Banco de la República, estimated";
// varied wording below).
func TestDescriptionWithNameAppositive(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "central bank named in apposition after while", text: "The statistics office said exports rose, while the central bank, Bank Indonesia, estimated growth at 5.1 percent.", num: "5.1 percent", source: "Bank Indonesia", cue: "estimated"},
		{name: "the charity named", text: "Shell said output rose. The charity, Oxfam, said 3,000 families had been displaced.", num: "3,000", source: "Oxfam", cue: "said"},
		{name: "market regulator named", text: "Nasdaq listed 40 firms, and the market regulator, the Securities and Exchange Commission, said 12 had filed late.", num: "12", source: "Securities and Exchange Commission", cue: "said"},
		{name: "a place in apposition is no name of it", text: "Acme Corp said sales fell. The company, in a statement, said 300 jobs would go.", num: "300", source: "Acme Corp", cue: "said"},
	})
}

// A parenthetical cue followed by a contrast with a reporting verb of its
// own ("…, the Bank of Tanzania said, while the Tanzania Tourist Board put
// the number of visitors at 1.8 million", fresh-10; PolNeAR train "…,
// KING-TV reported, while in Chicago …, the Chicago Sun-Times reported")
// does not cover the contrast; a contrast without one stays the cue's.
func TestContrastAfterParenthetical(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "while another body put the figure", text: "Earnings reached $3 billion, the central bank said, while the Tourist Board put the number of visitors at 1.8 million.", num: "1.8 million", source: "Tourist Board", cue: "put"},
		{name: "whereas a union estimated", text: "Output fell 4 percent, the ministry said, whereas the miners' union estimated that 2,000 jobs had gone.", num: "2,000", source: "the miners' union", cue: "estimated"},
		{name: "the first figure stays", text: "Earnings reached $3 billion, the central bank said, while the Tourist Board put the number of visitors at 1.8 million.", num: "$3 billion", source: "the central bank", cue: "said"},
		{name: "a contrast without a cue stays the speaker's", text: "About 300 people helped, Bob Smith said, while 40 others refused to help.", num: "40", source: "Bob Smith", cue: "said"},
	})
}
