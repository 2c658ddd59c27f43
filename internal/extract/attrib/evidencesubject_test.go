package attrib

import "testing"

// TestEvidenceSubject: a verb of evidence ("show", "indicate", "suggest",
// "reveal", "confirm") reports a figure when its subject is a document,
// data, evidence, a person or an organisation; with another subject the
// article asserts the figure (evidencesubject.go).
func TestEvidenceSubject(t *testing.T) {
	cases := []sourceNameCase{
		// no one puts the figure forward
		{"simple math", "Simple math will indicate that Trump has attended about one briefing per week.", "about one", ""},
		{"as its name suggests", "The RSA-768 algorithm, which, as its name suggests, requires a key that is 768 bits long, took years to crack.", "768 bits", ""},
		{"a team shows off", "The striker's team proudly show off his nine luxury cars in a new video.", "nine", ""},
		{"a stream confirms", "The stream of new money confirms that donors put hundreds of millions of dollars behind the party.", "hundreds of millions of dollars", ""},
		{"the weather suggests", "The weather suggests that farmers will lose 20 percent of the crop.", "20 percent", ""},
		// documents, data, people and organisations keep their figures
		{"the data show", "The data show that 40 percent of households were in arrears.", "40 percent", "The data"},
		{"figures from an authority", "Figures from the Suez Canal Authority (SCA) show that 13,213 vessels transited the canal in 2024.", "13,213", "Suez Canal Authority"},
		{"a name with a time word", "TWA today revealed that it holds 15 pct of USAir.", "15 pct", "TWA today"}, // (the time word stays in the name, as before)
		{"a person suggests", "Klinger suggests three or four cups a day.", "three or four cups", "Klinger"},
		{"a ministry confirmed", "The health ministry confirmed that 12 people had died.", "12", "The health ministry"},
		{"an email shows", "A Sept. 15, 2011 email shows that 10 aides had access.", "10", "email"},
		{"evidence suggests", "Evidence suggests that 30 percent of the cases went unreported.", "30 percent", "Evidence"},
		{"the latest polling shows", "The most recent polling in Florida shows Rubio within 5 points.", "5 points", "The most recent polling"},
		{"a slide shows", "Another slide shows that eight of 10 migrants are men.", "eight of 10", "Another slide"},
	}
	runSourceNames(t, cases)
}
