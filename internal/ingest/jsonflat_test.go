package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// checkFlatRecord checks decodeFlatRecord against json.Unmarshal on one
// line: when the one-pass decoder accepts the line, json.Unmarshal must
// accept it too and give the same record. It reports whether the one-pass
// decoder read the line.
func checkFlatRecord(t *testing.T, line []byte) bool {
	t.Helper()
	line = bytes.TrimSpace(line)
	if len(line) == 0 || !utf8.Valid(line) {
		return false // parseJSONLRecord's callers and checks come first
	}
	var fast jsonlRecord
	if !decodeFlatRecord(line, &fast) {
		return false
	}
	var slow jsonlRecord
	if err := json.Unmarshal(line, &slow); err != nil {
		t.Errorf("one-pass decoder accepted %.200q, json.Unmarshal: %v", line, err)
		return true
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Errorf("%.200q:\none pass:       %+v\njson.Unmarshal: %+v", line, fast, slow)
	}
	return true
}

func TestDecodeFlatRecordCases(t *testing.T) {
	cases := []struct {
		line string
		fast bool // read by the one-pass decoder (else by json.Unmarshal)
	}{
		{`{"id":"a","url":"u","title":"t","published":"2024-01-02","text":"Some text."}`, true},
		{` { "id" : "a" ,	"text" : "x" } `, true},
		{`{}`, true},
		{`{"text":"line\nbreak \"quoted\" back\\slash \/ tab\t \b\f\r"}`, true},
		{`{"text":"caf\u00e9 \u20ac \ud83d\ude00 \u00E9"}`, true},                        // escapes, a surrogate pair, upper-case hex
		{`{"text":"lone \ud83d high", "title":"lone \ude00 low"}`, true},                 // unpaired surrogates: U+FFFD
		{`{"text":"\ud83d\u0041 high then a letter"}`, true},                             // a high surrogate before no low one
		{`{"text":"\ud83d\\u0041"}`, true},                                               // an escaped backslash is no escape
		{`{"text":"a","text":"b","id":"1","id":"2"}`, true},                              // duplicate keys: the last wins
		{`{"source":"x","text":"t","extra":"y"}`, true},                                  // unknown keys are skipped
		{`{"authors":"A, B","site":"s","lang":"en","date":"d","html":"<p>h</p>"}`, true}, // every field
		{`{"\u0074ext":"escaped key"}`, true},
		{`{"Text":"case"}`, false}, // json.Unmarshal matches keys without regard to case
		{`{"TITLE":"case"}`, false},
		{`{"ſite":"long s"}`, false}, // folds to "site"
		{`{"id":7,"text":"t"}`, false},
		{`{"id":null,"text":"t"}`, false},
		{`{"authors":["A","B"],"text":"t"}`, false},
		{`{"text":"t","n":1}`, false},
		{`{"text":"t"} x`, false},
		{`{"text":"t",}`, false},
		{`{"text":"t"`, false},
		{`{"text":"t" "url":"u"}`, false},
		{`{"text":"bad \x escape"}`, false},
		{`{"text":"short \u12"}`, false},
		{"{\"text\":\"raw\ttab\"}", false}, // a control character in a string
		{`["text"]`, false},
		{`"text"`, false},
		{`{"text":"unterminated}`, false},
		{`{"text":"t"}}`, false},
	}
	for _, c := range cases {
		if got := checkFlatRecord(t, []byte(c.line)); got != c.fast {
			t.Errorf("%s: read in one pass %v, want %v", c.line, got, c.fast)
		}
	}
}

// TestDecodeFlatRecordCorpus checks the one-pass decoder on records made
// of every corpus text and quantity test file (json.Marshal's escapes,
// and every non-ASCII character as a \u escape as Python writes them), on
// every line of the repository's JSONL files and on every prefix of a
// record (cut lines must go to json.Unmarshal and fail there).
func TestDecodeFlatRecordCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	more, _ := filepath.Glob("../../testdata/quantities/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	fast := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec := map[string]string{"id": filepath.Base(f), "url": "https://example.com/" + f, "title": firstLine(string(b)), "text": string(b)}
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range [][]byte{line, asciiJSON(line)} {
			if !checkFlatRecord(t, l) {
				t.Errorf("%s: not read in one pass", f)
			}
			fast++
		}
	}
	jsonl, _ := filepath.Glob("../../testdata/*/*.jsonl")
	for _, f := range jsonl {
		if strings.Contains(f, "blind") || strings.Contains(f, "polnear-dev-2") || strings.Contains(f, "ingest-dev-4") {
			continue // held out: not read
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range bytes.Split(b, []byte("\n")) {
			checkFlatRecord(t, l)
		}
	}
	line := []byte(`{"id":"a","title":"caf\u00e9 \ud83d\ude00","text":"a \"b\"\n c"}`)
	for n := range len(line) {
		if checkFlatRecord(t, line[:n]) {
			t.Errorf("%q: a cut line read in one pass", line[:n])
		}
	}
	if fast == 0 {
		t.Error("no line read in one pass")
	}
}

// asciiJSON rewrites every non-ASCII character of a JSON text as a \u
// escape (UTF-16, surrogate pairs beyond the BMP), as Python's json.dumps
// writes by default.
func asciiJSON(b []byte) []byte {
	var out bytes.Buffer
	for _, r := range string(b) {
		switch {
		case r < utf8.RuneSelf:
			out.WriteRune(r)
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
	}
	return out.Bytes()
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func FuzzDecodeFlatRecord(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"caf\u00e9 \ud83d\ude00 \"q\"\n"}`))
	f.Add([]byte(`{"Text":"t","id":1,"x":"y"}`))
	f.Add([]byte(`{"text":"\ud83d\u0041"} `))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkFlatRecord(t, b)
	})
}
