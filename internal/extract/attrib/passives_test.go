package attrib

import "testing"

// An expletive "it" with a contracted "is" before a passive cue and "that"
// names no source, as the full "it is" does ("it’s projected that",
// "it’s estimated that", "it's thought that", WCXB; "It’s implied that",
// "it's assumed that", ingest-dev); a pronoun's contracted "has" keeps its
// source ("He's said 20 …", "who's called for").
func TestExpletiveItContracted(t *testing.T) {
	runKindCases(t, []kindCase{
		{"straight, estimated", "It's estimated that 40 people died in the fire.", "40", "", ""},
		{"curly, thought", "It’s thought that 300 homes were lost.", "300", "", ""},
		{"mid-sentence, believed", "In fact, it's believed that nearly 31% of adults smoke.", "31%", "", ""},
		{"curly, projected, adverb", "By 2024, it’s widely projected that there will be 110 million buyers.", "110 million", "", ""},
		{"expected", "It's expected that 2,000 fans will attend.", "2,000", "", ""},
		{"reported", "It’s reported that 12 ships sank off the coast.", "12", "", ""},
		{"said", "It's said that 70 percent of the forest is gone.", "70 percent", "", ""},
		{"full form still none", "It is estimated that 40 people died in the fire.", "40", "", ""},
		{"contracted has, that", "He's said that 20 people died.", "20", "He", kindPerson},
		{"contracted has, curly", "She’s said 20 people died.", "20", "She", kindPerson},
		{"it said, no contraction", "It said that 40 jobs would go.", "40", "It", ""},
		{"it's, no that", "It's thought 40 people died.", "40", "", ""},
	})
}
