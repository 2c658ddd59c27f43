package lexicon

// SentenceAdverbs are the sentence adverbs and connectives that open a
// sentence and never begin a name, though capitalised there: "Previously
// Redstone said", "Instead, …", "Meanwhile Acme Corp said" (attrib:
// the name reader strips them off a name's front; alone they name no
// source).
var SentenceAdverbs = WordSet(`Previously Instead Meanwhile However Additionally Furthermore Moreover Separately
Elsewhere Nevertheless Nonetheless Currently Recently Initially Finally Overall Similarly Likewise Conversely
Accordingly Consequently Subsequently Ultimately Eventually Originally Traditionally Historically Typically
Generally Usually Normally Sometimes Often Already Again Besides Afterwards Afterward Thereafter Hence Thus
Therefore Otherwise Then Still Yet Also Earlier Later Now Today Yesterday Tomorrow`)

// IndefiniteArticles are the indefinite articles: "a survey", "an
// independent report" name no document or person in particular.
var IndefiniteArticles = WordSet(`a an`)

// IndefiniteDeterminers open a phrase that names no one thing in
// particular: the indefinite articles and "another" ("another report",
// "a senior Democrat"; attrib: a document so opened is no document taken
// up from before, a capitalised word so opened is no name).
var IndefiniteDeterminers = Union(IndefiniteArticles, WordSet(`another`))
