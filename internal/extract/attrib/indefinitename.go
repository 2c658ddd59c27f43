package attrib

import (
	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/lexicon"
	"github.com/factcheck/extract/internal/extract/text"
)

// ruleIndefiniteCapitalised names the npStep for an indefinite phrase that
// ends in a capitalised word: "said a Virginia Democrat", "a senior
// Democrat told Politico", "one House Republican said", "a Tory MP". An
// indefinite article names no one in particular, so the capitalised words
// are no person's name: the phrase is a description, kept as written with
// its article (ANNOTATION.md: "a source the article never names keeps its
// description as written"), as "a Republican aide" already is.
const ruleIndefiniteCapitalised = "indefinite-capitalised"

// indefiniteOpeners open such a phrase: the indefinite determiners and
// "one" ("one House Republican said").
var indefiniteOpeners = lexicon.Union(lexicon.IndefiniteDeterminers, lexicon.WordSet(`one`))

// indefiniteWordTags are the tags of the words after the opener: adjectives
// and capitalised words ("a senior Democrat", "one House Republican"); no
// common noun ("a statement Tuesday" is a statement), number, comma or
// possessive.
var indefiniteWordTags = map[string]bool{"JJ": true, "JJR": true, "JJS": true, "NNP": true, "NNPS": true}

// indefiniteCapitalisedStep decides ts[b..*ep] when ts[b] is an
// indefinite opener, ts[b+1..*ep] holds only adjectives and capitalised
// words, no day ("a statement Tuesday"), and the last word is
// capitalised: the phrase as written, a person.
func indefiniteCapitalisedStep(a *attributor, ts []text.Token, b int, ep *int) (string, claims.SourceKind, bool) {
	e := *ep
	if e <= b || !indefiniteOpeners[ts[b].Lower] || !ts[e].Capitalised() {
		return "", "", false
	}
	for k := b + 1; k <= e; k++ {
		if !indefiniteWordTags[ts[k].Tag] || timeWords[ts[k].Lower] {
			return "", "", false
		}
	}
	return a.d.Text[ts[b].Start:ts[e].End()], kindPerson, true
}
