package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// definiteReferenceCases: "the two countries", "these two boys" refer back
// (kind rule definite-reference); a capitalised number word inside a
// sentence before another capitalised word opens a name, which the name
// rules read (nameAfterArticle). Rule "" holds for any rule.
var definiteReferenceCases = []struct {
	rule, in, text string
	kind           claims.Kind
}{
	{"definite-reference", "Trade barriers between the two countries fell.", "two", claims.KindOther},
	{"definite-reference", "These two boys mean everything to me.", "two", claims.KindOther},
	{"definite-reference", "He declined to name the three.", "three", claims.KindOther},
	{"definite-reference", "The Two Countries Sign a Pact", "Two", claims.KindOther},
	// names (quantities web-dev-14; other wording)
	{"number-word-in-name", "Dashboards should include the four golden signals (discussed in The Four Golden Signals).", "Four", claims.KindIdentifier},
	{"number-word-in-name", "Tourists flock to the Seven Sisters cliffs each summer.", "Seven", claims.KindIdentifier},
	{"number-word-in-name", "He spoke at one of the Three Rivers Stadium events.", "Three", claims.KindIdentifier},
	// a name's word in lower case is no name
	{"definite-reference", "They met the two Republican senators.", "two", claims.KindOther},
}

func TestDefiniteReference(t *testing.T) {
	for _, c := range definiteReferenceCases {
		m := wantMention(t, c.in, c.text, true)
		if m == nil {
			continue
		}
		if got := m.Rules().Kind; m.Kind != c.kind || c.rule != "" && got != c.rule {
			t.Errorf("%q: %q: want kind %s by rule %q, got %s by rule %s", c.in, c.text, c.kind, c.rule, m.Kind, got)
		}
	}
}
