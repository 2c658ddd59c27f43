//go:build !linux

package ingest

import "time"

// threadCPU is unavailable here; the benchmark reports wall time only.
func threadCPU() time.Duration { return 0 }
