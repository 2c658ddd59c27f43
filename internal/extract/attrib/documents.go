package attrib

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Documents and their owners. A report, a filing, a lawsuit or a review
// says what its owner says: the source of the figures it shows is the one
// who wrote, filed or released it, never the one it was sent to.
//
//   - a document the subject released, filed or published: "The union
//     filed a lawsuit alleging that 45 workers were fired", "The ministry
//     released figures showing 40 percent …" → the union, the ministry;
//   - a document by or from an agent: "according to a review of financial
//     disclosures by the group Public Citizen" → Public Citizen; "New
//     research from the Federation of Master Builders shows …" → the
//     Federation of Master Builders;
//   - a document sent to someone: "The RNC's latest report to the FEC
//     shows …", "the company's filing with the SEC shows …" → the report
//     (its owner, the RNC), not the FEC (recipientSubject).
//
// Each form is a named rule (docOwnerRules) tried in order on the source
// phrase ts[b..e]; the first that applies gives the owner's phrase.

// recipientLinks join a document to the one it was sent to or filed with.
var recipientLinks = lexicon.WordSet(`to with before`)

type docOwnerRule struct {
	name  string
	owner func(a *attributor, ts []text.Token, b, e int) (ob, oe int, ok bool)
}

var docOwnerRules = []docOwnerRule{
	{"document-issued-by-subject", issuedDocOwner},
	{"document-said-in", saidInDocOwner},
	{"document-by-agent", agentDocOwner},
	{"document-in-publication", publicationDocOwner},
	{"document-of-possessor", possessorDocOwner},
	{"document-of-owner", ofOwnerDocOwner},
	{"document-of-named-owner", namedDocOwner},
	{"document-of-unmarked-name", unmarkedDocOwner},
}

// documentOwner returns the phrase of the owner of the document phrase
// ts[b..e], and the rule that found it.
func (a *attributor) documentOwner(ts []text.Token, b, e int) (ob, oe int, rule string, ok bool) {
	if b < 0 || e >= len(ts) || b > e {
		return 0, 0, "", false
	}
	for _, r := range docOwnerRules {
		if ob, oe, ok := r.owner(a, ts, b, e); ok {
			return ob, oe, r.name, true
		}
	}
	return 0, 0, "", false
}

// docHead returns the index of the document noun heading ts[b..e] (its
// last noun before any post-modifier: "of", "by", "for", …), or -1.
func docHead(ts []text.Token, b, e int) int {
	for k := b; k <= e; k++ {
		l := ts[k].Lower
		if docPostModifiers[l] {
			break
		}
		// (the phrase's last word heads it whatever its tag: "New
		// Quinnipiac polls show", "polls" read as a verb)
		if lexicon.DocNouns[l] && (strings.HasPrefix(ts[k].Tag, "NN") || k == e && k > b) && (k == e || !strings.HasPrefix(ts[k+1].Tag, "NN")) {
			return k
		}
	}
	return -1
}

// docPostModifiers end a document phrase's head words: "a review of
// financial disclosures by …", "research from the Federation of …"; with
// "for", a capitalised name ending in a document noun is no document
// ("Brazil's National Institute for Space Research (INPE) reported").
var docPostModifiers = lexicon.WordSet(`of by from to with for ,`)

// issuedDocOwner: "X filed a lawsuit alleging …", "X released figures
// showing …": the document is the object of an issuing verb; its subject
// owns it.
func issuedDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	if docHead(ts, b, e) < 0 || b == 0 {
		return 0, 0, false
	}
	v := b - 1
	for v > 0 && b-v <= 5 && (ts[v].Tag == "CD" || ts[v].Tag == "$" || ts[v].Tag == "JJ" || ts[v].Tag == "DT" || ts[v].Tag == "PRP$") {
		v-- // "filed a $40 million lawsuit"
	}
	if !lexicon.IssueVerbs[ts[v].Lower] || !strings.HasPrefix(ts[v].Tag, "VB") {
		return 0, 0, false
	}
	sb, se, _, _, ok := subjectLeft(ts, v, 0)
	if !ok || se >= v || pronouns[ts[sb].Lower] && sb == se && ts[sb].Lower == "it" || docHead(ts, sb, se) >= 0 || noSourceNP(ts, sb, se) {
		return 0, 0, false
	}
	return sb, se, true
}

// saidInDocOwner: "The Norwegian Refugee Council said in a report
// published on Tuesday", "the company said in a filing to the Stock
// Exchange of Thailand", "Analysts at HSBC said in a note" (articles-dev-4
// Lebanon, Thailand, Vietnam), "X said in a statement" (articles-dev-1):
// the document after "in" is the speaking subject's, a time between the
// verb and "in" or not ("said on Sunday in its annual brief"); a later
// "'…,' the statement said" (articles-dev-5 "Kingho Mining said in a
// statement on Tuesday that …"; PolNeAR train "Fox News said in a
// statement … “…,” the statement read") is then the subject's too.
func saidInDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	if docHead(ts, b, e) < 0 || b < 2 || ts[b-1].Lower != "in" {
		return 0, 0, false
	}
	v := b - 2
	if v >= 2 && ts[v-1].Lower == "on" && ts[v].Capitalised() {
		v -= 2 // "said on Tuesday in a report"
	}
	if lexicon.CueVerbs[ts[v].Lower] == "" || !strings.HasPrefix(ts[v].Tag, "VB") {
		return 0, 0, false
	}
	sb, se, _, _, ok := subjectLeft(ts, v, 0)
	if !ok || se >= v || pronouns[ts[sb].Lower] && sb == se || docHead(ts, sb, se) >= 0 || noSourceNP(ts, sb, se) {
		return 0, 0, false
	}
	return sb, se, true
}

