package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/factcheck/extract/internal/extract"
)

func init() {
	register(command{
		name:    "quantities",
		summary: "print the number mentions of texts (stdin or files) as JSONL",
		run:     runQuantities,
	})
}

func runQuantities(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("quantities", "quantities [--lines] [--claims] [--explain] [FILE...]   (no FILE or \"-\": stdin)", stderr)
	lines := fs.Bool("lines", false, "treat each input line as a separate text (id FILE:LINE)")
	claimsOnly := fs.Bool("claims", false, "print only mentions of kind claim")
	explain := fs.Bool("explain", false, "print each mention with the named rules that decided its kind, unit, qualifier, change, source and cue (as \"extract explain\"), not JSONL")
	if st, ok := parse(fs, args); !ok {
		return st
	}
	if *explain {
		return explainFiles(fs.Args(), *lines, stdout, stderr, "quantities")
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "extract quantities: loading models: %v\n", err)
		return exitInput
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := exitOK
	if st := eachText(fs.Args(), *lines, stderr, "quantities", func(id, text string) {
		for _, q := range ex.ExtractText(id, text) {
			if *claimsOnly && !q.IsClaim() {
				continue
			}
			if err := enc.Encode(q); err != nil {
				fmt.Fprintf(stderr, "extract quantities: %s: %v\n", id, err)
				status = exitInput
				return
			}
		}
	}); st != exitOK {
		status = st
	}
	return status
}

// safeEmit calls emit with one text and reports whether it ended well: a
// bug that panics on the text is reported on one line naming it (as
// `extract run` reports its article) and the other texts go on.
func safeEmit(stderr io.Writer, cmd string, emit func(id, text string), id, text string) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "extract %s: %s: internal error in extraction (text skipped; please report it): %s\n", cmd, id, strings.Join(strings.Fields(fmt.Sprint(p)), " "))
			ok = false
		}
	}()
	emit(id, text)
	return true
}

// eachText calls emit with each text of files (stdin for none or "-"): the
// whole file, or each non-empty line with id FILE:LINE. A file that cannot
// be read, or a text that makes extraction panic (safeEmit), is reported on
// stderr and the others go on (exit status 1).
func eachText(files []string, lines bool, stderr io.Writer, cmd string, emit func(id, text string)) int {
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := exitOK
	for _, name := range files {
		var data []byte
		var err error
		id := name
		if name == "-" {
			id = "stdin"
			data, err = io.ReadAll(os.Stdin)
		} else {
			data, err = os.ReadFile(name)
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the message names the file once
		}
		if err != nil {
			fmt.Fprintf(stderr, "extract %s: %s: %v\n", cmd, name, err)
			status = exitInput
			continue
		}
		if !lines {
			if !safeEmit(stderr, cmd, emit, id, string(data)) {
				status = exitInput
			}
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 1; sc.Scan(); n++ {
			if t := sc.Text(); t != "" && !safeEmit(stderr, cmd, emit, id+":"+strconv.Itoa(n), t) {
				status = exitInput
			}
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintf(stderr, "extract %s: %s: %v\n", cmd, name, err)
			status = exitInput
		}
	}
	return status
}
