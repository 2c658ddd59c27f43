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
//   - cue verb hint (clause only): "as he had hinted upon his arrival:
//     \"…\"" (Brown ca40; PolNeAR train "hints" ×6, "hinting" ×2); "hinted
//     at Donald Trump" narrates.
func TestDevc12Forms(t *testing.T) {
	checkForms(t, []formCase{
		{"with absolute, lead", "With temperatures expected to fall to near 0 degrees F over the next two nights, some light winterkill is possible.", "near 0 degrees", "", "with-absolute-passive", ""},
		{"with absolute, main clause", "With cash receipts from marketings expected to be slightly above 1960, farmers' gross income is estimated at $39.5 billion.", "$39.5 billion", "", "", ""},
		{"with absolute after a comma", "Housing starts may slow, with mortgage rates projected to reach 8 percent by June.", "8 percent", "", "with-absolute-passive", ""},
		{"with absolute, a cue outside", "With rates forecast to rise, analysts said housing starts could fall 10 percent.", "10 percent", "analysts", "verb-cue/strong", "head-kind"},
		{"tip from", "The program will be seen in Hong Kong in four languages, according to a tip from Dr. Robert C. Miller.", "four", "Robert C. Miller", "according-to", "document-by-agent"},
		{"email from", "Some 300 delegates will vote next week, according to an email from Senator Maria Lopez.", "300", "Maria Lopez", "according-to", "document-by-agent"},
		{"message from, subject", "A message from Undersecretary John Smith said 40 diplomats had left.", "40", "John Smith", "verb-cue/strong", "document-by-agent"},
		{"hint before a quote", "Lopez was glutted with ideas, as she had hinted on her arrival: \"I could talk to you for three hours.\"", "three hours", "Lopez", "quote-tail/cue-before", "he-she/lone-surname"},
		{"hinted that", "The minister hinted that taxes could rise by 2 percent next year.", "2 percent", "The minister", "verb-cue/clause", "head-kind"},
		// negatives
		{"with, not absolute", "The company said it was pleased with sales expected to reach $5 million.", "$5 million", "The company", "verb-cue/strong", "head-kind"},
		// a sentence opening with a lower-case cue noun (a wrapped wire
		// line, Reuters weka-train-0129): pluralSubjectCue looked before
		// the first token and panicked
		{"cue noun opening the text", "estimate 300 deaths were seen.", "300", "", "", ""},
		{"hinted at", "He only hinted at the 2,000-mile wall in his speech.", "2,000-mile", "", "", ""},
	})
}
