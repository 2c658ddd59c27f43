package attrib

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Attribution: who asserts each claim, and with which cue.
//
// For a claim, in order:
//
//  1. the cues of its own sentence, outside quotation marks (cues.go):
//     "X said/noted/estimated … (that) N", "N …, X said", "N …, said X",
//     "according to X", "X's figures show N", "the tally prepared by X
//     shows", "announced by X", "in a new poll, N", "…, noting that N",
//     "as X explained, N", "…, with X showing N", "in a new poll, N" (the
//     cue runs from "in" to the survey's noun; "in" alone is never a cue,
//     nor is "in the last poll" or a speech verb's "said in a report"),
//     and hedges ("reportedly") that mark reported content with no named
//     source. A subject whose head carries a post-modifier ("the average
//     of polls taken over two weeks shows") is taken from its head
//     (cueSubject); a date is never a source. Each cue covers a scope of the sentence
//     (after the cue, or before a closing "…, X said" clause, or all of it
//     for "according to", passives and hedges). The number takes the
//     closing attribution of its sentence if there is one ("N …, according
//     to X."), else the nearest cue whose scope holds it — never one whose
//     source phrase holds the number ("Maduro, 61, claimed"). Cue verbs
//     other than the strong ones (say, report, estimate, …) need a clause
//     ("that", a colon, a quote, "to" + verb) to take content: "the
//     government responded harshly" names no source. Agentless passives
//     ("is expected to"), poll shares ("47 percent said") and participles
//     modifying a noun are not cues.
//
//     Assertion through a non-speech verb. The subject of a clause is also
//     the source of the numbers in its complement when the verb is one of
//     these classes (cues.go lists the verbs, from the train Cue spans):
//     belief and expectation ("expects a crowd of more than 90,000"),
//     estimate and forecast ("puts/pegs <object> at <number>", "raised its
//     forecast to 3 percent", "By the AP's tally, …"), assessment and
//     finding ("found", "counted", "deemed 1,500 of the pages personal"),
//     accusation ("charged X with …", "accused X of …": the charge, not
//     the accused, is content), and proposal, plan or pledge ("called for
//     the wage … to be raised to $15", "promised to deport 11 million",
//     "threatened to impose a 35 percent tariff", "X's plan would cap … at
//     28 percent": a plan's levels, not what it would cost). These take a
//     clause or an object holding a number; a "NAME NUM" object is a tally
//     ("favored Trump 46 percent to 32 percent"), and physical or
//     narrative acts (grilled, unveiled, imposed a penalty) are no cues.
//     Other forms: object relatives ("the 1.2 billion dollars it expects
//     to collect", "$130 billion more than the budget office had
//     projected"), gapped lists ("with Gallup showing her ahead 3 points,
//     Ipsos 4.3 points"), a paragraph ending "X argued that:" leading in
//     the next paragraph, a relative on a medium the subject put out
//     ("released a letter that says"), and a cue under a modal nested in
//     another cue's content giving way to the outer cue.
//  2. if the number is inside a direct quote, the quote's speaker
//     (quotes.go, speaker.go).
//  3. (a sentence the segmenter cut after a title or month abbreviation,
//     "… and Sens. | Marco Rubio, 11 percent", is one sentence: doc.go);
//     a paragraph's later sentences take the source a paragraph-opening
//     "According to X," or survey gives (openingSource); a
//     paragraph right after a lead-in ending "X argued that:" takes X
//     (leadIn); a sentence reporting a change from an earlier reading
//     right after an organisation's closing "said" in its paragraph takes
//     that statement's source ("…, the bank said. The average export
//     price rose to US$165 from US$148.": previousStatement,
//     prevstatement.go).
//  4. otherwise no source: the article asserts it. A closing attribution
//     does not reach back to the sentence before it ("Sales fell 3
//     percent. Profits dropped 12 percent, the company said."): on
//     PolNeAR train no such earlier sentence is annotated as content, and
//     carrying the source back, even only over attribution sentences of
//     six words or fewer, sourced 18 narration claims and fixed none
//     ("Scott Slinker, 55, gave the candidate $250. …, he said." is the
//     reporter's). Likewise a survey's bare results in later sentences
//     with no cue ("Carson was second at 12 percent.") stay unsourced
//     outside the paragraph that opens with the survey: PolNeAR train
//     leaves 12 of 13 such claims unannotated.
//
// The source phrase is resolved to a name by resolveNP (coref.go).

// found is an attribution: its cue, its source (nil for a hedge with no
// named source) and the byte range of the sentence it covers.
type found struct {
	rule         string // the named rule that found the cue (for --explain)
	cue          claims.Span
	src          *claims.Source
	from, to     int // numbers in [from, to) are covered…
	exFrom, exTo int // …except those in [exFrom, exTo): the source's own words
	// outer marks a closing attribution ("…, according to X." / "…, X
	// said."): it governs the whole sentence before it, nested cues included.
	outer bool
	// survey marks "in" + a survey ("In a new poll, 57 percent …"): the
	// cue runs from "in" to the survey's noun, never "in" alone.
	survey bool
	// relative marks a cue in a relative clause on the number's own noun
	// phrase ("the 30 people the agency reported missing"): it is nearer
	// the number than any cue whose object holds the phrase.
	relative bool
	// irrealis marks a cue under a modal or "to" ("will announce", "plans
	// to say"): a statement not (yet) made. Nested in another cue's content
	// it gives way to that cue ("the campaign says she will announce a
	// program for people under 30").
	irrealis bool
}

func (f *found) covers(start, end int) bool {
	if start < f.from || end > f.to {
		return false
	}
	return end <= f.exFrom || start >= f.exTo
}

type attributor struct {
	d            *text.Doc
	reg          *nameReg
	quotes       []quoteSpan
	sents        map[int][]found
	toks         map[int][]text.Token
	transcript   *transcriptTurns          // speaker turns of a transcript, read on first use (transcript.go)
	nameRules    map[*claims.Source]string // the resolution step of each source's name, when explaining
	npSub        string                    // the sub-rule of the npStep running that decided (subRule), for explain
	chaining     bool                      // describedBefore is reading the descriptions before (coref.go)
	reporting    bool                      // lastNamedReporter is reading the reporters before (reporterdescription.go)
	namingLater  bool                      // documentNamedLater is reading the sentences after (documentnamedlater.go)
	openers      map[string]bool           // commonOpener's answers
	openerStarts map[string][]int          // the starts of the one-word names, for commonOpener
	surveys      map[string][]surveyName   // the survey names of the text's lines by noun, for namedSurvey (coref.go)
	docSents     map[string]*docSents      // the sentences that may mention a document, by head, for documentAuthor (documents.go)
	firstSpoke   map[string]int            // one-word name → start of its first mention that speaks or heads its sentence, -1 none (spokeEarlier, pronounfallback.go)
	orgNounSents []int8                    // per sentence: 1 holds an org noun, 2 none, 0 unread (sentHoldsOrgNoun, coref.go)
	prevStmt     map[int]*found            // previousStatement's answer per sentence (prevstatement.go)
	rejects      map[int][]found           // per sentence: the cue verbs verbCue rejected (rule: the rejection), when explaining
}

func newAttributor(d *text.Doc) *attributor { return newAttributorOff(d, 0) }

// newAttributorOff is newAttributor with the guards of off turned off
// (guardsDecided).
func newAttributorOff(d *text.Doc, off guardSet) *attributor {
	a := &attributor{d: d, reg: newRegistryOff(d.Text, off), quotes: findQuotes(d), sents: map[int][]found{}, toks: map[int][]text.Token{}}
	a.reg.opener = a.commonOpener
	return a
}

// commonOpener reports a one-word name of the article that stands only as
// a sentence's first word and that the tagger reads there as a common noun:
// "Airlines complained.", "Farmers protested." name no organisation a
// description can stand for (nameReg.nearOK). Read on first use (a
// sentence is tagged only when every occurrence opens one), memoised.
func (a *attributor) commonOpener(name string) bool {
	if v, ok := a.openers[name]; ok {
		return v
	}
	if a.openerStarts == nil {
		a.openerStarts = map[string][]int{}
		for _, e := range a.reg.ents {
			if len(e.words) == 1 {
				a.openerStarts[e.Name] = append(a.openerStarts[e.Name], e.Start)
			}
		}
		a.openers = map[string]bool{}
	}
	starts := a.openerStarts[name]
	common := len(starts) > 0
	for _, st := range starts {
		si := a.d.SentenceAt(st)
		if si < 0 || strings.TrimLeftFunc(a.d.Text[a.d.Sentences[si].Start:st], func(r rune) bool {
			return unicode.IsSpace(r) || lexicon.IsQuoteMark(string(r))
		}) != "" {
			common = false // (the text alone: not a sentence's first word)
			break
		}
	}
	for _, st := range starts {
		if !common {
			break
		}
		ts := a.tokens(a.d.SentenceAt(st))
		t := ts[firstWord(ts)]
		common = t.Start == st && (t.Tag == "NNS" || t.Tag == "NN")
	}
	a.openers[name] = common
	return common
}

// Attribute sets Source and Cue on the claims of qs.
func Attribute(d *text.Doc, qs []claims.Quantity) { attribute(d, qs, nil, 0) }

