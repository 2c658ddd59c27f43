package ingest

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"
)

// BenchmarkParseHTML parses every dev page (decompressed beforehand) per
// iteration and reports the median and 90th-percentile time per page, both
// wall time and the CPU time of the parsing thread (which a busy machine
// does not inflate). Run on one core:
//
//	go test -run XXX -bench ParseHTML -cpu 1 -benchtime 20x ./internal/ingest
func BenchmarkParseHTML(b *testing.B) {
	dir := devDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("no dev pages")
	}
	pages := make([][]byte, len(files))
	var size int64
	for i, f := range files {
		pages[i] = readGz(b, f)
		size += int64(len(pages[i]))
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall := make([]time.Duration, len(pages))
	cpu := make([]time.Duration, len(pages))
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for i, p := range pages {
			t, c := time.Now(), threadCPU()
			if _, err := ParseHTML(p, ""); err != nil {
				b.Fatal(err)
			}
			cpu[i] += threadCPU() - c
			wall[i] += time.Since(t)
		}
	}
	b.StopTimer()
	ms := func(ds []time.Duration, q float64) float64 {
		ds = append([]time.Duration(nil), ds...)
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return float64(ds[int(q*float64(len(ds)-1))]) / float64(b.N) / 1e6
	}
	b.ReportMetric(ms(wall, 0.5), "median-ms/page")
	b.ReportMetric(ms(wall, 0.9), "p90-ms/page")
	if threadCPU() > 0 {
		b.ReportMetric(ms(cpu, 0.5), "median-cpu-ms/page")
		b.ReportMetric(ms(cpu, 0.9), "p90-cpu-ms/page")
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkParseText reads every dev text dump per iteration.
func BenchmarkParseText(b *testing.B) {
	dir := devDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	texts := make([]string, len(files))
	for i, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(t)
	}
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			ParseText(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(len(texts))/1e6, "ms/page")
}
