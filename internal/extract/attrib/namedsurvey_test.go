package attrib

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/factcheck/extract/internal/extract/text"
)

// namedSurveyRef is namedSurvey as it was: one expression over all the
// text before pos. namedSurvey must answer the same at every position.
func namedSurveyRef(txt string, pos int, head string) string {
	re := regexp.MustCompile(`(?:\p{Lu}[\p{L}\p{M}’'.&-]*(?:[ \t\p{Zs}]+|/|-))+(?:[\p{Ll}-]+[ \t\p{Zs}]+){0,2}` + regexp.QuoteMeta(head) + `\b`)
	ms := re.FindAllStringIndex(txt[:pos], -1)
	for i := len(ms) - 1; i >= 0; i-- {
		words := strings.FieldsFunc(txt[ms[i][0]:ms[i][1]], unicode.IsSpace)
		for len(words) > 1 && nonNames[words[0]] {
			words = words[1:]
		}
		if len(words) < 2 || !startsUpper(words[0]) || clauseInSurveyName(words) {
			continue
		}
		return strings.Join(words, " ")
	}
	return ""
}

func TestNamedSurveyAsOneScan(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	txt := "A Bloomberg poll shows 40 percent.\nThe poll, a Reuters/Ipsos opinion poll, and the Gallup poll2 " +
		"poll found more. Acme Inc. Research poll said so; Hartley Institute published a poll.\n\n" +
		"In the Washington Post/ABC News national poll (out Monday) the Quinnipiac University poll polls " +
		"“Pew Research Center survey” — CNN–ORC poll, Gallup polls, the Fox poll.\tZogby\tpoll_ Ipsos poll"
	a := newAttributor(text.NewDoc(txt, m))
	seen := map[string]bool{}
	for _, head := range []string{"poll", "polls", "survey", "data"} {
		for pos := 0; pos <= len(txt); pos++ {
			if want, got := namedSurveyRef(txt, pos, head), a.namedSurvey(pos, head); got != want {
				t.Errorf("namedSurvey(%d, %q) = %q, want %q", pos, head, got, want)
			}
			seen[a.namedSurvey(pos, head)] = true
		}
	}
	if len(seen) < 8 {
		t.Errorf("only %d distinct answers: the text tests too little", len(seen))
	}
	t.Log(len(seen), "distinct answers")
}
