package attrib

import (
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

// TestPhraseStepNames checks that the named steps of the phrase scans
// (subjectSkips, npRightSteps, npLeftSteps) have distinct names.
func TestPhraseStepNames(t *testing.T) {
	tables := map[string][]string{}
	for _, s := range subjectSkips {
		tables["subjectSkips"] = append(tables["subjectSkips"], s.name)
	}
	for _, s := range npRightSteps {
		tables["npRightSteps"] = append(tables["npRightSteps"], s.name)
	}
	for _, s := range npLeftSteps {
		tables["npLeftSteps"] = append(tables["npLeftSteps"], s.name)
	}
	for table, names := range tables {
		seen := map[string]bool{}
		for _, n := range names {
			if n == "" || seen[n] {
				t.Errorf("%s: step %q empty or named twice", table, n)
			}
			seen[n] = true
		}
	}
}

// TestPhraseSteps reads the subject of a verb (subjectLeft over the
// subjectSkips, npLeftRaw over npLeftSteps) and the phrase after a word
// (npRight over npRightSteps) in tagged sentences.
func TestPhraseSteps(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence, at, want string
		right              bool // npRight from at, else the subject of the verb at
	}{
		{"Officials a week later announced that the plant was closed.", "announced", "Officials", false},
		{"The mayor has in the past said that the budget was tight.", "said", "The mayor", false},
		{"A poll released this week found that most voters agree.", "found", "A poll", false},
		{"Economists, in fact, predicted a slower recovery.", "predicted", "Economists", false},
		{"Mr. Lopez, in a brief interview, said the deal was done.", "said", "Mr. Lopez", false},
		{"A study by the Council of Economic Advisers found a gap.", "found", "A study by the Council of Economic Advisers", false},
		{"Reporters asked about the most recent data from the census.", "the", "the most recent data from the census", true},
		{"He cited a survey conducted by the Pew Research Center, which found a gap.", "a", "a survey conducted by the Pew Research Center", true},
		{"She met people familiar with the matter on Monday.", "people", "people familiar with the matter", true},
	}
	for _, c := range cases {
		d := text.NewDoc(c.sentence, m)
		ts := d.Tokens(0)
		j := -1
		for k, tk := range ts {
			if tk.Text == c.at {
				j = k
				break
			}
		}
		if j < 0 {
			t.Fatalf("%q: no token %q", c.sentence, c.at)
		}
		got := ""
		if c.right {
			if e := npRight(ts, j); e >= 0 {
				got = c.sentence[ts[j].Start:ts[e].End()]
			}
		} else if b, e, _, _, ok := subjectLeft(ts, j, 0); ok {
			got = c.sentence[ts[b].Start:ts[e].End()]
		}
		if got != c.want {
			var tags []string
			for _, tk := range ts {
				tags = append(tags, tk.Text+"/"+tk.Tag)
			}
			t.Errorf("%q at %q: got %q, want %q\n%s", c.sentence, c.at, got, c.want, strings.Join(tags, " "))
		}
	}
}
