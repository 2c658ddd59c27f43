package attrib

import (
	"strings"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// An interview printed as questions and answers after an introduction
// that names the person interviewed ("Calvin Moxey, the minister
// responsible for disaster reconstruction, answered questions from The
// Tribune this week. An edited excerpt: ¶ Why are so many people still
// without proper homes? ¶ “We have repaired 2,600 homes since 2019. …”",
// articles-dev-5; the same layout in the Q&A features of other papers,
// a question and its answer on lines of one paragraph or in paragraphs
// of their own): a quoted answer opening a line right after a question
// line, with no attribution of its own, is the words of the person the
// introduction names as its subject (rule interview-answer).

// maxInterviewLines bounds the walk back over question and answer lines
// to the introduction.
const maxInterviewLines = 24

// interviewAnswer returns the speaker of quote qi, opening a line right
// after a question line, read from the introduction before the first
// question of the run of questions and answers; or nil.
func (a *attributor) interviewAnswer(qi int) *found {
	start := a.quotes[qi].Start
	if start == 0 || a.d.Text[start-1] != '\n' {
		return nil
	}
	end := start - 1 // the end of the line before (its newline)
	for n, questions := 0, 0; n < maxInterviewLines; n++ {
		b, e, ok := a.lineBefore(end)
		if !ok {
			return nil
		}
		line := strings.TrimSpace(a.d.Text[b:e])
		switch {
		case n == 0 && !questionLine(line):
			return nil // (the line right before must ask)
		case questionLine(line):
			questions++
		case a.inQuote(b + strings.Index(a.d.Text[b:e], line)):
			// an answer, or a line of one
		default:
			return a.introSubject(b)
		}
		end = b - 1
	}
	return nil
}

// lineBefore returns the bounds of the last line holding a non-blank
// character that ends by end, or false.
func (a *attributor) lineBefore(end int) (int, int, bool) {
	t := a.d.Text
	for end > 0 {
		b := strings.LastIndexByte(t[:end], '\n') + 1
		if strings.TrimSpace(t[b:end]) != "" {
			return b, end, true
		}
		end = b - 1
	}
	return 0, 0, false
}

// questionLine reports a line that is one short question with no
// quotation mark: "Why are so many people still without proper homes?"
func questionLine(t string) bool {
	if !strings.HasSuffix(t, "?") || len(t) > 240 || strings.ContainsAny(t, "\"“”«»") {
		return false
	}
	return !strings.ContainsAny(t[:len(t)-1], "?.!") // (one sentence)
}

// introSubject returns, as a quote's speaker, the person who is the
// subject of the sentence opening at or holding offset off (the
// introduction's first), or nil: a name that is a person's by the
// article's evidence, a title, a role appositive ("Calvin Moxey, the
// minister responsible for …,") or a known given name, and the
// sentence's subject.
func (a *attributor) introSubject(off int) *found {
	si := a.d.SentenceAt(off)
	if si < 0 {
		return nil
	}
	s := a.d.Sentences[si]
	for i := a.reg.startingBy(s.Start - 1); i < len(a.reg.ents); i++ {
		e := a.reg.ents[i]
		if e.Start >= s.End {
			break
		}
		if e.Start < s.Start || a.inQuote(e.Start) {
			continue
		}
		name := a.reg.fullest(e.Name, e.Start)
		k := a.reg.kindOf(name)
		person := k == kindPerson || k == "" && (e.title != "" || a.roleInAppositive(e) || len(e.words) > 1 && lexicon.GivenNameGender(e.words[0]) != 0)
		if !person || !a.subjectLike(e) {
			return nil // (the sentence's first name is its subject or no one's)
		}
		ts := a.tokens(si)
		b, z := -1, -1
		for j, t := range ts {
			if t.Start == e.Start {
				b = j
			}
			if b >= 0 && t.End() <= e.End {
				z = j
			}
		}
		if b < 0 || z < b {
			return nil
		}
		src := a.source(ts, b, z, -1, -1)
		if src == nil {
			return nil
		}
		src.Kind = kindPerson
		return &found{src: src} // no cue: the layout attributes the answers
	}
	return nil
}

// roleInAppositive reports a name followed by an appositive holding a
// role noun ("Calvin Moxey, the minister responsible for disaster
// reconstruction,").
func (a *attributor) roleInAppositive(e nameEnt) bool {
	m := apposRE.FindStringSubmatch(a.d.Text[e.End:min(len(a.d.Text), e.End+80)])
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if roleNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
