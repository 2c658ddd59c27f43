package extract

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/when"
)

// timePara is the line (paragraph) of the claims assignTimes is at, with
// its time expressions.
type timePara struct {
	start, end int // the line's bounds
	seen       int // no line break from start to seen
	refs       []when.Ref
	ordered    bool // refs in order and apart (when.Ordered)
}

// holds reports whether the sentence starting at pos is on the line, as a
// scan back from pos to the last line break would find: the text from
// seen to pos is scanned once.
func (p *timePara) holds(text string, pos int) bool {
	if pos < p.seen || pos > p.end {
		return pos >= p.start && pos <= p.end && strings.LastIndexByte(text[p.start:pos], '\n') < 0
	}
	if strings.IndexByte(text[p.seen:pos], '\n') >= 0 {
		return false
	}
	p.seen = pos
	return true
}

// assignTimes gives each claim the time its figure refers to: the time
// expression of its sentence nearest to it, else of its paragraph
// (internal/extract/when), resolved against the publication date. Only
// the paragraphs holding claims are read.
func assignTimes(a *claims.Article, qs []claims.Quantity) {
	pub := when.ParseDate(a.Published)
	var cur *timePara
	for i := range qs {
		q := &qs[i]
		if !q.IsClaim() {
			continue
		}
		if cur == nil || !cur.holds(a.Text, q.Sentence.Start) {
			// a new paragraph (claims come in text order: each line is
			// scanned for its ends once, however many claims it holds)
			start := strings.LastIndexByte(a.Text[:q.Sentence.Start], '\n') + 1
			end := len(a.Text)
			if j := strings.IndexByte(a.Text[q.Sentence.End:], '\n'); j >= 0 {
				end = q.Sentence.End + j
			}
			refs := when.Find(a.Text[start:end], pub)
			for k := range refs {
				refs[k].Start += start
				refs[k].End += start
			}
			cur = &timePara{start, end, q.Sentence.Start, refs, when.Ordered(refs)}
		}
		if r := when.PickIn(cur.refs, cur.ordered, q.Quantity.Start, q.Quantity.End, q.Sentence.Start, q.Sentence.End, cur.start, cur.end); r != nil {
			q.Time = &claims.TimeRef{Span: claims.Span{Text: r.Text, Start: r.Start, End: r.End}, From: r.From, To: r.To}
		}
	}
}
