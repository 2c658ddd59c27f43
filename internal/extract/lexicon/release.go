package lexicon

// FigureAnaphors are the plural and mass nouns by which a sentence refers
// back to the figures of the sentence before it ("… 1,200 jobs would go.
// The figures were released by the union."): one row each.
var FigureAnaphors = WordSet(`figures data numbers statistics stats estimate estimates findings results count tally
totals`)

// FigureDeterminers open a noun phrase that points back at figures ("The
// figures", "These numbers", "published those data").
var FigureDeterminers = WordSet(`the these those`)

// ComeForms are the forms of "come" in "The figures came from …".
var ComeForms = WordSet(`came come comes`)

// ReleaseVerbs are the forms of the verbs by which an organisation puts
// figures out ("were released by", "published the figures"), past
// participle and past tense alike.
var ReleaseVerbs = WordSet(`released published compiled issued provided produced announced reported collected
gathered supplied prepared`)

// ContainVerbs are the participles by which figures sit in a document
// ("The numbers were contained in a report released by …").
var ContainVerbs = WordSet(`contained included published given set`)
