package quantity

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// Number words that count nothing, and lists of people with their
// numbers: classify (kind.go) consults these. Fixed expressions ("the
// two-state solution", "zero tolerance"), the contrastive "one" ("one
// state over the other"), the unnamed speaker's "one" ("one source said")
// and tallies ("Donald Trump 384, Sen. Ted Cruz 300").

// fixedExpressions are phrases with a number word that name a policy, a
// system or an attitude: the number word is at index at.
var fixedExpressions = []struct {
	words []string
	at    int
}{
	{[]string{"two", "-", "state"}, 0},                 // the two-state solution
	{[]string{"one", "-", "china"}, 0},                 // the one-China policy
	{[]string{"one", "country", ",", "two"}, 0},        // "one country, two systems"
	{[]string{"one", "country", ",", "two"}, 3},        //
	{[]string{"two", "-", "party"}, 0},                 // the two-party system
	{[]string{"three", "-", "strikes"}, 0},             // three-strikes laws
	{[]string{"two", "-", "factor"}, 0},                // two-factor authentication
	{[]string{"one", "-", "child"}, 0},                 // the one-child policy
	{[]string{"two", "-", "child"}, 0},                 // the two-child policy
	{[]string{"zero", "-", "sum"}, 0},                  // a zero-sum game
	{[]string{"zero", "sum", "game"}, 0},               // "some sort of zero sum game" (web-prec-4): the row above unhyphenated
	{[]string{"zero", "tolerance"}, 0},                 // zero tolerance
	{[]string{"zero", "shame"}, 0},                     // "zero shame"
	{[]string{"zero", "chance"}, 0},                    // "zero chance"
	{[]string{"zero", "doubt"}, 0},                     // "zero doubt"
	{[]string{"zero", "respect"}, 0},                   // "zero respect"
	{[]string{"zero", "credibility"}, 0},               // "zero credibility"
	{[]string{"zero", "sympathy"}, 0},                  // "zero sympathy"
	{[]string{"zero", "intention"}, 0},                 // "zero intention"
	{[]string{"zero", "desire"}, 0},                    // "zero desire"
	{[]string{"zero", "hour"}, 0},                      // zero hour
	{[]string{"zero", "-", "day"}, 0},                  // a zero-day exploit
	{[]string{"one", "man", "and", "one", "woman"}, 0}, // marriage "between one man and one woman"
	{[]string{"one", "man", "and", "one", "woman"}, 3}, //
	{[]string{"one", "voice"}, 0},                      // "speak with one voice"
	{[]string{"the", "one", "hand"}, 1},                // "On the one hand" (web-dev-16; web-dev-7's not-claim)
	{[]string{"one", "thing"}, 0},                      // "One thing you never see", "For one thing", "agree on one thing" (web-dev-15, -16; claims web-dev-1, -9, polnear-train)
	{[]string{"in", "one", "way"}, 1},                  // "happy for you in one way, but" (web-dev-16)
	{[]string{"from", "one", "*", "to", "another"}, 1}, // "from one country to another"
	{[]string{"one", "*", "or", "another"}, 0},         // "for one reason or another", "one way or another"
	{[]string{"one", "*", "*", "or", "another"}, 0},    // "in one legal form or another"
	{[]string{"one", "*", "at", "a", "time"}, 0},       // "one step at a time"
	{[]string{"one", "*", "*", "at", "a", "time"}, 0},  // "one body part at a time"
	{[]string{"one", "-", "stop"}, 0},                  // a one-stop shop
	{[]string{"one", "-", "size", "-", "fits"}, 0},     // one-size-fits-all
	{[]string{"one", "by", "one"}, 0},                  // "one by one" (WCXB pages, PolNeAR)
	{[]string{"one", "by", "one"}, 2},                  //
	{[]string{"one", "on", "one"}, 0},                  // "work one on one with a tutor"
	{[]string{"one", "on", "one"}, 2},                  //
	{[]string{"one", "step", "ahead"}, 0},              // "stay one step ahead"
	{[]string{"one", "step", "closer"}, 0},             // "is one step closer"
	{[]string{"zero", "net"}, 0},                       // "zero net carbon emissions" (web-dev-2; trafilatura)
	{[]string{"net", "zero"}, 1},                       // "net zero by 2050"
	{[]string{"net", "-", "zero"}, 2},                  // "net-zero emissions"
	{[]string{"one", "less", "thing"}, 0},              // "one less thing to worry about"
	{[]string{"zero", "waste"}, 0},                     // the zero waste movement (web-prec-2; WCXB zero-waste guides, 98 mentions)
	{[]string{"zero", "trust"}, 0},                     // the zero trust security model (web-prec-3; a WCXB analytics page)
	// a carrier's practice of not counting some data, "a scheme called
	// “zero rating”", "would be zero rated" (web-prec-4 ×10; the same page's
	// passages in web-dev-10 and quantities web-dev-16, which gives "zero"
	// no mention), and a VAT band, "zero-rated goods"
	{[]string{"zero", "rating"}, 0},
	{[]string{"zero", "-", "rating"}, 0},
	{[]string{"zero", "rated"}, 0},
	{[]string{"zero", "-", "rated"}, 0},
	// the central bank's policy, "the Fed's zero interest-rate policy"
	// (web-prec-4; web-dev-9's not-claims "zero interest-rate policy",
	// "zero-interest-rate policy")
	{[]string{"zero", "interest", "-", "rate", "policy"}, 0},
	{[]string{"zero", "-", "interest", "-", "rate", "policy"}, 0},
	{[]string{"zero", "interest", "rate", "policy"}, 0},
}

