package lexicon

import (
	"strings"
	"unicode"
)

// Cue lexicon.
//
// The verbs below are the attribution cues of the PolNeAR train split
// (../shared/eval/polnear/train), counted by the first word of every
// annotated Cue span (all relations, not only numeric ones) and grouped by
// lemma; a lemma is kept when its forms occur at least 10 times in train and
// it introduces reported content (speech, writing, finding, estimating,
// showing). Counts are the train totals of the listed forms, printed by
// `extract eval attribution --polnear DIR --split train --cue-counts`.
// Besides speech, the lexicon holds the verbs by which a subject asserts a
// figure (belief, expectation, estimate, assessment, accusation, proposal,
// plan, pledge; see attitudeCues, accusationCues and attribution.go); these
// need a clause or an object holding a number. Verbs that PolNeAR annotates
// but that only narrate an act (endorse, unveil, criticize, grill, impose,
// rail against, …) are left out: a number after them is not the subject's
// figure.
//
// Each entry maps a surface form to its lemma.
var CueVerbs = map[string]string{}

// cueLemmas lists lemma → surface forms (train count in the comment).
var cueLemmas = map[string][]string{
	"say":         {"say", "says", "said", "saying"},                                                                  // 5514
	"tell":        {"tell", "tells", "told", "telling"},                                                               // 499
	"add":         {"add", "adds", "added", "adding"},                                                                 // 312
	"write":       {"write", "writes", "wrote", "writing"},                                                            // 283
	"note":        {"note", "notes", "noted", "noting"},                                                               // 159
	"report":      {"report", "reports", "reported", "reporting"},                                                     // 113
	"announce":    {"announce", "announces", "announced", "announcing"},                                               // 100
	"suggest":     {"suggest", "suggests", "suggested", "suggesting"},                                                 // 157
	"argue":       {"argue", "argues", "argued", "arguing"},                                                           // 142
	"show":        {"show", "shows", "showed", "shown", "showing"},                                                    // 206
	"find":        {"find", "finds", "found", "finding"},                                                              // 76
	"tweet":       {"tweet", "tweets", "tweeted", "tweeting"},                                                         // 65
	"continue":    {"continued"},                                                                                      // 52 (", he continued")
	"acknowledge": {"acknowledge", "acknowledges", "acknowledged", "acknowledging"},                                   // 55
	"declare":     {"declare", "declares", "declared", "declaring"},                                                   // 49
	"explain":     {"explain", "explains", "explained", "explaining"},                                                 // 53
	"claim":       {"claim", "claims", "claimed", "claiming"},                                                         // 52
	"cite":        {"cite", "cites", "cited", "citing"},                                                               // 80
	"recall":      {"recall", "recalls", "recalled", "recalling"},                                                     // 47
	"conclude":    {"conclude", "concludes", "concluded"},                                                             // 36
	"reply":       {"reply", "replies", "replied"},                                                                    // 24
	"respond":     {"respond", "responds", "responded"},                                                               // 30
	"warn":        {"warn", "warns", "warned", "warning"},                                                             // 23
	"state":       {"state", "states", "stated", "stating"},                                                           // 33
	"insist":      {"insist", "insists", "insisted", "insisting"},                                                     // 32
	"predict":     {"predict", "predicts", "predicted", "predicting"},                                                 // 18
	"reveal":      {"reveal", "reveals", "revealed", "revealing"},                                                     // 19
	"indicate":    {"indicate", "indicates", "indicated", "indicating"},                                               // 18
	"estimate":    {"estimate", "estimates", "estimated"},                                                             // 12
	"confirm":     {"confirm", "confirms", "confirmed", "confirming"},                                                 // 12
	"stress":      {"stress", "stresses", "stressed", "stressing"},                                                    // 13
	"emphasize":   {"emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "emphasising", "emphasizing"}, // 6
	"admit":       {"admit", "admits", "admitted", "admitting"},                                                       // 13
	"deny":        {"deny", "denies", "denied", "denying"},                                                            // 14
	"post":        {"posted", "posts"},                                                                                // 14
	"assure":      {"assure", "assures", "assured"},                                                                   // 11
	"reiterate":   {"reiterate", "reiterates", "reiterated"},                                                          // 10
	"mention":     {"mention", "mentions", "mentioned"},                                                               // 13
	"point":       {"point", "points", "pointed", "pointing"},                                                         // "point(ed) out": 32, see verbCue
	"boast":       {"boast", "boasts", "boasted", "boasting"},                                                         // 9
	"project":     {"projects", "projected"},                                                                          // 8
	"calculate":   {"calculates", "calculated"},                                                                       // 4
	"count":       {"counted"},                                                                                        // 3
	"testify":     {"testify", "testifies", "testified"},                                                              // 7
	"brag":        {"brag", "brags", "bragged"},                                                                       // 6
	"observe":     {"observe", "observes", "observed"},                                                                // 5
	"contend":     {"contend", "contends", "contended"},                                                               // 6
	"allege":      {"allege", "alleges", "alleged", "alleging"},                                                       // 7
	"maintain":    {"maintains", "maintained"},                                                                        // 6
	"concede":     {"concede", "concedes", "conceded", "conceding"},                                                   // 11
	"rule":        {"rules", "ruled"},                                                                                 // 9 ("ruled that": a court's finding)
	"disclose":    {"disclose", "discloses", "disclosed"},                                                             // 4
	"reaffirm":    {"reaffirms", "reaffirmed"},                                                                        // 3
	// statements of intent and belief whose content is the source's own
	// figure ("pledged to cut 10 percent", "proposed a $275 billion plan");
	// PolNeAR train counts in the comments.
	"propose":   {"propose", "proposes", "proposed", "proposing"}, // 41
	"promise":   {"promise", "promises", "promised", "promising"}, // 42
	"pledge":    {"pledge", "pledges", "pledged", "pledging"},     // 22
	"vow":       {"vow", "vows", "vowed", "vowing"},               // 29
	"ask":       {"ask", "asks", "asked", "asking"},               // 233
	"urge":      {"urge", "urges", "urged", "urging"},             // 40
	"expect":    {"expect", "expects", "expected", "expecting"},   // 73
	"believe":   {"believe", "believes", "believed"},              // 58
	"think":     {"think", "thinks", "thought"},                   // 95
	"hope":      {"hope", "hopes", "hoped", "hoping"},             // 59 ("hope" 16)
	"fear":      {"fear", "fears", "feared"},                      // 27
	"worry":     {"worry", "worries", "worried"},                  // 21 (web-dev-4 "Investors worry that …")
	"accuse":    {"accuse", "accuses", "accused", "accusing"},     // 38
	"highlight": {"highlights", "highlighted", "highlighting"},    // 9
	"tout":      {"touts", "touted", "touting"},                   // 9
	"forecast":  {"forecast", "forecasts", "forecasted"},          // 3
	"list":      {"lists", "listed", "listing"},                   // 8 (+ "a filing listing 20 donors")
	"publish":   {"publishes", "published"},                       // 4
	"identify":  {"identifies", "identified", "identifying"},      // 3
	"uncover":   {"uncovers", "uncovered", "uncovering"},          // an audit or inquiry's finding ("the audit uncovered $4 million")
	"document":  {"documented"},                                   // 2; a monitor's finding ("Human Rights Watch documented 97 cases"; "documents" is mostly the noun)
	// a hint taking a clause ("as he had hinted upon his arrival: \"…\"",
	// Brown ca40; PolNeAR train "hints" 6, "hinting" 2, "hinted" 1); not a
	// strong cue: "hinted at Donald Trump" narrates. ("discover" was tried
	// and left out: a finding learnt, not asserted, "students … would
	// discover that", "his agents discovered" inside Comey's "said",
	// PolNeAR train.)
	"hint": {"hint", "hints", "hinted", "hinting"}, // 9
	// a news outlet's own reporting in Irish, British and Caribbean copy:
	// "RTÉ News understands the Government will set aside €1.3 billion"
	// (fresh-13), "Kaieteur News understands that they hiked …" (an
	// ingest-web page); only with an outlet as its subject (MediaHeads,
	// attrib cueGuards "understand-outlet": "He understands that our
	// nation is progressing" is no report)
	"understand": {"understands"},
	// attitudes and intentions that PolNeAR annotates as attribution when
	// they take a clause ("wants to raise the wage to $15") or an object
	// holding a number ("voted for a $1.1 trillion bill", "supports a 35
	// percent tariff"): see attitudeCues. Train counts of the listed forms.
	"want":    {"want", "wants", "wanted"},            // 87
	"plan":    {"plans", "planned", "planning"},       // 29
	"vote":    {"voted", "votes"},                     // 27
	"call":    {"call", "calls", "called", "calling"}, // 314, but "call(s) for" only: see verbCue
	"seek":    {"seek", "seeks", "sought", "seeking"}, // 57
	"support": {"support", "supports", "supported"},   // 75
	"demand":  {"demand", "demands", "demanded"},      // 9
	"intend":  {"intend", "intends", "intended"},      // 5
	"assert":  {"assert", "asserts", "asserted"},      // 10
	"answer":  {"answer", "answers", "answered"},      // 13
	"agree":   {"agree", "agrees", "agreed"},          // 50
	"oppose":  {"oppose", "opposes", "opposed"},       // 36
	// advice: the adviser proposes the figure ("Experts recommend up to
	// 400 milligrams of caffeine a day", "Klinger suggests three or four
	// cups", web-dev-1's coffee page; PolNeAR train counts): attitude cues
	// (an object holding a number). "advise" is left out: in deal news its
	// object is a bank's client ("he is advising Pfizer as it works on a
	// $160 billion combination", PolNeAR train).
	"recommend": {"recommend", "recommends", "recommended", "recommending"}, // 5
	// more proposals and pledges (train counts): a threat is a pledge
	// ("threatened to impose a 35 percent tax"); advocating, backing,
	// favouring and pushing or lobbying for a figure propose it.
	"threaten": {"threaten", "threatens", "threatened", "threatening"},   // 14
	"advocate": {"advocate", "advocates", "advocated", "advocating"},     // 7
	"back":     {"backs", "backed", "backing"},                           // 29
	"favor":    {"favors", "favored", "favoring", "favours", "favoured"}, // 10
	"push":     {"push", "pushes", "pushed", "pushing"},                  // 14, "push(ed) for" only: see verbCue
	"lobby":    {"lobby", "lobbies", "lobbied", "lobbying"},              // 2, "lobby for" only
	// accusations: the accuser is the source of the charge's figures when
	// the cue takes a clause or an object and the charge ("charged two
	// developers with defrauding 74 investors", "accused the group of
	// inflating the toll to 500"): see accusationFrame.
	"charge": {"charge", "charges", "charged"}, // 11
	// assessments: the assessor is the source of the figures in the object
	// it classes ("deemed 1,500 of the pages personal"): an attitude cue
	// taking an object that holds a number. ("rated 32% of the claims as
	// false" is left out: the share counts ratings, and is the figure of
	// whoever counted them.)
	"deem": {"deem", "deems", "deemed"}, // 5
	// forecasts in business news: "Home Depot sees fiscal 2019 sales
	// growth of 1.8 percent" (an attitude cue: an object holding a number,
	// headed by a forecast noun, see forecastObject; "Chicago sees 500
	// murders a year" narrates)
	"see": {"sees", "see"},
	// what a court or an inquiry was told: "More than 900 sub-postmasters
	// were prosecuted, the inquiry heard", "The court heard that …" (its
	// subject must be a HearingBodies noun: attrib cueGuards)
	"hear": {"heard"},
	// counts: "Wealth-X tallies 585 in the United States"
	"tally": {"tallies", "tallied"}, // 2
	// a body's register: "The Palestinian Health Ministry has recorded
	// over 3,000 new cases" (web-dev-8), "the ministry has recorded 51
	// deaths" (articles-dev-4); its subject must be a RecordingBodies
	// noun (attrib cueGuards: "the team recorded 12 wins" narrates)
	"record": {"recorded"},
}

// ObjectPrepCues are cue verbs (lemma → the prepositions, space-separated)
// whose content may be the object of that preposition when the object
// holds a number: the subject cites or vaunts the figure ("She pointed to
// his 22 percent showing in Miami-Dade", "These voters point to the crime
// bill, which cut $55 billion", "the candidate boasted of whittling $25
// million off the price", "brags about his 11 debates"). PolNeAR train
// annotates "point(ed/ing/s) to" 40 times, "boast(ed/s) of/about" 6,
// "brag(s/ged/ging) about" 10. "point" is a cue only with "out" or "to"
// (attrib.cueParticles). A warning names its figure in the object of "of"
// or "about" ("jointly warned about North Korean crypto thefts exceeding
// $600 million", web-dev-1; "warned of a $10 billion hole").
var ObjectPrepCues = map[string]string{"point": "to", "boast": "of about", "brag": "about", "warn": "of about"}

// VotePositions are the prepositions by which a vote takes a position
// ("voted for a $1.1 trillion bill", "voted 6-1 against the plan"): only
// then is "vote" a cue (attrib cueGuards "vote-position"); "voted to
// borrow Sh45 billion" is a decision the article reports.
var VotePositions = WordSet(`for against`)

// VerbOnly lemmas double as common nouns ("his plans", "Trump support",
// "the answer"): they are cues only when tagged as verbs, and never in a
// trailing "…, X wants." clause.
var VerbOnly = WordSet(`want plan vote call seek support demand intend assert answer agree oppose charge
threaten advocate back favor push lobby`)

// AttitudeCues take content as a clause ("that", "to" + verb, a clause
// without "that") or as an object that holds a number ("proposed a $275
// billion plan", "voted for a $1.1 trillion bill").
var AttitudeCues = WordSet(`want plan vote call seek support demand intend agree oppose believe think hope
expect propose promise pledge vow urge fear worry deem threaten advocate back favor push lobby see recommend suggest`)

// EvidenceVerbs report a figure only when their subject can put one
// forward: a document, data, a person or an organisation ("the data
// show", "a poll suggests"); "Simple math will indicate", "as its name
// suggests" narrate (attrib evidence-subject).
var EvidenceVerbs = WordSet(`show indicate suggest reveal confirm demonstrate prove`)

// EvidenceNouns are subjects of EvidenceVerbs that DocNouns, DataNouns,
// ForecastNouns and the people and organisation tables lack, yet put
// figures forward: "evidence suggests", "the latest polling shows",
// "rumors suggest", "the FATF's sixth update showed", "Another slide
// shows", "Audit files from NGP VAN show", "the cable indicated", "The
// outcome showed" (PolNeAR train), "leaked pages from her 2003 tax filing
// show". ("research", "results", "memo", "email" are DocNouns,
// "projection" a ForecastNoun: one row in one table.)
var EvidenceNouns = WordSet(`evidence polling rumors rumours rumor rumour update updates outcome outcomes
slide slides page pages file files e-mails cable cables`)

// AccusationCues take the charge after their object: "charged X with …",
// "accused X of …" (accusationFrame), or a clause ("charged that …").
var AccusationCues = WordSet(`charge accuse allege`)

// ComparisonFrames measure a result against other people's figures: the
// cue's plural noun after them ("beating analyst estimates", "topped
// forecasts", "in line with estimates") reports no one.
var ComparisonFrames = WordSet(`beat beats beating missed misses missing topped tops topping exceeded exceeds exceeding
surpassed surpassing outpaced outpacing above below ahead with than versus against`)

// DataNouns are heads of noun phrases that stand for a source's data:
// "Foro Penal's tally shows", "the figures reviewed by the ministry
// indicate", "a new poll found".
var DataNouns = map[string]bool{
	"figures": true, "figure": true, "tally": true, "count": true, "data": true, "records": true,
	"record": true, "estimates": true, "estimate": true, "poll": true, "polls": true, "survey": true,
	"surveys": true, "study": true, "studies": true, "report": true, "reports": true, "analysis": true,
	"statistics": true, "numbers": true, "filings": true, "documents": true, "statement": true,
	"calculations": true, "research": true, "interviews": true, "projections": true, "census": true, "tallies": true, "counts": true, "trackers": true,
	"complaint": true, "lawsuit": true, "indictment": true,
}

// StrongCues take their content as a direct object ("the ministry reported
// 99 releases", "rights groups estimate 900"); the other cue verbs need a
// clause ("that", a colon or a quote) or a trailing position ("…, he
// added") to introduce content: "the government responded harshly" does not.
var StrongCues = WordSet(`say tell report announce estimate show find indicate note reveal predict
project calculate count state cite list propose forecast tout highlight tally disclose identify uncover document post
record`)

// AccordingCues name the source after them as "according to" does: "as
// per the data released by the ministry" (Indian and Nigerian English),
// "per the CDC" (US copy). A phrase of one word ("per") is a cue only
// opening a clause and before a name or a determiner (never "$5 per share").
var AccordingCues = [][]string{AccordingTo, {"as", "per"}, {"per"}}

// AccordingTo is the first of them, the one a cue needs no clause opening
// for; its first word alone marks a sentence that may hold a report.
var AccordingTo = []string{"according", "to"}

// HedgeCues mark reported content without naming who reports it: the claim
// keeps no source ("the detainees were reportedly freed").
var HedgeCues = map[string]bool{"reportedly": true, "allegedly": true, "purportedly": true, "supposedly": true}

// ReportingCue reports whether an annotated cue phrase holds one of the
// cue words attribution reads: a cue verb form, "according to", a colon,
// a hedge ("reportedly") or "in" before a survey. For scoring breakdowns.
func ReportingCue(cue string) bool {
	c := strings.ToLower(cue)
	if strings.Contains(c, "according to") || strings.HasPrefix(c, "per ") || c == "as per" || c == "per" || strings.HasSuffix(strings.TrimSpace(c), ":") {
		return true
	}
	for _, w := range strings.FieldsFunc(c, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := CueVerbs[w]; ok || HedgeCues[w] || w == "in" {
			return true
		}
	}
	return false
}

func init() {
	for lemma, forms := range cueLemmas {
		for _, f := range forms {
			CueVerbs[f] = lemma
		}
	}
}

// CueClasses are the classes of cue verbs (by lemma), tested in order: a
// lemma belongs to the first class that holds it; one in none is a
// "clause" cue (it needs a clause, a colon, a quote or a trailing position
// to introduce content: "the government responded harshly" does not).
var CueClasses = []struct {
	Name   string
	Lemmas map[string]bool
}{
	{"accusation", AccusationCues},
	{"attitude", AttitudeCues},
	{"strong", StrongCues},
}

// CueClass returns the class of a cue lemma (CueClasses), "clause" for the
// others.
func CueClass(lemma string) string {
	for _, c := range CueClasses {
		if c.Lemmas[lemma] {
			return c.Name
		}
	}
	return "clause"
}

// PassiveHedges are cue verbs that, passive and followed by "to" with no
// agent, report a belief or a report without naming whose it is: "the
// group is thought to have 300 fighters", "40 are believed to be missing"
// (a cue, no source).
var PassiveHedges = WordSet(`thought believed said estimated reported understood expected feared known rumored rumoured alleged projected`)

// HaveForms are the forms of "have" before "been" ("have been released").
var HaveForms = WordSet(`have has had`)

// FiniteBe are the finite forms of "be" after a third person's subject,
// a copula before its complement: "the building was 50 years old"
// (quantity rule thing-years-old), "the company is profitable", "Among
// the injured was Maria Lopez, 45" (attrib copula-adjective,
// presented-name).
var FiniteBe = WordSet(`is was are were`)

// BeForms are the forms of "be" before a passive participle.
var BeForms = WordSet(`is are was were be been being 's ’s`)

// RefusalVerbs negate the cue they take with "to": "declined to say how
// many", "refused to disclose the figure".
var RefusalVerbs = WordSet(`declined declines declining decline refused refuses refusing refuse`)

// PostedResults head the object of "posted" (lemma "post", a strong cue)
// when a company reports its results by it: "Safaricom posted a net profit
// of KSh 62.5 billion", "Reliance Industries posted a net profit of
// ₹19,299 crore"; "posted a photo" narrates (attrib cueGuards).
var PostedResults = WordSet(`profit profits loss losses income earnings revenue revenues sales turnover surplus deficit
growth dividend margin margins ebitda`)

// RecordingBodies keep a register whose counts they report: "the health
// ministry has recorded 51 deaths", "police recorded 4,312 cases" (cue
// lemma "record").
var RecordingBodies = WordSet(`ministry ministries department police agency authority authorities commission office bureau
service institute centre center registry board council government`)

// HearingBodies are told what is said before them: "the inquiry heard",
// "the court heard that …" (the body, as written, is the source).
var HearingBodies = WordSet(`court inquiry tribunal hearing inquest committee jury panel trial commission`)
