package attrib

import "testing"

// A name that ends a role's appositive ("Marie Gagnon, a meteorologist
// with Environment Canada, says …"; PolNeAR train "Alan T. Jeffers, a
// spokesman for Exxon Mobil, said …") is the employer of the role: the
// speech verb after it is the appositive head's, and "he"/"she" in a
// quote after it is the person (fresh-13), not the employer (nameReg:
// rolePreps, employerPreps). A person after "a lawyer for" keeps being
// a person.
func TestRoleAffiliationNotSpeaker(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "meteorologist with a public body, she says", text: "Marie-Ève Gagnon, a meteorologist with Environment Canada, says the heaviest snow will fall overnight.\n\n\"We could get 25 to 35 centimetres by Tuesday morning,\" she says.", num: "25 to 35 centimetres", source: "Marie-Ève Gagnon", cue: "says"},
		{name: "spokesman for a company, he said", text: "Alan Jeffers, a spokesman for Exxon Mobil, said on Tuesday that the articles misled readers. \"We counted 40 errors,\" he said.", num: "40", source: "Alan Jeffers", cue: "said"},
		{name: "spokesperson for a park agency, she said", text: "Dana Whitford, a spokesperson for Parks Canada, said the trail would stay closed. \"About 300 trees came down,\" she said.", num: "About 300", source: "Dana Whitford", cue: "said"},
		{name: "analyst at a firm, he told", text: "Tom Reilly, an analyst at Raymond James, said prices will climb. \"We see oil at $90 by March,\" he told reporters.", num: "$90", source: "Tom Reilly", cue: "told"},
		// a person after the role's preposition stays one: "he" is the
		// man who speaks in a sentence of his own
		{name: "lawyer for a man, he said", text: "Anna Kovacs, a lawyer for John Marsh, said the case was weak. Marsh told reporters he would appeal. \"I lost $40,000,\" he said.", num: "$40,000", source: "John Marsh", cue: "said"},
		// an organisation that speaks on its own stays the source
		{name: "the body itself said", text: "Environment Canada said 40 millimetres of rain could fall.", num: "40 millimetres", source: "Environment Canada", cue: "said"},
	})
}

// A comma participle ("…, adding that", "…, noting that") after the
// reported clause of a speech verb is the speaker's, not the reported
// clause's subject's (cue step reported-clause-participle; PolNeAR train
// "Khalif said some of Clinton's rhetoric … has been patronizing, noting
// …", "She said her father has been an advocate for women …, saying that
// …"; a partial quote in CP style). A participle after a clause that
// reports no one keeps the clause's subject.
func TestReportedClauseParticiple(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "said, adding that, partial quote", text: "Jane Smith said the shelter is full, adding that demand has risen \"about 40 per cent\" since January.", num: "about 40 per cent", source: "Jane Smith", cue: "adding"},
		{name: "said that, noting that, partial quote", text: "Rev. Beth Whitehead said that the food bank is struggling, noting that visits were up \"nearly 3,000\" this year.", num: "nearly 3,000", source: "Beth Whitehead", cue: "noting"},
		{name: "told reporters that, adding", text: "The mayor, Olivia Chow, told reporters that costs had risen, adding that the city \"lost 40 per cent\" of its transit revenue.", num: "40 per cent", source: "Olivia Chow", cue: "adding"},
		{name: "another person in the reported clause", text: "Tom Jones said Mary Smith was wrong, adding that \"she lost 40 per cent\" of her votes.", num: "40 per cent", source: "Tom Jones", cue: "adding"},
		{name: "no speech verb before: the clause's subject", text: "The union rejected the offer on Monday, saying that \"a 2 per cent raise\" was an insult.", num: "2 per cent", source: "The union", cue: "saying"},
	})
}

// A "he"/"she" after "PERSON of (the) BODY said" is the person's, not the
// body's, even when the body's head is no known organisation's (antecedent
// rule affiliation-of; web-dev-6 "Economist Manuel Orozco of the
// Inter-American Dialogue said … “…,” he said").
func TestAffiliationOfAntecedent(t *testing.T) {
	runKindCases(t, []kindCase{
		{"of the, economist", "Economist Manuel Orozco of the Inter-American Dialogue said the average transfer was now $340 a month. \"For one family in three, that money is half of what they live on,\" he said.",
			"three", "Manuel Orozco", kindPerson},
		{"of, she", "Economist Maria Vega of Global Witness said the mines had closed. \"We found 40 children working there,\" she said.",
			"40", "Maria Vega", kindPerson},
		{"of, economist, told", "Senior economist Jan Fischer of Capital Economics told clients exports fell. \"Orders dropped 12 percent in March,\" he told Reuters.",
			"12 percent", "Jan Fischer", kindPerson},
		{"of the, researcher", "Chief economist Ana Costa of the Migration Policy Observatory said arrivals rose. \"We counted 3,000 people in a week,\" she said.",
			"3,000", "Ana Costa", kindPerson},
		// negative: a person after "of" stays a candidate
		{"the daughter of a person", "The daughter of John Hale said the house was sold. \"We got $200,000 for it,\" he said.",
			"$200,000", "John Hale", kindPerson},
	})
}
