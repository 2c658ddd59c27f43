package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/factcheck/extract/internal/ingest"
	"github.com/factcheck/extract/internal/pipeline"
)

// progress shows how a run goes on stderr: a bar on a terminal, a plain log
// line every logEvery otherwise (CI, pipes, files).
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	name    string
	total   int64 // input bytes, -1 when unknown
	bar     *progressbar.ProgressBar
	lastLog time.Time
	start   time.Time
}

const logEvery = 10 * time.Second

func newProgress(stderr io.Writer, name string, total int64) *progress {
	p := &progress{w: stderr, name: name, total: total, start: time.Now(), lastLog: time.Now()}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionSetDescription(name),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// update is pipeline.Options.Progress.
func (p *progress) update(s pipeline.Stats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%d articles, %d claims, %d errors", s.Articles, s.Claims, s.Errors))
		p.bar.Set64(s.Bytes)
		return
	}
	if time.Since(p.lastLog) < logEvery {
		return
	}
	p.lastLog = time.Now()
	secs := s.Elapsed.Seconds()
	pct := ""
	if p.total > 0 {
		pct = fmt.Sprintf(", %.0f%% of the input", 100*float64(s.Bytes)/float64(p.total))
	}
	fmt.Fprintf(p.w, "extract %s: %d articles (%d new, %d unchanged), %d claims, %d errors%s, %.0f articles/s, %.2f MB/s\n",
		p.name, s.Articles, s.Stored, s.Skipped, s.Claims, s.Errors, pct, float64(s.Articles)/secs, float64(s.Bytes)/1e6/secs)
}

// errors is where the error lines go: above the bar when there is one.
func (p *progress) errors() io.Writer { return errWriter{p} }

type errWriter struct{ p *progress }

func (e errWriter) Write(b []byte) (int, error) {
	e.p.mu.Lock()
	defer e.p.mu.Unlock()
	if e.p.bar != nil {
		e.p.bar.Clear()
	}
	return e.p.w.Write(b)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
	}
}

// gzRatio estimates how much larger a .gz input is uncompressed (JSON
// Lines of news text compress 4 to 6 times).
const gzRatio = 5

// inputBytes is the size of the input files a run will read (-1 when it
// reads stdin or cannot tell), and an estimate of it uncompressed.
func inputBytes(inputs []string) (raw, uncompressed int64) {
	for _, in := range inputs {
		if in == "-" {
			return -1, -1
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || (p != in && !ingest.Known(p)) {
				return nil
			}
			if fi, err := d.Info(); err == nil {
				raw += fi.Size()
				if strings.HasSuffix(p, ".gz") {
					uncompressed += gzRatio * fi.Size()
				} else {
					uncompressed += fi.Size()
				}
			}
			return nil
		})
	}
	return raw, uncompressed
}

func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