// Rules names the rules that attributed a claim: the one that found its cue
// ("according-to", "verb-cue", "quote-tail/lead": a quote's speaker and
// the way it was read, …) and the step that
// resolved its source's name (npSteps: "titled-role", "it", "proper-name",
// …, or "titled-name", "person-of-organisation", "proper-appositive"; a
// document's owner by its docOwnerRules row or "document-agent"; a
// transcript turn's by its label: labelNameRules).
// Empty when none applied. Guards names the checks inside rules that
// decided the source or cue (explainguards.go), each with what the claim gets
// without it.
// Rejected names, for a claim no rule attributed, the rejection (verbcue.go)
// of the cue verb RejectedCue nearest it in its sentence, if any.
type Rules struct {
	Cue, Name             string
	Guards                []string
	Rejected, RejectedCue string
	// Quote names the rule that found the direct quote holding the claim
	// (QuoteReading.QuoteRule: "double-straight/paragraphs", …) and
	// QuoteStart, QuoteEnd bound it; "" outside quotes.
	Quote                string
	QuoteStart, QuoteEnd int
}

// AttributeExplained is Attribute that also returns, for each quantity, the
// rules that attributed it (for --explain).
func AttributeExplained(d *text.Doc, qs []claims.Quantity) []Rules {
	rules := make([]Rules, len(qs))
	attribute(d, qs, rules, 0)
	guardsDecided(d, qs, rules)
	quotesExplained(d, qs, rules) // (quotereading.go)
	return rules
}

// attribute attributes the claims of qs, with the guards of off turned
// off, and names the rules in rules when it is not nil.
func attribute(d *text.Doc, qs []claims.Quantity, rules []Rules, off guardSet) {
	var a *attributor
	for i := range qs {
		if !qs[i].IsClaim() {
			continue
		}
		if a == nil {
			a = newAttributorOff(d, off)
			if rules != nil {
				a.nameRules = map[*claims.Source]string{}
				a.rejects = map[int][]found{}
			}
		}
		f := a.packageSizeSource(a.claimSource(qs[i].Quantity.Start, qs[i].Quantity.End), qs[i].Quantity.Start, qs[i].Quantity.End) // (packagesize.go)
		if f == nil {
			if rules != nil {
				if r := a.nearestRejection(qs[i].Quantity.Start, qs[i].Quantity.End); r != nil {
					rules[i].Rejected, rules[i].RejectedCue = r.rule, r.cue.Text
				}
			}
			continue
		}
		if rules != nil {
			rules[i].Cue = f.rule
			if f.src != nil {
				rules[i].Name = a.nameRules[f.src]
			}
		}
		if f.cue.Text != "" { // (a speaker named by layout alone has no cue words: nameline.go)
			c := f.cue
			qs[i].Cue = &c
		}
		if f.src != nil {
			s := *f.src
			qs[i].Source = &s
		}
	}
	if a != nil {
		a.reg.release()
	}
}

func (a *attributor) tokens(si int) []text.Token {
	ts, ok := a.toks[si]
	if !ok {
		ts = mergeHeSurnames(mergeOApostrophes(splitContractions(a.splitAtMarks(sentToks(a.d, si)))))
		for j := range ts {
			if reportsShow(ts, j) {
				// "G-III reports/VBZ show/NN.": the noun, then the cue
				ts[j].Tag, ts[j+1].Tag = "NNS", "VBP"
			}
			if t := &ts[j]; strings.HasPrefix(t.Tag, "VB") && t.Capitalised() && !groupLinks[t.Text] && a.reg.orgCovering(t.Start, t.End()) {
				// a capitalised word of an organisation's name is no
				// verb: "…, Save/VBP the Children said" (its links stay
				// links: "Mothers Against/VBP Drunk Driving")
				t.Tag = "NNP"
			}
			if t := &ts[j]; t.Tag == "RB" && t.Capitalised() && j+1 < len(ts) && strings.HasPrefix(ts[j+1].Tag, "VB") && !nonNames[t.Text] && !sentenceOpeners[t.Text] &&
				!a.reg.lower.has(t.Lower) && a.reg.nameAt(t.Start, t.End()) {
				// a name the tagger took for an adverb before its verb:
				// "Unilever/RB reported sales growth of 3.4 per cent"
				t.Tag = "NNP"
			}
			if t := &ts[j]; t.Tag == "CD" && digitName(*t) {
				// a name written with digits first: "the latest 1News/CD
				// Verian/JJ poll" (web-dev-4, fresh-13), with the
				// capitalised word after it read as an adjective
				t.Tag = "NNP"
				if j+2 < len(ts) && ts[j+1].Tag == "JJ" && ts[j+1].Capitalised() && strings.HasPrefix(ts[j+2].Tag, "NN") {
					ts[j+1].Tag = "NNP"
				}
			}
			if orgNounAsVerb(ts, j) {
				// "the statistics institute/VBP TurkStat said": the
				// organisation's noun before its name, no verb
				ts[j].Tag = "NN"
			}
			if c := docOutShows(ts, j); c > 0 {
				// "New CNN polls/VBZ out Monday show/NN": the documents,
				// then the cue (documents.go)
				ts[j].Tag, ts[c].Tag = "NNS", "VBP"
			}
		}
		// tokens at a quote's ends are quote marks, whatever prose made of
		// them ('' may come as two ' tokens)
		for j := range ts {
			t := &ts[j]
			if qi := quoteAt(a.quotes, t.Start); qi >= 0 {
				q := a.quotes[qi]
				if t.Start == q.Start || t.End() == q.End || (t.Text == "'" && (t.Start == q.Start+1 || t.End() == q.End-1)) {
					t.Tag = "``"
				}
			}
		}
		for j := range ts {
			if colonCueNoun(ts, j) || asNameCueNoun(ts, j) {
				ts[j].Tag = "VBZ" // "The IPCC report states/NNS: “…”", "As Mashable reports/NNS, …": the cue
			}
			if tag := asideCueVerb(ts, j); tag != "" {
				ts[j].Tag = tag // "the central bank, the South African Reserve Bank, forecast/JJ growth of …"
			}
		}
		a.toks[si] = ts
	}
	return ts
}

// unmarkedPasts are cue verbs whose past form is their base form: after
// a subject and an aside the word is the verb ("the central bank, the
// South African Reserve Bank, forecast growth of 1.1 percent").
var unmarkedPasts = lexicon.WordSet(`forecast put cut`)

// cueObjectOpeners open what a cue verb reports or points to: "reveals
// that …", "points to …" (asideCueVerb).
var cueObjectOpeners = lexicon.WordSet(`that to`)

// asideCueVerb returns the verb tag for a cue verb's inflected form that
// the tagger read as a noun or an adjective right after the comma closing
// an aside between its subject and it, "" otherwise: "An email from Neera
// Tanden, meanwhile, reveals/NNS that …", "Hoff’s letter, emailed to
// delegates on Thursday and obtained by POLITICO, points/NNS to …"
// (PolNeAR train), "while the central bank, the South African Reserve
// Bank, forecast/JJ growth of 1.1 percent" (fresh-11). A base form ("state
// security forces") or a word followed by no content stays as tagged.
func asideCueVerb(ts []text.Token, j int) string {
	t := ts[j]
	if j < 3 || j+1 >= len(ts) || ts[j-1].Text != "," || t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS" || t.Capitalised() {
		return "" // (checked first: this runs at every token)
	}
	l := lexicon.CueVerbs[t.Lower]
	if l == "" {
		return ""
	}
	tag := ""
	switch {
	case l != t.Lower && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss"):
		tag = "VBZ"
	case l != t.Lower && strings.HasSuffix(t.Lower, "ed") || unmarkedPasts[t.Lower]:
		tag = "VBD"
	default:
		return ""
	}
	n := ts[j+1]
	if !(cueObjectOpeners[n.Lower] || n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "CD" || n.Text == "$" || strings.HasPrefix(n.Tag, "NN") && !n.Capitalised() || strings.HasPrefix(n.Tag, "JJ")) {
		return ""
	}
	if _, _, _, _, ok := subjectBeforeComma(ts, j-1); !ok {
		return ""
	}
	return tag
}

// orgHeadsLower are the organisation heads in lower case ("institute").
var orgHeadsLower = func() map[string]bool {
	m := map[string]bool{}
	for w := range orgHeads {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// orgNounAsVerb reports an organisation noun the tagger read as a verb
// inside a noun phrase, before the organisation's name: "the statistics
// institute/VBP TurkStat", "the state pension fund/VBP KLP" (a determiner,
// an adjective or a noun two words before it).
func orgNounAsVerb(ts []text.Token, j int) bool {
	if j < 2 || j+1 >= len(ts) || !ts[j+1].Capitalised() {
		return false // (checked first: this runs at every token)
	}
	t := ts[j]
	if !strings.HasPrefix(t.Tag, "VB") || t.Capitalised() || !(orgHeadsLower[t.Lower] || genericOrgNouns[t.Lower]) {
		return false
	}
	p, pp, n := ts[j-1], ts[j-2], ts[j+1]
	return (strings.HasPrefix(p.Tag, "NN") || p.Tag == "JJ") && !p.Capitalised() &&
		(pp.Tag == "DT" || pp.Tag == "JJ" || strings.HasPrefix(pp.Tag, "NN") && !pp.Capitalised()) &&
		n.Capitalised() && strings.HasPrefix(n.Tag, "NNP")
}

// contractionTags are the tags of the verbs a pronoun's contraction ends in.
var contractionTags = map[string]string{"ve": "VBP", "re": "VBP", "m": "VBP", "ll": "MD", "d": "MD", "s": "VBZ"}

// splitContractions splits a pronoun's contraction that prose kept whole
// ("We’ve", "They're", tagged a proper noun) into the pronoun and its verb,
// so that the pronoun is a subject ("A: We’ve found that …" is the
// speaker's), never a name.
func splitContractions(ts []text.Token) []text.Token {
	var out []text.Token
	for i, t := range ts {
		k := strings.IndexAny(t.Text, "'’")
		if k <= 0 || !pronouns[t.Lower[:k]] {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(t.Text[k:])
		tag, ok := contractionTags[t.Lower[k+n:]]
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]text.Token, 0, len(ts)+2), ts[:i]...)
		}
		out = append(out, text.Token{Text: t.Text[:k], Tag: "PRP", Start: t.Start, Lower: t.Lower[:k]},
			text.Token{Text: t.Text[k:], Tag: tag, Start: t.Start + k, Lower: t.Lower[k:]})
	}
	if out == nil {
		return ts
	}
	return out
}

