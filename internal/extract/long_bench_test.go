package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// longText joins the dev claims texts (testdata/claims/{articles,web}-dev-*;
// never the held-out web-blind files) into one article of at least words
// words, cut at a paragraph break.
func longText(b *testing.B, words int) string {
	b.Helper()
	var files []string
	for _, p := range []string{"articles-dev-*.texts.jsonl", "web-dev-*.texts.jsonl"} {
		m, _ := filepath.Glob(filepath.Join("../../testdata/claims", p))
		files = append(files, m...)
	}
	var sb strings.Builder
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				b.Fatalf("%s: %v", f, err)
			}
			for _, para := range strings.Split(rec.Text, "\n\n") {
				if n >= words {
					fh.Close()
					return sb.String()
				}
				if sb.Len() > 0 {
					sb.WriteString("\n\n")
				}
				sb.WriteString(para)
				n += len(strings.Fields(para))
			}
		}
		fh.Close()
	}
	if n < words {
		b.Skipf("dev texts hold %d words, want %d", n, words)
	}
	return sb.String()
}

// BenchmarkExtractLong extracts one long article of ~2k, ~8k and ~32k words
// and reports ns/word: a flat ns/word across sizes means time linear in the
// article's length; a rising one, work per number or token that scans the
// whole text (or the whole paragraph: the oneline cases join the
// paragraphs into one line, as some dumps write a body).
func BenchmarkExtractLong(b *testing.B) {
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, words := range []int{2000, 8000, 32000} {
		paras := longText(b, words)
		for _, c := range []struct{ name, txt string }{
			{"paras", paras},
			{"oneline", strings.ReplaceAll(paras, "\n\n", " ")},
		} {
			nw := len(strings.Fields(c.txt))
			b.Run(fmt.Sprintf("%s/words=%d", c.name, words), func(b *testing.B) {
				b.SetBytes(int64(len(c.txt)))
				for range b.N {
					ex.Extract(&claims.Article{ID: "long", Text: c.txt})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*nw), "ns/word")
			})
		}
	}
}
