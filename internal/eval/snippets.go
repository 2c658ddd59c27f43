package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Snippet scoring, as trafilatura's evaluation does it (tests/comparison.py):
// for each page a few snippets the extraction must contain ("with") and a few
// it must not ("without"). Whitespace is collapsed in both, then each snippet
// is a case-sensitive substring test. Counts are summed over the corpus:
// precision = with-found / (with-found + without-found), recall = with-found /
// all with, F1 from those. A page that could not be read found nothing.

// SnippetPage is one page of a snippets file {id: {url, with, without}}.
type SnippetPage struct {
	URL     string   `json:"url"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// ReadSnippets reads a snippets file.
func ReadSnippets(path string) (map[string]SnippetPage, error) {
	return readJSONMap[SnippetPage](path, "snippets file ({id: {url, with, without}})")
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

func (s snippetScore) f1() float64 { return f1(s.precision(), s.recall()) }

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// scoreSnippets scores one extracted text against its page's snippets.
func scoreSnippets(id, text string, p SnippetPage) snippetScore {
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

// SnippetReport scores every page of the snippets file that is in the input
// (pred: its text by page id; a page read with an error scores as an empty
// text) and prints the worst pages, the corpus figures and a one-line JSON
// summary. It returns how many pages it scored.
func SnippetReport(w io.Writer, truth map[string]SnippetPage, pred, errs map[string]string, worst int) int {
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
