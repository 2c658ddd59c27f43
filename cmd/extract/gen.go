package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/factcheck/extract/internal/synth"
)

func init() {
	register(command{name: "gen", summary: "generate a synthetic JSONL(.gz) news dump for benchmarks", run: runGen})
}

const genSynopsis = `gen [--seed N] [--n N] [--start N] [--from DIR]... -o FILE.jsonl[.gz]

Writes N synthetic articles {"id","url","title","published","text"}, made by
recombining the sentences and paragraphs of the .txt files under --from
(default: corpus/) with their numbers and person names varied. The same
sources, seed, start and count always give the same file. "-o -" writes to
stdout; a name ending in .gz is gzip-compressed.`

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func runGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen", genSynopsis, stderr)
	seed := fs.Uint64("seed", 1, "random `seed`")
	n := fs.Int("n", 10000, "number of `articles`")
	start := fs.Int("start", 0, "`index` of the first article (ids synth-<index>)")
	out := fs.String("o", "", "output `file` (.jsonl or .jsonl.gz; - for stdout)")
	var from multiFlag
	fs.Var(&from, "from", "`dir`ectory or file of .txt sources (repeatable; default corpus/)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *out == "" || fs.NArg() > 0 || *n < 0 || *start < 0 {
		fmt.Fprintln(stderr, "extract gen: -o is required")
		fs.Usage()
		return exitUsage
	}
	if len(from) == 0 {
		from = multiFlag{"corpus"}
	}
	pool, err := synth.LoadPool(from...)
	if err != nil {
		fmt.Fprintln(stderr, "extract gen:", err)
		return exitInput
	}
	var w io.Writer = stdout
	var f *os.File
	if *out != "-" {
		if f, err = os.Create(*out); err != nil {
			fmt.Fprintln(stderr, "extract gen:", err)
			return exitInput
		}
		w = f
	}
	err = pool.WriteJSONL(w, synth.Options{Seed: *seed, Count: *n, Start: *start}, strings.HasSuffix(*out, ".gz"))
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "extract gen:", err)
		return exitInput
	}
	fmt.Fprintf(stderr, "extract gen: %d articles from %d source sentences → %s\n", *n, pool.Sentences(), *out)
	return exitOK
}