// agentDocOwner: "a review of financial disclosures by the group Public
// Citizen", "an analysis by Moody's Analytics": the agent after "by" owns
// the document; a describing noun before a name ("the group Public
// Citizen") is dropped.
func agentDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 {
		return 0, 0, false
	}
	// "research from the Federation of Master Builders", "a poll from
	// Marquette Law School": a name right after "from" is the agent
	if k := h + 1; k+1 < len(ts) && ts[k].Lower == "from" {
		ab := k + 1
		if ts[ab].Lower == "the" && ab+1 < len(ts) {
			ab++
		}
		if ae := npRight(ts, ab); ae >= 0 && ts[ab].Capitalised() && ts[ab].Tag == "NNP" && !dateNP(ts, ab, ae) {
			if ab <= e && ae > e {
				ae = e // not over the phrase's verb read as a noun: "figures from SRX show."
			}
			return ab, ae, true
		}
	}
	// past the document's post-modifiers ("of financial disclosures",
	// "on drug prices") to "by"
	k := h + 1
	for ; k < len(ts) && k-h <= 12 && ts[k].Lower != "by"; k++ {
		t := ts[k]
		if !(docLinks[t.Lower] || nounish(t) || t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || isPossessive(t)) {
			return 0, 0, false
		}
	}
	if k >= len(ts) || ts[k].Lower != "by" {
		return 0, 0, false
	}
	ab := k + 1
	ae := npRight(ts, ab)
	if ae < 0 {
		return 0, 0, false
	}
	// "by the group Public Citizen": the name after a described kind
	if ts[ab].Lower == "the" || ts[ab].Lower == "a" {
		m := ab + 1
		for m <= ae && !ts[m].Capitalised() {
			m++
		}
		if m > ab+1 && m <= ae {
			ab = m
		}
	}
	if !ts[ab].Capitalised() && ts[ab].Tag != "DT" {
		return 0, 0, false
	}
	return ab, ae, true
}

// publicationDocOwner: "according to a report in Kompas", "according to a
// new article in Politico" (PolNeAR train), "a story in The Globe and Mail
// found": a piece of the press in a publication is the publication's. Only
// a press kind of document (lexicon.PressPieces) and a capitalised name
// that is no place, month, day, person or public body ("a report in
// Kenya", "a report in May", "a report in Parliament" name where or
// when); after "on" only an outlet's name (lexicon.MediaHeads: "an
// interview on CNN", not "a report on Safaricom").
func publicationDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 && strings.HasPrefix(ts[e].Tag, "NN") {
		h = e // ("article", "story": no document of DocNouns)
	}
	if h < 0 || !lexicon.PressPieces[ts[h].Lower] || h+2 >= len(ts) || !lexicon.PublicationLinks[ts[h+1].Lower] {
		return 0, 0, false
	}
	ab := h + 2
	ae := npRight(ts, ab)
	if ae < 0 {
		return 0, 0, false
	}
	if ts[ab].Lower == "the" && ab < ae {
		ab++
	}
	if !ts[ab].Capitalised() || ts[ab].Tag == "CD" || dateNP(ts, ab, ae) {
		return 0, 0, false
	}
	var words []string
	for k := ab; k <= ae; k++ {
		words = append(words, ts[k].Text)
	}
	name := strings.Join(words, " ")
	if lexicon.MediaHeads[ts[ae].Text] {
		return ab, ae, true // "a report in the Daily Nation", "an interview on CNN"
	}
	if ts[h+1].Lower != "in" || lexicon.Places[name] || lexicon.MonthWords[ts[ab].Lower] || timeWords[ts[ab].Lower] || publicBody(words) || a.reg.kindOf(name) == kindPerson {
		return 0, 0, false // (a piece "on" someone is about them: "a report on Safaricom")
	}
	return ab, ae, true
}

// docLinks join a document to what it is about, before its agent.
var docLinks = lexicon.WordSet(`of on into about from for in`)

// recipientSubject corrects a cue's subject that is the recipient of a
// document rather than the document: in "The RNC's latest report to the
// FEC shows …" the phrase before "shows" is "the FEC", joined by "to" to
// the report. It returns the document's phrase.
func recipientSubject(ts []text.Token, b, e int) (nb, ne int, ok bool) {
	if b < 2 || !recipientLinks[ts[b-1].Lower] {
		return 0, 0, false
	}
	de := b - 2
	if docHead(ts, de, de) != de {
		return 0, 0, false
	}
	db := npLeftFrom(ts, de)
	if db < 0 {
		return 0, 0, false
	}
	// past a possessive owner: "The RNC's latest report"
	if db >= 2 && isPossessive(ts[db-1]) {
		if ob := npLeftFrom(ts, db-2); ob >= 0 {
			db = ob
		}
	}
	return db, de, true
}

// possessorDocOwner: "The RNC's latest report", "the company's annual
// filing": the possessor owns the document (a pronoun is left to
// resolveNP).
func possessorDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 {
		return 0, 0, false
	}
	for k := h - 1; k > b; k-- {
		if isPossessive(ts[k]) {
			if pronouns[ts[k-1].Lower] || ts[k-1].Tag == "PRP$" {
				return 0, 0, false
			}
			if pluralPossessiveName(ts, k) && k+1 < h {
				// "The latest Taxpayers' Union-Curia poll": the name
				// the plural possessive sits in owns the poll
				nb := b
				for nb < k-1 && (!ts[nb].Capitalised() || ts[nb].Tag == "DT") {
					nb++
				}
				return nb, h - 1, true
			}
			return b, k - 1, true
		}
	}
	return 0, 0, false
}

// ofOwnerDocOwner: "according to the accounts of its operating company,
// Kajaanin Kotkat Oy" (articles-dev-6 Finland), "the annual results of
// Dangote Cement", "the website of the ministry": a document its owner
// keeps about itself (lexicon.OwnDocNouns) names that owner after "of",
// the name in apposition to a description preferred. The owner must be an
// organisation's phrase (a capitalised name, or an organisation noun), no
// date or place ("the results of Tuesday", PolNeAR train); "a review of
// financial disclosures" (a topic) is no such document.
func ofOwnerDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 || !lexicon.OwnDocNouns[ts[h].Lower] || h+2 >= len(ts) || ts[h+1].Lower != "of" {
		return 0, 0, false
	}
	ob := h + 2
	oe := npRight(ts, ob)
	if oe < ob {
		return 0, 0, false
	}
	if !ts[ob].Capitalised() && oe+2 < len(ts) && ts[oe+1].Text == "," && ts[oe+2].Capitalised() && ts[oe+2].Tag == "NNP" {
		// "its operating company, Kajaanin Kotkat Oy": the name
		if ne := npRight(ts, oe+2); ne >= oe+2 {
			return oe + 2, ne, true
		}
	}
	if dateNP(ts, ob, oe) || lexicon.Places[a.d.Text[ts[ob].Start:ts[oe].End()]] {
		return 0, 0, false // "the results of Tuesday", "the records of Kenya"
	}
	if l := ts[oe].Lower; ts[oe].Capitalised() || genericOrgNouns[l] || companyNouns[l] || orgHeads[l] {
		return ob, oe, true
	}
	return 0, 0, false
}

