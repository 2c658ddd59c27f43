package attrib

import "testing"

// TestDevc12Forms: forms of web-dev-12 (1961 US press, the Brown corpus'
// DEV press samples) each also met in another dev source:
//   - with-absolute-passive: "With X expected to …" names no source; X is
//     what is expected ("With cash receipts from marketings expected to be
//     slightly above 1960", Brown ca28; "With temperatures expected to fall
//     to near 0 degrees F", Reuters weka-train-0550; "with Rubio and Murphy
//     expected to win", PolNeAR train); a cue outside the clause still
//     gives its source;
//   - messages as documents (lexicon.DocNouns tip, email, message): "according
//     to a tip from Dr. Robert C. Miller" (Brown ca32), "according to an
//     email from the president" and "An email from Neera Tanden", "a
//     message from Undersecretary …" (PolNeAR train) name their sender;
//   - cue verbs discover and hint (clause only): "the GOP breakdown
//     discovered that …" (Brown cb14), "Investigators discovered this month
//     that at least four …" (PolNeAR train), "as he had hinted upon his
//     arrival: \"…\"" (Brown ca40; PolNeAR train "hints" ×6); "discovered an
//     unfinished tunnel" and "hinted at Donald Trump" narrate.
func TestDevc12Forms(t *testing.T) {
	checkForms(t, []formCase{
		{"with absolute, lead", "With temperatures expected to fall to near 0 degrees F over the next two nights, some light winterkill is possible.", "near 0 degrees", "", "with-absolute-passive", ""},
		{"with absolute, main clause", "With cash receipts from marketings expected to be slightly above 1960, farmers' gross income is estimated at $39.5 billion.", "$39.5 billion", "", "", ""},
		{"with absolute after a comma", "Housing starts may slow, with mortgage rates projected to reach 8 percent by June.", "8 percent", "", "with-absolute-passive", ""},
		{"with absolute, a cue outside", "With rates forecast to rise, analysts said housing starts could fall 10 percent.", "10 percent", "analysts", "verb-cue/strong", "head-kind"},
		{"tip from", "The program will be seen in Hong Kong in four languages, according to a tip from Dr. Robert C. Miller.", "four", "Robert C. Miller", "according-to", "document-by-agent"},
		{"email from", "Some 300 delegates will vote next week, according to an email from Senator Maria Lopez.", "300", "Maria Lopez", "according-to", "document-by-agent"},
		{"message from, subject", "A message from Undersecretary John Smith said 40 diplomats had left.", "40", "John Smith", "verb-cue/strong", "document-by-agent"},
		{"discovered that", "Investigators discovered this month that at least four officers had taken bribes.", "at least four", "Investigators", "verb-cue/clause", "proper-name"},
		{"discovered that, a document", "The audit discovered that 40 percent of the funds were missing.", "40 percent", "The audit", "verb-cue/clause", "head-kind"},
		{"hinted that", "The minister hinted that taxes could rise by 2 percent next year.", "2 percent", "The minister", "verb-cue/clause", "head-kind"},
		// negatives
		{"with, not absolute", "The company said it was pleased with sales expected to reach $5 million.", "$5 million", "The company", "verb-cue/strong", "head-kind"},
		{"discovered an object", "State health officials discovered at least one case in Pinellas County.", "at least one", "", "", ""},
		{"hinted at", "He only hinted at the 2,000-mile wall in his speech.", "2,000-mile", "", "", ""},
	})
}
