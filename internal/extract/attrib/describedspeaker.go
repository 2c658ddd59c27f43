package attrib

import (
	"regexp"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
)

// A "he"/"she" quote speaker whose antecedent is a description, not a
// name: the article never names the person and the walk over names
// (pronounSpeaker) would give the pronoun to the last named person before
// ("Tourism Minister Ibrahim Faisal told parliament … ¶ The chief executive
// of a resort group, who asked not to be named …, said transfer prices had
// risen … "…," he said." (articles-dev-3); "The union's general secretary
// said his members had not been paid … "…," he said."; "The president of
// the Belize Tour Guide Association said his members had mixed feelings.
// "…," he said." (articles-dev-5)). An ordered table of named forms, each
// reading one sentence before the quote; the first that matches decides.

// describedForm is a named reading of a sentence opening with a definite
// description of a person that is the subject of a speech verb; it returns
// the description as written, or "".
type describedForm struct {
	name string
	read func(s string) string
}

// describedForms are tried on each sentence walked back over.
var describedForms = []describedForm{
	// "The union's general secretary said …", "The chief executive of a
	// resort group, who asked not to be named …, said …", "The president
	// of the X Association said …": a role noun heads the description (or
	// ends it before "of"), a speech verb follows it or its relative clause
	{"role-description-said", func(s string) string {
		m := describedSpeechRE.FindStringSubmatch(s)
		if m == nil {
			return ""
		}
		head := m[1]
		if i := strings.Index(head, " of "); i > 0 {
			head = head[:i]
		}
		w := strings.Fields(head)
		if len(w) < 2 || !roleNouns[strings.ToLower(w[len(w)-1])] {
			return ""
		}
		return m[1]
	}},
}

// describedSpeechRE: a sentence opening with "The …" (no capitalised name
// inside the description's head), an optional relative or appositive
// clause set off by commas, then a speech verb.
var describedSpeechRE = regexp.MustCompile(`^((?:The|the) [a-z][\p{L}'’ -]{1,40}?(?: of (?:the |a |an )?[\p{L}'’ -]{2,60}?)?)(?:, [^"“”]{2,140},)? (?:said|says|told|added|explained|warned)\b`)

// maxDescribedSentences bounds the walk back from the quote.
const maxDescribedSentences = 4

// describedSpeaker returns the description a pronoun speaker of quote qi
// (whose pronoun stands at src) refers to, when a sentence among the few
// before the quote, in its paragraph or the one before, opens with a
// described speaker and no person is named between that sentence and the
// pronoun.
func (a *attributor) describedSpeaker(qi int, src *claims.Source) (string, string) {
	q := a.quotes[qi]
	ss := a.d.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > q.Start }) - 1
	para := a.paraOf(q.Start)
	floor := 0 // (not past the quote before)
	if qi > 0 {
		floor = a.quotes[qi-1].End
	}
	for n := 0; si >= 0 && n < maxDescribedSentences; si, n = si-1, n+1 {
		s := ss[si]
		if s.Start >= q.Start || a.inQuote(s.Start) {
			continue
		}
		if para-a.paraOf(s.Start) > 1 || s.Start < floor {
			break
		}
		for _, f := range describedForms {
			if d := f.read(a.d.Text[s.Start:s.End]); d != "" {
				if a.nameBetween(s.Start, src.Start) || a.roleUsedBefore(d, s.Start) {
					return "", ""
				}
				return d, f.name
			}
		}
	}
	return "", ""
}

// roleUsedBefore reports a description whose role word already stood
// next to a name before pos: "The commissioner said …" after "Police
// Commissioner Kevin Blake" or "Kevin Blake, the commissioner," refers
// back to the named one (coref), not to someone new.
func (a *attributor) roleUsedBefore(d string, pos int) bool {
	head := d
	if i := strings.Index(head, " of "); i > 0 {
		head = head[:i]
	}
	w := strings.Fields(head)
	role := strings.ToLower(w[len(w)-1])
	for _, e := range a.reg.ents {
		if e.End > pos {
			break
		}
		win := strings.ToLower(a.d.Text[max(0, e.Start-40):min(pos, e.End+40)])
		for _, f := range strings.FieldsFunc(win, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
			if f == role {
				return true
			}
		}
	}
	return false
}