// splitAtMarks splits a token prose ran into a quote's opening mark
// ("(R-S.C.):\"I" → "R-S.C.", ")", ":", "\"", "I"), so that the lead-in
// ends in its own punctuation.
func (a *attributor) splitAtMarks(ts []text.Token) []text.Token {
	var out []text.Token
	for i, t := range ts {
		qi := quoteAt(a.quotes, t.End()-1)
		if qi < 0 || a.quotes[qi].Start <= t.Start {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]text.Token, 0, len(ts)+4), ts[:i]...)
		}
		q := a.quotes[qi]
		raw := a.d.Text[t.Start:q.Start]
		w := strings.TrimRight(raw, ",:;) ")
		if w != "" {
			out = append(out, text.Token{Text: w, Tag: t.Tag, Start: t.Start, Lower: strings.ToLower(w)})
		}
		for k := len(w); k < len(raw); k++ {
			if c := raw[k : k+1]; c != " " {
				out = append(out, text.Token{Text: c, Tag: c, Start: t.Start + k, Lower: c})
			}
		}
		_, n := utf8.DecodeRuneInString(a.d.Text[q.Start:])
		out = append(out, text.Token{Text: a.d.Text[q.Start : q.Start+n], Tag: "``", Start: q.Start, Lower: a.d.Text[q.Start : q.Start+n]})
		if rest := a.d.Text[q.Start+n : t.End()]; rest != "" {
			out = append(out, text.Token{Text: rest, Tag: t.Tag, Start: q.Start + n, Lower: strings.ToLower(rest)})
		}
	}
	if out == nil {
		return ts
	}
	return out
}

// claimSource returns the attribution of the number at [start, end), or nil.
func (a *attributor) claimSource(start, end int) *found {
	si := a.d.SentenceAt(start)
	if si < 0 {
		return nil
	}
	if sp := a.quoteTail(start); sp != nil {
		return namedp(sp, a.quoteRule("quote-tail", start)) // "“…,” X said": the quote's own attribution clause (speaker.go)
	}
	best := a.reportedReport(a.sentence(si), pick(a.sentence(si), start, end), start, end)
	if best != nil && best.src != nil {
		if f := a.turnWe(si, best); f != nil {
			return f // "we expect" in a transcript turn: the turn's speaker (transcript.go)
		}
		if f := a.leadInWe(si, best); f != nil {
			return f // "As we had expected" after "From Goldman on …:" (fromleadin.go)
		}
		return best
	}
	if qi := quoteAt(a.quotes, start); qi >= 0 {
		if sp := a.speaker(qi); sp != nil {
			return namedp(sp, a.quoteRule("quote-speaker", start))
		}
	}
	if best == nil {
		if f := a.transcriptLabel(si); f != nil {
			return namedp(f, "transcript-label")
		}
		if f := a.leadIn(si); f != nil {
			return namedp(f, "lead-in")
		}
		if f := a.openingSource(si); f != nil {
			return f
		}
		if f := a.nextSentenceSource(si); f != nil {
			return f // "… The figures were released by X." (nextsentence.go)
		}
		return a.previousStatement(si) // "…, the bank said. The average export price rose to US$165 …" (prevstatement.go)
	}
	return best
}

// verbCueRules name the verb-cue rule by the verb's class
// (lexicon.CueClasses).
var verbCueRules = map[string]string{}

func init() {
	for _, c := range lexicon.CueClasses {
		verbCueRules[c.Name] = "verb-cue/" + c.Name
	}
	verbCueRules["clause"] = "verb-cue/clause"
}

// named gives f the rule name when the function that found it gave none.
func named(f found, rule string) found {
	if f.rule == "" {
		f.rule = rule
	}
	return f
}

// quoteRule is the rule explain prints for a cue read from the speaker of
// the quote at off: family ("quote-tail", "quote-speaker") and the way the
// speaker was read ("quote-tail/lead"; quoteSpan.by), when the finder
// gave no rule of its own ("words-of", "name-line").
func (a *attributor) quoteRule(family string, off int) string {
	if qi := quoteAt(a.quotes, off); qi >= 0 && a.quotes[qi].by != "" {
		return family + "/" + a.quotes[qi].by
	}
	return family
}

// namedp is named for a *found (nil stays nil).
func namedp(f *found, rule string) *found {
	if f != nil && f.rule == "" {
		f.rule = rule
	}
	return f
}

// leadIn returns the attribution of a paragraph that ends in a cue and a
// colon ("Smith argued that:", "The ministry said:") for the paragraph
// right after it, which is the content it introduces (a block quotation or
// a list, not in quotation marks).
func (a *attributor) leadIn(si int) *found {
	para := a.d.Sentences[si].Para
	k := si
	for k > 0 && a.d.Sentences[k-1].Para == para {
		k--
	}
	lead := a.leadInParagraph(para)
	for k > 0 && a.d.Sentences[k-1].Para > lead {
		k--
	}
	if k == 0 || a.d.Sentences[k-1].Para != lead || strings.IndexByte(a.d.SentenceText(k-1), ':') < 0 {
		return nil // (no colon: no need to tokenise the sentence)
	}
	ts := a.tokens(k - 1)
	if len(ts) < 2 || ts[len(ts)-1].Text != ":" || a.inQuote(ts[len(ts)-1].Start) {
		return nil
	}
	colon := ts[len(ts)-1]
	if b, e, ok := fromLeadIn(ts); ok && (k-1 == 0 || a.d.Sentences[k-2].Para != lead) {
		// "From Goldman on the FOMC operation twist announcement:" alone
		// in its paragraph (fromleadin.go)
		if src := a.source(ts, b, e, -1, -1); src != nil {
			p := a.d.Paragraphs[para]
			return &found{rule: "lead-in/from-name", src: src, from: p.Start, to: p.End} // (no cue words, as a name line has none)
		}
	}
	for _, f := range a.sentence(k - 1) {
		if f.src == nil || f.cue.End > colon.Start {
			continue
		}
		// only "that", an addressee, or a lead-in's medium or "the
		// following" between the cue and the colon
		gap := strings.Fields(strings.ToLower(a.d.Text[f.cue.End:colon.Start]))
		if !leadInGap(gap) && (len(gap) > 2 || len(gap) > 0 && gap[0] != "that" && !(lexicon.CueVerbs[strings.ToLower(f.cue.Text)] == "tell")) {
			continue
		}
		p := a.d.Paragraphs[para]
		g := f
		g.from, g.to, g.exFrom, g.exTo, g.outer = p.Start, p.End, 0, 0, false
		return &g
	}
	return nil
}

// leadInGap reports the words between a lead-in's cue and its colon that
// leave the next paragraph its content: "the following" ("Officials said
// the following:"), "as follows", and where it was said: "in a
// statement", "on Facebook", "in an email to supporters" (a medium noun
// after "in"/"on", with a determiner or possessive, and an addressee).
func leadInGap(gap []string) bool {
	switch strings.Join(gap, " ") {
	case "the following", "as follows", "this", "the following statement":
		return true
	}
	if len(gap) < 2 || len(gap) > 6 || gap[0] != "in" && gap[0] != "on" {
		return false
	}
	k := 1
	if lexicon.DeterminerWords[gap[k]] && k+1 < len(gap) {
		k++
	}
	if !lexicon.LeadInMedia[strings.Trim(gap[k], ",")] {
		return false
	}
	return k+1 == len(gap) || gap[k+1] == "to" // "in an email to supporters"
}

// openingSource returns the source a paragraph opens with, a survey
// ("According to a new poll, Clinton has 27 percent. Carson trails at 13
// percent.") or a person, organisation or publication after "According
// to" ("According to the Post, Bush campaign officials looked into it.
// They determined that … in three states", "According to USA TODAY
// contributor David Marsh, …. Three times, it has led to …": PolNeAR
// train annotates both later sentences as the opener's content), for a
// later sentence of that paragraph with no cue of its own in between.
// Other documents and data stay in their own sentence: "According to
// official figures, around 2,400 people were arrested. Since then, nearly
// 2,000 detainees have been released." (seeds), "According to the data,
// …. To date, 14 Catholics … were admitted" and "According to a 52-count
// civil complaint filed by the SEC …" (polnear-dev gold): the next
// sentence is the article's own.
// (The list running on into a next paragraph of bare results, "Jeb Bush,
// Rand Paul and Carly Fiorina are all tied at 4 percent.", is left out:
// PolNeAR train annotates 2 such claims and leaves 6 alike unattributed.)
func (a *attributor) openingSource(si int) *found {
	para := a.d.Sentences[si].Para
	for k := si - 1; k >= 0 && a.d.Sentences[k].Para == para; k-- {
		fs := a.sentence(k)
		first := k == 0 || a.d.Sentences[k-1].Para != para
		if !first {
			if len(fs) > 0 {
				return nil
			}
			continue
		}
		for i := range fs {
			f := fs[i]
			if f.src != nil && (f.rule == "according-to" || f.survey) &&
				f.from == a.d.Sentences[k].Start && f.exFrom-f.from < 3 && (holdsSurveyText(f.src.Mention) || !headedByDoc(f.src.Mention)) {
				f.rule = "paragraph-opening-source" // (the opener's own rule names its sentence's claims)
				return &f
			}
		}
	}
	return nil
}

