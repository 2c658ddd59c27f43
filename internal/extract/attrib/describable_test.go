package attrib

import "testing"

// TestOrgPastPlaceOrQuote: rule org-description/past-place-or-quote, a
// bare description's nearest organisation is no place and, outside
// quotation marks, no name written only inside them (web-dev: "Italy"
// for "the association", which the registry read as an organisation there
// and a short text does not make one; "CBD" of a quoted tweet for "the
// company").
func TestOrgPastPlaceOrQuote(t *testing.T) {
	sub := "org-description/" + ruleOrgPastPlaceOrQuote
	checkForms(t, []formCase{
		{"past a quoted name", "The Harbour Bus Company raised its fares on Monday.\n\nOne rider wrote: “We are all stuck in CBD traffic again.” Riders complained.\n\nThe company said fares rose by 40 percent.", "40 percent", "Harbour Bus Company", "verb-cue/strong", sub},
		// the nearest stands
		{"the nearest outside quotes", "The Harbour Bus Company raised its fares. Riders complained. The company said fares rose by 40 percent.", "40 percent", "Harbour Bus Company", "verb-cue/strong", "org-description"},
	})
}
