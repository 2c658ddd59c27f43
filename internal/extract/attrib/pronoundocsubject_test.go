package attrib

import "testing"

// TestPronounDocumentClauseSubject: "its" owning a document after the
// clause it closes is the clause's organisation subject, not an
// organisation named nearer in a relative clause or the paragraph before;
// a subject that is no organisation leaves "its" to the nearest one
// (pronoundocsubject.go).
func TestPronounDocumentClauseSubject(t *testing.T) {
	cases := []sourceNameCase{
		{"past a relative clause", "The Motor Insurers' Bureau, which handles claims against uninsured drivers for the Department for Transport, paid £310 million last year, according to its annual report.", "£310 million", "The Motor Insurers' Bureau"},
		{"past an organisation named before", "The World Bank cut its forecast on Monday. Oxfam has spent more than $40 million on water projects since 2015, according to its own figures.", "more than $40 million", "Oxfam"},
		{"in its accounts", "The Royal Opera House, which leases its site from the Crown Estate, lost £12 million in 2023, its accounts show.", "£12 million", "Royal Opera House"},
		// a subject that is no organisation: the nearest organisation
		{"a thing as subject", "Sunfar Thermal Technology makes cooling parts. Today, cooling plates for servers account for 61 percent of its sales, according to its annual report.", "61 percent", "Sunfar Thermal Technology"},
	}
	runSourceNames(t, cases)
}
