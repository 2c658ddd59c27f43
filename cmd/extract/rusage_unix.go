//go:build linux || darwin

package main

import (
	"fmt"
	"runtime"
	"syscall"
)

// peakRSS is ", peak RSS N MB" for the summary line.
func peakRSS() string {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return ""
	}
	kb := ru.Maxrss // kilobytes on Linux, bytes on macOS
	if runtime.GOOS == "darwin" {
		kb /= 1024
	}
	return fmt.Sprintf(", peak RSS %d MB", kb/1024)
}
