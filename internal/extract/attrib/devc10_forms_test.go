package attrib

import "testing"

// TestDevc10Forms: he-she/lone-surname for a surname that neither speaks
// nor heads a sentence in the window (this paragraph and the two before),
// a form of web-dev-9 and web-dev-10 (the pooled dev claims golds of
// scripts/devclaims.sh):
//   - the frame "To W," opening its sentence gives W's view (web-dev-9's
//     HuffPost "To Hoenig, the Fed's policies are …. For example, he notes
//     …"; PolNeAR's "To Frank, …", "To Sharp, …", "To Sexton, who …");
//   - the same surname spoke before the window (web-dev-10's "…," Conway
//     tweeted. … the New York Times suggested Conway was …. … a hindrance
//     for Conway. "…," she said).
//
// Negatives: a "to W," not opening its sentence is no frame; a surname
// that never spoke stays unresolved.
//
// And npRight's step coordinated-modifier: lower-case modifiers joined by
// "and" (and commas) before one head stay one description (web-dev-10's
// "according to the medic and healer council", ×2 read "the medic";
// ingest-dev's "the available federal, state and local data", a subject
// read leftwards, which this step does not reach: its mirror in npLeftRaw
// cut articles-dev-4's "landlords and estate agents" and was left out).
// Negatives: no shared head after the last conjunct ("the mayor and
// officials"), a name ("police and Smith").
func TestDevc10Forms(t *testing.T) {
	checkForms(t, []formCase{
		{"viewpoint frame", "To Okafor, the new tariffs are a mistake that will cost farmers dearly. Exports, he argues, could fall 20 percent.", "20 percent", "Okafor", "verb-cue/clause", "he-she/lone-surname"},
		{"viewpoint frame, then a paragraph", "To Lindqvist, the cuts to the regional health budget came far too fast.\n\nFor example, she notes that the clinic lost 12 nurses in a month.", "12", "Lindqvist", "verb-cue/strong", "he-she/lone-surname"},
		{"spoke before the window", "On Oct. 3. Marchetti suggested she would not be serving in the Ruiz government, but instead would run a pro-Ruiz lobbying group.\n\"The county needs a new kind of party,\" Marchetti tweeted. \"Plus, I have a farm to run.\"\nBut the Herald suggested Marchetti was holding out for a better offer within the Ruiz cabinet after she was offered a junior post.\nAnd the campaign is no longer seen as a burden for Marchetti.\n\"We raised 40 percent more than last year,\" she said, according to the Courier.", "40 percent", "Marchetti", "quote-tail/tail", "he-she/lone-surname"},
		// negatives
		{"frame not opening its sentence", "It seemed odd to Okafor, a farmer, that prices fell. Exports, he argues, could fall 20 percent.", "20 percent", "he", "verb-cue/clause", "he-she"},
		{"surname never spoke", "On Oct. 3. the board suggested she would not be serving in the Ruiz government, but instead would run a pro-Ruiz lobbying group.\n\"The county needs a new kind of party,\" the mayor wrote. \nBut the Herald suggested Marchetti was holding out for a better offer within the Ruiz cabinet after she was offered a junior post.\nAnd the campaign is no longer seen as a burden for Marchetti.\n\"We raised 40 percent more than last year,\" she said, according to the Courier.", "40 percent", "she", "quote-tail/tail", "he-she"},
		// coordinated-modifier (npRight)
		{"coordinated modifiers", "Some 40 homes were lost, according to the fire and rescue service.", "40", "the fire and rescue service", "according-to", "head-kind"},
		{"coordinated modifiers, commas", "Seizures reached about $44 million, according to available federal, state and local data.", "$44 million", "available federal, state and local data", "according-to", "head-kind"},
		{"coordinated nouns", "About 30 stalls closed, according to the traders and market council.", "30", "the traders and market council", "according-to", "head-kind"},
		{"no shared head", "Twelve people died, according to the mayor and officials.", "Twelve", "the mayor", "according-to", "head-kind"},
		{"a name after and", "Twelve people died, according to police and Smith.", "Twelve", "police", "according-to", "head-kind"},
	})
}
