package lexicon

// Modals are the English modal verbs, the one row every reader of modals
// starts from ("could fall", "one might expect", "will be 84"). A reader
// whose list differs says so with Union and Without.
var Modals = WordSet(`can could may might must shall should will would`)

// Without is a new set of the words of s except those of the
// space-separated list drop: a shared row less the words one reader leaves
// out (Without(Modals, "shall")).
func Without(s map[string]bool, drop string) map[string]bool {
	m := Union(s)
	for w := range WordSet(drop) {
		delete(m, w)
	}
	return m
}
