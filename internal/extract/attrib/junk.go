package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// Junk never becomes a source. A phrase in the subject's place may be no
// one at all: a date ("the year:"), a headline fragment run into the text
// ("Hillary Clinton Sides With George W. Bush On"), page furniture such as
// an editor's note repeated under every article, or an adverbial phrase
// ("Mostly for Trump"). Each is a named rule of junkRules, tried on the
// phrase ts[b..e] before it is resolved (source).

type junkRule struct {
	name string
	junk func(ts []text.Token, b, e int) bool
}

var junkRules = []junkRule{
	{"date-phrase", dateNP},
	{"headline-fragment", headlineFragment},
	{"page-furniture", pageFurniture},
	{"adverbial-phrase", adverbialPhrase},
	{"shouted-adverb", shoutedAdverb},
	{"sentence-adverb", sentenceAdverb},
}

// sentenceAdverb: a sentence adverb or connective alone in the subject's
// place ("Instead", "Previously", "Meanwhile"; lexicon.SentenceAdverbs) is
// no one, though capitalised (the entity audit's "Instead", "Then").
func sentenceAdverb(ts []text.Token, b, e int) bool {
	return b == e && lexicon.SentenceAdverbs[ts[b].Text]
}

// junkSource returns the rule that finds ts[b..e] junk, or "".
func junkSource(ts []text.Token, b, e int) string {
	for _, r := range junkRules {
		if r.junk(ts, b, e) {
			return r.name
		}
	}
	return ""
}

// headlineFragment: three or more capitalised words with a capitalised
// preposition or headline verb among them after a name ("Hillary Clinton
// Sides With George W. Bush On", "Trump Slams Media Over"), or ending the
// phrase ("… Bush On"): title case, not a name. A group's name with a
// capitalised link ("Mothers Against Drunk Driving", "Students For Life")
// is a name.
func headlineFragment(ts []text.Token, b, e int) bool {
	if e-b < 2 {
		return false
	}
	for k := b; k <= e; k++ {
		if !ts[k].Capitalised() && ts[k].Tag != "DT" && !isPossessive(ts[k]) && ts[k].Text != "." {
			return false
		}
	}
	for k := b + 1; k <= e; k++ {
		if headlineWord(ts[k].Text) && !namePreposition(ts, k) { // ("Mothers Against Drunk Driving": a group's name)
			return true
		}
	}
	return false
}

// pageFurniture: an editor's note or a correction as the subject: "Editor's
// note: …", "Correction:".
func pageFurniture(ts []text.Token, b, e int) bool {
	for k := b; k <= e; k++ {
		l := ts[k].Lower
		if (l == "editor" || l == "editors" || l == "editor's" || l == "editor’s") && k < e && (isPossessive(ts[k+1]) || ts[k+1].Lower == "note") {
			return true
		}
		if l == "note" && k > b && strings.HasPrefix(ts[k-1].Lower, "editor") {
			return true
		}
	}
	return false
}

// adverbialPhrase: a phrase that opens with an adverb and a preposition
// ("Mostly for Trump", "Largely in favour") names no one.
func adverbialPhrase(ts []text.Token, b, e int) bool {
	return e > b && ts[b].Tag == "RB" && ts[b+1].Tag == "IN"
}

// shoutedAdverb: an adverb in capitals alone in the subject's place ("We
// STRONGLY recommend …", seen on blog and shop pages of ingest-web; "I
// HIGHLY doubt …", "They FULLY expect …") is no acronym; after a subject,
// subjectLeft steps over it ("Our team HIGHLY recommends").
func shoutedAdverb(ts []text.Token, b, e int) bool { return b == e && shoutedAdverbWord(ts[b].Text) }

// shoutedAdverbWord: five capitals or more ending in LY, no place
// ("ITALY").
func shoutedAdverbWord(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "LY") && text.AllCaps(w) && !lexicon.Places[titleCase(w)]
}

// headlineWord reports one word of headlineWords.
func headlineWord(w string) bool {
	var one [1]string
	one[0] = w
	return headlineWords(one[:])
}