// pluralPossessiveName reports a plural possessive at ts[k] inside an
// organisation's name, before a capitalised organisation head: "Taxpayers'
// Union" (fresh-13 "The latest Taxpayers' Union-Curia poll has ACT on 9
// percent"), "the National Farmers' Union" (fresh-1 quotes), "the
// Scottish Grocers' Federation" (web-dev-4).
func pluralPossessiveName(ts []text.Token, k int) bool {
	if k < 1 || k+1 >= len(ts) || ts[k].Text != "'" && ts[k].Text != "’" || !ts[k-1].Capitalised() || !strings.HasSuffix(ts[k-1].Text, "s") || !ts[k+1].Capitalised() {
		return false
	}
	head, _, _ := strings.Cut(ts[k+1].Text, "-")
	return orgHeads[head]
}

// namedDocOwner: "the IEA report", "New CNN polls", "a Pew Research
// Center survey": an organisation's name or acronym modifying the document
// is its owner. A place ("the Iowa poll") or a nationality owns nothing:
// the name must be an acronym or an organisation in the article's names.
func namedDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 {
		return 0, 0, false
	}
	nb := b
	for nb < h && (ts[nb].Tag == "DT" || !ts[nb].Capitalised() && (lexicon.FreshWords[ts[nb].Lower] || ts[nb].Tag == "JJ")) {
		nb++
	}
	// a capitalised fresh word opening the sentence is no name's: "New CNN
	// polls out Monday show …" (but "The New York Times poll" keeps "New",
	// and so does a name the fresh word opens without it)
	if nb < h && nb == 0 && lexicon.FreshWords[ts[nb].Lower] {
		if ob, oe, ok := a.ownerName(ts, nb+1, h); ok {
			return ob, oe, true
		}
	}
	return a.ownerName(ts, nb, h)
}

// unmarkedDocOwner: "A new Gallup poll also showed", "The Morning Consult
// poll showed", "a Reuters/Ipsos poll found", "A Gartner survey reports":
// a name the article gives no kind to (a pollster, a firm named once)
// modifying the document is its owner, unless it is where or when the
// document was made or whom it is about: a place (lexicon.Places, or a
// name the article writes after "in": "the Iowa poll"), a month or a day
// ("The April survey"), a nationality or party adjective ("a Chinese
// study", "the Republican report"), a person's name, or a sentence's
// first word the article also writes in lower case ("Election data
// show").
func unmarkedDocOwner(a *attributor, ts []text.Token, b, e int) (int, int, bool) {
	h := docHead(ts, b, e)
	if h < 0 || h > 0 && ts[h].Capitalised() {
		return 0, 0, false // "The Field Poll": the document's own name
	}
	nb := b
	for nb < h && (ts[nb].Tag == "DT" || !ts[nb].Capitalised() && (lexicon.FreshWords[ts[nb].Lower] || ts[nb].Tag == "JJ")) {
		nb++
	}
	if nb < h && nb == 0 && lexicon.FreshWords[ts[nb].Lower] {
		nb++ // "New Quinnipiac polls show …"
	}
	if nb >= h {
		return 0, 0, false
	}
	for k := nb; k < h; k++ {
		t := ts[k]
		if t.Text == "/" || t.Text == "&" || t.Text == "-" || k > nb && !t.Capitalised() && (t.Tag == "NN" || t.Tag == "VBG") && !ts[k+1].Capitalised() {
			continue // (a kind of document after the name: "opinion poll")
		}
		if !t.Capitalised() || t.Tag == "CD" || isPossessive(t) || lexicon.Places[t.Text] {
			return 0, 0, false
		}
	}
	ne := h - 1
	for ne > nb && !ts[ne].Capitalised() && (ts[ne].Tag == "NN" || ts[ne].Tag == "VBG") {
		ne-- // "the latest Reuters/Ipsos opinion poll", "a Gallup tracking poll"
	}
	for nb < ne && lexicon.MonthWords[ts[nb].Text] {
		nb++ // "the June CNN poll"
	}
	name := a.d.Text[ts[nb].Start:ts[ne].End()]
	if nb == ne && (lexicon.MonthWords[ts[nb].Text] || timeWords[ts[nb].Lower]) {
		return 0, 0, false // "The April survey", "the Sunday poll"
	}
	if lexicon.Places[name] || nb == ne && (nationality(ts[nb].Text) || partyWords[ts[nb].Lower] || lexicon.NonOwnerAcronyms[ts[nb].Text]) {
		return 0, 0, false
	}
	if len(name) < 2 {
		return 0, 0, false // "The Q poll": a nickname
	}
	if nb == 0 && (a.reg.lower.has(ts[nb].Lower) || !nameInsideSentence(a.d.Text, name)) {
		return 0, 0, false // "Exit polls", "Several polls", "One study": a word opening the sentence
	}
	if a.reg.kindOf(name) == kindPerson || strings.Contains(a.d.Text, " in "+name) {
		return 0, 0, false
	}
	return nb, ne, true
}

// nameInsideSentence reports whether the text writes name capitalised
// after another word of its sentence somewhere ("… a new Gallup poll"):
// evidence that a capitalised word opening a sentence is a name.
func nameInsideSentence(txt, name string) bool {
	for off := 0; ; {
		i := strings.Index(txt[off:], name)
		if i < 0 {
			return false
		}
		i += off
		j := i - 1
		for j >= 0 && (txt[j] == ' ' || txt[j] == '\t') {
			j--
		}
		if j >= 0 && j < i-1 && (unicode.IsLetter(rune(txt[j])) || unicode.IsDigit(rune(txt[j])) || txt[j] == ',') {
			return true
		}
		off = i + len(name)
	}
}

// partyWords are party and ideology adjectives: "the Democratic report" is
// about a party, not by a pollster.
var partyWords = lexicon.WordSet(`democratic republican conservative liberal labour labor progressive socialist
green libertarian independent federal national state`)

