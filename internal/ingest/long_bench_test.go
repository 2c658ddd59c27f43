package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// longParas returns paragraphs of the dev claims texts
// (testdata/claims/{articles,web}-dev-*; never the held-out web-blind
// files) holding at least words words.
func longParas(b *testing.B, words int) []string {
	b.Helper()
	var files []string
	for _, p := range []string{"articles-dev-*.texts.jsonl", "web-dev-*.texts.jsonl"} {
		m, _ := filepath.Glob(filepath.Join("../../testdata/claims", p))
		files = append(files, m...)
	}
	var out []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				b.Fatalf("%s: %v", f, err)
			}
			for _, para := range strings.Split(rec.Text, "\n\n") {
				if n >= words {
					return out
				}
				out = append(out, para)
				n += len(strings.Fields(para))
			}
		}
	}
	b.Skipf("dev texts hold %d words, want %d", n, words)
	return nil
}

// BenchmarkIngestLong reads one long article of ~2k, ~8k and ~32k words,
// as a text file and as an HTML page of paragraphs, and reports ns/word: a
// flat ns/word across sizes means time linear in the article's length.
func BenchmarkIngestLong(b *testing.B) {
	for _, words := range []int{2000, 8000, 32000} {
		paras := longParas(b, words)
		txt := "A long article\n\n" + strings.Join(paras, "\n\n")
		var hb strings.Builder
		hb.WriteString("<!DOCTYPE html><html><head><title>A long article</title></head><body><article><h1>A long article</h1>\n")
		for i, p := range paras {
			// some structure a real page has: sections, wrappers, links
			if i%10 == 9 {
				fmt.Fprintf(&hb, "<h2>Part %d</h2>\n", i/10+1)
			}
			w, rest, _ := strings.Cut(p, " ")
			fmt.Fprintf(&hb, "<div class=\"para\"><p><a href=\"/p/%d\">%s</a> %s</p></div>\n", i, html.EscapeString(w), html.EscapeString(rest))
		}
		hb.WriteString("</article></body></html>\n")
		page := []byte(hb.String())
		nw := len(strings.Fields(txt))
		b.Run(fmt.Sprintf("text/words=%d", words), func(b *testing.B) {
			for range b.N {
				ParseText(txt)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*nw), "ns/word")
		})
		b.Run(fmt.Sprintf("html/words=%d", words), func(b *testing.B) {
			for range b.N {
				if _, err := ParseHTML(page, ""); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*nw), "ns/word")
		})
	}
}