// fixedExpression reports whether the number word of c stands in one of
// fixedExpressions.
func (p *parser) fixedExpression(c *cand) bool {
	for _, f := range fixedExpressions {
		st := c.st - f.at
		if st < 0 || st+len(f.words) > len(p.toks) {
			continue
		}
		ok := true
		for k, w := range f.words {
			r := strings.ToLower(p.raw(st + k))
			if w == "-" {
				ok = p.isHyphen(st + k)
			} else if w == "*" {
				ok = p.toks[st+k].k == tWord
			} else {
				ok = r == w
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// contrastAfter reports "the other" within four words from token i, with
// no punctuation between: "one state over the other".
func (p *parser) contrastAfter(i int) bool {
	for k := i; k < i+4 && k+1 < len(p.toks); k++ {
		if p.toks[k].k != tWord {
			return false
		}
		if p.key(k) == "the" && strings.EqualFold(p.raw(k+1), "other") {
			return true
		}
	}
	return false
}

// tally reports whether the number at token i is one of a list of people
// and their numbers: "The delegate count is Donald Trump 384, Sen. Ted
// Cruz 300, Rubio 151, and Kasich 37" — two or more "Name N" pairs
// separated by commas or "and", one of the names a person's (a given name
// or a title before it). "Boeing 737, Airbus 320" stays model names.
func (p *parser) tally(i int) bool {
	pairs, person, inList := 0, false, false
	for n := 1; n < len(p.toks); n++ {
		if p.toks[n].k != tNum || !p.capitalised(n-1) || p.sentenceStart(n-1) {
			continue
		}
		if n+1 < len(p.toks) && !(p.is(n+1, ",") || p.is(n+1, ";") || p.is(n+1, ".") || p.key(n+1) == "and") {
			continue
		}
		pairs++
		if n == i {
			inList = true
		}
		for k := n - 1; k >= 0 && k >= n-4; k-- {
			r := strings.TrimSuffix(p.raw(k), ".")
			if lexicon.GivenNameGender(r) != 0 || lexicon.TallyTitles[r] {
				person = true
			}
			if !p.capitalised(k) && !p.is(k, ".") {
				break
			}
		}
	}
	return inList && pairs >= 2 && person
}

// speakerAfter reports whether a speaker noun (speakerNouns, after up to
// two modifiers) and a speech verb follow token i: "one user quipped",
// "one senior official told reporters", "one Clinton spokesman has
// called" ("one person was killed", "one slide says" count).
func (p *parser) speakerAfter(i int) bool {
	for k := i; k < i+3 && k+1 < len(p.toks); k++ {
		if !p.singularNounAt(k) {
			return false
		}
		if !speakerNouns[strings.ToLower(p.raw(k))] {
			continue
		}
		v := k + 1
		if a := strings.ToLower(p.raw(v)); a == "has" || a == "had" {
			v++
		}
		return p.speechVerb(v)
	}
	return false
}

// speakerNounAfter reports a speaker noun after up to two modifiers from
// token i that ends its clause ("said one source who knew", "said one
// official, adding"): no verb follows it ("said one official was hurt"
// counts).
func (p *parser) speakerNounAfter(i int) bool {
	for k := i; k < i+3 && k < len(p.toks); k++ {
		if !p.singularNounAt(k) {
			return false
		}
		if speakerNouns[strings.ToLower(p.raw(k))] {
			n := strings.ToLower(p.raw(k + 1))
			return k+1 >= len(p.toks) || p.toks[k+1].k == tPunct || speakerNounFollowers[n]
		}
	}
	return false
}

// speakerNounFollowers may follow the speaker noun of speakerNounAfter
// and end its clause: "one source who knew", "one official familiar with",
// "one person close to", "one aide with", "at", "in", "for", "to" ("said
// one aide to a senator", a DEV Reuters document).
var speakerNounFollowers = lexicon.WordSet(`who familiar close with at in for to`)

// speakerNouns name an unnamed speaker: "one source said".
var speakerNouns = lexicon.WordSet(`source official spokesman spokeswoman spokesperson aide adviser advisor user commenter
resident observer analyst expert insider strategist staffer diplomat lawmaker executive participant voter supporter
critic member person
trader dealer banker economist broker delegate arbitrager arbitrageur`) // wire sources: "one commercial trader said" (Reuters-21578, web-prec-5), "One California delegate said" (PolNeAR train)

// countBefore makes "one" a count whatever follows: "only one senator said".
var countBefore = map[string]bool{"only": true, "just": true, "least": true, "than": true, "exactly": true}

// speechBefore reports a speech verb right before token i: "said one
// source".
func (p *parser) speechBefore(i int) bool { return i > 0 && p.speechVerb(i-1) }

// speechVerb reports a finite verb of speech at token i.
func (p *parser) speechVerb(i int) bool {
	v := strings.ToLower(p.raw(i))
	if l := lexicon.CueVerbs[v]; speechVerbLemmas[l] {
		return v != l && !strings.HasSuffix(v, "ing") // said, says, told, wrote, called …
	}
	return oneSpeechVerbs[v]
}

// speechVerbLemmas are the lemmas of speechVerb's finite forms: plain and
// written speech (lexicon), and "recalled", "called".
var speechVerbLemmas = lexicon.Union(lexicon.PlainSpeechLemmas, lexicon.WrittenSpeechLemmas, lexicon.WordSet(`recall call`))

// singularNounAt reports a word at token i that may be a singular noun or
// its modifier: not a function word, a number or a plural in -s.
func (p *parser) singularNounAt(i int) bool {
	if i >= len(p.toks) || p.toks[i].k != tWord {
		return false
	}
	w := strings.ToLower(p.raw(i))
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	e := p.w(i)
	return e == nil || !e.fn && !e.isCard
}

// oneSpeechVerbs are verbs of speech besides the cue lexicon's.
var oneSpeechVerbs = map[string]bool{"quipped": true, "joked": true, "commented": true, "remarked": true, "complained": true, "lamented": true, "wondered": true, "asked": true,
	"attributed": true, "speculated": true} // "and one official attributed Ms. Haley’s statement to" (web-prec-4), "speculated one arbitrager" (a DEV Reuters document)