// pick returns the covering attribution whose cue is nearest the number.
func pick(fs []found, start, end int) *found {
	var best *found
	bestDist := 0
	for i := range fs {
		f := &fs[i]
		if !f.covers(start, end) {
			continue
		}
		dist := f.cue.Start - start
		if dist < 0 {
			dist = start - f.cue.End
		}
		if best == nil || (f.outer && !best.outer) || (f.outer == best.outer && (f.relative && !best.relative || f.relative == best.relative && dist < bestDist)) {
			best, bestDist = f, dist
		}
	}
	// a closing attribution governs the clause before it, not a later
	// clause with a cue of its own: "The government has budgeted 450
	// million meticais, the minister said on Friday, but OCHA estimates
	// that $14.6 million is needed" (rule later-clause-cue)
	if best != nil && best.outer && best.cue.End <= start {
		var later *found
		for i := range fs {
			f := &fs[i]
			if f != best && f.src != nil && !f.outer && f.covers(start, end) && f.cue.Start >= best.cue.End && f.cue.End <= start && (later == nil || f.cue.Start > later.cue.Start) {
				later = f
			}
		}
		if later != nil {
			c := *later
			c.rule = "later-clause-cue" // (--explain names it)
			best = &c
		}
	}
	// nested speech whose inner source is a pronoun refers back to the outer
	// speaker: "officials say they have found 200 tunnels", "X said that,
	// according to its analysis, …" — the outer one is the named source.
	// An attitude reported by someone else is that someone's claim: "Trump
	// claimed that Obama wants to take in 250,000 refugees" is Trump's
	// figure. So does a possessive cue noun there: "Harris told the meeting
	// that social care took up 42% of the council's net budget of £737m"
	// is Harris's (web-dev-5). (Preferring the outer speaker for every nested cue, or for an
	// inner "according to", lowers PolNeAR train and dev source accuracy:
	// PolNeAR annotates the inner relation too; a report whose clause opens
	// with the inner cue is the sub-case where the outer one is the source,
	// see reportedReport.)
	if best != nil && best.src != nil && !best.relative && (pronounLed(best.src.Mention) || best.irrealis || best.rule == "possessive-cue" || lexicon.AttitudeCues[lexicon.CueVerbs[strings.ToLower(best.cue.Text)]]) {
		var outer *found
		for i := range fs {
			f := &fs[i]
			if f != best && f.src != nil && f.covers(start, end) && f.cue.End <= best.cue.Start && f.from <= best.cue.Start && f.to >= best.cue.End {
				if outer == nil || f.cue.Start > outer.cue.Start {
					outer = f
				}
			}
		}
		if outer != nil {
			return outer
		}
	}
	return best
}

// reportedReport returns the report that opens the clause of best, when
// there is one: a speech or report whose content begins with another cue's
// source ("Judicial Watch noted FBI Director James Comey said …", "the
// group reported that, according to an analysis of her calendar, 85 …",
// "As reported by the Journal, investigators found 2,200 …", "Democrats
// have pointed out that the inspector general also found 12 …"). The outer
// speaker is the one the article quotes: what the inner source said reaches
// the reader through it. Only a report verb qualifies as the outer cue (an
// attitude, "X wants …", or an accusation frames no report), the inner cue
// must open the outer cue's clause right after it (only "that" and commas
// between), and a closing inner attribution ("…, according to X.") keeps
// the number.
func (a *attributor) reportedReport(fs []found, best *found, start, end int) *found {
	if best == nil || best.src == nil || best.relative || best.outer {
		return best
	}
	innerStart := best.cue.Start
	if best.exFrom < innerStart && best.exTo > best.exFrom {
		innerStart = best.exFrom
	}
	for i := range fs {
		f := &fs[i]
		if f == best || f.src == nil || f.outer || f.irrealis || f.survey || f.relative || !f.covers(start, end) || f.cue.End > innerStart {
			continue
		}
		w, _, _ := strings.Cut(strings.ToLower(f.cue.Text), " ") // "pointed out"
		l := lexicon.CueVerbs[w]
		if l == "" || lexicon.AttitudeCues[l] || lexicon.AccusationCues[l] || questionCues[l] {
			continue
		}
		if f.from > innerStart || f.to < best.cue.End || a.reducedParticiple(f) {
			continue
		}
		gapStart := f.cue.End
		if f.exTo > gapStart && f.exTo <= innerStart {
			gapStart = f.exTo
		}
		if innerStart-gapStart > maxReportGap {
			continue // no fronted phrase or subject head is this long; lowering it for every claim made run-on texts cubic
		}
		gap := strings.TrimSpace(strings.ToLower(a.d.Text[gapStart:innerStart]))
		gap = strings.TrimSpace(strings.TrimPrefix(cutReportTime(gap), "that"))
		if gap == "" || gap == "," || fronted(gap) || subjectHeadGap(gap) {
			return f
		}
	}
	return best
}

// cutReportTime returns gap without the time adjunct of the outer report
// before its "that" ("The Irish Times reported on Saturday that the Health
// Service Executive had found 312 …", fresh-15; PolNeAR train "… said
// Tuesday that …", "… reported last week that …"): the words before
// "that" are all reportTimeWords (at most five), and gap as it is when
// they are not.
func cutReportTime(gap string) string {
	ws := strings.Fields(gap)
	for i, w := range ws {
		if i > 5 {
			break
		}
		if w == "that" {
			if i == 0 {
				return gap
			}
			return strings.Join(ws[i:], " ")
		}
		if !reportTimeWords[strings.TrimSuffix(w, ",")] && !lexicon.MonthWords[w] && !isDigits(strings.TrimSuffix(w, ",")) {
			return gap
		}
	}
	return gap
}

// reportTimeWords make a time adjunct after a report verb: "on Saturday",
// "last week", "earlier this month".
var reportTimeWords = func() map[string]bool {
	m := lexicon.WordSet(`on in last this earlier late early past`)
	for w := range timeWords {
		m[w] = true
	}
	return m
}()

// isDigits reports a non-empty word of ASCII digits ("5", "2024").
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// maxReportGap bounds, in bytes, the text between an outer report and the
// inner cue that reportedReport reads: the gaps it accepts ("that", a
// fronted phrase of up to 8 words, a subject head of up to 5 after a short
// "… that") are far shorter.
const maxReportGap = 400

// participleAdverbs stand between a noun's comma and a participle that
// describes it: "the speech, first disclosed by the Aspen Times,".
var participleAdverbs = lexicon.WordSet(`first originally previously initially later recently also exclusively`)

// reducedParticiple reports whether f's cue is a passive participle with
// its agent describing the noun before a comma ("In the speech, first
// disclosed by the Aspen Times, the former mayor argued that 95% …"): the
// agent disclosed the speech, it reports nothing of the clause that
// follows, unlike "As reported by the Journal, investigators found …"
// (web-dev-2's Los Angeles Times page; table test with varied wording).
func (a *attributor) reducedParticiple(f *found) bool {
	if !strings.HasPrefix(a.d.Text[f.cue.End:], " by ") {
		return false
	}
	si := a.d.SentenceAt(f.cue.Start)
	if si < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(a.d.Text[a.d.Sentences[si].Start:f.cue.Start]))
	for len(ws) > 0 && participleAdverbs[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return len(ws) > 1 && strings.HasSuffix(ws[len(ws)-1], ",") && ws[len(ws)-1] != ","
}

// fronted reports whether gap is a fronted adverbial phrase closed by a
// comma, opening a reported clause ("during his visit this week,", "in
// 2014,"): the clause's subject comes after it.
func fronted(gap string) bool {
	if !strings.HasSuffix(gap, ",") || strings.Count(gap, ",") > 1 || len(strings.Fields(gap)) > 8 {
		return false
	}
	w, _, _ := strings.Cut(gap, " ")
	switch w {
	case "in", "on", "at", "during", "after", "before", "since", "by", "last", "this", "earlier", "later", "when", "while", "until", "as", "for", "over", "under", "among":
		return true
	}
	return false
}

// subjectHeadGap reports whether gap is the head of the inner cue's
// subject before a place or an institution the inner source was read as:
// "The New York Times reported that investigators in Ukraine had found
// $12.7 million" (the inner source "Ukraine"; the Times is the one the
// article cites), "the agency said auditors at the ministry found …".
func subjectHeadGap(gap string) bool {
	if i := strings.Index(gap, "that "); i >= 0 && !strings.ContainsAny(gap[:i], ",;:") && len(strings.Fields(gap[:i])) <= 3 {
		gap = gap[i+len("that "):] // "reported on Friday that officials from …"
	}
	ws := strings.Fields(gap)
	if len(ws) < 2 || len(ws) > 5 || strings.ContainsAny(gap, ",;:\"“”") {
		return false
	}
	switch ws[len(ws)-1] {
	case "in", "at", "from", "for", "with", "of", "on":
	default:
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if lexicon.CueVerbs[w] != "" || auxWords[w] || pronouns[w] || whWords[w] {
			return false
		}
	}
	return true
}

// pronounLed reports whether a source phrase starts with a pronoun ("they",
// "its analysis").
func pronounLed(mention string) bool {
	w, _, _ := strings.Cut(mention, " ")
	switch strings.ToLower(w) {
	case "he", "she", "they", "it", "we", "i", "its", "his", "her", "their", "our", "my":
		return true
	}
	return false
}

