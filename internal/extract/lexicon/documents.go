package lexicon

// Documents and their owners (attrib/documents.go): a report, a filing or a
// poll says what its owner says.

// DocNouns head a phrase that stands for a document or a body of data
// someone issues; messages too, whose sender says what they say
// ("according to a tip from Dr. Robert C. Miller", Brown ca32; "according
// to an email from the president", "A message from Undersecretary …",
// PolNeAR train); an index its publisher compiles ("according to the
// latest index from Nationwide Building Society", articles-dev-1; "The
// Rating and Valuation Department's index", articles-dev-2). "tip" is also
// a gratuity; no dev text reads one as a document, and without the word
// only ca32's source is lost (web-dev-12 source 0.960 → 0.954), so it stays
// unconditioned.
var DocNouns = WordSet(`report reports study studies review reviews analysis analyses audit audits
survey surveys poll polls research findings filing filings lawsuit lawsuits suit complaint complaints petition letter letters
memo memos statement statements release figures data estimates statistics numbers list document documents
disclosure disclosures paper papers brief briefing budget forecast forecasts projections tally count
investigation assessment evaluation record records spreadsheet chart table dossier indictment motion
form forms return returns accounts results bulletin bulletins submission submissions website websites index
plan plans proposal proposals strategy email emails e-mail message messages tip tips`)

// FigureDocNouns are the documents that hold figures, which a later
// "the report" or "the figures" may name with another noun than the first
// mention's ("the quarterly crime statistics released by the police …,
// the report added"; attrib rule other-kind-document): the figures
// themselves (FigureAnaphors) and the reports, surveys and studies that
// publish them. Statements, letters, filings and plans are not among them.
var FigureDocNouns = Union(FigureAnaphors, WordSet(`report reports index survey study`))

// DocumentAsides are the participles that open an aside about a document
// between it and its verb, set off by commas: "The audit, dated August 14
// and addressed to the minister, found", "The letter, sent to the mayor,
// said" (attrib rule document-aside-over-comma).
var DocumentAsides = WordSet(`dated addressed sent signed seen obtained prepared commissioned published released leaked
submitted written delivered circulated`)

// ForecastNouns name a figure a source states ahead and may revise: "the
// ministry's estimate puts …", "raised its forecast to …", "cut its
// revenue growth outlook to 2%". Their readers add their own words: attrib's
// planNouns (a plan, a budget) and revisedNouns (a toll, a target),
// quantity's planNouns (guidance, expectations).
var ForecastNouns = WordSet(`forecast forecasts estimate estimates projection projections outlook`)

// OwnDocNouns are the documents an organisation keeps about itself, whose
// "of" names their owner, not a topic: "the accounts of its operating
// company, X", "the results of Dangote Cement" (attrib rule
// document-of-owner; "a review of …", "a study of …" name what they are
// about).
var OwnDocNouns = WordSet(`accounts results website websites filing filings records statements`)

// PressPieces are the documents a publication prints or airs: "according
// to a report in Kompas", "a new article in Politico" (attrib
// document-in-publication).
var PressPieces = WordSet(`report article story piece editorial op-ed column interview feature investigation`)

// MediaHeads end the names of news outlets ("RTÉ News", "The Irish
// Times", "Kaieteur News", "The Sunday Independent") or are one
// ("Reuters", "BBC"); MediaNouns describe one ("this newspaper"). An
// outlet that "understands" something reports it (attrib cueGuards).
var MediaHeads = WordSet(`News Times Post Herald Independent Journal Telegraph Guardian Examiner Star Standard Tribune Mail
Express Gazette Chronicle Observer Mirror Sun Nation Inquirer Reuters Bloomberg BBC RTÉ RTE ITV CNN CBC ABC NPR AFP Newshub Stuff`)

// MediaNouns describe a news outlet.
var MediaNouns = WordSet(`newspaper paper website site broadcaster outlet publication magazine station channel`)

// PublicationLinks join a press piece to its publication.
var PublicationLinks = WordSet(`in on`)

// IssueVerbs put a document out under their subject's name ("the union
// filed a lawsuit alleging …", "the ministry released figures showing …").
var IssueVerbs = WordSet(`released releases releasing published publishes publishing issued issues
issuing filed files filing submitted submits submitting produced produces unveiled unveils sent sends
circulated circulates distributed posted compiled prepared commissioned`)

// AgentParticiples put a document under the name after their "by" in a
// parenthetical: "The report, published by the Australian Bureau of
// Statistics, showed …", "The survey, conducted by Afrobarometer in March,
// found …" (the owner, not the document, is the source).
var AgentParticiples = WordSet(`published released conducted compiled commissioned produced issued prepared
carried run undertaken authored written led`)

// ViewerParticiples put a document before the one who saw or got it, not
// its owner: "according to budget documents seen by Reuters", "documents
// obtained by The Associated Press" (the documents, not the reporter, are
// the source).
var ViewerParticiples = WordSet(`seen obtained viewed leaked`)

// FindingVerbs are the plain verbs by which documents and data state what
// they hold, in the base form after a plural ("G-III reports show",
// "police records say", "New CNN polls out Monday show"): the tagger
// often reads them as nouns there. attrib's reportsShow adds "reveal",
// docOutShows "find".
var FindingVerbs = WordSet(`show say indicate suggest`)

// FreshWords modify a document without naming its owner ("New CNN polls",
// "the latest Pew survey").
var FreshWords = WordSet(`new latest recent last first final annual monthly weekly quarterly draft
full preliminary internal confidential separate own`)

// NonOwnerAcronyms are acronyms that modify a document without owning it:
// places (PlaceAcronyms: "a U.S. study") and measures (MeasureAcronyms:
// "the GDP report", "CPI figures").
var NonOwnerAcronyms = Union(PlaceAcronyms, MeasureAcronyms)

// PlaceAcronyms are the acronyms of places: a document's modifier, no
// owner ("a U.S. study"), and no organisation a pronoun or "the company"
// stands for, no reporter ("U.S. officials said"). attrib's name registry
// reads these alone: it holds no MeasureAcronyms entity.
var PlaceAcronyms = WordSet(`U.S. U.S US USA U.S.A. UK U.K. U.K GB EU-wide`)

// MeasureAcronyms name economic measures, never an organisation that could
// assert a number: "the GDP" is no antecedent of "it said" or "the
// brokerage said" (attrib's guard measure-acronym, which explain names; "84 percent of GDP. It
// also said", articles-dev-1; "60 per cent of the GDP, … the brokerage
// said", web-dev-8).
var MeasureAcronyms = WordSet(`GDP GNP GNI GVA CPI PPI PMI PCE NFP YOY QOQ`)
