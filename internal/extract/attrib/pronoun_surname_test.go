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