// ownerName reports whether ts[nb..h-1], the words before the document
// noun ts[h], are an organisation's name or acronym.
func (a *attributor) ownerName(ts []text.Token, nb, h int) (int, int, bool) {
	if nb >= h {
		return 0, 0, false
	}
	for k := nb; k < h; k++ {
		if !ts[k].Capitalised() && ts[k].Text != "&" && ts[k].Text != "/" && ts[k].Text != "-" {
			return 0, 0, false
		}
	}
	ne := h - 1
	if nb == ne && lexicon.NonOwnerAcronyms[ts[nb].Text] {
		return 0, 0, false
	}
	if nb == ne && isAcronymWord(ts[nb].Text) {
		return nb, ne, true
	}
	if name := a.d.Text[ts[nb].Start:ts[ne].End()]; a.reg.kindOf(name) == kindOrg {
		return nb, ne, true
	}
	return 0, 0, false
}

// docSentences returns the indexes of the sentences documentAuthor reads
// for a document of head, in text order: those up to si holding its stem
// in any case or a kin word (kinWords); when generic, those from one
// past documentReach before si up to si. The non-generic lists are read
// once per head, as far as the furthest si asked.
func (a *attributor) docSentences(head, stem string, generic bool, si int) []int {
	if generic {
		var near []int
		for p := max(0, si-documentReach-1); p <= si; p++ {
			near = append(near, p)
		}
		return near
	}
	if a.docSents == nil {
		a.docSents = map[string]*docSents{}
	}
	ds := a.docSents[head]
	if ds == nil {
		ds = &docSents{}
		a.docSents[head] = ds
	}
	for ; ds.read <= si && ds.read < len(a.d.Sentences); ds.read++ {
		sn := a.d.Sentences[ds.read]
		if strings.Contains(strings.ToLower(a.d.Text[sn.Start:sn.End]), stem) || kinWords(head, a.d.Text[sn.Start:sn.End]) {
			ds.list = append(ds.list, ds.read)
		}
	}
	return ds.list
}

// docSents are the sentences docSentences found for a head among the
// first read of the article.
type docSents struct {
	read int
	list []int
}

// documentAuthor resolves a definite document with no name of its own
// ("the report", "The study", "the new survey") to the owner of the
// nearest earlier mention of a document with the same head in the
// article's previous sentences (at most documentReach back): the subject
// who released or published it, its agent after "by", its possessor or
// the organisation naming it ("The Brookings Institution published a study
// of rents in March. The report found …" → Brookings Institution). Further
// back, only the article's one owner of such documents counts.
func (a *attributor) documentAuthor(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	head, _, definite := npHead(ts, b, e)
	if !definite || !lexicon.DocNouns[head] {
		return "", "", false
	}
	for k := b + 1; k < e; k++ {
		if ts[k].Capitalised() {
			return "", "", false // a document with a name of its own
		}
	}
	si := a.d.SentenceAt(ts[b].Start)
	generic := strings.TrimSuffix(head, "s") == "document"
	stem := strings.TrimSuffix(head, "s")
	if len(stem) > 4 {
		stem = stem[:4] // "stud" for study/studies, "anal" for analysis/analyses
	}
	// past documentReach, the article's one document of that kind: every
	// earlier mention with an owner names the same owner ("J.D. Power
	// released its 2025 report … [ten sentences] … the report found")
	var far, farHow string // (farHow: the owner rule that found far, for explain)
	var farKind claims.SourceKind
	desc := "" // an earlier mention's description, no owner (rule described-before)
	// the sentences that may mention such a document ("the document":
	// any sentence, near only); read once per head (reading every earlier
	// sentence at each call took time quadratic in the article)
	cand := a.docSentences(head, stem, generic, si)
	for ci := len(cand) - 1; ci >= 0; ci-- {
		p := cand[ci]
		if p > si {
			continue
		}
		if generic && si-p > documentReach {
			break // "the document": any document, near only
		}
		pts := a.tokens(p)
		for k := len(pts) - 1; k >= 0; k-- {
			if pts[k].Start >= ts[b].Start || !(sameDocument(pts[k].Lower, head) || generic && lexicon.DocNouns[pts[k].Lower]) || !strings.HasPrefix(pts[k].Tag, "NN") {
				continue
			}
			if capsWord(pts[k].Text) {
				continue // a wire headline's word in capitals ("… YEAR RESULTS UP Bush Industries Inc said"), no mention of the document
			}
			nb := npLeftFrom(pts, k)
			if nb < 0 {
				continue
			}
			ob, oe, how, ok := a.documentOwner(pts, nb, k)
			if !ok {
				ob, oe, how = a.pronounDocOwner(pts, nb, k)
				ok = how != ""
			}
			if pb, pe, ph, pok := docParticipleAgent(pts, nb); pok && ph == k && (!ok || ob >= nb && oe <= k) {
				// "the X report, released on Thursday by the CSIRO": the
				// agent, not a name inside the document's title
				ob, oe, how, ok = pb, pe, "document-participle-agent", true
			}
			if ok {
				oe = a.wholeName(pts, ob, oe)
				n, kind := a.resolveInner(pts, ob, oe)
				if si-p <= documentReach {
					a.subRule(how) // (after resolveInner, which clears it)
					return n, kind, true
				}
				if far != "" && far != n {
					return "", "", false // two owners: which one is meant is unknown
				}
				far, farKind, farHow = n, kind, how
				continue
			}
			// the nearest document of its kind with a name of its own but
			// no owner ("The USC Dornsife/Los Angeles Times Daybreak
			// tracking poll … In this poll") is the one meant: an earlier
			// one is another document ("the poll", "a new statewide poll"
			// may be the same as an earlier one: look further back)
			if namedDocument(pts, nb, k) {
				// the named document itself is the source, in its
				// fullest form ("the J.D. Power 2025 North America Rental
				// Car Satisfaction Study … the report found")
				if far != "" {
					return "", "", false
				}
				fb := nb
				for fb < k && !pts[fb].Capitalised() && !digitName(pts[fb]) { // ("the latest 1News Verian poll")
					fb++
				}
				for fb == nb && fb > 0 && (pts[fb-1].Capitalised() && pts[fb-1].Tag != "DT" && pts[fb-1].Tag != "IN" || pts[fb-1].Tag == "CD") {
					fb-- // "the J.D. Power 2025 …": the name runs on past a year
					nb = fb
				}
				if (pts[fb].Capitalised() || digitName(pts[fb])) && (fb > nb || fb == nb && pts[fb].Tag != "DT") {
					a.subRule("named-document")
					return a.d.Text[pts[fb].Start:pts[k].End()], kindOrg, true
				}
				return "", "", false
			}
			if desc == "" && e == b+1 && sameDocument(pts[k].Lower, head) {
				desc = describedDocument(a.d.Text, pts, nb, k)
			}
			if generic && !sameDocument(pts[k].Lower, head) && definiteDets[pts[nb].Lower] && nb+1 == k {
				// "The report projects … . …, the document says": the
				// author of the report that description stands for,
				// named further back (rule document-author, its chained
				// form; articles-dev-1's State of the Climate report)
				if n, kind, ok := a.documentAuthor(pts, nb, k); ok && n != "" {
					return n, kind, true
				}
			}
		}
	}
	if far != "" {
		a.subRule("only-owner/" + farHow)
		return far, farKind, true
	}
	if titledDocNouns[head] {
		if n, k, ok := a.titledIssuer(si, ts[b].Start); ok {
			a.subRule("titled-issuer")
			return n, k, ok
		}
	}
	if !generic {
		if n, k, ok := a.otherKindDocOwner(ts[b].Start, si, head); ok {
			a.subRule(ruleOtherKindDocument)
			return n, k, true
		}
	}
	if desc != "" {
		a.subRule(ruleDescribedBefore)
		return desc, kindOrg, true
	}
	return "", "", false
}

