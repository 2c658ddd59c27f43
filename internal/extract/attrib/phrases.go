package attrib

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/quantity"
	"github.com/factcheck/extract/internal/extract/text"
)

// Noun-phrase chunking around cues, on prose's tags plus capitalisation.

var pronouns = lexicon.WordSet(`he she they it we i you him her them us`)

// auxWords are skipped between a subject and its cue verb ("X has also
// said", "X had previously noted").
var auxWords = lexicon.Union(lexicon.Modals, lexicon.WordSet(`'ve ’ve 're ’re 'll ’ll 'd ’d 'm ’m has have had also did does do is was were are been be
previously later recently again earlier further still repeatedly once first then now already publicly privately
separately subsequently initially officially ultimately n't n’t not never`))

var timeWords = func() map[string]bool {
	m := lexicon.Union(lexicon.WordSet(`today yesterday tonight week month year weekend`), lexicon.DayParts)
	for _, w := range lexicon.WeekdayNames {
		m[w] = true
	}
	return m
}()

// releasedWords are participles that post-modify a survey or report.
var releasedWords = lexicon.WordSet(`released published conducted taken issued compiled out`)

// nameConnectorWords are the lower-case words that may stand between the
// capitalised words of one name ("Bank of England", "Ursula von der
// Leyen", "Procter & Gamble", Filipino "ng" in "Bangko Sentral ng
// Pilipinas": articles-dev-1, fresh-13, the central bank's own name): one list, read as a set by the token scans
// (nameConnectors) and, with "the", by the character-level name chunker
// (chunkConnectors).
const nameConnectorWords = `of for de del la las los y and & in on van von da di du le al el bin binti bint ibn der den ng`

var nameConnectors = lexicon.WordSet(nameConnectorWords)

// nameParticles run in pairs inside a person's name: "Oscar de la Renta",
// "Ursula von der Leyen", "Lena van der List".
var nameParticles = lexicon.WordSet(`de la las los van von der den del da`)

func nounish(t text.Token) bool {
	if !t.Wordy() && !digitName(t) { // ("1News": a name, figures.go)
		return false
	}
	if pronouns[t.Lower] && t.Tag == "PRP" {
		return false
	}
	switch t.Tag {
	case "WRB", "IN", "CC", "MD", "TO", "WDT", "WP":
		if !lexicon.DataNouns[t.Lower] && !roleNouns[t.Lower] {
			return false // "When asked", "But polls": capitalised function words
		}
	}
	// lexicon nouns whatever the tagger says ("the tally" comes as RB)
	return strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Capitalised() ||
		lexicon.DataNouns[t.Lower] || roleNouns[t.Lower] || genericOrgNouns[t.Lower]
}

func isPossessive(t text.Token) bool {
	// a closing single quote mark (tagged `` by attribution) is no possessive
	return t.Tag != "``" && (t.Text == "’s" || t.Text == "'s" || t.Text == "’" || t.Tag == "POS")
}

// subjectLeft finds the subject of the verb ts[j]: the noun phrase ending
// before it, past adverbs, auxiliaries, time adjuncts ("on Thursday") and an
// appositive between commas. It returns the phrase ts[b..e] and the
// appositive ts[apB..apE] (apB = -1 when none).
func subjectLeft(ts []text.Token, j, depth int) (b, e, apB, apE int, ok bool) {
	k := skipSubjectAdjuncts(ts, j-1)
	if k < 0 {
		return 0, 0, -1, -1, false
	}
	if standaloneDets[ts[k].Lower] && (ts[k].Tag == "DT" || ts[k].Tag == "CD" || ts[k].Tag == "JJ" || ts[k].Tag == "NNS") && subjectOpens(ts, k) {
		return k, k, -1, -1, true // "while one company says …, another says"
	}
	if ts[k].Text == "," {
		return subjectBeforeComma(ts, k)
	}
	if rb, re, ok := relativeDocument(ts, k); ok {
		return rb, re, -1, -1, true
	}
	// coordinated predicates: "X welcomed the releases but emphasized that"
	if (ts[k].Lower == "and" || ts[k].Lower == "but") && depth == 0 {
		for m := k - 1; m >= 0; m-- {
			if ts[m].Text == "," || ts[m].Tag == "``" {
				continue
			}
			if tg := ts[m].Tag; finiteTag(tg) && !(m > 0 && isPossessive(ts[m-1])) {
				if sb, _, _, _, ok := subjectLeft(ts, m, depth+1); ok && embeddedSubject(ts, sb) {
					continue // "would not reveal how many customers remain, but said": the main clause's subject
				}
				return subjectLeft(ts, m, depth+1) // ("Ford’s plans/VBZ" is a noun)
			}
		}
		return 0, 0, -1, -1, false
	}
	b = npLeftFrom(ts, k)
	if b < 0 {
		return 0, 0, -1, -1, false
	}
	return b, k, -1, -1, true
}

// subjectSkip is an adjunct subjectLeft steps over between a subject and
// its verb: skip reports whether ts[k] ends one and the index left of it.
type subjectSkip struct {
	name string
	skip func(ts []text.Token, k int) (int, bool)
}

// subjectSkips are tried in order at each token, leftwards; the first that
// matches moves the scan, and the scan stops where none does.
var subjectSkips = []subjectSkip{
	// "Fiorina a month later announced", "officials two days earlier said"
	{"time-ago", func(ts []text.Token, k int) (int, bool) {
		t := ts[k]
		if !(agoWords[t.Lower] && k > 1 && timeWords[strings.TrimSuffix(ts[k-1].Lower, "s")]) {
			return k, false
		}
		m := k - 2
		for m >= 0 && (ts[m].Tag == "DT" || ts[m].Tag == "CD" || ts[m].Lower == "few" || ts[m].Lower == "several") {
			m--
		}
		return m, true
	}},
	// "Yuanta Securities Investment Consulting Co (元大投顧) raised": a
	// name's rendering in its own script in parentheses after it
	// (articles-dev-6 Taiwan, three brokers and a chairman; the English
	// press of Taiwan, Hong Kong and Korea writes names so). An acronym
	// in parentheses is read with the name (acronyms.go).
	{"name-parenthetical", func(ts []text.Token, k int) (int, bool) {
		if ts[k].Text != ")" || k < 3 || ts[k-2].Text != "(" {
			return k, false
		}
		return k - 3, otherScript(ts[k-1].Text)
	}},
	// "X has also said"
	{"adverb-aux", func(ts []text.Token, k int) (int, bool) {
		return k - 1, ts[k].Tag == "RB" || auxWords[ts[k].Lower]
	}},
	// "Our team HIGHLY recommends": an adverb in capitals (junk.go)
	{"shouted-adverb", func(ts []text.Token, k int) (int, bool) {
		return k - 1, shoutedAdverbWord(ts[k].Text)
	}},
	// "who's called for": a contracted "has"
	{"contracted-has", func(ts []text.Token, k int) (int, bool) {
		t := ts[k]
		return k - 1, (t.Lower == "'s" || t.Lower == "’s") && k > 0 && (pronouns[ts[k-1].Lower] || ts[k-1].Lower == "who")
	}},
	// "in fact", "in turn", "of course"
	{"set-phrase", func(ts []text.Token, k int) (int, bool) {
		t := ts[k]
		return k - 2, k > 0 && setPhrases[[2]string{ts[k-1].Lower, t.Lower}]
	}},
	// "on Thursday", "last week", "early today"
	{"time-phrase", func(ts []text.Token, k int) (int, bool) {
		return k - 2, timeWords[ts[k].Lower] && k > 0 && timeLeads[ts[k-1].Lower]
	}},
	// "officials Tuesday said"
	{"bare-time", func(ts []text.Token, k int) (int, bool) {
		return k - 1, timeWords[ts[k].Lower] && k > 0 && !nounish(ts[k-1]) && ts[k-1].Tag != "VBN" && ts[k-1].Tag != "VBD"
	}},
	// "a poll in June showed"
	{"date-phrase", func(ts []text.Token, k int) (int, bool) {
		t := ts[k]
		return k - 2, (lexicon.MonthWords[t.Lower] || t.Tag == "CD") && k > 0 && (datePrepositions[ts[k-1].Lower] || ts[k-1].Lower == "from" && k > 1 && lexicon.DataNouns[ts[k-2].Lower])
	}},
	// "a poll released this week found", "a poll of Ohio released on Tuesday showed"
	{"released-participle", func(ts []text.Token, k int) (int, bool) {
		t := ts[k]
		return k - 1, (t.Tag == "VBN" || t.Tag == "VBD" || releasedWords[t.Lower]) && k > 0 && (lexicon.DataNouns[ts[k-1].Lower] || releasedWords[t.Lower]) && nounish(ts[k-1])
	}},
	// an adjunct between an auxiliary and the verb: "allies have in the
	// past said", "he has on several occasions claimed"
	{"aux-adjunct", func(ts []text.Token, k int) (int, bool) {
		if !nounish(ts[k]) {
			return k, false
		}
		if nb := npLeftFrom(ts, k); nb >= 2 && nb <= k && ts[nb-1].Tag == "IN" && ts[nb-1].Lower != "of" && auxWords[ts[nb-2].Lower] && (ts[nb-2].Tag == "VBZ" || ts[nb-2].Tag == "VBP" || ts[nb-2].Tag == "VBD" || ts[nb-2].Tag == "MD") {
			return nb - 2, true
		}
		return k, false
	}},
}

