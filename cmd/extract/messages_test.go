package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/factcheck/extract/internal/claims"
	"github.com/factcheck/extract/internal/claims/sqlite"
)

// TestUserMistakes: what a new user gets wrong is refused with one line
// saying what failed, on which file, and what to do.
func TestUserMistakes(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", "--db", missing, "--what", "claims"}, exitInput, "database " + missing + ": no such file; create it with \"extract run --db " + missing + " INPUT...\""},
		{[]string{"serve", "--db", missing}, exitInput, "database " + missing + ": no such file; create it with \"extract run --db " + missing + " INPUT...\""},
		{[]string{"run", "--db", missing}, exitUsage, "extract run: no INPUT: name the files or directories to read"},
		{[]string{"run", "--db", missing, "--top", "-1", "x.txt"}, exitUsage, "extract run: --top -1: "},
		{[]string{"run", "--db", missing, "--workers", "0", "x.txt"}, exitUsage, "extract run: --workers 0: "},
		{[]string{"run", "--db", missing, "--batch", "0", "x.txt"}, exitUsage, "extract run: --batch 0: "},
		{[]string{"run", "--db", filepath.Join(dir, "no", "dir", "c.db"), "x.txt"}, exitInput, "directory " + filepath.Join(dir, "no", "dir") + " does not exist"},
		{[]string{"export", "--db", missing, "--what", "claims", "--format", "claimreview"}, exitUsage, "claims can be exported as csv or jsonl"},
	} {
		code, _, errs := cli(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) || strings.Count(strings.TrimSpace(errs), "\n") > 0 && c.code != exitUsage {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.msg)
		}
	}
	// A first run that stores nothing leaves no database behind.
	if code, _, _ := cli(t, "run", "--db", missing, filepath.Join(dir, "nothing.txt")); code != exitInput {
		t.Errorf("run over a missing file: exit %d", code)
	}
	if m, _ := filepath.Glob(missing + "*"); len(m) > 0 {
		t.Errorf("failed run left %v", m)
	}
	code, out, _ := cli(t, "version")
	if code != exitOK || !strings.HasPrefix(out, "extract ") || !strings.Contains(out, fmt.Sprintf("database schema %d", sqlite.SchemaVersion())) {
		t.Errorf("version: %d %q", code, out)
	}
	if _, out2, _ := cli(t, "--version"); out2 != out {
		t.Errorf("--version: %q", out2)
	}
}

// TestExportDefaultsAndSchema: `export --what reviews` works with its
// default format, and export refuses a database of a newer schema as run
// and serve do.
func TestExportDefaultsAndSchema(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, errs := cli(t, "run", "--db", db, "--top", "0", corpusDir); code != exitOK {
		t.Fatal(errs)
	}
	if code, out, errs := cli(t, "export", "--db", db, "--what", "reviews"); code != exitOK || !strings.HasPrefix(out, "claim_id,") {
		t.Errorf("export --what reviews: exit %d %q %s", code, out, errs)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.DB().Exec(`PRAGMA user_version = 99`)
	st.Close()
	for _, cmd := range []string{"export", "run", "serve"} {
		args := []string{cmd, "--db", db}
		switch cmd {
		case "export":
			args = append(args, "--what", "claims")
		case "run":
			args = append(args, corpusDir)
		}
		code, _, errs := cli(t, args...)
		if code != exitInput || !strings.Contains(errs, fmt.Sprintf("schema version 99 is newer than this program's (%d): use a newer extract", sqlite.SchemaVersion())) {
			t.Errorf("%s on a newer schema: exit %d %q", cmd, code, errs)
		}
	}
}

// TestTopClaimsByUnit: the top claims never rank amounts of different
// currencies (or units) against each other and print numbers whole.
func TestTopClaimsByUnit(t *testing.T) {
	text := "It cost an estimated $10 billion and 3 million euros, and 20 people and 900 people and 5 dollars."
	a := claims.Article{ID: "a", Text: text}
	a.Hash = claims.ContentHash(&a)
	var qs []claims.Quantity
	for _, m := range []struct {
		text, unit string
		v          float64
	}{{"an estimated $10 billion", "USD", 1e10}, {"3 million euros", "EUR", 3e6}, {"20 people", "count", 20}, {"900 people", "count", 900}, {"5 dollars", "USD", 5}} {
		i := strings.Index(text, m.text)
		qs = append(qs, claims.Quantity{ArticleID: "a", ID: claims.QuantityID(a.Hash, i, i+len(m.text)), Quantity: claims.Span{Text: m.text, Start: i, End: i + len(m.text)},
			Low: claims.F(m.v), High: claims.F(m.v), Qualifier: claims.Exact, Unit: m.unit, Kind: claims.KindClaim, Sentence: claims.Span{Start: 0, End: len(text)}})
	}
	for _, c := range []struct {
		n    int
		want []string
	}{
		// count and USD have two claims each (ties go by name), EUR one
		{4, []string{"an estimated $10 billion USD", "5 dollars USD", "900 people count", "3 million euros EUR"}},
		// one per unit in turn, units with the most claims first
		{3, []string{"an estimated $10 billion USD", "900 people count", "3 million euros EUR"}},
		{1, []string{"an estimated $10 billion USD"}},
	} {
		tops := newTopClaims(c.n)
		r := claims.Result{Article: a, Quantities: qs}
		tops.add(&r)
		tops.add(&r) // the same article twice: its claims are listed once
		var buf bytes.Buffer
		tops.print(&buf)
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n")[1:] {
			f := strings.Fields(l)
			got = append(got, strings.Join(f[:len(f)-2], " ")) // no subject; source "—", article
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("top %d claims:\n%s\nwant %q", c.n, buf.String(), c.want)
		}
	}
}

