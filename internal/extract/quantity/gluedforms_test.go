package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// gluedFormCases are numbers glued to letters that the number grammar
// reads as amounts, not codes (kinds19), and a margin in minutes and
// seconds after "by" a verb of leading or winning (race-time): two sides glued by a times sign
// before a unit of length, a range of multiples whose "x"
// ends it only, a multiple glued to "fold", a currency letter after a
// hedge or as the earlier level of a price the sentence gave in the same
// currency; same form as ruleFormCases.
var gluedFormCases = []ruleFormCase{
	{"multiple-x", "For some workflows, this can lead to 10–100x faster computation.", "10–100x", "10", "100", "times"},
	{"multiple-x", "The new chips are 3-5x cheaper to run.", "3-5x", "3", "5", "times"},
	{"multiple-x", "Caching gave a 2–4× improvement in load times.", "2–4×", "2", "4", "times"},
	{"multiple-x", "It gave us a 100fold speed increase.", "100fold", "100", "", "times"},
	{"multiple-x", "Demand grew 20fold in a decade.", "20fold", "20", "", "times"},
	{"dimensions-glued", "The SLG46620V is a 20-pin STQFN measuring 2x3 mm.", "2x3 mm", "2", "3", "mm"},
	{"dimensions-glued", "The SLG46140V is a mere 1.6x2 mm.", "1.6x2 mm", "1.6", "2", "mm"},
	{"dimensions-glued", "We bought a 4x6 ft rug for the hall.", "4x6 ft", "4", "6", "foot"},
	{"dimensions-glued", "Each print is 20×30cm on matte paper.", "20×30cm", "20", "30", "cm"},
	{"race-time", "Pogacar now leads the Tour by 4:51.", "4:51", "291", "", "second"},
	{"race-time", "He won the stage by 1:02 over Vingegaard.", "1:02", "62", "", "second"},
	{"race-time", "Vingegaard trails the leader by 2:15 after the climb.", "2:15", "135", "", "second"},
	{"currency-letter", "Egg prices have risen, and a tray of 30 now costs about R95.", "about R95", "95", "", "ZAR"},
	{"currency-letter", "A bag of rice sold for nearly N2,000 in March.", "nearly N2,000", "2000", "", "NGN"},
	{"currency-letter", "Bread costs R25 in Soweto, more than R18 last year.", "R25", "25", "", "ZAR"},
}

// gluedFormNegatives stay codes, sizes and sums.
var gluedFormNegatives = []genreKindCase{
	{"", "Sizes: Women: 0-24 & XS-3X (including petite), Kids: 2T-18", "XS-3X", claims.KindIdentifier},
	{"", "File form 5-1A by Friday.", "5-1A", claims.KindIdentifier},
	{"", "The shop closes by 5:30 on Fridays.", "5:30", claims.KindTime},
	{"", "The meeting led by 10:30 ended early.", "10:30", claims.KindTime},
	{"", "Vingegaard trails the leader by 2:15 p.m. today.", "2:15 p.m.", claims.KindTime},
	{"", "The screen is 1920x1080 pixels.", "1920x1080", claims.KindIdentifier},
	{"", "The 2x3x4 mm part is tiny.", "2x3x4", claims.KindIdentifier},
	{"", "Set the grid to 3x4 tiles.", "3x4", claims.KindIdentifier},
	{"", "The grid sits 3-4x larger tiles.", "3-4x", claims.KindClaim},
}

func TestGluedForms(t *testing.T) {
	for _, c := range gluedFormCases {
		m := checkForm(t, c.rule, c.in, c.text, c.low, c.high, c.unit)
		if m == nil {
			continue
		}
		if r := m.Rules(); strings.TrimSuffix(r.Unit, "+currency-of-place") != c.rule {
			t.Errorf("%s: %q: read by rules %+v", c.rule, c.in, r)
		}
	}
	checkGenreKinds(t, gluedFormNegatives)
}

