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
