package attrib

import "testing"

// TestQuotes18Forms: the "he"/"she" of a quote's tail, forms of the DEV
// pages' quotes (testdata/quotes/web-dev-pages-q, web-dev-9, web-dev-10):
//   - he-she/past-quoted-name: a name inside a quotation is talked about,
//     not the one who goes on talking (E! Online's "'…unless they're
//     Harrison Ford,'" he says"; Mashable's "“… Getting Square off the
//     ground …”"): the pronoun outside quotes passes over it;
//   - he-she/lone-surname after a fronted clause or a conjunction: a
//     surname written alone that is its main clause's subject mid-sentence
//     (the Guardian's "Before the spotlight was …, Wiig talked …";
//     Mashable's "… after Square was founded, McKelvey decided …");
//   - he-she/unknown-person-aside: a name of no known kind that does not
//     act in its clause (an object: "at a Grateful Deadgig"; a title:
//     "the action movie Blade Runner 2049") yields to such a surname.
//
// Negatives: a pronoun inside the quote still reads the quote's names; a
// reported clause's subject ("the Herald suggested Marchetti was …",
// TestDevc10Forms) and a capitalised common noun opening its sentence
// ("Exports, he argues") stay no surname; with no other name, an unknown
// name aside is still taken.
func TestQuotes18Forms(t *testing.T) {
	checkForms(t, []formCase{
		// past-quoted-name
		{"name in the quote before the tail", "Smith is leaving the company. \"It was 5 times better than Harrison Ford,\" he says.", "5 times", "Smith", "quote-tail/tail", "he-she/lone-surname"},
		{"known person in the quote", "Dr. Amara Obi runs the clinic. \"We told Mr. Tunde Bakare we need 40 beds,\" she said.", "40 beds", "Amara Obi", "quote-tail/tail", "he-she/subject"},
		{"only a quoted name", "The season ended. \"We beat Carlos Mendes by 3 points,\" he said.", "3 points", "he", "quote-tail/tail", "he-she/past-quoted-name"},
		// lone surname after a fronted clause or a conjunction
		{"after a fronted clause", "Before the season began, Okoro trained alone at a Blue Note gym.\n\"I ran 12 miles a day,\" he said.", "12 miles", "Okoro", "quote-tail/tail", "he-she/lone-surname"},
		{"after but", "The firm now has 900 staff, but Lindahl left for all that.\n\"I was working 80 hours a week,\" she told the Herald.", "80 hours", "Lindahl", "quote-tail/tail", "he-she/lone-surname"},
		{"unknown name aside before the surname", "Before the spotlight was on her, Wiig talked about drinking at a Grateful Deadgig in her youth. \"When you're 20, you're like that,\" she says.", "20", "Wiig", "quote-tail/tail", "he-she/lone-surname"},
		// negatives
		{"unknown name aside, nothing else", "It rained at a Grateful Deadgig that night. \"We sold 300 tickets,\" he said.", "300 tickets", "Grateful Deadgig", "quote-tail/tail", "he-she/unknown-person-aside"},
		{"reported clause subject", "The Herald suggested Marchetti was holding out.\n\"We raised 40 percent more,\" she said.", "40 percent", "she", "quote-tail/tail", "he-she"},
	})
}
