package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Article-body scoring, as in the public article-extraction benchmark
// (scrapinghub/article-extraction-benchmark, evaluate.py): tokens are
// Unicode \w+ runs (letters, numbers, underscore; case kept), a text is the
// multiset of its 4-grams of consecutive tokens (a text of 1 to 3 tokens is
// one shorter shingle), and per page precision = shared / predicted and
// recall = shared / truth (both 1 when neither text has a shingle).
// Corpus precision is the mean over the pages that predicted something,
// recall the mean over the pages whose truth has text, and F1 is computed
// from those two means.

// IngestTruth is one page of a ground-truth file {id: {articleBody, url}}.
type IngestTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// ReadIngestTruth reads a ground-truth.json file.
func ReadIngestTruth(path string) (map[string]IngestTruth, error) {
	return readJSONMap[IngestTruth](path, "ground-truth file ({id: {articleBody, url}})")
}

// IngestPage is the score of one page.
type IngestPage struct {
	ID        string  `json:"id"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Err       string  `json:"error,omitempty"` // the page could not be read
	predicted bool    // the prediction has a shingle (counts for precision)
	truthful  bool    // the truth has a shingle (counts for recall)
}

// F1 of one page.
func (p IngestPage) F1() float64 { return f1(p.Precision, p.Recall) }

// IngestReport is the corpus score.
type IngestReport struct {
	Pages     []IngestPage
	Precision float64
	Recall    float64
	Missing   []string // truth ids absent from the input (not scored)
}

// F1 from the mean precision and recall.
func (r *IngestReport) F1() float64 { return f1(r.Precision, r.Recall) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PageScore scores one predicted text against its truth.
func PageScore(pred, truth string) (precision, recall float64) {
	p, r, _, _ := pageScore(pred, truth)
	return p, r
}

func pageScore(pred, truth string) (precision, recall float64, predicted, truthful bool) {
	tp, np, nt := shingleMatch(pred, truth)
	fp, fn := np-tp, nt-tp
	predicted, truthful = np > 0, nt > 0
	if fp == 0 && fn == 0 {
		return 1, 1, predicted, truthful
	}
	if np > 0 {
		precision = float64(tp) / float64(np)
	}
	if nt > 0 {
		recall = float64(tp) / float64(nt)
	}
	return precision, recall, predicted, truthful
}

// shingleMatch returns the shared 4-grams (multiset intersection) and the
// predicted and true 4-gram counts.
func shingleMatch(pred, truth string) (tp, np, nt int) {
	tg := shingles(truth)
	pg := shingles(pred)
	for k, c := range pg {
		np += c
		if t := tg[k]; t > 0 {
			tp += min(c, t)
		}
	}
	for _, c := range tg {
		nt += c
	}
	return tp, np, nt
}

// Tokens splits s into \w+ runs.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r))
	})
}

func shingles(s string) map[string]int {
	t := Tokens(s)
	m := make(map[string]int, len(t))
	if len(t) > 0 && len(t) < 4 {
		m[strings.Join(t, "\x00")]++ // as the benchmark does: one short shingle
		return m
	}
	for i := 0; i+4 <= len(t); i++ {
		m[t[i]+"\x00"+t[i+1]+"\x00"+t[i+2]+"\x00"+t[i+3]]++
	}
	return m
}

// ScoreIngest scores predicted bodies (by truth id) against the truth.
// Only truth ids present in pred or errs are scored; errs maps ids of pages
// that failed to read to their error (scored as empty predictions).
func ScoreIngest(truth map[string]IngestTruth, pred map[string]string, errs map[string]string) *IngestReport {
	r := &IngestReport{}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		text, ok := pred[id]
		e, failed := errs[id]
		if !ok && !failed {
			r.Missing = append(r.Missing, id)
			continue
		}
		p := IngestPage{ID: id, Err: e}
		p.Precision, p.Recall, p.predicted, p.truthful = pageScore(text, truth[id].ArticleBody)
		r.Pages = append(r.Pages, p)
	}
	np, nr := 0, 0
	for _, p := range r.Pages {
		if p.predicted {
			r.Precision += p.Precision
			np++
		}
		if p.truthful {
			r.Recall += p.Recall
			nr++
		}
	}
	if np > 0 {
		r.Precision /= float64(np)
	}
	if nr > 0 {
		r.Recall /= float64(nr)
	}
	return r
}

// Print writes the pages from worst to best, then the corpus figures and a
// one-line JSON summary.
func (r *IngestReport) Print(w io.Writer, worst int) {
	pages := append([]IngestPage(nil), r.Pages...)
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].F1() < pages[j].F1() })
	if worst > len(pages) {
		worst = len(pages)
	}
	if worst > 0 {
		fmt.Fprintf(w, "%-20s %6s %6s %6s\n", "page (worst first)", "P", "R", "F1")
		for _, p := range pages[:worst] {
			id := p.ID
			if len(id) > 20 {
				id = id[:20]
			}
			fmt.Fprintf(w, "%-20s %6.3f %6.3f %6.3f", id, p.Precision, p.Recall, p.F1())
			if p.Err != "" {
				fmt.Fprintf(w, "  error: %s", p.Err)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "pages %d (not in input: %d)\nprecision %.4f\nrecall    %.4f\nF1        %.4f\n",
		len(r.Pages), len(r.Missing), r.Precision, r.Recall, r.F1())
	b, _ := json.Marshal(map[string]any{"pages": len(r.Pages), "missing": len(r.Missing),
		"precision": round4(r.Precision), "recall": round4(r.Recall), "f1": round4(r.F1())})
	fmt.Fprintln(w, string(b))
}

func round4(f float64) float64 {
	return float64(int64(f*10000+0.5)) / 10000
}