// Rules of documentAuthor's last resorts, for --explain.
const (
	ruleOtherKindDocument = "other-kind-document"
	ruleDescribedBefore   = "described-before"
)

// otherKindDocOwner returns, for a definite document of figures that no
// earlier document of its kind stands for ("the report" with no report
// before; lexicon.FigureDocNouns), the source of the nearest document of
// figures of another kind in its sentence or the documentReach before it
// (rule other-kind-document): its owner ("the quarterly crime statistics
// released by the South African Police Service … according to the
// statistics. … , the report added" → the South African Police Service,
// through the bare "the statistics" standing for the first), else the
// source an earlier cue gave it ("according to new Department of Health
// statistics published on Thursday. The figures show …"). A statement, a
// letter or a filing is no document of figures: "the statement said"
// after a campaign's response keeps its words. The nearest document of
// figures with no source ends the search.
func (a *attributor) otherKindDocOwner(pos, si int, head string) (string, claims.SourceKind, bool) {
	if !lexicon.FigureDocNouns[head] {
		return "", "", false
	}
	for p := si; p >= 0 && si-p <= documentReach; p-- {
		pts := a.tokens(p)
		for k := len(pts) - 1; k >= 0; k-- {
			if pts[k].Start >= pos || !lexicon.FigureDocNouns[pts[k].Lower] || sameDocument(pts[k].Lower, head) || !strings.HasPrefix(pts[k].Tag, "NN") ||
				pts[k].Capitalised() || k+1 < len(pts) && strings.HasPrefix(pts[k+1].Tag, "NN") {
				continue // (a name's word, "Philippine Statistics Authority", or a modifier, "the statistics agency")
			}
			nb := npLeftFrom(pts, k)
			if nb < 0 {
				continue
			}
			ob, oe, _, ok := a.documentOwner(pts, nb, k)
			if pb, pe, ph, pok := docParticipleAgent(pts, nb); pok && ph == k && (!ok || ob >= nb && oe <= k) {
				ob, oe, ok = pb, pe, true
			}
			if ok {
				oe = a.wholeName(pts, ob, oe)
				n, kind := a.resolveInner(pts, ob, oe)
				return n, kind, n != ""
			}
			if nb+1 == k && definiteDets[pts[nb].Lower] {
				// "the statistics": the document it stands for
				if n, kind, ok := a.documentAuthor(pts, nb, k); ok && n != "" {
					return n, kind, true
				}
			}
			if p < si {
				if n, kind, ok := a.citedDocSource(p, pts[nb].Start, pts[k].End()); ok {
					return n, kind, true
				}
			}
			return "", "", false
		}
	}
	return "", "", false
}

// citedDocSource returns the named source a cue of sentence p gave the
// document spanning [start, end): its source stands inside the document's
// words ("according to new Department of Health statistics").
func (a *attributor) citedDocSource(p, start, end int) (string, claims.SourceKind, bool) {
	for _, f := range a.sentence(p) {
		if f.src != nil && f.src.Name != "" && f.src.Start >= start && f.src.End <= end && !pronouns[strings.ToLower(f.src.Mention)] {
			return f.src.Name, f.src.Kind, true
		}
	}
	return "", "", false
}

// describedDocument returns the description of an earlier mention of a
// document with no owner, ts[nb..k] — its noun modifiers and head without
// the determiner ("the budget documents" → "budget documents") — for a
// later bare "the documents" (rule described-before: "according to the
// budget documents. … The documents show"); "" when no noun modifies it.
func describedDocument(txt string, ts []text.Token, nb, k int) string {
	if !definiteDets[ts[nb].Lower] || k-nb < 2 {
		return ""
	}
	for i := nb + 1; i < k; i++ {
		if ts[i].Capitalised() || ts[i].Tag != "NN" && ts[i].Tag != "NNS" {
			return ""
		}
	}
	return txt[ts[nb+1].Start:ts[k].End()]
}

// titledIssuer returns the subject that, in the sentences before pos's
// (documentReach of them), issued a document known only by its title:
// "The Asian Development Bank published its latest Asian Development
// Outlook on Wednesday. … The report projects …" (fresh-10), "The OECD
// released its Employment Outlook on Tuesday. The report found …" (named
// step document-author, its title-issue form). The nearest such issue
// decides; a subject that is a pronoun or no name decides nothing.
func (a *attributor) titledIssuer(si, pos int) (string, claims.SourceKind, bool) {
	for p := si - 1; p >= 0 && si-p <= documentReach; p-- {
		pts := a.tokens(p)
		for v := len(pts) - 3; v > 0; v-- {
			if !lexicon.IssueVerbs[pts[v].Lower] || !strings.HasPrefix(pts[v].Tag, "VB") {
				continue
			}
			k := v + 1
			if !issuedDocDeterminers[pts[k].Lower] {
				continue
			}
			k++
			for k < len(pts) && !pts[k].Capitalised() && (pts[k].Tag == "JJ" || pts[k].Tag == "JJS" || pts[k].Tag == "CD") {
				k++ // "its latest", "its annual", "its 2024"
			}
			n := 0
			for k+n < len(pts) && pts[k+n].Capitalised() && pts[k+n].Tag != "POS" {
				n++
			}
			if n < 2 || k+n < len(pts) && strings.HasPrefix(pts[k+n].Tag, "NN") {
				continue // a title of two capitalised words or more, not a name before a noun ("its Jakarta office")
			}
			return a.namedSubject(pts, v)
		}
	}
	return "", "", false
}