// otherScript reports a word written wholly in letters of a script other
// than Latin (Han, Hangul, Kana, Cyrillic, Arabic, …): a name's own
// rendering beside its English one ("Lin Wen-chieh (林文傑)").
func otherScript(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// skipSubjectAdjuncts steps left from ts[k] over the subjectSkips and
// returns the index of the first token none of them covers (-1 at the
// sentence's start).
func skipSubjectAdjuncts(ts []text.Token, k int) int {
next:
	for k >= 0 {
		for _, s := range subjectSkips {
			if nk, ok := s.skip(ts, k); ok {
				k = nk
				continue next
			}
		}
		break
	}
	return k
}

// subjectBeforeComma finds the subject when the token before the verb,
// ts[k], is a comma: the phrase before an appositive or a parenthetical
// adjunct ("Mr. Trump, in a brief interview, said").
func subjectBeforeComma(ts []text.Token, k int) (b, e, apB, apE int, ok bool) {
	c1 := -1
	for m := k - 1; m >= 0 && k-m <= 30; m-- {
		if ts[m].Text == "," {
			c1 = m
			break
		}
		if ts[m].Tag == "``" || ts[m].Text == "." && !initialDot(ts, 0, m) && ts[m+1].Text != "," || ts[m].Text == ";" || ts[m].Text == ":" {
			break // (an initial's period: ", K. Annamalai, said"; an abbreviation's before a comma: ", R-Ky., said")
		}
	}
	if b, e, ok := documentAsideSubject(ts, k, c1); ok {
		return b, e, -1, -1, true
	}
	if c1 > 0 && apposLike(ts[c1+1:k]) {
		if b, e, apB, apE, ok := subjectBeforeAppositive(ts, k, c1); ok {
			return b, e, apB, apE, true
		}
	}
	if c1 > 0 && k-c1 <= 20 && parentheticalOpener(ts, c1+1) != "" {
		if b := npLeftFrom(ts, titleHead(ts, c1-1)); b >= 0 {
			b = peopleTieStart(ts, b)
			if agentBy(ts, c1+1, k-1) > 0 && lexicon.DocNouns[ts[titleHead(ts, c1-1)].Lower] {
				// "The report, published by the ABS, showed": the
				// parenthetical, its agent the document's owner (source)
				return b, c1 - 1, c1 + 1, k - 1, true
			}
			return b, c1 - 1, -1, -1, true
		}
	}
	return 0, 0, -1, -1, false
}

// documentAsideSubject (rule document-aside-over-comma): a document
// subject whose aside opens with a document's participle (lexicon.
// DocumentAsides) and holds a comma of its own before the verb: "The
// audit, dated August 14 and addressed to the Minister of Public Works,
// Jaime Riquelme, found" (articles-dev-6 Chile), "The letter, sent to the
// mayor, the council and the police, said". The subject is the document
// (whose owner resolves it), not the addressee's name before the verb.
// c1 is the comma nearest the verb ts[k].
func documentAsideSubject(ts []text.Token, k, c1 int) (b, e int, ok bool) {
	if c1 <= 1 {
		return 0, 0, false
	}
	for c0 := c1; c0 > 0 && k-c0 <= 30; c0-- {
		t := ts[c0]
		if t.Tag == "``" || t.Text == "." || t.Text == ";" || t.Text == ":" {
			return 0, 0, false
		}
		if t.Text != "," {
			continue
		}
		if !lexicon.DocumentAsides[ts[c0+1].Lower] {
			continue // (an inner comma of the aside: look further left)
		}
		for m := c0 + 1; m < k; m++ {
			if ts[m].Lower == "by" {
				return 0, 0, false // "The report, published by the ABS, showed": the agent's (subjectBeforeComma)
			}
		}
		// the document, its agent perhaps after it: "The report by the
		// Environmental Assessment and Enforcement Agency (OEFA), dated …
		// and addressed to the National Water Authority (ANA), found"
		// (articles-dev-6 Peru); the whole phrase is the subject
		for h := c0 - 1; h >= 0 && c0-h <= 15; h-- {
			if ts[h].Text == "," || finiteTag(ts[h].Tag) {
				return 0, 0, false
			}
			if lexicon.DocNouns[ts[h].Lower] && strings.HasPrefix(ts[h].Tag, "NN") {
				if b := npLeftFrom(ts, h); b >= 0 {
					return b, c0 - 1, true
				}
				return 0, 0, false
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// apposedAge reports an age set off by commas at ts[i]: a number of one
// to three digits ("Myint May, 60, a doctor, said").
func apposedAge(ts []text.Token, i int) bool {
	t := ts[i].Text
	if ts[i].Tag != "CD" || len(t) == 0 || len(t) > 3 {
		return false
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parentheticalOpeners open an adjunct between a subject and its verb,
// set off by commas: "Mr. Trump, in a brief interview, said", "a
// projection by X, prepared for Y, predicted", "Cruz, whose third-place
// finish was seen as a disappointment, said", "ECB President Christine
// Lagarde, speaking after the bank left rates unchanged, said" (fresh-13;
// an -ing participle's clause may hold a finite verb of its own, which
// apposLike refuses: PolNeAR train "Clinton, speaking to reporters Tuesday
// on her plane …, said" is the same aside). Named for the rules they are.
var parentheticalOpeners = []struct {
	name string
	test func(ts []text.Token, i int) bool
}{
	{"preposition", func(ts []text.Token, i int) bool { return ts[i].Tag == "IN" && ts[i].Lower != "that" }},
	{"adverb", func(ts []text.Token, i int) bool { return ts[i].Tag == "RB" }},
	{"past-participle", participleOpens},
	{"possessive-relative", func(ts []text.Token, i int) bool { return ts[i].Lower == "whose" }},
	{"ing-participle", ingParticipleOpens},
	// "The Taxpayers' Union, a lobby group that commissions the monthly
	// survey, said": a described appositive whose relative clause holds
	// a finite verb (apposLike refuses it); articles-dev-1, fresh-1 style
	// "X, a charity which runs food banks, said"
	{"described-relative", describedRelativeOpens},
}

// describedRelativeOpens reports an indefinite description opening at
// ts[i] whose head a relative "that"/"which"/"who" follows within a few
// words: "a lobby group that commissions …", "an NGO which runs …".
func describedRelativeOpens(ts []text.Token, i int) bool {
	if ts[i].Lower != "a" && ts[i].Lower != "an" {
		return false
	}
	for m := i + 2; m < len(ts) && m-i <= 6; m++ {
		if t := ts[m]; t.Text == "," || t.Text == "." {
			return false
		}
		if oneOf(ts[m].Lower, "that", "which", "who") {
			return nounish(ts[m-1]) && !ts[m-1].Capitalised()
		}
	}
	return false
}

// parentheticalOpener returns the name of the parentheticalOpeners rule
// ts[i] opens an adjunct by, "" when none.
func parentheticalOpener(ts []text.Token, i int) string {
	for _, o := range parentheticalOpeners {
		if o.test(ts, i) {
			return o.name
		}
	}
	return ""
}

// ingParticipleOpens reports an -ing participle opening an adjunct clause
// and taking a preposition, an object or a clause: "speaking after the
// bank left rates unchanged", "writing in the Sunday Times" (the tagger
// may read it as a noun before a preposition). Not a capitalised word
// ("Reading, a town in …").
func ingParticipleOpens(ts []text.Token, i int) bool {
	t := ts[i]
	if i+1 >= len(ts) || t.Capitalised() || !strings.HasSuffix(t.Lower, "ing") {
		return false
	}
	n := ts[i+1].Tag
	return t.Tag == "VBG" || t.Tag == "NN" && (n == "IN" || n == "TO")
}

// titleHead returns the head of a titled document whose year closes the
// phrase at ts[e] ("The Economic Survey 2024, released by the Kenya
// National Bureau of Statistics, shows", fresh-13; "the Global Risks
// Report 2025"): the word before the year; else e.
func titleHead(ts []text.Token, e int) int {
	if e > 0 && ts[e].Tag == "CD" && quantity.YearLike(ts[e].Text) && ts[e-1].Capitalised() && lexicon.DocNouns[ts[e-1].Lower] {
		return e - 1
	}
	return e
}

// agentBy returns the index of the first word of the agent in a
// parenthetical ts[i..j] that opens with a document's participle and "by"
// ("published by the Australian Bureau of Statistics", "carried out by
// Ipsos"), or -1.
func agentBy(ts []text.Token, i, j int) int {
	if i > j || !lexicon.AgentParticiples[ts[i].Lower] {
		return -1
	}
	k := i + 1
	if k <= j && ts[k].Lower == "out" {
		k++ // "carried out by"
	}
	if k+1 > j || ts[k].Lower != "by" {
		return -1
	}
	return k + 1
}

// subjectBeforeAppositive finds the subject before the appositive
// ts[c1+1..k-1] between commas.
func subjectBeforeAppositive(ts []text.Token, k, c1 int) (b, e, apB, apE int, ok bool) {
	if c1 >= 3 && apposedAge(ts, c1-1) && ts[c1-2].Text == "," {
		// "Ramil Carr, 31, a Philadelphia freelance photographer, said",
		// "Ms Sanchez, 34, a Spanish national who …, told": the age in
		// apposition is passed over, the name before it is the subject
		// and the description its appositive (rule age-then-appositive;
		// PolNeAR train, articles-dev-3)
		if b, e, _, _, ok := subjectBeforeAppositive(ts, c1, c1-2); ok {
			return b, e, c1 + 1, k - 1, true
		}
	}
	if b := npLeftFrom(ts, c1-1); b >= 1 && ts[b-1].Tag == "IN" && ts[b-1].Lower != "of" && !subordinators[ts[b-1].Lower] {
		// "Clinton, during a meeting in Columbus, Ohio, said": the
		// place is inside an adjunct that opened at an earlier comma
		for c0 := b - 2; c0 > 0 && c1-c0 <= 20; c0-- {
			if ts[c0].Text == "," {
				if ts[c0+1].Tag == "IN" || ts[c0+1].Tag == "RB" {
					if sb := npLeftFrom(ts, c0-1); sb >= 0 {
						return sb, c0 - 1, -1, -1, true
					}
				}
				break
			}
		}
		// "The police spokesman in Lagos, Benjamin Hundeyin, said": a
		// role with its place, then the name
		if placePrepositions[ts[b-1].Lower] && b >= 2 && roleNouns[ts[b-2].Lower] && properAppositive(ts[c1+1:k]) {
			if db := npLeftFrom(ts, b-2); db >= 0 && (ts[db].Tag == "DT" || ts[db].Tag == "PRP$") {
				return db, c1 - 1, c1 + 1, k - 1, true
			}
		}
		// "The spokesperson for the Lagos State Police Command, Benjamin
		// Hundeyin, said", "The WHO's regional director for Africa,
		// Matshidiso Moeti, said": a role with what it is for, then the
		// name (rule role-for-then-name)
		if r := roleComplementHead(ts, b); r > 0 && ts[c1-1].Capitalised() && properAppositive(ts[c1+1:k]) {
			if db := npLeftFrom(ts, r); db >= 0 && (ts[db].Tag == "DT" || ts[db].Tag == "PRP$") {
				return db, c1 - 1, c1 + 1, k - 1, true
			}
		}
	}
	if lb := npLeftFrom(ts, c1-1); lb >= 0 {
		// (the role tied to its body: "Elward Edd, an official at the Hopi
		// Tribal Housing Authority in Arizona, which …, said")
		if b := peopleTieStart(ts, lb); b >= 2 && ts[b-1].Text == "," && roleLed(ts, b, c1-1) && ts[b-2].Capitalised() && !titledProperName(ts, b, c1-1) {
			// two appositives: "Jeff Sanborn, president of Chapter &
			// Verse, a Spokane design agency, said" — the name first, its
			// role the appositive
			// (not a place closing a fronted adjunct: "Speaking to reporters
			// in Abuja, the information minister, Mohammed Idris, said")
			if nb := npLeftFrom(ts, b-2); nb >= 0 && !(nb > 0 && (ts[nb-1].Tag == "IN" || ts[nb-1].Tag == "TO")) {
				return nb, b - 2, b, c1 - 1, true
			}
		}
	}
	if b := npLeftFrom(ts, c1-1); b >= 0 {
		// "One pastor, Darran Whiting of the Liberty Church, said": the
		// appositive is the name of a described subject
		if !ts[c1-1].Capitalised() && ts[c1+1].Capitalised() && ts[c1+1].Tag != "DT" && properAppositive(ts[c1+1:k]) {
			return c1 + 1, k - 1, b, c1 - 1, true
		}
		return peopleTieStart(ts, b), c1 - 1, c1 + 1, k - 1, true
	}
	return 0, 0, -1, -1, false
}

// roleComplementHead returns the index of the role noun whose "for"
// complement is the noun phrase opening at ts[b], or -1: "spokesperson for
// the Lagos State Police Command" (fresh-15), PolNeAR train "An attorney
// for Pagliano, Mark MacDougall, stressed that …", "regional director for
// Africa".
func roleComplementHead(ts []text.Token, b int) int {
	if b < 2 || ts[b-1].Lower != "for" || !roleNouns[ts[b-2].Lower] || ts[b-2].Capitalised() {
		return -1
	}
	return b - 2
}

// peopleTieLinks tie people to the body they work at: "officials at
// Homeland Security Investigations", "an economist at the World Bank".
var peopleTieLinks = lexicon.WordSet(`at in from with`)

// peopleTieStart returns the start of the people the phrase opening at
// ts[b] is tied to, when an aside follows it: "Officials at Homeland
// Security Investigations, a division of Immigration and Customs
// Enforcement, said" (PolNeAR train), "A senior official at the central
// bank, speaking on condition of anonymity, said" (the same phrase with no
// aside is whole already: "Analysts at Goldman Sachs expect"); else b.
func peopleTieStart(ts []text.Token, b int) int {
	if b < 2 || !peopleTieLinks[ts[b-1].Lower] || !peopleOrRoleNoun(ts[b-2].Lower) {
		return b
	}
	if nb := npLeftFrom(ts, b-2); nb >= 0 && (nb == 0 || !strings.HasPrefix(ts[nb-1].Tag, "VB") && ts[nb-1].Tag != "IN" && ts[nb-1].Tag != "TO") {
		return nb
	}
	return b
}

// titledProperName reports ts[b..e] a title and a person's name, all
// capitalised, no connector ("Chief Emeka Nwosu", "Attorney General Ken
// Paxton"): the person, not a role apposed to a name before it (rule
// titled-name-between-commas: "Reacting, Chief Emeka Nwosu, a community
// leader in Oba, said" is Emeka Nwosu's, not "Reacting"'s).
func titledProperName(ts []text.Token, b, e int) bool {
	if e-b < 2 || !(lexicon.NameTitles[ts[b].Text] || roleNouns[ts[b].Lower]) {
		return false
	}
	for k := b; k <= e; k++ {
		if !ts[k].Capitalised() && ts[k].Text != "." && ts[k].Text != "-" {
			return false
		}
	}
	return !lexicon.NameTitles[ts[e].Text] && !roleNouns[ts[e].Lower]
}

// roleLed reports whether ts[b..e] opens with a role, past a determiner
// and modifiers: "president of Chapter & Verse", "the chief executive of X".
func roleLed(ts []text.Token, b, e int) bool {
	for k := b; k <= e; k++ {
		switch {
		case roleNouns[ts[k].Lower]:
			return true
		case ts[k].Tag == "DT" || ts[k].Tag == "JJ" || ts[k].Tag == "NN" && !ts[k].Capitalised():
		default:
			return false
		}
	}
	return false
}

// participleOpens reports a past participle opening a parenthetical
// ("prepared for the federation", "asked about the wall": VBN or VBD before
// a preposition, an adverb or a particle: "carried/VBD out/RP by Ipsos";
// VBN before anything but a name), not an inverted cue ("The figure, said
// Romero, is …").
func participleOpens(ts []text.Token, i int) bool {
	t := ts[i]
	if i+1 >= len(ts) {
		return false
	}
	n := ts[i+1].Tag
	if t.Tag != "VBN" && t.Tag != "VBD" {
		return false
	}
	return n == "IN" || n == "RB" || n == "RP" || n == "TO" || t.Tag == "VBN" && n != "NNP" && n != "NNPS"
}

// zeroRelative reports a quantifier opening a subject right after a
// common noun, the head of a relative clause with no "that": "the
// coronation many pundits forecast", "the figure most analysts expect".
func zeroRelative(ts []text.Token, i int) bool {
	t := ts[i]
	return i > 0 && standaloneDets[t.Lower] && t.Lower != "one" && (t.Tag == "JJ" || t.Tag == "DT") &&
		(ts[i-1].Tag == "NN" || ts[i-1].Tag == "NNS") && !ts[i-1].Capitalised() && !timeWords[strings.TrimSuffix(ts[i-1].Lower, "s")] // ("This month several officials said")
}

// tenure reports a number of years or months after "of" modifying a
// noun: "an employee of nearly four years", "a resident of 30 years".
func tenure(ts []text.Token, i int) bool {
	if ts[i].Tag != "CD" || i+1 >= len(ts) || !timeWords[strings.TrimSuffix(ts[i+1].Lower, "s")] && !timeWords[ts[i+1].Lower] {
		return false
	}
	m := i - 1
	if m >= 0 && ts[m].Tag == "RB" {
		m--
	}
	return m >= 1 && ts[m].Lower == "of" && nounish(ts[m-1])
}

// nameNumber reports a short plain number ending a proper name: "ABC 7",
// "Channel 4".
func nameNumber(ts []text.Token, e int) bool {
	t := ts[e]
	if t.Tag != "CD" || e == 0 || ts[e-1].Tag != "NNP" || len(t.Text) > 3 {
		return false
	}
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func holdsCD(ts []text.Token) bool {
	for _, t := range ts {
		if t.Tag == "CD" {
			return true
		}
	}
	return false
}

func pronounPossessive(t text.Token) bool { return t.Tag == "PRP$" }

// agoWords follow a time noun back from the present: "two days later",
// "a week earlier", "three years ago".
var agoWords = lexicon.WordSet(`later earlier ago`)

// setPhrases are two-word adverbials a subject is read past: "in fact",
// "in turn", "of course".
var setPhrases = map[[2]string]bool{{"in", "fact"}: true, {"in", "turn"}: true, {"of", "course"}: true}

// timeLeads introduce a time noun a subject is read past: "on Monday",
// "last week", "early this year".
var timeLeads = lexicon.WordSet(`on in last this late early`)

// datePrepositions put a date in a poll's or study's phrase ("a poll in
// June showed", "a survey since 2019").
var datePrepositions = lexicon.WordSet(`in on since`)

// relativeOpeners open a relative clause after a noun phrase.
var relativeOpeners = lexicon.WordSet(`that which who`)

// clauseOpeners open a clause of time or reason with a pronoun subject
// ("as he said", "because they found").
var clauseOpeners = lexicon.WordSet(`as when while because`)

// subordinators open a clause: the noun phrase after one is a subject, not
// a prepositional object ("while liberal groups, including unions, said").
var subordinators = lexicon.WordSet(`while when whereas although though because after before since as if unless until once`)

// standaloneDets stand for a noun phrase on their own as a subject: "another
// says", "others said", "some say".
var standaloneDets = lexicon.WordSet(`another one others some many most both few several all each`)

// npLeftFrom returns the first index of the noun phrase that ends at ts[e],
// or -1 when ts[e] cannot end one.
func npLeftFrom(ts []text.Token, e int) int {
	b := npLeftRaw(ts, e)
	if b > e {
		return -1
	}
	return b
}

func npLeftRaw(ts []text.Token, e int) int {
	if e < 0 {
		return -1
	}
	t := ts[e]
	if pronouns[t.Lower] || t.Lower == "which" || t.Lower == "who" {
		return e
	}
	if e > 0 && ts[e-1].Lower == "the" && ageNounRE.MatchString(t.Lower) {
		return e - 1 // "the 35-year-old" (tagged an adjective): a person (coref.go, age-noun)
	}
	if !(nounish(t) || t.Text == ")" || nameNumber(ts, e)) {
		return -1
	}
	i := e
	if nameNumber(ts, e) {
		i-- // "ABC 7", "Channel 4": a station or a product named by number
	}
	if timeWords[t.Lower] && e > 1 && (ts[e-1].Tag == "VBN" || ts[e-1].Tag == "VBD") && lexicon.DataNouns[ts[e-2].Lower] {
		i = e - 2 // "a poll released Saturday"
	}
scan:
	for i >= 0 {
		for _, s := range npLeftSteps {
			if s.when(ts, i, e) {
				ni, stop := s.take(ts, i, e)
				if stop {
					return ni
				}
				i = ni
				continue scan
			}
		}
		return i + 1
	}
	return 0
}

// npLeftStep is a named rule of npLeftRaw's leftward scan of a phrase
// ending at ts[e]: when it applies at ts[i], take moves the scan to the
// index it returns, or, with stop, the phrase starts there.
type npLeftStep struct {
	name string
	when func(ts []text.Token, i, e int) bool
	take func(ts []text.Token, i, e int) (int, bool)
}

// npLeftSteps are tried in order at each token; the first whose when
// holds decides, and the phrase starts right of a token none takes.
var npLeftSteps = []npLeftStep{
	{"parenthesis", func(ts []text.Token, i, e int) bool { return ts[i].Text == ")" },
		func(ts []text.Token, i, e int) (int, bool) {
			m := i - 1
			for m >= 0 && i-m < 8 && ts[m].Text != "(" {
				m--
			}
			if m < 0 || ts[m].Text != "(" {
				return i + 1, true
			}
			return m - 1, false
		}},
	{"possessive", func(ts []text.Token, i, e int) bool { return isPossessive(ts[i]) && i < e }, npBack},
	// "new fundraising reports", "the most recent poll"
	{"gerund-superlative", func(ts []text.Token, i, e int) bool {
		t := ts[i]
		return (t.Tag == "VBG" && i < e && strings.HasPrefix(ts[i+1].Tag, "NN")) || ((t.Tag == "RBS" || t.Tag == "RBR") && i < e && strings.HasPrefix(ts[i+1].Tag, "JJ"))
	}, npBack},
	// an initial: "Patrick F. Kennedy"
	{"initial", func(ts []text.Token, i, e int) bool {
		return ts[i].Text == "." && i > 0 && i < e && len(ts[i-1].Text) == 1 && ts[i-1].Capitalised()
	}, npBack},
	// "the coronation many pundits forecast": the subject of a relative clause
	{"zero-relative", func(ts []text.Token, i, e int) bool { return zeroRelative(ts, i) && i < e }, npStartsHere},
	// "This month several officials said": a time adjunct before the subject
	{"after-time-adjunct", func(ts []text.Token, i, e int) bool {
		t := ts[i]
		return standaloneDets[t.Lower] && t.Lower != "one" && i > 0 && i < e && timeWords[strings.TrimSuffix(ts[i-1].Lower, "s")]
	}, npStartsHere},
	// "The employee of (nearly) four years": a tenure, not a count
	{"tenure", func(ts []text.Token, i, e int) bool { return tenure(ts, i) },
		func(ts []text.Token, i, e int) (int, bool) {
			i -= 2
			for i >= 0 && (ts[i].Tag == "RB" || ts[i].Lower == "of") {
				i--
			}
			return i, false
		}},
	// "Doctors Without Borders", "Committee to Protect Journalists": a
	// preposition inside an organisation's name
	{"name-preposition", func(ts []text.Token, i, e int) bool { return namePreposition(ts, i) && i < e }, npBack},
	// "two energy ministry officials told Reuters", "three people
	// familiar with the matter said", PolNeAR train "five past and
	// current employees separately told The Post": a count opening a
	// subject after a comma or at a clause's start is its first word
	{"count", func(ts []text.Token, i, e int) bool {
		return i < e && ts[i].Tag == "CD" && countWordRE.MatchString(ts[i].Lower) && nounish(ts[i+1]) && (i == 0 || ts[i-1].Text == "," || ts[i-1].Lower == "and" || ts[i-1].Lower == "but" || ts[i-1].Lower == "while")
	}, npStartsHere},
	{"noun", func(ts []text.Token, i, e int) bool { return nounish(ts[i]) }, npBack},
	{"determiner", func(ts []text.Token, i, e int) bool { return ts[i].Tag == "DT" || ts[i].Tag == "PRP$" }, npLeftDeterminer},
	// "sources with knowledge of the plan", "officials with direct
	// knowledge of the talks" (fresh-11; PolNeAR train "officials with
	// knowledge of the closed-door meeting"): anonymous sourcing as
	// "familiar with" is
	{"knowledge-complement", func(ts []text.Token, i, e int) bool {
		return ts[i].Lower == "of" && i > 1 && i < e && ts[i-1].Lower == "knowledge" && (ts[i-2].Lower == "with" || i > 2 && ts[i-2].Tag == "JJ" && ts[i-3].Lower == "with")
	}, func(ts []text.Token, i, e int) (int, bool) {
		w := i - 2
		if ts[w].Lower != "with" {
			w--
		}
		if w < 1 || !nounish(ts[w-1]) {
			return i + 1, true
		}
		return w - 1, false
	}},
	{"name-connector", func(ts []text.Token, i, e int) bool { return nameConnectors[ts[i].Lower] && i > 0 && i < e }, npLeftConnector},
	// "a headmaster in Tiruvallur", "one fisherman at Dunga beach": a
	// person described by where they are (rule person-in-place)
	{"person-in-place", func(ts []text.Token, i, e int) bool {
		return i > 0 && i < e && personPlaceLinks[ts[i].Lower] && personNoun(ts[i-1]) && (ts[i+1].Capitalised() || ts[i+1].Tag == "DT")
	}, func(ts []text.Token, i, e int) (int, bool) { return i - 1, false }},
	// "a poll conducted by X"
	{"participle-by", func(ts []text.Token, i, e int) bool {
		return ts[i].Lower == "by" && i > 1 && i < e && (ts[i-1].Tag == "VBN" || ts[i-1].Tag == "VBD") && nounish(ts[i-2])
	}, func(ts []text.Token, i, e int) (int, bool) { return i - 2, false }},
	// "a study by X", "tallies by X"
	{"document-by", func(ts []text.Token, i, e int) bool {
		return ts[i].Lower == "by" && i > 0 && i < e && lexicon.DataNouns[ts[i-1].Lower]
	}, npBack},
	// "a poll released Saturday"
	{"document-participle", func(ts []text.Token, i, e int) bool {
		t := ts[i]
		return (t.Tag == "VBN" || t.Tag == "VBD") && i > 0 && i < e && lexicon.DataNouns[ts[i-1].Lower] && (timeWords[ts[i+1].Lower] || ts[i+1].Lower == "by")
	}, npBack},
	// "NBC News/Wall Street Journal"
	{"slash-name", func(ts []text.Token, i, e int) bool {
		return ts[i].Text == "/" && i > 0 && i < e && ts[i-1].Capitalised()
	}, npBack},
	// "a report from X"
	{"document-from", func(ts []text.Token, i, e int) bool {
		return ts[i].Lower == "from" && i > 1 && i < e && lexicon.DataNouns[ts[i-1].Lower]
	}, npBack},
	// "people familiar with the plans"
	{"adjective-complement", func(ts []text.Token, i, e int) bool {
		return i > 0 && i < e && adjComplement(ts[i-1], ts[i])
	}, func(ts []text.Token, i, e int) (int, bool) { return i - 2, false }},
}

// personPlaceLinks tie a person to the place they are in or from.
var personPlaceLinks = lexicon.WordSet(`in at from near outside`)

// personNoun reports a singular noun for a person by role or condition,
// in lower case ("headmaster", "fisherman"). (Plural people in a place
// are group-in-place's: "investigators in Ukraine", "officials from Sindh
// province" inside a nested report name no one, and the reporter is the
// source.)
func personNoun(t text.Token) bool {
	return t.Text == t.Lower && t.Tag != "NNS" && (roleNouns[t.Lower] || peopleNouns[t.Lower])
}

// namePreposition reports a preposition inside an organisation's name at
// ts[i]: a capitalised link of a group's name between capitalised words
// ("Doctors Without Borders", "Mothers Against Drunk Driving"), or "to"
// between an organisation word and a capitalised verb ("Committee to
// Protect Journalists", "Campaign to End Loneliness").
func namePreposition(ts []text.Token, i int) bool {
	if i < 1 || i+1 >= len(ts) || !ts[i-1].Capitalised() || !ts[i+1].Capitalised() {
		return false
	}
	if ts[i].Lower == "to" {
		return orgHeads[ts[i-1].Text] && !orgHeads[ts[i+1].Text] && !lexicon.Places[ts[i+1].Text]
	}
	return ts[i].Capitalised() && groupLinks[ts[i].Text] && (groupHeads[ts[i-1].Text] || orgHeads[ts[i-1].Text])
}

// countWordRE matches a small count that may open a subject (not a year:
// "In 2019 officials said").
var countWordRE = regexp.MustCompile(`^(?:two|three|four|five|six|seven|eight|nine|ten|dozens)$`)

// npBack steps left over ts[i] inside a phrase.
func npBack(ts []text.Token, i, e int) (int, bool) { return i - 1, false }

// npStartsHere ends the scan: the phrase starts at ts[i].
func npStartsHere(ts []text.Token, i, e int) (int, bool) { return i, true }

// npLeftDeterminer steps over a determiner inside a phrase ("Bank of
// the West", "a study by the Council", "Paganini and his team", "a source
// close to the family"), else the phrase starts at it.
func npLeftDeterminer(ts []text.Token, i, e int) (int, bool) {
	t := ts[i]
	if i > 0 && nameConnectors[ts[i-1].Lower] && i < e && ts[i+1].Capitalised() && i > 1 && ts[i-2].Capitalised() {
		return i - 1, false
	}
	if t.Lower == "the" && i > 0 && i < e && theInName(ts, i) {
		return i - 1, false // "Save the Children", "Rock the Vote"
	}
	if i > 1 && (ts[i-1].Lower == "by" || ts[i-1].Lower == "from") && lexicon.DataNouns[ts[i-2].Lower] {
		return i - 1, false // "a study by the Council of …", "a report from the agency"
	}
	if i > 2 && ts[i-1].Lower == "by" && ts[i-2].Tag == "VBN" && lexicon.DataNouns[ts[i-3].Lower] {
		return i - 1, false // "CoreLogic data cited by the Reserve Bank", "figures compiled by the ministry"
	}
	if t.Tag == "PRP$" && i > 1 && i < e && ts[i-1].Lower == "and" && ts[i-2].Capitalised() && !isPossessive(ts[i-2]) {
		return i - 2, false // "Paganini and his team": a name and its group
	}
	if i > 2 && adjComplement(ts[i-2], ts[i-1]) {
		return i - 3, false // "a source close to the family"
	}
	if t.Lower == "the" && i > 1 && i < e && tieWords[ts[i-1].Lower] && peopleOrRoleNoun(ts[i-2].Lower) && bodyDescription(ts, i+1, e) {
		return i - 2, false // "a spokesperson for the university" (coref tied-name)
	}
	if t.Lower == "the" && i > 1 && i < e && ts[i-1].Lower == "of" && ts[i+1].Capitalised() && roleNouns[ts[i-2].Text] {
		return i - 1, false // "the chairman of the Nigerian Bar Association": a role of a named body (role-of-the-body)
	}
	if i > 3 && ts[i-1].Lower == "of" && ts[i-2].Lower == "knowledge" {
		return i - 1, false // "sources with knowledge of the plan": knowledge-complement
	}
	return i, true
}

// theInName reports a "the" at ts[i] inside a name, between a proper noun
// and a capitalised word ("Save the Children", "Feed the Children"); a
// month, weekday or possessive before it is no part of a name ("In
// January the European Commission said").
func theInName(ts []text.Token, i int) bool {
	p := ts[i-1]
	if !strings.HasPrefix(p.Tag, "NNP") || !p.Capitalised() || isPossessive(p) || !ts[i+1].Capitalised() || lexicon.MonthWords[p.Text] {
		return false
	}
	_, day := lexicon.Weekdays[p.Lower]
	return !day
}

// npLeftConnector steps over a connector inside a phrase: between
// capitalised words, "and" between nouns, "of" after a role, data or
// collective noun; else the phrase starts after it.
func npLeftConnector(ts []text.Token, i, e int) (int, bool) {
	t, prev, nxt := ts[i], ts[i-1], ts[i+1]
	switch {
	case prev.Capitalised() && (nxt.Capitalised() || nxt.Tag == "DT"):
		return i - 1, false
	case nameParticles[t.Lower] && i >= 2 && nameParticles[prev.Lower] && ts[i-2].Capitalised() && nxt.Capitalised():
		return i - 2, false // "de la Renta", "von der Leyen"
	case t.Lower == "and" && nounish(prev) && (nounish(nxt) || nxt.Tag == "DT"):
		return i - 1, false
	case t.Lower == "of" && (roleNouns[prev.Lower] || lexicon.DataNouns[prev.Lower] || collectiveNouns[prev.Lower] && (nxt.Tag == "NNS" || nxt.Tag == "NNPS" || nxt.Tag == "JJ" || nxt.Tag == "CD")):
		return i - 1, false
	}
	return i + 1, true
}

// collectiveNouns head a group named by its members, who stay in the
// phrase: "a group of employees", "a coalition of unions", "a panel of
// experts".
var collectiveNouns = lexicon.WordSet(`group groups coalition coalitions panel panels team teams band
consortium alliance network association`)

// adjComplement reports an adjective and the preposition of its
// complement (sourceAdjectives), which stay inside a source's noun phrase:
// "people familiar with the matter", "a source close to the family".
func adjComplement(adj, prep text.Token) bool {
	p, ok := sourceAdjectives[adj.Lower]
	return ok && prep.Lower == p
}

// sourceAdjectives are the adjectives of anonymous sourcing with the
// preposition of their complement, one row each.
var sourceAdjectives = map[string]string{"familiar": "with", "close": "to"}

// npRight returns the last index of the noun phrase starting at ts[b], or -1.
func npRight(ts []text.Token, b int) int {
	n := len(ts)
	if b >= n {
		return -1
	}
	if pronouns[ts[b].Lower] {
		return b
	}
	i := b
	if ts[i].Tag == "DT" || ts[i].Tag == "PRP$" {
		i++
	}
	last := -1
scan:
	for i < n {
		for _, s := range npRightSteps {
			if s.when(ts, i, last) {
				ni, nl, ok := s.take(ts, i, last)
				if !ok {
					break scan
				}
				i, last = ni, nl
				continue scan
			}
		}
		break
	}
	return last
}

// npRightStep is a named rule of npRight's scan: when it applies at ts[i]
// (last is the phrase's last word so far, -1 before the first), take
// moves the scan to (i, last), or reports false to end the phrase.
type npRightStep struct {
	name string
	when func(ts []text.Token, i, last int) bool
	take func(ts []text.Token, i, last int) (int, int, bool)
}

// npRightSteps are tried in order at each token; the first whose when
// holds decides, and the phrase ends where none does.
var npRightSteps = []npRightStep{
	{"noun", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return nounish(t) || (isPossessive(t) && last >= 0) || (t.Tag == "CD" && last < 0 && i+1 < len(ts) && nounish(ts[i+1]))
	}, func(ts []text.Token, i, last int) (int, int, bool) { return i + 1, i, true }},
	// "the most recent data"
	{"superlative", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return (t.Tag == "RBS" || t.Tag == "RBR") && i+1 < len(ts) && strings.HasPrefix(ts[i+1].Tag, "JJ")
	}, npSkip},
	// "a 52-count civil complaint"
	{"hyphened-number", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return last < 0 && t.Text[0] >= '0' && t.Text[0] <= '9' && strings.Contains(t.Text, "-") && i+1 < len(ts) && nounish(ts[i+1])
	}, npSkip},
	// a number after an owner's possessive: "Stack Overflow's 2025 survey",
	// "IoT Analytics’ 263-page report", "the bank's 2024 annual report"
	{"possessed-number", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return last >= 0 && last == i-1 && isPossessive(ts[last]) && (t.Tag == "CD" || t.Text[0] >= '0' && t.Text[0] <= '9' && strings.Contains(t.Text, "-")) &&
			i+1 < len(ts) && (nounish(ts[i+1]) || strings.HasPrefix(ts[i+1].Tag, "JJ"))
	}, npSkip},
	// "new fundraising reports"
	{"gerund-modifier", func(ts []text.Token, i, last int) bool {
		return ts[i].Tag == "VBG" && last >= 0 && i+1 < len(ts) && strings.HasPrefix(ts[i+1].Tag, "NN")
	}, npSkip},
	// a quoted title inside the phrase: the "Medicare for all" document
	{"quoted-title", func(ts []text.Token, i, last int) bool {
		return ts[i].Tag == "``" && i+1 < len(ts)
	}, func(ts []text.Token, i, last int) (int, int, bool) {
		n := len(ts)
		m := i + 1
		for m < n && m-i < 10 && ts[m].Tag != "``" {
			m++
		}
		return m + 1, last, m+1 < n && ts[m].Tag == "``" && nounish(ts[m+1])
	}},
	// an initial: "George W. Bush"
	{"initial", func(ts []text.Token, i, last int) bool {
		return ts[i].Text == "." && last >= 0 && len(ts[i-1].Text) == 1 && ts[i-1].Capitalised() && i+1 < len(ts) && ts[i+1].Capitalised()
	}, npSkip},
	// a short parenthesis: "the Centers for Disease Control (CDC)"
	{"parenthesis", func(ts []text.Token, i, last int) bool {
		return ts[i].Text == "(" && last >= 0
	}, func(ts []text.Token, i, last int) (int, int, bool) {
		n := len(ts)
		m := i + 1
		for m < n && m-i < 8 && ts[m].Text != ")" {
			m++
		}
		if m < n && ts[m].Text == ")" {
			return m + 1, m, true
		}
		return i, last, false
	}},
	// coordinated modifiers before one head: "the medic and healer
	// council", "available federal, state and local data"
	{"coordinated-modifier", coordinatedModifier, npSkip},
	{"name-connector", func(ts []text.Token, i, last int) bool {
		return nameConnectors[ts[i].Lower] && last >= 0 && i+1 < len(ts)
	}, npConnector},
	// "Save the Rivers"
	{"the-in-name", func(ts []text.Token, i, last int) bool {
		return ts[i].Lower == "the" && last >= 0 && ts[i-1].Capitalised() && i+1 < len(ts) && ts[i+1].Capitalised()
	}, npSkip},
	{"slash-name", func(ts []text.Token, i, last int) bool {
		return ts[i].Text == "/" && last >= 0 && i+1 < len(ts) && ts[i+1].Capitalised()
	}, npSkip},
	// "people familiar with the matter", "a source close to the family"
	{"adjective-complement", func(ts []text.Token, i, last int) bool {
		return last >= 0 && i+1 < len(ts) && adjComplement(ts[last], ts[i])
	}, npSkipDet},
	// "data from the census", "a poll with the Times"
	{"data-from-with", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return (t.Lower == "from" || t.Lower == "with") && last >= 0 && lexicon.DataNouns[ts[last].Lower] && i+1 < len(ts)
	}, npSkipDet},
	{"determiner-after-connector", func(ts []text.Token, i, last int) bool {
		return ts[i].Tag == "DT" && last >= 0 && i > 0 && nameConnectors[ts[i-1].Lower]
	}, npSkip},
	// "a study by X"
	{"document-by", func(ts []text.Token, i, last int) bool {
		return ts[i].Lower == "by" && last >= 0 && lexicon.DataNouns[ts[datedHead(ts, last)].Lower] && i+1 < len(ts)
	}, npSkipDet},
	// "a poll conducted by X"
	{"document-participle-by", func(ts []text.Token, i, last int) bool {
		t := ts[i]
		return (t.Tag == "VBN" || t.Tag == "VBD") && last >= 0 && lexicon.DataNouns[ts[last].Lower] && i+1 < len(ts) && ts[i+1].Lower == "by"
	}, func(ts []text.Token, i, last int) (int, int, bool) { return pastDet(ts, i+2), last, true }},
}

// coordinatedModifier reports a "," or "and" right after a lower-case
// modifier that coordinates it with more lower-case modifiers of the same
// head: ", state and local data", "and healer council". The last
// conjunct must be followed by a lower-case noun, the shared head: "the
// mayor and officials" stays two phrases; "the mayor and city officials"
// reads as one, both its parties speaking.
func coordinatedModifier(ts []text.Token, i, last int) bool {
	if last < 0 || last != i-1 || (ts[i].Text != "," && ts[i].Lower != "and") || !lowerModifier(ts[last]) { // (last -1: a "," opening the text)
		return false
	}
	k := i
	for k < len(ts) && k-i < 8 && ts[k].Text == "," {
		if k+1 >= len(ts) || !lowerModifier(ts[k+1]) {
			return false
		}
		k += 2
	}
	return k+2 < len(ts) && ts[k].Lower == "and" && lowerModifier(ts[k+1]) && nounish(ts[k+2]) && !ts[k+2].Capitalised() &&
		!strings.HasPrefix(ts[k+2].Tag, "VB")
}

// lowerModifier is a lower-case adjective or noun that can modify a head.
func lowerModifier(t text.Token) bool {
	return !t.Capitalised() && (strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NN" || t.Tag == "NNS")
}

// npSkip steps over ts[i] inside a phrase.
func npSkip(ts []text.Token, i, last int) (int, int, bool) { return i + 1, last, true }

// npSkipDet steps over ts[i] and a determiner after it ("by the").
func npSkipDet(ts []text.Token, i, last int) (int, int, bool) { return pastDet(ts, i+1), last, true }

// pastDet returns i past a determiner or possessive pronoun at ts[i].
func pastDet(ts []text.Token, i int) int {
	if i < len(ts) && (ts[i].Tag == "DT" || ts[i].Tag == "PRP$") {
		i++
	}
	return i
}

// npConnector steps over a connector inside a phrase: between capitalised
// words ("Bank of America", "Centre for the Study"), "and" before a
// possessive ("Autor and his colleagues"), "of" after a role, data or
// collective noun ("director of the", "a group of doctors").
func npConnector(ts []text.Token, i, last int) (int, int, bool) {
	n := len(ts)
	t, prev, nxt := ts[i], ts[i-1], ts[i+1]
	if prev.Capitalised() && (nxt.Capitalised() || (nxt.Tag == "DT" && i+2 < n && ts[i+2].Capitalised())) {
		return i + 1, last, true
	}
	if t.Lower == "and" && prev.Capitalised() && nxt.Tag == "PRP$" && i+2 < n && strings.HasPrefix(ts[i+2].Tag, "NN") {
		return i + 2, last, true // "Autor and his colleagues"
	}
	if t.Lower == "of" && (roleNouns[prev.Lower] || lexicon.DataNouns[prev.Lower] || collectiveNouns[prev.Lower] && (nxt.Tag == "NNS" || nxt.Tag == "NNPS" || (nxt.Tag == "JJ" || nxt.Tag == "CD") && i+2 < n && ts[i+2].Tag == "NNS")) {
		return pastDet(ts, i+1), last, true
	}
	return i, last, false
}

// datedHead returns the head before a time phrase ending at ts[i] ("a
// study last year", "the report this month"), else i.
func datedHead(ts []text.Token, i int) int {
	k := i
	for k > 0 && (timeWords[ts[k].Lower] || timeWords[strings.TrimSuffix(ts[k].Lower, "s")]) {
		k--
	}
	if k < i && k > 0 && (ts[k].Lower == "last" || ts[k].Lower == "this" || ts[k].Lower == "earlier") {
		return k - 1
	}
	return i
}

// apposLike reports whether the tokens between two commas read as an
// appositive: a noun phrase ("the director of Foro Penal", "61", "a
// prominent group") or a relative clause ("who heads the group").
func apposLike(seg []text.Token) bool {
	if len(seg) == 0 || len(seg) > 25 {
		return false
	}
	f := seg[0]
	if f.Lower == "who" || f.Lower == "which" {
		return true
	}
	if !(f.Tag == "DT" || f.Tag == "PRP$" || f.Tag == "CD" || f.Tag == "VBN" || f.Tag == "VBG" || nounish(f)) {
		return false
	}
	relative := false
	for i, t := range seg {
		if t.Tag == "``" || t.Text == ":" {
			return false
		}
		if t.Lower == "who" || t.Lower == "which" || t.Lower == "whose" {
			relative = true // "a strategist who has feuded with X"
		}
		if tg := t.Tag; finiteTag(tg) && !relative {
			if tg == "VBD" && i > 1 && seg[0].Tag == "DT" && nounish(seg[i-1]) && strings.HasSuffix(t.Lower, "ed") && i+1 < len(seg) &&
				(seg[i+1].Lower == "to" || seg[i+1].Lower == "by" || seg[i+1].Lower == "with") && !holdsCD(seg) {
				continue // a participle tagged as a past verb: "the PAC connected to the union"
			}
			return false
		}
	}
	return true
}

// properAppositive reports whether an appositive is a person's name,
// possibly with "of …": two or more capitalised words first.
func properAppositive(seg []text.Token) bool {
	// initials the tokenizer split from their periods open the name:
	// ", A. K. Singh,", ", R. Sharma," (initialDot)
	k := 0
	for k+2 < len(seg) && seg[k+1].Text == "." && initialDot(seg, 0, k+1) {
		k += 2
	}
	if k > 0 {
		return !orgHeads[seg[k].Text]
	}
	return len(seg) >= 2 && seg[0].Capitalised() && seg[1].Capitalised() && !orgHeads[seg[1].Text]
}

// apposRight returns the appositive after the phrase ending at ts[e]:
// ", the director of Foro Penal," — (-1, -1) when none.
func apposRight(ts []text.Token, e int) (int, int) {
	if e+2 >= len(ts) || ts[e+1].Text != "," {
		return -1, -1
	}
	b := e + 2
	m := b
	for m < len(ts) && ts[m].Text != "," && (ts[m].Text != "." || initialDot(ts, b, m)) && ts[m].Text != ";" && ts[m].Tag != "``" {
		m++
	}
	if m == b || !apposLike(ts[b:m]) {
		return -1, -1
	}
	// an appositive names a role or a kind: its head is a noun
	// (nor is a number phrase: "according to the poll, 41 percent of
	// them …" goes on with the content)
	if f := ts[b]; f.Tag == "CD" || f.Text == "$" {
		return -1, -1
	}
	// nor is a relative clause: "according to the Congressional Budget
	// Office, which estimated that the plan would cost $1.2 trillion"
	if oneOf(ts[b].Lower, "which", "who", "whose", "whom") {
		return -1, -1
	}
	// nor is a participle's clause: "said Tomás Riquelme, pointing at a
	// fence post" (its last noun named no kind of source)
	if ts[b].Tag == "VBG" && !ts[b].Capitalised() {
		return -1, -1
	}
	return b, m - 1
}

// initialDot reports whether the full stop ts[m] closes a middle initial
// inside the appositive starting at ts[b] ("Andrew J. Pincus"): it
// follows one capital letter after a word of the appositive and a
// capitalised word follows it.
func initialDot(ts []text.Token, b, m int) bool {
	if m <= b || m+1 >= len(ts) {
		return false
	}
	p := ts[m-1].Text
	return len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z' && ts[m+1].Capitalised()
}

// preRole returns a role written before the name in the phrase ts[b..e]:
// "campaign manager Jeff Weaver" → "campaign manager", "President Nicolás
// Maduro" → "President".
func preRole(ts []text.Token, b, e int) string {
	// the name: the trailing run of capitalised words
	k := e
	for k >= b && (ts[k].Capitalised() || ts[k].Text == "." || ts[k].Text == ")" || ts[k].Text == "(") {
		k--
	}
	if k == e || k < b {
		// no name, or the whole phrase is capitalised: a leading title
		if k < b && e > b && lexicon.NameTitles[ts[b].Text] && !orgHeads[ts[e].Text] && !initialismOpening(tokenTexts(ts, b, e), 0) {
			return leadingTitle(ts, b, e)
		}
		return ""
	}
	if !roleNouns[ts[k].Lower] {
		return ""
	}
	r := k
	for r > b && (ts[r-1].Tag == "NN" || ts[r-1].Tag == "JJ") && !ts[r-1].Capitalised() {
		r--
	}
	var w []string
	for i := r; i <= k; i++ {
		w = append(w, ts[i].Text)
	}
	return strings.Join(w, " ")
}

// leadingTitle returns the titles opening the name ts[b..e] as a role:
// "Sen." of "Sen. Ted Cruz", "Former Gov." of "Former Gov. Jeb Bush".
// Honorifics are no role ("Mr. Trump", "Dr. Chen"), nor is a modifier
// alone ("Former").
func leadingTitle(ts []text.Token, b, e int) string {
	var w []string
	head := false
	for i := b; i < e && lexicon.NameTitles[ts[i].Text]; i++ {
		if lexicon.Honorifics[ts[i].Text] {
			continue
		}
		w = append(w, ts[i].Text)
		head = head || !lexicon.TitleModifiers[ts[i].Text]
	}
	if !head {
		return ""
	}
	return strings.Join(w, " ")
}

// postLinkers open a post-modifier of a subject's head noun: "the average
// of polls taken over two weeks", "documents from his tax return".
var postLinkers = lexicon.WordSet(`of from in on at for with by during over since among about across between into under
within through that which who whose`)

// dateNP reports whether ts[b..e] is only a date: day and month names,
// numbers and time words ("Friday", "June 11", "last week"). A date is
// never a source.
func dateNP(ts []text.Token, b, e int) bool {
	date := false
	for i := b; i <= e; i++ {
		t := ts[i]
		if !(timeWords[t.Lower] || lexicon.MonthWords[t.Lower] || t.Tag == "CD" || t.Text == "," || t.Tag == "DT" || t.Lower == "last" || t.Lower == "next" || t.Lower == "past" || t.Lower == "previous" || t.Lower == "coming" || t.Lower == "early" || t.Lower == "late") {
			return false
		}
		date = date || timeWords[t.Lower] || lexicon.MonthWords[t.Lower] || t.Tag == "CD" && !standaloneDets[t.Lower]
	}
	return date
}

// trailingTime returns the index of the first token of a time adjunct
// ending at ts[e] ("earlier this year", "last month", "on Monday", "in
// March 2024", "yesterday"), or -1: words of dateNP, led by a preposition
// or "earlier"/"later".
func trailingTime(ts []text.Token, e int) int {
	m := e
	for m >= 0 && dateNP(ts, m, e) {
		m--
	}
	m++
	if m > e || !dateNP(ts, m, e) {
		return -1
	}
	if p := m - 1; p >= 0 && adjunctTimeLeads[ts[p].Lower] {
		m = p
	}
	return m
}

// adjunctTimeLeads open a time adjunct after a noun phrase: "on Monday",
// "earlier this year".
var adjunctTimeLeads = lexicon.WordSet(`on in at during since earlier later`)

// subjectOpens reports whether a subject noun phrase can open at ts[i]: at
// the start of the sentence or of a clause (after a comma, a quote mark, a
// colon, a conjunction or a subordinator).
func subjectOpens(ts []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	p := ts[i-1]
	switch {
	case p.Text == "," || p.Text == ";" || p.Text == ":" || p.Tag == "``" || p.Text == "—" || p.Text == "–":
		return true
	case p.Lower == "after" || p.Lower == "because" || p.Lower == "while" || p.Lower == "when" || p.Lower == "since" ||
		p.Lower == "although" || p.Lower == "though" || p.Lower == "but" || p.Lower == "and" || p.Lower == "as" || p.Lower == "if":
		return true
	}
	return false
}

// headSubject finds the subject of verb ts[j] whose head noun carries a
// post-modifier between it and the verb: "The X average of polls taken over
// the past two weeks shows", "a USA TODAY analysis of newly filed reports
// shows", "leaked documents from his 1995 tax return show", "Developers
// and supporters in Congress say", "A X analysis of groups that have raised
// $1 million or more since …, shows". The phrase opens a clause, and the
// stretch between its head and the verb is a post-modifier (a preposition,
// a participle or a relative pronoun first) with no finite verb outside a
// relative clause. It returns the phrase ts[b..e] (cut before "of" after a
// survey noun: the analysis, not what it analyses) and, when a relative
// clause stands inside the subject, the index of its pronoun (else -1).
func headSubject(ts []text.Token, j int) (b, e, rel int, ok bool) {
	// the leftmost phrase that qualifies: "Developers and supporters in
	// Congress", not "supporters in Congress"
	b, rel = -1, -1
	k := j - 1
	for k >= 0 && (ts[k].Tag == "RB" || auxWords[ts[k].Lower]) {
		k--
	}
	if k >= 0 && ts[k].Text == "," {
		k-- // "…, 2015, shows"
	}
	for i := k - 1; i >= 0 && j-i <= 40; i-- {
		t := ts[i]
		if t.Text == ";" || t.Text == ":" || t.Tag == "``" || t.Text == "." {
			break
		}
		if !subjectOpens(ts, i) || pronouns[t.Lower] {
			continue
		}
		ne, ok := headPhraseEnd(ts, i, k)
		if !ok {
			continue
		}
		contact, ok := postModified(ts, ne, k)
		if !ok {
			continue
		}
		r, valid := relativeVerbs(ts, ne, k, contact)
		if !valid {
			continue
		}
		if r >= 0 && ts[r].Lower == "that" && !nounish(ts[r-1]) {
			continue
		}
		// a person or group with a place: "supporters in Congress" is whole
		if r < 0 && !surveyNouns[ts[ne].Lower] && !lexicon.DataNouns[ts[ne].Lower] && ts[ne+1].Tag == "IN" {
			if pe := npRight(ts, ne+2); (pe == k || pe == j) && ts[k].Capitalised() {
				ne = k // (the phrase may run on into a verb that doubles as a noun: "… University estimate")
			}
		}
		if r < 0 && ne+2 <= k && ts[ne+1].Lower == "of" && peopleOrRoleNoun(ts[ne].Lower) && npRight(ts, ne+2) == k && !countedSubject(ts, ne+2, k) {
			// people of a body: "officials of the central bank told The
			// Daily Star" (fresh-13), "executives of both companies
			// announced" (an ingest-dev page's gold): the description
			// keeps its body
			ne = k
		}
		b, e, rel = i, ne, r
	}
	if b < 0 {
		return 0, 0, -1, false
	}
	return b, e, rel, true
}

// headPhraseEnd returns the end of the head phrase opening at ts[i], before
// ts[k] (a coordinated head whole: "Developers and supporters in
// Congress"; cut before "of" after a survey noun), or false when no
// phrase opens there.
func headPhraseEnd(ts []text.Token, i, k int) (int, bool) {
	t := ts[i]
	if !(t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "PDT" && i+1 < len(ts) && ts[i+1].Tag == "DT" || nounish(t) || ((t.Tag == "VBN" || t.Tag == "JJ") && i+1 < len(ts) && strings.HasPrefix(ts[i+1].Tag, "NN"))) {
		return 0, false
	}
	s := i
	if t.Tag == "VBN" || t.Tag == "PDT" {
		s = i + 1 // "leaked documents": npRight reads from the noun; "all the experts"
	}
	ne := npRight(ts, s)
	if ne < 0 || ne >= k || timeWords[ts[ne].Lower] || lexicon.MonthWords[ts[ne].Lower] {
		return 0, false
	}
	// a coordinated head: "Developers and supporters in Congress"
	if ne+2 < k && (ts[ne+1].Lower == "and" || ts[ne+1].Lower == "or") {
		if ce := npRight(ts, ne+2); ce > ne+1 && ce < k {
			ne = ce
		}
	}
	// cut the phrase before "of"/"from"/"by" after a survey noun
	for m := s; m < ne; m++ {
		if (ts[m+1].Lower == "of") && (surveyNouns[ts[m].Lower] || lexicon.DataNouns[ts[m].Lower]) {
			ne = m
			break
		}
	}
	return ne, true
}

// postModified reports whether a post-modifier follows the head ending at
// ts[ne]: a preposition, a participle, a relative pronoun, or a contact
// relative ("all the experts I interviewed said"; contact true).
func postModified(ts []text.Token, ne, k int) (contact, ok bool) {
	f := ts[ne+1]
	contact = f.Tag == "PRP" && !pronounPossessive(f) && ne+2 <= k && (ts[ne+2].Tag == "VBD" || ts[ne+2].Tag == "VBP")
	ok = postLinkers[f.Lower] || contact || f.Tag == "VBN" || f.Tag == "VBG" || (f.Tag == "RB" && ne+2 < len(ts) && ts[ne+2].Tag == "VBN") || (f.Text == "," && ne+2 < len(ts) && (ts[ne+2].Lower == "which" || ts[ne+2].Lower == "who"))
	return contact, ok
}

// relativeVerbs checks the stretch ts[ne+1..k] between a head and its verb:
// no finite verb outside a relative clause, one verb group inside it (a
// second finite verb is a clause of its own: "The lead that X enjoyed was
// …"). It returns the relative pronoun's index (-1 when none) and whether
// the stretch passes.
func relativeVerbs(ts []text.Token, ne, k int, contact bool) (int, bool) {
	r, verbs, prevVerb, allowed := -1, 0, false, 1
	for m := ne + 1; m <= k; m++ {
		x := ts[m]
		if r < 0 && (relativeOpeners[x.Lower] || contact && m == ne+1) {
			r = m
		}
		if r >= 0 && m > r+1 && clauseOpeners[x.Lower] && m+1 <= k && ts[m+1].Tag == "PRP" {
			allowed++ // a clause inside the relative: "… that they carry as they speak to leaders"
		}
		// ("polls conducted the first week": a participle tagged VBD)
		finite := (x.Tag == "VBD" && !(releasedWords[x.Lower] && m > 0 && strings.HasPrefix(ts[m-1].Tag, "NN"))) || x.Tag == "VBZ" || x.Tag == "VBP" || x.Tag == "MD"
		if finite && !prevVerb {
			verbs++
		}
		prevVerb = finite || (prevVerb && (strings.HasPrefix(x.Tag, "VB") || x.Tag == "RB"))
		if finite && (r < 0 || verbs > allowed) {
			return r, false
		}
		if x.Tag == "``" || x.Text == ";" || x.Text == ":" {
			return r, false
		}
	}
	return r, true
}

// embeddedSubject reports whether the subject starting at ts[b] opens an
// embedded clause (a wh-word or "whether"/"if" before it, "how many" in
// it): its verb is no predicate a later "but …" is coordinated with.
func embeddedSubject(ts []text.Token, b int) bool {
	if b > 0 && (whWords[ts[b-1].Lower] && ts[b-1].Lower != "that" || ts[b-1].Lower == "whether" || ts[b-1].Lower == "if") {
		return true
	}
	return ts[b].Lower == "how" || b > 0 && howQuantifiers[ts[b].Lower] && ts[b-1].Lower == "how"
}

// howQuantifiers ask for a number after "how": "how many", "how much".
var howQuantifiers = lexicon.WordSet(`many much`)

// relativeDocument reads a restrictive "that"/"which" at ts[k] right after
// a document's phrase ("figures that showed 40 percent", "a report which
// found 12,000 homes", "a 2014 University of California at San Diego paper
// that found …", PolNeAR train): the document is the verb's subject, so
// that its owner or issuer is the source (documents.go), not the pronoun.
func relativeDocument(ts []text.Token, k int) (b, e int, ok bool) {
	if k < 1 || ts[k].Lower != "that" && ts[k].Lower != "which" || ts[k-1].Text == "," {
		return 0, 0, false
	}
	b = npLeftFrom(ts, k-1)
	if b < 0 || b > k-1 || docHead(ts, b, k-1) != k-1 {
		return 0, 0, false
	}
	return b, k - 1, true
}
