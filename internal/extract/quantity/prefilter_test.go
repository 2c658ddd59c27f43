package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMayHoldNumber(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"More than 1,800 people were arrested.", true},
		{"Police arrested a dozen protesters.", true},
		{"Dozens of homes burned.", true},
		{"Half of the voters stayed home.", true},
		{"MILLIONS MARCH IN THE CAPITAL", true},
		{"The talks lasted more than a year.", true},
		{"It took an hour to get there.", true},
		{"Sales rose threefold, then doubled.", true},
		{"Add ½ cup of sugar.", true},
		{"She finished third in the race.", true},
		{"It was the first time.", true},
		{"The president spoke to reporters on Tuesday.", false},
		{"They said the other side was wrong.", false},
		{"A new era began.", false},
		{"An era of years.", false}, // "years" after "of", not after "an"
		{"Anyone could see the tenor of the debate.", false},
		{"The café's owner declined to comment.", false},
	} {
		if got := mayHoldNumber(c.text); got != c.want {
			t.Errorf("mayHoldNumber(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMayHoldNumberSound checks that the pre-check never rejects a sentence
// in which the grammar finds a mention: the sentences of the dev sets and
// of corpus/.
func TestMayHoldNumberSound(t *testing.T) {
	var texts []string
	for _, name := range []string{"dev", "dev2", "dev3", "dev4"} {
		for _, s := range loadDevSet(t, "../../../testdata/quantities/"+name+".txt") {
			texts = append(texts, s.text)
		}
	}
	files, _ := filepath.Glob("../../../corpus/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	rejected := 0
	for _, s := range texts {
		if mayHoldNumber(s) {
			continue
		}
		rejected++
		if ms := scan(s, Topics{}); len(ms) > 0 {
			t.Errorf("mayHoldNumber rejects %q, which holds %q", s, s[ms[0].Start:ms[0].End])
		}
	}
	if rejected == 0 {
		t.Error("no text rejected: the pre-check was not exercised")
	}
}
