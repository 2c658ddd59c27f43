package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// ReadJSONL decodes each non-blank line of a JSONL file into a T; a line
// that does not decode is an error naming it (path:line).
func ReadJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return out, nil
}

// readJSONMap decodes a JSON file holding one object keyed by page id;
// shape names the expected form in the error.
func readJSONMap[T any](path, shape string) (map[string]T, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]T
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: not a %s: %v", path, shape, err)
	}
	return m, nil
}