// namedDocument reports a document phrase with a capitalised word after
// its first ("The USC Dornsife/Los Angeles Times Daybreak tracking poll").
func namedDocument(ts []text.Token, b, h int) bool {
	for k := b + 1; k < h; k++ {
		if ts[k].Capitalised() {
			return true
		}
	}
	return false
}

// documentReach is how many sentences back documentAuthor looks.
const documentReach = 6

// sameDocument reports whether w names the same kind of document as head:
// the same noun, or report and study, survey and poll, read as one.
func sameDocument(w, head string) bool {
	w, head = strings.TrimSuffix(w, "s"), strings.TrimSuffix(head, "s")
	if w == head {
		return true
	}
	kin := func(x string) string {
		if k := documentKinds[x]; k != "" {
			return k
		}
		return x
	}
	return kin(w) == kin(head)
}

// documentKinds read document nouns (without a final "s") of one kind as
// one: a report, study, analysis, review … is a report; a survey a poll.
var documentKinds = map[string]string{
	"report": "report", "study": "report", "analysi": "report", "review": "report", "paper": "report",
	"audit": "report", "brief": "report", "briefing": "report", "bulletin": "report",
	"survey": "poll", "poll": "poll",
}

// documentKindStems are the stems by which text names a document of each
// of documentKinds' kinds, in any number ("stud" of study and studies).
var documentKindStems = map[string][]string{
	"report": {"report", "stud", "analys", "review", "paper", "audit", "brief", "bulletin"},
	"poll":   {"survey", "poll"},
}

// docOutShows reads a plural document noun the tagger took for a verb
// before "out"/"released" and a time, then a plain cue form it took for a
// noun: "New CNN polls out Monday show Trump up by 4 points", "Two surveys
// released this week find …". It returns the cue's index, or 0.
func docOutShows(ts []text.Token, j int) int {
	t := ts[j]
	if j == 0 || !strings.HasSuffix(t.Lower, "s") || !lexicon.DocNouns[t.Lower] || !strings.HasPrefix(t.Tag, "VB") || j+2 >= len(ts) {
		return 0
	}
	if l := ts[j+1].Lower; l != "out" && !lexicon.IssueVerbs[l] {
		return 0
	}
	for c := j + 2; c < len(ts) && c <= j+5; c++ {
		l := ts[c].Lower
		switch {
		case timeWords[l] || lexicon.MonthWords[l] || l == "on" || l == "this" || l == "last" || l == "in" || ts[c].Tag == "CD":
			continue
		case (lexicon.FindingVerbs[l] || l == "find") && !strings.HasPrefix(ts[c].Tag, "VB"):
			return c
		}
		return 0
	}
	return 0
}

// oneOfDocuments reads "one", "another" or "each" as the subject of a cue
// after plural documents named earlier in the sentence ("Several surveys
// were released this week, one finding a 3-point race", "Two polls came
// out; one shows Clinton up 4"): it returns the documents' phrase.
func oneOfDocuments(ts []text.Token, b, e int) (int, int, bool) {
	if b != e {
		return 0, 0, false
	}
	switch ts[b].Lower {
	case "one", "another", "each", "both":
	default:
		return 0, 0, false
	}
	for k := b - 1; k >= 0; k-- {
		t := ts[k]
		if lexicon.DocNouns[t.Lower] && strings.HasSuffix(t.Lower, "s") && strings.HasPrefix(t.Tag, "NN") {
			nb := npLeftFrom(ts, k)
			if nb < 0 {
				nb = k
			}
			return nb, k, true
		}
	}
	return 0, 0, false
}

// kinWords reports whether s holds a noun of head's kind (sameDocument's
// pairs) in any case.
func kinWords(head, s string) bool {
	l := strings.ToLower(s)
	for _, stem := range documentKindStems[documentKinds[strings.TrimSuffix(head, "s")]] {
		if strings.Contains(l, stem) {
			return true
		}
	}
	return false
}

// titledDocNouns stand for a document known by its title ("The report
// projects …" after "X published its latest Asian Development Outlook").
var titledDocNouns = lexicon.WordSet(`report study survey review analysis document paper`)

// issuedDocDeterminers open the title an issuer published ("published its
// latest …", "released the annual …").
var issuedDocDeterminers = lexicon.WordSet(`its their the a`)

// issuerAnaphorDets open a phrase standing for the document or figures the
// sentence before put out: "The release said", "These showed", "Results
// showed" (no determiner).
var issuerAnaphorDets = lexicon.WordSet(`the these those this`)

// docOrFigureNoun reports a document noun (lexicon.DocNouns: "report",
// "survey") or a word for the figures one holds (lexicon.FigureAnaphors:
// "figures", "results").
func docOrFigureNoun(w string) bool {
	return lexicon.DocNouns[w] || lexicon.FigureAnaphors[w]
}

// issuerAnaphor reports a source phrase ts[b..e] opening its sentence that
// stands for what the sentence before put out: a bare demonstrative
// ("These showed …") or a document or figure noun with no name or owner of
// its own ("The release said …", "Results showed …", "The latest figures
// show …").
func issuerAnaphor(ts []text.Token, b, e int) bool {
	if b != firstWord(ts) || e-b > 2 {
		return false
	}
	if b == e {
		w := ts[b].Lower
		return ts[b].Tag == "DT" && issuerAnaphorDets[w] && w != "the" || ts[b].Tag == "NNS" && docOrFigureNoun(w)
	}
	if !issuerAnaphorDets[ts[b].Lower] || !docOrFigureNoun(ts[e].Lower) {
		return false
	}
	for k := b + 1; k < e; k++ {
		if ts[k].Capitalised() || isPossessive(ts[k]) || ts[k].Tag != "JJ" && ts[k].Tag != "JJS" {
			return false // "The Lancet study", "The bank's report", "the employment report"
		}
	}
	return true
}

