package attrib

import "testing"

// Closing attributions the cue reader missed: a data noun right before a
// trailing "show" the tagger reads as a noun ("…, the data show.";
// web-dev-10's Bloomberg page; "…, the figures show." the same) and a
// finding in the perfect ("…, a report by Audit Scotland has
// found."; articles-dev-2), which is no reduced relative ("…, a deal
// announced on Monday").
func TestClosingDataForms(t *testing.T) {
	cases := []sourceNameCase{
		{"the data show", "Apple received $42 billion in interest, the data show.", "$42 billion", "the data"},
		{"the figures show", "Exports fell to 3.1 million tonnes, the figures show.", "3.1 million", "the figures"},
		{"the poll shows", "Labour is on 27%, the poll shows.", "27%", "the poll"},
		{"data from a named body show", "Prices rose 6%, data compiled by Bloomberg show.", "6%", "Bloomberg"},
		{"a report by X has found", "The two ferries will cost more than £400m, a report by Audit Scotland has found.", "more than £400m", "Audit Scotland"},
		{"a study has shown", "Sea levels rose 20 centimetres, a study by the University of Hawaii has shown.", "20 centimetres", "University of Hawaii"},
		// no cue: a show, a reduced relative, a passive
		{"a show", "Tickets cost $40 for the SRX show.", "$40", ""},
		{"a deal announced", "Shares rose 5%, a deal announced on Monday.", "5%", ""},
		{"a deal was announced", "Shares rose 4%, and a deal was announced.", "4%", ""},
	}
	runSourceNames(t, cases)
}
