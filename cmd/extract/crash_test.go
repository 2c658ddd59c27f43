package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/extract/internal/claims/sqlite"
	"github.com/factcheck/extract/internal/synth"
)

// TestMain lets the test binary act as the extract command in a child
// process (EXTRACT_TEST_CLI=1), so that tests can kill it.
func TestMain(m *testing.M) {
	if os.Getenv("EXTRACT_TEST_CLI") == "1" {
		os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// child returns the extract command as a child process.
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "EXTRACT_TEST_CLI=1")
	return cmd
}

func genDump(t *testing.T, path string, n int) {
	t.Helper()
	pool, err := synth.LoadPool(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pool.WriteJSONL(f, synth.Options{Seed: 11, Count: n}, true); err != nil {
		t.Fatal(err)
	}
}

// exports is the database content as `extract export` shows it.
func exports(t *testing.T, db string) string {
	t.Helper()
	var all strings.Builder
	for _, what := range []string{"articles", "quantities", "claims"} {
		code, out, errs := cli(t, "export", "--db", db, "--what", what)
		if code != exitOK {
			t.Fatalf("export %s: exit %d: %s", what, code, errs)
		}
		all.WriteString(out)
	}
	return all.String()
}

func storedArticles(db string) int {
	st, err := sqlite.OpenReadOnly(db)
	if err != nil {
		return 0
	}
	defer st.Close()
	n, _, _, err := st.Counts(context.Background())
	if err != nil {
		return 0
	}
	return n
}

// TestKillResume runs `extract run` over a dump in a child process, kills
// it with SIGKILL once some batches are committed, kills the re-run too,
// then lets a third run finish, and compares the database with that of an
// uninterrupted run (through the exports, not the file bytes).
func TestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.jsonl.gz")
	const total = 1500
	genDump(t, dump, total)

	ref := filepath.Join(dir, "ref.db")
	if code, out, errs := cli(t, "run", "--db", ref, "--top", "0", dump); code != exitOK {
		t.Fatalf("uninterrupted run: exit %d\n%s%s", code, out, errs)
	}
	want := exports(t, ref)
	refIndexes := indexDefs(t, ref)
	if n := storedArticles(ref); n != total {
		t.Fatalf("uninterrupted run stored %d articles, want %d", n, total)
	}

	db := filepath.Join(dir, "killed.db")
	killedAt := 0
	for kill := 1; kill <= 2; kill++ {
		before := storedArticles(db)
		cmd := child(t, "run", "--db", db, "--top", "0", "--batch", "8", dump)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once at least a few more batches are committed.
		deadline := time.Now().Add(5 * time.Minute)
		for storedArticles(db) < before+40 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if !ok || !ws.Signaled() {
			t.Fatalf("kill %d: the run ended before it was killed (%v): make the dump larger\n%s", kill, err, stderr.String())
		}
		killedAt = storedArticles(db)
		if killedAt >= total {
			t.Fatalf("kill %d: all %d articles were committed before the kill", kill, total)
		}
		t.Logf("kill %d: killed with %d of %d articles committed", kill, killedAt, total)
		// a bulk load: the review indexes were dropped, to be built at its end
		if n := len(indexDefs(t, db)); n >= len(refIndexes) {
			t.Fatalf("kill %d: %d indexes while the bulk run wrote; want fewer than %d", kill, n, len(refIndexes))
		}
	}

	cmd := child(t, "run", "--db", db, "--top", "0", dump)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("resumed run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "unchanged") {
		t.Fatalf("resumed run summary: %s", out)
	}
	if got := exports(t, db); got != want {
		t.Fatalf("database after kill -9 and re-run differs from an uninterrupted run:\n%s", firstLineDiff(want, got))
	}
	if got := indexDefs(t, db); !slices.Equal(got, refIndexes) {
		t.Fatalf("indexes after kill -9 and re-run:\n%q\nwant\n%q", got, refIndexes)
	}
}

// indexDefs lists the database's index definitions, sorted.
func indexDefs(t *testing.T, db string) []string {
	t.Helper()
	st, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, err := st.DB().Query(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestReadOnlyDatabase: a run into a database it cannot write gives one
// clear error, exits with status 1, and the database keeps what it had.
func TestReadOnlyDatabase(t *testing.T) {
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	dump := filepath.Join(dir, "dump.jsonl.gz")
	genDump(t, dump, 40)
	os.Chmod(dump, 0o644)
	db := filepath.Join(dir, "ro.db")
	if code, _, errs := cli(t, "run", "--db", db, "--top", "0", corpusDir); code != exitOK {
		t.Fatalf("first run: %s", errs)
	}
	before := exports(t, db)

	cmd := child(t, "run", "--db", db, "--top", "0", dump)
	if os.Geteuid() == 0 {
		// root writes any file: run the child as nobody instead, for whom
		// the database (root's, 0644, in a 0755 directory) is read-only.
		// The test binary is copied where nobody may run it.
		os.Chmod(filepath.Dir(dir), 0o755)
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		copyExe := filepath.Join(dir, "extract.test")
		if err := os.WriteFile(copyExe, b, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd.Path = copyExe
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	} else {
		os.Chmod(db, 0o444)
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	msg := strings.TrimSpace(stderr.String())
	if err == nil || code != exitInput {
		t.Fatalf("run into a read-only database: exit %d (%v), want %d\nstderr: %s", code, err, exitInput, msg)
	}
	if !strings.Contains(msg, "read") || !strings.Contains(msg, "ro.db") || strings.Count(msg, "\n") > 1 {
		t.Errorf("want one clear line naming the database and saying it is read-only, got:\n%s", msg)
	}
	if after := exports(t, db); after != before {
		t.Fatalf("the failed run changed the database:\n%s", firstLineDiff(before, after))
	}
}

func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			if len(x) > 300 {
				x = x[:300] + "…"
			}
			if len(y) > 300 {
				y = y[:300] + "…"
			}
			return "first difference, line " + strconv.Itoa(i+1) + ":\n  want: " + x + "\n  got:  " + y
		}
	}
	return "(same lines)"
}
