package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/extract/text"
)

// TestRejectionsNamed checks that a claim left without a source because
// the cue verb of its sentence was turned down names that rejection
// (verbcue.go) and the cue, as explain prints them, and that a sentence
// with no cue verb names none.
func TestRejectionsNamed(t *testing.T) {
	m, err := text.LoadNLP()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, num, cue, rejected string }{
		{"Around 51 percent of voters, citing Treasury forecasts of 3 percent growth, said debt would fall.", "3 percent", "forecasts", rejCitingAside},
		{"Its projected deficit is $40 million.", "$40 million", "projected", rejAttributive},
		{"Quarterly sales of 40 million units missed Wall Street forecasts.", "40 million", "forecasts", rejComparedNoun},
		{"The firm's profit of $4 million beat analyst estimates.", "$4 million", "estimates", rejComparedNoun},
		{"That said, the city spent $5 million on roads.", "$5 million", "said", rejThatSaid},
		{"The 40 cases were announced by then.", "40", "announced", rejByNoPhrase},
		{"The party, which is backed by the military, won 40 seats.", "40", "backed", rejAttitudeBy},
		{"The report used language highlighting concerns about 20 factories.", "20", "highlighting", rejNounModifier},
		{"The deficit was widely reported at $3 billion.", "$3 billion", "reported", rejAgentlessPassive},
		{"It was reported that 40 people died in the fire.", "40", "reported", rejAgentlessPassive},
		{"51 percent of respondents said the economy had grown 3 percent.", "3 percent", "said", rejCountedSubject},
		{"All told, the storm cost $3 billion.", "$3 billion", "told", rejAllTold},
		{"Most referenda see growth of 50 percent.", "50 percent", "see", rejSeeNoForecaster},
		{"Simple math will indicate that 40 percent of the vote is enough.", "40 percent", "indicate", rejEvidenceSubject},
		{"As the coronation many pundits forecast, Clinton has won 30 states.", "30", "forecast", rejZeroRelative},
		{"The company has 300 workers, a deal announced at the beginning of the week.", "300", "announced", rejReducedRelative},
		{"Sanders will probably find very little sympathy among the 40 senators.", "40", "find", rejModalFindObject},
		{"The mayor warned residents about the 40 homes.", "40", "warned", rejNoComplement},
		{"The group claimed the 40 seats.", "40", "claimed", rejNoComplement},
		{"The unit, said in 2020, cost $40 million.", "$40 million", "said", rejInvertedNoPhrase},
		// a lemma's own condition (cueGuards): its name
		{"You can see 300 stars tonight.", "300", "see", "see-forecast"},
		{"The team recorded 12 wins this season.", "12", "recorded", "record-body"},
		{"The stock added more than 2% to begin the week.", "2%", "added", "add-clause"},
		{"The Senate voted $5.2 billion to finance roads.", "$5.2 billion", "voted", "vote-position"},
		// no cue verb at all
		{"The bridge is 40 meters long.", "40", "", ""},
	}
	for _, c := range cases {
		got, rules := attributeOne(t, m, c.text, c.num)
		if got != "" || rules.Cue != "" || rules.Rejected != c.rejected || rules.RejectedCue != c.cue {
			t.Errorf("%q: source %q by %+v, want none, cue %q rejected: %q", c.text, got, rules, c.cue, c.rejected)
		}
	}
}
