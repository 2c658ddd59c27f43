package attrib

import "testing"

// Forms of web-dev-7 (issue 16; verbatim passages of real news pages),
// each with varied sentences of its own: a closing "X was quoted as
// saying" frame (verbcue.go, quoted-as-saying), a document's agent after
// a time led by "earlier"/"later"/"at" (timedAgent), "the officials"
// after a named group (rule group-second-mention), "As X reports," with
// the verb tagged as a noun (asNameCueNoun), and "it" after a progressive
// whose adverb follows its auxiliaries (mainClause, rule
// progressive-after-adverb), "She adds" after a speaker of no gender
// (rule ungendered-speaker), a plan or proposal standing for its issuer
// (lexicon.DocNouns), and "The rules are …" as one subject (speakerNPRight).
func TestWebDev7SourceForms(t *testing.T) {
	cases := []sourceNameCase{
		// a closing quoted-as-saying frame covers the sentence before it
		{"quoted as saying, closing", "More than 3,600 homes lost power, the Tuva government was quoted as saying.", "3,600", "the Tuva government"},
		{"quoted as saying by a publication", "More than 3,600 homes lost power, the regional government was quoted as saying by the Interfax news agency.", "3,600", "the regional government"},
		{"quoted as saying, time and publication, nested cue", "Local people reported seeing a flash of light west of Kyzyl, more than 3,600 kilometers east of Moscow, the Tuva government was quoted as saying late Thursday by the Interfax news agency.", "more than 3,600 kilometers", "the Tuva government"},
		{"quoted as saying in an interview", "Sales fell 12 percent in March, the chief executive, Anna Berg, was quoted as saying in an interview with Reuters.", "12 percent", "Anna Berg"},
		{"quoted as saying with content after", "The ministry was quoted as saying 40 people died.", "40", "The ministry"},
		{"quoted as saying that", "On Monday, the ministry was quoted as saying that 40 people died.", "40", "the ministry"},
		// a document's agent after a time
		{"survey conducted earlier this year by", "As many as 47% of US merchants will have new technology in place by the end of 2015, according to a survey conducted earlier this year by the Payments Security Task Force, an industry-backed group.", "47%", "Payments Security Task Force"},
		{"figures released earlier this week by", "Exports rose 9 percent, according to figures released earlier this week by the Office for National Statistics.", "9 percent", "Office for National Statistics"},
		{"figures published at the weekend by", "Exports rose 9 percent, according to figures published at the weekend by the Office for National Statistics.", "9 percent", "Office for National Statistics"},
		{"survey conducted by, month", "Many Republicans - who made up 46 percent of primary voters, according to a February survey conducted by WBUR radio - empathize with the senator.", "46 percent", "WBUR radio"},
		// "the officials" after the group named with its owner
		{"the officials, who added", "Con Edison officials said they had begun replacing 1,600 miles of gas lines. The plastic is less susceptible to leaks, said the officials, who added that they were swapping about 100 miles of line each year.", "about 100 miles", "Con Edison officials"},
		{"the officials said, demonym", "Netanyahu will meet Trump this month, Israeli officials said Wednesday. The officials said 40 people would attend.", "40", "Israeli officials"},
		{"the executives said", "Ford executives told analysts that sales were strong. The executives said the company would hire 2,000 workers.", "2,000", "Ford executives"},
		{"the officials after the group with a determiner", "The Israeli officials spoke on Monday. The officials said 40 people would attend.", "40", "Israeli officials"},
		{"the officials, none named", "The officials said 40 people would attend.", "40", "The officials"},
		// "As X reports," with the verb tagged as a noun
		{"as X reports", "As Mashable reports, prices rose by $100 in the area.", "$100", "Mashable"},
		{"mid-sentence as X reports", "Prices jumped, and as Gizmodo reports, fares reached $100 in the area.", "$100", "Gizmodo"},
		{"as X claims", "As Breitbart claims, 300 people attended.", "300", "Breitbart"},
		{"as X reported", "As Mashable reported, prices rose by $100 in the area.", "$100", "Mashable"},
		// "it" after a progressive whose adverb follows its auxiliaries
		{"it after has been strenuously defending", "Uber has been strenuously defending its surge pricing in the wake of accusations (apparently justified) that the company enjoyed windfall profits during Hurricane Sandy. It has now promised the state of New York that it will cap its surge prices (at three times the highest rate on two non-emergency days).", "three times", "Uber"},
		{"it after is now quietly offering", "Santander is now quietly offering cheaper loans to customers of the Nationwide Building Society. It said 20,000 customers had switched.", "20,000", "Santander"},
		{"it after had been steadily cutting", "Lufthansa had been steadily cutting routes flown for Virgin Australia. It said 300 jobs would go.", "300", "Lufthansa"},
		// a plan or proposal stands for its issuer (lexicon.DocNouns rows
		// plan, proposal, strategy; PolNeAR train "his plan calls for")
		{"the plan identifies", "The White House recently released a comprehensive plan outlining steps to combat drug-resistant bacteria. The plan identifies three urgent threats.", "three", "White House"},
		{"the plan says", "The Treasury published a plan on Monday. The plan says 4,000 jobs will move.", "4,000", "Treasury"},
		{"his plan calls for", "Senator Ben Cardin has proposed a 10 percent VAT. To satisfy his party, his plan calls for rates that rise to a maximum of 28 percent.", "28 percent", "Ben Cardin"},
		{"the proposal would", "The commission unveiled a proposal on Tuesday. The proposal says fares would rise 5 percent.", "5 percent", "The commission"},
		// a determiner and a plural cue noun are one subject ("The rules
		// are …"), so "it" after them is the passive's agent, never "The"
		{"it after the rules rolled out by", "The rules are being rolled out by the Government's Department for Environment, Food & Rural Affairs. It claims the change will save £60m in litter clean-up costs.", "£60m", "Government's Department for Environment, Food & Rural Affairs"},
		{"it after the reports were filed by", "The reports were filed by the National Audit Office. It says 300 schools need repairs.", "300", "National Audit Office"},
		// a document's agent between commas after it, by a bare "by"
		// (bareAgentBy; articles-dev-5's Environmental Justice Foundation)
		{"report, by X, found", "Fishermen say catches collapsed. The report, by the Environmental Justice Foundation, found that the three factories process about 150,000 tonnes of fish a year.", "about 150,000 tonnes", "Environmental Justice Foundation"},
		{"study, by researchers at X, estimated", "The study, by researchers at Imperial College London, estimated that 4,000 deaths were avoided.", "4,000", "researchers at Imperial College London"},
		{"analysis, by X, shows", "An analysis, by the Resolution Foundation, shows that 1.2 million families will lose out.", "1.2 million", "Resolution Foundation"},
		{"by in a person's adjunct is no agent", "Smith, by his own account, said 40 people came.", "40", "Smith"},
		// "the document" after "The report" of a sentence before: that
		// report's author, further back (document-author, chained;
		// articles-dev-1's State of the Climate report)
		{"the document after the report", "Australia has warmed by 1.51C, according to the State of the Climate report, released on Thursday by the CSIRO and the Bureau of Meteorology. Rainfall has fallen. Sea levels rose. Fires grew. Heat rose. Reefs bleached. Storms grew. The report projects that temperatures could rise by up to 4.4C. Under a low-emissions scenario, the increase would be held to about 1.9C, the document says.", "about 1.9C", "CSIRO and the Bureau of Meteorology"},
		// a family name written first: the nearest person named with it
		// (rule surname-first-nearest, shortnames.go; articles-dev-2's two Kims)
		{"two Kims, the nearest", "During the call, Kim Jae-june, an executive vice president, said demand rose. Kim Dong-won, an analyst at KB Securities, said SK Hynix led. \"Samsung has maybe 35 percent,\" Kim said in a phone interview.", "35 percent", "Kim Dong-won"},
		{"one Park", "Union official Park Min-ji said the company blamed workers. \"About 28,000 of our members are ready,\" Park told reporters.", "About 28,000", "Park Min-ji"},
		{"two Lees, the nearest", "Lee Jae-myung spoke first. Later Lee Jun-seok, a rival, said turnout was low. Lee said 52 percent of young voters stayed home.", "52 percent", "Lee Jun-seok"},
		{"a given name shared by two, no family name first", "Kim Smith and Kim Jones met. Kim said 40 people came.", "40", "Kim"},
		// a unit's letter run into a number is no name "it" could stand
		// for (cutLettersAfterNumber; web-dev-6's "44C", "32C")
		{"it after a temperature in C", "The national weather agency ANAM issued a red alert. Daytime highs in the capital reached 44C and nights stayed above 32C, the agency said. It forecast that temperatures would stay between 42 and 45 degrees.", "between 42 and 45 degrees", "ANAM"},
		{"it after a 5G count", "The regulator Ofcom published its report. In rural areas of the north, about 80% of homes now get 5G, the regulator said. It said 12 operators had applied.", "12", "Ofcom"},
		// "She adds" after a speaker the article gives no gender, named
		// after the nearest woman (rule ungendered-speaker;
		// articles-dev-4's "Faisal … he said" after a minister)
		{"she adds after a surname says", "Hyman brought on Maureen Sullivan, previously the president of AOL. \"We had to move,\" Hyman says. She adds that 15 former employees have since gone on to launch their own companies.", "15", "Hyman"},
		{"he added after a surname said", "Mr Adeyemi opened the meeting on Monday. Okafor said the plan was late. He added that 300 workers had been hired.", "300", "Okafor"},
		{"the gendered person in the sentence before stays", "Okafor met John Smith on Monday. He said 300 workers had been hired.", "300", "John Smith"},
		{"no speaker before", "Maureen Sullivan joined in May. The board met. She said 15 staff left.", "15", "Maureen Sullivan"},
		{"a speaker of the other gender is passed over", "Tom Baker left. Sarah Okafor said the plan was late. He added that 300 workers had been hired.", "300", "Tom Baker"},
		// "the BGMEA chief": the person named after the organisation and
		// a role (rule org-chief, orgchief.go; fresh-17 Bangladesh)
		{"the BGMEA chief", "BGMEA President Faruque Hassan Chowdhury said factories were struggling. “Our costs have gone up by nearly 30 percent,” the BGMEA chief said at a press conference.", "nearly 30 percent", "Faruque Hassan Chowdhury"},
		{"the IMF chief", "IMF Managing Director Kristalina Georgieva visited Cairo. Growth will reach 4 percent, the IMF chief said.", "4 percent", "Kristalina Georgieva"},
		{"the Unite boss", "Unite general secretary Sharon Graham met workers. About 2,000 jobs are at risk, the Unite boss said.", "About 2,000", "Sharon Graham"},
		{"no one named with the organisation", "Sharon Graham met workers. About 2,000 jobs are at risk, the Unite boss said.", "About 2,000", "the Unite boss"},
		{"a lower-case organisation word is no name", "Company President Ana Ruiz spoke. About 2,000 jobs are at risk, the company chief said.", "About 2,000", "the company chief"},
		// "Leader of Opposition X Y Z": the office ends at "Opposition"
		// though no given name is known (names.go officeFields; fresh-17
		// Punjab), so "he" after it is that person
		{"Leader of Opposition, then he", "Finance Minister Harpal Singh Brar announced the waiver. “We will pay it in three instalments,” Brar said. Leader of Opposition Partap Singh Gill called it an eyewash. “In the last two years, 1,047 farmers have died,” he said.", "1,047", "Partap Singh Gill"},
		{"Chief of Staff, unknown given name", "Chief of Staff Tavita Leauanae met donors. He said 300 people had pledged.", "300", "Tavita Leauanae"},
		// a lead-in naming whose words the quote is (rule words-lead,
		// speaker_lead.go; fresh-17 Nigeria)
		{"in his words", "The Director General of the NCDC, Dr Jide Idris, spoke on Sunday. In his words, “The case fatality rate now stands at 5.7 per cent.”", "5.7 per cent", "Jide Idris"},
		{"in her own words", "Mayor Ana Ruiz opened the bridge. In her own words, “We spent $40 million on it.”", "$40 million", "Ana Ruiz"},
		{"in the words of", "The bridge opened. In the words of Mayor Ana Ruiz, “We spent $40 million on it.”", "$40 million", "Ana Ruiz"},
	}
	runSourceNames(t, cases)
}