// issuedBefore reports that issuerBefore finds the issuer of ts[b..e]:
// "These" names someone only then.
func (a *attributor) issuedBefore(ts []text.Token, b, e int) bool {
	_, _, ok := a.issuerBefore(ts, b, e)
	return ok
}

// issuerBefore returns the issuer the sentence before a source phrase
// names for what the phrase stands for (issuerAnaphor): "The Philippine
// Statistics Authority released preliminary figures on Thursday. These
// showed …" (fresh-13), "Huhtamaki published its half-year report on
// Friday. The release said …", "The Independent Electoral Commission
// published the final tally on Sunday. Results showed …" (fresh-14): a
// named subject of an issuing verb (lexicon.IssueVerbs) whose object is a
// document or figures. Only the sentence right before, in the same
// paragraph or closing the one before it.
func (a *attributor) issuerBefore(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	if !issuerAnaphor(ts, b, e) {
		return "", "", false
	}
	si := a.d.SentenceAt(ts[b].Start)
	if si <= 0 {
		return "", "", false
	}
	pts := a.tokens(si - 1)
	for v := 1; v+1 < len(pts); v++ {
		if !lexicon.IssueVerbs[pts[v].Lower] || pts[v].Tag != "VBD" && pts[v].Tag != "VBZ" {
			continue
		}
		k := v + 1
		if issuedDocDeterminers[pts[k].Lower] {
			k++
		}
		for n := 0; k < len(pts) && n < 4 && !docOrFigureNoun(pts[k].Lower); n++ {
			if tg := pts[k].Tag; tg != "JJ" && tg != "JJS" && tg != "NN" && tg != "CD" && tg != "HYPH" {
				break // "its monthly industrial activity report"
			}
			k++
		}
		if k >= len(pts) || !docOrFigureNoun(pts[k].Lower) || k+1 < len(pts) && strings.HasPrefix(pts[k+1].Tag, "NN") {
			return "", "", false
		}
		return a.namedSubject(pts, v)
	}
	return "", "", false
}

// namedSubject resolves the subject of the verb pts[v] when it ends in a
// capitalised word and is no pronoun ("The Bureau of Statistics released
// …"): the issuer of a document (issuerBefore, titledIssuer).
func (a *attributor) namedSubject(pts []text.Token, v int) (string, claims.SourceKind, bool) {
	sb, se, _, _, ok := subjectLeft(pts, v, 0)
	if !ok || se >= v || pronouns[pts[sb].Lower] || !pts[se].Capitalised() {
		return "", "", false
	}
	if n, k := a.resolveInner(pts, sb, se); n != "" {
		return n, k, true
	}
	return "", "", false
}

// pronounDocOwner is documentAuthor's form for an earlier mention owned by
// a possessive pronoun: "The council said in its report on the
// examination that … . The report put the number at 68" (articles-dev-1),
// "X said on Sunday in its annual scam and cybercrime brief … the brief
// showed", "according to its unaudited financial statements … The
// statements show"; fresh-10 "As per its latest bulletin". The pronoun
// (ts[nb], "its"/"their" with no name of its own in the phrase) is the
// owner's phrase, resolved where it stands (rule it: the organisation
// heading its clause). It returns the owner's phrase and the rule that
// found it ("pronoun-owner", "fronted-possessive-subject"), "" for none.
func (a *attributor) pronounDocOwner(ts []text.Token, nb, h int) (int, int, string) {
	if nb < 0 || nb >= h || ts[nb].Tag != "PRP$" || !orgPossessives[ts[nb].Lower] {
		return 0, 0, ""
	}
	for k := nb + 1; k < h; k++ {
		if ts[k].Capitalised() || isPossessive(ts[k]) {
			return 0, 0, "" // a document with a name of its own
		}
	}
	// the capitalised name heading the pronoun's clause, not a person's:
	// "Dangote Cement Plc has reported a profit …, according to its
	// unaudited financial statements" (a name of unknown kind, which rule
	// it passes over for an organisation further back)
	named := func(sb, se int) bool {
		return sb >= 0 && se < nb && ts[se].Capitalised() && (ts[sb].Capitalised() || ts[sb].Tag == "DT") &&
			a.reg.kindOf(a.d.Text[ts[sb].Start:ts[se].End()]) != kindPerson && !dateNP(ts, sb, se) && !pronouns[ts[sb].Lower]
	}
	// the subject nearest before the pronoun ("…, the Singapore Police
	// Force said on Sunday in its annual brief"), else the sentence's
	// ("Dangote Cement Plc has reported …, up from … in the period ended
	// …, according to its statements")
	last := -1
	for j := tokenDatelineEnd(ts, nb); j+1 < nb; j++ { // (a dateline is no subject: rule dateline-no-name)
		v := verbAfterSubject(ts, j)
		if v < nb && nounish(ts[j]) && finiteTag(ts[v].Tag) {
			last = j
		}
	}
	if last >= 0 && named(npLeftFrom(ts, last), last) {
		return npLeftFrom(ts, last), last, "pronoun-owner"
	}
	if sb, se, _, _, ok := mainSubject(ts, nb); ok && named(sb, se) {
		return sb, se, "pronoun-owner"
	}
	// rule fronted-possessive-subject: the pronoun in a phrase fronted
	// before the main clause is its subject's ("In its third-quarter
	// filing to the Taipei Exchange, the company reported …"; articles-dev-6
	// Taiwan; "In its annual report, the bank said …")
	if sb, se, _, _, ok := mainSubject(ts, len(ts)); ok && sb > nb && a.orgSubjectNP(ts, sb, se) {
		return sb, se, "fronted-possessive-subject"
	}
	if n, _ := a.resolveInner(ts, nb, nb); n != "" && !pronouns[strings.ToLower(n)] && !strings.EqualFold(n, ts[nb].Text) {
		return nb, nb, "pronoun-owner"
	}
	return 0, 0, ""
}

