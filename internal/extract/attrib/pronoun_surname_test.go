package attrib

import "testing"

// "“…,” he said" after "“…,” Clinton said" in an article naming two
// people of that surname refers to the one of the pronoun's gender, not
// to the nearer full name of the other (pronounFullest; PolNeAR train:
// Bill Clinton campaigning "for his wife Hillary Clinton"; the Fords, the
// Trudeaus and the Trumps of other news).
func TestPronounAfterSharedSurname(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "he after Clinton said, wife named last", text: "Former President Bill Clinton spoke in Flint for his wife Hillary Clinton.\n\n\"It does not make any sense,\" Clinton said.\n\n\"So 25 million more people have healthcare,\" he said.", num: "25 million", source: "Bill Clinton", cue: "said"},
		{name: "she after Clinton said, husband named last", text: "Hillary Clinton spoke in Flint with her husband, Bill Clinton.\n\n\"It does not make any sense,\" Clinton said.\n\n\"So 25 million more people have healthcare,\" she said.", num: "25 million", source: "Hillary Clinton", cue: "said"},
		{name: "he after Ford said, brother named last", text: "Premier Doug Ford toured the plant with his late brother's widow, Renata Ford.\n\n\"This is a great day,\" Ford said.\n\n\"We're creating 1,500 jobs,\" he said.", num: "1,500", source: "Doug Ford", cue: "said"},
		// the surname resolved to the pronoun's gender already stays
		{name: "she after Ford said, she named last", text: "Premier Doug Ford toured the plant with Renata Ford.\n\n\"This is a great day,\" Ford said.\n\n\"We're hiring 300 people,\" she said.", num: "300", source: "Renata Ford", cue: "said"},
	})
}

// A "he"/"she" after "X, a spokesman for Y, said" is X, not Y, the
// object of X's role (roleObject; PolNeAR train: "Brendan Buck, a spokesman for
// House Speaker Paul Ryan", "Tad Devine, a senior adviser to Mr.
// Sanders", "David Axelrod, a longtime adviser to Barack Obama"; Canadian
// news: "a spokesperson for Premier Danielle Smith"). A capitalised title
// ("Secretary of State Hillary Clinton") is no role's object.
func TestPronounPastRoleObject(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "spokesman for the Speaker, he said", text: "Brendan Buck, a spokesman for House Speaker Paul Ryan, said the bill would pass. \"We have 230 votes,\" he said.", num: "230", source: "Brendan Buck", cue: "said"},
		{name: "adviser to Mr., he said", text: "Tad Devine, a senior adviser to Mr. Sanders, said the campaign was strong. \"We raised $20 million last month,\" he said.", num: "$20 million", source: "Tad Devine", cue: "said"},
		{name: "spokesperson for the premier, she said", text: "Jane Doe, a spokesperson for Premier Danielle Smith, said the province had hired more staff. \"We've added 400 nurses since June,\" she said.", num: "400 nurses", source: "Jane Doe", cue: "said"},
		{name: "says X, a longtime adviser to Y, then he said", text: "\"The debate is an opportunity,\" says David Axelrod, a longtime adviser to Barack Obama.\n\n\"Impeaching Trump is one of two imperatives,\" he said.", num: "two", source: "David Axelrod", cue: "said"},
		{name: "a title is no role object", text: "The other candidate, former Secretary of State Hillary Clinton, drew a contrast.\n\n\"We need a $12 minimum wage,\" she said.", num: "$12", source: "Hillary Clinton", cue: "said"},
	})
}

// A place named in a relative clause between a speaker and her speech
// verb is no "she" (PolNeAR train: "Sandy Phillips, who lost her daughter
// … during the mass shooting in Aurora, Colorado, in July 2012, said …" ¶
// "“…,” she said" was Colorado).
func TestPronounPastPlace(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "state in a relative clause, she said", text: "Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said the call went badly.\n\n\"He was 15 minutes late to that call,\" she said.", num: "15 minutes", source: "Sandy Phillips", cue: "said"},
		{name: "province in a relative clause, he said", text: "Tom Reid, who farms near Brandon, Manitoba, since 1990, said the crop failed.\n\n\"We lost 40 per cent of the canola,\" he said.", num: "40 per cent", source: "Tom Reid", cue: "said"},
	})
}

// A place of several words is no unknown person a "he" may fall back to
// (personLikeWords; PolNeAR train: "… made their cases to voters in New
// Hampshire …" ¶ "“…,” he said, noting that …" gave "New Hampshire").
func TestPronounNotMultiWordPlace(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "US state", text: "The candidates made their cases to voters in New Hampshire on Wednesday.\n\n\"We have come a long way,\" he said, noting that he had trailed by 50 points.", num: "50 points", source: "he", mention: "he", cue: "noting"},
		{name: "Canadian province", text: "The leaders made their pitch to voters in Nova Scotia on Monday.\n\n\"We have come a long way,\" he said, noting that he had trailed by 20 points.", num: "20 points", source: "he", mention: "he", cue: "noting"},
		{name: "a person of two unknown words still is one", text: "Voters met Kofi Mensah on Monday.\n\n\"We have come a long way,\" he said, noting that he had trailed by 20 points.", num: "20 points", source: "Kofi Mensah", cue: "noting"},
	})
}