func (a *attributor) inQuote(off int) bool { return quoteAt(a.quotes, off) >= 0 }

// sentScan is a sentence being scanned for cues: its tokens and span, the
// token j a cue rule reads (a rule may move it past its phrase) and the
// attributions found so far.
type sentScan struct {
	ts         []text.Token
	start, end int
	j          int
	fs         []found
	rejected   []found // the cue verbs verbCue rejected, when explaining
}

// sentenceCue is a named rule of the cue scan: read reports whether the
// rule matched token sc.j, appending what it found to sc.fs.
type sentenceCue struct {
	name string
	read func(a *attributor, sc *sentScan) bool
}

// sentenceCues are tried in order at each token outside quotes; the first
// that matches decides the token. The names are the rules' own, which most
// of them also give what they find (for --explain).
var sentenceCues = []sentenceCue{
	{"according-to", (*attributor).cueAccordingTo},
	{"by-count-or-estimate", (*attributor).cueByCountOrEstimate},
	{"in-survey", (*attributor).cueInSurvey},
	{"possessive-cue", (*attributor).cuePossessiveCueNoun},
	{"with-plans", (*attributor).cueWithPlans},
	{"revised-count", (*attributor).cueRevisedCount},
	{"data-or-estimate-verb", (*attributor).cueDataOrEstimateVerb},
	{"passive-no-agent", (*attributor).cuePassiveNoAgent},
	{"with-absolute-passive", (*attributor).cueWithAbsolutePassive},
	{"hedge", (*attributor).cueHedgeWord},
	{"plural-subject-noun", (*attributor).cuePluralSubjectNoun},
	{"verb-cue", (*attributor).cueVerbCueAt},
}

// sentence returns the attributions of sentence si (cached).
func (a *attributor) sentence(si int) []found {
	if fs, ok := a.sents[si]; ok {
		return fs
	}
	ts := a.tokens(si)
	s := a.d.Sentences[si]
	sc := &sentScan{ts: ts, start: s.Start, end: s.End}
	for j := 0; j < len(ts); j++ {
		t := ts[j]
		if a.inQuote(t.Start) {
			continue
		}
		sc.j = j
		for _, r := range sentenceCues {
			if r.read(a, sc) {
				break
			}
		}
		j = sc.j
	}
	fs := a.gappedSources(ts, sc.fs)
	fs = dropNamelessInner(a.d.Text, fs)
	a.frontedSpeech(ts, fs, s.Start)
	a.semicolonClauses(ts, fs)
	a.sents[si] = fs
	if a.rejects != nil && len(sc.rejected) > 0 {
		a.rejects[si] = sc.rejected
	}
	return fs
}

// nearestRejection returns the rejected cue verb nearest [start, end) in
// its sentence (for explain), nil when none.
func (a *attributor) nearestRejection(start, end int) *found {
	var best *found
	bestD := 0
	for _, r := range a.rejects[a.d.SentenceAt(start)] {
		d := 0
		if r.cue.End <= start {
			d = start - r.cue.End
		} else if r.cue.Start >= end {
			d = r.cue.Start - end
		}
		if best == nil || d < bestD {
			best, bestD = &r, d
		}
	}
	return best
}

// semicolonClauses ends at a semicolon the clause a cue governs when the
// next clause has a cue of its own: "He calls for $1 trillion; she calls
// for $275 billion" (a list of results after a semicolon stays the cue's:
// "the poll showed …; 12 percent …").
func (a *attributor) semicolonClauses(ts []text.Token, fs []found) {
	for i := range fs {
		f := &fs[i]
		if f.from < f.cue.End || f.outer {
			continue
		}
		for k, t := range ts {
			if t.Start >= f.cue.End && t.Start < f.to && t.Text == ";" && !a.inQuote(t.Start) {
				// the next clause opens with its cue's subject
				for _, g := range fs {
					if g.src != nil && g.cue.Start > t.Start && k+1 < len(ts) && g.exFrom == ts[k+1].Start {
						f.to = t.Start
						break
					}
				}
				break
			}
		}
	}
}

// cueByCountOrEstimate: "By the AP's tally", "by one estimate": a count or estimate opening a clause.
func (a *attributor) cueByCountOrEstimate(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(t.Lower == "by" && (j == 0 || ts[j-1].Text == "," || ts[j-1].Lower == "and" || ts[j-1].Lower == "but")) {
		return false
	}
	// "By the AP's tally, he has 739 delegates", "By one estimate,
	// 300,000 acres …", "by his own account": a count or an
	// estimate opening a clause, its owner as the source
	e := npRight(ts, j+1)
	if e < 0 || !byNouns[ts[e].Lower] || e+1 >= len(ts) || ts[e+1].Text != "," {
		return true
	}
	b := j + 1
	se := e
	for m := j + 1; m < e; m++ {
		if isPossessive(ts[m]) && m > j+1 {
			se = m - 1 // the owner: "the Associated Press"
			break
		}
	}
	if ts[b].Tag == "PRP$" {
		se = b // "his own account"
	}
	sc.fs = append(sc.fs, found{rule: "by-count-or-estimate", cue: a.span(t.Start, t.End()), src: a.source(ts, b, se, -1, -1), from: sc.start, to: sc.end, exFrom: t.Start, exTo: ts[e].End()})
	return true
}

// cueOrReportNouns are cueNouns and reportNouns in one set (one look-up
// at every token).
var cueOrReportNouns = func() map[string]bool {
	m := maps.Clone(cueNouns)
	maps.Copy(m, reportNouns)
	return m
}()

// cuePossessiveCueNoun: a cue noun with its possessor: "Mr. Trump's claim that …".
func (a *attributor) cuePossessiveCueNoun(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(cueOrReportNouns[t.Lower] && possessor(ts, j) >= 0) {
		return false
	}
	// "Mr. Trump's claim that …", "his estimate of …", "Berlin's
	// pledge to", "X's repeated emphasis that …", "Mrs. Lee's tax
	// plan would cap …", "it raised its growth forecast to 3 percent"
	if f, ok := a.possessiveCue(ts, j, sc.end); ok {
		sc.fs = append(sc.fs, named(f, "possessive-cue"))
	}
	return true
}

// cueWithPlans: "…, with plans to spend …": the plans of the main clause's subject.
func (a *attributor) cueWithPlans(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(j > 1 && ts[j-1].Lower == "with" && j+1 < len(ts) && ts[j+1].Lower == "to" && cueNouns[t.Lower]) {
		return false
	}
	// "…, with plans to spend upward of $10 million": the plans of
	// the main clause's subject
	for m := 0; m < j-1; m++ {
		if tg := ts[m].Tag; tensedTag(tg) && ts[m].Wordy() && !isPossessive(ts[m]) && ts[m].Lower != "’s" && ts[m].Lower != "'s" && !a.inQuote(ts[m].Start) {
			if b, e, apB, apE, ok := subjectLeft(ts, m, 0); ok && !countedSubject(ts, b, e) {
				sc.fs = append(sc.fs, found{rule: "with-plans", cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), from: t.End(), to: sc.end, exFrom: ts[b].Start, exTo: t.End()})
			}
			break
		}
	}
	return true
}

// cueRevisedCount: "the agency raised the death toll to 267": who revises a figure states it.
func (a *attributor) cueRevisedCount(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(strings.HasPrefix(t.Tag, "VB") && revisionVerbs[t.Lower]) {
		return false
	}
	figure, targetPrice := toFigure(ts, j+1)
	if !figure {
		return false
	}
	rule := "revised-count"
	if targetPrice {
		rule += "/target-price-revision" // (figures.go)
	}
	// "the agency raised the death toll to 267", "officials
	// lowered their estimate from 300 to 250": whoever revises a
	// count or an estimate states the new figure
	// ("Heavy rains brought the toll to 50", "the new deaths raised
	// it": causes, not sources)
	if b, e, apB, apE, _, ok := cueSubject(ts, j); ok && !countedSubject(ts, b, e) && !dataHead(ts, b, e) && (personLike(ts[e]) || genericOrgNouns[ts[e].Lower] || orgHeads[ts[e].Text]) {
		sc.fs = append(sc.fs, found{rule: rule, cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), from: t.End(), to: sc.end, exFrom: ts[b].Start, exTo: t.End()})
	}
	return true
}

// cueDataOrEstimateVerb: "a Field Poll put his support at 5 percent", "officials pegged the toll at 267".
func (a *attributor) cueDataOrEstimateVerb(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(strings.HasPrefix(t.Tag, "VB") && (dataVerbs[t.Lower] || estimateVerbs[t.Lower] || gappedEstimateVerbs[t.Lower])) { // (the tag first: this runs at every token)
		return false
	}
	if gappedEstimateVerbs[t.Lower] && gappedAtFigure(ts, j+1) {
		// an object relative: "at a cost that Audit Scotland has put at
		// more than £150m", "a crowd that the campaign estimated at 3,000
		// people": the relative's subject puts the figure on the noun
		if b, e, apB, apE, _, ok := cueSubject(ts, j); ok && b > 0 && (ts[b-1].Lower == "that" || ts[b-1].Lower == "which" || ts[b-1].Tag == "NN" || ts[b-1].Tag == "NNS") &&
			!countedSubject(ts, b, e) && !pronouns[ts[b].Lower] {
			sc.fs = append(sc.fs, found{rule: "data-or-estimate-verb", cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), from: t.Start, to: sc.end, exFrom: ts[b].Start, exTo: ts[e].End()})
			return true // (the recogniser may read "estimated at 3,000" as the quantity: the cue word stays inside it)
		}
	}
	if !(dataVerbs[t.Lower] || estimateVerbs[t.Lower]) {
		return false
	}
	// "a Field Poll put his support at 5 percent", "the AP count
	// gives her 1,280 delegates", "the poll has Clinton leading by
	// six points": a survey or count as the subject; "Forbes put
	// his fortune at $4.5 billion", "officials pegged the toll at
	// 267": anyone who puts a figure on something
	if b, e, apB, apE, _, ok := cueSubject(ts, j); ok && !countedSubject(ts, b, e) && (dataHead(ts, b, e) && dataVerbs[t.Lower] && figureFrame(ts, j+1) || estimateVerbs[t.Lower] && atFigure(ts, j+1)) {
		sc.fs = append(sc.fs, found{rule: "data-or-estimate-verb", cue: a.span(t.Start, t.End()), src: a.source(ts, b, e, apB, apE), from: t.End(), to: sc.end, exFrom: ts[b].Start, exTo: t.End()})
	}
	return true
}

