package attrib

import "testing"

// The quote forms fresh-17 (testdata/quotes: the English-language press of
// Nigeria, Kenya, Ghana, South Africa, India, Pakistan, Bangladesh, the
// Philippines, Malaysia and Singapore) failed on, each a named rule or a
// lexicon row, in varied wording; the second source is named at each.

// Rule name-part (shortnames.go middleNameFull): a middle name used alone
// is the one person named before with it inside a name of three or four
// words (fresh-17 "Education Cabinet Secretary Julius Ogamba Migos … “…,”
// Ogamba added"; Pakistani and Bangladeshi three-part names in the same
// set and in fresh-14).
func TestMiddleNameAlone(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "Kenyan three-part name", text: "Education Cabinet Secretary Julius Ogamba Migos released the results on Thursday.\n\n“We detected 840 cases of malpractice,” Ogamba added.", num: "840", source: "Julius Ogamba Migos", cue: "added"},
		{name: "Bangladeshi name, said after", text: "BGMEA President Faruque Hassan Chowdhury spoke in Dhaka. “At least 140 factories have shut down,” said Hassan.", num: "140", source: "Faruque Hassan Chowdhury", cue: "said"},
		{name: "two names hold the word", text: "Ali Khan Niazi and Imran Khan Yousuf spoke on Monday. “We lost 300 jobs,” Khan said.", num: "300 jobs", source: "Khan", cue: "said"},
		{name: "a surname is no middle name", text: "Julius Ogamba Migos spoke on Monday. “We lost 300 jobs,” Migos said.", num: "300 jobs", source: "Julius Ogamba Migos", cue: "said"},
	})
}

// Role rows "cs" and "monarch" (lexicon.SecondMentionRoles, RoleTitles
// "cs"): "the CS said" is the cabinet secretary named before (fresh-17;
// articles-dev-1 "…, the CS said at the Kenya National Examinations
// Council"), "the monarch" the traditional ruler just named (fresh-17
// Nigeria; British "the monarch"); a role of the sentence before is read
// before the capitalised abbreviation as a name (proper-name skips it).
func TestCabinetSecretaryAndMonarch(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "the CS, quote before", text: "Education Cabinet Secretary Julius Ogamba Migos released the results.\n\n“A total of 201,133 candidates attained C+,” the CS said.", num: "201,133", source: "Julius Ogamba Migos", cue: "said"},
		{name: "the CS, Health CS title", text: "Health CS Susan Nakhumicha toured the hospital. About 400 nurses will be hired, the CS said.", num: "400 nurses", source: "Susan Nakhumicha", cue: "said"},
		{name: "the monarch", text: "The traditional ruler of Ibaji community, Chief Emmanuel Ojonugwa Atabor, has appealed for relief.\n\n“As I speak to you, 14 villages are under water,” the monarch said.", num: "14 villages", source: "Emmanuel Ojonugwa Atabor", cue: "said"},
		{name: "the monarch, name first", text: "Alhaji Musa Bello, the Emir of Gwagwalada, met the governor on Friday. “Over 3,000 households have been displaced,” the monarch added.", num: "3,000", source: "Musa Bello", cue: "added"},
		{name: "an indefinite monarch keeps the phrase", text: "A monarch in the north met the governor. “Over 3,000 households have been displaced,” the monarch added.", num: "3,000", source: "the monarch", cue: "added"},
	})
}

// Title rows "Sardar" (an honorific, lexicon titles) and "Undersecretary"
// (an office): the name after them is the person's, so the surname alone
// later extends to it (fresh-17 Pakistan and the Philippines).
func TestSardarAndUndersecretary(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "Sardar after a portfolio", text: "Federal Minister for Energy Sardar Awais Khan Leghari spoke on Thursday. “Around 60pc of consumers are protected,” Leghari said.", num: "60pc", source: "Awais Khan Leghari", cue: "said"},
		{name: "Sardar after a title", text: "Speaker Sardar Ayaz Sadiq adjourned the session. “We have 336 members,” Sadiq said.", num: "336", source: "Ayaz Sadiq", cue: "said"},
		{name: "Undersecretary after an acronym", text: "DPWH Undersecretary Emil Sadain denied the claim. “The department has completed 5,021 projects,” Sadain told the senators.", num: "5,021", source: "Emil Sadain", cue: "told"},
	})
}

// Rule said-clause-subject (speaker.go clauseSubjectAfter): a name right
// after a speech verb and before a finite verb opens the reported clause
// ("said Tumpat was the worst-hit district"; dev texts "said Egypt had",
// "said Morocco was", "said Zambia would"), no speaker for a "he"/"she"
// after it.
func TestSaidClauseSubject(t *testing.T) {
	runUnseen(t, []unseenCase{
		{name: "a district after said", text: "Welfare director Datin Noraini Mat Yusof said Tumpat was the worst-hit district. “In Tumpat alone, 9,870 victims are at 41 relief centres,” she said.", num: "9,870", source: "Noraini Mat Yusof", mention: "she", cue: "said"},
		{name: "a country after said", text: "Finance Minister Grace Banda said Zambia would borrow less. “We need $1.3 billion,” she said.", num: "$1.3 billion", source: "Grace Banda", mention: "she", cue: "said"},
		{name: "a speaker after said keeps it", text: "“We will hire 400 nurses,” said Mary Lovely, an economist. “The budget is $4 million,” she said.", num: "$4 million", source: "Mary Lovely", mention: "she", cue: "said"},
	})
}
