package review

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/extract/internal/claims"
)

// anchor makes an HTML id from a group label.
func anchor(label string) string {
	var b strings.Builder
	b.WriteString("g-")
	dash := false
	for _, r := range strings.ToLower(label) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

type groupRow struct {
	ID, Quantity, Interval, Source, ArticleID, ArticleTitle, Sentence, Status string
	Inferred                                                                  bool
	Also                                                                      []claimRef // the same claim in near-duplicate articles
	X, W                                                                      float64    // the interval on the group's scale, in SVG units of 0–300
	Open                                                                      bool       // the interval has no upper bound
}

type groupView struct {
	Label, Anchor, Low, High, Spread string
	Subjects                         []string
	Sources, Articles, Claims        int
	Rows                             []groupRow
}

func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) {
	a, err := s.current(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	status, err := s.statuses(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	var views []groupView
	for _, g := range a.groups {
		v := groupView{Label: g.Key.String(), Anchor: anchor(g.Key.String()), Low: fmtNum(g.Low), High: fmtNum(g.High),
			Subjects: g.Subjects, Sources: g.Sources, Articles: g.Articles, Claims: len(g.Members)}
		if g.Key.Unit != "" && g.Key.Unit != "count" {
			v.Label += " (" + g.Key.Unit + ")"
		}
		if sp := g.Spread(); sp > 0 && !math.IsInf(sp, 0) {
			v.Spread = "×" + strconv.FormatFloat(sp, 'f', 2, 64)
		}
		scale := g.High * 1.1
		if scale <= 0 {
			scale = 1
		}
		inGroup := map[string]bool{}
		for _, m := range g.Members {
			inGroup[m.Q.ID] = true
		}
		for _, m := range g.Members {
			q := m.Q
			if _, hidden := a.hidden[q.ID]; hidden {
				// Shown once, under the first copy when it is in this group.
				if first := a.shared[a.sharedOf[q.ID]].Claims[0]; inGroup[first.ID] {
					continue
				}
			}
			row := groupRow{ID: q.ID, Quantity: q.Quantity.Text, Interval: interval(q.Low, q.High, q.Qualifier), ArticleID: q.ArticleID,
				ArticleTitle: a.title(q.ArticleID), Sentence: q.Sentence.Text, Status: status[q.ID], Inferred: m.Measure.Inferred}
			if q.Source != nil {
				row.Source = q.Source.Name
			}
			row.X, row.W, row.Open = bar(q, scale)
			for _, c := range a.copies(q.ID) {
				row.Also = append(row.Also, a.ref(c, status[c.ID]))
			}
			v.Rows = append(v.Rows, row)
		}
		views = append(views, v)
	}
	labels, err := s.labels(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.render(w, r, "compare", map[string]any{"Groups": views, "Labels": labels})
}

// bar places an interval on a 0–300 axis where 300 is scale.
func bar(q *claims.Quantity, scale float64) (x, w float64, open bool) {
	const width = 300
	lo, hi := 0.0, math.Inf(1)
	if q.Low != nil {
		lo = *q.Low
	}
	if q.High != nil {
		hi = *q.High
	}
	x = math.Min(lo/scale*width, width)
	if math.IsInf(hi, 1) {
		return x, width - x, true
	}
	w = math.Max(hi/scale*width-x, 3)
	return x, w, false
}

type dupPairView struct {
	A, B        articleInfo
	Containment string
}

type sharedView struct {
	Quantity, Interval, Sentence string
	Claims                       []claimRef
}

func (s *Server) handleDuplicates(w http.ResponseWriter, r *http.Request) {
	a, err := s.current(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	status, err := s.statuses(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	var pairs []dupPairView
	for _, p := range a.pairs {
		pairs = append(pairs, dupPairView{A: a.articles[p.A], B: a.articles[p.B], Containment: strconv.Itoa(int(math.Round(p.Containment*100))) + "%"})
	}
	var shared []sharedView
	for _, sh := range a.shared {
		q := sh.Claims[0]
		v := sharedView{Quantity: q.Quantity.Text, Interval: interval(q.Low, q.High, q.Qualifier), Sentence: q.Sentence.Text}
		for _, c := range sh.Claims {
			v.Claims = append(v.Claims, a.ref(c, status[c.ID]))
		}
		shared = append(shared, v)
	}
	labels, err := s.labels(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.render(w, r, "duplicates", map[string]any{"Pairs": pairs, "Shared": shared, "Labels": labels})
}

// labels maps review statuses to their display labels.
func (s *Server) labels(r *http.Request) (map[string]string, error) {
	sts, err := s.st.ReviewStatuses(r.Context())
	out := map[string]string{}
	for _, st := range sts {
		out[st.Status] = st.Label
	}
	return out, err
}