// cuePassiveNoAgent: "the group is thought to have 300 fighters": a cue, no source.
func (a *attributor) cuePassiveNoAgent(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	if !(isPassiveHedge(ts, j)) {
		return false
	}
	// "the group is thought to have 300 fighters": a cue, no source (negation.go)
	be, to, _ := passiveHedge(ts, j)
	sc.fs = append(sc.fs, found{rule: "passive-no-agent", cue: a.span(ts[be].Start, ts[to].End()), from: sc.start, to: sc.end, exFrom: ts[be].Start, exTo: ts[to].End()})
	return true
}

// cueHedgeWord: a hedge word: a cue, no source.
func (a *attributor) cueHedgeWord(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(lexicon.HedgeCues[t.Lower]) {
		return false
	}
	sc.fs = append(sc.fs, found{rule: "hedge", cue: a.span(t.Start, t.End()), from: sc.start, to: sc.end, exFrom: t.Start, exTo: t.End()})
	return true
}

// cuePluralSubjectNoun: a plural noun before its cue verb is the subject, no cue itself.
func (a *attributor) cuePluralSubjectNoun(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(t.Tag == "NNS" && j+1 < len(ts) && ts[j+1].Tag == "VBP" && lexicon.CueVerbs[ts[j+1].Lower] != "") {
		return false
	}
	// a plural noun before its cue verb is the subject: "police
	// reports say", "G-III reports show" (tokens)
	return true
}

// cueVerbCueAt: a cue verb (verbcue.go) and an object relative.
func (a *attributor) cueVerbCueAt(sc *sentScan) bool {
	ts, j := sc.ts, sc.j
	t := ts[j]
	if !(isCueVerbAfter(t, prevTok(ts, j)) || pluralSubjectCue(ts, j) || showNoun(ts, j) || trailingDataCue(ts, j) || nounTaggedVerb(ts, j)) {
		return false
	}
	if f, ok := a.verbCue(ts, j, sc.start, sc.end); ok && !reflexiveObject(ts, j) {
		m := j - 1
		for m >= 0 && ts[m].Tag == "RB" {
			m--
		}
		f.irrealis = m >= 0 && (ts[m].Tag == "MD" || ts[m].Lower == "to")
		if negatedCue(ts, j) {
			f.src, f.rule = nil, "negated-cue" // "would not reveal how many" (negation.go)
		}
		sc.fs = append(sc.fs, named(f, verbCueRules[lexicon.CueClass(lexicon.CueVerbs[t.Lower])]))
	} else if !ok && f.rule != "" && a.rejects != nil {
		sc.rejected = append(sc.rejected, f) // (f.rule: the rejection, for explain)
	}
	if f, ok := a.objectRelative(ts, j); ok {
		sc.fs = append(sc.fs, named(f, "object-relative"))
	}
	return true
}

// gappedSources splits a cue's content that goes on as a list with the verb
// left out ("with Gallup showing her ahead 3 points, Ipsos 4.3 points, and
// Pew 2.1 points"): each later member, a proper name followed by its
// number, is that name's figure under the same cue (rule gapped-list, which
// explain names). The first member keeps
// the cue's own source. When the cue's object is itself a name ("the poll
// showed Trump at 35 percent, Rubio 8 percent") the list is one of objects.
func (a *attributor) gappedSources(ts []text.Token, fs []found) []found {
	n := len(fs)
	for i := 0; i < n; i++ {
		f := fs[i]
		if f.src == nil || f.from < f.cue.End || !lexicon.StrongCues[lexicon.CueVerbs[strings.ToLower(f.cue.Text)]] {
			continue
		}
		k := 0
		for k < len(ts) && ts[k].Start < f.cue.End {
			k++
		}
		if k >= len(ts) || ts[k].Capitalised() {
			// a named object: the list goes on with objects ("showed
			// Trump at 35 percent, Rubio 8 percent"), not sources
			continue
		}
		number := false
		first := true
		for ; k < len(ts) && ts[k].Start < f.to; k++ {
			t := ts[k]
			if t.Tag == "CD" {
				number = true
			}
			if t.Text == ";" || t.Tag == "``" || a.inQuote(t.Start) {
				break
			}
			if t.Text != "," || !number {
				continue
			}
			b := k + 1
			if b < len(ts) && (ts[b].Lower == "and" || ts[b].Lower == "or") {
				b++
			}
			e := npRight(ts, b)
			if e < 0 || !ts[b].Capitalised() || !ts[e].Capitalised() {
				continue
			}
			m := e + 1
			for m < len(ts) && qualifierLinks[ts[m].Lower] {
				m++
			}
			if m >= len(ts) || !(ts[m].Tag == "CD" || ts[m].Text == "$") {
				continue
			}
			end := m
			for end < len(ts) && ts[end].Text != "," && ts[end].Text != ";" && ts[end].Text != "." && ts[end].Lower != "and" {
				end++
			}
			to := f.to
			if end < len(ts) && ts[end].Start < to {
				to = ts[end].Start
			}
			if first {
				fs[i].to = ts[k].Start
				first = false
			}
			fs = append(fs, found{rule: "gapped-list", cue: f.cue, src: a.source(ts, b, e, -1, -1), from: ts[b].Start, to: to, exFrom: ts[b].Start, exTo: ts[e].End()})
			k = end - 1
		}
	}
	return fs
}

func (a *attributor) span(start, end int) claims.Span {
	return claims.Span{Text: a.d.Text[start:end], Start: start, End: end}
}

// sourceAppos builds the Source of the phrase ts[b..e] with the appositive
// that follows it, if any ("X, the head of Y,"), and returns the index of
// the last token either takes.
func (a *attributor) sourceAppos(ts []text.Token, b, e int) (*claims.Source, int) {
	apB, apE := apposRight(ts, e)
	last := e
	if apE >= 0 {
		last = apE
	}
	return a.source(ts, b, e, apB, apE), last
}

// quotedTitle returns the end of a quoted title opening at ts[i] (a book,
// a report: "“Perfect Enough: Carly Fiorina and the Reinvention of
// Hewlett-Packard” by George Anders"), through its author after "by"; -1
// when ts[i] opens no short quotation ending before a comma or the
// sentence's end.
func quotedTitle(ts []text.Token, i int) int {
	m := closingTok(ts, i, 20)
	if m < 0 || !ts[i+1].Capitalised() {
		return -1
	}
	if m+2 < len(ts) && ts[m+1].Lower == "by" && ts[m+2].Capitalised() {
		if e := npRight(ts, m+2); e >= 0 {
			return e
		}
	}
	if m+1 < len(ts) && ts[m+1].Text != "," && ts[m+1].Text != "." && ts[m-1].Text != "," {
		return -1
	}
	return m
}

// closingTok returns the index of the quotation mark closing the one at
// ts[i] within n tokens, with at least one token between, or -1.
func closingTok(ts []text.Token, i, n int) int {
	if i >= len(ts) || ts[i].Tag != "``" {
		return -1
	}
	for m := i + 1; m < len(ts) && m-i <= n; m++ {
		if ts[m].Tag == "``" {
			if m == i+1 {
				return -1
			}
			return m
		}
	}
	return -1
}

// source builds the Source of the phrase ts[b..e] with appositive
// ts[apB..apE] (apB < 0: none).
// personOfOrg sets src to the person of a phrase "Name of Organisation"
// in ts[b..e] (coref.go: personOf), the organisation as affiliation.
func (a *attributor) personOfOrg(src *claims.Source, ts []text.Token, b, e int) bool {
	pb, o, ok := a.personOf(ts, b, e)
	if ok {
		src.Name, _ = a.resolveInner(ts, pb, o-1)
		src.Kind = kindPerson
		src.Affiliation, _ = a.resolveInner(ts, o+1, e)
	}
	return ok
}

// nameBeforeOf returns the index of the "of" or "at" that ends a proper
// name opening ts[b..e] ("Andrew J. Pincus of the law firm Mayer Brown"),
// or -1: the words before it are capitalised (initials' full stops
// included) and a capitalised word follows within the phrase.
func nameBeforeOf(ts []text.Token, b, e int) int {
	for o := b + 1; o < e; o++ {
		switch {
		case ts[o].Lower == "of" || ts[o].Lower == "at":
			for k := o + 1; k <= e; k++ {
				if ts[k].Capitalised() {
					return o
				}
			}
			return -1
		case !ts[o].Capitalised() && ts[o].Text != ".":
			return -1
		}
	}
	return -1
}

