package attrib

import "testing"

// TestQuoteRule20Forms: quote speakers whose surname-alone mention was not
// widened to the full name the article gave before (TestQuoteRulePrecision's
// speaker-wrong class of the new dev golds web-dev-reuters-q and
// web-dev-pages-rgm-q; each rule met in two sources or more):
//
//   - title row Manager (lexicon/titles.go): "Florida Emergency Manager
//     Jared Moskowitz" (MediaCloud 2020 news), "Manager Jim Goodall"
//     (fresh-12), "Google Fonts Product Manager Sophia Siao", "Manager
//     Saad Sid" (WCXB): the office is the title, the name is the person's,
//     and "Moskowitz said" widens to it;
//
//   - a full name with an organisation's vote (names.go fullestScan,
//     fullCandidates): a person whose title or apposition holds an
//     organisation ("President of the Rio de Janeiro Coffee Trade
//     Association Carlos Calmon", Reuters; PolNeAR train's Mark Schmidt,
//     Gene Sperling, Rex Early) got one organisation vote and so was never
//     the full form of "Calmon added": a name is passed over only when its
//     organisation votes outweigh its person votes.
//
// Negatives: "the branch manager" stays a description.
func TestQuoteRule20Forms(t *testing.T) {
	checkForms(t, []formCase{
		// title row Manager
		{"emergency manager, then the surname", "Florida Emergency Manager Jared Moskowitz made the point in a post. \"We have 50 states,\" Moskowitz said.", "50 states", "Jared Moskowitz", "quote-tail/tail", "proper-name"},
		{"general manager in a tail", "\"We sold 3,000 tickets,\" said General Manager Bob Myers.", "3,000", "Bob Myers", "quote-tail/tail", "titled-name"},
		{"city manager as a subject", "City Manager Ana Ruiz said the budget rose 4 percent.", "4 percent", "Ana Ruiz", "verb-cue/strong", "titled-name"},
		{"a lower-case manager stays a description", "\"We cut 40 jobs,\" the branch manager said.", "40 jobs", "the branch manager", "quote-tail/tail", "head-kind"},
		// a full name with an organisation's vote
		{"association president then surname", "President of the Rio de Janeiro Coffee Trade Association Carlos Calmon said talks failed. \"Brazil can export 20 mln bags,\" Calmon added.", "20 mln", "Carlos Calmon", "quote-tail/tail", "proper-name"},
		{"association chairman then surname", "Chairman of the Kenya Tea Growers Association Peter Mwangi spoke on Monday. \"We lost 30 percent of the crop,\" Mwangi said.", "30 percent", "Peter Mwangi", "quote-tail/tail", "proper-name"},
		{"apposed association keeps the name", "Mark Schmidt, the president of the Golf Course Owners Association, said owners were worried. \"We closed 160 courses,\" Schmidt said.", "160 courses", "Mark Schmidt", "quote-tail/tail", "proper-name"},
	})
}
