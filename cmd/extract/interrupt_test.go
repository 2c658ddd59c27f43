package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptRun: Ctrl-C (SIGINT) stops `extract run` promptly with one
// line saying so and exit status 1; what was committed stays, and running
// it again finishes the job.
func TestInterruptRun(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.jsonl.gz")
	const total = 1500
	genDump(t, dump, total)
	db := filepath.Join(dir, "c.db")
	cmd := child(t, "run", "--db", db, "--top", "0", "--batch", "8", dump)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for deadline := time.Now().Add(2 * time.Minute); storedArticles(db) < 40; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no articles committed")
		}
	}
	cmd.Process.Signal(os.Interrupt)
	select {
	case <-done:
	case <-time.After(time.Minute):
		cmd.Process.Signal(syscall.SIGKILL)
		t.Fatal("extract run did not stop on SIGINT")
	}
	if cmd.ProcessState.ExitCode() != exitInput || !strings.Contains(stderr.String(), "extract run: interrupted: the ") {
		t.Fatalf("interrupted run: exit %d\n%s", cmd.ProcessState.ExitCode(), stderr.String())
	}
	if n := storedArticles(db); n >= total {
		t.Fatalf("all %d articles were committed before the interrupt", n)
	}
	if code, out, errs := cli(t, "run", "--db", db, "--top", "0", dump); code != exitOK || storedArticles(db) != total {
		t.Fatalf("re-run: exit %d, %d stored\n%s%s", code, storedArticles(db), out, errs)
	}
}