// apposedName is the text of the appositive ts[apB..apE] up to an "of"
// or "at" tying the name to an organisation: "David Woodard" of "David
// Woodard of Clemson University" (whose kind is the person's, not the
// university's).
func (a *attributor) apposedName(ts []text.Token, apB, apE int) string {
	if o := nameBeforeOf(ts, apB, apE); o > apB {
		apE = o - 1
	}
	return a.d.Text[ts[apB].Start:ts[apE].End()]
}

// orgDescription reports a description of one organisation by its rank
// or its trade: "Australia's biggest lender", "the world's largest
// miner", "the country's main opposition party".
func orgDescription(ts []text.Token, b, e int) bool {
	head := ts[e].Lower
	return placeEpithet(ts, b, e) && (companyNouns[head] || genericOrgNouns[head] || orgHeads[ts[e].Text] || orgHeads[strings.ToUpper(head[:1])+head[1:]])
}

// plainOrgDescription reports a definite description of an organisation
// by its kind in lower-case words ("the central bank", "the group", "the
// market regulator"), which a name in apposition then names: "while the
// central bank, Banco de la República, estimated" is the bank, not the
// organisation named before (fresh-10; a second passage in other words in
// bodydesc_test.go).
func plainOrgDescription(ts []text.Token, b, e int) bool {
	if ts[b].Lower != "the" || e == b {
		return false
	}
	for k := b + 1; k <= e; k++ {
		if ts[k].Capitalised() || isPossessive(ts[k]) {
			return false
		}
	}
	head := ts[e].Lower
	return companyNouns[head] || genericOrgNouns[head] || lexicon.BodyDescriptions[head] != nil || orgHeads[strings.ToUpper(head[:1])+head[1:]]
}

// orgPossessives are the possessive pronouns an organisation takes.
var orgPossessives = lexicon.WordSet(`its their`)

// ownedOrgDescription reports a description of an organisation by what
// it is to an owner: "the airport's operator", "Google's parent company",
// "its parent holding company" (a possessive before an organisation head
// noun), which a name in apposition then names.
func ownedOrgDescription(ts []text.Token, b, e int) bool {
	head := ts[e].Lower
	if !(companyNouns[head] || genericOrgNouns[head]) {
		return false
	}
	if orgPossessives[ts[b].Lower] {
		return true
	}
	for k := b + 1; k < e && k <= b+4; k++ {
		if isPossessive(ts[k]) {
			return true
		}
	}
	return false
}

// nameAppositive reports an appositive that is a name alone, an article
// and an acronym in parentheses allowed: "Tesco", "the Commonwealth Bank
// of Australia (CBA)".
func nameAppositive(seg []text.Token) bool {
	if len(seg) > 0 && seg[0].Lower == "the" {
		seg = seg[1:]
	}
	if len(seg) == 0 || !seg[0].Capitalised() {
		return false
	}
	for _, t := range seg {
		if !t.Capitalised() && !nameConnectors[t.Lower] && t.Text != "(" && t.Text != ")" && t.Text != "&" {
			return false
		}
	}
	return true
}

// nameOwnerEnd returns the index of the possessive mark after a
// capitalised owner opening ts[b..e] ("Toyota's president", "Kenya
// Airways' chief executive"), or -1.
func nameOwnerEnd(ts []text.Token, b, e int) int {
	for k := b; k < e && k <= b+4; k++ {
		if isPossessive(ts[k]) {
			if k > b {
				return k
			}
			return -1
		}
		if !ts[k].Capitalised() {
			return -1
		}
	}
	return -1
}

// personDescription reports a phrase ts[b..e] describing one person by
// their role, in lower case after a determiner (capitalised modifiers
// allowed before it), and the index of its head:
// "the provincial police chief", "a neighbour", "her lawyer", "the
// federation’s president", "the police spokesman in Lagos" (a place after
// the head).
func personDescription(ts []text.Token, b, e int) (head int, ok bool) {
	if o := nameOwnerEnd(ts, b, e); o > b {
		b = o // "Toyota's president": the owner's possessive is the determiner
	}
	if e <= b || !(ts[b].Tag == "DT" || ts[b].Tag == "PRP$" || isPossessive(ts[b])) {
		return 0, false
	}
	h := e
	for k := b + 1; k <= e; k++ {
		if ts[k].Tag == "IN" && k > b+1 && placePrepositions[ts[k].Lower] {
			h = k - 1 // "the police spokesman in Lagos"
			break
		}
		if !ts[k].Wordy() && !isPossessive(ts[k]) {
			return 0, false
		}
	}
	// capitalised words may modify the head, an organisation or a place
	// ("the CBN governor", "the Vatican spokesman", "a Central Railway
	// spokesperson"); the head itself is a lower-case role
	if ts[h].Tag == "NN" && !ts[h].Capitalised() && (roleNouns[ts[h].Lower] || peopleNouns[ts[h].Lower]) {
		return h, true
	}
	// a role written capitalised, last or tied to what it heads: "The
	// Podesta Group's CEO", "The Premier", "The Commissioner for Health",
	// "the Chairman of Tesco" (the caller asks for a proper appositive
	// that is no organisation: "…, Kimberley Fritts, said")
	for k := b + 1; k <= e; k++ {
		if !ts[k].Capitalised() || !roleNouns[ts[k].Lower] {
			continue
		}
		if k == e || k+2 <= e && tieWords[ts[k+1].Lower] && ts[k+1].Text == ts[k+1].Lower && (ts[k+2].Capitalised() || ts[k+2].Lower == "the") {
			return e, true
		}
	}
	return h, false
}

// titledPersonOfOrg sets src to the person of a phrase "Title Name of
// Organisation" in ts[b..e] whose title marks the words before "of" as a
// person's name (names.go: titledPersonOf), the organisation as
// affiliation: "Rep. Lena Moffitt of the Sierra Club", "Ms. Okafor of
// Amnesty International", "Mayor Frank G. Jackson of Cleveland".
func (a *attributor) titledPersonOfOrg(src *claims.Source, ts []text.Token, b, e int) bool {
	o := b + 1
	for o < e && ts[o].Lower != "of" {
		o++
	}
	n := o + 1
	if n < e && ts[n].Lower == "the" {
		n++
	}
	if o >= e || ts[b].Tag == "DT" || !ts[n].Capitalised() {
		return false
	}
	txt := a.d.Text
	before := strings.Fields(txt[ts[b].Start:ts[o-1].End()])
	if !titledPersonOf(txt, ts[b].Start, before) || hasOrgHead(before) || lexicon.NameTitles[before[len(before)-1]] {
		return false
	}
	s, end := ts[b].Start, ts[o-1].End()
	for _, w := range before {
		if !lexicon.NameTitles[w] {
			break
		}
		s = skipWord(txt, s, end, w)
	}
	src.Name, src.Kind = a.reg.fullest(strings.TrimRight(txt[s:end], "."), s), kindPerson
	src.Affiliation, _ = a.resolveInner(ts, o+1, e)
	return true
}

// peopleTied reports a description of people tied to a name ("Supporters of
// Senator Ruth Okafor", "critics of the plan"), not a title.
func (a *attributor) peopleTied(ts []text.Token, b, e int) bool {
	h, c := a.tiedName(ts, b, e)
	return c > 0 && peopleNouns[ts[h].Lower]
}

func (a *attributor) source(ts []text.Token, b, e, apB, apE int) *claims.Source {
	if db, de, ok := oneOfDocuments(ts, b, e); ok {
		// "Several surveys came out this week, one finding a 3-point
		// race": one of the documents named before (documents.go)
		src := &claims.Source{Mention: a.d.Text[ts[b].Start:ts[e].End()], Start: ts[b].Start, End: ts[e].End(), Kind: kindOrg}
		src.Name, _ = a.resolveInner(ts, db, de)
		return src
	}
	if noSourceNP(ts, b, e) && !(b == e && a.issuedBefore(ts, b, e)) {
		return nil // a number or "that figure" names no one (coref.go)
	}
	if a.authorVoice(ts, b, e) {
		return nil // the writer's "I": the article asserts it
	}
	b = listStart(ts, b, e)
	if junkSource(ts, b, e) != "" {
		return nil // a date, a headline fragment, page furniture (junk.go)
	}
	groupRole := ""
	if b+1 < e && (ts[b].Tag == "NNS" || ts[b].Tag == "NNPS") && ts[b].Capitalised() && roleNouns[strings.TrimSuffix(ts[b].Lower, "s")] && ts[b+1].Capitalised() && ts[b+1].Tag == "NNP" {
		// "Economists Autor, Dorn and Hanson": the people, their role
		groupRole, b = ts[b].Lower, b+1
	}
	// a document's owner (documents.go): named inside or after the
	// document's phrase ("The RNC's report", "a study by the Brookings
	// Institution"), the phrase stays the mention; the subject who issued
	// it ("the union filed a lawsuit alleging") is the mention itself
	ob, oe, rule, owned := a.documentOwner(ts, b, e)
	if !owned && apB >= 0 {
		if ab := agentBy(ts, apB, apE); ab > 0 {
			// "The survey, conducted by Afrobarometer in March, found"
			if ts[ab].Lower == "the" && ab < apE {
				ab++
			}
			ob, oe, owned = ab, agentEnd(ts, ab, apE), true
			rule = agentRule(ts, ob, oe)
			apB, apE = -1, -1
		}
	}
	if !owned && apB < 0 {
		if ab, ae, ok := bareAgentBy(ts, b, e); ok {
			// "The report, by the Environmental Justice Foundation,
			// found" (an agent between commas after the document)
			ob, oe, rule, owned = ab, ae, "document-agent", true
		}
	}
	if owned && ob < b {
		b, e, apB, apE, owned = ob, oe, -1, -1, false
	}
	if owned && oe > e {
		e, apB, apE = oe, -1, -1
	}
	src := &claims.Source{Mention: a.d.Text[ts[b].Start:ts[e].End()], Start: ts[b].Start, End: ts[e].End()}
	if owned {
		a.ownerSource(src, ts, b, ob, oe, rule)
		return src
	}
	var step string
	src.Name, src.Kind, step = a.resolveNPRule(ts, b, e)
	if src.Name == "" {
		src.Name = src.Mention
	}
	if a.nameRules != nil {
		defer func() { a.nameRules[src] = step }()
	}
	titled := a.reg.titledAt(src.Start, src.Start+len(strings.TrimRight(src.Mention, ".")))
	if _, o, ok := a.personOf(ts, b, e); titled == nil && ok {
		// "Senator Ann Moss of Ohio": the title of the name before "of"
		titled = a.reg.titledAt(src.Start, ts[o-1].End())
	}
	step, apB = a.refineSource(src, ts, b, e, apB, apE, titled, step)
	a.sourceRole(src, ts, b, e, apB, apE, titled)
	if groupRole != "" {
		if src.Role == "" {
			src.Role = groupRole
		}
		src.Kind = kindPerson
	}
	return src
}