// TestReadOnlyDirectory: in a directory the user cannot write (a read-only
// file system), export reads the database, serve serves it read-only and
// run says the directory is read-only.
func TestReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run the commands as another user")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	os.Chmod(filepath.Dir(dir), 0o755)
	db := filepath.Join(dir, "c.db")
	if code, _, errs := cli(t, "run", "--db", db, "--top", "0", corpusDir); code != exitOK {
		t.Fatal(errs)
	}
	want, _, _ := exportsOf(t, db)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(exe)
	copyExe := filepath.Join(dir, "extract.test")
	os.WriteFile(copyExe, b, 0o755)
	asNobody := func(args ...string) (int, string, string) {
		cmd := child(t, args...)
		cmd.Path = copyExe
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var out, errs bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errs
		cmd.Run()
		return cmd.ProcessState.ExitCode(), out.String(), errs.String()
	}
	if code, out, errs := asNobody("export", "--db", db, "--what", "claims"); code != exitOK || out != want {
		t.Errorf("export from a read-only directory: exit %d, %s", code, errs)
	}
	code, _, errs := asNobody("run", "--db", db, "--top", "0", corpusDir)
	if code != exitInput || !strings.Contains(errs, "the directory "+dir+" is read-only") {
		t.Errorf("run into a read-only directory: exit %d, %q", code, errs)
	}

	serve := child(t, "serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "t0k")
	serve.Path = copyExe
	serve.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	serr := &lockedBuffer{}
	serve.Stderr = serr
	stdout, _ := serve.StdoutPipe()
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { serve.Process.Kill(); serve.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	i := strings.Index(line, "http://")
	if err != nil || i < 0 {
		t.Fatalf("serve: %q %v\n%s", line, err, serr.String())
	}
	base := strings.Fields(line[i:])[0]
	req, _ := http.NewRequest("GET", base, nil)
	req.Header.Set("Authorization", "Bearer t0k")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(serr.String(), "serving it read-only, reviews cannot be saved") {
		t.Errorf("serve from a read-only directory: %d, stderr %q", resp.StatusCode, serr.String())
	}
}

func exportsOf(t *testing.T, db string) (string, string, string) {
	t.Helper()
	_, out, errs := cli(t, "export", "--db", db, "--what", "claims")
	return out, errs, ""
}

// lockedBuffer is a bytes.Buffer a child process may write while the test
// reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServerTimeouts: no request of the review app can hold a connection
// without bound.
func TestServerTimeouts(t *testing.T) {
	s := newHTTPServer(http.NotFoundHandler(), nil)
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Errorf("unbounded server: %+v", s)
	}
}
