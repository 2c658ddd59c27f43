package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Snippet scoring, as trafilatura's evaluation does it (tests/comparison.py):
// for each page a few snippets the extraction must contain ("with") and a few
// it must not ("without"). Whitespace is collapsed in both, then each snippet
// is a case-sensitive substring test. Counts are summed over the corpus:
// precision = with-found / (with-found + without-found), recall = with-found /
// all with, F1 from those. A page that could not be read found nothing.

// snippetPage is one page of a snippets file {id: {url, with, without}}.
type snippetPage struct {
	URL     string   `json:"url"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

func readSnippets(path string) (map[string]snippetPage, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]snippetPage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: not a snippets file ({id: {url, with, without}}): %v", path, err)
	}
	return m, nil
}

// snippetScore is the count of one page (or of the corpus).
type snippetScore struct {
	ID             string
	TP, FN, FP, TN int
	Err            string
}

func (s snippetScore) precision() float64 {
	if s.TP+s.FP == 0 {
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

func (s snippetScore) recall() float64 {
	if s.TP+s.FN == 0 {
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

func (s snippetScore) f1() float64 { return f1of(s.precision(), s.recall()) }

func f1of(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// scoreSnippets scores one extracted text against its page's snippets.
func scoreSnippets(id, text string, p snippetPage) snippetScore {
	s := snippetScore{ID: id}
	text = collapseSpace(text)
	for _, w := range p.With {
		if strings.Contains(text, collapseSpace(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range p.Without {
		if strings.Contains(text, collapseSpace(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

// snippetReport scores every page of the snippets file that is in the input
// (a page read with an error scores as an empty text) and prints the worst
// pages, the corpus figures and a one-line JSON summary.
func snippetReport(w io.Writer, truth map[string]snippetPage, pred, errs map[string]string, worst int) int {
	var pages []snippetScore
	var total snippetScore
	missing := 0
	for id, p := range truth {
		text, ok := pred[id]
		e, failed := errs[id]
		if !ok && !failed {
			missing++
			continue
		}
		s := scoreSnippets(id, text, p)
		s.Err = e
		pages = append(pages, s)
		total.TP += s.TP
		total.FN += s.FN
		total.FP += s.FP
		total.TN += s.TN
	}
	if len(pages) == 0 {
		return 0
	}
	sort.Slice(pages, func(i, j int) bool {
		if a, b := pages[i].f1(), pages[j].f1(); a != b {
			return a < b
		}
		if pages[i].FP != pages[j].FP {
			return pages[i].FP > pages[j].FP
		}
		return pages[i].ID < pages[j].ID
	})
	if worst > len(pages) {
		worst = len(pages)
	}
	if worst > 0 {
		fmt.Fprintf(w, "%-40s %5s %5s %5s\n", "page (worst first)", "with", "miss", "junk")
		for _, p := range pages[:worst] {
			fmt.Fprintf(w, "%-40s %5d %5d %5d", p.ID, p.TP, p.FN, p.FP)
			if p.Err != "" {
				fmt.Fprintf(w, "  error: %s", p.Err)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "pages %d (not in input: %d)\nsnippets with found %d of %d, without found %d of %d\nprecision %.4f\nrecall    %.4f\nF1        %.4f\n",
		len(pages), missing, total.TP, total.TP+total.FN, total.FP, total.FP+total.TN,
		total.precision(), total.recall(), total.f1())
	b, _ := json.Marshal(map[string]any{"pages": len(pages), "missing": missing,
		"precision": round4(total.precision()), "recall": round4(total.recall()), "f1": round4(total.f1())})
	fmt.Fprintln(w, string(b))
	return len(pages)
}

func round4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }
