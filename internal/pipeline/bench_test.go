package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/ingest"
)

// Benchmarks of the main job (go test -bench . ./internal/pipeline). They
// report articles/s and MB/s of article text; scripts/bench.sh runs the
// CLI over larger dumps and adds peak RSS.

const benchArticles = 2000

func benchDump(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	in := filepath.Join(dir, "dump.jsonl.gz")
	writeDump(b, in, 0, benchArticles)
	return in
}

func textBytes(b *testing.B, in string) int64 {
	var n int64
	ingest.Read(context.Background(), []string{in}, func(it ingest.Item) error {
		if it.Article != nil {
			n += int64(len(it.Article.Text))
		}
		return nil
	})
	return n
}

// cpuTime is the process's user+system CPU time: unlike wall time, it does
// not depend on what else the machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report gives articles/s and MB/s of article text (wall time), and the
// CPU time per article since cpu0.
func report(b *testing.B, articles, text int64, cpu0 time.Duration) {
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(cpu.Microseconds())/float64(articles*int64(b.N)), "cpu-µs/article")
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles)*float64(b.N)/secs, "articles/s")
	b.ReportMetric(float64(text)*float64(b.N)/1e6/secs, "MB/s")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkRun is `extract run` end to end (ingest + extract + SQLite) over
// a synthetic JSONL.gz dump of 2,000 articles, into a new database each time.
func BenchmarkRun(b *testing.B) {
	in := benchDump(b)
	text := textBytes(b, in)
	ex := extractor(b)
	dir := b.TempDir()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		st := openStore(b, filepath.Join(dir, strconv.Itoa(i)+".db"))
		i++
		s, err := Run(context.Background(), st, ex, []string{in}, Options{})
		if err != nil || s.Stored != benchArticles {
			b.Fatalf("%+v %v", s, err)
		}
		st.Close()
	}
	report(b, benchArticles, text, cpu0)
}

// BenchmarkRerun is a second run over a dump already stored: every article
// is skipped by its content hash.
func BenchmarkRerun(b *testing.B) {
	in := benchDump(b)
	text := textBytes(b, in)
	ex := extractor(b)
	st := openStore(b, filepath.Join(b.TempDir(), "db"))
	if _, err := Run(context.Background(), st, ex, []string{in}, Options{}); err != nil {
		b.Fatal(err)
	}
	cpu0 := cpuTime()
	for b.Loop() {
		s, err := Run(context.Background(), st, ex, []string{in}, Options{})
		if err != nil || s.Skipped != benchArticles {
			b.Fatalf("%+v %v", s, err)
		}
	}
	report(b, benchArticles, text, cpu0)
}

// BenchmarkStages times each stage alone over the same articles, one core:
// ingest (read + parse the dump), extract (tokenise, quantities,
// attribution), store (SQLite writes of the extracted results).
func BenchmarkStages(b *testing.B) {
	in := benchDump(b)
	text := textBytes(b, in)
	ex := extractor(b)
	var arts []claims.Article
	ingest.Read(context.Background(), []string{in}, func(it ingest.Item) error {
		if it.Article != nil {
			arts = append(arts, ToArticle(it.Article))
		}
		return nil
	})
	b.Run("ingest", func(b *testing.B) {
		cpu0 := cpuTime()
		for b.Loop() {
			n := 0
			ingest.Read(context.Background(), []string{in}, func(it ingest.Item) error {
				if it.Article != nil {
					a := ToArticle(it.Article)
					n += len(a.Hash)
				}
				return nil
			})
		}
		report(b, int64(len(arts)), text, cpu0)
	})
	// The store's input, made once (the extract sub-benchmark may be
	// filtered out with -bench).
	results := make([]claims.Result, len(arts))
	for i := range arts {
		results[i] = claims.Result{Article: arts[i], Quantities: ex.Extract(&arts[i])}
	}
	b.Run("extract", func(b *testing.B) {
		cpu0 := cpuTime()
		for b.Loop() {
			for i := range arts {
				ex.Extract(&arts[i])
			}
		}
		report(b, int64(len(arts)), text, cpu0)
	})
	b.Run("store", func(b *testing.B) {
		dir := b.TempDir()
		i := 0
		cpu0 := cpuTime()
		for b.Loop() {
			st := openStore(b, filepath.Join(dir, strconv.Itoa(i)+".db"))
			i++
			for k := 0; k < len(results); k += 256 {
				if _, err := st.Write(context.Background(), results[k:min(k+256, len(results))]); err != nil {
					b.Fatal(err)
				}
			}
			st.Close()
			os.Remove(filepath.Join(dir, strconv.Itoa(i-1)+".db"))
		}
		report(b, int64(len(arts)), text, cpu0)
	})
}
