package attrib

import "testing"

// The quote forms fresh-15 (testdata/quotes) failed on, each a named rule,
// in varied wording; the second source of each is named at the rule.

// Rule dateline-no-party (text.IsDatelinePlace, text.Dateline): a
// dateline in capitals ("KUALA LUMPUR:", "KARACHI —") is no interviewee
// of the Q&A after it (the person the introduction names is), and no
// speaker of a quote right after it, which opens its sentence.
func TestDatelineNoInterviewParty(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "colon dateline, Q and A", text: "KUALA LUMPUR: In an interview with The Star, Works Minister Alexander Nanta Linggi spoke about the highway.\n\nQ: How far along is it?\n\nA: We have completed 786km of the road.\n\nQ: And Sabah?\n\nA: It is slower there.", num: "786km", source: "Alexander Nanta Linggi", mention: "A", cue: ":"},
		{name: "dash dateline, Q and A", text: "PORT LOUIS — Finance Minister Ramesh Dookhun spoke to us about the budget.\n\nQ: What is the deficit?\n\nA: It stands at 4.8 percent of GDP.\n\nQ: Next year?\n\nA: Lower.", num: "4.8 percent", source: "Ramesh Dookhun", mention: "A", cue: ":"},
		{name: "comma dateline with a country", text: "SUVA, Fiji — Tourism chief Mere Tuilau answered our questions.\n\nQ: How many visitors came?\n\nA: About 980,000 last year.\n\nQ: And this year?\n\nA: More.", num: "980,000", source: "Mere Tuilau", mention: "A", cue: ":"},
		// a quote opening the story after the dateline: the dateline is
		// no part of its sentence and no speaker
		{name: "dateline, quote, according to", text: "NAIROBI — \"Kenya will need 1.5 million new homes by 2030,\" according to Charles Hinga, who spoke at a forum.", num: "1.5 million", source: "Charles Hinga", cue: "according to"},
		{name: "colon dateline, quote, said", text: "KARACHI: 'Onions cost Rs500 a kilo now,' said Saima Bibi, a housewife.", num: "Rs500", source: "Saima Bibi", cue: "said"},
		{name: "dateline, quote with no cue", text: "ACCRA — \"Ghana will need 40,000 teachers.\"\n\nThe plan was announced on Monday.", num: "40,000"},
	})
}

// Rule transcript-we (transcript.go turnWe): "we expect", "our figures
// show" in a transcript turn are the turn's speaker's, as in a direct
// quote (fresh-15 "Jameel Ahmad: …, but we expect it to go up to between
// 5 and 7 per cent"; fresh-1 "A: "… If the economy evolves as we expect,
// …""). Outside turns "we" stays the pronoun.
func TestTranscriptWe(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "name label, we expect", text: "The governor, Jameel Ahmad, spoke to Dawn.\n\nDawn: Why not cut further?\n\nJameel Ahmad: Inflation was 4.1 per cent, but we expect it to rise to 6 per cent next year.\n\nDawn: And reserves?\n\nJameel Ahmad: We are at $14.5 billion.", num: "6 per cent", source: "Jameel Ahmad", mention: "we", cue: "expect"},
		{name: "answer, we estimate", text: "Reporter Tom Hale spoke with Mayor Peter Kowal.\n\nQ: How many homes?\n\nA: We estimate that 2,400 homes will be built.\n\nQ: When?\n\nA: Soon.", num: "2,400", source: "Peter Kowal", mention: "We", cue: "estimate"},
		{name: "we outside any turn stays", text: "We estimate that 2,400 homes will be built.", num: "2,400", source: "We", mention: "We", cue: "estimate"},
	})
}

// Rule partial-quote-subject (speaker_tail.go invertedTail): a quoted
// phrase inside a clause that closes on a word is the subject of the verb
// after it, not a quote that verb attributes (fresh-15 "added that “13
// out of the 20 audited accounts” showed irregularities"; PolNeAR train
// "the advertisement “unmistakably and wrongfully” suggests that …").
func TestPartialQuoteSubject(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "added that, showed", text: "Finance Minister Cheikh Diba added that “13 out of the 20 audited accounts” showed irregularities.", num: "13", source: "Cheikh Diba", cue: "added"},
		{name: "said, found, straight marks", text: "The auditor-general, Mary Okello, said \"nine of the 14 projects\" found no contractor.", num: "nine", source: "Mary Okello", cue: "said"},
		{name: "a quote closed on a comma keeps its tail", text: "“Nine of the 14 projects had no contractor,” said Mary Okello.", num: "Nine", source: "Mary Okello", cue: "said"},
	})
}