// bareAgentBy returns the agent ts[ab..ae] of a document phrase ts[b..e]
// given between commas after it by a bare "by": "The report, by the
// Environmental Justice Foundation, found …", "An analysis, by the
// Resolution Foundation, shows …" (the subject reader takes the phrase for
// an adjunct, not an appositive).
func bareAgentBy(ts []text.Token, b, e int) (ab, ae int, ok bool) {
	if e+3 >= len(ts) || ts[e+1].Text != "," || ts[e+2].Lower != "by" || docHead(ts, b, e) < 0 {
		return 0, 0, false
	}
	ab = e + 3
	if ts[ab].Lower == "the" {
		ab++
	}
	for c := ab; c < len(ts) && c-ab < 12; c++ {
		if ts[c].Text == "," {
			if c == ab {
				return 0, 0, false
			}
			ae = agentEnd(ts, ab, c-1)
			if ae < c-1 && peopleOrRoleNoun(ts[ae].Lower) {
				ae = c - 1 // "by researchers at Imperial College London": the people and their body
			}
			return ab, ae, true
		}
	}
	return 0, 0, false
}

// agentEnd is the last word of the agent ts[ab..apE] of a document's
// parenthetical: before a time or a client ("conducted by Ipsos for the
// Evening Standard", "published by the ONS on Wednesday").
func agentEnd(ts []text.Token, ab, apE int) int {
	for k := ab + 1; k <= apE; k++ {
		if agentStops[ts[k].Lower] && !agentNameFor(ts, k) || ts[k].Text == "," || ts[k].Text == "(" { // (agentfor.go)
			return k - 1
		}
	}
	return apE
}

// agentStops end a document's agent: times and clients after the name.
var agentStops = lexicon.WordSet(`on in last this earlier late early for over between among during since from across at`)

// ownerSource names src by the document owner ts[ob..oe] that
// documentOwner found by its rule (docOwnerRules, or agentRule's
// "document-agent"), the name rule --explain prints.
func (a *attributor) ownerSource(src *claims.Source, ts []text.Token, b, ob, oe int, rule string) {
	src.Name, src.Kind = a.resolveInner(ts, ob, oe)
	if rule == "document-of-unmarked-name" {
		if ob > b && strings.HasPrefix(src.Name, a.d.Text[ts[b].Start:ts[ob].Start]) {
			// not extended over the words the rule left out ("New
			// Quinnipiac polls show": Quinnipiac)
			src.Name = a.d.Text[ts[ob].Start:ts[oe].End()]
		}
		if src.Kind == "" {
			src.Kind = kindOrg // it issues documents
		}
	}
	if a.nameRules != nil {
		a.nameRules[src] = rule
	}
}

// refineSource improves the name resolveNPRule gave src (by its npStep
// step) from what surrounds the phrase ts[b..e]: a registered title
// ("titled-name"), an organisation the person is of
// ("person-of-organisation"), the role and affiliation of a tied name and
// a proper appositive naming the one described ("proper-appositive"). It
// returns the step that decided and apB, -1 once the appositive is used.
func (a *attributor) refineSource(src *claims.Source, ts []text.Token, b, e, apB, apE int, titled *nameEnt, step string) (string, int) {
	if (titled == nil || titled.End >= src.End) && a.titledPersonOfOrg(src, ts, b, e) {
		// "Rep. Lena Moffitt of the Sierra Club", "Mr. Nevins of
		// Showtime": the titled person, the organisation their affiliation
		return "titled-person-of-organisation", apB
	}
	if titled != nil && titled.Start > src.Start && !(step == "tied-name" && a.peopleTied(ts, b, e)) {
		// (not "Supporters of Senator Ruth Okafor": the supporters, tied
		// to her; but "Speaker of the House Nancy Pelosi" is her title)
		// a title the name registry read off the name: "Finance Minister
		// Carlos Vega", "Speaker of the House Nancy Pelosi"
		src.Name, src.Kind = a.reg.fullestOrGiven(titled.Name, titled.Start), kindPerson
		return "titled-name", apB
	}
	if a.personOfOrg(src, ts, b, e) {
		// "Robin Biesbroek of the CDF": the person, the CDF their affiliation
		return "person-of-organisation", apB
	}
	h, c := a.tiedName(ts, b, e)
	if c <= 0 {
		if h, ok := personDescription(ts, b, e); ok && apB >= 0 && properAppositive(ts[apB:apE+1]) && a.reg.kindOf(a.apposedName(ts, apB, apE)) != kindOrg {
			// "the provincial police chief, Abdul Rahman, told", "said the
			// manager, Sean Dyche": the appositive names the one described
			rb := b + 1
			if o := nameOwnerEnd(ts, b, e); o > b {
				rb = o + 1 // "Toyota's president": role president
			}
			role := strings.ToLower(a.d.Text[ts[rb].Start:ts[h].End()])
			if o := nameBeforeOf(ts, apB, apE); o > apB { // "…, Andrew J. Pincus of the law firm Mayer Brown"
				src.Name, src.Kind = a.resolveInner(ts, apB, o-1)
				src.Affiliation, _ = a.resolveInner(ts, o+1, apE)
			} else {
				src.Name, src.Kind = a.resolveInner(ts, apB, apE)
			}
			if src.Kind == "" {
				src.Kind = kindPerson
			}
			src.Role = role
			return "proper-appositive", -1
		}
		if apB >= 0 && (orgDescription(ts, b, e) || ownedOrgDescription(ts, b, e) || plainOrgDescription(ts, b, e)) && nameAppositive(ts[apB:apE+1]) {
			// "Australia's biggest lender, the Commonwealth Bank of
			// Australia (CBA), reported": the appositive names the company
			if n, k := a.resolveInner(ts, apB, apE); n != "" && k != kindPerson {
				src.Name, src.Kind = n, kindOrg
				return "proper-appositive", -1
			}
		}
		return step, apB
	}
	// "the chief executive of CloudFlare": role chief executive,
	// affiliation CloudFlare ("a man visiting Nice" has none)
	if l := ts[c-1].Lower; tieWords[l] || l == "representing" {
		src.Affiliation, _ = a.resolveInner(ts, c, e)
	}
	if roleNouns[strings.TrimSuffix(ts[h].Lower, "s")] {
		r := h
		for r > b && (ts[r-1].Tag == "NN" || ts[r-1].Tag == "JJ") && !ts[r-1].Capitalised() {
			r--
		}
		src.Role = strings.ToLower(a.d.Text[ts[r].Start:ts[h].End()])
	}
	if apB >= 0 && properAppositive(ts[apB:apE+1]) {
		// "The director of Foro Penal, Alfredo Romero, said": the
		// appositive names the one described
		if !a.personOfOrg(src, ts, apB, apE) { // "One pastor …, Darran Whiting of Liberty Baptist Church,"
			src.Name, src.Kind = a.resolveInner(ts, apB, apE)
		}
		return "proper-appositive", -1
	}
	return step, apB
}

// sourceRole sets src's role, and its kind and affiliation where still
// open, from the words before the phrase ts[b..e], its title and the
// appositive ts[apB..apE] (apB -1 when none).
func (a *attributor) sourceRole(src *claims.Source, ts []text.Token, b, e, apB, apE int, titled *nameEnt) {
	if role := preRole(ts, b, e); role != "" {
		src.Role = role
		if src.Kind == "" {
			src.Kind = kindPerson
		}
	} else if titled != nil && titled.Start > src.Start {
		src.Role = titleRole(titled.title) // role Finance Minister
	}
	if src.Role == "" && e > b && (ts[b].Lower == "the" || ts[b].Lower == "this") && roleNouns[ts[e].Lower] && placeModifiers(ts, b+1, e) && src.Kind == kindPerson {
		src.Role = ts[e].Lower // "the governor" → Jerry Brown, governor
	}
	if apB >= 0 {
		role, aff, kind := a.appositive(ts, apB, apE)
		if role != "" && src.Role == "" {
			src.Role = role
		}
		if aff != "" {
			src.Affiliation = aff
		}
		if src.Kind == "" {
			src.Kind = kind
		}
	}
}

// authorVoice reports an "I" outside every quote and transcript turn: the
// article's writer, so the article asserts it (ANNOTATION.md).
func (a *attributor) authorVoice(ts []text.Token, b, e int) bool {
	return b == e && ts[b].Lower == "i" && a.turnAt(ts[b].Start) == nil && quoteAt(a.quotes, ts[b].Start) < 0
}
