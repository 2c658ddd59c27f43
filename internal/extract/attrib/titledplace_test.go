package attrib

import "testing"

// Rule titled-place (titledplace.go): a place whose name opens with a
// title word ("Prince Edward Island", "Prince George", "Prince Albert")
// is no titled person that a later "he said" or a name could take;
// a prince named by his title stays a person.
func TestTitledPlace(t *testing.T) {
	cases := []sourceNameCase{
		{"province, then he said", "Prince Edward Island's vacancy rate rose to 2.6 per cent last year. Housing Minister Rob Lantz spoke at noon. More than 1,800 homes were started, he said.", "1,800", "Rob Lantz"},
		{"province, she said", "Prince Edward Island's ferry service lost money again. Transport Minister Ann Cole said 14 sailings were cancelled, she said.", "14", "Ann Cole"},
		{"city possessive before an office", "Prince Albert's police chief Jon Bergen said 14 people were arrested.", "14", "Jon Bergen"},
		{"city, then the mayor", "Prince George council approved the plan. Mayor Simon Yu said 300 homes would follow.", "300", "Simon Yu"},
		// negatives: a prince is a person
		{"a prince speaks", "Prince Harry said 12 charities would share the money.", "12", "Harry"},
		{"a prince's title after the place word", "Prince William told the summit that 40 cities had joined.", "40", "William"},
	}
	runSourceNames(t, cases)
	for _, w := range [][]string{{"Prince", "Edward", "Island's"}, {"Prince", "George"}} {
		if !onlyTitledPlace(w) {
			t.Errorf("%v: not read as a titled place", w)
		}
	}
	if onlyTitledPlace([]string{"Prince", "Harry"}) || titledPlace([]string{"Prince"}) {
		t.Error("Prince Harry read as a titled place")
	}
}