// Rule addressee-not-speaker (addressee.go): the addressee of "told" is
// no "he"/"she" of the quote after it (fresh-15 "X told Ahram Online that
// … "…," he said"; fresh-14 "…, told The Hindu that … "…," she said";
// PolNeAR train "Zeynep Akar told CNN that …").
func TestAddresseeNotSpeaker(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "an outlet of no known kind", text: "Health ministry spokesman Hossam Abdel-Ghaffar told Ahram Online that the campaign would go on. \"We have 28,000 vaccinators in the field,\" he said.", num: "28,000", source: "Hossam Abdel-Ghaffar", mention: "he", cue: "said"},
		{name: "a person addressee", text: "Coach Dina Asher told reporter Kate Moyo that the team was tired. \"We played 14 games in 30 days,\" she said.", num: "14", source: "Dina Asher", mention: "she", cue: "said"},
		{name: "told with no teller named keeps the nearest", text: "The flood reached the town at night. Villagers told Amina Yusuf what they saw. \"The water rose 3 metres,\" she said.", num: "3 metres", source: "Amina Yusuf", mention: "she", cue: "said"},
	})
}

// Rule role-after-attributed-quote (addressee.go ownTailBefore,
// roleBeforeComma; solePersonBefore): "“…,” the minister added" after a
// quote sentence that names its own speaker is that speaker, even when
// only an appositive role marks the name a person's (fresh-15 "indicated
// the Minister of Public Health, Manaouda Malachie, during …"; fresh-14
// "the Commissioner for Agriculture, Alhaji Danjuma Mahmoud, said").
func TestRoleAfterAttributedQuote(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "role before the name, minister", text: "Cholera has spread in the north.\n\n“Of these, 47 people have died,” indicated the Minister of Public Health, Manaouda Malachie, during a briefing.\n\n“We have sent 12 tonnes of supplies,” the minister added.", num: "12 tonnes", source: "Manaouda Malachie", mention: "the minister", cue: "added"},
		{name: "role before the name, chairman", text: "The union met on Friday.\n\n\"We lost 300 members this year,\" said the chairman of the Dockers Union, Kofi Boateng.\n\n\"Another 40 will go in May,\" the chairman said.", num: "40", source: "Kofi Boateng", mention: "the chairman", cue: "said"},
	})
}

// Rule name-before-venue (speaker_tail.go nameBeforeVenue): in an
// inverted tail a person's name ends before "in"/"on" and a venue or an
// outlet (PolNeAR train "wrote Larry O’Connor on Hot Air"; Straits Times
// "said Deputy Prime Minister X in Parliament on Feb 18"); a name of no
// person keeps its "in" ("said the Church in Wales").
func TestNameBeforeVenue(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "titled, in Parliament on a date", text: "\"We will give every adult $600 in vouchers,\" said Deputy Prime Minister Gan Kim Yong in Parliament on Feb 18.", num: "$600", source: "Gan Kim Yong", cue: "said"},
		{name: "given name, on an outlet", text: "\"We lost 20 seats,\" wrote Larry O’Connor on Hot Air.", num: "20 seats", source: "Larry O’Connor", cue: "wrote"},
		{name: "given name, in a city on a day", text: "\"We lost 20 seats,\" said Christopher Luxon in Auckland on Monday.", num: "20 seats", source: "Christopher Luxon", cue: "said"},
		{name: "form of address, in the Dáil", text: "'We spent €600 million,' said Mr Smith in the Dáil.", num: "€600 million", source: "Smith", cue: "said"},
		{name: "an organisation's name keeps in", text: "\"We spent £600,\" said the Church in Wales.", num: "£600", source: "Church in Wales", cue: "said"},
	})
}
