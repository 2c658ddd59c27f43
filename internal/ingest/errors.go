package ingest

import (
	"fmt"
	"strings"
)

// Error is the error of one unreadable file or record. Its message is one
// line: "FILE[:LINE| record ID]: reason".
type Error struct {
	File   string // the input path ("-" for stdin)
	Record string // ":LINE" for a JSONL line, " record ID" for a WARC record; may be empty
	Reason string
}

func (e *Error) Error() string {
	return e.File + e.Record + ": " + e.Reason
}

// errorf builds an *Error whose reason is kept on one line.
func errorf(file, record, format string, args ...any) *Error {
	r := fmt.Sprintf(format, args...)
	r = strings.Join(strings.Fields(r), " ")
	return &Error{File: file, Record: record, Reason: r}
}
