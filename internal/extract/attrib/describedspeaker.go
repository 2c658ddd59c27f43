package attrib

import (
	"regexp"
	"sort"
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/text"
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

// describedForm is a named reading of sentence si, whose subject is a
// definite description of a person; it returns the description as
// written (or "") and the offset from which no person may be named up to
// the pronoun.
type describedForm struct {
	name string
	read func(a *attributor, si int) (string, int)
	// lastOnly: the form is read in the sentence right before the quote
	// only (a subject without a speech verb)
	lastOnly bool
}

// describedForms are tried on each sentence walked back over.
var describedForms = []describedForm{
	// "The union's general secretary said …", "The chief executive of a
	// resort group, who asked not to be named …, said …", "The president
	// of the X Association said …": a role noun heads the description (or
	// ends it before "of"), a speech verb follows it or its relative clause
	{"role-description-said", func(a *attributor, si int) (string, int) {
		st := a.d.Sentences[si].Start
		m := describedSpeechRE.FindStringSubmatch(a.d.Text[st:a.d.Sentences[si].End])
		if m == nil {
			return "", 0
		}
		head := m[1]
		if i := strings.Index(head, " of "); i > 0 {
			head = head[:i]
		}
		w := strings.Fields(head)
		if len(w) < 2 || !roleNouns[strings.ToLower(w[len(w)-1])] {
			return "", 0
		}
		if a.roleUsedBefore(m[1], st) {
			return "", 0
		}
		return m[1], st
	}, false},
	// "Back in Big Bend, the chairman walked along a dry canal. “…,” he
	// said." (articles-dev-5): a bare role description ("the chairman",
	// "the former minister") as the subject of any finite verb in the
	// sentence right before the quote, a fronted phrase before it or not,
	// refers to the person the article described by that role before and
	// never named ("The chairman of the X Association said …"): the
	// fuller description is the speaker
	{"role-description-subject", func(a *attributor, si int) (string, int) {
		ts := a.tokens(si)
		b := roleSubjectAt(ts)
		if b < 0 {
			return "", 0
		}
		h := b + 1
		for h+1 < len(ts) && roleNouns[ts[h+1].Lower] {
			h++ // "the deputy director"
		}
		for h < len(ts) && !roleNouns[ts[h].Lower] {
			h++
		}
		d := a.d.Text[ts[b].Start:ts[h].End()]
		if a.roleUsedBefore(d, ts[b].Start) {
			return "", 0
		}
		full := a.fullerDescription(ts[h].Lower, ts[b].Start)
		if full == "" {
			return "", 0 // (a role the article never described: no one to refer to)
		}
		return full, ts[b].Start
	}, true},
}

// roleSubjectAt returns the index of the "the" of a sentence's subject
// "the [modifier] ROLE" followed by a finite verb, after an opening
// phrase closed by a comma or not ("Back in Big Bend, the chairman
// walked"), or -1.
func roleSubjectAt(ts []text.Token) int {
	b := firstWord(ts)
	if b < len(ts) && ts[b].Lower != "the" {
		// a fronted phrase: up to its comma, within eight tokens
		c := b
		for c < len(ts) && c-b < 8 && ts[c].Text != "," {
			c++
		}
		if c >= len(ts) || ts[c].Text != "," {
			return -1
		}
		b = c + 1
	}
	if b+2 >= len(ts) || ts[b].Lower != "the" {
		return -1
	}
	h := b + 1
	if !roleNouns[ts[h].Lower] && (ts[h].Tag == "JJ" || ts[h].Tag == "NN") && h+1 < len(ts) && roleNouns[ts[h+1].Lower] {
		h++ // "the former minister", "the deputy chairman"
	}
	if !roleNouns[ts[h].Lower] || ts[h].Text != ts[h].Lower {
		return -1
	}
	v := h + 1
	if v < len(ts) && ts[v].Tag == "RB" {
		v++ // "the chairwoman later toured"
	}
	if v >= len(ts) || ts[v].Tag != "VBD" && ts[v].Tag != "VBZ" && ts[v].Tag != "VBP" {
		return -1
	}
	return b
}

// fullerDescription returns the last description "the ROLE of (the)
// Name …" written before pos ("The chairman of the Swaziland Cane
// Growers Association"), or "".
func (a *attributor) fullerDescription(role string, pos int) string {
	before := a.d.Text[:pos]
	for _, the := range [...]string{"The ", "the "} {
		i := strings.LastIndex(before, the+role+" of ")
		if i < 0 {
			continue
		}
		j := i + len(the+role+" of ")
		var kept []string
		for _, w := range strings.Fields(before[j:min(len(before), j+80)]) {
			bare := strings.TrimRight(w, ",.;:")
			if !startsUpper(bare) && !nameConnectors[bare] && bare != "the" {
				break
			}
			kept = append(kept, bare)
			if bare != w {
				break
			}
		}
		for len(kept) > 0 && !startsUpper(kept[len(kept)-1]) {
			kept = kept[:len(kept)-1]
		}
		if len(kept) > 0 {
			return the + role + " of " + strings.Join(kept, " ")
		}
	}
	return ""
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
			if f.lastOnly && n > 0 {
				continue
			}
			if d, from := f.read(a, si); d != "" {
				if a.nameBetween(from, src.Start) {
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
		if a.reg.kindOf(a.reg.fullest(e.Name, e.Start)) == kindOrg {
			continue // (the role of an organisation: "The chairman of the X Association")
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