// phoneKindCases are phone numbers after a spaced plus (number form
// phone-spaced), and sums that stay amounts.
var phoneKindCases = []genreKindCase{
	{"number-grammar", "Ireland, + 353 1 634 7887", "+ 353 1 634 7887", claims.KindIdentifier},
	{"number-grammar", "U.S., + 1 650 496 2717", "+ 1 650 496 2717", claims.KindIdentifier},
	{"number-grammar", "Call our London desk on + 44 20 7946 0958 today.", "+ 44 20 7946 0958", claims.KindIdentifier},
	{"", "The score was 3 + 4 5 6 in the tally.", "4", claims.KindClaim},
	{"", "Revenue rose + 12 percent in May.", "12 percent", claims.KindClaim},
}

func TestPhoneSpaced(t *testing.T) {
	checkGenreKinds(t, phoneKindCases)
}

// gluedRunCases are runs of numbers and letters glued together: the whole
// list of mentions each gives, text and kind, in order and without
// overlaps (a reading glued before a number never takes a word the
// mention before holds: "8K60p" was "8K" and "K60p"). A video standard
// before a glued frame rate is 8K video at that rate; a hashtag led by
// digits is a name; a number glued to the unit of the measure before it
// is the next cell of a flattened table row (glued-cell); other glued runs
// are one code.
var gluedRunCases = []struct {
	in    string
	texts []string
	kinds []claims.Kind
}{
	{"The camera shoots 8K60p video.", []string{"8K", "60"}, []claims.Kind{claims.KindIdentifier, claims.KindIdentifier}},
	{"The TV does 4K120Hz gaming.", []string{"4K", "120Hz"}, []claims.Kind{claims.KindIdentifier, claims.KindClaim}},
	{"It records 4K60fps clips.", []string{"4K", "60fps"}, []claims.Kind{claims.KindIdentifier, claims.KindClaim}},
	{"It records 1080p60 footage.", []string{"1080p60"}, []claims.Kind{claims.KindIdentifier}},
	{"Try the 5G4U plan today.", []string{"5G4U"}, []claims.Kind{claims.KindIdentifier}},
	{"Cut a 2x4 to length.", []string{"2x4"}, []claims.Kind{claims.KindIdentifier}},
	{"Read #3Things before you go.", []string{"3Things"}, []claims.Kind{claims.KindIdentifier}},
	{"Use #5Days5Ways and #SBW15 on Twitter.", []string{"5Days5Ways"}, []claims.Kind{claims.KindIdentifier}},
	{"Join #10DaysOfCode now.", []string{"10DaysOfCode"}, []claims.Kind{claims.KindIdentifier}},
	{"Total Fat 198g305%", []string{"198g", "305%"}, []claims.Kind{claims.KindClaim, claims.KindOther}},
	{"Sodium 1738mg72% Potassium 1080mg31%", []string{"1738mg", "72%", "1080mg", "31%"}, []claims.Kind{claims.KindClaim, claims.KindOther, claims.KindClaim, claims.KindOther}},
	{"The G7 met in 2024.", []string{"G7", "2024"}, []claims.Kind{claims.KindIdentifier, claims.KindYear}},
}

func TestGluedRuns(t *testing.T) {
	for _, c := range gluedRunCases {
		ms := Find(c.in)
		var texts []string
		var kinds []claims.Kind
		end := 0
		for _, m := range ms {
			if m.Start < end {
				t.Errorf("%q: %q overlaps the mention before", c.in, c.in[m.Start:m.End])
			}
			end = m.End
			texts = append(texts, c.in[m.Start:m.End])
			kinds = append(kinds, m.Kind)
		}
		if strings.Join(texts, "|") != strings.Join(c.texts, "|") || fmt.Sprint(kinds) != fmt.Sprint(c.kinds) {
			t.Errorf("%q: got %q %v, want %q %v", c.in, texts, kinds, c.texts, c.kinds)
		}
	}
}