// wholeName extends the owner phrase ts[ob..oe] to the end of the name
// the registry read whole from its first capitalised word when that name
// runs on past oe in the sentence (rule owner-name-whole): an agent cut at
// a client's "for" ("a report … by the UN Economic Commission for Africa
// (ECA)" read "UN Economic Commission"; articles-dev-6 Morocco) is the
// name the article gave, "for Africa" and all. It returns the new end.
func (a *attributor) wholeName(ts []text.Token, ob, oe int) int {
	b := ob
	for b < oe && !ts[b].Capitalised() {
		b++ // "the UN …"
	}
	start, end := ts[b].Start, ts[oe].End()
	ents := a.reg.ents
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= start })
	for ; i < len(ents) && ents[i].Start == start; i++ {
		if ents[i].End > end {
			for k := oe + 1; k < len(ts) && ts[k].Start < ents[i].End; k++ {
				if ts[k].End() == ents[i].End {
					return k
				}
			}
		}
	}
	return oe
}

// orgSubjectNP reports a subject phrase ts[sb..se] that stands for an
// organisation: a description by kind or trade ("the company", "the
// lender") or a capitalised name of no person.
func (a *attributor) orgSubjectNP(ts []text.Token, sb, se int) bool {
	if l := ts[se].Lower; ts[sb].Lower == "the" && (genericOrgNouns[l] || companyNouns[l]) {
		return true
	}
	return ts[se].Capitalised() && (ts[sb].Capitalised() || ts[sb].Tag == "DT") && !pronouns[ts[sb].Lower] &&
		a.reg.kindOf(a.d.Text[ts[sb].Start:ts[se].End()]) != kindPerson && !dateNP(ts, sb, se)
}

// docParticipleAgent finds the agent of a document phrase opening at ts[b]
// that a participle names after the document, a comma and a time perhaps
// between: "balance of payments data published by the Central Bank of
// Egypt (CBE) on Sunday", "the State of the Climate 2024 report, released
// on Thursday by the CSIRO and the Bureau of Meteorology" (articles-dev-1;
// fresh-10 "a report published on Thursday by Met Éireann", timedAgent's
// form without a comma). It reads at most docAgentReach tokens and returns
// the agent's phrase ts[ab..ae] (a coordination of names whole, before a
// time or a client: agentEnd) and the document head's index.
func docParticipleAgent(ts []text.Token, b int) (ab, ae, h int, ok bool) {
	h = -1
	for k := b; k < len(ts) && k-b <= docAgentReach; k++ {
		t := ts[k]
		if t.Text == "." || t.Text == ";" || strings.HasPrefix(t.Tag, "VB") && !lexicon.AgentParticiples[t.Lower] {
			return 0, 0, -1, false
		}
		if lexicon.DocNouns[t.Lower] && strings.HasPrefix(t.Tag, "NN") {
			h = k
			continue
		}
		if h < 0 || !lexicon.AgentParticiples[t.Lower] || t.Tag != "VBN" || k-h > 2 || k-h == 2 && ts[h+1].Text != "," {
			if t.Text == "," && h < 0 {
				return 0, 0, -1, false // the phrase ends before any document
			}
			continue
		}
		// the participle: a time ("on Thursday", "last week") before "by"
		by := k + 1
		for by < len(ts) && by-k <= 4 && ts[by].Lower != "by" {
			by++
		}
		if by >= len(ts) || ts[by].Lower != "by" || by > k+1 && !dateNP(ts, k+1, by-1) && !(by == k+3 && oneOf(ts[k+1].Lower, "on", "in") && dateNP(ts, k+2, k+2)) {
			return 0, 0, -1, false
		}
		ab = by + 1
		if ab < len(ts) && ts[ab].Lower == "the" && ab+1 < len(ts) {
			ab++
		}
		end := ab
		for end+1 < len(ts) && end-ab < 12 && ts[end+1].Text != "," && ts[end+1].Text != "." && ts[end+1].Text != ";" {
			end++
		}
		ae = agentEnd(ts, ab, end)
		if ab >= len(ts) || ae < ab || !ts[ab].Capitalised() { // ("polls compiled by" closing a text names no agent)
			return 0, 0, -1, false
		}
		return ab, ae, h, true
	}
	return 0, 0, -1, false
}

// docAgentReach bounds the tokens docParticipleAgent reads.
const docAgentReach = 14

// prevSubjectDocument resolves an "it"/"its" at pos whose sentence
// follows one, in the same paragraph, whose subject is a definite document
// ("The biennial report, which draws on …, found that … . Days hotter …
// occur about 12 times more often …, it said"; "The study surveyed 1,13,043
// people … . It found that …"): the document's owner (document-author).
// articles-dev-1; fresh-10 "The report projects … It expects …".
func (a *attributor) prevSubjectDocument(pos int) (string, claims.SourceKind, bool) {
	si := a.d.SentenceAt(pos)
	if si < 1 || a.d.Sentences[si-1].Para != a.d.Sentences[si].Para {
		return "", "", false
	}
	ts, b, e, ok := a.prevSubject(si)
	if !ok || e >= len(ts) || !lexicon.DocNouns[ts[e].Lower] || !strings.HasPrefix(ts[e].Tag, "NN") || ts[b].Lower != "the" {
		return "", "", false
	}
	if n, k, ok := a.documentAuthor(ts, b, e); ok && n != "" {
		return n, k, true
	}
	return "", "", false
}

// documentAuthorNouns are the people who wrote a document: "the report's
// authors", "the study's researchers".
var documentAuthorNouns = lexicon.WordSet(`authors author researchers writers compilers`)

// documentPeople resolves "the report's authors", "the survey's authors",
// "the study's researchers" and "Its authors" (the pronoun standing for
// the document subject of the sentence before) to the owner of the
// document (rule document-authors; articles-dev-1 four times; PolNeAR
// train "the study's authors wrote", web-dev-1 "the report's authors").
// The phrase as written when the document has no owner in the article.
func (a *attributor) documentPeople(ts []text.Token, b, e int) (string, claims.SourceKind, bool) {
	if e < b+1 || !documentAuthorNouns[ts[e].Lower] {
		return "", "", false
	}
	if e == b+1 && ts[b].Tag == "PRP$" && orgPossessives[ts[b].Lower] {
		// "Its authors attributed …": the document of the sentence before
		if n, k, ok := a.prevSubjectDocument(ts[b].Start); ok {
			return n, k, true
		}
		return "", "", false
	}
	if e < b+2 || !isPossessive(ts[e-1]) || !lexicon.DocNouns[ts[e-2].Lower] {
		return "", "", false
	}
	if n, k, ok := a.documentAuthor(ts, b, e-2); ok && n != "" {
		return n, k, true
	}
	return "", "", false
}
