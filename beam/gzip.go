package main

import (
	"bufio"
	"compress/gzip"
	"io"
)

// writeGzipLines writes the lines (each ends in a newline) gzip-compressed.
func writeGzipLines(w io.Writer, lines func(*string) bool) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriterSize(zw, 1<<16)
	var line string
	for lines(&line) {
		if _, err := bw.WriteString(line); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
