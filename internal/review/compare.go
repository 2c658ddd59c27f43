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
	ID, Quantity, Interval, Source, ArticleID, ArticleTitle, Sentence, Status, StatusLabel string
	What                                                                                   string // the words the measure was read from
	Inferred                                                                               bool
	Also                                                                                   []claimRef // the same claim in near-duplicate articles
	X, W                                                                                   float64    // the interval on the group's scale, in SVG units of 0–300
	Open                                                                                   bool       // the interval has no upper bound
}

type groupView struct {
	Label, Anchor, Low, High, Spread string
	Subjects                         []string
	Sources, Articles, Claims        int
	Rows                             []groupRow
	LogScale                         bool
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
	labels, err := s.labels(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	// Groups that compare articles or sources come first; figures that one
	// article gives from one source are folded away below them.
	var views, local []groupView
	for _, g := range a.groups {
		v := groupView{Label: g.Key.String(), Anchor: anchor(g.Key.String()), Low: fmtNum(g.Low), High: fmtNum(g.High),
			Subjects: g.Subjects, Sources: g.Sources, Articles: g.Articles, Claims: len(g.Members)}
		if g.Key.Unit != "" && g.Key.Unit != "count" {
			v.Label += " (" + g.Key.Unit + ")"
		}
		if sp := g.Spread(); sp > 0 && !math.IsInf(sp, 0) {
			v.Spread = "×" + strconv.FormatFloat(sp, 'f', 2, 64)
		}
		ax := newAxis(g.Low, g.High)
		v.LogScale = ax.log
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
				ArticleTitle: a.title(q.ArticleID), Sentence: q.Sentence.Text, Status: status[q.ID], StatusLabel: labels[status[q.ID]],
				Inferred: m.Measure.Inferred}
			if q.Source != nil {
				row.Source = q.Source.Name
			}
			row.What = strings.TrimSpace(m.Measure.EventText + " · " + m.Measure.SubjectText)
			row.X, row.W, row.Open = ax.bar(q)
			for _, c := range a.copies(q.ID) {
				row.Also = append(row.Also, a.ref(c, status[c.ID]))
			}
			v.Rows = append(v.Rows, row)
		}
		if len(v.Rows) < 2 {
			continue // every member is a copy of one claim
		}
		if g.Articles < 2 && g.Sources < 2 {
			local = append(local, v)
			continue
		}
		views = append(views, v)
	}
	s.render(w, r, "compare", map[string]any{"Groups": views, "Local": local, "Labels": labels})
}

// axis maps a group's values onto 0–300 SVG units: linear from 0, or
// logarithmic when the figures span more than a factor of 10, so that 88, 99
// and 107 stay apart next to 2,000.
type axis struct {
	log    bool
	a0, a1 float64
}

const axisWidth = 300

func newAxis(low, high float64) axis {
	if low > 0 && high/low > 10 {
		return axis{log: true, a0: math.Log10(low / 1.5), a1: math.Log10(high * 1.5)}
	}
	if high <= 0 {
		high = 1
	}
	return axis{a0: 0, a1: high * 1.1}
}

func (ax axis) pos(v float64) float64 {
	if ax.log {
		if v <= 0 {
			return 0
		}
		v = math.Log10(v)
	}
	p := (v - ax.a0) / (ax.a1 - ax.a0) * axisWidth
	return math.Max(0, math.Min(p, axisWidth))
}

// bar places a claim's interval on the axis: x and width, and whether it is
// open above.
func (ax axis) bar(q *claims.Quantity) (x, w float64, open bool) {
	x = 0
	if q.Low != nil {
		x = ax.pos(*q.Low)
	}
	if q.High == nil {
		return x, axisWidth - x, true
	}
	w = math.Max(ax.pos(*q.High)-x, 3)
	if x+w > axisWidth {
		x = axisWidth - w
	}
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
