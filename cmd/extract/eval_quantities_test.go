package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalQuantities(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	c := `{"id":"r/CurrencyModel/1","suite":"r","model":"CurrencyModel","text":"It cost $5 million.","convention":null,"expected":[{"text":"$5 million","start":8,"end":18,"value":5000000,"unit":"USD","unit_alt":[],"kind":"currency","share":false,"convention":null}]}` + "\n"
	if err := os.WriteFile(path, []byte(c), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := runEvalQuantities([]string{"--cases", path}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "r/CurrencyModel") || !strings.Contains(out.String(), `"value_accuracy":1.0000,"unit_accuracy":1.0000`) {
		t.Errorf("output:\n%s", out.String())
	}
	if code := runEvalQuantities(nil, &out, &errb); code != exitUsage {
		t.Errorf("no --cases: exit %d, want %d", code, exitUsage)
	}
}
