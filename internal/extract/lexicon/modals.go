package lexicon

// Modals are the English modal verbs, the one row every reader of modals
// starts from ("could fall", "one might expect", "will be 84"). A reader
// that needs more words says so with Union.
var Modals = WordSet(`can could may might must shall should will would`)
