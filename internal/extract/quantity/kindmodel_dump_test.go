package quantity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kindDumpMention is a mention as the recogniser read it, written by
// TestKindModelDump: what the kind-model experiment (kindmodel_test.go)
// needs to rescore a recogniser it cannot run (an older commit's).
type kindDumpMention struct {
	Start    int      `json:"s"`
	End      int      `json:"e"`
	Kind     string   `json:"k"`
	Unit     string   `json:"u"`
	Qual     string   `json:"q"`
	Low      *float64 `json:"lo"`
	High     *float64 `json:"hi"`
	Change   string   `json:"c"`
	KindRule string   `json:"kr"`
	UnitRule string   `json:"ur"`
	QualRule string   `json:"qr"`
}

type kindDumpSentence struct {
	Text     string            `json:"t"`
	Mentions []kindDumpMention `json:"m"`
}

// TestKindModelDump writes, when KINDMODEL_DUMP names a file, the
// recogniser's mentions of every sentence of the dev sets of
// testdata/quantities (KINDMODEL_SETS, a directory, else this tree's; the
// held-out directory is never read) as JSON lines. The file depends on
// nothing newer than Find and Rules, so that it can be copied into an
// older commit's tree to dump that recogniser (kindmodel_test.go, "first
// runs").
func TestKindModelDump(t *testing.T) {
	out := os.Getenv("KINDMODEL_DUMP")
	if out == "" {
		t.Skip("KINDMODEL_DUMP not set")
	}
	dir := os.Getenv("KINDMODEL_SETS")
	if dir == "" {
		dir = "../../../testdata/quantities"
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	seen := map[string]bool{}
	for _, path := range paths {
		if strings.Contains(path, "heldout") {
			continue
		}
		for _, ds := range loadDevSet(t, path) {
			if seen[ds.text] {
				continue
			}
			seen[ds.text] = true
			s := kindDumpSentence{Text: ds.text, Mentions: []kindDumpMention{}}
			for _, m := range Find(ds.text) {
				r := m.Rules()
				s.Mentions = append(s.Mentions, kindDumpMention{
					Start: m.Start, End: m.End, Kind: string(m.Kind), Unit: m.Unit, Qual: string(m.Qualifier),
					Low: m.Low, High: m.High, Change: m.Change, KindRule: r.Kind, UnitRule: r.Unit, QualRule: r.Qualifier,
				})
			}
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
		}
	}
}
