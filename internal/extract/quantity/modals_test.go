package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/extract/lexicon"
)

// TestModalLists pins the words of each list built on lexicon.Modals: those
// it held when it was written out by hand, and "shall" in every list of
// modals before a verb.
func TestModalLists(t *testing.T) {
	for _, c := range []struct {
		name string
		got  map[string]bool
		want string
	}{
		{"modalWords", modalWords, `can cannot could may might must shall should will would`},
		{"pronounOneFollowers", pronounOneFollowers, `can cannot could may might must shall should will would`},
		{"lastVerbAuxiliaries", lastVerbAuxiliaries, `will would can could should may might must shall to does did not`},
		{"definiteRefFollowers", definiteRefFollowers, `were are was is had have has will would could can should may might must shall did do does said say says told met agreed went came remain remained who whom whose which that of and or but also all each both together`},
		{"genericOneAux", genericOneAux, `does do did can could should would might must may will shall`},
		{"genericOneVerbs", genericOneVerbs, `can could cannot can't couldn't would wouldn't should shouldn't must may might
will won't shall tends wonders ponders finds anticipates assumes imagines supposes expects hopes wishes
notices realizes realises learns knows sees feels thinks wants needs tries gets opts begins starts ends
reads hears comes goes does makes takes gives`},
		{"aTimeBlockers", aTimeBlockers, `can could will would may might must should shall is are was were be been has have had do does did allowed`},
		{"notFiniteBefore", notFiniteBefore, `to will would could may might should can shall must`},
		{"targetLeads", targetLeads, `we they it he she i you the can could will would shall want wants aims aim plans plan expects expect hopes hope to may might should must also now then still`},
	} {
		assertSameWords(t, c.name, c.got, lexicon.WordSet(c.want))
	}
}

func assertSameWords(t *testing.T, name string, got, want map[string]bool) {
	t.Helper()
	for w := range want {
		if !got[w] {
			t.Errorf("%s lacks %q", name, w)
		}
	}
	for w := range got {
		if !want[w] {
			t.Errorf("%s has extra %q", name, w)
		}
	}
}
