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
	fs := newFlags("quantities", "quantities [--lines] [--claims] [FILE...]   (no FILE or \"-\": stdin)", stderr)
	lines := fs.Bool("lines", false, "treat each input line as a separate text (id FILE:LINE)")
	claimsOnly := fs.Bool("claims", false, "print only mentions of kind claim")
	if st, ok := parse(fs, args); !ok {
		return st
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "extract quantities: loading models: %v\n", err)
		return exitInput
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := exitOK
	emit := func(id, text string) {
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
	}
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
			fmt.Fprintf(stderr, "extract quantities: %s: %v\n", name, err)
			status = exitInput
			continue
		}
		if !*lines {
			emit(id, string(data))
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 1; sc.Scan(); n++ {
			if t := sc.Text(); t != "" {
				emit(id+":"+strconv.Itoa(n), t)
			}
		}
	}
	return status
}
