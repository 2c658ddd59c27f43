package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ingestPara = "The council voted on Tuesday to approve the new budget, which raises spending on schools by 4 percent and cuts road maintenance."

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Council Passes Budget\n\n"+ingestPara+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bad\x00binary"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"id":"c1","url":"https://example.com/c","text":"`+ingestPara+`"}`+"\nnot json\n"), 0o644)
	var out, errb bytes.Buffer
	code := dispatch([]string{"ingest", dir}, &out, &errb)
	if code != exitInput {
		t.Errorf("exit %d, want %d (some input failed)", code, exitInput)
	}
	var got []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		got = append(got, m)
	}
	if len(got) != 2 || got[0]["id"] != "a.txt" || got[0]["title"] != "Council Passes Budget" || got[0]["text"] != ingestPara ||
		got[1]["id"] != "c1" || got[1]["origin"] != filepath.Join(dir, "c.jsonl")+":1" || got[1]["url"] != "https://example.com/c" {
		t.Errorf("articles: %v", got)
	}
	errs := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(errs) != 2 || !strings.Contains(errs[0], "b.txt: binary data") || !strings.Contains(errs[1], "c.jsonl:2: not valid JSON") {
		t.Errorf("stderr: %q", errb.String())
	}
	if code := dispatch([]string{"ingest"}, &out, &errb); code != exitUsage {
		t.Errorf("no input: exit %d, want %d", code, exitUsage)
	}
	if code := dispatch([]string{"ingest", "--format", "xml", dir}, &out, &errb); code != exitUsage {
		t.Errorf("bad format: exit %d, want %d", code, exitUsage)
	}
}

func TestEvalIngestCommand(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p1.txt"), []byte(ingestPara), 0o644)
	os.WriteFile(filepath.Join(dir, "p2.txt"), []byte(ingestPara), 0o644)
	truth := map[string]map[string]string{
		"p1": {"articleBody": ingestPara, "url": "u1"},
		"p2": {"articleBody": ingestPara + " The mayor said the plan was modest and the city was in good shape.", "url": "u2"},
		"p3": {"articleBody": "not in the input", "url": "u3"},
	}
	b, _ := json.Marshal(truth)
	tf := filepath.Join(dir, "truth.json")
	os.WriteFile(tf, b, 0o644)
	var out, errb bytes.Buffer
	if code := runEvalIngest([]string{"--truth", tf, filepath.Join(dir, "p1.txt"), filepath.Join(dir, "p2.txt")}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var sum struct {
		Pages, Missing    int
		Precision, Recall float64
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil {
		t.Fatalf("last line not JSON: %q", lines[len(lines)-1])
	}
	// p1 is perfect; p2 has all of its 4-grams right but misses the second sentence.
	if sum.Pages != 2 || sum.Missing != 1 || sum.Precision != 1 || sum.Recall >= 1 || sum.Recall <= 0.5 {
		t.Errorf("summary %+v", sum)
	}
	if code := runEvalIngest([]string{dir}, &out, &errb); code != exitUsage {
		t.Errorf("no --truth: exit %d", code)
	}
}

// TestNothingRead: a directory of files of no known format is an error that
// says what was skipped (names with -v), for run and ingest alike.
func TestNothingRead(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "data.csv"), []byte("year,count\n2,1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "README"), []byte("notes"), 0o644)
	db := filepath.Join(t.TempDir(), "claims.db")
	for _, args := range [][]string{{"run", "--db", db, dir}, {"run", "--db", db, "-v", dir}, {"ingest", dir}, {"ingest", "-v", dir}} {
		code, _, errs := cli(t, args...)
		if code != exitInput {
			t.Errorf("%v: exit %d, want %d", args, code, exitInput)
		}
		cmd := "extract " + args[0]
		if !strings.Contains(errs, cmd+": skipped 2 files of no known format in the input directories") ||
			!strings.Contains(errs, cmd+": no article read: no file of a known format") {
			t.Errorf("%v: stderr:\n%s", args, errs)
		}
		verbose := strings.Contains(errs, filepath.Join(dir, "data.csv")+": skipped: unknown file type .csv") &&
			strings.Contains(errs, filepath.Join(dir, "README")+": skipped: unknown file type (no extension)")
		if verbose != (args[len(args)-2] == "-v") {
			t.Errorf("%v: names listed %v:\n%s", args, verbose, errs)
		}
	}
	// Named explicitly, data.csv is refused, not read as text.
	code, out, errs := cli(t, "ingest", filepath.Join(dir, "data.csv"))
	if code != exitInput || out != "" || !strings.Contains(errs, `data.csv: not read: unknown file type ".csv"`) {
		t.Errorf("exit %d, out %q, stderr:\n%s", code, out, errs)
	}
}
