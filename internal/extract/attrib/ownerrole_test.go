package attrib

import "testing"

// Rule owner-role (ownerrole.go): "the <owner>'s <role>" as a quote's
// speaker is the person named with that role before, in a sentence naming
// the owner ("The chief executive of the Belfast … Trust, Jennifer Welsh";
// articles-dev-5's Northern Ireland report), or that first description as
// written when no one is named ("The chairman of the Swaziland Cane
// Growers Association"; articles-dev-5's Eswatini report); staff in the
// plural stand for the body ("the broker's analysts" after Kasikorn
// Securities; articles-dev-4's Thai report). Varied wording; with no
// first mention the phrase stays as written.
func TestOwnerRole(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "role of the Trust, name after", text: "The chief executive of the Western Health Trust, Mary Quinn, said beds were short. Asked about money, she shook her head. 'We need 300 more nurses,' the trust's chief executive said.", num: "300", source: "Mary Quinn", mention: "the trust's chief executive", cue: "said"},
		{name: "name first, role of the Union", text: "Peter Nkosi, general secretary of the Mineworkers Union, spoke in Rustenburg. Managers stayed away. \"We have lost 4,000 jobs,\" the union's general secretary said.", num: "4,000", source: "Peter Nkosi", mention: "the union's general secretary", cue: "said"},
		{name: "title before the name", text: "Harbour Authority chairman Sean Daly opened the quay on Monday. Fishermen watched. \"It cost 12 million euros,\" the authority's chairman said.", num: "12 million euros", source: "Sean Daly", mention: "the authority's chairman", cue: "said"},
		{name: "possessive appositive", text: "Tom Hart, the union's general secretary, spoke on Monday. Ministers met too. \"We have 4,000 members,\" the union's general secretary said.", num: "4,000", source: "Tom Hart", mention: "the union's general secretary", cue: "said"},
		{name: "no name: the first description", text: "The chairman of the Kilimanjaro Coffee Growers Association said members were losing money. \"A farmer with two hectares will lose 300,000 shillings,\" the association's chairman said.", num: "300,000 shillings", source: "chairman of the Kilimanjaro Coffee Growers Association", mention: "the association's chairman", cue: "said"},
		{name: "staff of a broker", text: "Nomura Securities cut its target for the shares. \"We expect three more quarters of losses,\" the broker's analysts wrote.", num: "three", source: "Nomura Securities", mention: "the broker's analysts", cue: "wrote"},
		// negatives: no first mention of the role, or a capitalised word
		// opening the quote is no body
		{name: "no first mention", text: "The Belfast Health Trust published its figures. \"We are short of 300 nurses,\" the trust's spokeswoman said.", num: "300", source: "the trust's spokeswoman", mention: "the trust's spokeswoman", cue: "said"},
		{name: "staff, no body named", text: "Barclays raised its forecast on Monday. \"Rates will hit 5% by June,\" the bank's economists wrote.", num: "5%", source: "the bank's economists", mention: "the bank's economists", cue: "wrote"},
	})
}
