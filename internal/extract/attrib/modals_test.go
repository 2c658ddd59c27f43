package attrib

import (
	"testing"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// TestModalLists pins the words of each list built on lexicon.Modals: those
// it held when it was written out by hand, and "shall" (and in clauseVerbs
// "must") in every list of modals before a verb.
func TestModalLists(t *testing.T) {
	for _, c := range []struct {
		name string
		got  map[string]bool
		want string
	}{
		{"auxiliaries", auxiliaries, `was were is are be been being have has had will would could may might can should must shall 've
reportedly also still now already continue continues continued to`},
		{"auxWords", auxWords, `'ve ’ve 're ’re 'll ’ll 'd ’d 'm ’m has have had also would will could may might must should can shall did does do is was were are been be
previously later recently again earlier further still repeatedly once first then now already publicly privately
separately subsequently initially officially ultimately n't n’t not never`},
		{"clauseVerbs", clauseVerbs, `was is were are had has have would will could can should might may must shall`},
	} {
		want := lexicon.WordSet(c.want)
		for w := range want {
			if !c.got[w] {
				t.Errorf("%s lacks %q", c.name, w)
			}
		}
		for w := range c.got {
			if !want[w] {
				t.Errorf("%s has extra %q", c.name, w)
			}
		}
	}
}
