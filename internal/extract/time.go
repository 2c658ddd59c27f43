package extract

import (
	"strings"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/extract/when"
)

// assignTimes gives each claim the time its figure refers to: the time
// expression of its sentence nearest to it, else of its paragraph
// (internal/extract/when), resolved against the publication date. Only
// the paragraphs holding claims are read.
func assignTimes(a *claims.Article, qs []claims.Quantity) {
	pub := when.ParseDate(a.Published)
	type para struct {
		start int
		refs  []when.Ref
	}
	var cur *para
	for i := range qs {
		q := &qs[i]
		if !q.IsClaim() {
			continue
		}
		start := strings.LastIndexByte(a.Text[:q.Sentence.Start], '\n') + 1
		if cur == nil || cur.start != start {
			end := len(a.Text)
			if j := strings.IndexByte(a.Text[q.Sentence.End:], '\n'); j >= 0 {
				end = q.Sentence.End + j
			}
			refs := when.Find(a.Text[start:end], pub)
			for k := range refs {
				refs[k].Start += start
				refs[k].End += start
			}
			cur = &para{start, refs}
		}
		if r := when.Pick(cur.refs, a.Text, q.Quantity.Start, q.Quantity.End, q.Sentence.Start, q.Sentence.End); r != nil {
			q.Time = &claims.TimeRef{Span: claims.Span{Text: r.Text, Start: r.Start, End: r.End}, From: r.From, To: r.To}
		}
	}
}
