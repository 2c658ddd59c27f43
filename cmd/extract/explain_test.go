package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/golden"
)

// TestExplain runs `extract explain` and `extract quantities --explain` on
// texts whose readings each come from a different named rule, and checks
// that every rule is printed with the part it decided.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "t.txt")
	text := "According to Foro Penal, more than 1,800 people were arrested.\n" +
		"Maduro, 61, said prices rose 5 percent in 2023, he added.\n" +
		"The fee is Rs 500 a month, he called 911.\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"explain", "--lines", f}, {"quantities", "--explain", "--lines", f}} {
		var out, errb bytes.Buffer
		if code := dispatch(args, &out, &errb); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		got := out.String()
		for _, want := range []string{
			f + `:1 25-40 "more than 1,800"`,
			"qualifier  more_than      rule qualifier-before",
			"unit       count          rule default-count",
			`source     "Foro Penal" (-) rule according-to, name by proper-name`,
			`cue        "According to" rule according-to`,
			"kind       claim          rule appositive-age (claim: yes)",
			"rule appositive-age-unsourced",
			`source     "Maduro" (-) rule verb-cue/strong, name by`,
			"kind       year           rule year (claim: no)",
			"unit       INR/month      rule currency-abbrev+rate",
			"kind       identifier     rule emergency-number (claim: no)",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, got)
			}
		}
	}
}

// TestExplainGolden compares `extract explain` over the corpus and over
// testdata/explain/guards.txt (one text a line: forms whose source a
// guard inside a rule decides) with testdata/golden/explain/.
func TestExplainGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"corpus.txt", append([]string{"explain"}, files...)},
		{"guards.txt", []string{"explain", "--lines", "../../testdata/explain/guards.txt"}},
	} {
		code, out, errs := cli(t, c.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		golden.Check(t, filepath.Join("../../testdata/golden/explain", c.name), []byte(out))
	}
}
